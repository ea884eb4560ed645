//! Static metadata of every code an error enum declares.

use std::fmt;

use errcat_core::shape::ViolationForm;

use crate::entry::Entry;
use crate::format::{Format, MemberNames};
use crate::layout::program::Rendered;

/// The table of one derived error type: its name, envelope shape and one [`Entry`] per
/// code, in declaration order. Returned by [`ApiError::catalog`](crate::ApiError::catalog).
///
/// ```
/// use errcat::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api(format = "nested", prefix = "CP_")]
/// enum CpError {
///     /// The wok is destroyed.
///     #[api(status = 409, fix = "state")]
///     NotActive,
/// }
///
/// let catalog = CpError::catalog();
/// assert_eq!(catalog.name(), "cp_error");
/// assert_eq!(catalog.entries()[0].code(), "CP_NOT_ACTIVE");
/// ```
pub struct Catalog {
    #[doc(hidden)]
    pub name: &'static str,
    #[doc(hidden)]
    pub enum_name: &'static str,
    #[doc(hidden)]
    pub description: Option<&'static str>,
    #[doc(hidden)]
    pub format: &'static dyn Format,
    #[doc(hidden)]
    pub id_field: &'static str,
    #[doc(hidden)]
    pub status_field: Option<&'static str>,
    #[doc(hidden)]
    pub domain: &'static str,
    #[doc(hidden)]
    pub entries: &'static [Entry],
    #[doc(hidden)]
    pub forwards: &'static [&'static str],
    /// The catalogs of the `#[api(transparent)]` variants whose codes this type's code
    /// type nests (those not generic over a type parameter).
    #[doc(hidden)]
    pub forwarded: &'static [fn() -> &'static Catalog],
    /// Each entry's body, rendered once from the format's layout (see `Envelope::write_json`).
    #[doc(hidden)]
    pub rendered: Rendered,
}

impl Catalog {
    /// The catalog's name in docs and JSON (`catalog = "..."`, default: the enum name in
    /// snake_case).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The Rust name of the derived type.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The first paragraph of the type's doc comment.
    pub fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The envelope shape responses of this type use.
    pub fn format(&self) -> &'static dyn Format {
        self.format
    }

    /// The body key of the per-request id (`id_field`, default `"request_id"`).
    pub fn id_field(&self) -> &'static str {
        self.id_field
    }

    /// The body key echoing the HTTP status (`status_field`), if any.
    pub fn status_field(&self) -> Option<&'static str> {
        self.status_field
    }

    /// The domain its codes belong to over gRPC (`ErrorInfo.domain`, AIP-193):
    /// `#[api(domain = "cp.example.com")]`, by default the name of the package that
    /// declares the type (`CARGO_PKG_NAME`).
    pub fn domain(&self) -> &'static str {
        self.domain
    }

    /// One entry per code, in declaration order.
    pub fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// The names of `#[api(transparent)]` variants, whose codes belong to the wrapped type.
    pub fn forwards(&self) -> &'static [&'static str] {
        self.forwards
    }

    /// The catalogs whose codes this type forwards (`#[api(transparent)]` variants over a
    /// type that is not a type parameter), in declaration order.
    pub fn forwarded(&self) -> impl Iterator<Item = &'static Catalog> + '_ {
        self.forwarded.iter().map(|catalog| catalog())
    }

    /// The entry with this code (exact, case-sensitive): one of this type's own, or of a
    /// catalog it forwards.
    pub fn get(&self, code: &str) -> Option<&'static Entry> {
        self.entries
            .iter()
            .find(|e| e.code == code)
            .or_else(|| self.forwarded().find_map(|catalog| catalog.get(code)))
    }

    /// Every code a response of this type can carry: its own entries, then those of the
    /// catalogs it forwards (once each, in declaration order).
    pub fn all_entries(&self) -> Vec<&'static Entry> {
        let mut all: Vec<&'static Entry> = self.entries.iter().collect();
        for catalog in self.forwarded() {
            for entry in catalog.all_entries() {
                if !all.iter().any(|e| e.code == entry.code) {
                    all.push(entry);
                }
            }
        }
        all
    }

    /// The names of the members a layout names by role: the `id_field` and the
    /// `status_field`.
    pub fn member_names(&self) -> MemberNames {
        MemberNames {
            id_field: self.id_field,
            status_field: self.status_field,
        }
    }

    /// The catalog that declares `entry`: this one, or one it forwards (for a
    /// `#[api(transparent)]` variant's value, the wrapped type's catalog).
    pub fn owner(&'static self, entry: &Entry) -> Option<&'static Catalog> {
        if self.position(entry).is_some() {
            return Some(self);
        }
        self.forwarded().find_map(|catalog| catalog.owner(entry))
    }

    /// Where `entry`'s violations go in a body of this catalog's shape (an entry of a
    /// forwarded catalog is written in this one's shape): the member's name and the form
    /// of each entry; `None` when the entry has none, or the shape no violations member.
    pub fn violations_member(&self, entry: &Entry) -> Option<(&'static str, ViolationForm)> {
        let named = entry.violations?;
        let (key, form) = self.format.layout()?.violations()?;
        Some((named.unwrap_or(key), form))
    }

    /// The position of `entry` in [`entries`](Self::entries), if it is one of them.
    pub fn position(&self, entry: &Entry) -> Option<usize> {
        // Entries live in one static slice: an entry's address says where it is. (Entries
        // never overlap, so an address within the slice is a whole entry's.)
        let offset = (entry as *const Entry as usize).checked_sub(self.entries.as_ptr() as usize)?;
        let index = offset / std::mem::size_of::<Entry>();
        (index < self.entries.len()).then_some(index)
    }

    /// The number of codes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the catalog has no codes (only transparent variants).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl IntoIterator for &Catalog {
    type Item = &'static Entry;
    type IntoIter = std::slice::Iter<'static, Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("name", &self.name)
            .field("enum_name", &self.enum_name)
            .field("format", &self.format.name())
            .field("id_field", &self.id_field)
            .field("status_field", &self.status_field)
            .field("entries", &self.entries)
            .finish()
    }
}

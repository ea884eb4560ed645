//! Static metadata of every code an error enum declares.

use std::fmt;
use std::time::Duration;

use errcat_core::field::FieldType;
use errcat_core::shape::ViolationForm;

use crate::fix::Fix;
use crate::format::Format;
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

    /// The name of a layout's member in this catalog: the catalog's `id_field` and
    /// `status_field` for those keys; `None` for a status echo the catalog does not have.
    pub(crate) fn member_name(&self, key: errcat_core::shape::Key) -> Option<&'static str> {
        use errcat_core::shape::Key;
        match key {
            Key::Named(name) => Some(name),
            Key::IdField => Some(self.id_field),
            Key::StatusField => self.status_field,
        }
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

/// The static metadata of one code: everything the docs and the JSON catalog show.
pub struct Entry {
    /// A function, not a reference: the catalog's static holds the entry, and a reference
    /// back would make the two initializers a cycle.
    #[doc(hidden)]
    pub catalog: fn() -> &'static Catalog,
    #[doc(hidden)]
    pub variant: &'static str,
    #[doc(hidden)]
    pub code: &'static str,
    #[doc(hidden)]
    pub status: http::StatusCode,
    #[doc(hidden)]
    pub status_documented: bool,
    #[doc(hidden)]
    pub fix: Fix,
    #[doc(hidden)]
    pub category: Option<&'static str>,
    #[doc(hidden)]
    pub message: &'static str,
    #[doc(hidden)]
    pub hint: Option<&'static str>,
    #[doc(hidden)]
    pub description: Option<&'static str>,
    #[doc(hidden)]
    pub retry_after: Option<u64>,
    /// The field that gives the retry delay (`#[api(retry_after = "ms")]`): its name in
    /// the body if exposed, else in Rust, and whether its unit is milliseconds.
    #[doc(hidden)]
    pub retry_field: Option<(&'static str, bool)>,
    #[doc(hidden)]
    pub doc_url: Option<&'static str>,
    /// `#[api(deprecated = "...")]`: what clients should do instead.
    #[doc(hidden)]
    pub deprecated: Option<&'static str>,
    #[doc(hidden)]
    pub exposed: &'static [&'static str],
    /// `#[api(violations)]`: `Some(None)` under the shape's member name,
    /// `Some(Some(name))` under the name the field gives; `None` without violations.
    #[doc(hidden)]
    pub violations: Option<Option<&'static str>>,
    /// The JSON type of each exposed field, as the derive reads it from the field's type.
    #[doc(hidden)]
    pub exposed_types: &'static [FieldType],
    /// Whether `message` is a template over the variant's fields.
    #[doc(hidden)]
    pub message_is_template: bool,
    /// Whether `hint` is a template over the variant's fields.
    #[doc(hidden)]
    pub hint_is_template: bool,
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("catalog", &(self.catalog)().name)
            .field("variant", &self.variant)
            .field("code", &self.code)
            .field("status", &self.status)
            .field("status_documented", &self.status_documented)
            .field("fix", &self.fix)
            .field("category", &self.category)
            .field("message", &self.message)
            .field("hint", &self.hint)
            .field("description", &self.description)
            .field("retry_after", &self.retry_after)
            .field("retry_field", &self.retry_field)
            .field("doc_url", &self.doc_url)
            .field("deprecated", &self.deprecated)
            .field("exposed", &self.exposed)
            .field("exposed_types", &self.exposed_types)
            .field("violations", &self.violations)
            .finish_non_exhaustive()
    }
}

impl Entry {
    /// The catalog the entry belongs to (for a `#[api(transparent)]` variant's value: the
    /// wrapped type's catalog).
    pub fn catalog(&self) -> &'static Catalog {
        (self.catalog)()
    }

    /// The Rust name of the variant.
    pub fn variant(&self) -> &'static str {
        self.variant
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The HTTP status.
    pub fn status(&self) -> http::StatusCode {
        self.status
    }

    /// Whether the source document states the status (`false` for `#[api(status_inferred)]`:
    /// a conventional status chosen where the document gives none).
    pub fn status_documented(&self) -> bool {
        self.status_documented
    }

    /// The side(s) that fix it.
    pub fn fix(&self) -> Fix {
        self.fix
    }

    /// The category heading.
    pub fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// The message template as written (`"no route at {method} {path}"`), or the static
    /// message.
    pub fn message(&self) -> &'static str {
        self.message
    }

    /// Whether the message has no placeholders.
    pub fn message_is_static(&self) -> bool {
        !self.message_is_template
    }

    /// The hint, when it has no placeholders: the same text for every value of the code.
    pub fn static_hint(&self) -> Option<&'static str> {
        self.hint.filter(|_| !self.hint_is_template)
    }

    /// The hint template as written.
    pub fn hint(&self) -> Option<&'static str> {
        self.hint
    }

    /// The first paragraph of the variant's doc comment.
    pub fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// Retry guidance: how long to wait before retrying.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after.map(Duration::from_secs)
    }

    /// Retry guidance in whole seconds.
    pub fn retry_after_secs(&self) -> Option<u64> {
        self.retry_after
    }

    /// The field whose value is the retry delay (`#[api(retry_after = "ms")]` / `"s"`):
    /// its name (in the body when it is exposed) and whether its unit is milliseconds.
    pub fn retry_after_field(&self) -> Option<(&'static str, bool)> {
        self.retry_field
    }

    /// Where the code is documented (`doc_url`, with `{code}` filled in).
    pub fn doc_url(&self) -> Option<&'static str> {
        self.doc_url
    }

    /// `#[api(deprecated = "...")]`: the code is on its way out, and this says what
    /// clients should do instead. A contract lock reports removing a deprecated code as
    /// its retirement ([`contract`](crate::contract)).
    pub fn deprecated(&self) -> Option<&'static str> {
        self.deprecated
    }

    /// The envelope names of the exposed fields.
    pub fn exposed(&self) -> &'static [&'static str] {
        self.exposed
    }

    /// Whether the code carries field violations (`#[api(violations)]`).
    pub fn has_violations(&self) -> bool {
        self.violations.is_some()
    }

    /// Where the code's violations go in a body of its own catalog's shape: the member's
    /// name and the form of each entry; `None` when the code has none, or its shape has
    /// no violations member.
    pub fn violations_member(&self) -> Option<(&'static str, ViolationForm)> {
        self.catalog().violations_member(self)
    }

    /// The exposed fields' names with the JSON type of each, as the derive reads it from
    /// the field's type.
    pub fn exposed_fields(&self) -> impl Iterator<Item = (&'static str, FieldType)> {
        let types = self
            .exposed_types
            .iter()
            .copied()
            .chain(std::iter::repeat(FieldType::Unconstrained));
        self.exposed.iter().copied().zip(types)
    }
}

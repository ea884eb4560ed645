//! The [`ApiError`] trait and the sets of sides that fix an error.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use crate::catalog::{Catalog, Entry};
use crate::json::Exposed;

/// An error that is part of an HTTP API's contract.
///
/// Implemented by `#[derive(ApiError)]`; see the [crate documentation](crate) for the
/// attribute language. Every method answers for the value's own variant; a
/// `#[api(transparent)]` variant forwards all of them to the error it wraps.
///
/// The trait is dyn-compatible: `&dyn ApiError` is what envelope formats work with.
pub trait ApiError {
    /// The stable machine-readable code, e.g. `"CP_NOT_ACTIVE"`.
    fn code(&self) -> &'static str;

    /// The HTTP status the error maps to (always in `400..=599`).
    fn status(&self) -> http::StatusCode;

    /// The client-facing message. Borrowed when the message is static.
    fn message(&self) -> Cow<'_, str>;

    /// The remediation hint, if the variant has one. Borrowed when static.
    fn hint(&self) -> Option<Cow<'_, str>>;

    /// The side(s) that must act to fix the error.
    fn fix(&self) -> Fix {
        self.entry().fix()
    }

    /// The category heading the error is documented under.
    fn category(&self) -> Option<&'static str> {
        self.entry().category()
    }

    /// How long a client should wait before retrying, when the contract says.
    fn retry_after(&self) -> Option<Duration> {
        self.entry().retry_after()
    }

    /// The static metadata of this value's variant (of the wrapped error's variant,
    /// through `#[api(transparent)]`).
    fn entry(&self) -> &'static Entry;

    /// Writes the message into `out` without allocating.
    ///
    /// The derive streams templated messages straight into the envelope through this.
    fn write_message(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        out.write_str(&self.message())
    }

    /// Writes the hint into `out`; returns `Ok(false)` (writing nothing) when there is none.
    fn write_hint(&self, out: &mut dyn fmt::Write) -> Result<bool, fmt::Error> {
        match self.hint() {
            Some(hint) => out.write_str(&hint).map(|()| true),
            None => Ok(false),
        }
    }

    /// Calls `visit` once per field marked `#[api(expose)]`, with its name in the
    /// envelope and its value, in declaration order.
    fn visit_exposed(&self, visit: &mut dyn FnMut(&'static str, &dyn Exposed)) {
        let _ = visit;
    }

    /// The underlying cause (`#[api(source)]`, `#[source]` or `#[from]`), for logs.
    ///
    /// Never part of a response body.
    fn source_error(&self) -> Option<&(dyn std::error::Error + 'static)> {
        None
    }

    /// The table of every variant's static metadata.
    fn catalog() -> &'static Catalog
    where
        Self: Sized;
}

/// A set of sides that must act to fix an error.
///
/// Seed documents name one side (`caller`) or several (`caller / state`,
/// `platform / BYOK`); some name none, which is the empty set.
///
/// ```
/// use errcat::Fix;
/// let fix = Fix::CALLER | Fix::STATE;
/// assert!(fix.contains(Fix::STATE));
/// assert_eq!(fix.to_string(), "caller / state");
/// assert_eq!(fix.names().collect::<Vec<_>>(), ["caller", "state"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Fix(u8);

impl Fix {
    /// No side named.
    pub const NONE: Fix = Fix(0);
    /// The caller's client code (a wrong request).
    pub const CALLER: Fix = Fix(1);
    /// The resource or account must be in a different state.
    pub const STATE: Fix = Fix(1 << 1);
    /// The platform operator (open a ticket).
    pub const PLATFORM: Fix = Fix(1 << 2);
    /// The caller's own upstream credentials (bring-your-own-key).
    pub const BYOK: Fix = Fix(1 << 3);

    const SIDES: [(Fix, &'static str, &'static str); 4] = [
        (Fix::CALLER, "caller", "caller"),
        (Fix::STATE, "state", "state"),
        (Fix::PLATFORM, "platform", "platform"),
        (Fix::BYOK, "byok", "BYOK"),
    ];

    /// The raw bits (stable: caller 1, state 2, platform 4, byok 8).
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// The set with these bits; unknown bits are dropped.
    pub const fn from_bits(bits: u8) -> Fix {
        Fix(bits & 0b1111)
    }

    /// Union of two sets.
    #[must_use]
    pub const fn union(self, other: Fix) -> Fix {
        Fix(self.0 | other.0)
    }

    /// Whether every side of `other` is in `self`.
    pub const fn contains(self, other: Fix) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether no side is named.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lowercase names of the sides, in the order caller, state, platform, byok.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Fix::SIDES
            .into_iter()
            .filter(move |(side, _, _)| self.contains(*side))
            .map(|(_, name, _)| name)
    }

    /// Parses one lowercase side name (`"caller"`, `"state"`, `"platform"`, `"byok"`).
    pub fn from_name(name: &str) -> Option<Fix> {
        Fix::SIDES
            .into_iter()
            .find(|(_, n, _)| n.eq_ignore_ascii_case(name))
            .map(|(side, _, _)| side)
    }
}

impl std::ops::BitOr for Fix {
    type Output = Fix;
    fn bitor(self, rhs: Fix) -> Fix {
        self.union(rhs)
    }
}

/// `caller / state`, as the seed documents write it; empty for no side.
impl fmt::Display for Fix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (side, _, shown) in Fix::SIDES {
            if self.contains(side) {
                if !first {
                    f.write_str(" / ")?;
                }
                f.write_str(shown)?;
                first = false;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Fix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

/// Serialized as an array of lowercase side names: `["platform","byok"]`.
impl serde::Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.names())
    }
}

//! The [`ApiError`] trait.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::fix::Fix;
use crate::json::Exposed;
use crate::violation::Violations;

/// An error that is part of an HTTP API's contract.
///
/// Implemented by `#[derive(ApiError)]`; see the [crate documentation](crate) for the
/// attribute language. Every method answers for the value's own variant; a
/// `#[api(transparent)]` variant forwards all of them to the error it wraps.
///
/// The trait is dyn-compatible: `&dyn ApiError` is what envelope formats work with.
///
/// Envelopes are written from [`entry`](Self::entry): the code, and a static message or
/// hint, are the entry's; only a templated message or hint is streamed through
/// [`write_message`](Self::write_message) and [`write_hint`](Self::write_hint). An impl
/// written by hand must answer as its entry does.
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

    /// The field violations this value carries (its `#[api(violations)]` field), if its
    /// variant has them.
    fn violations(&self) -> Option<&Violations> {
        None
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

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
///
/// ```
/// use std::borrow::Cow;
/// use std::time::Duration;
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use errcat::{ApiError, Fix};
///
/// let err = WorkflowApiError::InvalidCron { reason: "6 fields, expected 5".into() };
/// assert_eq!(err.code(), "invalid_cron");
/// assert_eq!(err.status(), http::StatusCode::BAD_REQUEST);
/// assert_eq!(err.message(), "invalid cron expression: 6 fields, expected 5");
/// assert!(matches!(err.message(), Cow::Owned(_))); // a template, filled in
/// assert_eq!(err.entry().message(), "invalid cron expression: {reason}");
/// assert_eq!(err.hint().as_deref(), Some("See message."));
/// assert_eq!((err.fix(), err.category()), (Fix::NONE, None));
/// assert_eq!(WorkflowApiError::catalog().name(), "workflow_api");
///
/// let limited = WorkflowApiError::RateLimited { retry_after_ms: 1500 };
/// assert!(matches!(limited.message(), Cow::Borrowed("rate limit exceeded")));
/// assert_eq!(limited.retry_after(), Some(Duration::from_millis(1500)));
/// let mut exposed = Vec::new();
/// limited.visit_exposed(&mut |name, value| exposed.push((name, value.to_json_value())));
/// assert_eq!(exposed, [("retryAfterMs", serde_json::json!(1500))]);
/// ```
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

    /// Calls `visit` once per named field the declaration's message or hint names, with
    /// its value formatted as the template formats it (`{path:?}`: with `Debug`): the
    /// placeholders translations fill ([`i18n`](crate::i18n), feature `fluent`).
    fn visit_args(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
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

    /// The error with a retry delay decided at run time: its responses carry
    /// `Retry-After` (and, over gRPC, `RetryInfo`) with `delay`, whatever the code's own
    /// guidance. See [`WithRetryAfter`].
    fn with_retry_after(self, delay: Duration) -> WithRetryAfter<Self>
    where
        Self: Sized,
    {
        WithRetryAfter::new(self, delay)
    }
}

/// An error with a retry delay decided at run time: a rate limiter knows when the window
/// reopens, the code does not. Every method answers as the error's, except
/// [`retry_after`](ApiError::retry_after), which is the delay; with the `axum` and
/// `actix-web` features it is a response like the error's, with `Retry-After`.
///
/// The prebuilt catalogs' rate limits whose documents promise the header (the prompt
/// API's `RATE_LIMITED`, the sandbox platform's `rate_limit_exceeded`, the agent
/// platform's `RATE_LIMITED`) have no field for the delay: this is how a service sends
/// it.
///
/// ```
/// use std::time::Duration;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::{ApiError, Envelope};
///
/// let err = PromptApiError::RateLimited.with_retry_after(Duration::from_millis(2500));
/// assert_eq!(err.code(), "RATE_LIMITED");
/// let response = Envelope::new(&err).into_http_response();
/// assert_eq!(response.status(), 429);
/// assert_eq!(response.headers()["retry-after"], "3"); // whole seconds, rounded up
/// ```
///
/// A handler that answers with a delay sometimes returns `Result<T, WithRetryAfter<E>>`:
/// `?` turns a plain `E` into one without a delay of its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WithRetryAfter<E> {
    error: E,
    delay: Option<Duration>,
}

impl<E> WithRetryAfter<E> {
    /// `error`, to be retried after `delay`.
    pub fn new(error: E, delay: Duration) -> Self {
        WithRetryAfter {
            error,
            delay: Some(delay),
        }
    }

    /// The error.
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The delay decided at run time, if any.
    pub fn delay(&self) -> Option<Duration> {
        self.delay
    }

    /// The error, without the delay.
    pub fn into_inner(self) -> E {
        self.error
    }
}

/// An error without a delay of its own: its code's guidance stands.
impl<E: ApiError> From<E> for WithRetryAfter<E> {
    fn from(error: E) -> Self {
        WithRetryAfter { error, delay: None }
    }
}

impl<E: ApiError> ApiError for WithRetryAfter<E> {
    fn code(&self) -> &'static str {
        self.error.code()
    }
    fn status(&self) -> http::StatusCode {
        self.error.status()
    }
    fn message(&self) -> Cow<'_, str> {
        self.error.message()
    }
    fn hint(&self) -> Option<Cow<'_, str>> {
        self.error.hint()
    }
    fn fix(&self) -> Fix {
        self.error.fix()
    }
    fn category(&self) -> Option<&'static str> {
        self.error.category()
    }
    fn retry_after(&self) -> Option<Duration> {
        self.delay.or_else(|| self.error.retry_after())
    }
    fn entry(&self) -> &'static Entry {
        self.error.entry()
    }
    fn write_message(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.error.write_message(out)
    }
    fn write_hint(&self, out: &mut dyn fmt::Write) -> Result<bool, fmt::Error> {
        self.error.write_hint(out)
    }
    fn visit_exposed(&self, visit: &mut dyn FnMut(&'static str, &dyn Exposed)) {
        self.error.visit_exposed(visit);
    }
    fn visit_args(&self, visit: &mut dyn FnMut(&'static str, &dyn fmt::Display)) {
        self.error.visit_args(visit);
    }
    fn violations(&self) -> Option<&Violations> {
        self.error.violations()
    }
    fn source_error(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.source_error()
    }
    fn catalog() -> &'static Catalog {
        E::catalog()
    }
}

impl<E: fmt::Display> fmt::Display for WithRetryAfter<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<E: std::error::Error> std::error::Error for WithRetryAfter<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.source()
    }
}

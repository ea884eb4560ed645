//! [`Entry`]: the static metadata of one code.

use std::fmt;
use std::time::Duration;

use errcat_core::field::FieldType;
use errcat_core::grpc::GrpcCode;

use crate::fix::Fix;

/// The static metadata of one code: everything the docs and the JSON catalog show.
///
/// Plain data: an entry knows nothing of the catalog that holds it
/// ([`Catalog::owner`](crate::Catalog::owner) finds it).
///
/// ```
/// use std::time::Duration;
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::{ApiError, Fix};
///
/// let entry = ControlPlaneError::catalog().get("CP_STATUS_STALE").unwrap();
/// assert_eq!(entry.variant(), "StatusStale");
/// assert_eq!(entry.status(), http::StatusCode::SERVICE_UNAVAILABLE);
/// assert_eq!(entry.fix(), Fix::STATE);
/// assert_eq!(entry.category(), Some("Not found / wrong state"));
/// assert_eq!(entry.message(), "wok status not refreshed yet");
/// assert_eq!(entry.retry_after(), Some(Duration::from_secs(5)));
///
/// // A templated message is kept as written; a value fills it in.
/// let route = ControlPlaneError::catalog().get("CP_ROUTE_NOT_FOUND").unwrap();
/// assert_eq!(route.message(), "no route at {method} {path}");
/// assert!(!route.message_is_static());
/// ```
pub struct Entry {
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
    pub grpc: Option<GrpcCode>,
    #[doc(hidden)]
    pub domain: &'static str,
    #[doc(hidden)]
    pub fields: &'static [&'static str],
    #[doc(hidden)]
    pub message_args: &'static [&'static str],
    #[doc(hidden)]
    pub hint_args: &'static [&'static str],
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
            .field("grpc", &self.grpc_code())
            .field("domain", &self.domain)
            .field("exposed", &self.exposed)
            .field("exposed_types", &self.exposed_types)
            .field("violations", &self.violations)
            .finish_non_exhaustive()
    }
}

impl Entry {
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

    /// The gRPC status code the error travels with: `#[api(grpc = "...")]` (on the
    /// variant, or the enum's default), else the HTTP status mapped by
    /// [`GrpcCode::from_http`].
    ///
    /// ```
    /// use errcat::{ApiError, GrpcCode};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum E {
    ///     #[api(status = 409, message = "conflict")]
    ///     Conflict,
    ///     #[api(status = 409, grpc = "failed_precondition", message = "not active")]
    ///     NotActive,
    /// }
    /// assert_eq!(E::Conflict.entry().grpc_code(), GrpcCode::Aborted);
    /// assert_eq!(E::NotActive.entry().grpc_code(), GrpcCode::FailedPrecondition);
    /// ```
    pub fn grpc_code(&self) -> GrpcCode {
        self.grpc
            .unwrap_or_else(|| GrpcCode::from_http(self.status.as_u16()))
    }

    /// Whether [`grpc_code`](Self::grpc_code) was declared (`#[api(grpc = "...")]`)
    /// rather than mapped from the status.
    pub fn grpc_declared(&self) -> bool {
        self.grpc.is_some()
    }

    /// The gRPC domain of the code (`ErrorInfo.domain`): its type's
    /// [`Catalog::domain`](crate::Catalog::domain).
    pub fn domain(&self) -> &'static str {
        self.domain
    }

    /// The names of the variant's named fields, in declaration order (a tuple variant's
    /// fields have none).
    pub fn fields(&self) -> &'static [&'static str] {
        self.fields
    }

    /// The fields the declaration's message names (`{method}`), in order of first use.
    pub fn message_args(&self) -> &'static [&'static str] {
        self.message_args
    }

    /// The fields the declaration's hint names.
    pub fn hint_args(&self) -> &'static [&'static str] {
        self.hint_args
    }

    /// The envelope names of the exposed fields.
    pub fn exposed(&self) -> &'static [&'static str] {
        self.exposed
    }

    /// Whether the code carries field violations (`#[api(violations)]`).
    pub fn has_violations(&self) -> bool {
        self.violations.is_some()
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

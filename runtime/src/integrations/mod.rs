//! Framework integrations, each behind a cargo feature of `errcat`.
//!
//! With the `axum` feature, every derived error implements
//! `axum::response::IntoResponse`; with `actix-web`, `actix_web::ResponseError` (when it
//! also implements `Debug` and `Display`, as actix-web requires). A handler returns
//! `Result<T, E>` directly and the response carries E's status, its envelope, the
//! `Content-Type` of its shape, `Retry-After` when known, and the request id in the
//! header and the body.
//!
//! An error value does not know the request it answers, so the per-request context (the
//! validated request id, the method and the path) is set by a layer around the service:
//! [`axum::ErrorLayer`](crate::integrations::axum) or
//! [`actix::Errors`](crate::integrations::actix), for the duration of each request. The
//! same layer renders framework errors (unknown route, wrong method, oversized body,
//! rejected JSON, path or query, panics) in the envelope of a type implementing
//! [`FromFrameworkError`] of the service's choice.
//!
//! Server errors (5xx) never carry their source error's text; with the `tracing`
//! feature it is logged with the request id instead.

use crate::error::ApiError;
use crate::violation::Violations;

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "reqwest")]
pub mod reqwest;
#[cfg(feature = "utoipa")]
pub mod utoipa;
// What axum and actix-web share: the request context and rejected-input helpers.
#[cfg(any(feature = "axum", feature = "actix-web", feature = "tonic"))]
pub(crate) mod server;

#[cfg(any(feature = "axum", feature = "actix-web", feature = "tonic"))]
pub use server::context::{current_request_id, fresh_id, respond, respond_dyn};

/// An error the framework raised before (or instead of) a handler.
///
/// Texts borrowed from the request are bounded: a field path is at most 128 bytes and a
/// reason at most 200, cut on a character boundary.
///
/// ```
/// use errcat::Envelope;
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// // A DELETE to a route that only serves GET, in the workflow API's terms.
/// let wrong_method = FrameworkError::MethodNotAllowed { method: "DELETE", path: "/api/runs" };
/// let err = WorkflowApiError::from_framework_error(&wrong_method);
/// assert_eq!(err, WorkflowApiError::NotFound);
///
/// let err = WorkflowApiError::from_framework_error(&FrameworkError::Panic);
/// assert_eq!(
///     Envelope::new(&err).to_json_vec(),
///     br#"{"error":"dispatch_failed","message":"run dispatch failed: internal error"}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FrameworkError<'a> {
    /// No route matches the path (404).
    RouteNotFound {
        /// The request method.
        method: &'a str,
        /// The request path, without the query.
        path: &'a str,
    },
    /// A route matches the path but not the method (405).
    MethodNotAllowed {
        /// The request method.
        method: &'a str,
        /// The request path, without the query.
        path: &'a str,
    },
    /// The body exceeds the configured size limit (413).
    PayloadTooLarge,
    /// The body is not `application/json` (415).
    UnsupportedMediaType,
    /// The JSON body is malformed or does not fit the expected type (400 or 422).
    BadJson(BadInput<'a>),
    /// Path parameters do not parse (400).
    BadPath {
        /// The request method.
        method: &'a str,
        /// The request path, without the query.
        path: &'a str,
        /// The parameter and why it does not parse.
        input: BadInput<'a>,
    },
    /// The query string does not parse (400).
    BadQuery(BadInput<'a>),
    /// The input parsed, but a validator refused it (`Valid<Json<T>>`, `Garde<Query<T>>`,
    /// ...): the violations, with each path as the client sent it.
    InvalidInput(InvalidInput<'a>),
    /// A handler panicked (500). The panic's message is logged, never sent.
    Panic,
}

/// Which part of a rejected input was wrong, and why.
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::integrations::{BadInput, FrameworkError, FromFrameworkError};
/// use errcat::violation::codes;
/// use errcat::{ApiError, FieldPath, Violation, Violations};
///
/// // What axum's layer passes for `{"name":"w","size":"big"}` read as `{ size: u32, .. }`.
/// let violations = Violations::from(
///     Violation::new(
///         FieldPath::root().key("size"),
///         codes::INVALID_TYPE,
///         "expected number, received string",
///     )
///     .with_param("expected", "number")
///     .with_param("received", "string"),
/// );
/// let input = BadInput {
///     field: Some("size"),
///     reason: r#"invalid type: string "big", expected u32"#,
///     violations: &violations,
/// };
/// let err = ControlPlaneError::from_framework_error(&FrameworkError::BadJson(input));
/// assert_eq!(err.message(), "invalid JSON body: field size is missing or malformed");
/// assert_eq!(err.violations(), Some(&violations));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadInput<'a> {
    /// The path to the offending field (`"items[0].name"`), when the parser knows it.
    pub field: Option<&'a str>,
    /// The parser's explanation, without line and column (it may quote the input: send
    /// the violations instead).
    pub reason: &'a str,
    /// The refusal as violations (one, at the field, without the rejected value), for a
    /// body in the same form as a validator's refusal.
    pub violations: &'a Violations,
}

/// Input a validator refused.
///
/// ```
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError, InputPart, InvalidInput};
/// use errcat::violation::codes;
/// use errcat::{Envelope, FieldPath, Violation, Violations};
/// use serde_json::json;
///
/// let violations = Violations::from(
///     Violation::new(FieldPath::root().key("email"), codes::INVALID_STRING, "not an email")
///         .with_param("validation", "email"),
/// );
/// let invalid = InvalidInput { part: InputPart::Body, violations: &violations };
/// let err = WorkflowApiError::from_framework_error(&FrameworkError::InvalidInput(invalid));
/// let body = Envelope::new(&err).to_json_vec();
/// let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
/// assert_eq!(
///     body,
///     json!({
///         "error": "invalid_body",
///         "message": "invalid request body",
///         "issues": [{
///             "code": "invalid_string",
///             "path": ["email"],
///             "message": "not an email",
///             "validation": "email",
///         }],
///     })
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidInput<'a> {
    /// Which part of the request.
    pub part: InputPart,
    /// Why, field by field (never empty).
    pub violations: &'a Violations,
}

/// A part of a request that an extractor reads.
///
/// ```
/// use errcat::integrations::InputPart;
///
/// /// Where the client should look, in a message for people.
/// fn place(part: InputPart) -> &'static str {
///     match part {
///         InputPart::Body => "the request body",
///         InputPart::Query => "the query string",
///         InputPart::Path => "the URL path",
///         _ => "the request", // the enum is non-exhaustive
///     }
/// }
///
/// assert_eq!(place(InputPart::Query), "the query string");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputPart {
    /// The body.
    Body,
    /// The query string.
    Query,
    /// The path parameters.
    Path,
}

/// Maps framework errors to codes of a service's own catalog.
///
/// Implemented by every prebuilt catalog whose document has codes for these errors
/// (each in its document's terms: see the impl on each enum); any derived error can
/// implement it:
///
/// ```
/// use errcat::ApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// #[derive(Debug, ApiError)]
/// #[api(format = "flat")]
/// enum AppError {
///     #[api(status = 404, message = "no route at {method} {path}")]
///     NoRoute { method: String, path: String },
///     #[api(status = 400, message = "bad request: {reason}")]
///     BadRequest { reason: String },
///     #[api(status = 500, message = "internal error")]
///     Internal,
/// }
///
/// impl FromFrameworkError for AppError {
///     fn from_framework_error(err: &FrameworkError<'_>) -> Self {
///         match *err {
///             FrameworkError::RouteNotFound { method, path } => AppError::NoRoute {
///                 method: method.to_owned(),
///                 path: path.to_owned(),
///             },
///             FrameworkError::BadJson(input) | FrameworkError::BadQuery(input) => {
///                 AppError::BadRequest { reason: input.reason.to_owned() }
///             }
///             _ => AppError::Internal,
///         }
///     }
/// }
///
/// let err = AppError::from_framework_error(&FrameworkError::RouteNotFound {
///     method: "GET",
///     path: "/nope",
/// });
/// assert_eq!(err.message(), "no route at GET /nope");
/// ```
pub trait FromFrameworkError: ApiError + Sized {
    /// The error that answers `err`.
    fn from_framework_error(err: &FrameworkError<'_>) -> Self;
}

/// What the derive calls to implement the framework traits of the enabled features.
///
/// Expands to one impl per enabled integration; the `cfg`s are evaluated here, in
/// errcat, so the user crate needs no feature of its own.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_frameworks {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        $crate::__impl_axum! { [$($impl_generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_actix! { [$($impl_generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_utoipa! { [$($impl_generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_tonic! { [$($impl_generics)*] [$($ty)*] [$($where_clause)*] }
    };
}

/// `From<E> for tonic::Status` for a derived error (the `tonic` feature): the error as a
/// rich status, see [`grpc::status`](crate::grpc::status).
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* ::core::convert::From<$($ty)*> for $crate::__private::tonic::Status
            $($where_clause)*
        {
            fn from(err: $($ty)*) -> Self {
                $crate::grpc::status(&err)
            }
        }
    };
}

/// Nothing without the `tonic` feature.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($($tt:tt)*) => {};
}

/// `utoipa::IntoResponses` and `utoipa::ToSchema` for a derived error (the `utoipa`
/// feature): every error of the type, and its envelope schema.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* $crate::__private::utoipa::IntoResponses for $($ty)*
            $($where_clause)*
        {
            fn responses() -> ::std::collections::BTreeMap<
                ::std::string::String,
                $crate::__private::utoipa::openapi::RefOr<
                    $crate::__private::utoipa::openapi::response::Response,
                >,
            > {
                $crate::integrations::utoipa::responses(&$crate::openapi::Responses::of(
                    <Self as $crate::__private::ApiError>::catalog(),
                ))
            }
        }

        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* $crate::__private::utoipa::PartialSchema for $($ty)*
            $($where_clause)*
        {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::integrations::utoipa::schema(<Self as $crate::__private::ApiError>::catalog())
            }
        }

        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* $crate::__private::utoipa::ToSchema for $($ty)*
            $($where_clause)*
        {
        }
    };
}

/// Nothing without the `utoipa` feature.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($tt:tt)*) => {};
}

/// `axum::response::IntoResponse` for a derived error (the `axum` feature).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
            $($where_clause)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::integrations::axum::into_response(&self)
            }
        }
    };
}

/// Nothing without the `axum` feature.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($($tt:tt)*) => {};
}

/// `actix_web::ResponseError` for a derived error (the `actix-web` feature), when it
/// implements `Debug` and `Display` as actix-web requires. The higher-ranked bound keeps
/// the impl from being an error when it does not.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix {
    ([$($impl_generics:tt)*] [$($ty:tt)*] [$(where $($predicates:tt)*)?]) => {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl $($impl_generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            $($($predicates)*)?
            for<'__errcat> $($ty)*: ::core::fmt::Debug + ::core::fmt::Display,
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::integrations::actix::status_code(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::integrations::actix::error_response(self)
            }
        }
    };
}

/// Nothing without the `actix-web` feature.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix {
    ($($tt:tt)*) => {};
}

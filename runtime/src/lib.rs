//! # errcat
//!
//! An HTTP API's errors as a typed, documented contract.
//!
//! Annotate an error enum with `#[derive(ApiError)]` and every variant gets a stable
//! machine-readable code, an HTTP status, a client-facing message and hint, the side that
//! must fix it, retry guidance, a JSON envelope in the shape your API publishes, a typed
//! client-side decoder and generated docs. One declaration; nothing to keep in sync by
//! hand.
//!
//! ## Quick start
//!
//! ```
//! use errcat::{ApiError, Envelope};
//!
//! /// Errors of the control plane.
//! #[derive(Debug, ApiError)]
//! #[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
//! pub enum CpError {
//!     /// No active project with that wok_id in this org.
//!     #[api(status = 404, fix(caller, state), category = "Not found / wrong state",
//!           hint = "verify the wok_id and that it belongs to your org")]
//!     ProjectNotFound,
//!
//!     #[api(status = 404, fix = "caller", message = "no route at {method} {path}")]
//!     RouteNotFound { method: String, path: String },
//!
//!     /// The wok status row hasn't been refreshed by the reconciler yet.
//!     #[api(code = "CP_STATUS_STALE", status = 503, fix = "state", retry_after = 5)]
//!     StatusStale,
//! }
//!
//! let err = CpError::RouteNotFound { method: "GET".into(), path: "/v1/wokz".into() };
//! assert_eq!(err.code(), "CP_ROUTE_NOT_FOUND");
//! assert_eq!(err.status(), http::StatusCode::NOT_FOUND);
//!
//! // At response time, with the request's id:
//! let response = Envelope::new(&err).with_id("1aee612b1250f276").into_http_response();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["content-type"], "application/json");
//! assert_eq!(
//!     response.body().as_slice(),
//!     br#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /v1/wokz","correlation_id":"1aee612b1250f276"}}"#
//! );
//!
//! // The enum has data, so a fieldless code enum is generated beside it:
//! assert_eq!(err.kind(), CpErrorCode::RouteNotFound);
//! assert_eq!("CP_STATUS_STALE".parse::<CpErrorCode>().unwrap(), CpErrorCode::StatusStale);
//!
//! // And the docs come from the same declaration:
//! let page = errcat::docs::markdown(CpError::catalog());
//! assert!(page.contains("| `CP_STATUS_STALE` | 503 | `UNAVAILABLE` | state |"));
//! ```
//!
//! A handler in axum or actix-web returns `Result<T, CpError>` directly (features `axum`,
//! `actix-web`); a client decodes responses with [`decode()`] into
//! `Code::Known(CpErrorCode::…)` or `Code::Unknown("…")`, never a panic.
//!
//! ## The attribute language
//!
//! ### On the enum (or struct)
//!
//! | key | meaning | default |
//! |---|---|---|
//! | `format = "nested"` | envelope shape: `"nested"`, `"flat"`, `"code"`, `"problem"`, or a path to a type implementing [`Format`] | `"nested"` |
//! | `rename_all = "snake_case"` | how codes derive from variant names: `SCREAMING_SNAKE_CASE`, `snake_case`, `camelCase`, `PascalCase`, `lowercase`, `UPPERCASE` | `SCREAMING_SNAKE_CASE` |
//! | `prefix = "CP_"` | prepended to every derived code (not to an explicit `code`) | none |
//! | `catalog = "control_plane"` | the catalog's name in docs and JSON | the enum name in snake_case |
//! | `status = 400`, `fix = ...`, `category = "..."`, `status_inferred` | defaults for the variants | none |
//! | `id_field = "correlation_id"` | the body key of the per-request id | `"request_id"` |
//! | `status_field = "statusCode"` | echo the HTTP status in the body under this key | none |
//! | `doc_url = "https://docs.example.com/errors#{code}"` | documentation link per code (`type` in `problem` bodies) | none |
//! | `code_enum = CpKind` | name of the generated code enum of an enum with data | `<Name>Code` |
//! | `display` | also implement `Display` (= the message) and `std::error::Error` | off: coexists with thiserror |
//! | `crate = "path::to::errcat"` | where generated code finds errcat | `::errcat` |
//!
//! ### On a variant (or on a struct, which derives one code)
//!
//! | key | meaning |
//! |---|---|
//! | `code = "CP_STATUS_STALE"` | the code, verbatim (no prefix, no renaming); one token of `[A-Za-z0-9_]` |
//! | `status = 409` / `status = StatusCode::CONFLICT` | the HTTP status, in `400..=599` |
//! | `message = "no route at {method} {path}"` | the client-facing message; a template over the fields: `{field}`, `{0}`, `{field:?}`, `{n:>4}`. Without it, the doc comment's first paragraph is the message |
//! | `hint = "..."` | the remediation, a template like `message` |
//! | `fix = "caller"`, `fix = "platform / BYOK"`, `fix(caller, state)` | the side(s) that must act: `caller`, `state`, `platform`, `byok` |
//! | `category = "Validation"` | the heading the code is documented under |
//! | `retry_after = 5` | retry guidance in seconds: the `Retry-After` header and the catalog |
//! | `status_inferred` | the status is a convention, not the source document's word (shown in docs) |
//! | `doc_url = "..."` | overrides the enum's `doc_url` |
//! | `deprecated = "use CP_X instead"` | the code is on its way out: marked in the docs, the JSON, the OpenAPI output and the contract lock, where removing it later is a retirement rather than a breaking removal ([`contract`]) |
//! | `transparent` | forwards code, status, message and everything else to the one field, itself an `ApiError`; its codes nest in the code type (below) |
//!
//! The first paragraph of a variant's doc comment is its description in the docs.
//!
//! ### On a field
//!
//! | key | meaning |
//! |---|---|
//! | `expose` / `expose = "retryAfterMs"` | the field (any `serde::Serialize`) goes into the envelope under its name or the one given |
//! | `source` | the cause: reachable through [`ApiError::source_error`] (and `Error::source` with `display`), logged, never serialized. thiserror's `#[source]` and `#[from]` count too |
//! | `retry_after = "ms"` / `retry_after = "s"` | the field (an integer, a `Duration`, or an `Option` of one) is the retry delay in that unit: it sets the `Retry-After` header (rounded up to whole seconds) and the retry helpers follow it. Expose it too to send it in the body |
//! | `violations` / `violations = "details"` | the field (a [`Violations`]) is what was wrong with the input: written under the shape's member (`violations`, `issues`, `errors`) or the name given, in the shape's form ([`violation`]) |
//!
//! Every misuse is a compile error at the narrowest span: duplicate codes, statuses
//! outside `400..=599`, unknown keys (with "did you mean"), placeholders naming missing
//! fields, a 5xx message that would print its source error, and so on.
//!
//! ## Envelopes
//!
//! | `format` | body |
//! |---|---|
//! | `nested` | `{"error":{"code":C,"message":M,"hint":H,"<id_field>":ID,...exposed}}` |
//! | `flat` | `{"error":M,"code":C,"<status_field>":S,...exposed,"<id_field>":ID}` |
//! | `code` | `{"error":C,"message":M,...exposed,"<id_field>":ID}` |
//! | `problem` | RFC 9457 `application/problem+json`: `type`, `title`, `status`, `detail`, `instance`, and the extension members `code`, `hint`, ...exposed |
//!
//! Ids, hints and exposed `Option` fields appear only when present (a `None` is left
//! out, not written as `null`). The id and the request path (`instance`) are
//! given at response time ([`Envelope::with_id`], [`Envelope::with_instance`]); an id is
//! echoed only if it passes [`request_id::is_valid`]. 5xx bodies never carry a source
//! error's text: a 5xx template naming its source field does not compile.
//!
//! [`Envelope::write_json`] appends to the caller's buffer, copying the JSON fragments the
//! derive rendered at compile time; [`Envelope`] also implements `serde::Serialize` with
//! the same member order.
//!
//! ## Serving, consuming, documenting
//!
//! | feature | what | where |
//! |---|---|---|
//! | `axum` | handlers return `Result<T, E>`; `ErrorLayer` validates or mints the request id (header and body agree) and renders rejections, 404, 405, 413 and panics in `E`'s envelope | [`integrations::axum`](crate::integrations) |
//! | `actix-web` | the same through `ResponseError` and the `Errors` middleware | [`integrations::actix`](crate::integrations) |
//! | `reqwest` | decode a `reqwest::Response` with a size cap before buffering; a tokio retry loop | [`integrations::reqwest`](crate::integrations) |
//! | `tracing` | 5xx source chains and panics logged with the request id, never sent | [`integrations`] |
//! | (always) | decoding an `http::Response` | [`client`] |
//! | (always) | retry policy: `Retry-After` (seconds or any RFC 9110 date), jittered backoff for 5xx, never for other 4xx | [`retry`] |
//! | (always) | markdown and JSON catalogs | [`docs`] |
//! | (always) | the contract lock: a test that fails on changes that break clients | [`contract`] |
//! | (always) | OpenAPI 3.1: envelope schemas, one response per status with an example per code, whole documents, attaching to yours | [`openapi`] |
//! | `validator`, `garde` | `Violations` from their reports; with `axum` or `actix-web`, the `Valid<...>` and `Garde<...>` extractors | [`violation`] |
//! | `utoipa` | derived errors implement `IntoResponses` and `ToSchema`: `responses(E)` in `#[utoipa::path]`; `error_responses!` for a subset of codes | [`integrations::utoipa`](crate::integrations) |
//! | (always) | the prebuilt catalogs: the 160 error codes of five real APIs, from their published documentation | [`catalogs`] |
//!
//! ## Codes back to types
//!
//! A fieldless enum implements [`ErrorCode`], `FromStr`, `Serialize` and `Deserialize` by
//! code. An enum with data gets a generated fieldless code enum with the same impls and a
//! `kind()` method. Either is the `C` of [`decode::<C>()`](decode()).
//!
//! A `#[api(transparent)]` variant's codes nest in the code enum, so that one type reads
//! a service's whole contract: its own codes and those of the errors it forwards.
//!
//! ```
//! use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
//! use errcat::{ApiError, Code};
//!
//! #[derive(Debug, ApiError)]
//! #[api(format = "nested", prefix = "SVC_", id_field = "correlation_id")]
//! enum ServiceError {
//!     #[api(status = 404, message = "no widget named {name}")]
//!     WidgetNotFound { name: String },
//!     #[api(transparent)]
//!     Cp(ControlPlaneError),
//! }
//!
//! let body = br#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no such wok"}}"#;
//! let decoded = errcat::decode::<ServiceErrorCode>(http::StatusCode::NOT_FOUND, body).unwrap();
//! assert_eq!(
//!     decoded.code,
//!     Code::Known(ServiceErrorCode::Cp(ControlPlaneErrorCode::ProjectNotFound))
//! );
//! assert_eq!(
//!     ServiceError::Cp(ControlPlaneError::NotActive).kind(),
//!     ServiceErrorCode::Cp(ControlPlaneErrorCode::NotActive)
//! );
//! ```
//!
//! The nested code type keeps `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash` and `Debug` as
//! far as the forwarded type's code type has them: derive them on a fieldless error enum
//! that another forwards. A variant that forwards a type parameter (`Inner(E)`) cannot
//! nest; `kind()` of such a type returns `Option`, `None` for that variant.
//!
//! ```
//! use errcat::{ApiError, Code};
//!
//! #[derive(Debug, PartialEq, ApiError)]
//! #[api(format = "code", rename_all = "snake_case")]
//! enum Workflow {
//!     /// Cron didn't parse.
//!     #[api(status = 400)]
//!     InvalidCron,
//! }
//!
//! let decoded = errcat::decode::<Workflow>(
//!     http::StatusCode::BAD_REQUEST,
//!     br#"{"error":"invalid_cron","message":"Cron didn't parse."}"#,
//! )
//! .unwrap();
//! assert_eq!(decoded.code, Code::Known(Workflow::InvalidCron));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// On docs.rs (`--cfg docsrs`, nightly): each feature-gated item says which feature it
// needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

// The prebuilt catalogs derive `ApiError` inside this crate; generated code names
// `::errcat::...`.
extern crate self as errcat;

mod catalog;
pub mod catalogs;
pub mod client;
mod code;
pub mod contract;
pub mod decode;
pub mod docs;
mod entry;
mod envelope;
mod error;
mod fix;
mod format;
#[cfg(feature = "tonic")]
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
pub mod grpc;
#[cfg(feature = "fluent")]
#[cfg_attr(docsrs, doc(cfg(feature = "fluent")))]
pub mod i18n;
pub mod integrations;
mod json;
mod layout;
pub mod openapi;
mod parts;
pub mod request_id;
pub mod retry;
mod retry_after;
mod text;
pub mod violation;

pub use crate::catalog::Catalog;
pub use crate::code::{ErrorCode, UnknownCode};
pub use crate::decode::{Code, DecodeError, Decoded, Decoder, decode};
pub use crate::entry::Entry;
pub use crate::envelope::{Envelope, REQUEST_ID_HEADER};
pub use crate::error::{ApiError, WithRetryAfter};
pub use crate::fix::Fix;
pub use crate::format::Format;
pub use crate::json::{Exposed, JsonSink};
pub use crate::parts::{EnvelopeParts, MemberNames, Parts, ShapeError};
pub use crate::violation::{FieldPath, Violation, Violations};
pub use errcat_core::grpc::GrpcCode;
pub use errcat_core::shape::Shape;
pub use errcat_macros::ApiError;

/// The built-in envelope shapes, by the names `#[api(format = "...")]` takes: the
/// variants of [`Shape`].
pub mod formats {
    pub use errcat_core::shape::Shape::{Code, Flat, Nested, Problem};
}

/// Shapes as layouts: the members a body is made of, to define a custom [`Format`] from
/// the same pieces as the built-in ones.
pub mod shape {
    pub use errcat_core::field::FieldType;
    pub use errcat_core::shape::{
        JSON, Key, Layout, Member, PROBLEM_JSON, Part, Rule, Shape, ViolationForm,
    };
}

/// What generated code names. Not a public API: no stability promise.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

/// The README's examples run as doctests, so they cannot drift (with the features the
/// README's test command turns on: its examples use axum, utoipa, validator and tonic).
#[cfg(all(
    doctest,
    feature = "axum",
    feature = "utoipa",
    feature = "validator",
    feature = "tonic"
))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

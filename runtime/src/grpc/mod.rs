//! gRPC (feature `tonic`): derived errors as `tonic::Status`es in Google's rich error
//! model (AIP-193), read back into typed errors on the client, and a layer for tonic
//! servers.
//!
//! The same declaration that gives an error its HTTP envelope gives its status: the code
//! from the HTTP status ([`GrpcCode::from_http`](crate::GrpcCode::from_http), or
//! `#[api(grpc = "...")]`), the client-facing message, and the details `ErrorInfo`
//! (reason, `#[api(domain = "...")]`, exposed fields), `RetryInfo`, `Help`,
//! `RequestInfo` and `BadRequest`. With the feature on, the derive implements
//! `From<E> for tonic::Status`, so a handler returns `Err(err.into())` or uses `?`.
//!
//! ```
//! use errcat::{ApiError, Code};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
//! #[api(format = "code", domain = "orders.example.com")]
//! enum OrderError {
//!     /// No order with that id.
//!     #[api(status = 404)]
//!     OrderNotFound,
//! }
//!
//! // The server: a handler's error becomes a rich status.
//! fn get_order(id: &str) -> Result<tonic::Response<()>, tonic::Status> {
//!     let _ = id;
//!     Err(OrderError::OrderNotFound.into())
//! }
//!
//! // The client: the status read back into the typed code.
//! let status = get_order("o-1").unwrap_err();
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! let decoded = errcat::grpc::decode::<OrderError>(&status).unwrap();
//! assert_eq!(decoded.code, Code::Known(OrderError::OrderNotFound));
//! assert_eq!(decoded.message, "No order with that id.");
//! ```

mod decode;
mod layer;
mod status;

pub use decode::{MAX_DETAILS, decode};
pub use layer::{ErrorFuture, ErrorLayer, ErrorService};
pub use status::{CODE_KEY, reason, status, status_with_id};

/// The descriptors of errcat's detail types (`google.rpc.ErrorInfo`, `RetryInfo`, ...),
/// for a reflection service, so that clients resolve the details they receive:
/// `tonic_reflection::server::Builder::configure()
///  .register_encoded_file_descriptor_set(errcat::grpc::DETAILS_DESCRIPTOR_SET)`.
pub const DETAILS_DESCRIPTOR_SET: &[u8] = tonic_types::pb::FILE_DESCRIPTOR_SET;

impl crate::retry::Retryable for tonic::Status {
    /// The HTTP status a gRPC client's retry decision is made on: that of the code in the
    /// status's `ErrorInfo` is not known here, so the gRPC code's own (`UNAVAILABLE` is
    /// 503, `RESOURCE_EXHAUSTED` 429, ...).
    fn status(&self) -> Option<http::StatusCode> {
        decode::<crate::grpc::AnyCode>(self).ok().map(|d| d.status)
    }

    /// `RetryInfo.retry_delay`.
    fn retry_after(&self) -> Option<std::time::Duration> {
        decode::<crate::grpc::AnyCode>(self)
            .ok()
            .and_then(|d| d.retry_after)
    }
}

/// A code type that knows no code: decodes any status as `Code::Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnyCode {}

impl crate::code::ErrorCode for AnyCode {
    fn from_code(_: &str) -> Option<Self> {
        None
    }

    fn as_code(&self) -> &'static str {
        match *self {}
    }

    fn code_catalog() -> &'static crate::catalog::Catalog {
        &crate::docs::EMPTY
    }
}

//! Clients over `http` types: decoding a whole `http::Response` (status, headers, body)
//! and telling an API's error apart from a success.
//!
//! [`decode`](crate::decode()) reads a bare status and body; the functions here also keep
//! what the headers say: the `Retry-After` wait ([`Decoded::retry_after`]) and the request
//! id when the body has none. With the `reqwest` feature,
//! [`integrations::reqwest`](crate::integrations::reqwest) does the same for
//! `reqwest::Response`, reading the body under the size cap.
//!
//! ```
//! use errcat::catalogs::prompt_api::PromptApiError;
//! use errcat::client::{self, ClientError};
//! use errcat::Code;
//!
//! let response = http::Response::builder()
//!     .status(404)
//!     .header("x-request-id", "1aee612b1250f276")
//!     .body(r#"{"error":{"code":"NOT_FOUND","message":"prompt or version not found"}}"#)
//!     .unwrap();
//! match client::error_for_status::<PromptApiError, _>(response) {
//!     Err(ClientError::Api(decoded)) => {
//!         assert_eq!(decoded.code, Code::Known(PromptApiError::NotFound));
//!         assert_eq!(decoded.id.as_deref(), Some("1aee612b1250f276"));
//!     }
//!     other => panic!("expected an API error, got {other:?}"),
//! }
//! ```

use crate::code::ErrorCode;
pub use crate::decode::ClientError;
use crate::decode::{DecodeError, Decoded, Decoder};

/// Decodes an error response with the default [`Decoder`]: status, body, and the
/// `Retry-After` and request id headers.
///
/// ```
/// use errcat::ApiError;
/// use std::time::Duration;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
/// #[api(format = "flat")]
/// enum Api {
///     /// The sandbox is busy.
///     #[api(status = 503, retry_after = 5)]
///     SandboxBusy,
/// }
///
/// let response = http::Response::builder()
///     .status(503)
///     .header("retry-after", "10")
///     .body(br#"{"error":"The sandbox is busy.","code":"SANDBOX_BUSY"}"#.to_vec())
///     .unwrap();
/// let decoded = errcat::client::decode_response::<Api, _>(&response).unwrap();
/// assert_eq!(decoded.retry_after, Some(Duration::from_secs(10))); // the header
/// assert_eq!(decoded.guidance(), Some(Duration::from_secs(5))); // the catalog
/// ```
pub fn decode_response<C: ErrorCode, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<Decoded<C>, DecodeError> {
    Decoder::new().decode_response(response)
}

/// Passes a success (any status below 400) through; turns an error status into a
/// [`ClientError`], decoded with the default [`Decoder`].
pub fn error_for_status<C: ErrorCode, B: AsRef<[u8]>>(
    response: http::Response<B>,
) -> Result<http::Response<B>, ClientError<C>> {
    Decoder::new().error_for_status(response)
}

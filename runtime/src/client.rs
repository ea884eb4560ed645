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

use std::fmt;
use std::time::Duration;

use crate::code::ErrorCode;
use crate::decode::{Code, DecodeError, Decoded, Decoder};
use crate::retry::Retryable;

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

impl Decoder {
    /// Decodes an error response: status, body, and the `Retry-After` and request id
    /// headers (see [`decode_parts`](Self::decode_parts)).
    pub fn decode_response<C: ErrorCode, B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Decoded<C>, DecodeError> {
        self.decode_parts(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// Passes a success (any status below 400) through; turns an error status into
    /// [`ClientError::Api`] when the body is an envelope of `C`'s shape, and
    /// [`ClientError::Undecodable`] when it is not (a proxy's HTML page, an empty 502).
    ///
    /// ```
    /// use errcat::catalogs::prompt_api::PromptApiError;
    /// use errcat::client::ClientError;
    /// use errcat::{DecodeError, Decoder};
    ///
    /// let ok = http::Response::builder().status(200).body("{}").unwrap();
    /// assert!(Decoder::new().error_for_status::<PromptApiError, _>(ok).is_ok());
    ///
    /// let proxy = http::Response::builder()
    ///     .status(502)
    ///     .header("content-type", "text/html")
    ///     .body("<html><body>Bad Gateway</body></html>")
    ///     .unwrap();
    /// let err = Decoder::new().error_for_status::<PromptApiError, _>(proxy).unwrap_err();
    /// assert_eq!(err.status(), Some(http::StatusCode::BAD_GATEWAY));
    /// assert!(matches!(err, ClientError::Undecodable { error: DecodeError::NotJson { .. }, .. }));
    /// ```
    pub fn error_for_status<C: ErrorCode, B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<http::Response<B>, ClientError<C>> {
        let status = response.status();
        if !(status.is_client_error() || status.is_server_error()) {
            return Ok(response);
        }
        Err(ClientError::from_decode(
            self,
            status,
            response.headers(),
            self.decode_response(&response),
        ))
    }
}

/// A failed call, as a client sees it: the API's error, an error status whose body is not
/// the API's envelope, or no response at all.
///
/// Its `Display` quotes at most a short prefix of what the server sent. It implements
/// [`Retryable`], so [`retry`](crate::retry::retry) can run calls that fail with it.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError<C> {
    /// The server answered with an error envelope of the API (boxed: it is large, and
    /// `Result`s carrying it stay small).
    Api(Box<Decoded<C>>),
    /// The server answered with an error status, but the body is not an envelope of the
    /// API's shape (HTML from a proxy, an empty body, a body over the size cap).
    Undecodable {
        /// The response's status.
        status: http::StatusCode,
        /// The response's `Retry-After` wait, if valid.
        retry_after: Option<Duration>,
        /// The response's request id header, if valid.
        id: Option<String>,
        /// Why the body could not be decoded.
        error: DecodeError,
    },
    /// No response: the connection failed or timed out.
    Transport(Box<dyn std::error::Error + Send + Sync>),
}

impl<C: ErrorCode> ClientError<C> {
    /// The result of decoding an error response: `Api` or `Undecodable`.
    pub(crate) fn from_decode(
        decoder: &Decoder,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        decoded: Result<Decoded<C>, DecodeError>,
    ) -> Self {
        match decoded {
            Ok(decoded) => ClientError::Api(Box::new(decoded)),
            Err(error) => ClientError::Undecodable {
                status,
                retry_after: crate::retry::retry_after(headers),
                id: decoder.header_id(headers),
                error,
            },
        }
    }

    /// The response's status (`None` for a transport error).
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            ClientError::Api(decoded) => Some(decoded.status),
            ClientError::Undecodable { status, .. } => Some(*status),
            ClientError::Transport(_) => None,
        }
    }

    /// The decoded error, if the server sent an envelope.
    pub fn decoded(&self) -> Option<&Decoded<C>> {
        match self {
            ClientError::Api(decoded) => Some(decoded),
            _ => None,
        }
    }

    /// The API's code, if the server sent an envelope.
    pub fn code(&self) -> Option<&Code<C>> {
        self.decoded().map(|decoded| &decoded.code)
    }

    /// The per-request id, from the body or the request id header.
    pub fn id(&self) -> Option<&str> {
        match self {
            ClientError::Api(decoded) => decoded.id.as_deref(),
            ClientError::Undecodable { id, .. } => id.as_deref(),
            ClientError::Transport(_) => None,
        }
    }
}

impl<C: ErrorCode> fmt::Display for ClientError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Api(decoded) => decoded.fmt(f),
            ClientError::Undecodable { status, error, .. } => {
                write!(f, "{status} with an undecodable body: {error}")
            }
            ClientError::Transport(error) => write!(f, "request failed: {error}"),
        }
    }
}

impl<C: ErrorCode + fmt::Debug> std::error::Error for ClientError<C> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Api(_) => None,
            ClientError::Undecodable { error, .. } => Some(error),
            ClientError::Transport(error) => Some(&**error),
        }
    }
}

impl<C: ErrorCode> From<Decoded<C>> for ClientError<C> {
    fn from(decoded: Decoded<C>) -> Self {
        ClientError::Api(Box::new(decoded))
    }
}

impl<C: ErrorCode> Retryable for ClientError<C> {
    fn status(&self) -> Option<http::StatusCode> {
        ClientError::status(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            ClientError::Api(decoded) => decoded.retry_after,
            ClientError::Undecodable { retry_after, .. } => *retry_after,
            ClientError::Transport(_) => None,
        }
    }

    fn guidance(&self) -> Option<Duration> {
        self.decoded().and_then(Decoded::guidance)
    }
}

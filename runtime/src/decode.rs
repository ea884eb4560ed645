//! Clients: reading an error response back into a typed value.
//!
//! [`decode`] reads a status and a body; [`client`](crate::client) reads a whole
//! `http::Response` (keeping `Retry-After` and the request id header), and, with the
//! `reqwest` feature, [`integrations::reqwest`](crate::integrations::reqwest) reads a
//! `reqwest::Response` under the size cap. [`retry`](crate::retry) decides what to do next.

use std::fmt;
use std::time::Duration;

use crate::catalog::Catalog;
use crate::code::ErrorCode;
use crate::envelope::REQUEST_ID_HEADER;
use crate::format::ShapeError;
use crate::violation::Violations;

/// The default cap on the body size [`decode`] accepts: 64 KiB.
pub const DEFAULT_MAX_BODY: usize = 64 * 1024;

/// The default cap on JSON nesting [`decode`] accepts.
pub const DEFAULT_MAX_DEPTH: usize = 32;

/// A code read from a body: one this build knows, or one it does not (kept verbatim).
///
/// ```
/// use errcat::Code;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use http::StatusCode;
///
/// let body = br#"{"error":{"code":"NOT_FOUND","message":"prompt or version not found"}}"#;
/// let code = errcat::decode::<PromptApiError>(StatusCode::NOT_FOUND, body).unwrap().code;
/// assert_eq!(code, Code::Known(PromptApiError::NotFound));
/// assert_eq!(code.known(), Some(&PromptApiError::NotFound));
/// assert_eq!(code.as_str(), "NOT_FOUND");
///
/// // A code from a newer server: kept as sent, never an error.
/// let body = br#"{"error":{"code":"PROMPT_ARCHIVED","message":"archived"}}"#;
/// let code = errcat::decode::<PromptApiError>(StatusCode::GONE, body).unwrap().code;
/// assert_eq!(code, Code::Unknown("PROMPT_ARCHIVED".to_owned()));
/// assert_eq!(code.known(), None);
/// assert_eq!(code.to_string(), "PROMPT_ARCHIVED");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code<C> {
    /// A code of the catalog `C`.
    Known(C),
    /// A code `C` does not have (a newer server, another service).
    Unknown(String),
}

impl<C: ErrorCode> Code<C> {
    /// The code as a string.
    pub fn as_str(&self) -> &str {
        match self {
            Code::Known(c) => c.as_code(),
            Code::Unknown(s) => s,
        }
    }

    /// The known code, if it is one.
    pub fn known(&self) -> Option<&C> {
        match self {
            Code::Known(c) => Some(c),
            Code::Unknown(_) => None,
        }
    }
}

impl<C: ErrorCode> fmt::Display for Code<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error response, decoded.
///
/// ```
/// use std::time::Duration;
/// use errcat::Code;
/// use errcat::catalogs::agent_api::AgentApiErrorCode;
/// use http::StatusCode;
///
/// let body = br#"{"error":"Too many outgoing tool calls","code":"OUTGOING_RATE_LIMITED",
///     "statusCode":429,"request_id":"req-7","domain":"example.com"}"#;
/// let decoded =
///     errcat::decode::<AgentApiErrorCode>(StatusCode::TOO_MANY_REQUESTS, body).unwrap();
/// assert_eq!(decoded.status, StatusCode::TOO_MANY_REQUESTS);
/// assert_eq!(decoded.code, Code::Known(AgentApiErrorCode::OutgoingRateLimited));
/// assert_eq!(decoded.message, "Too many outgoing tool calls");
/// assert_eq!(decoded.id.as_deref(), Some("req-7"));
/// assert_eq!(decoded.details["domain"], "example.com");
/// assert_eq!(decoded.retry_after, None); // no headers: see `Decoder::decode_parts`
///
/// // The body has no hint; the catalog's static one fills it in.
/// assert_eq!(decoded.hint.as_deref(), Some("Wait 60 seconds before retrying"));
/// assert_eq!(decoded.entry().unwrap().category(), Some("Rate Limiting Errors"));
/// assert_eq!(decoded.guidance(), Some(Duration::from_secs(60)));
/// assert_eq!(
///     decoded.to_string(),
///     "429 Too Many Requests OUTGOING_RATE_LIMITED: Too many outgoing tool calls (id req-7)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<C> {
    /// The HTTP status of the response.
    pub status: http::StatusCode,
    /// The code.
    pub code: Code<C>,
    /// The message.
    pub message: String,
    /// The hint: from the body, or, for a known code whose hint is static, from the
    /// catalog when the shape carries none.
    pub hint: Option<String>,
    /// The per-request id (quote it when filing a ticket): from the body, or, when the
    /// body has none, from the response's request id header (if that id passes
    /// [`request_id::is_valid`](crate::request_id::is_valid)).
    pub id: Option<String>,
    /// How long the server asked the client to wait, from the response's `Retry-After`
    /// header (seconds, or an HTTP-date measured from when the response was decoded).
    /// `None` when decoded from a bare body, without the header, or when the header is
    /// not valid. The catalog's own guidance is [`Decoded::guidance`].
    pub retry_after: Option<Duration>,
    /// Every other member of the envelope (exposed fields, extensions).
    pub details: serde_json::Map<String, serde_json::Value>,
    /// The field violations the body carries (see [`Decoded::violations`]).
    pub violations: Violations,
    /// How many entries of the body's violations member were malformed (not an object,
    /// a required member missing or of the wrong type, a path that does not parse) and
    /// skipped.
    pub skipped_violations: usize,
    /// The gRPC status code, for an error decoded from a `tonic::Status`
    /// ([`grpc::decode`](crate::grpc::decode), feature `tonic`); `None` over HTTP.
    pub grpc: Option<errcat_core::GrpcCode>,
}

impl<C: ErrorCode> Decoded<C> {
    /// The catalog entry of a known code.
    pub fn entry(&self) -> Option<&'static crate::entry::Entry> {
        let code = self.code.known()?;
        C::code_catalog().get(code.as_code())
    }

    /// The field violations the body carries: under the member a known code declares,
    /// or, for a code this build does not know, under the shape's own member (`issues`,
    /// `errors`, `violations`) when it is an array. Empty when the body has none. A
    /// malformed entry is skipped, never a panic, and counted in
    /// [`skipped_violations`](Self::skipped_violations).
    ///
    /// ```
    /// use errcat::catalogs::workflow_api::WorkflowApiErrorCode;
    ///
    /// let body = br#"{"error":"invalid_body","issues":[
    ///     {"code":"too_small","path":["items",0,"name"],"message":"too short","minimum":1},
    ///     {"code":"custom","path":"not a path","message":"skipped"}
    /// ]}"#;
    /// let decoded = errcat::decode::<WorkflowApiErrorCode>(http::StatusCode::BAD_REQUEST, body).unwrap();
    /// let first = decoded.violations().first().unwrap();
    /// assert_eq!(first.path().to_string(), "items[0].name");
    /// assert_eq!(first.param("minimum"), Some(&serde_json::json!(1)));
    /// assert_eq!(decoded.skipped_violations, 1);
    /// ```
    pub fn violations(&self) -> &Violations {
        &self.violations
    }

    /// The catalog's retry guidance for a known code (`#[api(retry_after = N)]`).
    pub fn guidance(&self) -> Option<Duration> {
        self.entry()?.retry_after()
    }
}

/// The most of a server's message that [`Decoded`]'s `Display` shows.
const DISPLAY_MESSAGE_MAX: usize = 256;

/// The most of a code that [`Decoded`]'s `Display` shows.
const DISPLAY_CODE_MAX: usize = 64;

/// `404 Not Found CP_PROJECT_NOT_FOUND: no active project (id 1aee612b1250f276)`. The code
/// and message come from the server, so they are cut to 64 and 256 bytes, and control
/// characters are escaped (a `\n` in a message cannot forge a log line).
impl<C: ErrorCode> fmt::Display for Decoded<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.status)?;
        write_sanitized(f, self.code.as_str(), DISPLAY_CODE_MAX)?;
        f.write_str(": ")?;
        write_sanitized(f, &self.message, DISPLAY_MESSAGE_MAX)?;
        if let Some(id) = &self.id {
            f.write_str(" (id ")?;
            write_sanitized(f, id, DISPLAY_CODE_MAX)?;
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// Writes at most `max` bytes of `s` (cut at a char boundary, `…` when cut), with control
/// characters escaped.
fn write_sanitized(f: &mut fmt::Formatter<'_>, s: &str, max: usize) -> fmt::Result {
    for c in crate::text::shortened(s, max).chars() {
        if c.is_control() {
            write!(f, "{}", c.escape_default())?;
        } else {
            fmt::Write::write_char(f, c)?;
        }
    }
    Ok(())
}

/// Why a response could not be decoded. Its text never quotes the body.
///
/// ```
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::{DecodeError, ShapeError};
/// use http::StatusCode;
///
/// let decode = |body: &[u8]| errcat::decode::<PromptApiError>(StatusCode::BAD_GATEWAY, body);
///
/// // A proxy's error page.
/// let err = decode(b"<html><body>502 Bad Gateway</body></html>").unwrap_err();
/// assert_eq!(err, DecodeError::NotJson { reason: "syntax error at line 1 column 1".into() });
/// assert_eq!(err.to_string(), "error body is not JSON: syntax error at line 1 column 1");
///
/// // Nesting meant to exhaust the parser's stack is refused before parsing.
/// let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
/// assert_eq!(decode(deep.as_bytes()).unwrap_err(), DecodeError::TooDeep { limit: 32 });
///
/// // JSON, but not this API's envelope.
/// assert_eq!(
///     decode(br#"{"message":"upstream timed out"}"#).unwrap_err(),
///     DecodeError::NotEnvelope {
///         format: "nested (code, message)",
///         reason: ShapeError("no `error` object"),
///     }
/// );
///
/// assert_eq!(decode(b"\xff\xfe{}").unwrap_err(), DecodeError::NotUtf8 { valid_up_to: 0 });
/// assert_eq!(decode(b" \r\n").unwrap_err(), DecodeError::Empty);
/// assert_eq!(
///     errcat::decode::<PromptApiError>(StatusCode::OK, b"{}").unwrap_err(),
///     DecodeError::NotAnError(StatusCode::OK)
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The status is not 4xx or 5xx: not an error response.
    NotAnError(http::StatusCode),
    /// The body is larger than the cap.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// The body is empty (or only whitespace).
    Empty,
    /// The body is not UTF-8 (so it cannot be JSON).
    NotUtf8 {
        /// The length of the valid prefix, in bytes.
        valid_up_to: usize,
    },
    /// The body nests deeper than the cap.
    TooDeep {
        /// The cap, in levels.
        limit: usize,
    },
    /// The body is not JSON (an HTML error page, a proxy's text, truncated bytes).
    NotJson {
        /// The parser's complaint (position, not content).
        reason: String,
    },
    /// The body is JSON but not an envelope of the expected shape.
    NotEnvelope {
        /// The shape that was expected.
        format: &'static str,
        /// What is wrong.
        reason: ShapeError,
    },
    /// The body could not be read (the connection failed mid-body).
    Read {
        /// The transport's complaint.
        reason: String,
    },
    /// A gRPC status's details (`grpc-status-details-bin`) are not a `google.rpc.Status`,
    /// hold a detail that does not decode, or disagree with the status (feature `tonic`).
    Details {
        /// What is wrong (never the details' content).
        reason: String,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotAnError(status) => write!(f, "status {status} is not an error status"),
            DecodeError::TooLarge { limit } => write!(f, "error body exceeds {limit} bytes"),
            DecodeError::Empty => f.write_str("error body is empty"),
            DecodeError::NotUtf8 { valid_up_to } => {
                write!(
                    f,
                    "error body is not UTF-8 (invalid after byte {valid_up_to})"
                )
            }
            DecodeError::TooDeep { limit } => {
                write!(f, "error body nests deeper than {limit} levels")
            }
            DecodeError::NotJson { reason } => write!(f, "error body is not JSON: {reason}"),
            DecodeError::NotEnvelope { format, reason } => {
                write!(f, "error body is not a `{format}` envelope: {reason}")
            }
            DecodeError::Read { reason } => write!(f, "error body could not be read: {reason}"),
            DecodeError::Details { reason } => {
                write!(f, "gRPC status details are not valid: {reason}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes an error response of the API whose codes are `C`, with the default limits.
///
/// ```
/// use errcat::{ApiError, Code, Envelope};
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
/// #[api(format = "flat")]
/// enum Api {
///     /// No agent found with the provided ID.
///     #[api(status = 404)]
///     AgentNotFound,
/// }
///
/// let body = Envelope::new(&Api::AgentNotFound).to_json_vec();
/// let decoded = errcat::decode::<Api>(http::StatusCode::NOT_FOUND, &body).unwrap();
/// assert_eq!(decoded.code, Code::Known(Api::AgentNotFound));
///
/// let newer = br#"{"error":"gone fishing","code":"FISHING"}"#;
/// let decoded = errcat::decode::<Api>(http::StatusCode::NOT_FOUND, newer).unwrap();
/// assert_eq!(decoded.code, Code::Unknown("FISHING".into()));
///
/// assert!(errcat::decode::<Api>(http::StatusCode::BAD_GATEWAY, b"<html>").is_err());
/// ```
pub fn decode<C: ErrorCode>(
    status: http::StatusCode,
    body: &[u8],
) -> Result<Decoded<C>, DecodeError> {
    Decoder::new().decode(status, body)
}

/// A decoder with explicit limits.
///
/// ```
/// use errcat::{ApiError, DecodeError, Decoder};
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
/// #[api(format = "code")]
/// enum Api {
///     /// The workflow does not exist.
///     #[api(status = 404)]
///     WorkflowNotFound,
/// }
///
/// let decoder = Decoder::new().max_body(16).max_depth(2);
/// let body = br#"{"error":"WORKFLOW_NOT_FOUND","message":"The workflow does not exist."}"#;
/// let status = http::StatusCode::NOT_FOUND;
/// assert_eq!(decoder.decode::<Api>(status, body), Err(DecodeError::TooLarge { limit: 16 }));
/// assert_eq!(
///     decoder.max_body(1024).decode::<Api>(status, br#"{"error":[[["x"]]]}"#),
///     Err(DecodeError::TooDeep { limit: 2 })
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Decoder {
    max_body: usize,
    max_depth: usize,
    id_header: &'static str,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    /// Limits of [`DEFAULT_MAX_BODY`] and [`DEFAULT_MAX_DEPTH`]; the request id header
    /// [`REQUEST_ID_HEADER`].
    pub const fn new() -> Self {
        Decoder {
            max_body: DEFAULT_MAX_BODY,
            max_depth: DEFAULT_MAX_DEPTH,
            id_header: REQUEST_ID_HEADER,
        }
    }

    /// Sets the body size cap in bytes.
    #[must_use]
    pub const fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Sets the nesting cap.
    #[must_use]
    pub const fn max_depth(mut self, levels: usize) -> Self {
        self.max_depth = levels;
        self
    }

    /// Sets the response header whose value is the id when the body has none (a
    /// lowercase header name; default `x-request-id`).
    #[must_use]
    pub const fn id_header(mut self, name: &'static str) -> Self {
        self.id_header = name;
        self
    }

    /// The body size cap in bytes.
    pub const fn body_limit(&self) -> usize {
        self.max_body
    }

    /// The response header read for the id when the body has none.
    pub const fn request_id_header(&self) -> &'static str {
        self.id_header
    }

    /// Decodes `body` as an error response of the API whose codes are `C`.
    ///
    /// Without headers, [`Decoded::retry_after`] is `None`; use
    /// [`decode_response`](Self::decode_response) or
    /// [`decode_parts`](Self::decode_parts) to keep `Retry-After` and the request id header.
    pub fn decode<C: ErrorCode>(
        &self,
        status: http::StatusCode,
        body: &[u8],
    ) -> Result<Decoded<C>, DecodeError> {
        self.decode_inner(status, None, body)
    }

    /// Decodes status, headers and body: [`Decoded::retry_after`] comes from the
    /// `Retry-After` header, and the id falls back to the request id header when the body
    /// has none.
    ///
    /// ```
    /// use errcat::{ApiError, Decoder};
    /// use std::time::Duration;
    ///
    /// #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
    /// #[api(format = "nested")]
    /// enum Api {
    ///     /// Per-minute per-key or global rate limit exceeded.
    ///     #[api(status = 429)]
    ///     RateLimited,
    /// }
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("retry-after", http::HeaderValue::from_static("7"));
    /// headers.insert("x-request-id", http::HeaderValue::from_static("req-1"));
    /// let body = br#"{"error":{"code":"RATE_LIMITED","message":"slow down"}}"#;
    /// let decoded = Decoder::new()
    ///     .decode_parts::<Api>(http::StatusCode::TOO_MANY_REQUESTS, &headers, body)
    ///     .unwrap();
    /// assert_eq!(decoded.retry_after, Some(Duration::from_secs(7)));
    /// assert_eq!(decoded.id.as_deref(), Some("req-1"));
    /// ```
    pub fn decode_parts<C: ErrorCode>(
        &self,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Decoded<C>, DecodeError> {
        self.decode_inner(status, Some(headers), body)
    }

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

    fn decode_inner<C: ErrorCode>(
        &self,
        status: http::StatusCode,
        headers: Option<&http::HeaderMap>,
        body: &[u8],
    ) -> Result<Decoded<C>, DecodeError> {
        if !(status.is_client_error() || status.is_server_error()) {
            return Err(DecodeError::NotAnError(status));
        }
        let value = self.parse(body)?;
        let catalog = C::code_catalog();
        let format = catalog.format();
        let parts = format
            .read(value, &catalog.member_names())
            .map_err(|reason| DecodeError::NotEnvelope {
                format: format.name(),
                reason,
            })?;
        let mut details = parts.details;
        let (violations, skipped_violations) = take_violations(catalog, &parts.code, &mut details);
        let code = match C::from_code(&parts.code) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(parts.code),
        };
        let hint = parts.hint.or_else(|| {
            let entry = catalog.get(code.known()?.as_code())?;
            // A template's text is not a hint.
            entry.static_hint().map(str::to_owned)
        });
        let id = parts.id.or_else(|| headers.and_then(|h| self.header_id(h)));
        let retry_after = headers.and_then(crate::retry_after::retry_after);
        Ok(Decoded {
            status,
            code,
            message: parts.message,
            hint,
            id,
            retry_after,
            details,
            violations,
            skipped_violations,
            grpc: None,
        })
    }

    /// The request id header's value, if it is a valid id.
    pub(crate) fn header_id(&self, headers: &http::HeaderMap) -> Option<String> {
        let id = headers.get(self.id_header)?.to_str().ok()?;
        crate::request_id::is_valid(id).then(|| id.to_owned())
    }

    /// Checks the limits, then parses JSON.
    fn parse(&self, body: &[u8]) -> Result<serde_json::Value, DecodeError> {
        if body.len() > self.max_body {
            return Err(DecodeError::TooLarge {
                limit: self.max_body,
            });
        }
        // A byte-order mark is not JSON, but some servers send one; it carries nothing.
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(DecodeError::Empty);
        }
        if let Err(e) = std::str::from_utf8(body) {
            return Err(DecodeError::NotUtf8 {
                valid_up_to: e.valid_up_to(),
            });
        }
        if depth(body) > self.max_depth {
            return Err(DecodeError::TooDeep {
                limit: self.max_depth,
            });
        }
        serde_json::from_slice(body).map_err(|e| {
            let what = match e.classify() {
                serde_json::error::Category::Eof => "unexpected end",
                serde_json::error::Category::Syntax => "syntax error",
                serde_json::error::Category::Data => "invalid value",
                serde_json::error::Category::Io => "read error",
            };
            // Position only: serde_json's own text can quote the input.
            DecodeError::NotJson {
                reason: format!("{what} at line {} column {}", e.line(), e.column()),
            }
        })
    }
}

/// Takes a body's violations out of its `details`: the member a known code declares (none
/// when it declares none), else the shape's own, when it is an array (a member of another
/// kind under that name, in a code this build does not know, stays a detail). Returns
/// them with the number of malformed entries skipped.
fn take_violations(
    catalog: &Catalog,
    code: &str,
    details: &mut serde_json::Map<String, serde_json::Value>,
) -> (Violations, usize) {
    let member = match catalog.get(code) {
        Some(entry) => catalog.violations_member(entry),
        None => catalog
            .format()
            .layout()
            .and_then(|layout| layout.violations())
            .filter(|(key, _)| matches!(details.get(*key), Some(serde_json::Value::Array(_)))),
    };
    match member.and_then(|(name, form)| Some((details.remove(name)?, form))) {
        Some((value, form)) => crate::violation::read_form(value, form),
        None => (Violations::new(), 0),
    }
}

/// The maximum nesting of `[`/`{` outside strings (a pre-scan, so a hostile body is
/// rejected before the parser recurses).
fn depth(body: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &byte in body {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// A failed call, as a client sees it: the API's error, an error status whose body is not
/// the API's envelope, or no response at all.
///
/// Its `Display` quotes at most a short prefix of what the server sent. It implements
/// [`Retryable`](crate::retry::Retryable), so [`retry`](crate::retry::retry) can run calls
/// that fail with it.
///
/// ```
/// use errcat::Code;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::client::{self, ClientError};
///
/// let response = http::Response::builder()
///     .status(404)
///     .header("x-request-id", "req-1")
///     .body(r#"{"error":{"code":"NOT_FOUND","message":"prompt or version not found"}}"#)
///     .unwrap();
/// let err = client::error_for_status::<PromptApiError, _>(response).unwrap_err();
/// assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
/// assert_eq!(err.code(), Some(&Code::Known(PromptApiError::NotFound)));
/// assert_eq!(err.id(), Some("req-1"));
/// assert_eq!(err.to_string(), "404 Not Found NOT_FOUND: prompt or version not found (id req-1)");
///
/// let proxy = http::Response::builder()
///     .status(502)
///     .header("x-request-id", "req-2")
///     .body("<html>Bad Gateway</html>")
///     .unwrap();
/// let err = client::error_for_status::<PromptApiError, _>(proxy).unwrap_err();
/// assert!(matches!(err, ClientError::Undecodable { .. }));
/// assert_eq!((err.code(), err.id()), (None, Some("req-2")));
/// assert_eq!(
///     err.to_string(),
///     "502 Bad Gateway with an undecodable body: error body is not JSON: \
///      syntax error at line 1 column 1"
/// );
///
/// // No response at all: whatever the transport reported.
/// let err = ClientError::<PromptApiError>::Transport("connection refused".into());
/// assert_eq!(err.status(), None);
/// assert_eq!(err.to_string(), "request failed: connection refused");
/// ```
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
                retry_after: crate::retry_after::retry_after(headers),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_brackets_in_strings() {
        assert_eq!(depth(br#"{"a":"[[[{{{\"[["}"#), 1);
        assert_eq!(depth(br#"[[[]]]"#), 3);
    }
}

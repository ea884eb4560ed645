//! Clients: reading an error response back into a typed value.

use std::fmt;

use crate::code::ErrorCode;
use crate::envelope::ShapeError;

/// The default cap on the body size [`decode`] accepts: 64 KiB.
pub const DEFAULT_MAX_BODY: usize = 64 * 1024;

/// The default cap on JSON nesting [`decode`] accepts.
pub const DEFAULT_MAX_DEPTH: usize = 32;

/// A code read from a body: one this build knows, or one it does not (kept verbatim).
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
    /// The per-request id (quote it when filing a ticket).
    pub id: Option<String>,
    /// Every other member of the envelope (exposed fields, extensions).
    pub details: serde_json::Map<String, serde_json::Value>,
}

impl<C: ErrorCode> Decoded<C> {
    /// The catalog entry of a known code.
    pub fn entry(&self) -> Option<&'static crate::Entry> {
        let code = self.code.known()?;
        C::code_catalog().get(code.as_code())
    }
}

/// Why a response could not be decoded. Its text never quotes the body.
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
    /// The body is empty.
    Empty,
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
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotAnError(status) => write!(f, "status {status} is not an error status"),
            DecodeError::TooLarge { limit } => write!(f, "error body exceeds {limit} bytes"),
            DecodeError::Empty => f.write_str("error body is empty"),
            DecodeError::TooDeep { limit } => {
                write!(f, "error body nests deeper than {limit} levels")
            }
            DecodeError::NotJson { reason } => write!(f, "error body is not JSON: {reason}"),
            DecodeError::NotEnvelope { format, reason } => {
                write!(f, "error body is not a `{format}` envelope: {reason}")
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
#[derive(Debug, Clone, Copy)]
pub struct Decoder {
    max_body: usize,
    max_depth: usize,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    /// Limits of [`DEFAULT_MAX_BODY`] and [`DEFAULT_MAX_DEPTH`].
    pub const fn new() -> Self {
        Decoder {
            max_body: DEFAULT_MAX_BODY,
            max_depth: DEFAULT_MAX_DEPTH,
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

    /// The body size cap in bytes.
    pub const fn body_limit(&self) -> usize {
        self.max_body
    }

    /// Decodes `body` as an error response of the API whose codes are `C`.
    pub fn decode<C: ErrorCode>(
        &self,
        status: http::StatusCode,
        body: &[u8],
    ) -> Result<Decoded<C>, DecodeError> {
        if !(status.is_client_error() || status.is_server_error()) {
            return Err(DecodeError::NotAnError(status));
        }
        let value = self.parse(body)?;
        let catalog = C::code_catalog();
        let format = catalog.format();
        let parts = format
            .read(value, catalog)
            .map_err(|reason| DecodeError::NotEnvelope {
                format: format.name(),
                reason,
            })?;
        let code = match C::from_code(&parts.code) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(parts.code),
        };
        let hint = parts.hint.or_else(|| {
            let entry = catalog.get(code.known()?.as_code())?;
            entry
                .hint_is_static
                .then(|| entry.hint.map(str::to_owned))?
        });
        Ok(Decoded {
            status,
            code,
            message: parts.message,
            hint,
            id: parts.id,
            details: parts.details,
        })
    }

    /// Checks the limits, then parses JSON.
    fn parse(&self, body: &[u8]) -> Result<serde_json::Value, DecodeError> {
        if body.len() > self.max_body {
            return Err(DecodeError::TooLarge {
                limit: self.max_body,
            });
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(DecodeError::Empty);
        }
        if depth(body) > self.max_depth {
            return Err(DecodeError::TooDeep {
                limit: self.max_depth,
            });
        }
        serde_json::from_slice(body).map_err(|e| DecodeError::NotJson {
            reason: format!(
                "{:?} error at line {} column {}",
                e.classify(),
                e.line(),
                e.column()
            ),
        })
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

/// At most `max` bytes of `s`, cut at a char boundary, with `…` when cut.
pub(crate) fn truncate_for_display(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = s.get(..end).unwrap_or_default().to_owned();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_brackets_in_strings() {
        assert_eq!(depth(br#"{"a":"[[[{{{\"[["}"#), 1);
        assert_eq!(depth(br#"[[[]]]"#), 3);
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        assert_eq!(truncate_for_display("ééé", 3), "é…");
        assert_eq!(truncate_for_display("abc", 3), "abc");
    }
}

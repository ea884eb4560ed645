//! Responses that reach [`ErrorLayer`](super::ErrorLayer) without errcat having rendered
//! them: a framework's 405 and 413, and the plain-text rejections of axum's own
//! extractors (`axum::Json`, `axum::extract::Query`, `axum::extract::Path`), which a
//! handler gets when it uses those instead of errcat's. Each becomes the mapping's error,
//! in its envelope; any other response passes through as it is.

use axum::body::{Body, HttpBody};
use axum::response::Response;
use bytes::Bytes;
use futures_util::{FutureExt, StreamExt};
use http::StatusCode;
use http::header::{ALLOW, CONTENT_TYPE};
use http_body_util::BodyExt;

use super::framework_response;
use crate::integrations::FrameworkError;
use crate::integrations::server::OwnedInput;
use crate::integrations::server::context;
use crate::text::strip_position;

/// The longest body read to recognize a rejection: axum's are a line of text.
const MAX_REJECTION: u64 = 4096;

/// `response` in the mapping's envelope if it is a framework error errcat did not render;
/// as it is otherwise. An errcat envelope has a JSON content type, so it is never taken
/// for one.
pub(super) fn map<B>(response: http::Response<B>) -> Response
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    match response.status() {
        StatusCode::METHOD_NOT_ALLOWED if untyped(&response) => {
            let allow = response.headers().get(ALLOW).cloned();
            let mapped = context::with_route(|method, path| {
                framework_response(&FrameworkError::MethodNotAllowed { method, path })
            })
            .flatten();
            match mapped {
                Some(mut mapped) => {
                    if let Some(allow) = allow {
                        mapped.headers_mut().insert(ALLOW, allow);
                    }
                    mapped
                }
                None => response.map(Body::new),
            }
        }
        StatusCode::PAYLOAD_TOO_LARGE if untyped(&response) => {
            framework_response(&FrameworkError::PayloadTooLarge)
                .unwrap_or_else(|| response.map(Body::new))
        }
        StatusCode::BAD_REQUEST
        | StatusCode::UNSUPPORTED_MEDIA_TYPE
        | StatusCode::UNPROCESSABLE_ENTITY
            if is_short_text(&response) =>
        {
            rejection(response)
        }
        _ => response.map(Body::new),
    }
}

/// Whether the response has no content type or a plain-text one: what the framework's
/// own answers have.
fn untyped<B>(response: &http::Response<B>) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .is_none_or(|v| v.as_bytes().starts_with(b"text/plain"))
}

/// Whether the body is plain text of a known, small length, as axum's rejections are.
fn is_short_text<B: HttpBody>(response: &http::Response<B>) -> bool {
    let text = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/plain"));
    let hint = response.body().size_hint();
    text && hint.upper().is_some_and(|n| n <= MAX_REJECTION)
}

/// An axum rejection in the mapping's envelope; any other response rebuilt as it was.
/// axum's rejections are whole bodies, read at once; a body that is not ready passes
/// through unread.
fn rejection<B>(response: http::Response<B>) -> Response
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    let (parts, body) = response.into_parts();
    let mut body = Body::new(body);
    let mut read = Vec::new();
    loop {
        match body.frame().now_or_never() {
            Some(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    read.extend_from_slice(&data);
                }
            }
            Some(None) => break,
            // The body failed midway: what the client would have got is lost either way.
            Some(Some(Err(_))) => return Response::from_parts(parts, Body::empty()),
            // Not all there yet: what was read, then the rest, unread.
            None => {
                let read = futures_util::stream::once(std::future::ready(Ok::<_, axum::Error>(
                    http_body::Frame::data(Bytes::from(read)),
                )));
                let rest = http_body_util::BodyStream::new(body);
                let body = http_body_util::StreamBody::new(read.chain(rest));
                return Response::from_parts(parts, Body::new(body));
            }
        }
    }
    let bytes = Bytes::from(read);
    let kind = std::str::from_utf8(&bytes)
        .ok()
        .and_then(|text| Kind::of(parts.status, text));
    let mapped = kind.and_then(|kind| {
        context::with_route(|method, path| framework_response(&kind.framework_error(method, path)))
            .flatten()
    });
    mapped.unwrap_or_else(|| Response::from_parts(parts, Body::from(bytes)))
}

/// Which axum rejection a body is, by the text axum gives each.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Json(OwnedInput),
    Query(OwnedInput),
    Path(OwnedInput),
    UnsupportedMediaType,
}

impl Kind {
    fn of(status: StatusCode, text: &str) -> Option<Kind> {
        if status == StatusCode::UNSUPPORTED_MEDIA_TYPE {
            return Some(Kind::UnsupportedMediaType);
        }
        let after = |opening: &str| {
            text.strip_prefix(opening)
                .map(|rest| rest.strip_prefix(": ").unwrap_or(rest))
        };
        if let Some(rest) = after("Failed to deserialize the JSON body into the target type") {
            return Some(Kind::Json(at_path(rest)));
        }
        if let Some(rest) = after("Failed to parse the request body as JSON") {
            return Some(Kind::Json(OwnedInput::syntax(rest)));
        }
        if let Some(rest) = after("Failed to buffer the request body") {
            return Some(Kind::Json(OwnedInput::new(None, rest)));
        }
        if let Some(rest) = after("Failed to deserialize query string") {
            return Some(Kind::Query(at_path(rest)));
        }
        if let Some(rest) = after("Invalid URL") {
            return Some(Kind::Path(OwnedInput::new(None, rest)));
        }
        if text.starts_with("Wrong number of path arguments") {
            return Some(Kind::Path(OwnedInput::new(None, text)));
        }
        None
    }

    fn framework_error<'a>(&'a self, method: &'a str, path: &'a str) -> FrameworkError<'a> {
        match self {
            Kind::Json(input) => FrameworkError::BadJson(input.borrow()),
            Kind::Query(input) => FrameworkError::BadQuery(input.borrow()),
            Kind::Path(input) => FrameworkError::BadPath {
                method,
                path,
                input: input.borrow(),
            },
            Kind::UnsupportedMediaType => FrameworkError::UnsupportedMediaType,
        }
    }
}

/// `items[0].name: invalid type: ...` (serde_path_to_error's form, which axum uses for
/// JSON bodies and query strings): the field and the reason.
fn at_path(text: &str) -> OwnedInput {
    match text.split_once(": ") {
        Some((field, reason)) if !field.is_empty() && !field.contains(' ') => {
            OwnedInput::new(Some(field), strip_position(reason))
        }
        _ => OwnedInput::from_message(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(field: Option<&str>, reason: &str) -> OwnedInput {
        OwnedInput::new(field, reason)
    }

    #[test]
    fn axum_rejection_texts_are_recognized() {
        let cases = [
            (
                422,
                "Failed to deserialize the JSON body into the target type: items[0].name: invalid type: integer `1`, expected a string at line 1 column 20",
                Some(Kind::Json(input(
                    Some("items[0].name"),
                    "invalid type: integer `1`, expected a string",
                ))),
            ),
            (
                422,
                "Failed to deserialize the JSON body into the target type: missing field `size` at line 1 column 15",
                Some(Kind::Json(OwnedInput::from_message("missing field `size`"))),
            ),
            (
                400,
                "Failed to parse the request body as JSON: EOF while parsing an object at line 1 column 1",
                Some(Kind::Json(OwnedInput::syntax(
                    "EOF while parsing an object at line 1 column 1",
                ))),
            ),
            (
                400,
                "Failed to deserialize query string: limit: invalid digit found in string",
                Some(Kind::Query(input(
                    Some("limit"),
                    "invalid digit found in string",
                ))),
            ),
            (
                400,
                "Invalid URL: Cannot parse `id` with value `x` to a `u32`",
                Some(Kind::Path(input(
                    None,
                    "Cannot parse `id` with value `x` to a `u32`",
                ))),
            ),
            (
                415,
                "Expected request with `Content-Type: application/json`",
                Some(Kind::UnsupportedMediaType),
            ),
            (
                // What precedes ": " is a phrase, not a field path.
                422,
                "Failed to deserialize the JSON body into the target type: invalid type: map, expected u32",
                Some(Kind::Json(input(None, "invalid type: map, expected u32"))),
            ),
            (400, "name must not be empty", None),
            (422, "", None),
        ];
        for (status, text, kind) in cases {
            let status = StatusCode::from_u16(status).unwrap();
            assert_eq!(Kind::of(status, text), kind, "{text}");
        }
    }
}

//! errcat's extractors: axum's `Json`, `Path` and `Query` whose rejections answer in the
//! envelope, naming the offending field with its violation; and the request id.

use std::convert::Infallible;
use std::fmt;
use std::ops::{Deref, DerefMut};

use axum::body::Body;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::request::Parts;
use http::{Request, StatusCode};
use serde::de::DeserializeOwned;

use super::framework_response;
#[cfg(any(feature = "validator", feature = "garde"))]
use crate::integrations::InputPart;
use crate::integrations::server::OwnedInput;
use crate::integrations::server::context;
use crate::integrations::{BadInput, FrameworkError};
use crate::violation::{self, FieldPath, Violation, Violations};

/// Why one of errcat's extractors rejected a request. Rendered, inside [`ErrorLayer`](super::ErrorLayer), as
/// the mapping's error; outside it, as axum's own rejection.
///
/// A handler that takes `Result<Json<T>, Rejection>` (or runs the extractor itself) can
/// look at what was wrong:
///
/// ```
/// use axum::extract::FromRequest;
/// use axum::response::IntoResponse;
/// use errcat::integrations::axum::Json;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Widget {
///     name: String,
///     size: u32,
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::post("/widgets")
///     .header("content-type", "application/json")
///     .body(axum::body::Body::from(r#"{"name":"w","size":"big"}"#))
///     .unwrap();
/// let rejection = Json::<Widget>::from_request(request, &()).await.unwrap_err();
///
/// let input = rejection.input().unwrap();
/// assert_eq!(input.field, Some("size"));
/// assert_eq!(input.reason, r#"invalid type: string "big", expected u32"#);
/// let violation = rejection.violations().unwrap().first().unwrap();
/// assert_eq!(violation.path().to_string(), "size");
/// assert_eq!(violation.code(), "invalid_type");
/// assert_eq!(violation.message(), "expected number, received string");
/// assert_eq!(violation.param("expected"), Some(&serde_json::json!("number")));
/// assert_eq!(violation.param("received"), Some(&serde_json::json!("string")));
///
/// // Outside `ErrorLayer`, the response is axum's own.
/// let response = rejection.into_response();
/// assert_eq!(response.status(), 422);
/// # });
/// ```
#[derive(Debug)]
pub struct Rejection {
    kind: RejectionKind,
    /// What axum would have answered: kept as it is, its text made only if needed.
    original: Original,
}

/// axum's rejection, or the text errcat's own checks give.
#[derive(Debug)]
enum Original {
    Json(JsonRejection),
    Path(PathRejection),
    Query(QueryRejection),
    Text(StatusCode, &'static str),
    #[cfg(any(feature = "validator", feature = "garde"))]
    Invalid,
}

#[derive(Debug)]
enum RejectionKind {
    Json(OwnedInput),
    Path(OwnedInput),
    Query(OwnedInput),
    #[cfg(any(feature = "validator", feature = "garde"))]
    Invalid(InputPart, Violations),
    UnsupportedMediaType,
    PayloadTooLarge,
}

impl Rejection {
    /// The framework error this rejection reports.
    pub fn framework_error<'a>(&'a self, method: &'a str, path: &'a str) -> FrameworkError<'a> {
        match &self.kind {
            RejectionKind::Json(input) => FrameworkError::BadJson(input.borrow()),
            RejectionKind::Path(input) => FrameworkError::BadPath {
                method,
                path,
                input: input.borrow(),
            },
            RejectionKind::Query(input) => FrameworkError::BadQuery(input.borrow()),
            #[cfg(any(feature = "validator", feature = "garde"))]
            RejectionKind::Invalid(part, violations) => {
                FrameworkError::InvalidInput(crate::integrations::InvalidInput {
                    part: *part,
                    violations,
                })
            }
            RejectionKind::UnsupportedMediaType => FrameworkError::UnsupportedMediaType,
            RejectionKind::PayloadTooLarge => FrameworkError::PayloadTooLarge,
        }
    }

    /// The bad input (field and reason), if the rejection is about one.
    pub fn input(&self) -> Option<BadInput<'_>> {
        match &self.kind {
            RejectionKind::Json(i) | RejectionKind::Path(i) | RejectionKind::Query(i) => {
                Some(i.borrow())
            }
            _ => None,
        }
    }

    /// The violations, if the rejection is about input a parser or a validator refused.
    pub fn violations(&self) -> Option<&Violations> {
        match &self.kind {
            RejectionKind::Json(i) | RejectionKind::Path(i) | RejectionKind::Query(i) => {
                Some(&i.violations)
            }
            #[cfg(any(feature = "validator", feature = "garde"))]
            RejectionKind::Invalid(_, violations) => Some(violations),
            _ => None,
        }
    }

    /// Input of `part` that a validator refused: 400, its violations one a line as text
    /// outside [`ErrorLayer`](super::ErrorLayer).
    #[cfg(any(feature = "validator", feature = "garde"))]
    pub(super) fn invalid(part: InputPart, violations: Violations) -> Self {
        Rejection {
            kind: RejectionKind::Invalid(part, violations),
            original: Original::Invalid,
        }
    }

    fn from_json(rejection: JsonRejection) -> Self {
        let kind = match &rejection {
            JsonRejection::JsonDataError(e) => RejectionKind::Json(input_of(e)),
            JsonRejection::JsonSyntaxError(e) => RejectionKind::Json(input_of(e)),
            JsonRejection::MissingJsonContentType(_) => RejectionKind::UnsupportedMediaType,
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                RejectionKind::PayloadTooLarge
            }
            _ => RejectionKind::Json(OwnedInput::new(None, "failed to read the request body")),
        };
        Rejection {
            kind,
            original: Original::Json(rejection),
        }
    }

    fn from_path(rejection: PathRejection) -> Self {
        let input = match &rejection {
            PathRejection::FailedToDeserializePathParams(e) => {
                use axum::extract::path::ErrorKind;
                let reason = e.kind().to_string();
                let at = |key: &str| FieldPath::root().key(key);
                let violation = match e.kind() {
                    ErrorKind::ParseErrorAtKey {
                        key, expected_type, ..
                    } => violation::unparsable(at(key), expected_type),
                    ErrorKind::ParseErrorAtIndex {
                        index,
                        expected_type,
                        ..
                    } => violation::unparsable(at(&index.to_string()), expected_type),
                    ErrorKind::ParseError { expected_type, .. } => {
                        violation::unparsable(FieldPath::root(), expected_type)
                    }
                    ErrorKind::InvalidUtf8InPathParam { key } => Violation::new(
                        at(key),
                        violation::codes::INVALID_VALUE,
                        "is not valid UTF-8",
                    ),
                    ErrorKind::DeserializeError { key, message, .. } => {
                        violation::from_message(at(key), message)
                    }
                    _ => violation::from_message(FieldPath::root(), &reason),
                };
                OwnedInput::from_violation(&reason, violation)
            }
            _ => OwnedInput::new(None, "missing path parameters"),
        };
        Rejection {
            kind: RejectionKind::Path(input),
            original: Original::Path(rejection),
        }
    }

    fn from_query(rejection: QueryRejection) -> Self {
        let input = input_of(&rejection);
        Rejection {
            kind: RejectionKind::Query(input),
            original: Original::Query(rejection),
        }
    }
}

/// The field, reason and violation of a deserialization error: from
/// serde_path_to_error's path when axum used it, else from the message.
fn input_of(err: &(dyn std::error::Error + 'static)) -> OwnedInput {
    let mut next = Some(err);
    let mut innermost = err;
    while let Some(e) = next {
        // axum deserializes JSON bodies and query strings through serde_path_to_error.
        if let Some(e) = e.downcast_ref::<serde_path_to_error::Error<serde_json::Error>>() {
            let reason = e.inner().to_string();
            let at = violation::from_serde_text(&violation::path_of(e.path()), e.inner(), &reason);
            return OwnedInput::from_violation(&reason, at);
        }
        if let Some(e) = e.downcast_ref::<serde_path_to_error::Error<serde::de::value::Error>>() {
            let reason = e.inner().to_string();
            let at = violation::from_message(violation::path_of(e.path()), &reason);
            return OwnedInput::from_violation(&reason, at);
        }
        innermost = e;
        next = e.source();
    }
    let reason = innermost.to_string();
    OwnedInput::from_message(&reason)
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.original {
            Original::Json(rejection) => f.write_str(&rejection.body_text()),
            Original::Path(rejection) => f.write_str(&rejection.body_text()),
            Original::Query(rejection) => f.write_str(&rejection.body_text()),
            Original::Text(_, text) => f.write_str(text),
            #[cfg(any(feature = "validator", feature = "garde"))]
            Original::Invalid => {
                let violations = self.violations().into_iter().flatten();
                for (i, violation) in violations.enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{violation}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Rejection {}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let mapped = context::with_route(|method, path| {
            framework_response(&self.framework_error(method, path))
        })
        .flatten();
        if let Some(response) = mapped {
            return response;
        }
        match self.original {
            Original::Json(rejection) => rejection.into_response(),
            Original::Path(rejection) => rejection.into_response(),
            Original::Query(rejection) => rejection.into_response(),
            Original::Text(status, text) => (status, text).into_response(),
            #[cfg(any(feature = "validator", feature = "garde"))]
            Original::Invalid => (StatusCode::BAD_REQUEST, self.to_string()).into_response(),
        }
    }
}

macro_rules! wrapper {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct $name<T>(pub T);

        impl<T> Deref for $name<T> {
            type Target = T;
            fn deref(&self) -> &T {
                &self.0
            }
        }

        impl<T> DerefMut for $name<T> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.0
            }
        }
    };
}

wrapper! {
    /// axum's `Json` extractor whose rejections are rendered in the envelope:
    /// [`FrameworkError::BadJson`] naming the field, `UnsupportedMediaType`,
    /// `PayloadTooLarge`. As a response, the same as `axum::Json`.
    Json
}

wrapper! {
    /// axum's `Path` extractor whose rejections are rendered in the envelope
    /// ([`FrameworkError::BadPath`]).
    Path
}

wrapper! {
    /// axum's `Query` extractor whose rejections are rendered in the envelope
    /// ([`FrameworkError::BadQuery`]).
    Query
}

impl<T, S> FromRequest<S> for Json<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request(req: Request<Body>, state: &S) -> Result<Self, Rejection> {
        read_json(req, state).await.map(|(value, _)| Json(value))
    }
}

/// A JSON body, as axum's `Json` reads it (a JSON `Content-Type`, the body, serde through
/// serde_path_to_error), with the bytes it was read from.
pub(super) async fn read_json<T: DeserializeOwned, S: Send + Sync>(
    req: Request<Body>,
    state: &S,
) -> Result<(T, Bytes), Rejection> {
    if !is_json(req.headers()) {
        return Err(Rejection {
            kind: RejectionKind::UnsupportedMediaType,
            original: Original::Text(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Expected request with `Content-Type: application/json`",
            ),
        });
    }
    let bytes = Bytes::from_request(req, state)
        .await
        .map_err(|e| Rejection::from_json(JsonRejection::from(e)))?;
    let axum::Json(value) = axum::Json::<T>::from_bytes(&bytes).map_err(Rejection::from_json)?;
    Ok((value, bytes))
}

/// Whether the `Content-Type` is JSON: `application/json`, or `application/*+json`, with
/// any parameters (axum's rule).
fn is_json(headers: &http::HeaderMap) -> bool {
    let Some(value) = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    let suffix = subtype
        .len()
        .checked_sub(5)
        .and_then(|at| subtype.get(at..))
        .is_some_and(|s| s.eq_ignore_ascii_case("+json"));
    kind.eq_ignore_ascii_case("application") && (subtype.eq_ignore_ascii_case("json") || suffix)
}

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

impl<T, S> FromRequestParts<S> for Path<T>
where
    axum::extract::Path<T>: FromRequestParts<S, Rejection = PathRejection>,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) => Err(Rejection::from_path(rejection)),
        }
    }
}

impl<T, S> FromRequestParts<S> for Query<T>
where
    axum::extract::Query<T>: FromRequestParts<S, Rejection = QueryRejection>,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Query(value)),
            Err(rejection) => Err(Rejection::from_query(rejection)),
        }
    }
}

/// The validated request id of the current request, as an extractor (`None` outside
/// [`ErrorLayer`](super::ErrorLayer)).
///
/// ```
/// use axum::{Router, routing::get};
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::integrations::axum::{CurrentRequestId, ErrorLayer};
/// use tower::ServiceExt;
///
/// async fn whoami(id: Option<CurrentRequestId>) -> String {
///     match id {
///         Some(CurrentRequestId(id)) => format!("request {id}"),
///         None => String::from("no ErrorLayer"),
///     }
/// }
///
/// let bare = Router::new().route("/whoami", get(whoami));
/// let app = bare.clone().layer(ErrorLayer::<ControlPlaneError>::new());
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let text = |router: Router| async move {
///     let request = http::Request::get("/whoami")
///         .header("x-request-id", "req-1")
///         .body(axum::body::Body::empty())
///         .unwrap();
///     let response = router.oneshot(request).await.unwrap();
///     axum::body::to_bytes(response.into_body(), 1024).await.unwrap()
/// };
/// assert_eq!(text(app).await, "request req-1");
/// assert_eq!(text(bare).await, "no ErrorLayer");
/// # });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentRequestId(pub String);

impl<S: Send + Sync> OptionalFromRequestParts<S> for CurrentRequestId {
    type Rejection = Infallible;

    async fn from_request_parts(_: &mut Parts, _: &S) -> Result<Option<Self>, Infallible> {
        Ok(context::current_request_id().map(CurrentRequestId))
    }
}

//! axum: derived errors as responses, request ids, and framework errors in the envelope
//! (the `axum` feature).
//!
//! Every derived error implements `IntoResponse`, so a handler returns `Result<T, E>`.
//! [`ErrorLayer`] sets the per-request context around the router:
//!
//! - the request id: an incoming `x-request-id` (or the configured header) is kept only
//!   if it passes [`is_valid`](crate::request_id::is_valid), otherwise replaced with a
//!   fresh UUID (tower-http's `SetRequestId`), and sent back on every response
//!   (`PropagateRequestId`), errors or not, and in every error body;
//! - framework errors in the envelope of the mapping type `M`: wrong methods (405) and
//!   oversized bodies (413, from tower-http's `RequestBodyLimit` inside the layer),
//!   panics (500, through tower-http's `CatchPanic`); [`route_not_found`] as the fallback
//!   answers unknown routes, and the extractors [`Json`], [`Path`] and [`Query`] answer
//!   their rejections the same way, naming the offending field;
//! - axum's own extractors' plain-text rejections (`axum::Json`, `axum::extract::Path`,
//!   `axum::extract::Query`: 400, 415, 422), recognized by their text, in the same
//!   envelope; any other response, a handler's own plain-text 400 included, passes
//!   through unchanged.
//!
//! ```
//! use axum::{Router, routing::get};
//! use errcat::catalogs::control_plane::ControlPlaneError;
//! use errcat::integrations::axum::{ErrorLayer, route_not_found};
//! use tower::ServiceExt;
//!
//! async fn wok() -> Result<&'static str, ControlPlaneError> {
//!     Err(ControlPlaneError::ProjectNotFound)
//! }
//!
//! let app = Router::new()
//!     .route("/v1/woks/{id}", get(wok))
//!     .fallback(route_not_found)
//!     .layer(ErrorLayer::<ControlPlaneError>::new());
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let request = http::Request::get("/v1/woks/w1")
//!     .header("x-request-id", "req-1")
//!     .body(axum::body::Body::empty())
//!     .unwrap();
//! let response = app.clone().oneshot(request).await.unwrap();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["x-request-id"], "req-1");
//! let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
//! assert_eq!(
//!     body,
//!     r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org","correlation_id":"req-1"}}"#
//! );
//!
//! let request = http::Request::delete("/v1/wokz")
//!     .header("x-request-id", "bad id")
//!     .body(axum::body::Body::empty())
//!     .unwrap();
//! let response = app.oneshot(request).await.unwrap();
//! let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
//! assert_eq!(id.len(), 36); // a fresh UUID, not the hostile value
//! let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
//! assert!(body.ends_with(format!(r#""correlation_id":"{id}"}}}}"#).as_bytes()));
//! # });
//! ```

use std::any::Any;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, HttpBody};
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::request::Parts;
use http::{HeaderName, Method, Request, StatusCode, Uri};
use serde::de::DeserializeOwned;
use tower_http::catch_panic::{CatchPanic, CatchPanicLayer, ResponseForPanic};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestId, PropagateRequestIdLayer, RequestId, SetRequestId,
    SetRequestIdLayer,
};
use tower_layer::Layer;
use tower_service::Service;

mod bare;
#[cfg(any(feature = "validator", feature = "garde"))]
mod valid;

#[cfg(feature = "garde")]
pub use valid::Garde;
#[cfg(feature = "validator")]
pub use valid::Valid;

#[cfg(any(feature = "validator", feature = "garde"))]
use super::InputPart;
use super::server::OwnedInput;
use super::server::context::{self, RequestContext};
use super::{BadInput, FrameworkError, FromFrameworkError};
use crate::envelope::REQUEST_ID_HEADER;
use crate::error::ApiError;
use crate::violation::{self, FieldPath, Violation, Violations};

/// Marks a response whose body is already an errcat envelope, so that [`ErrorLayer`]
/// leaves it alone.
#[derive(Debug, Clone, Copy)]
struct Rendered;

/// `err` as an axum response in the current request's context: what the derived
/// `IntoResponse` calls. See [`respond`](crate::integrations::respond).
pub fn into_response<E: ApiError>(err: &E) -> Response {
    finish(context::respond(err))
}

/// A delay decided at run time answers like the error, with `Retry-After`.
impl<E: ApiError> IntoResponse for crate::WithRetryAfter<E> {
    fn into_response(self) -> Response {
        into_response(&self)
    }
}

fn finish(response: http::Response<Vec<u8>>) -> Response {
    let mut response = response.map(Body::from);
    response.extensions_mut().insert(Rendered);
    response
}

/// The response for a framework error, through the context's mapping; `None` outside a
/// request context.
fn framework_response(err: &FrameworkError<'_>) -> Option<Response> {
    context::respond_framework(err).map(finish)
}

// ---------------------------------------------------------------------------------------
// Request ids

/// Makes fresh request ids: random (v4) UUIDs. For tower-http's `SetRequestIdLayer`.
#[derive(Debug, Clone, Copy, Default)]
pub struct UuidRequestId;

impl MakeRequestId for UuidRequestId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        http::HeaderValue::from_str(&context::fresh_id())
            .ok()
            .map(RequestId::new)
    }
}

/// Removes an incoming request id header unless it holds exactly one value that passes
/// [`is_valid`](crate::request_id::is_valid), so that tower-http's `SetRequestId`
/// (inside) replaces it with a fresh one instead of reflecting it.
#[derive(Debug, Clone)]
pub struct ValidateRequestIdLayer {
    header: HeaderName,
}

impl ValidateRequestIdLayer {
    /// Validates the id in `header`.
    pub fn new(header: HeaderName) -> Self {
        ValidateRequestIdLayer { header }
    }
}

impl<S> Layer<S> for ValidateRequestIdLayer {
    type Service = ValidateRequestId<S>;
    fn layer(&self, inner: S) -> Self::Service {
        ValidateRequestId {
            inner,
            header: self.header.clone(),
        }
    }
}

/// The service of [`ValidateRequestIdLayer`].
#[derive(Debug, Clone)]
pub struct ValidateRequestId<S> {
    inner: S,
    header: HeaderName,
}

impl<S, B> Service<Request<B>> for ValidateRequestId<S>
where
    S: Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request<B>) -> Self::Future {
        let values = req.headers().get_all(&self.header).iter();
        let keep = matches!(
            context::accept_or_fresh(values.map(|v| v.as_bytes())),
            std::borrow::Cow::Borrowed(_)
        );
        if !keep {
            req.headers_mut().remove(&self.header);
        }
        req.extensions_mut().remove::<RequestId>();
        self.inner.call(req)
    }
}

// ---------------------------------------------------------------------------------------
// The layer

/// errcat's middleware stack for an axum router: validated request ids, the request
/// context errors are rendered in, framework errors and panics in the envelope of `M`.
///
/// From the outside in: [`ValidateRequestId`], tower-http's `SetRequestId` (with
/// [`UuidRequestId`]) and `PropagateRequestId`, [`ErrorContext`], and tower-http's
/// `CatchPanic`. Layers added to the router before this one (e.g.
/// `RequestBodyLimitLayer`) run inside it, so their responses are mapped.
///
/// The [module docs](self) show a whole router. With the request id in another header:
///
/// ```
/// use axum::{Router, routing::get};
/// use errcat::catalogs::sandbox_api::SandboxApiError;
/// use errcat::integrations::axum::ErrorLayer;
/// use http::HeaderName;
/// use tower::ServiceExt;
///
/// async fn sandbox() -> Result<&'static str, SandboxApiError> {
///     Err(SandboxApiError::SandboxNotFound)
/// }
///
/// let layer = ErrorLayer::<SandboxApiError>::new()
///     .header(HeaderName::from_static("x-correlation-id"));
/// let app = Router::new().route("/sandboxes/{id}", get(sandbox)).layer(layer);
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::get("/sandboxes/s1")
///     .header("x-correlation-id", "corr-9")
///     .body(axum::body::Body::empty())
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["x-correlation-id"], "corr-9");
/// assert!(response.headers().get("x-request-id").is_none());
/// let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
/// assert_eq!(
///     body,
///     r#"{"error":"sandbox not found","code":"sandbox_not_found","request_id":"corr-9"}"#
/// );
/// # });
/// ```
pub struct ErrorLayer<M> {
    header: HeaderName,
    _mapping: PhantomData<fn() -> M>,
}

impl<M> Clone for ErrorLayer<M> {
    fn clone(&self) -> Self {
        ErrorLayer {
            header: self.header.clone(),
            _mapping: PhantomData,
        }
    }
}

impl<M> fmt::Debug for ErrorLayer<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorLayer")
            .field("header", &self.header)
            .field("mapping", &std::any::type_name::<M>())
            .finish()
    }
}

impl<M: FromFrameworkError> Default for ErrorLayer<M> {
    fn default() -> Self {
        Self::new()
    }
}

impl<M: FromFrameworkError> ErrorLayer<M> {
    /// The stack with the request id in `x-request-id`.
    pub fn new() -> Self {
        ErrorLayer {
            header: HeaderName::from_static(REQUEST_ID_HEADER),
            _mapping: PhantomData,
        }
    }

    /// Reads and writes the request id in `header` instead.
    #[must_use]
    pub fn header(mut self, header: HeaderName) -> Self {
        self.header = header;
        self
    }
}

/// The service [`ErrorLayer`] wraps a router's routes in.
pub type ErrorService<S, M> = ValidateRequestId<
    SetRequestId<PropagateRequestId<ErrorContext<CatchPanic<S, PanicResponse>, M>>, UuidRequestId>,
>;

impl<S, M: FromFrameworkError> Layer<S> for ErrorLayer<M> {
    type Service = ErrorService<S, M>;

    fn layer(&self, inner: S) -> Self::Service {
        let inner = CatchPanicLayer::custom(PanicResponse).layer(inner);
        let inner = ErrorContext {
            inner,
            header: self.header.clone(),
            _mapping: PhantomData,
        };
        let inner = PropagateRequestIdLayer::new(self.header.clone()).layer(inner);
        let inner = SetRequestIdLayer::new(self.header.clone(), UuidRequestId).layer(inner);
        ValidateRequestIdLayer::new(self.header.clone()).layer(inner)
    }
}

/// Sets the request context (id, method, path, mapping `M`) while the inner service
/// runs, and renders bare framework responses (405, 413) in `M`'s envelope.
pub struct ErrorContext<S, M> {
    inner: S,
    header: HeaderName,
    _mapping: PhantomData<fn() -> M>,
}

impl<S: Clone, M> Clone for ErrorContext<S, M> {
    fn clone(&self) -> Self {
        ErrorContext {
            inner: self.inner.clone(),
            header: self.header.clone(),
            _mapping: PhantomData,
        }
    }
}

impl<S: fmt::Debug, M> fmt::Debug for ErrorContext<S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorContext")
            .field("inner", &self.inner)
            .field("header", &self.header)
            .finish()
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, M, ReqBody, ResBody> Service<Request<ReqBody>> for ErrorContext<S, M>
where
    S: Service<Request<ReqBody>, Response = http::Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResBody: HttpBody<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<axum::BoxError>,
    M: FromFrameworkError,
{
    type Response = Response;
    type Error = S::Error;
    type Future = BoxFuture<Result<Response, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<ReqBody>) -> Self::Future {
        let id = match req.extensions().get::<RequestId>() {
            Some(id) => id.header_value().to_str().ok().map(str::to_owned),
            None => {
                let values = req.headers().get_all(&self.header).iter();
                Some(context::accept_or_fresh(values.map(|v| v.as_bytes())).into_owned())
            }
        }
        .filter(|id| crate::request_id::is_valid(id));
        let ctx = RequestContext {
            id,
            header: self.header.clone(),
            method: req.method().as_str().to_owned(),
            path: req.uri().path().to_owned(),
            framework: RequestContext::render_framework::<M>,
        };
        let future = ctx.sync_scope(|| self.inner.call(req));
        let method = ctx.method.clone();
        let path = ctx.path.clone();
        Box::pin(ctx.scope(async move {
            let response = future.await?;
            Ok(bare::map(response, &method, &path).await)
        }))
    }
}

/// Renders a caught panic as the mapping's error for [`FrameworkError::Panic`]; the
/// panic's message is logged (with the `tracing` feature), never sent.
#[derive(Debug, Clone, Copy, Default)]
pub struct PanicResponse;

impl ResponseForPanic for PanicResponse {
    type ResponseBody = Body;

    fn response_for_panic(&mut self, err: Box<dyn Any + Send + 'static>) -> Response {
        context::log_panic(&*err);
        framework_response(&FrameworkError::Panic)
            .unwrap_or_else(|| StatusCode::INTERNAL_SERVER_ERROR.into_response())
    }
}

/// The fallback handler for unknown routes: the mapping's error for
/// [`FrameworkError::RouteNotFound`], echoing the method and the path.
///
/// Use it as `Router::fallback(route_not_found)` before adding [`ErrorLayer`]. Outside
/// the layer it answers a bare 404.
pub async fn route_not_found(method: Method, uri: Uri) -> Response {
    let (method, path) =
        context::current_route().unwrap_or_else(|| (method.to_string(), uri.path().to_owned()));
    framework_response(&FrameworkError::RouteNotFound {
        method: &method,
        path: &path,
    })
    .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
}

// ---------------------------------------------------------------------------------------
// Extractors

/// Why one of errcat's extractors rejected a request. Rendered, inside [`ErrorLayer`], as
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
    status: StatusCode,
    text: String,
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
                FrameworkError::InvalidInput(super::InvalidInput {
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
    /// outside [`ErrorLayer`].
    #[cfg(any(feature = "validator", feature = "garde"))]
    fn invalid(part: InputPart, violations: Violations) -> Self {
        let text = violations
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        Rejection {
            kind: RejectionKind::Invalid(part, violations),
            status: StatusCode::BAD_REQUEST,
            text,
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
            status: rejection.status(),
            text: rejection.body_text(),
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
            status: rejection.status(),
            text: rejection.body_text(),
        }
    }

    fn from_query(rejection: QueryRejection) -> Self {
        let input = input_of(&rejection);
        Rejection {
            kind: RejectionKind::Query(input),
            status: rejection.status(),
            text: rejection.body_text(),
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
            return OwnedInput::from_violation(&reason, violation::from_serde_path_error(e));
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
        f.write_str(&self.text)
    }
}

impl std::error::Error for Rejection {}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let (method, path) = context::current_route().unwrap_or_default();
        framework_response(&self.framework_error(&method, &path))
            .unwrap_or_else(|| (self.status, self.text).into_response())
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
async fn read_json<T: DeserializeOwned, S: Send + Sync>(
    req: Request<Body>,
    state: &S,
) -> Result<(T, Bytes), Rejection> {
    if !is_json(req.headers()) {
        return Err(Rejection {
            kind: RejectionKind::UnsupportedMediaType,
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            text: String::from("Expected request with `Content-Type: application/json`"),
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
/// [`ErrorLayer`]).
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

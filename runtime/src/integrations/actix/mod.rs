//! actix-web: derived errors as responses, request ids, and framework errors in the
//! envelope (the `actix-web` feature).
//!
//! Every derived error that also implements `Debug` and `Display` (actix-web's
//! requirement; `#[api(display)]` or thiserror give it) implements `ResponseError`, so a
//! handler returns `Result<T, E>`. The [`Errors`] middleware sets the per-request
//! context:
//!
//! - the request id: an incoming `x-request-id` (or the configured header) is kept only
//!   if it passes [`is_valid`](crate::request_id::is_valid), otherwise replaced with a
//!   fresh UUID; handlers see the validated id in the request header, and every response
//!   carries it, error bodies included;
//! - framework errors in the envelope of the mapping type `M`: wrong methods (405),
//!   oversized bodies (413) and panics (500, caught around the handler); with
//!   [`json_config`], [`path_config`] and [`query_config`] registered as app data,
//!   extractor rejections; with [`route_not_found`] as the default service, unknown
//!   routes.
//!
//! ```
//! use actix_web::{App, HttpResponse, test, web};
//! use errcat::catalogs::control_plane::ControlPlaneError;
//! use errcat::integrations::actix::{self as errcat_actix, Errors};
//!
//! #[derive(Debug, errcat::ApiError)]
//! #[api(display, format = "flat")]
//! enum AppError {
//!     #[api(status = 409, message = "already exists")]
//!     Conflict,
//! }
//!
//! async fn create() -> Result<HttpResponse, AppError> {
//!     Err(AppError::Conflict)
//! }
//!
//! # actix_web::rt::System::new().block_on(async {
//! let app = test::init_service(
//!     App::new()
//!         .wrap(Errors::<ControlPlaneError>::new())
//!         .app_data(errcat_actix::json_config())
//!         .route("/things", web::post().to(create))
//!         .default_service(web::to(errcat_actix::route_not_found)),
//! )
//! .await;
//! let request = test::TestRequest::post()
//!     .uri("/things")
//!     .insert_header(("x-request-id", "abc"))
//!     .to_request();
//! let response = test::call_service(&app, request).await;
//! assert_eq!(response.status().as_u16(), 409);
//! assert_eq!(response.headers().get("x-request-id").unwrap(), "abc");
//! let body = test::read_body(response).await;
//! assert_eq!(body, r#"{"error":"already exists","code":"CONFLICT","request_id":"abc"}"#);
//! # });
//! ```

use std::fmt;
use std::future::{Future, Ready, ready};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::error::{InternalError, JsonPayloadError, PathError, QueryPayloadError};
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

use super::server::OwnedInput;
use super::server::context::{self, InContext, RequestContext, RequestId, Translated};
use super::{FrameworkError, FromFrameworkError};
use crate::envelope::{REQUEST_ID_HEADER, Rendered};
use crate::error::ApiError;
use crate::violation::{self, FieldPath};

#[cfg(any(feature = "validator", feature = "garde"))]
mod valid;
#[cfg(feature = "garde")]
pub use valid::Garde;
#[cfg(feature = "validator")]
pub use valid::Valid;

/// `err`'s status, for the derived `ResponseError`.
pub fn status_code<E: ApiError>(err: &E) -> StatusCode {
    StatusCode::from_u16(err.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `err` as an actix-web response in the current request's context: what the derived
/// `ResponseError` calls. See [`respond`](crate::integrations::respond); the request id
/// header is [`Errors`]'s to set, on every response.
pub fn error_response<E: ApiError>(err: &E) -> HttpResponse {
    convert(context::render(err, E::catalog()))
}

/// A delay decided at run time answers like the error, with `Retry-After`.
impl<E> actix_web::ResponseError for crate::WithRetryAfter<E>
where
    E: ApiError + fmt::Debug + fmt::Display,
{
    fn status_code(&self) -> StatusCode {
        status_code(self)
    }

    fn error_response(&self) -> HttpResponse {
        error_response(self)
    }
}

/// A rendered error as an actix-web response: its headers' values are static text or a
/// number, never parsed again.
fn convert(rendered: Rendered) -> HttpResponse {
    let status =
        StatusCode::from_u16(rendered.status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut out = HttpResponse::with_body(status, rendered.body).map_into_boxed_body();
    let headers = out.headers_mut();
    headers.insert(
        actix_web::http::header::CONTENT_TYPE,
        HeaderValue::from_static(rendered.content_type),
    );
    if let Some(secs) = rendered.retry_after {
        headers.insert(
            actix_web::http::header::RETRY_AFTER,
            HeaderValue::from(secs),
        );
    }
    if let Some(language) = rendered
        .content_language
        .and_then(|l| HeaderValue::from_bytes(l.as_bytes()).ok())
    {
        headers.insert(actix_web::http::header::CONTENT_LANGUAGE, language);
    }
    out
}

fn framework_response(err: &FrameworkError<'_>) -> Option<HttpResponse> {
    context::respond_framework(err).map(convert)
}

/// The default service for unknown routes: the mapping's error for
/// [`FrameworkError::RouteNotFound`], echoing the method and the path. Outside
/// [`Errors`] it answers a bare 404.
pub async fn route_not_found(req: HttpRequest) -> HttpResponse {
    framework_response(&FrameworkError::RouteNotFound {
        method: req.method().as_str(),
        path: req.path(),
    })
    .unwrap_or_else(|| HttpResponse::NotFound().finish())
}

/// Wraps a rejection's framework error as an actix-web error whose response is the
/// mapping's envelope (the original error's response outside [`Errors`]).
fn rejection<E>(err: E, framework: &FrameworkError<'_>) -> actix_web::Error
where
    E: fmt::Debug + fmt::Display + actix_web::ResponseError + 'static,
{
    match framework_response(framework) {
        Some(response) => InternalError::from_response(err, response).into(),
        None => err.into(),
    }
}

/// A `JsonConfig` whose rejections are rendered in the envelope: bad JSON, with its
/// violation (naming the field where serde's message does: a missing or unknown field;
/// actix-web's parser tracks no path, so a value of the wrong type is at the root: use
/// [`Valid`] or [`Garde`] for paths), a missing JSON `Content-Type`, oversized bodies.
/// Register it with `App::app_data`; chain `.limit(n)` to change the size limit.
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use errcat::integrations::actix::{Errors, json_config};
/// use serde_json::json;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Widget {
///     name: String,
///     size: u32,
/// }
///
/// async fn create(widget: web::Json<Widget>) -> HttpResponse {
///     HttpResponse::Created().body(widget.name.clone())
/// }
///
/// # actix_web::rt::System::new().block_on(async {
/// let app = test::init_service(
///     App::new()
///         .wrap(Errors::<WorkflowApiError>::new())
///         .app_data(json_config().limit(1024))
///         .route("/widgets", web::post().to(create)),
/// )
/// .await;
/// let request = test::TestRequest::post()
///     .uri("/widgets")
///     .insert_header(("x-request-id", "req-1"))
///     .insert_header(("content-type", "application/json"))
///     .set_payload(r#"{"size":2}"#)
///     .to_request();
/// let response = test::call_service(&app, request).await;
/// assert_eq!(response.status().as_u16(), 400);
/// let body: serde_json::Value = test::read_body_json(response).await;
/// assert_eq!(
///     body,
///     json!({
///         "error": "invalid_body",
///         "message": "invalid request body",
///         "issues": [{
///             "code": "invalid_type",
///             "path": ["name"],
///             "message": "is required",
///             "expected": "unknown",
///             "received": "undefined",
///         }],
///         "request_id": "req-1",
///     })
/// );
/// # });
/// ```
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().error_handler(|err, _req| {
        let input;
        let framework = match &err {
            JsonPayloadError::Deserialize(e) => {
                let text = e.to_string();
                let violation = violation::from_serde_text(&FieldPath::root(), e, &text);
                input = OwnedInput::from_violation(&text, violation);
                FrameworkError::BadJson(input.borrow())
            }
            JsonPayloadError::ContentType => FrameworkError::UnsupportedMediaType,
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                FrameworkError::PayloadTooLarge
            }
            _ => {
                input = OwnedInput::new(None, "failed to read the request body");
                FrameworkError::BadJson(input.borrow())
            }
        };
        rejection(err, &framework)
    })
}

/// A `PathConfig` whose rejections are rendered in the envelope.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|err, req| {
        let reason = match &err {
            PathError::Deserialize(e) => e.to_string(),
            _ => String::from("invalid path parameters"),
        };
        let input = OwnedInput::from_message(&reason);
        let framework = FrameworkError::BadPath {
            method: req.method().as_str(),
            path: req.path(),
            input: input.borrow(),
        };
        rejection(err, &framework)
    })
}

/// A `QueryConfig` whose rejections are rendered in the envelope.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        let reason = match &err {
            QueryPayloadError::Deserialize(e) => e.to_string(),
            _ => String::from("invalid query string"),
        };
        let input = OwnedInput::from_message(&reason);
        rejection(err, &FrameworkError::BadQuery(input.borrow()))
    })
}

/// errcat's middleware for an actix-web app: validated request ids, the request context
/// errors are rendered in, and framework errors and panics in the envelope of `M`.
///
/// The [module docs](self) show a whole app. With the request id in another header:
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
/// use errcat::catalogs::sandbox_api::SandboxApiError;
/// use errcat::integrations::actix::Errors;
///
/// async fn sandbox() -> Result<HttpResponse, SandboxApiError> {
///     Err(SandboxApiError::SandboxNotFound)
/// }
///
/// # actix_web::rt::System::new().block_on(async {
/// let app = test::init_service(
///     App::new()
///         .wrap(Errors::<SandboxApiError>::new().header("x-correlation-id"))
///         .route("/sandboxes/{id}", web::get().to(sandbox)),
/// )
/// .await;
/// let request = test::TestRequest::get()
///     .uri("/sandboxes/s1")
///     .insert_header(("x-correlation-id", "corr-9"))
///     .to_request();
/// let response = test::call_service(&app, request).await;
/// assert_eq!(response.status().as_u16(), 404);
/// assert_eq!(response.headers().get("x-correlation-id").unwrap(), "corr-9");
/// assert!(response.headers().get("x-request-id").is_none());
/// let body = test::read_body(response).await;
/// assert_eq!(
///     body,
///     r#"{"error":"sandbox not found","code":"sandbox_not_found","request_id":"corr-9"}"#
/// );
/// # });
/// ```
pub struct Errors<M> {
    header: &'static str,
    translated: Translated,
    _mapping: PhantomData<fn() -> M>,
}

impl<M> Clone for Errors<M> {
    fn clone(&self) -> Self {
        Errors {
            header: self.header,
            translated: self.translated.clone(),
            _mapping: PhantomData,
        }
    }
}

impl<M> fmt::Debug for Errors<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Errors")
            .field("header", &self.header)
            .field("mapping", &std::any::type_name::<M>())
            .finish()
    }
}

impl<M: FromFrameworkError> Default for Errors<M> {
    fn default() -> Self {
        Self::new()
    }
}

impl<M: FromFrameworkError> Errors<M> {
    /// The middleware with the request id in `x-request-id`.
    pub fn new() -> Self {
        Errors {
            header: REQUEST_ID_HEADER,
            translated: Translated::default(),
            _mapping: PhantomData,
        }
    }

    /// Answers every error in the locale negotiated from the request's
    /// `Accept-Language` (feature `fluent`), with `Content-Language`, as axum's
    /// `ErrorLayer::with_translations` does. See [`i18n`](crate::i18n).
    #[cfg(feature = "fluent")]
    #[must_use]
    pub fn with_translations(mut self, translations: crate::i18n::Translations) -> Self {
        self.translated = Translated::new(translations.with_catalog(M::catalog()));
        self
    }

    /// Reads and writes the request id in `header` (a lowercase header name) instead.
    /// An invalid name keeps the default.
    #[must_use]
    pub fn header(mut self, header: &'static str) -> Self {
        if HeaderName::from_static_checked(header) && http::HeaderName::from_static_checked(header)
        {
            self.header = header;
        }
        self
    }
}

/// Header name validation shared by both `http` versions.
trait CheckedName {
    fn from_static_checked(name: &'static str) -> bool;
}

impl CheckedName for HeaderName {
    fn from_static_checked(name: &'static str) -> bool {
        HeaderName::from_bytes(name.as_bytes()).is_ok_and(|n| n.as_str() == name)
    }
}

impl CheckedName for http::HeaderName {
    fn from_static_checked(name: &'static str) -> bool {
        http::HeaderName::from_bytes(name.as_bytes()).is_ok_and(|n| n.as_str() == name)
    }
}

impl<S, B, M> Transform<S, ServiceRequest> for Errors<M>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
    M: FromFrameworkError + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Transform = ErrorsService<S, M>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ErrorsService {
            service,
            header: HeaderName::from_static(self.header),
            http_header: http::HeaderName::from_static(self.header),
            translated: self.translated.clone(),
            _mapping: PhantomData,
        }))
    }
}

/// The service of the [`Errors`] middleware.
pub struct ErrorsService<S, M> {
    service: S,
    /// The request id header, in both `http` versions.
    header: HeaderName,
    http_header: http::HeaderName,
    translated: Translated,
    _mapping: PhantomData<fn() -> M>,
}

impl<S, M> fmt::Debug for ErrorsService<S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorsService")
            .field("header", &self.header)
            .finish()
    }
}

impl<S, B, M> Service<ServiceRequest> for ErrorsService<S, M>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
    M: FromFrameworkError + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Future = ErrorsFuture<S::Future, B>;

    actix_web::dev::forward_ready!(service);

    fn call(&self, mut req: ServiceRequest) -> Self::Future {
        let id = match context::accepted(req.headers().get_all(&self.header)) {
            Some(id) => id.clone(),
            None => {
                // A hyphenated UUID is always a valid header value.
                let id = HeaderValue::from_maybe_shared(context::fresh_bytes())
                    .unwrap_or(HeaderValue::from_static("-"));
                // Handlers see the validated id, never a refused one.
                req.headers_mut().insert(self.header.clone(), id.clone());
                id
            }
        };
        let ctx = RequestContext::of_actix::<M>(&req, id, &self.http_header, &self.translated);
        let service = &self.service;
        ErrorsFuture {
            call: InContext::call(ctx, || service.call(req)),
            header: Some(self.header.clone()),
            _body: PhantomData,
        }
    }
}

/// What the inner service's future gives, a panic caught.
type Caught<B> = std::thread::Result<Result<ServiceResponse<B>, actix_web::Error>>;

/// What the inner service's outcome becomes in the request's context.
enum Finished {
    /// A response, a framework answer mapped.
    Response(ServiceResponse<BoxBody>),
    /// The response to an error or a panic, with its text.
    Failed(String, HttpResponse),
}

pin_project_lite::pin_project! {
    /// The future of [`ErrorsService`]: the inner service's, polled in the request's
    /// context, its panic caught, its response finished (a framework answer mapped, the
    /// request id header set). A type of its own, not a box.
    pub struct ErrorsFuture<F, B> {
        #[pin]
        call: InContext<F>,
        // The header to set the request id in on the response.
        header: Option<HeaderName>,
        _body: PhantomData<fn() -> B>,
    }
}

impl<F, B> fmt::Debug for ErrorsFuture<F, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorsFuture").finish_non_exhaustive()
    }
}

impl<F, B> Future for ErrorsFuture<F, B>
where
    F: Future<Output = Result<ServiceResponse<B>, actix_web::Error>>,
    B: MessageBody + 'static,
{
    type Output = Result<ServiceResponse<BoxBody>, actix_web::Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut call = this.call;
        let finished = std::task::ready!(call.as_mut().poll_finish(cx, finish::<B>));
        // The context is done with: its id goes on the response.
        let stamp = match (
            this.header.take(),
            call.take_context().map(|ctx| ctx.into_id()),
        ) {
            (Some(header), Some((_, RequestId::Actix(id)))) => Some((header, id)),
            _ => None,
        };
        Poll::Ready(match finished {
            Finished::Response(mut response) => {
                if let Some((header, id)) = stamp {
                    response.headers_mut().insert(header, id);
                }
                Ok(response)
            }
            // The request went to the inner service (actix-web's router needs it
            // unshared), so an error or a panic leaves no request to build a
            // `ServiceResponse` from: it becomes an error whose response was rendered in
            // the context.
            Finished::Failed(text, mut response) => {
                if let Some((header, id)) = stamp {
                    response.headers_mut().insert(header, id);
                }
                Err(InternalError::from_response(text, response).into())
            }
        })
    }
}

/// The inner service's outcome, in the request's context: a framework answer mapped, an
/// error or a panic answered.
fn finish<B: MessageBody + 'static>(outcome: Caught<B>) -> Finished {
    match outcome {
        Ok(Ok(response)) => Finished::Response(map_bare(response.map_into_boxed_body())),
        Ok(Err(err)) => {
            let response = err.error_response();
            Finished::Failed(err.to_string(), response)
        }
        Err(payload) => {
            context::log_panic(&*payload);
            let response = framework_response(&FrameworkError::Panic)
                .unwrap_or_else(|| HttpResponse::InternalServerError().finish());
            Finished::Failed(String::from("handler panicked"), response)
        }
    }
}

/// A framework's own 405 or 413 (no content type, or plain text: never an errcat
/// envelope) in the mapping's envelope.
fn map_bare(response: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let status = response.status();
    if status != StatusCode::METHOD_NOT_ALLOWED && status != StatusCode::PAYLOAD_TOO_LARGE {
        return response;
    }
    let untyped = response
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .is_none_or(|v| v.as_bytes().starts_with(b"text/plain"));
    if !untyped {
        return response;
    }
    let mapped = match status {
        StatusCode::METHOD_NOT_ALLOWED => context::with_route(|method, path| {
            framework_response(&FrameworkError::MethodNotAllowed { method, path })
        })
        .flatten(),
        StatusCode::PAYLOAD_TOO_LARGE => framework_response(&FrameworkError::PayloadTooLarge),
        _ => return response,
    };
    let Some(mut mapped) = mapped else {
        return response;
    };
    if let Some(allow) = response.headers().get(actix_web::http::header::ALLOW) {
        mapped
            .headers_mut()
            .insert(actix_web::http::header::ALLOW, allow.clone());
    }
    response.into_response(mapped)
}

//! [`ErrorLayer`]: one service around a router that gives each request its id and its
//! context, and renders what the framework answers by itself in the envelope.
//!
//! It is one service, not a stack of layers, and its future is a type of its own, not a
//! box: per request, an id (the caller's, validated, or a fresh one drawn without a
//! system call), the context (made once, and made current for each poll by a swap, not
//! a copy), and after the response one header and a look at its status.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, HttpBody};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderName, Request};
use tower_layer::Layer;
use tower_service::Service;

use super::{bare, framework_response};
use crate::envelope::REQUEST_ID_HEADER;
use crate::integrations::server::context::{
    self, InContext, RequestContext, RequestId, Translated,
};
use crate::integrations::{FrameworkError, FromFrameworkError};

/// errcat's middleware for an axum router: validated request ids, the request context
/// errors are rendered in, framework errors and panics in the envelope of `M`.
///
/// For every request, the id in `x-request-id` (or the header given to
/// [`header`](Self::header)) is kept if it is one value that passes
/// [`is_valid`](crate::request_id::is_valid), and replaced with a fresh UUID otherwise;
/// handlers see the validated id in that header (and through
/// [`CurrentRequestId`](super::CurrentRequestId)), and every response carries it. A
/// handler's panic is caught and answered with the mapping's error for
/// [`FrameworkError::Panic`]; the framework's own answers (405, 413, and the plain-text
/// rejections of axum's extractors) become the mapping's errors. Layers added to the
/// router before this one (e.g. `RequestBodyLimitLayer`) run inside it, so their
/// responses are mapped.
///
/// The [module docs](super) show a whole router. With the request id in another header:
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
    translated: Translated,
    _mapping: PhantomData<fn() -> M>,
}

impl<M> Clone for ErrorLayer<M> {
    fn clone(&self) -> Self {
        ErrorLayer {
            header: self.header.clone(),
            translated: self.translated.clone(),
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
            translated: Translated::default(),
            _mapping: PhantomData,
        }
    }

    /// Answers every error in the locale negotiated from the request's
    /// `Accept-Language` (feature `fluent`), with `Content-Language`: the translated
    /// message and hint, or the declaration's text (the default locale) when the locale
    /// has none for the code. See [`i18n`](crate::i18n).
    ///
    /// ```
    /// use axum::{Router, routing::get};
    /// use errcat::catalogs::control_plane::ControlPlaneError;
    /// use errcat::i18n::Translations;
    /// use errcat::integrations::axum::ErrorLayer;
    /// use tower::ServiceExt;
    ///
    /// async fn wok() -> Result<(), ControlPlaneError> {
    ///     Err(ControlPlaneError::ProjectNotFound)
    /// }
    ///
    /// let app = Router::new()
    ///     .route("/woks/w-1", get(wok))
    ///     .layer(ErrorLayer::<ControlPlaneError>::new().with_translations(Translations::prebuilt()));
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let request = http::Request::get("/woks/w-1")
    ///     .header("accept-language", "de-CH, en;q=0.5")
    ///     .body(axum::body::Body::empty())
    ///     .unwrap();
    /// let response = app.oneshot(request).await.unwrap();
    /// assert_eq!(response.headers()["content-language"], "de");
    /// let body = axum::body::to_bytes(response.into_body(), 4096).await.unwrap();
    /// let body = String::from_utf8(body.to_vec()).unwrap();
    /// assert!(body.contains(r#""code":"CP_PROJECT_NOT_FOUND""#), "{body}");
    /// assert!(body.contains("kein aktives Projekt"), "{body}");
    /// # });
    /// ```
    #[cfg(feature = "fluent")]
    #[must_use]
    pub fn with_translations(mut self, translations: crate::i18n::Translations) -> Self {
        self.translated = Translated::new(translations.with_catalog(M::catalog()));
        self
    }

    /// Reads and writes the request id in `header` instead.
    #[must_use]
    pub fn header(mut self, header: HeaderName) -> Self {
        self.header = header;
        self
    }

    /// The layer around `inner`, a whole router: one service per request, where
    /// `Router::layer(ErrorLayer)` puts it around each route, inside a second service
    /// axum makes for every layered route (about 800 instructions a request more; see
    /// the README's Performance). `axum::serve` takes the result as it takes a router.
    ///
    /// Layers added to the router with `Router::layer` run inside it, so their answers
    /// (a `RequestBodyLimitLayer`'s 413, a `TimeoutLayer`'s 408) are rendered in the
    /// envelope; layers meant to run outside wrap the result.
    ///
    /// ```
    /// use axum::{Router, routing::get};
    /// use errcat::catalogs::control_plane::ControlPlaneError;
    /// use errcat::integrations::axum::{ErrorLayer, route_not_found};
    ///
    /// async fn wok() -> Result<&'static str, ControlPlaneError> {
    ///     Err(ControlPlaneError::ProjectNotFound)
    /// }
    ///
    /// let routes = Router::new()
    ///     .route("/v1/woks/{id}", get(wok))
    ///     .fallback(route_not_found);
    /// let app = ErrorLayer::<ControlPlaneError>::new().around(routes);
    /// # async fn serve(app: errcat::integrations::axum::ErrorService<Router, ControlPlaneError>) -> std::io::Result<()> {
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// axum::serve(listener, app).await
    /// # }
    /// # let _ = serve(app);
    /// ```
    pub fn around<S>(self, inner: S) -> ErrorService<S, M> {
        ErrorService {
            inner,
            header: self.header,
            translated: self.translated,
            _mapping: PhantomData,
        }
    }
}

/// The service [`ErrorLayer`] wraps a router's routes in.
pub struct ErrorService<S, M> {
    inner: S,
    header: HeaderName,
    translated: Translated,
    _mapping: PhantomData<fn() -> M>,
}

impl<S: Clone, M> Clone for ErrorService<S, M> {
    fn clone(&self) -> Self {
        ErrorService {
            inner: self.inner.clone(),
            header: self.header.clone(),
            translated: self.translated.clone(),
            _mapping: PhantomData,
        }
    }
}

impl<S: fmt::Debug, M> fmt::Debug for ErrorService<S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorService")
            .field("inner", &self.inner)
            .field("header", &self.header)
            .field("mapping", &std::any::type_name::<M>())
            .finish()
    }
}

impl<S, M: FromFrameworkError> Layer<S> for ErrorLayer<M> {
    type Service = ErrorService<S, M>;

    fn layer(&self, inner: S) -> Self::Service {
        self.clone().around(inner)
    }
}

/// `axum::serve(listener, ErrorLayer::new().around(router))`: the service each
/// connection is served by, as for a router, its routes made ready once per connection
/// (`Router::with_state`, as axum does for a router served alone) rather than per request.
impl<L, M> Service<axum::serve::IncomingStream<'_, L>> for ErrorService<axum::Router, M>
where
    L: axum::serve::Listener,
{
    type Response = Self;
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _connection: axum::serve::IncomingStream<'_, L>) -> Self::Future {
        let mut service = self.clone();
        service.inner = service.inner.with_state(());
        std::future::ready(Ok(service))
    }
}

/// What the inner service's future gives, a panic caught.
type Caught<B, E> = std::thread::Result<Result<http::Response<B>, E>>;

pin_project_lite::pin_project! {
    /// The future of [`ErrorService`]: the inner service's, polled in the request's
    /// context, its panic caught, its response finished (the id header set, a framework
    /// answer mapped). A type of its own, not a box.
    pub struct ErrorFuture<F, B, E> {
        #[pin]
        call: InContext<F>,
        _output: PhantomData<fn() -> (B, E)>,
    }
}

impl<F, B, E> fmt::Debug for ErrorFuture<F, B, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorFuture").finish_non_exhaustive()
    }
}

impl<F, B, E> Future for ErrorFuture<F, B, E>
where
    F: Future<Output = Result<http::Response<B>, E>>,
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut call = self.project().call;
        let mut outcome = std::task::ready!(call.as_mut().poll_finish(cx, finish::<B, E>));
        // The context is done with: its id goes on the response.
        if let (Ok(response), Some(ctx)) = (&mut outcome, call.take_context())
            && let (header, RequestId::Http(id)) = ctx.into_id()
        {
            response.headers_mut().insert(header, id);
        }
        Poll::Ready(outcome)
    }
}

impl<S, M, ReqBody, ResBody> Service<Request<ReqBody>> for ErrorService<S, M>
where
    S: Service<Request<ReqBody>, Response = http::Response<ResBody>>,
    ResBody: HttpBody<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<axum::BoxError>,
    M: FromFrameworkError,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ErrorFuture<S::Future, ResBody, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request<ReqBody>) -> Self::Future {
        let id = context::keep_or_make_id(req.headers_mut(), &self.header);
        let ctx = RequestContext::of_request::<M, _>(&req, id, &self.header, &self.translated);
        let inner = &mut self.inner;
        ErrorFuture {
            call: InContext::call(ctx, || inner.call(req)),
            _output: PhantomData,
        }
    }
}

/// The response of the inner service, finished in the request's context: a panic
/// answered, a framework answer mapped.
fn finish<B, E>(outcome: Caught<B, E>) -> Result<Response, E>
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    match outcome {
        Ok(Ok(response)) => Ok(bare::map(response)),
        Ok(Err(err)) => Err(err),
        Err(payload) => Ok(panic_response(payload)),
    }
}

/// The mapping's answer to a caught panic, whose message is logged (with the `tracing`
/// feature), never sent.
fn panic_response(payload: Box<dyn Any + Send>) -> Response {
    context::log_panic(&*payload);
    framework_response(&FrameworkError::Panic).unwrap_or_else(|| {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
        response
    })
}

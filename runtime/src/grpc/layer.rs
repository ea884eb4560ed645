//! The tower layer for tonic servers: request ids, panics and unknown methods.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use errcat_core::grpc::GrpcCode;
use http::HeaderName;

use crate::integrations::server::context::{self, InContext, RequestContext, Translated};
use crate::integrations::{FrameworkError, FromFrameworkError};

/// Request ids, panics and unknown methods for a tonic server, in the catalog `M`.
///
/// For every request:
///
/// - the request id comes from the `x-request-id` metadata (the header of
///   [`ErrorLayer::header`]) when it holds one valid id
///   ([`request_id::is_valid`](crate::request_id::is_valid)), else it is fresh (a v4
///   UUID); it is set on the request (so a handler reads the id errcat uses), echoed in
///   the response metadata, and sent as `RequestInfo` by [`status`](super::status) and
///   every `From<E> for tonic::Status` inside;
/// - a handler that panics answers `INTERNAL` with the `ErrorInfo` of `M`'s error for
///   [`FrameworkError::Panic`], its payload logged (feature `tracing`), never sent;
/// - a method no service serves (tonic's bare `UNIMPLEMENTED`, a trailers-only response
///   without details) answers `M`'s error for [`FrameworkError::RouteNotFound`], with
///   the code `UNIMPLEMENTED` gRPC clients expect for an unknown method and that error's
///   `ErrorInfo`.
///
/// ```no_run
/// use errcat::catalogs::control_plane::ControlPlaneError;
///
/// # async fn serve(routes: tonic::service::Routes) -> Result<(), Box<dyn std::error::Error>> {
/// tonic::transport::Server::builder()
///     .layer(errcat::grpc::ErrorLayer::<ControlPlaneError>::new())
///     .add_routes(routes)
///     .serve("127.0.0.1:50051".parse()?)
///     .await?;
/// # Ok(())
/// # }
/// ```
pub struct ErrorLayer<M> {
    header: HeaderName,
    translated: Translated,
    catalog: PhantomData<fn() -> M>,
}

impl<M> Clone for ErrorLayer<M> {
    fn clone(&self) -> Self {
        ErrorLayer {
            header: self.header.clone(),
            translated: self.translated.clone(),
            catalog: PhantomData,
        }
    }
}

impl<M> std::fmt::Debug for ErrorLayer<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErrorLayer")
            .field("header", &self.header)
            .finish()
    }
}

impl<M: FromFrameworkError> Default for ErrorLayer<M> {
    fn default() -> Self {
        Self::new()
    }
}

impl<M: FromFrameworkError> ErrorLayer<M> {
    /// The layer, with request ids in `x-request-id`.
    pub fn new() -> Self {
        ErrorLayer {
            header: HeaderName::from_static(crate::REQUEST_ID_HEADER),
            translated: Translated::default(),
            catalog: PhantomData,
        }
    }

    /// Adds `LocalizedMessage` to every status (feature `fluent`): the message in the
    /// locale negotiated from the request's `accept-language` metadata, when that locale
    /// has one for the code. See [`i18n`](crate::i18n).
    #[cfg(feature = "fluent")]
    #[must_use]
    pub fn with_translations(mut self, translations: crate::i18n::Translations) -> Self {
        self.translated = Translated::new(translations);
        self
    }

    /// Request ids in the metadata key `header` instead.
    #[must_use]
    pub fn header(mut self, header: HeaderName) -> Self {
        self.header = header;
        self
    }
}

impl<S, M> tower_layer::Layer<S> for ErrorLayer<M> {
    type Service = ErrorService<S, M>;

    fn layer(&self, inner: S) -> Self::Service {
        ErrorService {
            inner,
            header: self.header.clone(),
            translated: self.translated.clone(),
            catalog: PhantomData,
        }
    }
}

/// The service of [`ErrorLayer`].
pub struct ErrorService<S, M> {
    inner: S,
    header: HeaderName,
    translated: Translated,
    catalog: PhantomData<fn() -> M>,
}

impl<S: Clone, M> Clone for ErrorService<S, M> {
    fn clone(&self) -> Self {
        ErrorService {
            inner: self.inner.clone(),
            header: self.header.clone(),
            translated: self.translated.clone(),
            catalog: PhantomData,
        }
    }
}

impl<S: std::fmt::Debug, M> std::fmt::Debug for ErrorService<S, M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErrorService")
            .field("inner", &self.inner)
            .field("header", &self.header)
            .finish()
    }
}

/// The response future of [`ErrorService`].
pub type ErrorFuture<E> =
    Pin<Box<dyn Future<Output = Result<http::Response<tonic::body::Body>, E>> + Send>>;

impl<S, M, B, RB> tower_service::Service<http::Request<B>> for ErrorService<S, M>
where
    S: tower_service::Service<http::Request<B>, Response = http::Response<RB>>,
    S::Future: Send + 'static,
    S::Error: 'static,
    M: FromFrameworkError + 'static,
    RB: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    RB::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = S::Error;
    type Future = ErrorFuture<S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<B>) -> Self::Future {
        let value = match context::with(|ctx| ctx.id.to_http()) {
            // Behind another errcat layer (one port with axum's `ErrorLayer`): its id.
            Some(outer) => {
                let id = outer.unwrap_or_else(context::fresh_header_value);
                req.headers_mut().insert(self.header.clone(), id.clone());
                id
            }
            None => context::keep_or_make_id(req.headers_mut(), &self.header),
        };
        let ctx =
            RequestContext::of_request::<M, _>(&req, value.clone(), &self.header, &self.translated);
        let header = self.header.clone();
        let inner = &mut self.inner;
        let call = InContext::call(ctx, || inner.call(req));
        Box::pin(async move {
            // Pinned in the boxed future's own state: one allocation per call.
            let mut call = std::pin::pin!(call);
            let finished = std::future::poll_fn(|cx| {
                call.as_mut().poll_finish(cx, |outcome| match outcome {
                    Ok(Ok(response)) => Ok(finish::<M, RB>(response)),
                    Ok(Err(err)) => Err(err),
                    Err(payload) => Ok(panic_response::<M>(payload)),
                })
            });
            let mut response = finished.await?;
            response.headers_mut().insert(header, value);
            Ok(response)
        })
    }
}

/// The inner service's response, its body boxed; a bare `UNIMPLEMENTED` answered in `M`.
fn finish<M: FromFrameworkError, RB>(
    response: http::Response<RB>,
) -> http::Response<tonic::body::Body>
where
    RB: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    RB::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let headers = response.headers();
    let unimplemented = headers
        .get("grpc-status")
        .is_some_and(|s| s.as_bytes() == b"12")
        && !headers.contains_key("grpc-status-details-bin");
    if unimplemented {
        // `finish` runs in the request's context, which holds its method and path.
        let err = context::with_route(|method, path| {
            M::from_framework_error(&FrameworkError::RouteNotFound { method, path })
        });
        if let Some(err) = err {
            return super::status::status_in_context(&err, GrpcCode::Unimplemented).into_http();
        }
    }
    response.map(tonic::body::Body::new)
}

/// `M`'s answer to a caught panic, whose payload is logged, never sent.
fn panic_response<M: FromFrameworkError>(
    payload: Box<dyn Any + Send>,
) -> http::Response<tonic::body::Body> {
    context::log_panic(&*payload);
    let err = M::from_framework_error(&FrameworkError::Panic);
    super::status::status_in_context(&err, GrpcCode::Internal).into_http()
}

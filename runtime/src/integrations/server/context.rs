//! The per-request context errors are rendered in, and request ids.

use std::borrow::Cow;

use crate::envelope::{Envelope, REQUEST_ID_HEADER};
use crate::error::ApiError;
use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::request_id;

/// The context an error is rendered in: set by a framework layer for each request.
#[derive(Clone, Debug)]
pub(crate) struct RequestContext {
    /// The validated request id.
    pub(crate) id: Option<String>,
    /// The header the id travels in.
    pub(crate) header: http::HeaderName,
    /// The request method.
    pub(crate) method: String,
    /// The request path, without the query.
    pub(crate) path: String,
    /// Renders a framework error in the service's chosen catalog.
    pub(crate) framework: fn(&FrameworkError<'_>) -> http::Response<Vec<u8>>,
}

tokio::task_local! {
    static CONTEXT: RequestContext;
}

impl RequestContext {
    /// Runs `f` with this context current (for the synchronous part of a service call).
    pub(crate) fn sync_scope<R>(&self, f: impl FnOnce() -> R) -> R {
        CONTEXT.sync_scope(self.clone(), f)
    }

    /// `fut` with this context current whenever it is polled.
    pub(crate) fn scope<F: std::future::Future>(
        self,
        fut: F,
    ) -> tokio::task::futures::TaskLocalFuture<RequestContext, F> {
        CONTEXT.scope(self, fut)
    }

    /// Renders `err` in the catalog `M`, for use as [`RequestContext::framework`].
    pub(crate) fn render_framework<M: FromFrameworkError>(
        err: &FrameworkError<'_>,
    ) -> http::Response<Vec<u8>> {
        respond(&M::from_framework_error(err))
    }
}

/// Renders a framework error through the current context's mapping; `None` outside a
/// request context.
pub(crate) fn respond_framework(err: &FrameworkError<'_>) -> Option<http::Response<Vec<u8>>> {
    let framework = CONTEXT.try_with(|ctx| ctx.framework).ok()?;
    Some(framework(err))
}

#[cfg(feature = "axum")]
/// The current request's method and path, if a layer set a context.
pub(crate) fn current_route() -> Option<(String, String)> {
    CONTEXT
        .try_with(|ctx| (ctx.method.clone(), ctx.path.clone()))
        .ok()
}

/// The current request's id, if a layer set a context with one.
///
/// ```
/// use errcat::integrations::current_request_id;
///
/// // Outside a request served behind errcat's layer: none.
/// assert_eq!(current_request_id(), None);
/// # #[cfg(feature = "axum")]
/// # {
///
/// // In a handler behind `ErrorLayer` (axum) or `Errors` (actix-web): the validated id.
/// use axum::{Router, routing::get};
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::integrations::axum::ErrorLayer;
/// use tower::ServiceExt;
///
/// async fn handler() -> String {
///     current_request_id().unwrap_or_default()
/// }
///
/// let app = Router::new()
///     .route("/", get(handler))
///     .layer(ErrorLayer::<ControlPlaneError>::new());
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::get("/")
///     .header("x-request-id", "req-1")
///     .body(axum::body::Body::empty())
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// let body = axum::body::to_bytes(response.into_body(), 1024).await.unwrap();
/// assert_eq!(body, "req-1");
/// # });
/// # }
/// ```
pub fn current_request_id() -> Option<String> {
    CONTEXT.try_with(|ctx| ctx.id.clone()).ok().flatten()
}

/// `err` as a complete HTTP response in the current request's context.
///
/// The body is `err`'s envelope with the request id (under the type's `id_field`) and
/// the request path (as `instance`, for the `problem` shape); the headers are
/// `Content-Type`, `Retry-After` when the error has retry guidance, and the request id
/// header. Outside a request context (no errcat layer around the service), the id and
/// the path are left out.
///
/// A server error (5xx) is logged with the `tracing` feature, source chain included; the
/// source never reaches the body.
///
/// ```
/// use errcat::ApiError;
///
/// #[derive(Debug, ApiError)]
/// enum E {
///     #[api(status = 503, message = "try later", retry_after = 7)]
///     Busy,
/// }
///
/// let response = errcat::integrations::respond(&E::Busy);
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["retry-after"], "7");
/// assert_eq!(response.body(), br#"{"error":{"code":"BUSY","message":"try later"}}"#);
/// ```
pub fn respond<E: ApiError>(err: &E) -> http::Response<Vec<u8>> {
    respond_dyn(err, E::catalog())
}

/// [`respond`] for a type-erased error rendered in `catalog`'s shape.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::integrations::respond_dyn;
///
/// let err: Box<dyn ApiError> = Box::new(PromptApiError::RateLimited);
/// let response = respond_dyn(&*err, PromptApiError::catalog());
/// assert_eq!(response.status(), 429);
/// assert_eq!(
///     response.body(),
///     br#"{"error":{"code":"RATE_LIMITED","message":"rate limit exceeded"}}"#
/// );
/// ```
pub fn respond_dyn(
    err: &dyn ApiError,
    catalog: &'static crate::catalog::Catalog,
) -> http::Response<Vec<u8>> {
    let context = CONTEXT.try_with(|ctx| (ctx.id.clone(), ctx.header.clone(), ctx.path.clone()));
    let (id, header, path) = match context {
        Ok((id, header, path)) => (id, Some(header), Some(path)),
        Err(_) => (None, None, None),
    };
    log_server_error(err, id.as_deref());
    let mut envelope = Envelope::with_catalog(err, catalog);
    if let Some(id) = id.as_deref() {
        envelope = envelope.with_id(id);
    }
    if let Some(path) = path.as_deref() {
        envelope = envelope.with_instance(path);
    }
    let mut response = envelope.into_http_response();
    if let Some(header) = header.filter(|h| h.as_str() != REQUEST_ID_HEADER) {
        let headers = response.headers_mut();
        if let Some(value) = headers.remove(REQUEST_ID_HEADER) {
            headers.insert(header, value);
        }
    }
    response
}

/// Logs a server error's code and source chain with the request id.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
fn log_server_error(err: &dyn ApiError, id: Option<&str>) {
    #[cfg(feature = "tracing")]
    if err.status().is_server_error() {
        let source = err
            .source_error()
            .map(|source| SourceChain(source).to_string());
        tracing::error!(
            request_id = id.unwrap_or("-"),
            code = err.code(),
            status = err.status().as_u16(),
            source = source.as_deref().unwrap_or("-"),
            "server error"
        );
    }
}

/// Logs a caught panic's message with the request id (never sent to the client).
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
pub(crate) fn log_panic(payload: &(dyn std::any::Any + Send)) {
    #[cfg(feature = "tracing")]
    {
        let message: Cow<'_, str> = if let Some(s) = payload.downcast_ref::<&'static str>() {
            Cow::Borrowed(s)
        } else if let Some(s) = payload.downcast_ref::<String>() {
            Cow::Borrowed(s.as_str())
        } else {
            Cow::Borrowed("a non-string payload")
        };
        let id = current_request_id();
        tracing::error!(
            request_id = id.as_deref().unwrap_or("-"),
            panic = %message,
            "handler panicked"
        );
    }
}

/// `a: b: c`: an error and its sources, for logs.
#[cfg(feature = "tracing")]
struct SourceChain<'a>(&'a (dyn std::error::Error + 'static));

#[cfg(feature = "tracing")]
impl std::fmt::Display for SourceChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(source) = next {
            write!(f, ": {source}")?;
            next = source.source();
        }
        Ok(())
    }
}

/// The request id to use for an incoming header value: the value itself if it passes
/// [`request_id::is_valid`], otherwise a fresh one. Several values count as invalid.
pub(crate) fn accept_or_fresh<'a>(mut values: impl Iterator<Item = &'a [u8]>) -> Cow<'a, str> {
    match (values.next(), values.next()) {
        (Some(value), None) => match std::str::from_utf8(value) {
            Ok(id) if request_id::is_valid(id) => Cow::Borrowed(id),
            _ => Cow::Owned(fresh_id()),
        },
        _ => Cow::Owned(fresh_id()),
    }
}

/// A fresh request id: a random (v4) UUID, hyphenated.
///
/// ```
/// use errcat::integrations::fresh_id;
///
/// let id = fresh_id();
/// let groups: Vec<usize> = id.split('-').map(str::len).collect();
/// assert_eq!(groups, [8, 4, 4, 4, 12]);
/// assert!(errcat::request_id::is_valid(&id));
/// assert_ne!(id, fresh_id());
/// ```
pub fn fresh_id() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_accepted_or_replaced() {
        let one = [b"abc-1".as_slice()];
        assert_eq!(accept_or_fresh(one.into_iter()), "abc-1");
        let bad = [b"a\r\nb".as_slice()];
        let fresh = accept_or_fresh(bad.into_iter());
        assert!(request_id::is_valid(&fresh) && fresh.len() == 36);
        let two = [b"a".as_slice(), b"b".as_slice()];
        assert_eq!(accept_or_fresh(two.into_iter()).len(), 36);
        assert_eq!(accept_or_fresh(std::iter::empty()).len(), 36);
    }
}

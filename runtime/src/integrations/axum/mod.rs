//! axum: derived errors as responses, request ids, and framework errors in the envelope
//! (the `axum` feature).
//!
//! Every derived error implements `IntoResponse`, so a handler returns `Result<T, E>`.
//! [`ErrorLayer`] sets the per-request context around the router:
//!
//! - the request id: an incoming `x-request-id` (or the configured header) is kept only
//!   if it passes [`is_valid`](crate::request_id::is_valid), otherwise replaced with a
//!   fresh UUID, and sent back on every response, errors or not, and in every error body;
//! - framework errors in the envelope of the mapping type `M`: wrong methods (405) and
//!   oversized bodies (413, from tower-http's `RequestBodyLimit` inside the layer),
//!   panics (500, caught around the handler); [`route_not_found`] as the fallback
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

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::{Method, StatusCode, Uri};

mod bare;
mod extract;
mod layer;
#[cfg(any(feature = "validator", feature = "garde"))]
mod valid;

pub use extract::{CurrentRequestId, Json, Path, Query, Rejection};
pub use layer::{ErrorFuture, ErrorLayer, ErrorService};
#[cfg(feature = "garde")]
pub use valid::Garde;
#[cfg(feature = "validator")]
pub use valid::Valid;

use super::FrameworkError;
use super::server::context;
use crate::error::ApiError;

/// `err` as an axum response in the current request's context: what the derived
/// `IntoResponse` calls. See [`respond`](crate::integrations::respond); the request id
/// header is [`ErrorLayer`]'s to set, on every response.
pub fn into_response<E: ApiError>(err: &E) -> Response {
    context::render(err, E::catalog())
        .into_http()
        .map(Body::from)
}

/// A delay decided at run time answers like the error, with `Retry-After`.
impl<E: ApiError> IntoResponse for crate::WithRetryAfter<E> {
    fn into_response(self) -> Response {
        into_response(&self)
    }
}

/// The response for a framework error, through the context's mapping; `None` outside a
/// request context.
fn framework_response(err: &FrameworkError<'_>) -> Option<Response> {
    context::respond_framework(err).map(|rendered| rendered.into_http().map(Body::from))
}

/// The fallback handler for unknown routes: the mapping's error for
/// [`FrameworkError::RouteNotFound`], echoing the method and the path.
///
/// Use it as `Router::fallback(route_not_found)` before adding [`ErrorLayer`]. Outside
/// the layer it answers a bare 404.
pub async fn route_not_found(method: Method, uri: Uri) -> Response {
    let in_layer = context::with_route(|method, path| {
        framework_response(&FrameworkError::RouteNotFound { method, path })
    })
    .flatten();
    in_layer
        .or_else(|| {
            framework_response(&FrameworkError::RouteNotFound {
                method: method.as_str(),
                path: uri.path(),
            })
        })
        .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
}

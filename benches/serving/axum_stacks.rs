//! The three stacks in axum.

use std::net::Ipv4Addr;

use axum::extract::{FromRequest, Request};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Router, ServiceExt};
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::axum::{ErrorLayer, route_not_found};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};

use crate::Stack;
use crate::bodies::{self, Refusal, Widget};

pub fn serve(stack: Stack) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        crate::actix::announce(listener.local_addr()?);
        let app = match stack {
            Stack::Bare => bare(),
            Stack::Hand => hand(),
            Stack::Errcat => {
                let app = ErrorLayer::<ControlPlaneError>::new().around(errcat());
                return axum::serve(listener, app).await;
            }
            Stack::Layered => errcat().layer(ErrorLayer::<ControlPlaneError>::new()),
            Stack::Floor => {
                // Its routes made ready once, as `axum::serve` does for a router.
                let app = IdOnly(bare().with_state(()));
                return axum::serve(listener, ServiceExt::<Request>::into_make_service(app)).await;
            }
        };
        axum::serve(listener, app).await
    })
}

async fn gear() -> axum::Json<Widget> {
    axum::Json(bodies::gear())
}

async fn create(axum::Json(widget): axum::Json<Widget>) -> (StatusCode, axum::Json<Widget>) {
    (StatusCode::CREATED, axum::Json(widget))
}

/// The framework alone.
fn bare() -> Router {
    Router::new()
        .route("/widgets/gear", get(gear))
        .route(
            "/woks/w1",
            get(|| async { (StatusCode::CONFLICT, axum::Json(bodies::not_active(None))) }),
        )
        .route("/widgets", post(create))
}

// ---------------------------------------------------------------------------------------
// The floor: the least a request-id layer does (an id kept or made, in the request's
// headers and on the response), around the bare router, with nothing else.

#[derive(Clone)]
struct IdOnly<S>(S);

impl<S, B> tower::Service<axum::http::Request<B>> for IdOnly<S>
where
    S: tower::Service<axum::http::Request<B>, Response = Response>,
    S::Future: Unpin,
{
    type Response = Response;
    type Error = S::Error;
    type Future = IdOnlyFuture<S::Future>;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, mut req: axum::http::Request<B>) -> Self::Future {
        let name = axum::http::HeaderName::from_static("x-request-id");
        let id = match req.headers().get(&name) {
            Some(id) => id.clone(),
            None => {
                let id = axum::http::HeaderValue::try_from(errcat::integrations::fresh_id())
                    .unwrap_or(axum::http::HeaderValue::from_static("-"));
                req.headers_mut().insert(name.clone(), id.clone());
                id
            }
        };
        IdOnlyFuture {
            inner: self.0.call(req),
            id: Some((name, id)),
        }
    }
}

struct IdOnlyFuture<F> {
    inner: F,
    id: Option<(axum::http::HeaderName, axum::http::HeaderValue)>,
}

impl<F, E> std::future::Future for IdOnlyFuture<F>
where
    F: std::future::Future<Output = Result<Response, E>> + Unpin,
{
    type Output = Result<Response, E>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let mut outcome = std::task::ready!(std::pin::Pin::new(&mut self.inner).poll(cx));
        if let (Ok(response), Some((name, id))) = (&mut outcome, self.id.take()) {
            response.headers_mut().insert(name, id);
        }
        std::task::Poll::Ready(outcome)
    }
}

// ---------------------------------------------------------------------------------------
// What a service writes today: tower-http's request ids, and errors by hand.

/// The service's error, with the request id it answers.
enum HandError {
    NotActive(String),
    RouteNotFound {
        method: Method,
        path: String,
        id: String,
    },
    BadJson {
        refusal: Refusal,
        id: String,
    },
}

impl IntoResponse for HandError {
    fn into_response(self) -> Response {
        match self {
            HandError::NotActive(id) => (
                StatusCode::CONFLICT,
                axum::Json(bodies::not_active(Some(&id))),
            )
                .into_response(),
            HandError::RouteNotFound { method, path, id } => (
                StatusCode::NOT_FOUND,
                axum::Json(bodies::route_not_found(method.as_str(), &path, &id)),
            )
                .into_response(),
            HandError::BadJson { refusal, id } => (
                StatusCode::BAD_REQUEST,
                axum::Json(bodies::bad_json(refusal, &id)),
            )
                .into_response(),
        }
    }
}

fn id_of(id: Option<&RequestId>) -> String {
    id.and_then(|id| id.header_value().to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn hand_not_active(id: axum::Extension<RequestId>) -> Result<&'static str, HandError> {
    Err(HandError::NotActive(id_of(Some(&id))))
}

async fn hand_not_found(method: Method, uri: Uri, id: axum::Extension<RequestId>) -> HandError {
    HandError::RouteNotFound {
        method,
        path: uri.path().to_owned(),
        id: id_of(Some(&id)),
    }
}

/// `axum::Json` whose rejection is the service's error.
struct HandJson<T>(T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for HandJson<T> {
    type Rejection = HandError;

    async fn from_request(req: Request, state: &S) -> Result<Self, HandError> {
        let id = id_of(req.extensions().get::<RequestId>());
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(HandJson(value)),
            Err(rejection) => {
                // axum parses through serde_path_to_error: its inner error has the position.
                let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&rejection);
                while let Some(err) = source {
                    if let Some(e) =
                        err.downcast_ref::<serde_path_to_error::Error<serde_json::Error>>()
                    {
                        let refusal = Refusal::of(e.inner());
                        return Err(HandError::BadJson { refusal, id });
                    }
                    source = err.source();
                }
                let refusal = Refusal {
                    message: rejection.body_text(),
                    line: 0,
                    column: 0,
                };
                Err(HandError::BadJson { refusal, id })
            }
        }
    }
}

async fn hand_create(HandJson(widget): HandJson<Widget>) -> (StatusCode, axum::Json<Widget>) {
    (StatusCode::CREATED, axum::Json(widget))
}

fn hand() -> Router {
    Router::new()
        .route("/widgets/gear", get(gear))
        .route("/woks/w1", get(hand_not_active))
        .route("/widgets", post(hand_create))
        .fallback(hand_not_found)
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

// ---------------------------------------------------------------------------------------
// errcat

async fn errcat_not_active() -> Result<&'static str, ControlPlaneError> {
    Err(ControlPlaneError::NotActive)
}

async fn errcat_create(
    errcat::integrations::axum::Json(widget): errcat::integrations::axum::Json<Widget>,
) -> (StatusCode, axum::Json<Widget>) {
    (StatusCode::CREATED, axum::Json(widget))
}

fn errcat() -> Router {
    Router::new()
        .route("/widgets/gear", get(gear))
        .route("/woks/w1", get(errcat_not_active))
        .route("/widgets", post(errcat_create))
        .fallback(route_not_found)
}

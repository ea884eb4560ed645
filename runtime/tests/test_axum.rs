//! axum: derived errors as responses, framework errors and panics in the envelope, the
//! request id in header and body. In-process, through `tower::ServiceExt::oneshot`.

use axum::Router;
use axum::body::Body;
use axum::routing::{get, post};
use errcat::ApiError;
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::axum::{ErrorLayer, Json, Path, Query, route_not_found};
use http::{HeaderName, Request, StatusCode};
use serde::Deserialize;
use tower::ServiceExt;
use tower_http::limit::RequestBodyLimitLayer;

const CANARY: &str = "password=hunter2 (canary 51c0e2)";

#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "APP_", id_field = "correlation_id")]
enum AppError {
    /// No widget with that name.
    #[api(status = 404, fix = "caller", message = "no widget named {name}")]
    WidgetNotFound {
        #[api(expose)]
        name: String,
    },
    #[api(status = 429, message = "slow down", retry_after = 2)]
    RateLimited {
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },
    #[api(status = 500, fix = "platform", message = "storage failed")]
    Storage(#[api(source)] std::io::Error),
}

#[derive(Debug, ApiError)]
#[api(format = "problem")]
enum Problem {
    /// The order is closed.
    #[api(status = 409)]
    OrderClosed,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Widget {
    name: String,
    size: u32,
    tags: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Search {
    limit: u32,
}

async fn widget(Path(name): Path<String>) -> Result<&'static str, AppError> {
    Err(AppError::WidgetNotFound { name })
}

/// The test routes, with a body limit, without errcat's layer.
fn routes() -> Router {
    Router::new()
        .route("/widgets/{name}", get(widget))
        .route(
            "/widgets",
            post(|Json(_w): Json<Widget>| async { "created" }),
        )
        .route(
            "/items/{n}",
            get(|Path(n): Path<u32>| async move { n.to_string() }),
        )
        .route("/search", get(|Query(_s): Query<Search>| async { "ok" }))
        .route(
            "/status",
            get(|| async { Err::<(), _>(ControlPlaneError::StatusStale) }),
        )
        .route(
            "/limited",
            get(|| async {
                Err::<(), _>(AppError::RateLimited {
                    retry_after_ms: 2000,
                })
            }),
        )
        .route(
            "/storage",
            get(|| async { Err::<(), _>(AppError::Storage(std::io::Error::other(CANARY))) }),
        )
        .route(
            "/problem",
            get(|| async { Err::<(), _>(Problem::OrderClosed) }),
        )
        .route("/ok", get(|| async { "fine" }))
        .route("/panic", get(panics))
        .fallback(route_not_found)
        .layer(RequestBodyLimitLayer::new(64))
}

#[allow(clippy::panic)]
async fn panics() -> &'static str {
    panic!("{}", CANARY)
}

struct Reply {
    status: StatusCode,
    headers: http::HeaderMap,
    body: String,
}

/// `request` answered by the test routes in `ErrorLayer`, in both forms: added with
/// `Router::layer` and around the whole router. The two answers must be the same (but
/// for a fresh id, which differs): the first is returned.
async fn send_app(request: Request<Body>) -> Reply {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let [reply, other] =
        in_both_forms(|| Request::from_parts(parts.clone(), Body::from(body.clone()))).await;
    let same_id = |reply: &Reply| {
        let id = reply.headers["x-request-id"].to_str().unwrap().to_owned();
        let mut headers = reply.headers.clone();
        headers.remove("x-request-id");
        // axum's route sets it on what passes through it; around the router, hyper sets
        // it from the body's exact size when it writes the answer.
        headers.remove("content-length");
        (reply.status, headers, reply.body.replace(&id, "<id>"))
    };
    assert_eq!(
        same_id(&reply),
        same_id(&other),
        "Router::layer against around"
    );
    reply
}

/// `request()` answered by the test routes in `ErrorLayer`, in both forms: added with
/// `Router::layer`, and around the whole router.
async fn in_both_forms(request: impl Fn() -> Request<Body>) -> [Reply; 2] {
    let layered = routes().layer(ErrorLayer::<ControlPlaneError>::new());
    let around = ErrorLayer::<ControlPlaneError>::new().around(routes());
    [
        send(layered, request()).await,
        send(around, request()).await,
    ]
}

async fn send<S>(service: S, request: Request<Body>) -> Reply
where
    S: tower::Service<
            Request<Body>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        >,
{
    let response = service.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8(body.to_vec()).unwrap(),
    }
}

fn get_req(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header("x-request-id", "req-1")
        .body(Body::empty())
        .unwrap()
}

fn json_req(body: &str) -> Request<Body> {
    Request::post("/widgets")
        .header("x-request-id", "req-1")
        .header("content-type", "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn assert_envelope(reply: &Reply, status: u16, body: &str) {
    assert_eq!(reply.status.as_u16(), status, "body: {}", reply.body);
    assert_eq!(reply.body, body);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.headers["x-request-id"], "req-1");
    assert_eq!(reply.headers.get_all("x-request-id").iter().count(), 1);
}

#[tokio::test]
async fn own_error_with_data() {
    let reply = send_app(get_req("/widgets/sprocket")).await;
    assert_envelope(
        &reply,
        404,
        r#"{"error":{"code":"APP_WIDGET_NOT_FOUND","message":"no widget named sprocket","correlation_id":"req-1","name":"sprocket"}}"#,
    );
    assert!(reply.headers.get("retry-after").is_none());
}

#[tokio::test]
async fn catalog_error_with_retry_after() {
    let reply = send_app(get_req("/status")).await;
    assert_envelope(
        &reply,
        503,
        r#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.","correlation_id":"req-1"}}"#,
    );
    assert_eq!(reply.headers["retry-after"], "5");
}

#[tokio::test]
async fn rate_limited_with_exposed_field() {
    let reply = send_app(get_req("/limited")).await;
    assert_envelope(
        &reply,
        429,
        r#"{"error":{"code":"APP_RATE_LIMITED","message":"slow down","correlation_id":"req-1","retryAfterMs":2000}}"#,
    );
    assert_eq!(reply.headers["retry-after"], "2");
}

#[tokio::test]
async fn server_error_hides_its_source() {
    let reply = send_app(get_req("/storage")).await;
    assert_envelope(
        &reply,
        500,
        r#"{"error":{"code":"APP_STORAGE","message":"storage failed","correlation_id":"req-1"}}"#,
    );
    assert!(!reply.body.contains("hunter2"));
    assert!(!format!("{:?}", reply.headers).contains("hunter2"));
}

#[tokio::test]
async fn problem_shape_carries_the_path_as_instance() {
    let reply = send_app(get_req("/problem")).await;
    assert_eq!(reply.status, 409);
    assert_eq!(reply.headers["content-type"], "application/problem+json");
    assert_eq!(reply.headers["x-request-id"], "req-1");
    assert_eq!(
        reply.body,
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"The order is closed.","instance":"/problem","code":"ORDER_CLOSED","request_id":"req-1"}"#
    );
}

#[tokio::test]
async fn unknown_route() {
    let request = Request::patch("/v1/wokz?x=1")
        .header("x-request-id", "req-1")
        .body(Body::empty())
        .unwrap();
    let reply = send_app(request).await;
    assert_envelope(
        &reply,
        404,
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at PATCH /v1/wokz","hint":"No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.","correlation_id":"req-1"}}"#,
    );
}

#[tokio::test]
async fn wrong_method() {
    let request = Request::delete("/status")
        .header("x-request-id", "req-1")
        .body(Body::empty())
        .unwrap();
    let reply = send_app(request).await;
    assert_envelope(
        &reply,
        405,
        r#"{"error":{"code":"CP_METHOD_NOT_ALLOWED","message":"method not allowed on this path","hint":"The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz only accepts GET. Check the route's allowed methods in API reference.","correlation_id":"req-1"}}"#,
    );
    assert_eq!(reply.headers["allow"], "GET,HEAD");
}

const BAD_JSON_HINT: &str =
    "Request body isn't valid JSON, or required fields are missing. The message names the field.";

fn bad_json(field: &str, violations: &str) -> String {
    format!(
        r#"{{"error":{{"code":"CP_BAD_JSON","message":"invalid JSON body: field {field} is missing or malformed","hint":"{BAD_JSON_HINT}","violations":[{violations}],"correlation_id":"req-1"}}}}"#
    )
}

/// Bodies that are not a widget, the field the envelope names, and its violation (axum
/// itself answers the first four 422, the others 400).
const BAD_BODIES: [(&str, &str, &str); 6] = [
    (
        r#"{"name":1,"size":2}"#,
        "name",
        r#"{"field":"name","code":"invalid_type","message":"expected string, received number","params":{"expected":"string","received":"number"}}"#,
    ),
    (
        r#"{"size":2}"#,
        "name",
        r#"{"field":"name","code":"invalid_type","message":"is required","params":{"expected":"unknown","received":"undefined"}}"#,
    ),
    (
        r#"{"name":"a","size":-1}"#,
        "size",
        r#"{"field":"size","code":"invalid_value","message":"expected u32","params":{"expected":"u32"}}"#,
    ),
    (
        r#"{"name":"a","size":1,"tags":[1]}"#,
        "tags[0]",
        r#"{"field":"tags[0]","code":"invalid_type","message":"expected string, received number","params":{"expected":"string","received":"number"}}"#,
    ),
    (
        r#"{"name":"a","#,
        "body",
        r#"{"field":"","code":"invalid_json","message":"EOF while parsing a value","params":{"column":12,"line":1}}"#,
    ),
    (
        "not json",
        "body",
        r#"{"field":"","code":"invalid_json","message":"expected ident","params":{"column":2,"line":1}}"#,
    ),
];

#[tokio::test]
async fn bad_json_names_the_field() {
    for (body, field, violations) in BAD_BODIES {
        let reply = send_app(json_req(body)).await;
        assert_envelope(&reply, 400, &bad_json(field, violations));
    }
}

#[tokio::test]
async fn missing_json_content_type() {
    let request = Request::post("/widgets")
        .header("x-request-id", "req-1")
        .body(Body::from("{}"))
        .unwrap();
    let reply = send_app(request).await;
    assert_envelope(&reply, 400, &bad_json("content-type", ""));
}

const LIMIT_NOT_A_NUMBER: &str =
    r#"{"field":"limit","code":"invalid_value","message":"invalid digit found in string"}"#;

const LIMIT_MISSING: &str = r#"{"field":"limit","code":"invalid_type","message":"is required","params":{"expected":"unknown","received":"undefined"}}"#;

#[tokio::test]
async fn bad_query_names_the_parameter() {
    let reply = send_app(get_req("/search?limit=abc")).await;
    assert_envelope(&reply, 400, &bad_json("limit", LIMIT_NOT_A_NUMBER));
    let reply = send_app(get_req("/search")).await;
    assert_envelope(&reply, 400, &bad_json("limit", LIMIT_MISSING));
}

#[tokio::test]
async fn bad_path_parameter_is_no_route() {
    let reply = send_app(get_req("/items/abc")).await;
    assert_eq!(reply.status, 404);
    assert!(reply.body.starts_with(
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /items/abc","#
    ));
}

/// The same routes with axum's own extractors instead of errcat's: their plain-text
/// rejections, recognized by `ErrorLayer`, come out as the same envelopes.
fn axum_extractors_app() -> Router {
    Router::new()
        .route(
            "/widgets",
            post(|axum::Json(_w): axum::Json<Widget>| async { "created" }),
        )
        .route(
            "/items/{n}",
            get(|axum::extract::Path(n): axum::extract::Path<u32>| async move { n.to_string() }),
        )
        .route(
            "/search",
            get(|axum::extract::Query(_s): axum::extract::Query<Search>| async { "ok" }),
        )
        .route(
            "/own",
            get(|| async { (StatusCode::BAD_REQUEST, "name must not be empty") }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new())
}

#[tokio::test]
async fn axum_extractor_rejections_are_envelopes_too() {
    for (body, field, violations) in BAD_BODIES {
        let reply = send(axum_extractors_app(), json_req(body)).await;
        assert_envelope(&reply, 400, &bad_json(field, violations));
    }
    let request = Request::post("/widgets")
        .header("x-request-id", "req-1")
        .body(Body::from("{}"))
        .unwrap();
    let reply = send(axum_extractors_app(), request).await;
    assert_envelope(&reply, 400, &bad_json("content-type", ""));

    for (uri, violation) in [
        ("/search?limit=abc", LIMIT_NOT_A_NUMBER),
        ("/search", LIMIT_MISSING),
    ] {
        let reply = send(axum_extractors_app(), get_req(uri)).await;
        assert_envelope(&reply, 400, &bad_json("limit", violation));
    }

    let reply = send(axum_extractors_app(), get_req("/items/abc")).await;
    assert_eq!(reply.status, 404);
    assert!(reply.body.starts_with(
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /items/abc","#
    ));

    // A handler's own plain-text 400 is its business: it passes through untouched.
    let reply = send(axum_extractors_app(), get_req("/own")).await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.body, "name must not be empty");
    assert_eq!(reply.headers["x-request-id"], "req-1");
}

const TOO_LARGE: &str = r#"{"error":{"code":"CP_BULK_TOO_LARGE","message":"batch exceeds the per-call cap","hint":"Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests.","correlation_id":"req-1"}}"#;

#[tokio::test]
async fn oversized_body_with_content_length() {
    let body = format!(r#"{{"name":"{}","size":1}}"#, "x".repeat(100));
    let request = Request::post("/widgets")
        .header("x-request-id", "req-1")
        .header("content-type", "application/json")
        .header("content-length", body.len())
        .body(Body::from(body))
        .unwrap();
    let reply = send_app(request).await;
    assert_envelope(&reply, 413, TOO_LARGE);
}

/// Without `Content-Length`, the limit is hit while the `Json` extractor reads the body.
#[tokio::test]
async fn oversized_body_without_content_length() {
    let body = format!(r#"{{"name":"{}","size":1}}"#, "x".repeat(100));
    let request = json_req(&body);
    assert!(request.headers().get("content-length").is_none());
    let reply = send_app(request).await;
    assert_envelope(&reply, 413, TOO_LARGE);
}

#[tokio::test]
async fn panic_is_a_500_envelope() {
    let reply = send_app(get_req("/panic")).await;
    assert_envelope(
        &reply,
        500,
        r#"{"error":{"code":"CP_DB_QUERY_FAILED","message":"internal database error","hint":"The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id.","correlation_id":"req-1"}}"#,
    );
    assert!(!reply.body.contains("hunter2"));
}

#[tokio::test]
async fn success_carries_the_id_too() {
    let reply = send_app(get_req("/ok")).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "fine");
    assert_eq!(reply.headers["x-request-id"], "req-1");
}

#[tokio::test]
async fn fresh_id_in_header_and_body_match() {
    let request = Request::get("/status").body(Body::empty()).unwrap();
    let reply = send_app(request).await;
    let id = reply.headers["x-request-id"].to_str().unwrap().to_owned();
    assert_eq!(id.len(), 36);
    assert!(errcat::request_id::is_valid(&id));
    assert_eq!(
        reply.body,
        format!(
            r#"{{"error":{{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.","correlation_id":"{id}"}}}}"#
        )
    );
}

#[tokio::test]
async fn configurable_header() {
    let router = Router::new()
        .route(
            "/status",
            get(|| async { Err::<(), _>(ControlPlaneError::StatusStale) }),
        )
        .layer(
            ErrorLayer::<ControlPlaneError>::new()
                .header(HeaderName::from_static("x-correlation-id")),
        );
    let request = Request::get("/status")
        .header("x-correlation-id", "corr-9")
        .header("x-request-id", "ignored")
        .body(Body::empty())
        .unwrap();
    let reply = send(router, request).await;
    assert_eq!(reply.headers["x-correlation-id"], "corr-9");
    assert!(reply.headers.get("x-request-id").is_none());
    assert!(reply.body.ends_with(r#""correlation_id":"corr-9"}}"#));
}

#[tokio::test]
async fn without_the_layer_there_is_no_id() {
    let router = Router::new().route(
        "/status",
        get(|| async { Err::<(), _>(ControlPlaneError::StatusStale) }),
    );
    let reply = send(router, get_req("/status")).await;
    assert_eq!(reply.status, 503);
    assert!(reply.headers.get("x-request-id").is_none());
    assert_eq!(
        reply.body,
        r#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s."}}"#
    );
}

/// What an errcat extractor's rejection reports: the field and the reason, as a handler
/// taking `Result<Extractor, Rejection>` sees them.
fn rejected_input(result: Result<String, errcat::integrations::axum::Rejection>) -> String {
    match result {
        Ok(value) => format!("ok {value}"),
        Err(rejection) => match rejection.input() {
            Some(input) => format!("{:?}: {}", input.field, input.reason),
            None => format!("no input: {rejection}"),
        },
    }
}

#[derive(Debug, serde::Deserialize)]
struct ItemPath {
    #[allow(dead_code)]
    id: u32,
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Outer {
    inner: Inner,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Inner {
    x: u32,
}

#[tokio::test]
async fn nested_fields_are_named_by_their_path() {
    use errcat::integrations::axum::Rejection;
    let router = Router::new().route(
        "/widgets",
        post(|o: Result<Json<Outer>, Rejection>| async move {
            rejected_input(o.map(|Json(o)| format!("{o:?}")))
        }),
    );
    let reason = |body: &'static str| {
        let router = router.clone();
        async move { send(router, json_req(body)).await.body }
    };
    // A missing field is named under its parent's path.
    assert_eq!(
        reason(r#"{"inner":{}}"#).await,
        r#"Some("inner.x"): missing field `x`"#
    );
    // An unknown field: the path already ends in it.
    assert_eq!(
        reason(r#"{"inner":{"x":1,"y":2}}"#).await,
        r#"Some("inner.y"): unknown field `y`, expected `x`"#
    );
}

#[tokio::test]
async fn extractor_rejections_name_the_field() {
    use errcat::integrations::axum::Rejection;
    let router = Router::new()
        .route(
            "/by-key/{id}",
            get(|p: Result<Path<ItemPath>, Rejection>| async move {
                rejected_input(p.map(|Path(p)| p.id.to_string()))
            }),
        )
        .route(
            "/by-index/{a}/{b}",
            get(|p: Result<Path<(u32, u32)>, Rejection>| async move {
                rejected_input(p.map(|Path((a, b))| format!("{a} {b}")))
            }),
        )
        .route(
            "/widgets",
            post(|w: Result<Json<Widget>, Rejection>| async move {
                rejected_input(w.map(|Json(w)| format!("{w:?}")))
            }),
        );
    let text = |reply: Reply| reply.body;
    assert_eq!(
        text(send(router.clone(), get_req("/by-key/x")).await),
        r#"Some("id"): Cannot parse `id` with value `x` to a `u32`"#
    );
    assert_eq!(
        text(send(router.clone(), get_req("/by-index/1/x")).await),
        r#"Some("1"): Cannot parse value at index 1 with value `x` to a `u32`"#
    );
    assert_eq!(
        text(send(router.clone(), get_req("/by-index/1/2")).await),
        "ok 1 2"
    );
    // A field missing at the top level is named as such, not as the root path.
    assert_eq!(
        text(send(router.clone(), json_req(r#"{"size":2}"#)).await),
        r#"Some("name"): missing field `name`"#
    );
    // Not JSON: the parser's reason, at the field where the text broke off.
    assert_eq!(
        text(send(router.clone(), json_req(r#"{"name":"#)).await),
        r#"Some("name"): EOF while parsing a value"#
    );
    assert_eq!(
        text(send(router, json_req(r#"{"name":"a","size":"big"}"#)).await),
        r#"Some("size"): invalid type: string "big", expected u32"#
    );
}

#[test]
fn the_layer_shows_its_header_and_mapping() {
    let shown = format!("{:?}", ErrorLayer::<ControlPlaneError>::new());
    assert!(
        shown.starts_with("ErrorLayer")
            && shown.contains("x-request-id")
            && shown.contains("ControlPlaneError"),
        "{shown}"
    );
}

/// A service that is never ready: its readiness error must come through every layer.
#[derive(Clone, Debug)]
struct NeverReady;

impl tower::Service<Request<Body>> for NeverReady {
    type Response = axum::response::Response;
    type Error = std::io::Error;
    type Future = std::future::Ready<Result<Self::Response, Self::Error>>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Err(std::io::Error::other("not ready")))
    }

    fn call(&mut self, _: Request<Body>) -> Self::Future {
        std::future::ready(Ok(axum::response::Response::default()))
    }
}

#[tokio::test]
async fn the_layers_pass_readiness_through() {
    use tower::Layer;
    let stack = ErrorLayer::<ControlPlaneError>::new().layer(NeverReady);
    let shown = format!("{stack:?}");
    assert!(
        shown.starts_with("ErrorService { inner: NeverReady")
            && shown.contains("ControlPlaneError"),
        "{shown}"
    );
    let err = stack.ready_oneshot().await.err().unwrap();
    assert_eq!(err.to_string(), "not ready");
}

#[tokio::test]
async fn a_body_that_fails_to_arrive_is_a_bad_request_not_too_large() {
    use http_body_util::BodyExt;
    // A body whose stream breaks (not over a size limit): the connection's fault.
    let request = || {
        let broken = http_body_util::Limited::new(http_body_util::Full::new(bytes_of("{}")), 0)
            .map_err(|e| std::io::Error::other(e.to_string()));
        Request::post("/widgets")
            .header("x-request-id", "req-1")
            .header("content-type", "application/json")
            .body(Body::new(broken))
            .unwrap()
    };
    // Each form sent its own broken body (`send_app` reads the body first, which fails).
    for reply in in_both_forms(request).await {
        assert_envelope(
            &reply,
            400,
            &bad_json(
                "body",
                r#"{"field":"","code":"invalid_value","message":"failed to read the request body"}"#,
            ),
        );
    }
}

fn bytes_of(text: &'static str) -> axum::body::Bytes {
    axum::body::Bytes::from_static(text.as_bytes())
}

#[tokio::test]
async fn a_handlers_own_answers_are_left_alone() {
    // A text that reads like one of axum's rejections, but is not plain text: the
    // handler's own answer, passed through as it is.
    const LOOKALIKE: &str = "Failed to parse the request body as JSON: EOF";
    let router = Router::new()
        .route(
            "/json",
            get(|| async {
                (
                    StatusCode::BAD_REQUEST,
                    [(http::header::CONTENT_TYPE, "application/json")],
                    LOOKALIKE,
                )
            }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let reply = send(router, get_req("/json")).await;
    assert_eq!(
        (reply.status.as_u16(), reply.body.as_str()),
        (400, LOOKALIKE)
    );
}

#[tokio::test]
async fn handlers_see_the_request_id_and_successes_carry_a_fresh_one() {
    use errcat::integrations::axum::CurrentRequestId;
    let router = Router::new()
        .route(
            "/whoami",
            get(|id: Option<CurrentRequestId>| async move {
                id.map(|CurrentRequestId(id)| id).unwrap_or_default()
            }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let reply = send(router.clone(), get_req("/whoami")).await;
    assert_eq!(reply.body, "req-1");
    // No id sent: a fresh one, in the header and as the handler saw it.
    let request = Request::get("/whoami").body(Body::empty()).unwrap();
    let reply = send(router, request).await;
    let header = reply.headers["x-request-id"].to_str().unwrap();
    assert_eq!(header.len(), 36, "{header}");
    assert_eq!(reply.body, header);
}

#[tokio::test]
async fn a_rejection_displays_axums_own_text() {
    use errcat::integrations::axum::Rejection;
    let router = Router::new().route(
        "/n/{n}",
        get(|p: Result<Path<u32>, Rejection>| async move {
            match p {
                Ok(Path(n)) => n.to_string(),
                Err(rejection) => rejection.to_string(),
            }
        }),
    );
    let reply = send(router, get_req("/n/x")).await;
    assert_eq!(reply.body, "Invalid URL: Cannot parse `x` to a `u32`");
}

/// A service that answers (or panics) in its `call` itself, before any future: what a
/// hand-written tower service inside the layer can do, as a middleware that refuses a
/// request does.
#[derive(Clone)]
struct AnswersInCall(fn() -> axum::response::Response);

impl tower::Service<Request<Body>> for AnswersInCall {
    type Response = axum::response::Response;
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Self::Response, Self::Error>>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Request<Body>) -> Self::Future {
        std::future::ready(Ok((self.0)()))
    }
}

#[tokio::test]
async fn a_panic_in_the_services_call_is_a_500_envelope_too() {
    #[allow(clippy::panic)]
    fn panics() -> axum::response::Response {
        panic!("{}", CANARY)
    }
    let router = Router::new()
        .route_service("/boom", AnswersInCall(panics))
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let reply = send(router, get_req("/boom")).await;
    assert_envelope(
        &reply,
        500,
        r#"{"error":{"code":"CP_DB_QUERY_FAILED","message":"internal database error","hint":"The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id.","correlation_id":"req-1"}}"#,
    );
}

#[tokio::test]
async fn an_error_rendered_in_the_services_call_carries_the_id() {
    let router = Router::new()
        .route_service(
            "/early",
            AnswersInCall(|| {
                use axum::response::IntoResponse;
                ControlPlaneError::StatusStale.into_response()
            }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let reply = send(router, get_req("/early")).await;
    assert_eq!(reply.status, 503);
    assert!(
        reply.body.ends_with(r#""correlation_id":"req-1"}}"#),
        "{}",
        reply.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_context_follows_a_request_across_yields_and_threads_and_ends_with_it() {
    use errcat::integrations::current_request_id;
    // Each handler yields many times (the runtime may move it to the other thread
    // between polls) and checks that it still sees its own id, with other requests in
    // flight on the same threads.
    let router = Router::new()
        .route(
            "/whoami",
            get(|| async {
                let first = current_request_id();
                for _ in 0..50 {
                    tokio::task::yield_now().await;
                    assert_eq!(current_request_id(), first);
                }
                first.unwrap_or_default()
            }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let requests = (0..32).map(|i| {
        let router = router.clone();
        tokio::spawn(async move {
            let request = Request::get("/whoami")
                .header("x-request-id", format!("req-{i}"))
                .body(Body::empty())
                .unwrap();
            let reply = send(router, request).await;
            assert_eq!(reply.body, format!("req-{i}"));
            assert_eq!(current_request_id(), None);
        })
    });
    for request in requests.collect::<Vec<_>>() {
        request.await.unwrap();
    }
    // Outside any request, on this thread: none.
    assert_eq!(current_request_id(), None);
}

#[tokio::test]
async fn a_whole_router_wrapped_in_the_layer_serves_over_tcp() {
    // The layer around the router (not added to each route by `Router::layer`), served by
    // `axum::serve` as a router is; unknown routes still need the fallback.
    let app = ErrorLayer::<ControlPlaneError>::new().around(
        Router::new()
            .route(
                "/status",
                get(|| async { Err::<(), _>(ControlPlaneError::StatusStale) }),
            )
            .fallback(route_not_found),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    let client = reqwest::Client::new();
    let response = client
        .get(format!("http://{address}/status"))
        .header("x-request-id", "req-1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["x-request-id"], "req-1");
    assert_eq!(
        response.text().await.unwrap(),
        r#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.","correlation_id":"req-1"}}"#
    );
    let response = client
        .get(format!("http://{address}/no/such/route"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(id.len(), 36);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#""code":"CP_ROUTE_NOT_FOUND""#), "{body}");
    assert!(
        body.ends_with(&format!(r#""correlation_id":"{id}"}}}}"#)),
        "{body}"
    );
    server.abort();
}

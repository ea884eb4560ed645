//! actix-web: derived errors as `ResponseError`s, framework errors and panics in the
//! envelope, the request id in header and body. In-process, through `test::init_service`.

use actix_web::{App, HttpResponse, test, web};
use errcat::ApiError;
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::actix::{self as errcat_actix, Errors};
use serde::Deserialize;

#[derive(Debug, ApiError)]
#[api(display, format = "flat")]
enum AppError {
    #[api(status = 429, message = "slow down", retry_after = 3)]
    RateLimited {
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },
    #[api(status = 500, message = "storage failed")]
    Storage(#[api(source)] std::io::Error),
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Widget {
    name: String,
    size: u32,
}

#[allow(clippy::panic)]
async fn panics() -> HttpResponse {
    panic!("password=hunter2")
}

async fn call(request: test::TestRequest) -> (u16, Vec<(String, String)>, String) {
    let app = test::init_service(
        App::new()
            .wrap(Errors::<ControlPlaneError>::new())
            .app_data(errcat_actix::json_config().limit(64))
            .app_data(errcat_actix::query_config())
            .service(web::resource("/limited").route(web::get().to(|| async {
                Err::<HttpResponse, _>(AppError::RateLimited {
                    retry_after_ms: 3000,
                })
            })))
            .route(
                "/storage",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(AppError::Storage(std::io::Error::other(
                        "password=hunter2",
                    )))
                }),
            )
            .route(
                "/widgets",
                web::post().to(|_w: web::Json<Widget>| async { HttpResponse::Created().finish() }),
            )
            .route("/panic", web::get().to(panics))
            .route(
                "/stale",
                web::get().to(|| async { Err::<HttpResponse, _>(ControlPlaneError::StatusStale) }),
            )
            .default_service(web::to(errcat_actix::route_not_found)),
    )
    .await;
    // A panic becomes an error whose response errcat rendered: actix-web's dispatcher
    // sends `error_response()`, as done here.
    let response = match test::try_call_service(&app, request.to_request()).await {
        Ok(response) => response.into_parts().1,
        Err(err) => err.error_response(),
    };
    let status = response.status().as_u16();
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_owned()))
        .collect();
    headers.sort();
    let bytes = actix_web::body::to_bytes(response.into_body())
        .await
        .unwrap();
    let body = String::from_utf8(bytes.to_vec()).unwrap();
    (status, headers, body)
}

fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    v.sort();
    v
}

fn with_id(uri: &str) -> test::TestRequest {
    test::TestRequest::get()
        .uri(uri)
        .insert_header(("x-request-id", "req-1"))
}

#[actix_web::test]
async fn own_error_with_retry_after() {
    let (status, headers, body) = call(with_id("/limited")).await;
    assert_eq!(status, 429);
    assert_eq!(
        body,
        r#"{"error":"slow down","code":"RATE_LIMITED","retryAfterMs":3000,"request_id":"req-1"}"#
    );
    assert_eq!(
        headers,
        h(&[
            ("content-type", "application/json"),
            ("retry-after", "3"),
            ("x-request-id", "req-1")
        ])
    );
}

#[actix_web::test]
async fn catalog_error_returned_directly() {
    let (status, headers, body) = call(with_id("/stale")).await;
    assert_eq!(status, 503);
    assert_eq!(
        body,
        r#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.","correlation_id":"req-1"}}"#
    );
    assert_eq!(
        headers,
        h(&[
            ("content-type", "application/json"),
            ("retry-after", "5"),
            ("x-request-id", "req-1")
        ])
    );
}

#[actix_web::test]
async fn server_error_hides_its_source() {
    let (status, _, body) = call(with_id("/storage")).await;
    assert_eq!(status, 500);
    assert_eq!(
        body,
        r#"{"error":"storage failed","code":"STORAGE","request_id":"req-1"}"#
    );
}

const CP_HINT_404: &str = "No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.";

#[actix_web::test]
async fn unknown_route() {
    let (status, headers, body) = call(with_id("/v1/wokz?x=1")).await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        format!(
            r#"{{"error":{{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /v1/wokz","hint":"{CP_HINT_404}","correlation_id":"req-1"}}}}"#
        )
    );
    assert_eq!(
        headers,
        h(&[
            ("content-type", "application/json"),
            ("x-request-id", "req-1")
        ])
    );
}

#[actix_web::test]
async fn wrong_method() {
    let (status, _, body) = call(
        test::TestRequest::delete()
            .uri("/limited")
            .insert_header(("x-request-id", "req-1")),
    )
    .await;
    assert_eq!(status, 405);
    assert_eq!(
        body,
        r#"{"error":{"code":"CP_METHOD_NOT_ALLOWED","message":"method not allowed on this path","hint":"The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz only accepts GET. Check the route's allowed methods in API reference.","correlation_id":"req-1"}}"#
    );
}

fn json(body: &str) -> test::TestRequest {
    test::TestRequest::post()
        .uri("/widgets")
        .insert_header(("x-request-id", "req-1"))
        .insert_header(("content-type", "application/json"))
        .set_payload(body.to_owned())
}

fn bad_json(field: &str, violations: &str) -> String {
    format!(
        r#"{{"error":{{"code":"CP_BAD_JSON","message":"invalid JSON body: field {field} is missing or malformed","hint":"Request body isn't valid JSON, or required fields are missing. The message names the field.","violations":[{violations}],"correlation_id":"req-1"}}}}"#
    )
}

#[actix_web::test]
async fn bad_json_names_the_field() {
    // The same violations as axum's (test_axum.rs).
    for (body, field, violations) in [
        (
            r#"{"size":2}"#,
            "name",
            r#"{"field":"name","code":"invalid_type","message":"is required","params":{"expected":"unknown","received":"undefined"}}"#,
        ),
        (
            r#"{"name":"a","#,
            "body",
            r#"{"field":"","code":"invalid_json","message":"EOF while parsing a value","params":{"column":12,"line":1}}"#,
        ),
        (
            "nope",
            "body",
            r#"{"field":"","code":"invalid_json","message":"expected ident","params":{"column":2,"line":1}}"#,
        ),
    ] {
        let (status, _, reply) = call(json(body)).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(reply, bad_json(field, violations));
    }
}

#[actix_web::test]
async fn oversized_body() {
    let body = format!(r#"{{"name":"{}","size":1}}"#, "x".repeat(100));
    let (status, _, reply) = call(json(&body)).await;
    assert_eq!(status, 413);
    assert_eq!(
        reply,
        r#"{"error":{"code":"CP_BULK_TOO_LARGE","message":"batch exceeds the per-call cap","hint":"Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests.","correlation_id":"req-1"}}"#
    );
}

#[actix_web::test]
async fn panic_is_a_500_envelope() {
    let (status, headers, body) = call(with_id("/panic")).await;
    assert_eq!(status, 500);
    assert_eq!(
        body,
        r#"{"error":{"code":"CP_DB_QUERY_FAILED","message":"internal database error","hint":"The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id.","correlation_id":"req-1"}}"#
    );
    assert!(headers.contains(&("x-request-id".into(), "req-1".into())));
}

#[actix_web::test]
async fn hostile_id_is_replaced_in_header_and_body() {
    let (status, headers, body) = call(
        test::TestRequest::get()
            .uri("/storage")
            .insert_header(("x-request-id", "a\"b")),
    )
    .await;
    assert_eq!(status, 500);
    let id = &headers.iter().find(|(k, _)| k == "x-request-id").unwrap().1;
    assert_eq!(id.len(), 36);
    assert_eq!(
        body,
        format!(r#"{{"error":"storage failed","code":"STORAGE","request_id":"{id}"}}"#)
    );
}

#[actix_web::test]
async fn the_request_id_header_can_be_renamed() {
    async fn stale(
        errors: Errors<ControlPlaneError>,
        request: test::TestRequest,
    ) -> (String, String) {
        let app = test::init_service(App::new().wrap(errors).route(
            "/stale",
            web::get().to(|| async { Err::<HttpResponse, _>(ControlPlaneError::StatusStale) }),
        ))
        .await;
        let response = test::call_service(&app, request.uri("/stale").to_request()).await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| format!("{name}={}", v.to_str().unwrap()))
        };
        let ids = header("x-trace")
            .or_else(|| header("x-request-id"))
            .unwrap();
        let body = test::read_body(response).await;
        (ids, String::from_utf8(body.to_vec()).unwrap())
    }
    // Read from and echoed in `x-trace`.
    let renamed = Errors::new().header("x-trace");
    let (ids, body) = stale(
        renamed,
        test::TestRequest::get().insert_header(("x-trace", "t-9")),
    )
    .await;
    assert_eq!(ids, "x-trace=t-9");
    assert!(body.contains(r#""correlation_id":"t-9""#), "{body}");
    // Not a valid lowercase header name: the default stays.
    let invalid = Errors::new().header("X Trace");
    let (ids, body) = stale(
        invalid,
        test::TestRequest::get().insert_header(("x-request-id", "r-2")),
    )
    .await;
    assert_eq!(ids, "x-request-id=r-2");
    assert!(body.contains(r#""r-2""#), "{body}");
}

/// A mapping that shows what errcat passes for bad input: the field and the reason.
#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum Shown {
    #[api(status = 400, message = "{what}: {field:?}: {reason}")]
    Bad {
        what: &'static str,
        field: Option<String>,
        reason: String,
    },
    #[api(status = 413, message = "too large")]
    TooLarge,
    #[api(status = 500, message = "other")]
    Other,
}

impl errcat::integrations::FromFrameworkError for Shown {
    fn from_framework_error(err: &errcat::integrations::FrameworkError<'_>) -> Self {
        use errcat::integrations::FrameworkError as F;
        let bad = |what, input: errcat::integrations::BadInput<'_>| Shown::Bad {
            what,
            field: input.field.map(str::to_owned),
            reason: input.reason.to_owned(),
        };
        match *err {
            F::BadPath { input, .. } => bad("path", input),
            F::BadJson(input) => bad("json", input),
            F::BadQuery(input) => bad("query", input),
            F::PayloadTooLarge => Shown::TooLarge,
            _ => Shown::Other,
        }
    }
}

#[actix_web::test]
async fn path_errors_and_the_frameworks_own_413_are_envelopes() {
    let app = test::init_service(
        App::new()
            .wrap(Errors::<Shown>::new())
            .app_data(errcat_actix::path_config())
            .app_data(errcat_actix::query_config())
            .app_data(web::PayloadConfig::new(16))
            .route(
                "/search",
                web::get().to(|q: web::Query<Search>| async move { q.limit.to_string() }),
            )
            .route(
                "/items/{n}",
                web::get().to(|n: web::Path<u32>| async move { n.to_string() }),
            )
            .route(
                "/raw",
                web::post().to(|body: web::Bytes| async move { body.len().to_string() }),
            ),
    )
    .await;
    let response = test::call_service(&app, with_id("/items/abc").to_request()).await;
    assert_eq!(response.status().as_u16(), 400);
    let body = test::read_body(response).await;
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"error":"path: None: can not parse \"abc\" to a u32","code":"BAD","request_id":"req-1"}"#
    );
    let response = test::call_service(&app, with_id("/search?limit=many").to_request()).await;
    assert_eq!(response.status().as_u16(), 400);
    let body = test::read_body(response).await;
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"error":"query: None: invalid digit found in string","code":"BAD","request_id":"req-1"}"#
    );
    // actix-web's own 413 (a payload over `PayloadConfig`'s limit), not one errcat rendered.
    let request = test::TestRequest::post()
        .uri("/raw")
        .insert_header(("x-request-id", "req-1"))
        .set_payload("x".repeat(100));
    let response = test::call_service(&app, request.to_request()).await;
    assert_eq!(response.status().as_u16(), 413);
    let body = test::read_body(response).await;
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"error":"too large","code":"TOO_LARGE","request_id":"req-1"}"#
    );
}

#[derive(Debug, Deserialize)]
struct Search {
    limit: u32,
}

#[actix_web::test]
async fn the_middleware_service_shows_its_header() {
    use actix_web::dev::Transform;
    let service = Errors::<ControlPlaneError>::new()
        .header("x-trace")
        .new_transform(test::ok_service())
        .await
        .unwrap();
    assert_eq!(
        format!("{service:?}"),
        r#"ErrorsService { header: "x-trace" }"#
    );
    let shown = format!("{:?}", Errors::<ControlPlaneError>::new());
    assert!(
        shown.starts_with(r#"Errors { header: "x-request-id", mapping: "#)
            && shown.contains("ControlPlaneError"),
        "{shown}"
    );
}

#[actix_web::test]
async fn a_json_body_of_another_type_is_unsupported() {
    let request = test::TestRequest::post()
        .uri("/widgets")
        .insert_header(("x-request-id", "req-1"))
        .insert_header(("content-type", "text/plain"))
        .set_payload(r#"{"name":"a","size":1}"#);
    let (status, _, body) = call(request).await;
    // The control plane has no 415 code: its mapping answers a bad body naming the
    // content type.
    assert_eq!(status, 400);
    assert_eq!(body, bad_json("content-type", ""));
}

#[actix_web::test]
async fn the_response_error_status_is_the_codes() {
    use actix_web::ResponseError;
    let err = AppError::RateLimited { retry_after_ms: 1 };
    assert_eq!(ResponseError::status_code(&err).as_u16(), 429);
    assert_eq!(
        errcat_actix::status_code(&ControlPlaneError::StatusStale).as_u16(),
        ControlPlaneError::StatusStale.status().as_u16()
    );
}

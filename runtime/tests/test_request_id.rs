//! Request ids: a valid incoming id is echoed in header and body; a hostile one is
//! replaced by a fresh UUID, never reflected. axum and actix-web, in-process.

use actix_web::{App, HttpResponse, test, web};
use axum::Router;
use axum::body::Body;
use axum::routing::get;
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::axum::ErrorLayer;
use http::{HeaderValue, Request};
use tower::ServiceExt;

/// Header values the `http` crate accepts but `request_id::is_valid` refuses. (CR and LF
/// cannot reach a handler: `http` and the HTTP/1 parser refuse them in a header value.)
fn hostile() -> Vec<Vec<u8>> {
    vec![
        b"".to_vec(),
        b"a\"b".to_vec(),
        b"a b".to_vec(),
        b"<script>".to_vec(),
        b"a\tb".to_vec(),
        "ünïcødé".as_bytes().to_vec(),
        vec![b'a'; 129],
        vec![b'a'; 64 * 1024],
    ]
}

fn body_with(id: &str) -> String {
    format!(
        r#"{{"error":{{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet","hint":"The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.","correlation_id":"{id}"}}}}"#
    )
}

async fn axum_call(ids: &[&[u8]]) -> (Vec<String>, String) {
    let router = Router::new()
        .route(
            "/status",
            get(|| async { Err::<(), _>(ControlPlaneError::StatusStale) }),
        )
        .layer(ErrorLayer::<ControlPlaneError>::new());
    let mut request = Request::get("/status").body(Body::empty()).unwrap();
    for id in ids {
        request
            .headers_mut()
            .append("x-request-id", HeaderValue::from_bytes(id).unwrap());
    }
    let response = router.oneshot(request).await.unwrap();
    let headers = response
        .headers()
        .get_all("x-request-id")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (headers, String::from_utf8(body.to_vec()).unwrap())
}

fn assert_fresh(headers: &[String], body: &str, sent: &[u8]) {
    assert_eq!(headers.len(), 1);
    let id = &headers[0];
    assert_eq!(id.len(), 36, "{id}");
    assert!(errcat::request_id::is_valid(id));
    assert_ne!(id.as_bytes(), sent);
    assert_eq!(body, body_with(id));
}

#[tokio::test]
async fn axum_echoes_valid_ids() {
    let long = "a".repeat(128);
    for id in [
        "req-1",
        "1aee612b1250f276",
        "req:2026-11-22.a_b",
        long.as_str(),
    ] {
        let (headers, body) = axum_call(&[id.as_bytes()]).await;
        assert_eq!(headers, [id]);
        assert_eq!(body, body_with(id));
    }
}

#[tokio::test]
async fn axum_replaces_hostile_ids() {
    for id in hostile() {
        let (headers, body) = axum_call(&[&id]).await;
        assert_fresh(&headers, &body, &id);
    }
}

#[tokio::test]
async fn axum_replaces_repeated_ids() {
    let (headers, body) = axum_call(&[b"one", b"two"]).await;
    assert_fresh(&headers, &body, b"one");
}

#[tokio::test]
async fn axum_handlers_see_the_validated_id_only() {
    async fn seen(headers: http::HeaderMap) -> String {
        let ids: Vec<&str> = headers
            .get_all("x-request-id")
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect();
        ids.join(",")
    }
    for sent in [&[][..], &[&b"req-1"[..]], &[b"one", b"two"], &[b"a b"]] {
        let router = Router::new()
            .route("/seen", get(seen))
            .layer(ErrorLayer::<ControlPlaneError>::new());
        let mut request = Request::get("/seen").body(Body::empty()).unwrap();
        for id in sent {
            request
                .headers_mut()
                .append("x-request-id", HeaderValue::from_bytes(id).unwrap());
        }
        let response = router.oneshot(request).await.unwrap();
        let answered = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        // One id, the one the response carries: the sent one if it was valid.
        assert_eq!(String::from_utf8(body.to_vec()).unwrap(), answered);
        if sent == [&b"req-1"[..]] {
            assert_eq!(answered, "req-1");
        } else {
            assert_eq!(answered.len(), 36, "{answered}");
        }
    }
}

#[tokio::test]
async fn axum_fresh_ids_differ() {
    let (first, _) = axum_call(&[]).await;
    let (second, _) = axum_call(&[]).await;
    assert_ne!(first, second);
}

#[derive(Debug, errcat::ApiError)]
#[api(display, format = "nested", id_field = "correlation_id")]
enum Stale {
    #[api(
        code = "CP_STATUS_STALE",
        status = 503,
        retry_after = 5,
        message = "wok status not refreshed yet",
        hint = "The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s."
    )]
    StatusStale,
}

async fn actix_call(ids: &[&[u8]]) -> (Vec<String>, String, Option<String>) {
    let app = test::init_service(
        App::new()
            .wrap(errcat::integrations::actix::Errors::<ControlPlaneError>::new())
            .route(
                "/status",
                web::get().to(|req: actix_web::HttpRequest| async move {
                    // Handlers see the validated id only.
                    let seen = req
                        .headers()
                        .get("x-request-id")
                        .map(|v| v.to_str().unwrap().to_owned());
                    assert!(seen.as_deref().is_some_and(errcat::request_id::is_valid));
                    Err::<HttpResponse, _>(Stale::StatusStale)
                }),
            ),
    )
    .await;
    let mut request = test::TestRequest::get().uri("/status");
    for id in ids {
        request = request.append_header((
            "x-request-id",
            actix_web::http::header::HeaderValue::from_bytes(id).unwrap(),
        ));
    }
    let response = test::call_service(&app, request.to_request()).await;
    let headers = response
        .headers()
        .get_all("x-request-id")
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let retry = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = String::from_utf8(test::read_body(response).await.to_vec()).unwrap();
    (headers, body, retry)
}

#[actix_web::test]
async fn actix_echoes_valid_ids() {
    let (headers, body, retry) = actix_call(&[b"req-1"]).await;
    assert_eq!(headers, ["req-1"]);
    assert_eq!(body, body_with("req-1"));
    assert_eq!(retry.as_deref(), Some("5"));
}

#[actix_web::test]
async fn actix_replaces_hostile_ids() {
    for id in hostile() {
        let (headers, body, _) = actix_call(&[&id]).await;
        assert_fresh(&headers, &body, &id);
    }
    let (headers, body, _) = actix_call(&[b"one", b"two"]).await;
    assert_fresh(&headers, &body, b"one");
}

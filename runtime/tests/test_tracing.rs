//! 5xx hygiene through the `tracing` feature: a server error's source chain and a panic's
//! message go to the log with the request id, and nowhere near the body.

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::routing::get;
use errcat::ApiError;
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::axum::ErrorLayer;
use http::Request;
use tower::ServiceExt;

const CANARY: &str = "password=hunter2 (canary 9d41)";

#[derive(Debug, thiserror::Error)]
#[error("query failed")]
struct QueryFailed(#[source] std::io::Error);

#[derive(Debug, ApiError)]
#[api(format = "nested", id_field = "correlation_id")]
enum AppError {
    #[api(status = 500, fix = "platform", message = "storage failed")]
    Storage(#[api(source)] QueryFailed),
    #[api(status = 404, message = "no such thing")]
    Missing(#[api(source)] std::io::Error),
}

/// A `MakeWriter` collecting every log line into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[allow(clippy::panic)]
async fn panics() -> &'static str {
    panic!("{}", CANARY)
}

fn app() -> Router {
    Router::new()
        .route(
            "/storage",
            get(|| async {
                Err::<(), _>(AppError::Storage(QueryFailed(std::io::Error::other(
                    CANARY,
                ))))
            }),
        )
        .route(
            "/missing",
            get(|| async { Err::<(), _>(AppError::Missing(std::io::Error::other(CANARY))) }),
        )
        .route("/panic", get(panics))
        .layer(ErrorLayer::<ControlPlaneError>::new())
}

/// Sends `uri` with request id `id`; returns the body and what was logged meanwhile.
async fn call(uri: &str, id: &str) -> (u16, String, String) {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    // The test runtime is single-threaded: the whole request runs under this default.
    let _guard = tracing::subscriber::set_default(subscriber);
    let request = Request::get(uri)
        .header("x-request-id", id)
        .body(Body::empty())
        .unwrap();
    let response = app().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    (status, String::from_utf8(bytes.to_vec()).unwrap(), log)
}

#[tokio::test]
async fn server_error_source_chain_is_logged_with_the_request_id() {
    let (status, body, log) = call("/storage", "req-42").await;
    assert_eq!(status, 500);
    assert_eq!(
        body,
        r#"{"error":{"code":"STORAGE","message":"storage failed","correlation_id":"req-42"}}"#
    );
    let line = log
        .lines()
        .find(|l| l.contains("server error"))
        .expect("a server error line");
    assert!(line.contains("request_id=\"req-42\""), "{line}");
    assert!(line.contains("code=\"STORAGE\""), "{line}");
    assert!(line.contains("status=500"), "{line}");
    // The whole chain: the error, then its source.
    assert!(line.contains(&format!("query failed: {CANARY}")), "{line}");
}

#[tokio::test]
async fn client_errors_are_not_logged_as_server_errors() {
    let (status, body, log) = call("/missing", "req-43").await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        r#"{"error":{"code":"MISSING","message":"no such thing","correlation_id":"req-43"}}"#
    );
    assert!(!log.contains("server error"), "{log}");
    assert!(!log.contains("canary"), "{log}");
}

#[tokio::test]
async fn panic_message_is_logged_not_sent() {
    let (status, body, log) = call("/panic", "req-44").await;
    assert_eq!(status, 500);
    assert!(!body.contains("canary"), "{body}");
    assert!(body.contains(r#""correlation_id":"req-44""#), "{body}");
    let line = log
        .lines()
        .find(|l| l.contains("handler panicked"))
        .expect("a panic line");
    assert!(line.contains("request_id=\"req-44\""), "{line}");
    assert!(line.contains(CANARY), "{line}");
}

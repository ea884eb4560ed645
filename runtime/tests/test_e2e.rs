//! End to end: the example service on 127.0.0.1:0, a reqwest client decoding its errors
//! into typed codes (known and unknown), the retry helper against scripted servers, and
//! hostile servers against the capped body reader.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::client::ClientError;
use errcat::integrations::reqwest as api;
use errcat::retry::{Decision, Jitter, RetryPolicy};
use errcat::{ApiError, Code, DecodeError, Decoded, Decoder, Violations};
use errcat_examples::service::{ServiceError, ServiceErrorCode};
use http::StatusCode;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Serves `router` on 127.0.0.1 at a free port; returns its base URL.
async fn serve(router: axum::Router) -> String {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{address}")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// An older client build that knows only one of the service's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
#[api(format = "nested", prefix = "SVC_", id_field = "correlation_id")]
enum OlderServiceError {
    /// No widget with that name.
    #[api(status = 404)]
    WidgetNotFound,
}

// ---------------------------------------------------------------------------------------
// The example service

#[tokio::test]
async fn known_codes_from_the_example_service() {
    let base = serve(errcat_examples::service::router()).await;
    let response = client()
        .get(format!("{base}/widgets/sprocket"))
        .header("x-request-id", "e2e-known-1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "e2e-known-1");
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();

    let expected = ServiceError::WidgetNotFound {
        name: "sprocket".into(),
    };
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::NOT_FOUND,
            code: Code::Known(ServiceErrorCode::WidgetNotFound),
            message: expected.message().into_owned(),
            hint: expected.hint().map(|h| h.into_owned()),
            id: Some("e2e-known-1".into()),
            retry_after: None,
            details: json!({"name": "sprocket"}).as_object().unwrap().clone(),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
    assert_eq!(expected.kind(), ServiceErrorCode::WidgetNotFound);
    assert_eq!(
        RetryPolicy::PROMPT_API.decide(1, &decoded),
        Decision::GiveUp
    );
}

#[tokio::test]
async fn unknown_codes_are_kept_verbatim() {
    let base = serve(errcat_examples::service::router()).await;
    let response = get(&base, "/limited").await;
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let decoded = api::decode::<OlderServiceError>(response).await.unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: Code::Unknown("SVC_RATE_LIMITED".into()),
            message: "slow down".into(),
            hint: None,
            id: Some(id),
            retry_after: Some(Duration::from_secs(2)),
            details: json!({"retryAfterMs": 2000}).as_object().unwrap().clone(),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
    // Unknown to the catalog, but the server's Retry-After still drives the policy.
    assert_eq!(decoded.guidance(), None);
    assert_eq!(
        RetryPolicy::PROMPT_API.decide(1, &decoded),
        Decision::RetryAfter(Duration::from_secs(2))
    );

    // The same body, read by the build that knows the code.
    let response = get(&base, "/limited").await;
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();
    assert_eq!(decoded.code, Code::Known(ServiceErrorCode::RateLimited));
    assert_eq!(decoded.guidance(), Some(Duration::from_secs(2)));
}

#[tokio::test]
async fn forwarded_catalog_codes_decode_with_the_catalog_type() {
    let base = serve(errcat_examples::service::router()).await;
    let client = client();

    let response = client.get(format!("{base}/status")).send().await.unwrap();
    let decoded = api::decode::<ControlPlaneErrorCode>(response)
        .await
        .unwrap();
    let stale = ControlPlaneError::StatusStale;
    assert_eq!(decoded.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        decoded.code,
        Code::Known(ControlPlaneErrorCode::StatusStale)
    );
    assert_eq!(decoded.message, stale.message());
    assert_eq!(decoded.hint, stale.hint().map(|h| h.into_owned()));
    assert_eq!(decoded.retry_after, Some(Duration::from_secs(5)));
    assert_eq!(decoded.guidance(), Some(Duration::from_secs(5)));
    assert!(decoded.id.is_some());
    assert_eq!(
        RetryPolicy::PROMPT_API.decide(1, &decoded),
        Decision::RetryAfter(Duration::from_secs(5))
    );

    // The service's own code type nests the forwarded catalog's codes: one type reads
    // the service's whole contract, hint and all.
    let response = client.get(format!("{base}/woks/w1")).send().await.unwrap();
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();
    assert_eq!(
        decoded.code,
        Code::Known(ServiceErrorCode::ControlPlane(
            ControlPlaneErrorCode::ProjectNotFound
        ))
    );
    assert_eq!(decoded.code.as_str(), "CP_PROJECT_NOT_FOUND");
    assert_eq!(
        decoded.hint.as_deref(),
        ControlPlaneError::ProjectNotFound.hint().as_deref()
    );
    let forwarded = ServiceError::ControlPlane(ControlPlaneError::ProjectNotFound);
    assert_eq!(
        forwarded.kind(),
        ServiceErrorCode::ControlPlane(ControlPlaneErrorCode::ProjectNotFound)
    );

    let response = client
        .delete(format!("{base}/no/such/route"))
        .send()
        .await
        .unwrap();
    let decoded = api::decode::<ControlPlaneErrorCode>(response)
        .await
        .unwrap();
    assert_eq!(decoded.status, StatusCode::NOT_FOUND);
    assert_eq!(
        decoded.code,
        Code::Known(ControlPlaneErrorCode::RouteNotFound)
    );
    assert_eq!(decoded.message, "no route at DELETE /no/such/route");
}

#[tokio::test]
async fn server_errors_decode_without_their_source() {
    let base = serve(errcat_examples::service::router()).await;
    let response = get(&base, "/storage").await;
    let err = api::error_for_status::<ServiceErrorCode>(response)
        .await
        .unwrap_err();
    let ClientError::Api(decoded) = &err else {
        panic!("expected an envelope, got {err:?}");
    };
    assert_eq!(decoded.code, Code::Known(ServiceErrorCode::StorageFailed));
    assert_eq!(decoded.message, "storage failed");
    assert!(
        !format!("{decoded:?}").contains(errcat_examples::service::STORAGE_CANARY),
        "{decoded:?}"
    );
    // 5xx: retried with backoff (equal jitter on a 1 s base: [0.5 s, 1 s]).
    match RetryPolicy::PROMPT_API.decide(1, &err) {
        Decision::RetryAfter(wait) => {
            assert!(wait >= Duration::from_millis(500) && wait <= Duration::from_secs(1));
        }
        Decision::GiveUp => panic!("5xx is retried"),
    }
}

#[tokio::test]
async fn refused_input_decodes_to_the_same_violations() {
    let base = serve(errcat_examples::service::router()).await;
    let post = |path: &str, body: &'static str| {
        client()
            .post(format!("{base}{path}"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    // validator: every field the rules refuse, named as the client sent it.
    let response = post(
        "/accounts",
        r#"{"displayName":"x","email":"nope","password":"hunter2"}"#,
    )
    .await
    .unwrap();
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();
    assert_eq!(
        decoded.code,
        Code::Known(ServiceErrorCode::ControlPlane(
            ControlPlaneErrorCode::InvalidBody
        ))
    );
    assert_eq!(
        decoded.message,
        "request body is semantically invalid: displayName: must be at least 3 characters long (and 2 more)"
    );
    let shown: Vec<String> = decoded
        .violations()
        .iter()
        .map(|v| format!("{} {}", v.path(), v.code()))
        .collect();
    assert_eq!(
        shown,
        [
            "displayName too_small",
            "email invalid_string",
            "password too_small"
        ]
    );
    assert!(!format!("{decoded:?}").contains("hunter2"));
    // garde: the same form.
    let response = post(
        "/orders",
        r#"{"lineItems":[{"widgetName":"","unitCount":100}]}"#,
    )
    .await
    .unwrap();
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();
    let shown: Vec<String> = decoded
        .violations()
        .iter()
        .map(|v| format!("{} {}", v.path(), v.code()))
        .collect();
    assert_eq!(
        shown,
        [
            "lineItems[0].unitCount too_big",
            "lineItems[0].widgetName too_small"
        ]
    );
    // serde: CP_BAD_JSON with its one violation.
    let response = post("/orders", r#"{"lineItems":[{"widgetName":"gear"}]}"#)
        .await
        .unwrap();
    let decoded = api::decode::<ServiceErrorCode>(response).await.unwrap();
    assert_eq!(decoded.code.as_str(), "CP_BAD_JSON");
    assert_eq!(
        decoded
            .violations()
            .first()
            .map(ToString::to_string)
            .as_deref(),
        Some("lineItems[0].unitCount: is required")
    );
}

#[tokio::test]
async fn successes_pass_through() {
    let base = serve(errcat_examples::service::router()).await;
    let response = get(&base, "/widgets/gear").await;
    let response = api::error_for_status::<ServiceErrorCode>(response)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.text().await.unwrap(),
        r#"{"name":"gear","size":3}"#
    );

    let response = get(&base, "/widgets/gear").await;
    assert_eq!(
        api::decode::<ServiceErrorCode>(response).await,
        Err(DecodeError::NotAnError(StatusCode::OK))
    );
}

// ---------------------------------------------------------------------------------------
// The example service's OpenAPI document

/// One request of the service: method, path, JSON body, and the status it answers.
struct Call {
    method: &'static str,
    path: &'static str,
    body: Option<String>,
    status: u16,
}

fn call(method: &'static str, path: &'static str, status: u16) -> Call {
    Call {
        method,
        path,
        body: None,
        status,
    }
}

/// Every answer of the example service's table, errors and successes: each operation with
/// the path template that documents it.
fn every_answer() -> Vec<(&'static str, Call)> {
    let post = |body: String, status| Call {
        body: Some(body),
        ..call("post", "/widgets", status)
    };
    let to = |path: &'static str, body: &str, status| Call {
        body: Some(body.to_owned()),
        ..call("post", path, status)
    };
    vec![
        ("/widgets/{name}", call("get", "/widgets/gear", 200)),
        ("/widgets/{name}", call("get", "/widgets/sprocket", 404)),
        ("/widgets/{name}", call("get", "/widgets/%FF", 404)),
        ("/widgets/{name}", call("delete", "/widgets/gear", 405)),
        ("/widgets", post(r#"{"name":"cog","size":1}"#.into(), 201)),
        ("/widgets", post(r#"{"name":1}"#.into(), 400)),
        ("/widgets", post("{".into(), 400)),
        (
            "/widgets",
            post(
                format!(r#"{{"name":"{}","size":1}}"#, "x".repeat(2000)),
                413,
            ),
        ),
        ("/widgets", call("put", "/widgets", 405)),
        (
            "/accounts",
            to(
                "/accounts",
                r#"{"displayName":"ann","email":"ann@example.com","password":"long enough"}"#,
                201,
            ),
        ),
        (
            "/accounts",
            to(
                "/accounts",
                r#"{"displayName":"x","email":"nope","password":"short"}"#,
                400,
            ),
        ),
        ("/accounts", to("/accounts", r#"{"displayName":1}"#, 400)),
        (
            "/orders",
            to(
                "/orders",
                r#"{"lineItems":[{"widgetName":"gear","unitCount":2}]}"#,
                201,
            ),
        ),
        ("/orders", to("/orders", r#"{"lineItems":[]}"#, 400)),
        ("/woks/{id}", call("get", "/woks/w1", 404)),
        ("/status", call("get", "/status", 503)),
        ("/limited", call("get", "/limited", 429)),
        ("/storage", call("get", "/storage", 500)),
        ("/search", call("get", "/search?limit=1", 200)),
        ("/search", call("get", "/search?limit=-1", 400)),
        ("/search", call("get", "/search", 400)),
        ("/panic", call("get", "/panic", 500)),
    ]
}

async fn json_body(response: reqwest::Response) -> Value {
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

/// The response object `doc` documents for `status` of an operation, with `$ref`s to
/// response components followed.
fn documented<'a>(doc: &'a Value, template: &str, method: &str, status: u16) -> &'a Value {
    let operation = &doc["paths"][template][method];
    let method = if operation.is_null() {
        // A wrong method: documented on every operation of the path.
        let item = doc["paths"][template].as_object().unwrap();
        let (_, operation) = item.iter().find(|(k, _)| *k != "parameters").unwrap();
        operation
    } else {
        operation
    };
    let response = &method["responses"][status.to_string()];
    assert!(
        response.is_object(),
        "{template} does not document {status}"
    );
    response
}

#[tokio::test]
async fn every_answer_of_the_example_service_is_in_its_document() {
    let base = serve(errcat_examples::service::router()).await;
    let doc = json_body(get(&base, "/openapi.json").await).await;
    assert_eq!(
        doc,
        serde_json::to_value(errcat_examples::service::openapi()).unwrap()
    );
    assert_eq!(doc["openapi"], "3.1.0");
    let mut paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/accounts",
            "/limited",
            "/orders",
            "/panic",
            "/search",
            "/status",
            "/storage",
            "/widgets",
            "/widgets/{name}",
            "/woks/{id}"
        ]
    );
    let id = jsonschema::draft202012::new(&json!({
        "type": "string", "pattern": "^[A-Za-z0-9._:-]{1,128}$"
    }))
    .unwrap();

    for (template, call) in every_answer() {
        let what = format!("{} {}", call.method, call.path);
        let method = reqwest::Method::from_bytes(call.method.to_uppercase().as_bytes()).unwrap();
        let mut request = client().request(method, format!("{base}{}", call.path));
        if let Some(body) = call.body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), call.status, "{what}");
        let documented = documented(&doc, template, call.method, call.status);

        let headers = response.headers().clone();
        for (name, header) in documented["headers"].as_object().into_iter().flatten() {
            let value = headers.get(name.as_str()).map(|v| v.to_str().unwrap());
            if header["required"] == true || name == "x-request-id" {
                let value = value.unwrap_or_else(|| panic!("{what}: no {name}"));
                let schema = jsonschema::draft202012::new(&header["schema"]).unwrap();
                assert!(schema.is_valid(&json!(value)), "{what}: {name}: {value}");
            }
        }
        let content_type = headers["content-type"].to_str().unwrap().to_owned();
        let content = &documented["content"][content_type.as_str()];
        assert!(content.is_object(), "{what}: {content_type} not documented");
        let body = json_body(response).await;
        // `#/components/...` references resolve against the schema's root.
        let mut schema = content["schema"].clone();
        schema["components"] = doc["components"].clone();
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{what}: {body}: {errors:?}");
        if call.status >= 400 {
            assert!(
                id.is_valid(&body["error"]["correlation_id"]),
                "{what}: {body}"
            );
            let code = body["error"]["code"].as_str().unwrap();
            let example = &content["examples"][code]["value"]["error"]["code"];
            assert_eq!(example, code, "{what}: no example of {code}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Retrying against scripted servers

/// A server whose `/` answers from `script` in turn (the last entry repeats), counting
/// calls.
async fn scripted(
    script: Vec<(u16, Option<&'static str>, &'static str)>,
) -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let script = Arc::new(script);
    let router = axum::Router::new().route(
        "/",
        axum::routing::get(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let script = script.clone();
            async move {
                let (status, retry_after, body) = script.get(n).or(script.last()).copied().unwrap();
                let mut response = http::Response::builder()
                    .status(status)
                    .header("content-type", "application/json");
                if let Some(value) = retry_after {
                    response = response.header("retry-after", value);
                }
                response.body(axum::body::Body::from(body)).unwrap()
            }
        }),
    );
    (serve(router).await, calls)
}

const STALE: &str =
    r#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet"}}"#;
const LIMITED: &str = r#"{"error":{"code":"CP_RATE_LIMITED","message":"slow down"}}"#;
const MISSING: &str = r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no such wok"}}"#;

/// Runs `GET /` under `policy` with a fake sleep; returns the outcome and the waits.
async fn run(
    policy: &RetryPolicy,
    base: &str,
) -> (
    Result<reqwest::Response, ClientError<ControlPlaneErrorCode>>,
    Vec<Duration>,
) {
    let client = client();
    let mut waits = Vec::new();
    let result = errcat::retry::retry(
        policy,
        |wait| {
            waits.push(wait);
            std::future::ready(())
        },
        || async {
            let response = client.get(format!("{base}/")).send().await?;
            api::error_for_status::<ControlPlaneErrorCode>(response).await
        },
    )
    .await;
    (result, waits)
}

#[tokio::test]
async fn retries_503_then_succeeds() {
    let (base, calls) = scripted(vec![
        (503, None, STALE),
        (503, None, STALE),
        (200, None, r#"{"ok":true}"#),
    ])
    .await;
    // The catalog says CP_STATUS_STALE: wait 5 s; the response has no Retry-After.
    let (result, waits) = run(&RetryPolicy::PROMPT_API, &base).await;
    assert_eq!(result.unwrap().status(), StatusCode::OK);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    assert_eq!(waits, [Duration::from_secs(5), Duration::from_secs(5)]);
}

#[tokio::test]
async fn retries_429_as_retry_after_says() {
    let (base, calls) = scripted(vec![
        (429, Some("1"), LIMITED),
        (429, Some("Sun, 06 Nov 1994 08:49:37 GMT"), LIMITED),
        (429, Some("3600"), LIMITED),
        (204, None, ""),
    ])
    .await;
    let (result, waits) = run(&RetryPolicy::PROMPT_API, &base).await;
    assert_eq!(result.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(calls.load(Ordering::SeqCst), 4);
    // Seconds; a past date (at once); an hour, clamped to the policy's 60 s.
    assert_eq!(
        waits,
        [
            Duration::from_secs(1),
            Duration::ZERO,
            Duration::from_secs(60)
        ]
    );
}

#[tokio::test]
async fn gives_up_after_three_retries() {
    let (base, calls) = scripted(vec![(502, None, "<html>Bad Gateway</html>")]).await;
    let policy = RetryPolicy::PROMPT_API.jitter(Jitter::None);
    let (result, waits) = run(&policy, &base).await;
    let err = result.unwrap_err();
    // A proxy's HTML page: not an envelope, but its status still drives the policy.
    assert!(
        matches!(
            err,
            ClientError::Undecodable {
                status: StatusCode::BAD_GATEWAY,
                error: DecodeError::NotJson { .. },
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 4);
    assert_eq!(
        waits,
        [1, 2, 4].map(Duration::from_secs),
        "exponential backoff"
    );
}

#[tokio::test]
async fn never_retries_other_client_errors() {
    let (base, calls) = scripted(vec![(404, Some("1"), MISSING), (200, None, "{}")]).await;
    let (result, waits) = run(&RetryPolicy::PROMPT_API, &base).await;
    let err = result.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&Code::Known(ControlPlaneErrorCode::ProjectNotFound))
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert!(waits.is_empty());
}

#[tokio::test]
async fn tokio_retry_helper_sleeps_for_real() {
    let (base, calls) = scripted(vec![
        (
            500,
            None,
            r#"{"error":{"code":"CP_INTERNAL","message":"oops"}}"#,
        ),
        (200, None, "{}"),
    ])
    .await;
    let policy = RetryPolicy::PROMPT_API.base_delay(Duration::from_millis(1));
    let client = client();
    let response = api::retry(&policy, || async {
        let response = client.get(format!("{base}/")).send().await?;
        api::error_for_status::<ControlPlaneErrorCode>(response).await
    })
    .await
    .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn transport_errors_are_not_retried_by_default() {
    // A port that was free a moment ago: connection refused.
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let (result, waits) = run(&RetryPolicy::PROMPT_API, &base).await;
    assert!(
        matches!(result, Err(ClientError::Transport(_))),
        "{result:?}"
    );
    assert!(waits.is_empty());
    let patient = RetryPolicy::PROMPT_API
        .retry_transport(true)
        .jitter(Jitter::None);
    let (result, waits) = run(&patient, &base).await;
    assert!(matches!(result, Err(ClientError::Transport(_))));
    assert_eq!(waits, [1, 2, 4].map(Duration::from_secs));
}

// ---------------------------------------------------------------------------------------
// Hostile servers: raw HTTP, so the body can lie and never end

/// A raw TCP server that answers every connection with `head`, then `body` chunks
/// written `repeat` times (or until the client hangs up), then holds the connection open.
async fn raw_server(head: String, chunk: Vec<u8>, repeat: usize) -> String {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let head = head.clone();
            let chunk = chunk.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for _ in 0..repeat {
                    if socket.write_all(&chunk).await.is_err() {
                        return;
                    }
                }
                // Never finish: a client that waits for more hangs (and the test times out).
                tokio::time::sleep(Duration::from_secs(60)).await;
            });
        }
    });
    format!("http://{address}")
}

/// `GET {base}{path}` with a fresh client.
async fn get(base: &str, path: &str) -> reqwest::Response {
    client().get(format!("{base}{path}")).send().await.unwrap()
}

/// Bounds a step that must not wait for the hostile server.
async fn promptly<F: std::future::Future>(future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(5), future)
        .await
        .expect("the client waited on a hostile server")
}

#[tokio::test]
async fn declared_length_over_the_cap_is_refused_unread() {
    // Claims 10 MB, sends 10 bytes and stalls: reading would hang.
    let base = raw_server(
        "HTTP/1.1 502 Bad Gateway\r\ncontent-length: 10000000\r\n\r\n".into(),
        b"0123456789".to_vec(),
        1,
    )
    .await;
    let result = promptly(api::decode::<ControlPlaneErrorCode>(get(&base, "/").await)).await;
    assert_eq!(result, Err(DecodeError::TooLarge { limit: 64 * 1024 }));
}

#[tokio::test]
async fn endless_chunked_body_stops_at_the_cap() {
    // A chunked body of 16 KiB chunks that never ends.
    let mut chunk = format!("{:x}\r\n", 16 * 1024).into_bytes();
    chunk.extend(std::iter::repeat_n(b'[', 16 * 1024));
    chunk.extend(b"\r\n");
    let base = raw_server(
        "HTTP/1.1 500 Internal Server Error\r\ntransfer-encoding: chunked\r\n\r\n".into(),
        chunk,
        usize::MAX,
    )
    .await;
    let result = promptly(api::decode::<ControlPlaneErrorCode>(get(&base, "/").await)).await;
    assert_eq!(result, Err(DecodeError::TooLarge { limit: 64 * 1024 }));

    // A smaller cap stops sooner.
    let decoder = Decoder::new().max_body(1000);
    let result = promptly(api::decode_with::<ControlPlaneErrorCode>(
        &decoder,
        get(&base, "/").await,
    ))
    .await;
    assert_eq!(result, Err(DecodeError::TooLarge { limit: 1000 }));
}

#[tokio::test]
async fn truncated_body_is_a_read_error() {
    // Declares 100 bytes, sends 10, hangs up.
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 4096];
            let _ = socket.read(&mut request).await;
            let _ = socket
                .write_all(
                    b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 100\r\n\r\n{\"error\":",
                )
                .await;
            drop(socket);
        }
    });
    let response = get(&format!("http://{address}"), "/").await;
    let result = promptly(api::decode::<ControlPlaneErrorCode>(response)).await;
    let Err(DecodeError::Read { reason }) = result else {
        panic!("expected a read error, got {result:?}");
    };
    assert!(!reason.contains("127.0.0.1"), "{reason}");
}

#[tokio::test]
async fn hostile_bodies_over_the_network() {
    let cases: [(&str, DecodeError); 4] = [
        (
            "<html><body>ATTACKER ATTACKER</body></html>",
            DecodeError::NotJson {
                reason: "syntax error at line 1 column 1".into(),
            },
        ),
        ("", DecodeError::Empty),
        (
            r#"{"error":{"code":42,"message":"ATTACKER"}}"#,
            DecodeError::NotEnvelope {
                format: "nested",
                reason: errcat::ShapeError("a member the shape requires is not a string"),
            },
        ),
        (
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            DecodeError::TooDeep { limit: 32 },
        ),
    ];
    for (body, expected) in cases {
        let head = format!(
            "HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: {}\r\nretry-after: 3\r\nx-request-id: edge-7\r\n\r\n",
            body.len()
        );
        let base = raw_server(head, body.as_bytes().to_vec(), 1).await;
        let err = promptly(api::error_for_status::<ControlPlaneErrorCode>(
            get(&base, "/").await,
        ))
        .await
        .unwrap_err();
        let ClientError::Undecodable {
            status,
            retry_after,
            id,
            error,
        } = &err
        else {
            panic!("expected Undecodable, got {err:?}");
        };
        assert_eq!(*status, StatusCode::BAD_GATEWAY);
        assert_eq!(*retry_after, Some(Duration::from_secs(3)));
        assert_eq!(id.as_deref(), Some("edge-7"));
        assert_eq!(*error, expected);
        assert!(!err.to_string().contains("ATTACKER"), "{err}");
        assert_eq!(
            RetryPolicy::PROMPT_API.decide(1, &err),
            Decision::RetryAfter(Duration::from_secs(3))
        );
    }
}

#[tokio::test]
async fn a_body_exactly_at_the_cap_is_read() {
    // Chunked: one chunk of 1000 bytes, then the last chunk.
    let mut chunked = format!("{:x}\r\n", 1000).into_bytes();
    chunked.extend(std::iter::repeat_n(b' ', 1000));
    chunked.extend(b"\r\n0\r\n\r\n");
    let base = raw_server(
        "HTTP/1.1 500 Internal Server Error\r\ntransfer-encoding: chunked\r\n\r\n".into(),
        chunked,
        1,
    )
    .await;
    let body = promptly(api::read_body(get(&base, "/").await, 1000)).await;
    assert_eq!(body.map(|b| b.len()), Ok(1000));
    let body = promptly(api::read_body(get(&base, "/").await, 999)).await;
    assert_eq!(body, Err(DecodeError::TooLarge { limit: 999 }));
    // Declared: a length equal to the cap is read.
    let base = raw_server(
        "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 1000\r\n\r\n".into(),
        vec![b' '; 1000],
        1,
    )
    .await;
    let body = promptly(api::read_body(get(&base, "/").await, 1000)).await;
    assert_eq!(body.map(|b| b.len()), Ok(1000));
}

#[tokio::test]
async fn a_response_answers_for_retries() {
    use errcat::retry::Retryable;
    let base = raw_server(
        "HTTP/1.1 503 Service Unavailable\r\nretry-after: 7\r\ncontent-length: 0\r\n\r\n".into(),
        Vec::new(),
        0,
    )
    .await;
    let response = get(&base, "/").await;
    assert_eq!(
        Retryable::status(&response),
        Some(http::StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(
        Retryable::retry_after(&response),
        Some(Duration::from_secs(7))
    );
    let base = raw_server(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n".into(),
        Vec::new(),
        0,
    )
    .await;
    assert_eq!(Retryable::retry_after(&get(&base, "/").await), None);
}

#[tokio::test]
async fn a_reqwest_error_has_a_status_only_from_a_response() {
    use errcat::retry::Retryable;
    let base = raw_server(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n".into(),
        Vec::new(),
        0,
    )
    .await;
    let from_status = get(&base, "/").await.error_for_status().unwrap_err();
    assert_eq!(
        Retryable::status(&from_status),
        Some(StatusCode::SERVICE_UNAVAILABLE)
    );
    // Nothing listens on a port just released: a transport error, no status.
    let port = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = client()
        .get(format!("http://127.0.0.1:{port}/"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(Retryable::status(&refused), None);
}

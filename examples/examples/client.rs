//! A client of the example service: calls each error route and prints what errcat's
//! decoder makes of the answer, and what the retry policy would do.
//!
//! ```text
//! cargo run -p errcat-examples --features web --example service &          # 127.0.0.1:3000
//! cargo run -p errcat-examples --features web --example client [ADDRESS]   # default 127.0.0.1:3000
//! ```
//!
//! `ADDRESS` is `HOST:PORT` or a URL (`http://127.0.0.1:3000`).
//!
//! The service answers with two catalogs: its own `ServiceError` (`SVC_*`) and the
//! control plane's (`CP_*`), which it forwards. The service's code type nests the
//! control plane's, so one type decodes both: `SVC_WIDGET_NOT_FOUND` is
//! `WidgetNotFound`, `CP_STATUS_STALE` is `ControlPlane(StatusStale)`.

use std::cell::Cell;
use std::error::Error;
use std::time::Duration;

use errcat::client::ClientError;
use errcat::integrations::reqwest as api;
use errcat::retry::{Decision, RetryPolicy};
use errcat::{Code, DecodeError, Decoded, ErrorCode};
use errcat_examples::service::ServiceErrorCode;
use reqwest::Method;

/// One call to the service.
struct Call {
    method: Method,
    path: &'static str,
    json: Option<String>,
    request_id: Option<&'static str>,
}

impl Call {
    fn get(path: &'static str) -> Self {
        Call {
            method: Method::GET,
            path,
            json: None,
            request_id: None,
        }
    }

    fn post(path: &'static str, json: String) -> Self {
        Call {
            method: Method::POST,
            path,
            json: Some(json),
            request_id: None,
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let base = errcat_examples::base_url(&address)?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()?;
    let policy = RetryPolicy::PROMPT_API;

    let calls = [
        Call::get("/widgets/sprocket"),
        Call {
            request_id: Some("client-demo-1"),
            ..Call::get("/woks/wok_7")
        },
        Call::get("/status"),
        Call::get("/limited"),
        Call::get("/storage"),
        Call::post("/widgets", r#"{"name":"gear","size":"big"}"#.to_owned()),
        Call::post(
            "/widgets",
            format!(r#"{{"name":"{}","size":1}}"#, "x".repeat(2000)),
        ),
        Call::get("/search?limit=lots"),
        Call::post(
            "/accounts",
            r#"{"displayName":"x","email":"not an email","password":"hunter2"}"#.to_owned(),
        ),
        Call::post(
            "/orders",
            r#"{"lineItems":[{"widgetName":"gear","unitCount":0}]}"#.to_owned(),
        ),
        Call::get("/panic"),
        Call {
            method: Method::DELETE,
            ..Call::get("/status")
        },
        Call::get("/no/such/route"),
    ];

    for call in &calls {
        let mut request = client.request(call.method.clone(), format!("{base}{}", call.path));
        if let Some(json) = &call.json {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(json.clone());
        }
        if let Some(id) = call.request_id {
            request = request.header("x-request-id", id);
        }
        let response = request.send().await?;
        println!("{} {} -> {}", call.method, call.path, response.status());
        match api::decode::<ServiceErrorCode>(response).await {
            Ok(decoded) => print_decoded(&decoded, &policy),
            Err(DecodeError::NotAnError(_)) => println!("  (not an error)"),
            Err(error) => println!("  undecodable: {error}"),
        }
        println!();
    }

    retry_demo(&client, &base).await
}

/// Prints every part of a decoded error and the policy's decision after a first attempt.
fn print_decoded(decoded: &Decoded<ServiceErrorCode>, policy: &RetryPolicy) {
    match &decoded.code {
        Code::Known(code) => println!("  code     {} (known: {code:?})", code.as_code()),
        Code::Unknown(code) => println!("  code     {code} (unknown to this build)"),
    }
    println!("  message  {}", decoded.message);
    if let Some(hint) = &decoded.hint {
        println!("  hint     {hint}");
    }
    if let Some(id) = &decoded.id {
        println!("  id       {id}");
    }
    for violation in decoded.violations() {
        println!(
            "  invalid  {} [{}] {}",
            violation.path(),
            violation.code(),
            violation.message()
        );
    }
    if !decoded.details.is_empty() {
        println!(
            "  details  {}",
            serde_json::Value::Object(decoded.details.clone())
        );
    }
    if let Some(wait) = decoded.retry_after {
        println!("  header   Retry-After: {}s", wait.as_secs());
    }
    match policy.decide(1, decoded) {
        Decision::RetryAfter(wait) => println!("  retry    after {wait:?}"),
        Decision::GiveUp => println!("  retry    never (not retryable)"),
    }
}

/// Runs the retry helper against `GET /limited` (always 429), with the server's
/// `Retry-After` clamped to 200 ms so the demo is quick: three retries, then the error.
async fn retry_demo(client: &reqwest::Client, base: &str) -> Result<(), Box<dyn Error>> {
    let policy = RetryPolicy::PROMPT_API.max_retry_after(Duration::from_millis(200));
    let attempts = Cell::new(0u32);
    let url = format!("{base}/limited");
    let result = api::retry(&policy, || async {
        attempts.set(attempts.get() + 1);
        let response = client.get(&url).send().await?;
        api::error_for_status::<ServiceErrorCode>(response).await
    })
    .await;
    println!("retry GET /limited under {policy:?}");
    match result {
        Ok(response) => println!("  succeeded: {}", response.status()),
        Err(ClientError::Api(decoded)) => {
            println!("  gave up after {} attempts: {decoded}", attempts.get());
        }
        Err(other) => println!("  failed after {} attempts: {other}", attempts.get()),
    }
    Ok(())
}

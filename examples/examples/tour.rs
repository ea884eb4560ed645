//! A tour of errcat: one derived enum, the responses it produces in its published shape,
//! what a client decodes from them, and the docs generated from the same declaration.
//!
//! ```text
//! cargo run -p errcat-examples --example tour
//! ```

use errcat::{ApiError, Code, Envelope};

/// Errors of the control plane.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
pub enum CpError {
    /// No active project with that wok_id in this org.
    #[api(
        status = 404,
        fix(caller, state),
        category = "Not found / wrong state",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound,

    /// No route at that method and path.
    #[api(
        status = 404,
        fix = "caller",
        category = "Not found / wrong state",
        message = "no route at {method} {path}",
        hint = "check the method and path against the API reference"
    )]
    RouteNotFound { method: String, path: String },

    /// The wok status row hasn't been refreshed by the reconciler yet.
    #[api(
        code = "CP_STATUS_STALE",
        status = 503,
        fix = "state",
        retry_after = 5,
        category = "Upstream / platform",
        hint = "retry in 5s"
    )]
    StatusStale,

    /// The control plane's own database returned an error.
    #[api(
        status = 500,
        fix = "platform",
        category = "Upstream / platform",
        message = "internal error",
        hint = "file a ticket with the correlation_id"
    )]
    DbQueryFailed(#[api(source)] std::io::Error),

    /// Too many requests for this key.
    #[api(
        status = 429,
        fix = "caller",
        category = "Capacity & rate limits",
        message = "slow down",
        hint = "back off per the Retry-After header"
    )]
    RateLimited {
        #[api(expose = "retryAfterMs", retry_after = "ms")]
        retry_after_ms: u64,
    },
}

fn show(err: &CpError, id: &str) -> Result<(), Box<dyn std::error::Error>> {
    let response = Envelope::new(err).with_id(id).into_http_response();
    let status = response.status();
    println!(
        "HTTP/1.1 {} {}",
        status.as_str(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in response.headers() {
        println!("{name}: {}", value.to_str()?);
    }
    println!();
    let body = response.body();
    println!("{}", String::from_utf8_lossy(body));

    // What a client sees: a typed code, never a panic.
    let decoded = errcat::decode::<CpErrorCode>(status, body)?;
    match &decoded.code {
        Code::Known(code) => println!("  → client decodes Known({code:?})"),
        Code::Unknown(code) => println!("  → client decodes Unknown({code:?})"),
    }
    if let Some(source) = err.source_error() {
        println!("  → source kept for logs only: {source}");
    }
    println!();
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("== Responses ==\n");
    show(&CpError::ProjectNotFound, "1aee612b1250f276")?;
    show(
        &CpError::RouteNotFound {
            method: "DELETE".into(),
            path: "/v1/healthz".into(),
        },
        "req-7",
    )?;
    show(&CpError::StatusStale, "req-8")?;
    show(
        &CpError::DbQueryFailed(std::io::Error::other(
            "connection to postgres://cp@db.internal refused",
        )),
        "req-9",
    )?;
    show(
        &CpError::RateLimited {
            retry_after_ms: 1500,
        },
        "req-10",
    )?;

    println!("== A newer server's code, decoded by this build ==\n");
    let newer = br#"{"error":{"code":"CP_WOK_FROZEN","message":"the wok is frozen"}}"#;
    let decoded = errcat::decode::<CpErrorCode>(http::StatusCode::CONFLICT, newer)?;
    println!(
        "{}\n  → {:?}: {}\n",
        String::from_utf8_lossy(newer),
        decoded.code,
        decoded.message
    );

    println!("== Docs, generated from the same enum ==\n");
    print!("{}", errcat::docs::markdown(CpError::catalog()));
    Ok(())
}

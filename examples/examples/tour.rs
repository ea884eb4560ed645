//! A tour of errcat: one derived enum, the responses it produces in its published shape,
//! what a client decodes from them, and the docs generated from the same declaration.
//!
//! ```text
//! cargo run -p errcat-examples --example tour
//! ```

use errcat::{ApiError, Code, Envelope, FieldPath, Violation, Violations};

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

/// Invalid input, in each built-in shape: the same violations, each shape's convention.
mod invalid {
    use errcat::{ApiError, Violations};

    /// `nested` (the control plane): field violations under `violations`.
    #[derive(Debug, ApiError)]
    #[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
    pub enum Nested {
        /// JSON-valid but semantically wrong.
        #[api(status = 400, message = "request body is invalid: {violations}")]
        InvalidBody {
            #[api(violations)]
            violations: Violations,
        },
    }

    /// `flat` (the agent platform): Zod issues, here under `details`.
    #[derive(Debug, ApiError)]
    #[api(format = "flat", status_field = "statusCode")]
    pub enum Flat {
        /// Request body failed schema validation
        #[api(status = 400)]
        ValidationError {
            #[api(violations = "details")]
            details: Violations,
        },
    }

    /// `code` (the workflow API): Zod issues under `issues`.
    #[derive(Debug, ApiError)]
    #[api(format = "code", rename_all = "snake_case")]
    pub enum Code {
        /// invalid request body
        #[api(status = 400)]
        InvalidBody {
            #[api(violations)]
            issues: Violations,
        },
    }

    /// `problem` (RFC 9457): `errors` with JSON Pointers.
    #[derive(Debug, ApiError)]
    #[api(format = "problem")]
    pub enum Problem {
        /// The request body is invalid.
        #[api(status = 422)]
        InvalidBody {
            #[api(violations)]
            errors: Violations,
        },
    }
}

/// A body of text fields, as a service reads it (any `serde::Deserialize` type will do).
type SignUp = std::collections::BTreeMap<String, String>;

fn show_invalid_input() -> Result<(), Box<dyn std::error::Error>> {
    // serde refuses one body (a number where a string goes)...
    let sent = br#"{"displayName": 42, "password": "hunter2"}"#;
    println!(
        "POST /signup {}
",
        String::from_utf8_lossy(sent)
    );
    let mut violations = match errcat::violation::from_json::<SignUp>(sent) {
        Ok(_) => Violations::new(),
        Err(refused) => refused,
    };
    // ...and a rule of the service's refuses the password: never echoed.
    violations.push(
        Violation::new(
            FieldPath::root().key("password"),
            errcat::violation::codes::TOO_SMALL,
            "must be at least 8 characters long",
        )
        .with_param("minimum", 8)
        .with_param("inclusive", true)
        .with_param("type", "string"),
    );
    let bodies = [
        Envelope::new(&invalid::Nested::InvalidBody {
            violations: violations.clone(),
        })
        .with_id("req-11")
        .to_json_vec(),
        Envelope::new(&invalid::Flat::ValidationError {
            details: violations.clone(),
        })
        .with_id("req-11")
        .to_json_vec(),
        Envelope::new(&invalid::Code::InvalidBody {
            issues: violations.clone(),
        })
        .with_id("req-11")
        .to_json_vec(),
        Envelope::new(&invalid::Problem::InvalidBody {
            errors: violations.clone(),
        })
        .with_id("req-11")
        .to_json_vec(),
    ];
    for (shape, body) in ["nested", "flat", "code", "problem"].iter().zip(&bodies) {
        println!("{shape}:\n{}\n", String::from_utf8_lossy(body));
    }
    // A client reads the same violations back, from any shape.
    let decoded =
        errcat::decode::<invalid::ProblemCode>(http::StatusCode::UNPROCESSABLE_ENTITY, &bodies[3])?;
    for v in decoded.violations() {
        println!(
            "  → client decodes {} [{}]: {}",
            v.path(),
            v.code(),
            v.message()
        );
    }
    println!();
    Ok(())
}

/// The prebuilt control plane's route-not-found in English (its declaration) and German
/// (errcat's translations), as `Accept-Language` picks them (feature `i18n`).
#[cfg(feature = "i18n")]
fn show_translated() -> Result<(), Box<dyn std::error::Error>> {
    use errcat::catalogs::control_plane::ControlPlaneError;
    use errcat::i18n::Translations;

    let translations = Translations::prebuilt();
    let err = ControlPlaneError::RouteNotFound {
        method: "DELETE".into(),
        path: "/v1/healthz".into(),
    };
    for accept in ["en-US", "de-CH, en;q=0.5"] {
        let locale = translations.negotiate(accept);
        let texts = translations.texts(locale, &err);
        let envelope = Envelope::new(&err).with_id("req-11");
        let envelope = match &texts {
            Some(texts) => envelope.with_texts(texts),
            None => envelope,
        };
        println!("Accept-Language: {accept}  →  Content-Language: {locale}");
        println!("{}\n", String::from_utf8(envelope.to_json_vec())?);
    }
    Ok(())
}

#[cfg(not(feature = "i18n"))]
fn show_translated() -> Result<(), Box<dyn std::error::Error>> {
    println!(
        "(translations are errcat's `fluent` feature: see this error in German with\n \
         cargo run -p errcat-examples --features i18n --example tour)\n"
    );
    Ok(())
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

    println!("== Invalid input, in each shape ==\n");
    show_invalid_input()?;

    println!("== A newer server's code, decoded by this build ==\n");
    let newer = br#"{"error":{"code":"CP_WOK_FROZEN","message":"the wok is frozen"}}"#;
    let decoded = errcat::decode::<CpErrorCode>(http::StatusCode::CONFLICT, newer)?;
    println!(
        "{}\n  → {:?}: {}\n",
        String::from_utf8_lossy(newer),
        decoded.code,
        decoded.message
    );

    println!("== One error in two languages ==\n");
    show_translated()?;

    println!("== Docs, generated from the same enum ==\n");
    print!("{}", errcat::docs::markdown(CpError::catalog()));
    Ok(())
}

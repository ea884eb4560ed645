//! Retry delays decided at run time: the seeds whose rate limits promise `Retry-After`
//! (001 `RATE_LIMITED`, 002 `rate_limit_exceeded`, 003 `RATE_LIMITED`) send one, through
//! `Envelope::with_retry_after` and through a handler returning `WithRetryAfter<E>`, in
//! axum and actix-web; a client reads it back.

use std::time::Duration;

use errcat::catalogs::agent_api::{AgentApiError, AgentApiErrorCode};
use errcat::catalogs::prompt_api::PromptApiError;
use errcat::catalogs::sandbox_api::SandboxApiError;
use errcat::{ApiError, Envelope, ErrorCode, WithRetryAfter};

/// A response of a code with a run-time delay.
type Respond = Box<dyn Fn(Duration) -> http::Response<Vec<u8>>>;

/// The codes whose documents promise `Retry-After`, each answering with a delay.
fn promised() -> Vec<(&'static str, Respond)> {
    vec![
        (
            "RATE_LIMITED",
            Box::new(|d| {
                Envelope::new(&PromptApiError::RateLimited)
                    .with_retry_after(d)
                    .into_http_response()
            }),
        ),
        (
            "rate_limit_exceeded",
            Box::new(|d| {
                Envelope::new(&SandboxApiError::RateLimitExceeded)
                    .with_retry_after(d)
                    .into_http_response()
            }),
        ),
        (
            "RATE_LIMITED",
            Box::new(|d| {
                Envelope::new(&AgentApiError::RateLimited)
                    .with_retry_after(d)
                    .into_http_response()
            }),
        ),
    ]
}

#[test]
fn every_promised_code_sends_the_delay_in_whole_seconds() {
    for (code, respond) in promised() {
        // Without a delay, none: the documents give no number.
        let plain = respond(Duration::ZERO);
        assert_eq!(plain.status(), 429);
        assert_eq!(plain.headers()["retry-after"], "0", "{code}");
        for (delay, header) in [
            (Duration::from_secs(30), "30"),
            (Duration::from_millis(1001), "2"),
        ] {
            let response = respond(delay);
            assert_eq!(response.headers()["retry-after"], header, "{code}");
            let body = String::from_utf8(response.body().clone()).unwrap();
            assert!(body.contains(code), "{body}");
        }
    }
    for err in [
        Envelope::new(&PromptApiError::RateLimited).into_http_response(),
        Envelope::new(&SandboxApiError::RateLimitExceeded).into_http_response(),
        Envelope::new(&AgentApiError::RateLimited).into_http_response(),
    ] {
        assert!(err.headers().get("retry-after").is_none());
    }
}

#[test]
fn a_delay_overrides_the_codes_own_guidance_and_from_keeps_it() {
    // OUTGOING_RATE_LIMITED says 60 s; the limiter knows better.
    let err = AgentApiError::OutgoingRateLimited.with_retry_after(Duration::from_secs(7));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(
        Envelope::new(&err).into_http_response().headers()["retry-after"],
        "7"
    );
    let plain: WithRetryAfter<AgentApiError> = AgentApiError::OutgoingRateLimited.into();
    assert_eq!(plain.delay(), None);
    assert_eq!(plain.retry_after(), Some(Duration::from_secs(60)));
    // Everything else is the error's.
    assert_eq!(err.code(), "OUTGOING_RATE_LIMITED");
    assert_eq!(err.status(), 429);
    assert_eq!(err.message(), AgentApiError::OutgoingRateLimited.message());
    assert_eq!(err.entry().code(), "OUTGOING_RATE_LIMITED");
    assert_eq!(
        err.to_string(),
        AgentApiError::OutgoingRateLimited.to_string()
    );
    assert_eq!(err.error(), &AgentApiError::OutgoingRateLimited);
    assert_eq!(err.into_inner(), AgentApiError::OutgoingRateLimited);
}

/// A client of each catalog reads the delay from the header.
#[test]
fn a_client_reads_the_delay_back() {
    fn decoded<C: ErrorCode>(response: &http::Response<Vec<u8>>) -> Option<Duration> {
        errcat::Decoder::new()
            .decode_response::<C, _>(response)
            .unwrap()
            .retry_after
    }
    let d = Duration::from_secs(12);
    let prompt = Envelope::new(&PromptApiError::RateLimited)
        .with_retry_after(d)
        .into_http_response();
    assert_eq!(decoded::<PromptApiError>(&prompt), Some(d));
    let sandbox = Envelope::new(&SandboxApiError::RateLimitExceeded)
        .with_retry_after(d)
        .into_http_response();
    assert_eq!(decoded::<SandboxApiError>(&sandbox), Some(d));
    let agent = Envelope::new(&AgentApiError::RateLimited)
        .with_retry_after(d)
        .into_http_response();
    assert_eq!(decoded::<AgentApiErrorCode>(&agent), Some(d));
}

mod axum_service {
    use std::time::Duration;

    use axum::Router;
    use axum::routing::get;
    use errcat::catalogs::prompt_api::PromptApiError;
    use errcat::integrations::axum::ErrorLayer;
    use errcat::{ApiError, WithRetryAfter};
    use tower::ServiceExt;

    async fn limited() -> Result<&'static str, WithRetryAfter<PromptApiError>> {
        Err(PromptApiError::RateLimited.with_retry_after(Duration::from_secs(9)))
    }

    async fn plain() -> Result<&'static str, WithRetryAfter<PromptApiError>> {
        // `?` on a plain error: no delay of its own.
        Err(PromptApiError::NotFound)?
    }

    #[tokio::test]
    async fn a_handler_returns_the_delay() {
        let app = Router::new()
            .route("/limited", get(limited))
            .route("/plain", get(plain))
            .layer(ErrorLayer::<PromptApiError>::new());
        let request = |uri: &str| {
            http::Request::get(uri)
                .header("x-request-id", "req-1")
                .body(axum::body::Body::empty())
                .unwrap()
        };
        let response = app.clone().oneshot(request("/limited")).await.unwrap();
        assert_eq!(response.status(), 429);
        assert_eq!(response.headers()["retry-after"], "9");
        assert_eq!(response.headers()["x-request-id"], "req-1");
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        assert_eq!(
            body,
            r#"{"error":{"code":"RATE_LIMITED","message":"rate limit exceeded"}}"#
        );
        let response = app.oneshot(request("/plain")).await.unwrap();
        assert_eq!(response.status(), 404);
        assert!(response.headers().get("retry-after").is_none());
    }
}

mod actix_service {
    use std::time::Duration;

    use actix_web::{App, HttpResponse, test, web};
    use errcat::catalogs::sandbox_api::SandboxApiError;
    use errcat::integrations::actix::Errors;
    use errcat::{ApiError, WithRetryAfter};

    async fn limited() -> Result<HttpResponse, WithRetryAfter<SandboxApiError>> {
        Err(SandboxApiError::RateLimitExceeded.with_retry_after(Duration::from_secs(4)))
    }

    #[actix_web::test]
    async fn a_handler_returns_the_delay() {
        let app = test::init_service(
            App::new()
                .wrap(Errors::<SandboxApiError>::new())
                .route("/limited", web::get().to(limited)),
        )
        .await;
        let request = test::TestRequest::get()
            .uri("/limited")
            .insert_header(("x-request-id", "req-2"))
            .to_request();
        let response = test::call_service(&app, request).await;
        assert_eq!(response.status().as_u16(), 429);
        assert_eq!(response.headers().get("retry-after").unwrap(), "4");
        let body = test::read_body(response).await;
        assert_eq!(
            body,
            r#"{"error":"rate limit exceeded; respect Retry-After","code":"rate_limit_exceeded","request_id":"req-2"}"#
        );
    }
}

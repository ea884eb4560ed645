//! The `CpError` of DESIGN.md, verbatim, and the bodies it promises.

use errcat::{ApiError, Envelope, Fix};

/// Errors of another service, forwarded by `CpError::Upstream`. Its codes nest in
/// `CpErrorCode`, which is `Copy`, `Eq` and `Hash` as far as this type is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ApiError)]
#[api(format = "flat")]
pub enum OtherApiError {
    /// The model provider returned an error.
    #[api(status = 502, fix = "platform", hint = "try a different model")]
    ModelError,
}

/// Errors of the control plane.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
pub enum CpError {
    /// No active wok with that id in this org.
    #[api(
        status = 404,
        fix(caller, state),
        category = "Not found / wrong state",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound, // code CP_PROJECT_NOT_FOUND

    #[api(status = 404, fix = "caller", message = "no route at {method} {path}")]
    RouteNotFound { method: String, path: String },

    /// The wok status row hasn't been refreshed by the reconciler yet.
    #[api(code = "CP_STATUS_STALE", status = 503, fix = "state", retry_after = 5)]
    StatusStale,

    #[api(status = 500, fix = "platform", message = "internal error")]
    DbQueryFailed(#[api(source)] std::io::Error), // source is never in the body

    #[api(status = 429, message = "slow down")]
    RateLimited {
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },

    #[api(transparent)]
    Upstream(OtherApiError), // code, status, message... forwarded
}

fn body(e: &CpError) -> String {
    String::from_utf8(Envelope::new(e).with_id("1aee612b1250f276").to_json_vec()).unwrap()
}

#[test]
fn codes_and_statuses() {
    assert_eq!(CpError::ProjectNotFound.code(), "CP_PROJECT_NOT_FOUND");
    assert_eq!(
        CpError::ProjectNotFound.status(),
        http::StatusCode::NOT_FOUND
    );
    assert_eq!(CpError::ProjectNotFound.fix(), Fix::CALLER | Fix::STATE);
    assert_eq!(CpError::StatusStale.code(), "CP_STATUS_STALE");
    assert_eq!(
        CpError::StatusStale.retry_after(),
        Some(std::time::Duration::from_secs(5))
    );
    assert_eq!(
        CpError::Upstream(OtherApiError::ModelError).code(),
        "MODEL_ERROR"
    );
    assert_eq!(
        CpError::Upstream(OtherApiError::ModelError)
            .status()
            .as_u16(),
        502
    );
}

#[test]
fn bodies() {
    assert_eq!(
        body(&CpError::ProjectNotFound),
        r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"No active wok with that id in this org.","hint":"verify the wok_id and that it belongs to your org","correlation_id":"1aee612b1250f276"}}"#
    );
    assert_eq!(
        body(&CpError::RouteNotFound {
            method: "GET".into(),
            path: "/v1/wokz".into()
        }),
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /v1/wokz","correlation_id":"1aee612b1250f276"}}"#
    );
    assert_eq!(
        body(&CpError::RateLimited {
            retry_after_ms: 1500
        }),
        r#"{"error":{"code":"CP_RATE_LIMITED","message":"slow down","correlation_id":"1aee612b1250f276","retryAfterMs":1500}}"#
    );
    assert_eq!(
        body(&CpError::DbQueryFailed(std::io::Error::other(
            "password=hunter2"
        ))),
        r#"{"error":{"code":"CP_DB_QUERY_FAILED","message":"internal error","correlation_id":"1aee612b1250f276"}}"#
    );
    assert_eq!(
        body(&CpError::Upstream(OtherApiError::ModelError)),
        r#"{"error":{"code":"MODEL_ERROR","message":"The model provider returned an error.","hint":"try a different model","correlation_id":"1aee612b1250f276"}}"#
    );
    let serde_body = serde_json::to_string(
        &Envelope::new(&CpError::RateLimited {
            retry_after_ms: 1500,
        })
        .with_id("x"),
    )
    .unwrap();
    assert_eq!(
        serde_body,
        r#"{"error":{"code":"CP_RATE_LIMITED","message":"slow down","correlation_id":"x","retryAfterMs":1500}}"#
    );
    assert_eq!(
        CpError::RouteNotFound {
            method: "GET".into(),
            path: "/".into()
        }
        .kind(),
        CpErrorCode::RouteNotFound
    );
    assert_eq!(
        CpError::Upstream(OtherApiError::ModelError).kind(),
        CpErrorCode::Upstream(OtherApiError::ModelError)
    );
    assert_eq!(
        "MODEL_ERROR".parse::<CpErrorCode>().unwrap(),
        CpErrorCode::Upstream(OtherApiError::ModelError)
    );
    assert_eq!(
        "CP_STATUS_STALE".parse::<CpErrorCode>().unwrap(),
        CpErrorCode::StatusStale
    );
}

//! gRPC (feature `tonic`): statuses in Google's rich error model, decoding, and the layer
//! for tonic servers.

use std::collections::HashMap;
use std::convert::Infallible;
use std::time::Duration;

use errcat::catalogs::agent_api::{AgentApiError, AgentApiErrorCode};
use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowApiErrorCode};
use errcat::violation::codes;
use errcat::{ApiError, Code, DecodeError, FieldPath, GrpcCode, Violation, Violations};
use prost::Message as _;
use tonic_types::{StatusExt, pb};
use tower::{Layer, ServiceExt};

/// A service of one code with every kind of detail.
#[derive(Debug, ApiError)]
#[api(
    format = "problem",
    domain = "orders.example.com",
    doc_url = "https://docs.example.com/errors#{code}"
)]
enum OrderError {
    /// The order cannot change in its state.
    #[api(status = 409, grpc = "failed_precondition", hint = "cancel it first")]
    OrderLocked {
        #[api(expose)]
        order_id: String,
        #[api(expose)]
        line_count: u32,
        #[api(expose)]
        note: Option<String>,
    },
    /// Too many requests.
    #[api(status = 429)]
    SlowDown {
        #[api(retry_after = "ms")]
        wait_ms: u64,
    },
    /// The order is invalid.
    #[api(status = 422)]
    InvalidOrder {
        #[api(violations)]
        violations: Violations,
    },
    /// Storage failed.
    #[api(status = 500, message = "internal error")]
    Storage(#[api(source)] std::io::Error),
}

fn details(status: &tonic::Status) -> pb::Status {
    pb::Status::decode(status.details()).expect("details are a google.rpc.Status")
}

#[test]
fn a_status_carries_error_info_help_and_the_declared_code() {
    let err = OrderError::OrderLocked {
        order_id: "o-1".into(),
        line_count: 3,
        note: None,
    };
    let status = errcat::grpc::status_with_id(&err, Some("req-1"));
    assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    assert_eq!(status.message(), "The order cannot change in its state.");
    let rpc = details(&status);
    assert_eq!(rpc.code, 9);
    let urls: Vec<&str> = rpc.details.iter().map(|d| d.type_url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "type.googleapis.com/google.rpc.ErrorInfo",
            "type.googleapis.com/google.rpc.Help",
            "type.googleapis.com/google.rpc.RequestInfo",
        ]
    );
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.reason, "ORDER_LOCKED");
    assert_eq!(info.domain, "orders.example.com");
    assert_eq!(
        info.metadata,
        HashMap::from([
            ("orderId".to_owned(), "o-1".to_owned()),
            ("lineCount".to_owned(), "3".to_owned()),
        ])
    );
    let help = status.get_details_help().unwrap();
    assert_eq!(help.links.len(), 1);
    assert_eq!(
        help.links[0].url,
        "https://docs.example.com/errors#ORDER_LOCKED"
    );
    assert_eq!(
        help.links[0].description,
        "ORDER_LOCKED in the error catalog"
    );
    let request = status.get_details_request_info().unwrap();
    assert_eq!(request.request_id, "req-1");
    assert_eq!(request.serving_data, "");
}

#[test]
fn retry_info_comes_from_the_field_or_the_run_time_delay() {
    let status: tonic::Status = OrderError::SlowDown { wait_ms: 1500 }.into();
    assert_eq!(status.code(), tonic::Code::ResourceExhausted);
    let retry = status.get_details_retry_info().unwrap();
    assert_eq!(retry.retry_delay, Some(Duration::from_millis(1500)));
    // No request context, no id: no RequestInfo.
    assert!(status.get_details_request_info().is_none());

    // The prebuilt rate limits whose documents promise a delay.
    let err = WorkflowApiError::RateLimited {
        retry_after_ms: 1500,
    }
    .with_retry_after(Duration::from_secs(30));
    let status = errcat::grpc::status(&err);
    assert_eq!(
        status.get_details_retry_info().unwrap().retry_delay,
        Some(Duration::from_secs(30))
    );
    let decoded = errcat::grpc::decode::<WorkflowApiErrorCode>(&status).unwrap();
    assert_eq!(decoded.retry_after, Some(Duration::from_secs(30)));
    let policy = errcat::retry::RetryPolicy::default().jitter(errcat::retry::Jitter::None);
    assert_eq!(
        policy.decide(1, &decoded),
        errcat::retry::Decision::RetryAfter(Duration::from_secs(30))
    );
    assert_eq!(
        policy.decide(1, &status),
        errcat::retry::Decision::RetryAfter(Duration::from_secs(30))
    );
}

#[test]
fn violations_travel_as_bad_request() {
    let violations: Violations = [
        Violation::new(
            FieldPath::root().key("items").index(0).key("sku"),
            codes::TOO_SMALL,
            "at least 3 characters",
        )
        .with_param("minimum", 3),
        Violation::new(
            FieldPath::root().key("email"),
            codes::INVALID_STRING,
            "not an email",
        ),
    ]
    .into_iter()
    .collect();
    let status = errcat::grpc::status(&OrderError::InvalidOrder { violations });
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    let bad = status.get_details_bad_request().unwrap();
    let fields: Vec<(&str, &str, &str)> = bad
        .field_violations
        .iter()
        .map(|v| (v.field.as_str(), v.reason.as_str(), v.description.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("email", "INVALID_STRING", "not an email"),
            ("items[0].sku", "TOO_SMALL", "at least 3 characters"),
        ]
    );
    let decoded = errcat::grpc::decode::<OrderErrorCode>(&status).unwrap();
    let back: Vec<String> = decoded
        .violations()
        .iter()
        .map(|v| format!("{} {} {}", v.path(), v.code(), v.message()))
        .collect();
    assert_eq!(
        back,
        [
            "email invalid_string not an email",
            "items[0].sku too_small at least 3 characters",
        ]
    );
}

#[test]
fn server_errors_never_carry_the_source() {
    let source = std::io::Error::other("disk /var/secret/db full");
    let status: tonic::Status = OrderError::Storage(source).into();
    assert_eq!(status.code(), tonic::Code::Internal);
    assert_eq!(status.message(), "internal error");
    let bytes = status.details();
    assert!(!String::from_utf8_lossy(bytes).contains("secret"));
}

#[test]
fn snake_case_codes_travel_as_valid_reasons_and_come_back_exact() {
    let status = errcat::grpc::status(&WorkflowApiError::WorkflowNotFound);
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.reason, "WORKFLOW_NOT_FOUND");
    assert_eq!(info.metadata["errcatCode"], "workflow_not_found");
    assert_eq!(info.domain, "workflow-api");
    let decoded = errcat::grpc::decode::<WorkflowApiErrorCode>(&status).unwrap();
    assert_eq!(
        decoded.code,
        Code::Known(WorkflowApiErrorCode::WorkflowNotFound)
    );
    // The metadata carries the code; the other members stay.
    assert!(!decoded.details.contains_key("errcatCode"));
    assert_eq!(decoded.details["domain"], "workflow-api");
}

#[test]
fn a_plain_status_decodes_as_unknown_with_its_grpc_code() {
    for (status, name, http) in [
        (tonic::Status::unavailable("down"), "UNAVAILABLE", 503),
        (tonic::Status::not_found("gone"), "NOT_FOUND", 404),
        (
            tonic::Status::failed_precondition("no"),
            "FAILED_PRECONDITION",
            400,
        ),
        (
            tonic::Status::new(tonic::Code::DataLoss, "lost"),
            "DATA_LOSS",
            500,
        ),
    ] {
        let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status).unwrap();
        assert_eq!(decoded.code, Code::Unknown(name.to_owned()));
        assert_eq!(decoded.status, http);
        assert_eq!(decoded.message, status.message());
        assert_eq!(decoded.id, None);
        assert!(decoded.violations().is_empty());
    }
    assert_eq!(
        errcat::grpc::decode::<ControlPlaneErrorCode>(&tonic::Status::ok("fine")).unwrap_err(),
        DecodeError::NotAnError(http::StatusCode::OK)
    );
}

#[test]
fn a_code_another_build_does_not_know_decodes_as_unknown() {
    let status = errcat::grpc::status(&ControlPlaneError::ProjectNotFound);
    let decoded = errcat::grpc::decode::<AgentApiErrorCode>(&status).unwrap();
    assert_eq!(decoded.code, Code::Unknown("CP_PROJECT_NOT_FOUND".into()));
    assert_eq!(decoded.status, 404);
    assert_eq!(decoded.grpc, Some(GrpcCode::NotFound));
}

fn with_details(code: tonic::Code, details: impl Into<bytes::Bytes>) -> tonic::Status {
    tonic::Status::with_details(code, "m", details.into())
}

#[test]
fn hostile_details_are_typed_errors() {
    let decode = |status: &tonic::Status| errcat::grpc::decode::<AgentApiErrorCode>(status);
    // Not a google.rpc.Status at all.
    let err = decode(&with_details(
        tonic::Code::Internal,
        &b"\xff\xff\xff\xff"[..],
    ))
    .unwrap_err();
    assert!(matches!(err, DecodeError::Details { .. }), "{err:?}");
    // Megabytes.
    let big = vec![0u8; 4 * 1024 * 1024];
    assert_eq!(
        decode(&with_details(tonic::Code::Internal, big)).unwrap_err(),
        DecodeError::TooLarge {
            limit: errcat::grpc::MAX_DETAILS
        }
    );
    // Details that disagree with the status.
    let rpc = pb::Status {
        code: 5,
        message: "m".into(),
        details: vec![],
    };
    let err = decode(&with_details(tonic::Code::Internal, rpc.encode_to_vec())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "gRPC status details are not valid: the details' code (5) is not the status's (13)"
    );
    // A known detail whose bytes are not that message.
    let rpc = pb::Status {
        code: 13,
        message: "m".into(),
        details: vec![prost_types::Any {
            type_url: "type.googleapis.com/google.rpc.ErrorInfo".into(),
            value: vec![0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f],
        }],
    };
    let err = decode(&with_details(tonic::Code::Internal, rpc.encode_to_vec())).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("gRPC status details are not valid: ErrorInfo does not decode")
    );
    // Unknown detail types are ignored; a hostile request id is not taken.
    let rpc = pb::Status {
        code: 13,
        message: "m".into(),
        details: vec![
            prost_types::Any {
                type_url: "type.example.com/Whatever".into(),
                value: vec![1, 2, 3],
            },
            prost_types::Any {
                type_url: "type.googleapis.com/google.rpc.RequestInfo".into(),
                value: pb::RequestInfo {
                    request_id: "a\r\nb".into(),
                    serving_data: String::new(),
                }
                .encode_to_vec(),
            },
        ],
    };
    let decoded = decode(&with_details(tonic::Code::Internal, rpc.encode_to_vec())).unwrap();
    assert_eq!(decoded.code, Code::Unknown("INTERNAL".into()));
    assert_eq!(decoded.id, None);
    // Random bytes never panic.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for len in 0..512 {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        let _ = decode(&with_details(tonic::Code::Unknown, bytes));
    }
}

#[test]
fn every_prebuilt_code_has_a_grpc_code_and_a_domain() {
    for catalog in errcat::catalogs::all() {
        assert!(!catalog.domain().is_empty());
        for entry in catalog.entries() {
            let grpc = entry.grpc_code();
            assert_ne!(grpc, GrpcCode::Ok, "{}", entry.code());
            assert_eq!(entry.domain(), catalog.domain());
        }
    }
    assert_eq!(ControlPlaneError::catalog().domain(), "control-plane");
}

// ---- The layer -------------------------------------------------------------------

type Request = http::Request<tonic::body::Body>;

fn grpc_request(path: &str, id: Option<&str>) -> Request {
    let mut request = http::Request::post(path)
        .header("content-type", "application/grpc")
        .body(tonic::body::Body::empty())
        .unwrap();
    if let Some(id) = id {
        request
            .headers_mut()
            .insert("x-request-id", id.parse().unwrap());
    }
    request
}

fn status_of(response: &http::Response<tonic::body::Body>) -> tonic::Status {
    tonic::Status::from_header_map(response.headers()).expect("a trailers-only status")
}

#[tokio::test]
async fn the_layer_sends_the_request_id_in_metadata_and_request_info() {
    let handler = tower::service_fn(|request: Request| async move {
        // The handler sees the id errcat uses.
        assert!(request.headers().contains_key("x-request-id"));
        Ok::<_, Infallible>(
            errcat::grpc::status(&ControlPlaneError::ProjectNotFound)
                .into_http::<tonic::body::Body>(),
        )
    });
    let service = errcat::grpc::ErrorLayer::<ControlPlaneError>::new().layer(handler);

    let response = service
        .clone()
        .oneshot(grpc_request("/x.Projects/Get", Some("req-42")))
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "req-42");
    let status = status_of(&response);
    assert_eq!(status.code(), tonic::Code::NotFound);
    let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status).unwrap();
    assert_eq!(decoded.id.as_deref(), Some("req-42"));

    // A hostile id is replaced by a fresh one, sent both ways.
    let response = service
        .oneshot(grpc_request("/x.Projects/Get", Some("a b")))
        .await
        .unwrap();
    let fresh = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(fresh.len(), 36);
    let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status_of(&response)).unwrap();
    assert_eq!(decoded.id.as_deref(), Some(fresh.as_str()));
}

#[tokio::test]
async fn a_panicking_handler_answers_internal_in_the_catalog() {
    let handler = tower::service_fn(|_: Request| async move {
        if true {
            panic!("secret panic text");
        }
        Ok::<_, Infallible>(http::Response::new(tonic::body::Body::empty()))
    });
    let service = errcat::grpc::ErrorLayer::<AgentApiError>::new().layer(handler);
    let response = service
        .oneshot(grpc_request("/x.Agents/Run", Some("req-7")))
        .await
        .unwrap();
    let status = status_of(&response);
    assert_eq!(status.code(), tonic::Code::Internal);
    assert!(!status.message().contains("secret"));
    let decoded = errcat::grpc::decode::<AgentApiErrorCode>(&status).unwrap();
    // The agent platform's document has no 500: its panics are MODEL_ERROR (502), sent
    // as INTERNAL.
    assert_eq!(decoded.code, Code::Known(AgentApiErrorCode::ModelError));
    assert_eq!(decoded.id.as_deref(), Some("req-7"));
    assert_eq!(response.headers()["x-request-id"], "req-7");
}

#[tokio::test]
async fn an_unknown_method_answers_unimplemented_with_the_catalogs_code() {
    let routes = tonic::service::Routes::default()
        .prepare()
        .into_axum_router();
    let service = errcat::grpc::ErrorLayer::<ControlPlaneError>::new().layer(routes);
    let request = grpc_request("/x.Nope/Missing", Some("req-9")).map(axum::body::Body::new);
    let response = service.oneshot(request).await.unwrap();
    let status = status_of(&response);
    assert_eq!(status.code(), tonic::Code::Unimplemented);
    let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status).unwrap();
    assert_eq!(
        decoded.code,
        Code::Known(ControlPlaneErrorCode::RouteNotFound)
    );
    assert_eq!(decoded.message, "no route at POST /x.Nope/Missing");
    assert_eq!(decoded.id.as_deref(), Some("req-9"));
}

#[test]
fn the_rate_limits_whose_documents_promise_a_delay_send_retry_info() {
    use errcat::catalogs::prompt_api::PromptApiError;
    use errcat::catalogs::sandbox_api::SandboxApiError;

    let delay = Duration::from_secs(17);
    let statuses = [
        errcat::grpc::status(&PromptApiError::RateLimited.with_retry_after(delay)),
        errcat::grpc::status(&SandboxApiError::RateLimitExceeded.with_retry_after(delay)),
        errcat::grpc::status(&AgentApiError::RateLimited.with_retry_after(delay)),
    ];
    for status in statuses {
        assert_eq!(status.code(), tonic::Code::ResourceExhausted);
        let retry = status.get_details_retry_info().unwrap();
        assert_eq!(retry.retry_delay, Some(delay), "{}", status.message());
    }
}

#[cfg(feature = "fluent")]
#[tokio::test]
async fn the_layer_with_translations_sends_a_localized_message() {
    let handler = tower::service_fn(|_: Request| async move {
        let status = errcat::grpc::status(&ControlPlaneError::StatusStale);
        Ok::<_, Infallible>(status.into_http::<tonic::body::Body>())
    });
    let service = errcat::grpc::ErrorLayer::<ControlPlaneError>::new()
        .with_translations(errcat::i18n::Translations::prebuilt())
        .layer(handler);
    let mut request = grpc_request("/x.Woks/Status", None);
    request
        .headers_mut()
        .insert("accept-language", "de-AT, en;q=0.1".parse().unwrap());
    let response = service.clone().oneshot(request).await.unwrap();
    let status = status_of(&response);
    // The status's own message stays the declaration's; the translation is a detail.
    assert_eq!(status.message(), "wok status not refreshed yet");
    let localized = status.get_details_localized_message().unwrap();
    assert_eq!(localized.locale, "de");
    assert!(!localized.message.is_empty() && localized.message != status.message());
    let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status).unwrap();
    assert_eq!(decoded.details["localizedLocale"], "de");
    assert_eq!(
        decoded.details["localizedMessage"],
        localized.message.as_str()
    );

    // A client that asks for no translated language gets none.
    let response = service
        .oneshot(grpc_request("/x.Woks/Status", None))
        .await
        .unwrap();
    assert!(
        status_of(&response)
            .get_details_localized_message()
            .is_none()
    );
}

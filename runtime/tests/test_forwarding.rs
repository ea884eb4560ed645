//! `#[api(transparent)]`: a service's enum forwards a catalog, and its code type nests the
//! catalog's codes, so that one type reads the service's whole contract; the forwarded
//! error's retry delay and fields go out as its own would.

use std::time::Duration;

use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowApiErrorCode};
use errcat::{ApiError, Code, Envelope, ErrorCode};

/// A service of its own, answering with the control plane's codes too.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "SVC_", id_field = "correlation_id")]
enum Service {
    /// No widget with that name.
    #[api(status = 404, message = "no widget named {name}")]
    WidgetNotFound {
        #[api(expose)]
        name: String,
    },

    #[api(transparent)]
    ControlPlane(ControlPlaneError),

    #[api(transparent)]
    Workflow(WorkflowApiError),
}

#[test]
fn the_code_type_nests_forwarded_codes() {
    let err = Service::ControlPlane(ControlPlaneError::ProjectNotFound);
    assert_eq!(
        err.kind(),
        ServiceCode::ControlPlane(ControlPlaneErrorCode::ProjectNotFound)
    );
    assert_eq!(
        Service::WidgetNotFound { name: "x".into() }.kind(),
        ServiceCode::WidgetNotFound
    );
    assert_eq!(
        "CP_PROJECT_NOT_FOUND".parse::<ServiceCode>(),
        Ok(ServiceCode::ControlPlane(
            ControlPlaneErrorCode::ProjectNotFound
        ))
    );
    assert_eq!(
        ServiceCode::from_code("rate_limited"),
        Some(ServiceCode::Workflow(WorkflowApiErrorCode::RateLimited))
    );
    assert_eq!(
        ServiceCode::from_code("SVC_WIDGET_NOT_FOUND"),
        Some(ServiceCode::WidgetNotFound)
    );
    assert_eq!(ServiceCode::from_code("CP_NO_SUCH_CODE"), None);
    let code = ServiceCode::ControlPlane(ControlPlaneErrorCode::BadJson);
    assert_eq!(code.as_str(), "CP_BAD_JSON");
    assert_eq!(code.to_string(), "CP_BAD_JSON");
    assert_eq!(format!("{code:?}"), "ControlPlane(BadJson)");
    assert_eq!(serde_json::to_string(&code).unwrap(), r#""CP_BAD_JSON""#);
    assert_eq!(
        serde_json::from_str::<ServiceCode>(r#""CP_BAD_JSON""#).unwrap(),
        code
    );
    assert_eq!(
        format!("{:?}", ServiceCode::WidgetNotFound),
        "WidgetNotFound"
    );
}

#[test]
fn one_type_decodes_the_whole_contract() {
    let err = Service::ControlPlane(ControlPlaneError::ProjectNotFound);
    let response = Envelope::new(&err).with_id("req-1").into_http_response();
    let decoded = errcat::client::decode_response::<ServiceCode, _>(&response).unwrap();
    assert_eq!(
        decoded.code,
        Code::Known(ServiceCode::ControlPlane(
            ControlPlaneErrorCode::ProjectNotFound
        ))
    );
    assert_eq!(decoded.id.as_deref(), Some("req-1"));
    assert_eq!(
        decoded.entry().map(|e| e.code()),
        Some("CP_PROJECT_NOT_FOUND")
    );
    assert_eq!(decoded.hint, err.hint().map(|h| h.into_owned()));
}

#[test]
fn the_catalog_lists_forwarded_codes() {
    let catalog = Service::catalog();
    assert_eq!(catalog.len(), 1);
    assert_eq!(catalog.forwards(), ["ControlPlane", "Workflow"]);
    let forwarded: Vec<&str> = catalog.forwarded().map(|c| c.name()).collect();
    assert_eq!(forwarded, ["control_plane", "workflow_api"]);
    assert_eq!(
        catalog
            .get("CP_BAD_JSON")
            .and_then(|e| catalog.owner(e))
            .map(|c| c.name()),
        Some("control_plane")
    );
    let own = catalog.get("SVC_WIDGET_NOT_FOUND").unwrap();
    assert_eq!(catalog.owner(own).map(|c| c.name()), Some(catalog.name()));
    // An entry of no catalog the service answers with has no owner there.
    let foreign = errcat::catalogs::prompt_api::PromptApiError::NotFound.entry();
    assert!(catalog.owner(foreign).is_none());
    let all = catalog.all_entries();
    assert_eq!(
        all.len(),
        1 + ControlPlaneError::catalog().len() + WorkflowApiError::catalog().len()
    );
    assert_eq!(all[0].code(), "SVC_WIDGET_NOT_FOUND");
    assert_eq!(
        all[1].code(),
        ControlPlaneError::catalog().entries()[0].code()
    );

    let page = errcat::docs::markdown(catalog);
    assert!(
        page.contains("## Forwarded from `control_plane`\n\nThese codes are answered in this catalog's shape.\n\n| Code | HTTP | gRPC | Fix side | Remediation |\n|---|---|---|---|---|\n| `CP_UNAUTHENTICATED` | 401 | `UNAUTHENTICATED` |"),
        "{page}"
    );
    assert!(page.contains("## Forwarded from `workflow_api`"), "{page}");
    assert!(page.contains("| `rate_limited` | 429 |"), "{page}");
}

#[test]
fn a_forwarded_retry_delay_from_a_field_is_sent() {
    let err = Service::Workflow(WorkflowApiError::RateLimited {
        retry_after_ms: 1500,
    });
    assert_eq!(err.retry_after(), Some(Duration::from_millis(1500)));
    let response = Envelope::new(&err).into_http_response();
    assert_eq!(response.headers()["retry-after"], "2");
    assert_eq!(
        response.body().as_slice(),
        br#"{"error":{"code":"rate_limited","message":"rate limit exceeded","hint":"Sleep retryAfterMs then retry.","retryAfterMs":1500}}"#
    );
    // A forwarded code with fixed guidance keeps it.
    let stale = Service::ControlPlane(ControlPlaneError::StatusStale);
    assert_eq!(stale.retry_after(), Some(Duration::from_secs(5)));
}

/// A wrapper generic over the error it forwards: the wrapped codes cannot nest in its code
/// type (they are not known when the derive runs), so `kind()` is an `Option`.
#[derive(Debug, ApiError)]
enum Wrapper<E: ApiError> {
    #[api(status = 500, message = "own failure")]
    Own,
    #[api(transparent)]
    Inner(E),
}

#[test]
fn a_generic_forward_keeps_its_codes_out_of_the_code_type() {
    let inner = Wrapper::Inner(ControlPlaneError::ProjectNotFound);
    assert_eq!(inner.code(), "CP_PROJECT_NOT_FOUND");
    assert_eq!(inner.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(inner.kind(), None);
    let own: Wrapper<ControlPlaneError> = Wrapper::Own;
    assert_eq!(own.kind(), Some(WrapperCode::Own));
    assert_eq!(WrapperCode::from_code("OWN"), Some(WrapperCode::Own));
    assert_eq!(WrapperCode::from_code("CP_PROJECT_NOT_FOUND"), None);
}

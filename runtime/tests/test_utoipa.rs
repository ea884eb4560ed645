//! utoipa: a derived error named in `#[utoipa::path]`'s `responses(...)` documents every
//! error with its schema and examples; utoipa's types carry errcat's documents without
//! losing a member.

use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::openapi::{self, Responses};
use errcat::{ApiError, catalogs};
use serde_json::{Value, json};
use utoipa::{IntoResponses, OpenApi, PartialSchema, ToSchema};

/// The errcat documents of a catalog, and the same through utoipa's types: equal, but
/// for a header's `required`, which utoipa's header type does not have.
fn through_utoipa<E: IntoResponses + PartialSchema>(catalog: &'static errcat::Catalog) {
    let mut ours = Responses::of(catalog).to_value();
    for response in ours.as_object_mut().unwrap().values_mut() {
        for header in response["headers"].as_object_mut().unwrap().values_mut() {
            header.as_object_mut().unwrap().remove("required");
        }
    }
    let theirs = serde_json::to_value(E::responses()).unwrap();
    assert_eq!(
        differences("", &theirs, &ours),
        Vec::<String>::new(),
        "{}",
        catalog.name()
    );
    let schema = serde_json::to_value(E::schema()).unwrap();
    assert_eq!(schema, openapi::schema(catalog), "{}", catalog.name());
}

/// The JSON pointers at which `a` and `b` differ.
fn differences(at: &str, a: &Value, b: &Value) -> Vec<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter()
                .flat_map(|k| {
                    let null = Value::Null;
                    differences(
                        &format!("{at}/{k}"),
                        x.get(k).unwrap_or(&null),
                        y.get(k).unwrap_or(&null),
                    )
                })
                .collect()
        }
        _ if a == b => Vec::new(),
        _ => vec![format!("{at}: {a} != {b}")],
    }
}

#[test]
fn utoipa_carries_every_prebuilt_catalog_unchanged() {
    through_utoipa::<ControlPlaneError>(ControlPlaneError::catalog());
    through_utoipa::<catalogs::prompt_api::PromptApiError>(
        catalogs::prompt_api::PromptApiError::catalog(),
    );
    through_utoipa::<catalogs::sandbox_api::SandboxApiError>(
        catalogs::sandbox_api::SandboxApiError::catalog(),
    );
    through_utoipa::<catalogs::agent_api::AgentApiError>(
        catalogs::agent_api::AgentApiError::catalog(),
    );
    through_utoipa::<catalogs::workflow_api::WorkflowApiError>(
        catalogs::workflow_api::WorkflowApiError::catalog(),
    );
    through_utoipa::<catalogs::workflow_api::WorkflowAuthError>(
        catalogs::workflow_api::WorkflowAuthError::catalog(),
    );
}

/// A wok.
#[derive(serde::Serialize, ToSchema)]
struct Wok {
    id: String,
}

/// Errors of the woks API (documented, never constructed).
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "WOK_", id_field = "correlation_id")]
enum WokError {
    /// No wok with that id.
    #[api(status = 404, fix = "caller")]
    NotFound,
    /// The wok is being destroyed.
    #[api(status = 409, fix = "state", hint = "wait for it to finish")]
    Destroying,
    #[api(transparent)]
    ControlPlane(ControlPlaneError),
}

errcat::error_responses! {
    /// What `DELETE /v1/woks/{id}` answers besides 204.
    DeleteErrors = [WokErrorCode::NotFound, WokErrorCode::ControlPlane(ControlPlaneErrorCode::Unauthenticated)];
}

#[utoipa::path(get, path = "/v1/woks/{id}", responses((status = 200, body = Wok), WokError))]
#[allow(dead_code)]
fn get_wok() {}

#[utoipa::path(delete, path = "/v1/woks/{id}", responses((status = 204, description = "Deleted"), DeleteErrors))]
#[allow(dead_code)]
fn delete_wok() {}

#[derive(OpenApi)]
#[openapi(paths(get_wok, delete_wok), components(schemas(WokError)))]
struct Doc;

#[test]
fn one_type_name_per_operation_documents_its_errors() {
    let doc = serde_json::to_value(Doc::openapi()).unwrap();
    let get = &doc["paths"]["/v1/woks/{id}"]["get"]["responses"];
    let statuses: Vec<&String> = get.as_object().unwrap().keys().collect();
    // Its own codes and the forwarded control plane's, each at its status.
    assert_eq!(
        statuses,
        [
            "200", "400", "401", "402", "403", "404", "405", "409", "413", "500", "502", "503"
        ]
    );
    let conflict = &get["409"];
    assert_eq!(
        conflict["description"],
        "Conflict: `WOK_DESTROYING`, `CP_NOT_ACTIVE`."
    );
    let examples = &conflict["content"]["application/json"]["examples"];
    assert_eq!(
        examples["WOK_DESTROYING"]["value"],
        json!({"error": {"code": "WOK_DESTROYING", "message": "The wok is being destroyed.", "hint": "wait for it to finish", "correlation_id": "1aee612b1250f276"}})
    );
    assert_eq!(
        examples["CP_NOT_ACTIVE"]["value"]["error"]["code"],
        "CP_NOT_ACTIVE"
    );

    // The subset: only the codes named.
    let delete = &doc["paths"]["/v1/woks/{id}"]["delete"]["responses"];
    let statuses: Vec<&String> = delete.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["204", "401", "404"]);
    assert_eq!(
        delete["401"]["content"]["application/json"]["schema"]["properties"]["error"]["properties"]
            ["code"]["enum"],
        json!(["CP_UNAUTHENTICATED"])
    );

    // The envelope schema is a component.
    assert_eq!(
        doc["components"]["schemas"]["WokError"],
        openapi::schema(WokError::catalog())
    );

    // Every example matches its schema.
    let errors = get
        .as_object()
        .unwrap()
        .iter()
        .chain(delete.as_object().unwrap());
    for (status, response) in errors.filter(|(status, _)| status.starts_with(['4', '5'])) {
        for content in response["content"]
            .as_object()
            .into_iter()
            .flat_map(|c| c.values())
        {
            let validator = jsonschema::draft202012::new(&content["schema"]).unwrap();
            for (code, example) in content["examples"].as_object().into_iter().flatten() {
                let value: &Value = &example["value"];
                assert!(validator.is_valid(value), "{status} {code}: {value}");
            }
        }
    }
}

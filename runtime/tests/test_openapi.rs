//! OpenAPI: the envelope schema, exactly as the shape writes it; per-status responses with
//! one example per code; complete documents; attaching to an existing document. Every
//! example in every document validates against its response's schema (the `jsonschema`
//! crate, draft 2020-12, OpenAPI 3.1's dialect).

use std::path::PathBuf;

use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::openapi::{self, AttachError, Attached, Responses};
use errcat::{ApiError, Envelope, Format, JsonSink, Parts, ShapeError};
use serde_json::{Value, json};

/// A small contract covering each kind of member (documented, never constructed).
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api(format = "flat", status_field = "statusCode", prefix = "W_")]
enum Widgets {
    /// No widget with that name.
    #[api(status = 404, fix = "caller", hint = "list the widgets first")]
    NotFound,

    /// The widget is locked.
    #[api(status = 409, fix = "state")]
    Locked {
        #[api(expose)]
        holder: Option<String>,
        #[api(expose)]
        since: u64,
    },

    /// Too many requests.
    #[api(status = 429, retry_after = 3)]
    RateLimited,

    /// The store failed.
    #[api(status = 503, status_inferred)]
    Unavailable {
        #[api(expose = "retryAfterMs", retry_after = "ms")]
        retry_after_ms: u64,
    },
}

#[test]
fn the_envelope_schema_is_what_the_shape_writes() {
    let schema = openapi::schema(Widgets::catalog());
    let common = |code: Value, extra: Value, required: Value| {
        let mut properties = json!({
            "error": { "type": "string" },
            "code": { "type": "string", "enum": code },
            "statusCode": { "type": "integer", "enum": [] },
            "request_id": { "type": "string", "pattern": "^[A-Za-z0-9._:-]{1,128}$" },
        });
        if let (Some(p), Some(extra)) = (properties.as_object_mut(), extra.as_object()) {
            p.extend(extra.clone());
        }
        (properties, required)
    };
    let branches = schema["oneOf"]
        .as_array()
        .expect("one branch per field signature");
    assert_eq!(branches.len(), 3);
    // No exposed fields: the fixed members only.
    let (mut properties, required) = common(
        json!(["W_NOT_FOUND", "W_RATE_LIMITED"]),
        json!({}),
        json!(["error", "code", "statusCode"]),
    );
    properties["statusCode"]["enum"] = json!([404, 429]);
    assert_eq!(
        branches[0],
        json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        })
    );
    // An `Option` field is not required; a `u64` is an integer of zero or more.
    let (mut properties, required) = common(
        json!(["W_LOCKED"]),
        json!({
            "holder": { "type": "string" },
            "since": { "type": "integer", "minimum": 0 },
        }),
        json!(["error", "code", "statusCode", "since"]),
    );
    properties["statusCode"]["enum"] = json!([409]);
    assert_eq!(branches[1]["properties"], properties);
    assert_eq!(branches[1]["required"], required);
    assert_eq!(
        branches[2]["properties"]["code"]["enum"],
        json!(["W_UNAVAILABLE"])
    );
    assert_eq!(
        branches[2]["required"],
        json!(["error", "code", "statusCode", "retryAfterMs"])
    );
}

#[test]
fn one_response_per_status_with_an_example_per_code() {
    let responses = Responses::of(Widgets::catalog()).to_value();
    let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["404", "409", "429", "503"]);

    let not_found = &responses["404"];
    assert_eq!(not_found["description"], "Not Found: `W_NOT_FOUND`.");
    let example = &not_found["content"]["application/json"]["examples"]["W_NOT_FOUND"];
    assert_eq!(example["summary"], "No widget with that name.");
    assert_eq!(
        example["description"],
        "No widget with that name. Fix side: caller. Hint: list the widgets first"
    );
    assert_eq!(
        example["value"],
        json!({"error": "No widget with that name.", "code": "W_NOT_FOUND", "statusCode": 404, "request_id": "1aee612b1250f276"})
    );
    assert_eq!(
        not_found["x-errcat"],
        json!([{
            "code": "W_NOT_FOUND",
            "catalog": "widgets",
            "fix": ["caller"],
            "status-documented": true,
            "hint": "list the widgets first",
        }])
    );
    assert_eq!(not_found["headers"]["x-request-id"].get("required"), None);
    assert!(not_found["headers"].get("Retry-After").is_none());

    // Retry guidance: fixed seconds make the header certain; a delay from a field too.
    assert_eq!(responses["429"]["headers"]["Retry-After"]["required"], true);
    assert_eq!(responses["429"]["x-errcat"][0]["retry-after"], 3);
    let unavailable = &responses["503"];
    assert_eq!(
        unavailable["description"],
        "Service Unavailable: `W_UNAVAILABLE` (inferred status)."
    );
    assert_eq!(unavailable["headers"]["Retry-After"]["required"], true);
    assert_eq!(
        unavailable["x-errcat"][0]["retry-after-field"],
        json!({"name": "retryAfterMs", "unit": "ms"})
    );
    assert_eq!(unavailable["x-errcat"][0]["status-documented"], false);
    assert_eq!(
        unavailable["content"]["application/json"]["examples"]["W_UNAVAILABLE"]["value"]["retryAfterMs"],
        1
    );
}

/// A delay from an optional field: the header is not certain (documented, never
/// constructed).
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum Backoff {
    /// Busy.
    #[api(status = 503)]
    Busy {
        #[api(expose, retry_after = "ms")]
        wait_ms: Option<u64>,
        #[api(expose)]
        shard: u32,
    },
}

#[test]
fn a_delay_from_an_optional_field_makes_retry_after_optional() {
    let responses = Responses::of(Backoff::catalog()).to_value();
    let header = &responses["503"]["headers"]["Retry-After"];
    assert_eq!(header["schema"], json!({"type": "integer", "minimum": 0}));
    assert_ne!(header.get("required"), Some(&json!(true)), "{header}");
}

#[test]
fn an_operation_documents_a_subset_of_codes() {
    let errors = Responses::of(Widgets::catalog())
        .only(["W_LOCKED", "W_RATE_LIMITED"])
        .unwrap();
    let statuses: Vec<u16> = errors.by_status().into_keys().collect();
    assert_eq!(statuses, [409, 429]);
    let unknown = Responses::of(Widgets::catalog())
        .only(["W_NOPE"])
        .unwrap_err();
    assert_eq!(unknown.code(), "W_NOPE");

    let typed = Responses::of_codes(&[
        ControlPlaneErrorCode::NotActive,
        ControlPlaneErrorCode::ProjectNotFound,
        ControlPlaneErrorCode::NotActive,
    ]);
    let codes: Vec<&str> = typed.entries().iter().map(|e| e.code()).collect();
    assert_eq!(codes, ["CP_NOT_ACTIVE", "CP_PROJECT_NOT_FOUND"]);
}

#[test]
fn attaching_to_an_existing_document_keeps_what_it_documents() {
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": { "title": "Widgets", "version": "1" },
        "paths": { "/widgets/{name}": { "get": { "responses": {
            "200": { "description": "The widget" },
            "404": { "description": "Ours" },
        } } } },
    });
    let attached = Responses::of(Widgets::catalog())
        .attach(&mut doc, "/widgets/{name}", "get")
        .unwrap();
    assert_eq!(
        attached,
        Attached {
            added: vec![409, 429, 503],
            kept: vec![404],
        }
    );
    let responses = &doc["paths"]["/widgets/{name}"]["get"]["responses"];
    assert_eq!(responses["404"]["description"], "Ours");
    assert_eq!(responses["409"]["description"], "Conflict: `W_LOCKED`.");
    let missing = Responses::of(Widgets::catalog()).attach(&mut doc, "/widgets", "post");
    assert_eq!(
        missing,
        Err(AttachError {
            path: "/widgets".into(),
            method: "post".into(),
        })
    );
    assert_eq!(
        missing.unwrap_err().to_string(),
        "the document has no operation `POST /widgets` (paths./widgets.post)"
    );
}

/// A custom format without a layout: documented as an object, with its examples.
struct Opaque;

impl Format for Opaque {
    fn name(&self) -> &'static str {
        "opaque"
    }
    fn write(&self, env: &dyn errcat::EnvelopeParts, sink: &mut dyn JsonSink) {
        sink.begin_object();
        sink.key("c");
        env.write_code(sink);
        sink.end_object();
    }
    fn read(&self, _: Value, _: &errcat::MemberNames) -> Result<Parts, ShapeError> {
        Err(ShapeError("write-only"))
    }
}

#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api(format = Opaque)]
enum OpaqueError {
    /// Gone.
    #[api(status = 410)]
    Gone,
}

#[test]
fn a_format_without_a_layout_is_an_object_with_examples() {
    assert_eq!(
        openapi::schema(OpaqueError::catalog()),
        json!({"type": "object"})
    );
    let responses = Responses::of(OpaqueError::catalog()).to_value();
    assert_eq!(
        responses["410"]["content"]["application/json"]["examples"]["GONE"]["value"],
        json!({"c": "GONE"})
    );
}

/// Every example of every response of `doc` validates against its response's schema;
/// the number of examples checked.
fn examples_match_their_schemas(doc: &Value) -> usize {
    let mut responses: Vec<&Value> = Vec::new();
    if let Some(components) = doc["components"]["responses"].as_object() {
        responses.extend(components.values());
    }
    for item in doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|p| p.values())
    {
        for operation in item.as_object().into_iter().flat_map(|o| o.values()) {
            if let Some(all) = operation["responses"].as_object() {
                responses.extend(all.values());
            }
        }
    }
    let mut checked = 0;
    for response in responses {
        for content in response["content"]
            .as_object()
            .into_iter()
            .flat_map(|c| c.values())
        {
            // `#/components/...` references resolve against the schema's root.
            let mut schema = content["schema"].clone();
            schema["components"] = doc["components"].clone();
            let validator = jsonschema::draft202012::new(&schema).unwrap();
            for (name, example) in content["examples"].as_object().into_iter().flatten() {
                let errors: Vec<String> = validator
                    .iter_errors(&example["value"])
                    .map(|e| e.to_string())
                    .collect();
                assert!(errors.is_empty(), "example {name}: {errors:?}");
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn every_example_in_every_checked_in_document_matches_its_schema() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/openapi");
    let mut checked = 0;
    for catalog in errcat::catalogs::all() {
        let path = dir.join(format!("{}.json", catalog.name()));
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            examples_match_their_schemas(&doc),
            catalog.len(),
            "{path:?}"
        );
        checked += catalog.len();
    }
    assert_eq!(checked, 160);
    let all = openapi::document("all", "1", errcat::catalogs::all());
    assert_eq!(examples_match_their_schemas(&all), 160);
    let widgets = openapi::document("widgets", "1", &[Widgets::catalog()]);
    assert_eq!(examples_match_their_schemas(&widgets), 4);
}

#[test]
fn every_example_in_the_example_services_document_matches_its_schema() {
    let doc = serde_json::to_value(errcat_examples::service::openapi()).unwrap();
    // Ten operations: each one's own codes, its 404 for an unroutable parameter where
    // it has one, and the 405 of every route (the two validated routes: bad JSON, refused
    // input, too large and 405 each).
    assert_eq!(examples_match_their_schemas(&doc), 27);
}

#[test]
fn the_schema_rejects_what_the_shape_never_writes() {
    let validator =
        jsonschema::draft202012::new(&openapi::schema(ControlPlaneError::catalog())).unwrap();
    let written: Value = serde_json::from_slice(
        &Envelope::new(&ControlPlaneError::NotActive)
            .with_id("r-1")
            .to_json_vec(),
    )
    .unwrap();
    assert!(validator.is_valid(&written), "{written}");
    let changed = |edit: &dyn Fn(&mut Value)| {
        let mut body = written.clone();
        edit(&mut body);
        validator.is_valid(&body)
    };
    assert!(
        !changed(&|b| b["error"]["code"] = json!("CP_NOPE")),
        "an unknown code"
    );
    assert!(
        !changed(&|b| {
            b["error"].as_object_mut().unwrap().remove("message");
        }),
        "no message"
    );
    assert!(
        !changed(&|b| b["error"]["extra"] = json!(1)),
        "a member no code exposes"
    );
    assert!(
        !changed(&|b| b["error"]["correlation_id"] = json!("a b")),
        "an id errcat never echoes"
    );
    assert!(!changed(&|b| *b = b["error"].clone()), "another shape");
    assert!(
        changed(&|b| {
            b["error"].as_object_mut().unwrap().remove("correlation_id");
        }),
        "the id is optional"
    );
}

#[test]
fn a_shape_describes_a_body_of_no_codes_as_one_object() {
    // What `Format::schema` gives for an empty set of entries: the envelope object, its
    // `code` an empty enumeration, not an empty `oneOf`.
    let catalog = Widgets::catalog();
    let schema = catalog
        .format()
        .schema(&catalog.member_names(), &[])
        .unwrap();
    assert_eq!(schema["type"], "object", "{schema}");
    assert!(schema.get("oneOf").is_none(), "{schema}");
}

//! Field violations in every shape: exact bodies, the bounds on what a body carries,
//! serde's refusals as violations, decoding (malformed entries skipped and counted),
//! the published schemas, and a write → decode round trip for every shape.

use errcat::violation::{MAX_IN_BODY, MAX_PATH_DEPTH, codes};
use errcat::{ApiError, Catalog, Envelope, ErrorCode, FieldPath, Violation, Violations};
use http::StatusCode;
use proptest::prelude::*;
use serde_json::{Value, json};

/// The same code in each shape, carrying violations under the shape's own member.
mod shapes {
    use errcat::{ApiError, Violations};

    #[derive(Debug, ApiError)]
    #[api(format = "nested", id_field = "correlation_id")]
    pub enum Nested {
        #[api(status = 400, message = "invalid body")]
        InvalidBody {
            #[api(violations)]
            violations: Violations,
        },
    }

    #[derive(Debug, ApiError)]
    #[api(format = "flat", status_field = "statusCode")]
    pub enum Flat {
        #[api(status = 400, message = "invalid body")]
        InvalidBody {
            #[api(violations)]
            issues: Violations,
        },
    }

    #[derive(Debug, ApiError)]
    #[api(format = "code", rename_all = "snake_case")]
    pub enum Code {
        #[api(status = 400, message = "invalid body")]
        InvalidBody {
            #[api(violations)]
            issues: Violations,
        },
    }

    #[derive(Debug, ApiError)]
    #[api(format = "problem", doc_url = "https://example.com/errors/{code}")]
    pub enum Problem {
        #[api(status = 422, message = "invalid body")]
        InvalidBody {
            #[api(violations)]
            errors: Violations,
        },
    }
}

use shapes::{Code, Flat, Nested, Problem};

/// Three violations: struct-level, nested in a list, and at a key that needs escaping.
fn three() -> Violations {
    Violations::from_iter([
        Violation::new(
            FieldPath::root().key("items").index(0).key("name"),
            codes::TOO_SMALL,
            "must be at least 1 character long",
        )
        .with_param("minimum", 1)
        .with_param("inclusive", true)
        .with_param("type", "string"),
        Violation::new(
            FieldPath::root().key("meta").key("a/b~c \"d\""),
            "must_match",
            "must match the other field",
        ),
        Violation::new(
            FieldPath::root(),
            "passwords_differ",
            "the passwords differ",
        ),
    ])
}

fn body(err: &impl ApiError) -> String {
    String::from_utf8(Envelope::new(err).with_id("req-1").to_json_vec()).unwrap()
}

#[test]
fn each_shape_writes_the_same_violations_its_way() {
    assert_eq!(
        body(&Nested::InvalidBody {
            violations: three()
        }),
        concat!(
            r#"{"error":{"code":"INVALID_BODY","message":"invalid body","violations":["#,
            r#"{"field":"","code":"passwords_differ","message":"the passwords differ"},"#,
            r#"{"field":"items[0].name","code":"too_small","message":"must be at least 1 character long","params":{"inclusive":true,"minimum":1,"type":"string"}},"#,
            r#"{"field":"meta.a/b~c \"d\"","code":"must_match","message":"must match the other field"}"#,
            r#"],"correlation_id":"req-1"}}"#
        )
    );
    assert_eq!(
        body(&Flat::InvalidBody { issues: three() }),
        concat!(
            r#"{"error":"invalid body","code":"INVALID_BODY","statusCode":400,"issues":["#,
            r#"{"code":"custom","path":[],"message":"the passwords differ","params":{"code":"passwords_differ"}},"#,
            r#"{"code":"too_small","path":["items",0,"name"],"message":"must be at least 1 character long","inclusive":true,"minimum":1,"type":"string"},"#,
            r#"{"code":"custom","path":["meta","a/b~c \"d\""],"message":"must match the other field","params":{"code":"must_match"}}"#,
            r#"],"request_id":"req-1"}"#
        )
    );
    assert_eq!(
        body(&Code::InvalidBody { issues: three() }),
        concat!(
            r#"{"error":"invalid_body","message":"invalid body","issues":["#,
            r#"{"code":"custom","path":[],"message":"the passwords differ","params":{"code":"passwords_differ"}},"#,
            r#"{"code":"too_small","path":["items",0,"name"],"message":"must be at least 1 character long","inclusive":true,"minimum":1,"type":"string"},"#,
            r#"{"code":"custom","path":["meta","a/b~c \"d\""],"message":"must match the other field","params":{"code":"must_match"}}"#,
            r#"],"request_id":"req-1"}"#
        )
    );
    assert_eq!(
        body(&Problem::InvalidBody { errors: three() }),
        concat!(
            r#"{"type":"https://example.com/errors/INVALID_BODY","title":"Unprocessable Entity","status":422,"detail":"invalid body","code":"INVALID_BODY","errors":["#,
            r##"{"detail":"the passwords differ","pointer":"#","code":"passwords_differ"},"##,
            r##"{"detail":"must be at least 1 character long","pointer":"#/items/0/name","code":"too_small","params":{"inclusive":true,"minimum":1,"type":"string"}},"##,
            r##"{"detail":"must match the other field","pointer":"#/meta/a~1b~0c%20%22d%22","code":"must_match"}"##,
            r#"],"request_id":"req-1"}"#
        )
    );
}

#[test]
fn serialize_and_write_json_agree() {
    let errors: [&dyn Fn() -> (Vec<u8>, String); 4] = [
        &|| {
            let e = Nested::InvalidBody {
                violations: three(),
            };
            let env = Envelope::new(&e).with_id("x");
            (env.to_json_vec(), serde_json::to_string(&env).unwrap())
        },
        &|| {
            let e = Flat::InvalidBody { issues: three() };
            let env = Envelope::new(&e).with_id("x");
            (env.to_json_vec(), serde_json::to_string(&env).unwrap())
        },
        &|| {
            let e = Code::InvalidBody { issues: three() };
            let env = Envelope::new(&e).with_id("x");
            (env.to_json_vec(), serde_json::to_string(&env).unwrap())
        },
        &|| {
            let e = Problem::InvalidBody { errors: three() };
            let env = Envelope::new(&e).with_id("x");
            (env.to_json_vec(), serde_json::to_string(&env).unwrap())
        },
    ];
    for written in errors {
        let (fast, serialized) = written();
        assert_eq!(String::from_utf8(fast).unwrap(), serialized);
    }
}

#[test]
fn a_code_with_no_violations_writes_an_empty_list() {
    assert_eq!(
        body(&Code::InvalidBody {
            issues: Violations::new()
        }),
        r#"{"error":"invalid_body","message":"invalid body","issues":[],"request_id":"req-1"}"#
    );
}

#[test]
fn a_body_carries_at_most_the_cap_and_says_so() {
    let many: Violations = (0..100_000)
        .map(|i| Violation::new(FieldPath::root().index(i), codes::CUSTOM, "no"))
        .collect();
    assert_eq!(many.len(), 100_000);
    let written: Value = serde_json::from_str(&body(&Code::InvalidBody { issues: many })).unwrap();
    let issues = written["issues"].as_array().unwrap();
    assert_eq!(issues.len(), MAX_IN_BODY + 1);
    assert_eq!(issues[MAX_IN_BODY - 1]["path"], json!([MAX_IN_BODY - 1]));
    assert_eq!(
        issues[MAX_IN_BODY],
        json!({
            "code": "custom",
            "path": [],
            "message": "99900 more violations not shown: a body carries at most 100",
            "params": {"code": "truncated", "limit": 100, "omitted": 99_900},
        })
    );
}

#[test]
fn a_deep_path_is_cut_and_says_its_depth() {
    let deep: FieldPath = (0..10_000).map(errcat::violation::Segment::Index).collect();
    let long_key = "k".repeat(10_000);
    let issues = Violations::from_iter([
        Violation::new(deep, codes::CUSTOM, "deep"),
        Violation::new(FieldPath::root().key(long_key), codes::CUSTOM, "long"),
    ]);
    let written: Value = serde_json::from_str(&body(&Flat::InvalidBody { issues })).unwrap();
    let issues = written["issues"].as_array().unwrap();
    assert_eq!(issues[0]["path"].as_array().unwrap().len(), MAX_PATH_DEPTH);
    assert_eq!(issues[0]["params"]["path_depth"], 10_000);
    let key = issues[1]["path"][0].as_str().unwrap();
    assert_eq!(key, format!("{}…", "k".repeat(256)));
}

#[test]
fn hostile_keys_are_escaped_in_every_form() {
    let key = "a/b~c\"d\u{0}e\ne%f#g é";
    let list = Violations::from(Violation::new(
        FieldPath::root().key(key).index(1),
        codes::CUSTOM,
        "x",
    ));
    let problem: Value = serde_json::from_str(&body(&Problem::InvalidBody {
        errors: list.clone(),
    }))
    .unwrap();
    let pointer = problem["errors"][0]["pointer"].as_str().unwrap();
    assert_eq!(pointer, "#/a~1b~0c%22d%00e%0Ae%25f%23g%20%C3%A9/1");
    assert_eq!(
        FieldPath::from_pointer(pointer).unwrap(),
        FieldPath::root().key(key).index(1)
    );
    let nested: Value = serde_json::from_str(&body(&Nested::InvalidBody {
        violations: list.clone(),
    }))
    .unwrap();
    let field = nested["error"]["violations"][0]["field"].as_str().unwrap();
    assert_eq!(field, "`a/b~c\"d\u{0}e\ne%f#g é`[1]");
    assert_eq!(
        FieldPath::parse(field).unwrap(),
        FieldPath::root().key(key).index(1)
    );
    let code: Value = serde_json::from_str(&body(&Code::InvalidBody { issues: list })).unwrap();
    assert_eq!(code["issues"][0]["path"], json!([key, 1]));
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct SignUp {
    email: String,
    password: String,
    age: u32,
    plan: Plan,
    tags: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum Plan {
    Free,
    Team,
}

fn refused(body: &str) -> Violation {
    let refused = errcat::violation::from_json::<SignUp>(body.as_bytes()).unwrap_err();
    assert_eq!(refused.len(), 1, "serde stops at its first refusal");
    refused.first().unwrap().clone()
}

#[test]
fn serde_refusals_are_violations_without_the_value() {
    let ok = r#""email":"a@b.c","password":"hunter2","age":3,"plan":"free","tags":[]"#;
    let v = refused(r#"{"email":"a@b.c","age":3,"plan":"free","tags":[]}"#);
    assert_eq!(
        (v.path().to_string(), v.code(), v.message()),
        ("password".into(), "invalid_type", "is required")
    );
    let v = refused(
        r#"{"email":"a@b.c","password":"hunter2","age":"hunter2","plan":"free","tags":[]}"#,
    );
    assert_eq!(
        (v.path().to_string(), v.code(), v.message()),
        (
            "age".into(),
            "invalid_type",
            "expected number, received string"
        )
    );
    let v = refused(r#"{"email":"a@b.c","password":"x","age":3,"plan":"hunter2","tags":[]}"#);
    assert_eq!(
        (v.path().to_string(), v.code(), v.message()),
        (
            "plan".into(),
            "invalid_enum_value",
            "must be one of `free`, `team`"
        )
    );
    assert_eq!(v.param("options"), Some(&json!(["free", "team"])));
    let v = refused(&format!(r#"{{{ok},"tags":[1]}}"#).replace(r#""tags":[],"#, ""));
    assert_eq!(v.path().to_string(), "tags[0]");
    let v = refused(&format!(r#"{{{ok},"extra":1}}"#));
    assert_eq!(
        (v.path().to_string(), v.code(), v.param("keys")),
        ("".into(), "unrecognized_keys", Some(&json!(["extra"])))
    );
    let v = refused(r#"{"email":"a@b.c","password":"hunter2""#);
    assert_eq!(
        (v.code(), v.message(), v.param("line"), v.param("column")),
        (
            "invalid_json",
            "EOF while parsing an object",
            Some(&json!(1)),
            Some(&json!(37))
        )
    );
    let v = refused(&format!(r#"{{{ok}}} trailing"#));
    assert_eq!(v.code(), "invalid_json");
    // None of them echoes what was sent.
    for text in [
        r#"{"email":"a@b.c","password":"hunter2","age":"hunter2","plan":"free","tags":[]}"#,
        r#"{"email":"a@b.c","password":"x","age":3,"plan":"hunter2","tags":[]}"#,
        r#"{"email":"a@b.c","password":true,"age":3,"plan":"free","tags":[]}"#,
    ] {
        let v = refused(text);
        assert!(
            !format!("{v:?}").contains("hunter2") && !format!("{v:?}").contains("true"),
            "{v:?}"
        );
    }
}

/// Decodes a body of `C`'s catalog.
fn decode<C: ErrorCode>(body: &str) -> errcat::Decoded<C> {
    errcat::decode::<C>(StatusCode::BAD_REQUEST, body.as_bytes()).unwrap()
}

#[test]
fn malformed_entries_are_skipped_and_counted() {
    let body = r#"{"error":"invalid_body","issues":[
        {"code":"too_small","path":["a"],"message":"short","minimum":2},
        {"code":"too_small","path":"a","message":"path not an array"},
        {"code":"too_small","path":[-1],"message":"negative index"},
        {"code":1,"path":["a"],"message":"code not a string"},
        {"path":["a"],"message":"no code"},
        "not an object",
        {"code":"custom","path":["b"],"message":"mine","params":{"code":"mine","limit":3}}
    ]}"#;
    let decoded = decode::<CodeCode>(body);
    assert_eq!(decoded.skipped_violations, 5);
    let shown: Vec<String> = decoded
        .violations()
        .iter()
        .map(|v| format!("{} {} {:?}", v.path(), v.code(), v.params()))
        .collect();
    assert_eq!(
        shown,
        [
            r#"a too_small {"minimum": Number(2)}"#,
            r#"b mine {"limit": Number(3)}"#
        ]
    );
    // The member itself not a list: counted once, never a panic.
    let decoded = decode::<CodeCode>(r#"{"error":"invalid_body","issues":"oops"}"#);
    assert_eq!(
        (decoded.violations().len(), decoded.skipped_violations),
        (0, 1)
    );
    // Each form's own required members.
    let decoded = decode::<ProblemCode>(
        r##"{"title":"Bad","code":"INVALID_BODY","errors":[{"detail":"ok","pointer":"#/a"},{"pointer":"#/b"},{"detail":"bad pointer","pointer":"a/b"},{"detail":"x","pointer":"#/c","params":[]}]}"##,
    );
    assert_eq!(decoded.skipped_violations, 3);
    assert_eq!(decoded.violations().first().unwrap().code(), "custom");
    let decoded = decode::<NestedCode>(
        r#"{"error":{"code":"INVALID_BODY","message":"m","violations":[{"field":"a[x]","code":"c","message":"m"},{"field":"a","code":"c"},{"field":"a[0]","code":"c","message":"m"}]}}"#,
    );
    assert_eq!(decoded.skipped_violations, 2);
    assert_eq!(
        decoded.violations().first().unwrap().path().to_string(),
        "a[0]"
    );
}

#[test]
fn unknown_codes_give_their_violations_too() {
    // A code this build does not know: the shape's own member is read.
    let decoded = decode::<CodeCode>(
        r#"{"error":"too_many_fields","issues":[{"code":"unrecognized_keys","path":[],"message":"m","keys":["x"]}]}"#,
    );
    assert_eq!(decoded.code.as_str(), "too_many_fields");
    assert_eq!(
        decoded.violations().first().unwrap().param("keys"),
        Some(&json!(["x"]))
    );
    assert!(decoded.details.is_empty());
    // A member of the shape's name that is not a list stays a detail.
    let decoded = decode::<CodeCode>(r#"{"error":"too_many_fields","issues":3}"#);
    assert!(decoded.violations().is_empty());
    assert_eq!(decoded.details["issues"], 3);
    // A known code without violations leaves the member alone.
    let decoded = decode::<errcat::catalogs::workflow_api::WorkflowApiErrorCode>(
        r#"{"error":"not_found","issues":[]}"#,
    );
    assert!(decoded.violations().is_empty());
    assert_eq!(decoded.details["issues"], json!([]));
}

type NestedCode = shapes::NestedCode;
type CodeCode = shapes::CodeCode;
type ProblemCode = shapes::ProblemCode;

/// The published schemas of each shape accept its bodies with violations, and the
/// documents' examples show one.
#[test]
fn bodies_validate_against_the_published_schemas() {
    fn check(catalog: &'static Catalog, body: &str) {
        let schema = errcat::openapi::schema(catalog);
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        let body: Value = serde_json::from_str(body).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{body}: {errors:?}");
        let document = errcat::openapi::document("t", "1", &[catalog]);
        let example = document.to_string();
        assert!(
            example.contains("items") && example.contains("must be at least 1 character long"),
            "{}: the example shows a violation",
            catalog.name()
        );
    }
    check(
        Nested::catalog(),
        &body(&Nested::InvalidBody {
            violations: three(),
        }),
    );
    check(
        Flat::catalog(),
        &body(&Flat::InvalidBody { issues: three() }),
    );
    check(
        Code::catalog(),
        &body(&Code::InvalidBody { issues: three() }),
    );
    check(
        Problem::catalog(),
        &body(&Problem::InvalidBody { errors: three() }),
    );
    // A list cut at the cap still validates.
    let many: Violations = (0..500)
        .map(|i| Violation::new(FieldPath::root().index(i), codes::CUSTOM, "no"))
        .collect();
    check(Code::catalog(), &body(&Code::InvalidBody { issues: many }));
}

// ---------------------------------------------------------------------------------------
// Write, then decode: the same violations, in every shape.

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        // Never a decimal number: a pointer cannot tell one from an index.
        "[a-zA-Z_~/.\\[\\]`\" %#-]\\PC{0,8}",
        Just(String::new()),
    ]
}

fn path() -> impl Strategy<Value = FieldPath> {
    proptest::collection::vec(
        prop_oneof![
            key().prop_map(errcat::violation::Segment::Key),
            (0usize..10_000).prop_map(errcat::violation::Segment::Index),
        ],
        0..6,
    )
    .prop_map(FieldPath::from)
}

fn violation() -> impl Strategy<Value = Violation> {
    let code = prop_oneof![
        Just("too_small".to_owned()),
        Just("invalid_type".to_owned()),
        Just("invalid_string".to_owned()),
        Just("custom".to_owned()),
        "[a-z_]{1,12}",
    ];
    let param = prop_oneof![
        any::<i64>().prop_map(Value::from),
        "\\PC{0,10}".prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
    ];
    (
        path(),
        code,
        "\\PC{0,30}",
        proptest::collection::btree_map("[a-z]{1,8}", param, 0..4),
    )
        .prop_map(|(path, code, message, params)| {
            params
                .into_iter()
                .fold(Violation::new(path, code, message), |v, (k, value)| {
                    v.with_param(k, value)
                })
        })
}

fn round_trip<E: ApiError, C: ErrorCode>(err: &E, sent: &Violations) -> Result<(), TestCaseError> {
    let response = Envelope::new(err).with_id("id-1").into_http_response();
    let decoded = errcat::decode::<C>(response.status(), response.body())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(decoded.violations(), sent);
    prop_assert_eq!(decoded.skipped_violations, 0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_shape_gives_its_violations_back(list in proptest::collection::vec(violation(), 0..20)) {
        let sent = Violations::from(list);
        round_trip::<_, NestedCode>(&Nested::InvalidBody { violations: sent.clone() }, &sent)?;
        round_trip::<_, shapes::FlatCode>(&Flat::InvalidBody { issues: sent.clone() }, &sent)?;
        round_trip::<_, CodeCode>(&Code::InvalidBody { issues: sent.clone() }, &sent)?;
        round_trip::<_, ProblemCode>(&Problem::InvalidBody { errors: sent.clone() }, &sent)?;
    }
}

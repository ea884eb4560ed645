//! A field of violations in every shape, in a struct, under a name of its own, beside
//! exposed fields, and forwarded.
#![deny(warnings)]

use errcat::{ApiError, Envelope, FieldPath, Violation, Violations};

#[derive(Debug, ApiError)]
#[api(format = "code", rename_all = "snake_case")]
enum Workflow {
    #[api(status = 400, message = "invalid request body")]
    InvalidBody {
        #[api(violations)]
        issues: Violations,
    },
}

#[derive(Debug, ApiError)]
#[api(format = "problem")]
enum Problem {
    #[api(status = 422, message = "invalid order at {at}")]
    Invalid {
        #[api(expose)]
        at: String,
        #[api(violations)]
        errors: Violations,
    },
}

#[derive(Debug, ApiError)]
#[api(format = "flat", status = 400, message = "invalid")]
struct Flat(#[api(violations = "details")] Violations);

#[derive(Debug, ApiError)]
enum Service {
    #[api(transparent)]
    Workflow(Workflow),
    #[api(status = 400, message = "bad {0}")]
    Bad(String, #[api(violations)] Violations),
}

fn main() {
    let list = Violations::from(Violation::new(FieldPath::root().key("a"), "custom", "no"));
    let body = |e: &dyn Fn() -> Vec<u8>| String::from_utf8(e()).unwrap();
    let workflow = Workflow::InvalidBody { issues: list.clone() };
    assert_eq!(
        body(&|| Envelope::new(&workflow).to_json_vec()),
        r#"{"error":"invalid_body","message":"invalid request body","issues":[{"code":"custom","path":["a"],"message":"no"}]}"#
    );
    let problem = Problem::Invalid { at: "x".into(), errors: list.clone() };
    assert!(body(&|| Envelope::new(&problem).to_json_vec()).contains(r##""errors":[{"detail":"no","pointer":"#/a","code":"custom"}]"##));
    let flat = Flat(list.clone());
    assert!(body(&|| Envelope::new(&flat).to_json_vec()).ends_with(r#""details":[{"code":"custom","path":["a"],"message":"no"}]}"#));
    let service = Service::Workflow(workflow);
    assert_eq!(service.violations(), Some(&list));
    let bad = Service::Bad("x".into(), list.clone());
    assert!(body(&|| Envelope::new(&bad).to_json_vec()).contains(r#""violations":[{"field":"a","code":"custom","message":"no"}]"#));
}

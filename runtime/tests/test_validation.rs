//! Input refused by `validator` and `garde` through errcat's extractors, in axum and
//! actix-web: each prebuilt catalog answers in its document's terms, paths name the
//! fields as the client sent them, no rejected value reaches a body, and a client decodes
//! the same violations back.

use axum::Router;
use axum::body::Body;
use axum::routing::{get, post};
use errcat::catalogs::agent_api::{AgentApiError, AgentApiErrorCode};
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowApiErrorCode};
use errcat::integrations::FromFrameworkError;
use errcat::integrations::axum::{ErrorLayer, Garde, Json, Path, Query, Valid};
use errcat::{FieldPath, Violation, Violations};
use http::{Request, StatusCode};
use serde::Deserialize;
use tower::ServiceExt;
// validator's derive calls `validate` on nested fields: its trait must be in scope.
use validator::Validate as _;

const PASSWORD: &str = "hunter2";

#[derive(Debug, Deserialize, validator::Validate)]
#[serde(rename_all = "camelCase")]
#[validate(schema(function = "passwords_match", skip_on_field_errors = false))]
struct SignUp {
    #[validate(length(min = 3))]
    display_name: String,
    #[serde(rename = "e-mail")]
    #[validate(email)]
    email: String,
    #[validate(length(min = 8))]
    password: String,
    password_again: String,
    #[validate(nested)]
    home_address: Address,
    #[validate(nested)]
    line_items: Vec<Item>,
}

#[derive(Debug, Deserialize, validator::Validate)]
#[serde(rename_all = "camelCase")]
struct Address {
    #[validate(length(min = 1))]
    street_name: String,
}

#[derive(Debug, Deserialize, validator::Validate)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[validate(range(min = 1, max = 99))]
    unit_count: u32,
}

fn passwords_match(s: &SignUp) -> Result<(), validator::ValidationError> {
    if s.password == s.password_again {
        return Ok(());
    }
    Err(validator::ValidationError::new("passwords_differ")
        .with_message("the two passwords differ".into()))
}

/// A sign-up with every rule broken: what each test sends.
const BAD_SIGN_UP: &str = r#"{
    "displayName": "x", "e-mail": "not-an-email", "password": "hunter2",
    "passwordAgain": "hunter3", "homeAddress": {"streetName": ""},
    "lineItems": [{"unitCount": 1}, {"unitCount": 100}]
}"#;

/// The violations of [`BAD_SIGN_UP`], in order, as the client named the fields.
fn sign_up_violations() -> Violations {
    let at = |path: &str| FieldPath::parse(path).unwrap();
    Violations::from_iter([
        Violation::new(at(""), "passwords_differ", "the two passwords differ"),
        Violation::new(
            at("displayName"),
            "too_small",
            "must be at least 3 characters long",
        )
        .with_param("minimum", 3)
        .with_param("inclusive", true)
        .with_param("type", "string"),
        Violation::new(
            at("e-mail"),
            "invalid_string",
            "must be a valid email address",
        )
        .with_param("validation", "email"),
        Violation::new(
            at("homeAddress.streetName"),
            "too_small",
            "must be at least 1 character long",
        )
        .with_param("minimum", 1)
        .with_param("inclusive", true)
        .with_param("type", "string"),
        Violation::new(
            at("lineItems[1].unitCount"),
            "too_big",
            "must be at most 99",
        )
        .with_param("maximum", 99)
        .with_param("inclusive", true)
        .with_param("type", "number"),
        Violation::new(
            at("password"),
            "too_small",
            "must be at least 8 characters long",
        )
        .with_param("minimum", 8)
        .with_param("inclusive", true)
        .with_param("type", "string"),
    ])
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "camelCase")]
struct Order {
    #[garde(length(min = 3))]
    display_name: String,
    #[garde(dive)]
    line_items: Vec<OrderItem>,
    #[serde(rename = "e-mail")]
    #[garde(email)]
    email: String,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "camelCase")]
struct OrderItem {
    #[garde(range(min = 1))]
    unit_count: u32,
}

#[derive(Debug, Deserialize, validator::Validate, garde::Validate)]
struct Search {
    #[validate(range(max = 50))]
    #[garde(range(max = 50))]
    limit: u32,
}

#[derive(Debug, Deserialize, validator::Validate)]
struct Slug {
    #[validate(length(max = 8))]
    slug: String,
}

async fn sign_up(Valid(Json(s)): Valid<Json<SignUp>>) -> String {
    s.display_name
}

async fn order(Garde(Json(o)): Garde<Json<Order>>) -> String {
    o.display_name
}

async fn search(Valid(Query(s)): Valid<Query<Search>>) -> String {
    s.limit.to_string()
}

async fn search_garde(Garde(Query(s)): Garde<Query<Search>>) -> String {
    s.limit.to_string()
}

async fn item(Valid(Path(s)): Valid<Path<Slug>>) -> String {
    s.slug
}

fn app<M: FromFrameworkError + 'static>() -> Router {
    Router::new()
        .route("/signup", post(sign_up))
        .route("/orders", post(order))
        .route("/search", get(search))
        .route("/search-garde", get(search_garde))
        .route("/items/{slug}", get(item))
        .layer(ErrorLayer::<M>::new())
}

async fn send(app: Router, request: Request<Body>) -> (StatusCode, String) {
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

fn post_json(uri: &str, body: &str) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/json")
        .header("x-request-id", "req-1")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn get_req(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header("x-request-id", "req-1")
        .body(Body::empty())
        .unwrap()
}

const SIGN_UP_ISSUES: &str = concat!(
    r#"[{"code":"custom","path":[],"message":"the two passwords differ","params":{"code":"passwords_differ"}},"#,
    r#"{"code":"too_small","path":["displayName"],"message":"must be at least 3 characters long","inclusive":true,"minimum":3,"type":"string"},"#,
    r#"{"code":"invalid_string","path":["e-mail"],"message":"must be a valid email address","validation":"email"},"#,
    r#"{"code":"too_small","path":["homeAddress","streetName"],"message":"must be at least 1 character long","inclusive":true,"minimum":1,"type":"string"},"#,
    r#"{"code":"too_big","path":["lineItems",1,"unitCount"],"message":"must be at most 99","inclusive":true,"maximum":99,"type":"number"},"#,
    r#"{"code":"too_small","path":["password"],"message":"must be at least 8 characters long","inclusive":true,"minimum":8,"type":"string"}]"#,
);

#[tokio::test]
async fn the_workflow_api_answers_invalid_body_with_zod_issues() {
    let (status, body) = send(app::<WorkflowApiError>(), post_json("/signup", BAD_SIGN_UP)).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        format!(
            r#"{{"error":"invalid_body","message":"invalid request body","issues":{SIGN_UP_ISSUES},"request_id":"req-1"}}"#
        )
    );
    assert!(!body.contains(PASSWORD), "the password is never echoed");
    // The client reads the same violations back.
    let decoded =
        errcat::decode::<WorkflowApiErrorCode>(StatusCode::BAD_REQUEST, body.as_bytes()).unwrap();
    assert_eq!(decoded.violations(), &sign_up_violations());
}

#[tokio::test]
async fn the_control_plane_names_the_first_field_and_lists_them_all() {
    let (status, body) = send(
        app::<ControlPlaneError>(),
        post_json("/signup", BAD_SIGN_UP),
    )
    .await;
    assert_eq!(status, 400);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"]["code"], "CP_INVALID_BODY");
    assert_eq!(
        body["error"]["message"],
        "request body is semantically invalid: the two passwords differ (and 5 more)"
    );
    assert_eq!(
        body["error"]["violations"][1],
        serde_json::json!({
            "field": "displayName", "code": "too_small",
            "message": "must be at least 3 characters long",
            "params": {"inclusive": true, "minimum": 3, "type": "string"},
        })
    );
    let decoded = errcat::decode::<errcat::catalogs::control_plane::ControlPlaneErrorCode>(
        StatusCode::BAD_REQUEST,
        body.to_string().as_bytes(),
    )
    .unwrap();
    assert_eq!(decoded.violations(), &sign_up_violations());
    // serde's own refusal is the document's CP_BAD_JSON, with its violation.
    let (_, body) = send(
        app::<ControlPlaneError>(),
        post_json("/signup", r#"{"displayName":"x"}"#),
    )
    .await;
    assert_eq!(
        body,
        r#"{"error":{"code":"CP_BAD_JSON","message":"invalid JSON body: field e-mail is missing or malformed","hint":"Request body isn't valid JSON, or required fields are missing. The message names the field.","violations":[{"field":"e-mail","code":"invalid_type","message":"is required","params":{"expected":"unknown","received":"undefined"}}],"correlation_id":"req-1"}}"#
    );
}

#[tokio::test]
async fn the_agent_platform_answers_validation_error_with_details() {
    let order =
        r#"{"displayName":"x","e-mail":"nope","lineItems":[{"unitCount":3},{"unitCount":0}]}"#;
    let (status, body) = send(app::<AgentApiError>(), post_json("/orders", order)).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        concat!(
            r#"{"error":"Request body failed Zod schema validation","code":"VALIDATION_ERROR","statusCode":400,"details":["#,
            r#"{"code":"too_small","path":["displayName"],"message":"must have a length of at least 3","inclusive":true,"minimum":3},"#,
            r#"{"code":"invalid_string","path":["e-mail"],"message":"must be a valid email address","validation":"email"},"#,
            r#"{"code":"too_small","path":["lineItems",1,"unitCount"],"message":"must be at least 1","inclusive":true,"minimum":1,"type":"number"}"#,
            r#"],"request_id":"req-1"}"#
        )
    );
    let decoded =
        errcat::decode::<AgentApiErrorCode>(StatusCode::BAD_REQUEST, body.as_bytes()).unwrap();
    assert_eq!(decoded.violations().len(), 3);
    assert_eq!(
        decoded
            .violations()
            .iter()
            .nth(1)
            .unwrap()
            .path()
            .to_string(),
        "e-mail"
    );
    // serde's refusal answers in the same form.
    let (_, body) = send(
        app::<AgentApiError>(),
        post_json("/orders", r#"{"displayName":3}"#),
    )
    .await;
    assert_eq!(
        body,
        r#"{"error":"Request body failed Zod schema validation","code":"VALIDATION_ERROR","statusCode":400,"details":[{"code":"invalid_type","path":["displayName"],"message":"expected string, received number","expected":"string","received":"number"}],"request_id":"req-1"}"#
    );
}

#[tokio::test]
async fn query_and_path_parameters_are_checked_too() {
    let (status, body) = send(app::<WorkflowApiError>(), get_req("/search?limit=51")).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        r#"{"error":"invalid_body","message":"invalid request body","issues":[{"code":"too_big","path":["limit"],"message":"must be at most 50","inclusive":true,"maximum":50,"type":"number"}],"request_id":"req-1"}"#
    );
    let (_, garde) = send(app::<WorkflowApiError>(), get_req("/search-garde?limit=51")).await;
    assert_eq!(garde, body);
    let (status, body) = send(app::<WorkflowApiError>(), get_req("/items/much-too-long")).await;
    assert_eq!(status, 400);
    assert!(
        body.contains(r#""path":["slug"],"message":"must be at most 8 characters long""#),
        "{body}"
    );
    let (status, body) = send(app::<WorkflowApiError>(), get_req("/search?limit=5")).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "5"));
}

#[tokio::test]
async fn valid_input_passes() {
    let good = r#"{"displayName":"ann","e-mail":"ann@example.com","password":"long enough","passwordAgain":"long enough","homeAddress":{"streetName":"Main"},"lineItems":[{"unitCount":2}]}"#;
    let (status, body) = send(app::<WorkflowApiError>(), post_json("/signup", good)).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ann"));
}

#[tokio::test]
async fn outside_the_layer_a_refusal_is_a_plain_400() {
    let app = Router::new().route("/signup", post(sign_up));
    let (status, body) = send(app, post_json("/signup", BAD_SIGN_UP)).await;
    assert_eq!(status, 400);
    assert_eq!(body.lines().next(), Some("the two passwords differ"));
    assert!(body.contains("displayName: must be at least 3 characters long"));
}

mod actix {
    use actix_web::{App, HttpResponse, test, web};
    use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowApiErrorCode};
    use errcat::integrations::actix::{self as errcat_actix, Errors, Garde, Valid};

    use super::{BAD_SIGN_UP, Order, PASSWORD, SIGN_UP_ISSUES, Search, SignUp};

    async fn sign_up(Valid(web::Json(s)): Valid<web::Json<SignUp>>) -> HttpResponse {
        HttpResponse::Ok().body(s.display_name)
    }

    async fn order(Garde(web::Json(o)): Garde<web::Json<Order>>) -> HttpResponse {
        HttpResponse::Ok().body(o.display_name)
    }

    async fn search(Valid(web::Query(s)): Valid<web::Query<Search>>) -> HttpResponse {
        HttpResponse::Ok().body(s.limit.to_string())
    }

    async fn call(request: test::TestRequest) -> (u16, String) {
        let app = test::init_service(
            App::new()
                .wrap(Errors::<WorkflowApiError>::new())
                .app_data(errcat_actix::json_config())
                .app_data(errcat_actix::query_config())
                .route("/signup", web::post().to(sign_up))
                .route("/orders", web::post().to(order))
                .route("/search", web::get().to(search)),
        )
        .await;
        let request = request
            .insert_header(("x-request-id", "req-1"))
            .to_request();
        let response = test::call_service(&app, request).await;
        let status = response.status().as_u16();
        let body = test::read_body(response).await;
        (status, String::from_utf8(body.to_vec()).unwrap())
    }

    fn post_json(uri: &str, body: &str) -> test::TestRequest {
        test::TestRequest::post()
            .uri(uri)
            .insert_header(("content-type", "application/json"))
            .set_payload(body.to_owned())
    }

    #[actix_web::test]
    async fn the_same_body_as_axum() {
        let (status, body) = call(post_json("/signup", BAD_SIGN_UP)).await;
        assert_eq!(status, 400);
        assert_eq!(
            body,
            format!(
                r#"{{"error":"invalid_body","message":"invalid request body","issues":{SIGN_UP_ISSUES},"request_id":"req-1"}}"#
            )
        );
        assert!(!body.contains(PASSWORD));
        let decoded =
            errcat::decode::<WorkflowApiErrorCode>(http::StatusCode::BAD_REQUEST, body.as_bytes())
                .unwrap();
        assert_eq!(decoded.violations(), &super::sign_up_violations());
    }

    #[actix_web::test]
    async fn garde_serde_and_query_refusals() {
        let (status, body) = call(post_json(
            "/orders",
            r#"{"displayName":"x","e-mail":"a@b.co","lineItems":[]}"#,
        ))
        .await;
        assert_eq!(status, 400);
        assert_eq!(
            body,
            r#"{"error":"invalid_body","message":"invalid request body","issues":[{"code":"too_small","path":["displayName"],"message":"must have a length of at least 3","inclusive":true,"minimum":3}],"request_id":"req-1"}"#
        );
        let (status, body) = call(post_json(
            "/orders",
            r#"{"displayName":"xyz","lineItems":[]}"#,
        ))
        .await;
        assert_eq!(status, 400);
        assert_eq!(
            body,
            r#"{"error":"invalid_body","message":"invalid request body","issues":[{"code":"invalid_type","path":["e-mail"],"message":"is required","expected":"unknown","received":"undefined"}],"request_id":"req-1"}"#
        );
        let (status, body) = call(test::TestRequest::get().uri("/search?limit=51")).await;
        assert_eq!(status, 400);
        assert!(
            body.contains(r#""path":["limit"],"message":"must be at most 50""#),
            "{body}"
        );
        let (status, body) = call(post_json("/signup", r#"{"displayName":"#)).await;
        assert_eq!(status, 400);
        assert!(body.contains(r#""code":"invalid_json""#), "{body}");
    }
}

/// The README's example of invalid input answers what the README shows.
#[tokio::test]
async fn the_readme_example_answers_as_shown() {
    #[derive(Deserialize, validator::Validate)]
    #[serde(rename_all = "camelCase")]
    struct NewWorkflow {
        #[validate(length(min = 1, max = 64))]
        display_name: String,
        #[validate(range(min = 1, max = 60))]
        interval_minutes: u32,
    }
    async fn create(Valid(Json(workflow)): Valid<Json<NewWorkflow>>) -> String {
        format!("{} {}", workflow.display_name, workflow.interval_minutes)
    }
    let app = Router::new()
        .route("/api/workflows", post(create))
        .layer(ErrorLayer::<WorkflowApiError>::new());
    let (status, body) = send(
        app,
        post_json(
            "/api/workflows",
            r#"{"displayName":"","intervalMinutes":0}"#,
        ),
    )
    .await;
    assert_eq!(status, 400);
    let readme = include_str!("../../README.md");
    let shown = readme
        .split("answers 400:\n\n```json\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .unwrap();
    let shown: String = shown
        .lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("");
    assert_eq!(body.replace("req-1", "…"), shown);
}

//! Envelopes: exact bytes of every built-in shape, through both the fast writer and
//! `serde::Serialize`, plus the HTTP response around them.

use errcat::{ApiError, Envelope, EnvelopeParts as _};

/// Seed 000's shape.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
enum Nested {
    #[api(
        status = 404,
        fix(caller, state),
        message = "no active project with that wok_id in this org",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound,

    #[api(
        status = 400,
        message = "field `{field}` is missing",
        hint = "send `{field}` as {kind:?}"
    )]
    BadJson { field: String, kind: &'static str },

    #[api(status = 409, message = "ワーク {0} は停止中です — «{1}»")]
    NotActive(String, String),

    #[api(status = 429, message = "slow down", retry_after = 7)]
    RateLimited {
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
        #[api(expose)]
        scope: Vec<&'static str>,
    },
}

/// Seed 003's shape.
#[derive(Debug, ApiError)]
#[api(format = "flat", status_field = "statusCode")]
enum Flat {
    /// The JWT has expired.
    #[api(status = 401)]
    TokenExpired,

    #[api(status = 422, message = "manifest at {url} is invalid")]
    ManifestInvalid {
        url: String,
        #[api(expose)]
        missing: Vec<String>,
    },
}

/// Seed 002's shape (no status echo).
#[derive(Debug, ApiError)]
#[api(format = "flat", rename_all = "snake_case")]
enum FlatPlain {
    /// The referenced sandbox does not exist or is not visible to the caller.
    #[api(status = 404)]
    SandboxNotFound,
}

/// Seed 004's shape.
#[derive(Debug, ApiError)]
#[api(format = "code", rename_all = "snake_case")]
enum CodeShape {
    #[api(status = 429, message = "rate limited")]
    RateLimited {
        #[api(expose = "retryAfterMs", retry_after = "ms")]
        retry_after_ms: u64,
    },
    #[api(status = 503, message = "try again")]
    Busy {
        #[api(retry_after = "s")]
        wait: Option<u32>,
    },
    #[api(status = 400, message = "body did not match the schema")]
    InvalidBody {
        #[api(expose)]
        issues: Vec<Issue>,
    },
}

#[derive(Debug, serde::Serialize)]
struct Issue {
    path: &'static str,
    message: &'static str,
}

/// RFC 9457.
#[derive(Debug, ApiError)]
#[api(format = "problem", doc_url = "https://errors.example.com/{code}")]
enum ProblemShape {
    #[api(status = 403, message = "you may not view {thing}")]
    Forbidden { thing: String },

    #[api(
        status = 503,
        message = "try later",
        doc_url = "https://status.example.com",
        retry_after = 30
    )]
    Unavailable,
}

/// A struct derives too: one code.
#[derive(Debug, ApiError)]
#[api(status = 410, message = "session {id} expired", format = "flat")]
struct SessionExpired {
    id: u32,
}

fn body(env: Envelope<'_>) -> String {
    let fast = String::from_utf8(env.to_json_vec()).expect("utf-8");
    let via_serde = serde_json::to_string(&env).expect("serialize");
    assert_eq!(fast, via_serde, "the fast writer and Serialize disagree");
    fast
}

#[test]
fn nested_static_message_and_hint() {
    assert_eq!(
        body(Envelope::new(&Nested::ProjectNotFound).with_id("1aee612b1250f276")),
        r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org","correlation_id":"1aee612b1250f276"}}"#
    );
    assert_eq!(
        body(Envelope::new(&Nested::ProjectNotFound)),
        r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org"}}"#
    );
}

#[test]
fn nested_templates_escape_their_values() {
    let err = Nested::BadJson {
        field: "na\"me\n".into(),
        kind: "str",
    };
    assert_eq!(err.message(), "field `na\"me\n` is missing");
    assert_eq!(err.hint().as_deref(), Some("send `na\"me\n` as \"str\""));
    assert_eq!(
        body(Envelope::new(&err)),
        r#"{"error":{"code":"CP_BAD_JSON","message":"field `na\"me\n` is missing","hint":"send `na\"me\n` as \"str\""}}"#
    );
}

#[test]
fn non_ascii_templates_survive() {
    let err = Nested::NotActive("wok-1".into(), "ß∂ƒ 🦀".into());
    assert_eq!(err.message(), "ワーク wok-1 は停止中です — «ß∂ƒ 🦀»");
    assert_eq!(
        body(Envelope::new(&err)),
        r#"{"error":{"code":"CP_NOT_ACTIVE","message":"ワーク wok-1 は停止中です — «ß∂ƒ 🦀»"}}"#
    );
}

#[test]
fn nested_exposed_fields_follow_the_id() {
    let err = Nested::RateLimited {
        retry_after_ms: 1500,
        scope: vec!["org", "key"],
    };
    assert_eq!(
        body(Envelope::new(&err).with_id("r-1")),
        r#"{"error":{"code":"CP_RATE_LIMITED","message":"slow down","correlation_id":"r-1","retryAfterMs":1500,"scope":["org","key"]}}"#
    );
}

#[test]
fn flat_with_status_field() {
    assert_eq!(
        body(Envelope::new(&Flat::TokenExpired)),
        r#"{"error":"The JWT has expired.","code":"TOKEN_EXPIRED","statusCode":401}"#
    );
    let err = Flat::ManifestInvalid {
        url: "https://site.example/manifest.json".into(),
        missing: vec!["name".into()],
    };
    assert_eq!(
        body(Envelope::new(&err).with_id("abc")),
        r#"{"error":"manifest at https://site.example/manifest.json is invalid","code":"MANIFEST_INVALID","statusCode":422,"missing":["name"],"request_id":"abc"}"#
    );
}

#[test]
fn flat_without_status_field() {
    assert_eq!(
        body(Envelope::new(&FlatPlain::SandboxNotFound).with_id("req_9")),
        r#"{"error":"The referenced sandbox does not exist or is not visible to the caller.","code":"sandbox_not_found","request_id":"req_9"}"#
    );
}

#[test]
fn code_shape() {
    assert_eq!(
        body(Envelope::new(&CodeShape::RateLimited {
            retry_after_ms: 250
        })),
        r#"{"error":"rate_limited","message":"rate limited","retryAfterMs":250}"#
    );
    let err = CodeShape::InvalidBody {
        issues: vec![Issue {
            path: "schedule.cron",
            message: "expected string",
        }],
    };
    assert_eq!(
        body(Envelope::new(&err)),
        r#"{"error":"invalid_body","message":"body did not match the schema","issues":[{"path":"schedule.cron","message":"expected string"}]}"#
    );
}

#[test]
fn problem_shape() {
    let err = ProblemShape::Forbidden {
        thing: "org/acme".into(),
    };
    assert_eq!(
        body(
            Envelope::new(&err)
                .with_instance("/v1/orgs/acme")
                .with_id("id-1")
        ),
        r#"{"type":"https://errors.example.com/FORBIDDEN","title":"Forbidden","status":403,"detail":"you may not view org/acme","instance":"/v1/orgs/acme","code":"FORBIDDEN","request_id":"id-1"}"#
    );
    assert_eq!(
        body(Envelope::new(&ProblemShape::Unavailable)),
        r#"{"type":"https://status.example.com","title":"Service Unavailable","status":503,"detail":"try later","code":"UNAVAILABLE"}"#
    );
}

#[test]
fn struct_derive() {
    let err = SessionExpired { id: 42 };
    assert_eq!(err.code(), "SESSION_EXPIRED");
    assert_eq!(
        body(Envelope::new(&err)),
        r#"{"error":"session 42 expired","code":"SESSION_EXPIRED"}"#
    );
}

#[test]
fn invalid_ids_are_never_echoed() {
    for id in [
        "",
        "a b",
        "x\r\nSet-Cookie: a=b",
        "\"}",
        &"a".repeat(129),
        "ünïcödé",
    ] {
        let env = Envelope::new(&FlatPlain::SandboxNotFound).with_id(id);
        assert_eq!(env.id(), None, "{id:?} was accepted");
        assert_eq!(
            body(env),
            r#"{"error":"The referenced sandbox does not exist or is not visible to the caller.","code":"sandbox_not_found"}"#
        );
        let response = env.into_http_response();
        assert!(response.headers().get(errcat::REQUEST_ID_HEADER).is_none());
    }
}

#[test]
fn http_response_has_status_content_type_retry_after_and_id() {
    let response = Envelope::new(&Nested::RateLimited {
        retry_after_ms: 7000,
        scope: vec![],
    })
    .with_id("abc-123")
    .into_http_response();
    assert_eq!(response.status(), http::StatusCode::TOO_MANY_REQUESTS);
    let headers = response.headers();
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["retry-after"], "7");
    assert_eq!(headers["x-request-id"], "abc-123");
    assert_eq!(headers.len(), 3);
    assert_eq!(
        response.body().as_slice(),
        br#"{"error":{"code":"CP_RATE_LIMITED","message":"slow down","correlation_id":"abc-123","retryAfterMs":7000,"scope":[]}}"#
    );

    let problem = Envelope::new(&ProblemShape::Unavailable).into_http_response();
    assert_eq!(problem.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        problem.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(problem.headers()["retry-after"], "30");
    assert_eq!(problem.headers().len(), 2);
}

#[test]
fn write_json_appends_to_the_callers_buffer() {
    let mut buf = b"prefix:".to_vec();
    Envelope::new(&FlatPlain::SandboxNotFound).write_json(&mut buf);
    assert_eq!(
        buf,
        br#"prefix:{"error":"The referenced sandbox does not exist or is not visible to the caller.","code":"sandbox_not_found"}"#
    );
}

#[test]
fn retry_delay_from_a_field() {
    let err = CodeShape::RateLimited {
        retry_after_ms: 250,
    };
    assert_eq!(
        err.retry_after(),
        Some(std::time::Duration::from_millis(250))
    );
    // The header is whole seconds, rounded up.
    let response = Envelope::new(&err).into_http_response();
    assert_eq!(response.headers()["retry-after"], "1");
    let response = Envelope::new(&CodeShape::RateLimited {
        retry_after_ms: 3000,
    })
    .into_http_response();
    assert_eq!(response.headers()["retry-after"], "3");

    let busy = CodeShape::Busy { wait: Some(12) };
    assert_eq!(busy.retry_after(), Some(std::time::Duration::from_secs(12)));
    assert_eq!(
        Envelope::new(&busy).into_http_response().headers()["retry-after"],
        "12"
    );
    let unknown = CodeShape::Busy { wait: None };
    assert_eq!(unknown.retry_after(), None);
    assert!(
        Envelope::new(&unknown)
            .into_http_response()
            .headers()
            .get("retry-after")
            .is_none()
    );
    // Variants without a retry field keep their static guidance.
    assert_eq!(
        CodeShape::InvalidBody { issues: vec![] }.retry_after(),
        None
    );
}

/// Optional details: present when `Some`, left out when `None`.
#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum Optional {
    #[api(status = 409, message = "conflict")]
    Conflict {
        #[api(expose)]
        version: Option<u32>,
        #[api(expose = "holder")]
        held_by: Option<String>,
        #[api(expose)]
        resource: &'static str,
    },
}

#[test]
fn optional_details_appear_only_when_present() {
    let none = Optional::Conflict {
        version: None,
        held_by: None,
        resource: "wok",
    };
    assert_eq!(
        body(Envelope::new(&none).with_id("r1")),
        r#"{"error":"conflict","code":"CONFLICT","resource":"wok","request_id":"r1"}"#
    );
    let some = Optional::Conflict {
        version: Some(3),
        held_by: Some("job-7".into()),
        resource: "wok",
    };
    assert_eq!(
        body(Envelope::new(&some).with_id("r1")),
        r#"{"error":"conflict","code":"CONFLICT","version":3,"holder":"job-7","resource":"wok","request_id":"r1"}"#
    );
    let entry = &Optional::catalog().entries()[0];
    let types: Vec<_> = entry.exposed_fields().collect();
    assert_eq!(
        types,
        [
            (
                "version",
                errcat::shape::FieldType::Optional(&errcat::shape::FieldType::UnsignedInteger)
            ),
            (
                "holder",
                errcat::shape::FieldType::Optional(&errcat::shape::FieldType::Text)
            ),
            ("resource", errcat::shape::FieldType::Text),
        ]
    );
}

/// RFC 9457 with a hint, an extension member.
#[derive(Debug, ApiError)]
#[api(format = "problem")]
enum ProblemWithHint {
    #[api(
        status = 409,
        message = "the order is closed",
        hint = "open a new order"
    )]
    OrderClosed,
}

#[test]
fn problem_shape_carries_the_hint() {
    assert_eq!(
        body(Envelope::new(&ProblemWithHint::OrderClosed).with_id("r2")),
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"the order is closed","code":"ORDER_CLOSED","hint":"open a new order","request_id":"r2"}"#
    );
}

// ---------------------------------------------------------------------------------------
// A custom format written with the envelope's helpers

/// `{"c":CODE,"m":MESSAGE,"h":HINT?,"<id_field>":ID?,"x":{...details}}`, written by hand.
struct ByHand;

impl errcat::Format for ByHand {
    fn name(&self) -> &'static str {
        "by-hand"
    }
    fn write(&self, env: &dyn errcat::EnvelopeParts, sink: &mut dyn errcat::JsonSink) {
        sink.begin_object();
        sink.key("c");
        env.write_code(sink);
        sink.key("m");
        env.write_message(sink);
        if env.has_hint() {
            sink.key("h");
            env.write_hint(sink);
        }
        env.write_id_member(sink);
        sink.key("x");
        sink.begin_object();
        env.write_details(sink);
        sink.end_object();
        sink.end_object();
    }
    fn read(
        &self,
        _: serde_json::Value,
        _: &errcat::MemberNames,
    ) -> Result<errcat::Parts, errcat::ShapeError> {
        Err(errcat::ShapeError("write-only"))
    }
}

#[derive(Debug, ApiError)]
#[api(format = ByHand, id_field = "trace")]
enum Handmade {
    #[api(status = 404, message = "static \"text\"", hint = "static hint")]
    Static,
    #[api(status = 400, message = "bad {name}", hint = "fix {name:?}")]
    Templated {
        #[api(expose)]
        name: String,
        #[api(expose)]
        extra: Option<u32>,
        #[api(expose)]
        count: Option<u32>,
    },
    #[api(status = 409, message = "no hint")]
    Bare,
    #[api(status = 422, message = "nulls")]
    Nulls {
        #[api(expose)]
        meta: serde_json::Value,
        #[api(expose)]
        note: Option<String>,
    },
}

#[test]
fn a_format_written_by_hand_uses_the_envelopes_parts() {
    let body = |e: &Handmade, id: Option<&str>| {
        let env = Envelope::new(e);
        let env = match id {
            Some(id) => env.with_id(id),
            None => env,
        };
        String::from_utf8(env.to_json_vec()).unwrap()
    };
    assert_eq!(
        body(&Handmade::Static, Some("t-1")),
        r#"{"c":"STATIC","m":"static \"text\"","h":"static hint","trace":"t-1","x":{}}"#
    );
    let templated = Handmade::Templated {
        name: "a\"b".into(),
        extra: None,
        count: Some(3),
    };
    assert_eq!(
        body(&templated, None),
        r#"{"c":"TEMPLATED","m":"bad a\"b","h":"fix \"a\\\"b\"","x":{"name":"a\"b","count":3}}"#
    );
    assert_eq!(
        body(&Handmade::Bare, None),
        r#"{"c":"BARE","m":"no hint","x":{}}"#
    );
    // Only an `Option` that is `None` is left out: another value written as `null` stays.
    let nulls = Handmade::Nulls {
        meta: serde_json::Value::Null,
        note: None,
    };
    assert_eq!(
        body(&nulls, None),
        r#"{"c":"NULLS","m":"nulls","x":{"meta":null}}"#
    );
    // In a type with a templated hint, a static one is written by the derived method.
    let mut hint = String::new();
    assert_eq!(Handmade::Static.write_hint(&mut hint), Ok(true));
    assert_eq!(hint, "static hint");
    let mut hint = String::new();
    assert_eq!(Handmade::Bare.write_hint(&mut hint), Ok(false));
    assert_eq!(hint, "");
    let env = Envelope::new(&Handmade::Bare);
    assert!(!env.has_hint());
    assert!(Envelope::new(&Handmade::Static).has_hint());
    let shown = format!("{:?}", env.with_id("t-2").with_instance("/p"));
    assert!(
        shown.contains(r#"code: "BARE""#)
            && shown.contains(r#"id: Some("t-2")"#)
            && shown.contains(r#"instance: Some("/p")"#),
        "{shown}"
    );
}

/// A format that places a member rendered ahead of time.
struct WithConstant;

impl errcat::Format for WithConstant {
    fn name(&self) -> &'static str {
        "with-constant"
    }
    fn write(&self, env: &dyn errcat::EnvelopeParts, sink: &mut dyn errcat::JsonSink) {
        sink.begin_object();
        sink.key("api");
        sink.pre_rendered("v1 \"beta\"", r#""v1 \"beta\"""#);
        sink.key("code");
        env.write_code(sink);
        sink.key("n");
        sink.u64(7);
        sink.end_object();
    }
    fn read(
        &self,
        _: serde_json::Value,
        _: &errcat::MemberNames,
    ) -> Result<errcat::Parts, errcat::ShapeError> {
        Err(errcat::ShapeError("write-only"))
    }
}

#[derive(Debug, ApiError)]
#[api(format = WithConstant)]
enum Constant {
    /// Bad.
    #[api(status = 400)]
    Bad,
}

#[test]
fn pre_rendered_values_are_copied_and_serialized_alike() {
    assert_eq!(
        body(Envelope::new(&Constant::Bad)),
        r#"{"api":"v1 \"beta\"","code":"BAD","n":7}"#
    );
}

/// A `Display` that fails half-way through (as a misbehaving impl might).
#[derive(Debug)]
struct FailsHalfWay;

impl std::fmt::Display for FailsHalfWay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("half \"of it")?;
        Err(std::fmt::Error)
    }
}

#[derive(Debug, ApiError)]
#[api(format = "nested")]
enum Failing {
    #[api(status = 400, message = "bad {0}", hint = "see {0}")]
    Value(FailsHalfWay),
}

#[test]
fn a_failing_display_leaves_an_empty_string_not_half_a_body() {
    // Both writers keep the body valid: the failed text is an empty string.
    assert_eq!(
        body(Envelope::new(&Failing::Value(FailsHalfWay))),
        r#"{"error":{"code":"VALUE","message":"","hint":""}}"#
    );
}

/// Values an exposed field may hold, and whether each is written as `null`.
#[derive(serde::Serialize)]
struct Marker;

#[derive(serde::Serialize)]
struct Wrapper(Option<u32>);

#[derive(serde::Serialize)]
enum Choice {
    Unit,
    New(u32),
}

/// Not `Serialize`: implements `Exposed` by hand, relying on the provided `is_null`.
struct Manual(Option<u8>);

impl errcat::Exposed for Manual {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.0.map_or("null".into(), |n| n.to_string()).as_bytes());
    }
    fn to_json_value(&self) -> serde_json::Value {
        self.0
            .map_or(serde_json::Value::Null, serde_json::Value::from)
    }
}

#[test]
fn exposed_values_know_whether_they_are_null() {
    use errcat::Exposed;
    use serde_json::json;
    assert!(Exposed::is_null(&None::<u8>));
    assert!(Exposed::is_null(&()));
    assert!(Exposed::is_null(&Marker));
    assert!(Exposed::is_null(&Wrapper(None)));
    assert!(!Exposed::is_null(&Wrapper(Some(1))));
    assert!(!Exposed::is_null(&Some(())));
    assert!(!Exposed::is_null(&Choice::Unit));
    assert!(!Exposed::is_null(&Choice::New(1)));
    assert!(!Exposed::is_null(&0u8));
    assert!(!Exposed::is_null("text"));
    assert!(!Exposed::is_null(&vec![1]));
    assert!(Manual(None).is_null());
    assert!(!Manual(Some(2)).is_null());
    // The value as JSON; `null` when it has no JSON form (a map with non-string keys).
    assert_eq!(Exposed::to_json_value(&vec![1, 2]), json!([1, 2]));
    assert_eq!(Exposed::to_json_value(&Choice::New(4)), json!({"New": 4}));
    let pairs = std::collections::BTreeMap::from([((1, 2), 3)]);
    assert_eq!(Exposed::to_json_value(&pairs), serde_json::Value::Null);
    let mut out = Vec::new();
    Exposed::write_json(&pairs, &mut out);
    assert_eq!(out, b"null");
}

#[test]
fn a_duration_field_is_the_delay_as_it_is() {
    #[derive(Debug, ApiError)]
    #[api(format = "code")]
    enum Slow {
        #[api(status = 503, message = "busy")]
        Busy {
            #[api(retry_after = "ms")]
            wait: std::time::Duration,
        },
    }
    let busy = Slow::Busy {
        wait: std::time::Duration::from_millis(2500),
    };
    assert_eq!(
        busy.retry_after(),
        Some(std::time::Duration::from_millis(2500))
    );
    assert_eq!(
        Envelope::new(&busy).into_http_response().headers()["retry-after"],
        "3"
    );
}

//! Client decoding: every shape read back from exact bodies, the headers of an
//! `http::Response`, and hostile bodies (never a panic, a typed error, no echo).

use std::time::Duration;

use errcat::client::{self, ClientError};
use errcat::{ApiError, Code, DecodeError, Decoded, Decoder, Envelope, ShapeError, Violations};
use http::StatusCode;
use serde_json::{Map, Value, json};

/// Seed 000's shape.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
enum Cp {
    #[api(
        status = 404,
        message = "no active project with that wok_id in this org",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound,

    #[api(status = 404, message = "no route at {method} {path}")]
    RouteNotFound {
        #[api(expose)]
        method: String,
        #[api(expose)]
        path: String,
    },

    /// The wok status row hasn't been refreshed by the reconciler yet.
    #[api(status = 503, retry_after = 5)]
    StatusStale,
}

/// Seed 003's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
#[api(format = "flat", status_field = "statusCode")]
enum Flat {
    /// The JWT has expired.
    #[api(status = 401)]
    TokenExpired,
}

/// Seed 004's shape.
#[derive(Debug, ApiError)]
#[api(format = "code", rename_all = "snake_case")]
enum CodeShape {
    #[api(status = 429, message = "rate limited")]
    RateLimited {
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },
}

/// RFC 9457.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
#[api(format = "problem", doc_url = "https://docs.example/errors/{code}")]
enum Problem {
    /// The wok is busy.
    #[api(status = 409)]
    WokBusy,
}

fn details(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("details are objects"),
    }
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

// ---------------------------------------------------------------------------------------
// Every shape, from exact bodies

#[test]
fn nested_exact_body() {
    let err = Cp::RouteNotFound {
        method: "GET".into(),
        path: "/v1/woks/7".into(),
    };
    let body = utf8(
        Envelope::new(&err)
            .with_id("1aee612b1250f276")
            .to_json_vec(),
    );
    assert_eq!(
        body,
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at GET /v1/woks/7","correlation_id":"1aee612b1250f276","method":"GET","path":"/v1/woks/7"}}"#
    );
    let decoded = errcat::decode::<CpCode>(StatusCode::NOT_FOUND, body.as_bytes()).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::NOT_FOUND,
            code: Code::Known(CpCode::RouteNotFound),
            message: "no route at GET /v1/woks/7".into(),
            hint: None,
            id: Some("1aee612b1250f276".into()),
            retry_after: None,
            details: details(json!({"method": "GET", "path": "/v1/woks/7"})),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
    assert_eq!(
        decoded.entry().map(|e| e.code()),
        Some("CP_ROUTE_NOT_FOUND")
    );
    assert_eq!(decoded.guidance(), None);
}

#[test]
fn nested_hint_from_body_or_catalog() {
    let with_hint = utf8(Envelope::new(&Cp::ProjectNotFound).to_json_vec());
    assert_eq!(
        with_hint,
        r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org"}}"#
    );
    let replaced = with_hint.replace("verify the wok_id", "from the body: verify");
    let decoded = errcat::decode::<CpCode>(StatusCode::NOT_FOUND, replaced.as_bytes()).unwrap();
    assert_eq!(
        decoded.hint.as_deref(),
        Some("from the body: verify and that it belongs to your org")
    );

    // The hint is static in the catalog, so a body without one still gets it.
    let without = br#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"m"}}"#;
    let decoded = errcat::decode::<CpCode>(StatusCode::NOT_FOUND, without).unwrap();
    assert_eq!(
        decoded.hint.as_deref(),
        Some("verify the wok_id and that it belongs to your org")
    );
    assert_eq!(decoded.id, None);
    assert_eq!(decoded.details, Map::new());
}

#[test]
fn nested_guidance_from_catalog() {
    let body = Envelope::new(&Cp::StatusStale).to_json_vec();
    assert_eq!(
        utf8(body.clone()),
        r#"{"error":{"code":"CP_STATUS_STALE","message":"The wok status row hasn't been refreshed by the reconciler yet."}}"#
    );
    let decoded = errcat::decode::<CpCode>(StatusCode::SERVICE_UNAVAILABLE, &body).unwrap();
    assert_eq!(decoded.code, Code::Known(CpCode::StatusStale));
    assert_eq!(decoded.guidance(), Some(Duration::from_secs(5)));
    assert_eq!(decoded.retry_after, None);
}

#[test]
fn flat_exact_body() {
    let body = utf8(
        Envelope::new(&Flat::TokenExpired)
            .with_id("r-1")
            .to_json_vec(),
    );
    assert_eq!(
        body,
        r#"{"error":"The JWT has expired.","code":"TOKEN_EXPIRED","statusCode":401,"request_id":"r-1"}"#
    );
    let decoded = errcat::decode::<Flat>(StatusCode::UNAUTHORIZED, body.as_bytes()).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::UNAUTHORIZED,
            code: Code::Known(Flat::TokenExpired),
            message: "The JWT has expired.".into(),
            hint: None,
            id: Some("r-1".into()),
            retry_after: None,
            // The status echo is the shape's, not a detail.
            details: Map::new(),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
}

#[test]
fn code_exact_body() {
    let err = CodeShape::RateLimited {
        retry_after_ms: 1500,
    };
    let body = utf8(Envelope::new(&err).with_id("r-2").to_json_vec());
    assert_eq!(
        body,
        r#"{"error":"rate_limited","message":"rate limited","retryAfterMs":1500,"request_id":"r-2"}"#
    );
    let decoded =
        errcat::decode::<CodeShapeCode>(StatusCode::TOO_MANY_REQUESTS, body.as_bytes()).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: Code::Known(CodeShapeCode::RateLimited),
            message: "rate limited".into(),
            hint: None,
            id: Some("r-2".into()),
            retry_after: None,
            details: details(json!({"retryAfterMs": 1500})),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );

    // The seed's shape promises only the code: a body without a message is still read.
    let bare = br#"{"error":"rate_limited"}"#;
    let decoded = errcat::decode::<CodeShapeCode>(StatusCode::TOO_MANY_REQUESTS, bare).unwrap();
    assert_eq!(decoded.code, Code::Known(CodeShapeCode::RateLimited));
    assert_eq!(decoded.message, "");
}

#[test]
fn problem_exact_body() {
    let body = utf8(
        Envelope::new(&Problem::WokBusy)
            .with_id("r-3")
            .with_instance("/v1/woks/7")
            .to_json_vec(),
    );
    assert_eq!(
        body,
        r#"{"type":"https://docs.example/errors/WOK_BUSY","title":"Conflict","status":409,"detail":"The wok is busy.","instance":"/v1/woks/7","code":"WOK_BUSY","request_id":"r-3"}"#
    );
    let decoded = errcat::decode::<Problem>(StatusCode::CONFLICT, body.as_bytes()).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::CONFLICT,
            code: Code::Known(Problem::WokBusy),
            message: "The wok is busy.".into(),
            hint: None,
            id: Some("r-3".into()),
            retry_after: None,
            details: details(json!({"instance": "/v1/woks/7"})),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
}

#[test]
fn prebuilt_catalog_decodes_its_own_bodies() {
    use errcat::catalogs::prompt_api::PromptApiError;
    let body = Envelope::new(&PromptApiError::NotFound).to_json_vec();
    let decoded = errcat::decode::<PromptApiError>(StatusCode::NOT_FOUND, &body).unwrap();
    assert_eq!(decoded.code, Code::Known(PromptApiError::NotFound));
    assert_eq!(decoded.message, PromptApiError::NotFound.message());
    assert_eq!(
        decoded.hint,
        PromptApiError::NotFound.hint().map(|h| h.into_owned())
    );
}

// ---------------------------------------------------------------------------------------
// Unknown codes

#[test]
fn unknown_codes_are_kept_verbatim_in_every_shape() {
    let weird = "NEWER_CODE ✓ \"quoted\" \u{0}";
    let escaped = serde_json::to_string(weird).unwrap();
    let status = StatusCode::IM_A_TEAPOT;

    let nested = format!(r#"{{"error":{{"code":{escaped},"message":"m","extra":1}}}}"#);
    let decoded = errcat::decode::<CpCode>(status, nested.as_bytes()).unwrap();
    assert_eq!(decoded.code, Code::Unknown(weird.into()));
    assert_eq!(decoded.code.as_str(), weird);
    assert_eq!(decoded.code.known(), None);
    assert_eq!(decoded.entry().map(|e| e.code()), None);
    assert_eq!(decoded.hint, None);
    assert_eq!(decoded.details, details(json!({"extra": 1})));

    let flat = format!(r#"{{"error":"m","code":{escaped}}}"#);
    let decoded = errcat::decode::<Flat>(status, flat.as_bytes()).unwrap();
    assert_eq!(decoded.code, Code::Unknown(weird.into()));

    let code = format!(r#"{{"error":{escaped},"message":"m"}}"#);
    let decoded = errcat::decode::<CodeShapeCode>(status, code.as_bytes()).unwrap();
    assert_eq!(decoded.code, Code::Unknown(weird.into()));

    let problem = format!(r#"{{"title":"t","code":{escaped}}}"#);
    let decoded = errcat::decode::<Problem>(status, problem.as_bytes()).unwrap();
    assert_eq!(decoded.code, Code::Unknown(weird.into()));
    assert_eq!(decoded.message, "t");
}

#[test]
fn codes_match_exactly() {
    // Case and surrounding space matter: a near miss is Unknown, not a guess.
    for near in [
        "token_expired",
        "TOKEN_EXPIRED ",
        " TOKEN_EXPIRED",
        "TOKEN_EXPIREDX",
    ] {
        let body = json!({"error": "m", "code": near}).to_string();
        let decoded = errcat::decode::<Flat>(StatusCode::UNAUTHORIZED, body.as_bytes()).unwrap();
        assert_eq!(decoded.code, Code::Unknown(near.into()));
    }
}

// ---------------------------------------------------------------------------------------
// Hostile bodies

fn nested(body: &[u8]) -> Result<Decoded<CpCode>, DecodeError> {
    errcat::decode::<CpCode>(StatusCode::BAD_GATEWAY, body)
}

fn shape(reason: &'static str) -> DecodeError {
    DecodeError::NotEnvelope {
        format: "nested",
        reason: ShapeError(reason),
    }
}

#[test]
fn not_json() {
    let html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    assert_eq!(
        nested(html),
        Err(DecodeError::NotJson {
            reason: "syntax error at line 1 column 1".into()
        })
    );
    assert_eq!(
        nested(b"upstream connect error or disconnect/reset before headers"),
        Err(DecodeError::NotJson {
            reason: "syntax error at line 1 column 1".into()
        })
    );
    assert_eq!(
        nested(br#"{"error":{"code":"CP_X""#),
        Err(DecodeError::NotJson {
            reason: "unexpected end at line 1 column 23".into()
        })
    );
    assert_eq!(
        nested(br#"{"error":{"code":"CP_X","message":"m"}} trailing"#),
        Err(DecodeError::NotJson {
            reason: "syntax error at line 1 column 41".into()
        })
    );
}

#[test]
fn empty_and_whitespace() {
    assert_eq!(nested(b""), Err(DecodeError::Empty));
    assert_eq!(nested(b" \r\n\t "), Err(DecodeError::Empty));
    assert_eq!(nested(b"\xEF\xBB\xBF"), Err(DecodeError::Empty));
}

#[test]
fn byte_order_mark_is_skipped() {
    let body = b"\xEF\xBB\xBF{\"error\":{\"code\":\"CP_PROJECT_NOT_FOUND\",\"message\":\"m\"}}";
    assert_eq!(
        nested(body).unwrap().code,
        Code::Known(CpCode::ProjectNotFound)
    );
}

#[test]
fn huge_bodies() {
    let ten_mb = vec![b' '; 10 * 1024 * 1024];
    assert_eq!(
        nested(&ten_mb),
        Err(DecodeError::TooLarge { limit: 64 * 1024 })
    );
    // A valid envelope just over a custom cap is refused; at the cap it is read.
    let body = br#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"m"}}"#;
    let at_cap = Decoder::new().max_body(body.len());
    assert!(at_cap.decode::<CpCode>(StatusCode::NOT_FOUND, body).is_ok());
    assert_eq!(
        Decoder::new()
            .max_body(body.len() - 1)
            .decode::<CpCode>(StatusCode::NOT_FOUND, body),
        Err(DecodeError::TooLarge {
            limit: body.len() - 1
        })
    );
}

#[test]
fn deep_nesting() {
    let deep = |levels: usize| {
        let mut body = "[".repeat(levels);
        body.push_str(&"]".repeat(levels));
        body.into_bytes()
    };
    // 100 000 levels: refused by a pre-scan, before any parser recursion.
    let big = Decoder::new().max_body(1 << 20);
    assert_eq!(
        big.decode::<CpCode>(StatusCode::BAD_GATEWAY, &deep(100_000)),
        Err(DecodeError::TooDeep { limit: 32 })
    );
    assert_eq!(nested(&deep(33)), Err(DecodeError::TooDeep { limit: 32 }));
    // Unbalanced openers count too.
    assert_eq!(
        nested("{\"a\":".repeat(40).as_bytes()),
        Err(DecodeError::TooDeep { limit: 32 })
    );
    // Nesting inside a detail of an otherwise valid envelope.
    let mut inside = br#"{"error":{"code":"CP_X","message":"m","d":"#.to_vec();
    inside.extend(deep(31));
    inside.extend(b"}}");
    assert_eq!(nested(&inside), Err(DecodeError::TooDeep { limit: 32 }));
    // Brackets inside strings are text, not nesting.
    let text = format!(
        r#"{{"error":{{"code":"CP_X","message":"{}"}}}}"#,
        "[{".repeat(1000)
    );
    assert_eq!(nested(text.as_bytes()).unwrap().message, "[{".repeat(1000));
    // At the limit exactly: read.
    let mut at_limit = br#"{"error":{"code":"CP_X","message":"m","d":"#.to_vec();
    at_limit.extend(deep(30));
    at_limit.extend(b"}}");
    assert_eq!(
        nested(&at_limit).unwrap().code,
        Code::Unknown("CP_X".into())
    );
    // Closed brackets do not add up: many siblings are one level.
    let siblings = format!(
        r#"{{"error":{{"code":"CP_X","message":"m","d":[{}[]]}}}}"#,
        "[],".repeat(100)
    );
    assert!(nested(siblings.as_bytes()).is_ok());
    // An escaped quote or backslash does not end a string; the quote after it does.
    let shallow = Decoder::new().max_depth(3);
    let escaped = br#"{"error":{"code":"CP_X","message":"a"[[[[\","d":[[[[]]]]}}"#;
    assert_eq!(
        shallow.decode::<CpCode>(StatusCode::BAD_GATEWAY, escaped),
        Err(DecodeError::TooDeep { limit: 3 })
    );
    // An escaped backslash ends its escape: the quote after it closes the string.
    let backslash = br#"{"error":{"code":"CP_X","message":"a\\","d":[[[[]]]]}}"#;
    assert_eq!(
        shallow.decode::<CpCode>(StatusCode::BAD_GATEWAY, backslash),
        Err(DecodeError::TooDeep { limit: 3 })
    );
}

#[test]
fn codes_display_and_the_decoder_names_its_id_header() {
    assert_eq!(
        Code::<CpCode>::Unknown("CP_NEW".into()).to_string(),
        "CP_NEW"
    );
    let known = nested(br#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"m"}}"#).unwrap();
    assert_eq!(known.code.to_string(), "CP_PROJECT_NOT_FOUND");
    assert_eq!(Decoder::new().request_id_header(), "x-request-id");
    assert_eq!(
        Decoder::new().id_header("x-trace").request_id_header(),
        "x-trace"
    );
    // Deserializing something that is not a string names what was expected.
    let err = serde_json::from_str::<CpCode>("1").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid type: integer `1`, expected an error code of catalog `cp`"),
        "{err}"
    );
}

#[test]
fn invalid_utf8() {
    assert_eq!(
        nested(b"{\"error\":\"\xFF\xFE\"}"),
        Err(DecodeError::NotUtf8 { valid_up_to: 10 })
    );
    // A truncated multi-byte sequence at the end.
    assert_eq!(
        nested(b"{\"error\":{\"code\":\"CP_X\",\"message\":\"\xE2\x9C"),
        Err(DecodeError::NotUtf8 { valid_up_to: 35 })
    );
}

#[test]
fn json_that_is_not_an_object() {
    for body in [
        &b"[]"[..],
        b"[1,2]",
        b"42",
        b"-1.5e300",
        b"null",
        b"true",
        br#""error""#,
    ] {
        assert_eq!(
            nested(body),
            Err(shape("body is not a JSON object")),
            "{:?}",
            String::from_utf8_lossy(body)
        );
    }
}

#[test]
fn wrong_types_and_missing_members() {
    let cases: [(&[u8], &str); 12] = [
        (b"{}", "no `error` object"),
        (br#"{"message":"m"}"#, "no `error` object"),
        (br#"{"error":"CP_X"}"#, "`error` is not an object"),
        (br#"{"error":null}"#, "`error` is not an object"),
        (br#"{"error":[]}"#, "`error` is not an object"),
        (
            br#"{"error":{"message":"m"}}"#,
            "a member the shape requires is missing",
        ),
        (
            br#"{"error":{"code":"CP_X"}}"#,
            "a member the shape requires is missing",
        ),
        (
            br#"{"error":{"code":404,"message":"m"}}"#,
            "a member the shape requires is not a string",
        ),
        (
            br#"{"error":{"code":null,"message":"m"}}"#,
            "a member the shape requires is not a string",
        ),
        (
            br#"{"error":{"code":"CP_X","message":{"text":"m"}}}"#,
            "a member the shape requires is not a string",
        ),
        (
            br#"{"error":{"code":"CP_X","message":"m","hint":["a"]}}"#,
            "an optional member of the shape is not a string",
        ),
        (
            br#"{"error":{"code":"CP_X","message":"m","correlation_id":7}}"#,
            "an optional member of the shape is not a string",
        ),
    ];
    for (body, reason) in cases {
        assert_eq!(
            nested(body),
            Err(shape(reason)),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // `null` for an optional member means absent.
    let body = br#"{"error":{"code":"CP_X","message":"m","hint":null,"correlation_id":null}}"#;
    let decoded = nested(body).unwrap();
    assert_eq!((decoded.hint, decoded.id), (None, None));
}

#[test]
fn other_shapes_report_their_name() {
    assert_eq!(
        errcat::decode::<Flat>(StatusCode::UNAUTHORIZED, br#"{"error":{"code":"X"}}"#),
        Err(DecodeError::NotEnvelope {
            format: "flat",
            reason: ShapeError("a member the shape requires is not a string"),
        })
    );
    // A problem names itself by its code, else its type, else its title: with none of
    // them it is not one.
    assert_eq!(
        errcat::decode::<Problem>(StatusCode::CONFLICT, br#"{"status":409,"detail":"d"}"#),
        Err(DecodeError::NotEnvelope {
            format: "problem",
            reason: ShapeError("a member the shape requires is missing"),
        })
    );
}

#[test]
fn success_statuses_are_not_errors() {
    let body = br#"{"error":{"code":"CP_X","message":"m"}}"#;
    for status in [StatusCode::OK, StatusCode::NO_CONTENT, StatusCode::FOUND] {
        assert_eq!(
            nested_at(status, body),
            Err(DecodeError::NotAnError(status))
        );
    }
}

fn nested_at(status: StatusCode, body: &[u8]) -> Result<Decoded<CpCode>, DecodeError> {
    errcat::decode::<CpCode>(status, body)
}

/// A marker an attacker would like to see echoed into logs.
const MARKER: &str = "ATTACKER-CONTROLLED";

#[test]
fn error_texts_never_echo_the_body() {
    let repeated = MARKER.repeat(100);
    let hostile: Vec<Vec<u8>> = vec![
        format!("<html>{repeated}</html>").into_bytes(),
        repeated.clone().into_bytes(),
        format!(r#"{{"error":{{"code":"{repeated}""#).into_bytes(),
        format!(r#"{{"error":"{repeated}"}}"#).into_bytes(),
        format!(r#"{{"error":{{"code":["{repeated}"],"message":"m"}}}}"#).into_bytes(),
        format!(r#"{{"{repeated}":1}}"#).into_bytes(),
        [format!(r#"{{"error":"{repeated}"#).as_bytes(), b"\xFF\"}"].concat(),
        format!("[{repeated}").repeat(40).into_bytes(),
        repeated.repeat(30).into_bytes(),
    ];
    for body in hostile {
        let err = nested(&body).unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("ATTACKER"), "{text}");
        assert!(text.len() <= 100, "{} bytes: {text}", text.len());
        let debug = format!("{err:?}");
        assert!(!debug.contains("ATTACKER"), "{debug}");
    }
}

#[test]
fn decoded_display_quotes_only_a_prefix() {
    let long = MARKER.repeat(1000);
    let body =
        json!({"error": {"code": long, "message": long, "correlation_id": "r-1"}}).to_string();
    let decoded = nested(body.as_bytes()).unwrap();
    // The data is kept whole...
    assert_eq!(decoded.code, Code::Unknown(long.clone()));
    assert_eq!(decoded.message, long);
    // ...but its text shows 64 bytes of the code and 256 of the message.
    let text = decoded.to_string();
    assert_eq!(
        text,
        format!(
            "502 Bad Gateway {}…: {}… (id r-1)",
            long.get(..64).unwrap(),
            long.get(..256).unwrap()
        )
    );
}

#[test]
fn decoded_display_escapes_control_characters() {
    let body =
        json!({"error": {"code": "CP_X\u{0}", "message": "bad\r\nINFO forged log line\u{1b}[31m"}})
            .to_string();
    let decoded = nested(body.as_bytes()).unwrap();
    assert_eq!(decoded.message, "bad\r\nINFO forged log line\u{1b}[31m");
    assert_eq!(
        decoded.to_string(),
        r"502 Bad Gateway CP_X\u{0}: bad\r\nINFO forged log line\u{1b}[31m"
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Fragments that make bodies look almost like envelopes.
    fn jsonish() -> impl Strategy<Value = Vec<u8>> {
        let token = prop_oneof![
            Just(&b"{"[..]),
            Just(&b"}"[..]),
            Just(&b"["[..]),
            Just(&b"]"[..]),
            Just(&b"\""[..]),
            Just(&b"\\"[..]),
            Just(&b":"[..]),
            Just(&b","[..]),
            Just(&b"\"error\""[..]),
            Just(&b"\"code\""[..]),
            Just(&b"\"message\""[..]),
            Just(&b"\"CP_PROJECT_NOT_FOUND\""[..]),
            Just(&b"null"[..]),
            Just(&b"1e999"[..]),
            Just(&b"\xFF"[..]),
            Just(&b"\xEF\xBB\xBF"[..]),
        ];
        prop::collection::vec(token, 0..64).prop_map(|tokens| tokens.concat())
    }

    proptest! {
        #[test]
        fn arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..512)) {
            if let Err(err) = nested(&body) {
                prop_assert!(err.to_string().len() <= 100);
            }
        }

        #[test]
        fn almost_envelopes(body in jsonish()) {
            match nested(&body) {
                Ok(decoded) => prop_assert!(decoded.to_string().len() <= 400),
                Err(err) => prop_assert!(err.to_string().len() <= 100),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// From `http::Response`: status, headers and body

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<String> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_owned()).unwrap()
}

const STALE: &str = r#"{"error":{"code":"CP_STATUS_STALE","message":"stale"}}"#;

#[test]
fn response_keeps_retry_after_and_request_id() {
    let res = response(
        503,
        &[("retry-after", "17"), ("x-request-id", "req-42")],
        STALE,
    );
    let decoded = client::decode_response::<CpCode, _>(&res).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: Code::Known(CpCode::StatusStale),
            message: "stale".into(),
            hint: None,
            id: Some("req-42".into()),
            retry_after: Some(Duration::from_secs(17)),
            details: Map::new(),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
    // The header's wait and the catalog's guidance are both kept.
    assert_eq!(decoded.guidance(), Some(Duration::from_secs(5)));
}

#[test]
fn response_retry_after_dates_and_garbage() {
    let past = response(
        503,
        &[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")],
        STALE,
    );
    let decoded = client::decode_response::<CpCode, _>(&past).unwrap();
    assert_eq!(decoded.retry_after, Some(Duration::ZERO));

    let future = response(
        503,
        &[("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT")],
        STALE,
    );
    let wait = client::decode_response::<CpCode, _>(&future)
        .unwrap()
        .retry_after
        .unwrap();
    assert!(wait > Duration::from_secs(7000 * 365 * 86_400), "{wait:?}");

    for garbage in ["soon", "-1", "1.5", "", "Sun, 06 Nov 1994"] {
        let res = response(503, &[("retry-after", garbage)], STALE);
        let decoded = client::decode_response::<CpCode, _>(&res).unwrap();
        assert_eq!(decoded.retry_after, None, "{garbage:?}");
    }
}

#[test]
fn body_id_wins_over_header() {
    let body =
        r#"{"error":{"code":"CP_STATUS_STALE","message":"stale","correlation_id":"from-body"}}"#;
    let res = response(503, &[("x-request-id", "from-header")], body);
    let decoded = client::decode_response::<CpCode, _>(&res).unwrap();
    assert_eq!(decoded.id.as_deref(), Some("from-body"));
}

#[test]
fn invalid_header_ids_are_dropped() {
    let long = "a".repeat(129);
    for bad in ["has space", "semi;colon", "", long.as_str()] {
        let res = response(503, &[("x-request-id", bad)], STALE);
        let decoded = client::decode_response::<CpCode, _>(&res).unwrap();
        assert_eq!(decoded.id, None, "{bad:?}");
    }
}

#[test]
fn custom_id_header() {
    let res = response(
        503,
        &[("x-correlation-id", "c-9"), ("x-request-id", "r-9")],
        STALE,
    );
    let decoded = Decoder::new()
        .id_header("x-correlation-id")
        .decode_response::<CpCode, _>(&res)
        .unwrap();
    assert_eq!(decoded.id.as_deref(), Some("c-9"));
}

#[test]
fn error_for_status_passes_successes() {
    for status in [200, 201, 204, 304] {
        let res = response(status, &[], "anything");
        let passed = client::error_for_status::<CpCode, _>(res).unwrap();
        assert_eq!(passed.status().as_u16(), status);
        assert_eq!(passed.body(), "anything");
    }
}

#[test]
fn error_for_status_decodes_envelopes() {
    let res = response(503, &[("retry-after", "3"), ("x-request-id", "r-1")], STALE);
    let err = client::error_for_status::<CpCode, _>(res).unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.code(), Some(&Code::Known(CpCode::StatusStale)));
    assert_eq!(err.id(), Some("r-1"));
    assert_eq!(
        err.to_string(),
        "503 Service Unavailable CP_STATUS_STALE: stale (id r-1)"
    );
    assert!(std::error::Error::source(&err).is_none());
}

#[test]
fn error_for_status_keeps_headers_of_undecodable_bodies() {
    let page = format!("<html>{}</html>", MARKER.repeat(100));
    let res = response(
        502,
        &[
            ("retry-after", "9"),
            ("x-request-id", "edge-1"),
            ("content-type", "text/html"),
        ],
        &page,
    );
    let err = client::error_for_status::<CpCode, _>(res).unwrap_err();
    let ClientError::Undecodable {
        status,
        retry_after,
        id,
        error,
    } = &err
    else {
        panic!("expected Undecodable, got {err:?}");
    };
    assert_eq!(*status, StatusCode::BAD_GATEWAY);
    assert_eq!(*retry_after, Some(Duration::from_secs(9)));
    assert_eq!(id.as_deref(), Some("edge-1"));
    assert_eq!(
        *error,
        DecodeError::NotJson {
            reason: "syntax error at line 1 column 1".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "502 Bad Gateway with an undecodable body: error body is not JSON: syntax error at line 1 column 1"
    );
    assert_eq!(err.code(), None);
    assert_eq!(err.id(), Some("edge-1"));
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn problems_from_other_services_decode_by_type_or_title() {
    // RFC 9457's own members only: the type names the problem, the detail is the message.
    let body = br#"{"type":"https://example.net/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}"#;
    let decoded = errcat::decode::<Problem>(StatusCode::FORBIDDEN, body).unwrap();
    assert_eq!(
        decoded,
        Decoded {
            status: StatusCode::FORBIDDEN,
            code: Code::Unknown("https://example.net/probs/out-of-credit".into()),
            message: "Your current balance is 30, but that costs 50.".into(),
            hint: None,
            id: None,
            retry_after: None,
            details: details(json!({"instance": "/account/12345/msgs/abc"})),
            violations: Violations::new(),
            skipped_violations: 0,
            grpc: None,
        }
    );
    // `about:blank` names nothing: the title does.
    let body = br#"{"type":"about:blank","title":"Not Found","status":404}"#;
    let decoded = errcat::decode::<Problem>(StatusCode::NOT_FOUND, body).unwrap();
    assert_eq!(decoded.code, Code::Unknown("Not Found".into()));
    assert_eq!(decoded.message, "Not Found");
    // errcat's own problems carry their code and hint.
    let body = br#"{"type":"about:blank","title":"Conflict","status":409,"detail":"The wok is busy.","code":"WOK_BUSY","hint":"wait","request_id":"r"}"#;
    let decoded = errcat::decode::<Problem>(StatusCode::CONFLICT, body).unwrap();
    assert_eq!(decoded.code, Code::Known(Problem::WokBusy));
    assert_eq!(decoded.hint.as_deref(), Some("wait"));
    assert_eq!(decoded.id.as_deref(), Some("r"));
}

#[test]
fn shape_helpers_name_what_is_wrong() {
    use errcat::Parts;
    let object = |v: Value| match v {
        Value::Object(map) => map,
        _ => unreachable!(),
    };
    // The `error` object of a nested body, and each way it can be wrong.
    assert_eq!(
        Parts::error_object(json!({"error": {"code": "X"}, "other": 1})),
        Ok(object(json!({"code": "X"})))
    );
    let wrong = |v: Value| Parts::error_object(v).unwrap_err().to_string();
    assert_eq!(wrong(json!({"error": "X"})), "`error` is not an object");
    assert_eq!(wrong(json!({"code": "X"})), "no `error` object");
    assert_eq!(wrong(json!(["error"])), "body is not a JSON object");
    // Another object the shape requires.
    let mut body = object(json!({"data": 1, "meta": {"a": true}}));
    assert_eq!(
        Parts::take_object(&mut body, "meta"),
        Ok(object(json!({"a": true})))
    );
    assert_eq!(
        Parts::take_object(&mut body, "data")
            .unwrap_err()
            .to_string(),
        "an object the shape requires is not an object"
    );
    assert_eq!(
        Parts::take_object(&mut body, "meta")
            .unwrap_err()
            .to_string(),
        "an object the shape requires is missing"
    );
    assert_eq!(ShapeError("text").to_string(), "text");
}

//! What the fuzz targets check, for any input. Each function panics on a violation.
//!
//! - [`decode`]: the decoder, with every prebuilt catalog's code type (every shape, the
//!   custom better-auth one included), any status, hostile headers and bodies, default
//!   and tight limits: a typed result, never a panic; a known code is in its catalog.
//! - [`write`]: the hand-written JSON writer against serde_json as the oracle: with any
//!   strings in templated messages, hints, exposed fields, ids and instances, in every
//!   shape, `write_json`'s bytes parse with serde_json to exactly the values given and
//!   equal the bytes of the `Serialize` path.
//! - [`request_id`]: `request_id::is_valid` against its documented pattern, by the regex
//!   crate.
//! - [`retry_after`]: `retry::parse_retry_after` against `httpdate`.
//! - [`grpc::decode`]: `errcat::grpc::decode` on any `tonic::Status` (code, message,
//!   request id metadata, `grpc-status-details-bin`): a typed result, never a panic.
//!
//! Inputs are raw bytes, split into fields at `0xFF` (a byte UTF-8 never uses), so that
//! the same corpus replays on stable, without libFuzzer: runtime/tests/test_fuzz_corpus.rs
//! compiles this file and runs every file of `corpus/<target>/` through it.

#[cfg(feature = "tonic")]
#[path = "grpc.rs"]
pub mod grpc;

use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use errcat::catalogs::agent_api::AgentApiErrorCode;
use errcat::catalogs::control_plane::ControlPlaneErrorCode;
use errcat::catalogs::prompt_api::PromptApiError;
use errcat::catalogs::sandbox_api::SandboxApiError;
use errcat::catalogs::workflow_api::{WorkflowApiErrorCode, WorkflowAuthError};
use errcat::{ApiError, Code, Decoder, Envelope, ErrorCode, FieldPath};
use serde_json::{Value, json};

/// The fields of `data`, split at `0xFF`, each read as UTF-8 (invalid sequences replaced).
fn fields(data: &[u8]) -> impl Iterator<Item = String> + '_ {
    data.split(|b| *b == 0xFF)
        .map(|f| String::from_utf8_lossy(f).into_owned())
}

// ---------------------------------------------------------------------------------------
// The decoder

/// Input: two bytes of status, then `retry-after` value, `0xFF`, `x-request-id` value,
/// `0xFF`, body (without the two separators, all of it is the body).
pub fn decode(data: &[u8]) {
    let [s0, s1, rest @ ..] = data else {
        return;
    };
    let raw = u16::from_le_bytes([*s0, *s1]) % 1000;
    let status = http::StatusCode::from_u16(raw.max(100)).unwrap_or(http::StatusCode::BAD_REQUEST);
    let mut headers = http::HeaderMap::new();
    let mut parts = rest.splitn(3, |b| *b == 0xFF);
    let body = match (parts.next(), parts.next(), parts.next()) {
        (Some(retry), Some(id), Some(body)) => {
            for (name, value) in [("retry-after", retry), ("x-request-id", id)] {
                if let Ok(value) = http::HeaderValue::from_bytes(value) {
                    headers.insert(name, value);
                }
            }
            body
        }
        _ => rest,
    };
    for decoder in [Decoder::new(), Decoder::new().max_body(64).max_depth(3)] {
        decode_as::<ControlPlaneErrorCode>(&decoder, status, &headers, body);
        decode_as::<PromptApiError>(&decoder, status, &headers, body);
        decode_as::<SandboxApiError>(&decoder, status, &headers, body);
        decode_as::<AgentApiErrorCode>(&decoder, status, &headers, body);
        decode_as::<WorkflowApiErrorCode>(&decoder, status, &headers, body);
        decode_as::<WorkflowAuthError>(&decoder, status, &headers, body);
    }
}

fn decode_as<C: ErrorCode>(
    decoder: &Decoder,
    status: http::StatusCode,
    headers: &http::HeaderMap,
    body: &[u8],
) {
    let Ok(decoded) = decoder.decode_parts::<C>(status, headers, body) else {
        return;
    };
    if let Code::Known(code) = &decoded.code {
        let catalog = C::code_catalog();
        assert!(
            catalog.get(code.as_code()).is_some(),
            "{} decoded as a code {} does not know",
            code.as_code(),
            catalog.name()
        );
    }
    // Displaying and inspecting what was decoded never panics either.
    let _ = decoded.to_string();
    let _ = decoded.entry();
    let _ = decoded.guidance();
    // Every violation read back is well formed: its path renders and reads back in each
    // form, and the list is in order.
    let violations = decoded.violations();
    for violation in violations {
        let path = violation.path();
        assert_eq!(FieldPath::parse(&path.to_string()).as_ref(), Ok(path));
        assert_eq!(FieldPath::from_zod(&path.to_zod()).as_ref(), Ok(path));
        let _ = FieldPath::from_pointer(&path.to_fragment());
        let _ = violation.to_string();
    }
    let paths: Vec<&FieldPath> = violations.iter().map(|v| v.path()).collect();
    assert!(
        paths.windows(2).all(|w| w[0] <= w[1]),
        "violations out of order"
    );
    let _ = violations.to_string();
}

// ---------------------------------------------------------------------------------------
// The writer against serde_json

macro_rules! shape {
    ($name:ident, $format:tt) => {
        /// Every kind of member the writer escapes, in one shape.
        #[derive(Debug, ApiError)]
        #[api(format = $format, id_field = "correlation_id", prefix = "FZ_")]
        pub enum $name {
            #[api(status = 400, message = "bad {a} and {b:?}", hint = "try {a} again")]
            Templated {
                #[api(expose)]
                a: String,
                #[api(expose = "bee")]
                b: String,
                #[api(expose)]
                n: i64,
                #[api(expose)]
                list: Vec<String>,
                #[api(expose)]
                opt: Option<String>,
            },
            #[api(
                status = 503,
                retry_after = 5,
                message = "a static message with \"quotes\", a \\ backslash, a tab\tand é",
                hint = "static \"hint\""
            )]
            Unit,
        }
    };
}

shape!(NestedShape, "nested");
shape!(FlatShape, "flat");
shape!(CodeShape, "code");
shape!(ProblemShape, "problem");

/// The values a templated error was built from.
struct Given {
    a: String,
    b: String,
    n: i64,
    list: Vec<String>,
    opt: Option<String>,
}

impl Given {
    fn exposed(&self) -> [(&'static str, Value); 5] {
        [
            ("a", json!(self.a)),
            ("bee", json!(self.b)),
            ("n", json!(self.n)),
            ("list", json!(self.list)),
            // `None` is left out of the body.
            ("opt", self.opt.as_ref().map_or(Value::Null, |o| json!(o))),
        ]
    }
}

/// Input: a selector byte (shape and number), then fields `a`, `b`, id, instance, and
/// the list's items.
pub fn write(data: &[u8]) {
    let [selector, rest @ ..] = data else {
        return;
    };
    let mut f = fields(rest);
    let a = f.next().unwrap_or_default();
    let b = f.next().unwrap_or_default();
    let id = f.next().unwrap_or_default();
    let instance = f.next().unwrap_or_default();
    let given = Given {
        n: (i64::from(*selector) - 128).wrapping_mul(72_057_594_037_927_931),
        opt: (selector & 0x10 != 0).then(|| b.clone()),
        list: f.collect(),
        a,
        b,
    };
    macro_rules! templated {
        ($shape:ident) => {
            $shape::Templated {
                a: given.a.clone(),
                b: given.b.clone(),
                n: given.n,
                list: given.list.clone(),
                opt: given.opt.clone(),
            }
        };
    }
    let message = format!("bad {} and {:?}", given.a, given.b);
    let hint = format!("try {} again", given.a);
    let exposed = given.exposed();
    let text = Texts {
        message: &message,
        hint: &hint,
        id: &id,
        instance: &instance,
    };
    match selector % 4 {
        0 => check_write(&templated!(NestedShape), &text, &exposed),
        1 => check_write(&templated!(FlatShape), &text, &exposed),
        2 => check_write(&templated!(CodeShape), &text, &exposed),
        _ => check_write(&templated!(ProblemShape), &text, &exposed),
    }
    let unit = Texts {
        message: "a static message with \"quotes\", a \\ backslash, a tab\tand é",
        hint: "static \"hint\"",
        ..text
    };
    match selector % 4 {
        0 => check_write(&NestedShape::Unit, &unit, &[]),
        1 => check_write(&FlatShape::Unit, &unit, &[]),
        2 => check_write(&CodeShape::Unit, &unit, &[]),
        _ => check_write(&ProblemShape::Unit, &unit, &[]),
    }
}

/// The texts a body carries.
#[derive(Clone, Copy)]
struct Texts<'a> {
    message: &'a str,
    hint: &'a str,
    id: &'a str,
    instance: &'a str,
}

fn check_write<E: ApiError>(err: &E, text: &Texts<'_>, exposed: &[(&str, Value)]) {
    let envelope = Envelope::new(err)
        .with_id(text.id)
        .with_instance(text.instance);
    let bytes = envelope.to_json_vec();
    let shown = || String::from_utf8_lossy(&bytes).into_owned();

    // Appending keeps what the buffer held.
    let mut appended = b"[1,".to_vec();
    envelope.write_json(&mut appended);
    assert_eq!(
        appended.get(3..),
        Some(bytes.as_slice()),
        "write_json appends"
    );

    // The Serialize path writes the same bytes.
    let serialized = serde_json::to_vec(&envelope).unwrap_or_default();
    assert!(
        serialized == bytes,
        "write_json and Serialize differ:\n{}\n{}",
        shown(),
        String::from_utf8_lossy(&serialized)
    );

    // serde_json reads back exactly what was given.
    let parsed: Value = match serde_json::from_slice(&bytes) {
        Ok(parsed) => parsed,
        Err(e) => panic!("not JSON ({e}): {}", shown()),
    };
    let shape = E::catalog().format().name();
    let members = match shape {
        "nested" => &parsed["error"],
        _ => &parsed,
    };
    let Some(members) = members.as_object() else {
        panic!("no object of members: {}", shown());
    };
    for (name, value) in exposed {
        match value {
            Value::Null => assert!(!members.contains_key(*name), "{name}: {}", shown()),
            value => assert_eq!(members.get(*name), Some(value), "{name}: {}", shown()),
        }
    }
    let has = |value: &str| members.values().any(|v| v == value);
    assert!(has(text.message), "message {:?}: {}", text.message, shown());
    // The `flat` and `code` shapes carry no hint.
    if matches!(shape, "nested" | "problem") {
        assert!(has(text.hint), "hint {:?}: {}", text.hint, shown());
    }
    let id = members.get("correlation_id");
    match errcat::request_id::is_valid(text.id) {
        true => assert_eq!(id, Some(&json!(text.id)), "id: {}", shown()),
        false => assert_eq!(id, None, "an invalid id is echoed: {}", shown()),
    }
    if shape == "problem" {
        assert_eq!(
            members.get("instance"),
            Some(&json!(text.instance)),
            "{}",
            shown()
        );
    }
}

// ---------------------------------------------------------------------------------------
// The request id rule

static ID_PATTERN: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"\A[A-Za-z0-9._:-]{1,128}\z").unwrap_or_else(|e| panic!("{e}"))
});

/// Input: the candidate id (lossy UTF-8 too, to reach multi-byte characters).
pub fn request_id(data: &[u8]) {
    let candidates = [
        std::str::from_utf8(data).ok().map(str::to_owned),
        Some(String::from_utf8_lossy(data).into_owned()),
    ];
    for id in candidates.into_iter().flatten() {
        assert_eq!(
            errcat::request_id::is_valid(&id),
            ID_PATTERN.is_match(&id),
            "{id:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Retry-After against httpdate

/// 2019-06-01T00:00:00Z. In 2019, RFC 9110's rule for RFC 850's two-digit years (at most
/// 50 years ahead: 00–69 are 20xx) is httpdate's fixed pivot, so the two must agree on
/// every form.
const PIVOT_AGREES: u64 = 1_559_347_200;

/// Input: eight bytes of `now` (seconds), then the header value.
pub fn retry_after(data: &[u8]) {
    let (now, value) = match data.split_first_chunk::<8>() {
        Some((now, value)) => (u64::from_le_bytes(*now) % 8_000_000_000, value),
        None => (0, data),
    };
    let Ok(value) = std::str::from_utf8(value) else {
        return;
    };
    let agreeing = UNIX_EPOCH + Duration::from_secs(PIVOT_AGREES);
    assert_eq!(
        errcat::retry::parse_retry_after(value, agreeing),
        oracle(value, agreeing),
        "{value:?}"
    );
    // Any `now`, for the forms without a two-digit year.
    if !value.contains('-') {
        let now = UNIX_EPOCH + Duration::from_secs(now);
        assert_eq!(
            errcat::retry::parse_retry_after(value, now),
            oracle(value, now),
            "{value:?} at {now:?}"
        );
    }
}

/// What RFC 9110 says `value` means at `now`, by httpdate: delay-seconds, or an HTTP-date
/// (a past one is a wait of zero).
fn oracle(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim_matches([' ', '\t']);
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        let secs = value.parse::<u64>().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(secs));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

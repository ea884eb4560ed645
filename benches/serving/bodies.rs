//! The bodies both stacks with request ids answer, written by hand with serde_json (the
//! `hand` stack; `bare` uses the 409's without an id): byte for byte errcat's control
//! plane envelopes, so that the comparison is of the machinery, not of the JSON.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The success route's body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Widget {
    pub name: String,
    pub size: u32,
}

pub fn gear() -> Widget {
    Widget {
        name: "gear".to_owned(),
        size: 3,
    }
}

/// `{"error":{...}}`: the control plane's `nested` shape.
#[derive(Debug, Serialize)]
pub struct Envelope<'a> {
    pub error: Body<'a>,
}

#[derive(Debug, Serialize)]
pub struct Body<'a> {
    pub code: &'static str,
    pub message: Cow<'a, str>,
    pub hint: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub violations: Option<Vec<FieldViolation>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<&'a str>,
}

/// One entry of `violations`: a JSON syntax error at the root.
#[derive(Debug, Serialize)]
pub struct FieldViolation {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
    pub params: Position,
}

#[derive(Debug, Serialize)]
pub struct Position {
    pub column: usize,
    pub line: usize,
}

pub fn not_active(id: Option<&str>) -> Envelope<'_> {
    Envelope {
        error: Body {
            code: "CP_NOT_ACTIVE",
            message: Cow::Borrowed("the wok is destroyed"),
            hint: "The wok is destroyed (terminal). Provision a fresh one via POST /v1/woks.",
            violations: None,
            correlation_id: id,
        },
    }
}

pub fn route_not_found<'a>(method: &str, path: &str, id: &'a str) -> Envelope<'a> {
    Envelope {
        error: Body {
            code: "CP_ROUTE_NOT_FOUND",
            message: Cow::Owned(format!("no route at {method} {path}")),
            hint: "No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.",
            violations: None,
            correlation_id: Some(id),
        },
    }
}

/// What a service keeps of serde_json's refusal: its message without the position, and
/// the position.
#[derive(Debug)]
pub struct Refusal {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl Refusal {
    pub fn of(err: &serde_json::Error) -> Self {
        let text = err.to_string();
        let message = match text.rfind(" at line ") {
            Some(at) => text[..at].to_owned(),
            None => text,
        };
        Refusal {
            message,
            line: err.line(),
            column: err.column(),
        }
    }
}

/// `CP_BAD_JSON` for a body serde_json could not parse.
pub fn bad_json(refusal: Refusal, id: &str) -> Envelope<'_> {
    Envelope {
        error: Body {
            code: "CP_BAD_JSON",
            message: Cow::Borrowed("invalid JSON body: field body is missing or malformed"),
            hint: "Request body isn't valid JSON, or required fields are missing. The message names the field.",
            violations: Some(vec![FieldViolation {
                field: "",
                code: "invalid_json",
                message: refusal.message,
                params: Position {
                    column: refusal.column,
                    line: refusal.line,
                },
            }]),
            correlation_id: Some(id),
        },
    }
}

//! The rules errcat knows, in its own words: a validator's rule becomes a code and
//! parameters of [`codes`](super::codes), and errcat writes the message, the same
//! whichever library checked the rule.

use serde_json::{Map, Value};

use super::{FieldPath, Violation, codes};

/// A rule a validator reported, before it is a violation: the code errcat gives it and
/// its parameters.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    pub(crate) code: String,
    pub(crate) params: Map<String, Value>,
}

impl Rule {
    pub(crate) fn new(code: &str) -> Self {
        Rule {
            code: code.to_owned(),
            params: Map::new(),
        }
    }

    #[must_use]
    pub(crate) fn with(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    /// `invalid_string` with its `validation`.
    pub(crate) fn string(validation: &str) -> Self {
        Rule::new(codes::INVALID_STRING).with("validation", validation)
    }

    /// A required value that is missing (Zod's `invalid_type` always says what it
    /// expected: here, a value of a type the rule does not say).
    pub(crate) fn required() -> Self {
        Rule::new(codes::INVALID_TYPE)
            .with("expected", "unknown")
            .with("received", "undefined")
    }

    /// The violation at `path`, with `message`, or errcat's own for the rule.
    pub(crate) fn at(self, path: FieldPath, message: Option<String>) -> Violation {
        let message = message.unwrap_or_else(|| default_message(&self.code, &self.params));
        self.params.into_iter().fold(
            Violation::new(path, self.code, message),
            |v, (name, value)| v.with_param(name, value),
        )
    }
}

/// errcat's message for a rule, from its code and parameters.
pub(crate) fn default_message(code: &str, params: &Map<String, Value>) -> String {
    let text = |name: &str| params.get(name).map(shown).unwrap_or_default();
    // Without a type (garde's `length`, over strings and collections alike): a length.
    let kind = params
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("length");
    let exact = params
        .get("exact")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let inclusive = params
        .get("inclusive")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    match code {
        codes::TOO_SMALL | codes::TOO_BIG => {
            let small = code == codes::TOO_SMALL;
            let n = text(if small { "minimum" } else { "maximum" });
            let bound = match (exact, small, inclusive) {
                (true, _, _) => "exactly",
                (false, true, true) => "at least",
                (false, false, true) => "at most",
                (false, true, false) => "more than",
                (false, false, false) => "less than",
            };
            let one =
                params.get(if small { "minimum" } else { "maximum" }) == Some(&Value::from(1));
            let (characters, items) = if one {
                ("character", "item")
            } else {
                ("characters", "items")
            };
            match kind {
                "string" => format!("must be {bound} {n} {characters} long"),
                "array" | "set" | "object" => format!("must have {bound} {n} {items}"),
                "length" => format!("must have a length of {bound} {n}"),
                _ if exact => format!("must be exactly {n}"),
                _ if inclusive => format!("must be {bound} {n}"),
                _ if small => format!("must be greater than {n}"),
                _ => format!("must be less than {n}"),
            }
        }
        codes::INVALID_STRING => match params.get("validation").and_then(Value::as_str) {
            Some("email") => String::from("must be a valid email address"),
            Some("url") => String::from("must be a valid URL"),
            Some("regex") => String::from("must match the required pattern"),
            Some("includes") => format!("must contain {}", text("includes")),
            Some("startsWith") => format!("must start with {}", text("startsWith")),
            Some("endsWith") => format!("must end with {}", text("endsWith")),
            Some("ip") => String::from("must be a valid IP address"),
            _ => String::from("is not a valid string"),
        },
        codes::INVALID_TYPE => match params.get("received").and_then(Value::as_str) {
            Some("undefined") | None => String::from("is required"),
            Some(received) => format!("expected {}, received {received}", text("expected")),
        },
        "must_match" => String::from("must match the other field"),
        "does_not_contain" => format!("must not contain {}", text("needle")),
        "credit_card" => String::from("must be a valid credit card number"),
        "phone_number" => String::from("must be a valid phone number"),
        "non_control_character" => String::from("must not contain control characters"),
        "ascii" => String::from("must contain only ASCII characters"),
        "alphanumeric" => String::from("must contain only letters and digits"),
        _ => String::from("is invalid"),
    }
}

/// A parameter as a message shows it: a string quoted, anything else as JSON.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(rule: Rule) -> String {
        default_message(&rule.code, &rule.params)
    }

    #[test]
    fn messages_follow_the_rule() {
        let one = Rule::new(codes::TOO_SMALL).with("minimum", 1);
        assert_eq!(
            message(one.clone().with("type", "string")),
            "must be at least 1 character long"
        );
        assert_eq!(
            message(one.with("type", "array")),
            "must have at least 1 item"
        );
        let small = Rule::new(codes::TOO_SMALL).with("minimum", 3);
        assert_eq!(
            message(small.clone().with("type", "string")),
            "must be at least 3 characters long"
        );
        assert_eq!(
            message(small.clone().with("type", "array")),
            "must have at least 3 items"
        );
        assert_eq!(message(small.clone()), "must have a length of at least 3");
        assert_eq!(
            message(small.clone().with("type", "number")),
            "must be at least 3"
        );
        assert_eq!(
            message(small.with("type", "number").with("inclusive", false)),
            "must be greater than 3"
        );
        let big = Rule::new(codes::TOO_BIG)
            .with("maximum", 5)
            .with("type", "string");
        assert_eq!(message(big.clone()), "must be at most 5 characters long");
        assert_eq!(
            message(big.with("exact", true)),
            "must be exactly 5 characters long"
        );
        let below = Rule::new(codes::TOO_BIG)
            .with("maximum", 5)
            .with("type", "number");
        assert_eq!(
            message(below.with("inclusive", false)),
            "must be less than 5"
        );
        assert_eq!(
            message(Rule::string("email")),
            "must be a valid email address"
        );
        assert_eq!(
            message(Rule::string("includes").with("includes", "@")),
            "must contain \"@\""
        );
        assert_eq!(message(Rule::required()), "is required");
        assert_eq!(message(Rule::new("my_rule")), "is invalid");
    }
}

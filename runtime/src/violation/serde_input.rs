//! serde's own refusals (bad syntax, a missing field, a wrong type, an unknown variant)
//! as violations, through `serde_path_to_error`, so that a client sees one kind of body
//! whether serde or a validator refused the input.
//!
//! serde's messages quote the rejected value (`invalid type: string "hunter2", expected
//! u32`): errcat keeps the kinds (`received: "string"`, `expected: "number"`) and writes
//! its own message. A type's own `Deserialize` message is passed on unless it quotes
//! something (in backticks or double quotes, serde's way of quoting a value): then it is
//! replaced by "is not a valid value".

use serde::de::DeserializeOwned;

use super::{FieldPath, Segment, Violation, Violations, codes};

/// Deserializes `T` from a JSON body; serde's refusal is a violation at the path where
/// it happened.
///
/// ```
/// #[derive(Debug, serde::Deserialize)]
/// struct NewUser {
///     name: String,
///     age: u32,
/// }
///
/// let refused = errcat::violation::from_json::<NewUser>(br#"{"name":"x","age":"old"}"#).unwrap_err();
/// let first = refused.first().unwrap();
/// assert_eq!(first.path().to_string(), "age");
/// assert_eq!(first.code(), "invalid_type");
/// assert_eq!(first.message(), "expected number, received string");
///
/// let refused = errcat::violation::from_json::<NewUser>(br#"{"name":"x"}"#).unwrap_err();
/// assert_eq!(refused.first().unwrap().to_string(), "age: is required");
/// ```
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Violations> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| Violations::from(from_serde_path_error(&e)))?;
    deserializer
        .end()
        .map_err(|e| Violations::from(from_serde_error(&FieldPath::root(), &e)))?;
    Ok(value)
}

/// The violation of a refusal that `serde_path_to_error` located.
pub(crate) fn from_serde_path_error(
    err: &serde_path_to_error::Error<serde_json::Error>,
) -> Violation {
    from_serde_error(&path_of(err.path()), err.inner())
}

/// The violation of a serde_json error at `path`.
pub(crate) fn from_serde_error(path: &FieldPath, err: &serde_json::Error) -> Violation {
    from_serde_text(path, err, &err.to_string())
}

/// [`from_serde_error`] for an error whose text (its `Display`) the caller has made.
pub(crate) fn from_serde_text(path: &FieldPath, err: &serde_json::Error, text: &str) -> Violation {
    use serde_json::error::Category;
    match err.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            let message = crate::text::strip_position(text);
            Violation::new(path.clone(), codes::INVALID_JSON, message.to_owned())
                .with_param("line", err.line())
                .with_param("column", err.column())
        }
        Category::Data => from_message(path.clone(), text),
    }
}

/// The path `serde_path_to_error` tracked, in errcat's terms (an unknown step is left
/// out).
pub(crate) fn path_of(path: &serde_path_to_error::Path) -> FieldPath {
    path.iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
            serde_path_to_error::Segment::Enum { variant } => Some(Segment::Key(variant.clone())),
            serde_path_to_error::Segment::Unknown => None,
        })
        .collect()
}

/// The violation a serde data error's message describes, at `path`: serde's standard
/// messages read into a code and parameters, the rejected value dropped.
pub(crate) fn from_message(mut path: FieldPath, message: &str) -> Violation {
    let message = crate::text::strip_position(message);
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (received, expected) = split_expected(rest);
        let received = received_kind(received);
        let expected = expected_kind(expected);
        return Violation::new(
            path,
            codes::INVALID_TYPE,
            format!("expected {expected}, received {received}"),
        )
        .with_param("expected", expected)
        .with_param("received", received);
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (_, expected) = split_expected(rest);
        return Violation::new(path, codes::INVALID_VALUE, format!("expected {expected}"))
            .with_param("expected", expected);
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (_, expected) = split_expected(rest);
        return Violation::new(path, codes::INVALID_VALUE, format!("expected {expected}"))
            .with_param("expected", expected);
    }
    if let Some(field) = quoted_after(message, "missing field `") {
        path.push(Segment::Key(field.to_owned()));
        return Violation::new(path, codes::INVALID_TYPE, "is required")
            .with_param("expected", "unknown")
            .with_param("received", "undefined");
    }
    if let Some(field) = quoted_after(message, "duplicate field `") {
        path.push(Segment::Key(field.to_owned()));
        return Violation::new(path, codes::INVALID_VALUE, "is given more than once");
    }
    if let Some(field) = quoted_after(message, "unknown field `") {
        // Zod reports unknown keys at the object that holds them.
        if path.segments().last() == Some(&Segment::Key(field.to_owned())) {
            path.pop();
        }
        let key = crate::text::shortened(field, super::MAX_KEY_LEN).into_owned();
        return Violation::new(
            path,
            codes::UNRECOGNIZED_KEYS,
            "has a field that is not known",
        )
        .with_param("keys", vec![key]);
    }
    if message.starts_with("unknown variant `") {
        let options = options(message);
        let listed = options
            .iter()
            .map(|o| format!("`{o}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let message = if options.is_empty() {
            String::from("is not a known variant")
        } else {
            format!("must be one of {listed}")
        };
        return Violation::new(path, codes::INVALID_ENUM_VALUE, message)
            .with_param("options", options);
    }
    // A type's own message: passed on unless it may quote the value.
    let own = if message.contains(['`', '"']) || message.is_empty() {
        "is not a valid value"
    } else {
        crate::text::cut(message, 200)
    };
    Violation::new(path, codes::INVALID_VALUE, own.to_owned())
}

/// A text parameter (a path segment, a query value) that does not parse as the
/// `expected_type` (`u32`).
#[cfg(feature = "axum")]
pub(crate) fn unparsable(path: FieldPath, expected_type: &str) -> Violation {
    let expected = expected_kind(expected_type);
    Violation::new(
        path,
        codes::INVALID_TYPE,
        format!("expected {expected}, received string"),
    )
    .with_param("expected", expected)
    .with_param("received", "string")
}

/// `(unexpected, expected)` of `<unexpected>, expected <expected>`.
fn split_expected(text: &str) -> (&str, &str) {
    match text.rfind(", expected ") {
        Some(at) => (
            text.get(..at).unwrap_or_default(),
            text.get(at + ", expected ".len()..).unwrap_or_default(),
        ),
        None => (text, "a valid value"),
    }
}

/// The text between `prefix` and the next backtick.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.split('`').next()
}

/// The variants `expected one of `a`, `b`` lists.
fn options(message: &str) -> Vec<String> {
    let Some(at) = message.find("expected ") else {
        return Vec::new();
    };
    message
        .get(at..)
        .unwrap_or_default()
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The kind of a value serde's `Unexpected` describes (`string "abc"` → `string`), in
/// Zod's words; never the value.
fn received_kind(unexpected: &str) -> &'static str {
    let word = |prefix: &str| unexpected.starts_with(prefix);
    if word("string") || word("character") {
        "string"
    } else if word("integer") || word("floating point") {
        "number"
    } else if word("boolean") {
        "boolean"
    } else if word("sequence") || word("tuple") {
        "array"
    } else if word("map") || word("struct") || word("newtype") {
        "object"
    } else if word("null") || word("unit") || word("Option") {
        "null"
    } else {
        "value"
    }
}

/// What serde expected, in Zod's words where one fits (`u32` → `number`), else serde's
/// text (the type's own description, from the server's code).
fn expected_kind(expected: &str) -> String {
    let numeric = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        "f32", "f64",
    ];
    let kind = if numeric.contains(&expected) {
        "number"
    } else if matches!(expected, "a boolean") {
        "boolean"
    } else if matches!(
        expected,
        "a string" | "a borrowed string" | "a character" | "a char"
    ) {
        "string"
    } else if expected == "a sequence"
        || expected.starts_with("a tuple")
        || expected.starts_with("tuple")
    {
        "array"
    } else if expected.starts_with("struct ") || expected == "a map" {
        "object"
    } else {
        return crate::text::cut(expected, 100).to_owned();
    };
    kind.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(message: &str) -> Violation {
        from_message(FieldPath::root().key("a"), message)
    }

    #[test]
    fn standard_messages_lose_their_values() {
        let v = at(r#"invalid type: string "hunter2", expected u32 at line 1 column 9"#);
        assert_eq!(
            (v.code(), v.message()),
            ("invalid_type", "expected number, received string")
        );
        assert!(!format!("{v:?}").contains("hunter2"));
        let v = at("invalid value: integer `-3`, expected a positive count");
        assert_eq!(v.message(), "expected a positive count");
        assert!(!format!("{v:?}").contains("-3"));
        let v = at("unknown variant `sekrit`, expected one of `red`, `green`");
        assert_eq!(v.message(), "must be one of `red`, `green`");
        assert_eq!(
            v.param("options"),
            Some(&serde_json::json!(["red", "green"]))
        );
        assert!(!format!("{v:?}").contains("sekrit"));
        let v = at("missing field `name`");
        assert_eq!(v.path().to_string(), "a.name");
        assert_eq!(v.param("received"), Some(&serde_json::json!("undefined")));
        let v = at("unknown field `x`, expected `a` or `b`");
        assert_eq!(
            (v.path().to_string().as_str(), v.code()),
            ("a", "unrecognized_keys")
        );
        assert_eq!(v.param("keys"), Some(&serde_json::json!(["x"])));
        assert_eq!(
            at("invalid length 3, expected 2 items").message(),
            "expected 2 items"
        );
        assert_eq!(at("must be positive").message(), "must be positive");
        assert_eq!(at("found `z` at 1").message(), "is not a valid value");
        assert_eq!(
            at("duplicate field `a`").message(),
            "is given more than once"
        );
    }

    #[test]
    fn kinds_are_zods() {
        for (unexpected, kind) in [
            ("string \"x\"", "string"),
            ("integer `1`", "number"),
            ("floating point `1.5`", "number"),
            ("boolean `true`", "boolean"),
            ("sequence", "array"),
            ("map", "object"),
            ("null", "null"),
            ("unit value", "null"),
            ("byte array", "value"),
        ] {
            assert_eq!(received_kind(unexpected), kind, "{unexpected}");
        }
        assert_eq!(expected_kind("u32"), "number");
        assert_eq!(expected_kind("struct User"), "object");
        assert_eq!(expected_kind("a valid date"), "a valid date");
    }
}

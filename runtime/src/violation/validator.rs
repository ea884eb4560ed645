//! `validator`'s errors as violations (the `validator` feature).
//!
//! | validator | violation |
//! |---|---|
//! | a field's error | at the field (as the client sent it, through errcat's extractors) |
//! | a nested struct (`Struct`) | under the field that holds it |
//! | a list (`List`) | under the field, by index |
//! | a struct-level error (`__all__`, `#[validate(schema(...))]`) | at the struct's own path (the root for the top level) |
//! | `length`, `range` | `too_small` / `too_big` with `minimum` / `maximum`, `inclusive`, `exact` and `type` (the side that was crossed, read from the value before it is dropped) |
//! | `email`, `url`, `regex`, `contains`, `ip` | `invalid_string` with `validation` `email`, `url`, `regex`, `includes` (and `includes`), `ip` |
//! | `required` | `invalid_type` with `expected: "unknown"`, `received: "undefined"` |
//! | `must_match`, `does_not_contain`, `credit_card`, `non_control_character` | the same code |
//! | a code of your own (`code = "..."`, a custom function's) | the same code, with its parameters |
//!
//! The parameter `value`, which validator adds to every error, is the rejected input: it
//! is dropped, as is `must_match`'s `other` (the other field's value). A message given
//! to validator (`message = "..."`) is kept; otherwise errcat writes one for the rule.

use serde_json::Value;

use super::rules::Rule;
use super::{FieldPath, Violation, Violations, codes};

/// Checks `value` with `validator`: its violations, if any.
///
/// ```
/// use validator::Validate;
///
/// #[derive(Validate)]
/// struct SignUp {
///     #[validate(length(min = 8))]
///     password: String,
/// }
///
/// let refused = errcat::violation::validator::validate(&SignUp { password: "hunter2".into() }).unwrap_err();
/// let v = refused.first().unwrap();
/// assert_eq!((v.path().to_string().as_str(), v.code()), ("password", "too_small"));
/// assert_eq!(v.message(), "must be at least 8 characters long");
/// assert!(!format!("{refused:?}").contains("hunter2"));
/// ```
pub fn validate<T: ::validator::Validate + ?Sized>(value: &T) -> Result<(), Violations> {
    value.validate().map_err(Violations::from)
}

impl From<::validator::ValidationErrors> for Violations {
    fn from(errors: ::validator::ValidationErrors) -> Self {
        Violations::from(&errors)
    }
}

impl From<&::validator::ValidationErrors> for Violations {
    fn from(errors: &::validator::ValidationErrors) -> Self {
        use ::validator::ValidationErrorsKind as Kind;
        let mut found = Vec::new();
        // Depth first, with a stack rather than recursion: a deep tree of nested structs
        // cannot overflow it.
        let mut pending = vec![(FieldPath::root(), errors)];
        while let Some((path, errors)) = pending.pop() {
            for (field, kind) in errors.errors() {
                let here = if field == "__all__" {
                    path.clone()
                } else {
                    path.clone().key(field.as_ref())
                };
                match kind {
                    Kind::Struct(inner) => pending.push((here, inner)),
                    Kind::List(items) => {
                        for (index, inner) in items {
                            pending.push((here.clone().index(*index), inner));
                        }
                    }
                    Kind::Field(list) => {
                        found.extend(list.iter().map(|error| violation(here.clone(), error)));
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

/// One validator error at `path`.
fn violation(path: FieldPath, error: &::validator::ValidationError) -> Violation {
    let param = |name: &str| error.params.get(name);
    let value = param("value");
    let rule = match error.code.as_ref() {
        "length" => bounds(&error.params, value.and_then(length), length_type(value)),
        "range" => bounds(&error.params, value.and_then(Value::as_f64), Some("number")),
        "email" => Rule::string("email"),
        "url" => Rule::string("url"),
        "regex" => Rule::string("regex"),
        "ip" => Rule::string("ip"),
        "contains" => {
            let rule = Rule::string("includes");
            match param("needle") {
                Some(needle) => rule.with("includes", needle.clone()),
                None => rule,
            }
        }
        "required" => Rule::required(),
        // Their one parameter is the value (`must_match`'s `other` is the other field's).
        code @ ("must_match" | "credit_card" | "non_control_character") => Rule::new(code),
        "does_not_contain" => match param("needle") {
            Some(needle) => Rule::new("does_not_contain").with("needle", needle.clone()),
            None => Rule::new("does_not_contain"),
        },
        own => {
            let mut rule = Rule::new(own);
            for (name, value) in &error.params {
                rule = rule.with(name, value.clone());
            }
            rule
        }
    };
    rule.at(path, error.message.as_ref().map(|m| m.to_string()))
}

/// The length validator measured: characters of a string, items of a list or map.
fn length(value: &Value) -> Option<f64> {
    let n = match value {
        Value::String(s) => s.chars().count(),
        Value::Array(items) => items.len(),
        Value::Object(members) => members.len(),
        _ => return None,
    };
    // Lengths are far below 2^53: exact as a float.
    Some(n as f64)
}

/// Zod's `type` of a measured value.
fn length_type(value: Option<&Value>) -> Option<&'static str> {
    match value? {
        Value::String(_) => Some("string"),
        Value::Array(_) | Value::Object(_) => Some("array"),
        _ => None,
    }
}

/// `too_small` or `too_big` for a `length` or `range` error, by the bound the measured
/// value crossed (`min`, `exclusive_min`, `max`, `exclusive_max`, `equal`).
fn bounds(
    params: &std::collections::HashMap<std::borrow::Cow<'static, str>, Value>,
    measured: Option<f64>,
    kind: Option<&str>,
) -> Rule {
    let bound = |name: &str| params.get(name).filter(|v| v.is_number()).cloned();
    let compare = |b: &Value, crossed: fn(f64, f64) -> bool| {
        measured.zip(b.as_f64()).is_some_and(|(m, b)| crossed(m, b))
    };
    let under = |b: &Value| compare(b, |m, b| m < b);
    let over = |b: &Value| compare(b, |m, b| m > b);
    let crossed = bound("equal")
        .map(|equal| (under(&equal), equal, true, true))
        .or_else(|| bound("min").filter(under).map(|b| (true, b, true, false)))
        .or_else(|| {
            bound("exclusive_min")
                .filter(|b| compare(b, |m, b| m <= b))
                .map(|b| (true, b, false, false))
        })
        .or_else(|| bound("max").filter(over).map(|b| (false, b, true, false)))
        .or_else(|| {
            bound("exclusive_max")
                .filter(|b| compare(b, |m, b| m >= b))
                .map(|b| (false, b, false, false))
        });
    // Without a measured value (an error built by hand), the one bound given decides.
    let crossed = crossed.or_else(|| match (bound("min"), bound("max")) {
        (Some(min), None) => Some((true, min, true, false)),
        (None, Some(max)) => Some((false, max, true, false)),
        _ => None,
    });
    let Some((small, limit, inclusive, exact)) = crossed else {
        // Bounds that say nothing of a side: the rule with its bounds as given.
        let mut rule = Rule::new(codes::INVALID_VALUE);
        for name in ["min", "max", "equal", "exclusive_min", "exclusive_max"] {
            if let Some(value) = bound(name) {
                rule = rule.with(name, value);
            }
        }
        return rule;
    };
    let (code, key) = if small {
        (codes::TOO_SMALL, "minimum")
    } else {
        (codes::TOO_BIG, "maximum")
    };
    let mut rule = Rule::new(code)
        .with(key, limit)
        .with("inclusive", inclusive);
    if exact {
        rule = rule.with("exact", true);
    }
    if let Some(kind) = kind {
        rule = rule.with("type", kind);
    }
    rule
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use ::validator::{ValidationError, ValidationErrors, ValidationErrorsKind};
    use serde_json::{Map, json};

    use super::*;

    /// The parameters a violation kept.
    fn kept(violation: &Violation) -> Map<String, Value> {
        violation
            .params()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    fn error(code: &'static str, params: &[(&'static str, Value)]) -> ValidationError {
        let mut e = ValidationError::new(code);
        for (name, value) in params {
            e.add_param(Cow::Borrowed(*name), value);
        }
        e
    }

    #[test]
    fn length_and_range_say_which_side() {
        let at = FieldPath::root().key("a");
        let v = violation(
            at.clone(),
            &error(
                "length",
                &[
                    ("min", json!(8)),
                    ("max", json!(64)),
                    ("value", json!("hunter2")),
                ],
            ),
        );
        assert_eq!(v.code(), "too_small");
        assert_eq!(
            kept(&v),
            json!({"minimum": 8, "inclusive": true, "type": "string"})
                .as_object()
                .unwrap()
                .clone()
        );
        let v = violation(
            at.clone(),
            &error("length", &[("max", json!(2)), ("value", json!([1, 2, 3]))]),
        );
        assert_eq!(
            (v.code(), v.message()),
            ("too_big", "must have at most 2 items")
        );
        let v = violation(
            at.clone(),
            &error("length", &[("equal", json!(2)), ("value", json!("abc"))]),
        );
        assert_eq!(
            (v.code(), v.message()),
            ("too_big", "must be exactly 2 characters long")
        );
        let v = violation(
            at.clone(),
            &error("range", &[("exclusive_min", json!(0)), ("value", json!(0))]),
        );
        assert_eq!(
            (v.code(), v.message()),
            ("too_small", "must be greater than 0")
        );
        let v = violation(
            at.clone(),
            &error("range", &[("max", json!(10)), ("value", json!(11))]),
        );
        assert_eq!((v.code(), v.message()), ("too_big", "must be at most 10"));
        let v = violation(
            at,
            &error(
                "range",
                &[("exclusive_max", json!(10)), ("value", json!(10))],
            ),
        );
        assert_eq!((v.code(), v.message()), ("too_big", "must be less than 10"));
    }

    #[test]
    fn values_never_survive() {
        let at = FieldPath::root().key("a");
        let built_in = [
            "length",
            "range",
            "email",
            "url",
            "regex",
            "required",
            "must_match",
            "credit_card",
            "non_control_character",
            "contains",
            "does_not_contain",
            "ip",
        ];
        for code in built_in {
            let e = error(
                code,
                &[("value", json!("s3cret")), ("other", json!("s3cret"))],
            );
            let v = violation(at.clone(), &e);
            assert!(!format!("{v:?}").contains("s3cret"), "{code}: {v:?}");
        }
        // A code of one's own keeps its parameters, `value` aside.
        let v = violation(
            at,
            &error("mine", &[("value", json!("s3cret")), ("limit", json!(3))]),
        );
        assert_eq!(kept(&v), json!({"limit": 3}).as_object().unwrap().clone());
    }

    #[test]
    fn nested_lists_and_struct_level_errors_have_paths() {
        let mut item = ValidationErrors::new();
        item.add(
            "name",
            error("length", &[("min", json!(1)), ("value", json!(""))]),
        );
        let mut address = ValidationErrors::new();
        address.add("zip", error("regex", &[]));
        let mut root = ValidationErrors::new();
        root.add("__all__", error("passwords_differ", &[]));
        root.errors_mut().insert(
            Cow::Borrowed("address"),
            ValidationErrorsKind::Struct(Box::new(address)),
        );
        root.errors_mut().insert(
            Cow::Borrowed("items"),
            ValidationErrorsKind::List([(2, Box::new(item))].into_iter().collect()),
        );
        let shown: Vec<String> = Violations::from(root)
            .iter()
            .map(|v| format!("{} {}", v.path(), v.code()))
            .collect();
        assert_eq!(
            shown,
            [
                " passwords_differ",
                "address.zip invalid_string",
                "items[2].name too_small"
            ]
        );
    }
}

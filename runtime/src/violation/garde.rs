//! `garde`'s reports as violations (the `garde` feature).
//!
//! garde's errors carry a message and no code. errcat gets the rule two ways:
//!
//! - [`validate`] (and errcat's `Garde<...>` extractors) run garde with an
//!   [`garde::i18n::I18n`] handler of errcat's: each rule's message names the
//!   rule and its parameters, which become the violation's code and parameters, and
//!   errcat writes the message, as it does for `validator`;
//! - `From<garde::Report>`, for a report garde made with its own English messages, reads
//!   each message back against garde's texts (`length is lower than 3` → `too_small`,
//!   `minimum: 3`) and keeps it; a message garde did not write (a custom rule's, another
//!   language's) is `custom`.
//!
//! | garde rule | violation |
//! |---|---|
//! | `length`, `range` | `too_small` / `too_big` with `minimum` / `maximum` (`range` with `type: "number"`) |
//! | `email`, `url`, `pattern`, `contains`, `prefix`, `suffix`, `ip` | `invalid_string` with `validation` `email`, `url`, `regex`, `includes`, `startsWith`, `endsWith`, `ip` |
//! | `required` | `invalid_type` with `expected: "unknown"`, `received: "undefined"` |
//! | `matches` | `must_match` |
//! | `credit_card`, `phone_number`, `ascii`, `alphanumeric` | the same code |
//! | `custom` | `custom` |
//!
//! Paths are garde's: list items by index, map entries by key, a field by its Rust name
//! (garde ignores serde's renames; errcat's extractors rename them back).

use std::borrow::Cow;
use std::fmt::Display;

use ::garde::i18n::{
    I18n, InvalidCreditCard, InvalidEmail, InvalidPhoneNumber, InvalidUrl, IpKind,
};
use serde_json::{Map, Value};

use super::rules::Rule;
use super::{FieldPath, Segment, Violation, Violations, codes};

/// What starts a message of errcat's [`Tagging`] handler.
const TAG: &str = "\u{1f}errcat:";

/// Checks `value` with `garde` (its context by default): its violations, if any.
///
/// ```
/// use garde::Validate;
///
/// #[derive(Validate)]
/// struct SignUp {
///     #[garde(length(min = 8))]
///     password: String,
/// }
///
/// let refused = errcat::violation::garde::validate(&SignUp { password: "hunter2".into() }).unwrap_err();
/// let v = refused.first().unwrap();
/// assert_eq!((v.path().to_string().as_str(), v.code()), ("password", "too_small"));
/// assert_eq!(v.message(), "must have a length of at least 8");
/// ```
pub fn validate<T>(value: &T) -> Result<(), Violations>
where
    T: ::garde::Validate + ?Sized,
    T::Context: Default,
{
    ::garde::i18n::with_i18n(Tagging, || value.validate()).map_err(Violations::from)
}

impl From<::garde::Report> for Violations {
    fn from(report: ::garde::Report) -> Self {
        Violations::from(&report)
    }
}

impl From<&::garde::Report> for Violations {
    fn from(report: &::garde::Report) -> Self {
        report
            .iter()
            .map(|(path, error)| violation(path_of(path), error.message()))
            .collect()
    }
}

/// garde's path, root first, by its serialized form (`[["key","items"],["index","0"]]`);
/// components without a key (an `Option`'s inner value) are left out.
fn path_of(path: &::garde::error::Path) -> FieldPath {
    let Ok(Value::Array(components)) = serde_json::to_value(path) else {
        return FieldPath::root();
    };
    components
        .iter()
        .filter_map(|component| {
            let [kind, text] = component.as_array()?.as_slice() else {
                return None;
            };
            let text = text.as_str()?;
            match kind.as_str()? {
                "index" => text.parse().ok().map(Segment::Index),
                "key" => Some(Segment::Key(text.to_owned())),
                _ => None,
            }
        })
        .collect()
}

/// One garde error at `path`: tagged by errcat's handler, or one of garde's own texts.
fn violation(path: FieldPath, message: &str) -> Violation {
    if let Some(rule) = message.strip_prefix(TAG).and_then(untag) {
        return rule.at(path, None);
    }
    let rule = from_english(message).unwrap_or_else(|| Rule::new(codes::CUSTOM));
    rule.at(path, Some(message.to_owned()))
}

/// The rule a tagged message names.
fn untag(json: &str) -> Option<Rule> {
    let (code, params): (String, Map<String, Value>) = serde_json::from_str(json).ok()?;
    Some(Rule { code, params })
}

/// The rule one of garde's English messages (`garde::i18n::DefaultI18n`) states.
fn from_english(message: &str) -> Option<Rule> {
    let after = |prefix: &str| message.strip_prefix(prefix);
    let quoted = |prefix: &str| {
        after(prefix)
            .and_then(|rest| rest.strip_suffix('"'))
            .map(str::to_owned)
    };
    let rule = if let Some(n) = after("length is lower than ") {
        Rule::new(codes::TOO_SMALL)
            .with("minimum", number(n))
            .with("inclusive", true)
    } else if let Some(n) = after("length is greater than ") {
        Rule::new(codes::TOO_BIG)
            .with("maximum", number(n))
            .with("inclusive", true)
    } else if let Some(n) = after("lower than ") {
        bound(codes::TOO_SMALL, "minimum", &number(n))
    } else if let Some(n) = after("greater than ") {
        bound(codes::TOO_BIG, "maximum", &number(n))
    } else if message.starts_with("not a valid credit card number") {
        Rule::new("credit_card")
    } else if let Some(pattern) =
        after("does not match pattern /").and_then(|p| p.strip_suffix('/'))
    {
        Rule::string("regex").with("pattern", pattern)
    } else if let Some(needle) = quoted("does not contain \"") {
        Rule::string("includes").with("includes", needle)
    } else if message.starts_with("not a valid url") {
        Rule::string("url")
    } else if let Some(prefix) = quoted("value does not begin with \"") {
        Rule::string("startsWith").with("startsWith", prefix)
    } else if let Some(suffix) = quoted("does not end with \"") {
        Rule::string("endsWith").with("endsWith", suffix)
    } else if message.starts_with("not a valid phone number") {
        Rule::new("phone_number")
    } else if message.starts_with("not a valid email") {
        Rule::string("email")
    } else if message.starts_with("not a valid ") && message.ends_with(" address") {
        Rule::string("ip")
    } else if message.starts_with("does not match ") && message.ends_with(" field") {
        Rule::new("must_match")
    } else if message == "not ascii" {
        Rule::new("ascii")
    } else if message == "not alphanumeric" {
        Rule::new("alphanumeric")
    } else if message == "not set" {
        Rule::required()
    } else {
        return None;
    };
    Some(rule)
}

/// A bound as JSON: a number when it reads as one.
fn number(text: &str) -> Value {
    serde_json::from_str::<serde_json::Number>(text)
        .map(Value::Number)
        .unwrap_or_else(|_| Value::from(text))
}

/// A `range` bound crossed.
fn bound(code: &str, key: &str, limit: &Value) -> Rule {
    Rule::new(code)
        .with(key, limit.clone())
        .with("inclusive", true)
        .with("type", "number")
}

/// errcat's handler: each message is the rule as JSON, `(code, params)`, after [`TAG`].
struct Tagging;

fn tag(rule: Rule) -> Cow<'static, str> {
    let json = serde_json::to_string(&(&rule.code, &rule.params)).unwrap_or_default();
    Cow::Owned(format!("{TAG}{json}"))
}

fn displayed(value: &dyn Display) -> Value {
    number(&value.to_string())
}

impl I18n for Tagging {
    fn length_lower_than(&self, min: usize) -> Cow<'static, str> {
        tag(Rule::new(codes::TOO_SMALL)
            .with("minimum", min)
            .with("inclusive", true))
    }

    fn length_greater_than(&self, max: usize) -> Cow<'static, str> {
        tag(Rule::new(codes::TOO_BIG)
            .with("maximum", max)
            .with("inclusive", true))
    }

    fn range_lower_than(&self, min: &dyn Display) -> Cow<'static, str> {
        tag(bound(codes::TOO_SMALL, "minimum", &displayed(min)))
    }

    fn range_greater_than(&self, max: &dyn Display) -> Cow<'static, str> {
        tag(bound(codes::TOO_BIG, "maximum", &displayed(max)))
    }

    fn credit_card_invalid(&self, _: InvalidCreditCard) -> Cow<'static, str> {
        tag(Rule::new("credit_card"))
    }

    fn pattern_no_match(&self, pattern: &dyn Display) -> Cow<'static, str> {
        tag(Rule::string("regex").with("pattern", pattern.to_string()))
    }

    fn contains_missing(&self, pattern: &dyn Display) -> Cow<'static, str> {
        tag(Rule::string("includes").with("includes", pattern.to_string()))
    }

    fn url_invalid(&self, _: InvalidUrl) -> Cow<'static, str> {
        tag(Rule::string("url"))
    }

    fn prefix_missing(&self, pattern: &dyn Display) -> Cow<'static, str> {
        tag(Rule::string("startsWith").with("startsWith", pattern.to_string()))
    }

    fn suffix_missing(&self, pattern: &dyn Display) -> Cow<'static, str> {
        tag(Rule::string("endsWith").with("endsWith", pattern.to_string()))
    }

    fn phone_number_invalid(&self, _: InvalidPhoneNumber) -> Cow<'static, str> {
        tag(Rule::new("phone_number"))
    }

    fn ip_invalid(&self, _: IpKind) -> Cow<'static, str> {
        tag(Rule::string("ip"))
    }

    fn matches_field_mismatch(&self, _: &dyn Display) -> Cow<'static, str> {
        tag(Rule::new("must_match"))
    }

    fn email_invalid(&self, _: InvalidEmail) -> Cow<'static, str> {
        tag(Rule::string("email"))
    }

    fn ascii_invalid(&self) -> Cow<'static, str> {
        tag(Rule::new("ascii"))
    }

    fn alphanumeric_invalid(&self) -> Cow<'static, str> {
        tag(Rule::new("alphanumeric"))
    }

    fn required_not_set(&self) -> Cow<'static, str> {
        tag(Rule::required())
    }
}

#[cfg(test)]
mod tests {
    use ::garde::i18n::{DefaultI18n, I18n};

    use super::*;

    /// Every English text garde writes reads back as the rule errcat's handler tags.
    #[test]
    fn garde_texts_read_as_their_rules() {
        let english = DefaultI18n;
        let cases: [(Cow<'static, str>, Cow<'static, str>); 17] = [
            (english.length_lower_than(3), Tagging.length_lower_than(3)),
            (
                english.length_greater_than(9),
                Tagging.length_greater_than(9),
            ),
            (
                english.range_lower_than(&1.5),
                Tagging.range_lower_than(&1.5),
            ),
            (
                english.range_greater_than(&10),
                Tagging.range_greater_than(&10),
            ),
            (
                english.credit_card_invalid(InvalidCreditCard::InvalidLuhn),
                Tagging.credit_card_invalid(InvalidCreditCard::InvalidLuhn),
            ),
            (
                english.pattern_no_match(&"^a+$"),
                Tagging.pattern_no_match(&"^a+$"),
            ),
            (
                english.contains_missing(&"@"),
                Tagging.contains_missing(&"@"),
            ),
            (
                english.url_invalid(InvalidUrl::EmptyHost),
                Tagging.url_invalid(InvalidUrl::EmptyHost),
            ),
            (
                english.prefix_missing(&"sk_"),
                Tagging.prefix_missing(&"sk_"),
            ),
            (
                english.suffix_missing(&".com"),
                Tagging.suffix_missing(&".com"),
            ),
            (
                english.phone_number_invalid(InvalidPhoneNumber::TooLong),
                Tagging.phone_number_invalid(InvalidPhoneNumber::TooLong),
            ),
            (
                english.ip_invalid(IpKind::V4),
                Tagging.ip_invalid(IpKind::V4),
            ),
            (
                english.matches_field_mismatch(&"password"),
                Tagging.matches_field_mismatch(&"password"),
            ),
            (
                english.email_invalid(InvalidEmail::MissingAt),
                Tagging.email_invalid(InvalidEmail::MissingAt),
            ),
            (english.ascii_invalid(), Tagging.ascii_invalid()),
            (
                english.alphanumeric_invalid(),
                Tagging.alphanumeric_invalid(),
            ),
            (english.required_not_set(), Tagging.required_not_set()),
        ];
        for (text, tagged) in cases {
            let read = violation(FieldPath::root(), &text);
            let tagged = violation(FieldPath::root(), &tagged);
            assert_eq!(
                (read.code(), read.params()),
                (tagged.code(), tagged.params()),
                "{text}"
            );
            assert_eq!(read.message(), text, "garde's own message is kept");
        }
        assert_eq!(
            violation(FieldPath::root(), "must be a prime").code(),
            "custom"
        );
    }
}

//! What the axum and actix-web integrations share: the per-request [`context`] errors
//! are rendered in, and the bounding of rejected input before it reaches a
//! [`FromFrameworkError`](super::FromFrameworkError) mapping.

pub(crate) mod context;

use super::BadInput;
use crate::text::cut;

/// The longest field path passed to a `FromFrameworkError` mapping.
const MAX_FIELD: usize = 128;
/// The longest reason passed to a `FromFrameworkError` mapping.
const MAX_REASON: usize = 200;

/// The field a serde message names (`` missing field `name` ``), for parsers that do not
/// track paths.
pub(crate) fn field_from_message(reason: &str) -> Option<&str> {
    let rest = reason
        .strip_prefix("missing field `")
        .or_else(|| reason.strip_prefix("unknown field `"))
        .or_else(|| reason.strip_prefix("duplicate field `"))?;
    rest.split('`').next().filter(|f| !f.is_empty())
}

/// A serde error message without serde_json's ` at line L column C` suffix.
pub(crate) fn strip_position(reason: &str) -> &str {
    match reason.rfind(" at line ") {
        Some(at) if reason.get(at..).is_some_and(|s| s.contains(" column ")) => {
            reason.get(..at).unwrap_or(reason)
        }
        _ => reason,
    }
}

/// A rejected input, owned, so that an extractor's rejection can carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OwnedInput {
    pub(crate) field: Option<String>,
    pub(crate) reason: String,
}

impl OwnedInput {
    pub(crate) fn new(field: Option<&str>, reason: &str) -> Self {
        OwnedInput {
            field: field
                .filter(|f| !f.is_empty() && *f != "." && *f != "?")
                .map(|f| cut(f, MAX_FIELD).to_owned()),
            reason: cut(strip_position(reason), MAX_REASON).to_owned(),
        }
    }

    /// The input a parser's message is about: the field it names, if any.
    pub(crate) fn from_message(reason: &str) -> Self {
        OwnedInput::new(field_from_message(reason), reason)
    }

    pub(crate) fn borrow(&self) -> BadInput<'_> {
        BadInput {
            field: self.field.as_deref(),
            reason: &self.reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_stripped() {
        assert_eq!(
            strip_position("missing field `name` at line 1 column 2"),
            "missing field `name`"
        );
        assert_eq!(strip_position("expected value"), "expected value");
        // " at line " without a column is part of the text, not a position.
        assert_eq!(
            strip_position("no quota at line rate 3"),
            "no quota at line rate 3"
        );
    }
}

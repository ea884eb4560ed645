//! Rejected input, bounded before it reaches a `FromFrameworkError` mapping.

use crate::integrations::BadInput;
use crate::text::{cut, strip_position};
use crate::violation::{self, FieldPath, Violation, Violations};

/// The longest field path passed to a `FromFrameworkError` mapping.
const MAX_FIELD: usize = 128;
/// The longest reason passed to a `FromFrameworkError` mapping.
const MAX_REASON: usize = 200;

/// A rejected input, owned, so that an extractor's rejection can carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OwnedInput {
    pub(crate) field: Option<String>,
    pub(crate) reason: String,
    pub(crate) violations: Violations,
}

impl OwnedInput {
    /// The input at `field` (a dot-bracket path) that a parser refused with `reason`: the
    /// violation read from serde's message.
    pub(crate) fn new(field: Option<&str>, reason: &str) -> Self {
        let field = field.filter(|f| !f.is_empty() && *f != "." && *f != "?");
        let path = field.map_or_else(FieldPath::root, |f| {
            FieldPath::parse(f).unwrap_or_else(|_| FieldPath::root().key(f))
        });
        let violation = violation::from_message(path, reason);
        OwnedInput::with_violation(field, reason, violation)
    }

    /// A body that is not JSON at all: the violation `invalid_json`, with the line and
    /// column serde_json's message gives.
    #[cfg(feature = "axum")]
    pub(crate) fn syntax(reason: &str) -> Self {
        let message = strip_position(reason);
        let mut violation = Violation::new(
            FieldPath::root(),
            violation::codes::INVALID_JSON,
            message.to_owned(),
        );
        let position = reason.get(message.len()..).unwrap_or_default();
        let mut numbers = position
            .split(' ')
            .filter_map(|word| word.parse::<u64>().ok());
        if let (Some(line), Some(column)) = (numbers.next(), numbers.next()) {
            violation = violation
                .with_param("line", line)
                .with_param("column", column);
        }
        OwnedInput::with_violation(None, reason, violation)
    }

    /// The input a violation describes: its path is the field (none at the root), or,
    /// for an unknown field (which a violation places at the object holding it), the
    /// unknown field's.
    pub(crate) fn from_violation(reason: &str, violation: Violation) -> Self {
        let unknown = match violation.param("keys").and_then(|keys| keys.as_array()) {
            Some(keys) if violation.code() == violation::codes::UNRECOGNIZED_KEYS => {
                keys.first().and_then(|key| key.as_str())
            }
            _ => None,
        };
        let path = match unknown {
            Some(key) => violation.path().clone().key(key),
            None => violation.path().clone(),
        };
        let field = (!path.is_empty()).then(|| path.to_string());
        OwnedInput::with_violation(field.as_deref(), reason, violation)
    }

    fn with_violation(field: Option<&str>, reason: &str, violation: Violation) -> Self {
        OwnedInput {
            field: field.map(|f| cut(f, MAX_FIELD).to_owned()),
            reason: cut(strip_position(reason), MAX_REASON).to_owned(),
            violations: Violations::from(violation),
        }
    }

    /// The input a parser's message is about: the field it names, if any.
    pub(crate) fn from_message(reason: &str) -> Self {
        OwnedInput::from_violation(reason, violation::from_message(FieldPath::root(), reason))
    }

    pub(crate) fn borrow(&self) -> BadInput<'_> {
        BadInput {
            field: self.field.as_deref(),
            reason: &self.reason,
            violations: &self.violations,
        }
    }
}

//! Invalid input as typed field violations: [`Violation`], [`Violations`] and
//! [`FieldPath`].
//!
//! Whoever refused the input (serde, `validator`, `garde`, a check of your own), a
//! client gets one list: each entry a path to the field as the client sent it, a stable
//! [code](codes), a message and the rule's parameters (`minimum`, `maximum`, ...), never
//! the rejected value. A variant carries the list in a field marked `#[api(violations)]`,
//! and each envelope shape writes it in its convention:
//!
//! | shape | member | each entry |
//! |---|---|---|
//! | `code` (seed 004), `flat` (seeds 002, 003) | `issues` | a Zod issue: `{"code":"too_small","path":["items",0,"name"],"message":M,"minimum":1,"inclusive":true,"type":"string"}` |
//! | `problem` | `errors` | RFC 9457 §3: `{"detail":M,"pointer":"#/items/0/name","code":"too_small","params":{"minimum":1,...}}` |
//! | `nested` (seeds 000, 001) | `violations` | Google's `FieldViolation`: `{"field":"items[0].name","code":"too_small","message":M,"params":{...}}` |
//!
//! `#[api(violations = "details")]` names the member otherwise. A body carries the first
//! [`MAX_IN_BODY`] violations and then, if there were more, one entry with the code
//! [`codes::TRUNCATED`] saying how many were left out; a path is written with at most
//! [`MAX_PATH_DEPTH`] segments (a longer one is cut, and the entry gets the parameter
//! `path_depth` with its full depth), each key at most [`MAX_KEY_LEN`] bytes.
//!
//! ```
//! use errcat::{ApiError, Envelope, FieldPath, Violation, Violations};
//!
//! #[derive(Debug, ApiError)]
//! #[api(format = "code", rename_all = "snake_case")]
//! enum Api {
//!     /// Body not JSON / didn't match the schema.
//!     #[api(status = 400)]
//!     InvalidBody {
//!         #[api(violations)]
//!         issues: Violations,
//!     },
//! }
//!
//! let issues = Violations::from_iter([Violation::new(
//!     FieldPath::root().key("items").index(0).key("name"),
//!     errcat::violation::codes::TOO_SMALL,
//!     "must be at least 1 character long",
//! )
//! .with_param("minimum", 1)
//! .with_param("inclusive", true)
//! .with_param("type", "string")]);
//! let body = Envelope::new(&Api::InvalidBody { issues }).to_json_vec();
//! assert_eq!(
//!     String::from_utf8(body).unwrap(),
//!     r#"{"error":"invalid_body","message":"Body not JSON / didn't match the schema.","issues":[{"code":"too_small","path":["items",0,"name"],"message":"must be at least 1 character long","inclusive":true,"minimum":1,"type":"string"}]}"#
//! );
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

mod form;
#[cfg(feature = "garde")]
pub mod garde;
mod path;
#[cfg(any(feature = "validator", feature = "garde"))]
mod rules;
mod serde_input;
#[cfg(feature = "validator")]
pub mod validator;
#[cfg(all(
    any(feature = "axum", feature = "actix-web"),
    any(feature = "validator", feature = "garde")
))]
mod wire;

pub(crate) use form::{InForm, read as read_form};
pub use form::{MAX_IN_BODY, MAX_KEY_LEN, MAX_PATH_DEPTH};
pub use path::{FieldPath, PathError, Segment};
pub use serde_input::from_json;
// For the framework integrations; which of them a build uses depends on its features.
#[cfg(feature = "axum")]
pub(crate) use serde_input::unparsable;
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[allow(unused_imports)]
pub(crate) use serde_input::{
    from_message, from_serde_error, from_serde_path_error, from_serde_text, path_of,
};
#[cfg(all(
    any(feature = "axum", feature = "actix-web"),
    any(feature = "validator", feature = "garde")
))]
pub(crate) use wire::WireNames;

/// The codes errcat gives the rules it knows, whichever library checked them. They are
/// Zod v3's codes where one fits, so that the `code` and `flat` shapes write them as
/// they are; a validator's own codes (`#[validate(length(min = 1, code = "..."))]`) and
/// your own pass through unchanged.
///
/// | code | when | parameters |
/// |---|---|---|
/// | `invalid_type` | a value of the wrong type, or a required one missing (`expected: "unknown"`, `received: "undefined"`) | `expected`, `received` |
/// | `too_small` | shorter or smaller than allowed | `minimum`, `inclusive`, `exact`, `type` (`string`, `array`, `number`) |
/// | `too_big` | longer or larger than allowed | `maximum`, `inclusive`, `exact`, `type` |
/// | `invalid_string` | a string that is not an email, a URL, a match of a pattern, ... | `validation` (`email`, `url`, `regex`, `includes`, `startsWith`, `endsWith`, `ip`, ...) and the rule's own (`includes`, `pattern`, ...) |
/// | `invalid_enum_value` | an unknown variant | `options` |
/// | `unrecognized_keys` | an unknown field | `keys` |
/// | `invalid_json` | the body does not parse | `line`, `column` |
/// | `invalid_value` | any other value serde refuses | `expected` |
/// | `must_match`, `credit_card`, `phone_number`, `non_control_character`, `ascii`, `alphanumeric`, `does_not_contain` | the rule of that name | the rule's |
/// | `custom` | a rule errcat does not know (garde's custom rules, validator's custom functions without a code) | |
/// | `truncated` | the body's list was cut | `omitted`, `limit` |
pub mod codes {
    /// A value of the wrong type, or a required value missing.
    pub const INVALID_TYPE: &str = "invalid_type";
    /// Shorter or smaller than allowed.
    pub const TOO_SMALL: &str = "too_small";
    /// Longer or larger than allowed.
    pub const TOO_BIG: &str = "too_big";
    /// A string that does not have the required form (email, URL, pattern, ...).
    pub const INVALID_STRING: &str = "invalid_string";
    /// An unknown enum variant.
    pub const INVALID_ENUM_VALUE: &str = "invalid_enum_value";
    /// An unknown field.
    pub const UNRECOGNIZED_KEYS: &str = "unrecognized_keys";
    /// A body that is not JSON.
    pub const INVALID_JSON: &str = "invalid_json";
    /// A value serde refuses for another reason.
    pub const INVALID_VALUE: &str = "invalid_value";
    /// A rule errcat does not know.
    pub const CUSTOM: &str = "custom";
    /// The list was cut: this entry says how many violations were left out.
    pub const TRUNCATED: &str = "truncated";
}

/// Parameter names a violation cannot carry: the members each form writes itself, and
/// `value`, since a violation never echoes the rejected value.
const RESERVED_PARAMS: [&str; 5] = ["code", "path", "message", "params", "value"];

/// One reason the input was refused: where ([`path`](Self::path)), which rule
/// ([`code`](Self::code)), a message for people, and the rule's parameters (`minimum`,
/// `maximum`, `validation`, ...). Never the rejected value.
///
/// ```
/// use errcat::{FieldPath, Violation};
///
/// let v = Violation::new(FieldPath::root().key("password"), "too_small", "must be at least 8 characters long")
///     .with_param("minimum", 8)
///     .with_param("value", "hunter2"); // refused: a violation never carries the value
/// assert_eq!(v.path().to_string(), "password");
/// assert_eq!(v.code(), "too_small");
/// assert_eq!(v.param("minimum"), Some(&serde_json::json!(8)));
/// assert_eq!(v.param("value"), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    path: FieldPath,
    code: Cow<'static, str>,
    message: String,
    params: BTreeMap<String, serde_json::Value>,
}

impl Violation {
    /// A violation at `path` of the rule `code`, explained by `message`.
    pub fn new(
        path: FieldPath,
        code: impl Into<Cow<'static, str>>,
        message: impl Into<String>,
    ) -> Self {
        Violation {
            path,
            code: code.into(),
            message: message.into(),
            params: BTreeMap::new(),
        }
    }

    /// The violation with the rule's parameter `name` (`minimum`, `pattern`, ...). The
    /// names `code`, `path`, `message` and `params` (which the shapes write themselves)
    /// and `value` (a violation never carries the rejected value) are ignored.
    #[must_use]
    pub fn with_param(
        mut self,
        name: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        let name = name.into();
        if !RESERVED_PARAMS.contains(&name.as_str()) {
            self.params.insert(name, value.into());
        }
        self
    }

    /// Where the violation is.
    pub fn path(&self) -> &FieldPath {
        &self.path
    }

    /// The rule's stable code ([`codes`]).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The violation with another message (a translation); path, code and parameters
    /// stay.
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// The rule's parameters, by name.
    pub fn params(&self) -> &BTreeMap<String, serde_json::Value> {
        &self.params
    }

    /// One parameter.
    pub fn param(&self, name: &str) -> Option<&serde_json::Value> {
        self.params.get(name)
    }

    /// The violation with `prefix` before its path (a nested struct's violations, at the
    /// field that holds it).
    #[must_use]
    pub fn under(mut self, prefix: &FieldPath) -> Self {
        self.path = self.path.under(prefix);
        self
    }

    /// The order of a list: by path, then code, then message and parameters (so that a
    /// list from an unordered source is the same every time).
    fn order(&self, other: &Violation) -> std::cmp::Ordering {
        self.path
            .cmp(&other.path)
            .then_with(|| self.code.cmp(&other.code))
            .then_with(|| self.message.cmp(&other.message))
            .then_with(|| {
                // Values have no order of their own: compare their JSON, only on a tie.
                let json = |v: &Violation| serde_json::to_string(&v.params).unwrap_or_default();
                json(self).cmp(&json(other))
            })
    }
}

/// `items[0].name: must be at least 1 character long`; the message alone at the root.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// An ordered list of [`Violation`]s: by path, then code (then message), whatever order
/// they were added in, so that the same input gives the same body.
///
/// ```
/// use errcat::{FieldPath, Violation, Violations};
///
/// let mut list = Violations::new();
/// list.push(Violation::new(FieldPath::root().key("name"), "too_small", "too short"));
/// list.push(Violation::new(FieldPath::root().key("age"), "too_big", "too old"));
/// let paths: Vec<String> = list.iter().map(|v| v.path().to_string()).collect();
/// assert_eq!(paths, ["age", "name"]);
/// assert_eq!(list.to_string(), "age: too old (and 1 more)");
/// ```
///
/// A clone shares the list (a reference count), so that a framework error's violations
/// reach an error variant without being copied; a change copies a shared list first.
#[derive(Clone, Default)]
pub struct Violations {
    list: Option<Arc<Vec<Violation>>>,
}

impl Violations {
    /// An empty list.
    pub const fn new() -> Self {
        Violations { list: None }
    }

    fn from_vec(list: Vec<Violation>) -> Self {
        Violations {
            list: (!list.is_empty()).then(|| Arc::new(list)),
        }
    }

    /// The list, to change: copied first if shared.
    fn list_mut(&mut self) -> &mut Vec<Violation> {
        Arc::make_mut(self.list.get_or_insert_with(Arc::default))
    }

    /// The number of violations.
    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }

    /// The violations, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.as_slice().iter()
    }

    /// The first violation in order.
    pub fn first(&self) -> Option<&Violation> {
        self.as_slice().first()
    }

    /// The violations as a slice, in order.
    pub fn as_slice(&self) -> &[Violation] {
        self.list.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Adds a violation in its place in the order.
    pub fn push(&mut self, violation: Violation) {
        let at = self
            .as_slice()
            .partition_point(|v| v.order(&violation) != std::cmp::Ordering::Greater);
        self.list_mut().insert(at, violation);
    }

    /// The list with `prefix` before every path.
    #[must_use]
    pub fn under(self, prefix: &FieldPath) -> Self {
        Violations::from_vec(self.into_iter().map(|v| v.under(prefix)).collect())
    }

    /// The violations, in order.
    pub fn into_vec(self) -> Vec<Violation> {
        match self.list {
            Some(list) => Arc::try_unwrap(list).unwrap_or_else(|shared| (*shared).clone()),
            None => Vec::new(),
        }
    }

    fn sort(&mut self) {
        if let Some(list) = &mut self.list {
            Arc::make_mut(list).sort_by(Violation::order);
        }
    }

    #[cfg(all(
        any(feature = "axum", feature = "actix-web"),
        any(feature = "validator", feature = "garde")
    ))]
    /// Renames each path's keys with `rename`, which maps a key at a path (the segments
    /// before it, already renamed) to the key the client sent; then restores the order.
    pub(crate) fn rename_keys(
        &mut self,
        mut rename: impl FnMut(&FieldPath, &str) -> Option<String>,
    ) {
        let Some(list) = &mut self.list else {
            return;
        };
        for violation in Arc::make_mut(list) {
            let mut renamed = FieldPath::root();
            for segment in violation.path.segments() {
                match segment {
                    Segment::Key(key) => {
                        let key = rename(&renamed, key).unwrap_or_else(|| key.clone());
                        renamed.push(Segment::Key(key));
                    }
                    Segment::Index(i) => renamed.push(Segment::Index(*i)),
                }
            }
            violation.path = renamed;
        }
        self.sort();
    }
}

impl fmt::Debug for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Violations")
            .field("list", &self.as_slice())
            .finish()
    }
}

impl PartialEq for Violations {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Violations {}

impl std::hash::Hash for Violations {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl FromIterator<Violation> for Violations {
    fn from_iter<I: IntoIterator<Item = Violation>>(iter: I) -> Self {
        let mut violations = Violations::from_vec(iter.into_iter().collect());
        violations.sort();
        violations
    }
}

impl Extend<Violation> for Violations {
    fn extend<I: IntoIterator<Item = Violation>>(&mut self, iter: I) {
        self.list_mut().extend(iter);
        if self.list.as_ref().is_some_and(|list| list.is_empty()) {
            self.list = None;
        }
        self.sort();
    }
}

impl From<Violation> for Violations {
    fn from(violation: Violation) -> Self {
        Violations::from_vec(vec![violation])
    }
}

impl From<Vec<Violation>> for Violations {
    fn from(list: Vec<Violation>) -> Self {
        list.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

/// The first violation, and how many more: `name: too short (and 2 more)`;
/// `no violations` when empty. What a message template naming the field shows.
impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(first) = self.first() else {
            return f.write_str("no violations");
        };
        let first = first.to_string();
        f.write_str(&crate::text::shortened(&first, 200))?;
        match self.len() - 1 {
            0 => Ok(()),
            more => write!(f, " (and {more} more)"),
        }
    }
}

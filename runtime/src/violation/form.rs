//! Violations written and read in each [`ViolationForm`]: Zod issues, RFC 9457 `errors`
//! entries, Google-style field violations.

use std::borrow::Cow;

use errcat_core::shape::ViolationForm;
use serde::ser::{SerializeMap, SerializeSeq};
use serde_json::{Map, Value};

use super::{FieldPath, Segment, Violation, Violations, codes};

/// The most violations a body carries; one more entry ([`codes::TRUNCATED`]) says how
/// many were left out.
///
/// ```
/// use errcat::violation::MAX_IN_BODY;
/// use errcat::{ApiError, Envelope, FieldPath, Violation, Violations};
/// use serde_json::json;
///
/// #[derive(Debug, ApiError)]
/// #[api(format = "nested")]
/// enum Api {
///     #[api(status = 400, message = "invalid input")]
///     Invalid {
///         #[api(violations)]
///         violations: Violations,
///     },
/// }
///
/// let violations: Violations = (0..150)
///     .map(|i| Violation::new(FieldPath::root().key("rows").index(i), "required", "missing"))
///     .collect();
/// let body = Envelope::new(&Api::Invalid { violations }).to_json_vec();
/// let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
/// let listed = body["error"]["violations"].as_array().unwrap();
/// assert_eq!(listed.len(), MAX_IN_BODY + 1);
/// assert_eq!(
///     listed[MAX_IN_BODY - 1],
///     json!({ "field": "rows[99]", "code": "required", "message": "missing" })
/// );
/// assert_eq!(
///     listed[MAX_IN_BODY],
///     json!({
///         "field": "",
///         "code": "truncated",
///         "message": "50 more violations not shown: a body carries at most 100",
///         "params": { "limit": 100, "omitted": 50 },
///     })
/// );
/// ```
pub const MAX_IN_BODY: usize = 100;

/// The most segments of a path a body carries; a deeper path is cut, and its entry gets
/// the parameter `path_depth`.
pub const MAX_PATH_DEPTH: usize = 32;

/// The most bytes of one key of a path a body carries (cut on a character boundary, `…`
/// appended).
pub const MAX_KEY_LEN: usize = 256;

/// Zod v3's issue codes: written as they are, with their parameters as members. Any
/// other code is written as Zod's `custom` issue, the code in `params.code`.
const ZOD_CODES: [&str; 15] = [
    "invalid_type",
    "invalid_literal",
    "invalid_union",
    "invalid_union_discriminator",
    "invalid_enum_value",
    "unrecognized_keys",
    "invalid_arguments",
    "invalid_return_type",
    "invalid_date",
    "invalid_string",
    "too_small",
    "too_big",
    "invalid_intersection_types",
    "not_multiple_of",
    "not_finite",
];

/// Violations as a JSON array in a form: what a shape writes under its member.
pub(crate) struct InForm<'a> {
    pub(crate) violations: &'a Violations,
    pub(crate) form: ViolationForm,
}

impl serde::Serialize for InForm<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shown = self.violations.len().min(MAX_IN_BODY);
        let omitted = self.violations.len() - shown;
        let mut seq = serializer.serialize_seq(Some(shown + usize::from(omitted > 0)))?;
        for violation in self.violations.iter().take(shown) {
            seq.serialize_element(&Entry {
                violation,
                form: self.form,
            })?;
        }
        if omitted > 0 {
            let violations = if omitted == 1 {
                "violation"
            } else {
                "violations"
            };
            let summary = Violation::new(
                FieldPath::root(),
                codes::TRUNCATED,
                format!(
                    "{omitted} more {violations} not shown: a body carries at most {MAX_IN_BODY}"
                ),
            )
            .with_param("omitted", omitted)
            .with_param("limit", MAX_IN_BODY);
            seq.serialize_element(&Entry {
                violation: &summary,
                form: self.form,
            })?;
        }
        seq.end()
    }
}

/// One violation in a form.
struct Entry<'a> {
    violation: &'a Violation,
    form: ViolationForm,
}

impl serde::Serialize for Entry<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.violation;
        let (path, depth) = bounded(v.path());
        let depth = depth.map(|d| ("path_depth", Value::from(d)));
        let params = || {
            v.params()
                .iter()
                .map(|(k, v)| (k.as_str(), v))
                .chain(depth.iter().map(|(k, v)| (*k, v)))
        };
        let has_params = !v.params().is_empty() || depth.is_some();
        let mut map = serializer.serialize_map(None)?;
        match self.form {
            ViolationForm::Zod => {
                let native = ZOD_CODES.contains(&v.code());
                map.serialize_entry("code", if native { v.code() } else { codes::CUSTOM })?;
                map.serialize_entry("path", &path.to_zod())?;
                map.serialize_entry("message", v.message())?;
                if native {
                    for (name, value) in params() {
                        map.serialize_entry(name, value)?;
                    }
                } else {
                    let own = (v.code() != codes::CUSTOM).then_some(("code", v.code()));
                    if has_params || own.is_some() {
                        map.serialize_entry(
                            "params",
                            &Params {
                                own,
                                params: params(),
                            },
                        )?;
                    }
                }
            }
            ViolationForm::Problem => {
                map.serialize_entry("detail", v.message())?;
                map.serialize_entry("pointer", &path.to_fragment())?;
                map.serialize_entry("code", v.code())?;
                if has_params {
                    map.serialize_entry(
                        "params",
                        &Params {
                            own: None,
                            params: params(),
                        },
                    )?;
                }
            }
            ViolationForm::Field => {
                map.serialize_entry("field", &path.to_string())?;
                map.serialize_entry("code", v.code())?;
                map.serialize_entry("message", v.message())?;
                if has_params {
                    map.serialize_entry(
                        "params",
                        &Params {
                            own: None,
                            params: params(),
                        },
                    )?;
                }
            }
        }
        map.end()
    }
}

/// A `params` object: the code first when it travels there, then the parameters.
struct Params<'a, I> {
    own: Option<(&'static str, &'a str)>,
    params: I,
}

impl<'a, I> serde::Serialize for Params<'a, I>
where
    I: Iterator<Item = (&'a str, &'a Value)> + Clone,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some((name, code)) = self.own {
            map.serialize_entry(name, code)?;
        }
        for (name, value) in self.params.clone() {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// The path as a body carries it: at most [`MAX_PATH_DEPTH`] segments, each key at most
/// [`MAX_KEY_LEN`] bytes; and the full depth when it was cut.
fn bounded(path: &FieldPath) -> (Cow<'_, FieldPath>, Option<usize>) {
    let long_key = |s: &Segment| matches!(s, Segment::Key(k) if k.len() > MAX_KEY_LEN);
    if path.len() <= MAX_PATH_DEPTH && !path.segments().iter().any(long_key) {
        return (Cow::Borrowed(path), None);
    }
    let kept: FieldPath = path
        .segments()
        .iter()
        .take(MAX_PATH_DEPTH)
        .map(|segment| match segment {
            Segment::Key(key) => {
                Segment::Key(crate::text::shortened(key, MAX_KEY_LEN).into_owned())
            }
            Segment::Index(i) => Segment::Index(*i),
        })
        .collect();
    let depth = (path.len() > MAX_PATH_DEPTH).then_some(path.len());
    (Cow::Owned(kept), depth)
}

/// Reads a violations member in `form`: the violations, and how many entries were
/// skipped as malformed (not an object, a required member missing or of the wrong type,
/// a path that does not parse). A member that is not an array is one skipped entry.
pub(crate) fn read(value: Value, form: ViolationForm) -> (Violations, usize) {
    let Value::Array(items) = value else {
        return (Violations::new(), 1);
    };
    let total = items.len();
    let violations: Violations = items
        .into_iter()
        .filter_map(|item| match item {
            Value::Object(object) => entry(object, form),
            _ => None,
        })
        .collect();
    let skipped = total - violations.len();
    (violations, skipped)
}

fn entry(mut object: Map<String, Value>, form: ViolationForm) -> Option<Violation> {
    let (path, code, message, params) = match form {
        ViolationForm::Zod => {
            let code = take_str(&mut object, "code")?;
            let path = FieldPath::from_zod(&object.remove("path")?).ok()?;
            let message = take_str(&mut object, "message")?;
            if ZOD_CODES.contains(&code.as_str()) {
                (path, code, message, object)
            } else {
                // `custom`, and any code Zod does not have: the parameters are in
                // `params`, and errcat's own code in `params.code`.
                let mut params = match object.remove("params") {
                    Some(Value::Object(params)) => params,
                    _ => Map::new(),
                };
                let code = take_str(&mut params, "code").unwrap_or(code);
                (path, code, message, params)
            }
        }
        ViolationForm::Problem => {
            let message = take_str(&mut object, "detail")?;
            let path = match object.remove("pointer") {
                Some(Value::String(pointer)) => FieldPath::from_pointer(&pointer).ok()?,
                None => FieldPath::root(),
                Some(_) => return None,
            };
            // A problem from another service may name no code.
            let code = take_str(&mut object, "code").unwrap_or_else(|| codes::CUSTOM.to_owned());
            (path, code, message, params_of(&mut object)?)
        }
        ViolationForm::Field => {
            let path = FieldPath::parse(&take_str(&mut object, "field")?).ok()?;
            let code = take_str(&mut object, "code")?;
            let message = take_str(&mut object, "message")?;
            (path, code, message, params_of(&mut object)?)
        }
    };
    Some(
        params
            .into_iter()
            .fold(Violation::new(path, code, message), |v, (name, value)| {
                v.with_param(name, value)
            }),
    )
}

/// Removes the member `key` if it is a string.
fn take_str(object: &mut Map<String, Value>, key: &str) -> Option<String> {
    match object.remove(key) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// The `params` object, if any (empty when absent; `None` when it is not an object).
fn params_of(object: &mut Map<String, Value>) -> Option<Map<String, Value>> {
    match object.remove("params") {
        Some(Value::Object(params)) => Some(params),
        None => Some(Map::new()),
        Some(_) => None,
    }
}

//! The plain data a [`Format`](crate::Format) works on: the [`EnvelopeParts`] it writes
//! from, the [`MemberNames`] of a catalog, and the [`Parts`] it reads back.
//!
//! Nothing here knows a catalog or an envelope: the layouts (`layout/`) are written
//! against these, and [`Envelope`](crate::Envelope) and [`Catalog`](crate::Catalog)
//! provide them.

use std::fmt;

use errcat_core::shape::{Key, ViolationForm};
use serde_json::{Map, Value};

use crate::entry::Entry;
use crate::json::{Exposed, JsonSink};
use crate::violation::{InForm, Violations};

/// The names a catalog gives the members a layout names by role
/// ([`Key::IdField`], [`Key::StatusField`]).
///
/// ```
/// use errcat::catalogs::agent_api::AgentApiError;
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::shape::Key;
/// use errcat::{ApiError, MemberNames};
///
/// let names = AgentApiError::catalog().member_names();
/// assert_eq!(names, MemberNames { id_field: "request_id", status_field: Some("statusCode") });
/// assert_eq!(names.name(Key::StatusField), Some("statusCode"));
/// assert_eq!(names.name(Key::Named("code")), Some("code"));
///
/// let names = ControlPlaneError::catalog().member_names();
/// assert_eq!(names.name(Key::IdField), Some("correlation_id"));
/// assert_eq!(names.name(Key::StatusField), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberNames {
    /// The body key of the per-request id (`id_field`).
    pub id_field: &'static str,
    /// The body key echoing the status (`status_field`), if the catalog has one.
    pub status_field: Option<&'static str>,
}

impl MemberNames {
    /// The name of a member with this key; `None` for a status echo the catalog does
    /// not have.
    pub fn name(&self, key: Key) -> Option<&'static str> {
        match key {
            Key::Named(name) => Some(name),
            Key::IdField => Some(self.id_field),
            Key::StatusField => self.status_field,
        }
    }
}

/// One error at response time, as a [`Format`](crate::Format) writes it: its code's
/// static metadata, what varies with the value (a templated message or hint, the exposed
/// fields, the violations) and the request's context (id, path).
/// [`Envelope`](crate::Envelope) is the one errcat builds.
///
/// The provided `write_*` methods write each part as a JSON value into a
/// [`JsonSink`]: a custom format calls them in its order.
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::{Envelope, EnvelopeParts};
///
/// let err = ControlPlaneError::EmailUpstreamFailed { upstream_status: 503 };
/// let envelope = Envelope::new(&err).with_id("req-1");
/// let parts: &dyn EnvelopeParts = &envelope;
/// assert_eq!(parts.entry().code(), "CP_EMAIL_UPSTREAM_FAILED");
/// assert_eq!(parts.status(), http::StatusCode::BAD_GATEWAY);
/// assert_eq!(parts.names().id_field, "correlation_id");
/// assert_eq!((parts.id(), parts.instance()), (Some("req-1"), None));
/// assert!(parts.has_hint() && parts.violations().is_none());
///
/// let mut message = String::new();
/// parts.message_into(&mut message).unwrap();
/// assert_eq!(message, "email provider answered 503");
/// ```
pub trait EnvelopeParts {
    /// The static metadata of the error's code.
    fn entry(&self) -> &'static Entry;

    /// The names the catalog gives its id and status members.
    fn names(&self) -> MemberNames;

    /// The per-request id, if one was set and valid.
    fn id(&self) -> Option<&str>;

    /// The request path, if set.
    fn instance(&self) -> Option<&str>;

    /// Streams the message (a template written with the error's fields).
    fn message_into(&self, out: &mut dyn fmt::Write) -> fmt::Result;

    /// Streams the hint; `Ok(false)` (nothing written) when there is none.
    fn hint_into(&self, out: &mut dyn fmt::Write) -> Result<bool, fmt::Error>;

    /// The length of the message and hint the envelope writes instead of the error's
    /// own (a translation): room a writer reserves.
    fn text_len(&self) -> usize {
        0
    }

    /// Whether the message and hint are the envelope's own rather than the entry's (a
    /// translation, [`Envelope::with_text`](crate::Envelope::with_text)): then even a
    /// static message is written through [`message_into`](Self::message_into).
    fn text_overridden(&self) -> bool {
        false
    }

    /// Calls `visit` once per exposed field, with its name and value.
    fn visit_exposed(&self, visit: &mut dyn FnMut(&'static str, &dyn Exposed));

    /// The error's field violations, if its variant has them.
    fn violations(&self) -> Option<&Violations>;

    /// The HTTP status.
    fn status(&self) -> http::StatusCode {
        self.entry().status()
    }

    /// Writes the code as a string value.
    fn write_code(&self, sink: &mut dyn JsonSink) {
        sink.str(self.entry().code());
    }

    /// Writes the message as a string value: its text, or the template streamed with the
    /// error's fields.
    fn write_message(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        if entry.message_is_static() && !self.text_overridden() {
            sink.str(entry.message());
        } else {
            sink.display(&mut |w| self.message_into(w));
        }
    }

    /// Whether the error has a hint.
    fn has_hint(&self) -> bool {
        self.entry().hint().is_some()
    }

    /// Writes the hint as a string value (call only when [`has_hint`](Self::has_hint)).
    fn write_hint(&self, sink: &mut dyn JsonSink) {
        match self
            .entry()
            .static_hint()
            .filter(|_| !self.text_overridden())
        {
            Some(hint) => sink.str(hint),
            None => sink.display(&mut |w| self.hint_into(w).map(drop)),
        }
    }

    /// Writes the per-request id member (`"<id_field>":"<id>"`) if there is an id.
    fn write_id_member(&self, sink: &mut dyn JsonSink) {
        if let Some(id) = self.id() {
            sink.key(self.names().id_field);
            sink.str(id);
        }
    }

    /// Writes one member per exposed field; an optional field (`Option<T>`) that is
    /// `None` is left out.
    fn write_details(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        if entry.exposed().is_empty() {
            return;
        }
        let optional = |name: &str| {
            entry
                .exposed_fields()
                .any(|(n, ty)| n == name && ty.is_optional())
        };
        self.visit_exposed(&mut |name, value| {
            if optional(name) && value.is_null() {
                return;
            }
            sink.key(name);
            sink.exposed(value);
        });
    }

    /// Writes the violations as an array value in `form` (an empty array when the error
    /// has none); a body carries at most [`MAX_IN_BODY`](crate::violation::MAX_IN_BODY)
    /// of them.
    fn write_violations(&self, form: ViolationForm, sink: &mut dyn JsonSink) {
        sink.exposed(&in_form(self.violations(), form));
    }
}

/// `violations` (none: an empty list) as written in `form`.
pub(crate) fn in_form(violations: Option<&Violations>, form: ViolationForm) -> InForm<'_> {
    static NONE: Violations = Violations::new();
    InForm {
        violations: violations.unwrap_or(&NONE),
        form,
    }
}

/// What a [`Format`](crate::Format) reads out of a body.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use serde_json::json;
///
/// let catalog = ControlPlaneError::catalog();
/// let body = json!({"error": {
///     "code": "CP_NOT_ACTIVE",
///     "message": "the wok is destroyed",
///     "correlation_id": "req-1",
///     "wok_id": "w1",
/// }});
/// let parts = catalog.format().read(body, &catalog.member_names()).unwrap();
/// assert_eq!(parts.code, "CP_NOT_ACTIVE");
/// assert_eq!(parts.message, "the wok is destroyed");
/// assert_eq!((parts.hint, parts.id.as_deref()), (None, Some("req-1")));
/// assert_eq!(serde_json::Value::Object(parts.details), json!({"wok_id": "w1"}));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parts {
    /// The code, verbatim.
    pub code: String,
    /// The message.
    pub message: String,
    /// The hint, if the body has one.
    pub hint: Option<String>,
    /// The per-request id, if the body has one.
    pub id: Option<String>,
    /// Every other member (exposed fields, the violations, unknown extensions).
    pub details: Map<String, Value>,
}

/// Why a JSON body is not an envelope of the expected shape.
///
/// ```
/// use errcat::{Parts, ShapeError};
/// use serde_json::json;
///
/// let err = Parts::error_object(json!({"error": "upstream timed out"})).unwrap_err();
/// assert_eq!(err, ShapeError("`error` is not an object"));
/// assert_eq!(err.to_string(), "`error` is not an object");
///
/// let mut object = Parts::object(json!({"code": 42})).unwrap();
/// assert_eq!(
///     Parts::take_str(&mut object, "code"),
///     Err(ShapeError("a member the shape requires is not a string"))
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShapeError(pub &'static str);

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for ShapeError {}

impl Parts {
    /// The body as an object, or a shape error.
    pub fn object(body: Value) -> Result<Map<String, Value>, ShapeError> {
        match body {
            Value::Object(map) => Ok(map),
            _ => Err(ShapeError("body is not a JSON object")),
        }
    }

    /// The `error` object of a nested shape (`{"error":{...}}`), removed from `body`.
    pub fn error_object(body: Value) -> Result<Map<String, Value>, ShapeError> {
        Parts::take_object(&mut Parts::object(body)?, "error")
    }

    /// Removes the member `key`, which must be an object.
    pub fn take_object(
        object: &mut Map<String, Value>,
        key: &str,
    ) -> Result<Map<String, Value>, ShapeError> {
        // The one object the built-in shapes nest is `error`: say its name.
        let named = key == "error";
        match object.remove(key) {
            Some(Value::Object(inner)) => Ok(inner),
            Some(_) if named => Err(ShapeError("`error` is not an object")),
            Some(_) => Err(ShapeError("an object the shape requires is not an object")),
            None if named => Err(ShapeError("no `error` object")),
            None => Err(ShapeError("an object the shape requires is missing")),
        }
    }

    /// Removes the member `key`, which must be a string.
    pub fn take_str(object: &mut Map<String, Value>, key: &str) -> Result<String, ShapeError> {
        match object.remove(key) {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(ShapeError("a member the shape requires is not a string")),
            None => Err(ShapeError("a member the shape requires is missing")),
        }
    }

    /// Removes the member `key` if present; it must be a string (or `null`).
    pub fn take_opt_str(
        object: &mut Map<String, Value>,
        key: &str,
    ) -> Result<Option<String>, ShapeError> {
        match object.remove(key) {
            Some(Value::String(s)) => Ok(Some(s)),
            None | Some(Value::Null) => Ok(None),
            Some(_) => Err(ShapeError(
                "an optional member of the shape is not a string",
            )),
        }
    }
}

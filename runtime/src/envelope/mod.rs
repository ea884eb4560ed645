//! Envelopes: an error rendered as a response body in its API's published shape.
//!
//! The shape is declared once on the type (`#[api(format = "nested")]`) and drives the
//! serializer, the client decoder ([`decode`](crate::decode())) and the docs examples.

mod formats;

use std::fmt;

use crate::catalog::{Catalog, Entry};
use crate::error::ApiError;
use crate::json::{JsonSink, JsonWriter, TreeBuilder};
use crate::request_id;

pub use formats::{Code, Flat, Nested, Problem};

/// The header that carries the per-request id by default.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// An envelope shape: how an error is written as a JSON body, and read back.
///
/// The four built-in shapes are [`Nested`], [`Flat`], [`Code`] and [`Problem`]. A custom
/// shape is a unit struct (or constant) implementing this trait, named in
/// `#[api(format = path::To::Shape)]`:
///
/// ```
/// use errcat::{ApiError, Envelope, Format, JsonSink, Parts, ShapeError};
///
/// /// `{"kind":CODE,"text":MESSAGE}`
/// struct Terse;
///
/// impl Format for Terse {
///     fn name(&self) -> &'static str {
///         "terse"
///     }
///     fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
///         sink.begin_object();
///         sink.key("kind");
///         env.write_code(sink);
///         sink.key("text");
///         env.write_message(sink);
///         sink.end_object();
///     }
///     fn read(&self, body: serde_json::Value, _: &errcat::Catalog) -> Result<Parts, ShapeError> {
///         let mut object = Parts::object(body)?;
///         Ok(Parts {
///             code: Parts::take_str(&mut object, "kind")?,
///             message: Parts::take_str(&mut object, "text")?,
///             ..Parts::default()
///         })
///     }
/// }
///
/// #[derive(Debug, ApiError)]
/// #[api(format = Terse)]
/// enum E {
///     #[api(status = 418, message = "short and stout")]
///     Teapot,
/// }
///
/// let body = Envelope::new(&E::Teapot).to_json_vec();
/// assert_eq!(body, br#"{"kind":"TEAPOT","text":"short and stout"}"#);
/// ```
pub trait Format: Sync + 'static {
    /// A short name for docs (`"nested"`, `"problem"`, ...).
    fn name(&self) -> &'static str;

    /// The response `Content-Type`.
    fn content_type(&self) -> &'static str {
        "application/json"
    }

    /// Writes the body of `env` into `sink`.
    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink);

    /// Reads a parsed body back into its parts; members the shape does not name go to
    /// [`Parts::details`].
    fn read(&self, body: serde_json::Value, catalog: &Catalog) -> Result<Parts, ShapeError>;

    /// The built-in shapes' fast path: writes what follows the head the derive
    /// pre-rendered for an entry. Only ever called for entries that carry such a head,
    /// which the derive renders for the built-in shapes alone.
    #[doc(hidden)]
    fn write_after_head(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        let _ = (env, sink);
    }
}

/// What a [`Format`] reads out of a body.
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
    /// Every other member (exposed fields and unknown extensions).
    pub details: serde_json::Map<String, serde_json::Value>,
}

/// Why a JSON body is not an envelope of the expected shape.
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
    pub fn object(
        body: serde_json::Value,
    ) -> Result<serde_json::Map<String, serde_json::Value>, ShapeError> {
        match body {
            serde_json::Value::Object(map) => Ok(map),
            _ => Err(ShapeError("body is not a JSON object")),
        }
    }

    /// The `error` object of a nested shape (`{"error":{...}}`), removed from `body`.
    pub fn error_object(
        body: serde_json::Value,
    ) -> Result<serde_json::Map<String, serde_json::Value>, ShapeError> {
        match Parts::object(body)?.remove("error") {
            Some(serde_json::Value::Object(inner)) => Ok(inner),
            Some(_) => Err(ShapeError("`error` is not an object")),
            None => Err(ShapeError("no `error` object")),
        }
    }

    /// Removes the member `key`, which must be a string.
    pub fn take_str(
        object: &mut serde_json::Map<String, serde_json::Value>,
        key: &'static str,
    ) -> Result<String, ShapeError> {
        match object.remove(key) {
            Some(serde_json::Value::String(s)) => Ok(s),
            Some(_) => Err(ShapeError("a member the shape requires is not a string")),
            None => Err(ShapeError("a member the shape requires is missing")),
        }
    }

    /// Removes the member `key` if present; it must be a string (or `null`).
    pub fn take_opt_str(
        object: &mut serde_json::Map<String, serde_json::Value>,
        key: &str,
    ) -> Result<Option<String>, ShapeError> {
        match object.remove(key) {
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(_) => Err(ShapeError(
                "an optional member of the shape is not a string",
            )),
        }
    }
}

/// One error, rendered at response time in its type's shape, with the per-request context
/// (id, request path) that the error value itself does not carry.
///
/// ```
/// use errcat::{ApiError, Envelope};
///
/// #[derive(Debug, ApiError)]
/// #[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
/// enum CpError {
///     #[api(status = 404, fix(caller, state),
///           message = "no active project with that wok_id in this org",
///           hint = "verify the wok_id and that it belongs to your org")]
///     ProjectNotFound,
/// }
///
/// let body = Envelope::new(&CpError::ProjectNotFound)
///     .with_id("1aee612b1250f276")
///     .to_json_vec();
/// assert_eq!(
///     String::from_utf8(body).unwrap(),
///     r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org","correlation_id":"1aee612b1250f276"}}"#
/// );
/// ```
#[derive(Clone, Copy)]
pub struct Envelope<'a> {
    err: &'a dyn ApiError,
    catalog: &'static Catalog,
    id: Option<&'a str>,
    instance: Option<&'a str>,
}

impl fmt::Debug for Envelope<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("code", &self.err.code())
            .field("catalog", &self.catalog.name())
            .field("id", &self.id)
            .field("instance", &self.instance)
            .finish()
    }
}

impl<'a> Envelope<'a> {
    /// The envelope of `err` in the shape its type declares.
    pub fn new<E: ApiError>(err: &'a E) -> Self {
        Envelope::with_catalog(err, E::catalog())
    }

    /// The envelope of a type-erased error, in the shape of `catalog` (the catalog of the
    /// type the error was declared in).
    pub fn with_catalog(err: &'a dyn ApiError, catalog: &'static Catalog) -> Self {
        Envelope {
            err,
            catalog,
            id: None,
            instance: None,
        }
    }

    /// Sets the per-request id, written under the type's `id_field`.
    ///
    /// The id is echoed only if it passes [`request_id::is_valid`] (1 to 128 of
    /// `[A-Za-z0-9._:-]`); anything else is dropped, never reflected.
    #[must_use]
    pub fn with_id(mut self, id: &'a str) -> Self {
        self.id = request_id::is_valid(id).then_some(id);
        self
    }

    /// Sets the request path, written as `instance` by the `problem` shape.
    #[must_use]
    pub fn with_instance(mut self, path: &'a str) -> Self {
        self.instance = Some(path);
        self
    }

    /// The error.
    pub fn error(&self) -> &'a dyn ApiError {
        self.err
    }

    /// The static metadata of the error's variant.
    pub fn entry(&self) -> &'static Entry {
        self.err.entry()
    }

    /// The catalog whose shape and field names the envelope uses.
    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    /// The per-request id, if one was set and valid.
    pub fn id(&self) -> Option<&'a str> {
        self.id
    }

    /// The request path, if set.
    pub fn instance(&self) -> Option<&'a str> {
        self.instance
    }

    /// The HTTP status.
    pub fn status(&self) -> http::StatusCode {
        self.err.status()
    }

    /// The `Content-Type` of the body.
    pub fn content_type(&self) -> &'static str {
        self.catalog.format().content_type()
    }

    /// Writes the code as a string value.
    pub fn write_code(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        sink.pre_rendered(entry.code, entry.json.code);
    }

    /// Writes the message as a string value: copied when static, streamed when templated.
    pub fn write_message(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        match entry.json.message {
            Some(json) => sink.pre_rendered(entry.message, json),
            None => sink.display(&mut |w| self.err.write_message(w)),
        }
    }

    /// Whether the error has a hint.
    pub fn has_hint(&self) -> bool {
        self.entry().hint.is_some()
    }

    /// Writes the hint as a string value (call only when [`has_hint`](Self::has_hint)).
    pub fn write_hint(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        match (entry.hint, entry.json.hint) {
            (Some(hint), Some(json)) => sink.pre_rendered(hint, json),
            _ => sink.display(&mut |w| self.err.write_hint(w).map(drop)),
        }
    }

    /// Writes the per-request id member (`"<id_field>":"<id>"`) if there is an id.
    pub fn write_id_member(&self, sink: &mut dyn JsonSink) {
        if let Some(id) = self.id {
            sink.key(self.catalog.id_field());
            sink.str(id);
        }
    }

    /// Writes one member per exposed field.
    pub fn write_details(&self, sink: &mut dyn JsonSink) {
        if self.entry().exposed.is_empty() {
            return;
        }
        self.err.visit_exposed(&mut |name, value| {
            sink.key(name);
            sink.exposed(value);
        });
    }

    /// Appends the body to `out`.
    ///
    /// The fast path: for a variant of the envelope's own type whose message and hint are
    /// static, the derive rendered the body's head (up to the per-request members) at
    /// compile time; it is copied, and only the id and exposed fields are written.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let entry = self.entry();
        let json = &entry.json;
        if !std::ptr::eq(entry.catalog(), self.catalog) {
            return self.catalog.format().write(self, &mut JsonWriter::new(out));
        }
        match (json.head, json.around_message) {
            (Some(head), _) => out.extend_from_slice(head.as_bytes()),
            (None, Some((before, after))) => {
                out.extend_from_slice(before.as_bytes());
                crate::json::write_display(out, &mut |w| self.err.write_message(w));
                out.extend_from_slice(after.as_bytes());
            }
            (None, None) => return self.catalog.format().write(self, &mut JsonWriter::new(out)),
        }
        match json.tail {
            Some(tail) => {
                if let Some(id) = self.id {
                    // `with_id` admits only `[A-Za-z0-9._:-]`: nothing to escape.
                    out.extend_from_slice(json.id_member.as_bytes());
                    out.extend_from_slice(id.as_bytes());
                    out.push(b'"');
                }
                out.extend_from_slice(tail.as_bytes());
            }
            None => {
                let mut sink = JsonWriter::after_value(out);
                self.catalog.format().write_after_head(self, &mut sink);
            }
        }
    }

    /// The body as bytes.
    pub fn to_json_vec(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        self.write_json(&mut out);
        out
    }

    /// An `http::Response` with the status, the body, `Content-Type`, `Retry-After` when
    /// the error has retry guidance, and the request id header when an id is set.
    pub fn into_http_response(self) -> http::Response<Vec<u8>> {
        let body = self.to_json_vec();
        let mut response = http::Response::new(body);
        *response.status_mut() = self.status();
        let headers = response.headers_mut();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static(self.content_type()),
        );
        if let Some(after) = self.err.retry_after() {
            // Retry-After is whole seconds: round a sub-second remainder up, never down
            // to a retry that comes too early.
            let secs = after.as_secs() + u64::from(after.subsec_nanos() > 0);
            headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from(secs));
        }
        if let Some(value) = self.id.and_then(|id| http::HeaderValue::from_str(id).ok()) {
            headers.insert(REQUEST_ID_HEADER, value);
        }
        response
    }
}

impl serde::Serialize for Envelope<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tree = TreeBuilder::default();
        self.catalog.format().write(self, &mut tree);
        tree.finish().serialize(serializer)
    }
}

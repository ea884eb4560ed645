//! [`Envelope`]: an error rendered as a response body in its API's published shape.
//!
//! The shape is declared once on the type (`#[api(format = "nested")]`) and drives the
//! serializer, the client decoder ([`decode`](crate::decode())) and the docs examples.

use std::fmt;

use crate::catalog::{Catalog, Entry};
use crate::error::ApiError;
use crate::json::{JsonSink, JsonWriter, TreeBuilder};
use crate::request_id;
use crate::violation::{InForm, Violations};
use errcat_core::shape::ViolationForm;

/// The header that carries the per-request id by default.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

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
        sink.str(self.entry().code());
    }

    /// Writes the message as a string value: its text, or the template streamed with the
    /// error's fields.
    pub fn write_message(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        if entry.message_is_static() {
            sink.str(entry.message());
        } else {
            sink.display(&mut |w| self.err.write_message(w));
        }
    }

    /// Whether the error has a hint.
    pub fn has_hint(&self) -> bool {
        self.entry().hint().is_some()
    }

    /// Writes the hint as a string value (call only when [`has_hint`](Self::has_hint)).
    pub fn write_hint(&self, sink: &mut dyn JsonSink) {
        match self.entry().static_hint() {
            Some(hint) => sink.str(hint),
            None => sink.display(&mut |w| self.err.write_hint(w).map(drop)),
        }
    }

    /// Writes the per-request id member (`"<id_field>":"<id>"`) if there is an id.
    pub fn write_id_member(&self, sink: &mut dyn JsonSink) {
        if let Some(id) = self.id {
            sink.key(self.catalog.id_field());
            sink.str(id);
        }
    }

    /// Writes one member per exposed field; an optional field (`Option<T>`) that is
    /// `None` is left out.
    pub fn write_details(&self, sink: &mut dyn JsonSink) {
        let entry = self.entry();
        if entry.exposed().is_empty() {
            return;
        }
        let optional = |name: &str| {
            entry
                .exposed_fields()
                .any(|(n, ty)| n == name && ty.is_optional())
        };
        self.err.visit_exposed(&mut |name, value| {
            if optional(name) && value.is_null() {
                return;
            }
            sink.key(name);
            sink.exposed(value);
        });
    }

    /// The error's field violations, if its variant has them.
    pub fn violations(&self) -> Option<&'a Violations> {
        self.err.violations()
    }

    /// Writes the violations as an array value in `form` (an empty array when the error
    /// has none); a body carries at most [`MAX_IN_BODY`](crate::violation::MAX_IN_BODY)
    /// of them.
    pub fn write_violations(&self, form: ViolationForm, sink: &mut dyn JsonSink) {
        sink.exposed(&self.in_form(form));
    }

    /// [`write_violations`](Self::write_violations) straight into a buffer.
    pub(crate) fn write_violations_json(&self, form: ViolationForm, out: &mut Vec<u8>) {
        crate::json::Exposed::write_json(&self.in_form(form), out);
    }

    fn in_form(&self, form: ViolationForm) -> InForm<'a> {
        static NONE: Violations = Violations::new();
        InForm {
            violations: self.violations().unwrap_or(&NONE),
            form,
        }
    }

    /// Appends the body to `out`.
    ///
    /// The fast path: a shape defined by a layout (every built-in one) renders each code
    /// of the catalog once, at the first envelope, into JSON text around its per-request
    /// parts; an envelope copies that text and writes only the id, the request path, the
    /// exposed fields and a templated message or hint.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        if !crate::layout::write_rendered(self, out) {
            self.catalog.format().write(self, &mut JsonWriter::new(out));
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

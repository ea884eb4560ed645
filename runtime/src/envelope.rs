//! [`Envelope`]: an error rendered as a response body in its API's published shape.
//!
//! The shape is declared once on the type (`#[api(format = "nested")]`) and drives the
//! serializer, the client decoder ([`decode`](crate::decode())) and the docs examples.

use std::fmt;
use std::time::Duration;

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::error::ApiError;
use crate::json::{Exposed, JsonWriter, TreeBuilder};
use crate::layout::Rendering;
use crate::parts::{EnvelopeParts, MemberNames};
use crate::request_id;
use crate::violation::Violations;

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
    retry_after: Option<Duration>,
    /// A message and hint written instead of the error's own (a translation).
    text: Option<(&'a str, Option<&'a str>)>,
    /// Violations written instead of the error's own (their messages translated).
    violations: Option<&'a Violations>,
    /// The body's program with `text` written in (a translation without placeholders,
    /// rendered once by [`Translations::with_catalog`](crate::i18n::Translations)).
    body: Option<&'a crate::layout::program::Fused>,
}

impl fmt::Debug for Envelope<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("code", &self.err.code())
            .field("catalog", &self.catalog.name())
            .field("id", &self.id)
            .field("instance", &self.instance)
            .field("retry_after", &self.retry_after)
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
            retry_after: None,
            text: None,
            violations: None,
            body: None,
        }
    }

    /// Writes `violations` instead of the error's own (the same violations with their
    /// messages translated: see [`i18n`](crate::i18n), feature `fluent`), where the
    /// error's variant carries violations.
    #[must_use]
    pub fn with_violations(mut self, violations: &'a Violations) -> Self {
        self.violations = Some(violations);
        self
    }

    /// Writes `message` and `hint` instead of the error's own (a translation: see
    /// [`i18n`](crate::i18n), feature `fluent`). The code, the status and every other
    /// member stay; a hint is written only where the shape has one.
    ///
    /// ```
    /// use errcat::{ApiError, Envelope};
    ///
    /// #[derive(Debug, ApiError)]
    /// #[api(format = "flat")]
    /// enum E {
    ///     #[api(status = 404, message = "not found")]
    ///     NotFound,
    /// }
    ///
    /// let body = Envelope::new(&E::NotFound).with_text("nicht gefunden", None).to_json_vec();
    /// assert_eq!(body, br#"{"error":"nicht gefunden","code":"NOT_FOUND"}"#);
    /// ```
    #[must_use]
    pub fn with_text(mut self, message: &'a str, hint: Option<&'a str>) -> Self {
        self.text = Some((message, hint));
        self.body = None;
        self
    }

    /// Writes `texts` (a translation: see [`i18n`](crate::i18n)) instead of the error's
    /// message, hint and violations. Where the translation has no placeholder and the
    /// [`Translations`](crate::i18n::Translations) rendered the envelope's catalog
    /// ([`with_catalog`](crate::i18n::Translations::with_catalog)), the body is copied
    /// from that rendering as an untranslated one is.
    ///
    /// ```
    /// use errcat::{ApiError, Envelope};
    /// use errcat::catalogs::control_plane::ControlPlaneError;
    /// use errcat::i18n::Translations;
    ///
    /// let translations = Translations::prebuilt().with_catalog(ControlPlaneError::catalog());
    /// let err = ControlPlaneError::ProjectNotFound;
    /// let locale = translations.negotiate("de-CH, en;q=0.5");
    /// let texts = translations.texts(locale, &err).unwrap();
    /// let body = Envelope::new(&err).with_texts(&texts).to_json_vec();
    /// let body = String::from_utf8(body).unwrap();
    /// assert!(body.contains(r#""message":"kein aktives Projekt mit dieser wok_id in dieser Org""#));
    /// ```
    #[cfg(feature = "fluent")]
    #[must_use]
    pub fn with_texts(mut self, texts: &'a crate::i18n::Texts<'a>) -> Self {
        self.text = Some((&texts.message, texts.hint.as_deref()));
        if let Some(violations) = &texts.violations {
            self.violations = Some(violations);
        }
        self.body = self
            .catalog
            .position(self.entry())
            .and_then(|position| texts.body(self.catalog, position));
        self
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

    /// Sets a retry delay decided at run time, sent as `Retry-After` whatever the code's
    /// own guidance (see also [`ApiError::with_retry_after`], which a handler can return).
    ///
    /// ```
    /// use std::time::Duration;
    /// use errcat::Envelope;
    /// use errcat::catalogs::sandbox_api::SandboxApiError;
    ///
    /// let response = Envelope::new(&SandboxApiError::RateLimitExceeded)
    ///     .with_retry_after(Duration::from_secs(30))
    ///     .into_http_response();
    /// assert_eq!(response.headers()["retry-after"], "30");
    /// ```
    #[must_use]
    pub fn with_retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// The retry delay the response carries: the one set with
    /// [`with_retry_after`](Self::with_retry_after), else the error's.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after.or_else(|| self.err.retry_after())
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

    /// The error's field violations, if its variant has them (as set by
    /// [`with_violations`](Self::with_violations), if they were).
    pub fn violations(&self) -> Option<&'a Violations> {
        let own = self.err.violations()?;
        Some(self.violations.unwrap_or(own))
    }

    /// Appends the body to `out`.
    ///
    /// The fast path: a shape defined by a layout (every built-in one) renders each code
    /// of the catalog once, at the first envelope, into JSON text around its per-request
    /// parts; an envelope copies that text and writes only the id, the request path, the
    /// exposed fields and a templated message or hint.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        if let Some(body) = self.body {
            return crate::layout::write_program(body, self, out);
        }
        let catalog = self.catalog;
        let rendering = Rendering {
            layout: catalog.format().layout(),
            names: catalog.member_names(),
            entries: catalog.entries(),
            rendered: &catalog.rendered,
            position: catalog.position(self.entry()),
        };
        if !crate::layout::write_rendered(&rendering, self, out) {
            out.reserve(256);
            catalog.format().write(self, &mut JsonWriter::new(out));
        }
    }

    /// The body as bytes, in one allocation where the body is rendered (see
    /// [`Envelope::write_json`]).
    pub fn to_json_vec(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write_json(&mut out);
        out
    }

    /// An `http::Response` with the status, the body, `Content-Type`, `Retry-After` when
    /// the error has retry guidance, and the request id header when an id is set.
    pub fn into_http_response(self) -> http::Response<Vec<u8>> {
        let mut response = self.http_response_without_id();
        if let Some(value) = self.id.and_then(|id| http::HeaderValue::from_str(id).ok()) {
            response.headers_mut().insert(REQUEST_ID_HEADER, value);
        }
        response
    }

    /// [`Envelope::into_http_response`] without the request id header, for a layer that
    /// sets it on every response.
    pub(crate) fn http_response_without_id(&self) -> http::Response<Vec<u8>> {
        self.rendered().into_http()
    }

    /// The status, the headers' values and the body, for a framework to make its own
    /// response from (actix-web's headers are of `http` 0.2).
    pub(crate) fn rendered(&self) -> Rendered {
        Rendered {
            status: self.status(),
            content_type: self.content_type(),
            // Retry-After is whole seconds: round a sub-second remainder up, never down
            // to a retry that comes too early.
            retry_after: self
                .retry_after()
                .map(|after| after.as_secs() + u64::from(after.subsec_nanos() > 0)),
            body: self.to_json_vec(),
            content_language: None,
        }
    }
}

/// An error response's parts: what [`Envelope::rendered`] gives.
#[derive(Debug)]
pub(crate) struct Rendered {
    pub(crate) status: http::StatusCode,
    pub(crate) content_type: &'static str,
    /// `Retry-After`, in seconds.
    pub(crate) retry_after: Option<u64>,
    pub(crate) body: Vec<u8>,
    /// `Content-Language`: the locale of a translated body.
    pub(crate) content_language: Option<http::HeaderValue>,
}

impl Rendered {
    /// An `http::Response` with the status, the body, `Content-Type`, and `Retry-After`
    /// when there is one.
    pub(crate) fn into_http(self) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(self.body);
        *response.status_mut() = self.status;
        let headers = response.headers_mut();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static(self.content_type),
        );
        if let Some(secs) = self.retry_after {
            headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from(secs));
        }
        if let Some(language) = self.content_language {
            headers.insert(http::header::CONTENT_LANGUAGE, language);
        }
        response
    }
}

impl EnvelopeParts for Envelope<'_> {
    fn entry(&self) -> &'static Entry {
        self.err.entry()
    }

    fn names(&self) -> MemberNames {
        self.catalog.member_names()
    }

    fn id(&self) -> Option<&str> {
        self.id
    }

    fn instance(&self) -> Option<&str> {
        self.instance
    }

    fn message_into(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.text {
            Some((message, _)) => out.write_str(message),
            None => self.err.write_message(out),
        }
    }

    fn hint_into(&self, out: &mut dyn fmt::Write) -> Result<bool, fmt::Error> {
        match self.text {
            Some((_, Some(hint))) => out.write_str(hint).map(|()| true),
            Some((_, None)) => Ok(false),
            None => self.err.write_hint(out),
        }
    }

    fn visit_exposed(&self, visit: &mut dyn FnMut(&'static str, &dyn Exposed)) {
        self.err.visit_exposed(visit);
    }

    fn text_overridden(&self) -> bool {
        self.text.is_some()
    }

    fn text_len(&self) -> usize {
        self.text.map_or(0, |(message, hint)| {
            message.len() + hint.map_or(0, str::len)
        })
    }

    fn violations(&self) -> Option<&Violations> {
        Envelope::violations(self)
    }
}

impl serde::Serialize for Envelope<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tree = TreeBuilder::default();
        self.catalog.format().write(self, &mut tree);
        tree.finish().serialize(serializer)
    }
}

//! The per-request context errors are rendered in, and request ids.

#[cfg(feature = "tracing")]
use std::borrow::Cow;
use std::sync::Arc;

use crate::envelope::{Envelope, Rendered};
use crate::error::ApiError;
use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::request_id;

/// The context an error is rendered in: set by a framework layer for each request.
///
/// Made once per request and shared (an `Arc`), so that entering it for each poll of a
/// request's future moves a pointer, not the context.
#[derive(Debug)]
#[cfg_attr(
    not(any(feature = "axum", feature = "actix-web")),
    allow(
        dead_code,
        reason = "tonic's layer renders no framework error over HTTP"
    )
)]
pub(crate) struct RequestContext {
    /// The validated (or fresh) request id; `None` only if a layer's header value was
    /// not one (never, for errcat's layers).
    pub(crate) id: Option<IdText>,
    /// The header the id travels in.
    pub(crate) header: http::HeaderName,
    /// The request method.
    pub(crate) method: http::Method,
    /// The request path.
    pub(crate) path: RequestPath,
    /// Renders a framework error in the service's chosen catalog, without the request id
    /// header (the layer sets it on every response).
    pub(crate) framework: fn(&FrameworkError<'_>) -> Rendered,
    /// The translations errors are answered in, and the request's `Accept-Language`.
    #[cfg(feature = "fluent")]
    pub(crate) language: Option<Language>,
}

/// What a request's errors are translated with.
#[cfg(feature = "fluent")]
#[derive(Debug)]
pub(crate) struct Language {
    pub(crate) translations: Arc<crate::i18n::Translations>,
    /// The request's `Accept-Language`, as text (empty without one).
    pub(crate) accept: String,
}

#[cfg(feature = "fluent")]
impl Language {
    /// What a layer with `translations` answers a request in, whose `Accept-Language`
    /// is `accept`; `None` without translations.
    pub(crate) fn of(
        translations: Option<&Arc<crate::i18n::Translations>>,
        accept: Option<&str>,
    ) -> Option<Self> {
        Some(Language {
            translations: Arc::clone(translations?),
            accept: accept.unwrap_or_default().to_owned(),
        })
    }
}

/// A request id, inline: an accepted id is at most [`request_id::MAX_LEN`] bytes of
/// ASCII, a fresh one 36. The headers hold the id as their own values; the context keeps
/// its text for error bodies, without sharing (or counting references to) theirs.
#[derive(Clone, Copy)]
pub(crate) struct IdText {
    len: u8,
    bytes: [u8; request_id::MAX_LEN],
}

impl IdText {
    /// The id in `value`, which a layer accepted (see [`accepted`]) or made; `None` for
    /// one too long to be a request id.
    pub(crate) fn new(value: &[u8]) -> Option<Self> {
        let mut bytes = [0; request_id::MAX_LEN];
        bytes.get_mut(..value.len())?.copy_from_slice(value);
        Some(IdText {
            len: u8::try_from(value.len()).ok()?,
            bytes,
        })
    }

    pub(crate) fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl std::fmt::Debug for IdText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A request's path: in its URI, shared (actix-web's is of `http` 0.2).
#[derive(Debug)]
pub(crate) enum RequestPath {
    #[cfg(any(feature = "axum", feature = "tonic"))]
    Uri(http::Uri),
    #[cfg(feature = "actix-web")]
    Actix(actix_web::http::Uri),
}

impl RequestPath {
    fn as_str(&self) -> &str {
        match self {
            #[cfg(any(feature = "axum", feature = "tonic"))]
            RequestPath::Uri(uri) => uri.path(),
            #[cfg(feature = "actix-web")]
            RequestPath::Actix(uri) => uri.path(),
        }
    }
}

tokio::task_local! {
    static CONTEXT: Arc<RequestContext>;
}

/// A request's future with its context current whenever it is polled.
pub(crate) type Scoped<F> = tokio::task::futures::TaskLocalFuture<Arc<RequestContext>, F>;

impl RequestContext {
    /// Runs `f` with this context current (for the synchronous part of a service call).
    pub(crate) fn sync_scope<R>(self: &Arc<Self>, f: impl FnOnce() -> R) -> R {
        CONTEXT.sync_scope(Arc::clone(self), f)
    }

    /// `fut` with this context current whenever it is polled.
    pub(crate) fn scope<F: std::future::Future>(self: Arc<Self>, fut: F) -> Scoped<F> {
        CONTEXT.scope(self, fut)
    }

    /// Renders `err` in the catalog `M`, for use as [`RequestContext::framework`] (the
    /// request id header left to the layer).
    pub(crate) fn render_framework<M: FromFrameworkError>(err: &FrameworkError<'_>) -> Rendered {
        render(&M::from_framework_error(err), M::catalog())
    }
}

/// Runs `f` on the current request's context; `None` outside one.
pub(crate) fn with<R>(f: impl FnOnce(&RequestContext) -> R) -> Option<R> {
    CONTEXT.try_with(|ctx| f(ctx)).ok()
}

/// Renders a framework error through the current context's mapping, without the request
/// id header; `None` outside a request context.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn respond_framework(err: &FrameworkError<'_>) -> Option<Rendered> {
    let framework = with(|ctx| ctx.framework)?;
    Some(framework(err))
}

/// Calls `f` with the current request's method and path, if a layer set a context.
pub(crate) fn with_route<R>(f: impl FnOnce(&str, &str) -> R) -> Option<R> {
    with(|ctx| f(ctx.method.as_str(), ctx.path.as_str()))
}

/// The current request's id, if a layer set a context with one.
///
/// ```
/// use errcat::integrations::current_request_id;
///
/// // Outside a request served behind errcat's layer: none.
/// assert_eq!(current_request_id(), None);
/// # #[cfg(feature = "axum")]
/// # {
///
/// // In a handler behind `ErrorLayer` (axum) or `Errors` (actix-web): the validated id.
/// use axum::{Router, routing::get};
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::integrations::axum::ErrorLayer;
/// use tower::ServiceExt;
///
/// async fn handler() -> String {
///     current_request_id().unwrap_or_default()
/// }
///
/// let app = Router::new()
///     .route("/", get(handler))
///     .layer(ErrorLayer::<ControlPlaneError>::new());
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::get("/")
///     .header("x-request-id", "req-1")
///     .body(axum::body::Body::empty())
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// let body = axum::body::to_bytes(response.into_body(), 1024).await.unwrap();
/// assert_eq!(body, "req-1");
/// # });
/// # }
/// ```
pub fn current_request_id() -> Option<String> {
    with(|ctx| ctx.id.as_ref().map(|id| id.as_str().to_owned())).flatten()
}

/// `err` as a complete HTTP response in the current request's context.
///
/// The body is `err`'s envelope with the request id (under the type's `id_field`) and
/// the request path (as `instance`, for the `problem` shape); the headers are
/// `Content-Type`, `Retry-After` when the error has retry guidance, and the request id
/// header. Outside a request context (no errcat layer around the service), the id and
/// the path are left out.
///
/// A server error (5xx) is logged with the `tracing` feature, source chain included; the
/// source never reaches the body.
///
/// ```
/// use errcat::ApiError;
///
/// #[derive(Debug, ApiError)]
/// enum E {
///     #[api(status = 503, message = "try later", retry_after = 7)]
///     Busy,
/// }
///
/// let response = errcat::integrations::respond(&E::Busy);
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["retry-after"], "7");
/// assert_eq!(response.body(), br#"{"error":{"code":"BUSY","message":"try later"}}"#);
/// ```
pub fn respond<E: ApiError>(err: &E) -> http::Response<Vec<u8>> {
    respond_dyn(err, E::catalog())
}

/// [`respond`] for a type-erased error rendered in `catalog`'s shape.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::integrations::respond_dyn;
///
/// let err: Box<dyn ApiError> = Box::new(PromptApiError::RateLimited);
/// let response = respond_dyn(&*err, PromptApiError::catalog());
/// assert_eq!(response.status(), 429);
/// assert_eq!(
///     response.body(),
///     br#"{"error":{"code":"RATE_LIMITED","message":"rate limit exceeded"}}"#
/// );
/// ```
pub fn respond_dyn(
    err: &dyn ApiError,
    catalog: &'static crate::catalog::Catalog,
) -> http::Response<Vec<u8>> {
    let mut response = render(err, catalog).into_http();
    with(|ctx| {
        let id = ctx.id.as_ref().map(IdText::as_str);
        if let Some(id) = id.and_then(|id| http::HeaderValue::from_str(id).ok()) {
            response.headers_mut().insert(ctx.header.clone(), id);
        }
    });
    response
}

/// [`respond_dyn`] without the request id header: what a layer, which sets that header on
/// every response, sends.
pub(crate) fn render(err: &dyn ApiError, catalog: &'static crate::catalog::Catalog) -> Rendered {
    let in_context = with(|ctx| {
        let id = ctx.id.as_ref().map(IdText::as_str);
        log_server_error(err, id);
        let mut envelope = Envelope::with_catalog(err, catalog).with_instance(ctx.path.as_str());
        if let Some(id) = id {
            envelope = envelope.with_id(id);
        }
        #[cfg(feature = "fluent")]
        if let Some(language) = &ctx.language {
            return translated(envelope, err, language);
        }
        envelope.rendered()
    });
    in_context.unwrap_or_else(|| {
        log_server_error(err, None);
        Envelope::with_catalog(err, catalog).rendered()
    })
}

/// `envelope` in the locale negotiated from the request's `Accept-Language`, with
/// `Content-Language`; the declaration's text (in the default locale) when that locale
/// has no message for the code.
#[cfg(feature = "fluent")]
fn translated(envelope: Envelope<'_>, err: &dyn ApiError, language: &Language) -> Rendered {
    let translations = &language.translations;
    let locale = translations.negotiate(&language.accept);
    let texts = translations.texts(locale, err);
    let (mut rendered, tag) = match &texts {
        Some(texts) => (envelope.with_texts(texts).rendered(), texts.locale),
        None => (envelope.rendered(), translations.default_locale()),
    };
    rendered.content_language = translations.content_language(tag);
    rendered
}

/// Logs a server error's code and source chain with the request id.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
fn log_server_error(err: &dyn ApiError, id: Option<&str>) {
    #[cfg(feature = "tracing")]
    if err.status().is_server_error() {
        let source = err
            .source_error()
            .map(|source| SourceChain(source).to_string());
        tracing::error!(
            request_id = id.unwrap_or("-"),
            code = err.code(),
            status = err.status().as_u16(),
            source = source.as_deref().unwrap_or("-"),
            "server error"
        );
    }
}

/// Logs a caught panic's message with the request id (never sent to the client).
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
pub(crate) fn log_panic(payload: &(dyn std::any::Any + Send)) {
    #[cfg(feature = "tracing")]
    {
        let message: Cow<'_, str> = if let Some(s) = payload.downcast_ref::<&'static str>() {
            Cow::Borrowed(s)
        } else if let Some(s) = payload.downcast_ref::<String>() {
            Cow::Borrowed(s.as_str())
        } else {
            Cow::Borrowed("a non-string payload")
        };
        let id = current_request_id();
        tracing::error!(
            request_id = id.as_deref().unwrap_or("-"),
            panic = %message,
            "handler panicked"
        );
    }
}

/// `a: b: c`: an error and its sources, for logs.
#[cfg(feature = "tracing")]
struct SourceChain<'a>(&'a (dyn std::error::Error + 'static));

#[cfg(feature = "tracing")]
impl std::fmt::Display for SourceChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(source) = next {
            write!(f, ": {source}")?;
            next = source.source();
        }
        Ok(())
    }
}

/// The incoming request id among a header's values: the value itself if there is exactly
/// one and it passes [`request_id::is_valid`]; `None` calls for a fresh one.
pub(crate) fn accepted<'a, V: AsRef<[u8]> + ?Sized + 'a>(
    mut values: impl Iterator<Item = &'a V>,
) -> Option<&'a V> {
    match (values.next(), values.next()) {
        (Some(value), None) => std::str::from_utf8(value.as_ref())
            .is_ok_and(request_id::is_valid)
            .then_some(value),
        _ => None,
    }
}

/// A fresh request id: a random (v4) UUID, hyphenated, from a generator seeded once per
/// thread by the operating system (rand's `ThreadRng`, a cryptographically secure
/// generator: ids stay unguessable), so that an id costs no system call.
///
/// ```
/// let id = errcat::integrations::fresh_id();
/// assert_eq!(id.len(), 36);
/// assert!(errcat::request_id::is_valid(&id));
/// assert_ne!(id, errcat::integrations::fresh_id());
/// ```
pub fn fresh_id() -> String {
    let mut buffer = uuid::Uuid::encode_buffer();
    fresh_uuid()
        .hyphenated()
        .encode_lower(&mut buffer)
        .to_owned()
}

/// [`fresh_id`] as bytes, to share between header values.
///
/// One allocation, shared by reference count: the request's header, the context and the
/// response's header hold the same bytes.
pub(crate) fn fresh_bytes() -> bytes::Bytes {
    let mut buffer = [0; uuid::fmt::Hyphenated::LENGTH];
    fresh_uuid().hyphenated().encode_lower(&mut buffer);
    bytes::Bytes::from_owner(buffer)
}

/// [`fresh_id`] as a header value.
#[cfg(any(feature = "axum", feature = "tonic"))]
pub(crate) fn fresh_header_value() -> http::HeaderValue {
    // A hyphenated UUID is always a valid header value.
    http::HeaderValue::from_maybe_shared(fresh_bytes())
        .unwrap_or(http::HeaderValue::from_static("-"))
}

fn fresh_uuid() -> uuid::Uuid {
    // One `u128` (two words from the generator), not sixteen bytes drawn one by one.
    let bits: u128 = rand::random();
    uuid::Builder::from_random_bytes(bits.to_le_bytes()).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_accepted_or_replaced() {
        let accept = |values: &[&[u8]]| accepted(values.iter().copied()).map(<[u8]>::to_vec);
        assert_eq!(accept(&[b"abc-1"]), Some(b"abc-1".to_vec()));
        assert_eq!(accept(&[b"a\r\nb"]), None);
        assert_eq!(accept(&[b"\xff"]), None);
        assert_eq!(accept(&[b"a", b"b"]), None);
        assert_eq!(accept(&[]), None);
        let fresh = fresh_bytes();
        let fresh = std::str::from_utf8(&fresh).unwrap();
        assert!(request_id::is_valid(fresh) && fresh.len() == 36);
        assert_ne!(fresh_bytes(), fresh_bytes());
    }

    #[test]
    fn id_texts_hold_ids_up_to_the_longest() {
        assert_eq!(
            IdText::new(b"abc-1")
                .map(|id| id.as_str().to_owned())
                .as_deref(),
            Some("abc-1")
        );
        let longest = "a".repeat(request_id::MAX_LEN);
        assert_eq!(IdText::new(longest.as_bytes()).unwrap().as_str(), longest);
        let longer = "a".repeat(request_id::MAX_LEN + 1);
        assert!(IdText::new(longer.as_bytes()).is_none());
        // Not text: never accepted, and shown as empty rather than a panic.
        assert_eq!(IdText::new(b"\xff").unwrap().as_str(), "");
        assert_eq!(format!("{:?}", IdText::new(b"x.1").unwrap()), "\"x.1\"");
    }
}

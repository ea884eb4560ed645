//! The per-request context errors are rendered in, and request ids.

#[cfg(feature = "tracing")]
use std::borrow::Cow;
use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
#[cfg(feature = "fluent")]
use std::sync::Arc;
use std::task::{Context, Poll};

use crate::envelope::{Envelope, Rendered};
use crate::error::ApiError;
use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::request_id;

/// The context an error is rendered in: set by a framework layer for each request.
///
/// Made once per request and boxed, owned by the request's future: entering it for a
/// poll swaps a pointer into a thread-local slot and back (no reference counted; the
/// id and header leave it by a move).
#[derive(Debug)]
#[cfg_attr(
    not(any(feature = "axum", feature = "actix-web")),
    allow(
        dead_code,
        reason = "tonic's layer renders no framework error over HTTP"
    )
)]
pub(crate) struct RequestContext {
    /// The validated (or fresh) request id.
    pub(crate) id: RequestId,
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

/// The translations a layer answers in (given to its `with_translations`, feature
/// `fluent`), shared by the services it makes; without the feature, none.
#[derive(Debug, Clone, Default)]
pub(crate) struct Translated {
    #[cfg(feature = "fluent")]
    translations: Option<Arc<crate::i18n::Translations>>,
}

impl Translated {
    /// A layer's `translations`.
    #[cfg(feature = "fluent")]
    pub(crate) fn new(translations: crate::i18n::Translations) -> Self {
        Translated {
            translations: Some(Arc::new(translations)),
        }
    }

    /// What a request whose `Accept-Language` is `accept` is answered in; `None`
    /// without translations.
    #[cfg(feature = "fluent")]
    pub(crate) fn language(&self, accept: Option<&str>) -> Option<Language> {
        Some(Language {
            translations: Arc::clone(self.translations.as_ref()?),
            accept: accept.unwrap_or_default().to_owned(),
        })
    }
}

/// A request's id as its header holds it, shared: an accepted id is the request's own
/// header value, a fresh one the value the layer inserted; cloning either counts a
/// reference, it copies no text.
#[derive(Debug, Clone)]
pub(crate) enum RequestId {
    #[cfg(any(feature = "axum", feature = "tonic"))]
    Http(http::HeaderValue),
    #[cfg(feature = "actix-web")]
    Actix(actix_web::http::header::HeaderValue),
}

impl RequestId {
    /// The id's text; empty for a value that is not visible ASCII (never, for ids errcat's
    /// layers accept or make).
    pub(crate) fn as_str(&self) -> &str {
        match self {
            #[cfg(any(feature = "axum", feature = "tonic"))]
            RequestId::Http(value) => value.to_str().unwrap_or_default(),
            #[cfg(feature = "actix-web")]
            RequestId::Actix(value) => value.to_str().unwrap_or_default(),
        }
    }

    /// The id as an `http` 1 header value: axum's and tonic's own value (its bytes
    /// shared), or a copy of actix-web's; `None` for one that is not visible ASCII.
    pub(crate) fn to_http(&self) -> Option<http::HeaderValue> {
        match self {
            #[cfg(any(feature = "axum", feature = "tonic"))]
            RequestId::Http(value) => Some(value.clone()),
            #[cfg(feature = "actix-web")]
            RequestId::Actix(_) => http::HeaderValue::from_str(self.as_str()).ok(),
        }
    }
}

/// A request's path: in its URI, shared (actix-web's is of `http` 0.2).
#[derive(Debug)]
pub(crate) enum RequestPath {
    #[cfg(any(feature = "axum", feature = "tonic"))]
    Uri(Option<http::uri::PathAndQuery>),
    #[cfg(feature = "actix-web")]
    Actix(Option<actix_web::http::uri::PathAndQuery>),
}

impl RequestPath {
    /// The path of `uri` (its path and query, shared: the scheme and authority, which
    /// a server's request seldom has, are not kept).
    #[cfg(any(feature = "axum", feature = "tonic"))]
    pub(crate) fn of(uri: &http::Uri) -> Self {
        RequestPath::Uri(uri.path_and_query().cloned())
    }

    /// [`RequestPath::of`] for actix-web's `Uri` (of `http` 0.2).
    #[cfg(feature = "actix-web")]
    pub(crate) fn of_actix(uri: &actix_web::http::Uri) -> Self {
        RequestPath::Actix(uri.path_and_query().cloned())
    }

    /// The path; empty for a URI without one (as `http::Uri::path` answers).
    fn as_str(&self) -> &str {
        match self {
            #[cfg(any(feature = "axum", feature = "tonic"))]
            RequestPath::Uri(path) => path.as_ref().map_or("", |path| path.path()),
            #[cfg(feature = "actix-web")]
            RequestPath::Actix(path) => path.as_ref().map_or("", |path| path.path()),
        }
    }
}

std::thread_local! {
    /// The context of the request whose future (or service call) this thread is running:
    /// swapped in for each poll and swapped back out after it, as tokio's task-local
    /// values are, so that it follows the request from thread to thread.
    static CURRENT: RefCell<Option<Box<RequestContext>>> = const { RefCell::new(None) };
}

/// A request's context made current, until this is dropped: then the one before it is
/// current again (a layer inside another one enters its own and leaves).
struct Entered<'a> {
    slot: &'a mut Option<Box<RequestContext>>,
    swapped: bool,
}

/// Makes the context in `slot` current, keeping the one it replaces in `slot` meanwhile.
fn enter(slot: &mut Option<Box<RequestContext>>) -> Entered<'_> {
    let swapped = swap_current(slot);
    Entered { slot, swapped }
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        if self.swapped {
            swap_current(self.slot);
        }
    }
}

/// Swaps the current context with `slot`'s; `false` (and nothing swapped) while the
/// context is being read, or on a thread being torn down.
fn swap_current(slot: &mut Option<Box<RequestContext>>) -> bool {
    CURRENT
        .try_with(|current| match current.try_borrow_mut() {
            Ok(mut current) => {
                std::mem::swap(&mut *current, slot);
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false)
}

pin_project_lite::pin_project! {
    /// A service call and the future it returns, run with the request's context current
    /// and their panics caught: what the layers' futures are made of. It holds the
    /// inner future in place (no box) and enters the context with a swap, not a clone.
    pub(crate) struct InContext<F> {
        #[pin]
        call: Call<F>,
        ctx: Option<Box<RequestContext>>,
    }
}

pin_project_lite::pin_project! {
    #[project = CallProj]
    enum Call<F> {
        Running { #[pin] future: F },
        Panicked { payload: Option<Box<dyn std::any::Any + Send>> },
    }
}

impl<F: std::future::Future> InContext<F> {
    /// Runs `call` with `ctx` current, its panic caught; the future it returns, to be
    /// polled in `ctx` too.
    #[inline]
    pub(crate) fn call(ctx: RequestContext, call: impl FnOnce() -> F) -> Self {
        let mut ctx = Some(Box::new(ctx));
        let called = {
            let _entered = enter(&mut ctx);
            std::panic::catch_unwind(AssertUnwindSafe(call))
        };
        let call = match called {
            Ok(future) => Call::Running { future },
            Err(payload) => Call::Panicked {
                payload: Some(payload),
            },
        };
        InContext { call, ctx }
    }

    /// Polls the future in its context, its panic caught, and gives what it ends with
    /// (or the call's panic) to `finish`, also run in the context.
    #[inline]
    pub(crate) fn poll_finish<R>(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        finish: impl FnOnce(std::thread::Result<F::Output>) -> R,
    ) -> Poll<R> {
        let this = self.project();
        let _entered = enter(this.ctx);
        let outcome = match this.call.project() {
            CallProj::Running { future } => {
                match std::panic::catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                    Ok(Poll::Pending) => return Poll::Pending,
                    Ok(Poll::Ready(output)) => Ok(output),
                    Err(payload) => Err(payload),
                }
            }
            CallProj::Panicked { payload } => Err(payload
                .take()
                .unwrap_or_else(|| Box::new("a request's future polled after its panic"))),
        };
        Poll::Ready(finish(outcome))
    }

    /// The request's context, taken out once the future is done with it.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn take_context(self: Pin<&mut Self>) -> Option<Box<RequestContext>> {
        self.project().ctx.take()
    }
}

impl RequestContext {
    /// The context of `req` (axum's and tonic's requests, of `http` 1): its id (the
    /// layer's choice), method and path, `M`'s framework errors, and the language its
    /// errors are answered in.
    #[cfg(any(feature = "axum", feature = "tonic"))]
    #[cfg_attr(not(feature = "fluent"), allow(unused_variables))]
    pub(crate) fn of_request<M: FromFrameworkError, B>(
        req: &http::Request<B>,
        id: http::HeaderValue,
        header: &http::HeaderName,
        translated: &Translated,
    ) -> Self {
        RequestContext {
            id: RequestId::Http(id),
            header: header.clone(),
            method: req.method().clone(),
            path: RequestPath::of(req.uri()),
            framework: RequestContext::render_framework::<M>,
            #[cfg(feature = "fluent")]
            language: translated.language(
                req.headers()
                    .get(http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            ),
        }
    }

    /// [`RequestContext::of_request`] for actix-web's requests (of `http` 0.2).
    #[cfg(feature = "actix-web")]
    #[cfg_attr(not(feature = "fluent"), allow(unused_variables))]
    pub(crate) fn of_actix<M: FromFrameworkError>(
        req: &actix_web::dev::ServiceRequest,
        id: actix_web::http::header::HeaderValue,
        header: &http::HeaderName,
        translated: &Translated,
    ) -> Self {
        RequestContext {
            id: RequestId::Actix(id),
            header: header.clone(),
            method: http::Method::from_bytes(req.method().as_str().as_bytes()).unwrap_or_default(),
            path: RequestPath::of_actix(req.uri()),
            framework: RequestContext::render_framework::<M>,
            #[cfg(feature = "fluent")]
            language: translated.language(
                req.headers()
                    .get(actix_web::http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            ),
        }
    }

    /// The request id and the header it travels in, moved out for the layer to set on
    /// the response.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn into_id(self) -> (http::HeaderName, RequestId) {
        (self.header, self.id)
    }

    /// Renders `err` in the catalog `M`, for use as [`RequestContext::framework`] (the
    /// request id header left to the layer).
    pub(crate) fn render_framework<M: FromFrameworkError>(err: &FrameworkError<'_>) -> Rendered {
        render(&M::from_framework_error(err), M::catalog())
    }
}

/// Runs `f` on the current request's context; `None` outside one.
pub(crate) fn with<R>(f: impl FnOnce(&RequestContext) -> R) -> Option<R> {
    CURRENT
        .try_with(|current| {
            let current = current.try_borrow().ok()?;
            current.as_deref().map(f)
        })
        .ok()
        .flatten()
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
    with(|ctx| ctx.id.as_str().to_owned())
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
        if let Some(id) = ctx.id.to_http() {
            response.headers_mut().insert(ctx.header.clone(), id);
        }
    });
    response
}

/// [`respond_dyn`] without the request id header: what a layer, which sets that header on
/// every response, sends.
pub(crate) fn render(err: &dyn ApiError, catalog: &'static crate::catalog::Catalog) -> Rendered {
    let in_context = with(|ctx| {
        let id = ctx.id.as_str();
        log_server_error(err, Some(id));
        let envelope = Envelope::with_catalog(err, catalog)
            .with_instance(ctx.path.as_str())
            .with_id(id);
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

/// The request's id in `header`: the value sent, if [`accepted`], else a fresh one put in
/// its place (handlers see the validated id, never a refused one). One lookup of the
/// header.
#[cfg(any(feature = "axum", feature = "tonic"))]
pub(crate) fn keep_or_make_id(
    headers: &mut http::HeaderMap,
    header: &http::HeaderName,
) -> http::HeaderValue {
    match headers.entry(header) {
        http::header::Entry::Occupied(mut sent) => match accepted(sent.iter()) {
            Some(id) => id.clone(),
            None => {
                let id = fresh_header_value();
                sent.insert(id.clone());
                id
            }
        },
        http::header::Entry::Vacant(slot) => {
            let id = fresh_header_value();
            slot.insert(id.clone());
            id
        }
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
    // A hyphenated UUID is ASCII: never the empty default.
    String::from_utf8(fresh_bytes().to_vec()).unwrap_or_default()
}

/// How many ids a thread makes at a time (see [`fresh_bytes`]).
const IDS_PER_BLOCK: usize = 32;

/// The length of a hyphenated UUID.
const ID_LEN: usize = uuid::fmt::Hyphenated::LENGTH;

std::thread_local! {
    /// The ids this thread has made and not yet given out: the rest of its block.
    static FRESH: RefCell<bytes::Bytes> = const { RefCell::new(bytes::Bytes::new()) };
}

/// [`fresh_id`] as bytes, to share between header values.
///
/// A thread makes [`IDS_PER_BLOCK`] ids at a time, in one buffer from one draw of the
/// generator, and gives each out as a slice of it, shared by reference count: the
/// request's header, the context and the response's header hold the same bytes, and a
/// request's id costs no allocation of its own. (A buffer lives while any of its ids
/// does: an id kept after its request keeps 1,152 bytes.)
pub(crate) fn fresh_bytes() -> bytes::Bytes {
    FRESH
        .try_with(|rest| {
            let mut rest = rest.try_borrow_mut().ok()?;
            if rest.is_empty() {
                *rest = id_block(IDS_PER_BLOCK);
            }
            Some(rest.split_to(ID_LEN))
        })
        .ok()
        .flatten()
        // On a thread being torn down: an id of its own.
        .unwrap_or_else(|| id_block(1))
}

/// `count` fresh ids, one after another.
fn id_block(count: usize) -> bytes::Bytes {
    let mut random = vec![[0_u8; 16]; count];
    rand::fill(random.as_flattened_mut());
    let mut text = vec![0; ID_LEN * count];
    for (bits, id) in random.into_iter().zip(text.chunks_exact_mut(ID_LEN)) {
        uuid::Builder::from_random_bytes(bits)
            .into_uuid()
            .hyphenated()
            .encode_lower(id);
    }
    // Its slices count references to the one owner (no promotion on the first).
    bytes::Bytes::from_owner(text)
}

/// [`fresh_id`] as a header value.
#[cfg(any(feature = "axum", feature = "tonic"))]
pub(crate) fn fresh_header_value() -> http::HeaderValue {
    // A hyphenated UUID is always a valid header value.
    http::HeaderValue::from_maybe_shared(fresh_bytes())
        .unwrap_or(http::HeaderValue::from_static("-"))
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
    }

    #[test]
    fn fresh_ids_are_distinct_v4_uuids_across_blocks() {
        let ids: Vec<_> = (0..IDS_PER_BLOCK * 3 + 1).map(|_| fresh_bytes()).collect();
        let distinct: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
        for id in &ids {
            let text = std::str::from_utf8(id).unwrap();
            assert!(request_id::is_valid(text) && text.len() == 36, "{text}");
            let uuid = uuid::Uuid::parse_str(text).unwrap();
            assert_eq!(uuid.get_version(), Some(uuid::Version::Random), "{text}");
            assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122, "{text}");
            assert_eq!(uuid.hyphenated().to_string(), text);
        }
        let single = id_block(1);
        assert_eq!(single.len(), 36);
        assert!(request_id::is_valid(std::str::from_utf8(&single).unwrap()));
    }

    #[test]
    #[cfg(any(feature = "axum", feature = "tonic"))]
    fn request_ids_read_as_their_text() {
        let id = RequestId::Http(http::HeaderValue::from_static("abc-1"));
        assert_eq!(id.as_str(), "abc-1");
        let longest = "a".repeat(request_id::MAX_LEN);
        let id = RequestId::Http(http::HeaderValue::from_str(&longest).unwrap());
        assert_eq!(id.clone().as_str(), longest);
        // Not text: never accepted, and read as empty rather than a panic.
        let id = RequestId::Http(http::HeaderValue::from_bytes(b"\xff").unwrap());
        assert_eq!(id.as_str(), "");
        #[cfg(feature = "actix-web")]
        {
            let id = RequestId::Actix(actix_web::http::header::HeaderValue::from_static("x.1"));
            assert_eq!(id.as_str(), "x.1");
        }
    }
}

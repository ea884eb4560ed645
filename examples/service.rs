//! An axum service whose every error, framework errors included, is an errcat envelope.
//!
//! It answers with two catalogs: its own [`ServiceError`] and the prebuilt control-plane
//! catalog ([`ControlPlaneError`]), which `ServiceError` forwards transparently. Both use
//! the `nested` shape with the request id under `correlation_id`. Every response carries
//! `x-request-id`: the caller's if it is 1 to 128 of `[A-Za-z0-9._:-]`, else a fresh UUID.
//! Errors are in German for `Accept-Language: de` (with `Content-Language`), in English
//! otherwise ([`translations`]).
//!
//! | route | answer |
//! |---|---|
//! | `GET /widgets/gear` | 200 `{"name":"gear","size":3}` |
//! | `GET /widgets/{name}` | 404 `SVC_WIDGET_NOT_FOUND`, own error exposing `name` |
//! | `POST /widgets` (JSON `{"name":str,"size":u32}`) | 201 with the widget; bad JSON: 400 `CP_BAD_JSON` naming the field; no JSON content type: 400 `CP_BAD_JSON` naming `content-type`; more than 1 KiB: 413 `SVC_BODY_TOO_LARGE` |
//! | `GET /woks/{id}` | 404 `CP_PROJECT_NOT_FOUND`, a catalog error returned directly |
//! | `GET /status` | 503 `CP_STATUS_STALE` with `Retry-After: 5` |
//! | `GET /limited` | 429 `SVC_RATE_LIMITED` with `Retry-After: 2` and `retryAfterMs` |
//! | `GET /storage` | 500 `SVC_STORAGE_FAILED`; its source error is logged, never sent |
//! | `GET /search?limit=N` | 200; a bad `limit`: 400 `CP_BAD_JSON` naming `limit` |
//! | `POST /accounts` (JSON [`NewAccount`], checked with `validator`) | 201; input the rules refuse: 400 `CP_INVALID_BODY` naming the first field, every violation under `violations`; bad JSON: 400 `CP_BAD_JSON` with its violation |
//! | `POST /orders` (JSON [`NewOrder`], checked with `garde`) | 201; refused input: as `POST /accounts` |
//! | `GET /panic` | 500 `CP_DB_QUERY_FAILED` (a caught panic) |
//! | wrong method on a route | 405 `CP_METHOD_NOT_ALLOWED` with `Allow` |
//! | any other path | 404 `CP_ROUTE_NOT_FOUND` echoing method and path |
//! | `GET /openapi.json` | the service's OpenAPI 3.1 document ([`openapi`]) |
//!
//! The document is written with utoipa from the same enums: each handler's
//! `#[utoipa::path]` names, with [`errcat::error_responses!`], exactly the codes it can
//! answer, framework errors included, so that every body the service sends is in it.

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use errcat::ApiError;
use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode as Cp};
use errcat::integrations::axum::{ErrorLayer, Garde, Json, Path, Query, Valid, route_not_found};
use errcat::integrations::{FrameworkError, FromFrameworkError};
use errcat::openapi::Responses;
use serde::{Deserialize, Serialize};
use tower_http::limit::RequestBodyLimitLayer;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::{ObjectBuilder, Required, Type};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// The largest request body the service reads, in bytes.
pub const BODY_LIMIT: usize = 1024;

/// The source error of `GET /storage`: logged with the request id, never in a body.
pub const STORAGE_CANARY: &str = "disk full at /var/lib/widgets (canary 7f3a9c)";

/// Errors of the example service.
#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "SVC_", id_field = "correlation_id")]
pub enum ServiceError {
    /// No widget with that name.
    #[api(
        status = 404,
        fix = "caller",
        category = "Widgets",
        message = "no widget named {name}",
        hint = "list the widgets with GET /widgets/gear"
    )]
    WidgetNotFound {
        /// The name asked for, echoed in the body.
        #[api(expose)]
        name: String,
    },

    /// Too many requests.
    #[api(status = 429, fix = "caller", retry_after = 2, message = "slow down")]
    RateLimited {
        /// How long to wait, in milliseconds.
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },

    /// The widget store failed.
    #[api(status = 500, fix = "platform", message = "storage failed")]
    StorageFailed(#[api(source)] std::io::Error),

    /// The request body exceeds the service's limit.
    #[api(
        status = 413,
        fix = "caller",
        message = "request body exceeds {limit} bytes"
    )]
    BodyTooLarge {
        /// The limit, in bytes.
        #[api(expose)]
        limit: usize,
    },

    /// A control-plane error, forwarded as is.
    #[api(transparent)]
    ControlPlane(ControlPlaneError),
}

/// Framework errors: the control plane's codes, except an oversized body, which gets
/// the service's own `SVC_BODY_TOO_LARGE` naming the limit.
impl FromFrameworkError for ServiceError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        match err {
            FrameworkError::PayloadTooLarge => ServiceError::BodyTooLarge { limit: BODY_LIMIT },
            other => ServiceError::ControlPlane(ControlPlaneError::from_framework_error(other)),
        }
    }
}

/// A widget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Widget {
    /// Its name.
    pub name: String,
    /// Its size.
    pub size: u32,
}

/// The body of `POST /accounts`, checked with `validator`. The client's names are
/// camelCase; a refusal names the fields so.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, validator::Validate)]
#[serde(rename_all = "camelCase")]
pub struct NewAccount {
    /// The name shown to others: 3 to 32 characters.
    #[validate(length(min = 3, max = 32))]
    #[schema(min_length = 3, max_length = 32)]
    pub display_name: String,
    /// Where to write: an email address.
    #[validate(email)]
    #[schema(format = "email")]
    pub email: String,
    /// At least 8 characters; never echoed in an error.
    #[validate(length(min = 8))]
    #[schema(min_length = 8)]
    pub password: String,
}

/// The body of `POST /orders`, checked with `garde`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, garde::Validate)]
#[serde(rename_all = "camelCase")]
pub struct NewOrder {
    /// The widgets ordered: at least one line.
    #[garde(length(min = 1), dive)]
    #[schema(min_items = 1)]
    pub line_items: Vec<LineItem>,
}

/// One line of an order.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, garde::Validate)]
#[serde(rename_all = "camelCase")]
pub struct LineItem {
    /// The widget's name.
    #[garde(length(min = 1))]
    #[schema(min_length = 1)]
    pub widget_name: String,
    /// How many: 1 to 99.
    #[garde(range(min = 1, max = 99))]
    #[schema(minimum = 1, maximum = 99)]
    pub unit_count: u32,
}

/// The query of `GET /search`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Search {
    /// How many results.
    pub limit: u32,
}

// ---------------------------------------------------------------------------------------
// Routes, each with the errors it answers

/// The responses of `codes`, plus the 405 every route answers to a wrong method. The
/// request id header is always sent: the service runs behind errcat's `ErrorLayer`.
fn errors(codes: &[ServiceErrorCode]) -> Responses {
    let mut codes = codes.to_vec();
    codes.push(ServiceErrorCode::ControlPlane(Cp::MethodNotAllowed));
    Responses::of_codes(&codes).id_header_required(true)
}

errcat::error_responses! {
    /// `GET /widgets/{name}`: an unknown widget; an empty or undecodable name finds no route.
    WidgetErrors = errors(&[
        ServiceErrorCode::WidgetNotFound,
        ServiceErrorCode::ControlPlane(Cp::RouteNotFound),
    ]);
}

errcat::error_responses! {
    /// `POST /widgets`: a body that is not a widget, or is too large.
    CreateErrors = errors(&[
        ServiceErrorCode::ControlPlane(Cp::BadJson),
        ServiceErrorCode::BodyTooLarge,
    ]);
}

errcat::error_responses! {
    /// `GET /woks/{id}`: a control-plane error returned directly.
    WokErrors = errors(&[
        ServiceErrorCode::ControlPlane(Cp::ProjectNotFound),
        ServiceErrorCode::ControlPlane(Cp::RouteNotFound),
    ]);
}

errcat::error_responses! {
    /// `GET /status`: the status is stale; retry after the delay.
    StatusErrors = errors(&[ServiceErrorCode::ControlPlane(Cp::StatusStale)]);
}

errcat::error_responses! {
    /// `GET /limited`: always rate limited.
    LimitedErrors = errors(&[ServiceErrorCode::RateLimited]);
}

errcat::error_responses! {
    /// `GET /storage`: the store fails.
    StorageErrors = errors(&[ServiceErrorCode::StorageFailed]);
}

errcat::error_responses! {
    /// `POST /accounts` and `POST /orders`: a body that is not JSON of the type, one the
    /// rules refuse, or one too large.
    ValidatedErrors = errors(&[
        ServiceErrorCode::ControlPlane(Cp::BadJson),
        ServiceErrorCode::ControlPlane(Cp::InvalidBody),
        ServiceErrorCode::BodyTooLarge,
    ]);
}

errcat::error_responses! {
    /// `GET /search`: a bad query.
    SearchErrors = errors(&[ServiceErrorCode::ControlPlane(Cp::BadJson)]);
}

errcat::error_responses! {
    /// `GET /panic`: the caught panic.
    PanicErrors = errors(&[ServiceErrorCode::ControlPlane(Cp::DbQueryFailed)]);
}

/// Gets a widget by name; only `gear` exists.
#[utoipa::path(
    get,
    path = "/widgets/{name}",
    params(("name" = String, Path, description = "The widget's name")),
    responses((status = 200, description = "The widget", body = Widget), WidgetErrors)
)]
async fn get_widget(Path(name): Path<String>) -> Result<Json<Widget>, ServiceError> {
    if name == "gear" {
        Ok(Json(Widget { name, size: 3 }))
    } else {
        Err(ServiceError::WidgetNotFound { name })
    }
}

/// Creates a widget (and forgets it).
#[utoipa::path(
    post,
    path = "/widgets",
    request_body = Widget,
    responses((status = 201, description = "The widget created", body = Widget), CreateErrors)
)]
async fn create_widget(Json(widget): Json<Widget>) -> (StatusCode, Json<Widget>) {
    (StatusCode::CREATED, Json(widget))
}

/// Opens an account (and forgets it): the body is checked with `validator`.
#[utoipa::path(
    post,
    path = "/accounts",
    request_body = NewAccount,
    responses((status = 201, description = "The account opened", body = NewAccount), ValidatedErrors)
)]
async fn create_account(
    Valid(Json(account)): Valid<Json<NewAccount>>,
) -> (StatusCode, Json<NewAccount>) {
    (StatusCode::CREATED, Json(account))
}

/// Places an order (and forgets it): the body is checked with `garde`.
#[utoipa::path(
    post,
    path = "/orders",
    request_body = NewOrder,
    responses((status = 201, description = "The order placed", body = NewOrder), ValidatedErrors)
)]
async fn create_order(Garde(Json(order)): Garde<Json<NewOrder>>) -> (StatusCode, Json<NewOrder>) {
    (StatusCode::CREATED, Json(order))
}

/// Gets a wok: there are none.
#[utoipa::path(
    get,
    path = "/woks/{id}",
    params(("id" = String, Path, description = "The wok's id")),
    responses(WokErrors)
)]
async fn get_wok(Path(_id): Path<String>) -> Result<&'static str, ControlPlaneError> {
    Err(ControlPlaneError::ProjectNotFound)
}

/// The control plane's status: always stale.
#[utoipa::path(get, path = "/status", responses(StatusErrors))]
async fn status() -> Result<&'static str, ControlPlaneError> {
    Err(ControlPlaneError::StatusStale)
}

/// A route that is always rate limited.
#[utoipa::path(get, path = "/limited", responses(LimitedErrors))]
async fn limited() -> Result<&'static str, ServiceError> {
    Err(ServiceError::RateLimited {
        retry_after_ms: 2000,
    })
}

/// A route whose store always fails.
#[utoipa::path(get, path = "/storage", responses(StorageErrors))]
async fn storage() -> Result<&'static str, ServiceError> {
    Err(ServiceError::StorageFailed(std::io::Error::other(
        STORAGE_CANARY,
    )))
}

/// Searches widgets: at most one, `gear`.
#[utoipa::path(
    get,
    path = "/search",
    params(Search),
    responses((status = 200, description = "The widgets found", body = Vec<Widget>), SearchErrors)
)]
async fn search(Query(search): Query<Search>) -> Json<Vec<Widget>> {
    let widgets = (0..search.limit.min(1))
        .map(|_| Widget {
            name: "gear".into(),
            size: 3,
        })
        .collect();
    Json(widgets)
}

/// A route that panics.
#[utoipa::path(get, path = "/panic", responses(PanicErrors))]
#[allow(clippy::panic)] // the route exists to show a caught panic
async fn panics() -> &'static str {
    panic!("widget invariant broken (canary 2b8e41)")
}

// ---------------------------------------------------------------------------------------
// The document

/// The service's OpenAPI document: every route and every error it can answer.
#[derive(OpenApi)]
#[openapi(
    info(title = "errcat example service", version = "1.0.0"),
    paths(
        get_widget,
        create_widget,
        create_account,
        create_order,
        get_wok,
        status,
        limited,
        storage,
        search,
        panics
    ),
    components(schemas(ServiceError, Widget, NewAccount, NewOrder, LineItem)),
    modifiers(&RequestIdParameter)
)]
struct ApiDoc;

/// Adds the optional request id header to every operation: a valid one is echoed in
/// the `x-request-id` response header and the error body, any other replaced.
struct RequestIdParameter;

impl utoipa::Modify for RequestIdParameter {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            item.parameters
                .get_or_insert_with(Vec::new)
                .push(request_id_parameter());
        }
    }
}

fn request_id_parameter() -> Parameter {
    ParameterBuilder::new()
        .name(errcat::REQUEST_ID_HEADER)
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(
            "The caller's request id: kept if it is 1 to 128 of `[A-Za-z0-9._:-]`, \
             otherwise replaced with a fresh UUID.",
        ))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .build()
}

/// The service's OpenAPI 3.1 document, as served at `GET /openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

async fn openapi_json() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(openapi())
}

/// The service's router, with errcat's layer: serve it with `axum::serve`. Errors are
/// answered in German to clients that ask for it (`Accept-Language: de`), in English
/// otherwise.
pub fn router() -> Router {
    routes().layer(ErrorLayer::<ServiceError>::new().with_translations(translations()))
}

/// The service's translations: the control plane's German (errcat's) and its own
/// (`examples/locales/de/service.ftl`).
pub fn translations() -> errcat::i18n::Translations {
    let mut translations = errcat::i18n::Translations::prebuilt();
    translations.add_source(
        "de",
        "examples/locales/de/service.ftl",
        include_str!("locales/de/service.ftl"),
    );
    translations
}

/// The service's routes and body limit without errcat's [`ErrorLayer`]: handlers' errors
/// are still envelopes, but without request ids, and framework errors (405, 413, bad
/// input outside errcat's extractors) are axum's own; a panic drops the connection. For
/// measuring what the layer costs (`benches/load.sh`).
pub fn routes() -> Router {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/widgets/{name}", get(get_widget))
        .route("/widgets", axum::routing::post(create_widget))
        .route("/accounts", axum::routing::post(create_account))
        .route("/orders", axum::routing::post(create_order))
        .route("/woks/{id}", get(get_wok))
        .route("/status", get(status))
        .route("/limited", get(limited))
        .route("/storage", get(storage))
        .route("/search", get(search))
        .route("/panic", get(panics))
        .fallback(route_not_found)
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
}

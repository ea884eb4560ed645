//! The control plane's error codes (seed `000_142d9a86a06d858f.txt`).
//!
//! Bodies are `nested`, with the per-request id under `correlation_id`:
//!
//! ```
//! use errcat::Envelope;
//! use errcat::catalogs::control_plane::ControlPlaneError;
//!
//! let body = Envelope::new(&ControlPlaneError::ProjectNotFound)
//!     .with_id("1aee612b1250f276")
//!     .to_json_vec();
//! assert_eq!(
//!     body,
//!     br#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org","correlation_id":"1aee612b1250f276"}}"#
//! );
//! ```
//!
//! The document has one column of prose per code ("Remediation"): it is both the
//! description (the variant's doc comment) and the hint, verbatim, because the document
//! says "hint is the remediation". One exception: `CP_PROJECT_NOT_FOUND`, whose hint and
//! message are the ones of the document's own example body.

use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::{ApiError, Violations};

/// Every error code of the control plane, as its documentation lists them: the stable
/// `CP_*` code, the HTTP status, the side that fixes it (caller = your client code; state
/// = the wok or org needs to be in a different state; platform = open a ticket) and the
/// remediation, sent as the envelope's `hint`.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[api(
    crate = crate,
    display,
    format = "nested",
    prefix = "CP_",
    catalog = "control_plane",
    domain = "control-plane",
    id_field = "correlation_id"
)]
// Descriptions quote the document verbatim: `skl_<hex>`, `^[a-z][a-z0-9]{0,30}$`.
#[allow(rustdoc::invalid_html_tags, rustdoc::broken_intra_doc_links)]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum ControlPlaneError {
    // ---- Authentication & authorization ----
    /// Send Authorization: Bearer <skl_…> (or sllm_… for the LLM gateway). Sessions and
    /// bootstrap tokens both work where listed.
    #[api(
        status = 401,
        fix = "caller",
        category = "Authentication & authorization",
        message = "authentication required",
        hint = "Send Authorization: Bearer <skl_…> (or sllm_… for the LLM gateway). Sessions and bootstrap tokens both work where listed."
    )]
    Unauthenticated,

    /// The Bearer doesn't match the expected shape (skl_<hex> or sllm_<hex>). Check for
    /// whitespace + truncation.
    #[api(
        status = 401,
        fix = "caller",
        category = "Authentication & authorization",
        message = "malformed API key",
        hint = "The Bearer doesn't match the expected shape (skl_<hex> or sllm_<hex>). Check for whitespace + truncation."
    )]
    InvalidKey,

    /// The sllm_ key has been revoked or doesn't exist. Mint a fresh one via POST
    /// /v1/llm-keys.
    #[api(
        status = 401,
        fix = "caller",
        category = "Authentication & authorization",
        message = "LLM key revoked or unknown",
        hint = "The sllm_ key has been revoked or doesn't exist. Mint a fresh one via POST /v1/llm-keys."
    )]
    LlmKeyInvalid,

    /// Email/password on /login don't match. Re-check the credentials.
    #[api(
        status = 401,
        fix = "caller",
        category = "Authentication & authorization",
        message = "invalid email or password",
        hint = "Email/password on /login don't match. Re-check the credentials."
    )]
    InvalidCredentials,

    /// Sign-up password doesn't meet the 8+ character minimum.
    #[api(
        status = 400,
        fix = "caller",
        category = "Authentication & authorization",
        message = "password must be at least 8 characters",
        hint = "Sign-up password doesn't meet the 8+ character minimum."
    )]
    WeakPassword,

    /// The Bearer is valid but the caller isn't a member of the requested org. Either pass
    /// the right slug or have the org owner invite you.
    #[api(
        status = 403,
        fix = "caller",
        category = "Authentication & authorization",
        message = "not a member of this org",
        hint = "The Bearer is valid but the caller isn't a member of the requested org. Either pass the right slug or have the org owner invite you."
    )]
    UserNotInOrg,

    // ---- Not found / wrong state ----
    /// No route at that METHOD PATH. Typically a URL typo. The message echoes back the
    /// method + path so you can spot the typo. See API reference for the canonical
    /// endpoint catalogue.
    #[api(
        status = 404,
        fix = "caller",
        category = "Not found / wrong state",
        message = "no route at {method} {path}",
        hint = "No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue."
    )]
    RouteNotFound {
        /// The request's method, echoed in the message.
        method: String,
        /// The request's path, echoed in the message.
        path: String,
    },

    /// The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz
    /// only accepts GET. Check the route's allowed methods in API reference.
    #[api(
        status = 405,
        fix = "caller",
        category = "Not found / wrong state",
        message = "method not allowed on this path",
        hint = "The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz only accepts GET. Check the route's allowed methods in API reference."
    )]
    MethodNotAllowed,

    /// No active wok with that id in this org. Note: cross-org access deliberately returns
    /// 404 not 403, to avoid enumeration. Verify via GET /v1/woks.
    // Message and hint: the document's example body, byte for byte.
    #[api(
        status = 404,
        fix(caller, state),
        category = "Not found / wrong state",
        message = "no active project with that wok_id in this org",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound,

    /// No org with that slug. Slugs are case-sensitive.
    #[api(
        status = 404,
        fix = "caller",
        category = "Not found / wrong state",
        message = "no org with that slug",
        hint = "No org with that slug. Slugs are case-sensitive."
    )]
    OrgNotFound,

    /// The wok is destroyed (terminal). Provision a fresh one via POST /v1/woks.
    #[api(
        status = 409,
        fix = "state",
        category = "Not found / wrong state",
        message = "the wok is destroyed",
        hint = "The wok is destroyed (terminal). Provision a fresh one via POST /v1/woks."
    )]
    NotActive,

    /// The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.
    #[api(
        status = 503,
        fix = "state",
        category = "Not found / wrong state",
        retry_after = 5,
        message = "wok status not refreshed yet",
        hint = "The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s."
    )]
    StatusStale,

    /// No function with that name on the wok. List via GET /v1/woks/{id}/functions.
    #[api(
        status = 404,
        fix(caller, state),
        category = "Not found / wrong state",
        message = "no function with that name on this wok",
        hint = "No function with that name on the wok. List via GET /v1/woks/{{id}}/functions."
    )]
    FunctionNotFound,

    /// No installed trigger with that name. List via GET /v1/woks/{id}/triggers.
    #[api(
        status = 404,
        fix = "caller",
        category = "Not found / wrong state",
        message = "no installed trigger with that name",
        hint = "No installed trigger with that name. List via GET /v1/woks/{{id}}/triggers."
    )]
    TriggerNotFound,

    // ---- Validation ----
    /// Request body isn't valid JSON, or required fields are missing. The message names
    /// the field.
    #[api(
        status = 400,
        fix = "caller",
        category = "Validation",
        message = "invalid JSON body: field {field} is missing or malformed",
        hint = "Request body isn't valid JSON, or required fields are missing. The message names the field."
    )]
    BadJson {
        /// The offending field, named in the message.
        field: String,
        /// Why the body was refused, field by field, under `violations` (the framework
        /// layer fills it; empty when you name only the field).
        #[api(violations)]
        violations: Violations,
    },

    /// Identifier doesn't match the expected regex (e.g. wok ids ^[a-z][a-z0-9]{0,30}$,
    /// env-var names ^[A-Z][A-Z0-9_]{0,63}$). The message spells out the actual regex.
    #[api(
        status = 400,
        fix = "caller",
        category = "Validation",
        message = "identifier must match {pattern}",
        hint = "Identifier doesn't match the expected regex (e.g. wok ids ^[a-z][a-z0-9]{{0,30}}$, env-var names ^[A-Z][A-Z0-9_]{{0,63}}$). The message spells out the actual regex."
    )]
    InvalidName {
        /// The regex the identifier must match, spelled out in the message.
        pattern: String,
    },

    /// JSON-valid but semantically wrong (e.g. bulk-env with both vars and dotenv, or cron
    /// expression that doesn't parse).
    #[api(
        status = 400,
        fix = "caller",
        category = "Validation",
        message = "request body is semantically invalid: {violations}",
        hint = "JSON-valid but semantically wrong (e.g. bulk-env with both vars and dotenv, or cron expression that doesn't parse)."
    )]
    InvalidBody {
        /// What is wrong, field by field: the message names the first, the body lists
        /// them all under `violations`.
        #[api(violations)]
        violations: Violations,
    },

    /// Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests.
    #[api(
        status = 413,
        fix = "caller",
        category = "Validation",
        message = "batch exceeds the per-call cap",
        hint = "Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests."
    )]
    BulkTooLarge,

    /// exec_sql body exceeds 1 MiB. Split into smaller migrations.
    #[api(
        status = 413,
        fix = "caller",
        category = "Validation",
        message = "exec_sql body exceeds 1 MiB",
        hint = "exec_sql body exceeds 1 MiB. Split into smaller migrations."
    )]
    SqlTooLarge,

    /// LLM chat-completions body exceeds 1 MiB. Trim history or use a smaller system
    /// prompt.
    #[api(
        status = 413,
        fix = "caller",
        category = "Validation",
        message = "chat-completions body exceeds 1 MiB",
        hint = "LLM chat-completions body exceeds 1 MiB. Trim history or use a smaller system prompt."
    )]
    LlmBodyTooLarge,

    // ---- Capacity & rate limits ----
    /// You're at your plan's wok limit. Upgrade via POST
    /// /v1/orgs/{slug}/billing/checkout/subscription or delete an unused wok.
    #[api(
        status = 402,
        fix = "caller",
        category = "Capacity & rate limits",
        message = "wok limit of your plan reached",
        hint = "You're at your plan's wok limit. Upgrade via POST /v1/orgs/{{slug}}/billing/checkout/subscription or delete an unused wok."
    )]
    WokQuotaExceeded,

    /// Both prepaid meters (tokens + requests) have hit zero. Top up via POST
    /// /v1/llm-keys/{prefix}/topup, or configure BYOK via PUT /v1/orgs/{slug}/llm-byok to
    /// pay the upstream directly.
    #[api(
        status = 402,
        fix = "caller",
        category = "Capacity & rate limits",
        message = "LLM balance exhausted",
        hint = "Both prepaid meters (tokens + requests) have hit zero. Top up via POST /v1/llm-keys/{{prefix}}/topup, or configure BYOK via PUT /v1/orgs/{{slug}}/llm-byok to pay the upstream directly."
    )]
    LlmInsufficientBalance,

    // ---- Upstream / platform ----
    /// The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db
    /// subsystem; file a ticket with correlation_id.
    #[api(
        status = 500,
        fix = "platform",
        category = "Upstream / platform",
        message = "internal database error",
        hint = "The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id."
    )]
    DbQueryFailed,

    /// Wok's db container hasn't finished provisioning. Retry in 5–10s.
    // "5–10s": Retry-After is a lower bound, so the upper end of the window: one retry
    // after 10s usually succeeds where one after 5s often would not.
    #[api(
        status = 503,
        fix = "state",
        category = "Upstream / platform",
        retry_after = 10,
        message = "wok database is still provisioning",
        hint = "Wok's db container hasn't finished provisioning. Retry in 5–10s."
    )]
    DumpDbNotReady,

    /// The docker-exec call into the wok's db container failed (often because it's
    /// restarting). Retry; if persistent, hit /diag/wok/{id}.
    #[api(
        status = 502,
        fix = "state",
        category = "Upstream / platform",
        message = "could not execute SQL in the wok's database",
        hint = "The docker-exec call into the wok's db container failed (often because it's restarting). Retry; if persistent, hit /diag/wok/{{id}}."
    )]
    ExecSqlFailed,

    /// The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx
    /// or timed out. Check upstream status; the X-LLM-Source response header tells you
    /// which side answered.
    #[api(
        status = 502,
        fix(platform, byok),
        category = "Upstream / platform",
        message = "LLM upstream failed",
        hint = "The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx or timed out. Check upstream status; the X-LLM-Source response header tells you which side answered."
    )]
    LlmUpstreamFailed,

    /// The Resend API call failed. The message echoes Resend's status. Common cause: the
    /// sending domain hasn't been verified yet.
    #[api(
        status = 502,
        fix = "platform",
        category = "Upstream / platform",
        message = "email provider answered {upstream_status}",
        hint = "The Resend API call failed. The message echoes Resend's status. Common cause: the sending domain hasn't been verified yet."
    )]
    EmailUpstreamFailed {
        /// Resend's HTTP status, echoed in the message.
        upstream_status: u16,
    },

    /// Cloudflare Registrar or DNS API call failed. The message echoes CF's response.
    #[api(
        status = 502,
        fix = "platform",
        category = "Upstream / platform",
        message = "Cloudflare API call failed: {response}",
        hint = "Cloudflare Registrar or DNS API call failed. The message echoes CF's response."
    )]
    DomainUpstreamFailed {
        /// Cloudflare's response, echoed in the message.
        response: String,
    },

    /// This wok was provisioned before functions shipped and has no functions_port
    /// allocated. The reconciler heals this on its next sweep, or call POST
    /// /v1/woks/{id}/restart to force it.
    #[api(
        status = 503,
        fix = "state",
        category = "Upstream / platform",
        message = "functions are not enabled on this wok",
        hint = "This wok was provisioned before functions shipped and has no functions_port allocated. The reconciler heals this on its next sweep, or call POST /v1/woks/{{id}}/restart to force it."
    )]
    FunctionsNotEnabled,
}

/// The control plane's codes for framework errors.
///
/// | framework error | code |
/// |---|---|
/// | unknown route | `CP_ROUTE_NOT_FOUND`, echoing method and path |
/// | wrong method | `CP_METHOD_NOT_ALLOWED` |
/// | malformed JSON body | `CP_BAD_JSON` naming the field (`body` when the JSON does not parse), its violation under `violations` |
/// | no JSON `Content-Type` | `CP_BAD_JSON` naming `content-type` |
/// | bad query string | `CP_BAD_JSON` naming the parameter (`query` when unknown) |
/// | input a validator refused | `CP_INVALID_BODY`: the message names the first field, `violations` lists them all |
/// | bad path parameter | `CP_ROUTE_NOT_FOUND`: no route serves that path |
/// | oversized body | `CP_BULK_TOO_LARGE`, the document's one 413 not tied to an endpoint |
/// | panic | `CP_DB_QUERY_FAILED`, the document's one 500 |
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// let err = ControlPlaneError::from_framework_error(&FrameworkError::RouteNotFound {
///     method: "DELETE",
///     path: "/v1/wokz",
/// });
/// assert_eq!(
///     err,
///     ControlPlaneError::RouteNotFound { method: "DELETE".into(), path: "/v1/wokz".into() }
/// );
/// ```
impl FromFrameworkError for ControlPlaneError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        use ControlPlaneError as Cp;
        let named = |field: Option<&str>, default: &str, violations: &Violations| Cp::BadJson {
            field: field.unwrap_or(default).to_owned(),
            violations: violations.clone(),
        };
        match *err {
            FrameworkError::RouteNotFound { method, path }
            | FrameworkError::BadPath { method, path, .. } => Cp::RouteNotFound {
                method: method.to_owned(),
                path: path.to_owned(),
            },
            FrameworkError::MethodNotAllowed { .. } => Cp::MethodNotAllowed,
            FrameworkError::PayloadTooLarge => Cp::BulkTooLarge,
            FrameworkError::UnsupportedMediaType => named(None, "content-type", &Violations::new()),
            FrameworkError::BadJson(input) => named(input.field, "body", input.violations),
            FrameworkError::BadQuery(input) => named(input.field, "query", input.violations),
            FrameworkError::InvalidInput(input) => Cp::InvalidBody {
                violations: input.violations.clone(),
            },
            FrameworkError::Panic => Cp::DbQueryFailed,
        }
    }
}

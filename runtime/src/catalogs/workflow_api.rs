//! The workflow service's error codes (seed `004_6a35cd479d69256a.txt`): its own API
//! ([`WorkflowApiError`], catalog `workflow_api`) and the `/api/auth/*` routes, which
//! better-auth serves in its own shape ([`WorkflowAuthError`], catalog `workflow_auth`).
//!
//! ```
//! use errcat::Envelope;
//! use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowAuthError};
//!
//! let response = Envelope::new(&WorkflowApiError::RateLimited { retry_after_ms: 1500 })
//!     .into_http_response();
//! assert_eq!(response.headers()["retry-after"], "2");
//! assert_eq!(
//!     response.body().as_slice(),
//!     br#"{"error":"rate_limited","message":"rate limit exceeded","retryAfterMs":1500}"#
//! );
//!
//! let body = Envelope::new(&WorkflowAuthError::UserNotFound).to_json_vec();
//! assert_eq!(body, br#"{"code":"USER_NOT_FOUND","message":"User not found"}"#);
//! ```
//!
//! The API's two tables have no headings, so its codes have no category; the document
//! names no fix side ("Caller action" is the hint). Where the action is "See message",
//! the message carries the detail, so those variants have a `reason` field.

use errcat_core::shape::{JSON, Key, Layout, Member, Part, Rule};

use crate::format::Format;
use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::{ApiError, Violations};

/// Every error code of the workflow service's own API (`{ "error": "<code>", … }`).
#[derive(Debug, Clone, PartialEq, ApiError)]
#[api(
crate = crate,
display,
format = "code", rename_all = "snake_case", catalog = "workflow_api", domain = "workflow-api")]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum WorkflowApiError {
    /// No session, no valid API key, malformed header.
    #[api(
        status = 401,
        message = "authentication required",
        hint = "Check Authorization / Cookie."
    )]
    Unauthorized,

    /// Session resolved but user has no active org.
    #[api(
        status = 401,
        message = "no active organization for this session",
        hint = "POST /api/auth/organization/set-active."
    )]
    NoActiveOrganization,

    /// Resource missing OR belongs to another org.
    #[api(
        status = 404,
        message = "not found",
        hint = "Verify id; cross-org reads return this code."
    )]
    NotFound,

    /// Body not JSON / didn’t match Zod schema.
    #[api(
        status = 400,
        message = "invalid request body",
        hint = "Inspect issues[]."
    )]
    InvalidBody {
        /// What is wrong, field by field, written as Zod issues under `issues` (`code`,
        /// `path`, `message`, ...).
        #[api(violations)]
        issues: Violations,
    },

    /// Cron didn’t parse.
    #[api(
        status = 400,
        message = "invalid cron expression: {reason}",
        hint = "See message."
    )]
    InvalidCron {
        /// Why the expression does not parse, in the message.
        reason: String,
    },

    /// If-Match header not a positive integer.
    #[api(
        status = 400,
        message = "If-Match must be a positive integer",
        hint = "Send the latest version."
    )]
    InvalidIfMatch,

    /// Workflow updated between read and write.
    #[api(
        status = 412,
        message = "workflow was updated since it was read",
        hint = "Refetch GET /api/workflows/:id, retry with new version."
    )]
    VersionMismatch,

    /// Per-(org, principal) bucket exhausted.
    #[api(
        status = 429,
        message = "rate limit exceeded",
        hint = "Sleep retryAfterMs then retry."
    )]
    RateLimited {
        /// How long to sleep before retrying, in milliseconds, exposed as `retryAfterMs`
        /// and sent as the `Retry-After` header (in whole seconds, rounded up).
        #[api(expose = "retryAfterMs", retry_after = "ms")]
        retry_after_ms: u64,
    },

    /// Schedule references a workflow not in this org.
    #[api(
        status = 404,
        message = "workflow not found in this org",
        hint = "Use a workflow id you own."
    )]
    WorkflowNotFound,

    /// Run dispatch threw before durable runtime.
    #[api(
        status = 500,
        message = "run dispatch failed: {reason}",
        hint = "See message. Often connector misconfig."
    )]
    DispatchFailed {
        /// What the dispatch threw, in the message.
        reason: String,
    },

    /// Run cancel threw at openworkflow layer.
    #[api(
        status = 500,
        message = "run cancel failed: {reason}",
        hint = "See message."
    )]
    CancelFailed {
        /// What the cancel threw, in the message.
        reason: String,
    },

    /// Listing step attempts failed.
    #[api(
        status = 500,
        message = "listing step attempts failed: {reason}",
        hint = "See message. Transient DB hiccup."
    )]
    LogsFailed {
        /// What the listing threw, in the message.
        reason: String,
    },
}

/// The workflow API's codes for framework errors.
///
/// | framework error | code |
/// |---|---|
/// | unknown route, wrong method, bad path parameter | `not_found` |
/// | malformed JSON, no JSON `Content-Type`, oversized body, bad query string, input a validator refused | `invalid_body` ("Body not JSON / didn't match Zod schema") with the violations as Zod `issues` |
/// | panic | `dispatch_failed`: the document names no code for other failures, and its first 500 tells the client to read the message |
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// let err = WorkflowApiError::from_framework_error(&FrameworkError::PayloadTooLarge);
/// assert_eq!(err.code(), "invalid_body");
/// ```
impl FromFrameworkError for WorkflowApiError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        let invalid = |issues: &Violations| WorkflowApiError::InvalidBody {
            issues: issues.clone(),
        };
        match *err {
            FrameworkError::RouteNotFound { .. }
            | FrameworkError::MethodNotAllowed { .. }
            | FrameworkError::BadPath { .. } => WorkflowApiError::NotFound,
            FrameworkError::PayloadTooLarge | FrameworkError::UnsupportedMediaType => {
                invalid(&Violations::new())
            }
            FrameworkError::BadJson(input) | FrameworkError::BadQuery(input) => {
                invalid(input.violations)
            }
            FrameworkError::InvalidInput(input) => invalid(input.violations),
            FrameworkError::Panic => WorkflowApiError::DispatchFailed {
                reason: String::from("internal error"),
            },
        }
    }
}

/// better-auth's error body: `{"code":C,"message":M,...details}`, as its `APIError`
/// writes it (`{"code":"USER_NOT_FOUND","message":"User not found"}`). No hint, no id.
#[derive(Debug, Clone, Copy, Default)]
pub struct BetterAuthShape;

static BETTER_AUTH: Layout = Layout {
    name: "better-auth",
    content_type: JSON,
    members: &[
        Member::required("code", Part::Code),
        // better-auth always sends a message; a proxy that strips it still decodes.
        Member::optional("message", Part::Message),
        Member::Details,
        Member::Field {
            key: Key::IdField,
            part: Part::Id,
            rule: Rule::ReadOnly,
        },
    ],
};

impl Format for BetterAuthShape {
    fn layout(&self) -> Option<&'static Layout> {
        Some(&BETTER_AUTH)
    }
}

/// The codes of the workflow service's `/api/auth/*` routes, served by better-auth in its
/// own shape ([`BetterAuthShape`]).
///
/// The document gives their meaning only: every status is inferred, following what
/// better-auth itself answers where it defines the code (403 for a missing Origin, 401
/// for bad credentials and tokens, 422 for an existing user at sign-up) and the
/// conventional status otherwise (404 for an unknown user). Messages are better-auth's
/// own texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ApiError)]
#[allow(rustdoc::invalid_html_tags)] // the document's meaning verbatim: `Origin: <baseURL>`
#[api(
    crate = crate,
    display,
    format = BetterAuthShape,
    catalog = "workflow_auth",
    domain = "workflow-api",
    category = "Auth-route errors",
    status_inferred
)]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum WorkflowAuthError {
    /// Forgot to send Origin: <baseURL>.
    #[api(status = 403, message = "Missing or null Origin")]
    MissingOrNullOrigin,

    /// Wrong password.
    #[api(status = 401, message = "Invalid credentials")]
    InvalidCredentials,

    /// Sign-in for an unregistered email.
    #[api(status = 404, message = "User not found")]
    UserNotFound,

    /// Sign-up for an existing email.
    #[api(status = 422, message = "User already exists.")]
    UserAlreadyExists,

    /// API key verify on a missing or revoked key.
    #[api(status = 401, message = "Invalid token")]
    InvalidToken,

    /// Tried to mint a key while authenticated as a key (sessions only).
    #[api(
        status = 401,
        message = "The reference id from the API key is invalid."
    )]
    InvalidReferenceIdFromApiKey,
}

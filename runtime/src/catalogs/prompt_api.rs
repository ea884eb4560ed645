//! The prompt service's public API and SDK error codes (seed `001_75d1282e89e4cd34.txt`).
//!
//! "Every error response uses the shape `{ error: { code, message } }`": the body carries
//! exactly those two members ([`PromptApiShape`]). The recovery text is the catalog's hint
//! (in docs, and filled in by [`decode`](crate::decode()) from the catalog), not a body
//! member; the request id travels in the `x-request-id` header.
//!
//! ```
//! use errcat::Envelope;
//! use errcat::catalogs::prompt_api::PromptApiError;
//!
//! let body = Envelope::new(&PromptApiError::NotFound).with_id("req-1").to_json_vec();
//! assert_eq!(body, br#"{"error":{"code":"NOT_FOUND","message":"prompt or version not found"}}"#);
//! ```
//!
//! Retrying, as the document states it: 429 with exponential backoff honouring
//! `Retry-After`; 5xx with exponential backoff and jitter, at most 3 retries; any other
//! 4xx never (the request is malformed). The document gives no fixed delay, so no entry
//! has a `retry_after`.

use crate::ApiError;
use crate::format::Format;
use crate::integrations::{FrameworkError, FromFrameworkError};
use errcat_core::shape::{JSON, Key, Layout, Member, Part, Rule};

/// The public API's envelope: `{"error":{"code":C,"message":M,...details}}`, nothing
/// else (no hint, no id: the document's shape has neither). A reader is lenient: a server
/// that adds a hint or an id is still read.
#[derive(Debug, Clone, Copy, Default)]
pub struct PromptApiShape;

static PROMPT_API: Layout = Layout {
    name: "nested (code, message)",
    content_type: JSON,
    members: &[Member::object(
        "error",
        &[
            Member::required("code", Part::Code),
            Member::required("message", Part::Message),
            Member::read_only("hint", Part::Hint),
            Member::Details,
            Member::Field {
                key: Key::IdField,
                part: Part::Id,
                rule: Rule::ReadOnly,
            },
        ],
    )],
};

impl Format for PromptApiShape {
    fn layout(&self) -> Option<&'static Layout> {
        Some(&PROMPT_API)
    }
}

/// Every error code the prompt service's public API returns. The document names no fix
/// side and no categories; its "Meaning" column is each variant's description and its
/// "Recovery" column the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ApiError)]
#[api(
crate = crate,
display,
format = PromptApiShape, catalog = "prompt_api", domain = "prompt-api")]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum PromptApiError {
    /// Query param or body failed validation (e.g. non-UUID id, bad page).
    #[api(
        status = 400,
        message = "invalid request parameter",
        hint = "Fix the request shape per the message."
    )]
    InvalidParam,

    /// Missing/malformed Authorization header, revoked key, or the key's owner requires a
    /// password reset.
    #[api(
        status = 401,
        message = "missing or invalid API key",
        hint = "Set a valid Bearer token. If your account requires password reset, log in to the web app first."
    )]
    Unauthorized,

    /// The workspace's subscription has an active chargeback dispute. All API calls are
    /// blocked until resolved.
    #[api(
        status = 402,
        message = "workspace blocked: subscription payment disputed",
        hint = "Resolve the dispute in the Stripe Customer Portal, then retry."
    )]
    Disputed,

    /// The workspace's subscription is past-due or over its limit. API calls are blocked
    /// until payment is updated.
    #[api(
        status = 402,
        message = "workspace blocked: subscription past due",
        hint = "Open the billing page and update the payment method."
    )]
    PastDue,

    /// The workspace is on Free tier. Free does not include public API access.
    #[api(
        status = 403,
        message = "the Free tier does not include public API access",
        hint = "Upgrade the workspace to Solo or higher (/billing)."
    )]
    ApiNotAllowed,

    /// Prompt / version not found, or in a workspace the key can't see.
    #[api(
        status = 404,
        message = "prompt or version not found",
        hint = "Verify the id; check the key's active workspace."
    )]
    NotFound,

    /// Per-minute per-key or global rate limit exceeded.
    #[api(
        status = 429,
        message = "rate limit exceeded",
        hint = "Back off per the Retry-After header."
    )]
    RateLimited,

    /// Unexpected server error.
    #[api(
        status = 500,
        message = "internal error",
        hint = "Log the request id from x-request-id and contact support."
    )]
    InternalError,
}

/// The prompt API's codes for framework errors.
///
/// | framework error | code |
/// |---|---|
/// | unknown route, wrong method | `NOT_FOUND` |
/// | bad path parameter ("non-UUID id"), bad query ("bad page"), malformed JSON, no JSON `Content-Type`, oversized body, input a validator refused | `INVALID_PARAM` |
/// | panic | `INTERNAL_ERROR` |
///
/// ```
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// let err = PromptApiError::from_framework_error(&FrameworkError::PayloadTooLarge);
/// assert_eq!(err, PromptApiError::InvalidParam);
/// ```
impl FromFrameworkError for PromptApiError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        match err {
            FrameworkError::RouteNotFound { .. } | FrameworkError::MethodNotAllowed { .. } => {
                PromptApiError::NotFound
            }
            FrameworkError::Panic => PromptApiError::InternalError,
            _ => PromptApiError::InvalidParam,
        }
    }
}

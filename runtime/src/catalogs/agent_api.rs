//! The agent platform's API error codes (seed `003_aca872f5ac2376f2.txt`).
//!
//! Bodies are `flat` with the status echoed under `statusCode`, as the document's "Error
//! Response Format" shows:
//!
//! ```
//! use errcat::Envelope;
//! use errcat::catalogs::agent_api::AgentApiError;
//!
//! let body = Envelope::new(&AgentApiError::TokenExpired).to_json_vec();
//! assert_eq!(
//!     body,
//!     br#"{"error":"The JWT has expired","code":"TOKEN_EXPIRED","statusCode":401}"#
//! );
//! ```
//!
//! The document's "Description" column is what its `error` member carries ("Human-readable
//! error description"), so it is each variant's doc comment, description and message at
//! once; the "Resolution" column is the hint. The document names no fix side. Retry
//! guidance with a number: `OUTGOING_RATE_LIMITED` ("Wait 60 seconds before retrying").

use crate::integrations::{FrameworkError, FromFrameworkError};
use crate::{ApiError, Violations};

/// Every error code of the agent platform's API, under the document's headings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ApiError)]
#[api(
crate = crate,
display,
format = "flat", catalog = "agent_api",
    domain = "agent-api", status_field = "statusCode")]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum AgentApiError {
    // ---- Authentication Errors ----
    /// No valid authentication token provided
    #[api(
        status = 401,
        category = "Authentication Errors",
        hint = "Sign in again; the JWT may have expired"
    )]
    Unauthorized,

    /// The JWT has expired
    #[api(
        status = 401,
        category = "Authentication Errors",
        hint = "Refresh the page to obtain a new token"
    )]
    TokenExpired,

    /// The JWT has been revoked (logout from another device)
    #[api(
        status = 401,
        category = "Authentication Errors",
        hint = "Sign in again"
    )]
    TokenRevoked,

    /// The token is malformed or invalid
    #[api(
        status = 401,
        category = "Authentication Errors",
        hint = "Clear cookies and sign in again"
    )]
    InvalidToken,

    /// The endpoint requires admin privileges
    #[api(
        status = 403,
        category = "Authentication Errors",
        hint = "Only admin users can access this endpoint"
    )]
    AdminRequired,

    /// User has not accepted the terms of service
    #[api(
        status = 403,
        category = "Authentication Errors",
        hint = "Call POST /auth/accept-terms first"
    )]
    TermsNotAccepted,

    // ---- Rate Limiting Errors ----
    /// Too many requests in the time window
    #[api(
        status = 429,
        category = "Rate Limiting Errors",
        hint = "Wait and retry; check the Retry-After header"
    )]
    RateLimited,

    /// Too many outgoing tool calls to a site (10/min per domain)
    #[api(
        status = 429,
        category = "Rate Limiting Errors",
        retry_after = 60,
        hint = "Wait 60 seconds before retrying"
    )]
    OutgoingRateLimited,

    // ---- Credit and Billing Errors ----
    /// Insufficient credit balance for the requested operation
    #[api(
        status = 402,
        category = "Credit and Billing Errors",
        hint = "Purchase credits or enable auto top-up on the Billing page"
    )]
    NoCredits,

    /// No payment method on file for a purchase
    #[api(
        status = 402,
        category = "Credit and Billing Errors",
        hint = "Add a card on the Billing page"
    )]
    NoPaymentMethod,

    /// The payment charge was declined
    #[api(
        status = 402,
        category = "Credit and Billing Errors",
        hint = "Check your card details or use a different payment method"
    )]
    PaymentFailed,

    /// Subscription payment is overdue
    #[api(
        status = 402,
        category = "Credit and Billing Errors",
        hint = "Update your payment method on the Billing page"
    )]
    SubscriptionPastDue,

    // ---- Tier and Access Errors ----
    /// The feature requires a higher subscription tier
    #[api(
        status = 403,
        category = "Tier and Access Errors",
        hint = "Upgrade your plan on the Billing page"
    )]
    TierRequired,

    /// You have reached the limit for this feature on your tier (e.g., max agents, max
    /// sites)
    #[api(
        status = 403,
        category = "Tier and Access Errors",
        hint = "Upgrade to a higher tier or remove unused items"
    )]
    FeatureLimitReached,

    /// The operation requires a Team plan workspace
    #[api(
        status = 403,
        category = "Tier and Access Errors",
        hint = "Upgrade to the Team plan"
    )]
    WorkspaceRequired,

    // ---- Session Errors ----
    /// The session token is invalid or expired
    #[api(
        status = 400,
        category = "Session Errors",
        hint = "Create a new session via POST /sessions"
    )]
    InvalidSession,

    /// No session found with the provided token
    #[api(
        status = 404,
        category = "Session Errors",
        hint = "The session may have expired; create a new one"
    )]
    SessionNotFound,

    /// The session has expired
    #[api(
        status = 410,
        category = "Session Errors",
        hint = "Create a new session"
    )]
    SessionExpired,

    // ---- Chat Errors ----
    /// The AI response took too long (90-second timeout)
    #[api(
        status = 504,
        category = "Chat Errors",
        hint = "Try again with a simpler prompt or a faster model"
    )]
    ChatTimeout,

    /// The client disconnected during streaming
    #[api(
        status = 499,
        category = "Chat Errors",
        hint = "No action needed; the partial response is not saved"
    )]
    StreamAborted,

    /// The AI provider returned an error
    #[api(
        status = 502,
        category = "Chat Errors",
        hint = "Try a different model or wait and retry"
    )]
    ModelError,

    /// A tool call to an external site failed
    #[api(
        status = 502,
        category = "Chat Errors",
        hint = "Check the site's status; the tool endpoint may be down"
    )]
    ToolExecutionError,

    // ---- Vault Errors ----
    /// A token for this site already exists in the vault
    #[api(
        status = 409,
        category = "Vault Errors",
        hint = "Use PATCH to update the existing token, or delete it first"
    )]
    TokenExists,

    /// Maximum sites in vault reached for your tier
    #[api(
        status = 403,
        category = "Vault Errors",
        hint = "Remove unused sites or upgrade your plan"
    )]
    VaultLimitReached,

    /// Could not fetch the manifest from the site URL
    #[api(
        status = 404,
        category = "Vault Errors",
        hint = "Verify the URL is correct and the manifest is published"
    )]
    ManifestNotFound,

    /// The manifest JSON is malformed or missing required fields
    #[api(
        status = 422,
        category = "Vault Errors",
        hint = "Fix the manifest; see the Manifest Format reference"
    )]
    ManifestInvalid,

    // ---- Agent Errors ----
    /// No agent found with the provided ID
    #[api(status = 404, category = "Agent Errors", hint = "Check the agent ID")]
    AgentNotFound,

    /// Maximum agents reached for your tier
    #[api(
        status = 403,
        category = "Agent Errors",
        hint = "Delete unused agents or upgrade"
    )]
    AgentLimitReached,

    /// No run found with the provided ID
    #[api(status = 404, category = "Agent Errors", hint = "Check the run ID")]
    RunNotFound,

    /// The run is not in a cancellable state (already completed or failed)
    #[api(status = 400, category = "Agent Errors", hint = "No action needed")]
    RunNotCancellable,

    /// The agent already has an active run
    #[api(
        status = 409,
        category = "Agent Errors",
        hint = "Wait for the current run to finish"
    )]
    AgentAlreadyRunning,

    // ---- Webhook Errors ----
    /// The X-Webhook-Secret header does not match
    #[api(
        status = 401,
        category = "Webhook Errors",
        hint = "Verify the webhook secret in the agent configuration"
    )]
    WebhookSecretInvalid,

    /// The request body does not match the webhook schema
    #[api(
        status = 422,
        category = "Webhook Errors",
        hint = "Check the payload format against the agent's webhook schema"
    )]
    WebhookPayloadInvalid,

    // ---- Validation Errors ----
    /// Request body failed Zod schema validation
    #[api(
        status = 400,
        category = "Validation Errors",
        hint = "Check the error details for which fields are invalid"
    )]
    ValidationError {
        /// Which fields are invalid, as Zod issues under `details`.
        #[api(violations = "details")]
        details: Violations,
    },

    /// A provided URL is not valid
    #[api(
        status = 400,
        category = "Validation Errors",
        hint = "Ensure URLs include the protocol (https://)"
    )]
    InvalidUrl,

    /// The requested resource does not exist
    #[api(
        status = 404,
        category = "Validation Errors",
        hint = "Check the ID or path"
    )]
    NotFound,

    // ---- Workspace Errors ----
    /// No workspace found with the provided ID
    #[api(
        status = 404,
        category = "Workspace Errors",
        hint = "Check the workspace ID"
    )]
    WorkspaceNotFound,

    /// You do not have the required permission in this workspace
    #[api(
        status = 403,
        category = "Workspace Errors",
        hint = "Contact the workspace admin for access"
    )]
    PermissionDenied,

    /// The user is not a member of this workspace
    #[api(
        status = 404,
        category = "Workspace Errors",
        hint = "Invite them first"
    )]
    MemberNotFound,

    /// Cannot change the owner's role
    #[api(
        status = 403,
        category = "Workspace Errors",
        hint = "Ownership transfer is not supported via this endpoint"
    )]
    RoleChangeForbidden,
}

/// The agent platform's codes for framework errors.
///
/// | framework error | code |
/// |---|---|
/// | unknown route, wrong method, bad path parameter | `NOT_FOUND` ("Check the ID or path") |
/// | malformed JSON, no JSON `Content-Type`, oversized body, bad query string, input a validator refused | `VALIDATION_ERROR` with the violations as Zod issues under `details` |
/// | panic | `MODEL_ERROR`: the document names no code for an internal failure; its 502 and "wait and retry" are what a client should do |
///
/// ```
/// use errcat::catalogs::agent_api::AgentApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// let err = AgentApiError::from_framework_error(&FrameworkError::MethodNotAllowed {
///     method: "PUT",
///     path: "/agents",
/// });
/// assert_eq!(err, AgentApiError::NotFound);
/// ```
impl FromFrameworkError for AgentApiError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        let invalid = |details: &Violations| AgentApiError::ValidationError {
            details: details.clone(),
        };
        match *err {
            FrameworkError::RouteNotFound { .. }
            | FrameworkError::MethodNotAllowed { .. }
            | FrameworkError::BadPath { .. } => AgentApiError::NotFound,
            FrameworkError::PayloadTooLarge | FrameworkError::UnsupportedMediaType => {
                invalid(&Violations::new())
            }
            FrameworkError::BadJson(input) | FrameworkError::BadQuery(input) => {
                invalid(input.violations)
            }
            FrameworkError::InvalidInput(input) => invalid(input.violations),
            FrameworkError::Panic => AgentApiError::ModelError,
        }
    }
}

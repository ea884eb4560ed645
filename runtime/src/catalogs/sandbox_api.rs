//! The sandbox platform's API error codes (seed `002_29bc2990efa1ce26.txt`).
//!
//! Bodies are `flat` (the document's `ErrorResponse`): a human-readable `error` message,
//! the stable `code`, and the `request_id` for support correlation.
//!
//! ```
//! use errcat::Envelope;
//! use errcat::catalogs::sandbox_api::SandboxApiError;
//!
//! let body = Envelope::new(&SandboxApiError::SandboxNotFound).with_id("req_42").to_json_vec();
//! assert_eq!(
//!     body,
//!     br#"{"error":"sandbox not found","code":"sandbox_not_found","request_id":"req_42"}"#
//! );
//! ```
//!
//! The document gives no HTTP status for any code ("the code list itself is the
//! contract"), so every status here is errcat's choice of the conventional one, marked
//! inferred (`status_documented` is `false`). It names no fix side and no remediation:
//! entries have neither. Descriptions are the document's own (which it says are
//! auto-generated from the code identifiers); messages are errcat's.
//!
//! Not modelled: the optional `error_detail` and `build_id` members, which the document
//! mentions without saying which codes carry them; a decoder keeps them in
//! [`Decoded::details`](crate::Decoded::details).

use crate::ApiError;
use crate::integrations::{FrameworkError, FromFrameworkError};

/// Every error code of the sandbox platform's API, snake_case as published (and
/// `QUOTA_EXCEEDED`, upper case, as published too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ApiError)]
#[api(
    crate = crate,
    display,
    format = "flat",
    rename_all = "snake_case",
    catalog = "sandbox_api",
    domain = "sandbox-api",
    status_inferred
)]
// A catalog grows: new codes are not a breaking change for code that matches on it.
#[non_exhaustive]
pub enum SandboxApiError {
    // ---- Authentication And Accounts ----
    /// Unauthorized.
    #[api(
        status = 401,
        category = "Authentication And Accounts",
        message = "authentication required"
    )]
    Unauthorized,

    /// The auth operation failed.
    #[api(
        status = 401,
        category = "Authentication And Accounts",
        message = "authentication failed"
    )]
    AuthFailed,

    /// Auth locked.
    #[api(
        status = 403,
        category = "Authentication And Accounts",
        message = "authentication is locked for this account"
    )]
    AuthLocked,

    /// An auth proxy error occurred.
    #[api(
        status = 502,
        category = "Authentication And Accounts",
        message = "the auth proxy returned an error"
    )]
    AuthProxyError,

    /// The auth proxy is currently unavailable; retry later.
    #[api(
        status = 503,
        category = "Authentication And Accounts",
        message = "the auth proxy is unavailable; retry later"
    )]
    AuthProxyUnavailable,

    /// Invalid auth redirect.
    #[api(
        status = 400,
        category = "Authentication And Accounts",
        message = "invalid auth redirect"
    )]
    InvalidAuthRedirect,

    /// Invalid oauth provider.
    #[api(
        status = 400,
        category = "Authentication And Accounts",
        message = "unknown or unsupported OAuth provider"
    )]
    InvalidOauthProvider,

    /// Captcha required.
    #[api(
        status = 403,
        category = "Authentication And Accounts",
        message = "a captcha is required"
    )]
    CaptchaRequired,

    /// The captcha operation failed.
    #[api(
        status = 400,
        category = "Authentication And Accounts",
        message = "captcha verification failed"
    )]
    CaptchaFailed,

    /// The captcha is currently unavailable; retry later.
    #[api(
        status = 503,
        category = "Authentication And Accounts",
        message = "captcha verification is unavailable; retry later"
    )]
    CaptchaUnavailable,

    /// Disposable email.
    #[api(
        status = 400,
        category = "Authentication And Accounts",
        message = "disposable email addresses are not accepted"
    )]
    DisposableEmail,

    /// Too many signup attempts; retry after the rate-limit window.
    #[api(
        status = 429,
        category = "Authentication And Accounts",
        message = "too many signup attempts; retry later"
    )]
    SignupRateLimited,

    /// Too many oauth attempts; retry after the rate-limit window.
    #[api(
        status = 429,
        category = "Authentication And Accounts",
        message = "too many OAuth attempts; retry later"
    )]
    OauthRateLimited,

    /// Too many email action attempts; retry after the rate-limit window.
    #[api(
        status = 429,
        category = "Authentication And Accounts",
        message = "too many email actions; retry later"
    )]
    EmailActionRateLimited,

    /// Email not verified.
    #[api(
        status = 403,
        category = "Authentication And Accounts",
        message = "email address not verified"
    )]
    EmailNotVerified,

    /// Account deleted.
    #[api(
        status = 410,
        category = "Authentication And Accounts",
        message = "the account has been deleted"
    )]
    AccountDeleted,

    /// Operator required.
    #[api(
        status = 403,
        category = "Authentication And Accounts",
        message = "operator privileges required"
    )]
    OperatorRequired,

    /// The referenced account does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Authentication And Accounts",
        message = "account not found"
    )]
    AccountNotFound,

    /// Account not soft deleted.
    #[api(
        status = 409,
        category = "Authentication And Accounts",
        message = "the account is not soft-deleted"
    )]
    AccountNotSoftDeleted,

    /// Account hard delete active resources.
    #[api(
        status = 409,
        category = "Authentication And Accounts",
        message = "the account still has active resources"
    )]
    AccountHardDeleteActiveResources,

    // ---- Sandboxes And Scheduling ----
    /// The referenced sandbox does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Sandboxes And Scheduling",
        message = "sandbox not found"
    )]
    SandboxNotFound,

    /// Sandbox not ready.
    #[api(
        status = 409,
        category = "Sandboxes And Scheduling",
        message = "sandbox is not ready"
    )]
    SandboxNotReady,

    /// The request exceeds the capacity limit.
    #[api(
        status = 503,
        category = "Sandboxes And Scheduling",
        message = "capacity exceeded"
    )]
    CapacityExceeded,

    /// No eligible runtime host.
    #[api(
        status = 503,
        category = "Sandboxes And Scheduling",
        message = "no eligible runtime host"
    )]
    NoEligibleRuntimeHost,

    /// Same host required.
    #[api(
        status = 409,
        category = "Sandboxes And Scheduling",
        message = "the resources must be on the same host"
    )]
    SameHostRequired,

    /// Transition in progress.
    #[api(
        status = 409,
        category = "Sandboxes And Scheduling",
        message = "a state transition is in progress"
    )]
    TransitionInProgress,

    /// The request conflicts with the current transition state.
    #[api(
        status = 409,
        category = "Sandboxes And Scheduling",
        message = "the request conflicts with the current transition"
    )]
    TransitionConflict,

    // ---- Snapshots ----
    /// The referenced snapshot does not exist or is not visible to the caller.
    #[api(status = 404, category = "Snapshots", message = "snapshot not found")]
    SnapshotNotFound,

    /// Snapshot in use.
    #[api(status = 409, category = "Snapshots", message = "snapshot is in use")]
    SnapshotInUse,

    /// Incompatible snapshot.
    #[api(
        status = 422,
        category = "Snapshots",
        message = "incompatible snapshot"
    )]
    IncompatibleSnapshot,

    /// Rebuild required.
    #[api(
        status = 409,
        category = "Snapshots",
        message = "a rebuild is required"
    )]
    RebuildRequired,

    // ---- Templates And Builds ----
    /// The referenced template does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Templates And Builds",
        message = "template not found"
    )]
    TemplateNotFound,

    /// The referenced template build does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Templates And Builds",
        message = "template build not found"
    )]
    TemplateBuildNotFound,

    /// The referenced template name claim does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Templates And Builds",
        message = "template name claim not found"
    )]
    TemplateNameClaimNotFound,

    /// A build error occurred.
    #[api(
        status = 500,
        category = "Templates And Builds",
        message = "template build failed"
    )]
    BuildError,

    // ---- Agent Deployments ----
    /// The referenced agent deployment does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Agent Deployments",
        message = "agent deployment not found"
    )]
    AgentDeploymentNotFound,

    /// The referenced agent deployment version does not exist or is not visible to the
    /// caller.
    #[api(
        status = 404,
        category = "Agent Deployments",
        message = "agent deployment version not found"
    )]
    AgentDeploymentVersionNotFound,

    /// The referenced agent run does not exist or is not visible to the caller.
    #[api(
        status = 404,
        category = "Agent Deployments",
        message = "agent run not found"
    )]
    AgentRunNotFound,

    /// The referenced agent service instance does not exist or is not visible to the
    /// caller.
    #[api(
        status = 404,
        category = "Agent Deployments",
        message = "agent service instance not found"
    )]
    AgentServiceInstanceNotFound,

    /// The request conflicts with the current agent deployment name state.
    #[api(
        status = 409,
        category = "Agent Deployments",
        message = "an agent deployment with that name already exists"
    )]
    AgentDeploymentNameConflict,

    /// Agent deployment idempotency mismatch.
    #[api(
        status = 422,
        category = "Agent Deployments",
        message = "idempotency key reused with a different request"
    )]
    AgentDeploymentIdempotencyMismatch,

    /// Agent deployment invalid config.
    #[api(
        status = 400,
        category = "Agent Deployments",
        message = "invalid agent deployment config"
    )]
    AgentDeploymentInvalidConfig,

    /// Agent deployment invalid state.
    #[api(
        status = 409,
        category = "Agent Deployments",
        message = "the agent deployment is in an invalid state for this request"
    )]
    AgentDeploymentInvalidState,

    // ---- Volumes ----
    /// Volume beta restriction.
    #[api(
        status = 403,
        category = "Volumes",
        message = "volumes are restricted during the beta"
    )]
    VolumeBetaRestriction,

    /// Volume invalid mount path.
    #[api(
        status = 400,
        category = "Volumes",
        message = "invalid volume mount path"
    )]
    VolumeInvalidMountPath,

    /// Volume overlapping mounts.
    #[api(status = 400, category = "Volumes", message = "volume mounts overlap")]
    VolumeOverlappingMounts,

    /// Volume backend capability unsupported.
    #[api(
        status = 400,
        category = "Volumes",
        message = "the volume backend does not support this capability"
    )]
    VolumeBackendCapabilityUnsupported,

    /// The request exceeds the volume quota limit.
    #[api(status = 403, category = "Volumes", message = "volume quota exceeded")]
    VolumeQuotaExceeded,

    /// The volume mount credential issue operation failed.
    #[api(
        status = 500,
        category = "Volumes",
        message = "could not issue volume mount credentials"
    )]
    VolumeMountCredentialIssueFailed,

    /// The volume backend is currently unavailable; retry later.
    #[api(
        status = 503,
        category = "Volumes",
        message = "the volume backend is unavailable; retry later"
    )]
    VolumeBackendUnavailable,

    /// Volume stale revision.
    #[api(status = 409, category = "Volumes", message = "stale volume revision")]
    VolumeStaleRevision,

    /// Volume busy.
    #[api(status = 409, category = "Volumes", message = "volume is busy")]
    VolumeBusy,

    /// Volume read only.
    #[api(status = 409, category = "Volumes", message = "volume is read-only")]
    VolumeReadOnly,

    /// The request exceeds the volume limit.
    #[api(status = 403, category = "Volumes", message = "volume limit exceeded")]
    VolumeLimitExceeded,

    // ---- Execution And Files ----
    /// A file upload error occurred.
    #[api(
        status = 500,
        category = "Execution And Files",
        message = "file upload failed"
    )]
    FileUploadError,

    /// The exec operation timed out.
    #[api(
        status = 504,
        category = "Execution And Files",
        message = "command execution timed out"
    )]
    ExecTimeout,

    /// The exec operation failed.
    #[api(
        status = 500,
        category = "Execution And Files",
        message = "command execution failed"
    )]
    ExecFailed,

    /// A file error occurred.
    #[api(
        status = 500,
        category = "Execution And Files",
        message = "file operation failed"
    )]
    FileError,

    // ---- Quotas And Rate Limits ----
    /// The request exceeds the quota limit.
    #[api(
        code = "QUOTA_EXCEEDED",
        status = 429,
        category = "Quotas And Rate Limits",
        message = "quota exceeded"
    )]
    QuotaExceeded,

    /// The request hit a rate limit; respect Retry-After before retrying.
    #[api(
        status = 429,
        category = "Quotas And Rate Limits",
        message = "rate limit exceeded; respect Retry-After"
    )]
    RateLimitExceeded,

    // ---- General ----
    /// Invalid request.
    #[api(status = 400, category = "General", message = "invalid request")]
    InvalidRequest,

    /// A database error occurred.
    #[api(status = 500, category = "General", message = "database error")]
    DatabaseError,

    /// Not implemented.
    #[api(status = 501, category = "General", message = "not implemented")]
    NotImplemented,

    /// The feature is currently unavailable; retry later.
    #[api(
        status = 503,
        category = "General",
        message = "feature unavailable; retry later"
    )]
    FeatureUnavailable,

    /// An internal error occurred.
    #[api(status = 500, category = "General", message = "internal error")]
    InternalError,
}

/// The sandbox platform's codes for framework errors: it has no code for an unknown
/// route, so every refusal of the request is `invalid_request`.
///
/// | framework error | code |
/// |---|---|
/// | unknown route, wrong method, oversized body, no JSON `Content-Type`, malformed JSON, bad path or query, input a validator refused | `invalid_request` |
/// | panic | `internal_error` |
///
/// ```
/// use errcat::catalogs::sandbox_api::SandboxApiError;
/// use errcat::integrations::{FrameworkError, FromFrameworkError};
///
/// let err = SandboxApiError::from_framework_error(&FrameworkError::Panic);
/// assert_eq!(err, SandboxApiError::InternalError);
/// ```
impl FromFrameworkError for SandboxApiError {
    fn from_framework_error(err: &FrameworkError<'_>) -> Self {
        match err {
            FrameworkError::Panic => SandboxApiError::InternalError,
            _ => SandboxApiError::InvalidRequest,
        }
    }
}

//! The prebuilt catalogs against their seed documents: every code, status, fix side,
//! category, description and remediation; exact bodies in each seed's shape; codes back
//! to types; the JSON export; and a property test that every code survives serialize →
//! decode, its body valid against the JSON Schema errcat publishes for it.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use errcat::catalogs::agent_api::{AgentApiError, AgentApiErrorCode};
use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
use errcat::catalogs::prompt_api::PromptApiError;
use errcat::catalogs::sandbox_api::SandboxApiError;
use errcat::catalogs::workflow_api::{WorkflowApiError, WorkflowApiErrorCode, WorkflowAuthError};
use errcat::openapi::{self, Responses};
use errcat::{ApiError, Catalog, Code, Envelope, ErrorCode, FieldPath, Fix, Violation, Violations};
use proptest::prelude::*;
use serde_json::{Value, json};

/// One code as its document states it. `status` 0: the document gives none.
struct Row {
    code: &'static str,
    status: u16,
    fix: &'static [&'static str],
    category: Option<&'static str>,
    description: &'static str,
    /// The remediation / recovery / resolution / caller-action text, where the document
    /// has that column (for `CP_PROJECT_NOT_FOUND`: the hint of the document's example
    /// body; its table text is the description).
    hint: Option<&'static str>,
}

/// Transcribed from the seed document.
const CONTROL_PLANE: &[Row] = &[
    Row {
        code: "CP_UNAUTHENTICATED",
        status: 401,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "Send Authorization: Bearer <skl_…> (or sllm_… for the LLM gateway). Sessions and bootstrap tokens both work where listed.",
        hint: Some(
            "Send Authorization: Bearer <skl_…> (or sllm_… for the LLM gateway). Sessions and bootstrap tokens both work where listed.",
        ),
    },
    Row {
        code: "CP_INVALID_KEY",
        status: 401,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "The Bearer doesn't match the expected shape (skl_<hex> or sllm_<hex>). Check for whitespace + truncation.",
        hint: Some(
            "The Bearer doesn't match the expected shape (skl_<hex> or sllm_<hex>). Check for whitespace + truncation.",
        ),
    },
    Row {
        code: "CP_LLM_KEY_INVALID",
        status: 401,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "The sllm_ key has been revoked or doesn't exist. Mint a fresh one via POST /v1/llm-keys.",
        hint: Some(
            "The sllm_ key has been revoked or doesn't exist. Mint a fresh one via POST /v1/llm-keys.",
        ),
    },
    Row {
        code: "CP_INVALID_CREDENTIALS",
        status: 401,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "Email/password on /login don't match. Re-check the credentials.",
        hint: Some("Email/password on /login don't match. Re-check the credentials."),
    },
    Row {
        code: "CP_WEAK_PASSWORD",
        status: 400,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "Sign-up password doesn't meet the 8+ character minimum.",
        hint: Some("Sign-up password doesn't meet the 8+ character minimum."),
    },
    Row {
        code: "CP_USER_NOT_IN_ORG",
        status: 403,
        fix: &["caller"],
        category: Some("Authentication & authorization"),
        description: "The Bearer is valid but the caller isn't a member of the requested org. Either pass the right slug or have the org owner invite you.",
        hint: Some(
            "The Bearer is valid but the caller isn't a member of the requested org. Either pass the right slug or have the org owner invite you.",
        ),
    },
    Row {
        code: "CP_ROUTE_NOT_FOUND",
        status: 404,
        fix: &["caller"],
        category: Some("Not found / wrong state"),
        description: "No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.",
        hint: Some(
            "No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.",
        ),
    },
    Row {
        code: "CP_METHOD_NOT_ALLOWED",
        status: 405,
        fix: &["caller"],
        category: Some("Not found / wrong state"),
        description: "The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz only accepts GET. Check the route's allowed methods in API reference.",
        hint: Some(
            "The path exists but the HTTP method doesn't. e.g. DELETE /v1/healthz when healthz only accepts GET. Check the route's allowed methods in API reference.",
        ),
    },
    Row {
        code: "CP_PROJECT_NOT_FOUND",
        status: 404,
        fix: &["caller", "state"],
        category: Some("Not found / wrong state"),
        description: "No active wok with that id in this org. Note: cross-org access deliberately returns 404 not 403, to avoid enumeration. Verify via GET /v1/woks.",
        hint: Some("verify the wok_id and that it belongs to your org"),
    },
    Row {
        code: "CP_ORG_NOT_FOUND",
        status: 404,
        fix: &["caller"],
        category: Some("Not found / wrong state"),
        description: "No org with that slug. Slugs are case-sensitive.",
        hint: Some("No org with that slug. Slugs are case-sensitive."),
    },
    Row {
        code: "CP_NOT_ACTIVE",
        status: 409,
        fix: &["state"],
        category: Some("Not found / wrong state"),
        description: "The wok is destroyed (terminal). Provision a fresh one via POST /v1/woks.",
        hint: Some("The wok is destroyed (terminal). Provision a fresh one via POST /v1/woks."),
    },
    Row {
        code: "CP_STATUS_STALE",
        status: 503,
        fix: &["state"],
        category: Some("Not found / wrong state"),
        description: "The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s.",
        hint: Some("The wok status row hasn't been refreshed by the reconciler yet. Retry in 5s."),
    },
    Row {
        code: "CP_FUNCTION_NOT_FOUND",
        status: 404,
        fix: &["caller", "state"],
        category: Some("Not found / wrong state"),
        description: "No function with that name on the wok. List via GET /v1/woks/{id}/functions.",
        hint: Some("No function with that name on the wok. List via GET /v1/woks/{id}/functions."),
    },
    Row {
        code: "CP_TRIGGER_NOT_FOUND",
        status: 404,
        fix: &["caller"],
        category: Some("Not found / wrong state"),
        description: "No installed trigger with that name. List via GET /v1/woks/{id}/triggers.",
        hint: Some("No installed trigger with that name. List via GET /v1/woks/{id}/triggers."),
    },
    Row {
        code: "CP_BAD_JSON",
        status: 400,
        fix: &["caller"],
        category: Some("Validation"),
        description: "Request body isn't valid JSON, or required fields are missing. The message names the field.",
        hint: Some(
            "Request body isn't valid JSON, or required fields are missing. The message names the field.",
        ),
    },
    Row {
        code: "CP_INVALID_NAME",
        status: 400,
        fix: &["caller"],
        category: Some("Validation"),
        description: "Identifier doesn't match the expected regex (e.g. wok ids ^[a-z][a-z0-9]{0,30}$, env-var names ^[A-Z][A-Z0-9_]{0,63}$). The message spells out the actual regex.",
        hint: Some(
            "Identifier doesn't match the expected regex (e.g. wok ids ^[a-z][a-z0-9]{0,30}$, env-var names ^[A-Z][A-Z0-9_]{0,63}$). The message spells out the actual regex.",
        ),
    },
    Row {
        code: "CP_INVALID_BODY",
        status: 400,
        fix: &["caller"],
        category: Some("Validation"),
        description: "JSON-valid but semantically wrong (e.g. bulk-env with both vars and dotenv, or cron expression that doesn't parse).",
        hint: Some(
            "JSON-valid but semantically wrong (e.g. bulk-env with both vars and dotenv, or cron expression that doesn't parse).",
        ),
    },
    Row {
        code: "CP_BULK_TOO_LARGE",
        status: 413,
        fix: &["caller"],
        category: Some("Validation"),
        description: "Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests.",
        hint: Some(
            "Batch exceeds the per-call cap (200 vars on bulk env). Split into multiple requests.",
        ),
    },
    Row {
        code: "CP_SQL_TOO_LARGE",
        status: 413,
        fix: &["caller"],
        category: Some("Validation"),
        description: "exec_sql body exceeds 1 MiB. Split into smaller migrations.",
        hint: Some("exec_sql body exceeds 1 MiB. Split into smaller migrations."),
    },
    Row {
        code: "CP_LLM_BODY_TOO_LARGE",
        status: 413,
        fix: &["caller"],
        category: Some("Validation"),
        description: "LLM chat-completions body exceeds 1 MiB. Trim history or use a smaller system prompt.",
        hint: Some(
            "LLM chat-completions body exceeds 1 MiB. Trim history or use a smaller system prompt.",
        ),
    },
    Row {
        code: "CP_WOK_QUOTA_EXCEEDED",
        status: 402,
        fix: &["caller"],
        category: Some("Capacity & rate limits"),
        description: "You're at your plan's wok limit. Upgrade via POST /v1/orgs/{slug}/billing/checkout/subscription or delete an unused wok.",
        hint: Some(
            "You're at your plan's wok limit. Upgrade via POST /v1/orgs/{slug}/billing/checkout/subscription or delete an unused wok.",
        ),
    },
    Row {
        code: "CP_LLM_INSUFFICIENT_BALANCE",
        status: 402,
        fix: &["caller"],
        category: Some("Capacity & rate limits"),
        description: "Both prepaid meters (tokens + requests) have hit zero. Top up via POST /v1/llm-keys/{prefix}/topup, or configure BYOK via PUT /v1/orgs/{slug}/llm-byok to pay the upstream directly.",
        hint: Some(
            "Both prepaid meters (tokens + requests) have hit zero. Top up via POST /v1/llm-keys/{prefix}/topup, or configure BYOK via PUT /v1/orgs/{slug}/llm-byok to pay the upstream directly.",
        ),
    },
    Row {
        code: "CP_DB_QUERY_FAILED",
        status: 500,
        fix: &["platform"],
        category: Some("Upstream / platform"),
        description: "The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id.",
        hint: Some(
            "The cp's own Postgres returned an error. Check GET /v1/diag for the cp_db subsystem; file a ticket with correlation_id.",
        ),
    },
    Row {
        code: "CP_DUMP_DB_NOT_READY",
        status: 503,
        fix: &["state"],
        category: Some("Upstream / platform"),
        description: "Wok's db container hasn't finished provisioning. Retry in 5–10s.",
        hint: Some("Wok's db container hasn't finished provisioning. Retry in 5–10s."),
    },
    Row {
        code: "CP_EXEC_SQL_FAILED",
        status: 502,
        fix: &["state"],
        category: Some("Upstream / platform"),
        description: "The docker-exec call into the wok's db container failed (often because it's restarting). Retry; if persistent, hit /diag/wok/{id}.",
        hint: Some(
            "The docker-exec call into the wok's db container failed (often because it's restarting). Retry; if persistent, hit /diag/wok/{id}.",
        ),
    },
    Row {
        code: "CP_LLM_UPSTREAM_FAILED",
        status: 502,
        fix: &["platform", "byok"],
        category: Some("Upstream / platform"),
        description: "The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx or timed out. Check upstream status; the X-LLM-Source response header tells you which side answered.",
        hint: Some(
            "The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx or timed out. Check upstream status; the X-LLM-Source response header tells you which side answered.",
        ),
    },
    Row {
        code: "CP_EMAIL_UPSTREAM_FAILED",
        status: 502,
        fix: &["platform"],
        category: Some("Upstream / platform"),
        description: "The Resend API call failed. The message echoes Resend's status. Common cause: the sending domain hasn't been verified yet.",
        hint: Some(
            "The Resend API call failed. The message echoes Resend's status. Common cause: the sending domain hasn't been verified yet.",
        ),
    },
    Row {
        code: "CP_DOMAIN_UPSTREAM_FAILED",
        status: 502,
        fix: &["platform"],
        category: Some("Upstream / platform"),
        description: "Cloudflare Registrar or DNS API call failed. The message echoes CF's response.",
        hint: Some(
            "Cloudflare Registrar or DNS API call failed. The message echoes CF's response.",
        ),
    },
    Row {
        code: "CP_FUNCTIONS_NOT_ENABLED",
        status: 503,
        fix: &["state"],
        category: Some("Upstream / platform"),
        description: "This wok was provisioned before functions shipped and has no functions_port allocated. The reconciler heals this on its next sweep, or call POST /v1/woks/{id}/restart to force it.",
        hint: Some(
            "This wok was provisioned before functions shipped and has no functions_port allocated. The reconciler heals this on its next sweep, or call POST /v1/woks/{id}/restart to force it.",
        ),
    },
];

/// Transcribed from the seed document.
const PROMPT_API: &[Row] = &[
    Row {
        code: "INVALID_PARAM",
        status: 400,
        fix: &[],
        category: None,
        description: "Query param or body failed validation (e.g. non-UUID id, bad page).",
        hint: Some("Fix the request shape per the message."),
    },
    Row {
        code: "UNAUTHORIZED",
        status: 401,
        fix: &[],
        category: None,
        description: "Missing/malformed Authorization header, revoked key, or the key's owner requires a password reset.",
        hint: Some(
            "Set a valid Bearer token. If your account requires password reset, log in to the web app first.",
        ),
    },
    Row {
        code: "DISPUTED",
        status: 402,
        fix: &[],
        category: None,
        description: "The workspace's subscription has an active chargeback dispute. All API calls are blocked until resolved.",
        hint: Some("Resolve the dispute in the Stripe Customer Portal, then retry."),
    },
    Row {
        code: "PAST_DUE",
        status: 402,
        fix: &[],
        category: None,
        description: "The workspace's subscription is past-due or over its limit. API calls are blocked until payment is updated.",
        hint: Some("Open the billing page and update the payment method."),
    },
    Row {
        code: "API_NOT_ALLOWED",
        status: 403,
        fix: &[],
        category: None,
        description: "The workspace is on Free tier. Free does not include public API access.",
        hint: Some("Upgrade the workspace to Solo or higher (/billing)."),
    },
    Row {
        code: "NOT_FOUND",
        status: 404,
        fix: &[],
        category: None,
        description: "Prompt / version not found, or in a workspace the key can't see.",
        hint: Some("Verify the id; check the key's active workspace."),
    },
    Row {
        code: "RATE_LIMITED",
        status: 429,
        fix: &[],
        category: None,
        description: "Per-minute per-key or global rate limit exceeded.",
        hint: Some("Back off per the Retry-After header."),
    },
    Row {
        code: "INTERNAL_ERROR",
        status: 500,
        fix: &[],
        category: None,
        description: "Unexpected server error.",
        hint: Some("Log the request id from x-request-id and contact support."),
    },
];

/// Transcribed from the seed document.
const SANDBOX_API: &[Row] = &[
    Row {
        code: "unauthorized",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Unauthorized.",
        hint: None,
    },
    Row {
        code: "auth_failed",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "The auth operation failed.",
        hint: None,
    },
    Row {
        code: "auth_locked",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Auth locked.",
        hint: None,
    },
    Row {
        code: "auth_proxy_error",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "An auth proxy error occurred.",
        hint: None,
    },
    Row {
        code: "auth_proxy_unavailable",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "The auth proxy is currently unavailable; retry later.",
        hint: None,
    },
    Row {
        code: "invalid_auth_redirect",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Invalid auth redirect.",
        hint: None,
    },
    Row {
        code: "invalid_oauth_provider",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Invalid oauth provider.",
        hint: None,
    },
    Row {
        code: "captcha_required",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Captcha required.",
        hint: None,
    },
    Row {
        code: "captcha_failed",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "The captcha operation failed.",
        hint: None,
    },
    Row {
        code: "captcha_unavailable",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "The captcha is currently unavailable; retry later.",
        hint: None,
    },
    Row {
        code: "disposable_email",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Disposable email.",
        hint: None,
    },
    Row {
        code: "signup_rate_limited",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Too many signup attempts; retry after the rate-limit window.",
        hint: None,
    },
    Row {
        code: "oauth_rate_limited",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Too many oauth attempts; retry after the rate-limit window.",
        hint: None,
    },
    Row {
        code: "email_action_rate_limited",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Too many email action attempts; retry after the rate-limit window.",
        hint: None,
    },
    Row {
        code: "email_not_verified",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Email not verified.",
        hint: None,
    },
    Row {
        code: "account_deleted",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Account deleted.",
        hint: None,
    },
    Row {
        code: "operator_required",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Operator required.",
        hint: None,
    },
    Row {
        code: "account_not_found",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "The referenced account does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "account_not_soft_deleted",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Account not soft deleted.",
        hint: None,
    },
    Row {
        code: "account_hard_delete_active_resources",
        status: 0,
        fix: &[],
        category: Some("Authentication And Accounts"),
        description: "Account hard delete active resources.",
        hint: None,
    },
    Row {
        code: "sandbox_not_found",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "The referenced sandbox does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "sandbox_not_ready",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "Sandbox not ready.",
        hint: None,
    },
    Row {
        code: "capacity_exceeded",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "The request exceeds the capacity limit.",
        hint: None,
    },
    Row {
        code: "no_eligible_runtime_host",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "No eligible runtime host.",
        hint: None,
    },
    Row {
        code: "same_host_required",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "Same host required.",
        hint: None,
    },
    Row {
        code: "transition_in_progress",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "Transition in progress.",
        hint: None,
    },
    Row {
        code: "transition_conflict",
        status: 0,
        fix: &[],
        category: Some("Sandboxes And Scheduling"),
        description: "The request conflicts with the current transition state.",
        hint: None,
    },
    Row {
        code: "snapshot_not_found",
        status: 0,
        fix: &[],
        category: Some("Snapshots"),
        description: "The referenced snapshot does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "snapshot_in_use",
        status: 0,
        fix: &[],
        category: Some("Snapshots"),
        description: "Snapshot in use.",
        hint: None,
    },
    Row {
        code: "incompatible_snapshot",
        status: 0,
        fix: &[],
        category: Some("Snapshots"),
        description: "Incompatible snapshot.",
        hint: None,
    },
    Row {
        code: "rebuild_required",
        status: 0,
        fix: &[],
        category: Some("Snapshots"),
        description: "Rebuild required.",
        hint: None,
    },
    Row {
        code: "template_not_found",
        status: 0,
        fix: &[],
        category: Some("Templates And Builds"),
        description: "The referenced template does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "template_build_not_found",
        status: 0,
        fix: &[],
        category: Some("Templates And Builds"),
        description: "The referenced template build does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "template_name_claim_not_found",
        status: 0,
        fix: &[],
        category: Some("Templates And Builds"),
        description: "The referenced template name claim does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "build_error",
        status: 0,
        fix: &[],
        category: Some("Templates And Builds"),
        description: "A build error occurred.",
        hint: None,
    },
    Row {
        code: "agent_deployment_not_found",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "The referenced agent deployment does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "agent_deployment_version_not_found",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "The referenced agent deployment version does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "agent_run_not_found",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "The referenced agent run does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "agent_service_instance_not_found",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "The referenced agent service instance does not exist or is not visible to the caller.",
        hint: None,
    },
    Row {
        code: "agent_deployment_name_conflict",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "The request conflicts with the current agent deployment name state.",
        hint: None,
    },
    Row {
        code: "agent_deployment_idempotency_mismatch",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "Agent deployment idempotency mismatch.",
        hint: None,
    },
    Row {
        code: "agent_deployment_invalid_config",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "Agent deployment invalid config.",
        hint: None,
    },
    Row {
        code: "agent_deployment_invalid_state",
        status: 0,
        fix: &[],
        category: Some("Agent Deployments"),
        description: "Agent deployment invalid state.",
        hint: None,
    },
    Row {
        code: "volume_beta_restriction",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume beta restriction.",
        hint: None,
    },
    Row {
        code: "volume_invalid_mount_path",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume invalid mount path.",
        hint: None,
    },
    Row {
        code: "volume_overlapping_mounts",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume overlapping mounts.",
        hint: None,
    },
    Row {
        code: "volume_backend_capability_unsupported",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume backend capability unsupported.",
        hint: None,
    },
    Row {
        code: "volume_quota_exceeded",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "The request exceeds the volume quota limit.",
        hint: None,
    },
    Row {
        code: "volume_mount_credential_issue_failed",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "The volume mount credential issue operation failed.",
        hint: None,
    },
    Row {
        code: "volume_backend_unavailable",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "The volume backend is currently unavailable; retry later.",
        hint: None,
    },
    Row {
        code: "volume_stale_revision",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume stale revision.",
        hint: None,
    },
    Row {
        code: "volume_busy",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume busy.",
        hint: None,
    },
    Row {
        code: "volume_read_only",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "Volume read only.",
        hint: None,
    },
    Row {
        code: "volume_limit_exceeded",
        status: 0,
        fix: &[],
        category: Some("Volumes"),
        description: "The request exceeds the volume limit.",
        hint: None,
    },
    Row {
        code: "file_upload_error",
        status: 0,
        fix: &[],
        category: Some("Execution And Files"),
        description: "A file upload error occurred.",
        hint: None,
    },
    Row {
        code: "exec_timeout",
        status: 0,
        fix: &[],
        category: Some("Execution And Files"),
        description: "The exec operation timed out.",
        hint: None,
    },
    Row {
        code: "exec_failed",
        status: 0,
        fix: &[],
        category: Some("Execution And Files"),
        description: "The exec operation failed.",
        hint: None,
    },
    Row {
        code: "file_error",
        status: 0,
        fix: &[],
        category: Some("Execution And Files"),
        description: "A file error occurred.",
        hint: None,
    },
    Row {
        code: "QUOTA_EXCEEDED",
        status: 0,
        fix: &[],
        category: Some("Quotas And Rate Limits"),
        description: "The request exceeds the quota limit.",
        hint: None,
    },
    Row {
        code: "rate_limit_exceeded",
        status: 0,
        fix: &[],
        category: Some("Quotas And Rate Limits"),
        description: "The request hit a rate limit; respect Retry-After before retrying.",
        hint: None,
    },
    Row {
        code: "invalid_request",
        status: 0,
        fix: &[],
        category: Some("General"),
        description: "Invalid request.",
        hint: None,
    },
    Row {
        code: "database_error",
        status: 0,
        fix: &[],
        category: Some("General"),
        description: "A database error occurred.",
        hint: None,
    },
    Row {
        code: "not_implemented",
        status: 0,
        fix: &[],
        category: Some("General"),
        description: "Not implemented.",
        hint: None,
    },
    Row {
        code: "feature_unavailable",
        status: 0,
        fix: &[],
        category: Some("General"),
        description: "The feature is currently unavailable; retry later.",
        hint: None,
    },
    Row {
        code: "internal_error",
        status: 0,
        fix: &[],
        category: Some("General"),
        description: "An internal error occurred.",
        hint: None,
    },
];

/// Transcribed from the seed document.
const AGENT_API: &[Row] = &[
    Row {
        code: "UNAUTHORIZED",
        status: 401,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "No valid authentication token provided",
        hint: Some("Sign in again; the JWT may have expired"),
    },
    Row {
        code: "TOKEN_EXPIRED",
        status: 401,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "The JWT has expired",
        hint: Some("Refresh the page to obtain a new token"),
    },
    Row {
        code: "TOKEN_REVOKED",
        status: 401,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "The JWT has been revoked (logout from another device)",
        hint: Some("Sign in again"),
    },
    Row {
        code: "INVALID_TOKEN",
        status: 401,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "The token is malformed or invalid",
        hint: Some("Clear cookies and sign in again"),
    },
    Row {
        code: "ADMIN_REQUIRED",
        status: 403,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "The endpoint requires admin privileges",
        hint: Some("Only admin users can access this endpoint"),
    },
    Row {
        code: "TERMS_NOT_ACCEPTED",
        status: 403,
        fix: &[],
        category: Some("Authentication Errors"),
        description: "User has not accepted the terms of service",
        hint: Some("Call POST /auth/accept-terms first"),
    },
    Row {
        code: "RATE_LIMITED",
        status: 429,
        fix: &[],
        category: Some("Rate Limiting Errors"),
        description: "Too many requests in the time window",
        hint: Some("Wait and retry; check the Retry-After header"),
    },
    Row {
        code: "OUTGOING_RATE_LIMITED",
        status: 429,
        fix: &[],
        category: Some("Rate Limiting Errors"),
        description: "Too many outgoing tool calls to a site (10/min per domain)",
        hint: Some("Wait 60 seconds before retrying"),
    },
    Row {
        code: "NO_CREDITS",
        status: 402,
        fix: &[],
        category: Some("Credit and Billing Errors"),
        description: "Insufficient credit balance for the requested operation",
        hint: Some("Purchase credits or enable auto top-up on the Billing page"),
    },
    Row {
        code: "NO_PAYMENT_METHOD",
        status: 402,
        fix: &[],
        category: Some("Credit and Billing Errors"),
        description: "No payment method on file for a purchase",
        hint: Some("Add a card on the Billing page"),
    },
    Row {
        code: "PAYMENT_FAILED",
        status: 402,
        fix: &[],
        category: Some("Credit and Billing Errors"),
        description: "The payment charge was declined",
        hint: Some("Check your card details or use a different payment method"),
    },
    Row {
        code: "SUBSCRIPTION_PAST_DUE",
        status: 402,
        fix: &[],
        category: Some("Credit and Billing Errors"),
        description: "Subscription payment is overdue",
        hint: Some("Update your payment method on the Billing page"),
    },
    Row {
        code: "TIER_REQUIRED",
        status: 403,
        fix: &[],
        category: Some("Tier and Access Errors"),
        description: "The feature requires a higher subscription tier",
        hint: Some("Upgrade your plan on the Billing page"),
    },
    Row {
        code: "FEATURE_LIMIT_REACHED",
        status: 403,
        fix: &[],
        category: Some("Tier and Access Errors"),
        description: "You have reached the limit for this feature on your tier (e.g., max agents, max sites)",
        hint: Some("Upgrade to a higher tier or remove unused items"),
    },
    Row {
        code: "WORKSPACE_REQUIRED",
        status: 403,
        fix: &[],
        category: Some("Tier and Access Errors"),
        description: "The operation requires a Team plan workspace",
        hint: Some("Upgrade to the Team plan"),
    },
    Row {
        code: "INVALID_SESSION",
        status: 400,
        fix: &[],
        category: Some("Session Errors"),
        description: "The session token is invalid or expired",
        hint: Some("Create a new session via POST /sessions"),
    },
    Row {
        code: "SESSION_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Session Errors"),
        description: "No session found with the provided token",
        hint: Some("The session may have expired; create a new one"),
    },
    Row {
        code: "SESSION_EXPIRED",
        status: 410,
        fix: &[],
        category: Some("Session Errors"),
        description: "The session has expired",
        hint: Some("Create a new session"),
    },
    Row {
        code: "CHAT_TIMEOUT",
        status: 504,
        fix: &[],
        category: Some("Chat Errors"),
        description: "The AI response took too long (90-second timeout)",
        hint: Some("Try again with a simpler prompt or a faster model"),
    },
    Row {
        code: "STREAM_ABORTED",
        status: 499,
        fix: &[],
        category: Some("Chat Errors"),
        description: "The client disconnected during streaming",
        hint: Some("No action needed; the partial response is not saved"),
    },
    Row {
        code: "MODEL_ERROR",
        status: 502,
        fix: &[],
        category: Some("Chat Errors"),
        description: "The AI provider returned an error",
        hint: Some("Try a different model or wait and retry"),
    },
    Row {
        code: "TOOL_EXECUTION_ERROR",
        status: 502,
        fix: &[],
        category: Some("Chat Errors"),
        description: "A tool call to an external site failed",
        hint: Some("Check the site's status; the tool endpoint may be down"),
    },
    Row {
        code: "TOKEN_EXISTS",
        status: 409,
        fix: &[],
        category: Some("Vault Errors"),
        description: "A token for this site already exists in the vault",
        hint: Some("Use PATCH to update the existing token, or delete it first"),
    },
    Row {
        code: "VAULT_LIMIT_REACHED",
        status: 403,
        fix: &[],
        category: Some("Vault Errors"),
        description: "Maximum sites in vault reached for your tier",
        hint: Some("Remove unused sites or upgrade your plan"),
    },
    Row {
        code: "MANIFEST_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Vault Errors"),
        description: "Could not fetch the manifest from the site URL",
        hint: Some("Verify the URL is correct and the manifest is published"),
    },
    Row {
        code: "MANIFEST_INVALID",
        status: 422,
        fix: &[],
        category: Some("Vault Errors"),
        description: "The manifest JSON is malformed or missing required fields",
        hint: Some("Fix the manifest; see the Manifest Format reference"),
    },
    Row {
        code: "AGENT_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Agent Errors"),
        description: "No agent found with the provided ID",
        hint: Some("Check the agent ID"),
    },
    Row {
        code: "AGENT_LIMIT_REACHED",
        status: 403,
        fix: &[],
        category: Some("Agent Errors"),
        description: "Maximum agents reached for your tier",
        hint: Some("Delete unused agents or upgrade"),
    },
    Row {
        code: "RUN_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Agent Errors"),
        description: "No run found with the provided ID",
        hint: Some("Check the run ID"),
    },
    Row {
        code: "RUN_NOT_CANCELLABLE",
        status: 400,
        fix: &[],
        category: Some("Agent Errors"),
        description: "The run is not in a cancellable state (already completed or failed)",
        hint: Some("No action needed"),
    },
    Row {
        code: "AGENT_ALREADY_RUNNING",
        status: 409,
        fix: &[],
        category: Some("Agent Errors"),
        description: "The agent already has an active run",
        hint: Some("Wait for the current run to finish"),
    },
    Row {
        code: "WEBHOOK_SECRET_INVALID",
        status: 401,
        fix: &[],
        category: Some("Webhook Errors"),
        description: "The X-Webhook-Secret header does not match",
        hint: Some("Verify the webhook secret in the agent configuration"),
    },
    Row {
        code: "WEBHOOK_PAYLOAD_INVALID",
        status: 422,
        fix: &[],
        category: Some("Webhook Errors"),
        description: "The request body does not match the webhook schema",
        hint: Some("Check the payload format against the agent's webhook schema"),
    },
    Row {
        code: "VALIDATION_ERROR",
        status: 400,
        fix: &[],
        category: Some("Validation Errors"),
        description: "Request body failed Zod schema validation",
        hint: Some("Check the error details for which fields are invalid"),
    },
    Row {
        code: "INVALID_URL",
        status: 400,
        fix: &[],
        category: Some("Validation Errors"),
        description: "A provided URL is not valid",
        hint: Some("Ensure URLs include the protocol (https://)"),
    },
    Row {
        code: "NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Validation Errors"),
        description: "The requested resource does not exist",
        hint: Some("Check the ID or path"),
    },
    Row {
        code: "WORKSPACE_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Workspace Errors"),
        description: "No workspace found with the provided ID",
        hint: Some("Check the workspace ID"),
    },
    Row {
        code: "PERMISSION_DENIED",
        status: 403,
        fix: &[],
        category: Some("Workspace Errors"),
        description: "You do not have the required permission in this workspace",
        hint: Some("Contact the workspace admin for access"),
    },
    Row {
        code: "MEMBER_NOT_FOUND",
        status: 404,
        fix: &[],
        category: Some("Workspace Errors"),
        description: "The user is not a member of this workspace",
        hint: Some("Invite them first"),
    },
    Row {
        code: "ROLE_CHANGE_FORBIDDEN",
        status: 403,
        fix: &[],
        category: Some("Workspace Errors"),
        description: "Cannot change the owner's role",
        hint: Some("Ownership transfer is not supported via this endpoint"),
    },
];

/// Transcribed from the seed document.
const WORKFLOW_API: &[Row] = &[
    Row {
        code: "unauthorized",
        status: 401,
        fix: &[],
        category: None,
        description: "No session, no valid API key, malformed header.",
        hint: Some("Check Authorization / Cookie."),
    },
    Row {
        code: "no_active_organization",
        status: 401,
        fix: &[],
        category: None,
        description: "Session resolved but user has no active org.",
        hint: Some("POST /api/auth/organization/set-active."),
    },
    Row {
        code: "not_found",
        status: 404,
        fix: &[],
        category: None,
        description: "Resource missing OR belongs to another org.",
        hint: Some("Verify id; cross-org reads return this code."),
    },
    Row {
        code: "invalid_body",
        status: 400,
        fix: &[],
        category: None,
        description: "Body not JSON / didn’t match Zod schema.",
        hint: Some("Inspect issues[]."),
    },
    Row {
        code: "invalid_cron",
        status: 400,
        fix: &[],
        category: None,
        description: "Cron didn’t parse.",
        hint: Some("See message."),
    },
    Row {
        code: "invalid_if_match",
        status: 400,
        fix: &[],
        category: None,
        description: "If-Match header not a positive integer.",
        hint: Some("Send the latest version."),
    },
    Row {
        code: "version_mismatch",
        status: 412,
        fix: &[],
        category: None,
        description: "Workflow updated between read and write.",
        hint: Some("Refetch GET /api/workflows/:id, retry with new version."),
    },
    Row {
        code: "rate_limited",
        status: 429,
        fix: &[],
        category: None,
        description: "Per-(org, principal) bucket exhausted.",
        hint: Some("Sleep retryAfterMs then retry."),
    },
    Row {
        code: "workflow_not_found",
        status: 404,
        fix: &[],
        category: None,
        description: "Schedule references a workflow not in this org.",
        hint: Some("Use a workflow id you own."),
    },
    Row {
        code: "dispatch_failed",
        status: 500,
        fix: &[],
        category: None,
        description: "Run dispatch threw before durable runtime.",
        hint: Some("See message. Often connector misconfig."),
    },
    Row {
        code: "cancel_failed",
        status: 500,
        fix: &[],
        category: None,
        description: "Run cancel threw at openworkflow layer.",
        hint: Some("See message."),
    },
    Row {
        code: "logs_failed",
        status: 500,
        fix: &[],
        category: None,
        description: "Listing step attempts failed.",
        hint: Some("See message. Transient DB hiccup."),
    },
];

/// Transcribed from the seed document.
const WORKFLOW_AUTH: &[Row] = &[
    Row {
        code: "MISSING_OR_NULL_ORIGIN",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "Forgot to send Origin: <baseURL>.",
        hint: None,
    },
    Row {
        code: "INVALID_CREDENTIALS",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "Wrong password.",
        hint: None,
    },
    Row {
        code: "USER_NOT_FOUND",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "Sign-in for an unregistered email.",
        hint: None,
    },
    Row {
        code: "USER_ALREADY_EXISTS",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "Sign-up for an existing email.",
        hint: None,
    },
    Row {
        code: "INVALID_TOKEN",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "API key verify on a missing or revoked key.",
        hint: None,
    },
    Row {
        code: "INVALID_REFERENCE_ID_FROM_API_KEY",
        status: 0,
        fix: &[],
        category: Some("Auth-route errors"),
        description: "Tried to mint a key while authenticated as a key (sessions only).",
        hint: None,
    },
];

fn check_against_document(catalog: &Catalog, rows: &[Row], count: usize) {
    assert_eq!(catalog.len(), count, "{}: number of codes", catalog.name());
    assert_eq!(rows.len(), count, "{}: transcription", catalog.name());
    for (entry, row) in catalog.entries().iter().zip(rows) {
        let what = format!("{}::{}", catalog.name(), row.code);
        assert_eq!(entry.code(), row.code, "{what}: code (document order)");
        if row.status == 0 {
            assert!(
                !entry.status_documented(),
                "{what}: presented as documented"
            );
        } else {
            assert!(entry.status_documented(), "{what}: marked inferred");
            assert_eq!(entry.status().as_u16(), row.status, "{what}: status");
        }
        assert_eq!(
            entry.fix().names().collect::<Vec<_>>(),
            row.fix,
            "{what}: fix"
        );
        assert_eq!(entry.category(), row.category, "{what}: category");
        assert_eq!(
            entry.description(),
            Some(row.description),
            "{what}: description"
        );
        assert_eq!(entry.hint(), row.hint, "{what}: hint");
        assert!(!entry.message().is_empty(), "{what}: message");
    }
}

#[test]
fn control_plane_is_the_document() {
    check_against_document(ControlPlaneError::catalog(), CONTROL_PLANE, 29);
}

#[test]
fn prompt_api_is_the_document() {
    check_against_document(PromptApiError::catalog(), PROMPT_API, 8);
}

#[test]
fn sandbox_api_is_the_document() {
    check_against_document(SandboxApiError::catalog(), SANDBOX_API, 65);
}

#[test]
fn agent_api_is_the_document() {
    check_against_document(AgentApiError::catalog(), AGENT_API, 40);
    // The document's "Description" is what its `error` member carries.
    for entry in AgentApiError::catalog() {
        assert_eq!(
            Some(entry.message()),
            entry.description(),
            "{}",
            entry.code()
        );
    }
}

#[test]
fn workflow_api_is_the_document() {
    check_against_document(WorkflowApiError::catalog(), WORKFLOW_API, 12);
    check_against_document(WorkflowAuthError::catalog(), WORKFLOW_AUTH, 6);
}

#[test]
fn registry_lists_every_catalog_with_its_metadata() {
    let got: Vec<_> = errcat::catalogs::registry()
        .iter()
        .map(|p| (p.name(), p.enum_name(), p.module(), p.seed(), p.len()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "control_plane",
                "ControlPlaneError",
                "control_plane",
                "000_142d9a86a06d858f.txt",
                29
            ),
            (
                "prompt_api",
                "PromptApiError",
                "prompt_api",
                "001_75d1282e89e4cd34.txt",
                8
            ),
            (
                "sandbox_api",
                "SandboxApiError",
                "sandbox_api",
                "002_29bc2990efa1ce26.txt",
                65
            ),
            (
                "agent_api",
                "AgentApiError",
                "agent_api",
                "003_aca872f5ac2376f2.txt",
                40
            ),
            (
                "workflow_api",
                "WorkflowApiError",
                "workflow_api",
                "004_6a35cd479d69256a.txt",
                12
            ),
            (
                "workflow_auth",
                "WorkflowAuthError",
                "workflow_api",
                "004_6a35cd479d69256a.txt",
                6
            ),
        ]
    );
    let all: Vec<&str> = errcat::catalogs::all().iter().map(|c| c.name()).collect();
    assert_eq!(
        all,
        [
            "control_plane",
            "prompt_api",
            "sandbox_api",
            "agent_api",
            "workflow_api",
            "workflow_auth"
        ]
    );
    assert_eq!(
        errcat::catalogs::get("agent_api").map(Catalog::len),
        Some(40)
    );
    assert!(errcat::catalogs::get("nope").is_none());
}

/// Statuses the documents leave out follow the usual conventions.
#[test]
fn inferred_statuses_are_conventional() {
    for catalog in errcat::catalogs::all() {
        for entry in catalog.entries().iter().filter(|e| !e.status_documented()) {
            let code = entry.code().to_ascii_lowercase();
            let status = entry.status().as_u16();
            let expected = if code.ends_with("_not_found") {
                Some(404)
            } else if code.contains("rate_limit") {
                Some(429)
            } else if code.ends_with("_unavailable") {
                Some(503)
            } else if code == "unauthorized"
                || code == "invalid_credentials"
                || code == "invalid_token"
                || code.ends_with("_from_api_key")
            {
                Some(401)
            } else if code.starts_with("internal_") || code.starts_with("database_") {
                Some(500)
            } else if code.starts_with("invalid_") {
                Some(400)
            } else {
                None
            };
            if let Some(expected) = expected {
                assert_eq!(status, expected, "{}", entry.code());
            }
            assert!((400..=599).contains(&status), "{}", entry.code());
        }
    }
}

fn body<E: ApiError>(err: &E, id: Option<&str>) -> String {
    let env = Envelope::new(err);
    let env = match id {
        Some(id) => env.with_id(id),
        None => env,
    };
    String::from_utf8(env.to_json_vec()).unwrap()
}

#[test]
fn control_plane_bodies() {
    // The document's own example, byte for byte.
    assert_eq!(
        body(
            &ControlPlaneError::ProjectNotFound,
            Some("1aee612b1250f276")
        ),
        r#"{"error":{"code":"CP_PROJECT_NOT_FOUND","message":"no active project with that wok_id in this org","hint":"verify the wok_id and that it belongs to your org","correlation_id":"1aee612b1250f276"}}"#
    );
    assert_eq!(
        body(
            &ControlPlaneError::RouteNotFound {
                method: "DELETE".into(),
                path: "/v1/healthz".into()
            },
            Some("c0ffee")
        ),
        r#"{"error":{"code":"CP_ROUTE_NOT_FOUND","message":"no route at DELETE /v1/healthz","hint":"No route at that METHOD PATH. Typically a URL typo. The message echoes back the method + path so you can spot the typo. See API reference for the canonical endpoint catalogue.","correlation_id":"c0ffee"}}"#
    );
    assert_eq!(
        body(
            &ControlPlaneError::BadJson {
                field: "name".into(),
                violations: Violations::new(),
            },
            None
        ),
        r#"{"error":{"code":"CP_BAD_JSON","message":"invalid JSON body: field name is missing or malformed","hint":"Request body isn't valid JSON, or required fields are missing. The message names the field.","violations":[]}}"#
    );
    assert_eq!(
        body(
            &ControlPlaneError::InvalidName {
                pattern: "^[a-z][a-z0-9]{0,30}$".into()
            },
            None
        ),
        r#"{"error":{"code":"CP_INVALID_NAME","message":"identifier must match ^[a-z][a-z0-9]{0,30}$","hint":"Identifier doesn't match the expected regex (e.g. wok ids ^[a-z][a-z0-9]{0,30}$, env-var names ^[A-Z][A-Z0-9_]{0,63}$). The message spells out the actual regex."}}"#
    );
    let stale = Envelope::new(&ControlPlaneError::StatusStale).into_http_response();
    assert_eq!(stale.status(), 503);
    assert_eq!(stale.headers()["retry-after"], "5");
    let not_ready = Envelope::new(&ControlPlaneError::DumpDbNotReady).into_http_response();
    assert_eq!(not_ready.headers()["retry-after"], "10");
    assert_eq!(
        ControlPlaneError::LlmUpstreamFailed.fix(),
        Fix::PLATFORM | Fix::BYOK
    );
    assert_eq!(
        ControlPlaneError::FunctionNotFound.fix(),
        Fix::CALLER | Fix::STATE
    );
}

#[test]
fn prompt_api_bodies() {
    // `{ error: { code, message } }` and nothing else, id or not.
    assert_eq!(
        body(&PromptApiError::RateLimited, Some("req-1")),
        r#"{"error":{"code":"RATE_LIMITED","message":"rate limit exceeded"}}"#
    );
    assert_eq!(
        body(&PromptApiError::ApiNotAllowed, None),
        r#"{"error":{"code":"API_NOT_ALLOWED","message":"the Free tier does not include public API access"}}"#
    );
    let response = Envelope::new(&PromptApiError::InternalError)
        .with_id("req-1")
        .into_http_response();
    assert_eq!(response.status(), 500);
    assert_eq!(response.headers()["x-request-id"], "req-1");
}

#[test]
fn sandbox_api_bodies() {
    assert_eq!(
        body(&SandboxApiError::QuotaExceeded, Some("req_7")),
        r#"{"error":"quota exceeded","code":"QUOTA_EXCEEDED","request_id":"req_7"}"#
    );
    assert_eq!(
        body(&SandboxApiError::AgentDeploymentNameConflict, None),
        r#"{"error":"an agent deployment with that name already exists","code":"agent_deployment_name_conflict"}"#
    );
}

#[test]
fn agent_api_bodies() {
    assert_eq!(
        body(
            &AgentApiError::ValidationError {
                details: Violations::from(
                    Violation::new(
                        FieldPath::root().key("url"),
                        "invalid_string",
                        "must be a valid URL"
                    )
                    .with_param("validation", "url")
                )
            },
            None
        ),
        r#"{"error":"Request body failed Zod schema validation","code":"VALIDATION_ERROR","statusCode":400,"details":[{"code":"invalid_string","path":["url"],"message":"must be a valid URL","validation":"url"}]}"#
    );
    assert_eq!(
        body(&AgentApiError::StreamAborted, None),
        r#"{"error":"The client disconnected during streaming","code":"STREAM_ABORTED","statusCode":499}"#
    );
    let response = Envelope::new(&AgentApiError::OutgoingRateLimited).into_http_response();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "60");
}

#[test]
fn workflow_bodies() {
    assert_eq!(
        body(
            &WorkflowApiError::InvalidBody {
                issues: Violations::from(
                    Violation::new(FieldPath::root().key("cron"), "invalid_type", "Required")
                        .with_param("received", "undefined")
                )
            },
            None
        ),
        r#"{"error":"invalid_body","message":"invalid request body","issues":[{"code":"invalid_type","path":["cron"],"message":"Required","received":"undefined"}]}"#
    );
    assert_eq!(
        body(
            &WorkflowApiError::RateLimited {
                retry_after_ms: 1500
            },
            None
        ),
        r#"{"error":"rate_limited","message":"rate limit exceeded","retryAfterMs":1500}"#
    );
    assert_eq!(
        body(
            &WorkflowApiError::InvalidCron {
                reason: "expected 5 fields".into()
            },
            None
        ),
        r#"{"error":"invalid_cron","message":"invalid cron expression: expected 5 fields"}"#
    );
    // better-auth's own shape.
    assert_eq!(
        body(&WorkflowAuthError::UserNotFound, Some("abc")),
        r#"{"code":"USER_NOT_FOUND","message":"User not found"}"#
    );
    assert_eq!(
        body(&WorkflowAuthError::MissingOrNullOrigin, None),
        r#"{"code":"MISSING_OR_NULL_ORIGIN","message":"Missing or null Origin"}"#
    );
}

/// `FromStr`, `Deserialize`, `Display` and `Serialize` by code, for every code of `C`.
fn codes_parse<C>(catalog: &Catalog)
where
    C: ErrorCode
        + std::str::FromStr
        + serde::de::DeserializeOwned
        + serde::Serialize
        + std::fmt::Debug,
{
    let mut seen = BTreeSet::new();
    for entry in catalog {
        let code = entry.code();
        let parsed: C = code
            .parse()
            .unwrap_or_else(|_| panic!("{code} does not parse"));
        assert_eq!(parsed.as_code(), code);
        let deserialized: C = serde_json::from_value(Value::String(code.to_owned())).unwrap();
        assert_eq!(deserialized.as_code(), code);
        assert_eq!(
            serde_json::to_value(&deserialized).unwrap(),
            Value::String(code.to_owned())
        );
        assert!(seen.insert(code), "{code} twice");
        // Exact and case-sensitive.
        let flipped: String = code
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        assert!(flipped.parse::<C>().is_err(), "{flipped} parses");
    }
    assert!("NO_SUCH_CODE".parse::<C>().is_err());
    assert!(serde_json::from_str::<C>(r#""no_such_code""#).is_err());
    assert_eq!(seen.len(), catalog.len());
}

#[test]
fn every_code_parses_and_deserializes() {
    codes_parse::<ControlPlaneErrorCode>(ControlPlaneError::catalog());
    codes_parse::<PromptApiError>(PromptApiError::catalog());
    codes_parse::<SandboxApiError>(SandboxApiError::catalog());
    codes_parse::<AgentApiErrorCode>(AgentApiError::catalog());
    codes_parse::<WorkflowApiErrorCode>(WorkflowApiError::catalog());
    codes_parse::<WorkflowAuthError>(WorkflowAuthError::catalog());
    assert_eq!(
        "QUOTA_EXCEEDED".parse::<SandboxApiError>().unwrap(),
        SandboxApiError::QuotaExceeded
    );
    assert!("quota_exceeded".parse::<SandboxApiError>().is_err());
    assert_eq!(
        serde_json::from_str::<ControlPlaneErrorCode>(r#""CP_BAD_JSON""#).unwrap(),
        ControlPlaneErrorCode::BadJson
    );
}

#[test]
fn json_export_lists_every_code_with_exactly_the_documented_keys() {
    let Value::Array(items) = errcat::catalogs::json() else {
        panic!("not an array");
    };
    assert_eq!(items.len(), 160);
    let keys: BTreeSet<&str> = [
        "catalog",
        "enum",
        "code",
        "status",
        "status_documented",
        "fix",
        "category",
        "message",
        "hint",
        "retry_after",
        "description",
        "grpc",
        "domain",
    ]
    .into();
    let mut per_catalog = std::collections::BTreeMap::<String, usize>::new();
    let mut with_violations = Vec::new();
    for item in &items {
        let object = item.as_object().unwrap();
        let mut own: BTreeSet<&str> = object.keys().map(String::as_str).collect();
        // The codes that carry violations say where, and in what form.
        if own.remove("violations") {
            with_violations.push(format!(
                "{} {} {}",
                object["code"], object["violations"]["member"], object["violations"]["form"]
            ));
        }
        assert_eq!(own, keys, "{item}");
        assert!(
            object["catalog"].is_string()
                && object["enum"].is_string()
                && object["code"].is_string()
        );
        assert!(object["status"].is_u64() && object["status_documented"].is_boolean());
        assert!(object["fix"].as_array().unwrap().iter().all(|s| {
            s.as_str()
                .is_some_and(|s| ["caller", "state", "platform", "byok"].contains(&s))
        }));
        assert!(object["category"].is_string() || object["category"].is_null());
        assert!(object["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(object["hint"].is_string() || object["hint"].is_null());
        assert!(object["retry_after"].is_u64() || object["retry_after"].is_null());
        assert!(object["description"].is_string());
        *per_catalog
            .entry(object["catalog"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    assert_eq!(
        per_catalog.into_iter().collect::<Vec<_>>(),
        [
            ("agent_api".to_owned(), 40),
            ("control_plane".to_owned(), 29),
            ("prompt_api".to_owned(), 8),
            ("sandbox_api".to_owned(), 65),
            ("workflow_api".to_owned(), 12),
            ("workflow_auth".to_owned(), 6),
        ]
    );
    assert_eq!(
        with_violations,
        [
            r#""CP_BAD_JSON" "violations" "field""#,
            r#""CP_INVALID_BODY" "violations" "field""#,
            r#""VALIDATION_ERROR" "details" "zod""#,
            r#""invalid_body" "issues" "zod""#,
        ]
    );
    let find = |code: &str, catalog: &str| {
        items
            .iter()
            .find(|i| i["code"] == code && i["catalog"] == catalog)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        find("CP_LLM_UPSTREAM_FAILED", "control_plane"),
        json!({
            "catalog": "control_plane",
            "enum": "ControlPlaneError",
            "code": "CP_LLM_UPSTREAM_FAILED",
            "status": 502,
            "status_documented": true,
            "fix": ["platform", "byok"],
            "category": "Upstream / platform",
            "message": "LLM upstream failed",
            "hint": "The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx or timed out. Check upstream status; the X-LLM-Source response header tells you which side answered.",
            "retry_after": null,
            "description": "The configured LLM upstream (DeepSeek default or your BYOK URL) returned a non-2xx or timed out. Check upstream status; the X-LLM-Source response header tells you which side answered.",
            "grpc": "UNAVAILABLE",
            "domain": "control-plane",
        })
    );
    assert_eq!(find("CP_STATUS_STALE", "control_plane")["retry_after"], 5);
    assert_eq!(
        find("CP_DUMP_DB_NOT_READY", "control_plane")["retry_after"],
        10
    );
    assert_eq!(
        find("OUTGOING_RATE_LIMITED", "agent_api")["retry_after"],
        60
    );
    assert_eq!(
        find("QUOTA_EXCEEDED", "sandbox_api"),
        json!({
            "catalog": "sandbox_api",
            "enum": "SandboxApiError",
            "code": "QUOTA_EXCEEDED",
            "status": 429,
            "status_documented": false,
            "fix": [],
            "category": "Quotas And Rate Limits",
            "message": "quota exceeded",
            "hint": null,
            "retry_after": null,
            "description": "The request exceeds the quota limit.",
            "grpc": "RESOURCE_EXHAUSTED",
            "domain": "sandbox-api",
        })
    );
    // Two catalogs share the code INVALID_CREDENTIALS-like names; the export keeps them apart.
    assert_eq!(
        find("INVALID_TOKEN", "workflow_auth")["enum"],
        "WorkflowAuthError"
    );
    assert_eq!(
        find("INVALID_TOKEN", "agent_api")["status_documented"],
        true
    );
}

/// The envelope schema of a catalog, and those of its statuses' responses, compiled once.
fn schemas_of(catalog: &'static Catalog) -> &'static Schemas {
    static ALL: OnceLock<Mutex<HashMap<&'static str, &'static Schemas>>> = OnceLock::new();
    let mut all = ALL.get_or_init(Default::default).lock().unwrap();
    all.entry(catalog.name()).or_insert_with(|| {
        let compile = |schema: &Value| jsonschema::draft202012::new(schema).unwrap();
        let content_type = catalog.format().content_type();
        let by_status = Responses::of(catalog)
            .by_status()
            .into_iter()
            .map(|(status, response)| {
                (
                    status,
                    compile(&response["content"][content_type]["schema"]),
                )
            })
            .collect();
        Box::leak(Box::new(Schemas {
            envelope: compile(&openapi::schema(catalog)),
            by_status,
        }))
    })
}

struct Schemas {
    envelope: jsonschema::Validator,
    by_status: HashMap<u16, jsonschema::Validator>,
}

/// The body validates against the schema errcat publishes for its catalog, and for its
/// status.
fn matches_the_published_schema(
    catalog: &'static Catalog,
    status: u16,
    body: &[u8],
) -> Result<(), TestCaseError> {
    let body: Value = serde_json::from_slice(body).unwrap();
    let schemas = schemas_of(catalog);
    let errors: Vec<String> = schemas
        .envelope
        .iter_errors(&body)
        .map(|e| e.to_string())
        .collect();
    prop_assert!(errors.is_empty(), "{body}: {errors:?}");
    let for_status = &schemas.by_status[&status];
    let errors: Vec<String> = for_status
        .iter_errors(&body)
        .map(|e| e.to_string())
        .collect();
    prop_assert!(errors.is_empty(), "{body} as {status}: {errors:?}");
    Ok(())
}

/// Serializes `err` with `id`, checks the body against the published schemas, decodes it
/// as `C`, and checks code, status, message and id.
fn round_trip<E: ApiError, C: ErrorCode + PartialEq + std::fmt::Debug>(
    err: &E,
    id: &str,
) -> Result<(), TestCaseError> {
    let response = Envelope::new(err).with_id(id).into_http_response();
    matches_the_published_schema(C::code_catalog(), err.status().as_u16(), response.body())?;
    let decoded = errcat::decode::<C>(response.status(), response.body())
        .map_err(|e| TestCaseError::fail(format!("{}: {e}", err.code())))?;
    let Code::Known(code) = &decoded.code else {
        return Err(TestCaseError::fail(format!(
            "{}: decoded as unknown",
            err.code()
        )));
    };
    prop_assert_eq!(code.as_code(), err.code());
    prop_assert_eq!(decoded.status, err.status());
    static NONE: Violations = Violations::new();
    prop_assert_eq!(decoded.violations(), err.violations().unwrap_or(&NONE));
    prop_assert_eq!(decoded.skipped_violations, 0);
    let message = err.message();
    prop_assert_eq!(decoded.message.as_str(), message.as_ref());
    // The shapes that carry an id give it back; the others leave it to the header.
    let catalog = C::code_catalog().name();
    if !matches!(catalog, "prompt_api" | "workflow_auth") {
        prop_assert_eq!(decoded.id.as_deref(), Some(id));
    }
    #[cfg(feature = "tonic")]
    grpc_round_trip::<E, C>(err, id)?;
    Ok(())
}

/// `err` as a `tonic::Status` and back: the same code, status, message, id, retry delay
/// and violations, and the gRPC code its entry maps to.
#[cfg(feature = "tonic")]
fn grpc_round_trip<E: ApiError, C: ErrorCode + PartialEq + std::fmt::Debug>(
    err: &E,
    id: &str,
) -> Result<(), TestCaseError> {
    let status = errcat::grpc::status_with_id(err, Some(id));
    prop_assert_eq!(status.code() as i32, err.entry().grpc_code().number());
    let decoded = errcat::grpc::decode::<C>(&status)
        .map_err(|e| TestCaseError::fail(format!("{} over gRPC: {e}", err.code())))?;
    let Code::Known(code) = &decoded.code else {
        return Err(TestCaseError::fail(format!(
            "{} over gRPC: decoded as {:?}",
            err.code(),
            decoded.code
        )));
    };
    prop_assert_eq!(code.as_code(), err.code());
    prop_assert_eq!(decoded.status, err.status());
    let message = err.message();
    prop_assert_eq!(decoded.message.as_str(), message.as_ref());
    prop_assert_eq!(decoded.id.as_deref(), Some(id));
    prop_assert_eq!(decoded.retry_after, err.retry_after());
    prop_assert_eq!(decoded.grpc, Some(err.entry().grpc_code()));
    static NONE: Violations = Violations::new();
    let sent = err.violations().unwrap_or(&NONE);
    prop_assert_eq!(decoded.violations().len(), sent.len());
    for (got, want) in decoded.violations().iter().zip(sent) {
        prop_assert_eq!(got.path(), want.path());
        prop_assert_eq!(got.code(), want.code().to_ascii_lowercase());
        prop_assert_eq!(got.message(), want.message());
    }
    Ok(())
}

fn control_plane(code: ControlPlaneErrorCode, text: String, n: u16) -> ControlPlaneError {
    use ControlPlaneError as E;
    use ControlPlaneErrorCode as C;
    match code {
        C::RouteNotFound => E::RouteNotFound {
            method: text.clone(),
            path: format!("/{text}"),
        },
        C::BadJson => E::BadJson {
            field: text.clone(),
            violations: sample_violations(&text, n),
        },
        C::InvalidName => E::InvalidName { pattern: text },
        C::EmailUpstreamFailed => E::EmailUpstreamFailed { upstream_status: n },
        C::DomainUpstreamFailed => E::DomainUpstreamFailed { response: text },
        C::Unauthenticated => E::Unauthenticated,
        C::InvalidKey => E::InvalidKey,
        C::LlmKeyInvalid => E::LlmKeyInvalid,
        C::InvalidCredentials => E::InvalidCredentials,
        C::WeakPassword => E::WeakPassword,
        C::UserNotInOrg => E::UserNotInOrg,
        C::MethodNotAllowed => E::MethodNotAllowed,
        C::ProjectNotFound => E::ProjectNotFound,
        C::OrgNotFound => E::OrgNotFound,
        C::NotActive => E::NotActive,
        C::StatusStale => E::StatusStale,
        C::FunctionNotFound => E::FunctionNotFound,
        C::TriggerNotFound => E::TriggerNotFound,
        C::InvalidBody => E::InvalidBody {
            violations: sample_violations(&text, n),
        },
        C::BulkTooLarge => E::BulkTooLarge,
        C::SqlTooLarge => E::SqlTooLarge,
        C::LlmBodyTooLarge => E::LlmBodyTooLarge,
        C::WokQuotaExceeded => E::WokQuotaExceeded,
        C::LlmInsufficientBalance => E::LlmInsufficientBalance,
        C::DbQueryFailed => E::DbQueryFailed,
        C::DumpDbNotReady => E::DumpDbNotReady,
        C::ExecSqlFailed => E::ExecSqlFailed,
        C::LlmUpstreamFailed => E::LlmUpstreamFailed,
        C::FunctionsNotEnabled => E::FunctionsNotEnabled,
        // The catalog is `#[non_exhaustive]`; the property below visits every code, so a
        // new one fails here until it is added above.
        other => panic!("no value for {other:?}: add the new code to this test"),
    }
}

fn workflow(code: WorkflowApiErrorCode, text: String, n: u16) -> WorkflowApiError {
    use WorkflowApiError as E;
    use WorkflowApiErrorCode as C;
    match code {
        C::InvalidBody => E::InvalidBody {
            issues: sample_violations(&text, n),
        },
        C::InvalidCron => E::InvalidCron { reason: text },
        C::RateLimited => E::RateLimited {
            retry_after_ms: u64::from(n),
        },
        C::DispatchFailed => E::DispatchFailed { reason: text },
        C::CancelFailed => E::CancelFailed { reason: text },
        C::LogsFailed => E::LogsFailed { reason: text },
        C::Unauthorized => E::Unauthorized,
        C::NoActiveOrganization => E::NoActiveOrganization,
        C::NotFound => E::NotFound,
        C::InvalidIfMatch => E::InvalidIfMatch,
        C::VersionMismatch => E::VersionMismatch,
        C::WorkflowNotFound => E::WorkflowNotFound,
        // `#[non_exhaustive]`: see `control_plane`.
        other => panic!("no value for {other:?}: add the new code to this test"),
    }
}

fn agent(code: AgentApiErrorCode, text: String, n: u16) -> AgentApiError {
    use AgentApiError as E;
    use AgentApiErrorCode as C;
    match code {
        C::ValidationError => E::ValidationError {
            details: sample_violations(&text, n),
        },
        C::Unauthorized => E::Unauthorized,
        C::TokenExpired => E::TokenExpired,
        C::TokenRevoked => E::TokenRevoked,
        C::InvalidToken => E::InvalidToken,
        C::AdminRequired => E::AdminRequired,
        C::TermsNotAccepted => E::TermsNotAccepted,
        C::RateLimited => E::RateLimited,
        C::OutgoingRateLimited => E::OutgoingRateLimited,
        C::NoCredits => E::NoCredits,
        C::NoPaymentMethod => E::NoPaymentMethod,
        C::PaymentFailed => E::PaymentFailed,
        C::SubscriptionPastDue => E::SubscriptionPastDue,
        C::TierRequired => E::TierRequired,
        C::FeatureLimitReached => E::FeatureLimitReached,
        C::WorkspaceRequired => E::WorkspaceRequired,
        C::InvalidSession => E::InvalidSession,
        C::SessionNotFound => E::SessionNotFound,
        C::SessionExpired => E::SessionExpired,
        C::ChatTimeout => E::ChatTimeout,
        C::StreamAborted => E::StreamAborted,
        C::ModelError => E::ModelError,
        C::ToolExecutionError => E::ToolExecutionError,
        C::TokenExists => E::TokenExists,
        C::VaultLimitReached => E::VaultLimitReached,
        C::ManifestNotFound => E::ManifestNotFound,
        C::ManifestInvalid => E::ManifestInvalid,
        C::AgentNotFound => E::AgentNotFound,
        C::AgentLimitReached => E::AgentLimitReached,
        C::RunNotFound => E::RunNotFound,
        C::RunNotCancellable => E::RunNotCancellable,
        C::AgentAlreadyRunning => E::AgentAlreadyRunning,
        C::WebhookSecretInvalid => E::WebhookSecretInvalid,
        C::WebhookPayloadInvalid => E::WebhookPayloadInvalid,
        C::InvalidUrl => E::InvalidUrl,
        C::NotFound => E::NotFound,
        C::WorkspaceNotFound => E::WorkspaceNotFound,
        C::PermissionDenied => E::PermissionDenied,
        C::MemberNotFound => E::MemberNotFound,
        C::RoleChangeForbidden => E::RoleChangeForbidden,
        // `#[non_exhaustive]`: see `control_plane`.
        other => panic!("no value for {other:?}: add the new code to this test"),
    }
}

/// Violations made of a test's text and number: a path through a key of `text` and the
/// index `n`, a rule of Zod's and one of errcat's.
fn sample_violations(text: &str, n: u16) -> Violations {
    let path = FieldPath::root().key(text).index(usize::from(n));
    Violations::from_iter([
        Violation::new(path.clone(), "too_small", text)
            .with_param("minimum", n)
            .with_param("inclusive", true),
        Violation::new(path.key("name"), "must_match", "must match the other field"),
    ])
}

/// Every code of every catalog: (catalog position, entry position).
fn all_codes() -> Vec<(usize, usize)> {
    errcat::catalogs::all()
        .iter()
        .enumerate()
        .flat_map(|(c, catalog)| (0..catalog.len()).map(move |e| (c, e)))
        .collect()
}

#[test]
fn there_are_160_codes() {
    assert_eq!(all_codes().len(), 160);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn every_code_survives_serialize_then_decode(
        (c, e) in proptest::sample::select(all_codes()),
        text in "\\PC{0,40}",
        n in 100u16..1000,
        id in "[A-Za-z0-9._:-]{1,32}",
    ) {
        let code = errcat::catalogs::all()[c].entries()[e].code();
        match c {
            0 => round_trip::<_, ControlPlaneErrorCode>(&control_plane(code.parse().unwrap(), text, n), &id)?,
            1 => round_trip::<_, PromptApiError>(&code.parse::<PromptApiError>().unwrap(), &id)?,
            2 => round_trip::<_, SandboxApiError>(&code.parse::<SandboxApiError>().unwrap(), &id)?,
            3 => round_trip::<_, AgentApiErrorCode>(&agent(code.parse().unwrap(), text, n), &id)?,
            4 => round_trip::<_, WorkflowApiErrorCode>(&workflow(code.parse().unwrap(), text, n), &id)?,
            5 => round_trip::<_, WorkflowAuthError>(&code.parse::<WorkflowAuthError>().unwrap(), &id)?,
            _ => prop_assert!(false, "catalog {c}"),
        }
    }
}

/// The property test samples; this walks every code once, deterministically.
#[test]
fn every_code_round_trips_once() {
    for (c, e) in all_codes() {
        let code = errcat::catalogs::all()[c].entries()[e].code();
        let text = "naïve \"quoted\" \\ <tag> 🚀".to_owned();
        let result = match c {
            0 => round_trip::<_, ControlPlaneErrorCode>(
                &control_plane(code.parse().unwrap(), text, 422),
                "id-1",
            ),
            1 => round_trip::<_, PromptApiError>(&code.parse::<PromptApiError>().unwrap(), "id-1"),
            2 => {
                round_trip::<_, SandboxApiError>(&code.parse::<SandboxApiError>().unwrap(), "id-1")
            }
            3 => {
                round_trip::<_, AgentApiErrorCode>(&agent(code.parse().unwrap(), text, 422), "id-1")
            }
            4 => round_trip::<_, WorkflowApiErrorCode>(
                &workflow(code.parse().unwrap(), text, 422),
                "id-1",
            ),
            5 => round_trip::<_, WorkflowAuthError>(
                &code.parse::<WorkflowAuthError>().unwrap(),
                "id-1",
            ),
            _ => unreachable!(),
        };
        result.unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

/// Every catalog type is a `std::error::Error` whose `Display` is its message, so it can
/// be returned from an actix-web handler or boxed as `dyn Error` directly.
#[test]
fn catalogs_display_their_message() {
    fn as_error<E: std::error::Error + errcat::ApiError>(err: &E) -> String {
        assert_eq!(err.to_string(), err.message());
        err.to_string()
    }
    assert_eq!(
        as_error(&ControlPlaneError::StatusStale),
        "wok status not refreshed yet"
    );
    as_error(&PromptApiError::RateLimited);
    as_error(&SandboxApiError::SandboxNotFound);
    as_error(&AgentApiError::TokenExpired);
    as_error(&WorkflowAuthError::UserNotFound);
    assert_eq!(
        as_error(&WorkflowApiError::NotFound),
        WorkflowApiError::NotFound.message()
    );
}

//! Error enums of 10, 100 and 1000 codes for the lookup benchmarks, generated once from
//! word combinations (codes shaped like the seeds': UPPER_SNAKE, 10 to 40 bytes).

#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ApiError)]
#[api(format = "flat", status = 400)]
pub enum Codes10 {
    /// A benchmark code.
    WokFeatureConflict,
    /// A benchmark code.
    CapacityHostFailed,
    /// A benchmark code.
    WokCronExpired,
    /// A benchmark code.
    KeyEmailBusy,
    /// A benchmark code.
    RateMemberRequired,
    /// A benchmark code.
    FeatureSecretExceeded,
    /// A benchmark code.
    FileFeatureNotFound,
    /// A benchmark code.
    TemplateTokenBusy,
    /// A benchmark code.
    ExecFunctionRequired,
    /// A benchmark code.
    KeyProjectExpired,
}

pub const CODES_10: [&str; 10] = [
    "WOK_FEATURE_CONFLICT",
    "CAPACITY_HOST_FAILED",
    "WOK_CRON_EXPIRED",
    "KEY_EMAIL_BUSY",
    "RATE_MEMBER_REQUIRED",
    "FEATURE_SECRET_EXCEEDED",
    "FILE_FEATURE_NOT_FOUND",
    "TEMPLATE_TOKEN_BUSY",
    "EXEC_FUNCTION_REQUIRED",
    "KEY_PROJECT_EXPIRED",
];

pub fn match_10(code: &str) -> Option<Codes10> {
    Some(match code {
        "WOK_FEATURE_CONFLICT" => Codes10::WokFeatureConflict,
        "CAPACITY_HOST_FAILED" => Codes10::CapacityHostFailed,
        "WOK_CRON_EXPIRED" => Codes10::WokCronExpired,
        "KEY_EMAIL_BUSY" => Codes10::KeyEmailBusy,
        "RATE_MEMBER_REQUIRED" => Codes10::RateMemberRequired,
        "FEATURE_SECRET_EXCEEDED" => Codes10::FeatureSecretExceeded,
        "FILE_FEATURE_NOT_FOUND" => Codes10::FileFeatureNotFound,
        "TEMPLATE_TOKEN_BUSY" => Codes10::TemplateTokenBusy,
        "EXEC_FUNCTION_REQUIRED" => Codes10::ExecFunctionRequired,
        "KEY_PROJECT_EXPIRED" => Codes10::KeyProjectExpired,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ApiError)]
#[api(format = "flat", status = 400)]
pub enum Codes100 {
    /// A benchmark code.
    WokFeatureConflict,
    /// A benchmark code.
    CapacityHostFailed,
    /// A benchmark code.
    WokCronExpired,
    /// A benchmark code.
    KeyEmailBusy,
    /// A benchmark code.
    RateMemberRequired,
    /// A benchmark code.
    FeatureSecretExceeded,
    /// A benchmark code.
    FileFeatureNotFound,
    /// A benchmark code.
    TemplateTokenBusy,
    /// A benchmark code.
    ExecFunctionRequired,
    /// A benchmark code.
    KeyProjectExpired,
    /// A benchmark code.
    ProjectVersionUnavailable,
    /// A benchmark code.
    DeploymentSubscriptionExceeded,
    /// A benchmark code.
    UserTierLocked,
    /// A benchmark code.
    ToolBillingForbidden,
    /// A benchmark code.
    VaultExecMissing,
    /// A benchmark code.
    EmailModelRevoked,
    /// A benchmark code.
    InviteHostForbidden,
    /// A benchmark code.
    SessionSecretConflict,
    /// A benchmark code.
    ChatTriggerInvalid,
    /// A benchmark code.
    ModelAgentStale,
    /// A benchmark code.
    LlmVaultInUse,
    /// A benchmark code.
    TemplateTierRequired,
    /// A benchmark code.
    EmailExecConflict,
    /// A benchmark code.
    RateDeploymentInUse,
    /// A benchmark code.
    ModelCapacityTooLarge,
    /// A benchmark code.
    FileToolStale,
    /// A benchmark code.
    DbOrgInUse,
    /// A benchmark code.
    QuotaRateTimeout,
    /// A benchmark code.
    FeatureKeyDenied,
    /// A benchmark code.
    OrgPaymentInvalid,
    /// A benchmark code.
    FileDeploymentReadOnly,
    /// A benchmark code.
    MemberFeatureRequired,
    /// A benchmark code.
    ChatExecMissing,
    /// A benchmark code.
    TemplateHostTooLarge,
    /// A benchmark code.
    ManifestOrgStale,
    /// A benchmark code.
    RateAuthDenied,
    /// A benchmark code.
    ModelSessionBusy,
    /// A benchmark code.
    SessionBuildLocked,
    /// A benchmark code.
    InviteHostStale,
    /// A benchmark code.
    FileLlmMissing,
    /// A benchmark code.
    VersionTriggerExceeded,
    /// A benchmark code.
    RoleCaptchaUnavailable,
    /// A benchmark code.
    WorkspaceDbConflict,
    /// A benchmark code.
    QuotaVaultRequired,
    /// A benchmark code.
    SnapshotVaultNotFound,
    /// A benchmark code.
    SessionVaultExpired,
    /// A benchmark code.
    DomainBuildExpired,
    /// A benchmark code.
    SecretManifestConflict,
    /// A benchmark code.
    CaptchaSessionReadOnly,
    /// A benchmark code.
    WokBuildTimeout,
    /// A benchmark code.
    CapacityVaultTimeout,
    /// A benchmark code.
    SandboxRunInvalid,
    /// A benchmark code.
    InviteDeploymentReadOnly,
    /// A benchmark code.
    AccountExecInvalid,
    /// A benchmark code.
    ExecSandboxInvalid,
    /// A benchmark code.
    ManifestExecMismatch,
    /// A benchmark code.
    WebhookQuotaInvalid,
    /// A benchmark code.
    BuildSandboxExpired,
    /// A benchmark code.
    SessionDbReadOnly,
    /// A benchmark code.
    ToolTokenRevoked,
    /// A benchmark code.
    FeatureFileMissing,
    /// A benchmark code.
    ExecRateExpired,
    /// A benchmark code.
    RunVaultConflict,
    /// A benchmark code.
    RateSnapshotConflict,
    /// A benchmark code.
    TriggerExecExceeded,
    /// A benchmark code.
    FunctionDeploymentRequired,
    /// A benchmark code.
    PaymentCronBusy,
    /// A benchmark code.
    QuotaChatDenied,
    /// A benchmark code.
    FunctionSubscriptionFailed,
    /// A benchmark code.
    SandboxRateLocked,
    /// A benchmark code.
    AuthLlmInUse,
    /// A benchmark code.
    VersionFunctionExpired,
    /// A benchmark code.
    ToolBuildMismatch,
    /// A benchmark code.
    VolumeRoleInUse,
    /// A benchmark code.
    RoleProjectTooLarge,
    /// A benchmark code.
    TierStatusExpired,
    /// A benchmark code.
    WebhookUserDenied,
    /// A benchmark code.
    FunctionInviteInvalid,
    /// A benchmark code.
    HostSecretRevoked,
    /// A benchmark code.
    TriggerAgentReadOnly,
    /// A benchmark code.
    MemberToolFailed,
    /// A benchmark code.
    ToolTierUnavailable,
    /// A benchmark code.
    ModelCronExpired,
    /// A benchmark code.
    TriggerAuthInvalid,
    /// A benchmark code.
    ToolMemberRequired,
    /// A benchmark code.
    RunMemberForbidden,
    /// A benchmark code.
    FunctionVolumeExceeded,
    /// A benchmark code.
    CapacityQuotaStale,
    /// A benchmark code.
    OrgFeatureInvalid,
    /// A benchmark code.
    TemplateBillingFailed,
    /// A benchmark code.
    SessionUserReadOnly,
    /// A benchmark code.
    PaymentStatusMismatch,
    /// A benchmark code.
    HostQuotaStale,
    /// A benchmark code.
    CapacityTemplateForbidden,
    /// A benchmark code.
    RoleOrgDenied,
    /// A benchmark code.
    SessionFunctionRevoked,
    /// A benchmark code.
    WokUserExpired,
    /// A benchmark code.
    ProjectManifestInvalid,
    /// A benchmark code.
    AccountWokTimeout,
    /// A benchmark code.
    TriggerCaptchaConflict,
}

pub const CODES_100: [&str; 100] = [
    "WOK_FEATURE_CONFLICT",
    "CAPACITY_HOST_FAILED",
    "WOK_CRON_EXPIRED",
    "KEY_EMAIL_BUSY",
    "RATE_MEMBER_REQUIRED",
    "FEATURE_SECRET_EXCEEDED",
    "FILE_FEATURE_NOT_FOUND",
    "TEMPLATE_TOKEN_BUSY",
    "EXEC_FUNCTION_REQUIRED",
    "KEY_PROJECT_EXPIRED",
    "PROJECT_VERSION_UNAVAILABLE",
    "DEPLOYMENT_SUBSCRIPTION_EXCEEDED",
    "USER_TIER_LOCKED",
    "TOOL_BILLING_FORBIDDEN",
    "VAULT_EXEC_MISSING",
    "EMAIL_MODEL_REVOKED",
    "INVITE_HOST_FORBIDDEN",
    "SESSION_SECRET_CONFLICT",
    "CHAT_TRIGGER_INVALID",
    "MODEL_AGENT_STALE",
    "LLM_VAULT_IN_USE",
    "TEMPLATE_TIER_REQUIRED",
    "EMAIL_EXEC_CONFLICT",
    "RATE_DEPLOYMENT_IN_USE",
    "MODEL_CAPACITY_TOO_LARGE",
    "FILE_TOOL_STALE",
    "DB_ORG_IN_USE",
    "QUOTA_RATE_TIMEOUT",
    "FEATURE_KEY_DENIED",
    "ORG_PAYMENT_INVALID",
    "FILE_DEPLOYMENT_READ_ONLY",
    "MEMBER_FEATURE_REQUIRED",
    "CHAT_EXEC_MISSING",
    "TEMPLATE_HOST_TOO_LARGE",
    "MANIFEST_ORG_STALE",
    "RATE_AUTH_DENIED",
    "MODEL_SESSION_BUSY",
    "SESSION_BUILD_LOCKED",
    "INVITE_HOST_STALE",
    "FILE_LLM_MISSING",
    "VERSION_TRIGGER_EXCEEDED",
    "ROLE_CAPTCHA_UNAVAILABLE",
    "WORKSPACE_DB_CONFLICT",
    "QUOTA_VAULT_REQUIRED",
    "SNAPSHOT_VAULT_NOT_FOUND",
    "SESSION_VAULT_EXPIRED",
    "DOMAIN_BUILD_EXPIRED",
    "SECRET_MANIFEST_CONFLICT",
    "CAPTCHA_SESSION_READ_ONLY",
    "WOK_BUILD_TIMEOUT",
    "CAPACITY_VAULT_TIMEOUT",
    "SANDBOX_RUN_INVALID",
    "INVITE_DEPLOYMENT_READ_ONLY",
    "ACCOUNT_EXEC_INVALID",
    "EXEC_SANDBOX_INVALID",
    "MANIFEST_EXEC_MISMATCH",
    "WEBHOOK_QUOTA_INVALID",
    "BUILD_SANDBOX_EXPIRED",
    "SESSION_DB_READ_ONLY",
    "TOOL_TOKEN_REVOKED",
    "FEATURE_FILE_MISSING",
    "EXEC_RATE_EXPIRED",
    "RUN_VAULT_CONFLICT",
    "RATE_SNAPSHOT_CONFLICT",
    "TRIGGER_EXEC_EXCEEDED",
    "FUNCTION_DEPLOYMENT_REQUIRED",
    "PAYMENT_CRON_BUSY",
    "QUOTA_CHAT_DENIED",
    "FUNCTION_SUBSCRIPTION_FAILED",
    "SANDBOX_RATE_LOCKED",
    "AUTH_LLM_IN_USE",
    "VERSION_FUNCTION_EXPIRED",
    "TOOL_BUILD_MISMATCH",
    "VOLUME_ROLE_IN_USE",
    "ROLE_PROJECT_TOO_LARGE",
    "TIER_STATUS_EXPIRED",
    "WEBHOOK_USER_DENIED",
    "FUNCTION_INVITE_INVALID",
    "HOST_SECRET_REVOKED",
    "TRIGGER_AGENT_READ_ONLY",
    "MEMBER_TOOL_FAILED",
    "TOOL_TIER_UNAVAILABLE",
    "MODEL_CRON_EXPIRED",
    "TRIGGER_AUTH_INVALID",
    "TOOL_MEMBER_REQUIRED",
    "RUN_MEMBER_FORBIDDEN",
    "FUNCTION_VOLUME_EXCEEDED",
    "CAPACITY_QUOTA_STALE",
    "ORG_FEATURE_INVALID",
    "TEMPLATE_BILLING_FAILED",
    "SESSION_USER_READ_ONLY",
    "PAYMENT_STATUS_MISMATCH",
    "HOST_QUOTA_STALE",
    "CAPACITY_TEMPLATE_FORBIDDEN",
    "ROLE_ORG_DENIED",
    "SESSION_FUNCTION_REVOKED",
    "WOK_USER_EXPIRED",
    "PROJECT_MANIFEST_INVALID",
    "ACCOUNT_WOK_TIMEOUT",
    "TRIGGER_CAPTCHA_CONFLICT",
];

pub fn match_100(code: &str) -> Option<Codes100> {
    Some(match code {
        "WOK_FEATURE_CONFLICT" => Codes100::WokFeatureConflict,
        "CAPACITY_HOST_FAILED" => Codes100::CapacityHostFailed,
        "WOK_CRON_EXPIRED" => Codes100::WokCronExpired,
        "KEY_EMAIL_BUSY" => Codes100::KeyEmailBusy,
        "RATE_MEMBER_REQUIRED" => Codes100::RateMemberRequired,
        "FEATURE_SECRET_EXCEEDED" => Codes100::FeatureSecretExceeded,
        "FILE_FEATURE_NOT_FOUND" => Codes100::FileFeatureNotFound,
        "TEMPLATE_TOKEN_BUSY" => Codes100::TemplateTokenBusy,
        "EXEC_FUNCTION_REQUIRED" => Codes100::ExecFunctionRequired,
        "KEY_PROJECT_EXPIRED" => Codes100::KeyProjectExpired,
        "PROJECT_VERSION_UNAVAILABLE" => Codes100::ProjectVersionUnavailable,
        "DEPLOYMENT_SUBSCRIPTION_EXCEEDED" => Codes100::DeploymentSubscriptionExceeded,
        "USER_TIER_LOCKED" => Codes100::UserTierLocked,
        "TOOL_BILLING_FORBIDDEN" => Codes100::ToolBillingForbidden,
        "VAULT_EXEC_MISSING" => Codes100::VaultExecMissing,
        "EMAIL_MODEL_REVOKED" => Codes100::EmailModelRevoked,
        "INVITE_HOST_FORBIDDEN" => Codes100::InviteHostForbidden,
        "SESSION_SECRET_CONFLICT" => Codes100::SessionSecretConflict,
        "CHAT_TRIGGER_INVALID" => Codes100::ChatTriggerInvalid,
        "MODEL_AGENT_STALE" => Codes100::ModelAgentStale,
        "LLM_VAULT_IN_USE" => Codes100::LlmVaultInUse,
        "TEMPLATE_TIER_REQUIRED" => Codes100::TemplateTierRequired,
        "EMAIL_EXEC_CONFLICT" => Codes100::EmailExecConflict,
        "RATE_DEPLOYMENT_IN_USE" => Codes100::RateDeploymentInUse,
        "MODEL_CAPACITY_TOO_LARGE" => Codes100::ModelCapacityTooLarge,
        "FILE_TOOL_STALE" => Codes100::FileToolStale,
        "DB_ORG_IN_USE" => Codes100::DbOrgInUse,
        "QUOTA_RATE_TIMEOUT" => Codes100::QuotaRateTimeout,
        "FEATURE_KEY_DENIED" => Codes100::FeatureKeyDenied,
        "ORG_PAYMENT_INVALID" => Codes100::OrgPaymentInvalid,
        "FILE_DEPLOYMENT_READ_ONLY" => Codes100::FileDeploymentReadOnly,
        "MEMBER_FEATURE_REQUIRED" => Codes100::MemberFeatureRequired,
        "CHAT_EXEC_MISSING" => Codes100::ChatExecMissing,
        "TEMPLATE_HOST_TOO_LARGE" => Codes100::TemplateHostTooLarge,
        "MANIFEST_ORG_STALE" => Codes100::ManifestOrgStale,
        "RATE_AUTH_DENIED" => Codes100::RateAuthDenied,
        "MODEL_SESSION_BUSY" => Codes100::ModelSessionBusy,
        "SESSION_BUILD_LOCKED" => Codes100::SessionBuildLocked,
        "INVITE_HOST_STALE" => Codes100::InviteHostStale,
        "FILE_LLM_MISSING" => Codes100::FileLlmMissing,
        "VERSION_TRIGGER_EXCEEDED" => Codes100::VersionTriggerExceeded,
        "ROLE_CAPTCHA_UNAVAILABLE" => Codes100::RoleCaptchaUnavailable,
        "WORKSPACE_DB_CONFLICT" => Codes100::WorkspaceDbConflict,
        "QUOTA_VAULT_REQUIRED" => Codes100::QuotaVaultRequired,
        "SNAPSHOT_VAULT_NOT_FOUND" => Codes100::SnapshotVaultNotFound,
        "SESSION_VAULT_EXPIRED" => Codes100::SessionVaultExpired,
        "DOMAIN_BUILD_EXPIRED" => Codes100::DomainBuildExpired,
        "SECRET_MANIFEST_CONFLICT" => Codes100::SecretManifestConflict,
        "CAPTCHA_SESSION_READ_ONLY" => Codes100::CaptchaSessionReadOnly,
        "WOK_BUILD_TIMEOUT" => Codes100::WokBuildTimeout,
        "CAPACITY_VAULT_TIMEOUT" => Codes100::CapacityVaultTimeout,
        "SANDBOX_RUN_INVALID" => Codes100::SandboxRunInvalid,
        "INVITE_DEPLOYMENT_READ_ONLY" => Codes100::InviteDeploymentReadOnly,
        "ACCOUNT_EXEC_INVALID" => Codes100::AccountExecInvalid,
        "EXEC_SANDBOX_INVALID" => Codes100::ExecSandboxInvalid,
        "MANIFEST_EXEC_MISMATCH" => Codes100::ManifestExecMismatch,
        "WEBHOOK_QUOTA_INVALID" => Codes100::WebhookQuotaInvalid,
        "BUILD_SANDBOX_EXPIRED" => Codes100::BuildSandboxExpired,
        "SESSION_DB_READ_ONLY" => Codes100::SessionDbReadOnly,
        "TOOL_TOKEN_REVOKED" => Codes100::ToolTokenRevoked,
        "FEATURE_FILE_MISSING" => Codes100::FeatureFileMissing,
        "EXEC_RATE_EXPIRED" => Codes100::ExecRateExpired,
        "RUN_VAULT_CONFLICT" => Codes100::RunVaultConflict,
        "RATE_SNAPSHOT_CONFLICT" => Codes100::RateSnapshotConflict,
        "TRIGGER_EXEC_EXCEEDED" => Codes100::TriggerExecExceeded,
        "FUNCTION_DEPLOYMENT_REQUIRED" => Codes100::FunctionDeploymentRequired,
        "PAYMENT_CRON_BUSY" => Codes100::PaymentCronBusy,
        "QUOTA_CHAT_DENIED" => Codes100::QuotaChatDenied,
        "FUNCTION_SUBSCRIPTION_FAILED" => Codes100::FunctionSubscriptionFailed,
        "SANDBOX_RATE_LOCKED" => Codes100::SandboxRateLocked,
        "AUTH_LLM_IN_USE" => Codes100::AuthLlmInUse,
        "VERSION_FUNCTION_EXPIRED" => Codes100::VersionFunctionExpired,
        "TOOL_BUILD_MISMATCH" => Codes100::ToolBuildMismatch,
        "VOLUME_ROLE_IN_USE" => Codes100::VolumeRoleInUse,
        "ROLE_PROJECT_TOO_LARGE" => Codes100::RoleProjectTooLarge,
        "TIER_STATUS_EXPIRED" => Codes100::TierStatusExpired,
        "WEBHOOK_USER_DENIED" => Codes100::WebhookUserDenied,
        "FUNCTION_INVITE_INVALID" => Codes100::FunctionInviteInvalid,
        "HOST_SECRET_REVOKED" => Codes100::HostSecretRevoked,
        "TRIGGER_AGENT_READ_ONLY" => Codes100::TriggerAgentReadOnly,
        "MEMBER_TOOL_FAILED" => Codes100::MemberToolFailed,
        "TOOL_TIER_UNAVAILABLE" => Codes100::ToolTierUnavailable,
        "MODEL_CRON_EXPIRED" => Codes100::ModelCronExpired,
        "TRIGGER_AUTH_INVALID" => Codes100::TriggerAuthInvalid,
        "TOOL_MEMBER_REQUIRED" => Codes100::ToolMemberRequired,
        "RUN_MEMBER_FORBIDDEN" => Codes100::RunMemberForbidden,
        "FUNCTION_VOLUME_EXCEEDED" => Codes100::FunctionVolumeExceeded,
        "CAPACITY_QUOTA_STALE" => Codes100::CapacityQuotaStale,
        "ORG_FEATURE_INVALID" => Codes100::OrgFeatureInvalid,
        "TEMPLATE_BILLING_FAILED" => Codes100::TemplateBillingFailed,
        "SESSION_USER_READ_ONLY" => Codes100::SessionUserReadOnly,
        "PAYMENT_STATUS_MISMATCH" => Codes100::PaymentStatusMismatch,
        "HOST_QUOTA_STALE" => Codes100::HostQuotaStale,
        "CAPACITY_TEMPLATE_FORBIDDEN" => Codes100::CapacityTemplateForbidden,
        "ROLE_ORG_DENIED" => Codes100::RoleOrgDenied,
        "SESSION_FUNCTION_REVOKED" => Codes100::SessionFunctionRevoked,
        "WOK_USER_EXPIRED" => Codes100::WokUserExpired,
        "PROJECT_MANIFEST_INVALID" => Codes100::ProjectManifestInvalid,
        "ACCOUNT_WOK_TIMEOUT" => Codes100::AccountWokTimeout,
        "TRIGGER_CAPTCHA_CONFLICT" => Codes100::TriggerCaptchaConflict,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ApiError)]
#[api(format = "flat", status = 400)]
pub enum Codes1000 {
    /// A benchmark code.
    WokFeatureConflict,
    /// A benchmark code.
    CapacityHostFailed,
    /// A benchmark code.
    WokCronExpired,
    /// A benchmark code.
    KeyEmailBusy,
    /// A benchmark code.
    RateMemberRequired,
    /// A benchmark code.
    FeatureSecretExceeded,
    /// A benchmark code.
    FileFeatureNotFound,
    /// A benchmark code.
    TemplateTokenBusy,
    /// A benchmark code.
    ExecFunctionRequired,
    /// A benchmark code.
    KeyProjectExpired,
    /// A benchmark code.
    ProjectVersionUnavailable,
    /// A benchmark code.
    DeploymentSubscriptionExceeded,
    /// A benchmark code.
    UserTierLocked,
    /// A benchmark code.
    ToolBillingForbidden,
    /// A benchmark code.
    VaultExecMissing,
    /// A benchmark code.
    EmailModelRevoked,
    /// A benchmark code.
    InviteHostForbidden,
    /// A benchmark code.
    SessionSecretConflict,
    /// A benchmark code.
    ChatTriggerInvalid,
    /// A benchmark code.
    ModelAgentStale,
    /// A benchmark code.
    LlmVaultInUse,
    /// A benchmark code.
    TemplateTierRequired,
    /// A benchmark code.
    EmailExecConflict,
    /// A benchmark code.
    RateDeploymentInUse,
    /// A benchmark code.
    ModelCapacityTooLarge,
    /// A benchmark code.
    FileToolStale,
    /// A benchmark code.
    DbOrgInUse,
    /// A benchmark code.
    QuotaRateTimeout,
    /// A benchmark code.
    FeatureKeyDenied,
    /// A benchmark code.
    OrgPaymentInvalid,
    /// A benchmark code.
    FileDeploymentReadOnly,
    /// A benchmark code.
    MemberFeatureRequired,
    /// A benchmark code.
    ChatExecMissing,
    /// A benchmark code.
    TemplateHostTooLarge,
    /// A benchmark code.
    ManifestOrgStale,
    /// A benchmark code.
    RateAuthDenied,
    /// A benchmark code.
    ModelSessionBusy,
    /// A benchmark code.
    SessionBuildLocked,
    /// A benchmark code.
    InviteHostStale,
    /// A benchmark code.
    FileLlmMissing,
    /// A benchmark code.
    VersionTriggerExceeded,
    /// A benchmark code.
    RoleCaptchaUnavailable,
    /// A benchmark code.
    WorkspaceDbConflict,
    /// A benchmark code.
    QuotaVaultRequired,
    /// A benchmark code.
    SnapshotVaultNotFound,
    /// A benchmark code.
    SessionVaultExpired,
    /// A benchmark code.
    DomainBuildExpired,
    /// A benchmark code.
    SecretManifestConflict,
    /// A benchmark code.
    CaptchaSessionReadOnly,
    /// A benchmark code.
    WokBuildTimeout,
    /// A benchmark code.
    CapacityVaultTimeout,
    /// A benchmark code.
    SandboxRunInvalid,
    /// A benchmark code.
    InviteDeploymentReadOnly,
    /// A benchmark code.
    AccountExecInvalid,
    /// A benchmark code.
    ExecSandboxInvalid,
    /// A benchmark code.
    ManifestExecMismatch,
    /// A benchmark code.
    WebhookQuotaInvalid,
    /// A benchmark code.
    BuildSandboxExpired,
    /// A benchmark code.
    SessionDbReadOnly,
    /// A benchmark code.
    ToolTokenRevoked,
    /// A benchmark code.
    FeatureFileMissing,
    /// A benchmark code.
    ExecRateExpired,
    /// A benchmark code.
    RunVaultConflict,
    /// A benchmark code.
    RateSnapshotConflict,
    /// A benchmark code.
    TriggerExecExceeded,
    /// A benchmark code.
    FunctionDeploymentRequired,
    /// A benchmark code.
    PaymentCronBusy,
    /// A benchmark code.
    QuotaChatDenied,
    /// A benchmark code.
    FunctionSubscriptionFailed,
    /// A benchmark code.
    SandboxRateLocked,
    /// A benchmark code.
    AuthLlmInUse,
    /// A benchmark code.
    VersionFunctionExpired,
    /// A benchmark code.
    ToolBuildMismatch,
    /// A benchmark code.
    VolumeRoleInUse,
    /// A benchmark code.
    RoleProjectTooLarge,
    /// A benchmark code.
    TierStatusExpired,
    /// A benchmark code.
    WebhookUserDenied,
    /// A benchmark code.
    FunctionInviteInvalid,
    /// A benchmark code.
    HostSecretRevoked,
    /// A benchmark code.
    TriggerAgentReadOnly,
    /// A benchmark code.
    MemberToolFailed,
    /// A benchmark code.
    ToolTierUnavailable,
    /// A benchmark code.
    ModelCronExpired,
    /// A benchmark code.
    TriggerAuthInvalid,
    /// A benchmark code.
    ToolMemberRequired,
    /// A benchmark code.
    RunMemberForbidden,
    /// A benchmark code.
    FunctionVolumeExceeded,
    /// A benchmark code.
    CapacityQuotaStale,
    /// A benchmark code.
    OrgFeatureInvalid,
    /// A benchmark code.
    TemplateBillingFailed,
    /// A benchmark code.
    SessionUserReadOnly,
    /// A benchmark code.
    PaymentStatusMismatch,
    /// A benchmark code.
    HostQuotaStale,
    /// A benchmark code.
    CapacityTemplateForbidden,
    /// A benchmark code.
    RoleOrgDenied,
    /// A benchmark code.
    SessionFunctionRevoked,
    /// A benchmark code.
    WokUserExpired,
    /// A benchmark code.
    ProjectManifestInvalid,
    /// A benchmark code.
    AccountWokTimeout,
    /// A benchmark code.
    TriggerCaptchaConflict,
    /// A benchmark code.
    VolumeKeyInvalid,
    /// A benchmark code.
    SubscriptionUserNotFound,
    /// A benchmark code.
    SubscriptionStatusForbidden,
    /// A benchmark code.
    MemberTierLocked,
    /// A benchmark code.
    ToolAuthNotFound,
    /// A benchmark code.
    EmailTokenLocked,
    /// A benchmark code.
    SecretBuildNotFound,
    /// A benchmark code.
    SandboxAccountRequired,
    /// A benchmark code.
    WorkspaceSecretForbidden,
    /// A benchmark code.
    RoleStatusNotFound,
    /// A benchmark code.
    ExecCronTimeout,
    /// A benchmark code.
    AuthLimitTooLarge,
    /// A benchmark code.
    TierAuthUnavailable,
    /// A benchmark code.
    BillingProjectBusy,
    /// A benchmark code.
    VersionAuthTimeout,
    /// A benchmark code.
    TriggerTierNotFound,
    /// A benchmark code.
    PaymentWorkspaceMissing,
    /// A benchmark code.
    AccountFeatureLocked,
    /// A benchmark code.
    DeploymentRoleMissing,
    /// A benchmark code.
    DbAccountTooLarge,
    /// A benchmark code.
    TriggerStatusLocked,
    /// A benchmark code.
    RoleBuildConflict,
    /// A benchmark code.
    SandboxChatMismatch,
    /// A benchmark code.
    DeploymentRateRequired,
    /// A benchmark code.
    LlmFeatureInUse,
    /// A benchmark code.
    AccountFeatureRequired,
    /// A benchmark code.
    SecretExecNotFound,
    /// A benchmark code.
    OrgStatusMissing,
    /// A benchmark code.
    AuthCronMismatch,
    /// A benchmark code.
    TemplateMemberReadOnly,
    /// A benchmark code.
    DbWokMissing,
    /// A benchmark code.
    RoleWebhookForbidden,
    /// A benchmark code.
    LimitProjectMismatch,
    /// A benchmark code.
    VolumeHostBusy,
    /// A benchmark code.
    CaptchaFeatureBusy,
    /// A benchmark code.
    MemberTriggerExpired,
    /// A benchmark code.
    ToolCronExceeded,
    /// A benchmark code.
    RateTemplateNotFound,
    /// A benchmark code.
    WokVersionTimeout,
    /// A benchmark code.
    DomainDeploymentMismatch,
    /// A benchmark code.
    ChatLimitExceeded,
    /// A benchmark code.
    UserLlmLocked,
    /// A benchmark code.
    HostEmailExpired,
    /// A benchmark code.
    MemberCaptchaUnavailable,
    /// A benchmark code.
    TemplateSessionExceeded,
    /// A benchmark code.
    DomainAuthFailed,
    /// A benchmark code.
    ExecTokenBusy,
    /// A benchmark code.
    InviteVolumeRevoked,
    /// A benchmark code.
    WokLlmLocked,
    /// A benchmark code.
    OrgEmailBusy,
    /// A benchmark code.
    KeyWebhookConflict,
    /// A benchmark code.
    WokFileConflict,
    /// A benchmark code.
    VersionRoleConflict,
    /// A benchmark code.
    RunCronMissing,
    /// A benchmark code.
    UserTemplateLocked,
    /// A benchmark code.
    RoleFileTimeout,
    /// A benchmark code.
    CronDeploymentForbidden,
    /// A benchmark code.
    WebhookTemplateMissing,
    /// A benchmark code.
    RoleLimitReadOnly,
    /// A benchmark code.
    OrgLimitMissing,
    /// A benchmark code.
    DomainEmailTimeout,
    /// A benchmark code.
    AgentKeyConflict,
    /// A benchmark code.
    HostToolMissing,
    /// A benchmark code.
    WorkspaceTemplateExpired,
    /// A benchmark code.
    SecretTokenRequired,
    /// A benchmark code.
    ManifestExecBusy,
    /// A benchmark code.
    AccountAgentLocked,
    /// A benchmark code.
    VersionTierMismatch,
    /// A benchmark code.
    ExecCaptchaUnavailable,
    /// A benchmark code.
    BuildUserRequired,
    /// A benchmark code.
    WebhookStatusFailed,
    /// A benchmark code.
    WorkspaceUserTimeout,
    /// A benchmark code.
    CaptchaLlmTooLarge,
    /// A benchmark code.
    DbAuthStale,
    /// A benchmark code.
    SnapshotChatStale,
    /// A benchmark code.
    HostDomainConflict,
    /// A benchmark code.
    AccountDomainInUse,
    /// A benchmark code.
    SubscriptionQuotaInvalid,
    /// A benchmark code.
    TierOrgInUse,
    /// A benchmark code.
    KeyFileReadOnly,
    /// A benchmark code.
    EmailCaptchaForbidden,
    /// A benchmark code.
    RoleLimitTimeout,
    /// A benchmark code.
    CapacitySandboxReadOnly,
    /// A benchmark code.
    LimitChatNotFound,
    /// A benchmark code.
    AuthLimitRevoked,
    /// A benchmark code.
    CapacityDbReadOnly,
    /// A benchmark code.
    EmailSessionDenied,
    /// A benchmark code.
    AgentBuildRequired,
    /// A benchmark code.
    WebhookBuildUnavailable,
    /// A benchmark code.
    CronBuildInvalid,
    /// A benchmark code.
    TemplateVolumeDenied,
    /// A benchmark code.
    SecretCapacityForbidden,
    /// A benchmark code.
    RunCaptchaExceeded,
    /// A benchmark code.
    TriggerMemberExpired,
    /// A benchmark code.
    InviteFileExpired,
    /// A benchmark code.
    VersionMemberForbidden,
    /// A benchmark code.
    SandboxTemplateDenied,
    /// A benchmark code.
    TierSecretRequired,
    /// A benchmark code.
    WorkspaceAccountDenied,
    /// A benchmark code.
    QuotaStatusRequired,
    /// A benchmark code.
    SubscriptionVersionStale,
    /// A benchmark code.
    LimitSnapshotRevoked,
    /// A benchmark code.
    CaptchaMemberInvalid,
    /// A benchmark code.
    CaptchaCronExceeded,
    /// A benchmark code.
    SubscriptionTriggerInvalid,
    /// A benchmark code.
    CaptchaFunctionReadOnly,
    /// A benchmark code.
    BuildDomainExpired,
    /// A benchmark code.
    WokSecretFailed,
    /// A benchmark code.
    VolumeTokenInUse,
    /// A benchmark code.
    FeatureUserRevoked,
    /// A benchmark code.
    DomainWorkspaceExpired,
    /// A benchmark code.
    InviteDeploymentForbidden,
    /// A benchmark code.
    VaultEmailReadOnly,
    /// A benchmark code.
    ChatAuthDenied,
    /// A benchmark code.
    CronProjectForbidden,
    /// A benchmark code.
    RateLlmMismatch,
    /// A benchmark code.
    VaultVersionMismatch,
    /// A benchmark code.
    ExecInviteFailed,
    /// A benchmark code.
    SandboxWokForbidden,
    /// A benchmark code.
    SecretRoleDenied,
    /// A benchmark code.
    LimitOrgMissing,
    /// A benchmark code.
    ManifestInviteForbidden,
    /// A benchmark code.
    FunctionPaymentMissing,
    /// A benchmark code.
    FeatureFunctionMissing,
    /// A benchmark code.
    CronModelExpired,
    /// A benchmark code.
    AccountFunctionNotFound,
    /// A benchmark code.
    VersionVaultTooLarge,
    /// A benchmark code.
    TierExecLocked,
    /// A benchmark code.
    VolumeTriggerRevoked,
    /// A benchmark code.
    ManifestAuthExpired,
    /// A benchmark code.
    SecretOrgMissing,
    /// A benchmark code.
    BuildRateLocked,
    /// A benchmark code.
    CronVaultFailed,
    /// A benchmark code.
    CapacityLlmMissing,
    /// A benchmark code.
    StatusWorkspaceExceeded,
    /// A benchmark code.
    DeploymentEmailTooLarge,
    /// A benchmark code.
    StatusLlmDenied,
    /// A benchmark code.
    ToolLimitInvalid,
    /// A benchmark code.
    TriggerExecMismatch,
    /// A benchmark code.
    ChatAgentRevoked,
    /// A benchmark code.
    LimitDbStale,
    /// A benchmark code.
    WokOrgExpired,
    /// A benchmark code.
    TemplateEmailLocked,
    /// A benchmark code.
    FunctionProjectInUse,
    /// A benchmark code.
    ManifestFeatureDenied,
    /// A benchmark code.
    DeploymentModelBusy,
    /// A benchmark code.
    AgentLlmForbidden,
    /// A benchmark code.
    KeyWebhookDenied,
    /// A benchmark code.
    FeatureSessionUnavailable,
    /// A benchmark code.
    InviteDeploymentInvalid,
    /// A benchmark code.
    SubscriptionBillingStale,
    /// A benchmark code.
    WokTierForbidden,
    /// A benchmark code.
    MemberCronLocked,
    /// A benchmark code.
    UserFunctionLocked,
    /// A benchmark code.
    PaymentRunInUse,
    /// A benchmark code.
    AgentExecExceeded,
    /// A benchmark code.
    SessionCaptchaRequired,
    /// A benchmark code.
    ToolAccountStale,
    /// A benchmark code.
    LimitHostInvalid,
    /// A benchmark code.
    BillingDomainInUse,
    /// A benchmark code.
    PaymentUserMismatch,
    /// A benchmark code.
    UserLlmRequired,
    /// A benchmark code.
    StatusRunUnavailable,
    /// A benchmark code.
    DeploymentRoleRequired,
    /// A benchmark code.
    SessionCapacityTooLarge,
    /// A benchmark code.
    MemberHostMissing,
    /// A benchmark code.
    MemberRunInvalid,
    /// A benchmark code.
    VolumeSecretBusy,
    /// A benchmark code.
    PaymentCronDenied,
    /// A benchmark code.
    TriggerTokenExceeded,
    /// A benchmark code.
    SandboxWorkspaceInUse,
    /// A benchmark code.
    DomainStatusUnavailable,
    /// A benchmark code.
    HostSubscriptionInvalid,
    /// A benchmark code.
    AccountOrgInUse,
    /// A benchmark code.
    LimitProjectReadOnly,
    /// A benchmark code.
    AccountFunctionConflict,
    /// A benchmark code.
    RateQuotaTooLarge,
    /// A benchmark code.
    FunctionEmailMismatch,
    /// A benchmark code.
    BillingRateTimeout,
    /// A benchmark code.
    ManifestSnapshotDenied,
    /// A benchmark code.
    HostChatUnavailable,
    /// A benchmark code.
    ModelVolumeBusy,
    /// A benchmark code.
    AccountSubscriptionRevoked,
    /// A benchmark code.
    KeyStatusReadOnly,
    /// A benchmark code.
    MemberAuthExpired,
    /// A benchmark code.
    CaptchaUserInUse,
    /// A benchmark code.
    PaymentUserReadOnly,
    /// A benchmark code.
    PaymentDomainForbidden,
    /// A benchmark code.
    QuotaInviteExpired,
    /// A benchmark code.
    WebhookTriggerMissing,
    /// A benchmark code.
    SessionWorkspaceInUse,
    /// A benchmark code.
    KeyRateTimeout,
    /// A benchmark code.
    LimitAccountDenied,
    /// A benchmark code.
    AuthAgentStale,
    /// A benchmark code.
    PaymentCaptchaInvalid,
    /// A benchmark code.
    MemberChatForbidden,
    /// A benchmark code.
    BillingRoleMissing,
    /// A benchmark code.
    EmailInviteConflict,
    /// A benchmark code.
    WorkspaceAuthRevoked,
    /// A benchmark code.
    SandboxQuotaFailed,
    /// A benchmark code.
    SecretProjectUnavailable,
    /// A benchmark code.
    RoleVersionStale,
    /// A benchmark code.
    PaymentCaptchaDenied,
    /// A benchmark code.
    AccountWorkspaceInvalid,
    /// A benchmark code.
    ProjectTokenExceeded,
    /// A benchmark code.
    AgentTriggerRevoked,
    /// A benchmark code.
    VolumeVaultTimeout,
    /// A benchmark code.
    SandboxTriggerConflict,
    /// A benchmark code.
    TokenModelInUse,
    /// A benchmark code.
    CapacityDomainConflict,
    /// A benchmark code.
    DomainLimitForbidden,
    /// A benchmark code.
    WorkspaceCaptchaConflict,
    /// A benchmark code.
    ChatExecExpired,
    /// A benchmark code.
    CronRateTimeout,
    /// A benchmark code.
    StatusQuotaReadOnly,
    /// A benchmark code.
    AgentStatusInvalid,
    /// A benchmark code.
    TokenCaptchaNotFound,
    /// A benchmark code.
    AccountSessionInvalid,
    /// A benchmark code.
    ExecToolStale,
    /// A benchmark code.
    FeatureCapacityUnavailable,
    /// A benchmark code.
    AuthModelStale,
    /// A benchmark code.
    SandboxTokenExpired,
    /// A benchmark code.
    CronKeyReadOnly,
    /// A benchmark code.
    VersionBuildRevoked,
    /// A benchmark code.
    LlmStatusNotFound,
    /// A benchmark code.
    InviteSecretTooLarge,
    /// A benchmark code.
    FeatureVersionTooLarge,
    /// A benchmark code.
    VaultFunctionFailed,
    /// A benchmark code.
    HostDomainNotFound,
    /// A benchmark code.
    QuotaCronExpired,
    /// A benchmark code.
    FunctionFileInUse,
    /// A benchmark code.
    HostLimitInUse,
    /// A benchmark code.
    ToolSessionFailed,
    /// A benchmark code.
    FunctionModelNotFound,
    /// A benchmark code.
    FileCronBusy,
    /// A benchmark code.
    FileModelMismatch,
    /// A benchmark code.
    AuthToolExceeded,
    /// A benchmark code.
    WebhookRunRevoked,
    /// A benchmark code.
    LimitExecMismatch,
    /// A benchmark code.
    PaymentAccountDenied,
    /// A benchmark code.
    TokenCronMissing,
    /// A benchmark code.
    FileLimitMismatch,
    /// A benchmark code.
    CronSecretForbidden,
    /// A benchmark code.
    QuotaModelFailed,
    /// A benchmark code.
    VaultHostFailed,
    /// A benchmark code.
    BuildKeyReadOnly,
    /// A benchmark code.
    CaptchaSecretLocked,
    /// A benchmark code.
    CronWokReadOnly,
    /// A benchmark code.
    EmailVolumeLocked,
    /// A benchmark code.
    OrgFeatureInUse,
    /// A benchmark code.
    SandboxVaultMissing,
    /// A benchmark code.
    HostFeatureRequired,
    /// A benchmark code.
    UserProjectMismatch,
    /// A benchmark code.
    AuthFileLocked,
    /// A benchmark code.
    RunQuotaMissing,
    /// A benchmark code.
    WebhookDomainForbidden,
    /// A benchmark code.
    BillingTierUnavailable,
    /// A benchmark code.
    SnapshotKeyRevoked,
    /// A benchmark code.
    MemberEmailExpired,
    /// A benchmark code.
    VersionAuthInvalid,
    /// A benchmark code.
    StatusSnapshotMismatch,
    /// A benchmark code.
    ToolFunctionLocked,
    /// A benchmark code.
    ModelAgentInUse,
    /// A benchmark code.
    LlmQuotaTooLarge,
    /// A benchmark code.
    CronOrgFailed,
    /// A benchmark code.
    DomainManifestReadOnly,
    /// A benchmark code.
    DomainModelInUse,
    /// A benchmark code.
    FileSandboxRevoked,
    /// A benchmark code.
    CronSessionExpired,
    /// A benchmark code.
    ChatFeatureUnavailable,
    /// A benchmark code.
    HostBillingConflict,
    /// A benchmark code.
    VersionRunReadOnly,
    /// A benchmark code.
    ToolVolumeExpired,
    /// A benchmark code.
    AuthSandboxStale,
    /// A benchmark code.
    ManifestCapacityTimeout,
    /// A benchmark code.
    SessionFunctionConflict,
    /// A benchmark code.
    LlmSubscriptionRevoked,
    /// A benchmark code.
    SubscriptionWebhookBusy,
    /// A benchmark code.
    VaultSnapshotMissing,
    /// A benchmark code.
    WokTriggerRevoked,
    /// A benchmark code.
    WorkspaceAccountExceeded,
    /// A benchmark code.
    VersionLimitLocked,
    /// A benchmark code.
    InviteToolTooLarge,
    /// A benchmark code.
    FileTierExceeded,
    /// A benchmark code.
    DbChatInUse,
    /// A benchmark code.
    SecretEmailInUse,
    /// A benchmark code.
    KeyHostFailed,
    /// A benchmark code.
    RoleAccountMissing,
    /// A benchmark code.
    TierStatusForbidden,
    /// A benchmark code.
    UserAuthUnavailable,
    /// A benchmark code.
    PaymentDomainInvalid,
    /// A benchmark code.
    CapacityRoleForbidden,
    /// A benchmark code.
    InviteModelFailed,
    /// A benchmark code.
    SandboxManifestConflict,
    /// A benchmark code.
    RunDeploymentBusy,
    /// A benchmark code.
    WokAccountDenied,
    /// A benchmark code.
    AccountCapacityInvalid,
    /// A benchmark code.
    ProjectSnapshotExpired,
    /// A benchmark code.
    QuotaTierTimeout,
    /// A benchmark code.
    RunTierMissing,
    /// A benchmark code.
    VersionProjectMissing,
    /// A benchmark code.
    WebhookDomainReadOnly,
    /// A benchmark code.
    SandboxPaymentInUse,
    /// A benchmark code.
    CaptchaHostMismatch,
    /// A benchmark code.
    AgentTemplateForbidden,
    /// A benchmark code.
    CapacityProjectTooLarge,
    /// A benchmark code.
    UserTokenDenied,
    /// A benchmark code.
    WokLlmInvalid,
    /// A benchmark code.
    CronLimitUnavailable,
    /// A benchmark code.
    EmailBuildLocked,
    /// A benchmark code.
    TriggerBuildRequired,
    /// A benchmark code.
    EmailPaymentMissing,
    /// A benchmark code.
    SubscriptionHostUnavailable,
    /// A benchmark code.
    RoleModelTimeout,
    /// A benchmark code.
    ProjectFileFailed,
    /// A benchmark code.
    MemberSessionLocked,
    /// A benchmark code.
    ProjectExecFailed,
    /// A benchmark code.
    BillingWebhookTooLarge,
    /// A benchmark code.
    PaymentSecretReadOnly,
    /// A benchmark code.
    OrgWorkspaceForbidden,
    /// A benchmark code.
    AgentProjectExceeded,
    /// A benchmark code.
    WebhookAgentUnavailable,
    /// A benchmark code.
    TriggerInviteConflict,
    /// A benchmark code.
    SnapshotWokNotFound,
    /// A benchmark code.
    FilePaymentReadOnly,
    /// A benchmark code.
    VolumeOrgBusy,
    /// A benchmark code.
    OrgFileRequired,
    /// A benchmark code.
    FileWorkspaceMissing,
    /// A benchmark code.
    FileWebhookMismatch,
    /// A benchmark code.
    LimitHostInUse,
    /// A benchmark code.
    SnapshotSubscriptionMissing,
    /// A benchmark code.
    InviteKeyConflict,
    /// A benchmark code.
    CapacityWorkspaceRequired,
    /// A benchmark code.
    RunPaymentTimeout,
    /// A benchmark code.
    LimitCaptchaConflict,
    /// A benchmark code.
    ChatSnapshotFailed,
    /// A benchmark code.
    FunctionUserFailed,
    /// A benchmark code.
    SnapshotCronMissing,
    /// A benchmark code.
    RoleTierInUse,
    /// A benchmark code.
    LimitWebhookExceeded,
    /// A benchmark code.
    RateTierTooLarge,
    /// A benchmark code.
    FilePaymentBusy,
    /// A benchmark code.
    SubscriptionBuildLocked,
    /// A benchmark code.
    SnapshotVersionForbidden,
    /// A benchmark code.
    TierFeatureStale,
    /// A benchmark code.
    RoleVersionFailed,
    /// A benchmark code.
    BuildTemplateForbidden,
    /// A benchmark code.
    SnapshotTemplateTimeout,
    /// A benchmark code.
    ExecAgentMissing,
    /// A benchmark code.
    VersionModelForbidden,
    /// A benchmark code.
    AgentVaultUnavailable,
    /// A benchmark code.
    TriggerFeatureNotFound,
    /// A benchmark code.
    FileLimitLocked,
    /// A benchmark code.
    DeploymentAccountTooLarge,
    /// A benchmark code.
    SnapshotCapacityTooLarge,
    /// A benchmark code.
    FeatureDeploymentUnavailable,
    /// A benchmark code.
    TierFunctionReadOnly,
    /// A benchmark code.
    DeploymentQuotaLocked,
    /// A benchmark code.
    ProjectPaymentExceeded,
    /// A benchmark code.
    AuthToolDenied,
    /// A benchmark code.
    StatusFunctionRequired,
    /// A benchmark code.
    TokenWorkspaceReadOnly,
    /// A benchmark code.
    OrgStatusLocked,
    /// A benchmark code.
    StatusCapacityExpired,
    /// A benchmark code.
    SubscriptionCronFailed,
    /// A benchmark code.
    InviteToolDenied,
    /// A benchmark code.
    QuotaAuthReadOnly,
    /// A benchmark code.
    ModelAccountExceeded,
    /// A benchmark code.
    LlmCronForbidden,
    /// A benchmark code.
    AuthAccountTooLarge,
    /// A benchmark code.
    SandboxDbInUse,
    /// A benchmark code.
    CronTokenForbidden,
    /// A benchmark code.
    AuthTokenTimeout,
    /// A benchmark code.
    TokenAccountRequired,
    /// A benchmark code.
    ManifestLimitExpired,
    /// A benchmark code.
    QuotaFunctionStale,
    /// A benchmark code.
    ExecQuotaInUse,
    /// A benchmark code.
    SecretRunRequired,
    /// A benchmark code.
    DbDeploymentInvalid,
    /// A benchmark code.
    BillingDeploymentExceeded,
    /// A benchmark code.
    MemberStatusInUse,
    /// A benchmark code.
    EmailCapacityFailed,
    /// A benchmark code.
    ExecCronForbidden,
    /// A benchmark code.
    RateLlmExceeded,
    /// A benchmark code.
    RoleVersionLocked,
    /// A benchmark code.
    BillingMemberFailed,
    /// A benchmark code.
    TierTemplateDenied,
    /// A benchmark code.
    RoleManifestReadOnly,
    /// A benchmark code.
    KeyUserReadOnly,
    /// A benchmark code.
    UserRateMismatch,
    /// A benchmark code.
    RunFeatureDenied,
    /// A benchmark code.
    UserRoleInvalid,
    /// A benchmark code.
    ChatProjectExpired,
    /// A benchmark code.
    QuotaAccountInUse,
    /// A benchmark code.
    EmailOrgTimeout,
    /// A benchmark code.
    TriggerTokenNotFound,
    /// A benchmark code.
    ExecWokTooLarge,
    /// A benchmark code.
    ToolBuildExpired,
    /// A benchmark code.
    ToolVersionLocked,
    /// A benchmark code.
    SessionTriggerForbidden,
    /// A benchmark code.
    BillingManifestNotFound,
    /// A benchmark code.
    ProjectToolDenied,
    /// A benchmark code.
    WorkspaceFunctionExpired,
    /// A benchmark code.
    ExecWebhookMismatch,
    /// A benchmark code.
    RateVersionBusy,
    /// A benchmark code.
    WebhookVersionForbidden,
    /// A benchmark code.
    ToolInviteExpired,
    /// A benchmark code.
    RunBuildRequired,
    /// A benchmark code.
    LlmInviteRevoked,
    /// A benchmark code.
    FeatureSubscriptionMismatch,
    /// A benchmark code.
    ToolFunctionConflict,
    /// A benchmark code.
    ToolSnapshotDenied,
    /// A benchmark code.
    BillingAccountInvalid,
    /// A benchmark code.
    ToolTierRevoked,
    /// A benchmark code.
    ToolFeatureBusy,
    /// A benchmark code.
    BuildSandboxConflict,
    /// A benchmark code.
    ToolTierForbidden,
    /// A benchmark code.
    SecretPaymentNotFound,
    /// A benchmark code.
    WokDbReadOnly,
    /// A benchmark code.
    RateWorkspaceConflict,
    /// A benchmark code.
    PaymentBuildInvalid,
    /// A benchmark code.
    BuildChatExpired,
    /// A benchmark code.
    TriggerFileInvalid,
    /// A benchmark code.
    InviteDbConflict,
    /// A benchmark code.
    PaymentSandboxStale,
    /// A benchmark code.
    FileManifestTimeout,
    /// A benchmark code.
    LimitSecretRevoked,
    /// A benchmark code.
    BillingTierConflict,
    /// A benchmark code.
    TemplateFunctionLocked,
    /// A benchmark code.
    WebhookVersionExceeded,
    /// A benchmark code.
    VersionProjectReadOnly,
    /// A benchmark code.
    ChatCronReadOnly,
    /// A benchmark code.
    OrgProjectMismatch,
    /// A benchmark code.
    CaptchaInviteMismatch,
    /// A benchmark code.
    EmailBuildBusy,
    /// A benchmark code.
    FileWorkspaceNotFound,
    /// A benchmark code.
    AgentSandboxConflict,
    /// A benchmark code.
    RunSandboxExceeded,
    /// A benchmark code.
    OrgWorkspaceBusy,
    /// A benchmark code.
    TriggerFileMissing,
    /// A benchmark code.
    SecretSnapshotBusy,
    /// A benchmark code.
    DeploymentCronReadOnly,
    /// A benchmark code.
    VolumeCronRevoked,
    /// A benchmark code.
    StatusProjectFailed,
    /// A benchmark code.
    CronSandboxMismatch,
    /// A benchmark code.
    TriggerDomainRevoked,
    /// A benchmark code.
    FileProjectStale,
    /// A benchmark code.
    ExecAccountMismatch,
    /// A benchmark code.
    VaultSecretFailed,
    /// A benchmark code.
    VolumeModelFailed,
    /// A benchmark code.
    WebhookQuotaExceeded,
    /// A benchmark code.
    AuthBillingNotFound,
    /// A benchmark code.
    CapacityFeatureInUse,
    /// A benchmark code.
    BuildSessionMissing,
    /// A benchmark code.
    CaptchaChatRevoked,
    /// A benchmark code.
    BuildManifestFailed,
    /// A benchmark code.
    ModelToolStale,
    /// A benchmark code.
    VolumeChatMismatch,
    /// A benchmark code.
    FunctionVolumeInUse,
    /// A benchmark code.
    AccountRoleInvalid,
    /// A benchmark code.
    RunLlmNotFound,
    /// A benchmark code.
    VolumeModelTimeout,
    /// A benchmark code.
    FeatureFileInUse,
    /// A benchmark code.
    ExecEmailBusy,
    /// A benchmark code.
    RateWorkspaceTimeout,
    /// A benchmark code.
    ExecPaymentMismatch,
    /// A benchmark code.
    LimitPaymentInUse,
    /// A benchmark code.
    StatusFileTimeout,
    /// A benchmark code.
    WorkspaceInviteDenied,
    /// A benchmark code.
    ModelOrgMissing,
    /// A benchmark code.
    ModelInviteNotFound,
    /// A benchmark code.
    DomainHostRequired,
    /// A benchmark code.
    UserExecLocked,
    /// A benchmark code.
    ToolSecretConflict,
    /// A benchmark code.
    UserStatusUnavailable,
    /// A benchmark code.
    BuildLimitReadOnly,
    /// A benchmark code.
    MemberTokenForbidden,
    /// A benchmark code.
    ExecSubscriptionUnavailable,
    /// A benchmark code.
    ManifestCapacityFailed,
    /// A benchmark code.
    InviteStatusFailed,
    /// A benchmark code.
    ChatDomainBusy,
    /// A benchmark code.
    DomainDbConflict,
    /// A benchmark code.
    InviteLlmStale,
    /// A benchmark code.
    SnapshotInviteStale,
    /// A benchmark code.
    ProjectLimitExceeded,
    /// A benchmark code.
    FeatureStatusInUse,
    /// A benchmark code.
    RunStatusMissing,
    /// A benchmark code.
    TriggerDeploymentReadOnly,
    /// A benchmark code.
    ExecVersionBusy,
    /// A benchmark code.
    MemberDomainFailed,
    /// A benchmark code.
    ManifestBuildTooLarge,
    /// A benchmark code.
    RunDbBusy,
    /// A benchmark code.
    SnapshotModelDenied,
    /// A benchmark code.
    AccountInviteDenied,
    /// A benchmark code.
    SubscriptionManifestBusy,
    /// A benchmark code.
    CapacityInviteTimeout,
    /// A benchmark code.
    SecretMemberInUse,
    /// A benchmark code.
    RoleTriggerExpired,
    /// A benchmark code.
    VolumeRunReadOnly,
    /// A benchmark code.
    DeploymentSubscriptionBusy,
    /// A benchmark code.
    ModelDomainRevoked,
    /// A benchmark code.
    QuotaLlmRevoked,
    /// A benchmark code.
    AgentRunUnavailable,
    /// A benchmark code.
    VolumeVersionExceeded,
    /// A benchmark code.
    SecretInviteRevoked,
    /// A benchmark code.
    SessionQuotaTimeout,
    /// A benchmark code.
    FeatureSessionConflict,
    /// A benchmark code.
    LlmVaultMissing,
    /// A benchmark code.
    SubscriptionSessionBusy,
    /// A benchmark code.
    AuthChatRevoked,
    /// A benchmark code.
    ManifestAccountFailed,
    /// A benchmark code.
    CapacityTokenStale,
    /// A benchmark code.
    AgentCapacityFailed,
    /// A benchmark code.
    LimitVaultMissing,
    /// A benchmark code.
    DbTriggerFailed,
    /// A benchmark code.
    FeatureTierInvalid,
    /// A benchmark code.
    ManifestDbExpired,
    /// A benchmark code.
    VersionDeploymentTooLarge,
    /// A benchmark code.
    VaultFeatureExpired,
    /// A benchmark code.
    RateInviteMismatch,
    /// A benchmark code.
    BillingCaptchaRevoked,
    /// A benchmark code.
    VaultDomainConflict,
    /// A benchmark code.
    FeatureWebhookForbidden,
    /// A benchmark code.
    EmailInviteRequired,
    /// A benchmark code.
    StatusUserReadOnly,
    /// A benchmark code.
    BuildChatLocked,
    /// A benchmark code.
    FeatureSandboxInUse,
    /// A benchmark code.
    DeploymentTierReadOnly,
    /// A benchmark code.
    AccountWokRequired,
    /// A benchmark code.
    SessionPaymentInvalid,
    /// A benchmark code.
    FileUserRequired,
    /// A benchmark code.
    VaultFileStale,
    /// A benchmark code.
    LlmChatFailed,
    /// A benchmark code.
    TokenSecretInvalid,
    /// A benchmark code.
    DbVolumeReadOnly,
    /// A benchmark code.
    SandboxPaymentConflict,
    /// A benchmark code.
    ChatAccountExceeded,
    /// A benchmark code.
    DeploymentTemplateExpired,
    /// A benchmark code.
    FunctionModelConflict,
    /// A benchmark code.
    FunctionWebhookRequired,
    /// A benchmark code.
    ManifestTokenTimeout,
    /// A benchmark code.
    WorkspaceSandboxInvalid,
    /// A benchmark code.
    OrgTemplateInUse,
    /// A benchmark code.
    TokenBuildLocked,
    /// A benchmark code.
    VaultLlmRequired,
    /// A benchmark code.
    TierCaptchaRequired,
    /// A benchmark code.
    LlmTemplateReadOnly,
    /// A benchmark code.
    SnapshotExecExceeded,
    /// A benchmark code.
    StatusSessionMismatch,
    /// A benchmark code.
    PaymentTierInvalid,
    /// A benchmark code.
    SessionFileTooLarge,
    /// A benchmark code.
    WorkspaceRateLocked,
    /// A benchmark code.
    ExecToolRequired,
    /// A benchmark code.
    CaptchaCapacityMissing,
    /// A benchmark code.
    AccountAuthReadOnly,
    /// A benchmark code.
    KeyExecNotFound,
    /// A benchmark code.
    ToolAccountReadOnly,
    /// A benchmark code.
    RoleLlmRequired,
    /// A benchmark code.
    TemplateExecExceeded,
    /// A benchmark code.
    RunVaultExceeded,
    /// A benchmark code.
    DomainLlmRequired,
    /// A benchmark code.
    CapacityTierMismatch,
    /// A benchmark code.
    VersionCronTooLarge,
    /// A benchmark code.
    AgentRoleTimeout,
    /// A benchmark code.
    KeyManifestExceeded,
    /// A benchmark code.
    LimitRoleForbidden,
    /// A benchmark code.
    BuildStatusUnavailable,
    /// A benchmark code.
    FeatureLlmConflict,
    /// A benchmark code.
    ExecProjectConflict,
    /// A benchmark code.
    VaultAccountTimeout,
    /// A benchmark code.
    InviteManifestBusy,
    /// A benchmark code.
    DeploymentKeyStale,
    /// A benchmark code.
    DeploymentAgentConflict,
    /// A benchmark code.
    EmailChatLocked,
    /// A benchmark code.
    InviteBuildLocked,
    /// A benchmark code.
    CaptchaWokTooLarge,
    /// A benchmark code.
    BillingBuildConflict,
    /// A benchmark code.
    AuthManifestForbidden,
    /// A benchmark code.
    TriggerCaptchaRequired,
    /// A benchmark code.
    UserEmailRevoked,
    /// A benchmark code.
    LlmSnapshotStale,
    /// A benchmark code.
    PaymentSubscriptionTooLarge,
    /// A benchmark code.
    CapacityWebhookRequired,
    /// A benchmark code.
    TriggerQuotaNotFound,
    /// A benchmark code.
    PaymentFunctionExceeded,
    /// A benchmark code.
    RoleMemberExpired,
    /// A benchmark code.
    PaymentAccountForbidden,
    /// A benchmark code.
    FunctionBuildExpired,
    /// A benchmark code.
    TokenPaymentNotFound,
    /// A benchmark code.
    SubscriptionRunTimeout,
    /// A benchmark code.
    BuildSessionTooLarge,
    /// A benchmark code.
    ChatOrgBusy,
    /// A benchmark code.
    PaymentRunStale,
    /// A benchmark code.
    DeploymentRateReadOnly,
    /// A benchmark code.
    HostOrgTimeout,
    /// A benchmark code.
    LlmOrgRequired,
    /// A benchmark code.
    OrgBuildForbidden,
    /// A benchmark code.
    WebhookSnapshotTimeout,
    /// A benchmark code.
    LlmVaultConflict,
    /// A benchmark code.
    SnapshotWorkspaceBusy,
    /// A benchmark code.
    VolumeInviteInvalid,
    /// A benchmark code.
    BillingSubscriptionExpired,
    /// A benchmark code.
    QuotaSandboxFailed,
    /// A benchmark code.
    CapacityProjectTimeout,
    /// A benchmark code.
    TokenInviteReadOnly,
    /// A benchmark code.
    RateCronMismatch,
    /// A benchmark code.
    OrgVersionNotFound,
    /// A benchmark code.
    SessionRoleRevoked,
    /// A benchmark code.
    TierWebhookMissing,
    /// A benchmark code.
    RunLlmLocked,
    /// A benchmark code.
    CapacityDbTimeout,
    /// A benchmark code.
    ExecDeploymentTooLarge,
    /// A benchmark code.
    PaymentFunctionUnavailable,
    /// A benchmark code.
    WokAccountExpired,
    /// A benchmark code.
    SnapshotTemplateForbidden,
    /// A benchmark code.
    CaptchaChatConflict,
    /// A benchmark code.
    QuotaToolStale,
    /// A benchmark code.
    KeyWokConflict,
    /// A benchmark code.
    PaymentChatFailed,
    /// A benchmark code.
    PaymentFeatureInUse,
    /// A benchmark code.
    SubscriptionEmailFailed,
    /// A benchmark code.
    QuotaVolumeFailed,
    /// A benchmark code.
    WebhookFileForbidden,
    /// A benchmark code.
    EmailModelBusy,
    /// A benchmark code.
    ManifestCronExpired,
    /// A benchmark code.
    AccountDomainStale,
    /// A benchmark code.
    TemplateLimitTooLarge,
    /// A benchmark code.
    VersionModelLocked,
    /// A benchmark code.
    SecretSessionUnavailable,
    /// A benchmark code.
    SecretRateTimeout,
    /// A benchmark code.
    ManifestCaptchaExceeded,
    /// A benchmark code.
    InviteTokenExceeded,
    /// A benchmark code.
    QuotaAuthStale,
    /// A benchmark code.
    TriggerKeyLocked,
    /// A benchmark code.
    WorkspaceWebhookReadOnly,
    /// A benchmark code.
    TriggerSecretLocked,
    /// A benchmark code.
    AuthMemberMissing,
    /// A benchmark code.
    CapacityHostMissing,
    /// A benchmark code.
    AccountTokenForbidden,
    /// A benchmark code.
    InviteKeyBusy,
    /// A benchmark code.
    DeploymentQuotaReadOnly,
    /// A benchmark code.
    DomainTriggerLocked,
    /// A benchmark code.
    TierToolLocked,
    /// A benchmark code.
    ProjectEmailReadOnly,
    /// A benchmark code.
    FunctionHostInvalid,
    /// A benchmark code.
    LimitWebhookRevoked,
    /// A benchmark code.
    ModelVolumeUnavailable,
    /// A benchmark code.
    ModelTokenBusy,
    /// A benchmark code.
    DeploymentHostDenied,
    /// A benchmark code.
    EmailStatusBusy,
    /// A benchmark code.
    QuotaCaptchaRequired,
    /// A benchmark code.
    RateBuildLocked,
    /// A benchmark code.
    LimitFileBusy,
    /// A benchmark code.
    AccountOrgDenied,
    /// A benchmark code.
    AuthEmailTooLarge,
    /// A benchmark code.
    SubscriptionLlmFailed,
    /// A benchmark code.
    ExecSubscriptionConflict,
    /// A benchmark code.
    UserSnapshotExceeded,
    /// A benchmark code.
    StatusToolConflict,
    /// A benchmark code.
    RateCapacityRequired,
    /// A benchmark code.
    ExecVaultTooLarge,
    /// A benchmark code.
    DomainEmailExceeded,
    /// A benchmark code.
    CaptchaExecExpired,
    /// A benchmark code.
    AuthKeyStale,
    /// A benchmark code.
    KeyExecTimeout,
    /// A benchmark code.
    QuotaPaymentExpired,
    /// A benchmark code.
    CronProjectDenied,
    /// A benchmark code.
    PaymentTriggerStale,
    /// A benchmark code.
    CaptchaBillingInvalid,
    /// A benchmark code.
    ChatAccountTooLarge,
    /// A benchmark code.
    TemplateAuthLocked,
    /// A benchmark code.
    DomainHostRevoked,
    /// A benchmark code.
    LlmTemplateUnavailable,
    /// A benchmark code.
    RoleFileLocked,
    /// A benchmark code.
    WorkspaceTriggerNotFound,
    /// A benchmark code.
    DbOrgTooLarge,
    /// A benchmark code.
    DeploymentMemberRequired,
    /// A benchmark code.
    WorkspaceAgentLocked,
    /// A benchmark code.
    SubscriptionDbDenied,
    /// A benchmark code.
    MemberSecretRevoked,
    /// A benchmark code.
    BillingAuthMissing,
    /// A benchmark code.
    CaptchaTierMismatch,
    /// A benchmark code.
    EmailAgentTimeout,
    /// A benchmark code.
    CaptchaHostForbidden,
    /// A benchmark code.
    AuthOrgConflict,
    /// A benchmark code.
    RunRoleExpired,
    /// A benchmark code.
    QuotaLimitTooLarge,
    /// A benchmark code.
    LimitToolInvalid,
    /// A benchmark code.
    DbPaymentForbidden,
    /// A benchmark code.
    SessionMemberInvalid,
    /// A benchmark code.
    WokBillingMissing,
    /// A benchmark code.
    ModelAccountStale,
    /// A benchmark code.
    VersionFunctionLocked,
    /// A benchmark code.
    TemplateFeatureInUse,
    /// A benchmark code.
    ProjectTemplateTooLarge,
    /// A benchmark code.
    TierHostLocked,
    /// A benchmark code.
    UserSubscriptionExpired,
    /// A benchmark code.
    LimitFunctionTooLarge,
    /// A benchmark code.
    TierProjectReadOnly,
    /// A benchmark code.
    UserBuildTooLarge,
    /// A benchmark code.
    CaptchaUserRequired,
    /// A benchmark code.
    LlmHostLocked,
    /// A benchmark code.
    SubscriptionHostFailed,
    /// A benchmark code.
    ChatModelConflict,
    /// A benchmark code.
    SecretToolTimeout,
    /// A benchmark code.
    QuotaKeyInUse,
    /// A benchmark code.
    LimitDbFailed,
    /// A benchmark code.
    SecretModelLocked,
    /// A benchmark code.
    FunctionSandboxExceeded,
    /// A benchmark code.
    TriggerTemplateReadOnly,
    /// A benchmark code.
    SandboxSecretRevoked,
    /// A benchmark code.
    DeploymentPaymentInvalid,
    /// A benchmark code.
    AccountUserMissing,
    /// A benchmark code.
    WorkspaceKeyForbidden,
    /// A benchmark code.
    TokenBillingFailed,
    /// A benchmark code.
    SecretRunInUse,
    /// A benchmark code.
    VaultFileConflict,
    /// A benchmark code.
    BillingChatDenied,
    /// A benchmark code.
    RunBuildDenied,
    /// A benchmark code.
    RoleLimitNotFound,
    /// A benchmark code.
    MemberAgentInUse,
    /// A benchmark code.
    RoleVolumeMismatch,
    /// A benchmark code.
    VersionVolumeDenied,
    /// A benchmark code.
    HostSecretUnavailable,
    /// A benchmark code.
    WebhookBuildForbidden,
    /// A benchmark code.
    SandboxOrgFailed,
    /// A benchmark code.
    FunctionVersionMissing,
    /// A benchmark code.
    TokenSecretMismatch,
    /// A benchmark code.
    EmailCapacityExpired,
    /// A benchmark code.
    WebhookSessionRevoked,
    /// A benchmark code.
    SecretHostInvalid,
    /// A benchmark code.
    RunVaultStale,
    /// A benchmark code.
    TokenOrgLocked,
    /// A benchmark code.
    InviteVolumeTooLarge,
    /// A benchmark code.
    VaultWorkspaceExceeded,
    /// A benchmark code.
    WebhookEmailInUse,
    /// A benchmark code.
    BillingTokenUnavailable,
    /// A benchmark code.
    MemberFunctionBusy,
    /// A benchmark code.
    BuildStatusLocked,
    /// A benchmark code.
    VersionTemplateRequired,
    /// A benchmark code.
    BuildAccountMismatch,
    /// A benchmark code.
    SandboxPaymentExpired,
    /// A benchmark code.
    PaymentSubscriptionReadOnly,
    /// A benchmark code.
    ManifestBillingInvalid,
    /// A benchmark code.
    InviteRateInvalid,
    /// A benchmark code.
    TierRateMissing,
    /// A benchmark code.
    QuotaStatusInUse,
    /// A benchmark code.
    SecretCronInUse,
    /// A benchmark code.
    SandboxTokenBusy,
    /// A benchmark code.
    SubscriptionCapacityReadOnly,
    /// A benchmark code.
    DeploymentSandboxDenied,
    /// A benchmark code.
    FeatureBuildReadOnly,
    /// A benchmark code.
    ModelBillingExpired,
    /// A benchmark code.
    DeploymentWokExpired,
    /// A benchmark code.
    WebhookQuotaInUse,
    /// A benchmark code.
    WebhookRateStale,
    /// A benchmark code.
    KeyInviteRequired,
    /// A benchmark code.
    TemplateVolumeMismatch,
    /// A benchmark code.
    RoleWebhookFailed,
    /// A benchmark code.
    KeyTierRevoked,
    /// A benchmark code.
    PaymentDomainReadOnly,
    /// A benchmark code.
    VaultTemplateRequired,
    /// A benchmark code.
    FunctionOrgRequired,
    /// A benchmark code.
    TierSnapshotInvalid,
    /// A benchmark code.
    WokSecretMismatch,
    /// A benchmark code.
    DeploymentKeyTimeout,
    /// A benchmark code.
    InviteRunTimeout,
    /// A benchmark code.
    OrgWokMissing,
    /// A benchmark code.
    AgentFunctionMissing,
    /// A benchmark code.
    DeploymentTokenBusy,
    /// A benchmark code.
    ManifestRunNotFound,
    /// A benchmark code.
    FeatureLlmInvalid,
    /// A benchmark code.
    LimitDbMismatch,
    /// A benchmark code.
    AgentDbDenied,
    /// A benchmark code.
    VaultWebhookConflict,
    /// A benchmark code.
    FileRunRevoked,
    /// A benchmark code.
    LlmSessionBusy,
    /// A benchmark code.
    WorkspaceKeyExpired,
    /// A benchmark code.
    KeyLimitRevoked,
    /// A benchmark code.
    UserOrgUnavailable,
    /// A benchmark code.
    QuotaToolConflict,
    /// A benchmark code.
    DomainInviteTimeout,
    /// A benchmark code.
    WebhookSubscriptionLocked,
    /// A benchmark code.
    DbAccountRevoked,
    /// A benchmark code.
    StatusWorkspaceTooLarge,
    /// A benchmark code.
    DbKeyConflict,
    /// A benchmark code.
    LlmRateMismatch,
    /// A benchmark code.
    CapacityVolumeForbidden,
    /// A benchmark code.
    AuthSubscriptionStale,
    /// A benchmark code.
    SubscriptionRateMissing,
    /// A benchmark code.
    FunctionQuotaInvalid,
    /// A benchmark code.
    UserProjectMissing,
    /// A benchmark code.
    FunctionCapacityExceeded,
    /// A benchmark code.
    RoleFunctionInUse,
    /// A benchmark code.
    SnapshotCapacityInvalid,
    /// A benchmark code.
    DbBillingBusy,
    /// A benchmark code.
    RateDeploymentLocked,
    /// A benchmark code.
    ProjectRunNotFound,
    /// A benchmark code.
    ToolChatTimeout,
    /// A benchmark code.
    BuildProjectRevoked,
    /// A benchmark code.
    ChatInviteMissing,
    /// A benchmark code.
    AuthDbLocked,
    /// A benchmark code.
    ProjectKeyNotFound,
    /// A benchmark code.
    StatusInviteConflict,
    /// A benchmark code.
    SandboxBuildForbidden,
    /// A benchmark code.
    RolePaymentStale,
    /// A benchmark code.
    MemberModelMissing,
    /// A benchmark code.
    SandboxVolumeInUse,
    /// A benchmark code.
    WokExecLocked,
    /// A benchmark code.
    ModelVaultFailed,
    /// A benchmark code.
    ProjectDeploymentMissing,
    /// A benchmark code.
    FileKeyTimeout,
    /// A benchmark code.
    ProjectSubscriptionRequired,
    /// A benchmark code.
    TokenRunConflict,
    /// A benchmark code.
    MemberProjectExpired,
    /// A benchmark code.
    SecretFunctionReadOnly,
    /// A benchmark code.
    TemplateTriggerUnavailable,
    /// A benchmark code.
    SubscriptionTriggerNotFound,
    /// A benchmark code.
    LlmWorkspaceNotFound,
    /// A benchmark code.
    CronDomainReadOnly,
    /// A benchmark code.
    SecretWorkspaceLocked,
    /// A benchmark code.
    FunctionOrgTimeout,
    /// A benchmark code.
    TriggerDeploymentBusy,
    /// A benchmark code.
    TriggerTierUnavailable,
    /// A benchmark code.
    DbWebhookDenied,
    /// A benchmark code.
    UserDeploymentRevoked,
    /// A benchmark code.
    WorkspaceVersionExceeded,
    /// A benchmark code.
    PaymentChatMismatch,
    /// A benchmark code.
    AuthAccountInvalid,
    /// A benchmark code.
    WebhookRateExpired,
    /// A benchmark code.
    SecretWokConflict,
    /// A benchmark code.
    FileSecretMissing,
    /// A benchmark code.
    SessionProjectMismatch,
    /// A benchmark code.
    RoleFunctionExpired,
    /// A benchmark code.
    UserFileMismatch,
    /// A benchmark code.
    SessionFileConflict,
    /// A benchmark code.
    OrgRateInvalid,
    /// A benchmark code.
    AccountSubscriptionForbidden,
    /// A benchmark code.
    SandboxSubscriptionExpired,
    /// A benchmark code.
    CronAccountInUse,
    /// A benchmark code.
    WokTemplateStale,
    /// A benchmark code.
    DomainDeploymentExceeded,
    /// A benchmark code.
    StatusRunMismatch,
    /// A benchmark code.
    CronHostTimeout,
    /// A benchmark code.
    UserAccountExpired,
    /// A benchmark code.
    TemplateDeploymentRevoked,
    /// A benchmark code.
    EmailSecretUnavailable,
    /// A benchmark code.
    VaultSubscriptionNotFound,
    /// A benchmark code.
    TriggerOrgDenied,
    /// A benchmark code.
    KeyEmailTimeout,
    /// A benchmark code.
    RateSecretInvalid,
    /// A benchmark code.
    QuotaFeatureUnavailable,
    /// A benchmark code.
    ToolSessionExceeded,
    /// A benchmark code.
    CronSessionStale,
    /// A benchmark code.
    InviteCaptchaReadOnly,
    /// A benchmark code.
    CronBuildFailed,
    /// A benchmark code.
    WokRunDenied,
    /// A benchmark code.
    SecretLlmStale,
    /// A benchmark code.
    SandboxAuthForbidden,
    /// A benchmark code.
    HostProjectRequired,
    /// A benchmark code.
    RoleKeyTooLarge,
    /// A benchmark code.
    FeatureSnapshotConflict,
    /// A benchmark code.
    VolumeTierLocked,
    /// A benchmark code.
    VolumeRateMismatch,
    /// A benchmark code.
    DbVolumeRevoked,
    /// A benchmark code.
    ManifestLimitRequired,
    /// A benchmark code.
    BillingEmailExpired,
    /// A benchmark code.
    VolumeEmailStale,
    /// A benchmark code.
    HostWebhookInUse,
    /// A benchmark code.
    QuotaProjectFailed,
    /// A benchmark code.
    ModelSessionConflict,
    /// A benchmark code.
    EmailSandboxExceeded,
    /// A benchmark code.
    ChatWebhookRequired,
    /// A benchmark code.
    SubscriptionAgentStale,
    /// A benchmark code.
    ChatDbInUse,
    /// A benchmark code.
    TemplateKeyStale,
    /// A benchmark code.
    TemplateCronMissing,
    /// A benchmark code.
    FeatureStatusDenied,
    /// A benchmark code.
    LlmWorkspaceExceeded,
    /// A benchmark code.
    ModelTierReadOnly,
    /// A benchmark code.
    SandboxSecretStale,
    /// A benchmark code.
    VolumeProjectInvalid,
    /// A benchmark code.
    FileTokenRevoked,
    /// A benchmark code.
    KeyToolUnavailable,
    /// A benchmark code.
    MemberCronExceeded,
    /// A benchmark code.
    SandboxExecUnavailable,
    /// A benchmark code.
    MemberUserTimeout,
    /// A benchmark code.
    VaultWebhookExpired,
    /// A benchmark code.
    PaymentQuotaRequired,
    /// A benchmark code.
    VaultLimitStale,
    /// A benchmark code.
    OrgHostFailed,
    /// A benchmark code.
    SubscriptionRunStale,
    /// A benchmark code.
    UserVolumeForbidden,
    /// A benchmark code.
    VaultMemberConflict,
    /// A benchmark code.
    TierUserExceeded,
    /// A benchmark code.
    SnapshotCaptchaFailed,
    /// A benchmark code.
    TemplateFeatureConflict,
    /// A benchmark code.
    ToolHostBusy,
    /// A benchmark code.
    DeploymentSubscriptionLocked,
    /// A benchmark code.
    ProjectFeatureRevoked,
}

pub const CODES_1000: [&str; 1000] = [
    "WOK_FEATURE_CONFLICT",
    "CAPACITY_HOST_FAILED",
    "WOK_CRON_EXPIRED",
    "KEY_EMAIL_BUSY",
    "RATE_MEMBER_REQUIRED",
    "FEATURE_SECRET_EXCEEDED",
    "FILE_FEATURE_NOT_FOUND",
    "TEMPLATE_TOKEN_BUSY",
    "EXEC_FUNCTION_REQUIRED",
    "KEY_PROJECT_EXPIRED",
    "PROJECT_VERSION_UNAVAILABLE",
    "DEPLOYMENT_SUBSCRIPTION_EXCEEDED",
    "USER_TIER_LOCKED",
    "TOOL_BILLING_FORBIDDEN",
    "VAULT_EXEC_MISSING",
    "EMAIL_MODEL_REVOKED",
    "INVITE_HOST_FORBIDDEN",
    "SESSION_SECRET_CONFLICT",
    "CHAT_TRIGGER_INVALID",
    "MODEL_AGENT_STALE",
    "LLM_VAULT_IN_USE",
    "TEMPLATE_TIER_REQUIRED",
    "EMAIL_EXEC_CONFLICT",
    "RATE_DEPLOYMENT_IN_USE",
    "MODEL_CAPACITY_TOO_LARGE",
    "FILE_TOOL_STALE",
    "DB_ORG_IN_USE",
    "QUOTA_RATE_TIMEOUT",
    "FEATURE_KEY_DENIED",
    "ORG_PAYMENT_INVALID",
    "FILE_DEPLOYMENT_READ_ONLY",
    "MEMBER_FEATURE_REQUIRED",
    "CHAT_EXEC_MISSING",
    "TEMPLATE_HOST_TOO_LARGE",
    "MANIFEST_ORG_STALE",
    "RATE_AUTH_DENIED",
    "MODEL_SESSION_BUSY",
    "SESSION_BUILD_LOCKED",
    "INVITE_HOST_STALE",
    "FILE_LLM_MISSING",
    "VERSION_TRIGGER_EXCEEDED",
    "ROLE_CAPTCHA_UNAVAILABLE",
    "WORKSPACE_DB_CONFLICT",
    "QUOTA_VAULT_REQUIRED",
    "SNAPSHOT_VAULT_NOT_FOUND",
    "SESSION_VAULT_EXPIRED",
    "DOMAIN_BUILD_EXPIRED",
    "SECRET_MANIFEST_CONFLICT",
    "CAPTCHA_SESSION_READ_ONLY",
    "WOK_BUILD_TIMEOUT",
    "CAPACITY_VAULT_TIMEOUT",
    "SANDBOX_RUN_INVALID",
    "INVITE_DEPLOYMENT_READ_ONLY",
    "ACCOUNT_EXEC_INVALID",
    "EXEC_SANDBOX_INVALID",
    "MANIFEST_EXEC_MISMATCH",
    "WEBHOOK_QUOTA_INVALID",
    "BUILD_SANDBOX_EXPIRED",
    "SESSION_DB_READ_ONLY",
    "TOOL_TOKEN_REVOKED",
    "FEATURE_FILE_MISSING",
    "EXEC_RATE_EXPIRED",
    "RUN_VAULT_CONFLICT",
    "RATE_SNAPSHOT_CONFLICT",
    "TRIGGER_EXEC_EXCEEDED",
    "FUNCTION_DEPLOYMENT_REQUIRED",
    "PAYMENT_CRON_BUSY",
    "QUOTA_CHAT_DENIED",
    "FUNCTION_SUBSCRIPTION_FAILED",
    "SANDBOX_RATE_LOCKED",
    "AUTH_LLM_IN_USE",
    "VERSION_FUNCTION_EXPIRED",
    "TOOL_BUILD_MISMATCH",
    "VOLUME_ROLE_IN_USE",
    "ROLE_PROJECT_TOO_LARGE",
    "TIER_STATUS_EXPIRED",
    "WEBHOOK_USER_DENIED",
    "FUNCTION_INVITE_INVALID",
    "HOST_SECRET_REVOKED",
    "TRIGGER_AGENT_READ_ONLY",
    "MEMBER_TOOL_FAILED",
    "TOOL_TIER_UNAVAILABLE",
    "MODEL_CRON_EXPIRED",
    "TRIGGER_AUTH_INVALID",
    "TOOL_MEMBER_REQUIRED",
    "RUN_MEMBER_FORBIDDEN",
    "FUNCTION_VOLUME_EXCEEDED",
    "CAPACITY_QUOTA_STALE",
    "ORG_FEATURE_INVALID",
    "TEMPLATE_BILLING_FAILED",
    "SESSION_USER_READ_ONLY",
    "PAYMENT_STATUS_MISMATCH",
    "HOST_QUOTA_STALE",
    "CAPACITY_TEMPLATE_FORBIDDEN",
    "ROLE_ORG_DENIED",
    "SESSION_FUNCTION_REVOKED",
    "WOK_USER_EXPIRED",
    "PROJECT_MANIFEST_INVALID",
    "ACCOUNT_WOK_TIMEOUT",
    "TRIGGER_CAPTCHA_CONFLICT",
    "VOLUME_KEY_INVALID",
    "SUBSCRIPTION_USER_NOT_FOUND",
    "SUBSCRIPTION_STATUS_FORBIDDEN",
    "MEMBER_TIER_LOCKED",
    "TOOL_AUTH_NOT_FOUND",
    "EMAIL_TOKEN_LOCKED",
    "SECRET_BUILD_NOT_FOUND",
    "SANDBOX_ACCOUNT_REQUIRED",
    "WORKSPACE_SECRET_FORBIDDEN",
    "ROLE_STATUS_NOT_FOUND",
    "EXEC_CRON_TIMEOUT",
    "AUTH_LIMIT_TOO_LARGE",
    "TIER_AUTH_UNAVAILABLE",
    "BILLING_PROJECT_BUSY",
    "VERSION_AUTH_TIMEOUT",
    "TRIGGER_TIER_NOT_FOUND",
    "PAYMENT_WORKSPACE_MISSING",
    "ACCOUNT_FEATURE_LOCKED",
    "DEPLOYMENT_ROLE_MISSING",
    "DB_ACCOUNT_TOO_LARGE",
    "TRIGGER_STATUS_LOCKED",
    "ROLE_BUILD_CONFLICT",
    "SANDBOX_CHAT_MISMATCH",
    "DEPLOYMENT_RATE_REQUIRED",
    "LLM_FEATURE_IN_USE",
    "ACCOUNT_FEATURE_REQUIRED",
    "SECRET_EXEC_NOT_FOUND",
    "ORG_STATUS_MISSING",
    "AUTH_CRON_MISMATCH",
    "TEMPLATE_MEMBER_READ_ONLY",
    "DB_WOK_MISSING",
    "ROLE_WEBHOOK_FORBIDDEN",
    "LIMIT_PROJECT_MISMATCH",
    "VOLUME_HOST_BUSY",
    "CAPTCHA_FEATURE_BUSY",
    "MEMBER_TRIGGER_EXPIRED",
    "TOOL_CRON_EXCEEDED",
    "RATE_TEMPLATE_NOT_FOUND",
    "WOK_VERSION_TIMEOUT",
    "DOMAIN_DEPLOYMENT_MISMATCH",
    "CHAT_LIMIT_EXCEEDED",
    "USER_LLM_LOCKED",
    "HOST_EMAIL_EXPIRED",
    "MEMBER_CAPTCHA_UNAVAILABLE",
    "TEMPLATE_SESSION_EXCEEDED",
    "DOMAIN_AUTH_FAILED",
    "EXEC_TOKEN_BUSY",
    "INVITE_VOLUME_REVOKED",
    "WOK_LLM_LOCKED",
    "ORG_EMAIL_BUSY",
    "KEY_WEBHOOK_CONFLICT",
    "WOK_FILE_CONFLICT",
    "VERSION_ROLE_CONFLICT",
    "RUN_CRON_MISSING",
    "USER_TEMPLATE_LOCKED",
    "ROLE_FILE_TIMEOUT",
    "CRON_DEPLOYMENT_FORBIDDEN",
    "WEBHOOK_TEMPLATE_MISSING",
    "ROLE_LIMIT_READ_ONLY",
    "ORG_LIMIT_MISSING",
    "DOMAIN_EMAIL_TIMEOUT",
    "AGENT_KEY_CONFLICT",
    "HOST_TOOL_MISSING",
    "WORKSPACE_TEMPLATE_EXPIRED",
    "SECRET_TOKEN_REQUIRED",
    "MANIFEST_EXEC_BUSY",
    "ACCOUNT_AGENT_LOCKED",
    "VERSION_TIER_MISMATCH",
    "EXEC_CAPTCHA_UNAVAILABLE",
    "BUILD_USER_REQUIRED",
    "WEBHOOK_STATUS_FAILED",
    "WORKSPACE_USER_TIMEOUT",
    "CAPTCHA_LLM_TOO_LARGE",
    "DB_AUTH_STALE",
    "SNAPSHOT_CHAT_STALE",
    "HOST_DOMAIN_CONFLICT",
    "ACCOUNT_DOMAIN_IN_USE",
    "SUBSCRIPTION_QUOTA_INVALID",
    "TIER_ORG_IN_USE",
    "KEY_FILE_READ_ONLY",
    "EMAIL_CAPTCHA_FORBIDDEN",
    "ROLE_LIMIT_TIMEOUT",
    "CAPACITY_SANDBOX_READ_ONLY",
    "LIMIT_CHAT_NOT_FOUND",
    "AUTH_LIMIT_REVOKED",
    "CAPACITY_DB_READ_ONLY",
    "EMAIL_SESSION_DENIED",
    "AGENT_BUILD_REQUIRED",
    "WEBHOOK_BUILD_UNAVAILABLE",
    "CRON_BUILD_INVALID",
    "TEMPLATE_VOLUME_DENIED",
    "SECRET_CAPACITY_FORBIDDEN",
    "RUN_CAPTCHA_EXCEEDED",
    "TRIGGER_MEMBER_EXPIRED",
    "INVITE_FILE_EXPIRED",
    "VERSION_MEMBER_FORBIDDEN",
    "SANDBOX_TEMPLATE_DENIED",
    "TIER_SECRET_REQUIRED",
    "WORKSPACE_ACCOUNT_DENIED",
    "QUOTA_STATUS_REQUIRED",
    "SUBSCRIPTION_VERSION_STALE",
    "LIMIT_SNAPSHOT_REVOKED",
    "CAPTCHA_MEMBER_INVALID",
    "CAPTCHA_CRON_EXCEEDED",
    "SUBSCRIPTION_TRIGGER_INVALID",
    "CAPTCHA_FUNCTION_READ_ONLY",
    "BUILD_DOMAIN_EXPIRED",
    "WOK_SECRET_FAILED",
    "VOLUME_TOKEN_IN_USE",
    "FEATURE_USER_REVOKED",
    "DOMAIN_WORKSPACE_EXPIRED",
    "INVITE_DEPLOYMENT_FORBIDDEN",
    "VAULT_EMAIL_READ_ONLY",
    "CHAT_AUTH_DENIED",
    "CRON_PROJECT_FORBIDDEN",
    "RATE_LLM_MISMATCH",
    "VAULT_VERSION_MISMATCH",
    "EXEC_INVITE_FAILED",
    "SANDBOX_WOK_FORBIDDEN",
    "SECRET_ROLE_DENIED",
    "LIMIT_ORG_MISSING",
    "MANIFEST_INVITE_FORBIDDEN",
    "FUNCTION_PAYMENT_MISSING",
    "FEATURE_FUNCTION_MISSING",
    "CRON_MODEL_EXPIRED",
    "ACCOUNT_FUNCTION_NOT_FOUND",
    "VERSION_VAULT_TOO_LARGE",
    "TIER_EXEC_LOCKED",
    "VOLUME_TRIGGER_REVOKED",
    "MANIFEST_AUTH_EXPIRED",
    "SECRET_ORG_MISSING",
    "BUILD_RATE_LOCKED",
    "CRON_VAULT_FAILED",
    "CAPACITY_LLM_MISSING",
    "STATUS_WORKSPACE_EXCEEDED",
    "DEPLOYMENT_EMAIL_TOO_LARGE",
    "STATUS_LLM_DENIED",
    "TOOL_LIMIT_INVALID",
    "TRIGGER_EXEC_MISMATCH",
    "CHAT_AGENT_REVOKED",
    "LIMIT_DB_STALE",
    "WOK_ORG_EXPIRED",
    "TEMPLATE_EMAIL_LOCKED",
    "FUNCTION_PROJECT_IN_USE",
    "MANIFEST_FEATURE_DENIED",
    "DEPLOYMENT_MODEL_BUSY",
    "AGENT_LLM_FORBIDDEN",
    "KEY_WEBHOOK_DENIED",
    "FEATURE_SESSION_UNAVAILABLE",
    "INVITE_DEPLOYMENT_INVALID",
    "SUBSCRIPTION_BILLING_STALE",
    "WOK_TIER_FORBIDDEN",
    "MEMBER_CRON_LOCKED",
    "USER_FUNCTION_LOCKED",
    "PAYMENT_RUN_IN_USE",
    "AGENT_EXEC_EXCEEDED",
    "SESSION_CAPTCHA_REQUIRED",
    "TOOL_ACCOUNT_STALE",
    "LIMIT_HOST_INVALID",
    "BILLING_DOMAIN_IN_USE",
    "PAYMENT_USER_MISMATCH",
    "USER_LLM_REQUIRED",
    "STATUS_RUN_UNAVAILABLE",
    "DEPLOYMENT_ROLE_REQUIRED",
    "SESSION_CAPACITY_TOO_LARGE",
    "MEMBER_HOST_MISSING",
    "MEMBER_RUN_INVALID",
    "VOLUME_SECRET_BUSY",
    "PAYMENT_CRON_DENIED",
    "TRIGGER_TOKEN_EXCEEDED",
    "SANDBOX_WORKSPACE_IN_USE",
    "DOMAIN_STATUS_UNAVAILABLE",
    "HOST_SUBSCRIPTION_INVALID",
    "ACCOUNT_ORG_IN_USE",
    "LIMIT_PROJECT_READ_ONLY",
    "ACCOUNT_FUNCTION_CONFLICT",
    "RATE_QUOTA_TOO_LARGE",
    "FUNCTION_EMAIL_MISMATCH",
    "BILLING_RATE_TIMEOUT",
    "MANIFEST_SNAPSHOT_DENIED",
    "HOST_CHAT_UNAVAILABLE",
    "MODEL_VOLUME_BUSY",
    "ACCOUNT_SUBSCRIPTION_REVOKED",
    "KEY_STATUS_READ_ONLY",
    "MEMBER_AUTH_EXPIRED",
    "CAPTCHA_USER_IN_USE",
    "PAYMENT_USER_READ_ONLY",
    "PAYMENT_DOMAIN_FORBIDDEN",
    "QUOTA_INVITE_EXPIRED",
    "WEBHOOK_TRIGGER_MISSING",
    "SESSION_WORKSPACE_IN_USE",
    "KEY_RATE_TIMEOUT",
    "LIMIT_ACCOUNT_DENIED",
    "AUTH_AGENT_STALE",
    "PAYMENT_CAPTCHA_INVALID",
    "MEMBER_CHAT_FORBIDDEN",
    "BILLING_ROLE_MISSING",
    "EMAIL_INVITE_CONFLICT",
    "WORKSPACE_AUTH_REVOKED",
    "SANDBOX_QUOTA_FAILED",
    "SECRET_PROJECT_UNAVAILABLE",
    "ROLE_VERSION_STALE",
    "PAYMENT_CAPTCHA_DENIED",
    "ACCOUNT_WORKSPACE_INVALID",
    "PROJECT_TOKEN_EXCEEDED",
    "AGENT_TRIGGER_REVOKED",
    "VOLUME_VAULT_TIMEOUT",
    "SANDBOX_TRIGGER_CONFLICT",
    "TOKEN_MODEL_IN_USE",
    "CAPACITY_DOMAIN_CONFLICT",
    "DOMAIN_LIMIT_FORBIDDEN",
    "WORKSPACE_CAPTCHA_CONFLICT",
    "CHAT_EXEC_EXPIRED",
    "CRON_RATE_TIMEOUT",
    "STATUS_QUOTA_READ_ONLY",
    "AGENT_STATUS_INVALID",
    "TOKEN_CAPTCHA_NOT_FOUND",
    "ACCOUNT_SESSION_INVALID",
    "EXEC_TOOL_STALE",
    "FEATURE_CAPACITY_UNAVAILABLE",
    "AUTH_MODEL_STALE",
    "SANDBOX_TOKEN_EXPIRED",
    "CRON_KEY_READ_ONLY",
    "VERSION_BUILD_REVOKED",
    "LLM_STATUS_NOT_FOUND",
    "INVITE_SECRET_TOO_LARGE",
    "FEATURE_VERSION_TOO_LARGE",
    "VAULT_FUNCTION_FAILED",
    "HOST_DOMAIN_NOT_FOUND",
    "QUOTA_CRON_EXPIRED",
    "FUNCTION_FILE_IN_USE",
    "HOST_LIMIT_IN_USE",
    "TOOL_SESSION_FAILED",
    "FUNCTION_MODEL_NOT_FOUND",
    "FILE_CRON_BUSY",
    "FILE_MODEL_MISMATCH",
    "AUTH_TOOL_EXCEEDED",
    "WEBHOOK_RUN_REVOKED",
    "LIMIT_EXEC_MISMATCH",
    "PAYMENT_ACCOUNT_DENIED",
    "TOKEN_CRON_MISSING",
    "FILE_LIMIT_MISMATCH",
    "CRON_SECRET_FORBIDDEN",
    "QUOTA_MODEL_FAILED",
    "VAULT_HOST_FAILED",
    "BUILD_KEY_READ_ONLY",
    "CAPTCHA_SECRET_LOCKED",
    "CRON_WOK_READ_ONLY",
    "EMAIL_VOLUME_LOCKED",
    "ORG_FEATURE_IN_USE",
    "SANDBOX_VAULT_MISSING",
    "HOST_FEATURE_REQUIRED",
    "USER_PROJECT_MISMATCH",
    "AUTH_FILE_LOCKED",
    "RUN_QUOTA_MISSING",
    "WEBHOOK_DOMAIN_FORBIDDEN",
    "BILLING_TIER_UNAVAILABLE",
    "SNAPSHOT_KEY_REVOKED",
    "MEMBER_EMAIL_EXPIRED",
    "VERSION_AUTH_INVALID",
    "STATUS_SNAPSHOT_MISMATCH",
    "TOOL_FUNCTION_LOCKED",
    "MODEL_AGENT_IN_USE",
    "LLM_QUOTA_TOO_LARGE",
    "CRON_ORG_FAILED",
    "DOMAIN_MANIFEST_READ_ONLY",
    "DOMAIN_MODEL_IN_USE",
    "FILE_SANDBOX_REVOKED",
    "CRON_SESSION_EXPIRED",
    "CHAT_FEATURE_UNAVAILABLE",
    "HOST_BILLING_CONFLICT",
    "VERSION_RUN_READ_ONLY",
    "TOOL_VOLUME_EXPIRED",
    "AUTH_SANDBOX_STALE",
    "MANIFEST_CAPACITY_TIMEOUT",
    "SESSION_FUNCTION_CONFLICT",
    "LLM_SUBSCRIPTION_REVOKED",
    "SUBSCRIPTION_WEBHOOK_BUSY",
    "VAULT_SNAPSHOT_MISSING",
    "WOK_TRIGGER_REVOKED",
    "WORKSPACE_ACCOUNT_EXCEEDED",
    "VERSION_LIMIT_LOCKED",
    "INVITE_TOOL_TOO_LARGE",
    "FILE_TIER_EXCEEDED",
    "DB_CHAT_IN_USE",
    "SECRET_EMAIL_IN_USE",
    "KEY_HOST_FAILED",
    "ROLE_ACCOUNT_MISSING",
    "TIER_STATUS_FORBIDDEN",
    "USER_AUTH_UNAVAILABLE",
    "PAYMENT_DOMAIN_INVALID",
    "CAPACITY_ROLE_FORBIDDEN",
    "INVITE_MODEL_FAILED",
    "SANDBOX_MANIFEST_CONFLICT",
    "RUN_DEPLOYMENT_BUSY",
    "WOK_ACCOUNT_DENIED",
    "ACCOUNT_CAPACITY_INVALID",
    "PROJECT_SNAPSHOT_EXPIRED",
    "QUOTA_TIER_TIMEOUT",
    "RUN_TIER_MISSING",
    "VERSION_PROJECT_MISSING",
    "WEBHOOK_DOMAIN_READ_ONLY",
    "SANDBOX_PAYMENT_IN_USE",
    "CAPTCHA_HOST_MISMATCH",
    "AGENT_TEMPLATE_FORBIDDEN",
    "CAPACITY_PROJECT_TOO_LARGE",
    "USER_TOKEN_DENIED",
    "WOK_LLM_INVALID",
    "CRON_LIMIT_UNAVAILABLE",
    "EMAIL_BUILD_LOCKED",
    "TRIGGER_BUILD_REQUIRED",
    "EMAIL_PAYMENT_MISSING",
    "SUBSCRIPTION_HOST_UNAVAILABLE",
    "ROLE_MODEL_TIMEOUT",
    "PROJECT_FILE_FAILED",
    "MEMBER_SESSION_LOCKED",
    "PROJECT_EXEC_FAILED",
    "BILLING_WEBHOOK_TOO_LARGE",
    "PAYMENT_SECRET_READ_ONLY",
    "ORG_WORKSPACE_FORBIDDEN",
    "AGENT_PROJECT_EXCEEDED",
    "WEBHOOK_AGENT_UNAVAILABLE",
    "TRIGGER_INVITE_CONFLICT",
    "SNAPSHOT_WOK_NOT_FOUND",
    "FILE_PAYMENT_READ_ONLY",
    "VOLUME_ORG_BUSY",
    "ORG_FILE_REQUIRED",
    "FILE_WORKSPACE_MISSING",
    "FILE_WEBHOOK_MISMATCH",
    "LIMIT_HOST_IN_USE",
    "SNAPSHOT_SUBSCRIPTION_MISSING",
    "INVITE_KEY_CONFLICT",
    "CAPACITY_WORKSPACE_REQUIRED",
    "RUN_PAYMENT_TIMEOUT",
    "LIMIT_CAPTCHA_CONFLICT",
    "CHAT_SNAPSHOT_FAILED",
    "FUNCTION_USER_FAILED",
    "SNAPSHOT_CRON_MISSING",
    "ROLE_TIER_IN_USE",
    "LIMIT_WEBHOOK_EXCEEDED",
    "RATE_TIER_TOO_LARGE",
    "FILE_PAYMENT_BUSY",
    "SUBSCRIPTION_BUILD_LOCKED",
    "SNAPSHOT_VERSION_FORBIDDEN",
    "TIER_FEATURE_STALE",
    "ROLE_VERSION_FAILED",
    "BUILD_TEMPLATE_FORBIDDEN",
    "SNAPSHOT_TEMPLATE_TIMEOUT",
    "EXEC_AGENT_MISSING",
    "VERSION_MODEL_FORBIDDEN",
    "AGENT_VAULT_UNAVAILABLE",
    "TRIGGER_FEATURE_NOT_FOUND",
    "FILE_LIMIT_LOCKED",
    "DEPLOYMENT_ACCOUNT_TOO_LARGE",
    "SNAPSHOT_CAPACITY_TOO_LARGE",
    "FEATURE_DEPLOYMENT_UNAVAILABLE",
    "TIER_FUNCTION_READ_ONLY",
    "DEPLOYMENT_QUOTA_LOCKED",
    "PROJECT_PAYMENT_EXCEEDED",
    "AUTH_TOOL_DENIED",
    "STATUS_FUNCTION_REQUIRED",
    "TOKEN_WORKSPACE_READ_ONLY",
    "ORG_STATUS_LOCKED",
    "STATUS_CAPACITY_EXPIRED",
    "SUBSCRIPTION_CRON_FAILED",
    "INVITE_TOOL_DENIED",
    "QUOTA_AUTH_READ_ONLY",
    "MODEL_ACCOUNT_EXCEEDED",
    "LLM_CRON_FORBIDDEN",
    "AUTH_ACCOUNT_TOO_LARGE",
    "SANDBOX_DB_IN_USE",
    "CRON_TOKEN_FORBIDDEN",
    "AUTH_TOKEN_TIMEOUT",
    "TOKEN_ACCOUNT_REQUIRED",
    "MANIFEST_LIMIT_EXPIRED",
    "QUOTA_FUNCTION_STALE",
    "EXEC_QUOTA_IN_USE",
    "SECRET_RUN_REQUIRED",
    "DB_DEPLOYMENT_INVALID",
    "BILLING_DEPLOYMENT_EXCEEDED",
    "MEMBER_STATUS_IN_USE",
    "EMAIL_CAPACITY_FAILED",
    "EXEC_CRON_FORBIDDEN",
    "RATE_LLM_EXCEEDED",
    "ROLE_VERSION_LOCKED",
    "BILLING_MEMBER_FAILED",
    "TIER_TEMPLATE_DENIED",
    "ROLE_MANIFEST_READ_ONLY",
    "KEY_USER_READ_ONLY",
    "USER_RATE_MISMATCH",
    "RUN_FEATURE_DENIED",
    "USER_ROLE_INVALID",
    "CHAT_PROJECT_EXPIRED",
    "QUOTA_ACCOUNT_IN_USE",
    "EMAIL_ORG_TIMEOUT",
    "TRIGGER_TOKEN_NOT_FOUND",
    "EXEC_WOK_TOO_LARGE",
    "TOOL_BUILD_EXPIRED",
    "TOOL_VERSION_LOCKED",
    "SESSION_TRIGGER_FORBIDDEN",
    "BILLING_MANIFEST_NOT_FOUND",
    "PROJECT_TOOL_DENIED",
    "WORKSPACE_FUNCTION_EXPIRED",
    "EXEC_WEBHOOK_MISMATCH",
    "RATE_VERSION_BUSY",
    "WEBHOOK_VERSION_FORBIDDEN",
    "TOOL_INVITE_EXPIRED",
    "RUN_BUILD_REQUIRED",
    "LLM_INVITE_REVOKED",
    "FEATURE_SUBSCRIPTION_MISMATCH",
    "TOOL_FUNCTION_CONFLICT",
    "TOOL_SNAPSHOT_DENIED",
    "BILLING_ACCOUNT_INVALID",
    "TOOL_TIER_REVOKED",
    "TOOL_FEATURE_BUSY",
    "BUILD_SANDBOX_CONFLICT",
    "TOOL_TIER_FORBIDDEN",
    "SECRET_PAYMENT_NOT_FOUND",
    "WOK_DB_READ_ONLY",
    "RATE_WORKSPACE_CONFLICT",
    "PAYMENT_BUILD_INVALID",
    "BUILD_CHAT_EXPIRED",
    "TRIGGER_FILE_INVALID",
    "INVITE_DB_CONFLICT",
    "PAYMENT_SANDBOX_STALE",
    "FILE_MANIFEST_TIMEOUT",
    "LIMIT_SECRET_REVOKED",
    "BILLING_TIER_CONFLICT",
    "TEMPLATE_FUNCTION_LOCKED",
    "WEBHOOK_VERSION_EXCEEDED",
    "VERSION_PROJECT_READ_ONLY",
    "CHAT_CRON_READ_ONLY",
    "ORG_PROJECT_MISMATCH",
    "CAPTCHA_INVITE_MISMATCH",
    "EMAIL_BUILD_BUSY",
    "FILE_WORKSPACE_NOT_FOUND",
    "AGENT_SANDBOX_CONFLICT",
    "RUN_SANDBOX_EXCEEDED",
    "ORG_WORKSPACE_BUSY",
    "TRIGGER_FILE_MISSING",
    "SECRET_SNAPSHOT_BUSY",
    "DEPLOYMENT_CRON_READ_ONLY",
    "VOLUME_CRON_REVOKED",
    "STATUS_PROJECT_FAILED",
    "CRON_SANDBOX_MISMATCH",
    "TRIGGER_DOMAIN_REVOKED",
    "FILE_PROJECT_STALE",
    "EXEC_ACCOUNT_MISMATCH",
    "VAULT_SECRET_FAILED",
    "VOLUME_MODEL_FAILED",
    "WEBHOOK_QUOTA_EXCEEDED",
    "AUTH_BILLING_NOT_FOUND",
    "CAPACITY_FEATURE_IN_USE",
    "BUILD_SESSION_MISSING",
    "CAPTCHA_CHAT_REVOKED",
    "BUILD_MANIFEST_FAILED",
    "MODEL_TOOL_STALE",
    "VOLUME_CHAT_MISMATCH",
    "FUNCTION_VOLUME_IN_USE",
    "ACCOUNT_ROLE_INVALID",
    "RUN_LLM_NOT_FOUND",
    "VOLUME_MODEL_TIMEOUT",
    "FEATURE_FILE_IN_USE",
    "EXEC_EMAIL_BUSY",
    "RATE_WORKSPACE_TIMEOUT",
    "EXEC_PAYMENT_MISMATCH",
    "LIMIT_PAYMENT_IN_USE",
    "STATUS_FILE_TIMEOUT",
    "WORKSPACE_INVITE_DENIED",
    "MODEL_ORG_MISSING",
    "MODEL_INVITE_NOT_FOUND",
    "DOMAIN_HOST_REQUIRED",
    "USER_EXEC_LOCKED",
    "TOOL_SECRET_CONFLICT",
    "USER_STATUS_UNAVAILABLE",
    "BUILD_LIMIT_READ_ONLY",
    "MEMBER_TOKEN_FORBIDDEN",
    "EXEC_SUBSCRIPTION_UNAVAILABLE",
    "MANIFEST_CAPACITY_FAILED",
    "INVITE_STATUS_FAILED",
    "CHAT_DOMAIN_BUSY",
    "DOMAIN_DB_CONFLICT",
    "INVITE_LLM_STALE",
    "SNAPSHOT_INVITE_STALE",
    "PROJECT_LIMIT_EXCEEDED",
    "FEATURE_STATUS_IN_USE",
    "RUN_STATUS_MISSING",
    "TRIGGER_DEPLOYMENT_READ_ONLY",
    "EXEC_VERSION_BUSY",
    "MEMBER_DOMAIN_FAILED",
    "MANIFEST_BUILD_TOO_LARGE",
    "RUN_DB_BUSY",
    "SNAPSHOT_MODEL_DENIED",
    "ACCOUNT_INVITE_DENIED",
    "SUBSCRIPTION_MANIFEST_BUSY",
    "CAPACITY_INVITE_TIMEOUT",
    "SECRET_MEMBER_IN_USE",
    "ROLE_TRIGGER_EXPIRED",
    "VOLUME_RUN_READ_ONLY",
    "DEPLOYMENT_SUBSCRIPTION_BUSY",
    "MODEL_DOMAIN_REVOKED",
    "QUOTA_LLM_REVOKED",
    "AGENT_RUN_UNAVAILABLE",
    "VOLUME_VERSION_EXCEEDED",
    "SECRET_INVITE_REVOKED",
    "SESSION_QUOTA_TIMEOUT",
    "FEATURE_SESSION_CONFLICT",
    "LLM_VAULT_MISSING",
    "SUBSCRIPTION_SESSION_BUSY",
    "AUTH_CHAT_REVOKED",
    "MANIFEST_ACCOUNT_FAILED",
    "CAPACITY_TOKEN_STALE",
    "AGENT_CAPACITY_FAILED",
    "LIMIT_VAULT_MISSING",
    "DB_TRIGGER_FAILED",
    "FEATURE_TIER_INVALID",
    "MANIFEST_DB_EXPIRED",
    "VERSION_DEPLOYMENT_TOO_LARGE",
    "VAULT_FEATURE_EXPIRED",
    "RATE_INVITE_MISMATCH",
    "BILLING_CAPTCHA_REVOKED",
    "VAULT_DOMAIN_CONFLICT",
    "FEATURE_WEBHOOK_FORBIDDEN",
    "EMAIL_INVITE_REQUIRED",
    "STATUS_USER_READ_ONLY",
    "BUILD_CHAT_LOCKED",
    "FEATURE_SANDBOX_IN_USE",
    "DEPLOYMENT_TIER_READ_ONLY",
    "ACCOUNT_WOK_REQUIRED",
    "SESSION_PAYMENT_INVALID",
    "FILE_USER_REQUIRED",
    "VAULT_FILE_STALE",
    "LLM_CHAT_FAILED",
    "TOKEN_SECRET_INVALID",
    "DB_VOLUME_READ_ONLY",
    "SANDBOX_PAYMENT_CONFLICT",
    "CHAT_ACCOUNT_EXCEEDED",
    "DEPLOYMENT_TEMPLATE_EXPIRED",
    "FUNCTION_MODEL_CONFLICT",
    "FUNCTION_WEBHOOK_REQUIRED",
    "MANIFEST_TOKEN_TIMEOUT",
    "WORKSPACE_SANDBOX_INVALID",
    "ORG_TEMPLATE_IN_USE",
    "TOKEN_BUILD_LOCKED",
    "VAULT_LLM_REQUIRED",
    "TIER_CAPTCHA_REQUIRED",
    "LLM_TEMPLATE_READ_ONLY",
    "SNAPSHOT_EXEC_EXCEEDED",
    "STATUS_SESSION_MISMATCH",
    "PAYMENT_TIER_INVALID",
    "SESSION_FILE_TOO_LARGE",
    "WORKSPACE_RATE_LOCKED",
    "EXEC_TOOL_REQUIRED",
    "CAPTCHA_CAPACITY_MISSING",
    "ACCOUNT_AUTH_READ_ONLY",
    "KEY_EXEC_NOT_FOUND",
    "TOOL_ACCOUNT_READ_ONLY",
    "ROLE_LLM_REQUIRED",
    "TEMPLATE_EXEC_EXCEEDED",
    "RUN_VAULT_EXCEEDED",
    "DOMAIN_LLM_REQUIRED",
    "CAPACITY_TIER_MISMATCH",
    "VERSION_CRON_TOO_LARGE",
    "AGENT_ROLE_TIMEOUT",
    "KEY_MANIFEST_EXCEEDED",
    "LIMIT_ROLE_FORBIDDEN",
    "BUILD_STATUS_UNAVAILABLE",
    "FEATURE_LLM_CONFLICT",
    "EXEC_PROJECT_CONFLICT",
    "VAULT_ACCOUNT_TIMEOUT",
    "INVITE_MANIFEST_BUSY",
    "DEPLOYMENT_KEY_STALE",
    "DEPLOYMENT_AGENT_CONFLICT",
    "EMAIL_CHAT_LOCKED",
    "INVITE_BUILD_LOCKED",
    "CAPTCHA_WOK_TOO_LARGE",
    "BILLING_BUILD_CONFLICT",
    "AUTH_MANIFEST_FORBIDDEN",
    "TRIGGER_CAPTCHA_REQUIRED",
    "USER_EMAIL_REVOKED",
    "LLM_SNAPSHOT_STALE",
    "PAYMENT_SUBSCRIPTION_TOO_LARGE",
    "CAPACITY_WEBHOOK_REQUIRED",
    "TRIGGER_QUOTA_NOT_FOUND",
    "PAYMENT_FUNCTION_EXCEEDED",
    "ROLE_MEMBER_EXPIRED",
    "PAYMENT_ACCOUNT_FORBIDDEN",
    "FUNCTION_BUILD_EXPIRED",
    "TOKEN_PAYMENT_NOT_FOUND",
    "SUBSCRIPTION_RUN_TIMEOUT",
    "BUILD_SESSION_TOO_LARGE",
    "CHAT_ORG_BUSY",
    "PAYMENT_RUN_STALE",
    "DEPLOYMENT_RATE_READ_ONLY",
    "HOST_ORG_TIMEOUT",
    "LLM_ORG_REQUIRED",
    "ORG_BUILD_FORBIDDEN",
    "WEBHOOK_SNAPSHOT_TIMEOUT",
    "LLM_VAULT_CONFLICT",
    "SNAPSHOT_WORKSPACE_BUSY",
    "VOLUME_INVITE_INVALID",
    "BILLING_SUBSCRIPTION_EXPIRED",
    "QUOTA_SANDBOX_FAILED",
    "CAPACITY_PROJECT_TIMEOUT",
    "TOKEN_INVITE_READ_ONLY",
    "RATE_CRON_MISMATCH",
    "ORG_VERSION_NOT_FOUND",
    "SESSION_ROLE_REVOKED",
    "TIER_WEBHOOK_MISSING",
    "RUN_LLM_LOCKED",
    "CAPACITY_DB_TIMEOUT",
    "EXEC_DEPLOYMENT_TOO_LARGE",
    "PAYMENT_FUNCTION_UNAVAILABLE",
    "WOK_ACCOUNT_EXPIRED",
    "SNAPSHOT_TEMPLATE_FORBIDDEN",
    "CAPTCHA_CHAT_CONFLICT",
    "QUOTA_TOOL_STALE",
    "KEY_WOK_CONFLICT",
    "PAYMENT_CHAT_FAILED",
    "PAYMENT_FEATURE_IN_USE",
    "SUBSCRIPTION_EMAIL_FAILED",
    "QUOTA_VOLUME_FAILED",
    "WEBHOOK_FILE_FORBIDDEN",
    "EMAIL_MODEL_BUSY",
    "MANIFEST_CRON_EXPIRED",
    "ACCOUNT_DOMAIN_STALE",
    "TEMPLATE_LIMIT_TOO_LARGE",
    "VERSION_MODEL_LOCKED",
    "SECRET_SESSION_UNAVAILABLE",
    "SECRET_RATE_TIMEOUT",
    "MANIFEST_CAPTCHA_EXCEEDED",
    "INVITE_TOKEN_EXCEEDED",
    "QUOTA_AUTH_STALE",
    "TRIGGER_KEY_LOCKED",
    "WORKSPACE_WEBHOOK_READ_ONLY",
    "TRIGGER_SECRET_LOCKED",
    "AUTH_MEMBER_MISSING",
    "CAPACITY_HOST_MISSING",
    "ACCOUNT_TOKEN_FORBIDDEN",
    "INVITE_KEY_BUSY",
    "DEPLOYMENT_QUOTA_READ_ONLY",
    "DOMAIN_TRIGGER_LOCKED",
    "TIER_TOOL_LOCKED",
    "PROJECT_EMAIL_READ_ONLY",
    "FUNCTION_HOST_INVALID",
    "LIMIT_WEBHOOK_REVOKED",
    "MODEL_VOLUME_UNAVAILABLE",
    "MODEL_TOKEN_BUSY",
    "DEPLOYMENT_HOST_DENIED",
    "EMAIL_STATUS_BUSY",
    "QUOTA_CAPTCHA_REQUIRED",
    "RATE_BUILD_LOCKED",
    "LIMIT_FILE_BUSY",
    "ACCOUNT_ORG_DENIED",
    "AUTH_EMAIL_TOO_LARGE",
    "SUBSCRIPTION_LLM_FAILED",
    "EXEC_SUBSCRIPTION_CONFLICT",
    "USER_SNAPSHOT_EXCEEDED",
    "STATUS_TOOL_CONFLICT",
    "RATE_CAPACITY_REQUIRED",
    "EXEC_VAULT_TOO_LARGE",
    "DOMAIN_EMAIL_EXCEEDED",
    "CAPTCHA_EXEC_EXPIRED",
    "AUTH_KEY_STALE",
    "KEY_EXEC_TIMEOUT",
    "QUOTA_PAYMENT_EXPIRED",
    "CRON_PROJECT_DENIED",
    "PAYMENT_TRIGGER_STALE",
    "CAPTCHA_BILLING_INVALID",
    "CHAT_ACCOUNT_TOO_LARGE",
    "TEMPLATE_AUTH_LOCKED",
    "DOMAIN_HOST_REVOKED",
    "LLM_TEMPLATE_UNAVAILABLE",
    "ROLE_FILE_LOCKED",
    "WORKSPACE_TRIGGER_NOT_FOUND",
    "DB_ORG_TOO_LARGE",
    "DEPLOYMENT_MEMBER_REQUIRED",
    "WORKSPACE_AGENT_LOCKED",
    "SUBSCRIPTION_DB_DENIED",
    "MEMBER_SECRET_REVOKED",
    "BILLING_AUTH_MISSING",
    "CAPTCHA_TIER_MISMATCH",
    "EMAIL_AGENT_TIMEOUT",
    "CAPTCHA_HOST_FORBIDDEN",
    "AUTH_ORG_CONFLICT",
    "RUN_ROLE_EXPIRED",
    "QUOTA_LIMIT_TOO_LARGE",
    "LIMIT_TOOL_INVALID",
    "DB_PAYMENT_FORBIDDEN",
    "SESSION_MEMBER_INVALID",
    "WOK_BILLING_MISSING",
    "MODEL_ACCOUNT_STALE",
    "VERSION_FUNCTION_LOCKED",
    "TEMPLATE_FEATURE_IN_USE",
    "PROJECT_TEMPLATE_TOO_LARGE",
    "TIER_HOST_LOCKED",
    "USER_SUBSCRIPTION_EXPIRED",
    "LIMIT_FUNCTION_TOO_LARGE",
    "TIER_PROJECT_READ_ONLY",
    "USER_BUILD_TOO_LARGE",
    "CAPTCHA_USER_REQUIRED",
    "LLM_HOST_LOCKED",
    "SUBSCRIPTION_HOST_FAILED",
    "CHAT_MODEL_CONFLICT",
    "SECRET_TOOL_TIMEOUT",
    "QUOTA_KEY_IN_USE",
    "LIMIT_DB_FAILED",
    "SECRET_MODEL_LOCKED",
    "FUNCTION_SANDBOX_EXCEEDED",
    "TRIGGER_TEMPLATE_READ_ONLY",
    "SANDBOX_SECRET_REVOKED",
    "DEPLOYMENT_PAYMENT_INVALID",
    "ACCOUNT_USER_MISSING",
    "WORKSPACE_KEY_FORBIDDEN",
    "TOKEN_BILLING_FAILED",
    "SECRET_RUN_IN_USE",
    "VAULT_FILE_CONFLICT",
    "BILLING_CHAT_DENIED",
    "RUN_BUILD_DENIED",
    "ROLE_LIMIT_NOT_FOUND",
    "MEMBER_AGENT_IN_USE",
    "ROLE_VOLUME_MISMATCH",
    "VERSION_VOLUME_DENIED",
    "HOST_SECRET_UNAVAILABLE",
    "WEBHOOK_BUILD_FORBIDDEN",
    "SANDBOX_ORG_FAILED",
    "FUNCTION_VERSION_MISSING",
    "TOKEN_SECRET_MISMATCH",
    "EMAIL_CAPACITY_EXPIRED",
    "WEBHOOK_SESSION_REVOKED",
    "SECRET_HOST_INVALID",
    "RUN_VAULT_STALE",
    "TOKEN_ORG_LOCKED",
    "INVITE_VOLUME_TOO_LARGE",
    "VAULT_WORKSPACE_EXCEEDED",
    "WEBHOOK_EMAIL_IN_USE",
    "BILLING_TOKEN_UNAVAILABLE",
    "MEMBER_FUNCTION_BUSY",
    "BUILD_STATUS_LOCKED",
    "VERSION_TEMPLATE_REQUIRED",
    "BUILD_ACCOUNT_MISMATCH",
    "SANDBOX_PAYMENT_EXPIRED",
    "PAYMENT_SUBSCRIPTION_READ_ONLY",
    "MANIFEST_BILLING_INVALID",
    "INVITE_RATE_INVALID",
    "TIER_RATE_MISSING",
    "QUOTA_STATUS_IN_USE",
    "SECRET_CRON_IN_USE",
    "SANDBOX_TOKEN_BUSY",
    "SUBSCRIPTION_CAPACITY_READ_ONLY",
    "DEPLOYMENT_SANDBOX_DENIED",
    "FEATURE_BUILD_READ_ONLY",
    "MODEL_BILLING_EXPIRED",
    "DEPLOYMENT_WOK_EXPIRED",
    "WEBHOOK_QUOTA_IN_USE",
    "WEBHOOK_RATE_STALE",
    "KEY_INVITE_REQUIRED",
    "TEMPLATE_VOLUME_MISMATCH",
    "ROLE_WEBHOOK_FAILED",
    "KEY_TIER_REVOKED",
    "PAYMENT_DOMAIN_READ_ONLY",
    "VAULT_TEMPLATE_REQUIRED",
    "FUNCTION_ORG_REQUIRED",
    "TIER_SNAPSHOT_INVALID",
    "WOK_SECRET_MISMATCH",
    "DEPLOYMENT_KEY_TIMEOUT",
    "INVITE_RUN_TIMEOUT",
    "ORG_WOK_MISSING",
    "AGENT_FUNCTION_MISSING",
    "DEPLOYMENT_TOKEN_BUSY",
    "MANIFEST_RUN_NOT_FOUND",
    "FEATURE_LLM_INVALID",
    "LIMIT_DB_MISMATCH",
    "AGENT_DB_DENIED",
    "VAULT_WEBHOOK_CONFLICT",
    "FILE_RUN_REVOKED",
    "LLM_SESSION_BUSY",
    "WORKSPACE_KEY_EXPIRED",
    "KEY_LIMIT_REVOKED",
    "USER_ORG_UNAVAILABLE",
    "QUOTA_TOOL_CONFLICT",
    "DOMAIN_INVITE_TIMEOUT",
    "WEBHOOK_SUBSCRIPTION_LOCKED",
    "DB_ACCOUNT_REVOKED",
    "STATUS_WORKSPACE_TOO_LARGE",
    "DB_KEY_CONFLICT",
    "LLM_RATE_MISMATCH",
    "CAPACITY_VOLUME_FORBIDDEN",
    "AUTH_SUBSCRIPTION_STALE",
    "SUBSCRIPTION_RATE_MISSING",
    "FUNCTION_QUOTA_INVALID",
    "USER_PROJECT_MISSING",
    "FUNCTION_CAPACITY_EXCEEDED",
    "ROLE_FUNCTION_IN_USE",
    "SNAPSHOT_CAPACITY_INVALID",
    "DB_BILLING_BUSY",
    "RATE_DEPLOYMENT_LOCKED",
    "PROJECT_RUN_NOT_FOUND",
    "TOOL_CHAT_TIMEOUT",
    "BUILD_PROJECT_REVOKED",
    "CHAT_INVITE_MISSING",
    "AUTH_DB_LOCKED",
    "PROJECT_KEY_NOT_FOUND",
    "STATUS_INVITE_CONFLICT",
    "SANDBOX_BUILD_FORBIDDEN",
    "ROLE_PAYMENT_STALE",
    "MEMBER_MODEL_MISSING",
    "SANDBOX_VOLUME_IN_USE",
    "WOK_EXEC_LOCKED",
    "MODEL_VAULT_FAILED",
    "PROJECT_DEPLOYMENT_MISSING",
    "FILE_KEY_TIMEOUT",
    "PROJECT_SUBSCRIPTION_REQUIRED",
    "TOKEN_RUN_CONFLICT",
    "MEMBER_PROJECT_EXPIRED",
    "SECRET_FUNCTION_READ_ONLY",
    "TEMPLATE_TRIGGER_UNAVAILABLE",
    "SUBSCRIPTION_TRIGGER_NOT_FOUND",
    "LLM_WORKSPACE_NOT_FOUND",
    "CRON_DOMAIN_READ_ONLY",
    "SECRET_WORKSPACE_LOCKED",
    "FUNCTION_ORG_TIMEOUT",
    "TRIGGER_DEPLOYMENT_BUSY",
    "TRIGGER_TIER_UNAVAILABLE",
    "DB_WEBHOOK_DENIED",
    "USER_DEPLOYMENT_REVOKED",
    "WORKSPACE_VERSION_EXCEEDED",
    "PAYMENT_CHAT_MISMATCH",
    "AUTH_ACCOUNT_INVALID",
    "WEBHOOK_RATE_EXPIRED",
    "SECRET_WOK_CONFLICT",
    "FILE_SECRET_MISSING",
    "SESSION_PROJECT_MISMATCH",
    "ROLE_FUNCTION_EXPIRED",
    "USER_FILE_MISMATCH",
    "SESSION_FILE_CONFLICT",
    "ORG_RATE_INVALID",
    "ACCOUNT_SUBSCRIPTION_FORBIDDEN",
    "SANDBOX_SUBSCRIPTION_EXPIRED",
    "CRON_ACCOUNT_IN_USE",
    "WOK_TEMPLATE_STALE",
    "DOMAIN_DEPLOYMENT_EXCEEDED",
    "STATUS_RUN_MISMATCH",
    "CRON_HOST_TIMEOUT",
    "USER_ACCOUNT_EXPIRED",
    "TEMPLATE_DEPLOYMENT_REVOKED",
    "EMAIL_SECRET_UNAVAILABLE",
    "VAULT_SUBSCRIPTION_NOT_FOUND",
    "TRIGGER_ORG_DENIED",
    "KEY_EMAIL_TIMEOUT",
    "RATE_SECRET_INVALID",
    "QUOTA_FEATURE_UNAVAILABLE",
    "TOOL_SESSION_EXCEEDED",
    "CRON_SESSION_STALE",
    "INVITE_CAPTCHA_READ_ONLY",
    "CRON_BUILD_FAILED",
    "WOK_RUN_DENIED",
    "SECRET_LLM_STALE",
    "SANDBOX_AUTH_FORBIDDEN",
    "HOST_PROJECT_REQUIRED",
    "ROLE_KEY_TOO_LARGE",
    "FEATURE_SNAPSHOT_CONFLICT",
    "VOLUME_TIER_LOCKED",
    "VOLUME_RATE_MISMATCH",
    "DB_VOLUME_REVOKED",
    "MANIFEST_LIMIT_REQUIRED",
    "BILLING_EMAIL_EXPIRED",
    "VOLUME_EMAIL_STALE",
    "HOST_WEBHOOK_IN_USE",
    "QUOTA_PROJECT_FAILED",
    "MODEL_SESSION_CONFLICT",
    "EMAIL_SANDBOX_EXCEEDED",
    "CHAT_WEBHOOK_REQUIRED",
    "SUBSCRIPTION_AGENT_STALE",
    "CHAT_DB_IN_USE",
    "TEMPLATE_KEY_STALE",
    "TEMPLATE_CRON_MISSING",
    "FEATURE_STATUS_DENIED",
    "LLM_WORKSPACE_EXCEEDED",
    "MODEL_TIER_READ_ONLY",
    "SANDBOX_SECRET_STALE",
    "VOLUME_PROJECT_INVALID",
    "FILE_TOKEN_REVOKED",
    "KEY_TOOL_UNAVAILABLE",
    "MEMBER_CRON_EXCEEDED",
    "SANDBOX_EXEC_UNAVAILABLE",
    "MEMBER_USER_TIMEOUT",
    "VAULT_WEBHOOK_EXPIRED",
    "PAYMENT_QUOTA_REQUIRED",
    "VAULT_LIMIT_STALE",
    "ORG_HOST_FAILED",
    "SUBSCRIPTION_RUN_STALE",
    "USER_VOLUME_FORBIDDEN",
    "VAULT_MEMBER_CONFLICT",
    "TIER_USER_EXCEEDED",
    "SNAPSHOT_CAPTCHA_FAILED",
    "TEMPLATE_FEATURE_CONFLICT",
    "TOOL_HOST_BUSY",
    "DEPLOYMENT_SUBSCRIPTION_LOCKED",
    "PROJECT_FEATURE_REVOKED",
];

pub fn match_1000(code: &str) -> Option<Codes1000> {
    Some(match code {
        "WOK_FEATURE_CONFLICT" => Codes1000::WokFeatureConflict,
        "CAPACITY_HOST_FAILED" => Codes1000::CapacityHostFailed,
        "WOK_CRON_EXPIRED" => Codes1000::WokCronExpired,
        "KEY_EMAIL_BUSY" => Codes1000::KeyEmailBusy,
        "RATE_MEMBER_REQUIRED" => Codes1000::RateMemberRequired,
        "FEATURE_SECRET_EXCEEDED" => Codes1000::FeatureSecretExceeded,
        "FILE_FEATURE_NOT_FOUND" => Codes1000::FileFeatureNotFound,
        "TEMPLATE_TOKEN_BUSY" => Codes1000::TemplateTokenBusy,
        "EXEC_FUNCTION_REQUIRED" => Codes1000::ExecFunctionRequired,
        "KEY_PROJECT_EXPIRED" => Codes1000::KeyProjectExpired,
        "PROJECT_VERSION_UNAVAILABLE" => Codes1000::ProjectVersionUnavailable,
        "DEPLOYMENT_SUBSCRIPTION_EXCEEDED" => Codes1000::DeploymentSubscriptionExceeded,
        "USER_TIER_LOCKED" => Codes1000::UserTierLocked,
        "TOOL_BILLING_FORBIDDEN" => Codes1000::ToolBillingForbidden,
        "VAULT_EXEC_MISSING" => Codes1000::VaultExecMissing,
        "EMAIL_MODEL_REVOKED" => Codes1000::EmailModelRevoked,
        "INVITE_HOST_FORBIDDEN" => Codes1000::InviteHostForbidden,
        "SESSION_SECRET_CONFLICT" => Codes1000::SessionSecretConflict,
        "CHAT_TRIGGER_INVALID" => Codes1000::ChatTriggerInvalid,
        "MODEL_AGENT_STALE" => Codes1000::ModelAgentStale,
        "LLM_VAULT_IN_USE" => Codes1000::LlmVaultInUse,
        "TEMPLATE_TIER_REQUIRED" => Codes1000::TemplateTierRequired,
        "EMAIL_EXEC_CONFLICT" => Codes1000::EmailExecConflict,
        "RATE_DEPLOYMENT_IN_USE" => Codes1000::RateDeploymentInUse,
        "MODEL_CAPACITY_TOO_LARGE" => Codes1000::ModelCapacityTooLarge,
        "FILE_TOOL_STALE" => Codes1000::FileToolStale,
        "DB_ORG_IN_USE" => Codes1000::DbOrgInUse,
        "QUOTA_RATE_TIMEOUT" => Codes1000::QuotaRateTimeout,
        "FEATURE_KEY_DENIED" => Codes1000::FeatureKeyDenied,
        "ORG_PAYMENT_INVALID" => Codes1000::OrgPaymentInvalid,
        "FILE_DEPLOYMENT_READ_ONLY" => Codes1000::FileDeploymentReadOnly,
        "MEMBER_FEATURE_REQUIRED" => Codes1000::MemberFeatureRequired,
        "CHAT_EXEC_MISSING" => Codes1000::ChatExecMissing,
        "TEMPLATE_HOST_TOO_LARGE" => Codes1000::TemplateHostTooLarge,
        "MANIFEST_ORG_STALE" => Codes1000::ManifestOrgStale,
        "RATE_AUTH_DENIED" => Codes1000::RateAuthDenied,
        "MODEL_SESSION_BUSY" => Codes1000::ModelSessionBusy,
        "SESSION_BUILD_LOCKED" => Codes1000::SessionBuildLocked,
        "INVITE_HOST_STALE" => Codes1000::InviteHostStale,
        "FILE_LLM_MISSING" => Codes1000::FileLlmMissing,
        "VERSION_TRIGGER_EXCEEDED" => Codes1000::VersionTriggerExceeded,
        "ROLE_CAPTCHA_UNAVAILABLE" => Codes1000::RoleCaptchaUnavailable,
        "WORKSPACE_DB_CONFLICT" => Codes1000::WorkspaceDbConflict,
        "QUOTA_VAULT_REQUIRED" => Codes1000::QuotaVaultRequired,
        "SNAPSHOT_VAULT_NOT_FOUND" => Codes1000::SnapshotVaultNotFound,
        "SESSION_VAULT_EXPIRED" => Codes1000::SessionVaultExpired,
        "DOMAIN_BUILD_EXPIRED" => Codes1000::DomainBuildExpired,
        "SECRET_MANIFEST_CONFLICT" => Codes1000::SecretManifestConflict,
        "CAPTCHA_SESSION_READ_ONLY" => Codes1000::CaptchaSessionReadOnly,
        "WOK_BUILD_TIMEOUT" => Codes1000::WokBuildTimeout,
        "CAPACITY_VAULT_TIMEOUT" => Codes1000::CapacityVaultTimeout,
        "SANDBOX_RUN_INVALID" => Codes1000::SandboxRunInvalid,
        "INVITE_DEPLOYMENT_READ_ONLY" => Codes1000::InviteDeploymentReadOnly,
        "ACCOUNT_EXEC_INVALID" => Codes1000::AccountExecInvalid,
        "EXEC_SANDBOX_INVALID" => Codes1000::ExecSandboxInvalid,
        "MANIFEST_EXEC_MISMATCH" => Codes1000::ManifestExecMismatch,
        "WEBHOOK_QUOTA_INVALID" => Codes1000::WebhookQuotaInvalid,
        "BUILD_SANDBOX_EXPIRED" => Codes1000::BuildSandboxExpired,
        "SESSION_DB_READ_ONLY" => Codes1000::SessionDbReadOnly,
        "TOOL_TOKEN_REVOKED" => Codes1000::ToolTokenRevoked,
        "FEATURE_FILE_MISSING" => Codes1000::FeatureFileMissing,
        "EXEC_RATE_EXPIRED" => Codes1000::ExecRateExpired,
        "RUN_VAULT_CONFLICT" => Codes1000::RunVaultConflict,
        "RATE_SNAPSHOT_CONFLICT" => Codes1000::RateSnapshotConflict,
        "TRIGGER_EXEC_EXCEEDED" => Codes1000::TriggerExecExceeded,
        "FUNCTION_DEPLOYMENT_REQUIRED" => Codes1000::FunctionDeploymentRequired,
        "PAYMENT_CRON_BUSY" => Codes1000::PaymentCronBusy,
        "QUOTA_CHAT_DENIED" => Codes1000::QuotaChatDenied,
        "FUNCTION_SUBSCRIPTION_FAILED" => Codes1000::FunctionSubscriptionFailed,
        "SANDBOX_RATE_LOCKED" => Codes1000::SandboxRateLocked,
        "AUTH_LLM_IN_USE" => Codes1000::AuthLlmInUse,
        "VERSION_FUNCTION_EXPIRED" => Codes1000::VersionFunctionExpired,
        "TOOL_BUILD_MISMATCH" => Codes1000::ToolBuildMismatch,
        "VOLUME_ROLE_IN_USE" => Codes1000::VolumeRoleInUse,
        "ROLE_PROJECT_TOO_LARGE" => Codes1000::RoleProjectTooLarge,
        "TIER_STATUS_EXPIRED" => Codes1000::TierStatusExpired,
        "WEBHOOK_USER_DENIED" => Codes1000::WebhookUserDenied,
        "FUNCTION_INVITE_INVALID" => Codes1000::FunctionInviteInvalid,
        "HOST_SECRET_REVOKED" => Codes1000::HostSecretRevoked,
        "TRIGGER_AGENT_READ_ONLY" => Codes1000::TriggerAgentReadOnly,
        "MEMBER_TOOL_FAILED" => Codes1000::MemberToolFailed,
        "TOOL_TIER_UNAVAILABLE" => Codes1000::ToolTierUnavailable,
        "MODEL_CRON_EXPIRED" => Codes1000::ModelCronExpired,
        "TRIGGER_AUTH_INVALID" => Codes1000::TriggerAuthInvalid,
        "TOOL_MEMBER_REQUIRED" => Codes1000::ToolMemberRequired,
        "RUN_MEMBER_FORBIDDEN" => Codes1000::RunMemberForbidden,
        "FUNCTION_VOLUME_EXCEEDED" => Codes1000::FunctionVolumeExceeded,
        "CAPACITY_QUOTA_STALE" => Codes1000::CapacityQuotaStale,
        "ORG_FEATURE_INVALID" => Codes1000::OrgFeatureInvalid,
        "TEMPLATE_BILLING_FAILED" => Codes1000::TemplateBillingFailed,
        "SESSION_USER_READ_ONLY" => Codes1000::SessionUserReadOnly,
        "PAYMENT_STATUS_MISMATCH" => Codes1000::PaymentStatusMismatch,
        "HOST_QUOTA_STALE" => Codes1000::HostQuotaStale,
        "CAPACITY_TEMPLATE_FORBIDDEN" => Codes1000::CapacityTemplateForbidden,
        "ROLE_ORG_DENIED" => Codes1000::RoleOrgDenied,
        "SESSION_FUNCTION_REVOKED" => Codes1000::SessionFunctionRevoked,
        "WOK_USER_EXPIRED" => Codes1000::WokUserExpired,
        "PROJECT_MANIFEST_INVALID" => Codes1000::ProjectManifestInvalid,
        "ACCOUNT_WOK_TIMEOUT" => Codes1000::AccountWokTimeout,
        "TRIGGER_CAPTCHA_CONFLICT" => Codes1000::TriggerCaptchaConflict,
        "VOLUME_KEY_INVALID" => Codes1000::VolumeKeyInvalid,
        "SUBSCRIPTION_USER_NOT_FOUND" => Codes1000::SubscriptionUserNotFound,
        "SUBSCRIPTION_STATUS_FORBIDDEN" => Codes1000::SubscriptionStatusForbidden,
        "MEMBER_TIER_LOCKED" => Codes1000::MemberTierLocked,
        "TOOL_AUTH_NOT_FOUND" => Codes1000::ToolAuthNotFound,
        "EMAIL_TOKEN_LOCKED" => Codes1000::EmailTokenLocked,
        "SECRET_BUILD_NOT_FOUND" => Codes1000::SecretBuildNotFound,
        "SANDBOX_ACCOUNT_REQUIRED" => Codes1000::SandboxAccountRequired,
        "WORKSPACE_SECRET_FORBIDDEN" => Codes1000::WorkspaceSecretForbidden,
        "ROLE_STATUS_NOT_FOUND" => Codes1000::RoleStatusNotFound,
        "EXEC_CRON_TIMEOUT" => Codes1000::ExecCronTimeout,
        "AUTH_LIMIT_TOO_LARGE" => Codes1000::AuthLimitTooLarge,
        "TIER_AUTH_UNAVAILABLE" => Codes1000::TierAuthUnavailable,
        "BILLING_PROJECT_BUSY" => Codes1000::BillingProjectBusy,
        "VERSION_AUTH_TIMEOUT" => Codes1000::VersionAuthTimeout,
        "TRIGGER_TIER_NOT_FOUND" => Codes1000::TriggerTierNotFound,
        "PAYMENT_WORKSPACE_MISSING" => Codes1000::PaymentWorkspaceMissing,
        "ACCOUNT_FEATURE_LOCKED" => Codes1000::AccountFeatureLocked,
        "DEPLOYMENT_ROLE_MISSING" => Codes1000::DeploymentRoleMissing,
        "DB_ACCOUNT_TOO_LARGE" => Codes1000::DbAccountTooLarge,
        "TRIGGER_STATUS_LOCKED" => Codes1000::TriggerStatusLocked,
        "ROLE_BUILD_CONFLICT" => Codes1000::RoleBuildConflict,
        "SANDBOX_CHAT_MISMATCH" => Codes1000::SandboxChatMismatch,
        "DEPLOYMENT_RATE_REQUIRED" => Codes1000::DeploymentRateRequired,
        "LLM_FEATURE_IN_USE" => Codes1000::LlmFeatureInUse,
        "ACCOUNT_FEATURE_REQUIRED" => Codes1000::AccountFeatureRequired,
        "SECRET_EXEC_NOT_FOUND" => Codes1000::SecretExecNotFound,
        "ORG_STATUS_MISSING" => Codes1000::OrgStatusMissing,
        "AUTH_CRON_MISMATCH" => Codes1000::AuthCronMismatch,
        "TEMPLATE_MEMBER_READ_ONLY" => Codes1000::TemplateMemberReadOnly,
        "DB_WOK_MISSING" => Codes1000::DbWokMissing,
        "ROLE_WEBHOOK_FORBIDDEN" => Codes1000::RoleWebhookForbidden,
        "LIMIT_PROJECT_MISMATCH" => Codes1000::LimitProjectMismatch,
        "VOLUME_HOST_BUSY" => Codes1000::VolumeHostBusy,
        "CAPTCHA_FEATURE_BUSY" => Codes1000::CaptchaFeatureBusy,
        "MEMBER_TRIGGER_EXPIRED" => Codes1000::MemberTriggerExpired,
        "TOOL_CRON_EXCEEDED" => Codes1000::ToolCronExceeded,
        "RATE_TEMPLATE_NOT_FOUND" => Codes1000::RateTemplateNotFound,
        "WOK_VERSION_TIMEOUT" => Codes1000::WokVersionTimeout,
        "DOMAIN_DEPLOYMENT_MISMATCH" => Codes1000::DomainDeploymentMismatch,
        "CHAT_LIMIT_EXCEEDED" => Codes1000::ChatLimitExceeded,
        "USER_LLM_LOCKED" => Codes1000::UserLlmLocked,
        "HOST_EMAIL_EXPIRED" => Codes1000::HostEmailExpired,
        "MEMBER_CAPTCHA_UNAVAILABLE" => Codes1000::MemberCaptchaUnavailable,
        "TEMPLATE_SESSION_EXCEEDED" => Codes1000::TemplateSessionExceeded,
        "DOMAIN_AUTH_FAILED" => Codes1000::DomainAuthFailed,
        "EXEC_TOKEN_BUSY" => Codes1000::ExecTokenBusy,
        "INVITE_VOLUME_REVOKED" => Codes1000::InviteVolumeRevoked,
        "WOK_LLM_LOCKED" => Codes1000::WokLlmLocked,
        "ORG_EMAIL_BUSY" => Codes1000::OrgEmailBusy,
        "KEY_WEBHOOK_CONFLICT" => Codes1000::KeyWebhookConflict,
        "WOK_FILE_CONFLICT" => Codes1000::WokFileConflict,
        "VERSION_ROLE_CONFLICT" => Codes1000::VersionRoleConflict,
        "RUN_CRON_MISSING" => Codes1000::RunCronMissing,
        "USER_TEMPLATE_LOCKED" => Codes1000::UserTemplateLocked,
        "ROLE_FILE_TIMEOUT" => Codes1000::RoleFileTimeout,
        "CRON_DEPLOYMENT_FORBIDDEN" => Codes1000::CronDeploymentForbidden,
        "WEBHOOK_TEMPLATE_MISSING" => Codes1000::WebhookTemplateMissing,
        "ROLE_LIMIT_READ_ONLY" => Codes1000::RoleLimitReadOnly,
        "ORG_LIMIT_MISSING" => Codes1000::OrgLimitMissing,
        "DOMAIN_EMAIL_TIMEOUT" => Codes1000::DomainEmailTimeout,
        "AGENT_KEY_CONFLICT" => Codes1000::AgentKeyConflict,
        "HOST_TOOL_MISSING" => Codes1000::HostToolMissing,
        "WORKSPACE_TEMPLATE_EXPIRED" => Codes1000::WorkspaceTemplateExpired,
        "SECRET_TOKEN_REQUIRED" => Codes1000::SecretTokenRequired,
        "MANIFEST_EXEC_BUSY" => Codes1000::ManifestExecBusy,
        "ACCOUNT_AGENT_LOCKED" => Codes1000::AccountAgentLocked,
        "VERSION_TIER_MISMATCH" => Codes1000::VersionTierMismatch,
        "EXEC_CAPTCHA_UNAVAILABLE" => Codes1000::ExecCaptchaUnavailable,
        "BUILD_USER_REQUIRED" => Codes1000::BuildUserRequired,
        "WEBHOOK_STATUS_FAILED" => Codes1000::WebhookStatusFailed,
        "WORKSPACE_USER_TIMEOUT" => Codes1000::WorkspaceUserTimeout,
        "CAPTCHA_LLM_TOO_LARGE" => Codes1000::CaptchaLlmTooLarge,
        "DB_AUTH_STALE" => Codes1000::DbAuthStale,
        "SNAPSHOT_CHAT_STALE" => Codes1000::SnapshotChatStale,
        "HOST_DOMAIN_CONFLICT" => Codes1000::HostDomainConflict,
        "ACCOUNT_DOMAIN_IN_USE" => Codes1000::AccountDomainInUse,
        "SUBSCRIPTION_QUOTA_INVALID" => Codes1000::SubscriptionQuotaInvalid,
        "TIER_ORG_IN_USE" => Codes1000::TierOrgInUse,
        "KEY_FILE_READ_ONLY" => Codes1000::KeyFileReadOnly,
        "EMAIL_CAPTCHA_FORBIDDEN" => Codes1000::EmailCaptchaForbidden,
        "ROLE_LIMIT_TIMEOUT" => Codes1000::RoleLimitTimeout,
        "CAPACITY_SANDBOX_READ_ONLY" => Codes1000::CapacitySandboxReadOnly,
        "LIMIT_CHAT_NOT_FOUND" => Codes1000::LimitChatNotFound,
        "AUTH_LIMIT_REVOKED" => Codes1000::AuthLimitRevoked,
        "CAPACITY_DB_READ_ONLY" => Codes1000::CapacityDbReadOnly,
        "EMAIL_SESSION_DENIED" => Codes1000::EmailSessionDenied,
        "AGENT_BUILD_REQUIRED" => Codes1000::AgentBuildRequired,
        "WEBHOOK_BUILD_UNAVAILABLE" => Codes1000::WebhookBuildUnavailable,
        "CRON_BUILD_INVALID" => Codes1000::CronBuildInvalid,
        "TEMPLATE_VOLUME_DENIED" => Codes1000::TemplateVolumeDenied,
        "SECRET_CAPACITY_FORBIDDEN" => Codes1000::SecretCapacityForbidden,
        "RUN_CAPTCHA_EXCEEDED" => Codes1000::RunCaptchaExceeded,
        "TRIGGER_MEMBER_EXPIRED" => Codes1000::TriggerMemberExpired,
        "INVITE_FILE_EXPIRED" => Codes1000::InviteFileExpired,
        "VERSION_MEMBER_FORBIDDEN" => Codes1000::VersionMemberForbidden,
        "SANDBOX_TEMPLATE_DENIED" => Codes1000::SandboxTemplateDenied,
        "TIER_SECRET_REQUIRED" => Codes1000::TierSecretRequired,
        "WORKSPACE_ACCOUNT_DENIED" => Codes1000::WorkspaceAccountDenied,
        "QUOTA_STATUS_REQUIRED" => Codes1000::QuotaStatusRequired,
        "SUBSCRIPTION_VERSION_STALE" => Codes1000::SubscriptionVersionStale,
        "LIMIT_SNAPSHOT_REVOKED" => Codes1000::LimitSnapshotRevoked,
        "CAPTCHA_MEMBER_INVALID" => Codes1000::CaptchaMemberInvalid,
        "CAPTCHA_CRON_EXCEEDED" => Codes1000::CaptchaCronExceeded,
        "SUBSCRIPTION_TRIGGER_INVALID" => Codes1000::SubscriptionTriggerInvalid,
        "CAPTCHA_FUNCTION_READ_ONLY" => Codes1000::CaptchaFunctionReadOnly,
        "BUILD_DOMAIN_EXPIRED" => Codes1000::BuildDomainExpired,
        "WOK_SECRET_FAILED" => Codes1000::WokSecretFailed,
        "VOLUME_TOKEN_IN_USE" => Codes1000::VolumeTokenInUse,
        "FEATURE_USER_REVOKED" => Codes1000::FeatureUserRevoked,
        "DOMAIN_WORKSPACE_EXPIRED" => Codes1000::DomainWorkspaceExpired,
        "INVITE_DEPLOYMENT_FORBIDDEN" => Codes1000::InviteDeploymentForbidden,
        "VAULT_EMAIL_READ_ONLY" => Codes1000::VaultEmailReadOnly,
        "CHAT_AUTH_DENIED" => Codes1000::ChatAuthDenied,
        "CRON_PROJECT_FORBIDDEN" => Codes1000::CronProjectForbidden,
        "RATE_LLM_MISMATCH" => Codes1000::RateLlmMismatch,
        "VAULT_VERSION_MISMATCH" => Codes1000::VaultVersionMismatch,
        "EXEC_INVITE_FAILED" => Codes1000::ExecInviteFailed,
        "SANDBOX_WOK_FORBIDDEN" => Codes1000::SandboxWokForbidden,
        "SECRET_ROLE_DENIED" => Codes1000::SecretRoleDenied,
        "LIMIT_ORG_MISSING" => Codes1000::LimitOrgMissing,
        "MANIFEST_INVITE_FORBIDDEN" => Codes1000::ManifestInviteForbidden,
        "FUNCTION_PAYMENT_MISSING" => Codes1000::FunctionPaymentMissing,
        "FEATURE_FUNCTION_MISSING" => Codes1000::FeatureFunctionMissing,
        "CRON_MODEL_EXPIRED" => Codes1000::CronModelExpired,
        "ACCOUNT_FUNCTION_NOT_FOUND" => Codes1000::AccountFunctionNotFound,
        "VERSION_VAULT_TOO_LARGE" => Codes1000::VersionVaultTooLarge,
        "TIER_EXEC_LOCKED" => Codes1000::TierExecLocked,
        "VOLUME_TRIGGER_REVOKED" => Codes1000::VolumeTriggerRevoked,
        "MANIFEST_AUTH_EXPIRED" => Codes1000::ManifestAuthExpired,
        "SECRET_ORG_MISSING" => Codes1000::SecretOrgMissing,
        "BUILD_RATE_LOCKED" => Codes1000::BuildRateLocked,
        "CRON_VAULT_FAILED" => Codes1000::CronVaultFailed,
        "CAPACITY_LLM_MISSING" => Codes1000::CapacityLlmMissing,
        "STATUS_WORKSPACE_EXCEEDED" => Codes1000::StatusWorkspaceExceeded,
        "DEPLOYMENT_EMAIL_TOO_LARGE" => Codes1000::DeploymentEmailTooLarge,
        "STATUS_LLM_DENIED" => Codes1000::StatusLlmDenied,
        "TOOL_LIMIT_INVALID" => Codes1000::ToolLimitInvalid,
        "TRIGGER_EXEC_MISMATCH" => Codes1000::TriggerExecMismatch,
        "CHAT_AGENT_REVOKED" => Codes1000::ChatAgentRevoked,
        "LIMIT_DB_STALE" => Codes1000::LimitDbStale,
        "WOK_ORG_EXPIRED" => Codes1000::WokOrgExpired,
        "TEMPLATE_EMAIL_LOCKED" => Codes1000::TemplateEmailLocked,
        "FUNCTION_PROJECT_IN_USE" => Codes1000::FunctionProjectInUse,
        "MANIFEST_FEATURE_DENIED" => Codes1000::ManifestFeatureDenied,
        "DEPLOYMENT_MODEL_BUSY" => Codes1000::DeploymentModelBusy,
        "AGENT_LLM_FORBIDDEN" => Codes1000::AgentLlmForbidden,
        "KEY_WEBHOOK_DENIED" => Codes1000::KeyWebhookDenied,
        "FEATURE_SESSION_UNAVAILABLE" => Codes1000::FeatureSessionUnavailable,
        "INVITE_DEPLOYMENT_INVALID" => Codes1000::InviteDeploymentInvalid,
        "SUBSCRIPTION_BILLING_STALE" => Codes1000::SubscriptionBillingStale,
        "WOK_TIER_FORBIDDEN" => Codes1000::WokTierForbidden,
        "MEMBER_CRON_LOCKED" => Codes1000::MemberCronLocked,
        "USER_FUNCTION_LOCKED" => Codes1000::UserFunctionLocked,
        "PAYMENT_RUN_IN_USE" => Codes1000::PaymentRunInUse,
        "AGENT_EXEC_EXCEEDED" => Codes1000::AgentExecExceeded,
        "SESSION_CAPTCHA_REQUIRED" => Codes1000::SessionCaptchaRequired,
        "TOOL_ACCOUNT_STALE" => Codes1000::ToolAccountStale,
        "LIMIT_HOST_INVALID" => Codes1000::LimitHostInvalid,
        "BILLING_DOMAIN_IN_USE" => Codes1000::BillingDomainInUse,
        "PAYMENT_USER_MISMATCH" => Codes1000::PaymentUserMismatch,
        "USER_LLM_REQUIRED" => Codes1000::UserLlmRequired,
        "STATUS_RUN_UNAVAILABLE" => Codes1000::StatusRunUnavailable,
        "DEPLOYMENT_ROLE_REQUIRED" => Codes1000::DeploymentRoleRequired,
        "SESSION_CAPACITY_TOO_LARGE" => Codes1000::SessionCapacityTooLarge,
        "MEMBER_HOST_MISSING" => Codes1000::MemberHostMissing,
        "MEMBER_RUN_INVALID" => Codes1000::MemberRunInvalid,
        "VOLUME_SECRET_BUSY" => Codes1000::VolumeSecretBusy,
        "PAYMENT_CRON_DENIED" => Codes1000::PaymentCronDenied,
        "TRIGGER_TOKEN_EXCEEDED" => Codes1000::TriggerTokenExceeded,
        "SANDBOX_WORKSPACE_IN_USE" => Codes1000::SandboxWorkspaceInUse,
        "DOMAIN_STATUS_UNAVAILABLE" => Codes1000::DomainStatusUnavailable,
        "HOST_SUBSCRIPTION_INVALID" => Codes1000::HostSubscriptionInvalid,
        "ACCOUNT_ORG_IN_USE" => Codes1000::AccountOrgInUse,
        "LIMIT_PROJECT_READ_ONLY" => Codes1000::LimitProjectReadOnly,
        "ACCOUNT_FUNCTION_CONFLICT" => Codes1000::AccountFunctionConflict,
        "RATE_QUOTA_TOO_LARGE" => Codes1000::RateQuotaTooLarge,
        "FUNCTION_EMAIL_MISMATCH" => Codes1000::FunctionEmailMismatch,
        "BILLING_RATE_TIMEOUT" => Codes1000::BillingRateTimeout,
        "MANIFEST_SNAPSHOT_DENIED" => Codes1000::ManifestSnapshotDenied,
        "HOST_CHAT_UNAVAILABLE" => Codes1000::HostChatUnavailable,
        "MODEL_VOLUME_BUSY" => Codes1000::ModelVolumeBusy,
        "ACCOUNT_SUBSCRIPTION_REVOKED" => Codes1000::AccountSubscriptionRevoked,
        "KEY_STATUS_READ_ONLY" => Codes1000::KeyStatusReadOnly,
        "MEMBER_AUTH_EXPIRED" => Codes1000::MemberAuthExpired,
        "CAPTCHA_USER_IN_USE" => Codes1000::CaptchaUserInUse,
        "PAYMENT_USER_READ_ONLY" => Codes1000::PaymentUserReadOnly,
        "PAYMENT_DOMAIN_FORBIDDEN" => Codes1000::PaymentDomainForbidden,
        "QUOTA_INVITE_EXPIRED" => Codes1000::QuotaInviteExpired,
        "WEBHOOK_TRIGGER_MISSING" => Codes1000::WebhookTriggerMissing,
        "SESSION_WORKSPACE_IN_USE" => Codes1000::SessionWorkspaceInUse,
        "KEY_RATE_TIMEOUT" => Codes1000::KeyRateTimeout,
        "LIMIT_ACCOUNT_DENIED" => Codes1000::LimitAccountDenied,
        "AUTH_AGENT_STALE" => Codes1000::AuthAgentStale,
        "PAYMENT_CAPTCHA_INVALID" => Codes1000::PaymentCaptchaInvalid,
        "MEMBER_CHAT_FORBIDDEN" => Codes1000::MemberChatForbidden,
        "BILLING_ROLE_MISSING" => Codes1000::BillingRoleMissing,
        "EMAIL_INVITE_CONFLICT" => Codes1000::EmailInviteConflict,
        "WORKSPACE_AUTH_REVOKED" => Codes1000::WorkspaceAuthRevoked,
        "SANDBOX_QUOTA_FAILED" => Codes1000::SandboxQuotaFailed,
        "SECRET_PROJECT_UNAVAILABLE" => Codes1000::SecretProjectUnavailable,
        "ROLE_VERSION_STALE" => Codes1000::RoleVersionStale,
        "PAYMENT_CAPTCHA_DENIED" => Codes1000::PaymentCaptchaDenied,
        "ACCOUNT_WORKSPACE_INVALID" => Codes1000::AccountWorkspaceInvalid,
        "PROJECT_TOKEN_EXCEEDED" => Codes1000::ProjectTokenExceeded,
        "AGENT_TRIGGER_REVOKED" => Codes1000::AgentTriggerRevoked,
        "VOLUME_VAULT_TIMEOUT" => Codes1000::VolumeVaultTimeout,
        "SANDBOX_TRIGGER_CONFLICT" => Codes1000::SandboxTriggerConflict,
        "TOKEN_MODEL_IN_USE" => Codes1000::TokenModelInUse,
        "CAPACITY_DOMAIN_CONFLICT" => Codes1000::CapacityDomainConflict,
        "DOMAIN_LIMIT_FORBIDDEN" => Codes1000::DomainLimitForbidden,
        "WORKSPACE_CAPTCHA_CONFLICT" => Codes1000::WorkspaceCaptchaConflict,
        "CHAT_EXEC_EXPIRED" => Codes1000::ChatExecExpired,
        "CRON_RATE_TIMEOUT" => Codes1000::CronRateTimeout,
        "STATUS_QUOTA_READ_ONLY" => Codes1000::StatusQuotaReadOnly,
        "AGENT_STATUS_INVALID" => Codes1000::AgentStatusInvalid,
        "TOKEN_CAPTCHA_NOT_FOUND" => Codes1000::TokenCaptchaNotFound,
        "ACCOUNT_SESSION_INVALID" => Codes1000::AccountSessionInvalid,
        "EXEC_TOOL_STALE" => Codes1000::ExecToolStale,
        "FEATURE_CAPACITY_UNAVAILABLE" => Codes1000::FeatureCapacityUnavailable,
        "AUTH_MODEL_STALE" => Codes1000::AuthModelStale,
        "SANDBOX_TOKEN_EXPIRED" => Codes1000::SandboxTokenExpired,
        "CRON_KEY_READ_ONLY" => Codes1000::CronKeyReadOnly,
        "VERSION_BUILD_REVOKED" => Codes1000::VersionBuildRevoked,
        "LLM_STATUS_NOT_FOUND" => Codes1000::LlmStatusNotFound,
        "INVITE_SECRET_TOO_LARGE" => Codes1000::InviteSecretTooLarge,
        "FEATURE_VERSION_TOO_LARGE" => Codes1000::FeatureVersionTooLarge,
        "VAULT_FUNCTION_FAILED" => Codes1000::VaultFunctionFailed,
        "HOST_DOMAIN_NOT_FOUND" => Codes1000::HostDomainNotFound,
        "QUOTA_CRON_EXPIRED" => Codes1000::QuotaCronExpired,
        "FUNCTION_FILE_IN_USE" => Codes1000::FunctionFileInUse,
        "HOST_LIMIT_IN_USE" => Codes1000::HostLimitInUse,
        "TOOL_SESSION_FAILED" => Codes1000::ToolSessionFailed,
        "FUNCTION_MODEL_NOT_FOUND" => Codes1000::FunctionModelNotFound,
        "FILE_CRON_BUSY" => Codes1000::FileCronBusy,
        "FILE_MODEL_MISMATCH" => Codes1000::FileModelMismatch,
        "AUTH_TOOL_EXCEEDED" => Codes1000::AuthToolExceeded,
        "WEBHOOK_RUN_REVOKED" => Codes1000::WebhookRunRevoked,
        "LIMIT_EXEC_MISMATCH" => Codes1000::LimitExecMismatch,
        "PAYMENT_ACCOUNT_DENIED" => Codes1000::PaymentAccountDenied,
        "TOKEN_CRON_MISSING" => Codes1000::TokenCronMissing,
        "FILE_LIMIT_MISMATCH" => Codes1000::FileLimitMismatch,
        "CRON_SECRET_FORBIDDEN" => Codes1000::CronSecretForbidden,
        "QUOTA_MODEL_FAILED" => Codes1000::QuotaModelFailed,
        "VAULT_HOST_FAILED" => Codes1000::VaultHostFailed,
        "BUILD_KEY_READ_ONLY" => Codes1000::BuildKeyReadOnly,
        "CAPTCHA_SECRET_LOCKED" => Codes1000::CaptchaSecretLocked,
        "CRON_WOK_READ_ONLY" => Codes1000::CronWokReadOnly,
        "EMAIL_VOLUME_LOCKED" => Codes1000::EmailVolumeLocked,
        "ORG_FEATURE_IN_USE" => Codes1000::OrgFeatureInUse,
        "SANDBOX_VAULT_MISSING" => Codes1000::SandboxVaultMissing,
        "HOST_FEATURE_REQUIRED" => Codes1000::HostFeatureRequired,
        "USER_PROJECT_MISMATCH" => Codes1000::UserProjectMismatch,
        "AUTH_FILE_LOCKED" => Codes1000::AuthFileLocked,
        "RUN_QUOTA_MISSING" => Codes1000::RunQuotaMissing,
        "WEBHOOK_DOMAIN_FORBIDDEN" => Codes1000::WebhookDomainForbidden,
        "BILLING_TIER_UNAVAILABLE" => Codes1000::BillingTierUnavailable,
        "SNAPSHOT_KEY_REVOKED" => Codes1000::SnapshotKeyRevoked,
        "MEMBER_EMAIL_EXPIRED" => Codes1000::MemberEmailExpired,
        "VERSION_AUTH_INVALID" => Codes1000::VersionAuthInvalid,
        "STATUS_SNAPSHOT_MISMATCH" => Codes1000::StatusSnapshotMismatch,
        "TOOL_FUNCTION_LOCKED" => Codes1000::ToolFunctionLocked,
        "MODEL_AGENT_IN_USE" => Codes1000::ModelAgentInUse,
        "LLM_QUOTA_TOO_LARGE" => Codes1000::LlmQuotaTooLarge,
        "CRON_ORG_FAILED" => Codes1000::CronOrgFailed,
        "DOMAIN_MANIFEST_READ_ONLY" => Codes1000::DomainManifestReadOnly,
        "DOMAIN_MODEL_IN_USE" => Codes1000::DomainModelInUse,
        "FILE_SANDBOX_REVOKED" => Codes1000::FileSandboxRevoked,
        "CRON_SESSION_EXPIRED" => Codes1000::CronSessionExpired,
        "CHAT_FEATURE_UNAVAILABLE" => Codes1000::ChatFeatureUnavailable,
        "HOST_BILLING_CONFLICT" => Codes1000::HostBillingConflict,
        "VERSION_RUN_READ_ONLY" => Codes1000::VersionRunReadOnly,
        "TOOL_VOLUME_EXPIRED" => Codes1000::ToolVolumeExpired,
        "AUTH_SANDBOX_STALE" => Codes1000::AuthSandboxStale,
        "MANIFEST_CAPACITY_TIMEOUT" => Codes1000::ManifestCapacityTimeout,
        "SESSION_FUNCTION_CONFLICT" => Codes1000::SessionFunctionConflict,
        "LLM_SUBSCRIPTION_REVOKED" => Codes1000::LlmSubscriptionRevoked,
        "SUBSCRIPTION_WEBHOOK_BUSY" => Codes1000::SubscriptionWebhookBusy,
        "VAULT_SNAPSHOT_MISSING" => Codes1000::VaultSnapshotMissing,
        "WOK_TRIGGER_REVOKED" => Codes1000::WokTriggerRevoked,
        "WORKSPACE_ACCOUNT_EXCEEDED" => Codes1000::WorkspaceAccountExceeded,
        "VERSION_LIMIT_LOCKED" => Codes1000::VersionLimitLocked,
        "INVITE_TOOL_TOO_LARGE" => Codes1000::InviteToolTooLarge,
        "FILE_TIER_EXCEEDED" => Codes1000::FileTierExceeded,
        "DB_CHAT_IN_USE" => Codes1000::DbChatInUse,
        "SECRET_EMAIL_IN_USE" => Codes1000::SecretEmailInUse,
        "KEY_HOST_FAILED" => Codes1000::KeyHostFailed,
        "ROLE_ACCOUNT_MISSING" => Codes1000::RoleAccountMissing,
        "TIER_STATUS_FORBIDDEN" => Codes1000::TierStatusForbidden,
        "USER_AUTH_UNAVAILABLE" => Codes1000::UserAuthUnavailable,
        "PAYMENT_DOMAIN_INVALID" => Codes1000::PaymentDomainInvalid,
        "CAPACITY_ROLE_FORBIDDEN" => Codes1000::CapacityRoleForbidden,
        "INVITE_MODEL_FAILED" => Codes1000::InviteModelFailed,
        "SANDBOX_MANIFEST_CONFLICT" => Codes1000::SandboxManifestConflict,
        "RUN_DEPLOYMENT_BUSY" => Codes1000::RunDeploymentBusy,
        "WOK_ACCOUNT_DENIED" => Codes1000::WokAccountDenied,
        "ACCOUNT_CAPACITY_INVALID" => Codes1000::AccountCapacityInvalid,
        "PROJECT_SNAPSHOT_EXPIRED" => Codes1000::ProjectSnapshotExpired,
        "QUOTA_TIER_TIMEOUT" => Codes1000::QuotaTierTimeout,
        "RUN_TIER_MISSING" => Codes1000::RunTierMissing,
        "VERSION_PROJECT_MISSING" => Codes1000::VersionProjectMissing,
        "WEBHOOK_DOMAIN_READ_ONLY" => Codes1000::WebhookDomainReadOnly,
        "SANDBOX_PAYMENT_IN_USE" => Codes1000::SandboxPaymentInUse,
        "CAPTCHA_HOST_MISMATCH" => Codes1000::CaptchaHostMismatch,
        "AGENT_TEMPLATE_FORBIDDEN" => Codes1000::AgentTemplateForbidden,
        "CAPACITY_PROJECT_TOO_LARGE" => Codes1000::CapacityProjectTooLarge,
        "USER_TOKEN_DENIED" => Codes1000::UserTokenDenied,
        "WOK_LLM_INVALID" => Codes1000::WokLlmInvalid,
        "CRON_LIMIT_UNAVAILABLE" => Codes1000::CronLimitUnavailable,
        "EMAIL_BUILD_LOCKED" => Codes1000::EmailBuildLocked,
        "TRIGGER_BUILD_REQUIRED" => Codes1000::TriggerBuildRequired,
        "EMAIL_PAYMENT_MISSING" => Codes1000::EmailPaymentMissing,
        "SUBSCRIPTION_HOST_UNAVAILABLE" => Codes1000::SubscriptionHostUnavailable,
        "ROLE_MODEL_TIMEOUT" => Codes1000::RoleModelTimeout,
        "PROJECT_FILE_FAILED" => Codes1000::ProjectFileFailed,
        "MEMBER_SESSION_LOCKED" => Codes1000::MemberSessionLocked,
        "PROJECT_EXEC_FAILED" => Codes1000::ProjectExecFailed,
        "BILLING_WEBHOOK_TOO_LARGE" => Codes1000::BillingWebhookTooLarge,
        "PAYMENT_SECRET_READ_ONLY" => Codes1000::PaymentSecretReadOnly,
        "ORG_WORKSPACE_FORBIDDEN" => Codes1000::OrgWorkspaceForbidden,
        "AGENT_PROJECT_EXCEEDED" => Codes1000::AgentProjectExceeded,
        "WEBHOOK_AGENT_UNAVAILABLE" => Codes1000::WebhookAgentUnavailable,
        "TRIGGER_INVITE_CONFLICT" => Codes1000::TriggerInviteConflict,
        "SNAPSHOT_WOK_NOT_FOUND" => Codes1000::SnapshotWokNotFound,
        "FILE_PAYMENT_READ_ONLY" => Codes1000::FilePaymentReadOnly,
        "VOLUME_ORG_BUSY" => Codes1000::VolumeOrgBusy,
        "ORG_FILE_REQUIRED" => Codes1000::OrgFileRequired,
        "FILE_WORKSPACE_MISSING" => Codes1000::FileWorkspaceMissing,
        "FILE_WEBHOOK_MISMATCH" => Codes1000::FileWebhookMismatch,
        "LIMIT_HOST_IN_USE" => Codes1000::LimitHostInUse,
        "SNAPSHOT_SUBSCRIPTION_MISSING" => Codes1000::SnapshotSubscriptionMissing,
        "INVITE_KEY_CONFLICT" => Codes1000::InviteKeyConflict,
        "CAPACITY_WORKSPACE_REQUIRED" => Codes1000::CapacityWorkspaceRequired,
        "RUN_PAYMENT_TIMEOUT" => Codes1000::RunPaymentTimeout,
        "LIMIT_CAPTCHA_CONFLICT" => Codes1000::LimitCaptchaConflict,
        "CHAT_SNAPSHOT_FAILED" => Codes1000::ChatSnapshotFailed,
        "FUNCTION_USER_FAILED" => Codes1000::FunctionUserFailed,
        "SNAPSHOT_CRON_MISSING" => Codes1000::SnapshotCronMissing,
        "ROLE_TIER_IN_USE" => Codes1000::RoleTierInUse,
        "LIMIT_WEBHOOK_EXCEEDED" => Codes1000::LimitWebhookExceeded,
        "RATE_TIER_TOO_LARGE" => Codes1000::RateTierTooLarge,
        "FILE_PAYMENT_BUSY" => Codes1000::FilePaymentBusy,
        "SUBSCRIPTION_BUILD_LOCKED" => Codes1000::SubscriptionBuildLocked,
        "SNAPSHOT_VERSION_FORBIDDEN" => Codes1000::SnapshotVersionForbidden,
        "TIER_FEATURE_STALE" => Codes1000::TierFeatureStale,
        "ROLE_VERSION_FAILED" => Codes1000::RoleVersionFailed,
        "BUILD_TEMPLATE_FORBIDDEN" => Codes1000::BuildTemplateForbidden,
        "SNAPSHOT_TEMPLATE_TIMEOUT" => Codes1000::SnapshotTemplateTimeout,
        "EXEC_AGENT_MISSING" => Codes1000::ExecAgentMissing,
        "VERSION_MODEL_FORBIDDEN" => Codes1000::VersionModelForbidden,
        "AGENT_VAULT_UNAVAILABLE" => Codes1000::AgentVaultUnavailable,
        "TRIGGER_FEATURE_NOT_FOUND" => Codes1000::TriggerFeatureNotFound,
        "FILE_LIMIT_LOCKED" => Codes1000::FileLimitLocked,
        "DEPLOYMENT_ACCOUNT_TOO_LARGE" => Codes1000::DeploymentAccountTooLarge,
        "SNAPSHOT_CAPACITY_TOO_LARGE" => Codes1000::SnapshotCapacityTooLarge,
        "FEATURE_DEPLOYMENT_UNAVAILABLE" => Codes1000::FeatureDeploymentUnavailable,
        "TIER_FUNCTION_READ_ONLY" => Codes1000::TierFunctionReadOnly,
        "DEPLOYMENT_QUOTA_LOCKED" => Codes1000::DeploymentQuotaLocked,
        "PROJECT_PAYMENT_EXCEEDED" => Codes1000::ProjectPaymentExceeded,
        "AUTH_TOOL_DENIED" => Codes1000::AuthToolDenied,
        "STATUS_FUNCTION_REQUIRED" => Codes1000::StatusFunctionRequired,
        "TOKEN_WORKSPACE_READ_ONLY" => Codes1000::TokenWorkspaceReadOnly,
        "ORG_STATUS_LOCKED" => Codes1000::OrgStatusLocked,
        "STATUS_CAPACITY_EXPIRED" => Codes1000::StatusCapacityExpired,
        "SUBSCRIPTION_CRON_FAILED" => Codes1000::SubscriptionCronFailed,
        "INVITE_TOOL_DENIED" => Codes1000::InviteToolDenied,
        "QUOTA_AUTH_READ_ONLY" => Codes1000::QuotaAuthReadOnly,
        "MODEL_ACCOUNT_EXCEEDED" => Codes1000::ModelAccountExceeded,
        "LLM_CRON_FORBIDDEN" => Codes1000::LlmCronForbidden,
        "AUTH_ACCOUNT_TOO_LARGE" => Codes1000::AuthAccountTooLarge,
        "SANDBOX_DB_IN_USE" => Codes1000::SandboxDbInUse,
        "CRON_TOKEN_FORBIDDEN" => Codes1000::CronTokenForbidden,
        "AUTH_TOKEN_TIMEOUT" => Codes1000::AuthTokenTimeout,
        "TOKEN_ACCOUNT_REQUIRED" => Codes1000::TokenAccountRequired,
        "MANIFEST_LIMIT_EXPIRED" => Codes1000::ManifestLimitExpired,
        "QUOTA_FUNCTION_STALE" => Codes1000::QuotaFunctionStale,
        "EXEC_QUOTA_IN_USE" => Codes1000::ExecQuotaInUse,
        "SECRET_RUN_REQUIRED" => Codes1000::SecretRunRequired,
        "DB_DEPLOYMENT_INVALID" => Codes1000::DbDeploymentInvalid,
        "BILLING_DEPLOYMENT_EXCEEDED" => Codes1000::BillingDeploymentExceeded,
        "MEMBER_STATUS_IN_USE" => Codes1000::MemberStatusInUse,
        "EMAIL_CAPACITY_FAILED" => Codes1000::EmailCapacityFailed,
        "EXEC_CRON_FORBIDDEN" => Codes1000::ExecCronForbidden,
        "RATE_LLM_EXCEEDED" => Codes1000::RateLlmExceeded,
        "ROLE_VERSION_LOCKED" => Codes1000::RoleVersionLocked,
        "BILLING_MEMBER_FAILED" => Codes1000::BillingMemberFailed,
        "TIER_TEMPLATE_DENIED" => Codes1000::TierTemplateDenied,
        "ROLE_MANIFEST_READ_ONLY" => Codes1000::RoleManifestReadOnly,
        "KEY_USER_READ_ONLY" => Codes1000::KeyUserReadOnly,
        "USER_RATE_MISMATCH" => Codes1000::UserRateMismatch,
        "RUN_FEATURE_DENIED" => Codes1000::RunFeatureDenied,
        "USER_ROLE_INVALID" => Codes1000::UserRoleInvalid,
        "CHAT_PROJECT_EXPIRED" => Codes1000::ChatProjectExpired,
        "QUOTA_ACCOUNT_IN_USE" => Codes1000::QuotaAccountInUse,
        "EMAIL_ORG_TIMEOUT" => Codes1000::EmailOrgTimeout,
        "TRIGGER_TOKEN_NOT_FOUND" => Codes1000::TriggerTokenNotFound,
        "EXEC_WOK_TOO_LARGE" => Codes1000::ExecWokTooLarge,
        "TOOL_BUILD_EXPIRED" => Codes1000::ToolBuildExpired,
        "TOOL_VERSION_LOCKED" => Codes1000::ToolVersionLocked,
        "SESSION_TRIGGER_FORBIDDEN" => Codes1000::SessionTriggerForbidden,
        "BILLING_MANIFEST_NOT_FOUND" => Codes1000::BillingManifestNotFound,
        "PROJECT_TOOL_DENIED" => Codes1000::ProjectToolDenied,
        "WORKSPACE_FUNCTION_EXPIRED" => Codes1000::WorkspaceFunctionExpired,
        "EXEC_WEBHOOK_MISMATCH" => Codes1000::ExecWebhookMismatch,
        "RATE_VERSION_BUSY" => Codes1000::RateVersionBusy,
        "WEBHOOK_VERSION_FORBIDDEN" => Codes1000::WebhookVersionForbidden,
        "TOOL_INVITE_EXPIRED" => Codes1000::ToolInviteExpired,
        "RUN_BUILD_REQUIRED" => Codes1000::RunBuildRequired,
        "LLM_INVITE_REVOKED" => Codes1000::LlmInviteRevoked,
        "FEATURE_SUBSCRIPTION_MISMATCH" => Codes1000::FeatureSubscriptionMismatch,
        "TOOL_FUNCTION_CONFLICT" => Codes1000::ToolFunctionConflict,
        "TOOL_SNAPSHOT_DENIED" => Codes1000::ToolSnapshotDenied,
        "BILLING_ACCOUNT_INVALID" => Codes1000::BillingAccountInvalid,
        "TOOL_TIER_REVOKED" => Codes1000::ToolTierRevoked,
        "TOOL_FEATURE_BUSY" => Codes1000::ToolFeatureBusy,
        "BUILD_SANDBOX_CONFLICT" => Codes1000::BuildSandboxConflict,
        "TOOL_TIER_FORBIDDEN" => Codes1000::ToolTierForbidden,
        "SECRET_PAYMENT_NOT_FOUND" => Codes1000::SecretPaymentNotFound,
        "WOK_DB_READ_ONLY" => Codes1000::WokDbReadOnly,
        "RATE_WORKSPACE_CONFLICT" => Codes1000::RateWorkspaceConflict,
        "PAYMENT_BUILD_INVALID" => Codes1000::PaymentBuildInvalid,
        "BUILD_CHAT_EXPIRED" => Codes1000::BuildChatExpired,
        "TRIGGER_FILE_INVALID" => Codes1000::TriggerFileInvalid,
        "INVITE_DB_CONFLICT" => Codes1000::InviteDbConflict,
        "PAYMENT_SANDBOX_STALE" => Codes1000::PaymentSandboxStale,
        "FILE_MANIFEST_TIMEOUT" => Codes1000::FileManifestTimeout,
        "LIMIT_SECRET_REVOKED" => Codes1000::LimitSecretRevoked,
        "BILLING_TIER_CONFLICT" => Codes1000::BillingTierConflict,
        "TEMPLATE_FUNCTION_LOCKED" => Codes1000::TemplateFunctionLocked,
        "WEBHOOK_VERSION_EXCEEDED" => Codes1000::WebhookVersionExceeded,
        "VERSION_PROJECT_READ_ONLY" => Codes1000::VersionProjectReadOnly,
        "CHAT_CRON_READ_ONLY" => Codes1000::ChatCronReadOnly,
        "ORG_PROJECT_MISMATCH" => Codes1000::OrgProjectMismatch,
        "CAPTCHA_INVITE_MISMATCH" => Codes1000::CaptchaInviteMismatch,
        "EMAIL_BUILD_BUSY" => Codes1000::EmailBuildBusy,
        "FILE_WORKSPACE_NOT_FOUND" => Codes1000::FileWorkspaceNotFound,
        "AGENT_SANDBOX_CONFLICT" => Codes1000::AgentSandboxConflict,
        "RUN_SANDBOX_EXCEEDED" => Codes1000::RunSandboxExceeded,
        "ORG_WORKSPACE_BUSY" => Codes1000::OrgWorkspaceBusy,
        "TRIGGER_FILE_MISSING" => Codes1000::TriggerFileMissing,
        "SECRET_SNAPSHOT_BUSY" => Codes1000::SecretSnapshotBusy,
        "DEPLOYMENT_CRON_READ_ONLY" => Codes1000::DeploymentCronReadOnly,
        "VOLUME_CRON_REVOKED" => Codes1000::VolumeCronRevoked,
        "STATUS_PROJECT_FAILED" => Codes1000::StatusProjectFailed,
        "CRON_SANDBOX_MISMATCH" => Codes1000::CronSandboxMismatch,
        "TRIGGER_DOMAIN_REVOKED" => Codes1000::TriggerDomainRevoked,
        "FILE_PROJECT_STALE" => Codes1000::FileProjectStale,
        "EXEC_ACCOUNT_MISMATCH" => Codes1000::ExecAccountMismatch,
        "VAULT_SECRET_FAILED" => Codes1000::VaultSecretFailed,
        "VOLUME_MODEL_FAILED" => Codes1000::VolumeModelFailed,
        "WEBHOOK_QUOTA_EXCEEDED" => Codes1000::WebhookQuotaExceeded,
        "AUTH_BILLING_NOT_FOUND" => Codes1000::AuthBillingNotFound,
        "CAPACITY_FEATURE_IN_USE" => Codes1000::CapacityFeatureInUse,
        "BUILD_SESSION_MISSING" => Codes1000::BuildSessionMissing,
        "CAPTCHA_CHAT_REVOKED" => Codes1000::CaptchaChatRevoked,
        "BUILD_MANIFEST_FAILED" => Codes1000::BuildManifestFailed,
        "MODEL_TOOL_STALE" => Codes1000::ModelToolStale,
        "VOLUME_CHAT_MISMATCH" => Codes1000::VolumeChatMismatch,
        "FUNCTION_VOLUME_IN_USE" => Codes1000::FunctionVolumeInUse,
        "ACCOUNT_ROLE_INVALID" => Codes1000::AccountRoleInvalid,
        "RUN_LLM_NOT_FOUND" => Codes1000::RunLlmNotFound,
        "VOLUME_MODEL_TIMEOUT" => Codes1000::VolumeModelTimeout,
        "FEATURE_FILE_IN_USE" => Codes1000::FeatureFileInUse,
        "EXEC_EMAIL_BUSY" => Codes1000::ExecEmailBusy,
        "RATE_WORKSPACE_TIMEOUT" => Codes1000::RateWorkspaceTimeout,
        "EXEC_PAYMENT_MISMATCH" => Codes1000::ExecPaymentMismatch,
        "LIMIT_PAYMENT_IN_USE" => Codes1000::LimitPaymentInUse,
        "STATUS_FILE_TIMEOUT" => Codes1000::StatusFileTimeout,
        "WORKSPACE_INVITE_DENIED" => Codes1000::WorkspaceInviteDenied,
        "MODEL_ORG_MISSING" => Codes1000::ModelOrgMissing,
        "MODEL_INVITE_NOT_FOUND" => Codes1000::ModelInviteNotFound,
        "DOMAIN_HOST_REQUIRED" => Codes1000::DomainHostRequired,
        "USER_EXEC_LOCKED" => Codes1000::UserExecLocked,
        "TOOL_SECRET_CONFLICT" => Codes1000::ToolSecretConflict,
        "USER_STATUS_UNAVAILABLE" => Codes1000::UserStatusUnavailable,
        "BUILD_LIMIT_READ_ONLY" => Codes1000::BuildLimitReadOnly,
        "MEMBER_TOKEN_FORBIDDEN" => Codes1000::MemberTokenForbidden,
        "EXEC_SUBSCRIPTION_UNAVAILABLE" => Codes1000::ExecSubscriptionUnavailable,
        "MANIFEST_CAPACITY_FAILED" => Codes1000::ManifestCapacityFailed,
        "INVITE_STATUS_FAILED" => Codes1000::InviteStatusFailed,
        "CHAT_DOMAIN_BUSY" => Codes1000::ChatDomainBusy,
        "DOMAIN_DB_CONFLICT" => Codes1000::DomainDbConflict,
        "INVITE_LLM_STALE" => Codes1000::InviteLlmStale,
        "SNAPSHOT_INVITE_STALE" => Codes1000::SnapshotInviteStale,
        "PROJECT_LIMIT_EXCEEDED" => Codes1000::ProjectLimitExceeded,
        "FEATURE_STATUS_IN_USE" => Codes1000::FeatureStatusInUse,
        "RUN_STATUS_MISSING" => Codes1000::RunStatusMissing,
        "TRIGGER_DEPLOYMENT_READ_ONLY" => Codes1000::TriggerDeploymentReadOnly,
        "EXEC_VERSION_BUSY" => Codes1000::ExecVersionBusy,
        "MEMBER_DOMAIN_FAILED" => Codes1000::MemberDomainFailed,
        "MANIFEST_BUILD_TOO_LARGE" => Codes1000::ManifestBuildTooLarge,
        "RUN_DB_BUSY" => Codes1000::RunDbBusy,
        "SNAPSHOT_MODEL_DENIED" => Codes1000::SnapshotModelDenied,
        "ACCOUNT_INVITE_DENIED" => Codes1000::AccountInviteDenied,
        "SUBSCRIPTION_MANIFEST_BUSY" => Codes1000::SubscriptionManifestBusy,
        "CAPACITY_INVITE_TIMEOUT" => Codes1000::CapacityInviteTimeout,
        "SECRET_MEMBER_IN_USE" => Codes1000::SecretMemberInUse,
        "ROLE_TRIGGER_EXPIRED" => Codes1000::RoleTriggerExpired,
        "VOLUME_RUN_READ_ONLY" => Codes1000::VolumeRunReadOnly,
        "DEPLOYMENT_SUBSCRIPTION_BUSY" => Codes1000::DeploymentSubscriptionBusy,
        "MODEL_DOMAIN_REVOKED" => Codes1000::ModelDomainRevoked,
        "QUOTA_LLM_REVOKED" => Codes1000::QuotaLlmRevoked,
        "AGENT_RUN_UNAVAILABLE" => Codes1000::AgentRunUnavailable,
        "VOLUME_VERSION_EXCEEDED" => Codes1000::VolumeVersionExceeded,
        "SECRET_INVITE_REVOKED" => Codes1000::SecretInviteRevoked,
        "SESSION_QUOTA_TIMEOUT" => Codes1000::SessionQuotaTimeout,
        "FEATURE_SESSION_CONFLICT" => Codes1000::FeatureSessionConflict,
        "LLM_VAULT_MISSING" => Codes1000::LlmVaultMissing,
        "SUBSCRIPTION_SESSION_BUSY" => Codes1000::SubscriptionSessionBusy,
        "AUTH_CHAT_REVOKED" => Codes1000::AuthChatRevoked,
        "MANIFEST_ACCOUNT_FAILED" => Codes1000::ManifestAccountFailed,
        "CAPACITY_TOKEN_STALE" => Codes1000::CapacityTokenStale,
        "AGENT_CAPACITY_FAILED" => Codes1000::AgentCapacityFailed,
        "LIMIT_VAULT_MISSING" => Codes1000::LimitVaultMissing,
        "DB_TRIGGER_FAILED" => Codes1000::DbTriggerFailed,
        "FEATURE_TIER_INVALID" => Codes1000::FeatureTierInvalid,
        "MANIFEST_DB_EXPIRED" => Codes1000::ManifestDbExpired,
        "VERSION_DEPLOYMENT_TOO_LARGE" => Codes1000::VersionDeploymentTooLarge,
        "VAULT_FEATURE_EXPIRED" => Codes1000::VaultFeatureExpired,
        "RATE_INVITE_MISMATCH" => Codes1000::RateInviteMismatch,
        "BILLING_CAPTCHA_REVOKED" => Codes1000::BillingCaptchaRevoked,
        "VAULT_DOMAIN_CONFLICT" => Codes1000::VaultDomainConflict,
        "FEATURE_WEBHOOK_FORBIDDEN" => Codes1000::FeatureWebhookForbidden,
        "EMAIL_INVITE_REQUIRED" => Codes1000::EmailInviteRequired,
        "STATUS_USER_READ_ONLY" => Codes1000::StatusUserReadOnly,
        "BUILD_CHAT_LOCKED" => Codes1000::BuildChatLocked,
        "FEATURE_SANDBOX_IN_USE" => Codes1000::FeatureSandboxInUse,
        "DEPLOYMENT_TIER_READ_ONLY" => Codes1000::DeploymentTierReadOnly,
        "ACCOUNT_WOK_REQUIRED" => Codes1000::AccountWokRequired,
        "SESSION_PAYMENT_INVALID" => Codes1000::SessionPaymentInvalid,
        "FILE_USER_REQUIRED" => Codes1000::FileUserRequired,
        "VAULT_FILE_STALE" => Codes1000::VaultFileStale,
        "LLM_CHAT_FAILED" => Codes1000::LlmChatFailed,
        "TOKEN_SECRET_INVALID" => Codes1000::TokenSecretInvalid,
        "DB_VOLUME_READ_ONLY" => Codes1000::DbVolumeReadOnly,
        "SANDBOX_PAYMENT_CONFLICT" => Codes1000::SandboxPaymentConflict,
        "CHAT_ACCOUNT_EXCEEDED" => Codes1000::ChatAccountExceeded,
        "DEPLOYMENT_TEMPLATE_EXPIRED" => Codes1000::DeploymentTemplateExpired,
        "FUNCTION_MODEL_CONFLICT" => Codes1000::FunctionModelConflict,
        "FUNCTION_WEBHOOK_REQUIRED" => Codes1000::FunctionWebhookRequired,
        "MANIFEST_TOKEN_TIMEOUT" => Codes1000::ManifestTokenTimeout,
        "WORKSPACE_SANDBOX_INVALID" => Codes1000::WorkspaceSandboxInvalid,
        "ORG_TEMPLATE_IN_USE" => Codes1000::OrgTemplateInUse,
        "TOKEN_BUILD_LOCKED" => Codes1000::TokenBuildLocked,
        "VAULT_LLM_REQUIRED" => Codes1000::VaultLlmRequired,
        "TIER_CAPTCHA_REQUIRED" => Codes1000::TierCaptchaRequired,
        "LLM_TEMPLATE_READ_ONLY" => Codes1000::LlmTemplateReadOnly,
        "SNAPSHOT_EXEC_EXCEEDED" => Codes1000::SnapshotExecExceeded,
        "STATUS_SESSION_MISMATCH" => Codes1000::StatusSessionMismatch,
        "PAYMENT_TIER_INVALID" => Codes1000::PaymentTierInvalid,
        "SESSION_FILE_TOO_LARGE" => Codes1000::SessionFileTooLarge,
        "WORKSPACE_RATE_LOCKED" => Codes1000::WorkspaceRateLocked,
        "EXEC_TOOL_REQUIRED" => Codes1000::ExecToolRequired,
        "CAPTCHA_CAPACITY_MISSING" => Codes1000::CaptchaCapacityMissing,
        "ACCOUNT_AUTH_READ_ONLY" => Codes1000::AccountAuthReadOnly,
        "KEY_EXEC_NOT_FOUND" => Codes1000::KeyExecNotFound,
        "TOOL_ACCOUNT_READ_ONLY" => Codes1000::ToolAccountReadOnly,
        "ROLE_LLM_REQUIRED" => Codes1000::RoleLlmRequired,
        "TEMPLATE_EXEC_EXCEEDED" => Codes1000::TemplateExecExceeded,
        "RUN_VAULT_EXCEEDED" => Codes1000::RunVaultExceeded,
        "DOMAIN_LLM_REQUIRED" => Codes1000::DomainLlmRequired,
        "CAPACITY_TIER_MISMATCH" => Codes1000::CapacityTierMismatch,
        "VERSION_CRON_TOO_LARGE" => Codes1000::VersionCronTooLarge,
        "AGENT_ROLE_TIMEOUT" => Codes1000::AgentRoleTimeout,
        "KEY_MANIFEST_EXCEEDED" => Codes1000::KeyManifestExceeded,
        "LIMIT_ROLE_FORBIDDEN" => Codes1000::LimitRoleForbidden,
        "BUILD_STATUS_UNAVAILABLE" => Codes1000::BuildStatusUnavailable,
        "FEATURE_LLM_CONFLICT" => Codes1000::FeatureLlmConflict,
        "EXEC_PROJECT_CONFLICT" => Codes1000::ExecProjectConflict,
        "VAULT_ACCOUNT_TIMEOUT" => Codes1000::VaultAccountTimeout,
        "INVITE_MANIFEST_BUSY" => Codes1000::InviteManifestBusy,
        "DEPLOYMENT_KEY_STALE" => Codes1000::DeploymentKeyStale,
        "DEPLOYMENT_AGENT_CONFLICT" => Codes1000::DeploymentAgentConflict,
        "EMAIL_CHAT_LOCKED" => Codes1000::EmailChatLocked,
        "INVITE_BUILD_LOCKED" => Codes1000::InviteBuildLocked,
        "CAPTCHA_WOK_TOO_LARGE" => Codes1000::CaptchaWokTooLarge,
        "BILLING_BUILD_CONFLICT" => Codes1000::BillingBuildConflict,
        "AUTH_MANIFEST_FORBIDDEN" => Codes1000::AuthManifestForbidden,
        "TRIGGER_CAPTCHA_REQUIRED" => Codes1000::TriggerCaptchaRequired,
        "USER_EMAIL_REVOKED" => Codes1000::UserEmailRevoked,
        "LLM_SNAPSHOT_STALE" => Codes1000::LlmSnapshotStale,
        "PAYMENT_SUBSCRIPTION_TOO_LARGE" => Codes1000::PaymentSubscriptionTooLarge,
        "CAPACITY_WEBHOOK_REQUIRED" => Codes1000::CapacityWebhookRequired,
        "TRIGGER_QUOTA_NOT_FOUND" => Codes1000::TriggerQuotaNotFound,
        "PAYMENT_FUNCTION_EXCEEDED" => Codes1000::PaymentFunctionExceeded,
        "ROLE_MEMBER_EXPIRED" => Codes1000::RoleMemberExpired,
        "PAYMENT_ACCOUNT_FORBIDDEN" => Codes1000::PaymentAccountForbidden,
        "FUNCTION_BUILD_EXPIRED" => Codes1000::FunctionBuildExpired,
        "TOKEN_PAYMENT_NOT_FOUND" => Codes1000::TokenPaymentNotFound,
        "SUBSCRIPTION_RUN_TIMEOUT" => Codes1000::SubscriptionRunTimeout,
        "BUILD_SESSION_TOO_LARGE" => Codes1000::BuildSessionTooLarge,
        "CHAT_ORG_BUSY" => Codes1000::ChatOrgBusy,
        "PAYMENT_RUN_STALE" => Codes1000::PaymentRunStale,
        "DEPLOYMENT_RATE_READ_ONLY" => Codes1000::DeploymentRateReadOnly,
        "HOST_ORG_TIMEOUT" => Codes1000::HostOrgTimeout,
        "LLM_ORG_REQUIRED" => Codes1000::LlmOrgRequired,
        "ORG_BUILD_FORBIDDEN" => Codes1000::OrgBuildForbidden,
        "WEBHOOK_SNAPSHOT_TIMEOUT" => Codes1000::WebhookSnapshotTimeout,
        "LLM_VAULT_CONFLICT" => Codes1000::LlmVaultConflict,
        "SNAPSHOT_WORKSPACE_BUSY" => Codes1000::SnapshotWorkspaceBusy,
        "VOLUME_INVITE_INVALID" => Codes1000::VolumeInviteInvalid,
        "BILLING_SUBSCRIPTION_EXPIRED" => Codes1000::BillingSubscriptionExpired,
        "QUOTA_SANDBOX_FAILED" => Codes1000::QuotaSandboxFailed,
        "CAPACITY_PROJECT_TIMEOUT" => Codes1000::CapacityProjectTimeout,
        "TOKEN_INVITE_READ_ONLY" => Codes1000::TokenInviteReadOnly,
        "RATE_CRON_MISMATCH" => Codes1000::RateCronMismatch,
        "ORG_VERSION_NOT_FOUND" => Codes1000::OrgVersionNotFound,
        "SESSION_ROLE_REVOKED" => Codes1000::SessionRoleRevoked,
        "TIER_WEBHOOK_MISSING" => Codes1000::TierWebhookMissing,
        "RUN_LLM_LOCKED" => Codes1000::RunLlmLocked,
        "CAPACITY_DB_TIMEOUT" => Codes1000::CapacityDbTimeout,
        "EXEC_DEPLOYMENT_TOO_LARGE" => Codes1000::ExecDeploymentTooLarge,
        "PAYMENT_FUNCTION_UNAVAILABLE" => Codes1000::PaymentFunctionUnavailable,
        "WOK_ACCOUNT_EXPIRED" => Codes1000::WokAccountExpired,
        "SNAPSHOT_TEMPLATE_FORBIDDEN" => Codes1000::SnapshotTemplateForbidden,
        "CAPTCHA_CHAT_CONFLICT" => Codes1000::CaptchaChatConflict,
        "QUOTA_TOOL_STALE" => Codes1000::QuotaToolStale,
        "KEY_WOK_CONFLICT" => Codes1000::KeyWokConflict,
        "PAYMENT_CHAT_FAILED" => Codes1000::PaymentChatFailed,
        "PAYMENT_FEATURE_IN_USE" => Codes1000::PaymentFeatureInUse,
        "SUBSCRIPTION_EMAIL_FAILED" => Codes1000::SubscriptionEmailFailed,
        "QUOTA_VOLUME_FAILED" => Codes1000::QuotaVolumeFailed,
        "WEBHOOK_FILE_FORBIDDEN" => Codes1000::WebhookFileForbidden,
        "EMAIL_MODEL_BUSY" => Codes1000::EmailModelBusy,
        "MANIFEST_CRON_EXPIRED" => Codes1000::ManifestCronExpired,
        "ACCOUNT_DOMAIN_STALE" => Codes1000::AccountDomainStale,
        "TEMPLATE_LIMIT_TOO_LARGE" => Codes1000::TemplateLimitTooLarge,
        "VERSION_MODEL_LOCKED" => Codes1000::VersionModelLocked,
        "SECRET_SESSION_UNAVAILABLE" => Codes1000::SecretSessionUnavailable,
        "SECRET_RATE_TIMEOUT" => Codes1000::SecretRateTimeout,
        "MANIFEST_CAPTCHA_EXCEEDED" => Codes1000::ManifestCaptchaExceeded,
        "INVITE_TOKEN_EXCEEDED" => Codes1000::InviteTokenExceeded,
        "QUOTA_AUTH_STALE" => Codes1000::QuotaAuthStale,
        "TRIGGER_KEY_LOCKED" => Codes1000::TriggerKeyLocked,
        "WORKSPACE_WEBHOOK_READ_ONLY" => Codes1000::WorkspaceWebhookReadOnly,
        "TRIGGER_SECRET_LOCKED" => Codes1000::TriggerSecretLocked,
        "AUTH_MEMBER_MISSING" => Codes1000::AuthMemberMissing,
        "CAPACITY_HOST_MISSING" => Codes1000::CapacityHostMissing,
        "ACCOUNT_TOKEN_FORBIDDEN" => Codes1000::AccountTokenForbidden,
        "INVITE_KEY_BUSY" => Codes1000::InviteKeyBusy,
        "DEPLOYMENT_QUOTA_READ_ONLY" => Codes1000::DeploymentQuotaReadOnly,
        "DOMAIN_TRIGGER_LOCKED" => Codes1000::DomainTriggerLocked,
        "TIER_TOOL_LOCKED" => Codes1000::TierToolLocked,
        "PROJECT_EMAIL_READ_ONLY" => Codes1000::ProjectEmailReadOnly,
        "FUNCTION_HOST_INVALID" => Codes1000::FunctionHostInvalid,
        "LIMIT_WEBHOOK_REVOKED" => Codes1000::LimitWebhookRevoked,
        "MODEL_VOLUME_UNAVAILABLE" => Codes1000::ModelVolumeUnavailable,
        "MODEL_TOKEN_BUSY" => Codes1000::ModelTokenBusy,
        "DEPLOYMENT_HOST_DENIED" => Codes1000::DeploymentHostDenied,
        "EMAIL_STATUS_BUSY" => Codes1000::EmailStatusBusy,
        "QUOTA_CAPTCHA_REQUIRED" => Codes1000::QuotaCaptchaRequired,
        "RATE_BUILD_LOCKED" => Codes1000::RateBuildLocked,
        "LIMIT_FILE_BUSY" => Codes1000::LimitFileBusy,
        "ACCOUNT_ORG_DENIED" => Codes1000::AccountOrgDenied,
        "AUTH_EMAIL_TOO_LARGE" => Codes1000::AuthEmailTooLarge,
        "SUBSCRIPTION_LLM_FAILED" => Codes1000::SubscriptionLlmFailed,
        "EXEC_SUBSCRIPTION_CONFLICT" => Codes1000::ExecSubscriptionConflict,
        "USER_SNAPSHOT_EXCEEDED" => Codes1000::UserSnapshotExceeded,
        "STATUS_TOOL_CONFLICT" => Codes1000::StatusToolConflict,
        "RATE_CAPACITY_REQUIRED" => Codes1000::RateCapacityRequired,
        "EXEC_VAULT_TOO_LARGE" => Codes1000::ExecVaultTooLarge,
        "DOMAIN_EMAIL_EXCEEDED" => Codes1000::DomainEmailExceeded,
        "CAPTCHA_EXEC_EXPIRED" => Codes1000::CaptchaExecExpired,
        "AUTH_KEY_STALE" => Codes1000::AuthKeyStale,
        "KEY_EXEC_TIMEOUT" => Codes1000::KeyExecTimeout,
        "QUOTA_PAYMENT_EXPIRED" => Codes1000::QuotaPaymentExpired,
        "CRON_PROJECT_DENIED" => Codes1000::CronProjectDenied,
        "PAYMENT_TRIGGER_STALE" => Codes1000::PaymentTriggerStale,
        "CAPTCHA_BILLING_INVALID" => Codes1000::CaptchaBillingInvalid,
        "CHAT_ACCOUNT_TOO_LARGE" => Codes1000::ChatAccountTooLarge,
        "TEMPLATE_AUTH_LOCKED" => Codes1000::TemplateAuthLocked,
        "DOMAIN_HOST_REVOKED" => Codes1000::DomainHostRevoked,
        "LLM_TEMPLATE_UNAVAILABLE" => Codes1000::LlmTemplateUnavailable,
        "ROLE_FILE_LOCKED" => Codes1000::RoleFileLocked,
        "WORKSPACE_TRIGGER_NOT_FOUND" => Codes1000::WorkspaceTriggerNotFound,
        "DB_ORG_TOO_LARGE" => Codes1000::DbOrgTooLarge,
        "DEPLOYMENT_MEMBER_REQUIRED" => Codes1000::DeploymentMemberRequired,
        "WORKSPACE_AGENT_LOCKED" => Codes1000::WorkspaceAgentLocked,
        "SUBSCRIPTION_DB_DENIED" => Codes1000::SubscriptionDbDenied,
        "MEMBER_SECRET_REVOKED" => Codes1000::MemberSecretRevoked,
        "BILLING_AUTH_MISSING" => Codes1000::BillingAuthMissing,
        "CAPTCHA_TIER_MISMATCH" => Codes1000::CaptchaTierMismatch,
        "EMAIL_AGENT_TIMEOUT" => Codes1000::EmailAgentTimeout,
        "CAPTCHA_HOST_FORBIDDEN" => Codes1000::CaptchaHostForbidden,
        "AUTH_ORG_CONFLICT" => Codes1000::AuthOrgConflict,
        "RUN_ROLE_EXPIRED" => Codes1000::RunRoleExpired,
        "QUOTA_LIMIT_TOO_LARGE" => Codes1000::QuotaLimitTooLarge,
        "LIMIT_TOOL_INVALID" => Codes1000::LimitToolInvalid,
        "DB_PAYMENT_FORBIDDEN" => Codes1000::DbPaymentForbidden,
        "SESSION_MEMBER_INVALID" => Codes1000::SessionMemberInvalid,
        "WOK_BILLING_MISSING" => Codes1000::WokBillingMissing,
        "MODEL_ACCOUNT_STALE" => Codes1000::ModelAccountStale,
        "VERSION_FUNCTION_LOCKED" => Codes1000::VersionFunctionLocked,
        "TEMPLATE_FEATURE_IN_USE" => Codes1000::TemplateFeatureInUse,
        "PROJECT_TEMPLATE_TOO_LARGE" => Codes1000::ProjectTemplateTooLarge,
        "TIER_HOST_LOCKED" => Codes1000::TierHostLocked,
        "USER_SUBSCRIPTION_EXPIRED" => Codes1000::UserSubscriptionExpired,
        "LIMIT_FUNCTION_TOO_LARGE" => Codes1000::LimitFunctionTooLarge,
        "TIER_PROJECT_READ_ONLY" => Codes1000::TierProjectReadOnly,
        "USER_BUILD_TOO_LARGE" => Codes1000::UserBuildTooLarge,
        "CAPTCHA_USER_REQUIRED" => Codes1000::CaptchaUserRequired,
        "LLM_HOST_LOCKED" => Codes1000::LlmHostLocked,
        "SUBSCRIPTION_HOST_FAILED" => Codes1000::SubscriptionHostFailed,
        "CHAT_MODEL_CONFLICT" => Codes1000::ChatModelConflict,
        "SECRET_TOOL_TIMEOUT" => Codes1000::SecretToolTimeout,
        "QUOTA_KEY_IN_USE" => Codes1000::QuotaKeyInUse,
        "LIMIT_DB_FAILED" => Codes1000::LimitDbFailed,
        "SECRET_MODEL_LOCKED" => Codes1000::SecretModelLocked,
        "FUNCTION_SANDBOX_EXCEEDED" => Codes1000::FunctionSandboxExceeded,
        "TRIGGER_TEMPLATE_READ_ONLY" => Codes1000::TriggerTemplateReadOnly,
        "SANDBOX_SECRET_REVOKED" => Codes1000::SandboxSecretRevoked,
        "DEPLOYMENT_PAYMENT_INVALID" => Codes1000::DeploymentPaymentInvalid,
        "ACCOUNT_USER_MISSING" => Codes1000::AccountUserMissing,
        "WORKSPACE_KEY_FORBIDDEN" => Codes1000::WorkspaceKeyForbidden,
        "TOKEN_BILLING_FAILED" => Codes1000::TokenBillingFailed,
        "SECRET_RUN_IN_USE" => Codes1000::SecretRunInUse,
        "VAULT_FILE_CONFLICT" => Codes1000::VaultFileConflict,
        "BILLING_CHAT_DENIED" => Codes1000::BillingChatDenied,
        "RUN_BUILD_DENIED" => Codes1000::RunBuildDenied,
        "ROLE_LIMIT_NOT_FOUND" => Codes1000::RoleLimitNotFound,
        "MEMBER_AGENT_IN_USE" => Codes1000::MemberAgentInUse,
        "ROLE_VOLUME_MISMATCH" => Codes1000::RoleVolumeMismatch,
        "VERSION_VOLUME_DENIED" => Codes1000::VersionVolumeDenied,
        "HOST_SECRET_UNAVAILABLE" => Codes1000::HostSecretUnavailable,
        "WEBHOOK_BUILD_FORBIDDEN" => Codes1000::WebhookBuildForbidden,
        "SANDBOX_ORG_FAILED" => Codes1000::SandboxOrgFailed,
        "FUNCTION_VERSION_MISSING" => Codes1000::FunctionVersionMissing,
        "TOKEN_SECRET_MISMATCH" => Codes1000::TokenSecretMismatch,
        "EMAIL_CAPACITY_EXPIRED" => Codes1000::EmailCapacityExpired,
        "WEBHOOK_SESSION_REVOKED" => Codes1000::WebhookSessionRevoked,
        "SECRET_HOST_INVALID" => Codes1000::SecretHostInvalid,
        "RUN_VAULT_STALE" => Codes1000::RunVaultStale,
        "TOKEN_ORG_LOCKED" => Codes1000::TokenOrgLocked,
        "INVITE_VOLUME_TOO_LARGE" => Codes1000::InviteVolumeTooLarge,
        "VAULT_WORKSPACE_EXCEEDED" => Codes1000::VaultWorkspaceExceeded,
        "WEBHOOK_EMAIL_IN_USE" => Codes1000::WebhookEmailInUse,
        "BILLING_TOKEN_UNAVAILABLE" => Codes1000::BillingTokenUnavailable,
        "MEMBER_FUNCTION_BUSY" => Codes1000::MemberFunctionBusy,
        "BUILD_STATUS_LOCKED" => Codes1000::BuildStatusLocked,
        "VERSION_TEMPLATE_REQUIRED" => Codes1000::VersionTemplateRequired,
        "BUILD_ACCOUNT_MISMATCH" => Codes1000::BuildAccountMismatch,
        "SANDBOX_PAYMENT_EXPIRED" => Codes1000::SandboxPaymentExpired,
        "PAYMENT_SUBSCRIPTION_READ_ONLY" => Codes1000::PaymentSubscriptionReadOnly,
        "MANIFEST_BILLING_INVALID" => Codes1000::ManifestBillingInvalid,
        "INVITE_RATE_INVALID" => Codes1000::InviteRateInvalid,
        "TIER_RATE_MISSING" => Codes1000::TierRateMissing,
        "QUOTA_STATUS_IN_USE" => Codes1000::QuotaStatusInUse,
        "SECRET_CRON_IN_USE" => Codes1000::SecretCronInUse,
        "SANDBOX_TOKEN_BUSY" => Codes1000::SandboxTokenBusy,
        "SUBSCRIPTION_CAPACITY_READ_ONLY" => Codes1000::SubscriptionCapacityReadOnly,
        "DEPLOYMENT_SANDBOX_DENIED" => Codes1000::DeploymentSandboxDenied,
        "FEATURE_BUILD_READ_ONLY" => Codes1000::FeatureBuildReadOnly,
        "MODEL_BILLING_EXPIRED" => Codes1000::ModelBillingExpired,
        "DEPLOYMENT_WOK_EXPIRED" => Codes1000::DeploymentWokExpired,
        "WEBHOOK_QUOTA_IN_USE" => Codes1000::WebhookQuotaInUse,
        "WEBHOOK_RATE_STALE" => Codes1000::WebhookRateStale,
        "KEY_INVITE_REQUIRED" => Codes1000::KeyInviteRequired,
        "TEMPLATE_VOLUME_MISMATCH" => Codes1000::TemplateVolumeMismatch,
        "ROLE_WEBHOOK_FAILED" => Codes1000::RoleWebhookFailed,
        "KEY_TIER_REVOKED" => Codes1000::KeyTierRevoked,
        "PAYMENT_DOMAIN_READ_ONLY" => Codes1000::PaymentDomainReadOnly,
        "VAULT_TEMPLATE_REQUIRED" => Codes1000::VaultTemplateRequired,
        "FUNCTION_ORG_REQUIRED" => Codes1000::FunctionOrgRequired,
        "TIER_SNAPSHOT_INVALID" => Codes1000::TierSnapshotInvalid,
        "WOK_SECRET_MISMATCH" => Codes1000::WokSecretMismatch,
        "DEPLOYMENT_KEY_TIMEOUT" => Codes1000::DeploymentKeyTimeout,
        "INVITE_RUN_TIMEOUT" => Codes1000::InviteRunTimeout,
        "ORG_WOK_MISSING" => Codes1000::OrgWokMissing,
        "AGENT_FUNCTION_MISSING" => Codes1000::AgentFunctionMissing,
        "DEPLOYMENT_TOKEN_BUSY" => Codes1000::DeploymentTokenBusy,
        "MANIFEST_RUN_NOT_FOUND" => Codes1000::ManifestRunNotFound,
        "FEATURE_LLM_INVALID" => Codes1000::FeatureLlmInvalid,
        "LIMIT_DB_MISMATCH" => Codes1000::LimitDbMismatch,
        "AGENT_DB_DENIED" => Codes1000::AgentDbDenied,
        "VAULT_WEBHOOK_CONFLICT" => Codes1000::VaultWebhookConflict,
        "FILE_RUN_REVOKED" => Codes1000::FileRunRevoked,
        "LLM_SESSION_BUSY" => Codes1000::LlmSessionBusy,
        "WORKSPACE_KEY_EXPIRED" => Codes1000::WorkspaceKeyExpired,
        "KEY_LIMIT_REVOKED" => Codes1000::KeyLimitRevoked,
        "USER_ORG_UNAVAILABLE" => Codes1000::UserOrgUnavailable,
        "QUOTA_TOOL_CONFLICT" => Codes1000::QuotaToolConflict,
        "DOMAIN_INVITE_TIMEOUT" => Codes1000::DomainInviteTimeout,
        "WEBHOOK_SUBSCRIPTION_LOCKED" => Codes1000::WebhookSubscriptionLocked,
        "DB_ACCOUNT_REVOKED" => Codes1000::DbAccountRevoked,
        "STATUS_WORKSPACE_TOO_LARGE" => Codes1000::StatusWorkspaceTooLarge,
        "DB_KEY_CONFLICT" => Codes1000::DbKeyConflict,
        "LLM_RATE_MISMATCH" => Codes1000::LlmRateMismatch,
        "CAPACITY_VOLUME_FORBIDDEN" => Codes1000::CapacityVolumeForbidden,
        "AUTH_SUBSCRIPTION_STALE" => Codes1000::AuthSubscriptionStale,
        "SUBSCRIPTION_RATE_MISSING" => Codes1000::SubscriptionRateMissing,
        "FUNCTION_QUOTA_INVALID" => Codes1000::FunctionQuotaInvalid,
        "USER_PROJECT_MISSING" => Codes1000::UserProjectMissing,
        "FUNCTION_CAPACITY_EXCEEDED" => Codes1000::FunctionCapacityExceeded,
        "ROLE_FUNCTION_IN_USE" => Codes1000::RoleFunctionInUse,
        "SNAPSHOT_CAPACITY_INVALID" => Codes1000::SnapshotCapacityInvalid,
        "DB_BILLING_BUSY" => Codes1000::DbBillingBusy,
        "RATE_DEPLOYMENT_LOCKED" => Codes1000::RateDeploymentLocked,
        "PROJECT_RUN_NOT_FOUND" => Codes1000::ProjectRunNotFound,
        "TOOL_CHAT_TIMEOUT" => Codes1000::ToolChatTimeout,
        "BUILD_PROJECT_REVOKED" => Codes1000::BuildProjectRevoked,
        "CHAT_INVITE_MISSING" => Codes1000::ChatInviteMissing,
        "AUTH_DB_LOCKED" => Codes1000::AuthDbLocked,
        "PROJECT_KEY_NOT_FOUND" => Codes1000::ProjectKeyNotFound,
        "STATUS_INVITE_CONFLICT" => Codes1000::StatusInviteConflict,
        "SANDBOX_BUILD_FORBIDDEN" => Codes1000::SandboxBuildForbidden,
        "ROLE_PAYMENT_STALE" => Codes1000::RolePaymentStale,
        "MEMBER_MODEL_MISSING" => Codes1000::MemberModelMissing,
        "SANDBOX_VOLUME_IN_USE" => Codes1000::SandboxVolumeInUse,
        "WOK_EXEC_LOCKED" => Codes1000::WokExecLocked,
        "MODEL_VAULT_FAILED" => Codes1000::ModelVaultFailed,
        "PROJECT_DEPLOYMENT_MISSING" => Codes1000::ProjectDeploymentMissing,
        "FILE_KEY_TIMEOUT" => Codes1000::FileKeyTimeout,
        "PROJECT_SUBSCRIPTION_REQUIRED" => Codes1000::ProjectSubscriptionRequired,
        "TOKEN_RUN_CONFLICT" => Codes1000::TokenRunConflict,
        "MEMBER_PROJECT_EXPIRED" => Codes1000::MemberProjectExpired,
        "SECRET_FUNCTION_READ_ONLY" => Codes1000::SecretFunctionReadOnly,
        "TEMPLATE_TRIGGER_UNAVAILABLE" => Codes1000::TemplateTriggerUnavailable,
        "SUBSCRIPTION_TRIGGER_NOT_FOUND" => Codes1000::SubscriptionTriggerNotFound,
        "LLM_WORKSPACE_NOT_FOUND" => Codes1000::LlmWorkspaceNotFound,
        "CRON_DOMAIN_READ_ONLY" => Codes1000::CronDomainReadOnly,
        "SECRET_WORKSPACE_LOCKED" => Codes1000::SecretWorkspaceLocked,
        "FUNCTION_ORG_TIMEOUT" => Codes1000::FunctionOrgTimeout,
        "TRIGGER_DEPLOYMENT_BUSY" => Codes1000::TriggerDeploymentBusy,
        "TRIGGER_TIER_UNAVAILABLE" => Codes1000::TriggerTierUnavailable,
        "DB_WEBHOOK_DENIED" => Codes1000::DbWebhookDenied,
        "USER_DEPLOYMENT_REVOKED" => Codes1000::UserDeploymentRevoked,
        "WORKSPACE_VERSION_EXCEEDED" => Codes1000::WorkspaceVersionExceeded,
        "PAYMENT_CHAT_MISMATCH" => Codes1000::PaymentChatMismatch,
        "AUTH_ACCOUNT_INVALID" => Codes1000::AuthAccountInvalid,
        "WEBHOOK_RATE_EXPIRED" => Codes1000::WebhookRateExpired,
        "SECRET_WOK_CONFLICT" => Codes1000::SecretWokConflict,
        "FILE_SECRET_MISSING" => Codes1000::FileSecretMissing,
        "SESSION_PROJECT_MISMATCH" => Codes1000::SessionProjectMismatch,
        "ROLE_FUNCTION_EXPIRED" => Codes1000::RoleFunctionExpired,
        "USER_FILE_MISMATCH" => Codes1000::UserFileMismatch,
        "SESSION_FILE_CONFLICT" => Codes1000::SessionFileConflict,
        "ORG_RATE_INVALID" => Codes1000::OrgRateInvalid,
        "ACCOUNT_SUBSCRIPTION_FORBIDDEN" => Codes1000::AccountSubscriptionForbidden,
        "SANDBOX_SUBSCRIPTION_EXPIRED" => Codes1000::SandboxSubscriptionExpired,
        "CRON_ACCOUNT_IN_USE" => Codes1000::CronAccountInUse,
        "WOK_TEMPLATE_STALE" => Codes1000::WokTemplateStale,
        "DOMAIN_DEPLOYMENT_EXCEEDED" => Codes1000::DomainDeploymentExceeded,
        "STATUS_RUN_MISMATCH" => Codes1000::StatusRunMismatch,
        "CRON_HOST_TIMEOUT" => Codes1000::CronHostTimeout,
        "USER_ACCOUNT_EXPIRED" => Codes1000::UserAccountExpired,
        "TEMPLATE_DEPLOYMENT_REVOKED" => Codes1000::TemplateDeploymentRevoked,
        "EMAIL_SECRET_UNAVAILABLE" => Codes1000::EmailSecretUnavailable,
        "VAULT_SUBSCRIPTION_NOT_FOUND" => Codes1000::VaultSubscriptionNotFound,
        "TRIGGER_ORG_DENIED" => Codes1000::TriggerOrgDenied,
        "KEY_EMAIL_TIMEOUT" => Codes1000::KeyEmailTimeout,
        "RATE_SECRET_INVALID" => Codes1000::RateSecretInvalid,
        "QUOTA_FEATURE_UNAVAILABLE" => Codes1000::QuotaFeatureUnavailable,
        "TOOL_SESSION_EXCEEDED" => Codes1000::ToolSessionExceeded,
        "CRON_SESSION_STALE" => Codes1000::CronSessionStale,
        "INVITE_CAPTCHA_READ_ONLY" => Codes1000::InviteCaptchaReadOnly,
        "CRON_BUILD_FAILED" => Codes1000::CronBuildFailed,
        "WOK_RUN_DENIED" => Codes1000::WokRunDenied,
        "SECRET_LLM_STALE" => Codes1000::SecretLlmStale,
        "SANDBOX_AUTH_FORBIDDEN" => Codes1000::SandboxAuthForbidden,
        "HOST_PROJECT_REQUIRED" => Codes1000::HostProjectRequired,
        "ROLE_KEY_TOO_LARGE" => Codes1000::RoleKeyTooLarge,
        "FEATURE_SNAPSHOT_CONFLICT" => Codes1000::FeatureSnapshotConflict,
        "VOLUME_TIER_LOCKED" => Codes1000::VolumeTierLocked,
        "VOLUME_RATE_MISMATCH" => Codes1000::VolumeRateMismatch,
        "DB_VOLUME_REVOKED" => Codes1000::DbVolumeRevoked,
        "MANIFEST_LIMIT_REQUIRED" => Codes1000::ManifestLimitRequired,
        "BILLING_EMAIL_EXPIRED" => Codes1000::BillingEmailExpired,
        "VOLUME_EMAIL_STALE" => Codes1000::VolumeEmailStale,
        "HOST_WEBHOOK_IN_USE" => Codes1000::HostWebhookInUse,
        "QUOTA_PROJECT_FAILED" => Codes1000::QuotaProjectFailed,
        "MODEL_SESSION_CONFLICT" => Codes1000::ModelSessionConflict,
        "EMAIL_SANDBOX_EXCEEDED" => Codes1000::EmailSandboxExceeded,
        "CHAT_WEBHOOK_REQUIRED" => Codes1000::ChatWebhookRequired,
        "SUBSCRIPTION_AGENT_STALE" => Codes1000::SubscriptionAgentStale,
        "CHAT_DB_IN_USE" => Codes1000::ChatDbInUse,
        "TEMPLATE_KEY_STALE" => Codes1000::TemplateKeyStale,
        "TEMPLATE_CRON_MISSING" => Codes1000::TemplateCronMissing,
        "FEATURE_STATUS_DENIED" => Codes1000::FeatureStatusDenied,
        "LLM_WORKSPACE_EXCEEDED" => Codes1000::LlmWorkspaceExceeded,
        "MODEL_TIER_READ_ONLY" => Codes1000::ModelTierReadOnly,
        "SANDBOX_SECRET_STALE" => Codes1000::SandboxSecretStale,
        "VOLUME_PROJECT_INVALID" => Codes1000::VolumeProjectInvalid,
        "FILE_TOKEN_REVOKED" => Codes1000::FileTokenRevoked,
        "KEY_TOOL_UNAVAILABLE" => Codes1000::KeyToolUnavailable,
        "MEMBER_CRON_EXCEEDED" => Codes1000::MemberCronExceeded,
        "SANDBOX_EXEC_UNAVAILABLE" => Codes1000::SandboxExecUnavailable,
        "MEMBER_USER_TIMEOUT" => Codes1000::MemberUserTimeout,
        "VAULT_WEBHOOK_EXPIRED" => Codes1000::VaultWebhookExpired,
        "PAYMENT_QUOTA_REQUIRED" => Codes1000::PaymentQuotaRequired,
        "VAULT_LIMIT_STALE" => Codes1000::VaultLimitStale,
        "ORG_HOST_FAILED" => Codes1000::OrgHostFailed,
        "SUBSCRIPTION_RUN_STALE" => Codes1000::SubscriptionRunStale,
        "USER_VOLUME_FORBIDDEN" => Codes1000::UserVolumeForbidden,
        "VAULT_MEMBER_CONFLICT" => Codes1000::VaultMemberConflict,
        "TIER_USER_EXCEEDED" => Codes1000::TierUserExceeded,
        "SNAPSHOT_CAPTCHA_FAILED" => Codes1000::SnapshotCaptchaFailed,
        "TEMPLATE_FEATURE_CONFLICT" => Codes1000::TemplateFeatureConflict,
        "TOOL_HOST_BUSY" => Codes1000::ToolHostBusy,
        "DEPLOYMENT_SUBSCRIPTION_LOCKED" => Codes1000::DeploymentSubscriptionLocked,
        "PROJECT_FEATURE_REVOKED" => Codes1000::ProjectFeatureRevoked,
        _ => return None,
    })
}

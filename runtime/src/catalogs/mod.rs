//! The prebuilt catalogs: the error codes of five real APIs, as derived enums.
//!
//! A service that speaks one of these APIs (or a client of one) imports the enum instead
//! of re-typing the document. Each module is one API, one document:
//!
//! | module | enum | catalog | codes | envelope |
//! |---|---|---|---|---|
//! | [`control_plane`] | [`ControlPlaneError`](control_plane::ControlPlaneError) | `control_plane` | 29 | `nested`, `correlation_id` |
//! | [`prompt_api`] | [`PromptApiError`](prompt_api::PromptApiError) | `prompt_api` | 8 | `{"error":{"code","message"}}` |
//! | [`sandbox_api`] | [`SandboxApiError`](sandbox_api::SandboxApiError) | `sandbox_api` | 65 | `flat`, `request_id` |
//! | [`agent_api`] | [`AgentApiError`](agent_api::AgentApiError) | `agent_api` | 40 | `flat` with `statusCode` |
//! | [`workflow_api`] | [`WorkflowApiError`](workflow_api::WorkflowApiError) | `workflow_api` | 12 | `code` |
//! | [`workflow_api`] | [`WorkflowAuthError`](workflow_api::WorkflowAuthError) | `workflow_auth` | 6 | better-auth's `{"code","message"}` |
//!
//! Where a document gives no HTTP status, the catalog uses the conventional one and says
//! so: [`Entry::status_documented`](crate::Entry::status_documented) is `false` and the
//! generated docs mark the status *(inferred)*.
//!
//! ```
//! let codes: usize = errcat::catalogs::all().iter().map(|c| c.len()).sum();
//! assert_eq!(codes, 160);
//!
//! let sandbox = errcat::catalogs::get("sandbox_api").unwrap();
//! assert!(sandbox.get("QUOTA_EXCEEDED").is_some());
//! ```

// The enums say `#[api(crate = crate)]`: inside errcat itself, the generated paths start
// at this crate's root rather than at `::errcat`.

use std::sync::LazyLock;

use crate::catalog::Catalog;
use crate::error::ApiError;

pub mod agent_api;
pub mod control_plane;
pub mod prompt_api;
pub mod sandbox_api;
pub mod workflow_api;

/// One prebuilt catalog and where it comes from.
///
/// ```
/// let auth = errcat::catalogs::registry()
///     .iter()
///     .find(|prebuilt| prebuilt.name() == "workflow_auth")
///     .unwrap();
/// assert_eq!(auth.module(), "workflow_api");
/// assert_eq!(auth.enum_name(), "WorkflowAuthError");
/// assert_eq!(auth.seed(), "004_6a35cd479d69256a.txt");
/// assert_eq!(auth.len(), 6);
/// assert_eq!(auth.catalog().get("USER_NOT_FOUND").unwrap().status(), 404);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Prebuilt {
    module: &'static str,
    seed: &'static str,
    catalog: fn() -> &'static Catalog,
}

impl Prebuilt {
    /// The module under `errcat::catalogs` that declares the enum (`"workflow_api"` for
    /// both of that document's enums).
    pub fn module(&self) -> &'static str {
        self.module
    }

    /// The file name of the source document.
    pub fn seed(&self) -> &'static str {
        self.seed
    }

    /// The catalog: name, enum name, envelope shape and entries.
    pub fn catalog(&self) -> &'static Catalog {
        (self.catalog)()
    }

    /// The catalog's name (`"control_plane"`, ..., `"workflow_auth"`).
    pub fn name(&self) -> &'static str {
        self.catalog().name()
    }

    /// The Rust name of the enum.
    pub fn enum_name(&self) -> &'static str {
        self.catalog().enum_name()
    }

    /// The number of codes.
    pub fn len(&self) -> usize {
        self.catalog().len()
    }

    /// Whether the catalog has no codes (never, for a prebuilt one).
    pub fn is_empty(&self) -> bool {
        self.catalog().is_empty()
    }
}

static REGISTRY: [Prebuilt; 6] = [
    Prebuilt {
        module: "control_plane",
        seed: "000_142d9a86a06d858f.txt",
        catalog: <control_plane::ControlPlaneError as ApiError>::catalog,
    },
    Prebuilt {
        module: "prompt_api",
        seed: "001_75d1282e89e4cd34.txt",
        catalog: <prompt_api::PromptApiError as ApiError>::catalog,
    },
    Prebuilt {
        module: "sandbox_api",
        seed: "002_29bc2990efa1ce26.txt",
        catalog: <sandbox_api::SandboxApiError as ApiError>::catalog,
    },
    Prebuilt {
        module: "agent_api",
        seed: "003_aca872f5ac2376f2.txt",
        catalog: <agent_api::AgentApiError as ApiError>::catalog,
    },
    Prebuilt {
        module: "workflow_api",
        seed: "004_6a35cd479d69256a.txt",
        catalog: <workflow_api::WorkflowApiError as ApiError>::catalog,
    },
    Prebuilt {
        module: "workflow_api",
        seed: "004_6a35cd479d69256a.txt",
        catalog: <workflow_api::WorkflowAuthError as ApiError>::catalog,
    },
];

static ALL: LazyLock<[&'static Catalog; 6]> = LazyLock::new(|| REGISTRY.map(|p| p.catalog()));

/// Every prebuilt catalog with its metadata (module, source document), in document order.
///
/// ```
/// let sizes: Vec<(&str, usize)> = errcat::catalogs::registry()
///     .iter()
///     .map(|prebuilt| (prebuilt.name(), prebuilt.len()))
///     .collect();
/// assert_eq!(
///     sizes,
///     [
///         ("control_plane", 29),
///         ("prompt_api", 8),
///         ("sandbox_api", 65),
///         ("agent_api", 40),
///         ("workflow_api", 12),
///         ("workflow_auth", 6),
///     ]
/// );
/// ```
pub fn registry() -> &'static [Prebuilt] {
    &REGISTRY
}

/// Every prebuilt catalog, in document order: `control_plane`, `prompt_api`,
/// `sandbox_api`, `agent_api`, `workflow_api`, `workflow_auth`.
pub fn all() -> &'static [&'static Catalog] {
    &*ALL
}

/// The prebuilt catalog with this name.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::prompt_api::PromptApiError;
///
/// let catalog = errcat::catalogs::get("prompt_api").unwrap();
/// assert!(std::ptr::eq(catalog, PromptApiError::catalog()));
/// assert_eq!(catalog.get("RATE_LIMITED").unwrap().status(), 429);
///
/// // Names are exact: the catalog's name, not the enum's.
/// assert!(errcat::catalogs::get("PromptApiError").is_none());
/// ```
pub fn get(name: &str) -> Option<&'static Catalog> {
    all().iter().copied().find(|c| c.name() == name)
}

/// Every prebuilt code as one JSON array, in document order: one object per code with
/// the keys of [`docs::entry_json`](crate::docs::entry_json) (`catalog`, `enum`, `code`,
/// `status`, `status_documented`, `fix`, `category`, `message`, `hint`, `retry_after`,
/// `description`; `deprecated` for a deprecated code and `violations` for one that
/// carries violations). What `cargo run -p errcat-examples --example catalog -- --json` prints.
///
/// ```
/// use serde_json::json;
///
/// let all = errcat::catalogs::json();
/// let codes = all.as_array().unwrap();
/// assert_eq!(codes.len(), 160);
///
/// let limited = codes.iter().find(|c| c["code"] == "OUTGOING_RATE_LIMITED").unwrap();
/// assert_eq!(
///     limited,
///     &json!({
///         "catalog": "agent_api",
///         "enum": "AgentApiError",
///         "code": "OUTGOING_RATE_LIMITED",
///         "status": 429,
///         "status_documented": true,
///         "fix": [],
///         "category": "Rate Limiting Errors",
///         "message": "Too many outgoing tool calls to a site (10/min per domain)",
///         "hint": "Wait 60 seconds before retrying",
///         "retry_after": 60,
///         "description": "Too many outgoing tool calls to a site (10/min per domain)",
///         "grpc": "RESOURCE_EXHAUSTED",
///         "domain": "agent-api",
///     })
/// );
/// ```
pub fn json() -> serde_json::Value {
    serde_json::Value::Array(crate::docs::json(all()))
}

/// The markdown pages of every prebuilt catalog ([`docs::markdown`](crate::docs::markdown)),
/// in document order, separated by a rule.
///
/// ```
/// let md = errcat::catalogs::markdown();
/// assert!(md.starts_with("# `control_plane` (ControlPlaneError)\n"));
/// assert_eq!(md.matches("\n---\n\n# `").count(), 5);
/// assert!(md.contains("\n---\n\n# `workflow_auth` (WorkflowAuthError)\n"));
/// ```
pub fn markdown() -> String {
    all()
        .iter()
        .map(|catalog| crate::docs::markdown(catalog))
        .collect::<Vec<_>>()
        .join("\n---\n\n")
}

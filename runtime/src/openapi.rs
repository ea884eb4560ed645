//! OpenAPI 3.1 from catalogs: the errors of an API in the document every gateway, docs
//! portal and client generator reads. Built on `serde_json`, with no other dependency;
//! with the `utoipa` feature, [`integrations::utoipa`](crate::integrations) documents
//! `utoipa::path` operations from the same [`Responses`].
//!
//! - [`schema`]: the JSON Schema of a catalog's envelope, exactly as its shape writes it
//!   (required and optional members, the id, exposed fields with their JSON types, the
//!   codes as an `enum`);
//! - [`Responses`]: one response per HTTP status, listing its codes, with one named
//!   example body per code, and the fix side, hint, retry guidance, an inferred status
//!   and a deprecation of each code in an `x-errcat` extension;
//! - [`document`]: a complete OpenAPI 3.1 document of a set of catalogs, and
//!   [`Responses::attach`] to add a catalog's responses to an operation of an existing
//!   document.
//!
//! ```
//! use errcat::ApiError;
//! use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
//! use errcat::openapi::{self, Responses};
//! use serde_json::json;
//!
//! // A whole document for teams without utoipa.
//! let doc = openapi::document("Control plane errors", "1.0.0", &[ControlPlaneError::catalog()]);
//! assert_eq!(doc["openapi"], "3.1.0");
//! let not_found = &doc["components"]["responses"]["control_plane_404"];
//! assert_eq!(
//!     not_found["content"]["application/json"]["examples"]["CP_PROJECT_NOT_FOUND"]["value"]["error"]["code"],
//!     "CP_PROJECT_NOT_FOUND"
//! );
//!
//! // Or an operation's errors, added to a document of your own.
//! let mut doc = json!({
//!     "openapi": "3.1.0",
//!     "info": { "title": "Woks", "version": "1" },
//!     "paths": { "/v1/woks/{id}": { "get": { "responses": { "200": { "description": "The wok" } } } } }
//! });
//! let errors = Responses::of_codes(&[
//!     ControlPlaneErrorCode::ProjectNotFound,
//!     ControlPlaneErrorCode::NotActive,
//! ]);
//! let attached = errors.attach(&mut doc, "/v1/woks/{id}", "get").unwrap();
//! assert_eq!(attached.added, [404, 409]);
//! let responses = &doc["paths"]["/v1/woks/{id}"]["get"]["responses"];
//! assert_eq!(
//!     responses["409"]["content"]["application/json"]["schema"]["properties"]["error"]["properties"]["code"]["enum"],
//!     json!(["CP_NOT_ACTIVE"])
//! );
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value, json};

use crate::catalog::Catalog;
use crate::code::{ErrorCode, UnknownCode};
use crate::entry::Entry;
use crate::envelope::REQUEST_ID_HEADER;
use crate::layout::schema::id_pattern;

/// The OpenAPI version of the documents written here.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The JSON Schema (2020-12, OpenAPI 3.1's dialect) of `catalog`'s envelope: the bodies of
/// every code it answers with, its own and those it forwards. `{"type":"object"}` for a
/// custom format that does not describe itself.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::workflow_api::WorkflowAuthError;
/// use serde_json::json;
///
/// let schema = errcat::openapi::schema(WorkflowAuthError::catalog());
/// assert_eq!(
///     schema,
///     json!({
///         "type": "object",
///         "properties": {
///             "code": {
///                 "type": "string",
///                 "enum": [
///                     "MISSING_OR_NULL_ORIGIN",
///                     "INVALID_CREDENTIALS",
///                     "USER_NOT_FOUND",
///                     "USER_ALREADY_EXISTS",
///                     "INVALID_TOKEN",
///                     "INVALID_REFERENCE_ID_FROM_API_KEY",
///                 ],
///             },
///             "message": { "type": "string" },
///         },
///         "required": ["code", "message"],
///         "additionalProperties": false,
///     })
/// );
/// ```
pub fn schema(catalog: &'static Catalog) -> Value {
    body_schema(catalog, &catalog.all_entries())
}

fn body_schema(catalog: &'static Catalog, entries: &[&'static Entry]) -> Value {
    catalog
        .format()
        .schema(&catalog.member_names(), entries)
        .unwrap_or_else(|| json!({ "type": "object" }))
}

/// A complete OpenAPI 3.1 document of `catalogs`: no paths, and as components each
/// catalog's envelope schema (under its name) and one response per status it uses
/// (under `<catalog>_<status>`), ready to be referenced from operations.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::prompt_api::PromptApiError;
///
/// let catalog = PromptApiError::catalog();
/// let doc = errcat::openapi::document("Prompt API", "2.1.0", &[catalog]);
/// assert_eq!(doc["info"]["title"], "Prompt API");
/// assert_eq!(doc["paths"], serde_json::json!({}));
/// let components = &doc["components"];
/// assert_eq!(components["schemas"]["prompt_api"], errcat::openapi::schema(catalog));
/// let responses: Vec<&String> = components["responses"].as_object().unwrap().keys().collect();
/// assert_eq!(
///     responses,
///     [
///         "prompt_api_400",
///         "prompt_api_401",
///         "prompt_api_402",
///         "prompt_api_403",
///         "prompt_api_404",
///         "prompt_api_429",
///         "prompt_api_500",
///     ]
/// );
/// ```
pub fn document(title: &str, version: &str, catalogs: &[&'static Catalog]) -> Value {
    let mut schemas = Map::new();
    let mut responses = Map::new();
    for catalog in catalogs {
        schemas.insert(catalog.name().to_owned(), schema(catalog));
        let of = Responses::of(catalog);
        for (status, response) in of.by_status() {
            responses.insert(format!("{}_{status}", catalog.name()), response);
        }
    }
    let names: Vec<String> = catalogs.iter().map(|c| format!("`{}`", c.name())).collect();
    json!({
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": title,
            "version": version,
            "description": format!(
                "The error responses of {}, generated by errcat from the declarations that also write them.",
                names.join(", ")
            ),
        },
        "paths": {},
        "components": { "schemas": schemas, "responses": responses },
    })
}

/// The error responses of a catalog, or of some of its codes, one per HTTP status.
///
/// An operation documents the codes it can return: [`of`](Self::of) a whole catalog,
/// [`of_codes`](Self::of_codes) some codes of a code type, or [`only`](Self::only) some
/// codes by name.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::sandbox_api::SandboxApiError;
/// use errcat::openapi::Responses;
/// use serde_json::json;
///
/// let responses = Responses::of(SandboxApiError::catalog())
///     .only(["sandbox_not_found", "sandbox_not_ready", "snapshot_in_use"])
///     .unwrap()
///     .id_header_required(true);
/// let by_status = responses.by_status();
/// assert_eq!(by_status.keys().copied().collect::<Vec<_>>(), [404, 409]);
///
/// let conflict = &by_status[&409];
/// assert_eq!(
///     conflict["description"],
///     "Conflict: `sandbox_not_ready` (inferred status), `snapshot_in_use` (inferred status)."
/// );
/// assert_eq!(conflict["headers"]["x-request-id"]["required"], true);
/// assert_eq!(
///     conflict["x-errcat"][1],
///     json!({
///         "code": "snapshot_in_use",
///         "catalog": "sandbox_api",
///         "fix": [],
///         "status-documented": false,
///     })
/// );
/// assert_eq!(
///     conflict["content"]["application/json"]["examples"]["snapshot_in_use"]["value"],
///     json!({
///         "error": "snapshot is in use",
///         "code": "snapshot_in_use",
///         "request_id": "1aee612b1250f276",
///     })
/// );
///
/// let err = Responses::of(SandboxApiError::catalog()).only(["SANDBOX_NOT_FOUND"]).unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown code "SANDBOX_NOT_FOUND" for catalog `sandbox_api`"#);
/// ```
#[derive(Debug, Clone)]
pub struct Responses {
    catalog: &'static Catalog,
    entries: Vec<&'static Entry>,
    id_header_required: bool,
}

impl Responses {
    /// Every code `catalog` answers with: its own and those it forwards.
    pub fn of(catalog: &'static Catalog) -> Self {
        Responses {
            catalog,
            entries: catalog.all_entries(),
            id_header_required: false,
        }
    }

    /// The codes given, of the catalog of their code type (in their order, once each).
    pub fn of_codes<C: ErrorCode>(codes: &[C]) -> Self {
        let catalog = C::code_catalog();
        let mut entries: Vec<&'static Entry> = Vec::new();
        for entry in codes.iter().filter_map(|c| catalog.get(c.as_code())) {
            if !entries.iter().any(|e| std::ptr::eq(*e, entry)) {
                entries.push(entry);
            }
        }
        Responses {
            catalog,
            entries,
            id_header_required: false,
        }
    }

    /// Keeps only the codes named (exact, case-sensitive); an unknown one is an error.
    pub fn only<'a>(
        mut self,
        codes: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, UnknownCode> {
        let mut kept: Vec<&'static Entry> = Vec::new();
        for code in codes {
            let entry = self
                .entries
                .iter()
                .copied()
                .find(|e| e.code() == code)
                .ok_or_else(|| UnknownCode::new(code, self.catalog.name()))?;
            if !kept.iter().any(|e| std::ptr::eq(*e, entry)) {
                kept.push(entry);
            }
        }
        self.entries = kept;
        Ok(self)
    }

    /// Documents the request id header as always present: true of a service behind
    /// errcat's `ErrorLayer` or `Errors` middleware, which send it on every response.
    #[must_use]
    pub fn id_header_required(mut self, required: bool) -> Self {
        self.id_header_required = required;
        self
    }

    /// The catalog whose shape the bodies take.
    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    /// The codes documented.
    pub fn entries(&self) -> &[&'static Entry] {
        &self.entries
    }

    /// One OpenAPI Response Object per status, by status.
    pub fn by_status(&self) -> BTreeMap<u16, Value> {
        let mut statuses: BTreeMap<u16, Vec<&'static Entry>> = BTreeMap::new();
        for entry in &self.entries {
            statuses
                .entry(entry.status().as_u16())
                .or_default()
                .push(entry);
        }
        statuses
            .into_iter()
            .map(|(status, entries)| (status, self.response(status, &entries)))
            .collect()
    }

    /// The OpenAPI Responses Object: `{"404": {...}, "409": {...}}`.
    pub fn to_value(&self) -> Value {
        let map: Map<String, Value> = self
            .by_status()
            .into_iter()
            .map(|(status, response)| (status.to_string(), response))
            .collect();
        Value::Object(map)
    }

    /// Adds these responses to the operation `method` (lowercase, as OpenAPI writes it) of
    /// `path` in `doc`. A status the operation documents already is kept as it is.
    pub fn attach(
        &self,
        doc: &mut Value,
        path: &str,
        method: &str,
    ) -> Result<Attached, AttachError> {
        let operation = doc
            .get_mut("paths")
            .and_then(|paths| paths.get_mut(path))
            .and_then(|item| item.get_mut(method))
            .and_then(Value::as_object_mut)
            .ok_or_else(|| AttachError {
                path: path.to_owned(),
                method: method.to_owned(),
            })?;
        let responses = operation.entry("responses").or_insert_with(|| json!({}));
        let mut attached = Attached::default();
        let Some(responses) = responses.as_object_mut() else {
            return Err(AttachError {
                path: path.to_owned(),
                method: method.to_owned(),
            });
        };
        for (status, response) in self.by_status() {
            let key = status.to_string();
            if responses.contains_key(&key) {
                attached.kept.push(status);
            } else {
                responses.insert(key, response);
                attached.added.push(status);
            }
        }
        Ok(attached)
    }

    /// The Response Object of `status` for `entries`.
    fn response(&self, status: u16, entries: &[&'static Entry]) -> Value {
        let format = self.catalog.format();
        let reason = http::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Error");
        let codes: Vec<String> = entries.iter().map(|e| code_label(e)).collect();
        let examples: Map<String, Value> = entries
            .iter()
            .map(|entry| (entry.code().to_owned(), example(self.catalog, entry)))
            .collect();
        json!({
            "description": format!("{reason}: {}.", codes.join(", ")),
            "headers": self.headers(entries),
            "content": {
                format.content_type(): {
                    "schema": body_schema(self.catalog, entries),
                    "examples": examples,
                },
            },
            "x-errcat": entries.iter().map(|e| extension(self.catalog, e)).collect::<Vec<_>>(),
        })
    }

    /// The request id header, and `Retry-After` where a code has retry guidance (required
    /// when every code of the status sends it). `required` is written only when true, its
    /// default being false (utoipa's header type has no such member: through utoipa, the
    /// headers are documented as optional).
    fn headers(&self, entries: &[&'static Entry]) -> Value {
        let header = |description: &str, required: bool, schema: Value| {
            let mut header = Map::new();
            header.insert("description".to_owned(), json!(description));
            if required {
                header.insert("required".to_owned(), json!(true));
            }
            header.insert("schema".to_owned(), schema);
            Value::Object(header)
        };
        let mut headers = Map::new();
        headers.insert(
            REQUEST_ID_HEADER.to_owned(),
            header(
                "The request's id: the caller's, when valid, or a fresh one. Quote it when filing a ticket.",
                self.id_header_required,
                json!({ "type": "string", "pattern": id_pattern() }),
            ),
        );
        let sends = |e: &Entry| e.retry_after_secs().is_some() || e.retry_after_field().is_some();
        // A delay from a field is certain when the field is exposed and not an `Option`.
        let always_sends = |e: &Entry| {
            e.retry_after_secs().is_some()
                || e.retry_after_field().is_some_and(|(field, _)| {
                    e.exposed_fields()
                        .any(|(name, ty)| name == field && !ty.is_optional())
                })
        };
        if entries.iter().any(|e| sends(e)) {
            let always = entries.iter().all(|e| always_sends(e));
            headers.insert(
                "Retry-After".to_owned(),
                header(
                    "How many seconds to wait before retrying.",
                    always,
                    json!({ "type": "integer", "minimum": 0 }),
                ),
            );
        }
        Value::Object(headers)
    }
}

/// `` `CODE` ``, with what a reader of the list should know: an inferred status, a
/// deprecation.
fn code_label(entry: &Entry) -> String {
    let mut notes = Vec::new();
    if !entry.status_documented() {
        notes.push("inferred status".to_owned());
    }
    if let Some(note) = entry.deprecated() {
        notes.push(format!("deprecated: {note}"));
    }
    match notes.is_empty() {
        true => format!("`{}`", entry.code()),
        false => format!("`{}` ({})", entry.code(), notes.join("; ")),
    }
}

/// A named example: the code's body, with its message as the summary and what fixes it
/// as the description.
fn example(catalog: &'static Catalog, entry: &'static Entry) -> Value {
    let body = crate::docs::example_body(catalog, entry);
    let value: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    json!({
        "summary": entry.message(),
        "description": guidance(entry),
        "value": value,
    })
}

/// What the catalog says of a code beyond its body, in a sentence or two.
fn guidance(entry: &Entry) -> String {
    let mut text = Vec::new();
    if let Some(note) = entry.deprecated() {
        text.push(format!("Deprecated: {note}."));
    }
    if let Some(description) = entry.description() {
        text.push(description.to_owned());
    }
    if !entry.fix().is_empty() {
        text.push(format!("Fix side: {}.", entry.fix()));
    }
    if let Some(hint) = entry.hint() {
        text.push(format!("Hint: {hint}"));
    }
    if let Some(secs) = entry.retry_after_secs() {
        text.push(format!("Retry after {secs} s."));
    }
    if let Some((field, millis)) = entry.retry_after_field() {
        let unit = if millis { "milliseconds" } else { "seconds" };
        text.push(format!("Retry after the delay in `{field}` ({unit})."));
    }
    if !entry.status_documented() {
        text.push("The status is inferred: the source document gives none.".to_owned());
    }
    text.join(" ")
}

/// The `x-errcat` record of a code: the catalog's metadata a client or a gateway can use.
fn extension(catalog: &'static Catalog, entry: &Entry) -> Value {
    let mut record = Map::new();
    let mut set = |key: &str, value: Value| {
        record.insert(key.to_owned(), value);
    };
    set("code", json!(entry.code()));
    let owner = catalog.owner(entry).unwrap_or(catalog);
    set("catalog", json!(owner.name()));
    set("fix", json!(entry.fix()));
    set("status-documented", json!(entry.status_documented()));
    if let Some(note) = entry.deprecated() {
        set("deprecated", json!(note));
    }
    if let Some(hint) = entry.hint() {
        set("hint", json!(hint));
    }
    if let Some(secs) = entry.retry_after_secs() {
        set("retry-after", json!(secs));
    }
    if let Some((field, millis)) = entry.retry_after_field() {
        let unit = if millis { "ms" } else { "s" };
        set("retry-after-field", json!({ "name": field, "unit": unit }));
    }
    Value::Object(record)
}

/// What [`Responses::attach`] did: the statuses added, and those the operation already
/// documented (kept as they were).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attached {
    /// Statuses whose errcat response was added.
    pub added: Vec<u16>,
    /// Statuses the operation documented already.
    pub kept: Vec<u16>,
}

/// The document has no such operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachError {
    /// The path asked for.
    pub path: String,
    /// The method asked for.
    pub method: String,
}

impl fmt::Display for AttachError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the document has no operation `{} {}` (paths.{}.{})",
            self.method.to_uppercase(),
            self.path,
            self.path,
            self.method
        )
    }
}

impl std::error::Error for AttachError {}

//! Docs rendered from a [`Catalog`]: a markdown page and a JSON catalog.
//!
//! ```
//! use errcat::ApiError;
//!
//! /// Errors of the billing API.
//! #[derive(Debug, ApiError)]
//! #[api(format = "code", rename_all = "snake_case")]
//! enum Billing {
//!     /// Card declined | try another.
//!     #[api(status = 402, fix = "caller", category = "Payments", hint = "use another card")]
//!     PaymentFailed,
//! }
//!
//! let md = errcat::docs::markdown(Billing::catalog());
//! assert!(md.contains(
//!     "| Code | HTTP | gRPC | Fix side | Remediation |\n|---|---|---|---|---|\n\
//!      | `payment_failed` | 402 | `FAILED_PRECONDITION` | caller | use another card |\n"
//! ));
//! assert!(md.contains(
//!     "| Code | Message | Description |\n|---|---|---|\n\
//!      | `payment_failed` | Card declined \\| try another. | Card declined \\| try another. |\n"
//! ));
//!
//! let json = errcat::docs::json(&[Billing::catalog()]);
//! assert_eq!(json[0]["code"], "payment_failed");
//! assert_eq!(json[0]["fix"], serde_json::json!(["caller"]));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::envelope::Envelope;
use crate::error::ApiError;
use crate::violation::{FieldPath, Violation, Violations};
use errcat_core::field::FieldType;
use errcat_core::shape::ViolationForm;

/// Escapes text for one markdown table cell: `|`, newlines and HTML.
///
/// ```
/// use errcat::docs::escape_cell;
///
/// assert_eq!(escape_cell("Bearer <skl_…> | sllm_…"), "Bearer &lt;skl_…&gt; \\| sllm_…");
/// assert_eq!(escape_cell("one\r\ntwo\nthree"), "one<br>two<br>three");
/// ```
pub fn escape_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a markdown heading: one line, no HTML (`&` is left alone: a heading
/// is not a table cell, and the seeds' headings use it).
fn escape_heading(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The markdown page of one catalog: a title, the envelope shape with an example body,
/// the gRPC domain, one table per category in the columns Code | HTTP | gRPC | Fix side |
/// Remediation, then a
/// table of what each code sends: Message, and where the catalog has them, Description
/// (when it differs from the remediation), Retry after and Body members (the exposed
/// fields). A status the source does not give is marked *(inferred)*.
///
/// ```
/// use errcat::ApiError;
///
/// /// Errors of the widget API.
/// #[derive(Debug, ApiError)]
/// #[api(format = "flat", rename_all = "snake_case", domain = "widgets.example.com")]
/// enum WidgetError {
///     /// No such widget.
///     #[api(status = 404, fix = "caller", category = "Widgets", hint = "check the id")]
///     NotFound,
///     /// The widget store is busy.
///     #[api(status = 503, fix = "platform", category = "Widgets", retry_after = 5)]
///     Busy,
/// }
///
/// let md = errcat::docs::markdown(WidgetError::catalog());
/// assert_eq!(
///     md.lines().collect::<Vec<_>>(),
///     [
///         "# `widget_error` (WidgetError)",
///         "",
///         "Errors of the widget API.",
///         "",
///         "Every error is a `flat` envelope (`Content-Type: application/json`), for example:",
///         "",
///         "```json",
///         r#"{"error":"No such widget.","code":"not_found","request_id":"1aee612b1250f276"}"#,
///         "```",
///         "",
///         "Over gRPC (feature `tonic`) an error is a status with the code's gRPC code below \
///          and an `ErrorInfo` whose reason is the code, in the domain `widgets.example.com`.",
///         "",
///         "## Widgets",
///         "",
///         "| Code | HTTP | gRPC | Fix side | Remediation |",
///         "|---|---|---|---|---|",
///         "| `not_found` | 404 | `NOT_FOUND` | caller | check the id |",
///         "| `busy` | 503 | `UNAVAILABLE` | platform | The widget store is busy. |",
///         "",
///         "## Messages",
///         "",
///         "| Code | Message | Description | Retry after |",
///         "|---|---|---|---|",
///         "| `not_found` | No such widget. | No such widget. |  |",
///         "| `busy` | The widget store is busy. |  | 5 s |",
///         "",
///     ]
/// );
/// ```
pub fn markdown(catalog: &'static Catalog) -> String {
    markdown_with(catalog, &Lang::default())
}

/// [`markdown`] with messages and hints in `locale` (feature `fluent`): a code `locale`
/// does not translate keeps the declaration's text. Placeholders show as the
/// declaration's do (`{path}`).
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::i18n::Translations;
///
/// let page = errcat::docs::markdown_in(ControlPlaneError::catalog(), &Translations::prebuilt(), "de");
/// assert!(page.starts_with("# `control_plane` (ControlPlaneError), locale `de`\n"));
/// assert!(page.contains("| `CP_ROUTE_NOT_FOUND` | keine Route für {method} {path} |"), "{page}");
/// ```
#[cfg(feature = "fluent")]
pub fn markdown_in(
    catalog: &'static Catalog,
    translations: &crate::i18n::Translations,
    locale: &str,
) -> String {
    let texts = |entry: &Entry| translations.entry_texts(locale, entry);
    markdown_with(
        catalog,
        &Lang {
            locale: Some(locale),
            texts: Some(&texts),
        },
    )
}

/// Where a page's messages and hints come from: the declarations, or a locale.
#[derive(Default)]
struct Lang<'a> {
    locale: Option<&'a str>,
    #[allow(clippy::type_complexity)]
    texts: Option<&'a dyn Fn(&Entry) -> Option<(String, Option<String>)>>,
}

impl Lang<'_> {
    fn message(&self, entry: &Entry) -> Cow<'static, str> {
        match self.texts.and_then(|texts| texts(entry)) {
            Some((message, _)) => Cow::Owned(message),
            None => Cow::Borrowed(entry.message()),
        }
    }

    fn hint(&self, entry: &Entry) -> Option<Cow<'static, str>> {
        match self.texts.and_then(|texts| texts(entry)) {
            Some((_, hint)) => hint.map(Cow::Owned),
            None => entry.hint().map(Cow::Borrowed),
        }
    }
}

fn markdown_with(catalog: &'static Catalog, lang: &Lang<'_>) -> String {
    let mut md = String::new();
    let _ = write!(md, "# `{}` ({})", catalog.name(), catalog.enum_name());
    if let Some(locale) = lang.locale {
        let _ = write!(md, ", locale `{locale}`");
    }
    md.push_str("\n\n");
    if let Some(description) = catalog.description() {
        let _ = writeln!(md, "{description}\n");
    }
    let format = catalog.format();
    let _ = writeln!(
        md,
        "Every error is a `{}` envelope (`Content-Type: {}`), for example:\n",
        format.name(),
        format.content_type()
    );
    if let Some(entry) = catalog.entries().first() {
        let _ = writeln!(md, "```json\n{}\n```\n", example_body(catalog, entry));
    }
    let _ = writeln!(
        md,
        "Over gRPC (feature `tonic`) an error is a status with the code's gRPC code below and \
         an `ErrorInfo` whose reason is the code, in the domain `{}`.\n",
        catalog.domain()
    );

    let mut categories: Vec<Option<&str>> = Vec::new();
    for entry in catalog.entries() {
        if !categories.contains(&entry.category()) {
            categories.push(entry.category());
        }
    }
    for category in categories {
        let title = match (category, categories_named(catalog)) {
            (Some(category), _) => Some(category),
            (None, true) => Some("Other"),
            (None, false) => None,
        };
        if let Some(title) = title {
            let _ = writeln!(md, "## {}\n", escape_heading(title));
        }
        md.push_str(CODE_TABLE);
        for entry in catalog
            .entries()
            .iter()
            .filter(|e| e.category() == category)
        {
            let _ = writeln!(md, "{}", code_row(entry, lang));
        }
        md.push('\n');
    }

    messages_table(&mut md, catalog, lang);

    if !catalog.forwards().is_empty() {
        let _ = writeln!(
            md,
            "Variants {} forward the code, status and message of the error they wrap.\n",
            catalog
                .forwards()
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    for forwarded in catalog.forwarded() {
        let _ = writeln!(
            md,
            "## Forwarded from `{}`\n\nThese codes are answered in this catalog's shape.\n",
            forwarded.name()
        );
        md.push_str(CODE_TABLE);
        for entry in forwarded.all_entries() {
            let _ = writeln!(md, "{}", code_row(entry, lang));
        }
        md.push('\n');
    }
    if catalog.entries().iter().any(|e| !e.status_documented()) {
        md.push_str(
            "Statuses marked *(inferred)* are not given by the source document: they are the \
             conventional status for the code, chosen by errcat.\n",
        );
    }
    md
}

/// The head of the table of codes.
const CODE_TABLE: &str = "| Code | HTTP | gRPC | Fix side | Remediation |\n|---|---|---|---|---|\n";

/// `| Code | HTTP | gRPC | Fix side | Remediation |` of one code.
fn code_row(entry: &Entry, lang: &Lang<'_>) -> String {
    let remediation = match entry.deprecated() {
        Some(note) => format!("Deprecated: {note}\n{}", remediation(entry, lang)),
        None => remediation(entry, lang).into_owned(),
    };
    format!(
        "| `{}`{} | {}{} | `{}` | {} | {} |",
        entry.code(),
        if entry.deprecated().is_some() {
            " *(deprecated)*"
        } else {
            ""
        },
        entry.status().as_u16(),
        if entry.status_documented() {
            ""
        } else {
            " (inferred)"
        },
        entry.grpc_code().name().to_ascii_uppercase(),
        escape_cell(&entry.fix().to_string()),
        escape_cell(&remediation),
    )
}

/// The remediation column: the hint, else the description, else the message.
fn remediation(entry: &Entry, lang: &Lang<'_>) -> Cow<'static, str> {
    lang.hint(entry)
        .or(entry.description().map(Cow::Borrowed))
        .unwrap_or_else(|| lang.message(entry))
}

/// The description, where it says more than the remediation column already does.
fn extra_description(entry: &Entry, lang: &Lang<'_>) -> Option<&'static str> {
    entry
        .description()
        .filter(|d| *d != remediation(entry, lang))
}

/// `## Messages`: Code | Message, plus Description, Retry after and Body members where
/// some code of the catalog has one.
fn messages_table(md: &mut String, catalog: &Catalog, lang: &Lang<'_>) {
    let entries = catalog.entries();
    let description = entries.iter().any(|e| extra_description(e, lang).is_some());
    let retry = entries.iter().any(|e| !retry_cell(e).is_empty());
    let exposed = entries
        .iter()
        .any(|e| !e.exposed().is_empty() || e.has_violations());
    let optional = [
        (description, "Description"),
        (retry, "Retry after"),
        (exposed, "Body members"),
    ];
    let mut names = vec!["Code", "Message"];
    names.extend(optional.iter().filter(|(on, _)| *on).map(|(_, name)| *name));

    md.push_str("## Messages\n\n");
    let _ = writeln!(md, "| {} |", names.join(" | "));
    let _ = writeln!(md, "|{}", "---|".repeat(names.len()));
    for entry in entries {
        let mut cells = vec![
            format!("`{}`", entry.code()),
            escape_cell(&lang.message(entry)),
        ];
        if description {
            cells.push(escape_cell(
                extra_description(entry, lang).unwrap_or_default(),
            ));
        }
        if retry {
            cells.push(retry_cell(entry));
        }
        if exposed {
            let mut members: Vec<String> =
                entry.exposed().iter().map(|m| format!("`{m}`")).collect();
            if let Some((member, form)) = catalog.violations_member(entry) {
                members.push(format!("`{member}` (violations, {})", form_words(form)));
            }
            cells.push(escape_cell(&members.join(", ")));
        }
        let _ = writeln!(md, "| {} |", cells.join(" | "));
    }
    md.push('\n');
}

/// What a violations member's entries are, in words.
fn form_words(form: ViolationForm) -> &'static str {
    match form {
        ViolationForm::Zod => "Zod issues",
        ViolationForm::Problem => "RFC 9457 errors",
        ViolationForm::Field => "field violations",
    }
}

/// The Retry after cell: the fixed delay, and the field that gives one.
fn retry_cell(entry: &Entry) -> String {
    let mut parts = Vec::new();
    if let Some(secs) = entry.retry_after_secs() {
        parts.push(format!("{secs} s"));
    }
    if let Some((field, millis)) = entry.retry_after_field() {
        let unit = if millis { "ms" } else { "s" };
        parts.push(format!("`{field}` ({unit})"));
    }
    escape_cell(&parts.join(", "))
}

fn categories_named(catalog: &Catalog) -> bool {
    catalog.entries().iter().any(|e| e.category().is_some())
}

/// An example body for `entry` in the catalog's shape, with the message template as text
/// and a sample request id.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::workflow_api::WorkflowApiError;
///
/// let catalog = WorkflowApiError::catalog();
/// let example = |code| errcat::docs::example_body(catalog, catalog.get(code).unwrap());
/// assert_eq!(
///     example("invalid_cron"),
///     concat!(
///         r#"{"error":"invalid_cron","message":"invalid cron expression: {reason}","#,
///         r#""request_id":"1aee612b1250f276"}"#
///     )
/// );
/// // An exposed field gets a sample value of its type.
/// assert_eq!(
///     example("rate_limited"),
///     concat!(
///         r#"{"error":"rate_limited","message":"rate limit exceeded","retryAfterMs":1,"#,
///         r#""request_id":"1aee612b1250f276"}"#
///     )
/// );
/// ```
pub fn example_body(catalog: &'static Catalog, entry: &'static Entry) -> String {
    let example = Example(entry);
    let body = Envelope::with_catalog(&example, catalog)
        .with_id("1aee612b1250f276")
        .with_instance("/v1/example")
        .to_json_vec();
    String::from_utf8_lossy(&body).into_owned()
}

/// A stand-in error for docs: an entry's static metadata with its templates as text, a
/// sample value for each exposed field, of its type, and one sample violation.
struct Example(&'static Entry);

/// The violation examples show: a string field that is too short.
fn sample_violations() -> &'static Violations {
    static SAMPLE: std::sync::OnceLock<Violations> = std::sync::OnceLock::new();
    SAMPLE.get_or_init(|| {
        Violations::from(
            Violation::new(
                FieldPath::root().key("items").index(0).key("name"),
                crate::violation::codes::TOO_SMALL,
                "must be at least 1 character long",
            )
            .with_param("minimum", 1)
            .with_param("inclusive", true)
            .with_param("type", "string"),
        )
    })
}

/// A sample JSON value of `ty`, for examples.
pub(crate) fn sample(ty: FieldType) -> Value {
    match ty {
        FieldType::Unconstrained => json!({}),
        FieldType::Boolean => json!(true),
        FieldType::Integer | FieldType::UnsignedInteger => json!(1),
        FieldType::Number => json!(1.5),
        FieldType::Text => json!("…"),
        FieldType::Array(item) => json!([sample(*item)]),
        FieldType::Object(value) => json!({ "key": sample(*value) }),
        FieldType::Optional(value) => sample(*value),
    }
}

impl ApiError for Example {
    fn code(&self) -> &'static str {
        self.0.code()
    }
    fn status(&self) -> http::StatusCode {
        self.0.status()
    }
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.0.message())
    }
    fn hint(&self) -> Option<Cow<'_, str>> {
        self.0.hint().map(Cow::Borrowed)
    }
    fn entry(&self) -> &'static Entry {
        self.0
    }
    fn visit_exposed(&self, visit: &mut dyn FnMut(&'static str, &dyn crate::json::Exposed)) {
        for (name, ty) in self.0.exposed_fields() {
            visit(name, &sample(ty));
        }
    }
    fn violations(&self) -> Option<&Violations> {
        self.0.has_violations().then(sample_violations)
    }
    fn catalog() -> &'static Catalog {
        &EMPTY
    }
}

pub(crate) static EMPTY: Catalog = Catalog {
    name: "example",
    enum_name: "Example",
    description: None,
    format: &errcat_core::shape::Shape::Nested,
    id_field: "request_id",
    status_field: None,
    domain: "example",
    entries: &[],
    forwards: &[],
    forwarded: &[],
    rendered: crate::layout::program::Rendered::new(),
};

/// One JSON object per code of `catalogs`, with the keys `catalog`, `enum`, `code`,
/// `status`, `status_documented`, `fix`, `category`, `message`, `hint`, `retry_after`,
/// `description`, `grpc` (the gRPC status code, as `google.rpc.Code` names it), `domain`
/// (gRPC's `ErrorInfo.domain`), `deprecated` for a deprecated code, and `violations` (`member` and
/// `form`) for a code that carries violations.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::prompt_api::PromptApiError;
/// use errcat::catalogs::workflow_api::WorkflowAuthError;
///
/// let json = errcat::docs::json(&[PromptApiError::catalog(), WorkflowAuthError::catalog()]);
/// assert_eq!(json.len(), 8 + 6);
/// assert_eq!(json[0]["code"], "INVALID_PARAM");
/// assert_eq!(json[8]["catalog"], "workflow_auth");
/// assert_eq!(json[8]["status_documented"], false);
/// ```
pub fn json(catalogs: &[&Catalog]) -> Vec<Value> {
    catalogs
        .iter()
        .flat_map(|catalog| {
            catalog
                .entries()
                .iter()
                .map(move |entry| entry_json(catalog, entry))
        })
        .collect()
}

/// [`json()`] with messages and hints in `locale` (feature `fluent`), each object with a
/// `locale` member: the locale its texts are in (the default locale for a code `locale`
/// does not translate).
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use errcat::i18n::Translations;
///
/// let json = errcat::docs::json_in(&[ControlPlaneError::catalog()], &Translations::prebuilt(), "de");
/// let route = json.iter().find(|c| c["code"] == "CP_ROUTE_NOT_FOUND").unwrap();
/// assert_eq!(route["message"], "keine Route für {method} {path}");
/// assert_eq!(route["locale"], "de");
/// ```
#[cfg(feature = "fluent")]
pub fn json_in(
    catalogs: &[&Catalog],
    translations: &crate::i18n::Translations,
    locale: &str,
) -> Vec<Value> {
    let mut items = json(catalogs);
    let entries = catalogs.iter().flat_map(|c| c.entries());
    for (item, entry) in items.iter_mut().zip(entries) {
        let Value::Object(members) = item else {
            continue;
        };
        let tag = match translations.entry_texts(locale, entry) {
            Some((message, hint)) => {
                members.insert("message".to_owned(), json!(message));
                members.insert("hint".to_owned(), json!(hint));
                locale
            }
            None => translations.default_locale(),
        };
        members.insert("locale".to_owned(), json!(tag));
    }
    items
}

/// The JSON object of one code.
///
/// ```
/// use errcat::ApiError;
/// use errcat::catalogs::workflow_api::WorkflowApiError;
/// use serde_json::json;
///
/// let catalog = WorkflowApiError::catalog();
/// let entry = catalog.get("invalid_body").unwrap();
/// assert_eq!(
///     errcat::docs::entry_json(catalog, entry),
///     json!({
///         "catalog": "workflow_api",
///         "enum": "WorkflowApiError",
///         "code": "invalid_body",
///         "status": 400,
///         "status_documented": true,
///         "fix": [],
///         "category": null,
///         "message": "invalid request body",
///         "hint": "Inspect issues[].",
///         "retry_after": null,
///         "description": "Body not JSON / didn’t match Zod schema.",
///         "grpc": "INVALID_ARGUMENT",
///         "domain": "workflow-api",
///         "violations": { "member": "issues", "form": "zod" },
///     })
/// );
/// ```
pub fn entry_json(catalog: &Catalog, entry: &Entry) -> Value {
    let mut value = json!({
        "catalog": catalog.name(),
        "enum": catalog.enum_name(),
        "code": entry.code(),
        "status": entry.status().as_u16(),
        "status_documented": entry.status_documented(),
        "fix": entry.fix(),
        "category": entry.category(),
        "message": entry.message(),
        "hint": entry.hint(),
        "retry_after": entry.retry_after_secs(),
        "description": entry.description(),
        "grpc": entry.grpc_code().name().to_ascii_uppercase(),
        "domain": catalog.domain(),
    });
    if let Value::Object(members) = &mut value {
        if let Some(note) = entry.deprecated() {
            members.insert("deprecated".to_owned(), json!(note));
        }
        if let Some((member, form)) = catalog.violations_member(entry) {
            let violations = json!({ "member": member, "form": form.name() });
            members.insert("violations".to_owned(), violations);
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::escape_cell;

    #[test]
    fn cells_escape_pipes_newlines_and_html() {
        assert_eq!(
            escape_cell("a | b\r\nc\nd <b>&"),
            "a \\| b<br>c<br>d &lt;b&gt;&amp;"
        );
    }
}

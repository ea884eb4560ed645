//! Checks across keys and variants, turning the parsed attributes into the model that
//! `expand.rs` generates from. Every rule pushes into one accumulator, so one derive
//! reports all of its errors at once, each at its own span.

use std::collections::HashMap;

use darling::ast::{Fields, Style};
use darling::util::{Override, SpannedValue};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitStr};

use crate::ast::{self, Checked, Field, FormatSpec, Input, VariantKeys};
use crate::template::{ArgName, Template};

pub struct Model<'a> {
    pub input: &'a Input,
    pub krate: syn::Path,
    pub is_enum: bool,
    pub catalog_name: String,
    pub description: Option<String>,
    pub format: FormatSpecRef<'a>,
    pub id_field: String,
    pub status_field: Option<String>,
    pub variants: Vec<VariantModel<'a>>,
    /// The generated code enum of an enum with data; `None` for fieldless types, which
    /// are their own code type.
    pub code_enum: Option<Ident>,
}

pub enum FormatSpecRef<'a> {
    Builtin(&'static str),
    Custom(&'a syn::Path),
}

pub struct VariantModel<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields<Field>,
    pub cfg: Vec<&'a Attribute>,
    pub kind: Kind,
    /// Position of the source field.
    pub source: Option<usize>,
}

pub enum Kind {
    /// Forwards everything to field 0.
    Transparent,
    Code(Box<Code>),
}

pub struct Code {
    pub code: String,
    pub code_span: Span,
    pub status: u16,
    pub status_documented: bool,
    pub fix: u8,
    pub category: Option<String>,
    pub message: Message,
    pub hint: Option<Template>,
    pub description: Option<String>,
    pub retry_after: Option<u64>,
    pub doc_url: Option<String>,
    /// (field position, name in the envelope).
    pub exposed: Vec<(usize, String)>,
    /// (field position, whether its unit is milliseconds): the value's retry delay.
    pub retry_field: Option<(usize, bool)>,
}

pub enum Message {
    Template(Template),
    /// From the doc comment: static text, braces and all.
    Doc(String),
}

impl Message {
    pub fn static_text(&self) -> Option<&str> {
        match self {
            Message::Template(t) => t.static_text.as_deref(),
            Message::Doc(text) => Some(text),
        }
    }
}

/// ", did you mean `x`?" when one candidate is close to `value`.
pub fn did_you_mean(value: &str, candidates: &[&str]) -> String {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(value, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(", did you mean `{c}`?"))
        .unwrap_or_default()
}

/// ", did you mean `x`?" when one candidate is close to `value`, else the whole list.
pub fn did_you_mean_or_list(value: &str, candidates: &[&str]) -> String {
    let suggestion = did_you_mean(value, candidates);
    if !suggestion.is_empty() {
        return suggestion;
    }
    let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    format!(": expected one of {}", list.join(", "))
}

fn err(span: Span, message: impl std::fmt::Display) -> darling::Error {
    darling::Error::custom(message).with_span(&span)
}

pub fn build<'a>(input: &'a Input, errors: &mut darling::error::Accumulator) -> Option<Model<'a>> {
    let is_enum = input.data.is_enum();
    let krate = input
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::errcat));

    values_keep_their_rules(input, errors);
    if is_enum {
        container_keys_are_defaults_only(&input.keys, errors);
    }
    let format = match input.format.as_ref().and_then(Checked::value) {
        Some(FormatSpec::Builtin(name)) => FormatSpecRef::Builtin(name),
        Some(FormatSpec::Custom(path)) => FormatSpecRef::Custom(path),
        None => FormatSpecRef::Builtin("nested"),
    };
    let mut prefix = input.prefix.as_ref().map(LitStr::value).unwrap_or_default();
    if let Some(lit) = &input.prefix
        && !is_code_token(&prefix)
        && !prefix.is_empty()
    {
        errors.push(err(
            lit.span(),
            format!("`#[api(prefix = \"{prefix}\")]` may only contain `[A-Za-z0-9_]`"),
        ));
        // Reported once here, not again on every code derived from it.
        prefix.clear();
    }
    let catalog_name = match &input.catalog {
        Some(lit) => {
            let name = lit.value();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                errors.push(err(
                    lit.span(),
                    "`#[api(catalog)]` must be a non-empty name of `[A-Za-z0-9_]`",
                ));
            }
            name
        }
        None => heck::ToSnakeCase::to_snake_case(input.ident.to_string().as_str()),
    };
    let id_field = json_key(input.id_field.as_ref(), "id_field", errors)
        .unwrap_or_else(|| "request_id".into());
    let status_field = json_key(input.status_field.as_ref(), "status_field", errors);

    let mut variants = Vec::new();
    match &input.data {
        darling::ast::Data::Enum(list) => {
            if list.is_empty() {
                errors.push(err(
                    input.ident.span(),
                    "`#[derive(ApiError)]` on an empty enum: an error type needs at least one variant",
                ));
            }
            for variant in list {
                if let Some(model) = variant_model(
                    input,
                    &variant.ident,
                    &variant.fields,
                    &variant.attrs,
                    &variant.keys,
                    variant.doc_url.as_ref(),
                    &prefix,
                    errors,
                ) {
                    variants.push(model);
                }
            }
        }
        darling::ast::Data::Struct(fields) => {
            if let Some(model) = variant_model(
                input,
                &input.ident,
                fields,
                &[],
                &input.keys,
                None,
                &prefix,
                errors,
            ) {
                variants.push(model);
            }
        }
    }

    // Codes derived under an unknown `rename_all`, or exposed names checked against an
    // unknown format, would only add guesses to the error already reported.
    let rename_all_is_valid = input
        .rename_all
        .as_ref()
        .is_none_or(|c| c.value().is_some());
    let format_is_valid = input.format.as_ref().is_none_or(|c| c.value().is_some());
    if rename_all_is_valid {
        codes_are_unique(&variants, errors);
    }
    if format_is_valid {
        exposed_names_do_not_collide(
            &variants,
            &format,
            &id_field,
            status_field.as_deref(),
            errors,
        );
    }

    let fieldless = variants
        .iter()
        .all(|v| v.fields.style == Style::Unit && !matches!(v.kind, Kind::Transparent));
    let code_enum = if fieldless {
        if let Some(name) = &input.code_enum {
            errors.push(err(
                name.span(),
                "`#[api(code_enum)]` is for types with fields: a fieldless type is its own code type",
            ));
        }
        None
    } else {
        Some(
            input
                .code_enum
                .clone()
                .unwrap_or_else(|| quote::format_ident!("{}Code", input.ident)),
        )
    };

    Some(Model {
        input,
        krate,
        is_enum,
        catalog_name,
        description: ast::doc_paragraph(&input.attrs),
        format,
        id_field,
        status_field,
        variants,
        code_enum,
    })
}

fn json_key(
    lit: Option<&LitStr>,
    key: &str,
    errors: &mut darling::error::Accumulator,
) -> Option<String> {
    let lit = lit?;
    let value = lit.value();
    if value.is_empty() {
        errors.push(err(
            lit.span(),
            format!("`#[api({key})]` must not be empty"),
        ));
    }
    Some(value)
}

fn is_code_token(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Rules of one key's value (`status = 200`, `fix = "caler"`) were checked while parsing;
/// their errors are reported here, with the rest, rather than stopping the parse.
fn values_keep_their_rules(input: &Input, errors: &mut darling::error::Accumulator) {
    fn keys(keys: &VariantKeys, errors: &mut darling::error::Accumulator) {
        let found = [
            keys.status.as_ref().and_then(Checked::error),
            keys.fix.as_ref().and_then(Checked::error),
            keys.retry_after.as_ref().and_then(Checked::error),
        ];
        for error in found.into_iter().flatten() {
            errors.push(error.clone());
        }
    }
    let found = [
        input.format.as_ref().and_then(Checked::error),
        input.rename_all.as_ref().and_then(Checked::error),
    ];
    for error in found.into_iter().flatten() {
        errors.push(error.clone());
    }
    keys(&input.keys, errors);
    if let darling::ast::Data::Enum(variants) = &input.data {
        for variant in variants {
            keys(&variant.keys, errors);
        }
    }
}

/// On an enum, `status`, `fix`, `category` and `status_inferred` are defaults for its
/// variants; the keys that describe one code only make sense on a variant.
fn container_keys_are_defaults_only(keys: &VariantKeys, errors: &mut darling::error::Accumulator) {
    let misplaced = [
        ("code", keys.code.as_ref().map(Spanned::span)),
        ("message", keys.message.as_ref().map(Spanned::span)),
        ("hint", keys.hint.as_ref().map(Spanned::span)),
        (
            "retry_after",
            keys.retry_after.as_ref().map(Checked::key_span),
        ),
        (
            "transparent",
            keys.transparent
                .is_present()
                .then(|| keys.transparent.span()),
        ),
    ];
    for (key, span) in misplaced {
        if let Some(span) = span {
            errors.push(err(
                span,
                format!("`#[api({key})]` belongs on a variant, not on the enum"),
            ));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn variant_model<'a>(
    input: &'a Input,
    ident: &'a Ident,
    fields: &'a Fields<Field>,
    attrs: &'a [Attribute],
    keys: &'a VariantKeys,
    doc_url: Option<&LitStr>,
    prefix: &str,
    errors: &mut darling::error::Accumulator,
) -> Option<VariantModel<'a>> {
    let is_struct = !input.data.is_enum();
    let doc_attrs: &[Attribute] = if is_struct { &input.attrs } else { attrs };
    let source = source_field(fields, errors);

    let retry_field = retry_field(fields, source, errors);
    if keys.transparent.is_present() {
        transparent_is_alone(keys, doc_url, fields, keys.transparent.span(), errors);
        if let Some(lit) = retry_field.and_then(|(i, _)| fields.fields.get(i)?.retry_after.as_ref())
        {
            errors.push(err(
                lit.span(),
                "`#[api(retry_after)]` on a field of a `#[api(transparent)]` variant: the wrapped error decides its retry guidance",
            ));
        }
        for field in fields.iter() {
            if let Some(expose) = &field.expose {
                errors.push(err(expose_span(expose), "`#[api(expose)]` on a field of a `#[api(transparent)]` variant: the wrapped error decides what it exposes"));
            }
        }
        return Some(VariantModel {
            ident,
            fields,
            cfg: ast::cfg_attrs(attrs),
            kind: Kind::Transparent,
            source,
        });
    }

    let defaults = if is_struct { None } else { Some(&input.keys) };
    let (code, code_span) = match &keys.code {
        Some(lit) => {
            let code = lit.value();
            if code.is_empty() {
                errors.push(err(lit.span(), "`#[api(code)]` must not be empty"));
            } else if !is_code_token(&code) {
                errors.push(err(
                    lit.span(),
                    format!("`#[api(code = \"{code}\")]` must be one token of `[A-Za-z0-9_]`"),
                ));
            }
            (code, lit.span())
        }
        None => {
            let rule = input
                .rename_all
                .as_ref()
                .and_then(|c| c.value().copied())
                .unwrap_or(ast::RenameAll::ScreamingSnake);
            let name = syn::ext::IdentExt::unraw(ident).to_string();
            (format!("{prefix}{}", rule.apply(&name)), ident.span())
        }
    };

    let status = keys
        .status
        .as_ref()
        .or_else(|| defaults.and_then(|d| d.status.as_ref()));
    let status = match status {
        // An invalid status has been reported already.
        Some(status) => status.value().map_or(500, |s| s.code),
        None => {
            errors.push(err(
                ident.span(),
                format!("`{ident}` has no status: add `#[api(status = 404)]` (or a default `status` on the enum)"),
            ));
            500
        }
    };
    let status_documented = !(keys.status_inferred.is_present()
        || defaults.is_some_and(|d| d.status_inferred.is_present()));

    let description = ast::doc_paragraph(doc_attrs);
    let message = match &keys.message {
        Some(lit) => errors
            .handle(Template::parse(lit, "message"))
            .map(Message::Template),
        None => {
            match &description {
                Some(doc) => Some(Message::Doc(doc.clone())),
                None => {
                    errors.push(err(
                    ident.span(),
                    format!("`{ident}` has no message: add `#[api(message = \"...\")]` or a doc comment"),
                ));
                    None
                }
            }
        }
    };
    let hint = keys
        .hint
        .as_ref()
        .and_then(|lit| errors.handle(Template::parse(lit, "hint")));

    for template in [
        message.as_ref().and_then(|m| match m {
            Message::Template(t) => Some(t),
            Message::Doc(_) => None,
        }),
        hint.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        placeholders_name_fields(template, ident, fields, errors);
        if status >= 500 {
            server_error_templates_skip_source(template, fields, source, errors);
        }
    }

    let exposed = exposed_fields(fields, source, errors);

    let fix = keys
        .fix
        .as_ref()
        .or_else(|| defaults.and_then(|d| d.fix.as_ref()))
        .and_then(Checked::value)
        .map_or(0, |f| f.0);
    let category = keys
        .category
        .as_ref()
        .or_else(|| defaults.and_then(|d| d.category.as_ref()))
        .map(LitStr::value);
    let doc_url = doc_url
        .or(input.doc_url.as_ref())
        .map(|lit| lit.value().replace("{code}", &code));

    Some(VariantModel {
        ident,
        fields,
        cfg: ast::cfg_attrs(attrs),
        kind: Kind::Code(Box::new(Code {
            code,
            code_span,
            status,
            status_documented,
            fix,
            category,
            message: message?,
            hint,
            description,
            retry_after: {
                let fixed = keys
                    .retry_after
                    .as_ref()
                    .and_then(Checked::value)
                    .map(|r| r.0);
                if let (Some(_), Some(checked)) = (retry_field, keys.retry_after.as_ref()) {
                    errors.push(err(
                        checked.key_span(),
                        "`#[api(retry_after)]` is set both on the variant and on a field: keep one",
                    ));
                }
                fixed
            },
            doc_url,
            exposed,
            retry_field,
        })),
        source,
    })
}

/// At most one field gives the retry delay (`#[api(retry_after = "ms")]`), and it is not
/// the source, whose text is for logs only.
fn retry_field(
    fields: &Fields<Field>,
    source: Option<usize>,
    errors: &mut darling::error::Accumulator,
) -> Option<(usize, bool)> {
    let mut found: Option<(usize, bool)> = None;
    for (i, field) in fields.iter().enumerate() {
        let Some(lit) = &field.retry_after else {
            continue;
        };
        let millis = match lit.value().as_str() {
            "ms" => true,
            "s" => false,
            other => {
                errors.push(err(
                    lit.span(),
                    format!("`#[api(retry_after = \"{other}\")]` on a field takes the field's unit: \"ms\" or \"s\""),
                ));
                continue;
            }
        };
        if source == Some(i) {
            errors.push(err(lit.span(), "a source field cannot be the retry delay"));
        } else if found.is_some() {
            errors.push(err(
                lit.span(),
                "only one field can give the retry delay: `#[api(retry_after)]` appears twice",
            ));
        } else {
            found = Some((i, millis));
        }
    }
    found
}

/// A variant has at most one source: `Error::source` returns one error.
fn source_field(fields: &Fields<Field>, errors: &mut darling::error::Accumulator) -> Option<usize> {
    let mut found: Option<usize> = None;
    for (i, field) in fields.iter().enumerate() {
        if let Some(span) = field.source_span() {
            if found.is_some() {
                errors.push(err(span, "a variant can have only one source field: `#[api(source)]`, `#[source]` or `#[from]` appears twice"));
            } else {
                found = Some(i);
            }
        }
    }
    found
}

/// `transparent` forwards code, status, message and all to the one wrapped error, so it
/// takes no other key and exactly one field.
fn transparent_is_alone(
    keys: &VariantKeys,
    doc_url: Option<&LitStr>,
    fields: &Fields<Field>,
    span: Span,
    errors: &mut darling::error::Accumulator,
) {
    let others = [
        ("code", keys.code.as_ref().map(Spanned::span)),
        ("status", keys.status.as_ref().map(Checked::key_span)),
        ("message", keys.message.as_ref().map(Spanned::span)),
        ("hint", keys.hint.as_ref().map(Spanned::span)),
        ("fix", keys.fix.as_ref().map(Checked::key_span)),
        ("category", keys.category.as_ref().map(Spanned::span)),
        (
            "retry_after",
            keys.retry_after.as_ref().map(Checked::key_span),
        ),
        ("doc_url", doc_url.map(Spanned::span)),
        (
            "status_inferred",
            keys.status_inferred
                .is_present()
                .then(|| keys.status_inferred.span()),
        ),
    ];
    for (key, at) in others {
        if let Some(at) = at {
            errors.push(err(
                at,
                format!(
                    "`#[api(transparent)]` forwards everything to the wrapped error; remove `{key}`"
                ),
            ));
        }
    }
    if fields.len() != 1 {
        errors.push(err(
            span,
            format!(
                "`#[api(transparent)]` requires exactly one field, found {}",
                fields.len()
            ),
        ));
    }
}

fn field_name(field: &Field, index: usize) -> String {
    field.ident.as_ref().map_or_else(
        || index.to_string(),
        |i| syn::ext::IdentExt::unraw(i).to_string(),
    )
}

/// Every `{name}` / `{0}` must name a field of the variant.
fn placeholders_name_fields(
    template: &Template,
    ident: &Ident,
    fields: &Fields<Field>,
    errors: &mut darling::error::Accumulator,
) {
    for arg in &template.args {
        let found = match &arg.name {
            ArgName::Index(i) => fields.style == Style::Tuple && *i < fields.len(),
            ArgName::Named(name) => fields.iter().any(|f| {
                f.ident
                    .as_ref()
                    .is_some_and(|i| syn::ext::IdentExt::unraw(i) == name)
            }),
        };
        if found {
            continue;
        }
        let message = match (&arg.name, fields.style) {
            (ArgName::Index(i), Style::Tuple) => format!(
                "`{{{i}}}` is out of range: `{ident}` has {} field{}",
                fields.len(),
                if fields.len() == 1 { "" } else { "s" }
            ),
            (ArgName::Index(i), _) => {
                format!("`{{{i}}}` names a position, but `{ident}` has no tuple fields")
            }
            (ArgName::Named(name), _) => {
                let names: Vec<String> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| field_name(f, i))
                    .collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                format!(
                    "`{{{name}}}` names no field of `{ident}`{}",
                    did_you_mean(name, &names)
                )
            }
        };
        errors.push(err(template.span(), message));
    }
}

/// 5xx bodies never carry a source error's text, so a 5xx template cannot name the source.
fn server_error_templates_skip_source(
    template: &Template,
    fields: &Fields<Field>,
    source: Option<usize>,
    errors: &mut darling::error::Accumulator,
) {
    let Some(source) = source else { return };
    let Some(field) = fields.fields.get(source) else {
        return;
    };
    let name = field_name(field, source);
    let names_source = template.args.iter().any(|arg| match &arg.name {
        ArgName::Index(i) => *i == source,
        ArgName::Named(n) => *n == name,
    });
    if names_source {
        errors.push(err(
            template.span(),
            format!("a 5xx message must not include the source error: `{{{name}}}` would leak its text into the body"),
        ));
    }
}

/// The name in `expose = "name"`, or the word `expose`.
fn expose_span(expose: &SpannedValue<Override<LitStr>>) -> Span {
    match &**expose {
        Override::Explicit(lit) => lit.span(),
        Override::Inherit => expose.span(),
    }
}

fn exposed_fields(
    fields: &Fields<Field>,
    source: Option<usize>,
    errors: &mut darling::error::Accumulator,
) -> Vec<(usize, String)> {
    let mut exposed: Vec<(usize, String)> = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let Some(expose) = &field.expose else {
            continue;
        };
        let span = expose_span(expose);
        if source == Some(i) {
            errors.push(err(
                span,
                "a source field cannot be exposed: its text is for logs, never the body",
            ));
            continue;
        }
        let name = match (&**expose, &field.ident) {
            (Override::Explicit(lit), _) => lit.value(),
            (Override::Inherit, Some(ident)) => syn::ext::IdentExt::unraw(ident).to_string(),
            (Override::Inherit, None) => {
                errors.push(err(
                    span,
                    "`#[api(expose)]` on a tuple field needs a name: `#[api(expose = \"name\")]`",
                ));
                continue;
            }
        };
        if name.is_empty() {
            errors.push(err(span, "`#[api(expose)]` name must not be empty"));
            continue;
        }
        if exposed.iter().any(|(_, n)| *n == name) {
            errors.push(err(span, format!("two fields are exposed as `{name}`")));
            continue;
        }
        exposed.push((i, name));
    }
    exposed
}

/// Codes identify variants, so two variants (after `rename_all` and `prefix`) cannot share
/// one; each repeat is reported at its own span.
fn codes_are_unique(variants: &[VariantModel<'_>], errors: &mut darling::error::Accumulator) {
    let mut seen: HashMap<&str, &Ident> = HashMap::new();
    for variant in variants {
        let Kind::Code(code) = &variant.kind else {
            continue;
        };
        match seen.get(code.code.as_str()) {
            Some(first) => errors.push(err(
                code.code_span,
                format!("duplicate code `{}`: `{first}` already uses it", code.code),
            )),
            None => {
                seen.insert(&code.code, variant.ident);
            }
        }
    }
}

/// An exposed field is a member of the body, beside the members the built-in shape
/// writes itself; the same key twice would make the JSON ambiguous.
fn exposed_names_do_not_collide(
    variants: &[VariantModel<'_>],
    format: &FormatSpecRef<'_>,
    id_field: &str,
    status_field: Option<&str>,
    errors: &mut darling::error::Accumulator,
) {
    let reserved: &[&str] = match format {
        FormatSpecRef::Builtin("nested") => &["code", "message", "hint"],
        FormatSpecRef::Builtin("flat") => &["error", "code"],
        FormatSpecRef::Builtin("code") => &["error", "message"],
        FormatSpecRef::Builtin(_) => &["type", "title", "status", "detail", "instance", "code"],
        FormatSpecRef::Custom(_) => &[],
    };
    for variant in variants {
        let Kind::Code(code) = &variant.kind else {
            continue;
        };
        for (i, name) in &code.exposed {
            let collides = reserved.contains(&name.as_str())
                || name == id_field
                || status_field == Some(name.as_str());
            if collides {
                let span = variant
                    .fields
                    .fields
                    .get(*i)
                    .and_then(|f| f.expose.as_ref().map(expose_span))
                    .unwrap_or_else(|| variant.ident.span());
                errors.push(err(
                    span,
                    format!(
                        "exposed field `{name}` collides with the envelope's own `{name}` member"
                    ),
                ));
            }
        }
    }
}

/// Keys that are flags: present or absent, never given a value.
const FLAGS: [&str; 4] = ["transparent", "display", "status_inferred", "source"];

/// Rewrites darling's own messages into the crate's voice (lowercase, no trailing
/// period, quoting the attribute). darling nests the errors of a flattened key set in
/// one "multiple errors" item; they come out one by one, each at its own span.
pub fn voice(error: darling::Error) -> syn::Error {
    let mut all: Option<syn::Error> = None;
    for one in error.flatten() {
        let one = voice_one(one);
        match &mut all {
            Some(all) => all.combine(one),
            None => all = Some(one),
        }
    }
    all.unwrap_or_else(|| syn::Error::new(Span::call_site(), "invalid `#[derive(ApiError)]` input"))
}

fn voice_one(error: darling::Error) -> syn::Error {
    let span = error.span();
    let text = error.to_string();
    // darling appends the key path as " at a/b"; the span already says where, and the key
    // goes into the message as the user wrote it.
    let (text, key) = match text.rsplit_once(" at ") {
        Some((head, tail))
            if !tail.is_empty()
                && tail
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_/[]".contains(c)) =>
        {
            let key = tail.rsplit('/').next().unwrap_or(tail).to_owned();
            (head.to_owned(), Some(key))
        }
        _ => (text, None),
    };
    let text = if let Some(rest) = text.strip_prefix("Unknown field: ") {
        let (name, rest) = rest.split_once(". ").unwrap_or((rest, ""));
        let tail = if let Some(alt) = rest.strip_prefix("Did you mean ") {
            format!(", did you mean {}?", alt.trim_end_matches(['?', '.']))
        } else if let Some(alts) = rest.strip_prefix("Available values: ") {
            format!(": expected one of {}", alts.trim_end_matches('.'))
        } else {
            String::new()
        };
        format!("unknown key {name} in `#[api(...)]`{tail}")
    } else if let Some(name) = text.strip_prefix("Duplicate field ") {
        format!("duplicate key {name} in `#[api(...)]`")
    } else if let Some(ty) = text
        .strip_prefix("Unexpected type ")
        .or_else(|| text.strip_prefix("Unexpected literal type "))
    {
        match key.as_deref() {
            Some(key) if FLAGS.contains(&key) => {
                format!("`#[api({key})]` takes no value: write `#[api({key})]`")
            }
            Some(key) => format!(
                "`#[api({key} = ...)]` takes a string literal, not {}: write `{key} = \"...\"`",
                an(ty.trim_matches('`'))
            ),
            None => format!(
                "unexpected {} here: expected a string literal",
                an(ty.trim_matches('`'))
            ),
        }
    } else if let Some(form) = text.strip_prefix("Unexpected meta-item format ") {
        match (key.as_deref(), form.trim_matches('`')) {
            (Some(key), _) if FLAGS.contains(&key) => {
                format!("`#[api({key})]` takes no value: write `#[api({key})]`")
            }
            (Some(key), "word") => format!("`#[api({key})]` needs a value: write `{key} = ...`"),
            (Some(key), "list") => {
                format!("`#[api({key}(...))]` is not a form of `{key}`: write `{key} = ...`")
            }
            (Some(key), _) => {
                format!("`#[api({key})]` is not written this way: write `{key} = ...`")
            }
            (None, form) => format!(
                "unexpected form `{form}`: write `key = value`, `key(...)` or `key` as the key takes"
            ),
        }
    } else if text.starts_with("Unsupported shape") {
        "`#[derive(ApiError)]` supports enums and structs".to_owned()
    } else {
        let mut chars = text.chars();
        match chars.next() {
            Some(first)
                if first.is_uppercase() && !chars.as_str().starts_with(char::is_uppercase) =>
            {
                first.to_lowercase().chain(chars).collect()
            }
            _ => text,
        }
    };
    syn::Error::new(span, text.trim_end_matches('.'))
}

/// darling's name of a literal type with its article: "an integer", "a bool".
fn an(ty: &str) -> String {
    match ty {
        "int" => "an integer".to_owned(),
        "float" => "a float".to_owned(),
        "bool" => "a bool".to_owned(),
        "byte string" | "byte" | "char" | "string" | "verbatim" => format!("a {ty}"),
        other => format!("`{other}`"),
    }
}

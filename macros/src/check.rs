//! The rules across keys, fields and variants: one function each, with the rule and the
//! reason for it. Rules of a single key's value are checked while parsing (`value.rs`).

use std::collections::HashMap;

use darling::ast::{Fields, Style};
use proc_macro2::Span;
use syn::Ident;

use crate::ast::{CodeAttrs, Field, FieldAttrs};
use crate::diagnostics::{Errors, did_you_mean, error};
use crate::json_type::JsonType;
use crate::model::{Exposed, Format, Kind, VariantModel, ViolationsField, field_name};
use crate::symbol::{self, CODE_KEYS, DEFAULT_KEYS, TYPE_KEYS, VARIANT_ONLY_KEYS};
use crate::template::{ArgName, Template};

/// On an enum, `status`, `fix`, `category` and `status_inferred` are defaults for its
/// variants; the keys that describe one code only make sense on a variant.
pub fn enum_keys_are_type_keys_or_defaults(attrs: &CodeAttrs, errors: &mut Errors) {
    for (key, span) in attrs.keys.given() {
        let per_code =
            CODE_KEYS.contains(&key) && !DEFAULT_KEYS.contains(&key) && !TYPE_KEYS.contains(&key);
        if per_code || VARIANT_ONLY_KEYS.contains(&key) {
            errors.push(error(
                span,
                format!("`#[api({key})]` belongs on a variant, not on the enum"),
            ));
        }
    }
}

/// A variant is one code; the keys of the type as a whole (`format`, `prefix`, ...)
/// describe every code, so they go on the enum.
pub fn variant_keys_are_per_code(attrs: &CodeAttrs, errors: &mut Errors) {
    for (key, span) in attrs.keys.given() {
        if TYPE_KEYS.contains(&key) && !CODE_KEYS.contains(&key) {
            errors.push(error(
                span,
                format!("`#[api({key})]` belongs on the enum, not on a variant"),
            ));
        }
    }
}

/// A struct is one code of its own: there is no other error for it to forward to.
pub fn struct_is_not_transparent(attrs: &CodeAttrs, errors: &mut Errors) {
    if let Some(span) = attrs.transparent {
        errors.push(error(
            span,
            "`#[api(transparent)]` belongs on an enum variant: a struct is one code of its own",
        ));
    }
}

/// `transparent` forwards code, status, message and all to the one wrapped error, so it
/// takes no other key and exactly one field, whose `#[api(...)]` keys would be ignored.
pub fn transparent_is_alone(
    attrs: &CodeAttrs,
    span: Span,
    fields: &Fields<Field>,
    field_attrs: &[FieldAttrs],
    errors: &mut Errors,
) {
    for (key, at) in attrs.keys.given() {
        if CODE_KEYS.contains(&key) {
            errors.push(error(
                at,
                format!(
                    "`#[api(transparent)]` forwards everything to the wrapped error; remove `{key}`"
                ),
            ));
        }
    }
    if fields.len() != 1 {
        errors.push(error(
            span,
            format!(
                "`#[api(transparent)]` requires exactly one field, found {}",
                fields.len()
            ),
        ));
    }
    for attrs in field_attrs {
        if let Some(expose) = &attrs.expose {
            errors.push(error(expose.span(), "`#[api(expose)]` on a field of a `#[api(transparent)]` variant: the wrapped error decides what it exposes"));
        }
        if let Some(retry) = &attrs.retry_after {
            errors.push(error(retry.span(), "`#[api(retry_after)]` on a field of a `#[api(transparent)]` variant: the wrapped error decides its retry guidance"));
        }
        if let Some(violations) = &attrs.violations {
            errors.push(error(violations.span(), "`#[api(violations)]` on a field of a `#[api(transparent)]` variant: the wrapped error decides what it carries"));
        }
    }
}

/// A variant has at most one source: `Error::source` returns one error.
pub fn one_source(field_attrs: &[FieldAttrs], errors: &mut Errors) -> Option<usize> {
    let mut found = None;
    for (i, attrs) in field_attrs.iter().enumerate() {
        let Some(span) = attrs.source else { continue };
        if found.is_some() {
            errors.push(error(span, "a variant can have only one source field: `#[api(source)]`, `#[source]` or `#[from]` appears twice"));
        } else {
            found = Some(i);
        }
    }
    found
}

/// At most one field gives the retry delay, and not the source, whose text is for logs
/// only.
pub fn one_retry_field(
    field_attrs: &[FieldAttrs],
    source: Option<usize>,
    errors: &mut Errors,
) -> Option<(usize, bool)> {
    let mut found = None;
    for (i, attrs) in field_attrs.iter().enumerate() {
        let Some(retry) = &attrs.retry_after else {
            continue;
        };
        if source == Some(i) {
            errors.push(error(
                retry.span(),
                "a source field cannot be the retry delay",
            ));
        } else if found.is_some() {
            errors.push(error(
                retry.span(),
                "only one field can give the retry delay: `#[api(retry_after)]` appears twice",
            ));
        } else {
            found = Some((i, **retry));
        }
    }
    found
}

/// The retry delay comes from the variant's fixed seconds or from a field, not both: two
/// answers to one question.
pub fn retry_after_once(
    attrs: &CodeAttrs,
    retry_field: Option<(usize, bool)>,
    errors: &mut Errors,
) {
    if let (Some(_), Some(span)) = (retry_field, attrs.keys.span(symbol::RETRY_AFTER)) {
        errors.push(error(
            span,
            "`#[api(retry_after)]` is set both on the variant and on a field: keep one",
        ));
    }
}

/// Exposed fields become body members: never the source (its text is for logs), always
/// with a name, each name once.
pub fn exposed_fields(
    fields: &Fields<Field>,
    field_attrs: &[FieldAttrs],
    source: Option<usize>,
    errors: &mut Errors,
) -> Vec<Exposed> {
    let mut exposed: Vec<Exposed> = Vec::new();
    for (index, (field, attrs)) in fields.iter().zip(field_attrs).enumerate() {
        let Some(expose) = &attrs.expose else {
            continue;
        };
        let span = expose.span();
        if source == Some(index) {
            errors.push(error(
                span,
                "a source field cannot be exposed: its text is for logs, never the body",
            ));
            continue;
        }
        let name = match (&**expose, &field.ident) {
            (Some(lit), _) => lit.value(),
            (None, Some(ident)) => syn::ext::IdentExt::unraw(ident).to_string(),
            (None, None) => {
                errors.push(error(
                    span,
                    "`#[api(expose)]` on a tuple field needs a name: `#[api(expose = \"name\")]`",
                ));
                continue;
            }
        };
        if exposed.iter().any(|e| e.name == name) {
            errors.push(error(span, format!("two fields are exposed as `{name}`")));
            continue;
        }
        let ty = JsonType::of(&field.ty);
        exposed.push(Exposed {
            index,
            name,
            span,
            ty,
        });
    }
    exposed
}

/// The violations are one member of the body, held by one field: not the source (its
/// text is for logs), not an exposed field (a member of its own already), not the retry
/// delay.
pub fn violations_field(
    field_attrs: &[FieldAttrs],
    source: Option<usize>,
    errors: &mut Errors,
) -> Option<ViolationsField> {
    let mut found: Option<ViolationsField> = None;
    for (index, attrs) in field_attrs.iter().enumerate() {
        let Some(violations) = &attrs.violations else {
            continue;
        };
        let span = violations.span();
        let problem = if source == Some(index) {
            Some("a source field cannot hold the violations: its text is for logs, never the body")
        } else if attrs.expose.is_some() {
            Some(
                "`#[api(violations)]` and `#[api(expose)]` on one field: the violations are a member of their own; remove `expose`",
            )
        } else if attrs.retry_after.is_some() {
            Some(
                "`#[api(violations)]` and `#[api(retry_after)]` on one field: a list of violations is no retry delay",
            )
        } else if found.is_some() {
            Some("only one field can hold the violations: `#[api(violations)]` appears twice")
        } else {
            None
        };
        match problem {
            Some(message) => errors.push(error(span, message)),
            None => {
                found = Some(ViolationsField {
                    index,
                    name: (**violations).as_ref().map(syn::LitStr::value),
                    span,
                });
            }
        }
    }
    found
}

/// Every `{name}` / `{0}` of a template must name a field of the variant.
pub fn placeholders_name_fields(
    template: &Template,
    ident: &Ident,
    fields: &Fields<Field>,
    errors: &mut Errors,
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
        errors.push(error(template.span(), message));
    }
}

/// 5xx bodies never carry a source error's text, so a 5xx template cannot name the
/// source.
pub fn server_error_templates_skip_source(
    template: &Template,
    fields: &Fields<Field>,
    source: Option<usize>,
    errors: &mut Errors,
) {
    let Some((source, field)) = source.and_then(|i| Some((i, fields.fields.get(i)?))) else {
        return;
    };
    let name = field_name(field, source);
    let names_source = template.args.iter().any(|arg| match &arg.name {
        ArgName::Index(i) => *i == source,
        ArgName::Named(n) => *n == name,
    });
    if names_source {
        errors.push(error(
            template.span(),
            format!("a 5xx message must not include the source error: `{{{name}}}` would leak its text into the body"),
        ));
    }
}

/// Codes identify variants, so two variants (after `rename_all` and `prefix`) cannot
/// share one; each repeat is reported at its own span.
pub fn codes_are_unique(variants: &[VariantModel<'_>], errors: &mut Errors) {
    let mut seen: HashMap<&str, &Ident> = HashMap::new();
    for variant in variants {
        let Kind::Code(code) = &variant.kind else {
            continue;
        };
        match seen.get(code.code.as_str()) {
            Some(first) => errors.push(error(
                code.code_span,
                format!("duplicate code `{}`: `{first}` already uses it", code.code),
            )),
            None => {
                seen.insert(&code.code, variant.ident);
            }
        }
    }
}

/// An exposed field is a member of the body beside the members the built-in shape writes
/// itself; the same key twice would make the JSON ambiguous.
pub fn exposed_names_do_not_collide(
    variants: &[VariantModel<'_>],
    format: &Format,
    id_field: &str,
    status_field: Option<&str>,
    errors: &mut Errors,
) {
    let Format::Builtin(shape) = format else {
        return;
    };
    let reserved: Vec<&str> = shape.layout().reserved().collect();
    let taken =
        |name: &str| reserved.contains(&name) || name == id_field || status_field == Some(name);
    for code in variants.iter().filter_map(|v| v.code()) {
        let violations = code.violations.as_ref().and_then(|v| {
            let name = match &v.name {
                Some(name) => name.as_str(),
                None => shape.layout().violations()?.0,
            };
            Some((name, v.span))
        });
        for exposed in &code.exposed {
            let name = exposed.name.as_str();
            if taken(name) {
                errors.push(error(
                    exposed.span,
                    format!(
                        "exposed field `{name}` collides with the envelope's own `{name}` member"
                    ),
                ));
            } else if violations.is_some_and(|(v, _)| v == name) {
                errors.push(error(
                    exposed.span,
                    format!("exposed field `{name}` collides with the variant's violations, written under `{name}`"),
                ));
            }
        }
        if let Some((name, span)) = violations.filter(|(name, _)| taken(name)) {
            errors.push(error(
                span,
                format!("the violations member `{name}` collides with the envelope's own `{name}` member"),
            ));
        }
    }
}

/// A fieldless type is its own code type: there is no code enum to name.
pub fn code_enum_needs_fields(name: Option<&Ident>, fieldless: bool, errors: &mut Errors) {
    if let (Some(name), true) = (name, fieldless) {
        errors.push(error(
            name.span(),
            "`#[api(code_enum)]` is for types with fields: a fieldless type is its own code type",
        ));
    }
}

/// An error type with no variant has no value to return and no code to document.
pub fn enum_is_not_empty(ident: &Ident, variants: usize, errors: &mut Errors) {
    if variants == 0 {
        errors.push(error(
            ident.span(),
            "`#[derive(ApiError)]` on an empty enum: an error type needs at least one variant",
        ));
    }
}

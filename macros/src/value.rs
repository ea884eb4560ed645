//! The values keys take, each checked while it is parsed: a rule that needs only the one
//! key (a status outside 400..=599, an unknown fix side, a code that is not one token)
//! is reported here, at the value.

use darling::FromMeta;
use errcat_core::GrpcCode;
use errcat_core::shape::Shape;
use proc_macro2::Span;
use syn::{Expr, ExprLit, Lit, LitStr};

use crate::attr::ungroup;
use crate::diagnostics::{Errors, did_you_mean, did_you_mean_or_list, error};

/// `status = 409` or `status = StatusCode::CONFLICT`.
#[derive(Clone, Copy)]
pub struct Status(pub u16);

impl FromMeta for Status {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        let expr = ungroup(expr);
        match expr {
            Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) => match int.base10_parse::<u64>() {
                Ok(n @ 400..=599) => Ok(Status(n as u16)),
                _ => Err(darling::Error::custom(format!(
                    "`#[api(status = {})]` is not an error status: expected an integer in 400..=599",
                    int.base10_digits()
                ))
                .with_span(int)),
            },
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Err(darling::Error::custom(format!(
                "`#[api(status)]` takes an integer, not a string: write `status = {}`",
                s.value()
            ))
            .with_span(s)),
            Expr::Path(path) => {
                let Some(last) = path.path.segments.last() else {
                    return Err(darling::Error::custom("expected a status").with_span(expr));
                };
                let name = last.ident.to_string();
                match crate::status::by_name(&name) {
                    Some(n @ 400..=599) => Ok(Status(n)),
                    Some(n) => Err(darling::Error::custom(format!(
                        "`StatusCode::{name}` ({n}) is not an error status: expected 400..=599"
                    ))
                    .with_span(last)),
                    None => Err(darling::Error::custom(format!(
                        "unknown status constant `{name}`: write the number, e.g. `status = 409`"
                    ))
                    .with_span(last)),
                }
            }
            _ => Err(darling::Error::custom(
                "`#[api(status)]` takes an integer in 400..=599 or an `http::StatusCode` constant",
            )
            .with_span(expr)),
        }
    }
}

/// `retry_after = 5` (seconds), on a variant.
#[derive(Clone, Copy)]
pub struct RetryAfter(pub u64);

impl FromMeta for RetryAfter {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        let expr = ungroup(expr);
        const MAX: u64 = 86_400;
        if let Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) = expr
            && int.suffix().is_empty()
            && let Ok(n @ 1..=MAX) = int.base10_parse::<u64>()
        {
            return Ok(RetryAfter(n));
        }
        Err(darling::Error::custom(
            "`#[api(retry_after)]` takes whole seconds: an integer literal in 1..=86400",
        )
        .with_span(expr))
    }
}

/// `grpc = "failed_precondition"`: a `google.rpc.Code` by name.
#[derive(Clone, Copy)]
pub struct GrpcSpec(pub GrpcCode);

impl FromMeta for GrpcSpec {
    fn from_value(value: &Lit) -> darling::Result<Self> {
        let Lit::Str(s) = value else {
            return Err(darling::Error::custom(
                "`#[api(grpc)]` takes a gRPC code by name: `grpc = \"failed_precondition\"`",
            )
            .with_span(value));
        };
        let name = s.value();
        GrpcCode::from_name(&name).map(GrpcSpec).ok_or_else(|| {
            let names: Vec<&str> = GrpcCode::ALL.iter().map(|c| c.name()).collect();
            let lower = name.to_ascii_lowercase();
            error(
                s.span(),
                format!(
                    "unknown gRPC code `{name}`{}",
                    did_you_mean_or_list(&lower, &names)
                ),
            )
        })
    }
}

/// `fix = "caller"`, `fix = "caller / state"`, or `fix(caller, state)`: the sides' bits.
#[derive(Clone, Copy)]
pub struct FixSpec(pub u8);

impl FixSpec {
    fn side(name: &str, span: Span) -> darling::Result<u8> {
        errcat_core::fix::side(name.trim())
            .map(|side| side.bit)
            .ok_or_else(|| {
                let names: Vec<&str> = errcat_core::fix::SIDES.iter().map(|s| s.name).collect();
                let lower = name.trim().to_ascii_lowercase();
                error(
                    span,
                    format!(
                        "unknown fix side `{}`{}",
                        name.trim(),
                        did_you_mean_or_list(&lower, &names)
                    ),
                )
            })
    }
}

impl FromMeta for FixSpec {
    fn from_value(value: &Lit) -> darling::Result<Self> {
        let Lit::Str(s) = value else {
            return Err(darling::Error::custom(
                "`#[api(fix)]` takes a side: `fix = \"caller\"` or `fix(caller, state)`",
            )
            .with_span(value));
        };
        let text = s.value();
        if text.trim().is_empty() {
            return Err(darling::Error::custom(
                "`#[api(fix = \"\")]` names no side: write e.g. `fix = \"caller\"`",
            )
            .with_span(s));
        }
        let mut errors = darling::Error::accumulator();
        let mut bits = 0;
        for part in text.split(['/', ',']) {
            if part.trim().is_empty() {
                errors.push(error(
                    s.span(),
                    format!(
                        "`#[api(fix = \"{text}\")]` has an empty side: separate sides with `/` or `,`"
                    ),
                ));
            } else if let Some(bit) = errors.handle(FixSpec::side(part, s.span())) {
                bits |= bit;
            }
        }
        errors.finish_with(FixSpec(bits))
    }

    fn from_list(items: &[darling::ast::NestedMeta]) -> darling::Result<Self> {
        let mut errors = darling::Error::accumulator();
        let mut bits = 0;
        for item in items {
            let side = match item {
                darling::ast::NestedMeta::Meta(syn::Meta::Path(path)) => match path.get_ident() {
                    Some(ident) => FixSpec::side(&ident.to_string(), ident.span()),
                    None => Err(darling::Error::custom(
                        "expected a side name, e.g. `fix(caller, state)`",
                    )
                    .with_span(path)),
                },
                other => Err(darling::Error::custom(
                    "expected a side name, e.g. `fix(caller, state)`",
                )
                .with_span(other)),
            };
            if let Some(bit) = errors.handle(side) {
                bits |= bit;
            }
        }
        if items.is_empty() {
            errors.push(darling::Error::custom(
                "`#[api(fix())]` names no side: write e.g. `fix(caller, state)`",
            ));
        }
        errors.finish_with(FixSpec(bits))
    }
}

/// `format = "nested"` (built in) or `format = path::To::Shape` (custom).
pub enum FormatSpec {
    Builtin(Shape),
    Custom(syn::Path),
}

impl FromMeta for FormatSpec {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        const EXPECTED: &str = "\"nested\", \"flat\", \"code\", \"problem\" or a path to a type implementing `errcat::Format`";
        let expr = ungroup(expr);
        match expr {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => {
                let value = s.value();
                if let Some(shape) = Shape::from_name(&value) {
                    return Ok(FormatSpec::Builtin(shape));
                }
                let names: Vec<&str> = Shape::ALL.iter().map(|s| s.name()).collect();
                let suggestion = did_you_mean(&value, &names);
                let message = if suggestion.is_empty() {
                    format!("unknown format `{value}`: expected {EXPECTED}")
                } else {
                    format!("unknown format `{value}`{suggestion}")
                };
                Err(darling::Error::custom(message).with_span(s))
            }
            Expr::Path(path) => Ok(FormatSpec::Custom(path.path.clone())),
            _ => Err(
                darling::Error::custom(format!("`#[api(format)]` takes {EXPECTED}"))
                    .with_span(expr),
            ),
        }
    }
}

/// `rename_all = "snake_case"`: how codes derive from variant names.
#[derive(Clone, Copy)]
pub enum RenameAll {
    ScreamingSnake,
    Snake,
    Camel,
    Pascal,
    Lower,
    Upper,
}

const RENAME_RULES: [(&str, RenameAll); 6] = [
    ("SCREAMING_SNAKE_CASE", RenameAll::ScreamingSnake),
    ("snake_case", RenameAll::Snake),
    ("camelCase", RenameAll::Camel),
    ("PascalCase", RenameAll::Pascal),
    ("lowercase", RenameAll::Lower),
    ("UPPERCASE", RenameAll::Upper),
];

impl FromMeta for RenameAll {
    fn from_value(value: &Lit) -> darling::Result<Self> {
        let Lit::Str(s) = value else {
            return Err(darling::Error::custom(
                "`#[api(rename_all)]` takes a string, e.g. `rename_all = \"snake_case\"`",
            )
            .with_span(value));
        };
        let rule = s.value();
        RENAME_RULES
            .iter()
            .find(|(name, _)| *name == rule)
            .map(|(_, rule)| *rule)
            .ok_or_else(|| {
                let names: Vec<&str> = RENAME_RULES.iter().map(|(name, _)| *name).collect();
                error(
                    s.span(),
                    format!(
                        "unknown `rename_all` rule `{rule}`{}",
                        did_you_mean_or_list(&rule, &names)
                    ),
                )
            })
    }
}

impl RenameAll {
    pub fn apply(self, name: &str) -> String {
        use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
        match self {
            RenameAll::ScreamingSnake => name.to_shouty_snake_case(),
            RenameAll::Snake => name.to_snake_case(),
            RenameAll::Camel => name.to_lower_camel_case(),
            RenameAll::Pascal => name.to_upper_camel_case(),
            RenameAll::Lower => name.to_ascii_lowercase(),
            RenameAll::Upper => name.to_ascii_uppercase(),
        }
    }
}

/// Whether `text` is made of `[A-Za-z0-9_]`.
fn is_code_token(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `code = "CP_NOT_ACTIVE"`: one token of `[A-Za-z0-9_]`.
pub fn code(lit: &LitStr, errors: &mut Errors) -> Option<String> {
    let code = lit.value();
    if code.is_empty() {
        errors.push(error(lit.span(), "`#[api(code)]` must not be empty"));
        return None;
    }
    if !is_code_token(&code) {
        errors.push(error(
            lit.span(),
            format!("`#[api(code = \"{code}\")]` must be one token of `[A-Za-z0-9_]`"),
        ));
        return None;
    }
    Some(code)
}

/// `prefix = "CP_"`: prepended to derived codes, so made of `[A-Za-z0-9_]`.
pub fn prefix(lit: &LitStr, errors: &mut Errors) -> Option<String> {
    let prefix = lit.value();
    if is_code_token(&prefix) {
        return Some(prefix);
    }
    errors.push(error(
        lit.span(),
        format!("`#[api(prefix = \"{prefix}\")]` may only contain `[A-Za-z0-9_]`"),
    ));
    None
}

/// `catalog = "control_plane"`: a name in docs, JSON and file names.
pub fn catalog_name(lit: &LitStr, errors: &mut Errors) -> Option<String> {
    let name = lit.value();
    if !name.is_empty() && is_code_token(&name) {
        return Some(name);
    }
    errors.push(error(
        lit.span(),
        "`#[api(catalog)]` must be a non-empty name of `[A-Za-z0-9_]`",
    ));
    None
}

/// `domain = "cp.example.com"`: the gRPC `ErrorInfo.domain`, a non-empty name without
/// spaces or control characters.
pub fn domain(lit: &LitStr, errors: &mut Errors) -> Option<String> {
    let domain = lit.value();
    if !domain.is_empty() && domain.len() <= 253 && domain.chars().all(|c| c.is_ascii_graphic()) {
        return Some(domain);
    }
    errors.push(error(
        lit.span(),
        "`#[api(domain)]` must be a service name such as \"cp.example.com\": 1 to 253 visible ASCII characters, no spaces",
    ));
    None
}

/// `id_field = "correlation_id"`, `status_field = "statusCode"`: a member name.
pub fn member_name(lit: &LitStr, key: &str, errors: &mut Errors) -> Option<String> {
    let name = lit.value();
    if name.is_empty() {
        errors.push(error(
            lit.span(),
            format!("`#[api({key})]` must not be empty"),
        ));
        return None;
    }
    Some(name)
}

/// `deprecated = "use CP_X instead"`: says what to do instead, so it is not empty.
pub fn deprecation(lit: &LitStr, errors: &mut Errors) -> bool {
    let given = !lit.value().trim().is_empty();
    if !given {
        errors.push(error(
            lit.span(),
            "`#[api(deprecated)]` must say what clients should do instead, e.g. \"use CP_X instead\"",
        ));
    }
    given
}

/// `retry_after = "ms"` / `"s"` on a field: whether its unit is milliseconds.
pub fn field_unit(lit: &LitStr, errors: &mut Errors) -> Option<bool> {
    match lit.value().as_str() {
        "ms" => Some(true),
        "s" => Some(false),
        other => {
            errors.push(error(
                lit.span(),
                format!(
                    "`#[api(retry_after = \"{other}\")]` on a field takes the field's unit: \"ms\" or \"s\""
                ),
            ));
            None
        }
    }
}

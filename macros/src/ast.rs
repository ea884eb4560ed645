//! The parsed model of `#[api(...)]`: darling receivers and the value types of keys.
//!
//! Checks that need one key happen here, while parsing (a status outside 400..=599, an
//! unknown fix side); checks across keys and variants live in `valid.rs`.

use darling::util::{Flag, Override, SpannedValue};
use darling::{FromDeriveInput, FromField, FromMeta, FromVariant, ast};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Generics, Ident, Lit, LitStr, Type, Visibility};

/// The container: an enum or a struct.
#[derive(FromDeriveInput)]
#[darling(
    attributes(api),
    supports(enum_any, struct_any),
    forward_attrs(doc, cfg)
)]
pub struct Input {
    pub ident: Ident,
    pub vis: Visibility,
    pub generics: Generics,
    pub data: ast::Data<Variant, Field>,
    pub attrs: Vec<Attribute>,

    pub format: Option<Checked<FormatSpec>>,
    pub rename_all: Option<Checked<RenameAll>>,
    pub prefix: Option<LitStr>,
    pub catalog: Option<LitStr>,
    pub id_field: Option<LitStr>,
    pub status_field: Option<LitStr>,
    pub doc_url: Option<LitStr>,
    #[darling(rename = "crate")]
    pub krate: Option<syn::Path>,
    pub code_enum: Option<Ident>,
    pub display: Flag,

    /// Defaults for variants of an enum; the values themselves on a struct.
    #[darling(flatten)]
    pub keys: VariantKeys,
}

/// Keys a variant (or a struct) takes, and whose `status`, `fix`, `category` and
/// `status_inferred` an enum may set as defaults.
#[derive(FromMeta, Default)]
pub struct VariantKeys {
    pub code: Option<LitStr>,
    pub status: Option<Checked<Status>>,
    pub status_inferred: Flag,
    pub message: Option<LitStr>,
    pub hint: Option<LitStr>,
    pub fix: Option<Checked<FixSpec>>,
    pub category: Option<LitStr>,
    pub retry_after: Option<Checked<RetryAfter>>,
    pub transparent: Flag,
}

#[derive(FromVariant)]
#[darling(attributes(api), forward_attrs(doc, cfg))]
pub struct Variant {
    pub ident: Ident,
    pub fields: ast::Fields<Field>,
    pub attrs: Vec<Attribute>,
    pub doc_url: Option<LitStr>,
    #[darling(flatten)]
    pub keys: VariantKeys,
}

#[derive(FromField)]
#[darling(attributes(api), forward_attrs(source, from))]
pub struct Field {
    pub ident: Option<Ident>,
    pub ty: Type,
    pub attrs: Vec<Attribute>,
    pub expose: Option<SpannedValue<Override<LitStr>>>,
    pub source: Flag,
    /// `#[api(retry_after = "ms")]` / `"s"`: this field's value is the retry delay.
    pub retry_after: Option<LitStr>,
}

impl Field {
    /// `#[api(source)]`, thiserror's `#[source]` / `#[from]`, or a field named `source`.
    pub fn source_span(&self) -> Option<Span> {
        if self.source.is_present() {
            return Some(self.source.span());
        }
        if let Some(attr) = self
            .attrs
            .iter()
            .find(|a| a.path().is_ident("source") || a.path().is_ident("from"))
        {
            return Some(attr.path().span());
        }
        self.ident
            .as_ref()
            .filter(|i| *i == "source")
            .map(Ident::span)
    }
}

/// A key's value that may break the key's own rule (`status = 200`). The error waits for
/// `valid.rs` instead of failing the parse, so that one derive reports it together with
/// every other error, cross-variant checks included.
pub struct Checked<T> {
    value: Result<T, darling::Error>,
    /// The key as written (`status` in `status = 200`).
    key_span: Span,
}

impl<T> Checked<T> {
    /// The value, when it is valid.
    pub fn value(&self) -> Option<&T> {
        self.value.as_ref().ok()
    }

    pub fn error(&self) -> Option<&darling::Error> {
        self.value.as_ref().err()
    }

    pub fn key_span(&self) -> Span {
        self.key_span
    }
}

impl<T: FromMeta> FromMeta for Checked<T> {
    fn from_meta(item: &syn::Meta) -> darling::Result<Self> {
        Ok(Checked {
            value: T::from_meta(item).map_err(|e| e.with_span(item)),
            key_span: item.path().span(),
        })
    }
}

/// `status = 409` or `status = StatusCode::CONFLICT`.
#[derive(Clone, Copy)]
pub struct Status {
    pub code: u16,
}

impl FromMeta for Status {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        let expr = ungroup(expr);
        let code = match expr {
            Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) => match int.base10_parse::<u64>() {
                Ok(n) if (400..=599).contains(&n) => n as u16,
                _ => {
                    return Err(darling::Error::custom(format!(
                        "`#[api(status = {})]` is not an error status: expected an integer in 400..=599",
                        int.base10_digits()
                    ))
                    .with_span(int));
                }
            },
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => {
                return Err(darling::Error::custom(format!(
                    "`#[api(status)]` takes an integer, not a string: write `status = {}`",
                    s.value()
                ))
                .with_span(s));
            }
            Expr::Path(path) => {
                let Some(last) = path.path.segments.last() else {
                    return Err(darling::Error::custom("expected a status").with_span(expr));
                };
                let name = last.ident.to_string();
                match crate::status::by_name(&name) {
                    Some(n) if (400..=599).contains(&n) => n,
                    Some(n) => {
                        return Err(darling::Error::custom(format!(
                            "`StatusCode::{name}` ({n}) is not an error status: expected 400..=599"
                        ))
                        .with_span(last));
                    }
                    None => {
                        return Err(darling::Error::custom(format!(
                            "unknown status constant `{name}`: write the number, e.g. `status = 409`"
                        ))
                        .with_span(last));
                    }
                }
            }
            _ => {
                return Err(darling::Error::custom(
                    "`#[api(status)]` takes an integer in 400..=599 or an `http::StatusCode` constant",
                )
                .with_span(expr));
            }
        };
        Ok(Status { code })
    }
}

/// `retry_after = 5` (seconds).
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

/// Bits of the sides, as `errcat::Fix` numbers them.
pub const FIX_SIDES: [(&str, u8); 4] = [("caller", 1), ("state", 2), ("platform", 4), ("byok", 8)];

/// `fix = "caller"`, `fix = "caller / state"`, or `fix(caller, state)`.
#[derive(Clone, Copy)]
pub struct FixSpec(pub u8);

impl FixSpec {
    fn side(name: &str, span: Span) -> darling::Result<u8> {
        let lower = name.trim().to_ascii_lowercase();
        FIX_SIDES
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(_, bit)| *bit)
            .ok_or_else(|| {
                let names: Vec<&str> = FIX_SIDES.iter().map(|(n, _)| *n).collect();
                darling::Error::custom(format!(
                    "unknown fix side `{}`{}",
                    name.trim(),
                    crate::valid::did_you_mean_or_list(&lower, &names)
                ))
                .with_span(&span)
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
                errors.push(
                    darling::Error::custom(format!(
                        "`#[api(fix = \"{text}\")]` has an empty side: separate sides with `/` or `,`"
                    ))
                    .with_span(s),
                );
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
    Builtin(&'static str),
    Custom(syn::Path),
}

pub const FORMATS: [&str; 4] = ["nested", "flat", "code", "problem"];

impl FromMeta for FormatSpec {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        let expr = ungroup(expr);
        match expr {
            Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => {
                let value = s.value();
                match FORMATS.iter().find(|f| **f == value) {
                    Some(f) => Ok(FormatSpec::Builtin(f)),
                    None => {
                        let suggestion = crate::valid::did_you_mean(&value, &FORMATS);
                        let message = if suggestion.is_empty() {
                            format!(
                                "unknown format `{value}`: expected \"nested\", \"flat\", \"code\", \"problem\" or a path to a type implementing `errcat::Format`"
                            )
                        } else {
                            format!("unknown format `{value}`{suggestion}")
                        };
                        Err(darling::Error::custom(message).with_span(s))
                    }
                }
            }
            Expr::Path(path) => Ok(FormatSpec::Custom(path.path.clone())),
            _ => Err(darling::Error::custom(
                "`#[api(format)]` takes \"nested\", \"flat\", \"code\", \"problem\" or a path to a type implementing `errcat::Format`",
            )
            .with_span(expr)),
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

pub const RENAME_RULES: [&str; 6] = [
    "SCREAMING_SNAKE_CASE",
    "snake_case",
    "camelCase",
    "PascalCase",
    "lowercase",
    "UPPERCASE",
];

impl FromMeta for RenameAll {
    fn from_value(value: &Lit) -> darling::Result<Self> {
        let Lit::Str(s) = value else {
            return Err(darling::Error::custom(
                "`#[api(rename_all)]` takes a string, e.g. `rename_all = \"snake_case\"`",
            )
            .with_span(value));
        };
        let rule = match s.value().as_str() {
            "SCREAMING_SNAKE_CASE" => RenameAll::ScreamingSnake,
            "snake_case" => RenameAll::Snake,
            "camelCase" => RenameAll::Camel,
            "PascalCase" => RenameAll::Pascal,
            "lowercase" => RenameAll::Lower,
            "UPPERCASE" => RenameAll::Upper,
            other => {
                return Err(darling::Error::custom(format!(
                    "unknown `rename_all` rule `{other}`{}",
                    crate::valid::did_you_mean_or_list(other, &RENAME_RULES)
                ))
                .with_span(s));
            }
        };
        Ok(rule)
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

/// The first paragraph of the doc comment, lines joined with spaces.
pub fn doc_paragraph(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        let Expr::Lit(ExprLit {
            lit: Lit::Str(s), ..
        }) = &nv.value
        else {
            continue;
        };
        let value = s.value();
        // A bare `///` is an empty attribute: it still ends the paragraph.
        if value.trim().is_empty() {
            lines.push(String::new());
        }
        for line in value.lines() {
            lines.push(line.trim().to_owned());
        }
    }
    let paragraph: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    (!paragraph.is_empty()).then(|| paragraph.join(" "))
}

/// The `#[cfg(...)]` attributes, copied onto every generated item of a variant.
pub fn cfg_attrs(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("cfg")).collect()
}

/// A value passed through a `macro_rules!` fragment (`$format:literal`) arrives wrapped
/// in an invisible group; look through it.
fn ungroup(expr: &Expr) -> &Expr {
    match expr {
        Expr::Group(group) => ungroup(&group.expr),
        other => other,
    }
}

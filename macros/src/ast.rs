//! The parsed input: darling receivers for the item, its variants and fields, and the
//! keys of each one's `#[api(...)]`, every value checked as it is read (`value.rs`).

use darling::util::SpannedValue;
use darling::{FromDeriveInput, FromField, FromVariant, ast};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Generics, Ident, Lit, LitStr, Type, Visibility};

use crate::attr::Keys;
use crate::diagnostics::{Errors, error};
use crate::symbol::{self, CODE_KEYS, FIELD_KEYS, Symbol, TYPE_KEYS, VARIANT_ONLY_KEYS};
use crate::value::{self, FixSpec, FormatSpec, GrpcSpec, RenameAll, RetryAfter, Status};

/// The item: an enum or a struct.
#[derive(FromDeriveInput)]
#[darling(
    supports(enum_any, struct_any),
    forward_attrs(api, doc, non_exhaustive)
)]
pub struct Input {
    pub ident: Ident,
    pub vis: Visibility,
    pub generics: Generics,
    pub data: ast::Data<Variant, Field>,
    pub attrs: Vec<Attribute>,
}

#[derive(FromVariant)]
#[darling(forward_attrs(api, doc))]
pub struct Variant {
    pub ident: Ident,
    pub fields: ast::Fields<Field>,
    pub attrs: Vec<Attribute>,
}

#[derive(FromField)]
#[darling(forward_attrs(api, source, from))]
pub struct Field {
    pub ident: Option<Ident>,
    pub ty: Type,
    pub attrs: Vec<Attribute>,
}

/// The keys on the enum or struct.
pub struct TypeAttrs {
    pub format: Option<FormatSpec>,
    pub rename_all: Option<RenameAll>,
    pub prefix: String,
    pub catalog: Option<String>,
    pub id_field: Option<String>,
    pub status_field: Option<String>,
    pub doc_url: Option<LitStr>,
    pub krate: Option<syn::Path>,
    pub code_enum: Option<Ident>,
    pub display: bool,
    /// `domain = "cp.example.com"`: the gRPC `ErrorInfo.domain` of every code.
    pub domain: Option<String>,
    /// On an enum, the defaults of its variants; on a struct, its one code.
    pub code: CodeAttrs,
}

/// The keys that describe one code (on a variant, or on a struct).
pub struct CodeAttrs {
    pub keys: Keys,
    pub code: Option<LitStr>,
    pub status: Option<Status>,
    pub status_inferred: Option<Span>,
    pub message: Option<LitStr>,
    pub hint: Option<LitStr>,
    pub fix: Option<FixSpec>,
    pub category: Option<LitStr>,
    pub retry_after: Option<RetryAfter>,
    pub doc_url: Option<LitStr>,
    /// `deprecated = "use CP_X instead"`: the code is on its way out.
    pub deprecated: Option<LitStr>,
    /// `grpc = "failed_precondition"`: the gRPC code instead of the status's mapping.
    pub grpc: Option<GrpcSpec>,
    pub transparent: Option<Span>,
}

/// The keys on a field.
pub struct FieldAttrs {
    /// `expose` (the field's own name) or `expose = "name"`.
    pub expose: Option<SpannedValue<Option<LitStr>>>,
    /// `#[api(source)]`, thiserror's `#[source]` / `#[from]`, or a field named `source`.
    pub source: Option<Span>,
    /// `retry_after = "ms"` / `"s"`: the field is the retry delay, in that unit
    /// (`true` for milliseconds).
    pub retry_after: Option<SpannedValue<bool>>,
    /// `violations` (under the shape's member name) or `violations = "name"`.
    pub violations: Option<SpannedValue<Option<LitStr>>>,
}

impl TypeAttrs {
    pub fn parse(input: &Input, errors: &mut Errors) -> TypeAttrs {
        let known: Vec<Symbol> = [TYPE_KEYS, CODE_KEYS, VARIANT_ONLY_KEYS].concat();
        let keys = Keys::parse(&input.attrs, &known, errors);
        TypeAttrs {
            format: keys.parsed(symbol::FORMAT, errors),
            rename_all: keys.parsed(symbol::RENAME_ALL, errors),
            prefix: keys
                .string(symbol::PREFIX, errors)
                .and_then(|lit| value::prefix(&lit, errors))
                .unwrap_or_default(),
            catalog: keys
                .string(symbol::CATALOG, errors)
                .and_then(|lit| value::catalog_name(&lit, errors)),
            id_field: member_name(&keys, symbol::ID_FIELD, errors),
            status_field: member_name(&keys, symbol::STATUS_FIELD, errors),
            doc_url: keys.string(symbol::DOC_URL, errors),
            krate: keys.path(symbol::CRATE, errors),
            code_enum: keys.ident(symbol::CODE_ENUM, errors),
            display: keys.flag(symbol::DISPLAY, errors).is_some(),
            domain: keys
                .string(symbol::DOMAIN, errors)
                .and_then(|lit| value::domain(&lit, errors)),
            code: CodeAttrs::from_keys(keys, errors),
        }
    }
}

fn member_name(keys: &Keys, key: Symbol, errors: &mut Errors) -> Option<String> {
    let lit = keys.string(key, errors)?;
    value::member_name(&lit, key.name(), errors)
}

impl CodeAttrs {
    /// The keys of a variant; keys of the type as a whole are parsed too, to be reported
    /// as misplaced.
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> CodeAttrs {
        let known: Vec<Symbol> = [CODE_KEYS, VARIANT_ONLY_KEYS, TYPE_KEYS].concat();
        CodeAttrs::from_keys(Keys::parse(attrs, &known, errors), errors)
    }

    fn from_keys(keys: Keys, errors: &mut Errors) -> CodeAttrs {
        CodeAttrs {
            code: keys.string(symbol::CODE, errors),
            status: keys.parsed(symbol::STATUS, errors),
            status_inferred: keys.flag(symbol::STATUS_INFERRED, errors),
            message: keys.string(symbol::MESSAGE, errors),
            hint: keys.string(symbol::HINT, errors),
            fix: keys.parsed(symbol::FIX, errors),
            category: keys.string(symbol::CATEGORY, errors),
            retry_after: keys.parsed(symbol::RETRY_AFTER, errors),
            doc_url: keys.string(symbol::DOC_URL, errors),
            deprecated: keys
                .string(symbol::DEPRECATED, errors)
                .filter(|lit| value::deprecation(lit, errors)),
            grpc: keys.parsed(symbol::GRPC, errors),
            transparent: keys.flag(symbol::TRANSPARENT, errors),
            keys,
        }
    }
}

impl FieldAttrs {
    pub fn parse(field: &Field, errors: &mut Errors) -> FieldAttrs {
        let keys = Keys::parse(&field.attrs, FIELD_KEYS, errors);
        FieldAttrs {
            expose: word_or_name(&keys, symbol::EXPOSE, errors),
            violations: word_or_name(&keys, symbol::VIOLATIONS, errors),
            source: keys
                .flag(symbol::SOURCE, errors)
                .or_else(|| thiserror_source(field)),
            retry_after: keys.string(symbol::RETRY_AFTER, errors).and_then(|lit| {
                let millis = value::field_unit(&lit, errors)?;
                Some(SpannedValue::new(millis, lit.span()))
            }),
        }
    }
}

/// A key given as a word or with a member name (`#[api(expose)]`,
/// `#[api(expose = "name")]`), spanned at the name or the word.
fn word_or_name(
    keys: &Keys,
    key: Symbol,
    errors: &mut Errors,
) -> Option<SpannedValue<Option<LitStr>>> {
    let span = keys.span(key)?;
    if keys.is_word(key) {
        return Some(SpannedValue::new(None, span));
    }
    let lit = keys.string(key, errors)?;
    if lit.value().is_empty() {
        errors.push(error(
            lit.span(),
            format!("`#[api({key})]` name must not be empty"),
        ));
        return None;
    }
    let at = lit.span();
    Some(SpannedValue::new(Some(lit), at))
}

/// thiserror's `#[source]` / `#[from]`, or a field named `source`, as thiserror reads them.
fn thiserror_source(field: &Field) -> Option<Span> {
    if let Some(attr) = field
        .attrs
        .iter()
        .find(|a| a.path().is_ident("source") || a.path().is_ident("from"))
    {
        return Some(attr.path().span());
    }
    field
        .ident
        .as_ref()
        .filter(|i| *i == "source")
        .map(Ident::span)
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

//! The checked model the expansion is generated from: every value valid, every rule kept.

use darling::ast::{Fields, Style};
use errcat_core::shape::Shape;
use proc_macro2::Span;
use syn::Ident;

use crate::ast::{Field, Input};
use crate::json_type::JsonType;
use crate::template::{ArgName, Template};

pub struct Model<'a> {
    pub input: &'a Input,
    /// Where generated code finds errcat (`crate = ...`, default `::errcat`).
    pub krate: syn::Path,
    pub is_enum: bool,
    pub catalog_name: String,
    pub description: Option<String>,
    pub format: Format,
    pub id_field: String,
    pub status_field: Option<String>,
    /// `ErrorInfo.domain` over gRPC; `None`: the crate's package name.
    pub domain: Option<String>,
    pub display: bool,
    pub variants: Vec<VariantModel<'a>>,
    /// The generated code enum of a type with fields; `None` for a fieldless type, which
    /// is its own code type.
    pub code_enum: Option<Ident>,
}

pub enum Format {
    Builtin(Shape),
    Custom(syn::Path),
}

pub struct VariantModel<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields<Field>,
    pub kind: Kind,
    /// Position of the source field.
    pub source: Option<usize>,
}

pub enum Kind {
    /// Forwards everything to field 0. `nested`: the field's type names no generic
    /// parameter, so its codes nest in this type's code type.
    Transparent {
        nested: bool,
    },
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
    /// `deprecated = "..."`: what clients should do instead.
    pub deprecated: Option<String>,
    /// `grpc = "..."`, its own or the enum's default: the gRPC code instead of the
    /// status's mapping.
    pub grpc: Option<errcat_core::GrpcCode>,
    pub exposed: Vec<Exposed>,
    /// The field that gives the retry delay, and whether its unit is milliseconds.
    pub retry_field: Option<(usize, bool)>,
    /// The field that holds the violations (`#[api(violations)]`).
    pub violations: Option<ViolationsField>,
}

/// The field whose `Violations` go into the envelope.
pub struct ViolationsField {
    /// Its position among the variant's fields.
    pub index: usize,
    /// The member name it gives (`violations = "details"`); the shape's by default.
    pub name: Option<String>,
    /// Where `violations` names it.
    pub span: Span,
}

/// A field written into the envelope.
pub struct Exposed {
    /// Its position among the variant's fields.
    pub index: usize,
    /// Its member name.
    pub name: String,
    /// Where `expose` names it.
    pub span: Span,
    /// What JSON it writes.
    pub ty: JsonType,
}

pub enum Message {
    Template(Template),
    /// From the doc comment: static text, braces and all.
    Doc(String),
}

impl Message {
    pub fn template(&self) -> Option<&Template> {
        match self {
            Message::Template(t) => Some(t),
            Message::Doc(_) => None,
        }
    }

    /// The message's text and whether it is a template over the fields.
    pub fn text(&self) -> (String, bool) {
        match self {
            Message::Template(t) => match &t.static_text {
                Some(text) => (text.clone(), false),
                None => (t.lit.value(), true),
            },
            Message::Doc(text) => (text.clone(), false),
        }
    }
}

impl VariantModel<'_> {
    pub fn code(&self) -> Option<&Code> {
        match &self.kind {
            Kind::Code(code) => Some(code),
            Kind::Transparent { .. } => None,
        }
    }

    pub fn is_transparent(&self) -> bool {
        matches!(self.kind, Kind::Transparent { .. })
    }

    /// Whether the variant forwards a type whose codes nest in this type's code type.
    pub fn is_nested(&self) -> bool {
        matches!(self.kind, Kind::Transparent { nested: true })
    }

    pub fn field(&self, index: usize) -> Option<&Field> {
        self.fields.fields.get(index)
    }

    /// The position of the field a placeholder names.
    pub fn position_of(&self, name: &ArgName) -> Option<usize> {
        match name {
            ArgName::Index(i) => {
                (self.fields.style == Style::Tuple && *i < self.fields.len()).then_some(*i)
            }
            ArgName::Named(n) => self.fields.iter().position(|f| {
                f.ident
                    .as_ref()
                    .is_some_and(|i| syn::ext::IdentExt::unraw(i) == n)
            }),
        }
    }
}

impl Model<'_> {
    /// Whether the type is `#[non_exhaustive]`: its code enum is too, so that a new code
    /// is no breaking change for code that matches on either.
    pub fn non_exhaustive(&self) -> bool {
        self.input
            .attrs
            .iter()
            .any(|a| a.path().is_ident("non_exhaustive"))
    }

    /// The variants that are codes of this type (not forwarded), in declaration order.
    pub fn codes(&self) -> impl Iterator<Item = (&VariantModel<'_>, &Code)> {
        self.variants.iter().filter_map(|v| Some((v, v.code()?)))
    }

    pub fn has_transparent(&self) -> bool {
        self.variants.iter().any(VariantModel::is_transparent)
    }

    /// Whether every value has a code of this type's code type: no variant forwards a
    /// generic type, whose codes cannot nest.
    pub fn codes_are_total(&self) -> bool {
        self.variants
            .iter()
            .all(|v| !v.is_transparent() || v.is_nested())
    }

    /// The variants whose codes nest in the code type.
    pub fn nested(&self) -> impl Iterator<Item = &VariantModel<'_>> {
        self.variants.iter().filter(|v| v.is_nested())
    }
}

/// A field's name as written in templates: its identifier, or its position.
pub fn field_name(field: &Field, index: usize) -> String {
    field.ident.as_ref().map_or_else(
        || index.to_string(),
        |i| syn::ext::IdentExt::unraw(i).to_string(),
    )
}

/// Whether `ty` names one of the type parameters or lifetimes of `generics`.
pub fn uses_generics(ty: &syn::Type, generics: &syn::Generics) -> bool {
    let params: Vec<String> = generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Type(t) => t.ident.to_string(),
            syn::GenericParam::Lifetime(l) => l.lifetime.ident.to_string(),
            syn::GenericParam::Const(c) => c.ident.to_string(),
        })
        .collect();
    mentions(quote::quote!(#ty), &params)
}

/// Whether `tokens` hold one of `names` as an identifier (a lifetime's too).
pub fn mentions(tokens: proc_macro2::TokenStream, names: &[String]) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => names.iter().any(|n| i == n),
        proc_macro2::TokenTree::Group(g) => mentions(g.stream(), names),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_uses_the_generics_it_names_anywhere() {
        let generics: syn::Generics = syn::parse_quote!(<'a, T: Clone, const N: usize>);
        let uses = |ty: syn::Type| uses_generics(&ty, &generics);
        assert!(uses(syn::parse_quote!(T)));
        assert!(uses(syn::parse_quote!(Vec<[T; 2]>)));
        assert!(uses(syn::parse_quote!(&'a str)));
        assert!(uses(syn::parse_quote!([u8; N])));
        assert!(!uses(syn::parse_quote!(Vec<u8>)));
        assert!(!uses(syn::parse_quote!(Tee)));
        assert!(!uses(syn::parse_quote!(&'static str)));
    }
}

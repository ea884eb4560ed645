//! The static catalog: one [`Entry`] per code, in declaration order, and the index of
//! codes behind `FromStr`.
//!
//! Everything a variant means statically lives in its entry; the generated methods map a
//! value to its entry's position with one `match` and read the rest from the table.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::Expand;
use super::arm::Arm;
use crate::model::{Code, Format};

impl Expand<'_> {
    /// `static __CATALOG`, `__CODES` and `__INDEX`.
    pub fn catalog(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let m = self.m;
        let name = &m.catalog_name;
        let enum_name = self.ident.to_string();
        let description = opt_str(m.description.as_deref());
        let format = match &m.format {
            Format::Builtin(shape) => {
                let variant = format_ident!("{}", format!("{shape:?}"));
                quote!(#p::Shape::#variant)
            }
            Format::Custom(path) => quote_spanned!(path.span()=> #path),
        };
        let id_field = &m.id_field;
        let status_field = opt_str(m.status_field.as_deref());
        let domain = self.domain();
        let entries = codes(arms).map(|(arm, code)| self.entry(arm, code));
        let forwarded = m.nested().map(|v| {
            let ty = v.field(0).map(|f| &f.ty);
            let span = ty.map_or_else(proc_macro2::Span::call_site, |ty| ty.span());
            quote_spanned!(span=> <#ty as #p::ApiError>::catalog)
        });
        let forwards = arms.iter().filter(|a| a.v.is_transparent()).map(|arm| {
            let name = arm.v.ident.to_string();
            quote!(#name)
        });
        let code_strs = codes(arms).map(|(_, code)| &code.code);
        let size = (codes(arms).count() * 2).next_power_of_two().max(2);
        quote! {
            // Short names for what every entry repeats.
            use ::core::option::Option::{None as __None, Some as __Some};
            use #p::{Entry as __Entry, Fix as __Fix, status as __status};
            static __CATALOG: #p::Catalog = #p::Catalog {
                name: #name,
                enum_name: #enum_name,
                description: #description,
                format: &#format,
                id_field: #id_field,
                status_field: #status_field,
                domain: #domain,
                entries: &[#(#entries),*],
                forwards: &[#(#forwards),*],
                forwarded: &[#(#forwarded),*],
                rendered: #p::Rendered::new(),
            };
            const __CODES: &[&str] = &[#(#code_strs),*];
            static __INDEX: #p::CodeIndex<#size> = #p::CodeIndex::new(__CODES);
        }
    }

    /// `#[api(domain = "...")]`, else the declaring package's name.
    fn domain(&self) -> TokenStream {
        match &self.m.domain {
            Some(domain) => quote!(#domain),
            None => quote!(::core::env!("CARGO_PKG_NAME")),
        }
    }

    /// One code's entry.
    fn entry(&self, arm: &Arm<'_>, code: &Code) -> TokenStream {
        let p = &self.p;
        let variant = arm.v.ident.to_string();
        let code_str = &code.code;
        let status = code.status;
        let documented = code.status_documented;
        let fix = code.fix;
        let category = opt_str(code.category.as_deref());
        let (message, message_is_template) = code.message.text();
        let (hint, hint_is_template) = match &code.hint {
            Some(t) => match &t.static_text {
                Some(text) => (opt_str(Some(text)), false),
                None => (opt_str(Some(&t.lit.value())), true),
            },
            None => (opt_str(None), false),
        };
        let description = opt_str(code.description.as_deref());
        let retry_after = match code.retry_after {
            Some(n) => quote!(__Some(#n)),
            None => quote!(__None),
        };
        let doc_url = opt_str(code.doc_url.as_deref());
        let deprecated = opt_str(code.deprecated.as_deref());
        let retry_field = match code.retry_field {
            Some((i, millis)) => {
                let exposed = code
                    .exposed
                    .iter()
                    .find(|e| e.index == i)
                    .map(|e| e.name.clone());
                let name = exposed.unwrap_or_else(|| {
                    arm.v
                        .field(i)
                        .map_or_else(|| i.to_string(), |f| crate::model::field_name(f, i))
                });
                quote!(__Some((#name, #millis)))
            }
            None => quote!(__None),
        };
        let violations = match &code.violations {
            Some(field) => {
                let name = opt_str(field.name.as_deref());
                quote!(__Some(#name))
            }
            None => quote!(__None),
        };
        let grpc = match code.grpc {
            Some(g) => {
                let variant = format_ident!("{}", format!("{g:?}"));
                quote!(__Some(#p::GrpcCode::#variant))
            }
            None => quote!(__None),
        };
        let domain = self.domain();
        let fields = arm
            .v
            .fields
            .fields
            .iter()
            .filter_map(|f| f.ident.as_ref())
            .map(|i| syn::ext::IdentExt::unraw(i).to_string());
        let named = |t: Option<&crate::template::Template>| -> Vec<String> {
            t.map(|t| {
                t.args
                    .iter()
                    .filter_map(|a| match &a.name {
                        crate::template::ArgName::Named(n) => Some(n.clone()),
                        crate::template::ArgName::Index(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
        };
        let message_args = named(code.message.template());
        let hint_args = named(code.hint.as_ref());
        let exposed = code.exposed.iter().map(|e| &e.name);
        let exposed_types = code.exposed.iter().map(|e| e.ty.tokens(&self.p));
        quote! {
            __Entry {
                variant: #variant,
                code: #code_str,
                status: __status(#status),
                status_documented: #documented,
                fix: __Fix::from_bits(#fix),
                category: #category,
                message: #message,
                hint: #hint,
                description: #description,
                retry_after: #retry_after,
                retry_field: #retry_field,
                doc_url: #doc_url,
                deprecated: #deprecated,
                grpc: #grpc,
                domain: #domain,
                fields: &[#(#fields),*],
                message_args: &[#(#message_args),*],
                hint_args: &[#(#hint_args),*],
                exposed: &[#(#exposed),*],
                exposed_types: &[#(#exposed_types),*],
                violations: #violations,
                message_is_template: #message_is_template,
                hint_is_template: #hint_is_template,
            }
        }
    }

    /// The position of each code variant's entry in the catalog, in declaration order.
    pub fn positions(&self, arms: &[Arm<'_>]) -> Vec<TokenStream> {
        (0..codes(arms).count()).map(|i| quote!(#i)).collect()
    }
}

/// The arms that are codes of the type itself (not forwarded), with their code.
pub fn codes<'x, 'a>(arms: &'x [Arm<'a>]) -> impl Iterator<Item = (&'x Arm<'a>, &'x Code)> {
    arms.iter().filter_map(|arm| Some((arm, arm.v.code()?)))
}

/// An optional text, under the names `catalog` imports for `Option`'s variants.
fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(__Some(#s)),
        None => quote!(__None),
    }
}

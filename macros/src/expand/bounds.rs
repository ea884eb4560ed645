//! The where clause of generated impls: the type's own, plus a bound for each type
//! parameter a field uses in a way that needs a trait.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::Expand;
use crate::model::Kind;

impl Expand<'_> {
    /// `where` with the type's predicates and, for fields whose type mentions a type
    /// parameter: `ApiError` for a forwarded error, the formatting trait a template
    /// uses, `Serialize` for an exposed field, `Error` for a source. Each bound sits at
    /// the field's type, so an unmet one underlines the field.
    pub fn where_clause(&self) -> TokenStream {
        let p = &self.p;
        let generics = &self.m.input.generics;
        let params: Vec<&Ident> = generics.type_params().map(|t| &t.ident).collect();
        let mut predicates: Vec<TokenStream> = generics
            .where_clause
            .iter()
            .flat_map(|w| w.predicates.iter().map(|p| quote!(#p)))
            .collect();
        let mut bound = |ty: &Type, bound: TokenStream| {
            if uses_params(ty, &params) {
                predicates.push(quote_spanned!(ty.span()=> #ty: #bound));
            }
        };
        for v in self.m.variants.iter().filter(|_| !params.is_empty()) {
            let field_ty = |i: usize| v.field(i).map(|f| &f.ty);
            match &v.kind {
                Kind::Transparent { .. } => {
                    if let Some(ty) = field_ty(0) {
                        bound(ty, quote!(#p::ApiError));
                    }
                }
                Kind::Code(code) => {
                    for t in [code.message.template(), code.hint.as_ref()]
                        .into_iter()
                        .flatten()
                    {
                        for arg in &t.args {
                            let Some(ty) = v.position_of(&arg.name).and_then(field_ty) else {
                                continue;
                            };
                            for tr in &arg.traits {
                                let tr = format_ident!("{}", tr);
                                bound(ty, quote!(#p::core::fmt::#tr));
                            }
                        }
                    }
                    for exposed in &code.exposed {
                        if let Some(ty) = field_ty(exposed.index) {
                            bound(ty, quote!(#p::serde::Serialize));
                        }
                    }
                }
            }
            if let Some(ty) = v.source.and_then(field_ty) {
                bound(ty, quote!(#p::AsDynError<'static>));
            }
        }
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }
}

fn uses_params(ty: &Type, params: &[&Ident]) -> bool {
    fn walk(tokens: TokenStream, params: &[&Ident]) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(i) => params.iter().any(|p| **p == i),
            proc_macro2::TokenTree::Group(g) => walk(g.stream(), params),
            _ => false,
        })
    }
    walk(quote!(#ty), params)
}

//! What a code enum gets from the codes it nests (`#[api(transparent)]` variants): the
//! standard traits, as far as the nested code types have them, and `kind()`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Expand;
use super::arm::Arm;
use super::catalog::codes;

/// `<Field as HasCode>::Code`, at the field type's span: a type that cannot nest is
/// reported at the field.
pub fn nested_code(p: &TokenStream, ty: Option<&syn::Type>) -> TokenStream {
    match ty {
        Some(ty) => quote_spanned!(ty.span()=> <#ty as #p::HasCode>::Code),
        None => quote!(()),
    }
}

impl Expand<'_> {
    /// With nested codes: `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash` and `Debug`, each
    /// holding when the nested code types have the trait (higher-ranked bounds, so that
    /// a nested type without it only leaves the trait out, as a derive would not).
    pub fn nested_impls(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        if self.m.nested().next().is_none() {
            return quote!();
        }
        let bounds = |tr: TokenStream| {
            let predicates = self.m.nested().map(|v| {
                let code = nested_code(p, v.field(0).map(|f| &f.ty));
                quote!(for<'__errcat> #code: #tr)
            });
            quote!(where #(#predicates,)*)
        };
        let own = || codes(arms).map(|(arm, _)| arm.v.ident).collect::<Vec<_>>();
        let nested: Vec<&Ident> = self.m.nested().map(|v| v.ident).collect();
        let clone_arms =
            own()
                .into_iter()
                .map(|v| quote!(#name::#v => #name::#v,))
                .chain(nested.iter().map(
                    |v| quote!(#name::#v(__c) => #name::#v(::core::clone::Clone::clone(__c)),),
                ));
        let eq_arms = own()
            .into_iter()
            .map(|v| quote!((#name::#v, #name::#v) => true,))
            .chain(
                nested
                    .iter()
                    .map(|v| quote!((#name::#v(__a), #name::#v(__b)) => __a == __b,)),
            );
        let hash_arms = nested
            .iter()
            .map(|v| quote!(#name::#v(__c) => ::core::hash::Hash::hash(__c, __state),));
        let debug_arms = own()
            .into_iter()
            .map(|v| {
                let text = v.to_string();
                quote!(#name::#v => __f.write_str(#text),)
            })
            .chain(nested.iter().map(|v| {
                let text = v.to_string();
                quote!(#name::#v(__c) => __f.debug_tuple(#text).field(__c).finish(),)
            }));
        let (clone, copy, eq, hash, debug) = (
            bounds(quote!(::core::clone::Clone)),
            bounds(quote!(::core::marker::Copy)),
            bounds(quote!(::core::cmp::Eq)),
            bounds(quote!(::core::hash::Hash)),
            bounds(quote!(::core::fmt::Debug)),
        );
        let partial_eq = bounds(quote!(::core::cmp::PartialEq));
        quote! {
            #[automatically_derived]
            impl ::core::clone::Clone for #name #clone {
                fn clone(&self) -> Self {
                    match self { #(#clone_arms)* }
                }
            }
            #[automatically_derived]
            impl ::core::marker::Copy for #name #copy {}
            #[automatically_derived]
            impl ::core::cmp::PartialEq for #name #partial_eq {
                fn eq(&self, __other: &Self) -> bool {
                    #[allow(unreachable_patterns)]
                    match (self, __other) {
                        #(#eq_arms)*
                        _ => false,
                    }
                }
            }
            #[automatically_derived]
            impl ::core::cmp::Eq for #name #eq {}
            #[automatically_derived]
            impl ::core::hash::Hash for #name #hash {
                fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                    ::core::hash::Hash::hash(&::core::mem::discriminant(self), __state);
                    #[allow(unreachable_patterns)]
                    match self {
                        #(#hash_arms)*
                        _ => {}
                    }
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for #name #debug {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self { #(#debug_arms)* }
                }
            }
        }
    }

    /// `kind()`: the code of a value; `Option` when some variant forwards a generic type,
    /// whose codes cannot nest. With codes for every value, the type nests in turn.
    pub fn kind(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let vis = &self.m.input.vis;
        let total = self.m.codes_are_total();
        let some = |value: TokenStream| {
            if total {
                value
            } else {
                quote!(::core::option::Option::Some(#value))
            }
        };
        let forwarded = arms.iter().filter(|a| a.v.is_transparent()).map(|arm| {
            let nested = arm.v.is_nested();
            arm.forward(|b| {
                if nested {
                    let v = arm.v.ident;
                    let ty = arm.v.field(0).map(|f| &f.ty);
                    let span = ty.map_or_else(proc_macro2::Span::call_site, |ty| ty.span());
                    let value = quote_spanned!(span=> <#ty as #p::HasCode>::code_value(#b));
                    some(quote!(#name::#v(#value)))
                } else {
                    quote!(::core::option::Option::None)
                }
            })
        });
        let own = some(quote! {
            match __own_code(#p::position(&__CATALOG, #p::ApiError::entry(self))) {
                ::core::option::Option::Some(__code) => __code,
                ::core::option::Option::None => ::core::unreachable!("an own variant has an own code"),
            }
        });
        let (kind_ty, doc) = if total {
            (quote!(#name), "The code of this value, without its data.")
        } else {
            (
                quote!(::core::option::Option<#name>),
                "The code of this value; `None` for a `#[api(transparent)]` variant over a generic type, whose codes are not known here.",
            )
        };
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();
        let has_code = total.then(|| {
            quote! {
                #[automatically_derived]
                impl #impl_generics #p::HasCode for #ident #ty_generics #where_clause {
                    type Code = #name;
                    fn code_value(&self) -> #name {
                        self.kind()
                    }
                }
            }
        });
        quote! {
            impl #impl_generics #ident #ty_generics #where_clause {
                #[doc = #doc]
                #vis fn kind(&self) -> #kind_ty {
                    #[allow(unreachable_patterns)]
                    match self {
                        #(#forwarded)*
                        _ => #own,
                    }
                }
            }
            #has_code
        }
    }
}

//! Codes back to types: `ErrorCode`, `FromStr`, `Serialize` and `Deserialize` by code,
//! on a fieldless type itself, or on the `<Name>Code` enum generated beside a type with
//! fields (with `kind()`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Expand;
use super::arm::Arm;
use super::catalog::codes;

impl Expand<'_> {
    /// The code enum's definition, outside the `const _` block so that users can name it
    /// (empty for a fieldless type), and the impls, inside it.
    pub fn code_type(&self, arms: &[Arm<'_>]) -> (TokenStream, TokenStream) {
        match &self.m.code_enum {
            None => (quote!(), self.fieldless_code_impls(arms)),
            Some(name) => (self.code_enum(arms, name), self.code_enum_impls(arms, name)),
        }
    }

    /// A fieldless type is its own code type: position in the catalog → value, by a
    /// `match` the compiler turns into a table (the type need not be `Copy`).
    fn fieldless_code_impls(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let (consts, positions) = self.positions(arms);
        let values = codes(arms).zip(positions).map(|((arm, _), position)| {
            let cfg = &arm.cfg;
            let v = arm.v.ident;
            let value = if self.m.is_enum {
                quote!(#ident::#v)
            } else {
                quote!(#ident)
            };
            quote!(#cfg #position => ::core::option::Option::Some(#value),)
        });
        let value_at = quote! {
            #consts
            #[allow(unreachable_patterns)]
            match __i {
                #(#values)*
                _ => ::core::option::Option::None,
            }
        };
        self.code_impls(&quote!(#ident), value_at, quote!(#p::ApiError::code(self)))
    }

    fn code_enum(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let vis = &self.m.input.vis;
        let variants = codes(arms).map(|(arm, code)| {
            let cfg = &arm.cfg;
            let v = arm.v.ident;
            let doc = format!("`{}`", code.code);
            quote!(#[doc = #doc] #cfg #v)
        });
        let doc = format!(
            "The codes of [`{}`], one per variant, without their data.",
            self.ident
        );
        quote! {
            #[doc = #doc]
            #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #vis enum #name {
                #(#variants,)*
            }
        }
    }

    fn code_enum_impls(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let vis = &self.m.input.vis;
        let values = codes(arms).map(|(arm, _)| {
            let cfg = &arm.cfg;
            let v = arm.v.ident;
            quote!(#cfg #name::#v)
        });
        let names = codes(arms).map(|(arm, _)| {
            let cfg = &arm.cfg;
            let v = arm.v.ident.to_string();
            quote!(#cfg #v)
        });
        let (kind_ty, kind, kind_doc) = if self.m.has_transparent() {
            (
                quote!(::core::option::Option<#name>),
                quote!(#p::code_of(__VALUES, &__CATALOG, #p::ApiError::entry(self))),
                "The code of this value; `None` for a `#[api(transparent)]` variant, whose code belongs to the wrapped type.",
            )
        } else {
            (
                quote!(#name),
                quote!(#p::own_code_of(__VALUES, &__CATALOG, #p::ApiError::entry(self))),
                "The code of this value, without its data.",
            )
        };
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();
        let impls = self.code_impls(
            &quote!(#name),
            quote!(__VALUES.get(__i).copied()),
            quote!(self.as_str()),
        );
        quote! {
            const __VALUES: &[#name] = &[#(#values),*];
            #impls

            #[automatically_derived]
            impl #name {
                /// The code as a string.
                #vis fn as_str(self) -> &'static str {
                    // Variants are declared in catalog order without explicit
                    // discriminants, and `#[cfg]` removes the same ones from both: the
                    // discriminant is the position in `__CODES`.
                    __CODES.get(self as usize).copied().unwrap_or_default()
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    const __NAMES: &[&str] = &[#(#names),*];
                    __f.write_str(__NAMES.get(*self as usize).copied().unwrap_or_default())
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.write_str(self.as_str())
                }
            }
            impl #impl_generics #ident #ty_generics #where_clause {
                #[doc = #kind_doc]
                #vis fn kind(&self) -> #kind_ty {
                    #kind
                }
            }
        }
    }

    /// `ErrorCode`, `FromStr`, `Serialize`, `Deserialize` for `target`; `value_at` turns
    /// the position `__i` of a code into `Option<Self>`.
    fn code_impls(
        &self,
        target: &TokenStream,
        value_at: TokenStream,
        as_code: TokenStream,
    ) -> TokenStream {
        let p = &self.p;
        quote! {
            #[automatically_derived]
            impl #p::ErrorCode for #target {
                #[inline]
                fn from_code(__code: &str) -> ::core::option::Option<Self> {
                    let __i = __INDEX.get(__CODES, __code)?;
                    #value_at
                }
                #[inline]
                fn as_code(&self) -> &'static str {
                    #as_code
                }
                fn code_catalog() -> &'static #p::Catalog {
                    &__CATALOG
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #target {
                type Err = #p::UnknownCode;
                fn from_str(__s: &str) -> ::core::result::Result<Self, #p::UnknownCode> {
                    #p::parse_code(__s)
                }
            }

            #[automatically_derived]
            impl #p::serde::Serialize for #target {
                fn serialize<__S: #p::serde::Serializer>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    __s.serialize_str(#p::ErrorCode::as_code(self))
                }
            }

            #[automatically_derived]
            impl<'de> #p::serde::Deserialize<'de> for #target {
                fn deserialize<__D: #p::serde::Deserializer<'de>>(__d: __D) -> ::core::result::Result<Self, __D::Error> {
                    #p::deserialize_code(__d)
                }
            }
        }
    }
}

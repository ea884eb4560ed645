//! Codes back to types: `ErrorCode`, `FromStr`, `Serialize` and `Deserialize` by code,
//! on a fieldless type itself, or on the `<Name>Code` enum generated beside a type with
//! fields (with `kind()`). A forwarded type's codes nest in the code enum
//! (`ServiceErrorCode::ControlPlane(ControlPlaneErrorCode::ProjectNotFound)`), so that
//! one code type reads a service's whole contract.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Expand;
use super::arm::Arm;
use super::catalog::codes;
use super::nested::nested_code;

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
    /// `match` the compiler turns into a table (the type need not be `Copy`). It nests in
    /// a forwarding type's code enum when it is `Copy + Eq + Hash + Debug`.
    fn fieldless_code_impls(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let positions = self.positions(arms);
        let values = codes(arms).zip(positions).map(|((arm, _), position)| {
            let v = arm.v.ident;
            let value = if self.m.is_enum {
                quote!(#ident::#v)
            } else {
                quote!(#ident)
            };
            quote!(#position => ::core::option::Option::Some(#value),)
        });
        let value_at = quote! {
            #[allow(unreachable_patterns)]
            match __i {
                #(#values)*
                _ => ::core::option::Option::None,
            }
        };
        let impls = self.code_impls(&quote!(#ident), value_at, quote!(#p::ApiError::code(self)));
        // A generic fieldless type would have unused parameters: only plain types nest.
        let has_code = self.m.input.generics.params.is_empty().then(|| {
            quote! {
                #[automatically_derived]
                impl #p::HasCode for #ident {
                    type Code = #ident;
                    fn code_value(&self) -> #ident {
                        #p::own_value(self)
                    }
                }
            }
        });
        quote!(#impls #has_code)
    }

    fn code_enum(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        let vis = &self.m.input.vis;
        let variants = codes(arms).map(|(arm, code)| {
            let v = arm.v.ident;
            let doc = format!("`{}`", code.code);
            quote!(#[doc = #doc] #v)
        });
        let nested = self.m.nested().map(|v| {
            let ident = v.ident;
            let ty = v.field(0).map(|f| &f.ty);
            let doc = format!("The codes forwarded by `{ident}`.");
            let code = nested_code(p, ty);
            quote!(#[doc = #doc] #ident(#code))
        });
        // With nested codes, the impls are written out (`nested_impls`): each holds when
        // the nested code types have the trait.
        let derives = self.m.nested().next().is_none().then(|| {
            quote! {
                #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            }
        });
        let doc = format!(
            "The codes of [`{}`], one per variant, without their data.",
            self.ident
        );
        let non_exhaustive = self.m.non_exhaustive().then(|| quote!(#[non_exhaustive]));
        quote! {
            #[doc = #doc]
            #derives
            #non_exhaustive
            #vis enum #name {
                #(#variants,)*
                #(#nested,)*
            }
        }
    }

    fn code_enum_impls(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        let nested_lookups = self.m.nested().map(|v| {
            let ident = v.ident;
            let code = nested_code(p, v.field(0).map(|f| &f.ty));
            quote! {
                if let ::core::option::Option::Some(__c) = <#code as #p::ErrorCode>::from_code(__code) {
                    return ::core::option::Option::Some(#name::#ident(__c));
                }
            }
        });
        let from_code = quote! {
            if let ::core::option::Option::Some(__i) = __INDEX.get(__CODES, __code) {
                return __own_code(__i);
            }
            #(#nested_lookups)*
            ::core::option::Option::None
        };
        let own_code = self.own_code(arms, name);
        let impls =
            self.code_impls_without_index(&quote!(#name), from_code, quote!(__as_code(self)));
        let tables = self.code_enum_tables(arms, name);
        let nested_impls = self.nested_impls(arms, name);
        let kind = self.kind(arms, name);
        quote! {
            #own_code
            #impls
            #tables
            #nested_impls
            #kind
        }
    }

    /// `fn __own_code(position) -> Option<Code>`: the code enum's value of an own code,
    /// from a table (a code enum without nested codes is `Copy`) or a `match`.
    fn own_code(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        if self.m.nested().next().is_none() {
            let values = codes(arms).map(|(arm, _)| {
                let v = arm.v.ident;
                quote!(#name::#v)
            });
            return quote! {
                const __VALUES: &[#name] = &[#(#values),*];
                fn __own_code(__i: usize) -> ::core::option::Option<#name> {
                    __VALUES.get(__i).copied()
                }
            };
        }
        let positions = self.positions(arms);
        let values = codes(arms).zip(positions).map(|((arm, _), position)| {
            let v = arm.v.ident;
            quote!(#position => ::core::option::Option::Some(#name::#v),)
        });
        quote! {
            fn __own_code(__i: usize) -> ::core::option::Option<#name> {
                #[allow(unreachable_patterns)]
                match __i {
                    #(#values)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }

    /// `as_str`, `Debug` and `Display` of the code enum. Own codes are read from tables:
    /// variants are declared in catalog order without explicit discriminants, so a
    /// fieldless code enum's discriminant is the position in `__CODES`. With nested codes, a `match` finds the position.
    fn code_enum_tables(&self, arms: &[Arm<'_>], name: &Ident) -> TokenStream {
        let p = &self.p;
        let vis = &self.m.input.vis;
        let names = codes(arms).map(|(arm, _)| {
            let v = arm.v.ident.to_string();
            quote!(#v)
        });
        let has_nested = self.m.nested().next().is_some();
        let has_own = codes(arms).next().is_some();
        let body = if !has_own {
            // Only nested codes (every variant transparent): no table of its own.
            let nested = self.m.nested().map(|v| {
                let ident = v.ident;
                quote!(#name::#ident(__c) => #p::ErrorCode::as_code(__c),)
            });
            quote!(match __code { #(#nested)* })
        } else {
            let index = if has_nested {
                let positions = self.positions(arms);
                let own = codes(arms).zip(positions).map(|((arm, _), position)| {
                    let v = arm.v.ident;
                    quote!(#name::#v => #position,)
                });
                let nested = self.m.nested().map(|v| {
                    let ident = v.ident;
                    quote!(#name::#ident(__c) => return #p::ErrorCode::as_code(__c),)
                });
                quote!(match __code { #(#own)* #(#nested)* })
            } else {
                quote!(*__code as usize)
            };
            quote! {
                let __i = { #index };
                __CODES.get(__i).copied().unwrap_or_default()
            }
        };
        let debug = (!has_nested).then(|| {
            quote! {
                #[automatically_derived]
                impl ::core::fmt::Debug for #name {
                    fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        const __NAMES: &[&str] = &[#(#names),*];
                        __f.write_str(__NAMES.get(*self as usize).copied().unwrap_or_default())
                    }
                }
            }
        });
        quote! {
            fn __as_code(__code: &#name) -> &'static str {
                #body
            }
            impl #name {
                /// The code as a string.
                // Unused in a private module, it is still no warning of the user's: the
                // derive wrote it (rustc says so when the derive runs in a `macro_rules!`).
                #[allow(dead_code)]
                #vis fn as_str(self) -> &'static str {
                    __as_code(&self)
                }
            }
            #debug
            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.write_str(__as_code(self))
                }
            }
        }
    }

    /// `ErrorCode`, `FromStr`, `Serialize`, `Deserialize` for `target`; `value_at` turns
    /// the position `__i` of a code in `__CODES` into `Option<Self>`.
    fn code_impls(
        &self,
        target: &TokenStream,
        value_at: TokenStream,
        as_code: TokenStream,
    ) -> TokenStream {
        let from_code = quote! {
            let __i = __INDEX.get(__CODES, __code)?;
            #value_at
        };
        self.code_impls_without_index(target, from_code, as_code)
    }

    /// [`code_impls`](Self::code_impls) with `from_code`'s body given whole (it reads
    /// `__code`).
    fn code_impls_without_index(
        &self,
        target: &TokenStream,
        from_code: TokenStream,
        as_code: TokenStream,
    ) -> TokenStream {
        let p = &self.p;
        quote! {
            #[automatically_derived]
            impl #p::ErrorCode for #target {
                #[inline]
                fn from_code(__code: &str) -> ::core::option::Option<Self> {
                    #from_code
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

//! What a derive with errors emits: the errors, next to impls whose methods are
//! unreachable, so that the user's other uses of the type (its trait methods, its code
//! type, `kind()`) compile and only the derive's own errors show (as thiserror's
//! `invalid-input-impl-anyway` case does).

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::model::Model;

pub fn expand(
    input: &DeriveInput,
    model: Option<&Model<'_>>,
    errors: darling::Error,
) -> TokenStream {
    let compile_errors = errors.write_errors();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let krate = model.map_or_else(
        || quote!(::errcat),
        |m| {
            let krate = &m.krate;
            quote!(#krate)
        },
    );
    let p = quote!(#krate::__private);
    let unreachable = quote!(::core::unreachable!("`#[derive(ApiError)]` failed"));
    let code_type = model.map(|m| code_type(m, &p, &unreachable));
    let display = model.filter(|m| m.display).map(|_| {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
            }
            #[automatically_derived]
            impl #impl_generics #p::std::error::Error for #ident #ty_generics #where_clause
            where Self: ::core::fmt::Debug {}
        }
    });
    quote! {
        #compile_errors
        #[automatically_derived]
        #[allow(unused_qualifications, unreachable_code, clippy::all)]
        impl #impl_generics #p::ApiError for #ident #ty_generics #where_clause {
            fn code(&self) -> &'static str { #unreachable }
            fn status(&self) -> #p::http::StatusCode { #unreachable }
            fn message(&self) -> #p::std::borrow::Cow<'_, str> { #unreachable }
            fn hint(&self) -> ::core::option::Option<#p::std::borrow::Cow<'_, str>> { #unreachable }
            fn entry(&self) -> &'static #p::Entry { #unreachable }
            fn catalog() -> &'static #p::Catalog { #unreachable }
        }
        #code_type
        #display
    }
}

/// The code type with its impls: the generated code enum and `kind()` for a type with
/// fields, the code impls on a fieldless type itself.
fn code_type(m: &Model<'_>, p: &TokenStream, unreachable: &TokenStream) -> TokenStream {
    let ident = &m.input.ident;
    let target = match &m.code_enum {
        Some(name) => quote!(#name),
        None => quote!(#ident),
    };
    let impls = quote! {
        #[automatically_derived]
        #[allow(unreachable_code, clippy::all)]
        impl #p::ErrorCode for #target {
            fn from_code(_: &str) -> ::core::option::Option<Self> { #unreachable }
            fn as_code(&self) -> &'static str { #unreachable }
            fn code_catalog() -> &'static #p::Catalog { #unreachable }
        }
        #[automatically_derived]
        #[allow(unreachable_code, clippy::all)]
        impl ::core::str::FromStr for #target {
            type Err = #p::UnknownCode;
            fn from_str(_: &str) -> ::core::result::Result<Self, #p::UnknownCode> { #unreachable }
        }
    };
    let Some(name) = &m.code_enum else {
        return impls;
    };
    let vis = &m.input.vis;
    let variants = m.codes().map(|(v, _)| {
        let ident = v.ident;
        quote!(#ident)
    });
    let (impl_generics, ty_generics, where_clause) = m.input.generics.split_for_impl();
    let kind = if m.has_transparent() {
        quote!(::core::option::Option<#name>)
    } else {
        quote!(#name)
    };
    let non_exhaustive = m.non_exhaustive().then(|| quote!(#[non_exhaustive]));
    quote! {
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::fmt::Debug)]
        #non_exhaustive
        #vis enum #name {
            #(#variants,)*
        }
        #impls
        #[allow(unreachable_code, clippy::all)]
        impl #impl_generics #ident #ty_generics #where_clause {
            #vis fn kind(&self) -> #kind { #unreachable }
        }
    }
}

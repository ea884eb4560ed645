//! `#[api(display)]`: `Display` as the message, and `std::error::Error` with the source.

use proc_macro2::TokenStream;
use quote::quote;

use super::Expand;

impl Expand<'_> {
    pub fn display(&self) -> TokenStream {
        if !self.m.display {
            return quote!();
        }
        let p = &self.p;
        let ident = self.ident;
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();
        let error_where = if where_clause.is_empty() {
            quote!(where Self: ::core::fmt::Debug)
        } else {
            quote!(#where_clause Self: ::core::fmt::Debug)
        };
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #p::ApiError::write_message(self, __f)
                }
            }
            #[automatically_derived]
            impl #impl_generics #p::std::error::Error for #ident #ty_generics #error_where {
                fn source(&self) -> ::core::option::Option<&(dyn #p::std::error::Error + 'static)> {
                    #p::ApiError::source_error(self)
                }
            }
        }
    }
}

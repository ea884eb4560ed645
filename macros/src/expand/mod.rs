//! Code generation, one file per generated piece: the static catalog (`catalog.rs`),
//! `impl ApiError` (`api_error.rs`), the code type (`code_type.rs`) and what it gets
//! from nested codes (`nested.rs`), `Display` (`display.rs`), the where clause
//! (`bounds.rs`), and the impls emitted beside errors (`fallback.rs`).

mod api_error;
mod arm;
mod bounds;
mod catalog;
mod code_type;
mod display;
mod fallback;
mod nested;

use darling::FromDeriveInput;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Ident};

use crate::ast::Input;
use crate::diagnostics::{Errors, error};
use crate::lower;
use crate::model::Model;

/// `#[derive(ApiError)]` on `input`: the impls, or every error found with impls that keep
/// the rest of the user's code from erroring too.
pub fn derive(input: &DeriveInput) -> TokenStream {
    if let syn::Data::Union(data) = &input.data {
        return error(
            data.union_token.span,
            "`#[derive(ApiError)]` does not support unions: derive it on an enum or a struct",
        )
        .write_errors();
    }
    let parsed = match Input::from_derive_input(input) {
        Ok(parsed) => parsed,
        Err(errors) => return fallback::expand(input, None, errors),
    };
    let mut errors = Errors::default();
    let model = lower::model(&parsed, &mut errors);
    match errors.finish() {
        Ok(()) => Expand::new(&model).all(),
        Err(errors) => fallback::expand(input, Some(&model), errors),
    }
}

/// The generation of one model.
struct Expand<'a> {
    m: &'a Model<'a>,
    /// `::errcat::__private`, or its path under `crate = ...`.
    p: TokenStream,
    ident: &'a Ident,
}

impl<'a> Expand<'a> {
    fn new(m: &'a Model<'a>) -> Self {
        let krate = &m.krate;
        Expand {
            m,
            p: quote!(#krate::__private),
            ident: &m.input.ident,
        }
    }

    fn all(&self) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let arms = arm::Arm::all(self.m);
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();
        let catalog = self.catalog(&arms);
        let api_error = self.api_error(&arms);
        let (code_enum, code_impls) = self.code_type(&arms);
        let display = self.display();
        quote! {
            #code_enum
            #[allow(non_upper_case_globals, unused_qualifications, clippy::all)]
            const _: () = {
                #catalog
                #api_error
                #code_impls
                #display
                // Framework glue (axum, actix-web), per the features errcat was built with.
                #p::impl_frameworks! { [#impl_generics] [#ident #ty_generics] [#where_clause] }
            };
        }
    }
}

//! The derive behind `errcat`: `#[derive(ApiError)]`. Use it through the `errcat` crate,
//! whose documentation describes the attribute language.
#![forbid(unsafe_code)]

mod ast;
mod expand;
mod status;
mod template;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives `errcat::ApiError`; see the `errcat` crate for the `#[api(...)]` keys.
#[proc_macro_derive(ApiError, attributes(api))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}

//! The derive behind `errcat`: `#[derive(ApiError)]`. Use it through the `errcat` crate,
//! whose documentation describes the attribute language.
//!
//! One module per phase: `attr` reads `#[api(...)]` into keys and `ast` into the parsed
//! input (each value checked by `value`), `lower` builds the `model` applying the rules
//! of `check`, and `expand` generates the code. `symbol` names the keys, `template` parses
//! message templates, `diagnostics` words the errors.
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod ast;
mod attr;
mod check;
mod diagnostics;
mod expand;
mod json_type;
mod lower;
mod model;
mod status;
mod symbol;
mod template;
#[cfg(test)]
mod ui_replica;
mod value;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives `errcat::ApiError`; see the `errcat` crate for the `#[api(...)]` keys.
#[proc_macro_derive(ApiError, attributes(api))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}

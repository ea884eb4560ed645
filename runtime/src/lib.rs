//! # errcat
//!
//! An HTTP API's errors as a typed, documented contract.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

// The prebuilt catalogs derive `ApiError` inside this crate; generated code names
// `::errcat::...`.
extern crate self as errcat;

mod catalog;
pub mod catalogs;
pub mod client;
mod code;
pub mod decode;
pub mod docs;
mod envelope;
mod error;
pub mod integrations;
mod json;
pub mod request_id;
pub mod retry;

pub use crate::catalog::{Catalog, Entry};
pub use crate::code::{ErrorCode, UnknownCode};
pub use crate::decode::{Code, DecodeError, Decoded, Decoder, decode};
pub use crate::envelope::{Envelope, Format, Parts, REQUEST_ID_HEADER, ShapeError};
pub use crate::error::{ApiError, Fix};
pub use crate::json::{Exposed, JsonSink};
pub use errcat_macros::ApiError;

/// The built-in envelope shapes, named in `#[api(format = "...")]`.
pub mod formats {
    pub use crate::envelope::{Code, Flat, Nested, Problem};
}

/// What generated code names. Not a public API: no stability promise.
#[doc(hidden)]
pub mod __private {
    pub use crate::catalog::{Catalog, Entry, JsonFragments};
    pub use crate::code::{CodeIndex, ErrorCode, UnknownCode, deserialize_code, parse_code};
    pub use crate::error::{ApiError, Fix};
    pub use crate::formats;
    pub use crate::json::Exposed;
    pub use ::core;
    pub use ::http;
    pub use ::serde;
    pub use ::std;

    pub use crate::__impl_frameworks as impl_frameworks;
    #[cfg(feature = "actix-web")]
    pub use ::actix_web;
    #[cfg(feature = "axum")]
    pub use ::axum;

    /// A source field as `&dyn Error`, whether it is a sized error or a boxed trait object
    /// (the receiver's autoderef finds the `dyn` impls).
    pub trait AsDynError<'a> {
        /// The field as a trait object.
        fn as_dyn_error(&self) -> &(dyn std::error::Error + 'a);
    }

    impl<'a, T: std::error::Error + 'a> AsDynError<'a> for T {
        fn as_dyn_error(&self) -> &(dyn std::error::Error + 'a) {
            self
        }
    }

    macro_rules! dyn_error_impls {
        ($($ty:ty),*) => {$(
            impl<'a> AsDynError<'a> for $ty {
                fn as_dyn_error(&self) -> &(dyn std::error::Error + 'a) {
                    self
                }
            }
        )*};
    }
    dyn_error_impls!(
        dyn std::error::Error + 'a,
        dyn std::error::Error + Send + 'a,
        dyn std::error::Error + Sync + 'a,
        dyn std::error::Error + Send + Sync + 'a
    );

    /// The status with this number (the derive has checked it is in 400..=599).
    pub const fn status(code: u16) -> http::StatusCode {
        match http::StatusCode::from_u16(code) {
            Ok(status) => status,
            Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

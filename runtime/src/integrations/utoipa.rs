//! utoipa: derived errors document themselves in `#[utoipa::path]` (the `utoipa`
//! feature).
//!
//! Every derived error implements `utoipa::IntoResponses`: name it in an operation's
//! `responses(...)` and the document shows every error of the type, one response per
//! status, with the envelope's schema, one example per code and the catalog's metadata
//! (fix side, hint, retry guidance) in an `x-errcat` extension. It implements
//! `utoipa::ToSchema` too: list it in `components(schemas(...))` to register its envelope
//! schema as a component. The prebuilt catalogs work the same way.
//!
//! An operation that returns only some codes documents those with
//! [`error_responses!`](crate::error_responses),
//! a type naming them:
//!
//! ```
//! use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
//! use utoipa::{IntoResponses, OpenApi};
//!
//! errcat::error_responses! {
//!     /// What `GET /v1/woks/{id}` answers besides its wok.
//!     pub WokErrors = [ControlPlaneErrorCode::ProjectNotFound, ControlPlaneErrorCode::NotActive];
//! }
//!
//! // `#[utoipa::path(get, path = "/v1/woks/{id}", responses((status = 200, body = Wok), WokErrors))]`
//! // puts these into the operation; here they are read directly.
//! let responses = WokErrors::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "409"]);
//!
//! // The whole catalog, for an operation that can answer with any of its codes:
//! assert_eq!(ControlPlaneError::responses().len(), 11);
//! ```

use std::collections::BTreeMap;

use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;

use crate::catalog::Catalog;
use crate::openapi::{self, Responses};

/// `responses` as utoipa's response objects, by status.
pub fn responses(responses: &Responses) -> BTreeMap<String, RefOr<Response>> {
    responses
        .by_status()
        .into_iter()
        .map(|(status, value)| {
            // errcat writes only what utoipa's types hold; should one not parse, the
            // status is still documented, with its description.
            let description = value
                .get("description")
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let response =
                serde_json::from_value(value).unwrap_or_else(|_| Response::new(description));
            (status.to_string(), RefOr::T(response))
        })
        .collect()
}

/// A delay decided at run time documents as the error does.
impl<E: utoipa::IntoResponses> utoipa::IntoResponses for crate::WithRetryAfter<E> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        E::responses()
    }
}

/// The envelope schema of `catalog` as utoipa's schema object.
pub fn schema(catalog: &'static Catalog) -> RefOr<Schema> {
    serde_json::from_value(openapi::schema(catalog)).unwrap_or_else(|_| RefOr::T(Schema::default()))
}

/// A type implementing `utoipa::IntoResponses` with the error responses of some codes:
/// for an operation that returns only those (the `utoipa` feature).
///
/// Name the codes by their code type, or give any [`Responses`] expression:
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneErrorCode;
/// use errcat::openapi::Responses;
/// use utoipa::IntoResponses;
///
/// errcat::error_responses! {
///     /// What `POST /v1/woks` answers besides its wok: the request id is certain, since
///     /// the service runs behind errcat's `ErrorLayer`.
///     pub CreateErrors = Responses::of_codes(&[
///         ControlPlaneErrorCode::BadJson,
///         ControlPlaneErrorCode::WokQuotaExceeded,
///     ])
///     .id_header_required(true);
/// }
/// assert_eq!(CreateErrors::responses().keys().collect::<Vec<_>>(), ["400", "402"]);
/// ```
#[macro_export]
macro_rules! error_responses {
    ($(#[$attr:meta])* $vis:vis $name:ident = [$($code:expr),+ $(,)?] $(;)?) => {
        $crate::error_responses! {
            $(#[$attr])*
            $vis $name = $crate::openapi::Responses::of_codes(&[$($code),+]);
        }
    };
    ($(#[$attr:meta])* $vis:vis $name:ident = $responses:expr $(;)?) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, Default)]
        $vis struct $name;

        impl $crate::__private::utoipa::IntoResponses for $name {
            fn responses() -> ::std::collections::BTreeMap<
                ::std::string::String,
                $crate::__private::utoipa::openapi::RefOr<
                    $crate::__private::utoipa::openapi::response::Response,
                >,
            > {
                $crate::integrations::utoipa::responses(&$responses)
            }
        }
    };
}

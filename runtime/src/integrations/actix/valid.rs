//! `Valid<E>` and `Garde<E>`: actix-web's `Json`, `Query` and `Path` whose value a
//! validator checked (`validator` with the `validator` feature, `garde` with `garde`).

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::rejection;
use crate::integrations::server::OwnedInput;
use crate::integrations::server::valid::check;
use crate::integrations::{FrameworkError, InputPart, InvalidInput};
use crate::violation::{self, Violations};

type LocalFuture<T> = Pin<Box<dyn std::future::Future<Output = T>>>;

/// A refusal outside [`Errors`](super::Errors): 400 with the refusal as text.
#[derive(Debug)]
struct Refused(String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ResponseError for Refused {
    fn status_code(&self) -> StatusCode {
        StatusCode::BAD_REQUEST
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::BadRequest().body(self.0.clone())
    }
}

/// The error for input a validator refused: the mapping's envelope inside
/// [`Errors`](super::Errors).
fn invalid(part: InputPart, violations: &Violations) -> actix_web::Error {
    let text = violations
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    rejection(
        Refused(text),
        &FrameworkError::InvalidInput(InvalidInput { part, violations }),
    )
}

/// A JSON body (read by actix-web's `Json` under the app's `JsonConfig`) deserialized as
/// `T` through serde_path_to_error, so that a refusal names its field.
fn deserialize<T: DeserializeOwned>(input: &Value) -> Result<T, actix_web::Error> {
    serde_path_to_error::deserialize(input).map_err(|e| {
        let reason = e.inner().to_string();
        let at = violation::from_serde_text(&violation::path_of(e.path()), e.inner(), &reason);
        let input = OwnedInput::from_violation(&reason, at);
        rejection(
            Refused(reason.clone()),
            &FrameworkError::BadJson(input.borrow()),
        )
    })
}

macro_rules! validated {
    ($(#[$doc:meta])* $name:ident, $feature:literal, [$($bound:tt)*], $check:path) => {
        $(#[$doc])*
        #[cfg(feature = $feature)]
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct $name<E>(pub E);

        #[cfg(feature = $feature)]
        impl<E> Deref for $name<E> {
            type Target = E;
            fn deref(&self) -> &E {
                &self.0
            }
        }

        #[cfg(feature = $feature)]
        impl<E> DerefMut for $name<E> {
            fn deref_mut(&mut self) -> &mut E {
                &mut self.0
            }
        }

        #[cfg(feature = $feature)]
        impl<T> FromRequest for $name<web::Json<T>>
        where
            T: DeserializeOwned + $($bound)* + 'static,
        {
            type Error = actix_web::Error;
            type Future = LocalFuture<Result<Self, actix_web::Error>>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let body = web::Json::<Value>::from_request(req, payload);
                Box::pin(async move {
                    let web::Json(input) = body.await?;
                    let value: T = deserialize(&input)?;
                    check(&value, || Some(input), |v| $check(v))
                        .map_err(|violations| invalid(InputPart::Body, &violations))?;
                    Ok($name(web::Json(value)))
                })
            }
        }

        #[cfg(feature = $feature)]
        impl<T> FromRequest for $name<web::Query<T>>
        where
            T: DeserializeOwned + $($bound)* + 'static,
        {
            type Error = actix_web::Error;
            type Future = LocalFuture<Result<Self, actix_web::Error>>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let query = web::Query::<T>::from_request(req, payload);
                Box::pin(async move {
                    let web::Query(value) = query.await?;
                    check(&value, || None, |v| $check(v))
                        .map_err(|violations| invalid(InputPart::Query, &violations))?;
                    Ok($name(web::Query(value)))
                })
            }
        }

        #[cfg(feature = $feature)]
        impl<T> FromRequest for $name<web::Path<T>>
        where
            T: DeserializeOwned + $($bound)* + 'static,
        {
            type Error = actix_web::Error;
            type Future = LocalFuture<Result<Self, actix_web::Error>>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let path = web::Path::<T>::from_request(req, payload);
                Box::pin(async move {
                    let value = path.await?.into_inner();
                    check(&value, || None, |v| $check(v))
                        .map_err(|violations| invalid(InputPart::Path, &violations))?;
                    Ok($name(web::Path::from(value)))
                })
            }
        }
    };
}

validated! {
    /// actix-web's `web::Json`, `web::Query` or `web::Path` whose value `validator`
    /// checked (the `validator` feature): `Valid<web::Json<T>>` for
    /// `T: validator::Validate`.
    ///
    /// The body is read under the app's `JsonConfig` (register
    /// [`json_config`](super::json_config)), then deserialized so that serde's refusal
    /// names its field. A validator's refusal is
    /// [`FrameworkError::InvalidInput`](crate::integrations::FrameworkError) with the
    /// violations, each path naming the field as the client sent it; inside
    /// [`Errors`](super::Errors) it answers in the mapping's envelope, outside it 400
    /// with the violations as text.
    Valid, "validator", [::validator::Validate], crate::violation::validator::validate
}

validated! {
    /// actix-web's `web::Json`, `web::Query` or `web::Path` whose value `garde` checked
    /// (the `garde` feature): `Garde<web::Json<T>>` for `T: garde::Validate` whose
    /// context is its `Default`. A refusal answers as [`Valid`]'s does.
    Garde, "garde", [::garde::Validate<Context: Default>], crate::violation::garde::validate
}

//! `Valid<E>` and `Garde<E>`: errcat's `Json`, `Query` and `Path` whose value a validator
//! checked (`validator` with the `validator` feature, `garde` with `garde`).

use std::ops::{Deref, DerefMut};

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts};
use http::Request;
use http::request::Parts;
use serde::de::DeserializeOwned;

use super::extract::read_json;
use super::{Json, Path, Query, Rejection};
use crate::integrations::InputPart;
use crate::integrations::server::valid::check;

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
        impl<T, S> FromRequest<S> for $name<Json<T>>
        where
            T: DeserializeOwned + $($bound)*,
            S: Send + Sync,
        {
            type Rejection = Rejection;

            async fn from_request(req: Request<Body>, state: &S) -> Result<Self, Rejection> {
                let (value, bytes) = read_json::<T, S>(req, state).await?;
                check(&value, || serde_json::from_slice(&bytes).ok(), |v| $check(v))
                    .map_err(|violations| Rejection::invalid(InputPart::Body, violations))?;
                Ok($name(Json(value)))
            }
        }

        #[cfg(feature = $feature)]
        impl<T, S> FromRequestParts<S> for $name<Query<T>>
        where
            T: DeserializeOwned + $($bound)*,
            S: Send + Sync,
        {
            type Rejection = Rejection;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
                let Query(value) = Query::<T>::from_request_parts(parts, state).await?;
                check(&value, || None, |v| $check(v))
                    .map_err(|violations| Rejection::invalid(InputPart::Query, violations))?;
                Ok($name(Query(value)))
            }
        }

        #[cfg(feature = $feature)]
        impl<T, S> FromRequestParts<S> for $name<Path<T>>
        where
            T: DeserializeOwned + Send + $($bound)*,
            S: Send + Sync,
        {
            type Rejection = Rejection;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
                let Path(value) = Path::<T>::from_request_parts(parts, state).await?;
                check(&value, || None, |v| $check(v))
                    .map_err(|violations| Rejection::invalid(InputPart::Path, violations))?;
                Ok($name(Path(value)))
            }
        }
    };
}

validated! {
    /// errcat's [`Json`], [`Query`] or [`Path`] whose value `validator` checked (the
    /// `validator` feature): `Valid<Json<T>>` for `T: validator::Validate`.
    ///
    /// A refusal is [`FrameworkError::InvalidInput`](crate::integrations::FrameworkError)
    /// with the violations, each path naming the field as the client sent it (serde's
    /// renames applied); inside [`ErrorLayer`](super::ErrorLayer) it answers in the
    /// mapping's envelope (`CP_INVALID_BODY`, `invalid_body`, `VALIDATION_ERROR`, ...).
    /// serde's own refusals answer as [`Json`]'s do, with their violation.
    ///
    /// ```
    /// use axum::{Router, routing::post};
    /// use errcat::catalogs::workflow_api::WorkflowApiError;
    /// use errcat::integrations::axum::{ErrorLayer, Json, Valid};
    /// use tower::ServiceExt;
    ///
    /// #[derive(serde::Deserialize, validator::Validate)]
    /// #[serde(rename_all = "camelCase")]
    /// struct NewWorkflow {
    ///     #[validate(length(min = 1))]
    ///     display_name: String,
    /// }
    ///
    /// async fn create(Valid(Json(w)): Valid<Json<NewWorkflow>>) -> String {
    ///     w.display_name
    /// }
    ///
    /// let app = Router::new()
    ///     .route("/api/workflows", post(create))
    ///     .layer(ErrorLayer::<WorkflowApiError>::new());
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let request = http::Request::post("/api/workflows")
    ///     .header("content-type", "application/json")
    ///     .body(axum::body::Body::from(r#"{"displayName":""}"#))
    ///     .unwrap();
    /// let response = app.oneshot(request).await.unwrap();
    /// assert_eq!(response.status(), 400);
    /// let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
    /// let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
    /// assert_eq!(
    ///     body,
    ///     format!(r#"{{"error":"invalid_body","message":"invalid request body","issues":[{{"code":"too_small","path":["displayName"],"message":"must be at least 1 character long","inclusive":true,"minimum":1,"type":"string"}}],"request_id":"{id}"}}"#)
    /// );
    /// # });
    /// ```
    Valid, "validator", [::validator::Validate], crate::violation::validator::validate
}

validated! {
    /// errcat's [`Json`], [`Query`] or [`Path`] whose value `garde` checked (the `garde`
    /// feature): `Garde<Json<T>>` for `T: garde::Validate` whose context is its
    /// `Default`. A refusal answers as [`Valid`]'s does.
    ///
    /// garde and validator are separate extractors, as in axum-valid: a type may
    /// implement both traits, and Rust cannot choose between two impls of one extractor.
    Garde, "garde", [::garde::Validate<Context: Default>], crate::violation::garde::validate
}

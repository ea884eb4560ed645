//! What the framework integrations share: the per-request [`context`] errors are
//! rendered in (axum, actix-web and tonic), and the bounding of rejected input before it
//! reaches a [`FromFrameworkError`](super::FromFrameworkError) mapping (axum and
//! actix-web, in `input`).

pub(crate) mod context;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod input;
#[cfg(any(
    all(any(feature = "axum", feature = "actix-web"), feature = "validator"),
    all(any(feature = "axum", feature = "actix-web"), feature = "garde")
))]
pub(crate) mod valid;

#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) use input::*;

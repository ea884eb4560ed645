//! What errcat's validating extractors share, in axum and actix-web: the check, and the
//! renaming of a refusal's paths to the names the client sent.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::violation::{Violations, WireNames};

/// Runs `check` on `value`, deserialized as `T` from `input`; a refusal's paths name the
/// fields as the client sent them (see [`WireNames`]). `input` is read only on a
/// refusal: the parsed body, or `None` for a query string or path parameters (whose one
/// struct is the root).
pub(crate) fn check<T: DeserializeOwned>(
    value: &T,
    input: impl FnOnce() -> Option<Value>,
    check: impl FnOnce(&T) -> Result<(), Violations>,
) -> Result<(), Violations> {
    check(value).map_err(|violations| {
        let input = input().unwrap_or_else(|| Value::Object(serde_json::Map::new()));
        WireNames::of::<T>(&input).rename(violations)
    })
}

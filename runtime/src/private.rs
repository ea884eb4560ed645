//! What generated code names (`::errcat::__private::…`): re-exports, so that a user
//! crate needs no dependency of its own, and the helpers the derive's impls call. Not a
//! public API: no stability promise.

use std::borrow::Cow;

pub use crate::catalog::Catalog;
pub use crate::code::{CodeIndex, ErrorCode, UnknownCode, deserialize_code, parse_code};
pub use crate::entry::Entry;
pub use crate::error::ApiError;
pub use crate::fix::Fix;
pub use crate::json::Exposed;
pub use crate::layout::Rendered;
pub use crate::violation::Violations;
pub use ::core;
pub use ::errcat_core::field::FieldType;
pub use ::errcat_core::grpc::GrpcCode;
pub use ::errcat_core::shape::Shape;
pub use ::http;
pub use ::serde;
pub use ::std;

pub use crate::__impl_frameworks as impl_frameworks;
#[cfg(feature = "actix-web")]
pub use ::actix_web;
#[cfg(feature = "axum")]
pub use ::axum;
#[cfg(feature = "tonic")]
pub use ::tonic;
#[cfg(feature = "utoipa")]
pub use ::utoipa;

/// A source field as `&dyn Error`, whether it is a sized error or a boxed trait object
/// (the receiver's autoderef finds the `dyn` impls).
#[diagnostic::on_unimplemented(
    message = "the source field's type `{Self}` is not an error",
    label = "a source (`#[api(source)]`, `#[source]`, `#[from]`) must implement `std::error::Error`"
)]
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

/// A field that gives the retry delay (`#[api(retry_after = "ms")]` / `"s"`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot give a retry delay",
    label = "`#[api(retry_after)]` needs an integer, a `Duration`, or an `Option` of one"
)]
pub trait RetryAfterField {
    /// The delay, reading the value in milliseconds or seconds.
    fn retry_after(&self, millis: bool) -> Option<std::time::Duration>;
}

macro_rules! retry_after_integers {
    ($($ty:ty),*) => {$(
        impl RetryAfterField for $ty {
            fn retry_after(&self, millis: bool) -> Option<std::time::Duration> {
                let n = u64::try_from(*self).ok()?;
                Some(if millis {
                    std::time::Duration::from_millis(n)
                } else {
                    std::time::Duration::from_secs(n)
                })
            }
        }
    )*};
}
retry_after_integers!(u8, u16, u32, u64, usize, i32, i64);

impl RetryAfterField for std::time::Duration {
    fn retry_after(&self, _millis: bool) -> Option<std::time::Duration> {
        Some(*self)
    }
}

impl<T: RetryAfterField> RetryAfterField for Option<T> {
    fn retry_after(&self, millis: bool) -> Option<std::time::Duration> {
        self.as_ref()?.retry_after(millis)
    }
}

/// The field that holds a variant's violations (`#[api(violations)]`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a variant's violations",
    label = "`#[api(violations)]` needs a field of type `errcat::Violations`"
)]
pub trait AsViolations {
    /// The field as the list.
    fn as_violations(&self) -> &Violations;
}

impl AsViolations for Violations {
    fn as_violations(&self) -> &Violations {
        self
    }
}

/// The status with this number (the derive has checked it is in 400..=599).
pub const fn status(code: u16) -> http::StatusCode {
    match http::StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The entry at `index` of `catalog`: the derive's `entry()` maps each variant to its
/// position.
pub fn entry_at(catalog: &'static Catalog, index: usize) -> &'static Entry {
    match catalog.entries().get(index) {
        Some(entry) => entry,
        None => unreachable!("the derive numbers entries within the catalog"),
    }
}

/// `ApiError::message` of a derived type: the entry's text, or the template written out.
pub fn message<E: ApiError + ?Sized>(err: &E) -> Cow<'_, str> {
    let entry = err.entry();
    if entry.message_is_static() {
        return Cow::Borrowed(entry.message());
    }
    let mut text = String::new();
    if err.write_message(&mut text).is_err() {
        text.clear();
    }
    Cow::Owned(text)
}

/// `ApiError::hint` of a derived type: the entry's text, or the template written out.
pub fn hint<E: ApiError + ?Sized>(err: &E) -> Option<Cow<'_, str>> {
    let entry = err.entry();
    if let Some(hint) = entry.static_hint() {
        return Some(Cow::Borrowed(hint));
    }
    entry.hint()?;
    let mut text = String::new();
    match err.write_hint(&mut text) {
        Ok(true) => Some(Cow::Owned(text)),
        Ok(false) | Err(_) => None,
    }
}

/// Writes the static message of `err`'s entry: the derive's `write_message` for variants
/// without a template.
pub fn write_static_message<E: ApiError + ?Sized>(
    err: &E,
    out: &mut dyn core::fmt::Write,
) -> core::fmt::Result {
    out.write_str(err.entry().message())
}

/// Writes the static hint of `err`'s entry, if any: the derive's `write_hint` for
/// variants without a template.
pub fn write_static_hint<E: ApiError + ?Sized>(
    err: &E,
    out: &mut dyn core::fmt::Write,
) -> Result<bool, core::fmt::Error> {
    match err.entry().hint() {
        Some(hint) => out.write_str(hint).map(|()| true),
        None => Ok(false),
    }
}

/// A derived type's code type, for nesting in the code type of a type that forwards it
/// (`#[api(transparent)]`): `ServiceErrorCode::ControlPlane(ControlPlaneErrorCode::…)`.
///
/// Implemented by the derive for every type whose values all have a code of its code
/// type: all but those that forward a generic type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `ApiError` whose codes can nest in the forwarding type's code enum",
    label = "`#[api(transparent)]` wraps a type that derives `ApiError` and forwards no generic type"
)]
pub trait HasCode {
    /// The code type: the generated code enum, or the fieldless type itself.
    type Code: ErrorCode;

    /// The code of this value.
    fn code_value(&self) -> Self::Code;
}

/// The value of a fieldless type's own code: its `HasCode::code_value`, without asking
/// the type to be `Clone`.
pub fn own_value<C: ErrorCode + ApiError>(value: &C) -> C {
    match C::from_code(value.code()) {
        Some(code) => code,
        None => unreachable!("a fieldless type's every value has a code of its own"),
    }
}

/// The position of `entry` among `catalog`'s own entries; a forwarded error's entry has
/// none.
pub fn position(catalog: &'static Catalog, entry: &Entry) -> usize {
    match catalog.position(entry) {
        Some(position) => position,
        None => unreachable!("an own variant's entry is in its catalog"),
    }
}

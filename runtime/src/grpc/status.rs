//! A derived error as a `tonic::Status` in Google's rich error model (AIP-193).

use std::collections::HashMap;

use errcat_core::grpc::GrpcCode;
use prost::Message as _;
use tonic_types::pb;

use crate::error::ApiError;
use crate::integrations::server::context;
use crate::text::cut;

/// The `ErrorInfo.metadata` key that carries a code whose text is not a valid
/// `ErrorInfo.reason` (see [`reason`]).
pub const CODE_KEY: &str = "errcatCode";

/// The longest `ErrorInfo.reason` AIP-193 allows.
const MAX_REASON: usize = 63;
/// The longest metadata value sent (longer exposed values are cut).
const MAX_METADATA_VALUE: usize = 1024;

pub(super) const ERROR_INFO: &str = "type.googleapis.com/google.rpc.ErrorInfo";
pub(super) const RETRY_INFO: &str = "type.googleapis.com/google.rpc.RetryInfo";
pub(super) const HELP: &str = "type.googleapis.com/google.rpc.Help";
pub(super) const REQUEST_INFO: &str = "type.googleapis.com/google.rpc.RequestInfo";
pub(super) const BAD_REQUEST: &str = "type.googleapis.com/google.rpc.BadRequest";
pub(super) const LOCALIZED_MESSAGE: &str = "type.googleapis.com/google.rpc.LocalizedMessage";

/// `err` as a `tonic::Status`: the gRPC code of its entry
/// ([`Entry::grpc_code`](crate::Entry::grpc_code)), its client-facing message, and the
/// details of AIP-193, each at most once:
///
/// - `ErrorInfo`: `reason` the code (see [`reason`] for codes that are not
///   `UPPER_SNAKE_CASE`), `domain` the type's `#[api(domain = "...")]`, `metadata` the
///   exposed fields as strings under lowerCamelCase keys (a string as itself, any other
///   value as its JSON, `null`s left out);
/// - `RetryInfo`, when the error has retry guidance (fixed, from a field, or
///   [`with_retry_after`](ApiError::with_retry_after));
/// - `Help`, with the code's `doc_url`;
/// - `RequestInfo`, with the request id, behind errcat's gRPC layer
///   ([`ErrorLayer`](super::ErrorLayer)) or another errcat layer;
/// - `BadRequest`, with the error's violations (`field` in dot-bracket form, `reason`
///   the violation's code in upper case, `description` its message);
/// - `LocalizedMessage`, behind a gRPC [`ErrorLayer`](super::ErrorLayer) with
///   translations (feature `fluent`), when the locale negotiated from the request's
///   `accept-language` metadata has a message for the code (the status's own message
///   stays the declaration's).
///
/// A source error never reaches the status: the message is the declared one, and
/// sources are never exposed.
///
/// ```
/// use errcat::ApiError;
/// use tonic_types::StatusExt;
///
/// #[derive(Debug, ApiError)]
/// #[api(format = "nested", prefix = "CP_", domain = "cp.example.com")]
/// enum CpError {
///     #[api(status = 409, grpc = "failed_precondition", message = "project {wok_id} is not active")]
///     NotActive {
///         #[api(expose)]
///         wok_id: String,
///     },
///     #[api(status = 503, message = "try again", retry_after = 5)]
///     Busy,
/// }
///
/// let status = errcat::grpc::status(&CpError::NotActive { wok_id: "w-1".into() });
/// assert_eq!(status.code(), tonic::Code::FailedPrecondition);
/// assert_eq!(status.message(), "project w-1 is not active");
/// let info = status.get_details_error_info().unwrap();
/// assert_eq!(info.reason, "CP_NOT_ACTIVE");
/// assert_eq!(info.domain, "cp.example.com");
/// assert_eq!(info.metadata["wokId"], "w-1");
///
/// let status: tonic::Status = CpError::Busy.into();
/// assert_eq!(status.code(), tonic::Code::Unavailable);
/// let retry = status.get_details_retry_info().unwrap();
/// assert_eq!(retry.retry_delay, Some(std::time::Duration::from_secs(5)));
/// ```
pub fn status<E: ApiError + ?Sized>(err: &E) -> tonic::Status {
    status_in_context(err, err.entry().grpc_code())
}

/// [`status_as`] with the current request context's id, if an errcat layer set one.
pub(super) fn status_in_context<E: ApiError + ?Sized>(err: &E, code: GrpcCode) -> tonic::Status {
    context::with(|ctx| status_as(err, Some(ctx.id.as_str()).filter(|id| !id.is_empty()), code))
        .unwrap_or_else(|| status_as(err, None, code))
}

/// [`status`] with an explicit request id (`None`: no `RequestInfo`), outside errcat's
/// layers.
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneError;
/// use tonic_types::StatusExt;
///
/// let status = errcat::grpc::status_with_id(&ControlPlaneError::ProjectNotFound, Some("req-1"));
/// assert_eq!(status.code(), tonic::Code::NotFound);
/// assert_eq!(status.get_details_request_info().unwrap().request_id, "req-1");
/// ```
pub fn status_with_id<E: ApiError + ?Sized>(err: &E, id: Option<&str>) -> tonic::Status {
    status_as(err, id, err.entry().grpc_code())
}

/// [`status_with_id`] with the gRPC code `code` instead of the entry's (the layer's
/// answers to panics and unknown methods).
pub(super) fn status_as<E: ApiError + ?Sized>(
    err: &E,
    id: Option<&str>,
    code: GrpcCode,
) -> tonic::Status {
    let entry = err.entry();
    let message = err.message().into_owned();
    let mut details = Vec::with_capacity(5);
    details.push(any(ERROR_INFO, &error_info(err)));
    if let Some(delay) = err.retry_after() {
        let retry = pb::RetryInfo {
            retry_delay: prost_types::Duration::try_from(delay).ok(),
        };
        details.push(any(RETRY_INFO, &retry));
    }
    if let Some(url) = entry.doc_url() {
        let help = pb::Help {
            links: vec![pb::help::Link {
                description: format!("{} in the error catalog", err.code()),
                url: url.to_owned(),
            }],
        };
        details.push(any(HELP, &help));
    }
    if let Some(id) = id {
        let info = pb::RequestInfo {
            request_id: id.to_owned(),
            serving_data: String::new(),
        };
        details.push(any(REQUEST_INFO, &info));
    }
    if let Some(violations) = err.violations().filter(|v| !v.is_empty()) {
        let bad = pb::BadRequest {
            field_violations: violations
                .iter()
                .map(|v| pb::bad_request::FieldViolation {
                    field: v.path().to_string(),
                    description: v.message().to_owned(),
                    reason: v.code().to_ascii_uppercase(),
                    localized_message: None,
                })
                .collect(),
        };
        details.push(any(BAD_REQUEST, &bad));
    }
    #[cfg(feature = "fluent")]
    if let Some((locale, message)) = localized(err) {
        let localized = pb::LocalizedMessage { locale, message };
        details.push(any(LOCALIZED_MESSAGE, &localized));
    }
    let rpc = pb::Status {
        code: code.number(),
        message: message.clone(),
        details,
    };
    tonic::Status::with_details(tonic_code(code), message, rpc.encode_to_vec().into())
}

/// The locale the current request negotiated and `err`'s message in it, if the layer has
/// translations and that locale a message for the code.
#[cfg(feature = "fluent")]
fn localized<E: ApiError + ?Sized>(err: &E) -> Option<(String, String)> {
    context::with(|ctx| {
        let language = ctx.language.as_ref()?;
        let locale = language.translations.negotiate(&language.accept);
        let texts = language.translations.texts(locale, err)?;
        Some((texts.locale.to_owned(), texts.message.into_owned()))
    })
    .flatten()
}

/// `ErrorInfo` of `err`.
fn error_info<E: ApiError + ?Sized>(err: &E) -> pb::ErrorInfo {
    let code = err.code();
    let reason = reason(code);
    let mut metadata = HashMap::new();
    if reason != code {
        metadata.insert(CODE_KEY.to_owned(), code.to_owned());
    }
    err.visit_exposed(&mut |name, value| {
        if let Some(text) = crate::json::exposed_text(value) {
            metadata.insert(
                metadata_key(name),
                cut(&text, MAX_METADATA_VALUE).to_owned(),
            );
        }
    });
    pb::ErrorInfo {
        reason: reason.into_owned(),
        domain: err.entry().domain().to_owned(),
        metadata,
    }
}

/// The `ErrorInfo.reason` a code travels as.
///
/// AIP-193 asks for `[A-Z][A-Z0-9_]+[A-Z0-9]`, at most 63 characters. A code of that form
/// is its own reason. Any other code (the `snake_case` codes of seeds 002 and 004,
/// `invalid_body`) travels as its upper-case form, every character outside `[A-Z0-9_]`
/// replaced by `_`, and the exact code is in `ErrorInfo.metadata` under
/// [`CODE_KEY`] (`errcatCode`), which [`decode`](super::decode) reads first: a client
/// gets the exact code back, and a generic AIP-193 client still sees a valid reason.
///
/// ```
/// use errcat::grpc::reason;
///
/// assert_eq!(reason("CP_NOT_ACTIVE"), "CP_NOT_ACTIVE");
/// assert_eq!(reason("invalid_body"), "INVALID_BODY");
/// assert_eq!(reason("rate.limit-hit"), "RATE_LIMIT_HIT");
/// ```
pub fn reason(code: &str) -> std::borrow::Cow<'_, str> {
    if is_reason(code) {
        return code.into();
    }
    let mut reason: String = code
        .chars()
        .map(|c| match c.to_ascii_uppercase() {
            c @ ('A'..='Z' | '0'..='9') => c,
            _ => '_',
        })
        .take(MAX_REASON)
        .collect();
    if !reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        reason.insert(0, 'E');
        reason.truncate(MAX_REASON);
    }
    while reason.ends_with('_') {
        reason.pop();
    }
    while reason.len() < 3 {
        reason.push('X');
    }
    reason.into()
}

/// Whether `text` is a valid `ErrorInfo.reason`.
fn is_reason(text: &str) -> bool {
    let bytes = text.as_bytes();
    (3..=MAX_REASON).contains(&bytes.len())
        && bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.last().is_some_and(|b| *b != b'_')
        && bytes
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
}

/// The lowerCamelCase metadata key of a member name (`wok_id` → `wokId`), within AIP's
/// key pattern `[a-z][a-zA-Z0-9-_]+`.
fn metadata_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' || c == '-' || c == ' ' || c == '.' {
            upper = !key.is_empty();
        } else if c.is_ascii_alphanumeric() {
            if key.is_empty() {
                key.push(c.to_ascii_lowercase());
            } else if upper {
                key.push(c.to_ascii_uppercase());
            } else {
                key.push(c);
            }
            upper = false;
        }
    }
    if !key.starts_with(|c: char| c.is_ascii_lowercase()) {
        key.insert(0, 'f');
    }
    if key.len() < 2 {
        key.push_str("Field");
    }
    key
}

/// `message` packed as a `google.protobuf.Any`.
fn any(type_url: &str, message: &impl prost::Message) -> prost_types::Any {
    prost_types::Any {
        type_url: type_url.to_owned(),
        value: message.encode_to_vec(),
    }
}

/// The tonic code of `code`.
pub(super) fn tonic_code(code: GrpcCode) -> tonic::Code {
    tonic::Code::from_i32(code.number())
}

#[cfg(test)]
mod tests {
    use super::{is_reason, metadata_key, reason};

    #[test]
    fn reasons_follow_aip_193() {
        for code in [
            "CP_NOT_ACTIVE",
            "invalid_body",
            "x",
            "_a_",
            "9lives",
            &"a".repeat(80),
        ] {
            let reason = reason(code);
            assert!(is_reason(&reason), "{code} -> {reason}");
        }
        assert_eq!(reason("9lives"), "E9LIVES");
        assert_eq!(reason("x"), "XXX");
    }

    #[test]
    fn metadata_keys_are_lower_camel_case() {
        assert_eq!(metadata_key("wok_id"), "wokId");
        assert_eq!(metadata_key("retryAfterMs"), "retryAfterMs");
        assert_eq!(metadata_key("Limit"), "limit");
        assert_eq!(metadata_key("_x"), "xField");
        assert_eq!(metadata_key("1st"), "f1st");
    }
}

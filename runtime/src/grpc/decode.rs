//! A `tonic::Status` read back into a typed error.

use std::time::Duration;

use errcat_core::grpc::GrpcCode;
use prost::Message as _;
use tonic_types::pb;

use super::status::{
    BAD_REQUEST, CODE_KEY, ERROR_INFO, LOCALIZED_MESSAGE, REQUEST_INFO, RETRY_INFO,
};
use crate::code::ErrorCode;
use crate::decode::{Code, DecodeError, Decoded};
use crate::request_id;
use crate::violation::{FieldPath, Violation, Violations};

/// The largest `grpc-status-details-bin` read, in bytes (after base64).
pub const MAX_DETAILS: usize = 64 * 1024;
/// The most details read from one status.
const MAX_DETAIL_COUNT: usize = 32;
/// The most field violations read from a `BadRequest`.
const MAX_VIOLATIONS: usize = 1000;

/// Decodes a `tonic::Status` from a service whose codes are `C`.
///
/// - `code`: the exact code from `ErrorInfo` (its `errcatCode` metadata, else its
///   reason); `Code::Known` if `C` has it. A status without `ErrorInfo` (a plain tonic
///   server's) decodes as `Code::Unknown` with the gRPC code's name (`"UNAVAILABLE"`).
/// - `status`: the known code's HTTP status, else the gRPC code's (`google.rpc.Code`'s
///   mapping back to HTTP); `grpc`: the status's gRPC code.
/// - `message`: the status's message; `hint`: a known code's static hint.
/// - `id`: `RequestInfo.request_id`, else the `x-request-id` metadata (a valid id only).
/// - `retry_after`: `RetryInfo.retry_delay`, so [`RetryPolicy`](crate::retry::RetryPolicy)
///   honours it.
/// - `details`: `ErrorInfo.metadata` (the exposed fields, as strings) and its `domain`;
///   a `LocalizedMessage` as `localizedMessage` and `localizedLocale`.
/// - `violations`: `BadRequest`'s field violations (a field that is not a path is skipped
///   and counted in `skipped_violations`).
///
/// Hostile details are a [`DecodeError`], never a panic: over [`MAX_DETAILS`] bytes is
/// `TooLarge`; bytes that are not a `google.rpc.Status`, a known detail that does not
/// decode, or a `google.rpc.Status` whose code is not the status's is `Details`. `OK` is
/// `NotAnError`.
///
/// ```
/// use errcat::Code;
/// use errcat::catalogs::control_plane::{ControlPlaneError, ControlPlaneErrorCode};
///
/// let status = errcat::grpc::status_with_id(&ControlPlaneError::ProjectNotFound, Some("req-9"));
/// let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&status).unwrap();
/// assert_eq!(decoded.code, Code::Known(ControlPlaneErrorCode::ProjectNotFound));
/// assert_eq!(decoded.status, 404);
/// assert_eq!(decoded.id.as_deref(), Some("req-9"));
///
/// // A plain tonic status: an unknown code named by its gRPC code.
/// let plain = tonic::Status::unavailable("down for maintenance");
/// let decoded = errcat::grpc::decode::<ControlPlaneErrorCode>(&plain).unwrap();
/// assert_eq!(decoded.code, Code::Unknown("UNAVAILABLE".into()));
/// assert_eq!(decoded.status, 503);
/// assert_eq!(decoded.message, "down for maintenance");
/// ```
pub fn decode<C: ErrorCode>(status: &tonic::Status) -> Result<Decoded<C>, DecodeError> {
    let grpc = GrpcCode::from_number(status.code() as i32).unwrap_or(GrpcCode::Unknown);
    if grpc == GrpcCode::Ok {
        return Err(DecodeError::NotAnError(http::StatusCode::OK));
    }
    let details = Details::read(status.details(), grpc)?;
    let catalog = C::code_catalog();
    let (code, mut meta) = match details.error_info {
        Some(info) => {
            let mut meta = info.metadata;
            let code = meta.remove(CODE_KEY).unwrap_or(info.reason);
            meta.insert("domain".to_owned(), info.domain);
            (code, meta)
        }
        None => (grpc.name().to_ascii_uppercase(), Default::default()),
    };
    let code = match C::from_code(&code) {
        Some(known) => Code::Known(known),
        None => Code::Unknown(code),
    };
    let entry = code.known().and_then(|c| catalog.get(c.as_code()));
    let http_status = entry.map_or_else(|| http_status(grpc), |e| e.status());
    let id = details
        .request_id
        .filter(|id| request_id::is_valid(id))
        .or_else(|| {
            let id = status
                .metadata()
                .get(crate::REQUEST_ID_HEADER)?
                .to_str()
                .ok()?;
            request_id::is_valid(id).then(|| id.to_owned())
        });
    if let Some(localized) = details.localized {
        meta.insert("localizedMessage".to_owned(), localized.message);
        meta.insert("localizedLocale".to_owned(), localized.locale);
    }
    // Sorted, whatever order the map or serde_json keeps.
    let mut meta: Vec<(String, String)> = meta.into_iter().collect();
    meta.sort();
    let members = meta
        .into_iter()
        .map(|(key, value)| (key, serde_json::Value::String(value)))
        .collect();
    Ok(Decoded {
        status: http_status,
        code,
        message: status.message().to_owned(),
        hint: entry.and_then(|e| e.static_hint()).map(str::to_owned),
        id,
        retry_after: details.retry_after,
        details: members,
        violations: details.violations,
        skipped_violations: details.skipped,
        grpc: Some(grpc),
    })
}

/// The HTTP status of a gRPC code, as `google.rpc.Code` documents it.
fn http_status(code: GrpcCode) -> http::StatusCode {
    let status = match code {
        GrpcCode::Ok => 200,
        GrpcCode::Cancelled => 499,
        GrpcCode::InvalidArgument | GrpcCode::FailedPrecondition | GrpcCode::OutOfRange => 400,
        GrpcCode::DeadlineExceeded => 504,
        GrpcCode::NotFound => 404,
        GrpcCode::AlreadyExists | GrpcCode::Aborted => 409,
        GrpcCode::PermissionDenied => 403,
        GrpcCode::Unauthenticated => 401,
        GrpcCode::ResourceExhausted => 429,
        GrpcCode::Unimplemented => 501,
        GrpcCode::Unavailable => 503,
        _ => 500,
    };
    http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// What errcat reads from a status's details.
#[derive(Default)]
struct Details {
    error_info: Option<pb::ErrorInfo>,
    retry_after: Option<Duration>,
    request_id: Option<String>,
    localized: Option<pb::LocalizedMessage>,
    violations: Violations,
    skipped: usize,
}

impl Details {
    fn read(bytes: &[u8], grpc: GrpcCode) -> Result<Details, DecodeError> {
        let mut details = Details::default();
        if bytes.is_empty() {
            return Ok(details);
        }
        if bytes.len() > MAX_DETAILS {
            return Err(DecodeError::TooLarge { limit: MAX_DETAILS });
        }
        let rpc = pb::Status::decode(bytes).map_err(|e| invalid("not a google.rpc.Status", &e))?;
        if rpc.code != grpc.number() {
            return Err(DecodeError::Details {
                reason: format!(
                    "the details' code ({}) is not the status's ({})",
                    rpc.code,
                    grpc.number()
                ),
            });
        }
        if rpc.details.len() > MAX_DETAIL_COUNT {
            return Err(DecodeError::Details {
                reason: format!("more than {MAX_DETAIL_COUNT} details"),
            });
        }
        // Each kind at most once (AIP-193): the first is read, any other ignored.
        for any in &rpc.details {
            match any.type_url.as_str() {
                ERROR_INFO if details.error_info.is_none() => {
                    let info = pb::ErrorInfo::decode(any.value.as_slice())
                        .map_err(|e| invalid("ErrorInfo does not decode", &e))?;
                    details.error_info = Some(info);
                }
                RETRY_INFO if details.retry_after.is_none() => {
                    let retry = pb::RetryInfo::decode(any.value.as_slice())
                        .map_err(|e| invalid("RetryInfo does not decode", &e))?;
                    details.retry_after = retry
                        .retry_delay
                        .map(|d| Duration::try_from(d).unwrap_or(Duration::ZERO));
                }
                REQUEST_INFO if details.request_id.is_none() => {
                    let info = pb::RequestInfo::decode(any.value.as_slice())
                        .map_err(|e| invalid("RequestInfo does not decode", &e))?;
                    details.request_id = Some(info.request_id);
                }
                LOCALIZED_MESSAGE if details.localized.is_none() => {
                    let localized = pb::LocalizedMessage::decode(any.value.as_slice())
                        .map_err(|e| invalid("LocalizedMessage does not decode", &e))?;
                    details.localized = Some(localized);
                }
                BAD_REQUEST if details.violations.is_empty() => {
                    let bad = pb::BadRequest::decode(any.value.as_slice())
                        .map_err(|e| invalid("BadRequest does not decode", &e))?;
                    details.read_violations(bad);
                }
                _ => {}
            }
        }
        Ok(details)
    }

    fn read_violations(&mut self, bad: pb::BadRequest) {
        let count = bad.field_violations.len();
        let mut violations = Vec::with_capacity(count.min(MAX_VIOLATIONS));
        for v in bad.field_violations.into_iter().take(MAX_VIOLATIONS) {
            let path = if v.field.is_empty() {
                Ok(FieldPath::root())
            } else {
                FieldPath::parse(&v.field)
            };
            match path {
                Ok(path) if !v.reason.is_empty() => {
                    let code = v.reason.to_ascii_lowercase();
                    violations.push(Violation::new(path, code, v.description));
                }
                _ => self.skipped += 1,
            }
        }
        self.skipped += count.saturating_sub(MAX_VIOLATIONS);
        self.violations = violations.into_iter().collect();
    }
}

/// The error for details that do not decode: what failed, and prost's complaint (which
/// names the field, not the content).
fn invalid(what: &str, err: &prost::DecodeError) -> DecodeError {
    let reason = format!("{what}: {err}");
    DecodeError::Details {
        reason: crate::text::cut(&reason, 200).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grpc_code_maps_back_to_an_error_status_but_ok() {
        for code in GrpcCode::ALL {
            let status = http_status(code);
            assert_eq!(status.is_success(), code == GrpcCode::Ok, "{code}");
        }
    }
}

//! [`decode`]: `errcat::grpc::decode` on any status: a typed result, never a panic.

use errcat::catalogs::agent_api::AgentApiErrorCode;
use errcat::catalogs::control_plane::ControlPlaneErrorCode;
use errcat::catalogs::workflow_api::WorkflowApiErrorCode;
use errcat::{Code, ErrorCode, GrpcCode};

/// Input: one byte of gRPC code (modulo 17), then the message, `0xFF`, the
/// `x-request-id` metadata value, `0xFF`, the details (`grpc-status-details-bin`, after
/// base64); without the separators, everything after the code is the details.
pub fn decode(data: &[u8]) {
    let [code, rest @ ..] = data else {
        return;
    };
    let code = tonic::Code::from_i32(i32::from(*code % 17));
    let mut parts = rest.splitn(3, |b| *b == 0xFF);
    let (message, id, details) = match (parts.next(), parts.next(), parts.next()) {
        (Some(message), Some(id), Some(details)) => (message, Some(id), details),
        _ => (&b""[..], None, rest),
    };
    let message = String::from_utf8_lossy(message).into_owned();
    let mut status = tonic::Status::with_details(code, message, details.to_vec().into());
    if let Some(value) = id.and_then(|id| tonic::metadata::MetadataValue::try_from(id).ok()) {
        status.metadata_mut().insert("x-request-id", value);
    }
    decode_as::<ControlPlaneErrorCode>(&status);
    decode_as::<AgentApiErrorCode>(&status);
    decode_as::<WorkflowApiErrorCode>(&status);
}

fn decode_as<C: ErrorCode + std::fmt::Debug>(status: &tonic::Status) {
    let Ok(decoded) = errcat::grpc::decode::<C>(status) else {
        return;
    };
    let grpc = GrpcCode::from_number(status.code() as i32).unwrap_or(GrpcCode::Unknown);
    assert_eq!(decoded.grpc, Some(grpc));
    assert_ne!(grpc, GrpcCode::Ok, "OK decoded as an error");
    assert!(decoded.status.is_client_error() || decoded.status.is_server_error());
    if let Code::Known(code) = &decoded.code {
        assert!(C::code_catalog().get(code.as_code()).is_some());
    }
    if let Some(id) = &decoded.id {
        assert!(errcat::request_id::is_valid(id), "{id:?}");
    }
    assert!(decoded.violations().len() <= 1000);
}

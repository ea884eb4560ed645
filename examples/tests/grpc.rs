//! The example service's gRPC API over a real connection (h2c on 127.0.0.1), on the same
//! port as its HTTP routes: every RPC's status decodes into the service's code type.
#![allow(clippy::unwrap_used)] // a test: a failure is a panic

use std::time::Duration;

use errcat::catalogs::control_plane::ControlPlaneErrorCode as Cp;
use errcat::{Code, GrpcCode};
use errcat_examples::grpc::{METHODS, call};
use errcat_examples::service::ServiceErrorCode as Svc;

#[tokio::test]
async fn every_rpc_answers_a_decodable_rich_status_beside_http() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = errcat_examples::grpc::router().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });

    let channel = tonic::transport::Endpoint::from_shared(format!("http://{address}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let expected = [
        (Svc::WidgetNotFound, GrpcCode::NotFound, None),
        (
            Svc::ControlPlane(Cp::ProjectNotFound),
            GrpcCode::NotFound,
            None,
        ),
        (
            Svc::ControlPlane(Cp::StatusStale),
            GrpcCode::Unavailable,
            Some(5),
        ),
        (Svc::RateLimited, GrpcCode::ResourceExhausted, Some(2)),
        (Svc::StorageFailed, GrpcCode::Internal, None),
        (
            Svc::ControlPlane(Cp::InvalidBody),
            GrpcCode::InvalidArgument,
            None,
        ),
        (
            Svc::ControlPlane(Cp::DbQueryFailed),
            GrpcCode::Internal,
            None,
        ),
    ];
    for (method, (code, grpc, retry)) in METHODS.into_iter().zip(expected) {
        let id = format!("test-{method}");
        let status = call(channel.clone(), method, &id).await.unwrap();
        let decoded = errcat::grpc::decode::<Svc>(&status).unwrap();
        assert_eq!(decoded.code, Code::Known(code), "{method}");
        assert_eq!(decoded.grpc, Some(grpc), "{method}");
        assert_eq!(decoded.id.as_deref(), Some(id.as_str()), "{method}");
        assert_eq!(
            decoded.retry_after,
            retry.map(Duration::from_secs),
            "{method}"
        );
        assert!(!status.message().contains("canary"), "{method}");
    }
    // Invalid input names each field, as over HTTP.
    let status = call(channel.clone(), "CreateAccount", "v").await.unwrap();
    let decoded = errcat::grpc::decode::<Svc>(&status).unwrap();
    let fields: Vec<String> = decoded
        .violations()
        .iter()
        .map(|v| v.path().to_string())
        .collect();
    assert_eq!(fields, ["display_name", "email", "password"]);

    // The same port answers HTTP/1.1 with the envelope.
    let body = reqwest::get(format!("http://{address}/woks/w-1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("CP_PROJECT_NOT_FOUND"), "{body}");
}

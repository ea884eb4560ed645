use errcat::{ApiError, GrpcCode};

#[derive(Debug, ApiError)]
#[api(domain = "cp.example.com", grpc = "failed_precondition")]
enum E {
    #[api(status = 409, message = "not active")]
    NotActive,
    #[api(status = 409, grpc = "ABORTED", message = "conflict")]
    Conflict,
    #[api(status = 404, message = "missing")]
    Missing,
}

fn main() {
    assert_eq!(E::NotActive.entry().grpc_code(), GrpcCode::FailedPrecondition);
    assert_eq!(E::Conflict.entry().grpc_code(), GrpcCode::Aborted);
    // The enum's default is a default: every variant without its own takes it.
    assert_eq!(E::Missing.entry().grpc_code(), GrpcCode::FailedPrecondition);
    assert_eq!(E::catalog().domain(), "cp.example.com");
}

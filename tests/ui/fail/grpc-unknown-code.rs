use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(grpc = "aborted")]
enum E {
    #[api(status = 409, grpc = "failed_precondtion", message = "not active")]
    NotActive,
    #[api(status = 409, grpc = "CONFLICT", message = "conflict")]
    Conflict,
    #[api(status = 409, grpc = 9, message = "number")]
    Number,
}

fn main() {}

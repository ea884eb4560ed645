use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(status = 400, message = "inner")]
struct Inner;

/// Wraps the inner error.
#[derive(Debug, ApiError)]
#[api(status = 400)]
#[api(transparent)]
struct Outer(Inner);

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(code = "E", message = "failed", hint = "retry", transparent, retry_after = 5)]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

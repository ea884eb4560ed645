use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, code = "bad-request", message = "bad request")]
    BadRequest,
}

fn main() {}

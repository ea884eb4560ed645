use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, code = "BAD REQUEST", message = "bad request")]
    BadRequest,
}

fn main() {}

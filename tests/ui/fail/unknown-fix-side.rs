use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, fix = "caler", message = "bad request")]
    BadRequest,
}

fn main() {}

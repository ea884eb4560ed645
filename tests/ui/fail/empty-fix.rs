use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, fix = "", message = "bad request")]
    BadRequest,
}

fn main() {}

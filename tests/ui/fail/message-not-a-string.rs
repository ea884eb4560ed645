use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = 42)]
    BadRequest,
}

fn main() {}

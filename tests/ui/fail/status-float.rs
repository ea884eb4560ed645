use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404.0, message = "not found")]
    NotFound,
}

fn main() {}

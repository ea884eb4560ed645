use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(message = "not found")]
    NotFound,
}

fn main() {}

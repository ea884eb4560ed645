use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad value {0")]
    Bad(String),
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad {1}")]
    Bad(String),
}

fn main() {}

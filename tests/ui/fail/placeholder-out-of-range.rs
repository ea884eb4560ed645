use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad {0} and {3}")]
    Bad(String, String),
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = http::StatusCode::CONFLICTED, message = "conflict")]
    Conflict,
}

fn main() {}

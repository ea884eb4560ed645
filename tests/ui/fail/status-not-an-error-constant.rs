use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = http::StatusCode::OK, message = "fine")]
    Fine,
}

fn main() {}

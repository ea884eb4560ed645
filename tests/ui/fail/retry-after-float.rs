use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 503, message = "unavailable", retry_after = 1.5)]
    Unavailable,
}

fn main() {}

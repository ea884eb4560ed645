use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 503, message = "unavailable", retry_after = 86401)]
    Unavailable,
}

fn main() {}

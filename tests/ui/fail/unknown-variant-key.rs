use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, mesage = "not found")]
    NotFound,
}

fn main() {}

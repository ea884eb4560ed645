use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, colour = "red", message = "not found")]
    NotFound,
}

fn main() {}

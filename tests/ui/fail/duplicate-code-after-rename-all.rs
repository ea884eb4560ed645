use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(rename_all = "snake_case")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
    #[api(status = 404, code = "not_found", message = "missing")]
    Missing,
}

fn main() {}

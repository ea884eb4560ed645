use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(prefix = "CP_")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
    #[api(status = 404, code = "CP_NOT_FOUND", message = "missing")]
    Missing,
}

fn main() {}

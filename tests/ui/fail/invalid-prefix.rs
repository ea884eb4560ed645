use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(prefix = "CP-")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

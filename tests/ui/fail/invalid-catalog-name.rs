use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(catalog = "control plane")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

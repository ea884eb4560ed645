use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(format = "nestd")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

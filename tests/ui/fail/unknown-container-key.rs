use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(formt = "nested")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

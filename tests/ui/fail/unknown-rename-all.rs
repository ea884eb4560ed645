use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(rename_all = "snake_cse")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(code_enum = ECode)]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

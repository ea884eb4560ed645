use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, message = "not found", hint = "check {id}")]
    NotFound { key: String },
}

fn main() {}

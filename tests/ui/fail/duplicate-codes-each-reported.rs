use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, code = "GONE", message = "gone")]
    First,
    #[api(status = 410, code = "GONE", message = "gone")]
    Second,
    #[api(status = 400, code = "BAD", message = "bad")]
    Third,
    #[api(status = 400, code = "BAD", message = "bad")]
    Fourth,
}

fn main() {}

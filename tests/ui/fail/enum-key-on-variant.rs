use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, format = "flat", message = "bad input")]
    BadInput,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug)]
struct Opaque;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad input: {detail}")]
    BadInput { detail: Opaque },
}

fn main() {}

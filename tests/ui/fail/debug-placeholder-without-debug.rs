use errcat::ApiError;

struct Opaque;

#[derive(ApiError)]
enum E {
    #[api(status = 400, message = "bad input: {0:?}")]
    BadInput(Opaque),
}

fn main() {}

use errcat::ApiError;

struct Opaque;

#[derive(ApiError)]
enum E {
    #[api(status = 400, message = "bad input")]
    BadInput {
        #[api(expose)]
        detail: Opaque,
    },
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(format = "nested", id_field = "trace")]
enum E {
    #[api(status = 400, message = "bad input")]
    BadInput {
        #[api(expose = "trace")]
        reason: String,
    },
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(format = "nested")]
enum E {
    #[api(status = 400, message = "bad input")]
    BadInput {
        #[api(expose = "code")]
        reason: String,
    },
}

fn main() {}

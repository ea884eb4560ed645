use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad input")]
    BadInput {
        #[api(source, expose)]
        cause: std::num::ParseIntError,
    },
}

fn main() {}

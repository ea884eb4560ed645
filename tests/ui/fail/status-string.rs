use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = "409", message = "conflict")]
    Conflict,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 70000, message = "overflow")]
    Overflow,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum Inner {
    #[api(status = 400, message = "bad")]
    Bad,
}

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent)]
    Inner(#[api(violations)] Inner),
}

fn main() {}

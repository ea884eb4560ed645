use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 500, message = "internal error")]
    Internal(#[api(source)] String),
}

fn main() {}

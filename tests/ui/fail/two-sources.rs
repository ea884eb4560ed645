use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 500, message = "internal error")]
    Internal(#[api(source)] std::io::Error, #[api(source)] std::fmt::Error),
}

fn main() {}

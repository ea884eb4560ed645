use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(deprecated = "use the v2 API")]
enum E {
    #[api(status = 409, message = "out of stock")]
    OutOfStock,
}

fn main() {}

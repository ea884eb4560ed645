use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 409, message = "out of stock", deprecated)]
    OutOfStock,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, status = 410, message = "gone")]
    Gone,
}

fn main() {}

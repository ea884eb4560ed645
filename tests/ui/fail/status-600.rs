use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 600, message = "beyond")]
    Beyond,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 200, message = "fine")]
    Fine,
}

fn main() {}

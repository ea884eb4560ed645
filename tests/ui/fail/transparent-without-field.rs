use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent)]
    Upstream,
}

fn main() {}

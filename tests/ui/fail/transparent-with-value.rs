use errcat::ApiError;

#[derive(Debug, ApiError)]
enum Inner {
    #[api(status = 502, message = "upstream failed")]
    Failed,
}

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent = true)]
    Upstream(Inner),
}

fn main() {}

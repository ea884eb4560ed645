use errcat::ApiError;

#[derive(Debug, ApiError)]
enum Inner {
    #[api(status = 502, message = "upstream failed")]
    Failed,
}

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent, status = 502, hint = "retry later")]
    Upstream(Inner),
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum Inner {
    #[api(status = 502, message = "upstream failed")]
    Failed,
}

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent, deprecated = "use CP_X instead")]
    Upstream(Inner),
}

fn main() {}

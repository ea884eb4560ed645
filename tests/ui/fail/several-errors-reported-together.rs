use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(rename_all = "kebab")]
enum E {
    #[api(status = 200, message = "fine")]
    Fine,
    #[api(status = 404, fix = "caler", message = "no {thing}")]
    NotFound,
    #[api(transparent)]
    Upstream,
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 502, fix(caller, plaform), message = "upstream failed")]
    Upstream,
}

fn main() {}

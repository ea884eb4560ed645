use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, message = "no route at {0}")]
    RouteNotFound { path: String },
}

fn main() {}

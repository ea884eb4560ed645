use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, message = "no route at {method} {paht}")]
    RouteNotFound { method: String, path: String },
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, code = "NOT_FOUND", message = "no such project")]
    ProjectMissing,
    #[api(status = 404, code = "NOT_FOUND", message = "no such user")]
    UserMissing,
}

fn main() {}

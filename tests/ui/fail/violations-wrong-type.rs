use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(format = "code")]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(violations)]
        issues: Vec<String>,
    },
}

fn main() {}

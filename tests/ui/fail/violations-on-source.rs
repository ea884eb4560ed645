use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(source, violations)]
        source: std::io::Error,
        issues: Violations,
    },
}

fn main() {}

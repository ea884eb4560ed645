use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(expose, violations)]
        issues: Violations,
    },
}

fn main() {}

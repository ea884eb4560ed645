use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
#[api(format = "code")]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(violations)]
        issues: Violations,
        #[api(violations = "more")]
        more: Violations,
    },
}

fn main() {}

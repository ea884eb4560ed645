use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(violations = issues)]
        issues: Violations,
    },
}

fn main() {}

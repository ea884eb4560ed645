use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down")]
    Slow {
        #[api(violations, retry_after = "s")]
        issues: Violations,
    },
}

fn main() {}

use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
#[api(format = "nested", id_field = "correlation_id")]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(violations = "hint")]
        issues: Violations,
    },
    #[api(status = 400, message = "invalid query")]
    InvalidQuery {
        #[api(violations = "correlation_id")]
        issues: Violations,
    },
}

fn main() {}

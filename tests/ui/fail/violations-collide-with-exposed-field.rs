use errcat::{ApiError, Violations};

#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum E {
    #[api(status = 400, message = "invalid body")]
    InvalidBody {
        #[api(violations)]
        details: Violations,
        #[api(expose = "issues")]
        summary: String,
    },
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down")]
    RateLimited {
        #[api(expose = "")]
        retry_after_ms: u64,
    },
}

fn main() {}

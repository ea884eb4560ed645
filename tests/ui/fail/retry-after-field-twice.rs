use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down")]
    RateLimited {
        #[api(retry_after = "ms")]
        millis: u64,
        #[api(retry_after = "s")]
        seconds: u64,
    },
}

fn main() {}

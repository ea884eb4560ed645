use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down", retry_after = 5)]
    RateLimited {
        #[api(retry_after = "ms")]
        wait: u64,
    },
}

fn main() {}

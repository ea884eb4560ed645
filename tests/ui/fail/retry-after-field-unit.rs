use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down")]
    RateLimited {
        #[api(retry_after = "minutes")]
        wait: u64,
    },
}

fn main() {}

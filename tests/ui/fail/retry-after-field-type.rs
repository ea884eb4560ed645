use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 429, message = "slow down")]
    RateLimited {
        #[api(retry_after = "s")]
        wait: String,
    },
}

fn main() {}

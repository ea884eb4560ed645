use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad range")]
    BadRange {
        #[api(expose = "bound")]
        low: u32,
        #[api(expose = "bound")]
        high: u32,
    },
}

fn main() {}

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 500, message = "database failed: {cause}")]
    DbFailed {
        #[api(source)]
        cause: std::io::Error,
    },
}

fn main() {}

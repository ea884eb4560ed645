use errcat::ApiError;

#[derive(Debug, thiserror::Error, ApiError)]
enum E {
    #[error("internal error")]
    #[api(status = 500, message = "internal error")]
    Internal {
        #[source]
        io: std::io::Error,
        #[from]
        fmt: std::fmt::Error,
    },
}

fn main() {}

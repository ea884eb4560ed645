use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(transparent)]
    Io(std::io::Error),
}

fn main() {}

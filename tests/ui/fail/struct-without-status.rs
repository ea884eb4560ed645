use errcat::ApiError;

/// The project does not exist.
#[derive(Debug, ApiError)]
struct NotFound;

fn main() {}

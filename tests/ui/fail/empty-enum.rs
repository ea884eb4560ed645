use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {}

fn main() {}

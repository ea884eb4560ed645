use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(domain = "my service")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

#[derive(Debug, ApiError)]
#[api(domain = "")]
enum F {
    #[api(status = 404, message = "not found")]
    NotFound,
}

#[derive(Debug, ApiError)]
enum G {
    #[api(status = 404, message = "not found", domain = "x.example.com")]
    NotFound,
}

fn main() {}

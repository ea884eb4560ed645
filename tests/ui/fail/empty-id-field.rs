use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(id_field = "")]
enum E {
    #[api(status = 404, message = "not found")]
    NotFound,
}

fn main() {}

use errcat::ApiError;

// No `format`: the default shape (`nested`) reserves its members all the same.
#[derive(Debug, ApiError)]
enum E {
    #[api(status = 400, message = "bad input")]
    BadInput {
        #[api(expose = "message")]
        text: String,
    },
}

fn main() {}

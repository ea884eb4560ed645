//! An unknown key, a repeated key and a value of the wrong type stop nothing: the
//! cross-variant errors (here a duplicate code) come in the same compile.

use errcat::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[api(status = 404, colour = "red", message = "not found")]
    NotFound,

    #[api(status = 404, status = 410, code = "NOT_FOUND", message = "gone")]
    Gone,

    #[api(status = 400, message = 42)]
    BadRequest,
}

fn main() {}

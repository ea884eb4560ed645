//! A derive with an error still emits its impls (with unreachable bodies), under the
//! `crate = ...` path and with the code type: the uses of the type below compile, and
//! only the derive's own error shows.

use errcat::{ApiError, Envelope};

mod reexport {
    pub use ::errcat;
}

#[derive(Debug, ApiError)]
#[api(crate = reexport::errcat, display)]
enum E {
    #[api(status = 200, message = "fine")]
    Fine,

    #[api(status = 404, message = "no widget {id}")]
    NotFound { id: u32 },
}

#[derive(Debug, ApiError)]
enum Fieldless {
    #[api(status = 4040, message = "not found")]
    NotFound,
}

fn main() {
    let err = E::NotFound { id: 1 };
    let _: &str = err.code();
    let _: ECode = err.kind();
    let _ = "NOT_FOUND".parse::<ECode>();
    let _ = E::catalog().len();
    let _ = Envelope::new(&err).to_json_vec();
    let _ = err.to_string();
    let _ = "NOT_FOUND".parse::<Fieldless>();
}

//! `#[api(crate = ...)]` names the runtime by another path.

extern crate errcat as renamed;

mod inner {
    #[derive(Debug, ::renamed::ApiError)]
    #[api(crate = ::renamed)]
    pub enum E {
        #[api(status = 403, message = "forbidden")]
        Forbidden,
    }
}

use renamed::ApiError;

fn main() {
    assert_eq!(inner::E::Forbidden.code(), "FORBIDDEN");
    assert_eq!(inner::E::Forbidden.status().as_u16(), 403);
    assert_eq!(
        renamed::Envelope::new(&inner::E::Forbidden).to_json_vec(),
        br#"{"error":{"code":"FORBIDDEN","message":"forbidden"}}"#
    );
}

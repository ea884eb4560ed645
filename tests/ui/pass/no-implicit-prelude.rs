//! Generated code names only absolute paths, so it compiles without the prelude.

mod user {
    #![no_implicit_prelude]

    #[derive(Debug, ::errcat::ApiError)]
    #[api(format = "flat", status_field = "statusCode")]
    pub enum E {
        /// The project does not exist.
        #[api(status = 404, fix = "caller", hint = "check the id")]
        NotFound,
        #[api(status = 409, message = "{name} already exists")]
        Conflict {
            #[api(expose)]
            name: ::std::string::String,
        },
        #[api(status = 500, message = "internal error")]
        Internal(#[api(source)] ::std::io::Error),
    }
}

use errcat::{ApiError, Envelope};

fn main() {
    let e = user::E::Conflict { name: "wok".into() };
    assert_eq!(e.code(), "CONFLICT");
    assert_eq!(e.message(), "wok already exists");
    assert_eq!(
        Envelope::new(&e).to_json_vec(),
        br#"{"error":"wok already exists","code":"CONFLICT","statusCode":409,"name":"wok"}"#
    );
    assert_eq!(user::E::NotFound.status().as_u16(), 404);
    let internal = user::E::Internal(std::io::Error::other("disk"));
    assert!(internal.source_error().is_some());
}

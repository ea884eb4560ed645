//! The derive coexists with `thiserror::Error`, whose `#[source]` and `#[from]` count.

use errcat::{ApiError, Envelope};

#[derive(Debug, thiserror::Error, ApiError)]
enum E {
    #[error("not found")]
    #[api(status = 404, message = "no such project")]
    NotFound,
    #[error("database failed")]
    #[api(status = 500, message = "internal error")]
    Db(#[from] std::io::Error),
    #[error("parse failed")]
    #[api(status = 400, message = "bad number")]
    Parse {
        #[source]
        cause: std::num::ParseIntError,
    },
}

fn main() {
    let db: E = std::io::Error::other("password=hunter2").into();
    assert_eq!(db.to_string(), "database failed");
    assert_eq!(db.code(), "DB");
    assert_eq!(
        db.source_error().map(ToString::to_string).as_deref(),
        Some("password=hunter2")
    );
    assert_eq!(
        Envelope::new(&db).to_json_vec(),
        br#"{"error":{"code":"DB","message":"internal error"}}"#
    );
    let parse = E::Parse {
        cause: "x".parse::<u8>().unwrap_err(),
    };
    assert!(parse.source_error().is_some());
    assert!(E::NotFound.source_error().is_none());
    assert_eq!(E::NotFound.message(), "no such project");
}

//! Local types named like prelude items do not capture generated code.
#![allow(dead_code)]

use errcat::{ApiError, Envelope};

struct Result;
struct Option;
struct Box;
struct Some;
struct None;
struct Ok;
struct Err;
struct String;
struct Vec;
struct Cow;
struct Default;
struct From;
struct Into;
struct Display;
trait Debug {}
mod core {}
mod std {}
mod serde {}
mod http {}

#[derive(::core::fmt::Debug, ApiError)]
enum E {
    /// Not there.
    #[api(status = 404, hint = "look elsewhere")]
    NotFound,
    #[api(status = 400, message = "bad {0}")]
    Bad(u32),
}

fn main() {
    assert_eq!(E::NotFound.code(), "NOT_FOUND");
    assert_eq!(E::Bad(7).message(), "bad 7");
    assert_eq!(
        Envelope::new(&E::Bad(7)).to_json_vec(),
        br#"{"error":{"code":"BAD","message":"bad 7"}}"#
    );
    assert_eq!(
        "NOT_FOUND".parse::<ECode>().map(ECode::as_str),
        ::core::result::Result::Ok("NOT_FOUND")
    );
}

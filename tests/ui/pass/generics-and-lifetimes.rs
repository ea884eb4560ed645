//! Type parameters, lifetimes and a transparent generic variant.

use std::fmt::Display;

use errcat::{ApiError, Envelope};

#[derive(Debug, ApiError)]
enum Typed<T: Display> {
    #[api(status = 400, message = "{0}")]
    V(T),
}

#[derive(Debug, ApiError)]
enum Borrowed<'a> {
    #[api(status = 404, message = "no project {id}")]
    NotFound {
        #[api(expose)]
        id: &'a str,
    },
}

#[derive(Debug, ApiError)]
enum Wrapper<'a, E> {
    #[api(transparent)]
    Inner(E),
    #[api(status = 422, message = "invalid {field}")]
    Invalid { field: &'a str },
}

#[derive(Debug, ApiError)]
enum WhereClause<T>
where
    T: std::fmt::Debug,
{
    #[api(status = 400, message = "bad {0:?}")]
    Bad(T),
}

fn main() {
    let typed = Typed::V(42u32);
    assert_eq!(typed.message(), "42");
    assert_eq!(typed.code(), "V");

    let id = String::from("p-1");
    let borrowed = Borrowed::NotFound { id: &id };
    assert_eq!(
        Envelope::new(&borrowed).to_json_vec(),
        br#"{"error":{"code":"NOT_FOUND","message":"no project p-1","id":"p-1"}}"#
    );

    let wrapped: Wrapper<'_, Borrowed<'_>> = Wrapper::Inner(Borrowed::NotFound { id: "x" });
    assert_eq!(wrapped.code(), "NOT_FOUND");
    assert_eq!(wrapped.status().as_u16(), 404);
    assert_eq!(wrapped.message(), "no project x");
    let invalid: Wrapper<'_, Typed<u8>> = Wrapper::Invalid { field: "name" };
    assert_eq!(invalid.code(), "INVALID");
    assert_eq!(invalid.kind(), Some(WrapperCode::Invalid));

    assert_eq!(WhereClause::Bad("x").message(), "bad \"x\"");
}

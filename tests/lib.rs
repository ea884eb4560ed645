//! The trybuild suite of `#[derive(ApiError)]` lives in `tests/compiletest.rs` and `ui/`;
//! this crate has no library code.

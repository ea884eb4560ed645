//! Integration tests of errcat live in `tests/`; this crate has no library code.

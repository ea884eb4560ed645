//! Runnable examples of errcat live in `examples/`; the example service's router lives
//! here (with the `web` feature), so that tests can serve it in-process.

#[cfg(feature = "web")]
pub mod service;

//! Runnable examples of errcat live in `examples/`; the example service's router lives
//! here, so that tests can serve it in-process.

pub mod service;

//! Framework integrations, each behind a cargo feature of `errcat`.

#[cfg(feature = "reqwest")]
pub mod reqwest;

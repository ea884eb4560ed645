//! Framework integrations, each behind a cargo feature of `errcat`.

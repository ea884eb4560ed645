//! Runnable examples of errcat live in `examples/`.

//! Generated code raises no warning, under the strictest lints a user may set.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]

use errcat::ApiError;

/// Errors of a service.
#[derive(Debug, ApiError)]
pub enum ServiceError {
    /// The project does not exist.
    #[api(status = 404)]
    NotFound,
    /// Too many requests.
    #[api(
        status = 429,
        message = "slow down, retry in {retry_after_ms}ms",
        retry_after = 1
    )]
    RateLimited {
        /// Milliseconds to wait.
        #[api(expose = "retryAfterMs")]
        retry_after_ms: u64,
    },
    /// An I/O error.
    #[api(status = 500, message = "internal error")]
    Io(#[api(source)] std::io::Error),
}

fn main() {
    let e = ServiceError::RateLimited {
        retry_after_ms: 250,
    };
    assert_eq!(e.code(), "RATE_LIMITED");
    assert_eq!(e.message(), "slow down, retry in 250ms");
    assert_eq!(e.retry_after(), Some(std::time::Duration::from_secs(1)));
    assert_eq!(e.kind(), ServiceErrorCode::RateLimited);
    assert_eq!(
        ServiceError::NotFound.message(),
        "The project does not exist."
    );
    assert_eq!(
        ServiceError::Io(std::io::Error::other("x"))
            .status()
            .as_u16(),
        500
    );
}

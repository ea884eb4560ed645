//! The tour's enum keeps the promises its texts make: a code whose hint tells clients to
//! follow `Retry-After` sends the header.

#[path = "../examples/tour.rs"]
#[allow(dead_code)] // the tour's `main` and `show` are not run here
mod tour;

use errcat::{ApiError, Envelope};
use tour::CpError;

#[test]
fn codes_promising_retry_after_send_it() {
    for entry in CpError::catalog().entries() {
        let promises = entry
            .hint()
            .is_some_and(|hint| hint.contains("Retry-After"));
        let sends = entry.retry_after_secs().is_some() || entry.retry_after_field().is_some();
        assert!(!promises || sends, "{} promises Retry-After", entry.code());
    }
    let limited = CpError::RateLimited {
        retry_after_ms: 1500,
    };
    let response = Envelope::new(&limited).into_http_response();
    // 1.5 s, rounded up to whole seconds.
    assert_eq!(response.headers()["retry-after"], "2");
}

/// The example service's translations cover every code it answers, in German.
#[cfg(feature = "web")]
#[test]
fn the_service_is_translated_into_german() -> Result<(), errcat::i18n::Problems> {
    use errcat_examples::service::{ServiceError, translations};
    errcat::i18n::check(&translations(), &[ServiceError::catalog()])
}

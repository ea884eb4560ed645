//! A struct derives one code, with the variant keys on the struct itself.

use errcat::{ApiError, Envelope};

/// The project does not exist.
#[derive(Debug, ApiError)]
#[api(status = 404, fix = "caller")]
struct NotFound;

#[derive(Debug, ApiError)]
#[api(
    code = "QUOTA",
    status = 429,
    message = "quota of {limit} reached",
    retry_after = 60
)]
struct QuotaExceeded {
    #[api(expose)]
    limit: u32,
}

#[derive(Debug, ApiError)]
#[api(status = 502, format = "code", message = "upstream {0} failed")]
struct Upstream(&'static str, #[api(source)] std::io::Error);

fn main() {
    assert_eq!(NotFound.code(), "NOT_FOUND");
    assert_eq!(NotFound.fix(), errcat::Fix::CALLER);
    assert_eq!(
        Envelope::new(&NotFound).to_json_vec(),
        br#"{"error":{"code":"NOT_FOUND","message":"The project does not exist."}}"#
    );
    assert_eq!(
        "NOT_FOUND".parse::<NotFound>().map(|e| e.code()),
        Ok("NOT_FOUND")
    );

    let quota = QuotaExceeded { limit: 10 };
    assert_eq!(
        Envelope::new(&quota).to_json_vec(),
        br#"{"error":{"code":"QUOTA","message":"quota of 10 reached","limit":10}}"#
    );
    assert_eq!(quota.kind(), QuotaExceededCode::QuotaExceeded);

    let upstream = Upstream("billing", std::io::Error::other("secret"));
    assert_eq!(
        Envelope::new(&upstream).to_json_vec(),
        br#"{"error":"UPSTREAM","message":"upstream billing failed"}"#
    );
    assert!(upstream.source_error().is_some());
}

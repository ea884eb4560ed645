//! The retry policy: `Retry-After` in every form, backoff with jitter, the retry budget,
//! what is never retried, the catalog's guidance, and the async helper with a fake sleep.

use std::cell::RefCell;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use errcat::retry::{Decision, Jitter, RetryPolicy, Retryable, parse_retry_after, retry};
use errcat::{ApiError, Decoded};
use http::StatusCode;

const SECOND: Duration = Duration::from_secs(1);

/// Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's example date.
fn rfc_example() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(784_111_777)
}

/// 2026-01-01T00:00:00Z.
fn new_year_2026() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_767_225_600)
}

fn secs(s: u64) -> Option<Duration> {
    Some(Duration::from_secs(s))
}

// ---------------------------------------------------------------------------------------
// Parsing Retry-After

#[test]
fn retry_after_seconds() {
    let now = rfc_example();
    assert_eq!(parse_retry_after("0", now), secs(0));
    assert_eq!(parse_retry_after("120", now), secs(120));
    assert_eq!(parse_retry_after("007", now), secs(7));
    assert_eq!(parse_retry_after(" 120\t", now), secs(120));
    // Past u64: as long as possible (the policy clamps it).
    assert_eq!(
        parse_retry_after("99999999999999999999999", now),
        secs(u64::MAX)
    );
}

#[test]
fn retry_after_three_date_forms() {
    let now = rfc_example();
    // 90 seconds after the RFC's example instant, in each of RFC 9110's forms.
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:51:07 GMT", now),
        secs(90)
    );
    assert_eq!(
        parse_retry_after("Sunday, 06-Nov-94 08:51:07 GMT", now),
        secs(90)
    );
    assert_eq!(parse_retry_after("Sun Nov  6 08:51:07 1994", now), secs(90));
    // A day later, crossing a month in each form.
    assert_eq!(
        parse_retry_after("Mon, 07 Nov 1994 08:49:37 GMT", now),
        secs(86_400)
    );
    assert_eq!(
        parse_retry_after("Monday, 07-Nov-94 08:49:37 GMT", now),
        secs(86_400)
    );
    assert_eq!(
        parse_retry_after("Mon Nov  7 08:49:37 1994", now),
        secs(86_400)
    );
}

#[test]
fn retry_after_past_dates_are_zero() {
    let now = rfc_example();
    for past in [
        "Sun, 06 Nov 1994 08:49:36 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Saturday, 05-Nov-94 08:49:37 GMT",
        "Sat Nov  5 08:49:37 1994",
    ] {
        assert_eq!(parse_retry_after(past, now), secs(0), "{past}");
    }
}

#[test]
fn retry_after_rfc850_two_digit_years_follow_rfc_9110() {
    // In 2026, "76" is 2076 (exactly 50 years ahead), "77" is 1977 (2077 would be more
    // than 50 years ahead). A fixed pivot at 70 would read "76" as 1976.
    let now = new_year_2026();
    assert_eq!(
        parse_retry_after("Wednesday, 01-Jan-76 00:00:00 GMT", now),
        secs(3_345_062_400 - 1_767_225_600)
    );
    assert_eq!(
        parse_retry_after("Saturday, 01-Jan-77 00:00:00 GMT", now),
        secs(0)
    );
    // And "26" is this year.
    assert_eq!(
        parse_retry_after("Thursday, 01-Jan-26 00:01:00 GMT", now),
        secs(60)
    );
    // The weekday must match the year the rule picks.
    assert_eq!(
        parse_retry_after("Thursday, 01-Jan-76 00:00:00 GMT", now),
        None
    );
}

#[test]
fn retry_after_garbage() {
    let now = rfc_example();
    for garbage in [
        "",
        " ",
        "soon",
        "-1",
        "+5",
        "1.5",
        "5s",
        "0x10",
        "١٢", // Arabic-Indic digits
        "Sun, 06 Nov 1994 08:49:37",
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "sun, 06 nov 1994 08:49:37 gmt",
        "Mon, 06 Nov 1994 08:49:37 GMT", // wrong weekday
        "Sun, 31 Nov 1994 08:49:37 GMT", // no such day
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sunday, 06-Nov-9 08:49:37 GMT",
        // One and three digits, with the weekday of the year they would be read as
        // (2005-11-06 was a Sunday): the year must be exactly two digits.
        "Sunday, 06-Nov-5 08:49:37 GMT",
        "Sunday, 06-Nov-005 08:49:37 GMT",
        "Sunday, 06-Nov-94-1 08:49:37 GMT",
        "Funday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov 6 08:49:37 1994", // asctime pads the day to two characters
        "Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT",
    ] {
        assert_eq!(parse_retry_after(garbage, now), None, "{garbage:?}");
    }
    // Long hostile values are rejected without trouble.
    assert_eq!(parse_retry_after(&"9".repeat(100_000), now), secs(u64::MAX));
    assert_eq!(parse_retry_after(&"Sunday, ".repeat(10_000), now), None);
}

// ---------------------------------------------------------------------------------------
// Deciding

/// A failed response with optional hints, as a test double.
struct Failure {
    status: Option<StatusCode>,
    retry_after: Option<Duration>,
    guidance: Option<Duration>,
}

impl Failure {
    fn status(code: u16) -> Self {
        Failure {
            status: Some(StatusCode::from_u16(code).unwrap()),
            retry_after: None,
            guidance: None,
        }
    }
    fn retry_after(mut self, wait: Duration) -> Self {
        self.retry_after = Some(wait);
        self
    }
    fn guidance(mut self, wait: Duration) -> Self {
        self.guidance = Some(wait);
        self
    }
}

impl Retryable for Failure {
    fn status(&self) -> Option<StatusCode> {
        self.status
    }
    fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }
    fn guidance(&self) -> Option<Duration> {
        self.guidance
    }
}

const POLICY: RetryPolicy = RetryPolicy::PROMPT_API;

fn wait(d: Duration) -> Decision {
    Decision::RetryAfter(d)
}

#[test]
fn seed_001_policy_is_the_default() {
    assert_eq!(RetryPolicy::default(), RetryPolicy::PROMPT_API);
    assert_eq!(RetryPolicy::new(), RetryPolicy::PROMPT_API);
    assert_eq!(POLICY.retries(), 3);
}

#[test]
fn too_many_requests_honours_retry_after() {
    let limited = Failure::status(429).retry_after(7 * SECOND);
    for attempt in 1..=3 {
        assert_eq!(POLICY.decide(attempt, &limited), wait(7 * SECOND));
    }
    // A date in the past: retry at once.
    let now = Failure::status(429).retry_after(Duration::ZERO);
    assert_eq!(POLICY.decide(1, &now), wait(Duration::ZERO));
}

#[test]
fn server_waits_are_clamped() {
    let greedy = Failure::status(429).retry_after(Duration::from_secs(u64::MAX));
    assert_eq!(POLICY.decide(1, &greedy), wait(60 * SECOND));
    let hour = Failure::status(503).retry_after(3600 * SECOND);
    assert_eq!(POLICY.decide(1, &hour), wait(60 * SECOND));
    let custom = POLICY.max_retry_after(10 * SECOND);
    assert_eq!(custom.decide(1, &hour), wait(10 * SECOND));
    assert_eq!(
        custom.decide(1, &Failure::status(429).guidance(30 * SECOND)),
        wait(10 * SECOND)
    );
}

#[test]
fn too_many_requests_without_a_hint_backs_off() {
    let policy = POLICY.jitter(Jitter::None);
    let bare = Failure::status(429);
    assert_eq!(policy.decide(1, &bare), wait(SECOND));
    assert_eq!(policy.decide(2, &bare), wait(2 * SECOND));
    assert_eq!(policy.decide(3, &bare), wait(4 * SECOND));
    assert_eq!(policy.decide(4, &bare), Decision::GiveUp);
}

#[test]
fn server_errors_back_off_exponentially() {
    let policy = POLICY
        .jitter(Jitter::None)
        .max_retries(10)
        .max_delay(30 * SECOND);
    let waits: Vec<Decision> = (1..=8)
        .map(|attempt| policy.decide(attempt, &StatusCode::INTERNAL_SERVER_ERROR))
        .collect();
    let expected: Vec<Decision> = [1, 2, 4, 8, 16, 30, 30, 30]
        .map(|s| wait(s * SECOND))
        .to_vec();
    assert_eq!(waits, expected);
}

#[test]
fn equal_jitter_bounds() {
    // Equal jitter: [d/2, d) around the exponential delay d.
    for (attempt, full) in [(1, 1), (2, 2), (3, 4)] {
        let full = full * SECOND;
        let low = POLICY.decide_with(attempt, &StatusCode::BAD_GATEWAY, 0.0);
        let mid = POLICY.decide_with(attempt, &StatusCode::BAD_GATEWAY, 0.5);
        assert_eq!(low, wait(full / 2));
        assert_eq!(mid, wait(full * 3 / 4));
        let Decision::RetryAfter(high) =
            POLICY.decide_with(attempt, &StatusCode::BAD_GATEWAY, 0.999_999)
        else {
            panic!("5xx is retried");
        };
        assert!(high < full && high > full * 99 / 100, "{high:?}");
    }
    // Out-of-range draws are clamped, never a panic.
    assert_eq!(
        POLICY.decide_with(1, &StatusCode::BAD_GATEWAY, -3.0),
        wait(SECOND / 2)
    );
    assert_eq!(
        POLICY.decide_with(1, &StatusCode::BAD_GATEWAY, f64::NAN),
        wait(SECOND / 2)
    );
    assert_eq!(
        POLICY.decide_with(1, &StatusCode::BAD_GATEWAY, 7.0),
        wait(SECOND)
    );
}

#[test]
fn full_jitter_bounds() {
    let policy = POLICY.jitter(Jitter::Full);
    assert_eq!(
        policy.decide_with(3, &StatusCode::BAD_GATEWAY, 0.0),
        wait(Duration::ZERO)
    );
    assert_eq!(
        policy.decide_with(3, &StatusCode::BAD_GATEWAY, 0.25),
        wait(SECOND)
    );
}

#[test]
fn random_jitter_stays_in_bounds_and_spreads() {
    for attempt in 1..=3u32 {
        let full = SECOND * 2u32.pow(attempt - 1);
        let waits: Vec<Duration> = (0..500)
            .map(
                |_| match POLICY.decide(attempt, &StatusCode::SERVICE_UNAVAILABLE) {
                    Decision::RetryAfter(d) => d,
                    Decision::GiveUp => panic!("5xx is retried"),
                },
            )
            .collect();
        assert!(
            waits.iter().all(|d| *d >= full / 2 && *d <= full),
            "{waits:?}"
        );
        // 500 draws from [d/2, d): both halves of the range are hit.
        let quarter = full * 3 / 4;
        assert!(waits.iter().any(|d| *d < quarter));
        assert!(waits.iter().any(|d| *d > quarter));
    }
}

#[test]
fn at_most_three_retries() {
    for failure in [
        Failure::status(500),
        Failure::status(503).retry_after(SECOND),
        Failure::status(429).retry_after(SECOND),
        Failure::status(429),
    ] {
        for attempt in 1..=3 {
            assert!(matches!(
                POLICY.decide(attempt, &failure),
                Decision::RetryAfter(_)
            ));
        }
        for attempt in [4, 5, 100, u32::MAX] {
            assert_eq!(POLICY.decide(attempt, &failure), Decision::GiveUp);
        }
    }
    assert_eq!(
        RetryPolicy::never().decide(1, &StatusCode::SERVICE_UNAVAILABLE),
        Decision::GiveUp
    );
}

#[test]
fn other_client_errors_never() {
    for code in (400..=499).filter(|&c| c != 429) {
        // Not even when the server sends Retry-After or the catalog has guidance.
        let failure = Failure::status(code).retry_after(SECOND).guidance(SECOND);
        assert_eq!(POLICY.decide(1, &failure), Decision::GiveUp, "{code}");
    }
    // Nor anything that is not an error.
    for code in [200, 204, 301, 304] {
        assert_eq!(
            POLICY.decide(1, &Failure::status(code)),
            Decision::GiveUp,
            "{code}"
        );
    }
}

#[test]
fn every_server_error_is_retried() {
    for code in 500..=599 {
        assert!(
            matches!(
                POLICY.decide(1, &Failure::status(code)),
                Decision::RetryAfter(_)
            ),
            "{code}"
        );
    }
}

#[test]
fn transport_errors_only_when_asked() {
    let offline = Failure {
        status: None,
        retry_after: None,
        guidance: None,
    };
    assert_eq!(POLICY.decide(1, &offline), Decision::GiveUp);
    let patient = POLICY.retry_transport(true).jitter(Jitter::None);
    assert_eq!(patient.decide(2, &offline), wait(2 * SECOND));
    assert_eq!(patient.decide(4, &offline), Decision::GiveUp);
}

// ---------------------------------------------------------------------------------------
// The catalog's guidance

/// A catalog with retry guidance on some codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
#[api(format = "flat")]
enum Sandbox {
    /// The sandbox pool is exhausted.
    #[api(status = 503, retry_after = 5)]
    PoolExhausted,
    /// Too many sandboxes started this minute.
    #[api(status = 429, retry_after = 20)]
    StartRateLimited,
    /// The sandbox crashed.
    #[api(status = 500)]
    Crashed,
    /// The sandbox is being created; poll again.
    #[api(status = 409, retry_after = 2)]
    NotReady,
}

fn decoded(err: Sandbox, headers: &[(&'static str, &'static str)]) -> Decoded<Sandbox> {
    let mut response = errcat::Envelope::new(&err).into_http_response();
    response.headers_mut().remove(http::header::RETRY_AFTER);
    for (name, value) in headers {
        response.headers_mut().insert(
            http::HeaderName::from_static(name),
            http::HeaderValue::from_static(value),
        );
    }
    errcat::client::decode_response::<Sandbox, _>(&response).unwrap()
}

#[test]
fn policy_uses_catalog_guidance_without_a_header() {
    let policy = POLICY.jitter(Jitter::None);
    assert_eq!(
        policy.decide(1, &decoded(Sandbox::PoolExhausted, &[])),
        wait(5 * SECOND)
    );
    assert_eq!(
        policy.decide(3, &decoded(Sandbox::StartRateLimited, &[])),
        wait(20 * SECOND)
    );
    // No guidance: backoff.
    assert_eq!(
        policy.decide(2, &decoded(Sandbox::Crashed, &[])),
        wait(2 * SECOND)
    );
    // Guidance does not make another 4xx retryable.
    assert_eq!(
        policy.decide(1, &decoded(Sandbox::NotReady, &[])),
        Decision::GiveUp
    );
}

#[test]
fn header_wins_over_guidance() {
    let with_header = decoded(Sandbox::PoolExhausted, &[("retry-after", "1")]);
    assert_eq!(with_header.retry_after, Some(SECOND));
    assert_eq!(with_header.guidance(), Some(5 * SECOND));
    assert_eq!(POLICY.decide(1, &with_header), wait(SECOND));
    // A garbage header falls back to the guidance.
    let garbage = decoded(Sandbox::PoolExhausted, &[("retry-after", "later")]);
    assert_eq!(POLICY.decide(1, &garbage), wait(5 * SECOND));
}

#[test]
fn envelope_responses_carry_their_own_guidance_as_retry_after() {
    // The server side writes the guidance as a header; the client reads it back.
    let response = errcat::Envelope::new(&Sandbox::PoolExhausted).into_http_response();
    assert_eq!(POLICY.decide(1, &response), wait(5 * SECOND));
    // Through a reference, and as response parts.
    assert_eq!(POLICY.decide(1, &&response), wait(5 * SECOND));
    let (parts, _) = response.into_parts();
    assert_eq!(POLICY.decide(1, &parts), wait(5 * SECOND));
    assert_eq!(POLICY.decide(1, &&parts), wait(5 * SECOND));
    assert_eq!(POLICY.decide(4, &parts), Decision::GiveUp);
}

#[test]
fn references_forward_every_answer() {
    // `&T` answers as `T` does: status, header delay and catalog guidance.
    let failure = Failure::status(503)
        .retry_after(7 * SECOND)
        .guidance(9 * SECOND);
    let by_ref: &Failure = &failure;
    assert_eq!(
        Retryable::status(&by_ref),
        Some(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(Retryable::retry_after(&by_ref), Some(7 * SECOND));
    assert_eq!(Retryable::guidance(&by_ref), Some(9 * SECOND));
    // Parts of a response: its status and its header, and no guidance of its own.
    let (parts, ()) = http::Response::builder()
        .status(429)
        .header("retry-after", "3")
        .body(())
        .unwrap()
        .into_parts();
    assert_eq!(
        Retryable::status(&parts),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    assert_eq!(Retryable::retry_after(&parts), Some(3 * SECOND));
    assert_eq!(Retryable::guidance(&parts), None);
}

// ---------------------------------------------------------------------------------------
// The async helper, with a fake sleep

/// Runs a future whose awaits all complete at once (the fake sleep never pends).
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(out) => out,
        std::task::Poll::Pending => panic!("the fake sleep never pends"),
    }
}

/// Runs `retry` over a scripted sequence of outcomes; returns the result, the number of
/// calls and the waits.
fn script(
    policy: &RetryPolicy,
    outcomes: Vec<Result<&'static str, Failure>>,
) -> (Result<&'static str, u16>, usize, Vec<Duration>) {
    let slept = RefCell::new(Vec::new());
    let outcomes = RefCell::new(outcomes.into_iter());
    let calls = RefCell::new(0);
    let result = block_on(retry(
        policy,
        |wait| {
            slept.borrow_mut().push(wait);
            std::future::ready(())
        },
        || {
            *calls.borrow_mut() += 1;
            let next = outcomes
                .borrow_mut()
                .next()
                .expect("called past the script");
            std::future::ready(next)
        },
    ));
    let result = result.map_err(|f| f.status.map_or(0, |s| s.as_u16()));
    (result, calls.into_inner(), slept.into_inner())
}

#[test]
fn retry_until_success() {
    let policy = POLICY.jitter(Jitter::None);
    let (result, calls, slept) = script(
        &policy,
        vec![
            Err(Failure::status(503)),
            Err(Failure::status(429).retry_after(3 * SECOND)),
            Ok("done"),
        ],
    );
    assert_eq!(result, Ok("done"));
    assert_eq!(calls, 3);
    assert_eq!(slept, [SECOND, 3 * SECOND]);
}

#[test]
fn retry_gives_up_after_three_retries() {
    let policy = POLICY.jitter(Jitter::None);
    let (result, calls, slept) = script(
        &policy,
        (0..10).map(|_| Err(Failure::status(502))).collect(),
    );
    assert_eq!(result, Err(502));
    assert_eq!(calls, 4);
    assert_eq!(slept, [SECOND, 2 * SECOND, 4 * SECOND]);
}

#[test]
fn retry_stops_at_once_on_other_client_errors() {
    let (result, calls, slept) =
        script(&POLICY, vec![Err(Failure::status(404)), Ok("unreachable")]);
    assert_eq!(result, Err(404));
    assert_eq!(calls, 1);
    assert!(slept.is_empty());

    // A 4xx after a retried 5xx ends it too.
    let (result, calls, slept) = script(
        &POLICY.jitter(Jitter::None),
        vec![Err(Failure::status(500)), Err(Failure::status(401))],
    );
    assert_eq!((result, calls, slept), (Err(401), 2, vec![SECOND]));
}

#[test]
fn retry_first_success_does_not_sleep() {
    let (result, calls, slept) = script(&POLICY, vec![Ok("first")]);
    assert_eq!((result, calls, slept), (Ok("first"), 1, vec![]));
}

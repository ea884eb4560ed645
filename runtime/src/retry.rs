//! Retrying failed calls as the API's policy says.
//!
//! A [`RetryPolicy`] looks at one failed attempt (its status, its `Retry-After` header and
//! the catalog's retry guidance for its code) and answers [`Decision::RetryAfter`] or
//! [`Decision::GiveUp`]. [`retry`] runs an async operation under a policy with any
//! runtime's sleep function.
//!
//! The ready policy is the one the prompt API (seed 001) publishes:
//!
//! - `429`: wait as `Retry-After` says (seconds or an HTTP-date, clamped to
//!   [`max_retry_after`](RetryPolicy::max_retry_after)); without it, as the catalog's retry
//!   guidance for the code says; without either, exponential backoff;
//! - `5xx`: the same hints when present, otherwise exponential backoff with jitter;
//! - other `4xx`: never (the request is malformed, repeating it cannot help);
//! - at most 3 retries (4 attempts in all).
//!
//! ```
//! use errcat::retry::{Decision, RetryPolicy};
//! use http::StatusCode;
//! use std::time::Duration;
//!
//! let policy = RetryPolicy::PROMPT_API;
//! assert_eq!(policy.decide(1, &StatusCode::NOT_FOUND), Decision::GiveUp);
//!
//! let limited = http::Response::builder()
//!     .status(429)
//!     .header("retry-after", "2")
//!     .body(())
//!     .unwrap();
//! assert_eq!(policy.decide(1, &limited), Decision::RetryAfter(Duration::from_secs(2)));
//!
//! match policy.decide(1, &StatusCode::SERVICE_UNAVAILABLE) {
//!     Decision::RetryAfter(wait) => assert!(wait <= Duration::from_secs(1)),
//!     Decision::GiveUp => unreachable!("5xx is retried"),
//! }
//! assert_eq!(policy.decide(4, &StatusCode::SERVICE_UNAVAILABLE), Decision::GiveUp);
//! ```

use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::code::ErrorCode;
use crate::decode::{ClientError, Decoded};
pub use crate::retry_after::{parse_retry_after, retry_after};

/// What a failed attempt tells a [`RetryPolicy`].
///
/// Implemented for [`http::StatusCode`], [`http::Response`], [`http::response::Parts`],
/// [`Decoded`], [`ClientError`], and, with the `reqwest`
/// feature, `reqwest::Response` and `reqwest::Error`.
///
/// ```
/// use errcat::retry::{Decision, RetryPolicy, Retryable};
/// use std::time::Duration;
///
/// /// A failure of my own client.
/// enum MyError {
///     Status(http::StatusCode),
///     Offline,
/// }
///
/// impl Retryable for MyError {
///     fn status(&self) -> Option<http::StatusCode> {
///         match self {
///             MyError::Status(status) => Some(*status),
///             MyError::Offline => None,
///         }
///     }
/// }
///
/// let policy = RetryPolicy::PROMPT_API;
/// assert_eq!(policy.decide(1, &MyError::Offline), Decision::GiveUp);
/// let patient = policy.retry_transport(true).jitter(errcat::retry::Jitter::None);
/// assert_eq!(patient.decide(1, &MyError::Offline), Decision::RetryAfter(Duration::from_secs(1)));
/// ```
pub trait Retryable {
    /// The response's status; `None` when no response arrived (a transport error).
    fn status(&self) -> Option<http::StatusCode>;

    /// The wait the response's `Retry-After` header asks for, if it has a valid one.
    fn retry_after(&self) -> Option<Duration> {
        None
    }

    /// The catalog's retry guidance for the response's code (`#[api(retry_after = N)]`).
    fn guidance(&self) -> Option<Duration> {
        None
    }
}

impl<T: Retryable + ?Sized> Retryable for &T {
    fn status(&self) -> Option<http::StatusCode> {
        (**self).status()
    }
    fn retry_after(&self) -> Option<Duration> {
        (**self).retry_after()
    }
    fn guidance(&self) -> Option<Duration> {
        (**self).guidance()
    }
}

impl Retryable for http::StatusCode {
    fn status(&self) -> Option<http::StatusCode> {
        Some(*self)
    }
}

impl<B> Retryable for http::Response<B> {
    fn status(&self) -> Option<http::StatusCode> {
        Some(http::Response::status(self))
    }
    fn retry_after(&self) -> Option<Duration> {
        retry_after(self.headers())
    }
}

impl Retryable for http::response::Parts {
    fn status(&self) -> Option<http::StatusCode> {
        Some(self.status)
    }
    fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }
}

impl<C: ErrorCode> Retryable for Decoded<C> {
    fn status(&self) -> Option<http::StatusCode> {
        Some(self.status)
    }
    fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }
    fn guidance(&self) -> Option<Duration> {
        Decoded::guidance(self)
    }
}

/// What to do after a failed attempt.
///
/// ```
/// use errcat::catalogs::control_plane::ControlPlaneErrorCode;
/// use errcat::retry::{Decision, RetryPolicy};
/// use http::StatusCode;
/// use std::time::Duration;
///
/// let policy = RetryPolicy::PROMPT_API;
/// assert_eq!(policy.decide(1, &StatusCode::CONFLICT), Decision::GiveUp);
///
/// // A server's wait is honoured up to `max_retry_after` (60 s here).
/// let limited = http::Response::builder()
///     .status(429)
///     .header("retry-after", "3600")
///     .body(())
///     .unwrap();
/// assert_eq!(policy.decide(1, &limited), Decision::RetryAfter(Duration::from_secs(60)));
///
/// // Without a header, the catalog's guidance for the code.
/// let body = br#"{"error":{"code":"CP_STATUS_STALE","message":"wok status not refreshed yet"}}"#;
/// let stale = errcat::decode::<ControlPlaneErrorCode>(StatusCode::SERVICE_UNAVAILABLE, body)
///     .unwrap();
/// assert_eq!(policy.decide(1, &stale), Decision::RetryAfter(Duration::from_secs(5)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Wait this long, then try again.
    RetryAfter(Duration),
    /// Do not retry: return the failure.
    GiveUp,
}

/// How the exponential backoff delay `d` is randomized, so that clients failing together
/// do not retry together.
///
/// ```
/// use errcat::retry::{Jitter, RetryPolicy};
/// use std::time::Duration;
///
/// // The first backoff of this policy is `d` = 4 s; `random` is the draw in [0, 1).
/// let policy = RetryPolicy::new().base_delay(Duration::from_secs(4));
/// let wait = |jitter, random| policy.jitter(jitter).backoff(1, random);
/// assert_eq!(wait(Jitter::None, 0.5), Duration::from_secs(4));
/// assert_eq!(wait(Jitter::Full, 0.0), Duration::ZERO);
/// assert_eq!(wait(Jitter::Full, 0.5), Duration::from_secs(2));
/// assert_eq!(wait(Jitter::Equal, 0.0), Duration::from_secs(2));
/// assert_eq!(wait(Jitter::Equal, 0.5), Duration::from_secs(3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    /// Exactly `d` (deterministic; for tests and single clients).
    None,
    /// Uniform in `[0, d)` ("full jitter": the least contention, the least predictable).
    Full,
    /// Uniform in `[d/2, d)` ("equal jitter": never less than half the backoff).
    Equal,
}

/// When and how long to wait before retrying a failed call.
///
/// Built from [`RetryPolicy::PROMPT_API`] (also [`RetryPolicy::new`] and `Default`) with
/// the builder methods:
///
/// ```
/// use errcat::retry::{Decision, Jitter, RetryPolicy};
/// use http::StatusCode;
/// use std::time::Duration;
///
/// let policy = RetryPolicy::new()
///     .max_retries(5)
///     .base_delay(Duration::from_millis(100))
///     .max_delay(Duration::from_secs(2))
///     .jitter(Jitter::None);
/// let waits: Vec<_> = (1..=6)
///     .map(|attempt| policy.decide(attempt, &StatusCode::BAD_GATEWAY))
///     .collect();
/// assert_eq!(
///     waits,
///     [100, 200, 400, 800, 1600]
///         .map(|ms| Decision::RetryAfter(Duration::from_millis(ms)))
///         .into_iter()
///         .chain([Decision::GiveUp])
///         .collect::<Vec<_>>()
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    jitter: Jitter,
    retry_transport: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::PROMPT_API
    }
}

impl RetryPolicy {
    /// The prompt API's published policy (seed 001): 429 honours `Retry-After`; 5xx
    /// exponential backoff with jitter; other 4xx never; at most 3 retries.
    ///
    /// Its numbers, where the document gives none: backoff of 1 s, 2 s, 4 s (capped at
    /// 30 s) with [`Jitter::Equal`]; a server's wait is clamped to 60 s; transport errors
    /// are not retried (the request may have been processed).
    pub const PROMPT_API: RetryPolicy = RetryPolicy {
        max_retries: 3,
        base_delay: Duration::from_secs(1),
        max_delay: Duration::from_secs(30),
        max_retry_after: Duration::from_secs(60),
        jitter: Jitter::Equal,
        retry_transport: false,
    };

    /// [`RetryPolicy::PROMPT_API`].
    pub const fn new() -> Self {
        RetryPolicy::PROMPT_API
    }

    /// A policy that never retries.
    ///
    /// ```
    /// use errcat::retry::{Decision, RetryPolicy};
    /// assert_eq!(
    ///     RetryPolicy::never().decide(1, &http::StatusCode::SERVICE_UNAVAILABLE),
    ///     Decision::GiveUp
    /// );
    /// ```
    pub const fn never() -> Self {
        RetryPolicy::PROMPT_API.max_retries(0)
    }

    /// Sets how many retries follow the first attempt (`3`: four attempts in all).
    #[must_use]
    pub const fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Sets the backoff before the first retry; each later one doubles it.
    #[must_use]
    pub const fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Sets the cap on the exponential backoff (before jitter).
    #[must_use]
    pub const fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets the cap on a wait the server asks for (`Retry-After`, or the catalog's
    /// guidance): a longer wait is clamped to this.
    #[must_use]
    pub const fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Sets how the backoff is randomized.
    #[must_use]
    pub const fn jitter(mut self, jitter: Jitter) -> Self {
        self.jitter = jitter;
        self
    }

    /// Whether a failure without a response (connect error, timeout) is retried, with the
    /// 5xx backoff. Off in [`PROMPT_API`](Self::PROMPT_API): only opt in for idempotent
    /// requests.
    #[must_use]
    pub const fn retry_transport(mut self, retry: bool) -> Self {
        self.retry_transport = retry;
        self
    }

    /// The number of retries after the first attempt.
    pub const fn retries(&self) -> u32 {
        self.max_retries
    }

    /// Decides after the failed attempt number `attempt` (the first call is attempt 1).
    ///
    /// Attempt `1 + max_retries` (the last retry) and later give up, and so does any 4xx
    /// other than 429.
    /// A 429 or 5xx waits as the server asks (the `Retry-After` header, else the catalog's
    /// guidance for the code), clamped to [`max_retry_after`](Self::max_retry_after);
    /// without a hint it backs off exponentially with the policy's jitter.
    pub fn decide(&self, attempt: u32, outcome: &impl Retryable) -> Decision {
        self.decide_with(attempt, outcome, random_unit())
    }

    /// [`decide`](Self::decide) with the jitter draw given: `random` in `[0, 1)` picks the
    /// point in the jitter range (`0` the shortest wait), so a test can check the bounds.
    ///
    /// ```
    /// use errcat::retry::{Decision, RetryPolicy};
    /// use http::StatusCode;
    /// use std::time::Duration;
    ///
    /// let policy = RetryPolicy::PROMPT_API; // equal jitter: [d/2, d)
    /// let at = |attempt, random| policy.decide_with(attempt, &StatusCode::BAD_GATEWAY, random);
    /// assert_eq!(at(3, 0.0), Decision::RetryAfter(Duration::from_secs(2)));
    /// assert_eq!(at(3, 0.5), Decision::RetryAfter(Duration::from_secs(3)));
    /// ```
    pub fn decide_with(&self, attempt: u32, outcome: &impl Retryable, random: f64) -> Decision {
        if attempt > self.max_retries {
            return Decision::GiveUp;
        }
        let Some(status) = outcome.status() else {
            return if self.retry_transport {
                Decision::RetryAfter(self.backoff(attempt, random))
            } else {
                Decision::GiveUp
            };
        };
        if status != http::StatusCode::TOO_MANY_REQUESTS && !status.is_server_error() {
            return Decision::GiveUp;
        }
        let wait = match outcome.retry_after().or_else(|| outcome.guidance()) {
            Some(asked) => asked.min(self.max_retry_after),
            None => self.backoff(attempt, random),
        };
        Decision::RetryAfter(wait)
    }

    /// The jittered exponential backoff after failed attempt `attempt` (from 1):
    /// `min(base_delay × 2^(attempt-1), max_delay)`, then jitter with the draw `random`
    /// in `[0, 1)` (out-of-range draws are clamped).
    pub fn backoff(&self, attempt: u32, random: f64) -> Duration {
        let doublings = attempt.saturating_sub(1);
        let unbounded = if self.base_delay.is_zero() {
            Duration::ZERO
        } else {
            1u32.checked_shl(doublings)
                .and_then(|factor| self.base_delay.checked_mul(factor))
                .unwrap_or(Duration::MAX)
        };
        let delay = unbounded.min(self.max_delay);
        let random = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.0
        };
        match self.jitter {
            Jitter::None => delay,
            Jitter::Full => scale(delay, random),
            Jitter::Equal => {
                let half = delay / 2;
                half + scale(delay - half, random)
            }
        }
    }
}

/// `delay × factor` for `factor` in `[0, 1]`, never more than `delay` (`Duration::mul_f64`
/// panics when float rounding overflows near `Duration::MAX`).
fn scale(delay: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(delay.as_secs_f64() * factor)
        .unwrap_or(delay)
        .min(delay)
}

/// Runs `op` until it succeeds or `policy` gives up, sleeping with `sleep` between
/// attempts; returns the last result.
///
/// Runtime-agnostic: pass `tokio::time::sleep`, `async_std::task::sleep`, or a fake that
/// records the waits (with the `reqwest` feature,
/// [`integrations::reqwest::retry`](crate::integrations::reqwest::retry) passes tokio's).
///
/// ```
/// use errcat::retry::{retry, Jitter, RetryPolicy};
/// use http::StatusCode;
/// use std::cell::RefCell;
/// use std::time::Duration;
///
/// let policy = RetryPolicy::PROMPT_API.jitter(Jitter::None);
/// let slept = RefCell::new(Vec::new());
/// let calls = RefCell::new(0);
/// let result = block_on(retry(
///     &policy,
///     |wait| {
///         slept.borrow_mut().push(wait);
///         std::future::ready(())
///     },
///     || {
///         *calls.borrow_mut() += 1;
///         let n = *calls.borrow();
///         std::future::ready(if n < 3 { Err(StatusCode::BAD_GATEWAY) } else { Ok(n) })
///     },
/// ));
/// assert_eq!(result, Ok(3));
/// assert_eq!(*slept.borrow(), [Duration::from_secs(1), Duration::from_secs(2)]);
///
/// # fn block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     // The futures here are always ready: one poll completes them.
/// #     let mut f = std::pin::pin!(f);
/// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match f.as_mut().poll(&mut cx) {
/// #         std::task::Poll::Ready(out) => out,
/// #         std::task::Poll::Pending => unreachable!(),
/// #     }
/// # }
/// ```
pub async fn retry<T, E, Op, Fut, Sleep, Wait>(
    policy: &RetryPolicy,
    mut sleep: Sleep,
    mut op: Op,
) -> Result<T, E>
where
    E: Retryable,
    Op: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    Sleep: FnMut(Duration) -> Wait,
    Wait: Future<Output = ()>,
{
    let mut attempt: u32 = 0;
    loop {
        attempt = attempt.saturating_add(1);
        match op().await {
            Ok(value) => return Ok(value),
            Err(failure) => match policy.decide(attempt, &failure) {
                Decision::RetryAfter(wait) => sleep(wait).await,
                Decision::GiveUp => return Err(failure),
            },
        }
    }
}

/// A uniform draw in `[0, 1)` for jitter.
///
/// Jitter needs draws that differ between clients and between attempts, not secrecy, so
/// instead of a generator this hashes a process-wide counter and the clock with SipHash
/// under the keys of a fresh `RandomState`, which std draws from the OS's random source
/// (once per thread, then varied per `RandomState`). A keyed PRF over distinct inputs gives
/// independent, uniform 64-bit outputs; the top 53 bits make the `f64`.
fn random_unit() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    hasher.write_u128(nanos);
    // 53 bits fit an f64's mantissa exactly: the result is in [0, 1).
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

impl<C: ErrorCode> Retryable for ClientError<C> {
    fn status(&self) -> Option<http::StatusCode> {
        ClientError::status(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            ClientError::Api(decoded) => decoded.retry_after,
            ClientError::Undecodable { retry_after, .. } => *retry_after,
            ClientError::Transport(_) => None,
        }
    }

    fn guidance(&self) -> Option<Duration> {
        self.decoded().and_then(Decoded::guidance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_draws_are_in_range_and_vary() {
        let draws: Vec<f64> = (0..1000).map(|_| random_unit()).collect();
        assert!(draws.iter().all(|d| (0.0..1.0).contains(d)));
        let mean = draws.iter().sum::<f64>() / 1000.0;
        // The mean of 1000 uniform draws has a standard deviation of about 0.009.
        assert!((0.45..0.55).contains(&mean), "mean {mean}");
    }

    #[test]
    fn backoff_saturates() {
        let policy = RetryPolicy::PROMPT_API.jitter(Jitter::None);
        assert_eq!(policy.backoff(u32::MAX, 0.5), Duration::from_secs(30));
        let unbounded = policy.max_delay(Duration::MAX);
        assert_eq!(unbounded.backoff(40, 0.5), Duration::MAX);
        let full = unbounded.jitter(Jitter::Full);
        assert_eq!(full.backoff(40, 1.0), Duration::MAX);
        assert_eq!(full.backoff(40, f64::NAN), Duration::ZERO);
    }
}

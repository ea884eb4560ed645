//! The `Retry-After` header (RFC 9110 §10.2.3): the one parser, used by the decoder and
//! by retry policies. Public as [`retry::retry_after`](crate::retry::retry_after) and
//! [`retry::parse_retry_after`](crate::retry::parse_retry_after).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The wait a response's `Retry-After` header asks for, measured from now; `None` without
/// the header or when its value is neither delay-seconds nor an HTTP-date.
///
/// ```
/// use std::time::Duration;
///
/// let mut headers = http::HeaderMap::new();
/// assert_eq!(errcat::retry::retry_after(&headers), None);
/// headers.insert("retry-after", http::HeaderValue::from_static("120"));
/// assert_eq!(errcat::retry::retry_after(&headers), Some(Duration::from_secs(120)));
/// ```
pub fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, SystemTime::now())
}

/// Parses a `Retry-After` value (RFC 9110 §10.2.3) into a wait from `now`.
///
/// Accepts delay-seconds (`120`; values past `u64` saturate) and an HTTP-date in each of
/// RFC 9110's three forms: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete
/// RFC 850 form (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime
/// (`Sun Nov  6 08:49:37 1994`). A date in the past is a wait of zero. The RFC 850 form's
/// two-digit year is read as RFC 9110 §5.6.7 says: the latest year with those digits
/// that is at most 50 years after `now`. Anything else (signs, fractions, a weekday that
/// does not match the date, trailing text) is `None`.
///
/// ```
/// use errcat::retry::parse_retry_after;
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
///
/// let now = UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
/// let later = Some(Duration::from_secs(60));
/// assert_eq!(parse_retry_after("60", now), later);
/// assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now), later);
/// assert_eq!(parse_retry_after("Sunday, 06-Nov-94 08:50:37 GMT", now), later);
/// assert_eq!(parse_retry_after("Sun Nov  6 08:50:37 1994", now), later);
/// assert_eq!(parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now), Some(Duration::ZERO));
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim_matches([' ', '\t']);
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // All digits: only overflow can fail, and a wait that long is "as long as allowed".
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = match rfc850_as_imf_fixdate(value, now) {
        Some(imf) => httpdate::parse_http_date(&imf),
        None => httpdate::parse_http_date(value),
    }
    .ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Rewrites an RFC 850 date (`Sunday, 06-Nov-94 08:49:37 GMT`) as an IMF-fixdate with the
/// four-digit year RFC 9110 asks for. `httpdate` reads the two digits with a fixed pivot
/// (`00`–`69` as 20xx), which drifts from the RFC's rule "at most 50 years in the
/// future" as the years pass; `None` if `value` is not of that form.
fn rfc850_as_imf_fixdate(value: &str, now: SystemTime) -> Option<String> {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let (weekday, rest) = value.split_once(", ")?;
    if !WEEKDAYS.contains(&weekday) {
        return None;
    }
    let (date, time) = rest.split_once(' ')?;
    let mut fields = date.split('-');
    let (day, month, yy) = (fields.next()?, fields.next()?, fields.next()?);
    if fields.next().is_some() || yy.len() != 2 || !yy.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yy: u64 = yy.parse().ok()?;
    let latest = year_of(now) + 50;
    // The largest year ending in `yy` that is not after `latest`.
    let mut year = (latest / 100) * 100 + yy;
    if year > latest {
        year -= 100;
    }
    Some(format!(
        "{}, {day} {month} {year:04} {time}",
        weekday.get(..3)?
    ))
}

/// The proleptic Gregorian year of `time` (UTC); times before 1970 count as 1970.
fn year_of(time: SystemTime) -> u64 {
    let days = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() / 86_400);
    // Howard Hinnant's `civil_from_days`, for days since 1970-01-01 (non-negative here).
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400;
    if mp >= 10 { year + 1 } else { year }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_of_known_dates() {
        let at = |secs| year_of(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), 1970);
        assert_eq!(at(784_111_777), 1994);
        assert_eq!(at(951_782_400), 2000); // 2000-02-29
        assert_eq!(at(1_767_225_599), 2025); // 2025-12-31 23:59:59
        assert_eq!(at(1_767_225_600), 2026);
        assert_eq!(year_of(UNIX_EPOCH - Duration::from_secs(10)), 1970);
    }

    #[test]
    fn year_of_every_day_to_2500() {
        // Against a plain count of days per year: every day's first and last second,
        // across the century rules (2100, 2200 and 2300 are not leap years, 2400 is)
        // and the last day of a 400-year era (2400-02-29).
        let leap =
            |y: u64| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
        let mut day = 0u64;
        for year in 1970..2500u64 {
            let days = if leap(year) { 366 } else { 365 };
            for _ in 0..days {
                let start = UNIX_EPOCH + Duration::from_secs(day * 86_400);
                assert_eq!(year_of(start), year, "day {day}");
                let end = start + Duration::from_secs(86_399);
                assert_eq!(year_of(end), year, "day {day}, last second");
                day += 1;
            }
        }
    }
}

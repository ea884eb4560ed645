//! Per-request ids: the rule an id must pass before it is echoed.

/// The longest id that is echoed.
pub const MAX_LEN: usize = 128;

/// Whether `id` may be echoed into a body or a header: 1 to [`MAX_LEN`] characters of
/// `[A-Za-z0-9._:-]`. Anything else (CR/LF, quotes, spaces, 64 KiB of padding) is
/// replaced, never reflected.
///
/// ```
/// use errcat::request_id::is_valid;
/// assert!(is_valid("1aee612b1250f276"));
/// assert!(is_valid("req:2026-11-22.a_b"));
/// assert!(!is_valid(""));
/// assert!(!is_valid("abc\r\nSet-Cookie: x=y"));
/// assert!(!is_valid(&"a".repeat(129)));
/// ```
pub fn is_valid(id: &str) -> bool {
    (1..=MAX_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| ALLOWED.get(usize::from(b)).copied().unwrap_or(false))
}

/// `[A-Za-z0-9._:-]` as a table: ids are checked on every error response.
#[allow(clippy::indexing_slicing)] // const initializer: `b < 256` bounds the index
static ALLOWED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'-');
        b += 1;
    }
    table
};

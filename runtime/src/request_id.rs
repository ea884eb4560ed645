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
    // Ids are checked on every error response: no branch per byte, the table's verdicts
    // and-ed together.
    (1..=MAX_LEN).contains(&id.len()) && id.bytes().fold(1, |ok, b| ok & allowed(b)) == 1
}

/// 1 when `b` is one of `[A-Za-z0-9._:-]`, else 0.
#[inline]
fn allowed(b: u8) -> u8 {
    #[allow(clippy::indexing_slicing)] // a `u8` indexes a table of 256
    ALLOWED[usize::from(b)]
}

/// `[A-Za-z0-9._:-]` as a table of 256: 1 for an allowed byte.
#[allow(clippy::indexing_slicing)] // const initializer: `b < 256` bounds the index
static ALLOWED: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = (c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'-')) as u8;
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule, byte by byte.
    fn allowed(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-')
    }

    #[test]
    fn every_byte_at_every_position_of_a_word_and_a_tail() {
        for byte in 0..=255u8 {
            for len in [1, 7, 8, 9, 16, 17] {
                for at in 0..len {
                    let mut bytes = vec![b'x'; len];
                    bytes[at] = byte;
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    let expected = text.len() <= MAX_LEN && text.bytes().all(allowed);
                    assert_eq!(is_valid(&text), expected, "byte {byte:#x} at {at} of {len}");
                }
            }
        }
    }
}

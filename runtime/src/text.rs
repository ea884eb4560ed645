//! Cutting text that came from outside (a request, a response) to a bounded length.

use std::borrow::Cow;

/// At most `max` bytes of `text`, cut on a character boundary.
pub(crate) fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// [`cut`], with `…` appended when something was cut.
pub(crate) fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    let kept = cut(text, max);
    if kept.len() == text.len() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("{kept}…"))
    }
}

/// A serde error message without serde_json's ` at line L column C` suffix (read from
/// the end, as serde_json writes it: no search through the message).
pub(crate) fn strip_position(reason: &str) -> &str {
    /// `s` without the digits it ends with; `None` if it ends with none.
    fn without_number(s: &str) -> Option<&str> {
        let rest = s.trim_end_matches(|c: char| c.is_ascii_digit());
        (rest.len() < s.len()).then_some(rest)
    }
    without_number(reason)
        .and_then(|s| s.strip_suffix(" column "))
        .and_then(without_number)
        .and_then(|s| s.strip_suffix(" at line "))
        .unwrap_or(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_on_char_boundaries() {
        assert_eq!(cut("héllo", 2), "h");
        assert_eq!(cut("héllo", 3), "hé");
        assert_eq!(cut("abc", 10), "abc");
        assert_eq!(shortened("ééé", 3), "é…");
        assert_eq!(shortened("abc", 3), "abc");
    }

    #[test]
    fn positions_are_stripped() {
        assert_eq!(
            strip_position("missing field `name` at line 1 column 2"),
            "missing field `name`"
        );
        assert_eq!(strip_position("expected value"), "expected value");
        // " at line " without a column is part of the text, not a position.
        assert_eq!(
            strip_position("no quota at line rate 3"),
            "no quota at line rate 3"
        );
        // Only a position at the end is serde_json's.
        assert_eq!(
            strip_position("bad at line 3 column 4 here"),
            "bad at line 3 column 4 here"
        );
        assert_eq!(strip_position("x at line  column 4"), "x at line  column 4");
        assert_eq!(strip_position(" at line 1 column 1"), "");
        assert_eq!(strip_position("12"), "12");
    }
}

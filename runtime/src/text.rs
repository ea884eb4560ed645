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

/// A serde error message without serde_json's ` at line L column C` suffix.
pub(crate) fn strip_position(reason: &str) -> &str {
    match reason.rfind(" at line ") {
        Some(at) if reason.get(at..).is_some_and(|s| s.contains(" column ")) => {
            reason.get(..at).unwrap_or(reason)
        }
        _ => reason,
    }
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
    }
}

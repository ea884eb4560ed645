//! `Accept-Language` (RFC 9110 §12.5.4) against the available locales, in one pass over
//! the header and without allocating.

/// The most of a header read, in bytes.
const MAX_HEADER: usize = 4096;
/// The most languages read from a header.
const MAX_LANGUAGES: usize = 32;
/// The longest language range read.
const MAX_TAG: usize = 64;

/// The position in `available` (language tags, `de`, `pt-BR`) of the best locale for
/// `header`: its languages by q-value (ties in the header's order; `q=0`, `*` and ranges
/// that are not language tags skipped), each matched exactly (ignoring case), then by
/// language alone (`de-CH` matches `de`, `de` matches `de-AT`).
pub(super) fn best<T: AsRef<str>>(header: &str, available: &[T]) -> Option<usize> {
    let header = crate::text::cut(header, MAX_HEADER);
    // (q, match position): the first of the highest q wins.
    let mut best: Option<(u16, usize)> = None;
    for item in header.split(',').take(MAX_LANGUAGES) {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        if !is_language_range(tag) {
            continue;
        }
        let q = match parts.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => match quality(q) {
                Some(q) => q,
                None => continue,
            },
            None => 1000,
        };
        if q == 0 || best.is_some_and(|(b, _)| b >= q) {
            continue;
        }
        let exact = available
            .iter()
            .position(|a| a.as_ref().eq_ignore_ascii_case(tag));
        let found = exact.or_else(|| {
            let wanted = language(tag);
            available
                .iter()
                .position(|a| language(a.as_ref()).eq_ignore_ascii_case(wanted))
        });
        if let Some(i) = found {
            best = Some((q, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The language subtag of a tag (`de` of `de-CH`).
fn language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Whether `tag` is a language range other than `*`: 1 to 8 letters, then subtags of 1
/// to 8 letters or digits, separated by `-`.
fn is_language_range(tag: &str) -> bool {
    if tag.is_empty() || tag.len() > MAX_TAG {
        return false;
    }
    let mut subtags = tag.split('-');
    let first = subtags.next().unwrap_or_default();
    (1..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A q-value (`0`, `0.8`, `1.000`) in thousandths; `None` if it is not one.
fn quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0u16;
    for i in 0..3 {
        let digit = fraction
            .as_bytes()
            .get(i)
            .map_or(0, |b| u16::from(b - b'0'));
        thousandths = thousandths * 10 + digit;
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(header: &str, tags: &[&str]) -> Option<String> {
        best(header, tags).map(|i| tags[i].to_owned())
    }

    #[test]
    fn q_values_order_the_languages() {
        let tags = ["en", "de", "fr"];
        assert_eq!(pick("fr;q=0.5, de;q=0.9", &tags).as_deref(), Some("de"));
        assert_eq!(pick("fr, de", &tags).as_deref(), Some("fr"));
        assert_eq!(pick("de;q=0, fr;q=0.1", &tags).as_deref(), Some("fr"));
        assert_eq!(pick("de;q=1.0", &tags).as_deref(), Some("de"));
        assert_eq!(pick("DE", &tags).as_deref(), Some("de"));
        assert_eq!(pick("de;q=2", &tags), None);
        assert_eq!(pick("ja, *", &tags), None);
    }

    #[test]
    fn regions_fall_back_to_their_language() {
        assert_eq!(pick("de-CH", &["en", "de"]).as_deref(), Some("de"));
        assert_eq!(pick("de", &["en", "de-AT"]).as_deref(), Some("de-AT"));
        assert_eq!(
            pick("pt-BR, pt;q=0.5", &["pt-PT", "pt-BR"]).as_deref(),
            Some("pt-BR")
        );
    }

    #[test]
    fn hostile_headers_are_bounded() {
        let tags = ["en", "de"];
        let junk = "x".repeat(64 * 1024);
        assert_eq!(pick(&junk, &tags), None);
        let many = vec!["ja"; 10_000].join(",") + ",de";
        assert_eq!(
            pick(&many, &tags),
            None,
            "only the first 32 languages are read"
        );
        assert_eq!(pick(";;;,,,q=,de;q=abc,\u{0}", &tags), None);
        assert_eq!(pick("de-\u{e9}", &tags), None);
    }

    #[test]
    fn quality_reads_rfc_9110_q_values() {
        assert_eq!(quality("0.8"), Some(800));
        assert_eq!(quality("0.05"), Some(50));
        assert_eq!(quality("0"), Some(0));
        assert_eq!(quality("1.000"), Some(1000));
        assert_eq!(quality("0.1234"), None);
        assert_eq!(quality("-1"), None);
    }
}

//! `Accept-Language` (RFC 9110 §12.5.4) against the available locales.

use unic_langid::LanguageIdentifier;

/// The most of a header read, in bytes.
const MAX_HEADER: usize = 4096;
/// The most languages read from a header.
const MAX_LANGUAGES: usize = 32;

/// The position in `available` of the best locale for `header`: its languages by
/// q-value (ties in order; `q=0` excluded; `*` and tags that do not parse skipped), each
/// matched exactly, then by language alone (`de-CH` matches `de`, `de` matches `de-AT`).
pub(super) fn best(header: &str, available: &[&LanguageIdentifier]) -> Option<usize> {
    let mut requested = requested(header);
    // Stable: equal q-values keep the header's order.
    requested.sort_by_key(|(_, q)| std::cmp::Reverse(*q));
    for (id, _) in &requested {
        if let Some(i) = available.iter().position(|a| *a == id) {
            return Some(i);
        }
        if let Some(i) = available.iter().position(|a| a.language == id.language) {
            return Some(i);
        }
    }
    None
}

/// The languages of `header` with their q-values in thousandths.
fn requested(header: &str) -> Vec<(LanguageIdentifier, u16)> {
    let header = crate::text::cut(header, MAX_HEADER);
    header
        .split(',')
        .take(MAX_LANGUAGES)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" || tag.len() > 64 {
                return None;
            }
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(quality))
                .unwrap_or(Some(1000))?;
            if q == 0 {
                return None;
            }
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            Some((id, q))
        })
        .collect()
}

/// A q-value (`0`, `0.8`, `1.000`) in thousandths; `None` if it is not one.
fn quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{fraction:0<3}");
    let thousandths: u16 = digits.parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    fn pick(header: &str, tags: &[&str]) -> Option<String> {
        let available = ids(tags);
        let refs: Vec<&LanguageIdentifier> = available.iter().collect();
        best(header, &refs).map(|i| tags[i].to_owned())
    }

    #[test]
    fn q_values_order_the_languages() {
        let tags = ["en", "de", "fr"];
        assert_eq!(pick("fr;q=0.5, de;q=0.9", &tags).as_deref(), Some("de"));
        assert_eq!(pick("fr, de", &tags).as_deref(), Some("fr"));
        assert_eq!(pick("de;q=0, fr;q=0.1", &tags).as_deref(), Some("fr"));
        assert_eq!(pick("de;q=1.0", &tags).as_deref(), Some("de"));
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
        assert_eq!(requested(&many).len(), 32);
        assert_eq!(pick(";;;,,,q=,de;q=abc,\u{0}", &tags), None);
    }

    #[test]
    fn quality_reads_rfc_9110_q_values() {
        assert_eq!(quality("0.8"), Some(800));
        assert_eq!(quality("0"), Some(0));
        assert_eq!(quality("1.000"), Some(1000));
        assert_eq!(quality("0.1234"), None);
        assert_eq!(quality("-1"), None);
    }
}

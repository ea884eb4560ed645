//! `Accept-Language` (RFC 9110 §12.5.4) against the available locales, in one pass over
//! the header and without allocating.

/// The most of a header read, in bytes.
const MAX_HEADER: usize = 4096;
/// The most languages read from a header.
const MAX_LANGUAGES: usize = 32;
/// The longest language range read.
const MAX_TAG: usize = 64;

/// The longest header remembered.
const MEMO_HEADER: usize = 64;

/// How many headers a thread remembers.
const MEMO_SLOTS: usize = 8;

/// A header a thread negotiated, for which [`Translations`](super::Translations) (by its
/// `owner` id), and the answer.
#[derive(Clone, Copy)]
struct Memo {
    owner: u64,
    len: usize,
    header: [u8; MEMO_HEADER],
    answer: Option<usize>,
}

/// The last headers negotiated on a thread, the oldest replaced first: a server sees the
/// same few headers over and over. Compared byte for byte, never by a hash, so no request
/// can plant an answer for another header.
struct Memos {
    slots: [Memo; MEMO_SLOTS],
    /// The slot to replace next.
    next: usize,
    /// The slot that answered last: looked at first.
    last: usize,
}

thread_local! {
    static MEMOS: std::cell::RefCell<Memos> = const {
        let empty = Memo { owner: 0, len: 0, header: [0; MEMO_HEADER], answer: None };
        std::cell::RefCell::new(Memos { slots: [empty; MEMO_SLOTS], next: 0, last: 0 })
    };
}

/// [`best`] for the translations `owner` (an id no other translations share, never 0),
/// remembered for the last few headers on this thread.
pub(super) fn best_memoized<T: AsRef<str>>(
    owner: u64,
    header: &str,
    available: &[T],
) -> Option<usize> {
    let bytes = header.as_bytes();
    if bytes.len() > MEMO_HEADER {
        return best(header, available);
    }
    let remembers =
        |m: &Memo| m.len == bytes.len() && m.owner == owner && m.header.get(..m.len) == Some(bytes);
    let remembered = MEMOS.try_with(|memos| {
        let mut memos = memos.try_borrow_mut().ok()?;
        if let Some(memo) = memos.slots.get(memos.last).filter(|m| remembers(m)) {
            return Some(memo.answer);
        }
        let at = memos.slots.iter().position(remembers)?;
        memos.last = at;
        memos.slots.get(at).map(|m| m.answer)
    });
    if let Ok(Some(answer)) = remembered {
        return answer;
    }
    let answer = best(header, available);
    let _ = MEMOS.try_with(|memos| {
        if let Ok(mut memos) = memos.try_borrow_mut() {
            let at = memos.next;
            memos.next = (at + 1) % MEMO_SLOTS;
            memos.last = at;
            if let Some(memo) = memos.slots.get_mut(at)
                && let Some(slot) = memo.header.get_mut(..bytes.len())
            {
                slot.copy_from_slice(bytes);
                memo.len = bytes.len();
                memo.owner = owner;
                memo.answer = answer;
            }
        }
    });
    answer
}

/// The position in `available` (language tags, `de`, `pt-BR`) of the best locale for
/// `header`: its languages by q-value (ties in the header's order; `q=0`, `*` and ranges
/// that are not language tags skipped), each matched exactly (ignoring case), then by
/// language alone (`de-CH` matches `de`, `de` matches `de-AT`).
pub(super) fn best<T: AsRef<str>>(header: &str, available: &[T]) -> Option<usize> {
    let header = crate::text::cut(header, MAX_HEADER).as_bytes();
    // (q, match position): the first of the highest q wins.
    let mut best: Option<(u16, usize)> = None;
    for item in header.split(|&b| b == b',').take(MAX_LANGUAGES) {
        let (tag, params) = match item.iter().position(|&b| b == b';') {
            Some(at) => item.split_at(at),
            None => (item, &[][..]),
        };
        let tag = tag.trim_ascii();
        let Some(language_len) = language_range(tag) else {
            continue;
        };
        let q = match params
            .split(|&b| b == b';')
            .find_map(|p| p.trim_ascii().strip_prefix(b"q="))
        {
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
            .position(|a| a.as_ref().as_bytes().eq_ignore_ascii_case(tag));
        let found = exact.or_else(|| {
            let wanted = tag.get(..language_len).unwrap_or(tag);
            available
                .iter()
                .position(|a| language(a.as_ref().as_bytes()).eq_ignore_ascii_case(wanted))
        });
        if let Some(i) = found {
            best = Some((q, i));
            if q == 1000 {
                // Nothing later can outrank it: ties go to the first.
                break;
            }
        }
    }
    best.map(|(_, i)| i)
}

/// The language subtag of a tag (`de` of `de-CH`).
fn language(tag: &[u8]) -> &[u8] {
    match tag.iter().position(|&b| b == b'-' || b == b'_') {
        Some(end) => tag.get(..end).unwrap_or(tag),
        None => tag,
    }
}

/// The length of the language subtag of `tag` when it is a language range other than
/// `*`: 1 to 8 letters, then subtags of 1 to 8 letters or digits, separated by `-`.
fn language_range(tag: &[u8]) -> Option<usize> {
    if tag.len() > MAX_TAG {
        return None;
    }
    let mut start = 0;
    let mut language = None;
    for (i, &b) in tag.iter().enumerate() {
        if b == b'-' {
            if !(1..=8).contains(&(i - start)) {
                return None;
            }
            language.get_or_insert(i);
            start = i + 1;
        } else if !(b.is_ascii_alphabetic() || language.is_some() && b.is_ascii_digit()) {
            return None;
        }
    }
    (1..=8)
        .contains(&(tag.len() - start))
        .then(|| language.unwrap_or(tag.len()))
}

/// A q-value (`0`, `0.8`, `1.000`) in thousandths; `None` if it is not one.
fn quality(text: &[u8]) -> Option<u16> {
    let (whole, fraction) = match text.iter().position(|&b| b == b'.') {
        Some(dot) => (text.get(..dot)?, text.get(dot + 1..)?),
        None => (text, &[][..]),
    };
    if fraction.len() > 3 || !fraction.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0u16;
    for i in 0..3 {
        let digit = fraction.get(i).map_or(0, |b| u16::from(b - b'0'));
        thousandths = thousandths * 10 + digit;
    }
    match whole {
        b"0" => Some(thousandths),
        b"1" if thousandths == 0 => Some(1000),
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
    fn a_remembered_header_answers_for_its_own_translations_only() {
        let tags = ["en", "de", "fr"];
        assert_eq!(best_memoized(7, "de-CH", &tags), Some(1));
        assert_eq!(best_memoized(7, "de-CH", &tags), Some(1));
        // Other translations with the same header: negotiated among their own tags.
        assert_eq!(best_memoized(8, "de-CH", &["en", "fr", "de"]), Some(2));
        // Another header, and a header that only starts like the remembered one.
        assert_eq!(best_memoized(8, "fr", &["en", "fr", "de"]), Some(1));
        assert_eq!(best_memoized(8, "f", &["en", "fr", "de"]), None);
        let long = format!("{}, de", "ja;q=0.1, ".repeat(10));
        assert_eq!(best_memoized(8, &long, &["en", "fr", "de"]), Some(2));
        // More headers than a thread remembers: each still answered by its own.
        for round in 0..3 {
            for (i, header) in [
                "de", "fr", "en", "de-CH", "fr-CA", "en-GB", "x", "de-AT", "fr-FR",
            ]
            .iter()
            .enumerate()
            {
                let want = match header.as_bytes().first() {
                    Some(b'd') => Some(2),
                    Some(b'f') => Some(1),
                    Some(b'e') => Some(0),
                    _ => None,
                };
                assert_eq!(
                    best_memoized(9, header, &["en", "fr", "de"]),
                    want,
                    "{round} {i}"
                );
            }
        }
    }

    #[test]
    fn language_ranges_are_checked_in_one_pass() {
        assert_eq!(language_range(b"de"), Some(2));
        assert_eq!(language_range(b"de-CH"), Some(2));
        assert_eq!(language_range(b"zh-Hant-TW"), Some(2));
        assert_eq!(language_range(b"es-419"), Some(2));
        assert_eq!(language_range(b"abcdefgh-x"), Some(8));
        for bad in [
            &b""[..],
            b"*",
            b"d3",
            b"de-",
            b"-de",
            b"de--CH",
            b"abcdefghi",
            b"de-CH_x",
            b"de-abcdefghi",
        ] {
            assert_eq!(
                language_range(bad),
                None,
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn quality_reads_rfc_9110_q_values() {
        assert_eq!(quality(b"0.8"), Some(800));
        assert_eq!(quality(b"0.05"), Some(50));
        assert_eq!(quality(b"0"), Some(0));
        assert_eq!(quality(b"1.000"), Some(1000));
        assert_eq!(quality(b"1."), Some(1000));
        assert_eq!(quality(b"0.1234"), None);
        assert_eq!(quality(b"-1"), None);
        assert_eq!(quality(b"0.x"), None);
    }
}

//! [`FieldPath`]: where in a request a violation is, as keys and indexes, in the three
//! spellings the envelope shapes use.

use std::fmt;
use std::str::FromStr;

/// One step of a [`FieldPath`]: an object member's key or an array index.
///
/// ```
/// use errcat::FieldPath;
/// use errcat::violation::Segment;
///
/// let path = FieldPath::parse("items[0].name").unwrap();
/// assert_eq!(
///     path.segments(),
///     [Segment::Key("items".into()), Segment::Index(0), Segment::Key("name".into())]
/// );
///
/// // A `usize` is an index, a string a key.
/// let mut path: FieldPath = [Segment::from("tags"), Segment::from(2)].into_iter().collect();
/// path.push("label");
/// assert_eq!(path.to_string(), "tags[2].label");
/// assert_eq!(path.pop(), Some(Segment::Key("label".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// An array index.
    Index(usize),
    /// An object member's key, as the client sent it.
    Key(String),
}

impl From<usize> for Segment {
    fn from(index: usize) -> Self {
        Segment::Index(index)
    }
}

impl From<&str> for Segment {
    fn from(key: &str) -> Self {
        Segment::Key(key.to_owned())
    }
}

impl From<String> for Segment {
    fn from(key: String) -> Self {
        Segment::Key(key)
    }
}

/// Where a violation is: a list of key and index segments from the root of the input (a
/// JSON body, a query string, the path parameters). The empty path is the input as a
/// whole (a struct-level rule).
///
/// It is written three ways, and each reads back:
///
/// | form | `items[0].name` | used by |
/// |---|---|---|
/// | dot-bracket ([`Display`](fmt::Display), [`FieldPath::parse`]) | `items[0].name` | Google's `FieldViolation.field`; the `nested` shape |
/// | JSON Pointer ([`to_pointer`](FieldPath::to_pointer), [`from_pointer`](FieldPath::from_pointer)) | `/items/0/name` | RFC 6901; `problem` bodies as a URI fragment, `#/items/0/name` ([`to_fragment`](FieldPath::to_fragment)) |
/// | Zod's path array ([`to_zod`](FieldPath::to_zod), [`from_zod`](FieldPath::from_zod)) | `["items",0,"name"]` | Zod issues; the `code` and `flat` shapes |
///
/// In dot-bracket, a key that is empty or holds `.`, `[`, `]`, `` ` `` or a control
/// character is quoted in backticks, a backtick in it doubled (AIP-161's escaping):
/// `` meta.`a.b`[2] ``. In a pointer, `~` is `~0` and `/` is `~1` (RFC 6901); a pointer
/// does not tell a key that is a number (`"0"`) from an index, so a key that is a
/// decimal number without leading zeros reads back as an index. The dot-bracket and Zod
/// forms keep the difference.
///
/// ```
/// use errcat::FieldPath;
///
/// let path = FieldPath::root().key("items").index(0).key("name");
/// assert_eq!(path.to_string(), "items[0].name");
/// assert_eq!(path.to_pointer(), "/items/0/name");
/// assert_eq!(path.to_zod(), serde_json::json!(["items", 0, "name"]));
///
/// assert_eq!(FieldPath::parse("items[0].name").unwrap(), path);
/// assert_eq!(FieldPath::from_pointer("/items/0/name").unwrap(), path);
/// assert_eq!(FieldPath::from_zod(&serde_json::json!(["items", 0, "name"])).unwrap(), path);
///
/// let odd = FieldPath::root().key("a/b~c").key("x.y");
/// assert_eq!(odd.to_pointer(), "/a~1b~0c/x.y");
/// assert_eq!(odd.to_string(), "a/b~c.`x.y`");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath {
    segments: Vec<Segment>,
}

/// Why a string or a JSON value is not a [`FieldPath`].
///
/// ```
/// use errcat::FieldPath;
/// use errcat::violation::PathError;
/// use serde_json::json;
///
/// let err = FieldPath::parse("items[x]").unwrap_err();
/// assert_eq!(err, PathError::Syntax { at: 6 });
/// assert_eq!(err.to_string(), "field path syntax error at byte 6");
/// assert_eq!(FieldPath::from_pointer("items/0"), Err(PathError::NotAPointer));
/// assert_eq!(FieldPath::from_pointer("/items~2"), Err(PathError::BadEscape));
/// assert_eq!(FieldPath::from_zod(&json!(["items", -1])), Err(PathError::NotAZodPath));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathError {
    /// A dot-bracket path with a syntax error at this byte offset.
    Syntax {
        /// The byte offset of the offending character.
        at: usize,
    },
    /// A JSON Pointer that is not empty and does not start with `/` (or `#/` in a URI
    /// fragment).
    NotAPointer,
    /// A pointer with `~` not followed by `0` or `1`, or a fragment with a bad `%`
    /// escape or one that is not UTF-8.
    BadEscape,
    /// A Zod path that is not an array, or holds something other than strings and
    /// non-negative integers.
    NotAZodPath,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::Syntax { at } => write!(f, "field path syntax error at byte {at}"),
            PathError::NotAPointer => f.write_str("a JSON Pointer starts with `/`"),
            PathError::BadEscape => f.write_str("bad escape in a JSON Pointer"),
            PathError::NotAZodPath => {
                f.write_str("a Zod path is an array of strings and non-negative integers")
            }
        }
    }
}

impl std::error::Error for PathError {}

impl FieldPath {
    /// The empty path: the input as a whole.
    pub const fn root() -> Self {
        FieldPath {
            segments: Vec::new(),
        }
    }

    /// The path with `key` appended.
    #[must_use]
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.segments.push(Segment::Key(key.into()));
        self
    }

    /// The path with `index` appended.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.segments.push(Segment::Index(index));
        self
    }

    /// Appends a segment.
    pub fn push(&mut self, segment: impl Into<Segment>) {
        self.segments.push(segment.into());
    }

    /// Removes the last segment.
    pub fn pop(&mut self) -> Option<Segment> {
        self.segments.pop()
    }

    /// The segments, from the root.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The number of segments.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Whether this is the root (no segment).
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// `prefix` followed by this path.
    #[must_use]
    pub fn under(mut self, prefix: &FieldPath) -> Self {
        if !prefix.is_empty() {
            let mut segments = prefix.segments.clone();
            segments.append(&mut self.segments);
            self.segments = segments;
        }
        self
    }

    /// Reads a dot-bracket path (`items[0].name`, the [`Display`](fmt::Display) form).
    /// The empty string is the root.
    pub fn parse(text: &str) -> Result<Self, PathError> {
        DotBracket { text, at: 0 }.parse()
    }

    /// The path as an RFC 6901 JSON Pointer: `/items/0/name`, with `~` as `~0` and `/`
    /// as `~1`; the root is the empty string.
    pub fn to_pointer(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            out.push('/');
            match segment {
                Segment::Index(i) => out.push_str(&i.to_string()),
                Segment::Key(key) => {
                    for c in key.chars() {
                        match c {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
            }
        }
        out
    }

    /// The pointer as a URI fragment (`#/items/0/name`), as RFC 9457's `errors` use it:
    /// characters a fragment may not hold are percent-encoded (RFC 6901 §6).
    pub fn to_fragment(&self) -> String {
        let pointer = self.to_pointer();
        let mut out = String::with_capacity(pointer.len() + 1);
        out.push('#');
        for byte in pointer.bytes() {
            if fragment_safe(byte) {
                out.push(char::from(byte));
            } else {
                out.push('%');
                out.push(hex_digit(byte >> 4));
                out.push(hex_digit(byte & 0xf));
            }
        }
        out
    }

    /// Reads an RFC 6901 JSON Pointer (`/items/0/name`), or one in a URI fragment
    /// (`#/items/0/name`, percent-decoded). A reference token that is a decimal number
    /// without leading zeros is an index.
    pub fn from_pointer(pointer: &str) -> Result<Self, PathError> {
        let decoded;
        let pointer = match pointer.strip_prefix('#') {
            Some(fragment) => {
                decoded = percent_decode(fragment)?;
                decoded.as_str()
            }
            None => pointer,
        };
        if pointer.is_empty() {
            return Ok(FieldPath::root());
        }
        let Some(rest) = pointer.strip_prefix('/') else {
            return Err(PathError::NotAPointer);
        };
        let mut segments = Vec::new();
        for token in rest.split('/') {
            let key = unescape_token(token)?;
            segments.push(match canonical_index(&key) {
                Some(index) => Segment::Index(index),
                None => Segment::Key(key),
            });
        }
        Ok(FieldPath { segments })
    }

    /// The path as Zod writes it: an array of strings (keys) and integers (indexes).
    pub fn to_zod(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.segments
                .iter()
                .map(|segment| match segment {
                    Segment::Index(i) => serde_json::Value::from(*i),
                    Segment::Key(key) => serde_json::Value::from(key.as_str()),
                })
                .collect(),
        )
    }

    /// Reads Zod's path array: strings are keys, non-negative integers indexes.
    pub fn from_zod(value: &serde_json::Value) -> Result<Self, PathError> {
        let serde_json::Value::Array(items) = value else {
            return Err(PathError::NotAZodPath);
        };
        let segments = items
            .iter()
            .map(|item| match item {
                serde_json::Value::String(key) => Ok(Segment::Key(key.clone())),
                serde_json::Value::Number(n) => n
                    .as_u64()
                    .and_then(|i| usize::try_from(i).ok())
                    .map(Segment::Index)
                    .ok_or(PathError::NotAZodPath),
                _ => Err(PathError::NotAZodPath),
            })
            .collect::<Result<_, _>>()?;
        Ok(FieldPath { segments })
    }
}

impl<S: Into<Segment>> FromIterator<S> for FieldPath {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        FieldPath {
            segments: iter.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<Vec<Segment>> for FieldPath {
    fn from(segments: Vec<Segment>) -> Self {
        FieldPath { segments }
    }
}

impl FromStr for FieldPath {
    type Err = PathError;
    fn from_str(text: &str) -> Result<Self, PathError> {
        FieldPath::parse(text)
    }
}

/// Dot-bracket: `items[0].name`; the root is empty.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    if needs_quotes(key) {
                        f.write_str("`")?;
                        for c in key.chars() {
                            if c == '`' {
                                f.write_str("``")?;
                            } else {
                                fmt::Write::write_char(f, c)?;
                            }
                        }
                        f.write_str("`")?;
                    } else {
                        f.write_str(key)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Whether a key must be quoted in dot-bracket notation.
fn needs_quotes(key: &str) -> bool {
    key.is_empty()
        || key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '`') || c.is_control())
}

/// The index a pointer's reference token names, if it is a decimal number without
/// leading zeros that fits a `usize`.
fn canonical_index(token: &str) -> Option<usize> {
    let canonical = token == "0"
        || (!token.is_empty()
            && !token.starts_with('0')
            && token.bytes().all(|b| b.is_ascii_digit()));
    canonical.then(|| token.parse().ok()).flatten()
}

/// A reference token with `~1` and `~0` undone (in that order, as RFC 6901 §4 says).
fn unescape_token(token: &str) -> Result<String, PathError> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return Err(PathError::BadEscape),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Whether a byte may stand as itself in a URI fragment (RFC 3986: unreserved,
/// sub-delims, `:`, `@`, `/`, `?`).
fn fragment_safe(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte)
}

fn hex_digit(nibble: u8) -> char {
    char::from(
        b"0123456789ABCDEF"
            .get(usize::from(nibble))
            .copied()
            .unwrap_or(b'0'),
    )
}

fn percent_decode(text: &str) -> Result<String, PathError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or(PathError::BadEscape)?;
            out.push(hex);
            i += 3;
        } else {
            out.push(byte);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| PathError::BadEscape)
}

/// A dot-bracket parser over `text`, at byte `at`.
struct DotBracket<'a> {
    text: &'a str,
    at: usize,
}

impl DotBracket<'_> {
    fn parse(mut self) -> Result<FieldPath, PathError> {
        let mut segments = Vec::new();
        if self.text.is_empty() {
            return Ok(FieldPath { segments });
        }
        // The first segment is a key or an index; each later one follows `.` or is `[`.
        if self.peek() != Some(b'[') {
            segments.push(Segment::Key(self.key()?));
        }
        while let Some(byte) = self.peek() {
            match byte {
                b'[' => segments.push(Segment::Index(self.index()?)),
                b'.' => {
                    self.at += 1;
                    segments.push(Segment::Key(self.key()?));
                }
                _ => return Err(self.error()),
            }
        }
        Ok(FieldPath { segments })
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self) -> PathError {
        PathError::Syntax { at: self.at }
    }

    /// A plain key up to the next `.` or `[`, or a quoted one.
    fn key(&mut self) -> Result<String, PathError> {
        let rest = self.text.get(self.at..).unwrap_or_default();
        if let Some(quoted) = rest.strip_prefix('`') {
            let mut key = String::new();
            let mut chars = quoted.char_indices();
            while let Some((i, c)) = chars.next() {
                if c != '`' {
                    key.push(c);
                    continue;
                }
                if quoted.get(i + 1..).is_some_and(|r| r.starts_with('`')) {
                    key.push('`');
                    chars.next();
                    continue;
                }
                self.at += 1 + i + 1;
                return Ok(key);
            }
            return Err(PathError::Syntax {
                at: self.text.len(),
            });
        }
        let end = rest.find(['.', '[', ']', '`']).unwrap_or(rest.len());
        let key = rest.get(..end).unwrap_or_default();
        if key.is_empty() || key.chars().any(char::is_control) {
            return Err(self.error());
        }
        self.at += end;
        Ok(key.to_owned())
    }

    /// `[digits]`, without leading zeros.
    fn index(&mut self) -> Result<usize, PathError> {
        let rest = self.text.get(self.at + 1..).unwrap_or_default();
        let Some(end) = rest.find(']') else {
            return Err(PathError::Syntax {
                at: self.text.len(),
            });
        };
        let digits = rest.get(..end).unwrap_or_default();
        let index = canonical_index(digits).ok_or(PathError::Syntax { at: self.at + 1 })?;
        self.at += 1 + end + 1;
        Ok(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(segments: &[Segment]) -> FieldPath {
        FieldPath::from(segments.to_vec())
    }

    #[test]
    fn each_form_reads_back() {
        let cases = [
            path(&[]),
            path(&["a".into()]),
            path(&[0.into()]),
            path(&[3.into(), "x".into(), 10.into()]),
            path(&["".into(), "a.b".into(), "c[1]".into(), "`tick`".into()]),
            path(&["~/".into(), "\u{1}ctl".into(), "ünï".into(), "0".into()]),
            path(&["a b".into(), "%25".into(), "#".into(), "\"q\"".into()]),
        ];
        for p in cases {
            assert_eq!(FieldPath::parse(&p.to_string()).unwrap(), p, "{p}");
            assert_eq!(FieldPath::from_zod(&p.to_zod()).unwrap(), p, "{p}");
            let numeric_key = p
                .segments()
                .iter()
                .any(|s| matches!(s, Segment::Key(k) if canonical_index(k).is_some()));
            if !numeric_key {
                assert_eq!(FieldPath::from_pointer(&p.to_pointer()).unwrap(), p);
                assert_eq!(FieldPath::from_pointer(&p.to_fragment()).unwrap(), p);
            }
        }
    }

    #[test]
    fn renders_each_form() {
        let p = path(&["items".into(), 0.into(), "a/b~c".into()]);
        assert_eq!(p.to_string(), "items[0].a/b~c");
        assert_eq!(p.to_pointer(), "/items/0/a~1b~0c");
        assert_eq!(p.to_fragment(), "#/items/0/a~1b~0c");
        let odd = path(&["a b".into(), "é\"".into()]);
        assert_eq!(odd.to_fragment(), "#/a%20b/%C3%A9%22");
        assert_eq!(path(&[2.into(), "k".into()]).to_string(), "[2].k");
        assert_eq!(path(&["".into()]).to_string(), "``");
        assert_eq!(path(&["a`b".into()]).to_string(), "`a``b`");
    }

    #[test]
    fn rejects_what_is_not_a_path() {
        for bad in [
            "a..b", ".a", "a.", "a[", "a[x]", "a[01]", "a]", "`a", "a`b`", "[0]x",
        ] {
            assert!(
                matches!(FieldPath::parse(bad), Err(PathError::Syntax { .. })),
                "{bad}"
            );
        }
        assert_eq!(FieldPath::from_pointer("a/b"), Err(PathError::NotAPointer));
        assert_eq!(FieldPath::from_pointer("/a~2"), Err(PathError::BadEscape));
        assert_eq!(FieldPath::from_pointer("#/a%2"), Err(PathError::BadEscape));
        assert_eq!(FieldPath::from_pointer("#/%FF"), Err(PathError::BadEscape));
        for bad in [
            serde_json::json!("a"),
            serde_json::json!([-1]),
            serde_json::json!([1.5]),
            serde_json::json!([null]),
        ] {
            assert_eq!(FieldPath::from_zod(&bad), Err(PathError::NotAZodPath));
        }
    }

    #[test]
    fn pointer_tokens_that_are_numbers_are_indexes() {
        assert_eq!(
            FieldPath::from_pointer("/a/0/01/10").unwrap(),
            path(&["a".into(), 0.into(), "01".into(), 10.into()])
        );
        assert_eq!(FieldPath::from_pointer("").unwrap(), FieldPath::root());
        assert_eq!(FieldPath::from_pointer("#").unwrap(), FieldPath::root());
        assert_eq!(FieldPath::from_pointer("/").unwrap(), path(&["".into()]));
    }

    #[test]
    fn orders_by_segments() {
        let mut paths = [
            FieldPath::parse("b").unwrap(),
            FieldPath::parse("a[10]").unwrap(),
            FieldPath::parse("a[2]").unwrap(),
            FieldPath::root(),
            FieldPath::parse("a").unwrap(),
        ];
        paths.sort();
        let shown: Vec<String> = paths.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["", "a", "a[2]", "a[10]", "b"]);
    }

    #[test]
    fn deep_paths_are_linear() {
        let deep: FieldPath = (0..10_000).map(Segment::Index).collect();
        assert_eq!(FieldPath::parse(&deep.to_string()).unwrap(), deep);
        assert_eq!(FieldPath::from_pointer(&deep.to_pointer()).unwrap(), deep);
    }
}

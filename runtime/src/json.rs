//! The JSON writing that envelope formats are written against.
//!
//! A [`Format`](crate::Format) describes a body as a sequence of calls on a [`JsonSink`].
//! Two sinks exist: a byte writer appending to the caller's `Vec<u8>` (the fast path,
//! copying the fragments the derive pre-rendered), and a tree builder behind
//! `Envelope`'s `serde::Serialize` impl. One description of a shape drives both.

use std::fmt;

use serde::ser::SerializeMap;

/// A value that can be placed into an envelope (`#[api(expose)]` fields).
///
/// Implemented for every `serde::Serialize` type.
pub trait Exposed {
    /// Appends the value's JSON to `out`; on failure (e.g. a map with non-string keys) the
    /// value is written as `null` so the body stays valid JSON.
    fn write_json(&self, out: &mut Vec<u8>);

    /// The value as a `serde_json::Value` (`Null` on failure).
    fn to_json_value(&self) -> serde_json::Value;

    /// Whether the value is written as `null` (a `None`): such an optional member is left
    /// out of the body.
    fn is_null(&self) -> bool {
        self.to_json_value().is_null()
    }
}

/// An exposed value as text, where a body's JSON is not the form (gRPC metadata,
/// translation placeholders): a string as itself, any other value as its JSON; `None`
/// for `null`.
#[cfg(any(feature = "tonic", feature = "fluent"))]
pub(crate) fn exposed_text(value: &dyn Exposed) -> Option<String> {
    if value.is_null() {
        return None;
    }
    Some(value_text(value.to_json_value()))
}

/// A JSON value as text: a string as itself, any other value as its JSON.
#[cfg(any(feature = "tonic", feature = "fluent"))]
pub(crate) fn value_text(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

impl<T: serde::Serialize + ?Sized> Exposed for T {
    fn write_json(&self, out: &mut Vec<u8>) {
        let start = out.len();
        if serde_json::to_writer(&mut *out, self).is_err() {
            out.truncate(start);
            out.extend_from_slice(b"null");
        }
    }

    fn to_json_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    fn is_null(&self) -> bool {
        self.serialize(NullCheck).unwrap_or(false)
    }
}

/// A serializer that answers whether a value is written as `null`, without serializing
/// anything else (a `Some` is not looked into).
struct NullCheck;

/// Not `null`: what every serializer method of [`NullCheck`] that cannot be `null` fails
/// with, since a compound value has no cheap answer to return.
#[derive(Debug)]
struct NotNull;

impl fmt::Display for NotNull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not null")
    }
}

impl std::error::Error for NotNull {}

impl serde::ser::Error for NotNull {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotNull
    }
}

macro_rules! not_null {
    ($($method:ident($($arg:ty),*) -> $out:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$out, NotNull> {
            Err(NotNull)
        }
    )*};
}

impl serde::Serializer for NullCheck {
    type Ok = bool;
    type Error = NotNull;
    type SerializeSeq = serde::ser::Impossible<bool, NotNull>;
    type SerializeTuple = serde::ser::Impossible<bool, NotNull>;
    type SerializeTupleStruct = serde::ser::Impossible<bool, NotNull>;
    type SerializeTupleVariant = serde::ser::Impossible<bool, NotNull>;
    type SerializeMap = serde::ser::Impossible<bool, NotNull>;
    type SerializeStruct = serde::ser::Impossible<bool, NotNull>;
    type SerializeStructVariant = serde::ser::Impossible<bool, NotNull>;

    fn serialize_none(self) -> Result<bool, NotNull> {
        Ok(true)
    }
    fn serialize_unit(self) -> Result<bool, NotNull> {
        Ok(true)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<bool, NotNull> {
        Ok(true)
    }
    fn serialize_some<T: serde::Serialize + ?Sized>(self, _: &T) -> Result<bool, NotNull> {
        Ok(false)
    }
    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<bool, NotNull> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNull> {
        Err(NotNull)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<bool, NotNull> {
        Err(NotNull)
    }
    not_null! {
        serialize_bool(bool) -> bool;
        serialize_i8(i8) -> bool;
        serialize_i16(i16) -> bool;
        serialize_i32(i32) -> bool;
        serialize_i64(i64) -> bool;
        serialize_u8(u8) -> bool;
        serialize_u16(u16) -> bool;
        serialize_u32(u32) -> bool;
        serialize_u64(u64) -> bool;
        serialize_f32(f32) -> bool;
        serialize_f64(f64) -> bool;
        serialize_char(char) -> bool;
        serialize_str(&str) -> bool;
        serialize_bytes(&[u8]) -> bool;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

/// Where an envelope format writes a body: JSON objects, keys and values in order.
///
/// Formats call `key` before each member's value; the sink places commas.
pub trait JsonSink {
    /// Opens an object (`{`).
    fn begin_object(&mut self);
    /// Writes a member key; `key` is escaped if needed.
    fn key(&mut self, key: &str);
    /// Closes the innermost object (`}`).
    fn end_object(&mut self);
    /// A string value, escaped at run time.
    fn str(&mut self, value: &str);
    /// A string value whose JSON literal (quotes included) was rendered at compile time.
    fn pre_rendered(&mut self, value: &'static str, json: &'static str);
    /// A string value produced by a writer (a templated message), escaped as it streams.
    fn display(&mut self, write: &mut dyn FnMut(&mut dyn fmt::Write) -> fmt::Result);
    /// An unsigned integer value.
    fn u64(&mut self, value: u64);
    /// An arbitrary serializable value.
    fn exposed(&mut self, value: &dyn Exposed);
}

/// Appends JSON `value` with quotes and escapes to `out`.
pub(crate) fn write_str(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    write_escaped(out, value);
    out.push(b'"');
}

/// Whether `byte` must be escaped inside a JSON string.
#[inline]
fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// Appends the escaped contents of a JSON string (no quotes).
#[inline]
fn write_escaped(out: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    // The common case, a string with nothing to escape, is one scan and one copy.
    if is_clean(bytes) {
        out.extend_from_slice(bytes);
    } else if let Some(first) = bytes.iter().position(|&b| needs_escape(b)) {
        write_escaped_from(out, bytes, first);
    }
}

/// Whether no byte of `bytes` needs escaping, eight bytes at a time: a byte below 0x20,
/// or equal to `"` or `\\`, sets its high bit in one of the three masks (the classic
/// "has less than" / "has zero byte" word tricks; bytes of 0x80 and above never match).
/// The tail is the last eight bytes (overlapping), or, in a text under eight bytes, the
/// bytes padded with spaces. No branch per word: texts are short.
#[inline]
fn is_clean(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let mut dirty = 0;
    for chunk in &mut chunks {
        dirty |= dirty_bytes(word(chunk));
    }
    if !chunks.remainder().is_empty() {
        let last = match bytes.len().checked_sub(8).and_then(|at| bytes.get(at..)) {
            Some(last) => word(last),
            None => bytes
                .iter()
                .rev()
                .fold(u64::from_le_bytes([b' '; 8]), |w, &b| {
                    (w << 8) | u64::from(b)
                }),
        };
        dirty |= dirty_bytes(last);
    }
    dirty == 0
}

/// Eight bytes as a little-endian word; zero (which needs escaping) for a slice of
/// another length, which callers never pass.
#[inline]
fn word(bytes: &[u8]) -> u64 {
    <[u8; 8]>::try_from(bytes).map_or(0, u64::from_le_bytes)
}

/// Nonzero when a byte of `x` needs escaping.
#[inline]
fn dirty_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    control | zero_in(x ^ (ONES * u64::from(b'"'))) | zero_in(x ^ (ONES * u64::from(b'\\')))
}

/// The slow path of [`write_escaped`]: `bytes[first]` is the first byte to escape.
#[cold]
fn write_escaped_from(out: &mut Vec<u8>, bytes: &[u8], first: usize) {
    let (clean, rest) = bytes.split_at(first);
    out.extend_from_slice(clean);
    let mut start = 0;
    for (i, &byte) in rest.iter().enumerate() {
        if !needs_escape(byte) {
            continue;
        }
        out.extend_from_slice(rest.get(start..i).unwrap_or_default());
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            // The control characters without a short escape: `\u00XX`.
            _ => out.extend_from_slice(format!("\\u{byte:04x}").as_bytes()),
        }
        start = i + 1;
    }
    out.extend_from_slice(rest.get(start..).unwrap_or_default());
}

/// Appends a JSON string produced by a writer (a templated message), escaped as it
/// streams.
pub(crate) fn write_display(
    out: &mut Vec<u8>,
    write: &mut dyn FnMut(&mut dyn fmt::Write) -> fmt::Result,
) {
    let start = out.len();
    out.push(b'"');
    if write(&mut Escaper(out)).is_err() {
        // A `Display` impl failed half-way: keep the body valid, not half a string.
        out.truncate(start + 1);
    }
    out.push(b'"');
}

/// A `fmt::Write` that JSON-escapes into a byte buffer.
struct Escaper<'a>(&'a mut Vec<u8>);

impl fmt::Write for Escaper<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_escaped(self.0, s);
        Ok(())
    }
}

/// The fast sink: appends compact JSON to a byte buffer.
pub(crate) struct JsonWriter<'a> {
    out: &'a mut Vec<u8>,
    comma: bool,
}

impl<'a> JsonWriter<'a> {
    pub(crate) fn new(out: &'a mut Vec<u8>) -> Self {
        JsonWriter { out, comma: false }
    }

    /// A writer continuing after a member already in `out`: what it writes next is
    /// preceded by a comma.
    pub(crate) fn after_member(out: &'a mut Vec<u8>) -> Self {
        JsonWriter { out, comma: true }
    }

    /// Appends JSON text that was rendered ahead of time. What follows it needs a comma
    /// unless it ends in `{` or `:`.
    pub(crate) fn raw(&mut self, json: &str) {
        self.out.extend_from_slice(json.as_bytes());
        if let Some(last) = json.as_bytes().last() {
            self.comma = !matches!(last, b'{' | b':');
        }
    }

    /// Notes that a value was written elsewhere, after the key this writer wrote.
    pub(crate) fn value_written(&mut self) {
        self.comma = true;
    }

    /// Whether the next member needs a comma before it: something precedes it in its
    /// object.
    pub(crate) fn needs_comma(&self) -> bool {
        self.comma
    }

    /// Takes the text written so far, keeping the writer's place in the document.
    pub(crate) fn take(&mut self) -> Vec<u8> {
        std::mem::take(self.out)
    }
}

impl JsonSink for JsonWriter<'_> {
    fn begin_object(&mut self) {
        self.out.push(b'{');
        self.comma = false;
    }

    fn key(&mut self, key: &str) {
        if self.comma {
            self.out.push(b',');
        }
        write_str(self.out, key);
        self.out.push(b':');
    }

    fn end_object(&mut self) {
        self.out.push(b'}');
        self.comma = true;
    }

    fn str(&mut self, value: &str) {
        write_str(self.out, value);
        self.comma = true;
    }

    fn pre_rendered(&mut self, _value: &'static str, json: &'static str) {
        self.out.extend_from_slice(json.as_bytes());
        self.comma = true;
    }

    fn display(&mut self, write: &mut dyn FnMut(&mut dyn fmt::Write) -> fmt::Result) {
        write_display(self.out, write);
        self.comma = true;
    }

    fn u64(&mut self, value: u64) {
        self.out.extend_from_slice(value.to_string().as_bytes());
        self.comma = true;
    }

    fn exposed(&mut self, value: &dyn Exposed) {
        value.write_json(self.out);
        self.comma = true;
    }
}

/// A JSON tree that keeps member order, for `serde::Serialize`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl serde::Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Null => serializer.serialize_unit(),
            Node::Bool(b) => serializer.serialize_bool(*b),
            Node::U64(n) => serializer.serialize_u64(*n),
            Node::I64(n) => serializer.serialize_i64(*n),
            Node::F64(n) => serializer.serialize_f64(*n),
            Node::Str(s) => serializer.serialize_str(s),
            Node::Array(items) => serializer.collect_seq(items),
            Node::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Reads an exposed value's JSON back as a [`Node`], keeping the order of its members
/// (`serde_json::Value` would sort them).
impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
                Ok(Node::U64(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::I64(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::F64(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Str(v.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut members = Vec::new();
                while let Some(entry) = map.next_entry::<String, Node>()? {
                    members.push(entry);
                }
                Ok(Node::Object(members))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// An object being built: the key it will be stored under, and its members so far.
type OpenObject = (Option<String>, Vec<(String, Node)>);

/// The sink behind `Serialize`: builds a [`Node`] tree.
#[derive(Default)]
pub(crate) struct TreeBuilder {
    /// Open objects, innermost last, each with the key it will be stored under.
    stack: Vec<OpenObject>,
    pending_key: Option<String>,
    root: Option<Node>,
}

impl TreeBuilder {
    pub(crate) fn finish(self) -> Node {
        self.root.unwrap_or(Node::Object(Vec::new()))
    }

    fn push(&mut self, node: Node) {
        let key = self.pending_key.take();
        match (self.stack.last_mut(), key) {
            (Some((_, members)), Some(key)) => members.push((key, node)),
            // A value with no open object (or no key) is the root.
            _ => self.root = Some(node),
        }
    }
}

impl JsonSink for TreeBuilder {
    fn begin_object(&mut self) {
        let key = self.pending_key.take();
        self.stack.push((key, Vec::new()));
    }

    fn key(&mut self, key: &str) {
        self.pending_key = Some(key.to_owned());
    }

    fn end_object(&mut self) {
        if let Some((key, members)) = self.stack.pop() {
            self.pending_key = key;
            self.push(Node::Object(members));
        }
    }

    fn str(&mut self, value: &str) {
        self.push(Node::Str(value.to_owned()));
    }

    fn pre_rendered(&mut self, value: &'static str, _json: &'static str) {
        self.push(Node::Str(value.to_owned()));
    }

    fn display(&mut self, write: &mut dyn FnMut(&mut dyn fmt::Write) -> fmt::Result) {
        let mut s = String::new();
        if write(&mut s).is_err() {
            s.clear();
        }
        self.push(Node::Str(s));
    }

    fn u64(&mut self, value: u64) {
        self.push(Node::U64(value));
    }

    fn exposed(&mut self, value: &dyn Exposed) {
        let mut json = Vec::new();
        value.write_json(&mut json);
        self.push(serde_json::from_slice(&json).unwrap_or(Node::Null));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_check_matches_the_byte_rule() {
        // Every byte value at every position of strings of 1 to 17 bytes: a short tail,
        // whole words, and words with an overlapping tail.
        for byte in 0..=255u8 {
            for len in 1..=17 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = byte;
                    assert_eq!(
                        is_clean(&bytes),
                        !needs_escape(byte),
                        "byte {byte:#x} at {at} of {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn escapes_like_serde_json() {
        for s in [
            "plain",
            "quo\"te",
            "back\\slash",
            "nl\n\r\t",
            "\u{0}\u{1f}\u{8}\u{c}",
            "ünï \u{2028}",
        ] {
            let mut out = Vec::new();
            write_str(&mut out, s);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }
}

//! Codes back to types: the [`ErrorCode`] trait of fieldless code enums, and the
//! compile-time hash index behind their `FromStr`.

use std::fmt;

use crate::catalog::Catalog;

/// A fieldless enum whose values are exactly the codes of one catalog.
///
/// Implemented by the derive for fieldless error enums and for the code enum
/// (`<Name>Code`) it generates beside an enum with data. Such a type also implements
/// `FromStr`, `Display`, `Serialize` and `Deserialize` by code, and is the `C` of
/// [`decode`](crate::decode()): it knows its catalog, hence its envelope shape.
///
/// Lookup is a compile-time open-addressing hash table: one hash and, almost always, one
/// string comparison, whatever the number of codes.
///
/// ```
/// use errcat::ErrorCode;
/// use errcat::catalogs::workflow_api::WorkflowApiErrorCode;
///
/// let code = WorkflowApiErrorCode::from_code("version_mismatch").unwrap();
/// assert_eq!(code, WorkflowApiErrorCode::VersionMismatch);
/// assert_eq!(code.as_code(), "version_mismatch");
/// assert_eq!(WorkflowApiErrorCode::from_code("VERSION_MISMATCH"), None); // exact
///
/// let catalog = WorkflowApiErrorCode::code_catalog();
/// assert_eq!(catalog.name(), "workflow_api");
/// assert_eq!(catalog.format().name(), "code");
/// assert_eq!(catalog.get(code.as_code()).unwrap().status(), 412);
/// ```
pub trait ErrorCode: Sized + 'static {
    /// The value with this code (exact, case-sensitive), if any.
    fn from_code(code: &str) -> Option<Self>;

    /// The code as a string.
    fn as_code(&self) -> &'static str;

    /// The catalog these codes belong to.
    fn code_catalog() -> &'static Catalog;
}

/// A code string that names no value of the expected code type.
///
/// ```
/// use errcat::UnknownCode;
/// use errcat::catalogs::sandbox_api::SandboxApiError;
///
/// let err: UnknownCode = "quota_exceeded".parse::<SandboxApiError>().unwrap_err();
/// assert_eq!(err.code(), "quota_exceeded");
/// assert_eq!(
///     err.to_string(),
///     r#"unknown code "quota_exceeded" for catalog `sandbox_api`"#
/// );
///
/// // The offending text is cut: an attacker's input is never kept at length.
/// let err = "x".repeat(1000).parse::<SandboxApiError>().unwrap_err();
/// assert_eq!(err.code(), format!("{}…", "x".repeat(64)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    code: String,
    catalog: &'static str,
}

impl UnknownCode {
    /// Keeps at most 64 bytes of the offending code (and `…` when it was cut), so the
    /// error never carries an attacker's input at length.
    pub fn new(code: &str, catalog: &'static str) -> Self {
        UnknownCode {
            code: crate::text::shortened(code, 64).into_owned(),
            catalog,
        }
    }

    /// The code (cut to 64 bytes, `…` appended when cut).
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown code {:?} for catalog `{}`",
            self.code, self.catalog
        )
    }
}

impl std::error::Error for UnknownCode {}

/// Marks an empty slot of a [`CodeIndex`].
const EMPTY: u16 = u16::MAX;

/// The multiplier of the hash (FxHash's, for 64-bit words).
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// FxHash-style multiplicative hash over 8-byte little-endian words, then the tail bytes
/// as one word; the high half folded into the low one, which picks the slot. This is the
/// `const` twin the index is built with at compile time; [`hash`] is the same function
/// written for speed at run time, and a test holds the two equal.
#[allow(clippy::indexing_slicing)] // const fn: the loop conditions bound every index
const fn hash_const(bytes: &[u8]) -> u64 {
    let mut h: u64 = bytes.len() as u64;
    let mut i = 0;
    while i + 8 <= bytes.len() {
        let word = u64::from_le_bytes([
            bytes[i],
            bytes[i + 1],
            bytes[i + 2],
            bytes[i + 3],
            bytes[i + 4],
            bytes[i + 5],
            bytes[i + 6],
            bytes[i + 7],
        ]);
        h = (h ^ word).wrapping_mul(K);
        i += 8;
    }
    let mut tail: u64 = 0;
    let mut shift = 0;
    while i < bytes.len() {
        tail |= (bytes[i] as u64) << shift;
        shift += 8;
        i += 1;
    }
    h = (h ^ tail).wrapping_mul(K);
    h ^ (h >> 32)
}

/// [`hash_const`] at run time: whole-word loads, no per-byte bounds checks.
#[inline]
fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    // Byte by byte: a `copy_from_slice` of under eight bytes is a libc call.
    let tail = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |tail, &byte| (tail << 8) | u64::from(byte));
    h = (h ^ tail).wrapping_mul(K);
    h ^ (h >> 32)
}

/// An open-addressing hash table from code to position, built at compile time.
///
/// `N` is a power of two at least twice the number of codes (the derive computes it), so
/// probes are short; a lookup is one hash, usually one string comparison.
#[doc(hidden)]
pub struct CodeIndex<const N: usize> {
    slots: [u16; N],
}

impl<const N: usize> CodeIndex<N> {
    /// Builds the index of `codes` (which the derive has checked are distinct).
    #[allow(clippy::indexing_slicing)] // const fn: bounds are the loop conditions
    pub const fn new(codes: &[&str]) -> Self {
        assert!(N.is_power_of_two() && codes.len() * 2 <= N && codes.len() < EMPTY as usize);
        let mut slots = [EMPTY; N];
        let mut i = 0;
        while i < codes.len() {
            let mut slot = (hash_const(codes[i].as_bytes()) as usize) & (N - 1);
            while slots[slot] != EMPTY {
                slot = (slot + 1) & (N - 1);
            }
            slots[slot] = i as u16;
            i += 1;
        }
        CodeIndex { slots }
    }

    /// The position of `code` in `codes` (the same slice the index was built from).
    #[inline]
    pub fn get(&self, codes: &[&str], code: &str) -> Option<usize> {
        let mut slot = (hash(code.as_bytes()) as usize) & (N - 1);
        loop {
            let at = *self.slots.get(slot)?;
            if at == EMPTY {
                return None;
            }
            let at = usize::from(at);
            if codes.get(at).is_some_and(|c| *c == code) {
                return Some(at);
            }
            slot = (slot + 1) & (N - 1);
        }
    }
}

/// `Deserialize` by code, for generated impls.
#[doc(hidden)]
pub fn deserialize_code<'de, C: ErrorCode, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    struct Visitor<C>(std::marker::PhantomData<C>);
    impl<C: ErrorCode> serde::de::Visitor<'_> for Visitor<C> {
        type Value = C;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "an error code of catalog `{}`", C::code_catalog().name())
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<C, E> {
            C::from_code(v).ok_or_else(|| E::custom(UnknownCode::new(v, C::code_catalog().name())))
        }
    }
    deserializer.deserialize_str(Visitor(std::marker::PhantomData))
}

/// `FromStr` by code, for generated impls.
#[doc(hidden)]
pub fn parse_code<C: ErrorCode>(s: &str) -> Result<C, UnknownCode> {
    C::from_code(s).ok_or_else(|| UnknownCode::new(s, C::code_catalog().name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_time_hash_equals_the_const_one() {
        let text = "CP_LLM_INSUFFICIENT_BALANCE ünïcödé agent_deployment_idempotency_mismatch";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if let Some(s) = text.get(start..end) {
                    assert_eq!(hash(s.as_bytes()), hash_const(s.as_bytes()), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn index_finds_every_code_and_nothing_else() {
        const CODES: &[&str] = &["A", "BB", "CP_NOT_ACTIVE", "cp_not_active", ""];
        static INDEX: CodeIndex<16> = CodeIndex::new(CODES);
        for (i, code) in CODES.iter().enumerate() {
            assert_eq!(INDEX.get(CODES, code), Some(i));
        }
        assert_eq!(INDEX.get(CODES, "CP_NOT_ACTIVX"), None);
        assert_eq!(INDEX.get(CODES, "AA"), None);
    }
}

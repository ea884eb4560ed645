//! The sides that must act to fix an error.

/// One side: its name in `#[api(fix = "...")]` and in JSON (lowercase), how the seed
/// documents write it, and its bit in a set of sides (stable: published in catalogs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// The lowercase name: `"caller"`.
    pub name: &'static str,
    /// As the documents write it: `"BYOK"` for `byok`.
    pub shown: &'static str,
    /// The side's bit.
    pub bit: u8,
}

/// Every side, in the order sets of sides are written.
pub const SIDES: [Side; 4] = [
    Side {
        name: "caller",
        shown: "caller",
        bit: 1,
    },
    Side {
        name: "state",
        shown: "state",
        bit: 1 << 1,
    },
    Side {
        name: "platform",
        shown: "platform",
        bit: 1 << 2,
    },
    Side {
        name: "byok",
        shown: "BYOK",
        bit: 1 << 3,
    },
];

/// The side with this name, ignoring ASCII case.
pub fn side(name: &str) -> Option<Side> {
    SIDES
        .into_iter()
        .find(|s| s.name.eq_ignore_ascii_case(name))
}

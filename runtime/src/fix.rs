//! [`Fix`]: the set of sides that must act to fix an error.

use std::fmt;

use errcat_core::fix::SIDES;

/// A set of sides that must act to fix an error.
///
/// Seed documents name one side (`caller`) or several (`caller / state`,
/// `platform / BYOK`); some name none, which is the empty set.
///
/// ```
/// use errcat::Fix;
/// let fix = Fix::CALLER | Fix::STATE;
/// assert!(fix.contains(Fix::STATE));
/// assert_eq!(fix.to_string(), "caller / state");
/// assert_eq!(fix.names().collect::<Vec<_>>(), ["caller", "state"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Fix(u8);

impl Fix {
    /// No side named.
    pub const NONE: Fix = Fix(0);
    /// The caller's client code (a wrong request).
    pub const CALLER: Fix = Fix(1);
    /// The resource or account must be in a different state.
    pub const STATE: Fix = Fix(1 << 1);
    /// The platform operator (open a ticket).
    pub const PLATFORM: Fix = Fix(1 << 2);
    /// The caller's own upstream credentials (bring-your-own-key).
    pub const BYOK: Fix = Fix(1 << 3);

    /// The raw bits (stable: caller 1, state 2, platform 4, byok 8).
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// The set with these bits; unknown bits are dropped.
    pub const fn from_bits(bits: u8) -> Fix {
        Fix(bits & 0b1111)
    }

    /// Union of two sets.
    #[must_use]
    pub const fn union(self, other: Fix) -> Fix {
        Fix(self.0 | other.0)
    }

    /// Whether every side of `other` is in `self`.
    pub const fn contains(self, other: Fix) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether no side is named.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lowercase names of the sides, in the order caller, state, platform, byok.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        SIDES
            .into_iter()
            .filter(move |side| self.0 & side.bit != 0)
            .map(|side| side.name)
    }

    /// Parses one side name (`"caller"`, `"state"`, `"platform"`, `"byok"`), ignoring
    /// ASCII case.
    pub fn from_name(name: &str) -> Option<Fix> {
        errcat_core::fix::side(name).map(|side| Fix(side.bit))
    }
}

impl std::ops::BitOr for Fix {
    type Output = Fix;
    fn bitor(self, rhs: Fix) -> Fix {
        self.union(rhs)
    }
}

/// `caller / state`, as the seed documents write it; empty for no side.
impl fmt::Display for Fix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sides = SIDES.into_iter().filter(|side| self.0 & side.bit != 0);
        if let Some(first) = sides.next() {
            f.write_str(first.shown)?;
        }
        for side in sides {
            write!(f, " / {}", side.shown)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

/// Serialized as an array of lowercase side names: `["platform","byok"]`.
impl serde::Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.names())
    }
}

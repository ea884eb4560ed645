//! What an exposed field writes into a body, as far as its Rust type tells.

/// The JSON an exposed field's value takes, read by the derive from the field's type
/// (`u64` → [`UnsignedInteger`](FieldType::UnsignedInteger), `Vec<String>` →
/// [`Array`](FieldType::Array) of [`Text`](FieldType::Text), `Option<T>` →
/// [`Optional`](FieldType::Optional)); [`Unconstrained`](FieldType::Unconstrained) where the type says
/// nothing the derive can read (a type of the user's, `serde_json::Value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// Any JSON value. (The variants avoid the names of common types, `String`, `Map`,
    /// `Any`: rustc would spell those out in full in the error messages of every crate
    /// that depends on errcat.)
    Unconstrained,
    /// `true` or `false`.
    Boolean,
    /// An integer.
    Integer,
    /// An integer of zero or more.
    UnsignedInteger,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array of values of one type.
    Array(&'static FieldType),
    /// An object whose members' values are of one type.
    Object(&'static FieldType),
    /// A value of the type, or nothing: the member is left out of the body when the
    /// value is `None`.
    Optional(&'static FieldType),
}

impl FieldType {
    /// Whether the member may be absent from a body.
    pub const fn is_optional(self) -> bool {
        matches!(self, FieldType::Optional(_))
    }
}

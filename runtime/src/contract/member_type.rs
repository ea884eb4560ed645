//! The JSON type of an exposed member, as the lock spells it ("unsigned integer",
//! "array of string", "optional integer"), and which changes of it clients survive.

use std::fmt;

use errcat_core::field::FieldType;

/// An exposed member's JSON type: an owned [`FieldType`], readable back from the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum MemberType {
    Any,
    Boolean,
    Integer,
    UnsignedInteger,
    Number,
    Text,
    Array(Box<MemberType>),
    Object(Box<MemberType>),
    Optional(Box<MemberType>),
}

impl MemberType {
    pub fn of(ty: FieldType) -> MemberType {
        match ty {
            FieldType::Unconstrained => MemberType::Any,
            FieldType::Boolean => MemberType::Boolean,
            FieldType::Integer => MemberType::Integer,
            FieldType::UnsignedInteger => MemberType::UnsignedInteger,
            FieldType::Number => MemberType::Number,
            FieldType::Text => MemberType::Text,
            FieldType::Array(item) => MemberType::Array(Box::new(MemberType::of(*item))),
            FieldType::Object(value) => MemberType::Object(Box::new(MemberType::of(*value))),
            FieldType::Optional(value) => MemberType::Optional(Box::new(MemberType::of(*value))),
        }
    }

    /// Whether this is an array of anything (what `Vec<serde_json::Value>` writes).
    pub fn is_array_of_any(&self) -> bool {
        matches!(self, MemberType::Array(item) if **item == MemberType::Any)
    }

    /// Reads what [`Display`](fmt::Display) writes.
    pub fn parse(text: &str) -> Option<MemberType> {
        let nested = |prefix: &str| text.strip_prefix(prefix).and_then(MemberType::parse);
        Some(match text {
            "any" => MemberType::Any,
            "boolean" => MemberType::Boolean,
            "integer" => MemberType::Integer,
            "unsigned integer" => MemberType::UnsignedInteger,
            "number" => MemberType::Number,
            "string" => MemberType::Text,
            _ if text.starts_with("array of ") => MemberType::Array(Box::new(nested("array of ")?)),
            _ if text.starts_with("object of ") => {
                MemberType::Object(Box::new(nested("object of ")?))
            }
            _ if text.starts_with("optional ") => {
                MemberType::Optional(Box::new(nested("optional ")?))
            }
            _ => return None,
        })
    }

    /// Whether every value of `self` is also a value of `old`: a client written for
    /// `old` reads what `self` writes. A member that may now be absent is not.
    pub fn fits_in(&self, old: &MemberType) -> bool {
        use MemberType as T;
        match (self, old) {
            (_, T::Any) => true,
            (T::Optional(new), T::Optional(old)) => new.fits_in(old),
            (T::Optional(_), _) => false,
            (new, T::Optional(old)) => new.fits_in(old),
            (T::UnsignedInteger, T::Integer | T::Number) | (T::Integer, T::Number) => true,
            (T::Array(new), T::Array(old)) | (T::Object(new), T::Object(old)) => new.fits_in(old),
            (new, old) => new == old,
        }
    }
}

impl fmt::Display for MemberType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberType::Any => f.write_str("any"),
            MemberType::Boolean => f.write_str("boolean"),
            MemberType::Integer => f.write_str("integer"),
            MemberType::UnsignedInteger => f.write_str("unsigned integer"),
            MemberType::Number => f.write_str("number"),
            MemberType::Text => f.write_str("string"),
            MemberType::Array(item) => write!(f, "array of {item}"),
            MemberType::Object(value) => write!(f, "object of {value}"),
            MemberType::Optional(value) => write!(f, "optional {value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MemberType;

    #[test]
    fn every_spelling_reads_back() {
        for text in [
            "any",
            "boolean",
            "integer",
            "unsigned integer",
            "number",
            "string",
            "array of object of optional unsigned integer",
            "optional array of string",
        ] {
            let ty = MemberType::parse(text).unwrap();
            assert_eq!(ty.to_string(), text);
        }
        for text in ["", "array of", "optional", "text", "array of  string"] {
            assert_eq!(MemberType::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn narrower_types_fit_wider_ones() {
        let t = |s: &str| MemberType::parse(s).unwrap();
        let fits = [
            ("unsigned integer", "integer"),
            ("integer", "number"),
            ("string", "any"),
            ("string", "optional string"),
            ("array of unsigned integer", "array of number"),
            ("optional integer", "optional number"),
        ];
        for (new, old) in fits {
            assert!(t(new).fits_in(&t(old)), "{new} in {old}");
        }
        let breaks = [
            ("integer", "unsigned integer"),
            ("string", "integer"),
            ("optional string", "string"),
            ("any", "string"),
            ("array of string", "object of string"),
        ];
        for (new, old) in breaks {
            assert!(!t(new).fits_in(&t(old)), "{new} in {old}");
        }
    }
}

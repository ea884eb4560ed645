//! Field names as the client sent them.
//!
//! `validator` and `garde` report a field by its Rust name (`first_name`), though the
//! client sent `firstName` (`#[serde(rename_all = "camelCase")]`) or `e-mail`
//! (`#[serde(rename = "e-mail")]`). serde knows each struct's names on the wire: its
//! `Deserialize` hands them to the deserializer. When a validator refuses the input,
//! errcat deserializes the input once more, through a recorder that notes, at each path,
//! the wire names of the struct found there; then it renames each key of each
//! violation's path to the wire name that belongs to it:
//!
//! 1. the wire name equal to the Rust name;
//! 2. else the one serde's `rename_all` rules (`camelCase`, `kebab-case`, ...) make of it;
//! 3. else the one that reads the same ignoring case and `_`/`-` (`e-mail` for `email`);
//! 4. else the Rust name is kept: a field renamed to another word
//!    (`#[serde(rename = "mail")] email`), or one errcat could not see a struct for (a
//!    field of a `#[serde(flatten)]`ed struct, of an enum variant, of a struct inside a
//!    type with a `Deserialize` of its own).

use std::cell::RefCell;
use std::collections::HashMap;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};
use serde_json::Value;

use super::{FieldPath, Violations};

/// The wire names of the structs an input deserializes into, by the path (as the client
/// sent it) where each starts.
#[derive(Debug, Default)]
pub(crate) struct WireNames {
    structs: HashMap<FieldPath, &'static [&'static str]>,
}

impl WireNames {
    /// The structs `T` reads from `input` (a parsed body; an empty object for a query
    /// string or path parameters, whose one struct is the root).
    pub(crate) fn of<T: DeserializeOwned>(input: &Value) -> Self {
        let found = RefCell::new(HashMap::new());
        let recorder = Recorder {
            value: input,
            path: FieldPath::root(),
            found: &found,
        };
        // Only what was recorded matters: a query string's values are text, which a
        // struct of numbers refuses after its names are noted.
        let _ = T::deserialize(recorder);
        WireNames {
            structs: found.into_inner(),
        }
    }

    /// `violations` with each key of each path renamed to the wire name.
    pub(crate) fn rename(&self, mut violations: Violations) -> Violations {
        if !self.structs.is_empty() {
            violations.rename_keys(|at, key| {
                let fields = self.structs.get(at)?;
                wire_name(key, fields).map(str::to_owned)
            });
        }
        violations
    }
}

/// The wire name among `fields` that the Rust name `rust` has.
fn wire_name<'f>(rust: &str, fields: &[&'f str]) -> Option<&'f str> {
    if let Some(same) = fields.iter().find(|f| **f == rust) {
        return Some(same);
    }
    let renamed: Vec<String> = RULES.iter().map(|rule| rule(rust)).collect();
    let by_rule: Vec<&'f str> = fields
        .iter()
        .copied()
        .filter(|f| renamed.iter().any(|r| r == f))
        .collect();
    if let [one] = by_rule.as_slice() {
        return Some(one);
    }
    let loose = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '_' && *c != '-')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = loose(rust);
    let alike: Vec<&'f str> = fields
        .iter()
        .copied()
        .filter(|f| loose(f) == wanted)
        .collect();
    match alike.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// serde's `rename_all` rules for a field (a snake_case Rust name).
const RULES: [fn(&str) -> String; 6] = [
    str::to_lowercase,
    // `UPPERCASE` and `SCREAMING_SNAKE_CASE` alike.
    str::to_uppercase,
    pascal,
    camel,
    |s| s.replace('_', "-"),
    |s| s.to_uppercase().replace('_', "-"),
];

fn pascal(field: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn camel(field: &str) -> String {
    let pascal = pascal(field);
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => pascal,
    }
}

type Found = RefCell<HashMap<FieldPath, &'static [&'static str]>>;

/// A deserializer over a parsed input that notes, at each path, the fields of the
/// struct deserialized there.
struct Recorder<'a> {
    value: &'a Value,
    path: FieldPath,
    found: &'a Found,
}

impl<'a> Recorder<'a> {
    fn at(&self, value: &'a Value, path: FieldPath) -> Self {
        Recorder {
            value,
            path,
            found: self.found,
        }
    }
}

macro_rules! forward {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, serde_json::Error> {
            self.value.$method(visitor)
        }
    )*};
}

impl<'a> de::Deserializer<'a> for Recorder<'a> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Object(members) => visitor.visit_map(Members {
                iter: members.iter(),
                pending: None,
                recorder: &self,
            }),
            Value::Array(items) => visitor.visit_seq(Items {
                iter: items.iter().enumerate(),
                recorder: &self,
            }),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.found.borrow_mut().insert(self.path.clone(), fields);
        match self.value {
            Value::Object(_) | Value::Array(_) => self.deserialize_any(visitor),
            other => other.deserialize_struct(name, fields, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple<V: Visitor<'a>>(
        self,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.value.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.value.deserialize_unit_struct(name, visitor)
    }

    forward! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier deserialize_ignored_any
    }
}

/// An object's members, each value recorded under its key.
struct Members<'a, 'r> {
    iter: serde_json::map::Iter<'a>,
    pending: Option<(&'a String, &'a Value)>,
    recorder: &'r Recorder<'a>,
}

impl<'a> de::MapAccess<'a> for Members<'a, '_> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.iter.next() else {
            return Ok(None);
        };
        self.pending = Some((key, value));
        let key = de::value::BorrowedStrDeserializer::<'a, serde_json::Error>::new(key);
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        let Some((key, value)) = self.pending.take() else {
            return Err(de::Error::custom("a value without its key"));
        };
        seed.deserialize(
            self.recorder
                .at(value, self.recorder.path.clone().key(key.as_str())),
        )
    }
}

/// An array's items, each recorded under its index.
struct Items<'a, 'r> {
    iter: std::iter::Enumerate<std::slice::Iter<'a, Value>>,
    recorder: &'r Recorder<'a>,
}

impl<'a> de::SeqAccess<'a> for Items<'a, '_> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        let Some((index, value)) = self.iter.next() else {
            return Ok(None);
        };
        seed.deserialize(
            self.recorder
                .at(value, self.recorder.path.clone().index(index)),
        )
        .map(Some)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::violation::Violation;

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Item {
        unit_price: u32,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Order {
        first_name: String,
        #[serde(rename = "e-mail")]
        email: String,
        #[serde(rename = "mail")]
        backup_address: Option<String>,
        line_items: Vec<Item>,
        billing: Option<Item>,
    }

    #[test]
    fn keys_get_the_wire_names() {
        let body = json!({
            "firstName": "a", "e-mail": "b",
            "lineItems": [{"unitPrice": 1}, {"unitPrice": 2}],
            "billing": {"unitPrice": 3},
        });
        let names = WireNames::of::<Order>(&body);
        let at = |path: &str| Violation::new(FieldPath::parse(path).unwrap(), "x", "y");
        let renamed = names.rename(Violations::from_iter([
            at("first_name"),
            at("email"),
            at("backup_address"),
            at("line_items[1].unit_price"),
            at("billing.unit_price"),
            at("unknown"),
        ]));
        let shown: Vec<String> = renamed.iter().map(|v| v.path().to_string()).collect();
        assert_eq!(
            shown,
            [
                "backup_address",
                "billing.unitPrice",
                "e-mail",
                "firstName",
                "lineItems[1].unitPrice",
                "unknown"
            ]
        );
    }

    #[test]
    fn rules_are_serdes() {
        assert_eq!(camel("unit_price_usd"), "unitPriceUsd");
        assert_eq!(pascal("unit_price"), "UnitPrice");
        assert_eq!(wire_name("a_b", &["A-B", "x"]), Some("A-B"));
        assert_eq!(wire_name("ab", &["a_b", "a-b"]), None);
    }
}

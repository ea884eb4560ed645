//! What JSON an exposed field writes, as far as its Rust type tells: read from the type's
//! syntax (the derive sees no resolved types), for the catalog and its JSON Schema.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericArgument, PathArguments, Type};

/// The runtime's `FieldType`, as the derive reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonType {
    Any,
    Boolean,
    Integer,
    UnsignedInteger,
    Number,
    String,
    Array(Box<JsonType>),
    Map(Box<JsonType>),
    Optional(Box<JsonType>),
}

impl JsonType {
    /// The JSON `ty` serializes to with serde's standard impls; `Any` for what the
    /// syntax does not tell (a user type, an alias, `serde_json::Value`).
    pub fn of(ty: &Type) -> JsonType {
        match ty {
            Type::Reference(r) => JsonType::of(&r.elem),
            Type::Paren(p) => JsonType::of(&p.elem),
            Type::Group(g) => JsonType::of(&g.elem),
            Type::Slice(s) => JsonType::Array(Box::new(JsonType::of(&s.elem))),
            Type::Array(a) => JsonType::Array(Box::new(JsonType::of(&a.elem))),
            Type::Path(p) if p.qself.is_none() => {
                let Some(last) = p.path.segments.last() else {
                    return JsonType::Any;
                };
                let args: Vec<&Type> = match &last.arguments {
                    PathArguments::AngleBracketed(a) => a
                        .args
                        .iter()
                        .filter_map(|arg| match arg {
                            GenericArgument::Type(t) => Some(t),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                by_name(&last.ident.to_string(), &args)
            }
            _ => JsonType::Any,
        }
    }

    /// The `FieldType` value, under `p` (`::errcat::__private`).
    pub fn tokens(&self, p: &TokenStream) -> TokenStream {
        let nested = |inner: &JsonType| {
            let inner = inner.tokens(p);
            quote!(&#inner)
        };
        match self {
            JsonType::Any => quote!(#p::FieldType::Unconstrained),
            JsonType::Boolean => quote!(#p::FieldType::Boolean),
            JsonType::Integer => quote!(#p::FieldType::Integer),
            JsonType::UnsignedInteger => quote!(#p::FieldType::UnsignedInteger),
            JsonType::Number => quote!(#p::FieldType::Number),
            JsonType::String => quote!(#p::FieldType::Text),
            JsonType::Array(inner) => {
                let inner = nested(inner);
                quote!(#p::FieldType::Array(#inner))
            }
            JsonType::Map(inner) => {
                let inner = nested(inner);
                quote!(#p::FieldType::Object(#inner))
            }
            JsonType::Optional(inner) => {
                let inner = nested(inner);
                quote!(#p::FieldType::Optional(#inner))
            }
        }
    }
}

fn by_name(name: &str, args: &[&Type]) -> JsonType {
    let first = || args.first().map_or(JsonType::Any, |t| JsonType::of(t));
    let second = || args.get(1).map_or(JsonType::Any, |t| JsonType::of(t));
    match name {
        "bool" => JsonType::Boolean,
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => JsonType::Integer,
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => JsonType::UnsignedInteger,
        "f32" | "f64" => JsonType::Number,
        "str" | "String" | "char" => JsonType::String,
        // `Cow<str>`, `Box<str>`, `Rc<T>`, `Arc<T>`: the value they hold.
        "Cow" | "Box" | "Rc" | "Arc" => first(),
        "Option" => JsonType::Optional(Box::new(first())),
        "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "IndexSet" => {
            JsonType::Array(Box::new(first()))
        }
        "HashMap" | "BTreeMap" | "IndexMap" => JsonType::Map(Box::new(second())),
        _ => JsonType::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(ty: &str) -> JsonType {
        JsonType::of(&syn::parse_str(ty).unwrap())
    }

    #[test]
    fn types_read_from_their_syntax() {
        assert_eq!(of("u64"), JsonType::UnsignedInteger);
        assert_eq!(of("i32"), JsonType::Integer);
        assert_eq!(of("&'a str"), JsonType::String);
        assert_eq!(of("std::borrow::Cow<'static, str>"), JsonType::String);
        assert_eq!(
            of("Option<Vec<f64>>"),
            JsonType::Optional(Box::new(JsonType::Array(Box::new(JsonType::Number))))
        );
        assert_eq!(
            of("BTreeMap<String, bool>"),
            JsonType::Map(Box::new(JsonType::Boolean))
        );
        assert_eq!(of("serde_json::Value"), JsonType::Any);
        assert_eq!(of("MyType"), JsonType::Any);
        assert_eq!(
            of("[u8; 4]"),
            JsonType::Array(Box::new(JsonType::UnsignedInteger))
        );
    }

    #[test]
    fn parentheses_groups_slices_and_qualified_paths() {
        assert_eq!(of("(bool)"), JsonType::Boolean);
        assert_eq!(
            of("&'static [i64]"),
            JsonType::Array(Box::new(JsonType::Integer))
        );
        // An invisible group, as a `macro_rules!` expansion hands a `$ty` over.
        let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote!(f32));
        let group: Type = syn::parse2(quote!(#group)).unwrap();
        assert!(matches!(group, Type::Group(_)));
        assert_eq!(JsonType::of(&group), JsonType::Number);
        // A qualified path names an associated type: its last segment says nothing.
        assert_eq!(of("<T as Trait>::String"), JsonType::Any);
        assert_eq!(of("()"), JsonType::Any);
    }

    #[test]
    fn tokens_name_the_runtime_field_types() {
        let p = quote!(p);
        let shown = |ty: &str| of(ty).tokens(&p).to_string();
        assert_eq!(shown("bool"), "p :: FieldType :: Boolean");
        assert_eq!(
            shown("Option<Vec<u8>>"),
            "p :: FieldType :: Optional (& p :: FieldType :: Array (& p :: FieldType :: UnsignedInteger))"
        );
        assert_eq!(
            shown("HashMap<String, f64>"),
            "p :: FieldType :: Object (& p :: FieldType :: Number)"
        );
        assert_eq!(shown("i8"), "p :: FieldType :: Integer");
        assert_eq!(shown("char"), "p :: FieldType :: Text");
        assert_eq!(shown("Thing"), "p :: FieldType :: Unconstrained");
    }
}

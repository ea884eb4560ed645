//! Message and hint templates: `"no route at {method} {path}"`, `"{0:?}"`, `"{n:>4}"`.
//!
//! A template is checked against the variant's fields here, then expanded by `expand.rs`
//! as a `format_args!` call whose string is the user's literal with each placeholder's
//! argument renamed to the generated binding (`{method}` → `{__method}`). The text
//! between placeholders and the format specs are left exactly as written.

use proc_macro2::Span;
use quote::format_ident;
use syn::ext::IdentExt;
use syn::{Ident, LitStr};

/// A parsed template.
pub struct Template {
    pub lit: LitStr,
    /// The text with `{{`/`}}` unescaped, when the template has no placeholder.
    pub static_text: Option<String>,
    /// The format string with placeholder arguments renamed to their bindings.
    pub format: String,
    /// Each distinct placeholder argument, in order of first use.
    pub args: Vec<Arg>,
}

/// What a placeholder names.
#[derive(Clone, PartialEq, Eq)]
pub enum ArgName {
    Named(String),
    Index(usize),
}

/// A placeholder argument and the formatting traits its specs use.
pub struct Arg {
    pub name: ArgName,
    pub traits: Vec<&'static str>,
}

impl ArgName {
    /// The local the field is bound to in generated match arms.
    pub fn binding(&self) -> Ident {
        match self {
            ArgName::Named(name) => format_ident!("__{}", name),
            ArgName::Index(i) => format_ident!("__{}", i),
        }
    }
}

/// The binding of a field (named or by position).
pub fn field_binding(ident: Option<&Ident>, index: usize) -> Ident {
    match ident {
        Some(ident) => format_ident!("__{}", ident.unraw()),
        None => format_ident!("__{}", index),
    }
}

/// The formatting trait a spec (the part after `:`) uses.
fn spec_trait(spec: &str) -> &'static str {
    if spec.ends_with('?') {
        return "Debug";
    }
    match spec.chars().last() {
        Some('x') => "LowerHex",
        Some('X') => "UpperHex",
        Some('o') => "Octal",
        Some('b') => "Binary",
        Some('e') => "LowerExp",
        Some('E') => "UpperExp",
        _ => "Display",
    }
}

fn error(lit: &LitStr, message: String) -> darling::Error {
    darling::Error::custom(message).with_span(&lit.span())
}

impl Template {
    /// Parses `lit`; `what` is `"message"` or `"hint"`, for error texts.
    pub fn parse(lit: &LitStr, what: &str) -> darling::Result<Template> {
        let value = lit.value();
        let mut format = String::with_capacity(value.len() + 8);
        let mut text = String::with_capacity(value.len());
        let mut args: Vec<Arg> = Vec::new();
        let mut chars = value.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    format.push_str("{{");
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    format.push_str("}}");
                    text.push('}');
                }
                '}' => {
                    return Err(error(
                        lit,
                        format!(
                            "unmatched `}}` in `#[api({what})]`: write `}}}}` for a literal brace"
                        ),
                    ));
                }
                '{' => {
                    let (name, spec) = placeholder(lit, what, &mut chars)?;
                    let used = spec_trait(spec.as_deref().unwrap_or(""));
                    match args.iter_mut().find(|a| a.name == name) {
                        Some(arg) if !arg.traits.contains(&used) => arg.traits.push(used),
                        Some(_) => {}
                        None => args.push(Arg {
                            name: name.clone(),
                            traits: vec![used],
                        }),
                    }
                    format.push('{');
                    format.push_str(&name.binding().to_string());
                    if let Some(spec) = spec {
                        format.push(':');
                        format.push_str(&spec);
                    }
                    format.push('}');
                }
                c => {
                    format.push(c);
                    text.push(c);
                }
            }
        }
        Ok(Template {
            lit: lit.clone(),
            static_text: args.is_empty().then_some(text),
            format,
            args,
        })
    }

    /// The rewritten format string as a literal at the user's span.
    pub fn format_lit(&self) -> LitStr {
        LitStr::new(&self.format, self.lit.span())
    }

    pub fn span(&self) -> Span {
        self.lit.span()
    }
}

/// The placeholder after a `{`, up to its `}`: what it names, and its format spec.
fn placeholder(
    lit: &LitStr,
    what: &str,
    chars: &mut impl Iterator<Item = char>,
) -> darling::Result<(ArgName, Option<String>)> {
    let mut inner = String::new();
    let mut closed = false;
    for c in chars.by_ref() {
        if c == '}' {
            closed = true;
            break;
        }
        inner.push(c);
    }
    if !closed {
        return Err(error(
            lit,
            format!("unclosed `{{` in `#[api({what})]`: write `{{{{` for a literal brace"),
        ));
    }
    let (arg, spec) = match inner.split_once(':') {
        Some((arg, spec)) => (arg.trim(), Some(spec)),
        None => (inner.trim(), None),
    };
    let name = parse_arg(lit, what, arg)?;
    if spec.is_some_and(|spec| spec.contains('$') || spec.contains('*')) {
        return Err(error(
            lit,
            format!(
                "`{{{inner}}}` in `#[api({what})]`: width and precision arguments (`$`, `*`) are not supported"
            ),
        ));
    }
    Ok((name, spec.map(str::to_owned)))
}

fn parse_arg(lit: &LitStr, what: &str, arg: &str) -> darling::Result<ArgName> {
    if arg.is_empty() {
        return Err(error(
            lit,
            format!("`{{}}` in `#[api({what})]` must name a field: `{{field}}` or `{{0}}`"),
        ));
    }
    if let Ok(index) = arg.parse::<usize>() {
        return Ok(ArgName::Index(index));
    }
    let name = arg.strip_prefix("r#").unwrap_or(arg);
    let valid = name
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !valid {
        return Err(error(
            lit,
            format!("`{{{arg}}}` in `#[api({what})]` is not a field name or position"),
        ));
    }
    Ok(ArgName::Named(name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> darling::Result<Template> {
        Template::parse(&LitStr::new(text, Span::call_site()), "message")
    }

    #[test]
    fn each_spec_names_its_formatting_trait() {
        for (spec, expected) in [
            ("", "Display"),
            (">5", "Display"),
            ("?", "Debug"),
            ("#x?", "Debug"),
            ("x", "LowerHex"),
            ("#010X", "UpperHex"),
            ("o", "Octal"),
            ("b", "Binary"),
            ("e", "LowerExp"),
            (".2E", "UpperExp"),
        ] {
            assert_eq!(spec_trait(spec), expected, "{spec:?}");
        }
    }

    #[test]
    fn placeholders_are_renamed_and_escapes_kept() {
        let t = parse("{{lit}} {n:x} and {n} then {n:x} {0}}}").unwrap();
        assert_eq!(t.format, "{{lit}} {__n:x} and {__n} then {__n:x} {__0}}}");
        assert!(t.static_text.is_none());
        let names: Vec<(String, Vec<&str>)> = t
            .args
            .iter()
            .map(|a| (a.name.binding().to_string(), a.traits.clone()))
            .collect();
        // Each argument once, with each trait it is formatted with once.
        assert_eq!(
            names,
            [
                ("__n".to_owned(), vec!["LowerHex", "Display"]),
                ("__0".to_owned(), vec!["Display"]),
            ]
        );
        // No placeholder: the text, unescaped.
        let t = parse("a {{b}} c").unwrap();
        assert_eq!(t.static_text.as_deref(), Some("a {b} c"));
        assert_eq!(t.format, "a {{b}} c");
    }

    #[test]
    fn argument_names_are_identifiers_or_positions() {
        for good in ["{_x}", "{r#type}", "{é}", "{a1}", "{ 3 }"] {
            assert!(parse(good).is_ok(), "{good}");
        }
        for bad in ["{1a}", "{a-b}", "{-}", "{}", "{a.b}"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}

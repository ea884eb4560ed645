//! Reading `#[api(...)]` into keys, leniently: an unknown key, a repeated key or a value
//! of the wrong form is reported and parsing goes on, so that one derive reports all of
//! its errors, the cross-variant ones included, in one compile.

use darling::FromMeta;
use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta, Token};

use crate::diagnostics::{Errors, did_you_mean, error, names};
use crate::symbol::{FIX, Symbol};

/// The keys of every `#[api(...)]` on one item, in the order written.
#[derive(Default)]
pub struct Keys {
    found: Vec<(Symbol, Meta)>,
    /// The keys that unknown keys look like (`mesage` → `message`): their absence is the
    /// typo's doing, already reported.
    misspelled: Vec<&'static str>,
}

impl Keys {
    /// Reads every `#[api(...)]` among `attrs`, taking the keys in `known`.
    pub fn parse(attrs: &[Attribute], known: &[Symbol], errors: &mut Errors) -> Keys {
        let mut keys = Keys::default();
        for attr in attrs.iter().filter(|a| a.path().is_ident("api")) {
            let Meta::List(list) = &attr.meta else {
                errors.push(error(
                    attr.span(),
                    "`#[api]` needs keys: write `#[api(key = value, ...)]`",
                ));
                continue;
            };
            match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
                Ok(metas) => metas
                    .into_iter()
                    .for_each(|meta| keys.add(meta, known, errors)),
                Err(e) => errors.push(e.into()),
            }
        }
        keys
    }

    fn add(&mut self, meta: Meta, known: &[Symbol], errors: &mut Errors) {
        let Some(ident) = meta.path().get_ident() else {
            errors.push(error(
                meta.path().span(),
                "expected a key, e.g. `status = 404`",
            ));
            return;
        };
        let name = ident.to_string();
        match known.iter().find(|s| s.name() == name) {
            None => {
                let candidates = names(known);
                let suggestion = did_you_mean(&name, &candidates);
                if let Some(meant) = candidates
                    .iter()
                    .find(|c| suggestion.contains(&format!("`{c}`")))
                {
                    self.misspelled.push(meant);
                }
                errors.push(error(
                    ident.span(),
                    format!("unknown key `{name}` in `#[api(...)]`{suggestion}"),
                ));
            }
            Some(_) if self.get(&name).is_some() => errors.push(error(
                ident.span(),
                format!("duplicate key `{name}` in `#[api(...)]`"),
            )),
            Some(symbol) => self.found.push((*symbol, meta)),
        }
    }

    fn get(&self, name: &str) -> Option<&Meta> {
        self.found
            .iter()
            .find(|(s, _)| s.name() == name)
            .map(|(_, meta)| meta)
    }

    fn meta(&self, key: Symbol) -> Option<&Meta> {
        self.get(key.name())
    }

    /// Every key given, with the span of its name.
    pub fn given(&self) -> impl Iterator<Item = (Symbol, Span)> + '_ {
        self.found
            .iter()
            .map(|(symbol, meta)| (*symbol, meta.path().span()))
    }

    /// Whether the key was given, or an unknown key was taken for a misspelling of it.
    pub fn mentioned(&self, key: Symbol) -> bool {
        self.meta(key).is_some() || self.misspelled.contains(&key.name())
    }

    /// The span of the key's name, if given.
    pub fn span(&self, key: Symbol) -> Option<Span> {
        self.meta(key).map(|meta| meta.path().span())
    }

    /// Whether the key was given as a bare word (`#[api(expose)]`).
    pub fn is_word(&self, key: Symbol) -> bool {
        matches!(self.meta(key), Some(Meta::Path(_)))
    }

    /// A flag (`#[api(transparent)]`): the span of its name when given.
    pub fn flag(&self, key: Symbol, errors: &mut Errors) -> Option<Span> {
        let meta = self.meta(key)?;
        if let Meta::Path(path) = meta {
            return Some(path.span());
        }
        let at = match meta {
            Meta::NameValue(nv) => nv.value.span(),
            other => other.span(),
        };
        errors.push(error(
            at,
            format!("`#[api({key})]` takes no value: write `#[api({key})]`"),
        ));
        Some(meta.path().span())
    }

    /// A string value (`message = "..."`).
    pub fn string(&self, key: Symbol, errors: &mut Errors) -> Option<LitStr> {
        let meta = self.meta(key)?;
        let value = value_of(key, meta, errors)?;
        match ungroup(value) {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(s.clone()),
            other => {
                errors.push(error(
                    other.span(),
                    format!(
                        "`#[api({key} = ...)]` takes a string literal, not {}: write `{key} = \"...\"`",
                        what(other)
                    ),
                ));
                None
            }
        }
    }

    /// A value of a key with its own parser (`status`, `fix`, `format`, ...), whose errors
    /// are the parser's. Only `fix` also takes the list form (`fix(caller, state)`).
    pub fn parsed<T: FromMeta>(&self, key: Symbol, errors: &mut Errors) -> Option<T> {
        let meta = self.meta(key)?;
        if !matches!(meta, Meta::List(_) if key == FIX) {
            value_of(key, meta, errors)?;
        }
        errors.handle(T::from_meta(meta).map_err(|e| e.with_span(meta)))
    }
}

impl Keys {
    /// A path value (`crate = ::errcat`, or the same as a string).
    pub fn path(&self, key: Symbol, errors: &mut Errors) -> Option<syn::Path> {
        self.syntax(key, errors, "a path, e.g. `crate = ::errcat`", |path| {
            Some(path.clone())
        })
    }

    /// A name value (`code_enum = CpErrorCode`).
    pub fn ident(&self, key: Symbol, errors: &mut Errors) -> Option<syn::Ident> {
        self.syntax(
            key,
            errors,
            "a type name, e.g. `code_enum = CpErrorCode`",
            |path| path.get_ident().cloned(),
        )
    }

    /// A value written as a path, or as a string holding one; `expected` says what, in
    /// the error.
    fn syntax<T: syn::parse::Parse>(
        &self,
        key: Symbol,
        errors: &mut Errors,
        expected: &str,
        from_path: impl Fn(&syn::Path) -> Option<T>,
    ) -> Option<T> {
        let value = value_of(key, self.meta(key)?, errors)?;
        let parsed = match ungroup(value) {
            Expr::Path(path) => from_path(&path.path),
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => s.parse().ok(),
            _ => None,
        };
        if parsed.is_none() {
            errors.push(error(
                value.span(),
                format!("`#[api({key} = ...)]` takes {expected}"),
            ));
        }
        parsed
    }
}

/// The expression after `key =`; a word or a list form is reported.
pub fn value_of<'m>(key: Symbol, meta: &'m Meta, errors: &mut Errors) -> Option<&'m Expr> {
    match meta {
        Meta::NameValue(nv) => Some(&nv.value),
        Meta::Path(path) => {
            errors.push(error(
                path.span(),
                format!("`#[api({key})]` needs a value: write `{key} = ...`"),
            ));
            None
        }
        Meta::List(list) => {
            errors.push(error(
                list.path.span(),
                format!("`#[api({key}(...))]` is not a form of `{key}`: write `{key} = ...`"),
            ));
            None
        }
    }
}

/// What an expression is, with its article: "an integer", "a bool", "a path".
fn what(expr: &Expr) -> &'static str {
    match expr {
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Int(_) => "an integer",
            Lit::Float(_) => "a float",
            Lit::Bool(_) => "a bool",
            Lit::ByteStr(_) | Lit::CStr(_) => "a byte string",
            Lit::Byte(_) => "a byte",
            Lit::Char(_) => "a char",
            _ => "this literal",
        },
        Expr::Path(_) => "a path",
        _ => "an expression",
    }
}

/// A value passed through a `macro_rules!` fragment (`$format:literal`) arrives wrapped
/// in an invisible group; look through it.
pub fn ungroup(expr: &Expr) -> &Expr {
    match expr {
        Expr::Group(group) => ungroup(&group.expr),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::what;

    #[test]
    fn what_names_each_kind_of_value() {
        for (source, expected) in [
            ("1", "an integer"),
            ("1.5", "a float"),
            ("true", "a bool"),
            (r#"b"x""#, "a byte string"),
            (r#"c"x""#, "a byte string"),
            ("b'x'", "a byte"),
            ("'x'", "a char"),
            (r#""x""#, "this literal"),
            ("http::StatusCode", "a path"),
            ("1 + 2", "an expression"),
        ] {
            let expr: syn::Expr = syn::parse_str(source).unwrap();
            assert_eq!(what(&expr), expected, "{source}");
        }
    }
}

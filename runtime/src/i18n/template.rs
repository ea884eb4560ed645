//! Fluent patterns made of text and variables, compiled once at load: filled per request
//! by copying their text and writing each field straight from the error, without Fluent's
//! argument list or resolver. Other patterns (selectors, functions, references) are left
//! to Fluent.

use std::borrow::Cow;
use std::fmt::Write as _;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use crate::error::ApiError;

/// Fluent's own limit on the placeables of one pattern; a pattern over it is left to
/// Fluent, which reports it.
const MAX_PLACEABLES: usize = 100;

/// One piece of a compiled pattern.
#[derive(Debug, PartialEq)]
enum Piece {
    Text(Box<str>),
    /// A variable (`{ $name }`), by name.
    Var(Box<str>),
}

/// A compiled pattern: what Fluent writes for it with isolation off and no transform,
/// piece by piece.
#[derive(Debug, PartialEq)]
pub(super) struct Template(Box<[Piece]>);

impl Template {
    /// `pattern` compiled, or `None` when it has anything but text and variables.
    pub(super) fn compile(pattern: &Pattern<&str>) -> Option<Template> {
        let mut pieces: Vec<Piece> = Vec::with_capacity(pattern.elements.len());
        let mut placeables = 0;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => match pieces.last_mut() {
                    Some(Piece::Text(text)) => *text = format!("{text}{value}").into(),
                    _ => pieces.push(Piece::Text((*value).into())),
                },
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => {
                    placeables += 1;
                    pieces.push(Piece::Var(id.name.into()));
                }
                PatternElement::Placeable { .. } => return None,
            }
        }
        (placeables <= MAX_PLACEABLES).then(|| Template(pieces.into()))
    }

    /// What a filled pattern most often needs: its text and a few words per variable.
    fn room(&self) -> usize {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.len(),
                Piece::Var(_) => 16,
            })
            .sum()
    }

    /// The text, when the pattern has no variable.
    pub(super) fn fixed(&self) -> Option<&str> {
        match &*self.0 {
            [] => Some(""),
            [Piece::Text(text)] => Some(text),
            _ => None,
        }
    }

    /// The pattern filled from `err`'s fields, borrowed when it has none; `None` when a
    /// variable names no field with a value (Fluent would write `{$name}` and report it).
    ///
    /// A variable is filled as the declaration's message or hint formats the field
    /// ([`ApiError::visit_args`]), else, for an exposed field the templates do not name,
    /// as its text (a string as itself, any other value as its JSON).
    pub(super) fn fill<E: ApiError + ?Sized>(&self, err: &E) -> Option<Cow<'_, str>> {
        if let Some(text) = self.fixed() {
            return Some(Cow::Borrowed(text));
        }
        let mut out = String::with_capacity(self.room());
        // One pass over the fields, written as they come while the pattern names them in
        // their order (the common case); the rest of the pattern, each of its fields
        // looked up.
        let mut next = 0;
        err.visit_args(&mut |field, value| {
            while let Some(piece) = self.0.get(next) {
                match piece {
                    Piece::Text(text) => out.push_str(text),
                    Piece::Var(name) if **name == *field => {
                        // Writing into a String does not fail.
                        let _ = write!(out, "{value}");
                    }
                    Piece::Var(_) => break,
                }
                next += 1;
            }
        });
        for piece in self.0.get(next..).unwrap_or_default() {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var(name) => {
                    if !arg_into(err, name, &mut out) {
                        return None;
                    }
                }
            }
        }
        Some(Cow::Owned(out))
    }
}

/// Appends `err`'s field `name` as a placeholder's text to `out`; `false` when it has no
/// such field with a value.
fn arg_into<E: ApiError + ?Sized>(err: &E, name: &str, out: &mut String) -> bool {
    let mut found = false;
    err.visit_args(&mut |field, value| {
        if !found && field == name {
            found = true;
            // Writing into a String does not fail; a `Display` that does leaves its part.
            let _ = write!(out, "{value}");
        }
    });
    if !found {
        err.visit_exposed(&mut |field, value| {
            if !found
                && field == name
                && let Some(text) = crate::json::exposed_text(value)
            {
                found = true;
                out.push_str(&text);
            }
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Resource};

    fn compiled(source: &str) -> Option<Template> {
        let resource: Resource<&str> = fluent_syntax::parser::parse(source).unwrap();
        match resource.body.first() {
            Some(Entry::Message(message)) => Template::compile(message.value.as_ref().unwrap()),
            other => unreachable!("no message in {source:?}: {other:?}"),
        }
    }

    #[test]
    fn text_and_variables_compile() {
        let t = compiled("a = keine Route für { $method } { $path }!\n").unwrap();
        assert_eq!(
            t.0.as_ref(),
            [
                Piece::Text("keine Route für ".into()),
                Piece::Var("method".into()),
                Piece::Text(" ".into()),
                Piece::Var("path".into()),
                Piece::Text("!".into()),
            ]
        );
        assert_eq!(compiled("a = fest\n").unwrap().fixed(), Some("fest"));
        // Multi-line text is joined as Fluent joins it.
        assert_eq!(
            compiled("a =\n    eins\n    zwei\n").unwrap().fixed(),
            Some("eins\nzwei")
        );
    }

    /// Fields `a`, `b` and an exposed `c`, visited in that order.
    #[derive(Debug, crate::ApiError)]
    #[api(format = "flat")]
    enum Fields {
        #[api(status = 400, message = "{a} {b}")]
        Three {
            a: u32,
            b: &'static str,
            #[api(expose)]
            c: bool,
        },
    }

    #[test]
    fn placeholders_fill_in_any_order_and_repeated() {
        let err = Fields::Three {
            a: 1,
            b: "zwei",
            c: true,
        };
        for (source, filled) in [
            ("m = { $a } und { $b }\n", Some("1 und zwei")),
            ("m = { $b } vor { $a }\n", Some("zwei vor 1")),
            ("m = { $a }{ $a }, { $b } { $a }\n", Some("11, zwei 1")),
            ("m = { $c }: { $b }\n", Some("true: zwei")),
            ("m = { $a } { $d }\n", None),
        ] {
            let template = compiled(source).unwrap();
            assert_eq!(template.fill(&err).as_deref(), filled, "{source}");
        }
    }

    #[test]
    fn anything_else_is_left_to_fluent() {
        assert_eq!(
            compiled("a = { $n ->\n [one] eins\n *[other] viele\n}\n"),
            None
        );
        assert_eq!(compiled("a = { NUMBER($n) }\n"), None);
        assert_eq!(compiled("a = { -brand }\n"), None);
        assert_eq!(compiled("a = { \"{\" }\n"), None);
        let many = format!("a = {}\n", "{ $x }".repeat(MAX_PLACEABLES + 1));
        assert_eq!(compiled(&many), None);
    }
}

//! [`check`]: every code translated in every locale, every placeholder a field.

use std::fmt;

use fluent_syntax::ast;

use super::Translations;
use crate::catalog::Catalog;
use crate::entry::Entry;

/// One thing wrong with the translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file (or, for a code with no message at all, the locale).
    pub file: String,
    /// The line in `file`, from 1; 0 when no line applies.
    pub line: usize,
    /// The locale's tag.
    pub locale: String,
    /// The code concerned, if one is.
    pub code: Option<String>,
    /// What is wrong.
    pub what: String,
}

impl Problem {
    pub(super) fn load(file: &str, line: usize, locale: &str, what: String) -> Self {
        Problem {
            file: file.to_owned(),
            line,
            locale: locale.to_owned(),
            code: None,
            what,
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line: locale: CODE: what`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": {}", self.locale)?;
        if let Some(code) = &self.code {
            write!(f, ": {code}")?;
        }
        write!(f, ": {}", self.what)
    }
}

/// Every problem [`check`] found, one per line when displayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Checks `translations` against the codes of `catalogs` (and the catalogs they
/// forward), for an ordinary test: `Err` with one line per problem, file and line
/// first:
///
/// - a Fluent syntax error, or a folder that names no locale;
/// - a code with no message in a locale;
/// - a message (or `.hint`) naming a placeholder the variant has no field for, or a field
///   that has no text to give (named in neither the declaration's message nor its hint,
///   and not exposed);
/// - a translated message or hint that drops a field the declaration's names: an error
///   too, since the client would lose what the declaration tells it;
/// - a declaration's hint without a `.hint`, or an attribute other than `.hint`;
/// - a message for no code.
///
/// ```
/// use errcat::ApiError;
/// use errcat::i18n::Translations;
///
/// #[derive(Debug, ApiError)]
/// enum E {
///     #[api(status = 404, message = "no route at {path}")]
///     RouteNotFound { path: String },
///     #[api(status = 503, message = "try later")]
///     Busy,
/// }
///
/// let mut translations = Translations::new();
/// translations.add_source("de", "de.ftl", "ROUTE_NOT_FOUND = keine Route für { $pfad }\n");
/// let problems = errcat::i18n::check(&translations, &[E::catalog()]).unwrap_err();
/// assert_eq!(
///     problems.to_string(),
///     "de.ftl:1: de: ROUTE_NOT_FOUND: the message names { $pfad }, which `RouteNotFound` has no field for\n\
///      de.ftl:1: de: ROUTE_NOT_FOUND: the message drops { $path }, which the declaration's message names\n\
///      de: de: BUSY: no message for this code"
/// );
/// ```
pub fn check(translations: &Translations, catalogs: &[&'static Catalog]) -> Result<(), Problems> {
    let mut problems = translations.problems.clone();
    let mut entries: Vec<&'static Entry> = Vec::new();
    for catalog in catalogs {
        for entry in catalog.all_entries() {
            if !entries.iter().any(|e| e.code() == entry.code()) {
                entries.push(entry);
            }
        }
    }
    for locale in &translations.locales {
        let tag = locale.tag.as_str();
        let mut found: Vec<&str> = Vec::new();
        for (file, resource) in &locale.files {
            let source = resource.source();
            for item in resource.entries() {
                let ast::Entry::Message(message) = item else {
                    continue;
                };
                let id = message.id.name;
                let line = line_of_id(source, id);
                let mut report = |what: String| {
                    problems.push(Problem {
                        file: file.clone(),
                        line,
                        locale: tag.to_owned(),
                        code: Some(id.to_owned()),
                        what,
                    });
                };
                // A violation's message, by the violation's code: its placeholders are
                // the rule's parameters, which no declaration lists.
                if id.starts_with("violation-") {
                    continue;
                }
                let Some(entry) = entries.iter().find(|e| e.code() == id) else {
                    report("a message for no code of the catalogs".to_owned());
                    continue;
                };
                found.push(id);
                check_message(entry, message, &mut report);
            }
        }
        for entry in &entries {
            if !found.contains(&entry.code()) {
                problems.push(Problem {
                    file: tag.to_owned(),
                    line: 0,
                    locale: tag.to_owned(),
                    code: Some(entry.code().to_owned()),
                    what: "no message for this code".to_owned(),
                });
            }
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(Problems(problems)),
    }
}

/// The problems of one message translating `entry`.
fn check_message(entry: &Entry, message: &ast::Message<&str>, report: &mut dyn FnMut(String)) {
    let mut has_text = entry.message_args().to_vec();
    has_text.extend(entry.hint_args());
    has_text.extend(entry.exposed());
    let mut parts: Vec<(&str, Vec<&str>, &[&str])> = Vec::new();
    match &message.value {
        Some(value) => parts.push(("message", variables(value), entry.message_args())),
        None => report("no message text (only attributes)".to_owned()),
    }
    let mut hint = false;
    for attribute in &message.attributes {
        if attribute.id.name == "hint" {
            hint = true;
            parts.push(("hint", variables(&attribute.value), entry.hint_args()));
        } else {
            report(format!(
                "unknown attribute .{}: a message has its value and a .hint",
                attribute.id.name
            ));
        }
    }
    if !hint && entry.hint().is_some() {
        report("no .hint, and the declaration has a hint".to_owned());
    }
    for (what, used, declared) in parts {
        for name in &used {
            if !entry.fields().contains(name) && !entry.exposed().contains(name) {
                report(format!(
                    "the {what} names {{ ${name} }}, which `{}` has no field for",
                    entry.variant()
                ));
            } else if !has_text.contains(name) {
                report(format!(
                    "the {what} names {{ ${name} }}, a field with no text: name it in the \
                     declaration's message or hint, or expose it"
                ));
            }
        }
        for name in declared {
            if !used.contains(name) {
                report(format!(
                    "the {what} drops {{ ${name} }}, which the declaration's {what} names"
                ));
            }
        }
    }
}

/// The variables a pattern uses, in order, once each.
pub(super) fn variables<'s>(pattern: &ast::Pattern<&'s str>) -> Vec<&'s str> {
    let mut names = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut names);
        }
    }
    names
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, names: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, names),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                for name in variables(&variant.value) {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
        }
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, names: &mut Vec<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !names.contains(&id.name) => {
            names.push(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, names);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, names);
        }
        _ => {}
    }
}

/// The line (from 1) of byte `offset` in `text`.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()
        .get(..end)
        .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count())
        + 1
}

/// The line (from 1) where the message `id` is defined in `source`; 0 if not found.
fn line_of_id(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

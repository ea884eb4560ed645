//! Translations (feature `fluent`): messages and hints in the client's language, one
//! [Project Fluent](https://projectfluent.org) message per code, negotiated from
//! `Accept-Language`, and [`check`]ed against the declarations in an ordinary test.
//!
//! A directory holds one folder per locale, its `.ftl` files beside each other:
//!
//! ```text
//! locales/de/errors.ftl
//! locales/fr/errors.ftl
//! ```
//!
//! Each message's id is a code; its value translates the message, its `.hint` attribute
//! the hint. Placeholders are the variant's fields (`{ $method }`): those the
//! declaration's message or hint names, formatted as the declaration formats them, and
//! the exposed fields (a string as itself, any other value as its JSON).
//!
//! ```
//! use errcat::ApiError;
//! use errcat::i18n::Translations;
//!
//! #[derive(Debug, ApiError)]
//! #[api(format = "flat")]
//! enum ShopError {
//!     #[api(status = 404, message = "no route at {method} {path}", hint = "check the URL")]
//!     RouteNotFound { method: String, path: String },
//! }
//!
//! let mut translations = Translations::new();
//! translations.add_source(
//!     "de",
//!     "shop.ftl",
//!     "ROUTE_NOT_FOUND = keine Route für { $method } { $path }\n    .hint = prüfen Sie die URL\n",
//! );
//! errcat::i18n::check(&translations, &[ShopError::catalog()]).unwrap();
//!
//! let err = ShopError::RouteNotFound { method: "GET".into(), path: "/nope".into() };
//! let locale = translations.negotiate("fr-CH, de-CH;q=0.8, en;q=0.5");
//! assert_eq!(locale, "de");
//! let texts = translations.texts(locale, &err).unwrap();
//! assert_eq!(texts.message, "keine Route für GET /nope");
//! assert_eq!(texts.hint.as_deref(), Some("prüfen Sie die URL"));
//! ```
//!
//! Served: `ErrorLayer::<M>::new().with_translations(translations)` (axum) answers each
//! error in the negotiated locale with `Content-Language`. The body carries the
//! translated message and hint only: the code, which never changes, is what logs and
//! support go by.

mod check;
mod negotiate;
mod template;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use check::{Problem, Problems, check};

use crate::error::ApiError;
use template::Template;

/// Translations of error messages and hints, per locale. A layer shares them between
/// requests (`Arc`); they are built once, at start-up.
pub struct Translations {
    locales: Vec<Locale>,
    /// The default locale's tag, then each locale's: what negotiation picks among.
    tags: Vec<String>,
    /// Each of `tags` as a `Content-Language` value, made once.
    headers: Vec<http::HeaderValue>,
    /// What loading found wrong (syntax errors, folders that name no locale), reported by
    /// [`check`].
    problems: Vec<Problem>,
    /// An id no other translations (nor these before a change) share: what a thread's
    /// remembered negotiation is for.
    id: u64,
}

/// A fresh [`Translations::id`], never 0.
fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A message of a locale, formatted.
struct Filled {
    message: String,
    /// Its `.hint` attribute, if it has one.
    hint: Option<String>,
    /// Whether every placeholder had a value (Fluent writes the others as `{$name}`).
    complete: bool,
}

impl Locale {
    /// The message `id` and its `.hint`, formatted with `args`; `None` when the locale
    /// has no message `id`, or it has no value.
    fn fill(&self, id: &str, args: &FluentArgs<'_>) -> Option<Filled> {
        let message = self.bundle.get_message(id)?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(message.value()?, Some(args), &mut errors)
            .into_owned();
        let hint = message.get_attribute("hint").map(|hint| {
            self.bundle
                .format_pattern(hint.value(), Some(args), &mut errors)
                .into_owned()
        });
        Some(Filled {
            message: text,
            hint,
            complete: errors.is_empty(),
        })
    }

    /// `violations` with the messages this locale translates (`violation-<code>`), or
    /// `None` when it translates none of them.
    fn violations(
        &self,
        violations: Option<&crate::violation::Violations>,
    ) -> Option<crate::violation::Violations> {
        let violations = violations?;
        let mut translated = false;
        let list = violations
            .iter()
            .map(|v| {
                let id = format!("violation-{}", v.code());
                let Some(pattern) = self.bundle.get_message(&id).and_then(|m| m.value()) else {
                    return v.clone();
                };
                let mut args = FluentArgs::new();
                for (name, value) in v.params() {
                    args.set(
                        name.as_str(),
                        fluent_value(crate::json::value_text(value.clone())),
                    );
                }
                let mut errors = Vec::new();
                let message = self
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() || message.is_empty() {
                    return v.clone();
                }
                translated = true;
                v.clone().with_message(message.into_owned())
            })
            .collect();
        translated.then_some(list)
    }
}

/// One locale: its bundle, and the files it was read from (for [`check`]).
struct Locale {
    tag: String,
    /// The messages made only of text and placeholders, by code: filled without Fluent.
    /// (Codes are the application's own: a fast hash, not a DoS-resistant one.)
    compiled: rustc_hash::FxHashMap<String, Arc<Compiled>>,
    /// The same by the address of a rendered catalog's entry
    /// ([`Translations::with_catalog`]): found without reading the code.
    by_entry: rustc_hash::FxHashMap<usize, Arc<Compiled>>,
    /// The bodies of codes whose message and hint have no placeholder, rendered once per
    /// catalog ([`Translations::with_catalog`]): by catalog address and entry position.
    bodies: Bodies,
    bundle: FluentBundle<Arc<FluentResource>>,
    files: Vec<(String, Arc<FluentResource>)>,
}

/// A message and its hint, compiled (see [`template`]).
struct Compiled {
    message: Template,
    hint: Option<Template>,
}

/// A message and hint in one locale, borrowed from the [`Translations`] where they need
/// no formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts<'a> {
    /// The locale's tag (`de`), for `Content-Language`.
    pub locale: &'a str,
    /// The message.
    pub message: Cow<'a, str>,
    /// The hint, if the declaration has one (the declaration's own hint when the
    /// translation has no `.hint`).
    pub hint: Option<Cow<'a, str>>,
    /// The error's violations with each message translated by its code, when the locale
    /// has a message `violation-<code>` for one of them (its parameters as placeholders:
    /// `violation-too_small = mindestens { $minimum } Zeichen`); `None` when none is.
    pub violations: Option<crate::violation::Violations>,
    /// The locale's rendered bodies, where `message` and `hint` come from its compiled
    /// messages (each body has what of them has no placeholder written in).
    bodies: Option<&'a Bodies>,
}

/// Rendered bodies by catalog address and entry position. Equal whatever they hold: they
/// are how [`Texts`] are written, not what they say.
#[derive(Default)]
struct Bodies(rustc_hash::FxHashMap<(usize, usize), crate::layout::program::Fused>);

impl std::fmt::Debug for Bodies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} rendered bodies", self.0.len())
    }
}

impl PartialEq for Bodies {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Bodies {}

impl<'a> Texts<'a> {
    /// The body of the entry at `position` in `catalog` with these texts, if rendered.
    pub(crate) fn body(
        &self,
        catalog: &'static crate::catalog::Catalog,
        position: usize,
    ) -> Option<&'a crate::layout::program::Fused> {
        let key = (std::ptr::from_ref(catalog) as usize, position);
        self.bodies?.0.get(&key)
    }
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("default", &self.default_locale())
            .field("locales", &self.locales().collect::<Vec<_>>())
            .finish()
    }
}

impl Default for Translations {
    fn default() -> Self {
        Self::new()
    }
}

impl Translations {
    /// No translations; the declarations' text is English (`en`).
    pub fn new() -> Self {
        Translations {
            locales: Vec::new(),
            tags: vec!["en".to_owned()],
            headers: vec![http::HeaderValue::from_static("en")],
            problems: Vec::new(),
            id: next_id(),
        }
    }

    /// The translations in `dir`: every `<dir>/<locale>/*.ftl`, in file name order. A
    /// folder that names no locale and a file with Fluent syntax errors are kept as
    /// problems that [`check`] reports (the rest of the file loads); reading the
    /// directory is the only error.
    pub fn from_dir(dir: impl AsRef<Path>) -> std::io::Result<Self> {
        let dir = dir.as_ref();
        let mut translations = Translations::new();
        let mut folders: Vec<_> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .collect();
        folders.sort_by_key(|e| e.file_name());
        for folder in folders {
            let locale = folder.file_name().to_string_lossy().into_owned();
            let mut files: Vec<_> = std::fs::read_dir(folder.path())?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for file in files {
                let text = std::fs::read_to_string(&file)?;
                translations.add_source(&locale, &file.display().to_string(), &text);
            }
        }
        Ok(translations)
    }

    /// The control plane's codes in German (`de`): errcat's worked example.
    pub fn prebuilt() -> Self {
        let mut translations = Translations::new();
        translations.add_source(
            "de",
            "runtime/locales/de/control_plane.ftl",
            include_str!("../../locales/de/control_plane.ftl"),
        );
        translations
    }

    /// The declarations' own text is in `locale` (`en` by default): the locale a client
    /// gets when none of its languages is translated, and the `Content-Language` then.
    #[must_use]
    pub fn with_default_locale(mut self, locale: &str) -> Self {
        self.id = next_id();
        match locale.parse::<LanguageIdentifier>() {
            Ok(id) => {
                if let (Some(tag), Some(header)) = (self.tags.first_mut(), self.headers.first_mut())
                {
                    *tag = id.to_string();
                    if let Ok(value) = http::HeaderValue::from_str(tag) {
                        *header = value;
                    }
                }
            }
            Err(_) => self.problems.push(Problem::load(
                "with_default_locale",
                0,
                locale,
                format!("{locale:?} is not a language tag"),
            )),
        }
        self
    }

    /// Adds the Fluent source `text` (read from `file`, named in [`check`]'s report) to
    /// `locale`.
    pub fn add_source(&mut self, locale: &str, file: &str, text: &str) {
        self.id = next_id();
        let Ok(id) = locale.parse::<LanguageIdentifier>() else {
            self.problems.push(Problem::load(
                file,
                0,
                locale,
                format!(
                    "the folder {locale:?} names no locale (a language tag such as `de` or `pt-BR`)"
                ),
            ));
            return;
        };
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // The line of the entry the error spoils, not the token after it.
                    let at = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                    let line = check::line_of(text, at);
                    self.problems.push(Problem::load(
                        file,
                        line,
                        locale,
                        format!("Fluent syntax error: {}", error.kind),
                    ));
                }
                resource
            }
        };
        let resource = Arc::new(resource);
        let tag = id.to_string();
        let position = match self.locales.iter().position(|l| l.tag == tag) {
            Some(i) => i,
            None => {
                let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
                bundle.set_use_isolating(false);
                self.tags.push(tag.clone());
                // A parsed language identifier is ASCII letters, digits and `-`.
                self.headers.push(
                    http::HeaderValue::from_str(&tag)
                        .unwrap_or(http::HeaderValue::from_static("und")),
                );
                self.locales.push(Locale {
                    tag,
                    compiled: rustc_hash::FxHashMap::default(),
                    by_entry: rustc_hash::FxHashMap::default(),
                    bodies: Bodies::default(),
                    bundle,
                    files: Vec::new(),
                });
                self.locales.len() - 1
            }
        };
        let Some(entry) = self.locales.get_mut(position) else {
            return;
        };
        if let Err(errors) = entry.bundle.add_resource(Arc::clone(&resource)) {
            for error in errors {
                self.problems
                    .push(Problem::load(file, 0, locale, format!("{error}")));
            }
        }
        // Messages of text and placeholders: compiled now, not resolved per request. The
        // bundle's message, which is the first resource's where two define one id.
        for item in resource.entries() {
            let fluent_syntax::ast::Entry::Message(message) = item else {
                continue;
            };
            let id = message.id.name;
            let Some(message) = entry.bundle.get_message(id) else {
                continue;
            };
            let Some(text) = message.value().and_then(Template::compile) else {
                continue;
            };
            let hint = match message.get_attribute("hint") {
                Some(hint) => match Template::compile(hint.value()) {
                    Some(hint) => Some(hint),
                    None => continue,
                },
                None => None,
            };
            entry.compiled.insert(
                id.to_owned(),
                Arc::new(Compiled {
                    message: text,
                    hint,
                }),
            );
        }
        entry.files.push((file.to_owned(), resource));
    }

    /// Names the available locales in an OpenAPI document (an [`openapi::document`]
    /// or any other): `info.x-errcat-locales` lists the default locale then the translated
    /// ones, and `info.description` says how a client picks one. The examples stay in the
    /// default locale.
    ///
    /// [`openapi::document`]: crate::openapi::document
    ///
    /// ```
    /// use errcat::ApiError;
    /// use errcat::catalogs::control_plane::ControlPlaneError;
    /// use errcat::i18n::Translations;
    ///
    /// let mut doc = errcat::openapi::document("CP", "1", &[ControlPlaneError::catalog()]);
    /// Translations::prebuilt().describe_openapi(&mut doc);
    /// assert_eq!(doc["info"]["x-errcat-locales"], serde_json::json!(["en", "de"]));
    /// assert!(doc["info"]["description"].as_str().unwrap().ends_with(
    ///     "Messages and hints are also available in: de (ask with Accept-Language; the \
    ///      response says which with Content-Language). The examples are in en."
    /// ));
    /// ```
    pub fn describe_openapi(&self, document: &mut serde_json::Value) {
        let Some(info) = document.get_mut("info").and_then(|i| i.as_object_mut()) else {
            return;
        };
        info.insert("x-errcat-locales".to_owned(), serde_json::json!(self.tags));
        let translated: Vec<&str> = self.locales().collect();
        if translated.is_empty() {
            return;
        }
        let note = format!(
            "Messages and hints are also available in: {} (ask with Accept-Language; the \
             response says which with Content-Language). The examples are in {}.",
            translated.join(", "),
            self.default_locale()
        );
        let description = match info.get("description").and_then(|d| d.as_str()) {
            Some(text) if !text.is_empty() => format!("{text}\n\n{note}"),
            _ => note,
        };
        info.insert("description".to_owned(), serde_json::json!(description));
    }

    /// The translated locales' tags, in the order they were added.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.tag.as_str())
    }

    /// The tag of the declarations' own language.
    pub fn default_locale(&self) -> &str {
        self.tags.first().map_or("en", String::as_str)
    }

    /// The locale to answer a request with `Accept-Language: accept_language`: the first
    /// of its languages, by q-value, that is translated (a region falls back to its
    /// language: `de-CH` to `de`), else the default locale. A hostile header costs time
    /// linear in at most its first 4 KiB and 32 languages.
    pub fn negotiate(&self, accept_language: &str) -> &str {
        match negotiate::best_memoized(self.id, accept_language, &self.tags) {
            Some(i) if i > 0 => self.tags.get(i).map_or("en", String::as_str),
            _ => self.default_locale(),
        }
    }

    /// `locale` (one of the tags) as a `Content-Language` value, without allocating.
    #[cfg(any(feature = "axum", feature = "actix-web", feature = "tonic"))]
    pub(crate) fn content_language(&self, locale: &str) -> Option<http::HeaderValue> {
        let i = self.tags.iter().position(|t| t == locale)?;
        self.headers.get(i).cloned()
    }

    /// The message and hint of `entry` in `locale`, each placeholder shown as the
    /// declaration's templates show it (`{path}`), for docs; `None` when `locale` has no
    /// message for the code.
    pub fn entry_texts(
        &self,
        locale: &str,
        entry: &crate::entry::Entry,
    ) -> Option<(String, Option<String>)> {
        let locale = self.locales.iter().find(|l| l.tag == locale)?;
        let mut args = FluentArgs::new();
        for name in entry.fields().iter().chain(entry.exposed()) {
            args.set(*name, format!("{{{name}}}"));
        }
        let filled = locale.fill(entry.code(), &args)?;
        let hint = filled.hint.or_else(|| entry.hint().map(str::to_owned));
        Some((filled.message, hint))
    }

    /// `err`'s message and hint in `locale`, or `None` when `locale` is the default, is
    /// not translated, has no message for the code, or its message cannot be filled (a
    /// placeholder with no value): the declaration's text is the answer then.
    ///
    /// A placeholder is filled as the declaration's message or hint formats the field, or,
    /// for an exposed field they do not name, as its text (a string as itself, any other
    /// value as its JSON).
    pub fn texts<E: ApiError + ?Sized>(&self, locale: &str, err: &E) -> Option<Texts<'_>> {
        let entry = self.locales.iter().find(|l| l.tag == locale)?;
        let mut bodies = None;
        let (code, own) = (err.code(), err.entry());
        // By the entry where the error's code is its entry's (the same text, not a copy).
        let compiled = match std::ptr::eq(code, own.code()) {
            true => entry.by_entry.get(&(std::ptr::from_ref(own) as usize)),
            false => None,
        };
        let compiled = compiled.or_else(|| entry.compiled.get(code));
        let (message, hint) = match compiled {
            Some(compiled) => {
                let hint = match &compiled.hint {
                    Some(hint) => Some(hint.fill(err)?),
                    None => None,
                };
                bodies = Some(&entry.bodies);
                (compiled.message.fill(err)?, hint)
            }
            None => {
                let mut args = FluentArgs::new();
                err.visit_exposed(&mut |name, value| {
                    if let Some(text) = crate::json::exposed_text(value) {
                        args.set(name, fluent_value(text));
                    }
                });
                err.visit_args(&mut |name, value| args.set(name, fluent_value(value.to_string())));
                let filled = entry.fill(code, &args)?;
                if !filled.complete {
                    return None;
                }
                (Cow::Owned(filled.message), filled.hint.map(Cow::Owned))
            }
        };
        if message.is_empty() {
            return None;
        }
        Some(Texts {
            locale: &entry.tag,
            message,
            hint: hint.or_else(|| err.hint().map(|h| Cow::Owned(h.into_owned()))),
            violations: entry.violations(err.violations()),
            bodies,
        })
    }

    /// Renders, once, the bodies of `catalog`'s codes in each locale with the parts of
    /// their translations that have no placeholder written in, so that an envelope written
    /// [`with_texts`](crate::Envelope::with_texts) is copied as an untranslated one is,
    /// its placeholders filled as it goes. The layers' `with_translations` do this for
    /// their catalog; other catalogs' envelopes are translated all the same, written
    /// whole as they go.
    #[must_use]
    pub fn with_catalog(mut self, catalog: &'static crate::catalog::Catalog) -> Self {
        let Some(layout) = catalog.format().layout() else {
            return self;
        };
        let names = catalog.member_names();
        let address = std::ptr::from_ref(catalog) as usize;
        for locale in &mut self.locales {
            for (position, entry) in catalog.entries().iter().enumerate() {
                let Some(compiled) = locale.compiled.get(entry.code()) else {
                    continue;
                };
                locale
                    .by_entry
                    .insert(std::ptr::from_ref(entry) as usize, Arc::clone(compiled));
                // What has no placeholder is written in; the rest from the texts.
                let message = compiled.message.fixed().filter(|m| !m.is_empty());
                let hint = match &compiled.hint {
                    Some(hint) => hint.fixed(),
                    // The declaration's own hint, which the texts fall back to.
                    None => entry.static_hint(),
                };
                if message.is_none() && hint.is_none() {
                    continue;
                }
                if let Some(body) =
                    crate::layout::render_with_text(layout, &names, entry, message, hint)
                {
                    locale.bodies.0.insert((address, position), body);
                }
            }
        }
        self
    }
}

/// A placeholder's text as a Fluent value: a number where Fluent writes it back exactly as
/// the text (so that selectors such as plural categories see a number), else a string.
fn fluent_value(text: String) -> fluent_bundle::FluentValue<'static> {
    match text.parse::<fluent_bundle::types::FluentNumber>() {
        Ok(number) if is_plain_number(&text) => fluent_bundle::FluentValue::Number(number),
        _ => fluent_bundle::FluentValue::String(text.into()),
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at most 15 digits: what an `f64` holds exactly and
/// Fluent formats as written.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole)
        && (fraction.is_empty() && !digits.ends_with('.') || all_digits(fraction))
        && (whole == "0" || !whole.starts_with('0'))
        && whole.len() + fraction.len() <= 15
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_reach_fluent_as_numbers_only_when_written_back_unchanged() {
        for text in ["0", "42", "-3", "1.50", "0.25", "123456789012345"] {
            let value = fluent_value(text.to_owned());
            assert!(
                matches!(value, fluent_bundle::FluentValue::Number(_)),
                "{text}"
            );
            let mut bundle = FluentBundle::new_concurrent(vec!["de".parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(FluentResource::try_new("m = { $n }".to_owned()).unwrap())
                .unwrap();
            let mut args = FluentArgs::new();
            args.set("n", value);
            let pattern = bundle.get_message("m").unwrap().value().unwrap();
            let mut errors = Vec::new();
            assert_eq!(
                bundle.format_pattern(pattern, Some(&args), &mut errors),
                text
            );
        }
        for text in [
            "007",
            "1e5",
            "1.",
            ".5",
            "NaN",
            "inf",
            "1234567890123456",
            "GET",
            "",
        ] {
            assert!(
                matches!(
                    fluent_value(text.to_owned()),
                    fluent_bundle::FluentValue::String(_)
                ),
                "{text}"
            );
        }
    }
}

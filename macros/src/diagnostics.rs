//! Compile errors in the crate's voice: lowercase, no trailing period, quoting the
//! attribute as the user writes it, at the narrowest span.

use proc_macro2::Span;

use crate::symbol::Symbol;

/// Every error of one derive, reported together.
pub type Errors = darling::error::Accumulator;

/// An error at `span`.
pub fn error(span: Span, message: impl std::fmt::Display) -> darling::Error {
    darling::Error::custom(message).with_span(&span)
}

/// ", did you mean `x`?" when one candidate is close to `value`; empty otherwise.
pub fn did_you_mean(value: &str, candidates: &[&str]) -> String {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(value, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(", did you mean `{c}`?"))
        .unwrap_or_default()
}

/// ", did you mean `x`?" when one candidate is close to `value`, else the whole list.
pub fn did_you_mean_or_list(value: &str, candidates: &[&str]) -> String {
    let suggestion = did_you_mean(value, candidates);
    if !suggestion.is_empty() {
        return suggestion;
    }
    let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    format!(": expected one of {}", list.join(", "))
}

/// The names of `symbols`, for suggestions.
pub fn names(symbols: &[Symbol]) -> Vec<&'static str> {
    symbols.iter().map(|s| s.name()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggestion_needs_more_than_the_threshold() {
        // Jaro-Winkler 0.8 exactly: not close enough; closer is.
        assert_eq!(strsim::jaro_winkler("aaaa", "aababc"), 0.8);
        assert_eq!(did_you_mean("aaaa", &["aababc"]), "");
        assert_eq!(
            did_you_mean("aaaa", &["aababc", "aaab"]),
            ", did you mean `aaab`?"
        );
        assert_eq!(
            did_you_mean_or_list("zzz", &["status", "message"]),
            ": expected one of `status`, `message`"
        );
    }
}

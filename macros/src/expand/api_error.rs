//! `impl ApiError`: `entry()` maps a value to its code's entry in one `match`; the other
//! methods read the entry, and only what differs per value (templated texts, exposed
//! fields, a retry delay from a field, the source, a forwarded error) gets an arm.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::Expand;
use super::arm::Arm;
use crate::model::Code;
use crate::template::Template;

impl Expand<'_> {
    pub fn api_error(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();
        let cow = quote!(#p::std::borrow::Cow);
        let entry_fn = self.entry_fn(arms);
        let write_message = self.write_text(arms, Text::Message);
        let write_hint = self.write_text(arms, Text::Hint);
        let exposed = self.exposed_fn(arms);
        let args = self.args_fn(arms);
        let retry = self.retry_fn(arms);
        let violations = self.violations_fn(arms);
        let source = self.source_fn(arms);
        quote! {
            #[automatically_derived]
            #[allow(unused_qualifications)]
            impl #impl_generics #p::ApiError for #ident #ty_generics #where_clause {
                #[inline]
                fn code(&self) -> &'static str {
                    #p::ApiError::entry(self).code()
                }
                #[inline]
                fn status(&self) -> #p::http::StatusCode {
                    #p::ApiError::entry(self).status()
                }
                fn message(&self) -> #cow<'_, str> {
                    #p::message(self)
                }
                fn hint(&self) -> ::core::option::Option<#cow<'_, str>> {
                    #p::hint(self)
                }
                #entry_fn
                #write_message
                #write_hint
                #exposed
                #args
                #retry
                #violations
                #source
                fn catalog() -> &'static #p::Catalog {
                    &__CATALOG
                }
            }
        }
    }

    /// `entry()`: the position of the value's code in the catalog; a forwarded error's
    /// own entry.
    fn entry_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let positions = self.positions(arms);
        let mut positions = positions.into_iter();
        let arms = arms.iter().map(|arm| {
            if arm.v.is_transparent() {
                return arm.forward(|b| quote!(return #p::ApiError::entry(#b)));
            }
            let pat = arm.pattern(&[]);
            let position = positions.next();
            quote!(#pat => #position,)
        });
        quote! {
            #[inline]
            // A type whose variants all forward returns from every arm.
            #[allow(unreachable_code)]
            fn entry(&self) -> &'static #p::Entry {
                #p::entry_at(&__CATALOG, match self { #(#arms)* })
            }
        }
    }

    /// `write_message` / `write_hint`, when some variant has a template or forwards:
    /// templates are written with `format_args!` over the fields, the rest from the entry.
    fn write_text(&self, arms: &[Arm<'_>], text: Text) -> TokenStream {
        let p = &self.p;
        let (method, fallback) = match text {
            Text::Message => (quote!(write_message), quote!(write_static_message)),
            Text::Hint => (quote!(write_hint), quote!(write_static_hint)),
        };
        let written: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| match arm.v.code() {
                None => Some(arm.forward(|b| quote!(#p::ApiError::#method(#b, __out)))),
                Some(code) => {
                    let template = text.of(code).filter(|t| t.static_text.is_none())?;
                    let (pat, args) = self.format_args(arm, template);
                    let done = match text {
                        Text::Message => quote!(),
                        Text::Hint => quote!(.map(|()| true)),
                    };
                    Some(quote!(#pat => __out.write_fmt(#args) #done,))
                }
            })
            .collect();
        if written.is_empty() {
            return quote!();
        }
        let output = match text {
            Text::Message => quote!(#p::core::fmt::Result),
            Text::Hint => quote!(::core::result::Result<bool, #p::core::fmt::Error>),
        };
        quote! {
            fn #method(&self, __out: &mut dyn #p::core::fmt::Write) -> #output {
                #[allow(unreachable_patterns)]
                match self {
                    #(#written)*
                    _ => #p::#fallback(self, __out),
                }
            }
        }
    }

    /// `format_args!` over a template, and the pattern that binds the fields it names.
    fn format_args(&self, arm: &Arm<'_>, template: &Template) -> (TokenStream, TokenStream) {
        let p = &self.p;
        let positions: Vec<usize> = template
            .args
            .iter()
            .filter_map(|a| arm.v.position_of(&a.name))
            .collect();
        let lit = template.format_lit();
        let args = template.args.iter().map(|a| {
            let name = a.name.binding();
            // The value at the field's type, so that a missing `Display` underlines it.
            let value = match arm.v.position_of(&a.name) {
                Some(i) => arm.binding(i),
                None => name.clone(),
            };
            quote!(#name = #value)
        });
        (
            arm.pattern(&positions),
            quote!(#p::core::format_args!(#lit, #(#args),*)),
        )
    }

    /// `visit_args`, when some variant's message or hint names a field, or forwards: each
    /// named field a template uses, formatted as the template first formats it.
    fn args_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let visits: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| match arm.v.code() {
                None => Some(arm.forward(|b| quote!(#p::ApiError::visit_args(#b, __visit)))),
                Some(code) => {
                    let mut seen: Vec<(String, usize, &'static str)> = Vec::new();
                    let templates = [code.message.template(), code.hint.as_ref()];
                    for arg in templates.into_iter().flatten().flat_map(|t| &t.args) {
                        let crate::template::ArgName::Named(name) = &arg.name else {
                            continue;
                        };
                        let Some(i) = arm.v.position_of(&arg.name) else {
                            continue;
                        };
                        if !seen.iter().any(|(n, _, _)| n == name) {
                            let spec = match arg.traits.first().copied() {
                                Some("Debug") => "{:?}",
                                Some("LowerHex") => "{:x}",
                                Some("UpperHex") => "{:X}",
                                Some("Octal") => "{:o}",
                                Some("Binary") => "{:b}",
                                Some("LowerExp") => "{:e}",
                                Some("UpperExp") => "{:E}",
                                _ => "{}",
                            };
                            seen.push((name.clone(), i, spec));
                        }
                    }
                    if seen.is_empty() {
                        return None;
                    }
                    let positions: Vec<usize> = seen.iter().map(|(_, i, _)| *i).collect();
                    let pat = arm.pattern(&positions);
                    let calls = seen.iter().map(|(name, i, spec)| {
                        let binding = arm.binding(*i);
                        quote!(__visit(#name, &#p::core::format_args!(#spec, #binding));)
                    });
                    Some(quote!(#pat => { #(#calls)* }))
                }
            })
            .collect();
        if visits.is_empty() {
            return quote!();
        }
        quote! {
            fn visit_args(
                &self,
                __visit: &mut dyn ::core::ops::FnMut(&'static str, &dyn #p::core::fmt::Display),
            ) {
                #[allow(unreachable_patterns)]
                match self {
                    #(#visits)*
                    _ => {}
                }
            }
        }
    }

    /// `visit_exposed`, when some variant exposes a field or forwards.
    fn exposed_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let visits: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| match arm.v.code() {
                None => Some(arm.forward(|b| quote!(#p::ApiError::visit_exposed(#b, __visit)))),
                Some(code) if code.exposed.is_empty() => None,
                Some(code) => {
                    let positions: Vec<usize> = code.exposed.iter().map(|e| e.index).collect();
                    let pat = arm.pattern(&positions);
                    let calls = code.exposed.iter().map(|e| {
                        let name = &e.name;
                        let binding = arm.binding(e.index);
                        let span = arm.field_span(e.index);
                        quote_spanned!(span=> __visit(#name, #binding as &dyn #p::Exposed);)
                    });
                    Some(quote!(#pat => { #(#calls)* }))
                }
            })
            .collect();
        if visits.is_empty() {
            return quote!();
        }
        quote! {
            fn visit_exposed(&self, __visit: &mut dyn ::core::ops::FnMut(&'static str, &dyn #p::Exposed)) {
                #[allow(unreachable_patterns)]
                match self {
                    #(#visits)*
                    _ => {}
                }
            }
        }
    }

    /// `retry_after`, when some variant takes its delay from a field or forwards;
    /// otherwise the trait's default reads the entry.
    fn retry_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let delays: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| match arm.v.code() {
                None => Some(arm.forward(|b| quote!(#p::ApiError::retry_after(#b)))),
                Some(code) => {
                    let (i, millis) = code.retry_field?;
                    let pat = arm.pattern(&[i]);
                    let binding = arm.binding(i);
                    let span = arm.field_span(i);
                    let body =
                        quote_spanned!(span=> #p::RetryAfterField::retry_after(#binding, #millis));
                    Some(quote!(#pat => #body,))
                }
            })
            .collect();
        if delays.is_empty() {
            return quote!();
        }
        quote! {
            fn retry_after(&self) -> ::core::option::Option<#p::core::time::Duration> {
                #[allow(unreachable_patterns)]
                match self {
                    #(#delays)*
                    _ => #p::ApiError::entry(self).retry_after(),
                }
            }
        }
    }

    /// `violations`, when some variant holds violations or forwards.
    fn violations_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let lists: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| match arm.v.code() {
                None => Some(arm.forward(|b| quote!(#p::ApiError::violations(#b)))),
                Some(code) => {
                    let i = code.violations.as_ref()?.index;
                    let pat = arm.pattern(&[i]);
                    let binding = arm.binding(i);
                    let span = arm.field_span(i);
                    let body = quote_spanned!(span=> #p::AsViolations::as_violations(#binding));
                    Some(quote!(#pat => ::core::option::Option::Some(#body),))
                }
            })
            .collect();
        if lists.is_empty() {
            return quote!();
        }
        quote! {
            fn violations(&self) -> ::core::option::Option<&#p::Violations> {
                #[allow(unreachable_patterns)]
                match self {
                    #(#lists)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }

    /// `source_error`, when some variant has a source or forwards.
    fn source_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let sources: Vec<TokenStream> = arms
            .iter()
            .filter_map(|arm| {
                if arm.v.is_transparent() {
                    return Some(arm.forward(|b| quote!(#p::ApiError::source_error(#b))));
                }
                let i = arm.v.source?;
                let pat = arm.pattern(&[i]);
                let binding = arm.binding(i);
                let span = arm.field_span(i);
                // Method syntax, so autoderef reaches the `dyn Error` impls through a `Box`.
                let body = quote_spanned!(span=> {
                    use #p::AsDynError as _;
                    #binding.as_dyn_error()
                });
                Some(quote!(#pat => ::core::option::Option::Some(#body),))
            })
            .collect();
        if sources.is_empty() {
            return quote!();
        }
        quote! {
            fn source_error(&self) -> ::core::option::Option<&(dyn #p::std::error::Error + 'static)> {
                #[allow(unreachable_patterns)]
                match self {
                    #(#sources)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}

/// Which text a `write_*` method writes.
#[derive(Clone, Copy)]
enum Text {
    Message,
    Hint,
}

impl Text {
    fn of(self, code: &Code) -> Option<&Template> {
        match self {
            Text::Message => code.message.template(),
            Text::Hint => code.hint.as_ref(),
        }
    }
}

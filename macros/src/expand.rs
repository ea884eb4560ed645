//! Code generation: one match per method, static metadata in shared tables.

use darling::ast::Style;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Type};

use crate::ast::Input;
use crate::template::{Template, field_binding};
use crate::valid::{self, FormatSpecRef, Kind, Message, Model, VariantModel};

pub fn derive(input: &DeriveInput) -> TokenStream {
    if let syn::Data::Union(data) = &input.data {
        return syn::Error::new(
            data.union_token.span,
            "`#[derive(ApiError)]` does not support unions: derive it on an enum or a struct",
        )
        .to_compile_error();
    }
    let parsed = match <Input as darling::FromDeriveInput>::from_derive_input(input) {
        Ok(parsed) => parsed,
        Err(errors) => return with_fallback(input, errors),
    };
    let mut errors = darling::Error::accumulator();
    let model = valid::build(&parsed, &mut errors);
    match (errors.finish(), model) {
        (Ok(()), Some(model)) => Generator::new(&model).expand(),
        (Err(errors), _) => with_fallback(input, errors),
        (Ok(()), None) => with_fallback(
            input,
            darling::Error::custom("invalid `#[derive(ApiError)]` input"),
        ),
    }
}

/// The errors, in the crate's voice, next to an impl whose methods are unreachable, so
/// that the user's other uses of the type do not drown in follow-on errors.
fn with_fallback(input: &DeriveInput, errors: darling::Error) -> TokenStream {
    let compile_errors = errors
        .into_iter()
        .map(|e| valid::voice(e).to_compile_error());
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let p = quote!(::errcat::__private);
    quote! {
        #(#compile_errors)*
        #[automatically_derived]
        #[allow(unused_qualifications, unreachable_code, clippy::all)]
        impl #impl_generics #p::ApiError for #ident #ty_generics #where_clause {
            fn code(&self) -> &'static str { ::core::unreachable!() }
            fn status(&self) -> #p::http::StatusCode { ::core::unreachable!() }
            fn message(&self) -> #p::std::borrow::Cow<'_, str> { ::core::unreachable!() }
            fn hint(&self) -> ::core::option::Option<#p::std::borrow::Cow<'_, str>> { ::core::unreachable!() }
            fn entry(&self) -> &'static #p::Entry { ::core::unreachable!() }
            fn catalog() -> &'static #p::Catalog { ::core::unreachable!() }
        }
    }
}

struct Generator<'a> {
    m: &'a Model<'a>,
    p: TokenStream,
    ident: &'a Ident,
}

/// Where a variant's generated arms bind its fields.
struct Arm<'a> {
    v: &'a VariantModel<'a>,
    cfg: TokenStream,
    path: TokenStream,
}

impl<'a> Arm<'a> {
    /// A pattern binding the fields at `positions` (to `__name` / `__0`), ignoring the rest.
    fn pattern(&self, positions: &[usize]) -> TokenStream {
        let path = &self.path;
        let fields = &self.v.fields;
        match fields.style {
            Style::Unit => quote!(#path),
            Style::Struct => {
                let binds = fields
                    .fields
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| positions.contains(i))
                    .map(|(i, f)| {
                        let name = f.ident.as_ref();
                        let binding = field_binding(name, i);
                        quote!(#name: #binding)
                    });
                quote!(#path { #(#binds,)* .. })
            }
            Style::Tuple => {
                let last = positions.iter().copied().max();
                let binds = (0..last.map_or(0, |l| l + 1)).map(|i| {
                    if positions.contains(&i) {
                        let binding = field_binding(None, i);
                        quote!(#binding)
                    } else {
                        quote!(_)
                    }
                });
                quote!(#path(#(#binds,)* ..))
            }
        }
    }

    fn field(&self, i: usize) -> Option<&'a crate::ast::Field> {
        self.v.fields.fields.get(i)
    }

    fn position_of(&self, name: &crate::template::ArgName) -> Option<usize> {
        match name {
            crate::template::ArgName::Index(i) => Some(*i),
            crate::template::ArgName::Named(n) => self.v.fields.iter().position(|f| {
                f.ident
                    .as_ref()
                    .is_some_and(|i| syn::ext::IdentExt::unraw(i) == n)
            }),
        }
    }
}

impl<'a> Generator<'a> {
    fn new(m: &'a Model<'a>) -> Self {
        let krate = &m.krate;
        Generator {
            m,
            p: quote!(#krate::__private),
            ident: &m.input.ident,
        }
    }

    fn arms(&self) -> Vec<Arm<'a>> {
        self.m
            .variants
            .iter()
            .map(|v| {
                let cfg = &v.cfg;
                let ident = v.ident;
                Arm {
                    v,
                    cfg: quote!(#(#cfg)*),
                    path: if self.m.is_enum {
                        quote!(Self::#ident)
                    } else {
                        quote!(Self)
                    },
                }
            })
            .collect()
    }

    fn expand(&self) -> TokenStream {
        let p = &self.p;
        let ident = self.ident;
        let arms = self.arms();
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let where_clause = self.where_clause();

        let entries = self.entries(&arms);
        let catalog = self.catalog(&arms);
        let code_fn = self.match_fn(
            &arms,
            quote!(fn code(&self) -> &'static str),
            |_, code| {
                let lit = &code.code;
                quote!(#lit)
            },
            |b| quote!(#p::ApiError::code(#b)),
        );
        let status_fn = self.match_fn(
            &arms,
            quote!(fn status(&self) -> #p::http::StatusCode),
            |arm, _| {
                // The entry's constant: one const evaluation per code, shared with the
                // catalog, instead of an inline `const` block per arm.
                let name = entry_const(arm.v.ident);
                quote!(#name.status)
            },
            |b| quote!(#p::ApiError::status(#b)),
        );
        let entry_fn = self.match_fn(
            &arms,
            quote!(fn entry(&self) -> &'static #p::Entry),
            |arm, _| {
                let name = entry_const(arm.v.ident);
                quote!(&#name)
            },
            |b| quote!(#p::ApiError::entry(#b)),
        );
        let message_fns = self.message_fns(&arms);
        let exposed_fn = self.exposed_fn(&arms);
        let retry_fn = self.retry_fn(&arms);
        let source_fn = self.source_fn(&arms);
        let (code_enum_def, code_types) = self.code_types(&arms);
        let display = self.display(&where_clause);

        quote! {
            #code_enum_def
            #[allow(non_upper_case_globals, unused_qualifications, clippy::all)]
            const _: () = {
                #entries
                #catalog
                #code_types

                #[automatically_derived]
                #[allow(unused_qualifications)]
                impl #impl_generics #p::ApiError for #ident #ty_generics #where_clause {
                    #code_fn
                    #status_fn
                    #message_fns
                    #entry_fn
                    #exposed_fn
                    #retry_fn
                    #source_fn
                    fn catalog() -> &'static #p::Catalog {
                        __catalog()
                    }
                }

                #display

                // Framework glue (axum, actix-web), per the features errcat was built with.
                #p::impl_frameworks! { [#impl_generics] [#ident #ty_generics] [#where_clause] }
            };
        }
    }

    /// The type's where clause plus bounds for type parameters that fields use.
    fn where_clause(&self) -> TokenStream {
        let p = &self.p;
        let generics = &self.m.input.generics;
        let params: Vec<&Ident> = generics.type_params().map(|t| &t.ident).collect();
        let mut predicates: Vec<TokenStream> = generics
            .where_clause
            .iter()
            .flat_map(|w| w.predicates.iter().map(|p| quote!(#p)))
            .collect();
        if !params.is_empty() {
            let mut bound = |ty: &Type, bound: TokenStream| {
                if uses_params(ty, &params) {
                    predicates.push(quote_spanned!(ty.span()=> #ty: #bound));
                }
            };
            for v in &self.m.variants {
                match &v.kind {
                    Kind::Transparent => {
                        if let Some(f) = v.fields.fields.first() {
                            bound(&f.ty, quote!(#p::ApiError));
                        }
                    }
                    Kind::Code(code) => {
                        let templates = [template_of(&code.message), code.hint.as_ref()];
                        for t in templates.into_iter().flatten() {
                            for arg in &t.args {
                                let pos = match &arg.name {
                                    crate::template::ArgName::Index(i) => Some(*i),
                                    crate::template::ArgName::Named(n) => {
                                        v.fields.iter().position(|f| {
                                            f.ident
                                                .as_ref()
                                                .is_some_and(|i| syn::ext::IdentExt::unraw(i) == n)
                                        })
                                    }
                                };
                                if let Some(f) = pos.and_then(|i| v.fields.fields.get(i)) {
                                    for tr in &arg.traits {
                                        let tr = format_ident!("{}", tr);
                                        bound(&f.ty, quote!(#p::core::fmt::#tr));
                                    }
                                }
                            }
                        }
                        for (i, _) in &code.exposed {
                            if let Some(f) = v.fields.fields.get(*i) {
                                bound(&f.ty, quote!(#p::serde::Serialize));
                            }
                        }
                    }
                }
                if let Some(f) = v.source.and_then(|i| v.fields.fields.get(i)) {
                    bound(&f.ty, quote!(#p::AsDynError<'static>));
                }
            }
        }
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }

    /// `fn ...(&self) -> T { match self { ... } }` with one arm per variant.
    fn match_fn(
        &self,
        arms: &[Arm<'_>],
        signature: TokenStream,
        code_arm: impl Fn(&Arm<'_>, &valid::Code) -> TokenStream,
        forward: impl Fn(&Ident) -> TokenStream,
    ) -> TokenStream {
        let arms = arms.iter().map(|arm| {
            let cfg = &arm.cfg;
            match &arm.v.kind {
                Kind::Code(code) => {
                    let pat = arm.pattern(&[]);
                    let body = code_arm(arm, code);
                    quote!(#cfg #pat => #body,)
                }
                Kind::Transparent => self.forward_arm(arm, &forward),
            }
        });
        quote! {
            #[inline]
            #signature {
                match self { #(#arms)* }
            }
        }
    }

    fn forward_arm(&self, arm: &Arm<'_>, forward: &impl Fn(&Ident) -> TokenStream) -> TokenStream {
        let cfg = &arm.cfg;
        let pat = arm.pattern(&[0]);
        let field = arm.field(0);
        let span = field.map_or_else(Span::call_site, |f| f.ty.span());
        // At the field's type, so that a type which is not an `ApiError` is underlined.
        let mut binding = field_binding(field.and_then(|f| f.ident.as_ref()), 0);
        binding.set_span(span);
        let body = forward(&binding);
        quote_spanned!(span=> #cfg #pat => #body,)
    }

    /// `format_args!` over a template, with its fields bound.
    fn format_args(&self, arm: &Arm<'_>, template: &Template) -> (TokenStream, TokenStream) {
        let p = &self.p;
        let positions: Vec<usize> = template
            .args
            .iter()
            .filter_map(|a| arm.position_of(&a.name))
            .collect();
        let pat = arm.pattern(&positions);
        let lit = template.format_lit();
        let args = template.args.iter().map(|a| {
            let b = a.name.binding();
            // The value at the field's type, so that a missing `Display` underlines it.
            let mut value = b.clone();
            if let Some(f) = arm.position_of(&a.name).and_then(|i| arm.field(i)) {
                value.set_span(f.ty.span());
            }
            quote!(#b = #value)
        });
        (pat, quote!(#p::core::format_args!(#lit, #(#args),*)))
    }

    fn message_fns(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let cow = quote!(#p::std::borrow::Cow);
        let fwd = |name: TokenStream| move |b: &Ident| quote!(#p::ApiError::#name(#b));
        let fwd_out = |name: TokenStream| move |b: &Ident| quote!(#p::ApiError::#name(#b, __out));

        let mut message = Vec::new();
        let mut write_message = Vec::new();
        let mut hint = Vec::new();
        let mut write_hint = Vec::new();
        for arm in arms {
            let cfg = &arm.cfg;
            let Kind::Code(code) = &arm.v.kind else {
                message.push(self.forward_arm(arm, &fwd(quote!(message))));
                write_message.push(self.forward_arm(arm, &fwd_out(quote!(write_message))));
                hint.push(self.forward_arm(arm, &fwd(quote!(hint))));
                write_hint.push(self.forward_arm(arm, &fwd_out(quote!(write_hint))));
                continue;
            };
            // Static messages and hints need no arm: the wildcard below reads them from
            // the variant's entry, so an enum of static codes generates four small
            // methods instead of four matches over every variant.
            if let (Message::Template(t), None) = (&code.message, code.message.static_text()) {
                let (pat, args) = self.format_args(arm, t);
                message.push(quote!(#cfg #pat => #cow::Owned(#p::std::fmt::format(#args)),));
                write_message.push(quote!(#cfg #pat => __out.write_fmt(#args),));
            }
            if let Some(t) = code.hint.as_ref().filter(|t| t.static_text.is_none()) {
                let (pat, args) = self.format_args(arm, t);
                hint.push(quote!(#cfg #pat => ::core::option::Option::Some(#cow::Owned(#p::std::fmt::format(#args))),));
                write_hint.push(quote!(#cfg #pat => __out.write_fmt(#args).map(|()| true),));
            }
        }
        let entry = quote!(#p::ApiError::entry(self));
        message.push(quote!(_ => #cow::Borrowed(#entry.message),));
        write_message.push(quote!(_ => __out.write_str(#entry.message),));
        hint.push(quote!(_ => #entry.hint.map(#cow::Borrowed),));
        write_hint.push(quote! {
            _ => match #entry.hint {
                ::core::option::Option::Some(__hint) => __out.write_str(__hint).map(|()| true),
                ::core::option::Option::None => ::core::result::Result::Ok(false),
            },
        });
        quote! {
            fn message(&self) -> #cow<'_, str> {
                #[allow(unreachable_patterns)]
                match self { #(#message)* }
            }
            fn hint(&self) -> ::core::option::Option<#cow<'_, str>> {
                #[allow(unreachable_patterns)]
                match self { #(#hint)* }
            }
            fn write_message(&self, __out: &mut dyn #p::core::fmt::Write) -> #p::core::fmt::Result {
                #[allow(unreachable_patterns)]
                match self { #(#write_message)* }
            }
            fn write_hint(
                &self,
                __out: &mut dyn #p::core::fmt::Write,
            ) -> ::core::result::Result<bool, #p::core::fmt::Error> {
                #[allow(unreachable_patterns)]
                match self { #(#write_hint)* }
            }
        }
    }

    fn exposed_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let any_exposed = arms.iter().any(|a| match &a.v.kind {
            Kind::Code(c) => !c.exposed.is_empty(),
            Kind::Transparent => true,
        });
        if !any_exposed {
            return quote!();
        }
        let arms = arms.iter().map(|arm| {
            let cfg = &arm.cfg;
            match &arm.v.kind {
                Kind::Transparent => {
                    self.forward_arm(arm, &|b| quote!(#p::ApiError::visit_exposed(#b, __visit)))
                }
                Kind::Code(code) => {
                    let positions: Vec<usize> = code.exposed.iter().map(|(i, _)| *i).collect();
                    let pat = arm.pattern(&positions);
                    let calls = code.exposed.iter().map(|(i, name)| {
                        let f = arm.field(*i);
                        let mut binding = field_binding(f.and_then(|f| f.ident.as_ref()), *i);
                        let span = f.map_or_else(Span::call_site, |f| f.ty.span());
                        binding.set_span(span);
                        quote_spanned!(span=> __visit(#name, #binding as &dyn #p::Exposed);)
                    });
                    quote!(#cfg #pat => { #(#calls)* })
                }
            }
        });
        quote! {
            fn visit_exposed(&self, __visit: &mut dyn ::core::ops::FnMut(&'static str, &dyn #p::Exposed)) {
                match self { #(#arms)* }
            }
        }
    }

    /// `retry_after()` where some variant takes its delay from a field; otherwise the
    /// trait's default reads the static entry.
    fn retry_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let any = arms
            .iter()
            .any(|a| matches!(&a.v.kind, Kind::Code(c) if c.retry_field.is_some()));
        if !any {
            return quote!();
        }
        let arms = arms.iter().map(|arm| {
            let cfg = &arm.cfg;
            match &arm.v.kind {
                Kind::Transparent => self.forward_arm(arm, &|b| quote!(#p::ApiError::retry_after(#b))),
                Kind::Code(code) => match code.retry_field {
                    Some((i, millis)) => {
                        let pat = arm.pattern(&[i]);
                        let f = arm.field(i);
                        let binding = field_binding(f.and_then(|f| f.ident.as_ref()), i);
                        let span = f.map_or_else(Span::call_site, |f| f.ty.span());
                        let body = quote_spanned!(span=> #p::RetryAfterField::retry_after(#binding, #millis));
                        quote!(#cfg #pat => #body,)
                    }
                    None => {
                        let pat = arm.pattern(&[]);
                        let name = entry_const(arm.v.ident);
                        quote!(#cfg #pat => #p::Entry::retry_after(&#name),)
                    }
                },
            }
        });
        quote! {
            fn retry_after(&self) -> ::core::option::Option<#p::core::time::Duration> {
                match self { #(#arms)* }
            }
        }
    }

    fn source_fn(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let any = arms
            .iter()
            .any(|a| a.v.source.is_some() || matches!(a.v.kind, Kind::Transparent));
        if !any {
            return quote!();
        }
        let arms = arms.iter().map(|arm| {
            let cfg = &arm.cfg;
            if let Kind::Transparent = arm.v.kind {
                return self.forward_arm(arm, &|b| quote!(#p::ApiError::source_error(#b)));
            }
            match arm.v.source {
                Some(i) => {
                    let pat = arm.pattern(&[i]);
                    let f = arm.field(i);
                    let binding = field_binding(f.and_then(|f| f.ident.as_ref()), i);
                    let span = f.map_or_else(Span::call_site, |f| f.ty.span());
                    // Method syntax, so autoderef reaches the `dyn Error` impls through a `Box`.
                    let body = quote_spanned!(span=> {
                        use #p::AsDynError as _;
                        #binding.as_dyn_error()
                    });
                    quote!(#cfg #pat => ::core::option::Option::Some(#body),)
                }
                None => {
                    let pat = arm.pattern(&[]);
                    quote!(#cfg #pat => ::core::option::Option::None,)
                }
            }
        });
        quote! {
            fn source_error(&self) -> ::core::option::Option<&(dyn #p::std::error::Error + 'static)> {
                match self { #(#arms)* }
            }
        }
    }

    fn entries(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let consts = arms.iter().filter_map(|arm| {
            let Kind::Code(code) = &arm.v.kind else {
                return None;
            };
            let cfg = &arm.cfg;
            let name = entry_const(arm.v.ident);
            let variant = arm.v.ident.to_string();
            let code_str = &code.code;
            let status = code.status;
            let documented = code.status_documented;
            let fix = code.fix;
            let category = opt_str(code.category.as_deref());
            let (message, message_static) = match &code.message {
                Message::Doc(text) => (text.clone(), true),
                Message::Template(t) => (
                    t.static_text.clone().unwrap_or_else(|| t.lit.value()),
                    t.static_text.is_some(),
                ),
            };
            let hint = opt_str(
                code.hint
                    .as_ref()
                    .map(|t| t.static_text.clone().unwrap_or_else(|| t.lit.value()))
                    .as_deref(),
            );
            let description = opt_str(code.description.as_deref());
            let retry_after = match code.retry_after {
                Some(n) => quote!(::core::option::Option::Some(#n)),
                None => quote!(::core::option::Option::None),
            };
            let doc_url = opt_str(code.doc_url.as_deref());
            let exposed = code.exposed.iter().map(|(_, n)| n);
            let json_code = json_str(code_str);
            let json_message = opt_str(message_static.then(|| json_str(&message)).as_deref());
            let hint_json = code
                .hint
                .as_ref()
                .and_then(|t| t.static_text.as_deref())
                .map(json_str);
            let json_hint = opt_str(hint_json.as_deref());
            let parts = self.head(code, &json_code, hint_json);
            let message_json = message_static.then(|| json_str(&message));
            let tail = opt_str(
                parts
                    .as_ref()
                    .filter(|_| code.exposed.is_empty())
                    .and_then(|_| self.tail())
                    .as_deref(),
            );
            let (head, around_message) = match (parts, message_json) {
                (Some((before, after)), Some(message)) => (
                    opt_str(Some(&format!("{before}{message}{after}"))),
                    quote!(::core::option::Option::None),
                ),
                (Some((before, after)), None) => (
                    opt_str(None),
                    quote!(::core::option::Option::Some((#before, #after))),
                ),
                (None, _) => (opt_str(None), quote!(::core::option::Option::None)),
            };
            let id_member = format!(",{}:\"", json_str(&self.m.id_field));
            Some(quote! {
                #cfg
                const #name: #p::Entry = #p::Entry {
                    catalog: __catalog,
                    variant: #variant,
                    code: #code_str,
                    status: #p::status(#status),
                    status_documented: #documented,
                    fix: #p::Fix::from_bits(#fix),
                    category: #category,
                    message: #message,
                    hint: #hint,
                    description: #description,
                    retry_after: #retry_after,
                    doc_url: #doc_url,
                    exposed: &[#(#exposed),*],
                    json: #p::JsonFragments {
                        code: #json_code,
                        message: #json_message,
                        hint: #json_hint,
                        head: #head,
                        around_message: #around_message,
                        id_member: #id_member,
                        tail: #tail,
                    },
                };
            })
        });
        quote!(#(#consts)*)
    }

    /// The body in a built-in shape up to its per-request members (id, exposed fields),
    /// split around the message: what comes before its value and what follows it, when
    /// all of that is static. `Envelope::write_json` copies these, streaming only a
    /// templated message. Must agree with the runtime's `Format::write` of that shape,
    /// member for member: the envelope tests compare this fast path with `Serialize`.
    fn head(
        &self,
        code: &valid::Code,
        code_json: &str,
        hint_json: Option<String>,
    ) -> Option<(String, String)> {
        let hint = match (&code.hint, hint_json) {
            (None, _) => String::new(),
            (Some(_), Some(json)) => format!(",\"hint\":{json}"),
            (Some(_), None) => return None,
        };
        let status = match &self.m.status_field {
            Some(field) => format!(",{}:{}", json_str(field), code.status),
            None => String::new(),
        };
        match self.m.format {
            FormatSpecRef::Builtin("nested") => Some((
                format!("{{\"error\":{{\"code\":{code_json},\"message\":"),
                format!("{hint}{status}"),
            )),
            FormatSpecRef::Builtin("flat") => Some((
                "{\"error\":".to_owned(),
                format!(",\"code\":{code_json}{status}"),
            )),
            FormatSpecRef::Builtin("code") => {
                Some((format!("{{\"error\":{code_json},\"message\":"), status))
            }
            // `problem` puts the per-request `instance` before the code: no static head
            // worth copying; custom shapes are the user's.
            _ => None,
        }
    }

    /// What closes a body of the built-in shape after its id member, for codes without
    /// exposed fields (which the shapes write around the id).
    fn tail(&self) -> Option<String> {
        match self.m.format {
            FormatSpecRef::Builtin("nested") => Some("}}".to_owned()),
            FormatSpecRef::Builtin("flat" | "code") => Some("}".to_owned()),
            _ => None,
        }
    }

    fn catalog(&self, arms: &[Arm<'_>]) -> TokenStream {
        let p = &self.p;
        let m = self.m;
        let name = &m.catalog_name;
        let enum_name = self.ident.to_string();
        let description = opt_str(m.description.as_deref());
        let format = match &m.format {
            FormatSpecRef::Builtin(f) => {
                let ty = format_ident!("{}", heck::ToUpperCamelCase::to_upper_camel_case(*f));
                quote!(#p::formats::#ty)
            }
            FormatSpecRef::Custom(path) => quote_spanned!(path.span()=> #path),
        };
        let id_field = &m.id_field;
        let status_field = opt_str(m.status_field.as_deref());
        let entries = arms.iter().filter_map(|arm| {
            let Kind::Code(_) = arm.v.kind else {
                return None;
            };
            let cfg = &arm.cfg;
            let name = entry_const(arm.v.ident);
            Some(quote!(#cfg #name))
        });
        let forwards = arms.iter().filter_map(|arm| {
            let Kind::Transparent = arm.v.kind else {
                return None;
            };
            let cfg = &arm.cfg;
            let name = arm.v.ident.to_string();
            Some(quote!(#cfg #name))
        });
        quote! {
            fn __catalog() -> &'static #p::Catalog {
                &__CATALOG
            }
            static __CATALOG: #p::Catalog = #p::Catalog {
                name: #name,
                enum_name: #enum_name,
                description: #description,
                format: &#format,
                id_field: #id_field,
                status_field: #status_field,
                entries: &[#(#entries),*],
                forwards: &[#(#forwards),*],
            };
        }
    }

    /// `ErrorCode`, `FromStr`, `Display`, `Serialize`, `Deserialize` by code: on the type
    /// itself when it is fieldless, else on a generated `<Name>Code` enum with `kind()`.
    fn code_types(&self, arms: &[Arm<'_>]) -> (TokenStream, TokenStream) {
        let p = &self.p;
        let ident = self.ident;
        let code_arms: Vec<(&Arm<'_>, &valid::Code)> = arms
            .iter()
            .filter_map(|a| match &a.v.kind {
                Kind::Code(c) => Some((a, &**c)),
                Kind::Transparent => None,
            })
            .collect();
        let codes = code_arms.iter().map(|(a, c)| {
            let cfg = &a.cfg;
            let code = &c.code;
            quote!(#cfg #code)
        });
        let size = (code_arms.len() * 2).next_power_of_two().max(2);
        let index = quote! {
            const __CODES: &[&str] = &[#(#codes),*];
            static __INDEX: #p::CodeIndex<#size> = #p::CodeIndex::new(__CODES);
        };

        let (target, values, value_of, extra) = match &self.m.code_enum {
            None => {
                // Position in `__CODES` → value, as a `match` the compiler turns into a
                // table: a fieldless type need not be `Copy`, and a call through a table
                // of constructors would mispredict on every lookup. A `#[cfg]`'d-out
                // variant is missing from `__CODES`, so positions after it are computed
                // with `cfg!` (only where some variant has a `#[cfg]`).
                let any_cfg = code_arms.iter().any(|(a, _)| !a.v.cfg.is_empty());
                let mut positions = Vec::new();
                let mut arms = Vec::new();
                let mut previous: Option<(syn::Ident, TokenStream)> = None;
                for (i, (a, _)) in code_arms.iter().enumerate() {
                    let cfg = &a.cfg;
                    let v = a.v.ident;
                    let path = if self.m.is_enum {
                        quote!(#ident::#v)
                    } else {
                        quote!(#ident)
                    };
                    if any_cfg {
                        let name = format_ident!("__POSITION_{}", i);
                        let value = match &previous {
                            None => quote!(0),
                            Some((prev, present)) => quote!(#prev + (#present as usize)),
                        };
                        positions.push(quote!(const #name: usize = #value;));
                        arms.push(quote!(#cfg #name => ::core::option::Option::Some(#path),));
                        previous = Some((name, cfg_predicate(&a.v.cfg)));
                    } else {
                        arms.push(quote!(#i => ::core::option::Option::Some(#path),));
                    }
                }
                (
                    quote!(#ident),
                    quote!(#(#positions)*),
                    quote! {
                        #[allow(unreachable_patterns)]
                        match __i {
                            #(#arms)*
                            _ => ::core::option::Option::None,
                        }
                    },
                    quote!(),
                )
            }
            Some(code_enum) => {
                let vis = &self.m.input.vis;
                let variants = code_arms.iter().map(|(a, c)| {
                    let cfg = &a.cfg;
                    let v = a.v.ident;
                    let doc = format!("`{}`", c.code);
                    quote!(#[doc = #doc] #cfg #v)
                });
                let values = code_arms.iter().map(|(a, _)| {
                    let cfg = &a.cfg;
                    let v = a.v.ident;
                    quote!(#cfg #code_enum::#v)
                });
                let names = code_arms.iter().map(|(a, _)| {
                    let cfg = &a.cfg;
                    let v = a.v.ident.to_string();
                    quote!(#cfg #v)
                });
                let doc = format!("The codes of [`{ident}`], one per variant, without their data.");
                let has_transparent = code_arms.len() != arms.len();
                let kind_arms = arms.iter().map(|a| {
                    let cfg = &a.cfg;
                    let pat = a.pattern(&[]);
                    let v = a.v.ident;
                    match (&a.v.kind, has_transparent) {
                        (Kind::Transparent, _) => {
                            quote!(#cfg #pat => ::core::option::Option::None,)
                        }
                        (Kind::Code(_), true) => {
                            quote!(#cfg #pat => ::core::option::Option::Some(#code_enum::#v),)
                        }
                        (Kind::Code(_), false) => quote!(#cfg #pat => #code_enum::#v,),
                    }
                });
                let kind_ty = if has_transparent {
                    quote!(::core::option::Option<#code_enum>)
                } else {
                    quote!(#code_enum)
                };
                let kind_doc = if has_transparent {
                    "The code of this value; `None` for a `#[api(transparent)]` variant, whose code belongs to the wrapped type."
                } else {
                    "The code of this value, without its data."
                };
                let (impl_generics, ty_generics, where_clause) =
                    self.m.input.generics.split_for_impl();
                let enum_def = quote! {
                    #[doc = #doc]
                    #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
                    #vis enum #code_enum {
                        #(#variants,)*
                    }
                };
                let extra = quote! {
                    #[automatically_derived]
                    impl #code_enum {
                        /// The code as a string.
                        #vis fn as_str(self) -> &'static str {
                            // Variants are declared in catalog order without explicit
                            // discriminants, and `#[cfg]` removes the same ones from both:
                            // the discriminant is the position in `__CODES`. A table, not
                            // a match over every code.
                            __CODES.get(self as usize).copied().unwrap_or_default()
                        }
                    }
                    #[automatically_derived]
                    impl ::core::fmt::Debug for #code_enum {
                        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            const __NAMES: &[&str] = &[#(#names),*];
                            __f.write_str(__NAMES.get(*self as usize).copied().unwrap_or_default())
                        }
                    }
                    #[automatically_derived]
                    impl ::core::fmt::Display for #code_enum {
                        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            __f.write_str(self.as_str())
                        }
                    }
                    #[automatically_derived]
                    impl #impl_generics #ident #ty_generics #where_clause {
                        #[doc = #kind_doc]
                        #vis fn kind(&self) -> #kind_ty {
                            match self { #(#kind_arms)* }
                        }
                    }
                };
                return (
                    enum_def,
                    self.code_impls(
                        quote!(#code_enum),
                        index,
                        quote!(const __VALUES: &[#code_enum] = &[#(#values),*];),
                        quote!(__VALUES.get(__i).copied()),
                        quote!(self.as_str()),
                        extra,
                    ),
                );
            }
        };
        (
            quote!(),
            self.code_impls(
                target,
                index,
                values,
                value_of,
                quote!(#p::ApiError::code(self)),
                extra,
            ),
        )
    }

    fn code_impls(
        &self,
        target: TokenStream,
        index: TokenStream,
        values: TokenStream,
        value_of: TokenStream,
        as_code: TokenStream,
        extra: TokenStream,
    ) -> TokenStream {
        let p = &self.p;
        quote! {
                #index
                #values

                #[automatically_derived]
                impl #p::ErrorCode for #target {
                    #[inline]
                    fn from_code(__code: &str) -> ::core::option::Option<Self> {
                        let __i = __INDEX.get(__CODES, __code)?;
                        #value_of
                    }
                    #[inline]
                    fn as_code(&self) -> &'static str {
                        #as_code
                    }
                    fn code_catalog() -> &'static #p::Catalog {
                        &__CATALOG
                    }
                }

                #[automatically_derived]
                impl ::core::str::FromStr for #target {
                    type Err = #p::UnknownCode;
                    fn from_str(__s: &str) -> ::core::result::Result<Self, #p::UnknownCode> {
                        #p::parse_code(__s)
                    }
                }

                #[automatically_derived]
                impl #p::serde::Serialize for #target {
                    fn serialize<__S: #p::serde::Serializer>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                        __s.serialize_str(#p::ErrorCode::as_code(self))
                    }
                }

                #[automatically_derived]
                impl<'de> #p::serde::Deserialize<'de> for #target {
                    fn deserialize<__D: #p::serde::Deserializer<'de>>(__d: __D) -> ::core::result::Result<Self, __D::Error> {
                        #p::deserialize_code(__d)
                    }
                }

                #extra
        }
    }

    fn display(&self, where_clause: &TokenStream) -> TokenStream {
        if !self.m.input.display.is_present() {
            return quote!();
        }
        let p = &self.p;
        let ident = self.ident;
        let (impl_generics, ty_generics, _) = self.m.input.generics.split_for_impl();
        let error_where = if where_clause.is_empty() {
            quote!(where Self: ::core::fmt::Debug)
        } else {
            quote!(#where_clause Self: ::core::fmt::Debug)
        };
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #p::ApiError::write_message(self, __f)
                }
            }
            #[automatically_derived]
            impl #impl_generics #p::std::error::Error for #ident #ty_generics #error_where {
                fn source(&self) -> ::core::option::Option<&(dyn #p::std::error::Error + 'static)> {
                    #p::ApiError::source_error(self)
                }
            }
        }
    }
}

fn template_of(message: &Message) -> Option<&Template> {
    match message {
        Message::Template(t) => Some(t),
        Message::Doc(_) => None,
    }
}

fn entry_const(variant: &Ident) -> Ident {
    format_ident!("__ENTRY_{}", variant)
}

fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// The JSON string literal of `s`, quotes included.
fn json_str(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

fn uses_params(ty: &Type, params: &[&Ident]) -> bool {
    fn walk(tokens: TokenStream, params: &[&Ident]) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(i) => params.iter().any(|p| **p == i),
            proc_macro2::TokenTree::Group(g) => walk(g.stream(), params),
            _ => false,
        })
    }
    walk(quote!(#ty), params)
}

/// `cfg!(...)` of a variant's `#[cfg(...)]` attributes (all of them must hold).
fn cfg_predicate(attrs: &[&syn::Attribute]) -> TokenStream {
    let predicates = attrs.iter().filter_map(|attr| match &attr.meta {
        syn::Meta::List(list) => Some(list.tokens.clone()),
        _ => None,
    });
    quote!(::core::cfg!(all(#(#predicates),*)))
}

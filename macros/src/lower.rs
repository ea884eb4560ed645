//! From the parsed input to the checked model: each variant's code, status, texts and
//! fields, with the rules of `check.rs` applied where they come up.

use darling::ast::{Data, Fields, Style};
use errcat_core::shape::Shape;
use proc_macro2::Span;
use syn::{Attribute, Ident, LitStr};

use crate::ast::{self, CodeAttrs, Field, FieldAttrs, Input, TypeAttrs};
use crate::check;
use crate::diagnostics::{Errors, error};
use crate::model::{Code, Format, Kind, Message, Model, VariantModel, uses_generics};
use crate::symbol;
use crate::template::Template;
use crate::value::{self, RenameAll};

/// The model of `input`; every problem goes to `errors`, and what could be understood is
/// kept, so that later rules still run.
pub fn model<'a>(input: &'a Input, errors: &mut Errors) -> Model<'a> {
    let attrs = TypeAttrs::parse(input, errors);
    let is_enum = input.data.is_enum();
    if is_enum {
        check::enum_keys_are_type_keys_or_defaults(&attrs.code, errors);
    } else {
        check::struct_is_not_transparent(&attrs.code, errors);
    }
    let lower = Lower {
        attrs: &attrs,
        is_enum,
        generics: &input.generics,
    };
    let variants = lower.variants(input, errors);
    let format = match &attrs.format {
        Some(value::FormatSpec::Builtin(shape)) => Format::Builtin(*shape),
        Some(value::FormatSpec::Custom(path)) => Format::Custom(path.clone()),
        None => Format::Builtin(Shape::Nested),
    };
    let id_field = attrs
        .id_field
        .clone()
        .unwrap_or_else(|| "request_id".into());
    lower.across_variants(&variants, &format, &id_field, errors);
    let fieldless = variants
        .iter()
        .all(|v| v.fields.style == Style::Unit && !v.is_transparent());
    check::code_enum_needs_fields(attrs.code_enum.as_ref(), fieldless, errors);
    Model {
        input,
        krate: attrs
            .krate
            .clone()
            .unwrap_or_else(|| syn::parse_quote!(::errcat)),
        is_enum,
        catalog_name: attrs
            .catalog
            .clone()
            .unwrap_or_else(|| heck::ToSnakeCase::to_snake_case(input.ident.to_string().as_str())),
        description: ast::doc_paragraph(&input.attrs),
        format,
        id_field,
        status_field: attrs.status_field.clone(),
        domain: attrs.domain.clone(),
        display: attrs.display,
        variants,
        code_enum: (!fieldless).then(|| {
            attrs
                .code_enum
                .clone()
                .unwrap_or_else(|| quote::format_ident!("{}Code", input.ident))
        }),
    }
}

/// The type's keys, which variants inherit.
struct Lower<'t> {
    attrs: &'t TypeAttrs,
    is_enum: bool,
    generics: &'t syn::Generics,
}

/// One code's declaration: a variant, or the struct itself.
struct Source<'a, 'k> {
    ident: &'a Ident,
    fields: &'a Fields<Field>,
    /// Where its doc comment is.
    docs: &'a [Attribute],
    keys: &'k CodeAttrs,
}

impl Lower<'_> {
    /// Every variant of an enum, or the struct as its one code.
    fn variants<'a>(&self, input: &'a Input, errors: &mut Errors) -> Vec<VariantModel<'a>> {
        match &input.data {
            Data::Enum(list) => {
                check::enum_is_not_empty(&input.ident, list.len(), errors);
                list.iter()
                    .filter_map(|v| {
                        let keys = CodeAttrs::parse(&v.attrs, errors);
                        check::variant_keys_are_per_code(&keys, errors);
                        let source = Source {
                            ident: &v.ident,
                            fields: &v.fields,
                            docs: &v.attrs,
                            keys: &keys,
                        };
                        self.variant(source, errors)
                    })
                    .collect()
            }
            Data::Struct(fields) => {
                let source = Source {
                    ident: &input.ident,
                    fields,
                    docs: &input.attrs,
                    keys: &self.attrs.code,
                };
                self.variant(source, errors).into_iter().collect()
            }
        }
    }

    /// The rules across variants. Codes derived under an unknown `rename_all`, or
    /// exposed names checked against an unknown format, would only add guesses to the
    /// error already reported.
    fn across_variants(
        &self,
        variants: &[VariantModel<'_>],
        format: &Format,
        id_field: &str,
        errors: &mut Errors,
    ) {
        let keys = &self.attrs.code.keys;
        if self.attrs.rename_all.is_some() || !keys.mentioned(symbol::RENAME_ALL) {
            check::codes_are_unique(variants, errors);
        }
        if self.attrs.format.is_some() || !keys.mentioned(symbol::FORMAT) {
            let status_field = self.attrs.status_field.as_deref();
            check::exposed_names_do_not_collide(variants, format, id_field, status_field, errors);
        }
    }

    fn variant<'a>(&self, src: Source<'a, '_>, errors: &mut Errors) -> Option<VariantModel<'a>> {
        let field_attrs: Vec<FieldAttrs> = src
            .fields
            .iter()
            .map(|f| FieldAttrs::parse(f, errors))
            .collect();
        let source = check::one_source(&field_attrs, errors);
        let kind = match src.keys.transparent {
            Some(span) if self.is_enum => {
                check::transparent_is_alone(src.keys, span, src.fields, &field_attrs, errors);
                let nested = src
                    .fields
                    .fields
                    .first()
                    .is_some_and(|f| !uses_generics(&f.ty, self.generics));
                Kind::Transparent { nested }
            }
            _ => Kind::Code(Box::new(self.code(&src, &field_attrs, source, errors)?)),
        };
        Some(VariantModel {
            ident: src.ident,
            fields: src.fields,
            kind,
            source,
        })
    }

    /// The defaults a variant inherits: the enum's; a struct's keys are its own.
    fn defaults(&self) -> Option<&CodeAttrs> {
        self.is_enum.then_some(&self.attrs.code)
    }

    fn code(
        &self,
        src: &Source<'_, '_>,
        field_attrs: &[FieldAttrs],
        source: Option<usize>,
        errors: &mut Errors,
    ) -> Option<Code> {
        let keys = src.keys;
        let (code, code_span) = self.code_name(src, errors);
        let status = self.status(src, errors);
        let description = ast::doc_paragraph(src.docs);
        let message = message(src, description.as_ref(), errors);
        let hint = keys
            .hint
            .as_ref()
            .and_then(|lit| errors.handle(Template::parse(lit, "hint")));
        for template in [message.as_ref().and_then(Message::template), hint.as_ref()]
            .into_iter()
            .flatten()
        {
            check::placeholders_name_fields(template, src.ident, src.fields, errors);
            if status >= 500 {
                check::server_error_templates_skip_source(template, src.fields, source, errors);
            }
        }
        let exposed = check::exposed_fields(src.fields, field_attrs, source, errors);
        let retry_field = check::one_retry_field(field_attrs, source, errors);
        let violations = check::violations_field(field_attrs, source, errors);
        check::retry_after_once(keys, retry_field, errors);
        let defaults = self.defaults();
        let inherited = |own: Option<&LitStr>, default: fn(&CodeAttrs) -> Option<&LitStr>| {
            own.or_else(|| defaults.and_then(default))
                .map(LitStr::value)
        };
        Some(Code {
            status,
            status_documented: keys.status_inferred.is_none()
                && defaults.is_none_or(|d| d.status_inferred.is_none()),
            fix: keys
                .fix
                .or_else(|| defaults.and_then(|d| d.fix))
                .map_or(0, |f| f.0),
            category: inherited(keys.category.as_ref(), |d| d.category.as_ref()),
            message: message?,
            hint,
            description,
            retry_after: keys.retry_after.map(|r| r.0),
            doc_url: keys
                .doc_url
                .as_ref()
                .or(self.attrs.doc_url.as_ref())
                .map(|lit| lit.value().replace("{code}", &code)),
            deprecated: keys.deprecated.as_ref().map(LitStr::value),
            grpc: keys
                .grpc
                .or_else(|| defaults.and_then(|d| d.grpc))
                .map(|g| g.0),
            exposed,
            retry_field,
            violations,
            code,
            code_span,
        })
    }

    /// `code = "..."` verbatim, or the variant's name under `rename_all` with the prefix.
    fn code_name(&self, src: &Source<'_, '_>, errors: &mut Errors) -> (String, Span) {
        if let Some(lit) = &src.keys.code {
            // An invalid code is reported, and still identifies the variant below.
            value::code(lit, errors);
            return (lit.value(), lit.span());
        }
        let rule = self.attrs.rename_all.unwrap_or(RenameAll::ScreamingSnake);
        let name = syn::ext::IdentExt::unraw(src.ident).to_string();
        let code = format!("{}{}", self.attrs.prefix, rule.apply(&name));
        (code, src.ident.span())
    }

    /// The status, its own or the enum's default.
    fn status(&self, src: &Source<'_, '_>, errors: &mut Errors) -> u16 {
        let defaults = self.defaults();
        let given = [Some(src.keys), defaults].into_iter().flatten();
        let mut given = given.filter(|k| k.keys.mentioned(symbol::STATUS));
        match given.next() {
            // An invalid status has been reported where it is written.
            Some(keys) => keys.status.map_or(500, |s| s.0),
            None => {
                let ident = src.ident;
                let also = if self.is_enum {
                    " (or a default `status` on the enum)"
                } else {
                    ""
                };
                errors.push(error(
                    ident.span(),
                    format!("`{ident}` has no status: add `#[api(status = 404)]`{also}"),
                ));
                500
            }
        }
    }
}

/// `message = "..."`, else the doc comment's first paragraph.
fn message(
    src: &Source<'_, '_>,
    description: Option<&String>,
    errors: &mut Errors,
) -> Option<Message> {
    if let Some(lit) = &src.keys.message {
        return errors
            .handle(Template::parse(lit, "message"))
            .map(Message::Template);
    }
    if src.keys.keys.mentioned(symbol::MESSAGE) {
        // Given with a wrong value, or misspelled: reported already.
        return None;
    }
    if let Some(doc) = description {
        return Some(Message::Doc(doc.clone()));
    }
    let ident = src.ident;
    errors.push(error(
        ident.span(),
        format!("`{ident}` has no message: add `#[api(message = \"...\")]` or a doc comment"),
    ));
    None
}

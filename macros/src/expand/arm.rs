//! Match arms over a type's variants: the pattern of a variant, and the locals its fields
//! are bound to.

use darling::ast::Style;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;
use syn::spanned::Spanned;

use crate::model::{Model, VariantModel};
use crate::template::field_binding;

/// One variant in generated `match`es.
pub struct Arm<'a> {
    pub v: &'a VariantModel<'a>,
    /// `Self::Variant`, or `Self` for a struct.
    path: TokenStream,
}

impl<'a> Arm<'a> {
    /// The arms of every variant of `m`, in declaration order.
    pub fn all(m: &'a Model<'a>) -> Vec<Arm<'a>> {
        m.variants
            .iter()
            .map(|v| {
                let ident = v.ident;
                Arm {
                    v,
                    path: if m.is_enum {
                        quote!(Self::#ident)
                    } else {
                        quote!(Self)
                    },
                }
            })
            .collect()
    }

    /// A pattern binding the fields at `positions` (see [`binding`](Self::binding)),
    /// ignoring the rest.
    pub fn pattern(&self, positions: &[usize]) -> TokenStream {
        let path = &self.path;
        let fields = &self.v.fields;
        match fields.style {
            Style::Unit => quote!(#path),
            Style::Struct => {
                let binds = positions.iter().filter_map(|&i| {
                    let name = fields.fields.get(i)?.ident.as_ref()?;
                    let binding = self.binding(i);
                    Some(quote!(#name: #binding))
                });
                quote!(#path { #(#binds,)* .. })
            }
            Style::Tuple => {
                let last = positions.iter().copied().max();
                let binds = (0..last.map_or(0, |l| l + 1)).map(|i| {
                    if positions.contains(&i) {
                        let binding = self.binding(i);
                        quote!(#binding)
                    } else {
                        quote!(_)
                    }
                });
                quote!(#path(#(#binds,)* ..))
            }
        }
    }

    /// The local field `i` is bound to (`__name`, `__0`), at the span of the field's type:
    /// a use that needs a trait the type lacks underlines the field, not the derive.
    pub fn binding(&self, i: usize) -> Ident {
        let field = self.v.field(i);
        let mut binding = field_binding(field.and_then(|f| f.ident.as_ref()), i);
        binding.set_span(self.field_span(i));
        binding
    }

    /// The span of field `i`'s type.
    pub fn field_span(&self, i: usize) -> Span {
        self.v
            .field(i)
            .map_or_else(Span::call_site, |f| f.ty.span())
    }

    /// `Pattern(__0) => body,` for a transparent variant, with `body` built from the
    /// binding of the wrapped error.
    pub fn forward(&self, body: impl FnOnce(&Ident) -> TokenStream) -> TokenStream {
        let pat = self.pattern(&[0]);
        let body = body(&self.binding(0));
        quote!(#pat => #body,)
    }
}

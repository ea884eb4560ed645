//! [`Format`]: how an error is written as a body, and read back.
//!
//! The built-in shapes are the variants of [`Shape`], each defined once by its
//! [`Layout`] (in `errcat-core`): the members it reserves, what it writes, what the
//! decoder reads and its JSON Schema all follow from that list.

use errcat_core::shape::{JSON, Layout, Shape};
use serde_json::Value;

use crate::entry::Entry;
use crate::json::JsonSink;
pub use crate::parts::{EnvelopeParts, MemberNames, Parts, ShapeError};

/// An envelope shape: how an error is written as a JSON body, and read back.
///
/// The four built-in shapes are the variants of [`Shape`] (also named
/// [`errcat::formats::Nested`](crate::formats), ...). A custom shape is a type (or
/// constant) implementing this trait, named in `#[api(format = path::To::Shape)]`. It
/// either gives a [`Layout`], built from the same members as the built-in shapes, and
/// gets writing, reading and fast envelopes from it:
///
/// ```
/// use errcat::shape::{JSON, Layout, Member, Part};
/// use errcat::{ApiError, Envelope, Format};
///
/// /// `{"kind":CODE,"text":MESSAGE,...details}`
/// struct Terse;
///
/// static TERSE: Layout = Layout {
///     name: "terse",
///     content_type: JSON,
///     members: &[
///         Member::required("kind", Part::Code),
///         Member::required("text", Part::Message),
///         Member::Details,
///     ],
/// };
///
/// impl Format for Terse {
///     fn layout(&self) -> Option<&'static Layout> {
///         Some(&TERSE)
///     }
/// }
///
/// #[derive(Debug, ApiError)]
/// #[api(format = Terse)]
/// enum E {
///     #[api(status = 418, message = "short and stout")]
///     Teapot,
/// }
///
/// let body = Envelope::new(&E::Teapot).to_json_vec();
/// assert_eq!(body, br#"{"kind":"TEAPOT","text":"short and stout"}"#);
/// ```
///
/// or writes and reads bodies itself:
///
/// ```
/// use errcat::{ApiError, Envelope, EnvelopeParts, Format, JsonSink, MemberNames, Parts, ShapeError};
///
/// /// `{"kind":CODE,"text":MESSAGE}`
/// struct Terse;
///
/// impl Format for Terse {
///     fn name(&self) -> &'static str {
///         "terse"
///     }
///     fn write(&self, env: &dyn EnvelopeParts, sink: &mut dyn JsonSink) {
///         sink.begin_object();
///         sink.key("kind");
///         env.write_code(sink);
///         sink.key("text");
///         env.write_message(sink);
///         sink.end_object();
///     }
///     fn read(&self, body: serde_json::Value, _: &MemberNames) -> Result<Parts, ShapeError> {
///         let mut object = Parts::object(body)?;
///         Ok(Parts {
///             code: Parts::take_str(&mut object, "kind")?,
///             message: Parts::take_str(&mut object, "text")?,
///             ..Parts::default()
///         })
///     }
/// }
///
/// #[derive(Debug, ApiError)]
/// #[api(format = Terse)]
/// enum E {
///     #[api(status = 418, message = "short and stout")]
///     Teapot,
/// }
///
/// let body = Envelope::new(&E::Teapot).to_json_vec();
/// assert_eq!(body, br#"{"kind":"TEAPOT","text":"short and stout"}"#);
/// ```
pub trait Format: Sync + 'static {
    /// The shape's layout, if it is defined by one. Envelopes of a layout copy each
    /// code's static part, rendered once, and the default methods below follow it.
    fn layout(&self) -> Option<&'static Layout> {
        None
    }

    /// A short name for docs (`"nested"`, `"problem"`, ...): the layout's name.
    fn name(&self) -> &'static str {
        self.layout().map_or("custom", |layout| layout.name)
    }

    /// The response `Content-Type`: the layout's, else `application/json`.
    fn content_type(&self) -> &'static str {
        self.layout().map_or(JSON, |layout| layout.content_type)
    }

    /// Writes the body of `env` into `sink`: by the layout, unless overridden.
    fn write(&self, env: &dyn EnvelopeParts, sink: &mut dyn JsonSink) {
        if let Some(layout) = self.layout() {
            crate::layout::write(layout, env, sink);
        }
    }

    /// The JSON Schema (2020-12) of the bodies of `entries` (codes of a catalog whose
    /// member names are `names`, or forwarded by it) in this shape: by the layout, unless
    /// overridden. `None` for a shape that cannot describe itself:
    /// [`openapi`](crate::openapi) then documents its bodies as objects, with examples.
    fn schema(&self, names: &MemberNames, entries: &[&'static Entry]) -> Option<Value> {
        self.layout()
            .map(|layout| crate::layout::schema(layout, names, entries))
    }

    /// Reads a parsed body back into its parts; members the shape does not name (the
    /// exposed fields, the violations, extensions) go to [`Parts::details`]. By the
    /// layout, unless overridden.
    fn read(&self, body: Value, names: &MemberNames) -> Result<Parts, ShapeError> {
        match self.layout() {
            Some(layout) => crate::layout::read(layout, body, names),
            None => Err(ShapeError("the format reads no bodies")),
        }
    }
}

impl Format for Shape {
    fn layout(&self) -> Option<&'static Layout> {
        Some(Shape::layout(*self))
    }
}

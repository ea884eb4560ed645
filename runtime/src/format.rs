//! [`Format`]: how an error is written as a body, and read back.
//!
//! The built-in shapes are the variants of [`Shape`], each defined once by its
//! [`Layout`] (in `errcat-core`): the members it reserves, what it writes, what the
//! decoder reads and its JSON Schema all follow from that list.

use std::fmt;

use errcat_core::shape::{JSON, Layout, Shape};
use serde_json::{Map, Value};

use crate::catalog::{Catalog, Entry};
use crate::envelope::Envelope;
use crate::json::JsonSink;
use crate::violation::Violations;

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
/// use errcat::{ApiError, Envelope, Format, JsonSink, Parts, ShapeError};
///
/// /// `{"kind":CODE,"text":MESSAGE}`
/// struct Terse;
///
/// impl Format for Terse {
///     fn name(&self) -> &'static str {
///         "terse"
///     }
///     fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
///         sink.begin_object();
///         sink.key("kind");
///         env.write_code(sink);
///         sink.key("text");
///         env.write_message(sink);
///         sink.end_object();
///     }
///     fn read(&self, body: serde_json::Value, _: &errcat::Catalog) -> Result<Parts, ShapeError> {
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
    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        if let Some(layout) = self.layout() {
            crate::layout::write(layout, env, sink);
        }
    }

    /// The JSON Schema (2020-12) of the bodies of `entries` (codes of `catalog`, or
    /// forwarded by it) in this shape: by the layout, unless overridden. `None` for a
    /// shape that cannot describe itself: [`openapi`](crate::openapi) then documents its
    /// bodies as objects, with examples.
    fn schema(&self, catalog: &Catalog, entries: &[&'static Entry]) -> Option<Value> {
        self.layout()
            .map(|layout| crate::layout::schema(layout, catalog, entries))
    }

    /// Reads a parsed body back into its parts; members the shape does not name go to
    /// [`Parts::details`]. By the layout, unless overridden.
    fn read(&self, body: Value, catalog: &Catalog) -> Result<Parts, ShapeError> {
        match self.layout() {
            Some(layout) => crate::layout::read(layout, body, catalog),
            None => Err(ShapeError("the format reads no bodies")),
        }
    }
}

impl Format for Shape {
    fn layout(&self) -> Option<&'static Layout> {
        Some(Shape::layout(*self))
    }
}

/// What a [`Format`] reads out of a body.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parts {
    /// The code, verbatim.
    pub code: String,
    /// The message.
    pub message: String,
    /// The hint, if the body has one.
    pub hint: Option<String>,
    /// The per-request id, if the body has one.
    pub id: Option<String>,
    /// Every other member (exposed fields and unknown extensions).
    pub details: Map<String, Value>,
    /// The field violations, if the body has them.
    pub violations: Violations,
    /// How many entries of the violations member were malformed, and skipped.
    pub skipped_violations: usize,
}

/// Why a JSON body is not an envelope of the expected shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShapeError(pub &'static str);

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for ShapeError {}

impl Parts {
    /// The body as an object, or a shape error.
    pub fn object(body: Value) -> Result<Map<String, Value>, ShapeError> {
        match body {
            Value::Object(map) => Ok(map),
            _ => Err(ShapeError("body is not a JSON object")),
        }
    }

    /// The `error` object of a nested shape (`{"error":{...}}`), removed from `body`.
    pub fn error_object(body: Value) -> Result<Map<String, Value>, ShapeError> {
        Parts::take_object(&mut Parts::object(body)?, "error")
    }

    /// Removes the member `key`, which must be an object.
    pub fn take_object(
        object: &mut Map<String, Value>,
        key: &str,
    ) -> Result<Map<String, Value>, ShapeError> {
        // The one object the built-in shapes nest is `error`: say its name.
        let named = key == "error";
        match object.remove(key) {
            Some(Value::Object(inner)) => Ok(inner),
            Some(_) if named => Err(ShapeError("`error` is not an object")),
            Some(_) => Err(ShapeError("an object the shape requires is not an object")),
            None if named => Err(ShapeError("no `error` object")),
            None => Err(ShapeError("an object the shape requires is missing")),
        }
    }

    /// Removes the member `key`, which must be a string.
    pub fn take_str(object: &mut Map<String, Value>, key: &str) -> Result<String, ShapeError> {
        match object.remove(key) {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(ShapeError("a member the shape requires is not a string")),
            None => Err(ShapeError("a member the shape requires is missing")),
        }
    }

    /// Removes the member `key` if present; it must be a string (or `null`).
    pub fn take_opt_str(
        object: &mut Map<String, Value>,
        key: &str,
    ) -> Result<Option<String>, ShapeError> {
        match object.remove(key) {
            Some(Value::String(s)) => Ok(Some(s)),
            None | Some(Value::Null) => Ok(None),
            Some(_) => Err(ShapeError(
                "an optional member of the shape is not a string",
            )),
        }
    }
}

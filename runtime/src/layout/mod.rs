//! The runtime half of a shape's one definition: writing, reading and rendering bodies
//! from a [`Layout`](errcat_core::shape::Layout).
//!
//! A layout is first lowered, for one catalog and one code, to a [`program`] of steps
//! (`{`, a key, the code's text, the templated message, the id when present, ...).
//! [`write`] runs it against any [`JsonSink`](crate::JsonSink); envelopes of a catalog's
//! own codes run it once per code with the static steps fused into ready JSON text, then
//! copy that text ([`write_rendered`]). [`read`] walks the same members to decode a body,
//! and [`schema`] describes them as a JSON Schema.

pub(crate) mod program;
mod read;
pub(crate) mod schema;
mod write;

pub use program::Rendered;
pub(crate) use read::read;
pub(crate) use schema::schema;
#[cfg(feature = "fluent")]
pub(crate) use write::render_with_text;
pub(crate) use write::{Rendering, write, write_program, write_rendered};

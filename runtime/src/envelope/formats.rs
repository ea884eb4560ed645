//! The built-in envelope shapes.

use serde_json::{Map, Value};

use super::{Envelope, Format, Parts, ShapeError};
use crate::catalog::Catalog;
use crate::json::JsonSink;

/// `{"error":{"code":C,"message":M,"hint":H,"<id_field>":ID,...details}}`
/// (seeds 000 and 001).
#[derive(Debug, Clone, Copy, Default)]
pub struct Nested;

/// `{"error":M,"code":C,"<status_field>":S,...details,"<id_field>":ID}` (seeds 002, 003).
#[derive(Debug, Clone, Copy, Default)]
pub struct Flat;

/// `{"error":C,"message":M,...details,"<id_field>":ID}` (seed 004).
#[derive(Debug, Clone, Copy, Default)]
pub struct Code;

/// RFC 9457 `application/problem+json`:
/// `{"type":URL,"title":T,"status":S,"detail":M,"instance":I,"code":C,...details,"<id_field>":ID}`.
///
/// `type` is the variant's `doc_url` (`about:blank` without one) and `title` the
/// status's reason phrase, as RFC 9457 asks for `about:blank`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Problem;

/// Writes `"<status_field>":S` when the catalog echoes the status.
fn write_status_member(env: &Envelope<'_>, sink: &mut dyn JsonSink) {
    if let Some(field) = env.catalog().status_field() {
        sink.key(field);
        sink.u64(u64::from(env.status().as_u16()));
    }
}

/// Reads the id member and, when the catalog echoes the status, drops its echo.
fn take_context(
    object: &mut Map<String, Value>,
    catalog: &Catalog,
) -> Result<Option<String>, ShapeError> {
    if let Some(field) = catalog.status_field() {
        object.remove(field);
    }
    Parts::take_opt_str(object, catalog.id_field())
}

impl Format for Nested {
    fn name(&self) -> &'static str {
        "nested"
    }

    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        sink.begin_object();
        sink.key("error");
        sink.begin_object();
        sink.key("code");
        env.write_code(sink);
        sink.key("message");
        env.write_message(sink);
        if env.has_hint() {
            sink.key("hint");
            env.write_hint(sink);
        }
        write_status_member(env, sink);
        self.write_after_head(env, sink);
    }

    // What follows the part the derive pre-renders (`Entry`'s JSON head).
    fn write_after_head(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        env.write_id_member(sink);
        env.write_details(sink);
        sink.end_object();
        sink.end_object();
    }

    fn read(&self, body: Value, catalog: &Catalog) -> Result<Parts, ShapeError> {
        let mut object = Parts::error_object(body)?;
        let code = Parts::take_str(&mut object, "code")?;
        let message = Parts::take_str(&mut object, "message")?;
        let hint = Parts::take_opt_str(&mut object, "hint")?;
        let id = take_context(&mut object, catalog)?;
        Ok(Parts {
            code,
            message,
            hint,
            id,
            details: object,
        })
    }
}

impl Format for Flat {
    fn name(&self) -> &'static str {
        "flat"
    }

    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        sink.begin_object();
        sink.key("error");
        env.write_message(sink);
        sink.key("code");
        env.write_code(sink);
        write_status_member(env, sink);
        self.write_after_head(env, sink);
    }

    fn write_after_head(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        env.write_details(sink);
        env.write_id_member(sink);
        sink.end_object();
    }

    fn read(&self, body: Value, catalog: &Catalog) -> Result<Parts, ShapeError> {
        let mut object = Parts::object(body)?;
        let message = Parts::take_str(&mut object, "error")?;
        let code = Parts::take_str(&mut object, "code")?;
        let id = take_context(&mut object, catalog)?;
        Ok(Parts {
            code,
            message,
            hint: None,
            id,
            details: object,
        })
    }
}

impl Format for Code {
    fn name(&self) -> &'static str {
        "code"
    }

    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        sink.begin_object();
        sink.key("error");
        env.write_code(sink);
        sink.key("message");
        env.write_message(sink);
        write_status_member(env, sink);
        self.write_after_head(env, sink);
    }

    fn write_after_head(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        env.write_details(sink);
        env.write_id_member(sink);
        sink.end_object();
    }

    fn read(&self, body: Value, catalog: &Catalog) -> Result<Parts, ShapeError> {
        let mut object = Parts::object(body)?;
        let code = Parts::take_str(&mut object, "error")?;
        // The seed's shape is `{ "error": "<code>", … }`: the message is not promised.
        let message = Parts::take_opt_str(&mut object, "message")?.unwrap_or_default();
        let id = take_context(&mut object, catalog)?;
        Ok(Parts {
            code,
            message,
            hint: None,
            id,
            details: object,
        })
    }
}

impl Format for Problem {
    fn name(&self) -> &'static str {
        "problem"
    }

    fn content_type(&self) -> &'static str {
        "application/problem+json"
    }

    fn write(&self, env: &Envelope<'_>, sink: &mut dyn JsonSink) {
        let status = env.status();
        sink.begin_object();
        sink.key("type");
        sink.str(env.entry().doc_url().unwrap_or("about:blank"));
        sink.key("title");
        sink.str(status.canonical_reason().unwrap_or("Error"));
        sink.key("status");
        sink.u64(u64::from(status.as_u16()));
        sink.key("detail");
        env.write_message(sink);
        if let Some(instance) = env.instance() {
            sink.key("instance");
            sink.str(instance);
        }
        sink.key("code");
        env.write_code(sink);
        env.write_details(sink);
        env.write_id_member(sink);
        sink.end_object();
    }

    fn read(&self, body: Value, catalog: &Catalog) -> Result<Parts, ShapeError> {
        let mut object = Parts::object(body)?;
        let code = Parts::take_str(&mut object, "code")?;
        let title = Parts::take_opt_str(&mut object, "title")?;
        let message = match Parts::take_opt_str(&mut object, "detail")? {
            Some(detail) => detail,
            None => title.unwrap_or_default(),
        };
        object.remove("type");
        object.remove("status");
        let id = take_context(&mut object, catalog)?;
        Ok(Parts {
            code,
            message,
            hint: None,
            id,
            details: object,
        })
    }
}

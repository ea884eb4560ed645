//! Writing a body from a layout.

use errcat_core::shape::{Layout, Member, Part, Rule};

use super::program::{Fused, Op, Program, Rendered};
use crate::entry::Entry;
use crate::json::{Exposed, JsonSink, JsonWriter, write_display};
use crate::parts::{EnvelopeParts, MemberNames, in_form};

/// Writes the body of `env` in `layout` into `sink`.
pub(crate) fn write(layout: &Layout, env: &dyn EnvelopeParts, sink: &mut dyn JsonSink) {
    for op in &program(layout, &env.names(), env.entry(), env.text_overridden()) {
        step(op, env, sink);
    }
}

/// What the fast path needs of the catalog an envelope is written in: its layout, its
/// member names, its entries, the store of their rendered programs, and where the
/// envelope's entry is among them.
pub(crate) struct Rendering {
    pub(crate) layout: Option<&'static Layout>,
    pub(crate) names: MemberNames,
    pub(crate) entries: &'static [Entry],
    pub(crate) rendered: &'static Rendered,
    /// The position of the envelope's entry in `entries`; `None` for a forwarded code.
    pub(crate) position: Option<usize>,
}

/// Appends the body of `env` to `out` from the code's rendered program: the static parts
/// copied, only the per-request and templated parts written. `false` (nothing written)
/// when the error's code is not one of the catalog's own entries, when the catalog's
/// format has no layout, or when the code's program could not be fused.
#[inline]
pub(crate) fn write_rendered(
    rendering: &Rendering,
    env: &dyn EnvelopeParts,
    out: &mut Vec<u8>,
) -> bool {
    let Some(index) = rendering.position else {
        return false;
    };
    let dynamic_text = env.text_overridden();
    let cell = match dynamic_text {
        true => &rendering.rendered.1,
        false => &rendering.rendered.0,
    };
    let programs = match cell.get() {
        Some(programs) => programs,
        None => match render(rendering, dynamic_text) {
            Some(programs) => programs,
            None => return false,
        },
    };
    let Some(Some(fused)) = programs.get(index) else {
        return false;
    };
    write_program(fused, env, out);
    true
}

/// Appends the body of `env` to `out` from `fused`, its entry's program.
#[inline]
pub(crate) fn write_program(fused: &Fused, env: &dyn EnvelopeParts, out: &mut Vec<u8>) {
    match (&fused.around_id, env.id()) {
        (Some((before, after)), Some(id)) => {
            // `with_id` admits only `[A-Za-z0-9._:-]`: nothing to escape.
            out.reserve(before.len() + id.len() + after.len());
            out.extend_from_slice(before.as_bytes());
            out.extend_from_slice(id.as_bytes());
            out.extend_from_slice(after.as_bytes());
        }
        _ => write_fused(fused, env, out),
    }
}

/// The program of `entry` in `layout`, with a catalog's member `names`, for envelopes
/// whose message and hint are their own (a translation), with `message` and `hint`
/// written into its text where given (a translation without placeholders) and written
/// from the envelope where not; `None` when it cannot be fused.
#[cfg(feature = "fluent")]
pub(crate) fn render_with_text(
    layout: &Layout,
    names: &MemberNames,
    entry: &Entry,
    message: Option<&str>,
    hint: Option<&str>,
) -> Option<Fused> {
    fuse(&program(layout, names, entry, true), message, hint)
}

/// Renders the programs of every entry, once; `None` when the format has no layout.
#[cold]
fn render(rendering: &Rendering, dynamic_text: bool) -> Option<&'static [Program]> {
    let layout = rendering.layout?;
    let cell = match dynamic_text {
        true => &rendering.rendered.1,
        false => &rendering.rendered.0,
    };
    let programs = cell.get_or_init(|| {
        rendering
            .entries
            .iter()
            .map(|entry| {
                fuse(
                    &program(layout, &rendering.names, entry, dynamic_text),
                    None,
                    None,
                )
            })
            .collect()
    });
    Some(programs)
}

/// What [`write_fused`] reserves beyond a body's static text.
const DYNAMIC_ROOM: usize = 192;

/// Writes a body from its fused program: each static text copied, each dynamic step
/// written.
#[inline(never)]
fn write_fused(fused: &Fused, env: &dyn EnvelopeParts, out: &mut Vec<u8>) {
    // Room for the static text, the envelope's own message and hint, and what a request
    // adds most often (an id, a templated message), so that a body is one allocation.
    out.reserve(fused.fixed_len + env.text_len() + DYNAMIC_ROOM);
    out.extend_from_slice(fused.head.as_bytes());
    for (op, text) in fused.rest.iter() {
        // Fusing left a dynamic step only where a member precedes it in its object: the
        // optional members write their own comma.
        match op {
            Op::RawId(prefix) => {
                if let Some(id) = env.id() {
                    out.extend_from_slice(prefix.as_bytes());
                    out.extend_from_slice(id.as_bytes());
                    out.push(b'"');
                }
            }
            Op::Message => write_display(out, &mut |w| env.message_into(w)),
            Op::Hint => write_display(out, &mut |w| env.hint_into(w).map(drop)),
            Op::Violations(form) => in_form(env.violations(), *form).write_json(out),
            other => step(other, env, &mut JsonWriter::after_member(out)),
        }
        out.extend_from_slice(text.as_bytes());
    }
}

/// The steps that write a body of `entry` in `layout`, with a catalog's member `names`;
/// with `dynamic_text`, the message and hint are always the envelope's (a translation),
/// never the entry's static text.
fn program(layout: &Layout, names: &MemberNames, entry: &Entry, dynamic_text: bool) -> Vec<Op> {
    let mut ops = vec![Op::Begin];
    lower(layout.members, names, entry, dynamic_text, &mut ops);
    ops.push(Op::End);
    ops
}

fn lower(
    members: &'static [Member],
    names: &MemberNames,
    entry: &Entry,
    dynamic_text: bool,
    ops: &mut Vec<Op>,
) {
    for member in members {
        match *member {
            Member::Object { key, members } => {
                ops.extend([Op::Key(key), Op::Begin]);
                lower(members, names, entry, dynamic_text, ops);
                ops.push(Op::End);
            }
            Member::Details if !entry.exposed().is_empty() => ops.push(Op::Details),
            Member::Violations { key, form } => {
                if let Some(named) = entry.violations {
                    ops.extend([Op::Key(named.unwrap_or(key)), Op::Violations(form)]);
                }
            }
            Member::Details
            | Member::Field {
                rule: Rule::ReadOnly,
                ..
            } => {}
            Member::Field { key, part, .. } => {
                if let Some(key) = names.name(key) {
                    lower_part(key, part, entry, dynamic_text, ops);
                }
            }
        }
    }
}

fn lower_part(key: &'static str, part: Part, entry: &Entry, dynamic_text: bool, ops: &mut Vec<Op>) {
    let op = match part {
        Part::Message if dynamic_text => Op::Message,
        Part::Hint if dynamic_text && entry.hint().is_some() => Op::Hint,
        Part::Code => Op::Str(entry.code()),
        Part::Message if entry.message_is_static() => Op::Str(entry.message()),
        Part::Message => Op::Message,
        Part::Hint if entry.hint().is_none() => return,
        Part::Hint => entry.static_hint().map_or(Op::Hint, Op::Str),
        Part::Status => Op::U64(u64::from(entry.status().as_u16())),
        Part::Title => Op::Str(entry.status().canonical_reason().unwrap_or("Error")),
        Part::Type => Op::Str(entry.doc_url().unwrap_or("about:blank")),
        Part::Id => return ops.push(Op::Id(key)),
        Part::Instance => return ops.push(Op::Instance(key)),
    };
    ops.extend([Op::Key(key), op]);
}

/// Runs one unfused step.
fn step(op: &Op, env: &dyn EnvelopeParts, sink: &mut dyn JsonSink) {
    match op {
        Op::Begin => sink.begin_object(),
        Op::End => sink.end_object(),
        Op::Key(key) => sink.key(key),
        Op::Str(text) => sink.str(text),
        Op::U64(n) => sink.u64(*n),
        Op::Message => sink.display(&mut |w| env.message_into(w)),
        Op::Hint => sink.display(&mut |w| env.hint_into(w).map(drop)),
        Op::Id(key) => {
            if let Some(id) = env.id() {
                sink.key(key);
                sink.str(id);
            }
        }
        Op::Instance(key) => {
            if let Some(path) = env.instance() {
                sink.key(key);
                sink.str(path);
            }
        }
        Op::Details => env.write_details(sink),
        Op::Violations(form) => env.write_violations(*form, sink),
        // A fused step only runs in `write_rendered`.
        Op::RawId(_) => {}
    }
}

/// `ops` with every run of static steps rendered into JSON text, and the id member into
/// an [`Op::RawId`]. `None` when an optional member opens an object: whether the member
/// after it needs a comma would depend on the request.
/// A `message` or `hint` given makes its step static text too.
fn fuse(ops: &[Op], message: Option<&str>, hint: Option<&str>) -> Option<Fused> {
    let mut text = Vec::new();
    let mut writer = JsonWriter::new(&mut text);
    let mut head = None;
    let mut rest: Vec<Op> = Vec::new();
    let mut texts: Vec<Box<str>> = Vec::new();
    for op in ops {
        let fixed_text = match op {
            Op::Message => message,
            Op::Hint => hint,
            _ => None,
        };
        if let Some(text) = fixed_text {
            writer.str(text);
            continue;
        }
        let dynamic = match op {
            Op::Begin | Op::End | Op::Key(_) | Op::Str(_) | Op::U64(_) => {
                static_step(op, &mut writer);
                continue;
            }
            Op::Message | Op::Hint | Op::Violations(_) => op.clone(),
            Op::Id(_) | Op::Instance(_) | Op::Details if !writer.needs_comma() => return None,
            Op::Id(key) => {
                let before = String::from_utf8(writer.take()).ok()?;
                writer.key(key);
                writer.raw("\"");
                let prefix = String::from_utf8(writer.take()).ok()?;
                texts_or_head(&mut head, &mut texts, before);
                rest.push(Op::RawId(prefix.into()));
                continue;
            }
            Op::Instance(_) | Op::Details => op.clone(),
            Op::RawId(_) => return None,
        };
        let before = String::from_utf8(writer.take()).ok()?;
        texts_or_head(&mut head, &mut texts, before);
        rest.push(dynamic);
        if matches!(op, Op::Message | Op::Hint | Op::Violations(_)) {
            writer.value_written();
        }
    }
    let last = String::from_utf8(writer.take()).ok()?;
    texts_or_head(&mut head, &mut texts, last);
    let head = head.unwrap_or_default();
    let rest: Box<[(Op, Box<str>)]> = rest.into_iter().zip(texts).collect();
    let around_id = match &*rest {
        [(Op::RawId(prefix), tail)] => {
            Some((format!("{head}{prefix}").into(), format!("\"{tail}").into()))
        }
        _ => None,
    };
    let fixed_len = head.len()
        + rest
            .iter()
            .map(|(op, text)| {
                text.len()
                    + if let Op::RawId(p) = op {
                        p.len() + 1
                    } else {
                        0
                    }
            })
            .sum::<usize>();
    Some(Fused {
        head,
        rest,
        around_id,
        fixed_len,
    })
}

/// The first run of text is the head; each later one follows a dynamic step.
fn texts_or_head(head: &mut Option<Box<str>>, texts: &mut Vec<Box<str>>, text: String) {
    match head {
        None => *head = Some(text.into()),
        Some(_) => texts.push(text.into()),
    }
}

fn static_step(op: &Op, writer: &mut JsonWriter<'_>) {
    match op {
        Op::Begin => writer.begin_object(),
        Op::End => writer.end_object(),
        Op::Key(key) => writer.key(key),
        Op::Str(text) => writer.str(text),
        Op::U64(n) => writer.u64(*n),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fusing_keeps_dynamic_steps_and_renders_the_rest() {
        let ops = [
            Op::Begin,
            Op::Key("error"),
            Op::Begin,
            Op::Key("code"),
            Op::Str("A\"B"),
            Op::Key("message"),
            Op::Message,
            Op::Id("request_id"),
            Op::Details,
            Op::End,
            Op::End,
        ];
        let fused = fuse(&ops, None, None).unwrap();
        assert_eq!(&*fused.head, r#"{"error":{"code":"A\"B","message":"#);
        assert_eq!(
            &*fused.rest,
            [
                (Op::Message, "".into()),
                (Op::RawId(r#","request_id":""#.into()), "".into()),
                (Op::Details, "}}".into()),
            ]
        );
    }

    #[test]
    fn an_optional_member_first_in_an_object_is_not_fused() {
        assert_eq!(fuse(&[Op::Begin, Op::Id("id"), Op::End], None, None), None);
        assert_eq!(fuse(&[Op::Begin, Op::Details, Op::End], None, None), None);
    }
}

//! The steps a layout lowers to, and the per-catalog store of rendered programs.

use std::sync::OnceLock;

use errcat_core::shape::ViolationForm;

/// One step of writing a body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// `{`
    Begin,
    /// `}`
    End,
    /// A member's key.
    Key(&'static str),
    /// A string known for every body of the code: its text, escaped when written.
    Str(&'static str),
    /// An integer known for every body of the code (the status).
    U64(u64),
    /// The templated message, streamed from the error.
    Message,
    /// The templated hint, streamed from the error.
    Hint,
    /// The member `key` with the per-request id, when a valid one is set.
    Id(&'static str),
    /// The member `key` with the request path, when set.
    Instance(&'static str),
    /// The error's exposed fields.
    Details,
    /// The error's field violations, as an array in a form (its key is a step before).
    Violations(ViolationForm),
    /// A fused [`Op::Id`]: the text up to the id's value (`,"request_id":"`), copied
    /// before the id when there is one.
    RawId(Box<str>),
}

/// A body's steps with the static ones fused into JSON text: the text up to the first
/// dynamic step, then each dynamic step with the text that follows it.
#[derive(Debug, PartialEq)]
pub(crate) struct Fused {
    pub(crate) head: Box<str>,
    pub(crate) rest: Box<[(Op, Box<str>)]>,
    /// When the id member is the body's one dynamic step (a static code without exposed
    /// fields: the common case): the text up to the id's value and the text after it, so
    /// that an envelope is three copies.
    pub(crate) around_id: Option<(Box<str>, Box<str>)>,
    /// The length of the static text: what a body needs before its dynamic steps.
    pub(crate) fixed_len: usize,
}

/// The fused steps of one entry's body; `None` when they cannot be fused.
pub(crate) type Program = Option<Fused>;

/// A catalog's rendered programs, one per entry, made at the first envelope of one of its
/// codes.
#[derive(Debug, Default)]
pub struct Rendered(
    pub(crate) OnceLock<Box<[Program]>>,
    /// The programs for envelopes whose message and hint are their own (translations):
    /// the same, with the message and hint always written from the envelope.
    pub(crate) OnceLock<Box<[Program]>>,
);

impl Rendered {
    /// Nothing rendered yet: what the derive puts in every catalog.
    pub const fn new() -> Self {
        Rendered(OnceLock::new(), OnceLock::new())
    }
}

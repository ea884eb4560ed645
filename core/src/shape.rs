//! Envelope shapes: where each part of an error goes in a JSON body.
//!
//! A [`Layout`] lists a body's members in order. It is the one definition of a shape:
//! the derive reads the members it reserves (an exposed field may not reuse one), and the
//! runtime writes bodies, reads them back, renders each code's static part once and
//! describes the body as a JSON Schema, all from the same list. Adding a member to a
//! shape is one line in its layout below.

/// The `Content-Type` of JSON bodies.
pub const JSON: &str = "application/json";

/// The `Content-Type` of RFC 9457 problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The built-in shapes, named in `#[api(format = "...")]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// `{"error":{"code":C,"message":M,"hint":H,"<id_field>":ID,...details}}`
    /// (seeds 000 and 001).
    Nested,
    /// `{"error":M,"code":C,"<status_field>":S,...details,"<id_field>":ID}` (seeds 002, 003).
    Flat,
    /// `{"error":C,"message":M,...details,"<id_field>":ID}` (seed 004).
    Code,
    /// RFC 9457 `application/problem+json`:
    /// `{"type":URL,"title":T,"status":S,"detail":M,"instance":I,"code":C,"hint":H,...details,"<id_field>":ID}`.
    ///
    /// `type` is the code's `doc_url` (`about:blank` without one) and `title` the
    /// status's reason phrase, as RFC 9457 asks for `about:blank`; `code` and `hint` are
    /// extension members. A problem from another service may carry no `code`: a reader
    /// takes its `type` (or `title`) for the code.
    Problem,
}

impl Shape {
    /// Every built-in shape.
    pub const ALL: [Shape; 4] = [Shape::Nested, Shape::Flat, Shape::Code, Shape::Problem];

    /// The shape's layout: its one definition.
    pub const fn layout(self) -> &'static Layout {
        match self {
            Shape::Nested => &NESTED,
            Shape::Flat => &FLAT,
            Shape::Code => &CODE,
            Shape::Problem => &PROBLEM,
        }
    }

    /// The name in `#[api(format = "...")]`: `"nested"`, `"flat"`, `"code"`, `"problem"`.
    pub const fn name(self) -> &'static str {
        self.layout().name
    }

    /// The shape with this name.
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }
}

const NESTED: Layout = Layout {
    name: "nested",
    content_type: JSON,
    members: &[Member::object(
        "error",
        &[
            Member::required("code", Part::Code),
            Member::required("message", Part::Message),
            Member::optional("hint", Part::Hint),
            Member::STATUS_ECHO,
            Member::violations("violations", ViolationForm::Field),
            Member::ID,
            Member::Details,
        ],
    )],
};

const FLAT: Layout = Layout {
    name: "flat",
    content_type: JSON,
    members: &[
        Member::required("error", Part::Message),
        Member::required("code", Part::Code),
        Member::STATUS_ECHO,
        // The agent platform (seed 003) answers with Zod issues.
        Member::violations("issues", ViolationForm::Zod),
        Member::Details,
        Member::ID,
    ],
};

const CODE: Layout = Layout {
    name: "code",
    content_type: JSON,
    members: &[
        Member::required("error", Part::Code),
        // Seed 004 promises `{ "error": "<code>", … }`: the message is not promised.
        Member::optional("message", Part::Message),
        Member::STATUS_ECHO,
        // Seed 004: "Inspect issues[]", Zod issues.
        Member::violations("issues", ViolationForm::Zod),
        Member::Details,
        Member::ID,
    ],
};

const PROBLEM: Layout = Layout {
    name: "problem",
    content_type: PROBLEM_JSON,
    members: &[
        Member::optional("type", Part::Type),
        Member::optional("title", Part::Title),
        Member::optional("status", Part::Status),
        Member::optional("detail", Part::Message),
        Member::optional("instance", Part::Instance),
        Member::optional("code", Part::Code),
        Member::optional("hint", Part::Hint),
        // RFC 9457 §3: `"errors": [{"detail": ..., "pointer": "#/age"}]`.
        Member::violations("errors", ViolationForm::Problem),
        Member::Details,
        Member::ID,
    ],
};

/// The members of a body, in order: one definition for writing, reading and describing
/// it.
///
/// A custom shape can be a layout too, reusing the pieces of the built-in ones:
///
/// ```
/// use errcat_core::shape::{JSON, Layout, Member, Part};
///
/// /// `{"kind":CODE,"text":MESSAGE,...details}`
/// const TERSE: Layout = Layout {
///     name: "terse",
///     content_type: JSON,
///     members: &[
///         Member::required("kind", Part::Code),
///         Member::required("text", Part::Message),
///         Member::Details,
///     ],
/// };
/// assert_eq!(TERSE.reserved().collect::<Vec<_>>(), ["kind", "text"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// A short name for docs (`"nested"`).
    pub name: &'static str,
    /// The response `Content-Type`.
    pub content_type: &'static str,
    /// The top-level members, in order.
    pub members: &'static [Member],
}

impl Layout {
    /// The members beside which the exposed fields are written ([`Member::Details`]):
    /// their fixed names are reserved, since an exposed field of the same name would
    /// make the body ambiguous. The id and status members are reserved too, under the
    /// names the catalog gives them.
    pub fn reserved(&self) -> impl Iterator<Item = &'static str> {
        self.details_level()
            .unwrap_or_default()
            .iter()
            .filter_map(|member| match member {
                Member::Field {
                    key: Key::Named(name),
                    ..
                }
                | Member::Object { key: name, .. } => Some(*name),
                _ => None,
            })
    }

    /// The layout's violations member: its default name and form, if it has one.
    pub fn violations(&self) -> Option<(&'static str, ViolationForm)> {
        fn find(members: &'static [Member]) -> Option<(&'static str, ViolationForm)> {
            members.iter().find_map(|member| match *member {
                Member::Violations { key, form } => Some((key, form)),
                Member::Object { members, .. } => find(members),
                _ => None,
            })
        }
        find(self.members)
    }

    /// The members of the object that holds [`Member::Details`], if the layout has one.
    pub fn details_level(&self) -> Option<&'static [Member]> {
        fn find(members: &'static [Member]) -> Option<&'static [Member]> {
            if members.iter().any(|m| matches!(m, Member::Details)) {
                return Some(members);
            }
            members.iter().find_map(|member| match member {
                Member::Object { members, .. } => find(members),
                _ => None,
            })
        }
        find(self.members)
    }
}

/// One member of a [`Layout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    /// `"key":{...}`, an object of further members.
    Object {
        /// The member's name.
        key: &'static str,
        /// The object's members, in order.
        members: &'static [Member],
    },
    /// `"key":value`: one part of the error.
    Field {
        /// The member's name.
        key: Key,
        /// Which part of the error.
        part: Part,
        /// Whether it is written, and whether a reader requires it.
        rule: Rule,
    },
    /// The error's exposed fields (`#[api(expose)]`), one member each, in declaration
    /// order.
    Details,
    /// The error's field violations (`#[api(violations)]`): an array under `key`, or
    /// under the name the field gives (`#[api(violations = "details")]`), each entry in
    /// `form`. Written only for codes that declare violations, and then always (an empty
    /// array when there are none).
    Violations {
        /// The member's name when the field gives none, and where a reader looks for
        /// violations of codes it does not know.
        key: &'static str,
        /// How each violation is written.
        form: ViolationForm,
    },
}

impl Member {
    /// A member with the catalog's per-request id (`id_field`), written when a valid id
    /// is given.
    pub const ID: Member = Member::Field {
        key: Key::IdField,
        part: Part::Id,
        rule: Rule::Optional,
    };

    /// The HTTP status under the catalog's `status_field`, written when it has one.
    pub const STATUS_ECHO: Member = Member::Field {
        key: Key::StatusField,
        part: Part::Status,
        rule: Rule::Optional,
    };

    /// The field violations, under `key` by default, each written in `form`.
    pub const fn violations(key: &'static str, form: ViolationForm) -> Member {
        Member::Violations { key, form }
    }

    /// `"key":{members}`.
    pub const fn object(key: &'static str, members: &'static [Member]) -> Member {
        Member::Object { key, members }
    }

    /// `"key":value`, always written and required by readers.
    pub const fn required(key: &'static str, part: Part) -> Member {
        Member::Field {
            key: Key::Named(key),
            part,
            rule: Rule::Required,
        }
    }

    /// `"key":value`, written when the error has the value, optional for readers.
    pub const fn optional(key: &'static str, part: Part) -> Member {
        Member::Field {
            key: Key::Named(key),
            part,
            rule: Rule::Optional,
        }
    }

    /// `"key":value`, never written but read when present: a lenient reader of bodies
    /// from servers that add it.
    pub const fn read_only(key: &'static str, part: Part) -> Member {
        Member::Field {
            key: Key::Named(key),
            part,
            rule: Rule::ReadOnly,
        }
    }
}

/// How a shape writes one field violation (a path, a code, a message and parameters).
///
/// The path is the same in each; only its spelling differs. For `items[0].name`:
///
/// | form | entry |
/// |---|---|
/// | [`Zod`](ViolationForm::Zod) | `{"code":"too_small","path":["items",0,"name"],"message":M,"minimum":1,...}` |
/// | [`Problem`](ViolationForm::Problem) | `{"detail":M,"pointer":"#/items/0/name","code":"too_small","params":{...}}` |
/// | [`Field`](ViolationForm::Field) | `{"field":"items[0].name","code":"too_small","message":M,"params":{...}}` |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ViolationForm {
    /// Zod v3 issues, as a TypeScript service validating with Zod answers (seeds 003 and
    /// 004): the path as an array of keys and indexes, the code one of Zod's where one
    /// fits, its parameters as Zod's members (`minimum`, `inclusive`, `validation`, ...);
    /// another code travels as Zod's `custom` issue with `params.code`.
    Zod,
    /// RFC 9457 §3's `errors` entries: `detail` and a JSON Pointer in a URI fragment
    /// (`#/items/0/name`), plus the extension members `code` and `params`.
    Problem,
    /// Google's `FieldViolation` in JSON: `field` in dot-bracket notation
    /// (`items[0].name`), `code`, `message` and `params`.
    Field,
}

impl ViolationForm {
    /// The form's name in docs and the contract lock: `"zod"`, `"problem"`, `"field"`.
    pub const fn name(self) -> &'static str {
        match self {
            ViolationForm::Zod => "zod",
            ViolationForm::Problem => "problem",
            ViolationForm::Field => "field",
        }
    }

    /// The form with this name.
    pub fn from_name(name: &str) -> Option<ViolationForm> {
        [
            ViolationForm::Zod,
            ViolationForm::Problem,
            ViolationForm::Field,
        ]
        .into_iter()
        .find(|form| form.name() == name)
    }
}

/// The name of a [`Member::Field`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A fixed name.
    Named(&'static str),
    /// The catalog's `id_field` (default `"request_id"`).
    IdField,
    /// The catalog's `status_field`; a member under it exists only when the catalog sets
    /// one.
    StatusField,
}

/// The part of an error a [`Member::Field`] holds, and when it exists. (Not named
/// `Value`, which would make rustc spell out `serde_json::Value` in the error messages of
/// every crate that depends on errcat.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The code (a string; always).
    Code,
    /// The message (a string; always).
    Message,
    /// The remediation hint (a string), when the error has one.
    Hint,
    /// The HTTP status (an integer; always).
    Status,
    /// The status's reason phrase (a string; always).
    Title,
    /// The code's documentation URL, `about:blank` without one (a string; always).
    Type,
    /// The per-request id (a string), when a valid one is given.
    Id,
    /// The request path (a string), when given.
    Instance,
}

/// Whether a [`Member::Field`] is written, and whether a reader requires it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Written whenever the value exists; a body without it is not of this shape.
    Required,
    /// Written whenever the value exists; a reader takes it when present.
    Optional,
    /// Never written; a reader takes it when present.
    ReadOnly,
}

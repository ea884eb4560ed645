//! The JSON Schema (2020-12, OpenAPI 3.1's dialect) of the bodies a layout writes, for a
//! set of codes: exactly what the writer produces, member for member.

use errcat_core::field::FieldType;
use errcat_core::shape::{Layout, Member, Part, Rule, ViolationForm};
use serde_json::{Map, Value, json};

use crate::entry::Entry;
use crate::parts::MemberNames;
use crate::request_id::MAX_LEN;

/// The pattern of an echoed request id ([`request_id::is_valid`](crate::request_id::is_valid)).
pub(crate) fn id_pattern() -> String {
    format!("^[A-Za-z0-9._:-]{{1,{MAX_LEN}}}$")
}

/// The schema of the bodies of `entries` in `layout`, with a catalog's member `names`.
/// Codes whose exposed fields differ get a branch each (`oneOf`, told apart by their
/// codes), so that each branch lists exactly the members its codes write; every object
/// is closed (`additionalProperties: false`).
pub(crate) fn schema(layout: &Layout, names: &MemberNames, entries: &[&'static Entry]) -> Value {
    let mut groups: Vec<Vec<&'static Entry>> = Vec::new();
    for entry in entries {
        let signature = |e: &Entry| (e.exposed_fields().collect::<Vec<_>>(), e.violations);
        match groups.iter_mut().find(|g| {
            g.first()
                .is_some_and(|first| signature(first) == signature(entry))
        }) {
            Some(group) => group.push(entry),
            None => groups.push(vec![entry]),
        }
    }
    let mut branches: Vec<Value> = groups
        .iter()
        .map(|group| object(layout.members, names, group))
        .collect();
    match branches.len() {
        0 => object(layout.members, names, &[]),
        1 => branches.pop().unwrap_or_default(),
        _ => json!({ "oneOf": branches }),
    }
}

/// An object of `members`, for `entries` that expose the same fields.
fn object(members: &'static [Member], names: &MemberNames, entries: &[&'static Entry]) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for member in members {
        match *member {
            Member::Object { key, members } => {
                properties.insert(key.to_owned(), object(members, names, entries));
                required.push(key);
            }
            Member::Field {
                rule: Rule::ReadOnly,
                ..
            } => {}
            Member::Field { key, part, .. } => {
                let Some(name) = names.name(key) else {
                    continue;
                };
                let (schema, always) = part_schema(part, entries);
                properties.insert(name.to_owned(), schema);
                if always {
                    required.push(name);
                }
            }
            Member::Violations { key, form } => {
                // One signature per group: the first entry's violations are everyone's.
                if let Some(named) = entries.first().and_then(|e| e.violations) {
                    let name = named.unwrap_or(key);
                    properties.insert(name.to_owned(), violations_schema(form));
                    required.push(name);
                }
            }
            Member::Details => {
                // One signature per group: the first entry's fields are everyone's.
                for (name, ty) in entries
                    .first()
                    .map(|e| e.exposed_fields())
                    .into_iter()
                    .flatten()
                {
                    properties.insert(name.to_owned(), field_schema(ty));
                    if !ty.is_optional() {
                        required.push(name);
                    }
                }
            }
        }
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// The schema of a part, and whether every body of `entries` has it.
fn part_schema(part: Part, entries: &[&'static Entry]) -> (Value, bool) {
    let distinct = |values: Vec<Value>| {
        let mut unique: Vec<Value> = Vec::new();
        for value in values {
            if !unique.contains(&value) {
                unique.push(value);
            }
        }
        unique
    };
    let strings = |f: &dyn Fn(&Entry) -> &str| {
        let values = distinct(entries.iter().map(|e| json!(f(e))).collect());
        if values.is_empty() {
            return json!({ "type": "string" });
        }
        json!({ "type": "string", "enum": values })
    };
    match part {
        Part::Code => (strings(&|e| e.code()), true),
        Part::Message => (json!({ "type": "string" }), true),
        Part::Hint => (
            json!({ "type": "string" }),
            entries.iter().all(|e| e.hint().is_some()),
        ),
        Part::Status => {
            let values = distinct(entries.iter().map(|e| json!(e.status().as_u16())).collect());
            (json!({ "type": "integer", "enum": values }), true)
        }
        Part::Title => (
            strings(&|e| e.status().canonical_reason().unwrap_or("Error")),
            true,
        ),
        Part::Type => (strings(&|e| e.doc_url().unwrap_or("about:blank")), true),
        Part::Id => (json!({ "type": "string", "pattern": id_pattern() }), false),
        Part::Instance => (json!({ "type": "string" }), false),
    }
}

/// The schema of a violations member in `form`: an array of entries with their required
/// members, at most [`MAX_IN_BODY`](crate::violation::MAX_IN_BODY) and a summary.
pub(crate) fn violations_schema(form: ViolationForm) -> Value {
    let text = json!({ "type": "string" });
    // Open: a rule's parameters are its own (`minimum`, `validation`, ...).
    let params = json!({ "type": "object", "additionalProperties": true });
    let item = match form {
        // Zod's issues carry their parameters as members of their own.
        ViolationForm::Zod => json!({
            "type": "object",
            "properties": {
                "code": text,
                "path": {
                    "type": "array",
                    "items": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }] },
                },
                "message": text,
                "params": params,
            },
            "required": ["code", "path", "message"],
            "additionalProperties": true,
        }),
        ViolationForm::Problem => json!({
            "type": "object",
            "properties": {
                "detail": text,
                "pointer": { "type": "string", "pattern": "^#" },
                "code": text,
                "params": params,
            },
            "required": ["detail", "pointer", "code"],
            "additionalProperties": false,
        }),
        ViolationForm::Field => json!({
            "type": "object",
            "properties": {
                "field": text,
                "code": text,
                "message": text,
                "params": params,
            },
            "required": ["field", "code", "message"],
            "additionalProperties": false,
        }),
    };
    json!({
        "type": "array",
        "items": item,
        "maxItems": crate::violation::MAX_IN_BODY + 1,
    })
}

/// The schema of an exposed field's JSON type.
pub(crate) fn field_schema(ty: FieldType) -> Value {
    match ty {
        FieldType::Unconstrained => json!({}),
        FieldType::Boolean => json!({ "type": "boolean" }),
        FieldType::Integer => json!({ "type": "integer" }),
        FieldType::UnsignedInteger => json!({ "type": "integer", "minimum": 0 }),
        FieldType::Number => json!({ "type": "number" }),
        FieldType::Text => json!({ "type": "string" }),
        // `{}` constrains nothing: left out, as `items` and `additionalProperties`.
        FieldType::Array(FieldType::Unconstrained) => json!({ "type": "array" }),
        FieldType::Array(item) => json!({ "type": "array", "items": field_schema(*item) }),
        FieldType::Object(FieldType::Unconstrained) => json!({ "type": "object" }),
        FieldType::Object(value) => {
            json!({ "type": "object", "additionalProperties": field_schema(*value) })
        }
        FieldType::Optional(value) => field_schema(*value),
    }
}

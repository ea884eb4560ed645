//! Reading a body back by its layout: what the decoder does.

use errcat_core::shape::{Layout, Member, Part, Rule, ViolationForm};
use serde_json::Map;

use crate::catalog::Catalog;
use crate::format::{Parts, ShapeError};
use crate::violation::Violations;

/// The values a layout's members gave, before they become [`Parts`].
#[derive(Default)]
struct Found {
    code: Option<String>,
    message: Option<String>,
    hint: Option<String>,
    id: Option<String>,
    title: Option<String>,
    link: Option<String>,
    details: Map<String, serde_json::Value>,
    violations: Violations,
    skipped_violations: usize,
}

/// Reads `body` as `layout` says, with `catalog`'s field names. Members the layout does
/// not name, beside the exposed fields, go to [`Parts::details`].
pub(crate) fn read(
    layout: &Layout,
    body: serde_json::Value,
    catalog: &Catalog,
) -> Result<Parts, ShapeError> {
    let mut found = Found::default();
    read_members(layout.members, Parts::object(body)?, catalog, &mut found)?;
    // A shape whose code is optional (`problem`): a body without one is named by its
    // link, or else its title.
    let link = found.link.filter(|link| link != "about:blank");
    let Some(code) = found.code.or(link).or_else(|| found.title.clone()) else {
        return Err(ShapeError("a member the shape requires is missing"));
    };
    Ok(Parts {
        code,
        // A shape whose message is optional (`code`) or comes as `title` (`problem`).
        message: found.message.or(found.title).unwrap_or_default(),
        hint: found.hint,
        id: found.id,
        details: found.details,
        violations: found.violations,
        skipped_violations: found.skipped_violations,
    })
}

fn read_members(
    members: &'static [Member],
    mut object: Map<String, serde_json::Value>,
    catalog: &Catalog,
    found: &mut Found,
) -> Result<(), ShapeError> {
    let mut holds_details = false;
    let mut violations = None;
    for member in members {
        match *member {
            Member::Object { key, members } => {
                let inner = Parts::take_object(&mut object, key)?;
                read_members(members, inner, catalog, found)?;
            }
            Member::Details => holds_details = true,
            Member::Violations { key, form } => violations = Some((key, form)),
            Member::Field { key, part, rule } => {
                if let Some(key) = catalog.member_name(key) {
                    read_part(&mut object, key, part, rule, found)?;
                }
            }
        }
    }
    if let Some((key, form)) = violations {
        read_violations(&mut object, key, form, catalog, found);
    }
    if holds_details {
        found.details = object;
    }
    Ok(())
}

/// Takes the violations member out of `object`: the one a known code declares (none when
/// it declares none), else the shape's own (`key`), for codes this build does not know.
fn read_violations(
    object: &mut Map<String, serde_json::Value>,
    key: &'static str,
    form: ViolationForm,
    catalog: &Catalog,
    found: &mut Found,
) {
    let entry = found.code.as_deref().and_then(|code| catalog.get(code));
    let name = match entry {
        Some(entry) => match entry.violations {
            Some(named) => named.unwrap_or(key),
            None => return,
        },
        None => key,
    };
    // A member of another kind under the shape's name, in a code this build does not
    // know, stays a detail.
    if entry.is_none() && !matches!(object.get(name), Some(serde_json::Value::Array(_))) {
        return;
    }
    if let Some(value) = object.remove(name) {
        let (violations, skipped) = crate::violation::read_form(value, form);
        found.violations = violations;
        found.skipped_violations = skipped;
    }
}

fn read_part(
    object: &mut Map<String, serde_json::Value>,
    key: &str,
    part: Part,
    rule: Rule,
    found: &mut Found,
) -> Result<(), ShapeError> {
    let slot = match part {
        // The status says nothing the decoder keeps: dropped, whatever its type.
        Part::Status => {
            object.remove(key);
            return Ok(());
        }
        // The link names a problem that has no code; dropped when it is not a string.
        Part::Type => {
            if let Some(serde_json::Value::String(link)) = object.remove(key) {
                found.link = Some(link);
            }
            return Ok(());
        }
        // `Parts` has no place for the request path: it stays among the details.
        Part::Instance => return Ok(()),
        Part::Code => &mut found.code,
        Part::Message => &mut found.message,
        Part::Hint => &mut found.hint,
        Part::Id => &mut found.id,
        Part::Title => &mut found.title,
    };
    *slot = match rule {
        Rule::Required => Some(Parts::take_str(object, key)?),
        Rule::Optional | Rule::ReadOnly => Parts::take_opt_str(object, key)?,
    };
    Ok(())
}

//! Reading a body back by its layout: what the decoder does.

use errcat_core::shape::{Layout, Member, Part, Rule};
use serde_json::Map;

use crate::parts::{MemberNames, Parts, ShapeError};

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
}

/// Reads `body` as `layout` says, with a catalog's member `names`. Members the layout
/// does not name, beside the exposed fields (and the violations), go to
/// [`Parts::details`].
pub(crate) fn read(
    layout: &Layout,
    body: serde_json::Value,
    names: &MemberNames,
) -> Result<Parts, ShapeError> {
    let mut found = Found::default();
    read_members(layout.members, Parts::object(body)?, names, &mut found)?;
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
    })
}

fn read_members(
    members: &'static [Member],
    mut object: Map<String, serde_json::Value>,
    names: &MemberNames,
    found: &mut Found,
) -> Result<(), ShapeError> {
    let mut holds_details = false;
    for member in members {
        match *member {
            Member::Object { key, members } => {
                let inner = Parts::take_object(&mut object, key)?;
                read_members(members, inner, names, found)?;
            }
            // The violations stay beside the details: the decoder, which knows the
            // catalog, reads them.
            Member::Details | Member::Violations { .. } => holds_details = true,
            Member::Field { key, part, rule } => {
                if let Some(key) = names.name(key) {
                    read_part(&mut object, key, part, rule, found)?;
                }
            }
        }
    }
    if holds_details {
        found.details = object;
    }
    Ok(())
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

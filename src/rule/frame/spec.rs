//! A frame as a rule file writes it, and its compilation once the word
//! classes of every file are known.

use super::super::syntax::Line;
use super::super::{Place, RelationSchema};
use super::{Classes, Frame, Slot, Trigger};
use crate::entity::EntityType;
use crate::error::Error;
use crate::schema::type_bit;
use crate::token::phrase_key;

/// A frame's fields as a rule file gives them (`verb:`, `noun:`, `slots:`,
/// `require:`, `governor:`, `nouns:`, `prep:`, `needs:`, `head:`), each the
/// spot of its value, compiled once every file's word classes are known.
#[derive(Debug, Default)]
pub(in crate::rule) struct FrameSpec {
    trigger: Option<(Trigger, Place)>,
    slots: Option<Place>,
    require: Option<Place>,
    governor: Option<Place>,
    nouns: Option<Place>,
    prep: Option<Place>,
    needs: Option<Place>,
    head: Option<Place>,
    unless: Option<Place>,
}

/// The field names of a frame, for error messages.
pub(in crate::rule) const FIELDS: &str =
    "verb, noun, slots, require, governor, nouns, prep, needs, head, unless";

impl FrameSpec {
    /// Takes the rule field `key` with its value at `value_at` of `line`;
    /// `None` if `key` is no frame field.
    pub(in crate::rule) fn field(
        &mut self,
        key: &str,
        line: Line<'_>,
        value_at: usize,
    ) -> Option<Result<(), Error>> {
        let place = line.place(value_at);
        let slot = match key {
            "verb" | "noun" => {
                if self.trigger.is_some() {
                    return Some(Err(
                        line.err(value_at, "a frame has one trigger ('verb:' or 'noun:')")
                    ));
                }
                let t = if key == "verb" {
                    Trigger::Verb
                } else {
                    Trigger::Noun
                };
                self.trigger = Some((t, place));
                return Some(Ok(()));
            }
            "slots" => &mut self.slots,
            "require" => &mut self.require,
            "governor" => &mut self.governor,
            "nouns" => &mut self.nouns,
            "prep" => &mut self.prep,
            "needs" => &mut self.needs,
            "head" => &mut self.head,
            "unless" => &mut self.unless,
            _ => return None,
        };
        if slot.is_some() {
            return Some(Err(line.err(value_at, format!("a frame has one '{key}:' line"))));
        }
        *slot = Some(place);
        Some(Ok(()))
    }

    /// Whether the rule has a frame trigger.
    pub(in crate::rule) fn is_frame(&self) -> bool {
        self.trigger.is_some()
    }

    /// The spot of the trigger, for errors about the rule as a whole.
    pub(in crate::rule) fn trigger_place(&self) -> Option<&Place> {
        self.trigger.as_ref().map(|(_, p)| p)
    }

    /// Compiles the frame for `relation`, finding classes with `class`.
    pub(in crate::rule) fn compile(
        &self,
        relation: &RelationSchema,
        class: &dyn Fn(&str) -> Option<usize>,
    ) -> Result<Frame, Error> {
        let Some((trigger, at)) = &self.trigger else {
            unreachable!("compile is only called on frames");
        };
        let words = classes(at, class)?;
        if words.sets.is_empty() {
            return Err(at.err("a frame trigger needs at least one @class"));
        }
        let role = |name: &str, spot: &Place| {
            relation.roles.iter().position(|r| r.name == name).ok_or_else(|| {
                let known: Vec<&str> = relation.roles.iter().map(|r| r.name.as_str()).collect();
                spot.err(format!(
                    "unknown role '{name}' (relation '{}' has: {})",
                    relation.name,
                    known.join(", ")
                ))
            })
        };
        let mut slots: Vec<(Slot, Vec<usize>)> = Vec::new();
        let mut fallback = Vec::new();
        if let Some(spot) = &self.slots {
            for (part, off) in items(spot) {
                let here = spot.moved(off);
                let Some((slot, roles)) = part.split_once('=') else {
                    return Err(here.err(format!("expected SLOT=ROLE, found '{part}'")));
                };
                let (roles, is_fallback) = match roles.strip_suffix('?') {
                    Some(r) => (r, true),
                    None => (roles, false),
                };
                fallback.push(is_fallback);
                let mut targets = Vec::new();
                let mut role_off = off + slot.len() + 1;
                for name in roles.split(',') {
                    targets.push(role(name, &spot.moved(role_off))?);
                    role_off += name.len() + 1;
                }
                let slot = Slot::parse(&phrase_key(slot));
                if matches!(slot, Slot::Pair(_)) && (targets.len() != 2 || is_fallback) {
                    return Err(here.err(format!(
                        "a pair slot names two roles, the first side's and the other's ('{part}')"
                    )));
                }
                slots.push((slot, targets));
            }
        }
        let mut required: Vec<usize> = (0..relation.roles.len())
            .filter(|&r| relation.roles[r].required)
            .collect();
        if let Some(spot) = &self.require {
            for (name, off) in items(spot) {
                let r = role(name, &spot.moved(off))?;
                if !required.contains(&r) {
                    required.push(r);
                }
            }
        }
        for &r in &required {
            if !slots.iter().any(|(_, t)| t.contains(&r)) {
                return Err(at.err(format!(
                    "the frame has no slot for the required role '{}'",
                    relation.roles[r].name
                )));
            }
        }
        let optional = |spot: &Option<Place>| {
            spot.as_ref()
                .map_or(Ok(Classes::default()), |s| classes(s, class))
        };
        let mut stand_ins = optional(&self.nouns)?;
        if self.nouns.is_none() {
            stand_ins.sets.extend(class("actor_noun"));
        }
        let mut unless_named = 0;
        let unless = match &self.unless {
            None => None,
            Some(spot) => {
                let Some((prep, _)) = items(spot).next() else {
                    return Err(spot.err("expected 'unless: PREP @class ...'"));
                };
                let rest = after_first_item(spot);
                // (`@class` items, and entity type names: `COUNTRY`.)
                let (classes, named) = class_items(&rest, class, true)?;
                unless_named = named;
                Some((phrase_key(prep), classes))
            }
        };
        let mut needs_named = 0;
        let needs = match &self.needs {
            None => None,
            Some(spot) => {
                let mut parts = items(spot);
                let Some((slot, _)) = parts.next() else {
                    return Err(spot.err("expected 'needs: SLOT @class ...'"));
                };
                let rest = after_first_item(spot);
                let slot = if slot == "self" {
                    Slot::Possessor
                } else {
                    Slot::parse(slot)
                };
                // (`@class` items, and entity type names: `COUNTRY`.)
                let (classes, named) = class_items(&rest, class, true)?;
                needs_named = named;
                Some((slot, classes))
            }
        };
        Ok(Frame {
            trigger: *trigger,
            words,
            slots,
            fallback,
            required,
            governor: optional(&self.governor)?,
            stand_ins,
            prep: self.prep.as_ref().map(|p| phrase_key(p.value().trim())),
            needs,
            needs_named,
            needs_head: optional(&self.head)?,
            unless,
            unless_named,
        })
    }
}

/// The rest of a field's value after its first item ("with @sanction_noun"
/// → "@sanction_noun"), at its place in the line.
fn after_first_item(spot: &Place) -> Place {
    let value = spot.value();
    spot.moved(spot.at + value.find(char::is_whitespace).unwrap_or(value.len()))
}

/// The white-space separated items of a field's value, with their offsets
/// in the line.
fn items(spot: &Place) -> impl Iterator<Item = (&str, usize)> {
    let at = spot.at;
    spot.value()
        .split(char::is_whitespace)
        .scan(at, |pos, part| {
            let here = *pos;
            *pos += part.len() + 1;
            Some((part, here))
        })
        .filter(|(p, _)| !p.is_empty())
}

/// The `@class` items of a field, as class indices.
fn classes(spot: &Place, class: &dyn Fn(&str) -> Option<usize>) -> Result<Classes, Error> {
    class_items(spot, class, false).map(|(classes, _)| classes)
}

/// The `@class` items of a field as class indices, and, where `types`
/// allows them, its entity type names as type bits.
fn class_items(
    spot: &Place,
    class: &dyn Fn(&str) -> Option<usize>,
    types: bool,
) -> Result<(Classes, u8), Error> {
    let mut sets = Vec::new();
    let mut named = 0;
    for (item, off) in items(spot) {
        if let Some(name) = item.strip_prefix('@') {
            let Some(set) = class(name) else {
                return Err(spot.moved(off).err(format!("unknown word class '@{name}'")));
            };
            sets.push(set);
        } else if let Some(t) = EntityType::from_name(item).filter(|_| types) {
            named |= type_bit(t);
        } else {
            let expected = if types {
                "@class or an entity type"
            } else {
                "@class"
            };
            return Err(spot
                .moved(off)
                .err(format!("expected {expected}, found '{item}'")));
        }
    }
    Ok((
        Classes {
            sets,
            mask: Box::default(),
        },
        named,
    ))
}

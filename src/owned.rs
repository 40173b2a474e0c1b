//! Output records read back: owned types that deserialize what
//! [`Record`](crate::Record) writes, and write it again byte for byte.
//!
//! [`Record`](crate::Record) borrows from an extraction so that writing
//! copies nothing; a program that reads JSON Lines back (a second pass over
//! a corpus, a notebook, a test) has no extraction to borrow from. These
//! types own their strings and mirror the JSON field for field, so what a
//! record says is what the struct holds: `start` and `end` as written
//! (bytes, or characters with `byte_start` and `byte_end` beside them), the
//! gazetteer attributes of an entity in their order. Fields a record does
//! not have (the binary's `meta`) are skipped when reading.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::entity::{AliasKind, EntityType};
use crate::relation::Factuality;
use crate::span::Span;

/// One output record, owned: a document id with its entities and relations,
/// or the error that kept it from being processed.
///
/// ```
/// use newsie::{Extractor, OwnedRecord, Record};
/// let ex = Extractor::default();
/// let out = ex.extract("Peru sold drones to Chile.");
/// let line = serde_json::to_string(&Record::new("doc-1", &out)).unwrap();
///
/// let back: OwnedRecord = serde_json::from_str(&line).unwrap();
/// let r = &back.relations[0];
/// assert_eq!((r.relation_type.as_str(), r.factuality.as_str()), ("supply", "asserted"));
/// assert_eq!(back.argument_entity(r, "supplier").map(|e| e.name.as_str()), Some("Peru"));
/// assert_eq!(back.entities[1].attribute("class"), Some("drone"));
/// // Written again, it is the same line.
/// assert_eq!(serde_json::to_string(&back).unwrap(), line);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedRecord {
    /// The document id.
    pub id: String,
    /// Entity mentions, in text order.
    #[serde(default)]
    pub entities: Vec<OwnedEntity>,
    /// Relations, in text order of their sentences.
    #[serde(default)]
    pub relations: Vec<OwnedRelation>,
    /// Relations left out by the bound on coordinated fillers (see
    /// [`Extraction::cut_relations`](crate::Extraction::cut_relations));
    /// written only when not zero.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cut_relations: usize,
    /// Why the document could not be processed, if it could not.
    #[serde(default)]
    pub error: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A start and an end, as a record writes them: in bytes, or in
/// characters with the byte offsets beside them
/// ([`Offsets::Chars`](crate::Offsets::Chars)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedSpan {
    /// Start, as written.
    pub start: usize,
    /// End, as written.
    pub end: usize,
    /// Start in bytes, when `start` counts characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_start: Option<usize>,
    /// End in bytes, when `end` counts characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_end: Option<usize>,
}

impl OwnedSpan {
    /// The span in bytes, whichever way the record counted.
    ///
    /// ```
    /// let s = newsie::OwnedSpan { start: 2, end: 6, byte_start: Some(3), byte_end: Some(7) };
    /// assert_eq!(s.bytes(), newsie::Span::new(3, 7));
    /// ```
    pub fn bytes(&self) -> Span {
        Span::new(
            self.byte_start.unwrap_or(self.start),
            self.byte_end.unwrap_or(self.end),
        )
    }
}

/// An entity mention of a record, owned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedEntity {
    /// The entity type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The canonical id.
    pub id: String,
    /// The text as written in the document.
    pub text: String,
    /// Where the mention is.
    #[serde(flatten)]
    pub span: OwnedSpan,
    /// Which kind of alias matched.
    pub kind: AliasKind,
    /// For a country standing for its forces or officials ("Peruvian
    /// troops"), which: `military`, `government`, `police`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// For a name the names stage found, what made it a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<OwnedEvidence>,
    /// The canonical name.
    pub name: String,
    /// The gazetteer attributes (`class`, `country`, ...) and `origin`, in
    /// the order the record lists them.
    #[serde(flatten, with = "attributes")]
    pub attributes: Vec<(String, String)>,
}

impl OwnedEntity {
    /// An attribute's value: `class` and `origin` of a weapon, `country`
    /// and `title` of a person, ...
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Why the names stage took a name for one, owned (see
/// [`Evidence`](crate::Evidence)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedEvidence {
    /// The kind of evidence: `title`, `given_name`, `head_word`, ...
    pub kind: String,
    /// The words that are the evidence.
    pub text: String,
}

/// A relation of a record, owned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedRelation {
    /// The relation type: `supply`, `attack`, ...
    #[serde(rename = "type")]
    pub relation_type: String,
    /// How the text presents it.
    pub factuality: Factuality,
    /// The id of the rule that found it.
    pub rule: String,
    /// The evidence sentence.
    pub sentence: OwnedSpan,
    /// The sentence's text, when the record was written with
    /// [`Record::evidence`](crate::Record::evidence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Who alleges or denies it, when the sentence names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<OwnedEntity>,
    /// The filled roles, in the order the record lists them.
    #[serde(with = "arguments")]
    pub args: Vec<OwnedArgument>,
}

impl OwnedRelation {
    /// The argument filling `role`, if any.
    pub fn argument(&self, role: &str) -> Option<&OwnedArgument> {
        self.args.iter().find(|a| a.role == role)
    }
}

impl OwnedRecord {
    /// The mention of [`entities`](Self::entities) that fills an argument:
    /// the one with its span and id. An argument carries what the schema
    /// names (type, id, text, offsets; class and origin of a weapon); the
    /// mention has the rest of its entry (name, kind, attributes).
    ///
    /// ```
    /// use newsie::{Extractor, OwnedRecord, Record};
    /// let ex = Extractor::default();
    /// let out = ex.extract("Peru sold drones to Chile.");
    /// let line = serde_json::to_string(&Record::new("doc-1", &out)).unwrap();
    /// let back: OwnedRecord = serde_json::from_str(&line).unwrap();
    /// let supplier = back.relations[0].argument("supplier").unwrap();
    /// assert_eq!(back.entity_of(supplier).map(|e| e.name.as_str()), Some("Peru"));
    /// ```
    pub fn entity_of(&self, argument: &OwnedArgument) -> Option<&OwnedEntity> {
        let id = argument.id.as_deref()?;
        let span = argument.span.bytes();
        self.entities
            .iter()
            .find(|e| e.span.bytes() == span && e.id == id)
    }

    /// The mention filling `role` of `relation`, if a mention fills it.
    pub fn argument_entity(&self, relation: &OwnedRelation, role: &str) -> Option<&OwnedEntity> {
        self.entity_of(relation.argument(role)?)
    }
}

/// One filled role of a relation, owned: the filler's text and offsets,
/// and for a mention its type, id and (for a weapon) class and origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedArgument {
    /// The role name: `supplier`, `item`, `title`, ...
    pub role: String,
    /// The type of the mention that fills the role; `None` for a role
    /// filled by text, such as a title.
    pub entity_type: Option<EntityType>,
    /// The mention's canonical id; `None` for text.
    pub id: Option<String>,
    /// The filler's text.
    pub text: String,
    /// Where the filler is.
    pub span: OwnedSpan,
    /// A weapon's `class` and `origin`, in the order the record lists them.
    pub attributes: Vec<(String, String)>,
}

impl OwnedArgument {
    /// An attribute's value: `class` or `origin` of a weapon.
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// What a role's value is in a record: a mention object, or a text object
/// (`text`, `start`, `end`).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Filler {
    Mention {
        #[serde(rename = "type")]
        entity_type: EntityType,
        id: String,
        text: String,
        #[serde(flatten)]
        span: OwnedSpan,
        #[serde(flatten, with = "attributes")]
        attributes: Vec<(String, String)>,
    },
    Text {
        text: String,
        #[serde(flatten)]
        span: OwnedSpan,
    },
}

/// `args`: a JSON object from role to filler, kept in order.
mod arguments {
    use super::*;

    pub fn serialize<S: Serializer>(args: &[OwnedArgument], serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(args.len()))?;
        for a in args {
            let filler = match (a.entity_type, &a.id) {
                (Some(entity_type), Some(id)) => Filler::Mention {
                    entity_type,
                    id: id.clone(),
                    text: a.text.clone(),
                    span: a.span,
                    attributes: a.attributes.clone(),
                },
                _ => Filler::Text {
                    text: a.text.clone(),
                    span: a.span,
                },
            };
            map.serialize_entry(&a.role, &filler)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<OwnedArgument>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vec<OwnedArgument>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object from role names to fillers")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut args = Vec::new();
                while let Some((role, filler)) = map.next_entry::<String, Filler>()? {
                    args.push(match filler {
                        Filler::Mention {
                            entity_type,
                            id,
                            text,
                            span,
                            attributes,
                        } => OwnedArgument {
                            role,
                            entity_type: Some(entity_type),
                            id: Some(id),
                            text,
                            span,
                            attributes,
                        },
                        Filler::Text { text, span } => OwnedArgument {
                            role,
                            entity_type: None,
                            id: None,
                            text,
                            span,
                            attributes: Vec::new(),
                        },
                    });
                }
                Ok(args)
            }
        }
        d.deserialize_map(V)
    }
}

/// An entity's attributes: the fields of its object that are not its own,
/// in order, each a string.
mod attributes {
    use super::*;

    pub fn serialize<S: Serializer>(attrs: &[(String, String)], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(attrs.iter().map(|(k, v)| (k, v)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vec<(String, String)>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("attributes with string values")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut attrs = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    attrs.push(entry);
                }
                Ok(attrs)
            }
        }
        d.deserialize_map(V)
    }
}

/// The names the JSON uses, for types that are plain enums.
macro_rules! by_name {
    ($ty:ty, $what:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                <$ty>::from_name(&name)
                    .ok_or_else(|| de::Error::custom(format!(concat!("unknown ", $what, " '{}'"), name)))
            }
        }
    };
}

by_name!(EntityType, "entity type");
by_name!(AliasKind, "alias kind");
by_name!(Factuality, "factuality");

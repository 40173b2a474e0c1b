//! Entity mentions: what the gazetteer found, where, and which entry it is.
//!
//! Plain data. A mention borrows its gazetteer entry from the extractor and
//! its text from the document, so finding one allocates nothing.

use std::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::span::Span;

/// The type of an entity, as in the evaluation schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A state: named, by adjective or demonym, or by its seat of power.
    Country,
    /// International bodies, government agencies, armed forces and groups,
    /// companies, think tanks, newsrooms.
    Organization,
    /// A named person.
    Person,
    /// A sub-national place or region.
    Location,
    /// A weapon system or a class of weapons.
    Weapon,
}

impl EntityType {
    /// All types, in precedence order (see [`crate::gazetteer`]).
    pub const ALL: [EntityType; 5] = [
        EntityType::Country,
        EntityType::Organization,
        EntityType::Person,
        EntityType::Location,
        EntityType::Weapon,
    ];

    /// The upper-case name used in files and JSON: `COUNTRY`, `PERSON`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "COUNTRY",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Person => "PERSON",
            EntityType::Location => "LOCATION",
            EntityType::Weapon => "WEAPON",
        }
    }

    /// Parses the upper-case name.
    pub fn from_name(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which kind of alias matched: "Iran" is a name, "Iranian" a demonym,
/// "Tehran" a capital, "the Kremlin" a seat of power.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AliasKind {
    /// A name or spelling of the entity itself.
    Name,
    /// An abbreviation or acronym: "UN", "IRGC".
    Abbreviation,
    /// A demonym or adjective: "Iranian", "Russians".
    Demonym,
    /// The capital city, standing for the state: "Tehran".
    Capital,
    /// A seat of power standing for the state: "the Kremlin", "the White House".
    Seat,
    /// A person's surname alone: "Herzog". Weak: it counts only when the
    /// document named the person in full earlier, or the surname is unique.
    Surname,
}

impl AliasKind {
    /// The lower-case name used in gazetteer files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasKind::Name => "name",
            AliasKind::Abbreviation => "abbr",
            AliasKind::Demonym => "demonym",
            AliasKind::Capital => "capital",
            AliasKind::Seat => "seat",
            AliasKind::Surname => "surname",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<AliasKind> {
        [
            AliasKind::Name,
            AliasKind::Abbreviation,
            AliasKind::Demonym,
            AliasKind::Capital,
            AliasKind::Seat,
            AliasKind::Surname,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// One gazetteer entry: canonical id, type, name and attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub(crate) id: Box<str>,
    pub(crate) ty: EntityType,
    pub(crate) name: Box<str>,
    pub(crate) attributes: Vec<(Box<str>, Box<str>)>,
}

impl Entry {
    /// The canonical id: ISO alpha-3 for countries, a slug otherwise.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The entity type.
    pub fn entity_type(&self) -> EntityType {
        self.ty
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// An attribute's value: `class` and `origin` of a weapon, `country` and
    /// `title` of a person, `from`/`to` validity dates, ...
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| &**v)
    }

    /// All attributes, in file order.
    pub fn attributes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attributes.iter().map(|(k, v)| (&**k, &**v))
    }
}

/// An entity mention in a document.
///
/// ```
/// use newsie::{AliasKind, EntityType, Extractor};
/// let ex = Extractor::default();
/// let out = ex.extract("Peruvian-made drones flew.");
/// let e = &out.entities()[0];
/// assert_eq!((e.entity_type(), e.id(), e.text()), (EntityType::Country, "PER", "Peruvian"));
/// assert_eq!(e.alias_kind(), AliasKind::Demonym);
/// let drone = &out.entities()[1];
/// assert_eq!((drone.id(), drone.origin()), ("drone", Some("PER")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    pub(crate) entry: &'a Entry,
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) alias_kind: AliasKind,
    pub(crate) origin: Option<&'a str>,
    pub(crate) sentence: usize,
}

impl<'a> Entity<'a> {
    /// The entity type.
    pub fn entity_type(&self) -> EntityType {
        self.entry.ty
    }

    /// The canonical id.
    pub fn id(&self) -> &'a str {
        &self.entry.id
    }

    /// The text as written in the document.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The byte span in the document.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Which kind of alias matched.
    pub fn alias_kind(&self) -> AliasKind {
        self.alias_kind
    }

    /// The gazetteer entry the mention resolves to.
    pub fn entry(&self) -> &'a Entry {
        self.entry
    }

    /// The index of the sentence that holds the mention.
    pub fn sentence(&self) -> usize {
        self.sentence
    }

    /// For a weapon: the weapon class (`drone`, `missile`, ...).
    pub fn class(&self) -> Option<&'a str> {
        self.entry.attribute("class")
    }

    /// For a weapon: the origin country, from the text ("Iranian-made drones")
    /// or else from the gazetteer.
    pub fn origin(&self) -> Option<&'a str> {
        self.origin.or_else(|| self.entry.attribute("origin"))
    }
}

/// The keys of an entity's output record that are its own: gazetteer
/// attributes are written into the same object, so an attribute may not use
/// one of these names (the gazetteer reports it at its line and column).
/// `origin` is not among them: the record's `origin` is the attribute,
/// unless the text names another. `byte_start` and `byte_end` appear with
/// character offsets ([`crate::Offsets::Chars`]).
pub(crate) const RESERVED_KEYS: [&str; 9] = [
    "type",
    "id",
    "text",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "kind",
    "name",
];

impl Entity<'_> {
    /// Writes the mention's fields into `map`: `start`/`end` are `offsets`
    /// (character offsets, with the byte span after them as
    /// `byte_start`/`byte_end`) or, for `None`, the byte span.
    pub(crate) fn serialize_fields<M: SerializeMap>(
        &self,
        map: &mut M,
        offsets: Option<Span>,
    ) -> Result<(), M::Error> {
        self.serialize_mention(map, offsets)?;
        map.serialize_entry("kind", self.alias_kind.as_str())?;
        map.serialize_entry("name", self.entry.name())?;
        for (k, v) in self.entry.attributes() {
            if k != "origin" {
                map.serialize_entry(k, v)?;
            }
        }
        if let Some(origin) = self.origin() {
            map.serialize_entry("origin", origin)?;
        }
        Ok(())
    }
}

impl Entity<'_> {
    /// Writes what a relation argument says of the mention: type, id, text
    /// and offsets (as [`serialize_fields`](Self::serialize_fields) does),
    /// and for a weapon its class and origin. The rest of the entry is in
    /// the record's entity list, once per mention, not once per relation.
    pub(crate) fn serialize_argument<M: SerializeMap>(
        &self,
        map: &mut M,
        offsets: Option<Span>,
    ) -> Result<(), M::Error> {
        self.serialize_mention(map, offsets)?;
        if let Some(class) = self.class() {
            map.serialize_entry("class", class)?;
        }
        if let Some(origin) = self.origin() {
            map.serialize_entry("origin", origin)?;
        }
        Ok(())
    }

    fn serialize_mention<M: SerializeMap>(&self, map: &mut M, offsets: Option<Span>) -> Result<(), M::Error> {
        map.serialize_entry("type", self.entity_type().as_str())?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("text", self.text)?;
        match offsets {
            None => {
                map.serialize_entry("start", &self.span.start)?;
                map.serialize_entry("end", &self.span.end)?;
            }
            Some(chars) => {
                map.serialize_entry("start", &chars.start)?;
                map.serialize_entry("end", &chars.end)?;
                map.serialize_entry("byte_start", &self.span.start)?;
                map.serialize_entry("byte_end", &self.span.end)?;
            }
        }
        Ok(())
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.serialize_fields(&mut map, None)?;
        map.end()
    }
}

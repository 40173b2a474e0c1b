//! Entity mentions: what the gazetteer and the names stage found, where,
//! and which entry each is.
//!
//! Plain data. A mention of a gazetteer entry borrows the entry from the
//! extractor and its text from the document, so finding one allocates
//! nothing. A name no gazetteer holds ("Defence Minister Ann Smith") gets an
//! entry of its own, made for the one document and shared by its mentions
//! (an [`Arc`]), and each mention the names stage found says why
//! ([`Evidence`]).

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::record::{write_offsets, JsonMap};
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
    /// A name no gazetteer alias matched, inferred by the names stage from
    /// evidence in the text (a title, a given name, a head word, a
    /// designation pattern): see [`Entity::evidence`].
    Inferred,
    /// A country named with an agent noun, standing for its forces or
    /// officials: "Russian troops", "Iran's government". The mention
    /// resolves to the country; [`Entity::agent`] says which agent.
    Agent,
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
            AliasKind::Inferred => "inferred",
            AliasKind::Agent => "agent",
        }
    }

    /// The kinds a gazetteer file may give an alias (the others are the
    /// names stage's).
    pub(crate) fn from_name(name: &str) -> Option<AliasKind> {
        [
            AliasKind::Name,
            AliasKind::Abbreviation,
            AliasKind::Demonym,
            AliasKind::Capital,
            AliasKind::Seat,
            AliasKind::Surname,
            AliasKind::Inferred,
            AliasKind::Agent,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// One gazetteer entry: canonical id, type, name and attributes.
#[derive(Clone, PartialEq, Eq)]
pub struct Entry {
    // (Borrowed from the embedded gazetteers, owned when a user's file or
    // the names stage gives them.)
    pub(crate) id: Cow<'static, str>,
    pub(crate) ty: EntityType,
    pub(crate) name: Cow<'static, str>,
    pub(crate) attributes: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// The entry's fields as JSON, rendered when first written.
    pub(crate) json: EntryJson,
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("id", &self.id)
            .field("ty", &self.ty)
            .field("name", &self.name)
            .field("attributes", &self.attributes)
            .finish()
    }
}

/// What every mention of an entry writes the same: `"type":...,"id":...`
/// before the mention's text and offsets, and `"name":...` with the
/// attributes other than `origin` after them. Rendered the first time a
/// mention of the entry is written as JSON ([`crate::Record::write_json`]),
/// then copied: a headline names the same few hundred countries and
/// organizations over and over. Made from the other fields, so it takes no
/// part in comparing entries.
#[derive(Clone, Default)]
pub(crate) struct EntryJson(OnceLock<(Box<str>, usize)>);

impl PartialEq for EntryJson {
    fn eq(&self, _: &EntryJson) -> bool {
        true
    }
}

impl Eq for EntryJson {}

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

    /// The JSON fields every mention of the entry writes before its own:
    /// `"type":...,"id":...`.
    fn write_head(&self, map: &mut JsonMap<'_>) {
        map.str("type", self.ty.as_str());
        map.str("id", &self.id);
    }

    /// The JSON fields every mention of the entry writes after its own:
    /// `"name":...` and the attributes other than `origin`.
    fn write_tail(&self, map: &mut JsonMap<'_>) {
        map.str("name", &self.name);
        for (k, v) in self.attributes() {
            if k != "origin" {
                map.entry(k, v);
            }
        }
    }

    /// [`write_head`](Self::write_head) and
    /// [`write_tail`](Self::write_tail), rendered once (see [`EntryJson`]).
    fn json(&self) -> (&str, &str) {
        let (both, split) = self.json.0.get_or_init(|| {
            let mut out = Vec::new();
            let mut map = JsonMap::open(&mut out);
            self.write_head(&mut map);
            map.close();
            let split = out.len() - 1;
            let mut map = JsonMap::open(&mut out);
            self.write_tail(&mut map);
            map.close();
            // Two objects back to back, less their braces.
            let both = String::from_utf8(out).unwrap_or_default();
            let inner = both.get(1..both.len() - 1).unwrap_or_default();
            (inner.into(), split - 1)
        });
        both.split_at_checked(*split)
            .map_or(("", ""), |(head, tail)| (head, tail.get(2..).unwrap_or_default()))
    }
}

/// The entry a mention resolves to: a gazetteer entry, borrowed from the
/// extractor (no allocation), or one the names stage made for a name no
/// gazetteer holds, shared by that name's mentions in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum EntryRef<'a> {
    Known(&'a Entry),
    Inferred(Arc<Entry>),
}

impl EntryRef<'_> {
    /// [`Entry::write_head`]: copied from the gazetteer entry's rendering,
    /// written afresh for an entry of one document.
    fn write_head(&self, map: &mut JsonMap<'_>) {
        match self {
            EntryRef::Known(e) => map.fields(e.json().0),
            EntryRef::Inferred(e) => e.write_head(map),
        }
    }

    /// [`Entry::write_tail`], as [`write_head`](Self::write_head) writes the
    /// head.
    fn write_tail(&self, map: &mut JsonMap<'_>) {
        match self {
            EntryRef::Known(e) => map.fields(e.json().1),
            EntryRef::Inferred(e) => e.write_tail(map),
        }
    }
}

impl Deref for EntryRef<'_> {
    type Target = Entry;

    #[inline]
    fn deref(&self) -> &Entry {
        match self {
            EntryRef::Known(e) => e,
            EntryRef::Inferred(e) => e,
        }
    }
}

/// Why the names stage found a mention: the kind of evidence and the text
/// that gave it ("title", "Defence Minister").
///
/// ```
/// use newsie::{AliasKind, EvidenceKind, Extractor};
/// let ex = Extractor::default();
/// let out = ex.extract("Defence Minister Ann Smith visited the troops.");
/// let smith = &out.entities()[0];
/// assert_eq!((smith.id(), smith.alias_kind()), ("ann_smith", AliasKind::Inferred));
/// let why = smith.evidence().unwrap();
/// assert_eq!((why.kind(), why.text()), (EvidenceKind::Title, "Defence Minister"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Evidence<'a> {
    pub(crate) kind: EvidenceKind,
    pub(crate) text: &'a str,
}

impl<'a> Evidence<'a> {
    /// The kind of evidence.
    pub fn kind(&self) -> EvidenceKind {
        self.kind
    }

    /// The words of the document that are the evidence: the title, the
    /// given name, the head word, the earlier full name, ...
    pub fn text(&self) -> &'a str {
        self.text
    }
}

/// The kinds of evidence the names stage reads (see [`crate::names`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EvidenceKind {
    /// A title, rank, role or honorific before the name: "Defence Minister
    /// Ann Smith", "Gen. Ortiz", "spokeswoman Ann Smith", "Mr Smith".
    Title,
    /// A known given name before a capitalized surname: "Ann Smith".
    GivenName,
    /// A title in apposition: "Ann Smith, a senior fellow at ...", "the
    /// country's foreign minister, Ann Smith".
    Apposition,
    /// An initial before a capitalized surname: "M. Alleyne".
    Initial,
    /// A line of a results table: a name with the country in brackets
    /// ("Ann Smith (Peru)") or before a minute, figures or scores ("Smith
    /// 38th", "Smith 3-0-17-0", "Smith 71 68").
    Results,
    /// An item of a list whose other items are people ("Squad: Ann Smith,
    /// Omar Haddad, Lea Kovac"), or a name before an age (", 45,").
    List,
    /// The head word of an organization's name: "Defence Ministry", "Acme
    /// Holdings", "Ministry of Defence".
    HeadWord,
    /// An agent noun after a country: "Russian troops"; or a noun of armed
    /// groups after an acronym the lists lack, which names the group: "M23
    /// rebels".
    Agent,
    /// A weapon designation by its pattern, next to a weapon word or family:
    /// "Kh-101 cruise missiles", "a Su-35".
    Designation,
    /// The short form of a longer weapon designation the gazetteer holds,
    /// capitalized inside a sentence: "Iskander" for "9K720 Iskander".
    ShortForm,
    /// A ship prefix, or a ship's type before its name: "HMS Ocean", "USS
    /// Mahan", "the frigate Admiral Makarov".
    ShipPrefix,
    /// An aircraft word in a sentence that names a weapon: "Coalition
    /// aircraft destroyed 14 tanks"; a name where only a person stands:
    /// "the arrest of Ivo Kindiki" (the evidence is the words around it).
    Context,
    /// A shorter form of a name the document gave in full: "Smith" or "Ms
    /// Smith" after "Ann Smith"; the evidence is the full name.
    Document,
    /// An acronym the document introduced in brackets after the full name:
    /// "IAEA" after "International Atomic Energy Agency (IAEA)"; the
    /// evidence is the full name.
    Acronym,
    /// A surname several office-holders share, told apart by the document's
    /// date (the one in office then) or by the country named right before
    /// it ("Venezuela's Maduro"); or a surname alone after its country.
    InOffice,
    /// A post in an organization right after its name: "Acme CEO Ann
    /// Smith" makes "Acme" an organization; the evidence is the post.
    Post,
    /// A country joined by a hyphen to the word it qualifies ("U.S.-led",
    /// "Iraq-bound", "pro-Moscow"): used as an adjective, its mention is of
    /// kind [`AliasKind::Demonym`]; the evidence is the compound.
    Compound,
    /// A place that ends a capitalized name ("Ajax Amsterdam", "Statistics
    /// Canada"): a club, company or agency named after its place; the
    /// evidence is the place.
    PlaceInName,
    /// A name right before or after a verb of saying, as quotes write it:
    /// "..., said Vega.", "Vega said"; the evidence is the verb.
    Speaker,
    /// A person the gazetteer knows right after one capitalized word that
    /// is a relative's given name: "Mahamat Idriss Deby" (the son of Idriss
    /// Deby); the evidence is the known person's name.
    Family,
    /// A pronoun standing for a person the document named: "he" after
    /// "Ann Vega met the envoy.", "I" in a quotation of hers; or a
    /// reference to a country or organization it has just named as a
    /// subject: "It" or "the country" after "Hungary vetoed the package.",
    /// "the group" after "Hamas released a video."; the evidence is the
    /// name.
    Pronoun,
    /// A possessive pronoun standing for a person the document named, as
    /// [`EvidenceKind::Pronoun`] does: "his" after "Ann Vega said", "my" in
    /// a quotation of hers; the evidence is the person's name. A mention
    /// for the reader, which no relation takes as an argument ("used
    /// against his own people" names the people, not him).
    Possessive,
    /// A description or title phrase standing for a person: "a soldier",
    /// "a senior Ruritanian general" (a person of its own), "commander of
    /// the task force" after "Gen. Ann Vega," (that person); the evidence
    /// is the whole phrase. The mention covers the phrase's words after
    /// the last mention inside it ("general" beside "Ruritanian"). A
    /// mention for the reader, which no relation takes as an argument, as
    /// [`EvidenceKind::Possessive`] is.
    Description,
    /// A title standing for the person of the document who holds it: "the
    /// Foreign Secretary" after "Foreign Secretary Ann Vega", "the prime
    /// minister" after "Prime Minister Ann Vega"; the evidence is the
    /// person's name.
    Nominal,
    /// A key word of places around a name no gazetteer lists: "the town
    /// of Wrenhaven", "Wrenhaven Province", "the Wrenhaven refugee camp";
    /// the evidence is the key word.
    PlaceWord,
    /// A given name alone, spoken to, as transcripts and quotations write
    /// it: "Go ahead, Ivo.", "Ana, you had a question?"; the evidence is
    /// the name with its commas and the word that shows the address.
    Address,
}

impl EvidenceKind {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Title => "title",
            EvidenceKind::GivenName => "given_name",
            EvidenceKind::Apposition => "apposition",
            EvidenceKind::Initial => "initial",
            EvidenceKind::Results => "results",
            EvidenceKind::List => "list",
            EvidenceKind::HeadWord => "head_word",
            EvidenceKind::Agent => "agent",
            EvidenceKind::Designation => "designation",
            EvidenceKind::ShortForm => "short_form",
            EvidenceKind::ShipPrefix => "ship_prefix",
            EvidenceKind::Context => "context",
            EvidenceKind::Document => "document",
            EvidenceKind::Acronym => "acronym",
            EvidenceKind::InOffice => "in_office",
            EvidenceKind::Post => "post",
            EvidenceKind::Compound => "compound",
            EvidenceKind::PlaceInName => "place_in_name",
            EvidenceKind::Speaker => "speaker",
            EvidenceKind::Pronoun => "pronoun",
            EvidenceKind::Possessive => "possessive",
            EvidenceKind::Description => "description",
            EvidenceKind::Nominal => "nominal",
            EvidenceKind::Family => "family",
            EvidenceKind::PlaceWord => "place_word",
            EvidenceKind::Address => "address",
        }
    }
}

impl Serialize for Evidence<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("kind", self.kind.as_str())?;
        map.serialize_entry("text", self.text)?;
        map.end()
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
    pub(crate) entry: EntryRef<'a>,
    /// The entry's type, kept here too: every stage asks it of every
    /// mention, and the entry is elsewhere in memory.
    pub(crate) ty: EntityType,
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) alias_kind: AliasKind,
    /// For [`AliasKind::Agent`], which agent of the country
    /// ([`agent`](Self::agent)); for any other kind, the origin the text
    /// gives ([`origin`](Self::origin)). One field for both, since a
    /// country named with an agent is no weapon: a long document has a
    /// million mentions, and each field is paid for a million times.
    pub(crate) detail: Option<&'a str>,
    /// The index of its sentence ([`sentence`](Self::sentence)), in four
    /// bytes like its tokens: with the other fields' sizes, that makes a
    /// mention 96 bytes rather than 104.
    pub(crate) sentence: u32,
    /// The tokens the mention covers, as indices into the document's
    /// tokens: later stages read them without searching.
    pub(crate) tokens: std::ops::Range<u32>,
    /// Why the names stage found the mention, `None` for a gazetteer
    /// alias; with its text in `evidence_text` (an [`Evidence`] whole
    /// would take eight bytes more, for its padding).
    pub(crate) evidence_kind: Option<EvidenceKind>,
    pub(crate) evidence_text: &'a str,
}

// (Kept so: a wider field would add eight bytes to each of a long
// document's million mentions.)
const _: () = assert!(std::mem::size_of::<Entity<'static>>() <= 96);

impl<'a> Entity<'a> {
    /// The entity type.
    pub fn entity_type(&self) -> EntityType {
        self.ty
    }

    /// The canonical id: the gazetteer's, or for an inferred name the slug
    /// of its full name ("ann_smith").
    pub fn id(&self) -> &str {
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

    /// The entry the mention resolves to: a gazetteer entry, or one the
    /// names stage inferred for this document ([`is_inferred`](Self::is_inferred)).
    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    /// Whether the entry is no gazetteer's but was inferred from evidence
    /// in this document (see [`evidence`](Self::evidence)).
    pub fn is_inferred(&self) -> bool {
        matches!(self.entry, EntryRef::Inferred(_))
    }

    /// Why the names stage found this mention, if it did: the kind of
    /// evidence and its text. `None` for a mention of a gazetteer alias.
    pub fn evidence(&self) -> Option<Evidence<'a>> {
        self.evidence_kind.map(|kind| Evidence {
            kind,
            text: self.evidence_text,
        })
    }

    /// For a country named with an agent noun ([`AliasKind::Agent`]): the
    /// agent, one of `military`, `police`, `government`, `legislature`,
    /// `judiciary`, `rebels`, `intelligence`, `diplomats`, `opposition`,
    /// `media`, `business`, `civilians`.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peruvian troops crossed the border.");
    /// let e = &out.entities()[0];
    /// assert_eq!((e.id(), e.text(), e.agent()), ("PER", "Peruvian troops", Some("military")));
    /// ```
    pub fn agent(&self) -> Option<&'a str> {
        self.detail.filter(|_| self.alias_kind == AliasKind::Agent)
    }

    /// The origin the text gives a weapon ("Iranian-made drones"), if any.
    pub(crate) fn stated_origin(&self) -> Option<&'a str> {
        self.detail.filter(|_| self.alias_kind != AliasKind::Agent)
    }

    /// The index of the sentence that holds the mention.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// For a weapon: the weapon class (`drone`, `missile`, ...).
    pub fn class(&self) -> Option<&str> {
        self.entry.attribute("class")
    }

    /// For a weapon: the origin country, from the text ("Iranian-made drones")
    /// or else from the gazetteer.
    pub fn origin(&self) -> Option<&str> {
        self.stated_origin().or_else(|| self.entry.attribute("origin"))
    }
}

/// The keys of an entity's output record that are its own: gazetteer
/// attributes are written into the same object, so an attribute may not use
/// one of these names (the gazetteer reports it at its line and column).
/// `origin` is not among them: the record's `origin` is the attribute,
/// unless the text names another. `byte_start` and `byte_end` appear with
/// character offsets ([`crate::Offsets::Chars`]).
pub(crate) const RESERVED_KEYS: [&str; 11] = [
    "type",
    "id",
    "text",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "kind",
    "name",
    "evidence",
    "agent",
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
        if let Some(agent) = self.agent() {
            map.serialize_entry("agent", agent)?;
        }
        if let Some(evidence) = &self.evidence() {
            map.serialize_entry("evidence", evidence)?;
        }
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

impl Entity<'_> {
    /// [`serialize_fields`](Self::serialize_fields) written straight to
    /// JSON, for [`crate::Record::write_json`].
    pub(crate) fn write_json_fields(&self, map: &mut JsonMap<'_>, offsets: Option<Span>) {
        self.entry.write_head(map);
        map.str("text", self.text);
        write_offsets(map, self.span, offsets);
        map.str("kind", self.alias_kind.as_str());
        if let Some(agent) = self.agent() {
            map.str("agent", agent);
        }
        if let Some(evidence) = &self.evidence() {
            let mut why = JsonMap::open(map.name("evidence"));
            why.str("kind", evidence.kind.as_str());
            why.str("text", evidence.text);
            why.close();
        }
        self.entry.write_tail(map);
        if let Some(origin) = self.origin() {
            map.str("origin", origin);
        }
    }

    /// [`serialize_argument`](Self::serialize_argument) written straight to
    /// JSON.
    pub(crate) fn write_json_argument(&self, map: &mut JsonMap<'_>, offsets: Option<Span>) {
        self.entry.write_head(map);
        map.str("text", self.text);
        write_offsets(map, self.span, offsets);
        if let Some(class) = self.class() {
            map.str("class", class);
        }
        if let Some(origin) = self.origin() {
            map.str("origin", origin);
        }
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.serialize_fields(&mut map, None)?;
        map.end()
    }
}

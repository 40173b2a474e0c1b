//! Event data: relations as PLOVER event records, each with a CAMEO code.
//!
//! Event-data pipelines (ICEWS, POLECAT, PETRARCH and the PLOVER ontology
//! they converge on) count *events*: an actor does an event of a category
//! to a recipient, with a mode (how) and a context (what about). newsie's
//! relations are close to that, and this module is the mapping, so that
//! such a pipeline can load newsie's output without writing its own:
//!
//! - [`EventMap`] says which PLOVER event, mode, context and CAMEO code a
//!   relation type is, refined by the weapon class of its item for attacks
//!   and uses (an attack with drones is ASSAULT with mode `drone`, CAMEO
//!   195). The table is data, `mappings/plover.tsv`, embedded in the crate;
//!   [`EventMap::parse`] reads a changed copy, with errors at file, line and
//!   column like every other data file.
//! - [`EventMap::events`] turns one document's relations into [`Event`]s,
//!   which serialize as PLOVER-style JSON records: `id`, `date`, `actor`,
//!   `recipient`, `event`, `mode`, `context`, `eventText`, `text`, ... as
//!   in the PLOVER manual and its gold-standard records, and only the
//!   fields that have a value.
//!
//! Conventions follow the PLOVER manual: the actor and the recipient are
//! lists, and one sentence that gives coordinated actors ("Peru and Chile
//! sold drones to Bolivia", two relations to newsie) is one event with two
//! actors; countries are coded by their ISO 3166 alpha-3 code, people and
//! organizations by their country, international organizations as `IGO`.
//! A negated relation gets the auxiliary context `negation`, an uncertain
//! one (planned, possible, conditional) `hypothetical`; every record also
//! keeps newsie's own `factuality`, so that a consumer can leave them out.
//!
//! ```
//! use newsie::plover::{EventMap, Story};
//! let ex = newsie::Extractor::default();
//! let out = ex.extract("Peru and Chile sold drones to Bolivia.");
//! let map = EventMap::default();
//! let events = map.events(Story::new("doc-1").date("2024-03-01T09:00:00Z"), &out);
//! assert_eq!(events.len(), 1);
//! let json = serde_json::to_value(&events[0]).unwrap();
//! assert_eq!(json["event"], "AID");
//! assert_eq!(json["context"], "military");
//! assert_eq!(json["cameo"], "072");
//! assert_eq!(json["date"], "2024-03-01");
//! assert_eq!(json["actor"][0]["code"], "PER");
//! assert_eq!(json["actor"][1]["code"], "CHL");
//! assert_eq!(json["recipient"][0]["actorText"], "Bolivia");
//! assert_eq!(json["eventText"], "Peru and Chile sold drones to Bolivia");
//! ```

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::defaults;
use crate::entity::{Entity, EntityType};
use crate::error::{locate, Error, ErrorKind};
use crate::extractor::Extraction;
use crate::fxhash::FxBuild;
use crate::relation::{Factuality, Relation};
use crate::schema::RelationSchema;
use crate::span::Span;

/// What a relation is as event data: a PLOVER event category with its mode
/// and context, and a CAMEO code.
///
/// ```
/// let map = newsie::plover::EventMap::default();
/// let code = map.code("attack", Some("drone")).unwrap();
/// assert_eq!((code.event(), code.mode(), code.context(), code.cameo()),
///            ("ASSAULT", Some("drone"), Some("military"), Some("195")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventCode {
    event: String,
    mode: Option<String>,
    context: Option<String>,
    cameo: Option<String>,
}

impl EventCode {
    /// The PLOVER event category: `AID`, `ASSAULT`, `SANCTION`, ...
    pub fn event(&self) -> &str {
        &self.event
    }

    /// The PLOVER mode (how), if the table gives one.
    pub fn mode(&self) -> Option<&str> {
        self.mode.as_deref()
    }

    /// The PLOVER context (what about), if the table gives one.
    pub fn context(&self) -> Option<&str> {
        self.context.as_deref()
    }

    /// The CAMEO event code, if the table gives one.
    pub fn cameo(&self) -> Option<&str> {
        self.cameo.as_deref()
    }
}

/// One row of the table: a relation type (and weapon class) and what it
/// is; `None` for "not an event".
#[derive(Clone, Debug, PartialEq, Eq)]
struct Row {
    relation: String,
    item: Option<String>,
    code: Option<EventCode>,
}

/// The table from relation types to PLOVER events and CAMEO codes.
///
/// The default is the embedded `mappings/plover.tsv`; README.md shows it
/// with the reason for each row. A row names relation types, a weapon class
/// or `*`, and the event, mode, context and CAMEO code, `-` for none:
///
/// ```
/// use newsie::plover::EventMap;
/// let map = EventMap::parse("my.tsv", "support  *  AID  -  -  070  # backing as aid\n").unwrap();
/// assert_eq!(map.code("support", None).unwrap().event(), "AID");
/// assert!(map.code("supply", None).is_none());
///
/// let err = EventMap::parse("my.tsv", "support * aid - - 070\n").unwrap_err();
/// assert_eq!(err.kind(), newsie::ErrorKind::Mapping);
/// assert!(err.to_string().starts_with("my.tsv:1:11: event 'aid'"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMap {
    rows: Vec<Row>,
}

impl Default for EventMap {
    /// The embedded table, `mappings/plover.tsv`.
    fn default() -> EventMap {
        let (name, text) = defaults::PLOVER_MAP;
        EventMap::parse(&format!("<embedded>/{name}"), text).expect("the embedded PLOVER table is valid")
    }
}

/// The columns of a row, for messages.
const COLUMNS: &str = "relations, item, event, mode, context, cameo";

impl EventMap {
    /// Reads a table: one row a line, six columns separated by white space
    /// (tabs in the shipped file), `#` to the end of a line is a comment.
    /// `name` stands for the file in error messages.
    pub fn parse(name: &str, text: &str) -> Result<EventMap, Error> {
        let mut rows: Vec<(Row, usize)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let content = line.split('#').next().unwrap_or("");
            let fields: Vec<(usize, &str)> = fields(content).collect();
            if fields.is_empty() {
                continue;
            }
            let err = |col: usize, msg: String| {
                Error::at(ErrorKind::Mapping, msg, locate(name, line_no, line, col))
            };
            if fields.len() != 6 {
                let col = fields.get(6).map_or(content.trim_end().len(), |f| f.0);
                return Err(err(
                    col,
                    format!("expected 6 columns ({COLUMNS}), found {}", fields.len()),
                ));
            }
            let dash = |s: &str| (s != "-").then(|| s.to_string());
            let [relations, item, event, mode, context, cameo] = [0, 1, 2, 3, 4, 5].map(|k| fields[k]);
            if event.1 != "-" && !event.1.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
                return Err(err(
                    event.0,
                    format!(
                        "event '{}' is not a PLOVER category (upper case: AID, ASSAULT, ...) nor - for no event",
                        event.1
                    ),
                ));
            }
            if !(cameo.1 == "-"
                || (2..=4).contains(&cameo.1.len()) && cameo.1.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(err(
                    cameo.0,
                    format!("CAMEO code '{}' is not 2 to 4 digits nor -", cameo.1),
                ));
            }
            let code = match dash(event.1) {
                Some(event) => Some(EventCode {
                    event,
                    mode: dash(mode.1),
                    context: dash(context.1),
                    cameo: dash(cameo.1),
                }),
                None => {
                    if let Some(f) = [mode, context, cameo].into_iter().find(|f| f.1 != "-") {
                        return Err(err(
                            f.0,
                            format!("a row without an event has - here, not '{}'", f.1),
                        ));
                    }
                    None
                }
            };
            let item_class = (item.1 != "*").then(|| item.1.to_string());
            let mut at = relations.0;
            for relation in relations.1.split(',') {
                if relation.is_empty() || relation == "*" {
                    return Err(err(at, "expected a relation type".to_string()));
                }
                if let Some((_, first)) = rows
                    .iter()
                    .find(|(r, _)| r.relation == relation && r.item == item_class)
                {
                    return Err(err(
                        at,
                        format!(
                            "relation '{relation}' with item '{}' is already on line {first}",
                            item.1
                        ),
                    ));
                }
                rows.push((
                    Row {
                        relation: relation.to_string(),
                        item: item_class.clone(),
                        code: code.clone(),
                    },
                    line_no,
                ));
                at += relation.len() + 1;
            }
        }
        Ok(EventMap {
            rows: rows.into_iter().map(|(r, _)| r).collect(),
        })
    }

    /// Reads a table from a file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<EventMap, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::new(ErrorKind::Io, format!("{}: not UTF-8", path.display())))?;
        EventMap::parse(&path.display().to_string(), &text)
    }

    /// What a relation of type `relation_type` is, given the weapon class of
    /// its item (if it has one): the row for that class, else the `*` row.
    /// `None` when the table says it is no event (`role`) or has no row for
    /// it.
    pub fn code(&self, relation_type: &str, item_class: Option<&str>) -> Option<&EventCode> {
        let row = |item: Option<&str>| {
            self.rows
                .iter()
                .find(|r| r.relation == relation_type && r.item.as_deref() == item)
        };
        item_class
            .and_then(|c| row(Some(c)))
            .or_else(|| row(None))
            .and_then(|r| r.code.as_ref())
    }

    /// The relation types of `schema` the table has no row for: their
    /// relations become no events, which a program may want to say.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let map = newsie::plover::EventMap::default();
    /// assert!(map.unmapped(ex.schema()).is_empty(), "every default relation type has a row");
    /// ```
    pub fn unmapped<'s>(&self, schema: &'s [RelationSchema]) -> Vec<&'s str> {
        schema
            .iter()
            .map(|r| r.name())
            .filter(|name| !self.rows.iter().any(|row| row.relation == *name))
            .collect()
    }

    /// The events of one document: its relations that the table maps,
    /// those of one sentence that differ only by coordinated actors or
    /// recipients merged into one event, and a relation that says the same
    /// event as an earlier one of its sentence (same code, actor and
    /// recipient: an attack with drones and that use of drones) left out,
    /// in text order.
    pub fn events<'m, 'x, 'a>(&'m self, story: Story<'x>, x: &'x Extraction<'a>) -> Vec<Event<'m, 'x, 'a>> {
        // Each relation with a code, and what it shares with the others
        // of its event.
        let mut coded: Vec<(usize, Key, &'m EventCode)> = Vec::new();
        // One event per sentence, code, actor and recipient: "Ecuador
        // attacked Peru with drones" is an attack and a use of drones, and
        // both are the same ASSAULT.
        let mut seen: HashSet<SameEvent<'_>, FxBuild> = HashSet::default();
        for (i, r) in x.relations().iter().enumerate() {
            let item = item_of(x, r);
            if let Some(code) = self.code(r.relation_type(), item.and_then(|e| e.class())) {
                let (actor, recipient) = party_roles(r);
                let filler =
                    |role: Option<&str>| role.and_then(|role| r.argument(role)).and_then(|a| a.entity);
                let same = (
                    r.sentence(),
                    code.event(),
                    code.mode(),
                    filler(actor),
                    filler(recipient),
                    r.factuality(),
                );
                if seen.insert(same) {
                    coded.push((i, Key::of(x, r), code));
                }
            }
        }
        // The relations of each key, in the order keys first appear: one
        // hash lookup per relation, whatever a document holds.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of: HashMap<&Key, usize, FxBuild> = HashMap::default();
        for (k, (_, key, _)) in coded.iter().enumerate() {
            let g = *group_of.entry(key).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(k);
        }
        let mut events = Vec::new();
        for group in groups {
            let (actors, recipients) = parties(x, group.iter().map(|&k| &x.relations()[coded[k].0]));
            // One event when the relations are exactly every actor with
            // every recipient, as coordination gives them; else one each.
            let whole = actors.len().max(1) * recipients.len().max(1) == group.len();
            let parts: Vec<Vec<usize>> = if whole {
                vec![group]
            } else {
                group.iter().map(|&k| vec![k]).collect()
            };
            for part in parts {
                let relations: Vec<usize> = part.iter().map(|&k| coded[k].0).collect();
                let (actors, recipients) = parties(x, relations.iter().map(|&i| &x.relations()[i]));
                events.push(Event {
                    story,
                    x,
                    code: coded[part[0]].2,
                    number: events.len() + 1,
                    relations,
                    actors,
                    recipients,
                });
            }
        }
        events
    }
}

/// The fields of a line: each with its byte offset, split at white space.
fn fields(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    line.split(|c: char| c.is_whitespace()).filter_map(move |f| {
        let start = at;
        at += f.len() + 1;
        (!f.is_empty()).then_some((start, f))
    })
}

/// What makes two relations of a sentence one event: sentence, event and
/// mode, actor and recipient mentions, factuality.
type SameEvent<'m> = (
    Span,
    &'m str,
    Option<&'m str>,
    Option<usize>,
    Option<usize>,
    Factuality,
);

/// What the relations of one event share: everything but their actor and
/// recipient.
#[derive(PartialEq, Eq, Hash)]
struct Key {
    sentence: Span,
    relation_type: String,
    factuality: Factuality,
    rule: String,
    /// The other arguments: role and span.
    others: Vec<(String, Span)>,
    source: Option<usize>,
}

impl Key {
    fn of(x: &Extraction<'_>, r: &Relation<'_>) -> Key {
        let (actor, recipient) = party_roles(r);
        Key {
            sentence: r.sentence(),
            relation_type: r.relation_type().to_string(),
            factuality: r.factuality(),
            rule: r.rule().to_string(),
            others: r
                .arguments()
                .iter()
                .filter(|a| Some(a.role) != actor && Some(a.role) != recipient)
                .map(|a| (a.role.to_string(), a.span))
                .collect(),
            source: x.source_entity(r).map(|e| e.span().start),
        }
    }
}

/// The roles that are the actor and the recipient: the first and second
/// roles of the relation's declaration that take actors (countries,
/// organizations, people). For `use` (`user`, `item`, `target`) that is
/// `user` and `target`.
fn party_roles<'r>(r: &Relation<'r>) -> (Option<&'r str>, Option<&'r str>) {
    let mut roles = r.schema().roles().iter().filter(|role| {
        [EntityType::Country, EntityType::Organization, EntityType::Person]
            .into_iter()
            .any(|t| role.accepts(t))
    });
    (roles.next().map(|r| r.name()), roles.next().map(|r| r.name()))
}

/// The distinct actor and recipient mentions of some relations, in order.
fn parties<'r, 'a: 'r>(
    x: &Extraction<'a>,
    relations: impl Iterator<Item = &'r Relation<'a>>,
) -> (Vec<usize>, Vec<usize>) {
    let (mut actors, mut recipients) = (Vec::new(), Vec::new());
    for r in relations {
        let (actor, recipient) = party_roles(r);
        for (role, list) in [(actor, &mut actors), (recipient, &mut recipients)] {
            let filler = role.and_then(|role| r.argument(role)).and_then(|a| a.entity);
            if let Some(i) = filler.filter(|i| !list.contains(i) && *i < x.entities().len()) {
                list.push(i);
            }
        }
    }
    (actors, recipients)
}

/// The relation's weapon: the first argument filled by a WEAPON mention.
fn item_of<'x, 'a>(x: &'x Extraction<'a>, r: &Relation<'a>) -> Option<&'x Entity<'a>> {
    r.arguments()
        .iter()
        .filter_map(|a| x.entity_of(a))
        .find(|e| e.entity_type() == EntityType::Weapon)
}

/// The document an event comes from: its id, and the date, publication and
/// URL the input gives, if any.
///
/// ```
/// let story = newsie::plover::Story::new("fwd-17").date("2022-02-24").publication("example.org");
/// assert_eq!((story.id, story.date, story.url), ("fwd-17", Some("2022-02-24"), None));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Story<'s> {
    /// The document id.
    pub id: &'s str,
    /// Its date, as the input writes it: an ISO date or date-time is cut to
    /// its `YYYY-MM-DD`, anything else written as it is.
    pub date: Option<&'s str>,
    /// Where it was published (a site, a newspaper).
    pub publication: Option<&'s str>,
    /// Its URL.
    pub url: Option<&'s str>,
}

impl<'s> Story<'s> {
    /// A story with only an id.
    pub fn new(id: &'s str) -> Story<'s> {
        Story {
            id,
            ..Story::default()
        }
    }

    /// Sets the date (an empty one is none).
    pub fn date(mut self, date: &'s str) -> Story<'s> {
        self.date = Some(date).filter(|d| !d.trim().is_empty());
        self
    }

    /// Sets the publication (an empty one is none).
    pub fn publication(mut self, publication: &'s str) -> Story<'s> {
        self.publication = Some(publication).filter(|p| !p.trim().is_empty());
        self
    }

    /// Sets the URL (an empty one is none).
    pub fn url(mut self, url: &'s str) -> Story<'s> {
        self.url = Some(url).filter(|u| !u.trim().is_empty());
        self
    }
}

/// The date of a PLOVER record: `YYYY-MM-DD` when the input's date starts
/// with one, the input's date otherwise.
fn plover_date(date: &str) -> &str {
    let b = date.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso {
        &date[..10]
    } else {
        date
    }
}

/// One event: some relations of one sentence, their actors and recipients,
/// and what the table says they are. Serializes as a PLOVER record.
///
/// ```
/// use newsie::plover::{EventMap, Story};
/// let ex = newsie::Extractor::default();
/// let out = ex.extract("Chile may sell drones to Peru. Peru attacked Chile with drones.");
/// let map = EventMap::default();
/// let events = map.events(Story::new("d"), &out);
/// let found: Vec<(String, &str, Option<String>)> = events.iter()
///     .map(|e| (e.id(), e.code().event(), e.context()))
///     .collect();
/// assert_eq!(found, [
///     ("d:1".to_string(), "AID", Some("military, hypothetical".to_string())),
///     ("d:2".to_string(), "ASSAULT", Some("military".to_string())),
/// ]);
/// assert_eq!(events[1].code().mode(), Some("drone"));
/// let attackers: Vec<&str> = events[1].actors().map(|e| e.id()).collect();
/// assert_eq!(attackers, ["PER"]);
/// ```
#[derive(Clone, Debug)]
pub struct Event<'m, 'x, 'a> {
    story: Story<'x>,
    x: &'x Extraction<'a>,
    code: &'m EventCode,
    /// 1-based, in the document.
    number: usize,
    /// Indices into the extraction's relations.
    relations: Vec<usize>,
    /// Indices into its entities.
    actors: Vec<usize>,
    recipients: Vec<usize>,
}

impl<'m, 'x, 'a> Event<'m, 'x, 'a> {
    /// The record id: the story's id, a colon and the event's number in the
    /// story (from 1).
    pub fn id(&self) -> String {
        format!("{}:{}", self.story.id, self.number)
    }

    /// What the table says the event is.
    pub fn code(&self) -> &'m EventCode {
        self.code
    }

    /// The relations the event is made of (more than one when coordinated
    /// actors or recipients were merged), in text order.
    pub fn relations(&self) -> impl Iterator<Item = &'x Relation<'a>> + '_ {
        self.relations.iter().map(|&i| &self.x.relations()[i])
    }

    fn relation(&self) -> &'x Relation<'a> {
        &self.x.relations()[self.relations[0]]
    }

    /// Who does it.
    pub fn actors(&self) -> impl Iterator<Item = &'x Entity<'a>> + '_ {
        self.actors.iter().map(|&i| &self.x.entities()[i])
    }

    /// To whom, if the relation has a recipient.
    pub fn recipients(&self) -> impl Iterator<Item = &'x Entity<'a>> + '_ {
        self.recipients.iter().map(|&i| &self.x.entities()[i])
    }

    /// The context: the table's, and PLOVER's auxiliary `negation` for a
    /// negated relation or `hypothetical` for an uncertain one, joined by
    /// ", " as PLOVER's gold records join contexts.
    pub fn context(&self) -> Option<String> {
        let aux = match self.relation().factuality() {
            Factuality::Negated => Some("negation"),
            Factuality::Uncertain => Some("hypothetical"),
            _ => None,
        };
        match (self.code.context(), aux) {
            (Some(c), Some(a)) => Some(format!("{c}, {a}")),
            (c, a) => c.or(a).map(str::to_string),
        }
    }

    /// The words of the sentence from the first argument to the last: the
    /// part of it the rule matched.
    pub fn event_text(&self) -> &'x str {
        let spans = self
            .relations()
            .flat_map(|r| r.arguments().iter().map(|a| a.span));
        let (start, end) = spans.fold((usize::MAX, 0), |(s, e), sp| (s.min(sp.start), e.max(sp.end)));
        if start >= end {
            return self.x.evidence(self.relation()).trim();
        }
        self.x.span_text(Span::new(start, end))
    }
}

impl Serialize for Event<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.relation();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id())?;
        if let Some(date) = self.story.date {
            map.serialize_entry("date", plover_date(date))?;
        }
        if !self.actors.is_empty() {
            map.serialize_entry("actor", &Parties(self.actors().collect()))?;
        }
        if !self.recipients.is_empty() {
            map.serialize_entry("recipient", &Parties(self.recipients().collect()))?;
        }
        map.serialize_entry("event", self.code.event())?;
        if let Some(mode) = self.code.mode() {
            map.serialize_entry("mode", mode)?;
        }
        if let Some(context) = self.context() {
            map.serialize_entry("context", &context)?;
        }
        map.serialize_entry("eventText", self.event_text())?;
        map.serialize_entry("text", self.x.evidence(r).trim())?;
        map.serialize_entry("language", "en")?;
        map.serialize_entry("document", self.story.id)?;
        if let Some(p) = self.story.publication {
            map.serialize_entry("publication", p)?;
        }
        if let Some(url) = self.story.url {
            map.serialize_entry("url", url)?;
        }
        if let Some(cameo) = self.code.cameo() {
            map.serialize_entry("cameo", cameo)?;
        }
        map.serialize_entry("relation", r.relation_type())?;
        map.serialize_entry("factuality", r.factuality().as_str())?;
        map.serialize_entry("rule", r.rule())?;
        if let Some(item) = item_of(self.x, r) {
            map.serialize_entry("item", &Item(item))?;
        }
        map.end()
    }
}

/// An actor or recipient list.
struct Parties<'x, 'a>(Vec<&'x Entity<'a>>);

impl Serialize for Parties<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|e| Party(e)))
    }
}

/// One entity of an actor or recipient list: PLOVER's `actorText` and
/// `code`, and newsie's id, name and type.
struct Party<'x, 'a>(&'x Entity<'a>);

impl Serialize for Party<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("actorText", e.text())?;
        if let Some(code) = party_code(e) {
            map.serialize_entry("code", code)?;
        }
        map.serialize_entry("id", e.id())?;
        map.serialize_entry("name", e.entry().name())?;
        map.serialize_entry("type", e.entity_type().as_str())?;
        map.end()
    }
}

/// The PLOVER code of an actor: a country's ISO alpha-3 code; `IGO` for an
/// international organization; else the country the gazetteer gives a
/// person or organization.
fn party_code<'x>(e: &'x Entity<'_>) -> Option<&'x str> {
    match e.entity_type() {
        EntityType::Country => Some(e.id()),
        _ if e.entry().attribute("category") == Some("igo") => Some("IGO"),
        _ => e.entry().attribute("country"),
    }
}

/// The weapon of an event.
struct Item<'x, 'a>(&'x Entity<'a>);

impl Serialize for Item<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", e.text())?;
        map.serialize_entry("id", e.id())?;
        if let Some(class) = e.class() {
            map.serialize_entry("class", class)?;
        }
        if let Some(origin) = e.origin() {
            map.serialize_entry("origin", origin)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_errors_point_at_the_column() {
        let cases = [
            ("supply * AID - military\n", "t:1:24: expected 6 columns"),
            (
                "supply * AID - military 072 extra\n",
                "t:1:29: expected 6 columns",
            ),
            (
                "supply * Aid - military 072\n",
                "t:1:10: event 'Aid' is not a PLOVER category",
            ),
            (
                "supply * AID - military 72a\n",
                "t:1:25: CAMEO code '72a' is not 2 to 4 digits",
            ),
            (
                "role * - - - 072\n",
                "t:1:14: a row without an event has - here, not '072'",
            ),
            (
                "attack,,use * ASSAULT - - 190\n",
                "t:1:8: expected a relation type",
            ),
            (
                "use * ASSAULT - - 190\n# again\nattack,use * ASSAULT - - 190\n",
                "t:3:8: relation 'use' with item '*' is already on line 1",
            ),
        ];
        for (text, want) in cases {
            let err = EventMap::parse("t", text).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Mapping);
            assert!(err.to_string().starts_with(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn a_weapon_class_row_wins_over_the_star_row_in_any_order() {
        let map = EventMap::parse(
            "t",
            "attack drone ASSAULT drone - 195\nattack * ASSAULT - - 190\n",
        )
        .unwrap();
        let cameo = |class| map.code("attack", class).and_then(|c| c.cameo());
        assert_eq!(cameo(Some("drone")), Some("195"));
        assert_eq!(cameo(Some("tank")), Some("190"));
        assert_eq!(cameo(None), Some("190"));
    }

    #[test]
    fn dates_keep_their_day() {
        let cases = [
            ("2021-11-16T05:51:31Z", "2021-11-16"),
            ("2021-11-16", "2021-11-16"),
            ("16 November 2021", "16 November 2021"),
            ("2021-11", "2021-11"),
            ("2021/11/16", "2021/11/16"),
        ];
        for (input, want) in cases {
            assert_eq!(plover_date(input), want);
        }
    }
}

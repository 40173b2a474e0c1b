//! The JSON Lines wire format: one record per document.
//!
//! Kept apart from the domain types so that the schema stays stable and is
//! defined in one place: the "Output records" section of the evaluation
//! schema. Records borrow from an [`Extraction`]; nothing is copied.
//!
//! Two options change what a record says, for readers other than Rust:
//! [`Offsets::Chars`] counts offsets in characters, as Python's `str` and
//! JavaScript's code points do, and [`Record::evidence`] adds each relation's
//! sentence text. Both live here, not in the binary, so that every front end
//! (the `extract` binary, a Python binding) writes the same records.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::entity::Entity;
use crate::extractor::Extraction;
use crate::relation::Relation;
use crate::span::Span;

/// One output record: a document id with its extraction, or with the error
/// that kept it from being processed.
///
/// ```
/// let ex = newsie::Extractor::default();
/// let out = ex.extract("Peru sold drones to Chile.");
/// let json = serde_json::to_string(&newsie::Record::new("doc-1", &out)).unwrap();
/// assert!(json.starts_with(r#"{"id":"doc-1","entities":[{"type":"COUNTRY","id":"PER","text":"Peru","start":0,"end":4"#));
/// assert!(json.ends_with(r#""error":null}"#));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Record<'r, 'a> {
    id: &'r str,
    extraction: Option<&'r Extraction<'a>>,
    error: Option<&'r str>,
    offsets: Offsets,
    evidence: bool,
}

/// How a record counts offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    /// UTF-8 byte offsets, as everywhere in the Rust API (the default).
    #[default]
    Bytes,
    /// Character offsets (Unicode scalar values), as Python indexes a `str`:
    /// `text[start:end]` is the mention. Each span keeps its byte offsets as
    /// `byte_start` and `byte_end`.
    Chars,
}

impl<'r, 'a> Record<'r, 'a> {
    /// The record of a processed document.
    pub fn new(id: &'r str, extraction: &'r Extraction<'a>) -> Record<'r, 'a> {
        Record {
            id,
            extraction: Some(extraction),
            error: None,
            offsets: Offsets::Bytes,
            evidence: false,
        }
    }

    /// The record of a document that could not be processed, so that nothing
    /// is silently dropped.
    pub fn failed(id: &'r str, error: &'r str) -> Record<'r, 'a> {
        Record {
            id,
            extraction: None,
            error: Some(error),
            offsets: Offsets::Bytes,
            evidence: false,
        }
    }

    /// Counts `start` and `end` of every entity, argument and sentence in
    /// bytes (the default) or in characters.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let text = "Él dijo: Peru sold drones to Chile.";
    /// let out = ex.extract(text);
    /// let record = newsie::Record::new("d", &out).offsets(newsie::Offsets::Chars);
    /// let json: serde_json::Value = serde_json::to_value(record).unwrap();
    /// let peru = &json["entities"][0];
    /// assert_eq!(peru["text"], "Peru");
    /// // "Él" is two characters but three bytes.
    /// assert_eq!((peru["start"].as_u64(), peru["end"].as_u64()), (Some(9), Some(13)));
    /// assert_eq!((peru["byte_start"].as_u64(), peru["byte_end"].as_u64()), (Some(10), Some(14)));
    /// let chars: Vec<char> = text.chars().collect();
    /// assert_eq!(chars[9..13].iter().collect::<String>(), "Peru");
    /// ```
    pub fn offsets(mut self, offsets: Offsets) -> Record<'r, 'a> {
        self.offsets = offsets;
        self
    }

    /// Adds to each relation its `evidence`: the text of its sentence,
    /// exactly the `sentence` span of the document (so a reader needs no
    /// copy of the document to show why a relation was found).
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Markets were calm. Peru sold drones to Chile.");
    /// let record = newsie::Record::new("d", &out).evidence(true);
    /// let json: serde_json::Value = serde_json::to_value(record).unwrap();
    /// assert_eq!(json["relations"][0]["evidence"], "Peru sold drones to Chile.");
    /// ```
    pub fn evidence(mut self, yes: bool) -> Record<'r, 'a> {
        self.evidence = yes;
        self
    }
}

impl Serialize for Record<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", self.id)?;
        match self.extraction {
            Some(x) => Wire::new(x, self.offsets, self.evidence).serialize_body(&mut map)?,
            None => {
                map.serialize_entry("entities", &[(); 0])?;
                map.serialize_entry("relations", &[(); 0])?;
            }
        }
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

/// Converts byte offsets of one text into character offsets: a linear pass
/// when built, then constant time for each offset, so a record costs the
/// same per byte whatever its number of mentions.
///
/// ```
/// let text = "Açaí from Perú";
/// let chars = newsie::CharOffsets::new(text);
/// let byte = text.find("Perú").unwrap();
/// assert_eq!((byte, chars.char_offset(byte)), (12, 10));
/// assert_eq!(chars.char_offset(text.len()), text.chars().count());
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'t> {
    text: &'t [u8],
    /// Characters before each block of [`BLOCK`] bytes; empty for ASCII
    /// text, where the offsets are the same.
    blocks: Vec<usize>,
    /// What counts as a character: `count_chars` or `count_utf16`.
    count: fn(&[u8]) -> usize,
}

const BLOCK: usize = 64;

impl<'t> CharOffsets<'t> {
    /// The converter for `text`, counting characters (Unicode scalar
    /// values), as Python does.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets::counting(text, count_chars)
    }

    /// The converter for `text`, counting UTF-16 code units, as JavaScript,
    /// Java and C# index strings: a character beyond the Basic
    /// Multilingual Plane (an emoji) counts two.
    ///
    /// ```
    /// let text = "🛩️ over Perú";
    /// let units = newsie::CharOffsets::utf16(text);
    /// let byte = text.find("Perú").unwrap();
    /// assert_eq!(units.char_offset(byte), text[..byte].encode_utf16().count());
    /// assert_eq!(units.char_offset(byte), 9);
    /// ```
    pub fn utf16(text: &'t str) -> CharOffsets<'t> {
        CharOffsets::counting(text, count_utf16)
    }

    fn counting(text: &'t str, count: fn(&[u8]) -> usize) -> CharOffsets<'t> {
        let text = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            blocks.reserve(text.len() / BLOCK + 1);
            let mut before = 0;
            for block in text.chunks(BLOCK) {
                blocks.push(before);
                before += count(block);
            }
            blocks.push(before);
        }
        CharOffsets { text, blocks, count }
    }

    /// The character offset of byte offset `byte` (a char boundary of the
    /// text, at most its length): how many characters (or UTF-16 code
    /// units) come before it.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        self.blocks[block] + (self.count)(&self.text[block * BLOCK..byte])
    }

    fn span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }
}

/// Characters that start in `bytes`: every byte but UTF-8 continuation
/// bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// UTF-16 code units of the characters that start in `bytes`: one each,
/// and one more for a four-byte character (a surrogate pair).
fn count_utf16(bytes: &[u8]) -> usize {
    count_chars(bytes) + bytes.iter().filter(|&&b| b >= 0xF0).count()
}

/// An extraction serializes as the body of its [`Record`]: `entities`,
/// `relations` and, when some were cut, `cut_relations`; no `id`, no
/// `error`, byte offsets.
///
/// ```
/// let ex = newsie::Extractor::default();
/// let out = ex.extract("Peru sold drones to Chile.");
/// let json: serde_json::Value = serde_json::to_value(&out).unwrap();
/// assert_eq!(json["relations"][0]["args"]["recipient"]["id"], "CHL");
/// assert!(json.get("id").is_none());
/// ```
impl Serialize for Extraction<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        Wire::new(self, Offsets::Bytes, false).serialize_body(&mut map)?;
        map.end()
    }
}

/// One relation as the `relations` of a [`Record`] write it: its arguments
/// as entity objects, for programs that stream relations one by one.
///
/// ```
/// let ex = newsie::Extractor::default();
/// let out = ex.extract("Markets were calm. Peru sold drones to Chile.");
/// let r = &out.relations()[0];
/// let record = newsie::RelationRecord::new(&out, r).evidence(true);
/// let json: serde_json::Value = serde_json::to_value(record).unwrap();
/// assert_eq!(json["type"], "supply");
/// assert_eq!(json["args"]["supplier"]["id"], "PER");
/// assert_eq!(json["evidence"], "Peru sold drones to Chile.");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct RelationRecord<'r, 'a> {
    extraction: &'r Extraction<'a>,
    relation: &'r Relation<'a>,
    offsets: Offsets,
    evidence: bool,
}

impl<'r, 'a> RelationRecord<'r, 'a> {
    /// The record of `relation`, one of `extraction`'s relations.
    pub fn new(extraction: &'r Extraction<'a>, relation: &'r Relation<'a>) -> RelationRecord<'r, 'a> {
        RelationRecord {
            extraction,
            relation,
            offsets: Offsets::Bytes,
            evidence: false,
        }
    }

    /// Counts offsets in bytes (the default) or characters, as
    /// [`Record::offsets`] does.
    pub fn offsets(mut self, offsets: Offsets) -> RelationRecord<'r, 'a> {
        self.offsets = offsets;
        self
    }

    /// Adds the sentence's text as `evidence`, as [`Record::evidence`]
    /// does.
    pub fn evidence(mut self, yes: bool) -> RelationRecord<'r, 'a> {
        self.evidence = yes;
        self
    }
}

impl Serialize for RelationRecord<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let w = Wire::new(self.extraction, self.offsets, self.evidence);
        WireRelation(&w, self.relation).serialize(serializer)
    }
}

/// What every part of a record needs to write itself.
struct Wire<'r, 'a> {
    x: &'r Extraction<'a>,
    chars: Option<CharOffsets<'a>>,
    evidence: bool,
}

impl<'r, 'a> Wire<'r, 'a> {
    fn new(x: &'r Extraction<'a>, offsets: Offsets, evidence: bool) -> Wire<'r, 'a> {
        Wire {
            x,
            chars: (offsets == Offsets::Chars).then(|| CharOffsets::new(x.text())),
            evidence,
        }
    }

    fn chars(&self, span: Span) -> Option<Span> {
        self.chars.as_ref().map(|c| c.span(span))
    }

    /// `entities`, `relations` and `cut_relations`: a record less its id
    /// and error.
    fn serialize_body<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let x = self.x;
        map.serialize_entry(
            "entities",
            &Seq(|| x.entities().iter().map(|e| WireEntity(self, e))),
        )?;
        map.serialize_entry(
            "relations",
            &Seq(|| x.relations().iter().map(|r| WireRelation(self, r))),
        )?;
        // Only when there are some, so that ordinary records keep their
        // shape.
        if x.cut_relations() > 0 {
            map.serialize_entry("cut_relations", &x.cut_relations())?;
        }
        Ok(())
    }
}

/// A JSON array of what the closure's iterator yields, written as it is
/// produced.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

struct WireEntity<'w, 'r, 'a>(&'w Wire<'r, 'a>, &'r Entity<'a>);

impl Serialize for WireEntity<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.1.serialize_fields(&mut map, self.0.chars(self.1.span()))?;
        map.end()
    }
}

/// An entity filling a role: the fields the schema names (type, id, text,
/// offsets; class and origin of a weapon), not the whole entry.
struct WireArgument<'w, 'r, 'a>(&'w Wire<'r, 'a>, &'r Entity<'a>);

impl Serialize for WireArgument<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.1.serialize_argument(&mut map, self.0.chars(self.1.span()))?;
        map.end()
    }
}

/// A span object: `start` and `end`, and with character offsets the byte
/// offsets too.
struct WireSpan(Span, Option<Span>);

impl WireSpan {
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let WireSpan(bytes, chars) = *self;
        let shown = chars.unwrap_or(bytes);
        map.serialize_entry("start", &shown.start)?;
        map.serialize_entry("end", &shown.end)?;
        if chars.is_some() {
            map.serialize_entry("byte_start", &bytes.start)?;
            map.serialize_entry("byte_end", &bytes.end)?;
        }
        Ok(())
    }
}

impl Serialize for WireSpan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.serialize_fields(&mut map)?;
        map.end()
    }
}

struct WireRelation<'w, 'r, 'a>(&'w Wire<'r, 'a>, &'r Relation<'a>);

impl Serialize for WireRelation<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (w, r) = (self.0, self.1);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", r.relation_type())?;
        map.serialize_entry("factuality", r.factuality().as_str())?;
        map.serialize_entry("rule", r.rule())?;
        let s = r.sentence();
        map.serialize_entry("sentence", &WireSpan(s, w.chars(s)))?;
        if w.evidence {
            map.serialize_entry("evidence", w.x.evidence(r))?;
        }
        if let Some(source) = w.x.source_entity(r) {
            map.serialize_entry("source", &WireEntity(w, source))?;
        }
        map.serialize_entry("args", &Args(w, r))?;
        map.end()
    }
}

struct Args<'w, 'r, 'a>(&'w Wire<'r, 'a>, &'r Relation<'a>);

impl Serialize for Args<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (w, r) = (self.0, self.1);
        let mut map = serializer.serialize_map(Some(r.arguments().len()))?;
        for arg in r.arguments() {
            match w.x.entity_of(arg) {
                Some(e) => map.serialize_entry(arg.role, &WireArgument(w, e))?,
                None => map.serialize_entry(arg.role, &TextArg(w, arg.span))?,
            }
        }
        map.end()
    }
}

/// An argument that is text, not an entity.
struct TextArg<'w, 'r, 'a>(&'w Wire<'r, 'a>, Span);

impl Serialize for TextArg<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (w, span) = (self.0, self.1);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", w.x.span_text(span))?;
        WireSpan(span, w.chars(span)).serialize_fields(&mut map)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_chars_and_utf16() {
        let texts = [
            "",
            "plain ASCII",
            "Perú, São Tomé and Côte d'Ivoire",
            "قالت إيران إن طائرات 🛩️ وصلت",
            &"é".repeat(200),
            &format!("{}x{}", "a".repeat(63), "ü".repeat(70)),
        ];
        for text in texts {
            let (chars, utf16) = (CharOffsets::new(text), CharOffsets::utf16(text));
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let before = &text[..byte];
                assert_eq!(
                    chars.char_offset(byte),
                    before.chars().count(),
                    "{text:?} at byte {byte}"
                );
                assert_eq!(
                    utf16.char_offset(byte),
                    before.encode_utf16().count(),
                    "{text:?} at byte {byte}"
                );
            }
        }
    }
}

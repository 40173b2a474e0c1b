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
            Some(x) => {
                let w = Wire {
                    x,
                    chars: (self.offsets == Offsets::Chars).then(|| CharOffsets::new(x.text())),
                    evidence: self.evidence,
                };
                let w = &w;
                map.serialize_entry("entities", &Seq(|| x.entities().iter().map(|e| WireEntity(w, e))))?;
                map.serialize_entry(
                    "relations",
                    &Seq(|| x.relations().iter().map(|r| WireRelation(w, r))),
                )?;
                // Only when there are some, so that ordinary records keep
                // their shape.
                if x.cut_relations() > 0 {
                    map.serialize_entry("cut_relations", &x.cut_relations())?;
                }
            }
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
}

const BLOCK: usize = 64;

impl<'t> CharOffsets<'t> {
    /// The converter for `text`.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let text = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            blocks.reserve(text.len() / BLOCK + 1);
            let mut before = 0;
            for block in text.chunks(BLOCK) {
                blocks.push(before);
                before += count_chars(block);
            }
            blocks.push(before);
        }
        CharOffsets { text, blocks }
    }

    /// The character offset of byte offset `byte` (a char boundary of the
    /// text, at most its length): how many characters come before it.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        self.blocks[block] + count_chars(&self.text[block * BLOCK..byte])
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

/// What every part of a record needs to write itself.
struct Wire<'r, 'a> {
    x: &'r Extraction<'a>,
    chars: Option<CharOffsets<'a>>,
    evidence: bool,
}

impl Wire<'_, '_> {
    fn chars(&self, span: Span) -> Option<Span> {
        self.chars.as_ref().map(|c| c.span(span))
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
            map.serialize_entry("evidence", &w.x.text()[s.start..s.end])?;
        }
        if let Some(source) = r.source() {
            map.serialize_entry("source", &WireEntity(w, &w.x.entities()[source]))?;
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
            match arg.entity {
                Some(i) => map.serialize_entry(arg.role, &WireEntity(w, &w.x.entities()[i]))?,
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
        map.serialize_entry("text", &w.x.text()[span.start..span.end])?;
        WireSpan(span, w.chars(span)).serialize_fields(&mut map)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_char_indices() {
        let texts = [
            "",
            "plain ASCII",
            "Perú, São Tomé and Côte d'Ivoire",
            "قالت إيران إن طائرات 🛩️ وصلت",
            &"é".repeat(200),
            &format!("{}x{}", "a".repeat(63), "ü".repeat(70)),
        ];
        for text in texts {
            let c = CharOffsets::new(text);
            let mut boundaries: Vec<(usize, usize)> = text
                .char_indices()
                .enumerate()
                .map(|(i, (b, _))| (b, i))
                .collect();
            boundaries.push((text.len(), text.chars().count()));
            for (byte, want) in boundaries {
                assert_eq!(c.char_offset(byte), want, "{text:?} at byte {byte}");
            }
        }
    }
}

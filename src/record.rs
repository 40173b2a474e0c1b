//! The JSON Lines wire format: one record per document.
//!
//! Kept apart from the domain types so that the schema stays stable and is
//! defined in one place: the "Output records" section of the evaluation
//! schema. Records borrow from an [`Extraction`]; nothing is copied.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::extractor::Extraction;
use crate::relation::Relation;

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
}

impl<'r, 'a> Record<'r, 'a> {
    /// The record of a processed document.
    pub fn new(id: &'r str, extraction: &'r Extraction<'a>) -> Record<'r, 'a> {
        Record {
            id,
            extraction: Some(extraction),
            error: None,
        }
    }

    /// The record of a document that could not be processed, so that nothing
    /// is silently dropped.
    pub fn failed(id: &'r str, error: &'r str) -> Record<'r, 'a> {
        Record {
            id,
            extraction: None,
            error: Some(error),
        }
    }
}

impl Serialize for Record<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", self.id)?;
        match self.extraction {
            Some(x) => {
                map.serialize_entry("entities", x.entities())?;
                map.serialize_entry("relations", &Relations(x))?;
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

struct Relations<'r, 'a>(&'r Extraction<'a>);

impl Serialize for Relations<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.relations().len()))?;
        for r in self.0.relations() {
            seq.serialize_element(&WireRelation(self.0, r))?;
        }
        seq.end()
    }
}

struct WireRelation<'r, 'a>(&'r Extraction<'a>, &'r Relation<'a>);

impl Serialize for WireRelation<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (x, r) = (self.0, self.1);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", r.relation_type())?;
        map.serialize_entry("factuality", r.factuality().as_str())?;
        map.serialize_entry("rule", r.rule())?;
        map.serialize_entry("sentence", &r.sentence())?;
        if let Some(source) = r.source() {
            map.serialize_entry("source", &x.entities()[source])?;
        }
        map.serialize_entry("args", &Args(x, r))?;
        map.end()
    }
}

struct Args<'r, 'a>(&'r Extraction<'a>, &'r Relation<'a>);

impl Serialize for Args<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (x, r) = (self.0, self.1);
        let mut map = serializer.serialize_map(Some(r.arguments().len()))?;
        for arg in r.arguments() {
            match arg.entity {
                Some(i) => map.serialize_entry(arg.role, &x.entities()[i])?,
                None => map.serialize_entry(
                    arg.role,
                    &TextArg(&x.text()[arg.span.start..arg.span.end], arg.span),
                )?,
            }
        }
        map.end()
    }
}

struct TextArg<'r>(&'r str, crate::span::Span);

impl Serialize for TextArg<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("text", self.0)?;
        map.serialize_entry("start", &self.1.start)?;
        map.serialize_entry("end", &self.1.end)?;
        map.end()
    }
}

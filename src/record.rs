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

impl Record<'_, '_> {
    /// Appends the record as one line of JSON, without the line break: the
    /// very bytes `serde_json::to_writer(out, &record)` writes, in a third
    /// of the time for a headline. Writing straight to bytes skips serde's
    /// calls per field, and each gazetteer entry's fixed fields (type, id,
    /// name, attributes) are rendered the first time the entry is written
    /// and copied after that.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peru sold drones to Chile.");
    /// let record = newsie::Record::new("doc-1", &out);
    /// let mut line = Vec::new();
    /// record.write_json(&mut line);
    /// assert_eq!(line, serde_json::to_vec(&record).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.write_json_with(out, usize::MAX, &mut |_| true);
    }

    /// [`write_json`](Self::write_json) for a record too large to hold
    /// whole (a document of megabytes where every word is a mention writes
    /// some fifteen bytes of JSON for each of its own): whenever `out` holds
    /// `piece` bytes or more after an entity or a relation, it is handed to
    /// `spill`, which takes its bytes away (writes them out and clears it)
    /// and returns whether to go on. The bytes are those of `write_json`,
    /// in order; what is in `out` at the end is the record's last ones,
    /// its closing brace last. Returns `false` when `spill` stopped it.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peru sold drones to Chile. Iran sold drones to Russia.");
    /// let record = newsie::Record::new("doc-1", &out);
    /// let (mut whole, mut pieces, mut buffer) = (Vec::new(), Vec::new(), Vec::new());
    /// record.write_json(&mut whole);
    /// let done = record.write_json_in_pieces(&mut buffer, 16, |b: &mut Vec<u8>| {
    ///     pieces.append(b);
    ///     true
    /// });
    /// pieces.append(&mut buffer);
    /// assert!(done);
    /// assert_eq!(pieces, whole);
    /// ```
    pub fn write_json_in_pieces(
        &self,
        out: &mut Vec<u8>,
        piece: usize,
        mut spill: impl FnMut(&mut Vec<u8>) -> bool,
    ) -> bool {
        self.write_json_with(out, piece, &mut spill)
    }

    fn write_json_with(
        &self,
        out: &mut Vec<u8>,
        piece: usize,
        spill: &mut dyn FnMut(&mut Vec<u8>) -> bool,
    ) -> bool {
        let mut map = JsonMap::open(out);
        map.str("id", self.id);
        match self.extraction {
            Some(x) => {
                if !Wire::new(x, self.offsets, self.evidence).write_body(&mut map, piece, spill) {
                    return false;
                }
            }
            None => {
                map.raw("entities", "[]");
                map.raw("relations", "[]");
            }
        }
        match self.error {
            Some(error) => map.str("error", error),
            None => map.raw("error", "null"),
        }
        map.close();
        true
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

/// The JSON of a record, written straight to bytes; the same fields in the
/// same order as the [`Serialize`] impls, which a test compares byte for
/// byte.
impl Wire<'_, '_> {
    /// Hands `map`'s buffer to `spill` whenever it holds `piece` bytes
    /// after an item (see [`Record::write_json_in_pieces`]); returns
    /// `false` when `spill` stopped it.
    fn write_body(
        &self,
        map: &mut JsonMap<'_>,
        piece: usize,
        spill: &mut dyn FnMut(&mut Vec<u8>) -> bool,
    ) -> bool {
        let x = self.x;
        let mut list = map.list("entities");
        for e in x.entities() {
            self.write_entity(list.item(), e);
            if list.out.len() >= piece && !spill(list.out) {
                return false;
            }
        }
        list.close();
        let mut list = map.list("relations");
        for r in x.relations() {
            self.write_relation(list.item(), r);
            if list.out.len() >= piece && !spill(list.out) {
                return false;
            }
        }
        list.close();
        if x.cut_relations() > 0 {
            map.uint("cut_relations", x.cut_relations());
        }
        true
    }

    fn write_entity(&self, out: &mut Vec<u8>, e: &Entity<'_>) {
        let mut map = JsonMap::open(out);
        e.write_json_fields(&mut map, self.chars(e.span()));
        map.close();
    }

    fn write_relation(&self, out: &mut Vec<u8>, r: &Relation<'_>) {
        let mut map = JsonMap::open(out);
        map.str("type", r.relation_type());
        map.str("factuality", r.factuality().as_str());
        map.str("rule", r.rule());
        let s = r.sentence();
        self.write_span(map.name("sentence"), s);
        if self.evidence {
            map.str("evidence", self.x.evidence(r));
        }
        if let Some(source) = self.x.source_entity(r) {
            self.write_entity(map.name("source"), source);
        }
        let mut args = JsonMap::open(map.name("args"));
        for arg in r.arguments() {
            let mut filler = JsonMap::open(args.key(arg.role));
            match self.x.entity_of(arg) {
                Some(e) => e.write_json_argument(&mut filler, self.chars(e.span())),
                None => {
                    filler.str("text", self.x.span_text(arg.span));
                    self.write_span_fields(&mut filler, arg.span);
                }
            }
            filler.close();
        }
        args.close();
        map.close();
    }

    fn write_span(&self, out: &mut Vec<u8>, span: Span) {
        let mut map = JsonMap::open(out);
        self.write_span_fields(&mut map, span);
        map.close();
    }

    fn write_span_fields(&self, map: &mut JsonMap<'_>, span: Span) {
        write_offsets(map, span, self.chars(span));
    }
}

/// `start` and `end` of a span: its character offsets when `chars` has
/// them, then its byte offsets as `byte_start` and `byte_end`; else its byte
/// offsets.
#[inline]
pub(crate) fn write_offsets(map: &mut JsonMap<'_>, bytes: Span, chars: Option<Span>) {
    let shown = chars.unwrap_or(bytes);
    map.uint("start", shown.start);
    map.uint("end", shown.end);
    if chars.is_some() {
        map.uint("byte_start", bytes.start);
        map.uint("byte_end", bytes.end);
    }
}

/// A JSON object being written to a buffer, as serde_json writes one
/// without whitespace: `{"key":value,...}`.
pub(crate) struct JsonMap<'o> {
    out: &'o mut Vec<u8>,
    empty: bool,
}

impl<'o> JsonMap<'o> {
    #[inline(always)]
    pub(crate) fn open(out: &'o mut Vec<u8>) -> JsonMap<'o> {
        out.push(b'{');
        JsonMap { out, empty: true }
    }

    /// Writes `key` and its colon, and returns the buffer for the value.
    pub(crate) fn key(&mut self, key: &str) -> &mut Vec<u8> {
        if !std::mem::take(&mut self.empty) {
            self.out.push(b',');
        }
        write_str(self.out, key);
        self.out.push(b':');
        self.out
    }

    /// Writes a key of the format itself (`"start"`), which has nothing to
    /// escape, and returns the buffer for the value.
    #[inline(always)]
    pub(crate) fn name(&mut self, name: &'static str) -> &mut Vec<u8> {
        debug_assert!(first_escape(name.as_bytes()).is_none());
        if !std::mem::take(&mut self.empty) {
            self.out.push(b',');
        }
        let name = name.as_bytes();
        self.out.reserve(name.len() + 3);
        self.out.push(b'"');
        self.out.extend_from_slice(name);
        self.out.extend_from_slice(b"\":");
        self.out
    }

    #[inline(always)]
    pub(crate) fn str(&mut self, name: &'static str, value: &str) {
        write_str(self.name(name), value);
    }

    #[inline(always)]
    pub(crate) fn uint(&mut self, name: &'static str, value: usize) {
        write_uint(self.name(name), value);
    }

    /// A value that is JSON already.
    #[inline(always)]
    pub(crate) fn raw(&mut self, name: &'static str, json: &str) {
        self.name(name).extend_from_slice(json.as_bytes());
    }

    /// A string under a key read from data (an attribute's, a role's).
    pub(crate) fn entry(&mut self, key: &str, value: &str) {
        write_str(self.key(key), value);
    }

    /// Fields rendered before, `"key":value` separated by commas: copied
    /// as they are.
    #[inline(always)]
    pub(crate) fn fields(&mut self, json: &str) {
        if !std::mem::take(&mut self.empty) {
            self.out.push(b',');
        }
        self.out.extend_from_slice(json.as_bytes());
    }

    #[inline(always)]
    fn list(&mut self, name: &'static str) -> JsonList<'_> {
        let out = self.name(name);
        out.push(b'[');
        JsonList { out, empty: true }
    }

    #[inline(always)]
    pub(crate) fn close(self) {
        self.out.push(b'}');
    }
}

/// A JSON array being written: `[item,...]`.
struct JsonList<'o> {
    out: &'o mut Vec<u8>,
    empty: bool,
}

impl JsonList<'_> {
    /// The buffer for the next item.
    fn item(&mut self) -> &mut Vec<u8> {
        if !std::mem::take(&mut self.empty) {
            self.out.push(b',');
        }
        self.out
    }

    fn close(self) {
        self.out.push(b']');
    }
}

/// A JSON string, escaped as serde_json escapes: quotation mark, reverse
/// solidus and control characters (`\\b`, `\\t`, `\\n`, `\\f`, `\\r`, else
/// `\\u00XX` in lower case); everything else as it is.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let mut rest = s.as_bytes();
    while let Some(at) = first_escape(rest) {
        out.extend_from_slice(&rest[..at]);
        let b = rest[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// Where the first byte that JSON escapes is: a quotation mark, a reverse
/// solidus or a control character. Eight bytes at a time, since almost
/// every string has none: a byte is below 0x20, or equal to one of the two,
/// when subtracting from it borrows (the classic "has zero byte" test; the
/// lowest flagged byte is always a true one).
fn first_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let flagged = |w: u64| {
        let quote = w ^ (ONES * u64::from(b'"'));
        let solidus = w ^ (ONES * u64::from(b'\\'));
        (w.wrapping_sub(ONES * 0x20) & !w
            | quote.wrapping_sub(ONES) & !quote
            | solidus.wrapping_sub(ONES) & !solidus)
            & HIGH
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let found = flagged(u64::from_le_bytes(word));
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    if rest.is_empty() {
        return None;
    }
    // The last bytes as one more word, without copying them into one (a
    // call to `memcpy` for a few bytes, which cost as much as the test).
    // A string of eight bytes or more ends with the word of its last eight,
    // and one of four to seven with the word of its first four and its
    // last four; the bytes read twice were found clean in the lower half
    // (or lower word), so they are not flagged in the upper (a flag comes
    // only from a byte that is one, or above one). A shorter one is
    // gathered byte by byte over spaces, which no test flags. Most strings
    // (a type, a kind, a name) are shorter than eight.
    let len = bytes.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap_or_default()));
    if len >= 8 {
        let found = flagged(u64::from_le_bytes(
            bytes[len - 8..].try_into().unwrap_or_default(),
        ));
        return (found != 0).then(|| len - 8 + found.trailing_zeros() as usize / 8);
    }
    if len >= 4 {
        let found = flagged(u32_at(0) | u32_at(len - 4) << 32);
        let byte = found.trailing_zeros() as usize / 8;
        return (found != 0).then(|| if byte < 4 { byte } else { byte + len - 8 });
    }
    let mut word = ONES * u64::from(b' ');
    for (i, &b) in rest.iter().enumerate() {
        let shift = 8 * i;
        word = word & !(0xFF << shift) | u64::from(b) << shift;
    }
    let found = flagged(word);
    (found != 0).then(|| at + found.trailing_zeros() as usize / 8)
}

/// A number in decimal, as serde_json writes integers: with `itoa`, the
/// crate serde_json writes them with (two digits a step from a table,
/// into a buffer on the stack), which a long text's offsets of five to
/// seven digits need.
fn write_uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
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
    fn first_escape_finds_the_first_byte_json_escapes() {
        // (text, where its first escaped byte is)
        let cases: &[(&str, Option<usize>)] = &[
            ("", None),
            ("plain", None),
            ("eight by", None),
            ("sixteen bytes ok", None),
            ("\"", Some(0)),
            ("seven b\"", Some(7)),
            ("eight by\\", Some(8)),
            ("a\u{1f}b\"", Some(1)),
            ("~\u{7f} and é, ü, 🛩️ are kept", None),
            ("Ünïcödé ñames then a tab\t", Some(29)),
            ("\u{0}", Some(0)),
            ("!#[]{}/ \u{20}\u{21}", None),
        ];
        for &(text, want) in cases {
            assert_eq!(first_escape(text.as_bytes()), want, "{text:?}");
            let slow = text.bytes().position(|b| b < 0x20 || b == b'"' || b == b'\\');
            assert_eq!(want, slow, "{text:?}: the table is wrong");
        }
        // Every length to three words, with each byte that is escaped (and
        // a second one after it) at every place: the last word is read
        // overlapping the one before it, or gathered byte by byte.
        for len in 0..24 {
            for at in 0..len {
                for (b, fill) in [b'"', b'\\', b'\n', 0x1F, 0]
                    .into_iter()
                    .zip([b'A', 0xE9, 0x7F, b'!', 0xFF])
                {
                    let mut text = vec![fill; len];
                    text[at] = b;
                    if at + 1 < len {
                        text[len - 1] = b'"';
                    }
                    assert_eq!(first_escape(&text), Some(at), "{text:?}");
                }
            }
            assert_eq!(first_escape(&vec![b'~'; len]), None, "{len}");
        }
    }

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

    #[test]
    fn write_uint_writes_what_to_string_does() {
        let mut powers: Vec<usize> = (0..20).map(|k| 10usize.pow(k)).collect();
        powers.extend(powers.clone().iter().map(|p| p - 1));
        powers.extend(powers.clone().iter().map(|p| p + 1));
        let numbers = (0..20_000)
            .chain(powers)
            .chain([123_456, 1_000_072, 98_765_432_101, usize::MAX]);
        for n in numbers {
            let mut out = b"x".to_vec();
            write_uint(&mut out, n);
            assert_eq!(std::str::from_utf8(&out[1..]), Ok(n.to_string().as_str()), "{n}");
        }
    }
}

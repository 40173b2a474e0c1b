//! `--format html`: one self-contained page (no network, no external
//! scripts or fonts) for reading a corpus: every document reachable, in
//! pages, each card with its title, date, source and relations; filters by
//! relation type, factuality, actor, date and text that work together; an
//! actor network (who acts on whom) and a timeline of relations by date.
//!
//! The page is data and a script: workers turn each document into a JSON
//! object ([`document`]), the main thread collects them with an actor
//! dictionary ([`Report::add`]) and writes one JSON blob between the page's
//! style and its script ([`Report::write`]). The script (`report.js`, by
//! hand, no library) lays out only the page of cards on screen, so a
//! corpus of 10,000 headlines opens as fast as a page of 50; the network
//! and the timeline are SVG it draws from the filtered relations.
//!
//! Offsets in the blob count UTF-16 code units, as JavaScript strings do,
//! so the script slices the text exactly where the library's byte spans
//! are.

use std::collections::BTreeMap;
use std::io::{self, Write};

use newsie::{CharOffsets, EntityType, Extraction, RelationSchema};
use serde::Serialize;

use crate::inputs::{Batch, Doc, DATE, SOURCE, TITLE, URL};

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// What the main thread needs of a document besides its fragment: the
/// entities it mentions, for the actor dictionary.
#[derive(Default)]
pub struct DocStats {
    entities: Vec<(String, EntityType, String)>,
}

/// One document as the script reads it. Short keys: a corpus has many.
#[derive(Serialize)]
struct DocJson<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    date: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    source: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    url: &'a str,
    text: &'a str,
    /// `[start, end, id, alias kind, origin or ""]`.
    ents: Vec<(usize, usize, &'a str, &'static str, &'a str)>,
    /// `[type, factuality, sentence start, sentence end, rule, args,
    /// source entity or -1]`, args `[role, start, end, entity or -1]`.
    #[allow(clippy::type_complexity)]
    rels: Vec<(
        &'a str,
        &'static str,
        usize,
        usize,
        &'a str,
        Vec<(&'a str, usize, usize, i64)>,
        i64,
    )>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn doc_json<'a>(batch: &'a Batch, doc: &'a Doc, text: &'a str) -> DocJson<'a> {
    let title = batch.extra(doc, TITLE).trim();
    DocJson {
        id: batch.id(doc),
        // A headline whose text is its title is written once.
        title: if title == text.trim() { "" } else { title },
        date: batch.extra(doc, DATE),
        source: batch.extra(doc, SOURCE),
        url: batch.extra(doc, URL),
        text,
        ents: Vec::new(),
        rels: Vec::new(),
        error: None,
    }
}

fn to_json(d: &DocJson<'_>) -> String {
    serde_json::to_string(d).expect("documents serialize: string keys, writes to memory")
}

/// One document's JSON object and its entities.
pub fn document(batch: &Batch, doc: &Doc, x: &Extraction<'_>) -> (String, DocStats) {
    let mut d = doc_json(batch, doc, x.text());
    // JavaScript indexes strings in UTF-16 code units.
    let u = CharOffsets::utf16(x.text());
    let index = |i: Option<usize>| i.map_or(-1, |i| i as i64);
    let mut stats = DocStats::default();
    for e in x.entities() {
        let sp = e.span();
        d.ents.push((
            u.char_offset(sp.start),
            u.char_offset(sp.end),
            e.id(),
            e.alias_kind().as_str(),
            e.origin().unwrap_or(""),
        ));
        stats
            .entities
            .push((e.id().to_string(), e.entity_type(), e.entry().name().to_string()));
    }
    for r in x.relations() {
        let s = r.sentence();
        let args = r
            .arguments()
            .iter()
            .map(|a| {
                (
                    a.role,
                    u.char_offset(a.span.start),
                    u.char_offset(a.span.end),
                    index(a.entity),
                )
            })
            .collect();
        d.rels.push((
            r.relation_type(),
            r.factuality().as_str(),
            u.char_offset(s.start),
            u.char_offset(s.end),
            r.rule(),
            args,
            index(r.source()),
        ));
    }
    (to_json(&d), stats)
}

/// The object of a document that could not be processed.
pub fn failed_document(batch: &Batch, doc: &Doc, error: &str) -> String {
    let mut d = doc_json(batch, doc, "");
    d.error = Some(error);
    to_json(&d)
}

/// The page being built.
#[derive(Default)]
pub struct Report {
    docs: Vec<String>,
    documents: usize,
    left_out: usize,
    /// Every entity mentioned: id to type and name.
    actors: BTreeMap<String, (EntityType, String)>,
}

impl Report {
    /// Adds one rendered document (an empty fragment is a document left out
    /// by `--html-only-relations`, still counted).
    pub fn add(&mut self, fragment: String, stats: Option<DocStats>) {
        self.documents += 1;
        for (id, ty, name) in stats.map(|s| s.entities).unwrap_or_default() {
            self.actors.entry(id).or_insert((ty, name));
        }
        if fragment.is_empty() {
            self.left_out += 1;
        } else {
            self.docs.push(fragment);
        }
    }

    /// Writes the whole page: style, the data blob, the script.
    pub fn write(&self, out: &mut impl Write, schema: &[RelationSchema]) -> io::Result<()> {
        out.write_all(HEAD.as_bytes())?;
        out.write_all(STYLE.as_bytes())?;
        out.write_all(BODY.as_bytes())?;
        let mut blob = Escaped(out);
        write!(
            blob,
            "{{\"documents\":{},\"leftOut\":{},\"schema\":",
            self.documents, self.left_out
        )?;
        serde_json::to_writer(&mut blob, &Schema(schema))?;
        blob.write_all(b",\"actors\":")?;
        let actors: BTreeMap<&str, (&str, &str)> = self
            .actors
            .iter()
            .map(|(id, (ty, name))| (id.as_str(), (ty.as_str(), name.as_str())))
            .collect();
        serde_json::to_writer(&mut blob, &actors)?;
        blob.write_all(b",\"docs\":[")?;
        for (i, d) in self.docs.iter().enumerate() {
            if i > 0 {
                blob.write_all(b",\n")?;
            }
            blob.write_all(d.as_bytes())?;
        }
        blob.write_all(b"]}")?;
        out.write_all(b"</script>\n<script>\n")?;
        out.write_all(SCRIPT.as_bytes())?;
        out.write_all(b"</script>\n</body></html>\n")
    }
}

/// The relation types for the script: name, roles in declaration order,
/// and the two roles that take actors (who acts on whom).
struct Schema<'s>(&'s [RelationSchema]);

impl Serialize for Schema<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Type<'s> {
            name: &'s str,
            roles: Vec<&'s str>,
            actors: Vec<&'s str>,
        }
        let is_actor = |r: &newsie::RoleSchema| {
            [EntityType::Country, EntityType::Organization, EntityType::Person]
                .into_iter()
                .any(|t| r.accepts(t))
        };
        serializer.collect_seq(self.0.iter().map(|t| {
            Type {
                name: t.name(),
                roles: t.roles().iter().map(|r| r.name()).collect(),
                actors: t
                    .roles()
                    .iter()
                    .filter(|r| is_actor(r))
                    .take(2)
                    .map(|r| r.name())
                    .collect(),
            }
        }))
    }
}

/// Writes JSON into a `<script>` element: every `<` becomes `\u003c`, so
/// no text of a document can close the element or open a comment. JSON
/// has `<` only inside strings, where the escape means the same.
struct Escaped<'w, W: Write>(&'w mut W);

impl<W: Write> Write for Escaped<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for (i, piece) in buf.split(|&b| b == b'<').enumerate() {
            if i > 0 {
                self.0.write_all(b"\\u003c")?;
            }
            self.0.write_all(piece)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsie report</title>
<style>
"#;

/// The page's frame; the script fills it from the data.
const BODY: &str = r#"</style></head><body>
<header id="top">
  <h1>newsie report</h1>
  <div id="summary" class="summary"></div>
</header>
<div id="controls">
  <div class="row">
    <input id="q" type="search" placeholder="Search titles and text" aria-label="Search titles and text">
    <span class="group"><span class="label">Actor</span>
      <input id="actor-input" list="actor-list" placeholder="name or id" aria-label="Filter by actor">
      <datalist id="actor-list"></datalist>
      <span id="actor-chips"></span></span>
    <span id="date-chip"></span>
    <label class="only"><input id="only-rel" type="checkbox"> only documents with relations</label>
    <button id="clear" type="button">Clear filters</button>
  </div>
  <div class="row"><span class="label">Relation</span><span id="type-chips"></span></div>
  <div class="row"><span class="label">Factuality</span><span id="fact-chips"></span></div>
</div>
<div id="layout">
  <main>
    <div id="status" role="status"></div>
    <div id="list"></div>
    <nav id="pager"></nav>
  </main>
  <aside>
    <section><h3>Who acts on whom</h3><p class="hint">Arrows by relation type, width by count. Click an actor or an arrow to filter.</p>
      <svg id="network" viewBox="0 0 400 360" role="img" aria-label="Actor network"></svg>
      <ol id="top-pairs"></ol></section>
    <section id="timeline-box"><h3>Relations over time</h3><p class="hint">Click a bar to keep its dates.</p>
      <svg id="timeline" viewBox="0 0 400 170" role="img" aria-label="Relations by date"></svg></section>
    <section><h3>Most active actors</h3><ol id="top-actors"></ol></section>
  </aside>
</div>
<script id="data" type="application/json">"#;

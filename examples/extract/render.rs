//! Runs the library on a batch of documents and renders each in the chosen
//! format; each format's own module decides what its lines look like.
//!
//! A batch is cut into parts, one rayon task each (one part in all with a
//! single worker thread). A part renders its documents, in order, into one
//! buffer that is kept from batch to batch, so the writer sends each part
//! to the output as it is: no line is copied or encoded twice.

use std::io::{self, Write};
use std::ops::Range;

use newsie::plover::EventMap;
use newsie::{CharOffsets, Extraction, Extractor, Offsets};
use rayon::prelude::*;

use crate::args::{Format, Options};
use crate::inputs::{Batch, Doc};
use crate::{json, plover, report, tsv};

/// The output format with what it needs to know.
pub enum Renderer {
    Jsonl,
    Tsv { table: tsv::Table, entities_only: bool },
    Html { only_relations: bool },
    Plover { map: EventMap },
}

/// What one task made of its share of a batch.
#[derive(Default)]
pub struct Part {
    /// The documents it rendered.
    pub docs: Range<usize>,
    /// Their lines, each ending with a line break (JSON Lines, TSV).
    pub out: Vec<u8>,
    /// Each document's JSON object and entities (HTML).
    pub html: Vec<(String, Option<report::DocStats>)>,
    pub entities: usize,
    pub relations: usize,
    /// Documents left for the writer to extract and write itself, in
    /// pieces (JSON Lines of a very long text, see
    /// [`json::IN_PIECES_FROM`]): each with where its line goes in `out`,
    /// and its index in the batch.
    pub deferred: Vec<(usize, usize)>,
}

impl Part {
    fn clear(&mut self, docs: Range<usize>) {
        self.docs = docs;
        self.out.clear();
        self.html.clear();
        self.entities = 0;
        self.relations = 0;
        self.deferred.clear();
    }
}

impl Renderer {
    /// The renderer of `o.format`; `plover` is the event table, needed for
    /// (and only for) `--format plover`.
    pub fn new(o: &Options, plover: Option<EventMap>) -> Renderer {
        match o.format {
            Format::Jsonl => Renderer::Jsonl,
            Format::Tsv => Renderer::Tsv {
                table: if o.entities_only {
                    tsv::Table::entities()
                } else {
                    tsv::Table::relations()
                },
                entities_only: o.entities_only,
            },
            Format::Html => Renderer::Html {
                only_relations: o.html_only_relations,
            },
            Format::Plover => Renderer::Plover {
                map: plover.unwrap_or_default(),
            },
        }
    }

    /// The first line of the output, if the format has one.
    pub fn header(&self) -> Option<String> {
        match self {
            Renderer::Tsv { table, .. } => Some(table.header()),
            _ => None,
        }
    }

    /// Extracts and renders every document of `batch` into its parts, in
    /// parallel on the current rayon pool.
    pub fn render_batch(&self, o: &Options, extractor: &Extractor, batch: &mut Batch) {
        let n = batch.docs.len();
        // Several parts per thread, so that a part of long documents does
        // not leave the other threads idle.
        let count = if o.threads == 1 {
            1
        } else {
            (o.threads * 4).clamp(1, n.max(1))
        };
        let per = n.div_ceil(count).max(1);
        let mut parts = std::mem::take(&mut batch.parts);
        parts.resize_with(count, Part::default);
        {
            let batch = &*batch;
            parts.par_iter_mut().enumerate().for_each(|(i, part)| {
                part.clear((i * per).min(n)..((i + 1) * per).min(n));
                for i in part.docs.clone() {
                    let doc = &batch.docs[i];
                    if matches!(self, Renderer::Jsonl)
                        && batch.text(doc).is_ok_and(|t| t.len() >= json::IN_PIECES_FROM)
                    {
                        part.deferred.push((part.out.len(), i));
                        continue;
                    }
                    self.render(o, extractor, batch, doc, part);
                }
            });
        }
        batch.parts = parts;
    }

    /// Extracts and renders one document into `part`.
    fn render(&self, o: &Options, extractor: &Extractor, batch: &Batch, doc: &Doc, part: &mut Part) {
        let id = batch.id(doc);
        let text = match batch.text(doc) {
            Ok(t) => t,
            Err(why) => {
                match self {
                    Renderer::Jsonl => json::failed(&mut part.out, id, why, doc),
                    Renderer::Tsv { table, .. } => table.failed(&mut part.out, batch, doc, why),
                    Renderer::Html { .. } => part.html.push((report::failed_document(batch, doc, why), None)),
                    // Event data has events only; the summary names the
                    // document, and the exit status says it failed.
                    Renderer::Plover { .. } => {}
                }
                return;
            }
        };
        let x = extract(o, extractor, text);
        part.entities += x.entities().len();
        part.relations += x.relations().len();
        match self {
            Renderer::Jsonl => json::document(&mut part.out, o, id, &x, doc),
            Renderer::Tsv { table, entities_only } => {
                let chars = (o.offsets == Offsets::Chars).then(|| CharOffsets::new(text));
                table.document(&mut part.out, batch, doc, &x, *entities_only, chars.as_ref())
            }
            Renderer::Html { only_relations } => {
                let keep = !*only_relations || !x.relations().is_empty();
                let (json, stats) = report::document(batch, doc, &x);
                part.html
                    .push((if keep { json } else { String::new() }, Some(stats)));
            }
            Renderer::Plover { map } => plover::document(&mut part.out, map, batch, doc, &x),
        }
    }
}

/// What the options ask of the library for one text.
fn extract<'a>(o: &Options, extractor: &'a Extractor, text: &'a str) -> Extraction<'a> {
    let mut x = if o.entities_only {
        extractor.extract_entities(text)
    } else {
        extractor.extract(text)
    };
    if let Some(types) = &o.relations {
        x.retain_relations(|r| types.iter().any(|t| t == r.relation_type()));
    }
    x
}

/// Extracts a document [`Renderer::render_batch`] deferred and writes its
/// record to `w`, a piece at a time (so a record of hundreds of megabytes
/// is never held whole); returns its numbers of entities and relations.
pub fn write_deferred(
    o: &Options,
    extractor: &Extractor,
    batch: &Batch,
    doc: &Doc,
    w: &mut impl Write,
) -> io::Result<(usize, usize)> {
    let Ok(text) = batch.text(doc) else {
        return Ok((0, 0));
    };
    let x = extract(o, extractor, text);
    json::document_in_pieces(w, o, batch.id(doc), &x, doc)?;
    Ok((x.entities().len(), x.relations().len()))
}

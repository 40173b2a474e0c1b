//! Runs the library on one document and renders it in the chosen format;
//! each format's own module decides what its lines look like.

use newsie::Extractor;

use crate::args::{Format, Options};
use crate::inputs::Doc;
use crate::{json, report, tsv};

/// The output format with what it needs to know.
pub enum Renderer {
    Jsonl,
    Tsv { table: tsv::Table, entities_only: bool },
    Html { only_relations: bool },
}

/// What a worker made of one document.
pub struct Rendered {
    /// The document's line(s), without the last line break; empty for none.
    pub out: String,
    /// Counts for the HTML report's summary.
    pub stats: Option<report::DocStats>,
    pub failed: bool,
    pub bytes: usize,
    pub entities: usize,
    pub relations: usize,
}

impl Renderer {
    pub fn new(o: &Options) -> Renderer {
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
        }
    }

    /// The first line of the output, if the format has one.
    pub fn header(&self) -> Option<String> {
        match self {
            Renderer::Tsv { table, .. } => Some(table.header()),
            _ => None,
        }
    }

    /// Extracts and renders one document.
    pub fn render(&self, o: &Options, extractor: &Extractor, doc: &Doc) -> Rendered {
        let text = match &doc.text {
            Ok(t) => t,
            Err(why) => {
                let out = match self {
                    Renderer::Jsonl => json::failed(doc, why),
                    Renderer::Tsv { table, .. } => table.failed(&doc.id, why),
                    Renderer::Html { .. } => report::failed_document(&doc.id, why),
                };
                return Rendered {
                    out,
                    stats: None,
                    failed: true,
                    bytes: 0,
                    entities: 0,
                    relations: 0,
                };
            }
        };
        let mut x = if o.entities_only {
            extractor.extract_entities(text)
        } else {
            extractor.extract(text)
        };
        if let Some(types) = &o.relations {
            x.retain_relations(|r| types.iter().any(|t| t == r.relation_type()));
        }
        let mut stats = None;
        let out = match self {
            Renderer::Jsonl => json::document(doc, &x),
            Renderer::Tsv { table, entities_only } => table.document(&doc.id, &x, *entities_only),
            Renderer::Html { only_relations } => {
                let (html, s) = report::document(&doc.id, &x);
                stats = Some(s);
                if *only_relations && x.relations().is_empty() {
                    String::new()
                } else {
                    html
                }
            }
        };
        Rendered {
            out,
            stats,
            failed: false,
            bytes: text.len(),
            entities: x.entities().len(),
            relations: x.relations().len(),
        }
    }
}

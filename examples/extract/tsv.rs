//! `--format tsv`: a header, then one relation a line (or, with
//! `--entities-only`, one entity a line). The columns of each table are
//! named once, here; rows and error rows are written against that list, so
//! every row has as many fields as the header.

use newsie::{CharOffsets, Extraction};

use crate::inputs::{Batch, Doc, DATE, TITLE, URL};

/// Role slots of a relation row: enough for every relation type of the
/// schema (supply has the most, with supplier, recipient, item and one
/// more for a user rule).
const ROLE_SLOTS: usize = 4;

/// The columns every table ends with: fields of the input document passed
/// through (empty for text files, or when the field is missing), in the
/// order of their names here.
const DOCUMENT_COLUMNS: [(&str, usize); 3] = [("date", DATE), ("title", TITLE), ("url", URL)];

/// One table: its columns, and which column of an error row holds the
/// message (the first two are the document and `ERROR`).
pub struct Table {
    columns: Vec<String>,
    message: usize,
}

impl Table {
    /// One relation a line: document, type, factuality, a role/text/id
    /// triple per slot, rule, sentence, then the document columns.
    pub fn relations() -> Table {
        let mut columns: Vec<String> = ["document", "type", "factuality"].map(String::from).into();
        for i in 1..=ROLE_SLOTS {
            columns.extend([format!("role{i}"), format!("text{i}"), format!("id{i}")]);
        }
        columns.extend(["rule", "sentence"].map(String::from));
        Table::with_document_columns(columns, 2)
    }

    /// One entity a line: document, type, id, text, start, end, then the
    /// document columns.
    pub fn entities() -> Table {
        let columns = ["document", "type", "id", "text", "start", "end"]
            .map(String::from)
            .into();
        Table::with_document_columns(columns, 3)
    }

    fn with_document_columns(mut columns: Vec<String>, message: usize) -> Table {
        columns.extend(DOCUMENT_COLUMNS.map(|(name, _)| name.to_string()));
        Table { columns, message }
    }

    pub fn header(&self) -> String {
        self.columns.join("\t")
    }

    /// The rows of one document, each ending with a line break. With
    /// `chars`, entity offsets count characters.
    pub fn document(
        &self,
        out: &mut Vec<u8>,
        batch: &Batch,
        doc: &Doc,
        x: &Extraction<'_>,
        entities_only: bool,
        chars: Option<&CharOffsets<'_>>,
    ) {
        let id = batch.id(doc);
        let offset = |byte: usize| chars.map_or(byte, |c| c.char_offset(byte)).to_string();
        if entities_only {
            for e in x.entities() {
                let (start, end) = (offset(e.span().start), offset(e.span().end));
                let fields = [id, e.entity_type().as_str(), e.id(), e.text(), &start, &end];
                self.row(out, &fields, batch, doc);
            }
            return;
        }
        let mut fields: Vec<&str> = Vec::with_capacity(self.columns.len());
        for r in x.relations() {
            fields.clear();
            fields.extend([id, r.relation_type(), r.factuality().as_str()]);
            for slot in 0..ROLE_SLOTS {
                match r.arguments().get(slot) {
                    Some(a) => fields.extend([
                        a.role,
                        &x.text()[a.span.start..a.span.end],
                        a.entity.map_or("", |i| x.entities()[i].id()),
                    ]),
                    None => fields.extend(["", "", ""]),
                }
            }
            let s = r.sentence();
            fields.extend([r.rule(), x.text()[s.start..s.end].trim()]);
            self.row(out, &fields, batch, doc);
        }
    }

    /// The row of a document that could not be processed: its id, `ERROR`,
    /// and the message in the table's message column.
    pub fn failed(&self, out: &mut Vec<u8>, batch: &Batch, doc: &Doc, why: &str) {
        let mut fields = vec![""; self.columns.len() - DOCUMENT_COLUMNS.len()];
        fields[0] = batch.id(doc);
        fields[1] = "ERROR";
        fields[self.message] = why;
        self.row(out, &fields, batch, doc);
    }

    /// Writes `fields` and the document columns as one line.
    fn row(&self, out: &mut Vec<u8>, fields: &[&str], batch: &Batch, doc: &Doc) {
        debug_assert_eq!(
            fields.len() + DOCUMENT_COLUMNS.len(),
            self.columns.len(),
            "a row has a field per column"
        );
        let document = DOCUMENT_COLUMNS.map(|(_, which)| batch.extra(doc, which));
        for (i, f) in fields.iter().chain(&document).enumerate() {
            if i > 0 {
                out.push(b'\t');
            }
            push_field(out, f);
        }
        out.push(b'\n');
    }
}

/// A field with its tabs and line breaks turned into spaces, so that it
/// stays one field of one line.
fn push_field(out: &mut Vec<u8>, s: &str) {
    out.extend(s.bytes().map(|b| {
        if matches!(b, b'\t' | b'\n' | b'\r') {
            b' '
        } else {
            b
        }
    }));
}

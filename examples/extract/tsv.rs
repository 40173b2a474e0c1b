//! `--format tsv`: a header, then one relation a line (or, with
//! `--entities-only`, one entity a line). The columns of each table are
//! named once, here; rows and error rows are written against that list, so
//! every row has as many fields as the header.

use newsie::Extraction;

/// Role slots of a relation row: enough for every relation type of the
/// schema (supply has the most, with supplier, recipient, item and one
/// more for a user rule).
const ROLE_SLOTS: usize = 4;

/// One table: its columns, and which column of an error row holds the
/// message (the first two are the document and `ERROR`).
pub struct Table {
    columns: Vec<String>,
    message: usize,
}

impl Table {
    /// One relation a line: document, type, factuality, a role/text/id
    /// triple per slot, rule, sentence.
    pub fn relations() -> Table {
        let mut columns: Vec<String> = ["document", "type", "factuality"].map(String::from).into();
        for i in 1..=ROLE_SLOTS {
            columns.extend([format!("role{i}"), format!("text{i}"), format!("id{i}")]);
        }
        columns.extend(["rule", "sentence"].map(String::from));
        Table { columns, message: 2 }
    }

    /// One entity a line.
    pub fn entities() -> Table {
        let columns = ["document", "type", "id", "text", "start", "end"]
            .map(String::from)
            .into();
        Table { columns, message: 3 }
    }

    pub fn header(&self) -> String {
        self.columns.join("\t")
    }

    /// The rows of one document, one a line without the last line break;
    /// empty when there are none.
    pub fn document(&self, id: &str, x: &Extraction<'_>, entities_only: bool) -> String {
        let mut out = String::new();
        if entities_only {
            for e in x.entities() {
                let (start, end) = (e.span().start.to_string(), e.span().end.to_string());
                let fields = [id, e.entity_type().as_str(), e.id(), e.text(), &start, &end];
                self.row(&mut out, &fields);
            }
            return out;
        }
        for r in x.relations() {
            let mut fields: Vec<&str> = vec![id, r.relation_type(), r.factuality().as_str()];
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
            self.row(&mut out, &fields);
        }
        out
    }

    /// The row of a document that could not be processed: its id, `ERROR`,
    /// and the message in the table's message column.
    pub fn failed(&self, id: &str, why: &str) -> String {
        let mut fields = vec![""; self.columns.len()];
        fields[0] = id;
        fields[1] = "ERROR";
        fields[self.message] = why;
        let mut out = String::new();
        self.row(&mut out, &fields);
        out
    }

    fn row(&self, out: &mut String, fields: &[&str]) {
        debug_assert_eq!(fields.len(), self.columns.len(), "a row has a field per column");
        if !out.is_empty() {
            out.push('\n');
        }
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            push_field(out, f);
        }
    }
}

/// A field with its tabs and line breaks turned into spaces, so that it
/// stays one field of one line.
fn push_field(out: &mut String, s: &str) {
    out.extend(
        s.chars()
            .map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }),
    );
}

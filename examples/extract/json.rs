//! `--format jsonl`: one record a line, as the schema's "Output records"
//! say, with the input's other JSON Lines fields under `meta`.

use newsie::{Extraction, Record};

use crate::args::Options;
use crate::inputs::Doc;

/// The record's JSON object, with the fields passed through added as its
/// last field, `meta`: raw JSON, written back as it was read.
fn line(out: &mut Vec<u8>, record: Record<'_, '_>, doc: &Doc) {
    record.write_json(out);
    if let Some(meta) = doc.meta.as_deref() {
        // A record is one object: its last byte is the closing brace.
        out.pop();
        out.extend_from_slice(b",\"meta\":");
        out.extend_from_slice(meta.get().as_bytes());
        out.push(b'}');
    }
    out.push(b'\n');
}

pub fn document(out: &mut Vec<u8>, o: &Options, id: &str, x: &Extraction<'_>, doc: &Doc) {
    let record = Record::new(id, x).offsets(o.offsets).evidence(o.evidence);
    line(out, record, doc);
}

pub fn failed(out: &mut Vec<u8>, id: &str, why: &str, doc: &Doc) {
    line(out, Record::failed(id, why), doc);
}

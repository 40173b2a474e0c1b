//! `--format jsonl`: one record a line, as the schema's "Output records"
//! say, with the input's other JSON Lines fields under `meta`.

use newsie::{Extraction, Record};
use serde_json::value::RawValue;

use crate::args::Options;
use crate::inputs::Doc;

/// A record and the fields passed through, serialized as one object. The
/// fields are raw JSON, written back as they were read.
#[derive(serde::Serialize)]
struct Output<'r, 'a> {
    #[serde(flatten)]
    record: Record<'r, 'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'r RawValue>,
}

fn line(out: &mut Vec<u8>, record: Record<'_, '_>, doc: &Doc) {
    let output = Output {
        record,
        meta: doc.meta.as_deref(),
    };
    serde_json::to_writer(&mut *out, &output).expect("records serialize: string keys, writes to memory");
    out.push(b'\n');
}

pub fn document(out: &mut Vec<u8>, o: &Options, id: &str, x: &Extraction<'_>, doc: &Doc) {
    let record = Record::new(id, x).offsets(o.offsets).evidence(o.evidence);
    line(out, record, doc);
}

pub fn failed(out: &mut Vec<u8>, id: &str, why: &str, doc: &Doc) {
    line(out, Record::failed(id, why), doc);
}

//! `--format jsonl`: one record a line, as the schema's "Output records"
//! say, with the input's other JSON Lines fields under `meta`.

use std::io::{self, Write};

use newsie::{Extraction, Record};

use crate::args::Options;
use crate::inputs::Doc;

/// The record's JSON object, with the fields passed through added as its
/// last field, `meta`: raw JSON, written back as it was read.
fn line(out: &mut Vec<u8>, record: Record<'_, '_>, doc: &Doc) {
    record.write_json(out);
    end_line(out, doc);
}

/// Ends a record whose last bytes are in `out`: `meta`, then the line
/// break.
fn end_line(out: &mut Vec<u8>, doc: &Doc) {
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

/// A document with this much text or more has its record written straight
/// to the output, a piece at a time ([`document_in_pieces`]), not into the
/// batch's buffer: a document of megabytes where every word is a mention
/// has a record of ten times its size.
pub const IN_PIECES_FROM: usize = 1 << 20;

/// How much of such a record is held before it is written.
const PIECE: usize = 1 << 16;

/// [`document`], written to `w` a piece at a time: the same bytes.
pub fn document_in_pieces(
    w: &mut impl Write,
    o: &Options,
    id: &str,
    x: &Extraction<'_>,
    doc: &Doc,
) -> io::Result<()> {
    let record = Record::new(id, x).offsets(o.offsets).evidence(o.evidence);
    let mut out = Vec::with_capacity(PIECE + (PIECE >> 2));
    let mut failed = None;
    record.write_json_in_pieces(&mut out, PIECE, |piece: &mut Vec<u8>| match w.write_all(piece) {
        Ok(()) => {
            piece.clear();
            true
        }
        Err(e) => {
            failed = Some(e);
            false
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    end_line(&mut out, doc);
    w.write_all(&out)
}

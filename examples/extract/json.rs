//! `--format jsonl`: one record a line, as the schema's "Output records"
//! say, with the input's other JSON Lines fields under `meta`.

use newsie::{Extraction, Record};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::inputs::Doc;

/// A record and the fields passed through, serialized as one object. The
/// fields are raw JSON, written back as they were read.
#[derive(serde::Serialize)]
struct Output<'r, 'a> {
    #[serde(flatten)]
    record: Record<'r, 'a>,
    #[serde(skip_serializing_if = "Meta::is_empty")]
    meta: Meta<'r>,
}

struct Meta<'r>(&'r [(String, Box<RawValue>)]);

impl Meta<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Meta<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, &**value)?;
        }
        map.end()
    }
}

fn line(record: Record<'_, '_>, doc: &Doc) -> String {
    let out = Output {
        record,
        meta: Meta(&doc.meta),
    };
    serde_json::to_string(&out).expect("records serialize: string keys, no maps as keys")
}

pub fn document(doc: &Doc, x: &Extraction<'_>) -> String {
    line(Record::new(&doc.id, x), doc)
}

pub fn failed(doc: &Doc, why: &str) -> String {
    line(Record::failed(&doc.id, why), doc)
}

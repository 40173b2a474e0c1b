//! `--format plover`: PLOVER event records, one JSON line an event, as the
//! library's [`newsie::plover`] writes them, with the story's date,
//! publication and URL taken from the input's fields.

use newsie::plover::{EventMap, Story};
use newsie::Extraction;

use crate::inputs::{Batch, Doc, DATE, SOURCE, URL};

/// The events of one document, each a line; nothing for a document without
/// events.
pub fn document(out: &mut Vec<u8>, map: &EventMap, batch: &Batch, doc: &Doc, x: &Extraction<'_>) {
    let story = Story::new(batch.id(doc))
        .date(batch.extra(doc, DATE))
        .publication(batch.extra(doc, SOURCE))
        .url(batch.extra(doc, URL));
    for event in map.events(story, x) {
        serde_json::to_writer(&mut *out, &event).expect("events serialize: string keys, writes to memory");
        out.push(b'\n');
    }
}

/// The table `--plover-map` names, or the embedded one; warns about
/// relation types the table has no row for (their relations write no
/// events).
pub fn load(path: Option<&std::path::Path>, schema: &[newsie::RelationSchema]) -> Result<EventMap, String> {
    let map = match path {
        Some(path) => EventMap::from_path(path).map_err(|e| e.to_string())?,
        None => EventMap::default(),
    };
    let unmapped = map.unmapped(schema);
    if !unmapped.is_empty() {
        eprintln!(
            "extract: the PLOVER table has no row for {}: their relations write no events",
            unmapped.join(", ")
        );
    }
    Ok(map)
}

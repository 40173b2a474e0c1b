//! The parallel pipeline: three stages joined by a bounded channel, so that
//! memory does not grow with the corpus.
//!
//! 1. a reader thread walks the inputs in order, decodes them (gzip, UTF-8,
//!    JSON Lines) and cuts the stream into batches of documents;
//! 2. each batch is extracted in parallel on a rayon pool, each document
//!    rendered by the worker that extracted it;
//! 3. the calling thread hands the rendered batch, in input order, to the
//!    consumer (which writes it).

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

use newsie::Extractor;
use rayon::prelude::*;

use crate::args::Options;
use crate::inputs::{self, Doc};
use crate::render::{Rendered, Renderer};

/// A batch also ends at this much text, so a corpus of long documents
/// keeps memory to a few megabytes.
const BATCH_BYTES: usize = 1 << 20;

/// Runs every document of `files` through `renderer` on `pool` and gives
/// each batch, in order, to `consume`. Stops at the first error `consume`
/// returns, and returns it.
pub fn run(
    o: &Options,
    extractor: &Extractor,
    renderer: &Renderer,
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    mut consume: impl FnMut(&[Doc], Vec<Rendered>) -> io::Result<()>,
) -> io::Result<()> {
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel::<Vec<Doc>>(2);
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(o.batch);
            let mut bytes = 0;
            inputs::read(o, files, |doc| {
                bytes += doc.text.as_ref().map_or(0, |t| t.len());
                batch.push(doc);
                if batch.len() >= o.batch || bytes >= BATCH_BYTES {
                    bytes = 0;
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(o.batch));
                    return tx.send(full).is_ok();
                }
                true
            });
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        for batch in rx {
            let rendered: Vec<Rendered> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|d| renderer.render(o, extractor, d))
                    .collect()
            });
            consume(&batch, rendered)?;
        }
        // Returning early drops the receiver, which stops the reader at its
        // next batch.
        Ok(())
    })
}

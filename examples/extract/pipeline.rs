//! The parallel pipeline: three stages joined by bounded channels, so that
//! memory does not grow with the corpus, and each stage on its own thread,
//! so that reading and writing overlap extraction:
//!
//! 1. a reader thread walks the inputs in order, decodes them (gzip, UTF-8,
//!    JSON Lines) and fills batches of documents;
//! 2. a dispatching thread has each batch extracted and rendered on the
//!    rayon pool ([`Renderer::render_batch`]);
//! 3. the calling thread hands each rendered batch, in input order, to the
//!    consumer (which writes it), then gives the batch back to the reader
//!    to fill again: its buffers are reused, not reallocated.
//!
//! With `--threads 1` the one worker extracts and renders while the reader
//! and the writer share the other core.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

use newsie::Extractor;

use crate::args::Options;
use crate::inputs::{self, Batch};
use crate::render::Renderer;

/// Used batches waiting to be filled again. With one batch being read, one
/// queued, one rendered, one queued and one written, at most five exist.
const RECYCLED: usize = 5;

/// Runs every document of `files` through `renderer` on `pool` and gives
/// each batch, in order, to `consume`. Stops at the first error `consume`
/// returns, and returns it.
pub fn run(
    o: &Options,
    extractor: &Extractor,
    renderer: &Renderer,
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    mut consume: impl FnMut(&mut Batch) -> io::Result<()>,
) -> io::Result<()> {
    std::thread::scope(|scope| {
        let (to_workers, from_reader) = sync_channel::<Batch>(1);
        let (to_writer, from_workers) = sync_channel::<Batch>(1);
        let (recycle, recycled) = sync_channel::<Batch>(RECYCLED);
        std::thread::Builder::new()
            .name("reader".into())
            .spawn_scoped(scope, move || {
                let fresh = || recycled.try_recv().unwrap_or_default();
                inputs::read(o, files, fresh, |batch| to_workers.send(batch).is_ok());
            })?;
        std::thread::Builder::new()
            .name("dispatch".into())
            .spawn_scoped(scope, move || {
                for mut batch in from_reader {
                    pool.install(|| renderer.render_batch(o, extractor, &mut batch));
                    if to_writer.send(batch).is_err() {
                        break;
                    }
                }
            })?;
        for mut batch in from_workers {
            consume(&mut batch)?;
            let _ = recycle.try_send(batch);
        }
        // Returning early drops the receiver, which stops the dispatcher,
        // and with it the reader, at their next batch.
        Ok(())
    })
}

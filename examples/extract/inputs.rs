//! Inputs: which files a PATH stands for, opening them (gzip by magic
//! bytes), decoding, and cutting them into batches of documents.
//!
//! Every document that is asked for comes out, readable or not: a file that
//! cannot be opened, a line that is not JSON, a text that is not UTF-8 all
//! become a [`Doc`] whose text is the reason, so the output has a record
//! for it.
//!
//! A batch keeps its documents' texts back to back in one string, and the
//! pipeline hands used batches back to the reader, so reading allocates
//! nothing per document once the first batches have grown: a line is
//! parsed in place in the reader's buffer (or, when it goes on past the
//! buffer, in one reused buffer it is read into; see [`crate::json_line`]),
//! and its text copied once, into the batch. Only the fields passed through
//! take an allocation of their own (one per document).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::args::{Format, InputKind, Options};
use crate::json_line::{self, Fields, LineError, TextError};

/// A batch ends at this much text, so a corpus of long documents keeps
/// memory to a few megabytes.
const BATCH_BYTES: usize = 1 << 20;

/// What comes between a title and the text (`--title-field`): a blank line
/// ends a sentence, so the title is a sentence of its own.
pub const TITLE_SEPARATOR: &str = "\n\n";

/// A file with a NUL byte in this many first bytes is binary.
const BINARY_PROBE: usize = 8 << 10;

/// The extra fields a document may carry for the TSV columns, the report,
/// PLOVER records and the title: their order in [`Doc::extra`].
pub const TITLE: usize = 0;
pub const DATE: usize = 1;
pub const URL: usize = 2;
pub const SOURCE: usize = 3;

/// Documents read together, and the buffers their output is rendered into.
#[derive(Default)]
pub struct Batch {
    /// Every document's text, back to back.
    text: String,
    /// Ids and extra fields, back to back.
    fields: String,
    pub docs: Vec<Doc>,
    /// The rendered output, one part per worker task; see
    /// [`crate::render`].
    pub parts: Vec<crate::render::Part>,
}

/// One input document. Its strings live in its [`Batch`].
pub struct Doc {
    id: Range<usize>,
    /// The text, or why there is none.
    text: Result<Range<usize>, String>,
    /// The JSON Lines fields to pass through, as one JSON object.
    pub meta: Option<Box<RawValue>>,
    /// Title, date, URL and source; empty when missing.
    extra: [Range<usize>; 4],
}

impl Batch {
    pub fn id(&self, doc: &Doc) -> &str {
        &self.fields[doc.id.clone()]
    }

    /// The document's text, or why it has none.
    pub fn text<'b>(&'b self, doc: &'b Doc) -> Result<&'b str, &'b str> {
        match &doc.text {
            Ok(r) => Ok(&self.text[r.clone()]),
            Err(why) => Err(why),
        }
    }

    /// One of [`TITLE`], [`DATE`], [`URL`], [`SOURCE`]; empty when missing.
    pub fn extra(&self, doc: &Doc, which: usize) -> &str {
        &self.fields[doc.extra[which].clone()]
    }

    fn is_full(&self, max_docs: usize) -> bool {
        self.docs.len() >= max_docs || self.text.len() >= BATCH_BYTES
    }

    /// Empties the batch for reuse, keeping its buffers unless one grew
    /// past a few batches' worth (one huge document should not pin its
    /// memory for the rest of the run).
    fn clear(&mut self) {
        self.text.clear();
        self.fields.clear();
        self.docs.clear();
        if self.text.capacity() > 4 * BATCH_BYTES {
            self.text.shrink_to(BATCH_BYTES);
        }
    }

    fn push_field(&mut self, s: &str) -> Range<usize> {
        let start = self.fields.len();
        self.fields.push_str(s);
        start..self.fields.len()
    }

    fn push_failed(&mut self, id: &str, why: String) {
        let id = self.push_field(id);
        let none = id.end..id.end;
        self.docs.push(Doc {
            id,
            text: Err(why),
            meta: None,
            extra: [none.clone(), none.clone(), none.clone(), none],
        });
    }
}

/// The files the PATHs stand for: each itself, or every non-hidden file
/// under a directory, in sorted order.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let mut stack = vec![p.clone()];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&dir) else {
                // Reported when read, like any unreadable file.
                found.push(dir);
                continue;
            };
            for entry in rd.flatten() {
                if entry.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    found.push(path);
                }
            }
        }
        found.sort();
        out.extend(found);
    }
    out
}

/// The total size of the inputs, when it is known before reading them
/// (not for standard input or compressed files): for the progress line.
pub fn known_size(files: &[PathBuf]) -> Option<u64> {
    let known = files
        .iter()
        .all(|f| !is_stdin(f) && !f.to_string_lossy().ends_with(".gz"));
    known.then(|| {
        files
            .iter()
            .filter_map(|f| f.metadata().ok())
            .map(|m| m.len())
            .sum()
    })
}

pub fn is_stdin(path: &Path) -> bool {
    path == Path::new("-")
}

/// Opens a file (or stdin for `-`), decompressing gzip by magic bytes.
fn open(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if is_stdin(path) {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    if reader.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        Ok(Box::new(BufReader::with_capacity(1 << 16, gz)))
    } else {
        Ok(Box::new(reader))
    }
}

fn is_jsonl_name(path: &Path) -> bool {
    let name = path.to_string_lossy();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// The position of a NUL byte in the first block of the input, if any:
/// such a file is binary (an image, a PDF, UTF-16 text) and reported once
/// as a whole rather than as invalid UTF-8 line after line.
fn nul_in_first_block(reader: &mut dyn BufRead) -> io::Result<Option<usize>> {
    let block = reader.fill_buf()?;
    Ok(block[..block.len().min(BINARY_PROBE)]
        .iter()
        .position(|&b| b == 0))
}

fn decode(bytes: &[u8], lossy: bool) -> Result<std::borrow::Cow<'_, str>, String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.into()),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte {} (use --lossy to replace bad bytes)",
            e.valid_up_to()
        )),
    }
}

/// Reads every input in order into batches. `fresh` gives an empty batch
/// (a used one, when the pipeline has handed one back); `full` takes each
/// filled batch and says whether to go on (false: the consumer has gone).
pub fn read(
    o: &Options,
    files: &[PathBuf],
    mut fresh: impl FnMut() -> Batch,
    mut full: impl FnMut(Batch) -> bool,
) {
    // The extra fields are decoded only for the formats that use them.
    let extra_wanted = o.format != Format::Jsonl || o.title_field.is_some();
    let fields = Fields {
        id: &o.id_field,
        text: &o.text_field,
        extra: if extra_wanted {
            let title = o.title_field.as_deref().unwrap_or("title");
            [
                Some(title),
                Some(&o.date_field),
                Some(&o.url_field),
                Some(&o.source_field),
            ]
        } else {
            [None; 4]
        },
    };
    let mut fresh = move || {
        let mut batch = fresh();
        batch.clear();
        batch
    };
    let mut batch = fresh();
    let mut bytes = Vec::new();
    // Hands the batch on when it is full; false when the consumer has gone.
    let mut go_on = |batch: &mut Batch, fresh: &mut dyn FnMut() -> Batch| {
        !batch.is_full(o.batch) || full(std::mem::replace(batch, fresh()))
    };
    for path in files {
        let shown = path.display().to_string();
        let mut reader = match open(path) {
            Ok(r) => r,
            Err(e) => {
                let what = if path.is_dir() {
                    "cannot read directory"
                } else {
                    "cannot read file"
                };
                batch.push_failed(&shown, format!("{what}: {e}"));
                if !go_on(&mut batch, &mut fresh) {
                    return;
                }
                continue;
            }
        };
        match nul_in_first_block(&mut reader) {
            Ok(None) => {}
            Ok(Some(at)) => {
                batch.push_failed(&shown, format!("binary file (a NUL byte at byte {at}), not read"));
                if !go_on(&mut batch, &mut fresh) {
                    return;
                }
                continue;
            }
            Err(e) => {
                batch.push_failed(&shown, format!("cannot read file: {e}"));
                if !go_on(&mut batch, &mut fresh) {
                    return;
                }
                continue;
            }
        }
        let jsonl = match o.input {
            InputKind::Jsonl => true,
            InputKind::Text => false,
            InputKind::Auto if is_stdin(path) => reader.fill_buf().is_ok_and(|b| b.first() == Some(&b'{')),
            InputKind::Auto => is_jsonl_name(path),
        };
        if !jsonl {
            bytes.clear();
            match reader.read_to_end(&mut bytes) {
                Ok(_) => match decode(&bytes, o.lossy) {
                    Ok(text) => batch.push_text(&shown, &text),
                    Err(why) => batch.push_failed(&shown, why),
                },
                Err(e) => batch.push_failed(&shown, format!("cannot read file: {e}")),
            }
            if !go_on(&mut batch, &mut fresh) {
                return;
            }
            continue;
        }
        let mut line_no = 0usize;
        loop {
            // A line whole in the reader's buffer is parsed where it is (a
            // headline is a hundred bytes, and copying it out cost more
            // than finding its end); one that goes on past the buffer, or a
            // read that fails, is copied out by `read_until` below.
            let title = o.title_field.is_some();
            let used = match reader.fill_buf() {
                Ok(buf) => match memchr::memchr(b'\n', buf) {
                    Some(end) => {
                        line_no += 1;
                        batch.push_json_line(o.lossy, fields, title, &shown, line_no, &buf[..=end]);
                        Some(end + 1)
                    }
                    None if buf.is_empty() => break,
                    None => None,
                },
                Err(_) => None,
            };
            if let Some(used) = used {
                reader.consume(used);
                if !go_on(&mut batch, &mut fresh) {
                    return;
                }
                continue;
            }
            bytes.clear();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    let why = format!("cannot read {shown} after line {line_no}: {e}");
                    batch.push_failed(&format!("{shown}:{}", line_no + 1), why);
                    if !go_on(&mut batch, &mut fresh) {
                        return;
                    }
                    // The reader cannot go on past a read error.
                    break;
                }
            }
            line_no += 1;
            batch.push_json_line(o.lossy, fields, title, &shown, line_no, &bytes);
            if !go_on(&mut batch, &mut fresh) {
                return;
            }
        }
    }
    if !batch.docs.is_empty() {
        full(batch);
    }
}

impl Batch {
    fn push_text(&mut self, id: &str, text: &str) {
        let id = self.push_field(id);
        let none = id.end..id.end;
        let start = self.text.len();
        self.text.push_str(text);
        self.docs.push(Doc {
            id,
            text: Ok(start..self.text.len()),
            meta: None,
            extra: [none.clone(), none.clone(), none.clone(), none],
        });
    }

    /// One JSON Lines document; nothing for a blank line.
    #[allow(clippy::too_many_arguments)]
    fn push_json_line(
        &mut self,
        lossy: bool,
        fields: Fields<'_>,
        prepend_title: bool,
        file: &str,
        line_no: usize,
        bytes: &[u8],
    ) {
        let failed = |batch: &mut Batch, why: String| batch.push_failed(&format!("{file}:{line_no}"), why);
        let line = match decode(bytes, lossy) {
            Ok(l) => l,
            Err(e) => return failed(self, format!("line {line_no}: {e}")),
        };
        // (A line that opens an object is not blank: no need to trim it.)
        if !line.starts_with('{') && line.trim().is_empty() {
            return;
        }
        let parsed = match json_line::parse(&line, fields) {
            Ok(l) => l,
            Err(LineError::Json(e)) => return failed(self, format!("line {line_no}: invalid JSON: {e}")),
            Err(LineError::NotObject) => {
                return failed(self, format!("line {line_no}: expected a JSON object"))
            }
        };
        let id = match &parsed.id {
            Some(id) => self.push_field(id),
            None => self.push_field(&format!("{file}:{line_no}")),
        };
        let extra = parsed.extra.each_ref().map(|f| match f {
            Some(f) => self.push_field(f),
            None => id.end..id.end,
        });
        let text = match parsed.text {
            Ok(body) => {
                let start = self.text.len();
                let title = parsed.extra[TITLE].as_deref().filter(|t| !t.trim().is_empty());
                if let (Some(title), true) = (title, prepend_title) {
                    self.text.push_str(title);
                    self.text.push_str(TITLE_SEPARATOR);
                }
                self.text.push_str(&body);
                Ok(start..self.text.len())
            }
            Err(TextError::NotString) => {
                Err(format!("line {line_no}: field '{}' is not a string", fields.text))
            }
            Err(TextError::Missing) => Err(format!("line {line_no}: no '{}' field", fields.text)),
        };
        let meta = (!parsed.meta.is_empty()).then(|| {
            serde_json::value::to_raw_value(&Meta(&parsed.meta))
                .expect("raw values and string keys serialize")
        });
        self.docs.push(Doc {
            id,
            text,
            meta,
            extra,
        });
    }
}

/// The fields passed through, as one JSON object: raw values as they were
/// written, keys in the order [`json_line::parse`] sorted them into.
struct Meta<'l, 'a>(&'l [(std::borrow::Cow<'a, str>, &'a RawValue)]);

impl Serialize for Meta<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

//! Inputs: which files a PATH stands for, opening them (gzip by magic
//! bytes), decoding, and cutting JSON Lines into documents.
//!
//! Every document that is asked for comes out, readable or not: a file that
//! cannot be opened, a line that is not JSON, a text that is not UTF-8 all
//! become a [`Doc`] whose text is the reason, so the output has a record
//! for it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::value::RawValue;

use crate::args::{InputKind, Options};
use crate::json_line::{self, Fields, LineError, TextError};

/// One input document: its id, its text or why there is none, and the
/// JSON Lines fields to pass through (sorted by key).
pub struct Doc {
    pub id: String,
    pub text: Result<String, String>,
    pub meta: Vec<(String, Box<RawValue>)>,
}

impl Doc {
    fn failed(id: String, why: String) -> Doc {
        Doc {
            id,
            text: Err(why),
            meta: Vec::new(),
        }
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

fn is_stdin(path: &Path) -> bool {
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

fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte {} (use --lossy to replace bad bytes)",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// Reads every input in order and calls `emit` for each document; stops
/// early when `emit` returns false (the consumer has gone).
pub fn read(o: &Options, files: &[PathBuf], mut emit: impl FnMut(Doc) -> bool) {
    let fields = Fields {
        id: &o.id_field,
        text: &o.text_field,
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
                if !emit(Doc::failed(shown, format!("{what}: {e}"))) {
                    return;
                }
                continue;
            }
        };
        let jsonl = match o.input {
            InputKind::Jsonl => true,
            InputKind::Text => false,
            InputKind::Auto if is_stdin(path) => reader.fill_buf().is_ok_and(|b| b.first() == Some(&b'{')),
            InputKind::Auto => is_jsonl_name(path),
        };
        if !jsonl {
            let mut bytes = Vec::new();
            let text = match reader.read_to_end(&mut bytes) {
                Ok(_) => decode(bytes, o.lossy),
                Err(e) => Err(format!("cannot read file: {e}")),
            };
            let doc = Doc {
                id: shown,
                text,
                meta: Vec::new(),
            };
            if !emit(doc) {
                return;
            }
            continue;
        }
        let mut line_no = 0usize;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    let why = format!("cannot read {shown} after line {line_no}: {e}");
                    // The reader cannot go on past a read error.
                    if !emit(Doc::failed(format!("{shown}:{}", line_no + 1), why)) {
                        return;
                    }
                    break;
                }
            }
            line_no += 1;
            let doc = json_doc(o.lossy, fields, &shown, line_no, std::mem::take(&mut buf));
            if let Some(doc) = doc {
                if !emit(doc) {
                    return;
                }
            }
        }
    }
}

/// One JSON Lines document; None for a blank line.
fn json_doc(lossy: bool, fields: Fields<'_>, file: &str, line_no: usize, bytes: Vec<u8>) -> Option<Doc> {
    let fallback_id = || format!("{file}:{line_no}");
    let line = match decode(bytes, lossy) {
        Ok(l) => l,
        Err(e) => return Some(Doc::failed(fallback_id(), format!("line {line_no}: {e}"))),
    };
    if line.trim().is_empty() {
        return None;
    }
    let parsed = match json_line::parse(&line, fields) {
        Ok(l) => l,
        Err(LineError::Json(e)) => {
            return Some(Doc::failed(
                fallback_id(),
                format!("line {line_no}: invalid JSON: {e}"),
            ))
        }
        Err(LineError::NotObject) => {
            return Some(Doc::failed(
                fallback_id(),
                format!("line {line_no}: expected a JSON object"),
            ))
        }
    };
    let text = match parsed.text {
        Ok(t) => Ok(t.into_owned()),
        Err(TextError::NotString) => Err(format!("line {line_no}: field '{}' is not a string", fields.text)),
        Err(TextError::Missing) => Err(format!("line {line_no}: no '{}' field", fields.text)),
    };
    Some(Doc {
        id: parsed.id.map_or_else(fallback_id, |id| id.into_owned()),
        text,
        meta: parsed
            .meta
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.to_owned()))
            .collect(),
    })
}

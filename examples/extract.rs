//! Runs newsie over text files and prints one JSON line per file.
//!
//! ```text
//! cargo run --release --example extract -- examples/data/sample.txt
//! ```
//!
//! Each line follows the "Output records" of the evaluation schema: the file
//! path as `id`, the entities, the relations, and `error` (null, or why the
//! file could not be read). A file that fails is reported and the others are
//! still processed; the exit status is 1 if any file failed.

use std::io::Write;
use std::process::ExitCode;

use newsie::{Extractor, Record};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: extract FILE...\n\nPrints one JSON line per file: its entities and relations.");
        return ExitCode::from(2);
    }
    let extractor = Extractor::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &paths {
        let line = match std::fs::read(path) {
            Err(e) => {
                failed = true;
                serde_json::to_string(&Record::failed(path, &format!("cannot read file: {e}")))
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(e) => {
                    failed = true;
                    let msg = format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to());
                    serde_json::to_string(&Record::failed(path, &msg))
                }
                Ok(text) => serde_json::to_string(&Record::new(path, &extractor.extract(&text))),
            },
        };
        let line = line.expect("records always serialize");
        if writeln!(out, "{line}").is_err() {
            // A closed pipe (`| head`) ends the run quietly.
            return ExitCode::SUCCESS;
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

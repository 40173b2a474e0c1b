//! What the run tells on standard error: a progress line while it runs (on
//! a terminal) and a one-line summary at the end.

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// How many failed documents the summary names.
const NAMED_FAILURES: usize = 5;

#[derive(Default)]
pub struct Tally {
    pub documents: usize,
    pub bytes: usize,
    pub entities: usize,
    pub relations: usize,
    pub errors: usize,
    /// The ids of the first documents that failed.
    failed: Vec<String>,
}

impl Tally {
    /// Counts a failed document.
    pub fn failed(&mut self, id: &str) {
        self.errors += 1;
        if self.failed.len() < NAMED_FAILURES {
            self.failed.push(id.to_string());
        }
    }

    /// The line that names the first failed documents, if any failed:
    /// `failed: a.txt, b.jsonl:3 and 4 more (see their records' "error")`.
    pub fn failures(&self) -> Option<String> {
        if self.errors == 0 {
            return None;
        }
        let mut line = format!("failed: {}", self.failed.join(", "));
        if self.errors > self.failed.len() {
            line.push_str(&format!(" and {} more", self.errors - self.failed.len()));
        }
        line.push_str(" (each has its record, with \"error\" saying why)");
        Some(line)
    }

    /// The summary line, `documents, MB, entities, relations, errors in
    /// seconds (MB/s)`.
    pub fn summary(&self, secs: f64) -> String {
        format!(
            "{} documents, {:.1} MB, {} entities, {} relations, {} errors in {:.2} s ({:.1} MB/s)",
            self.documents,
            self.bytes as f64 / 1e6,
            self.entities,
            self.relations,
            self.errors,
            secs,
            self.bytes as f64 / 1e6 / secs.max(1e-9)
        )
    }
}

pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    total_bytes: Option<u64>,
}

impl Progress {
    pub fn new(enabled: bool, total_bytes: Option<u64>) -> Progress {
        Progress {
            enabled,
            start: Instant::now(),
            last: Instant::now(),
            total_bytes,
        }
    }

    /// Shows the tally, at most five times a second unless forced.
    pub fn show(&mut self, t: &Tally, force: bool) {
        if !self.enabled || (!force && self.last.elapsed() < Duration::from_millis(200)) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = t.bytes as f64 / 1e6;
        let rate = mb / secs;
        let eta = match self.total_bytes {
            Some(total) if rate > 0.0 && total as f64 / 1e6 > mb => {
                format!("  ETA {:.0} s", (total as f64 / 1e6 - mb) / rate)
            }
            _ => String::new(),
        };
        eprint!(
            "\r\x1b[K{} documents  {:.1} MB  {:.1} MB/s{eta}",
            t.documents, mb, rate
        );
        let _ = io::stderr().flush();
    }

    /// Ends the progress line, if one was shown.
    pub fn finish(&mut self, t: &Tally) {
        if self.enabled {
            self.show(t, true);
            eprintln!();
        }
    }
}

//! Runs newsie over files, directories, standard input and JSON Lines, and
//! writes one JSON line per document (or TSV, or an HTML report).
//!
//! ```text
//! cargo run --release --example extract -- examples/data/sample.txt
//! cargo run --release --example extract -- --threads 2 corpus.jsonl.gz > out.jsonl
//! ```
//!
//! Run with `--help` for every flag. The pipeline is three stages joined by
//! bounded channels, so memory does not grow with the corpus:
//!
//! 1. a reader thread walks the inputs in order, decodes (gzip, UTF-8, JSON
//!    Lines) and cuts the stream into batches of documents;
//! 2. the batch is extracted in parallel on a rayon pool, each document
//!    rendered to its output line(s) by the worker that extracted it;
//! 3. the main thread writes the lines in input order and keeps the tally.
//!
//! Nothing is lost: a document that cannot be read or decoded still gets its
//! output line, with `error` saying why.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use newsie::{Extraction, Extractor, Record};
use rayon::prelude::*;
use serde_json::Value;

mod report;

const HELP: &str = "\
extract: who did what to whom, for every document of a corpus.

USAGE:
    extract [OPTIONS] [PATH...]

Each PATH is a text file (one document), a JSON Lines file (one document a
line), a directory (walked recursively, in sorted order, hidden files
skipped) or - for standard input (also the default). Files ending in .gz, or
starting with the gzip magic bytes, are decompressed. One output record per
document, in input order whatever the thread count.

INPUT:
    --input auto|text|jsonl   How to read inputs [default: auto: .jsonl and
                              .ndjson files (before any .gz) are JSON Lines,
                              as is standard input whose first byte is '{';
                              everything else is text]
                                  extract --input jsonl dump.json.gz
    --id-field NAME           JSON Lines field holding the document id
                              [default: id; a missing id becomes FILE:LINE]
                                  extract --id-field url news.jsonl
    --text-field NAME         JSON Lines field holding the text [default: text]
                              Other fields are passed through under \"meta\".
                                  extract --text-field body news.jsonl
    --lossy                   Replace invalid UTF-8 with U+FFFD instead of
                              reporting the document as failed
                                  extract --lossy scraped/

OUTPUT:
    --output FILE, -o FILE    Write to FILE instead of standard output
                                  extract -o out.jsonl corpus/
    --format jsonl|tsv|html   jsonl: the schema's output records [default].
                              tsv: a header, then one relation a line
                              (document, type, factuality, four role/text/id
                              triples, rule, sentence); with --entities-only,
                              one entity a line. html: one self-contained
                              report page (see --html-only-relations)
                                  extract --format tsv corpus/ > relations.tsv
                                  extract --format html -o report.html corpus/
    --entities-only           Skip the relation stage
                                  extract --entities-only corpus/
    --relations TYPE,...      Keep only these relation types
                                  extract --relations supply,sanction corpus/
    --html-only-relations     In the HTML report, leave out documents without
                              relations
                                  extract --format html --html-only-relations -o r.html corpus/

DATA:
    --gazetteer FILE          Add a gazetteer file (repeatable); a later file
                              overrides entries with the same id
                                  extract --gazetteer my_people.tsv corpus/
    --rules FILE              Add a rule file (repeatable)
                                  extract --rules my.rules corpus/
    --no-default-gazetteers   Do not load the embedded gazetteers
                                  extract --no-default-gazetteers --gazetteer g.tsv corpus/
    --no-default-rules        Do not load the embedded rules
                                  extract --no-default-rules --rules my.rules corpus/
    A bad data file stops the run before any document is read, with its
    file:line:column.

RUN:
    --threads N, -j N         Worker threads [default: all cores]
                                  extract --threads 2 corpus.jsonl.gz
    --batch N                 Documents per batch [default: 512]; a batch also
                              ends at 1 MB of text. Memory is bounded by about
                              three batches
                                  extract --batch 64 big-documents/
    --quiet, -q               No progress and no summary on standard error
                                  extract -q corpus/ > out.jsonl
    --help, -h                This text

EXIT STATUS:
    0 every document was processed; 1 a document failed (it still has its
    output line with \"error\") or the output could not be written; 2 usage
    or data-file error. A closed standard output (| head) ends the run
    quietly.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum InputKind {
    Auto,
    Text,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Tsv,
    Html,
}

struct Options {
    paths: Vec<String>,
    input: InputKind,
    id_field: String,
    text_field: String,
    lossy: bool,
    output: Option<String>,
    format: Format,
    entities_only: bool,
    relations: Option<Vec<String>>,
    html_only_relations: bool,
    gazetteers: Vec<String>,
    rules: Vec<String>,
    no_default_gazetteers: bool,
    no_default_rules: bool,
    threads: usize,
    batch: usize,
    quiet: bool,
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        paths: Vec::new(),
        input: InputKind::Auto,
        id_field: "id".into(),
        text_field: "text".into(),
        lossy: false,
        output: None,
        format: Format::Jsonl,
        entities_only: false,
        relations: None,
        html_only_relations: false,
        gazetteers: Vec::new(),
        rules: Vec::new(),
        no_default_gazetteers: false,
        no_default_rules: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        batch: 512,
        quiet: false,
    };
    let mut it = args.into_iter();
    let mut only_paths = false;
    while let Some(arg) = it.next() {
        if only_paths || arg == "-" || !arg.starts_with('-') {
            o.paths.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--" => only_paths = true,
            "-h" | "--help" => return Err(String::new()),
            "--input" => {
                o.input = match value("--input")?.as_str() {
                    "auto" => InputKind::Auto,
                    "text" => InputKind::Text,
                    "jsonl" => InputKind::Jsonl,
                    v => return Err(format!("--input: expected auto, text or jsonl, got '{v}'")),
                }
            }
            "--id-field" => o.id_field = value("--id-field")?,
            "--text-field" => o.text_field = value("--text-field")?,
            "--lossy" => o.lossy = true,
            "-o" | "--output" => o.output = Some(value("--output")?),
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "tsv" => Format::Tsv,
                    "html" => Format::Html,
                    v => return Err(format!("--format: expected jsonl, tsv or html, got '{v}'")),
                }
            }
            "--entities-only" => o.entities_only = true,
            "--relations" => {
                let v = value("--relations")?;
                let types: Vec<String> = v
                    .split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
                if types.is_empty() {
                    return Err("--relations: expected a comma-separated list of relation types".into());
                }
                o.relations = Some(types);
            }
            "--html-only-relations" => o.html_only_relations = true,
            "--gazetteer" => o.gazetteers.push(value("--gazetteer")?),
            "--rules" => o.rules.push(value("--rules")?),
            "--no-default-gazetteers" => o.no_default_gazetteers = true,
            "--no-default-rules" => o.no_default_rules = true,
            "-j" | "--threads" => {
                let v = value("--threads")?;
                o.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--threads: expected a positive number, got '{v}'"))?;
            }
            "--batch" => {
                let v = value("--batch")?;
                o.batch = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--batch: expected a positive number, got '{v}'"))?;
            }
            "-q" | "--quiet" => o.quiet = true,
            _ => return Err(format!("unknown option '{arg}' (see --help)")),
        }
    }
    if o.paths.is_empty() {
        o.paths.push("-".into());
    }
    Ok(o)
}

/// One input document: its id, its text or why there is none, and the
/// JSON Lines fields to pass through.
struct Doc {
    id: String,
    text: Result<String, String>,
    meta: Option<serde_json::Map<String, Value>>,
}

/// What a worker made of one document.
struct Rendered {
    out: String,
    /// Counts for the HTML report's summary.
    stats: Option<report::DocStats>,
    failed: bool,
    bytes: usize,
    entities: usize,
    relations: usize,
}

const BATCH_BYTES: usize = 1 << 20;

/// The files a PATH stands for: itself, or every non-hidden file under a
/// directory, in sorted order.
fn expand(path: &str, out: &mut Vec<PathBuf>) {
    let p = Path::new(path);
    if !p.is_dir() {
        out.push(p.to_path_buf());
        return;
    }
    let mut stack = vec![p.to_path_buf()];
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

/// Opens a file (or stdin for `-`), decompressing gzip by magic bytes.
fn open(path: &Path) -> io::Result<(Box<dyn BufRead + Send>, bool)> {
    let raw: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    let gz = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    if gz {
        Ok((
            Box::new(BufReader::with_capacity(
                1 << 16,
                flate2::bufread::MultiGzDecoder::new(reader),
            )),
            true,
        ))
    } else {
        Ok((Box::new(reader), false))
    }
}

/// Where the output goes: standard output, or a file that can be cut back
/// to whole records when a write fails (a full disk, say).
enum Sink<'a> {
    Stdout(io::StdoutLock<'a>),
    File(LineFile),
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// A file that remembers where its last complete line ends, counting only
/// bytes the system accepted.
struct LineFile {
    file: File,
    written: u64,
    complete: u64,
}

impl LineFile {
    fn new(file: File) -> LineFile {
        LineFile {
            file,
            written: 0,
            complete: 0,
        }
    }

    /// Truncates the file after its last complete line; returns its length.
    fn cut_to_complete_lines(&mut self) -> io::Result<u64> {
        self.file.set_len(self.complete)?;
        Ok(self.complete)
    }
}

impl Write for LineFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        if let Some(last) = buf[..n].iter().rposition(|&b| b == b'\n') {
            self.complete = self.written + last as u64 + 1;
        }
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
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

/// Reads every input in order and calls `emit` for each document; stops early
/// when `emit` returns false (the consumer has gone).
fn read_inputs(o: &Options, files: &[PathBuf], mut emit: impl FnMut(Doc) -> bool) {
    for path in files {
        let shown = path.display().to_string();
        let (mut reader, _) = match open(path) {
            Ok(r) => r,
            Err(e) => {
                let what = if path.is_dir() {
                    "cannot read directory"
                } else {
                    "cannot read file"
                };
                if !emit(Doc {
                    id: shown.clone(),
                    text: Err(format!("{what}: {e}")),
                    meta: None,
                }) {
                    return;
                }
                continue;
            }
        };
        let jsonl = match o.input {
            InputKind::Jsonl => true,
            InputKind::Text => false,
            InputKind::Auto if path == Path::new("-") => {
                reader.fill_buf().is_ok_and(|b| b.first() == Some(&b'{'))
            }
            InputKind::Auto => is_jsonl_name(path),
        };
        if !jsonl {
            let mut bytes = Vec::new();
            let text = match reader.read_to_end(&mut bytes) {
                Ok(_) => decode(bytes, o.lossy),
                Err(e) => Err(format!("cannot read file: {e}")),
            };
            if !emit(Doc {
                id: shown,
                text,
                meta: None,
            }) {
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
                    let doc = Doc {
                        id: format!("{shown}:{}", line_no + 1),
                        text: Err(format!("cannot read {shown} after line {line_no}: {e}")),
                        meta: None,
                    };
                    if !emit(doc) {
                        return;
                    }
                    break;
                }
            }
            line_no += 1;
            let doc = json_doc(o, &shown, line_no, std::mem::take(&mut buf));
            if let Some(doc) = doc {
                if !emit(doc) {
                    return;
                }
            }
        }
    }
}

/// One JSON Lines document; None for a blank line.
fn json_doc(o: &Options, file: &str, line_no: usize, bytes: Vec<u8>) -> Option<Doc> {
    let fallback_id = format!("{file}:{line_no}");
    let line = match decode(bytes, o.lossy) {
        Ok(l) => l,
        Err(e) => {
            return Some(Doc {
                id: fallback_id,
                text: Err(format!("line {line_no}: {e}")),
                meta: None,
            })
        }
    };
    if line.trim().is_empty() {
        return None;
    }
    let value: Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) => {
            return Some(Doc {
                id: fallback_id,
                text: Err(format!("line {line_no}: invalid JSON: {e}")),
                meta: None,
            })
        }
    };
    let Value::Object(mut map) = value else {
        return Some(Doc {
            id: fallback_id,
            text: Err(format!("line {line_no}: expected a JSON object")),
            meta: None,
        });
    };
    let id = match map.remove(&o.id_field) {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => fallback_id,
        Some(other) => other.to_string(),
    };
    let text = match map.remove(&o.text_field) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(format!(
            "line {line_no}: field '{}' is not a string",
            o.text_field
        )),
        None => Err(format!("line {line_no}: no '{}' field", o.text_field)),
    };
    let meta = (!map.is_empty()).then_some(map);
    Some(Doc { id, text, meta })
}

fn tsv_field(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

const TSV_RELATIONS_HEADER: &str = "document\ttype\tfactuality\trole1\ttext1\tid1\trole2\ttext2\tid2\trole3\ttext3\tid3\trole4\ttext4\tid4\trule\tsentence";
const TSV_ENTITIES_HEADER: &str = "document\ttype\tid\ttext\tstart\tend";

/// Renders one document for the chosen format.
fn render(o: &Options, extractor: &Extractor, doc: &Doc) -> Rendered {
    let text = match &doc.text {
        Ok(t) => t,
        Err(e) => {
            let out = match o.format {
                Format::Jsonl => with_meta(
                    serde_json::to_string(&Record::failed(&doc.id, e)).expect("records serialize"),
                    &doc.meta,
                ),
                Format::Tsv if o.entities_only => {
                    format!("{}\tERROR\t\t{}\t\t", tsv_field(&doc.id), tsv_field(e))
                }
                Format::Tsv => format!(
                    "{}\tERROR\t{}{}",
                    tsv_field(&doc.id),
                    tsv_field(e),
                    "\t".repeat(15)
                ),
                Format::Html => report::failed_document(&doc.id, e),
            };
            return Rendered {
                out,
                stats: None,
                failed: true,
                bytes: 0,
                entities: 0,
                relations: 0,
            };
        }
    };
    let mut x = if o.entities_only {
        extractor.extract_entities(text)
    } else {
        extractor.extract(text)
    };
    if let Some(types) = &o.relations {
        x.retain_relations(|r| types.iter().any(|t| t == r.relation_type()));
    }
    let mut stats = None;
    let out = match o.format {
        Format::Jsonl => with_meta(
            serde_json::to_string(&Record::new(&doc.id, &x)).expect("records serialize"),
            &doc.meta,
        ),
        Format::Tsv if o.entities_only => tsv_entities(&doc.id, &x),
        Format::Tsv => tsv_relations(&doc.id, &x),
        Format::Html => {
            let (html, s) = report::document(&doc.id, &x);
            stats = Some(s);
            if o.html_only_relations && x.relations().is_empty() {
                String::new()
            } else {
                html
            }
        }
    };
    Rendered {
        out,
        stats,
        failed: false,
        bytes: text.len(),
        entities: x.entities().len(),
        relations: x.relations().len(),
    }
}

/// Adds the passed-through fields to a serialized record: records are JSON
/// objects, so `meta` goes in before the closing brace.
fn with_meta(mut record: String, meta: &Option<serde_json::Map<String, Value>>) -> String {
    if let Some(meta) = meta {
        record.pop();
        record.push_str(",\"meta\":");
        record.push_str(&serde_json::to_string(meta).expect("JSON values serialize"));
        record.push('}');
    }
    record
}

fn tsv_entities(id: &str, x: &Extraction<'_>) -> String {
    let id = tsv_field(id);
    let mut out = String::new();
    for e in x.entities() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!(
            "{id}\t{}\t{}\t{}\t{}\t{}",
            e.entity_type(),
            e.id(),
            tsv_field(e.text()),
            e.span().start,
            e.span().end
        ));
    }
    out
}

fn tsv_relations(id: &str, x: &Extraction<'_>) -> String {
    let id = tsv_field(id);
    let mut out = String::new();
    for r in x.relations() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!(
            "{id}\t{}\t{}",
            r.relation_type(),
            r.factuality().as_str()
        ));
        for slot in 0..4 {
            match r.arguments().get(slot) {
                Some(a) => {
                    let text = &x.text()[a.span.start..a.span.end];
                    let eid = a.entity.map_or("", |i| x.entities()[i].id());
                    out.push_str(&format!("\t{}\t{}\t{}", a.role, tsv_field(text), eid));
                }
                None => out.push_str("\t\t\t"),
            }
        }
        let s = r.sentence();
        out.push_str(&format!(
            "\t{}\t{}",
            r.rule(),
            tsv_field(x.text()[s.start..s.end].trim())
        ));
    }
    out
}

#[derive(Default)]
struct Tally {
    documents: usize,
    bytes: usize,
    entities: usize,
    relations: usize,
    errors: usize,
}

struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    total_bytes: Option<u64>,
}

impl Progress {
    fn show(&mut self, t: &Tally, force: bool) {
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
}

fn main() -> ExitCode {
    let o = match parse_args(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) if msg.is_empty() => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("extract: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder();
    builder
        .default_gazetteers(!o.no_default_gazetteers)
        .default_rules(!o.no_default_rules);
    for g in &o.gazetteers {
        builder.gazetteer_path(g);
    }
    for r in &o.rules {
        builder.rules_path(r);
    }
    let extractor = match builder.build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(o.threads).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("extract: cannot start {} threads: {e}", o.threads);
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    for p in &o.paths {
        expand(p, &mut files);
    }
    let known_size = files
        .iter()
        .all(|f| f != Path::new("-") && !f.to_string_lossy().ends_with(".gz"));
    let total_bytes = known_size.then(|| {
        files
            .iter()
            .filter_map(|f| f.metadata().ok())
            .map(|m| m.len())
            .sum()
    });

    let (sink, sink_name) = match &o.output {
        Some(path) => match File::create(path) {
            Ok(file) => (Sink::File(LineFile::new(file)), path.clone()),
            Err(e) => {
                eprintln!("extract: cannot create {path}: {e}");
                return ExitCode::from(2);
            }
        },
        None => (Sink::Stdout(io::stdout().lock()), "standard output".into()),
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, sink);
    let mut tally = Tally::default();
    let mut progress = Progress {
        enabled: !o.quiet && io::stderr().is_terminal(),
        start: Instant::now(),
        last: Instant::now(),
        total_bytes,
    };
    let started = Instant::now();
    let mut html = (o.format == Format::Html).then(report::Report::default);

    let header = match o.format {
        Format::Tsv if o.entities_only => Some(TSV_ENTITIES_HEADER),
        Format::Tsv => Some(TSV_RELATIONS_HEADER),
        _ => None,
    };
    let mut write_failed: Option<io::Error> = None;
    if let Some(h) = header {
        if let Err(e) = writeln!(out, "{h}") {
            write_failed = Some(e);
        }
    }

    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel::<Vec<Doc>>(2);
        let o = &o;
        let files = &files;
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(o.batch);
            let mut bytes = 0;
            read_inputs(o, files, |doc| {
                bytes += doc.text.as_ref().map_or(0, |t| t.len());
                batch.push(doc);
                if batch.len() >= o.batch || bytes >= BATCH_BYTES {
                    bytes = 0;
                    return tx
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(o.batch)))
                        .is_ok();
                }
                true
            });
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        for batch in rx {
            if write_failed.is_some() {
                break;
            }
            let rendered: Vec<Rendered> =
                pool.install(|| batch.par_iter().map(|d| render(o, &extractor, d)).collect());
            for (doc, r) in batch.iter().zip(rendered) {
                tally.documents += 1;
                tally.bytes += r.bytes;
                tally.entities += r.entities;
                tally.relations += r.relations;
                tally.errors += usize::from(r.failed);
                if let Some(report) = html.as_mut() {
                    report.add(&doc.id, r.out, r.stats);
                    continue;
                }
                if r.out.is_empty() && o.format == Format::Tsv {
                    continue;
                }
                if let Err(e) = writeln!(out, "{}", r.out) {
                    write_failed = Some(e);
                    break;
                }
            }
            progress.show(&tally, false);
        }
        // Dropping the receiver here stops the reader at its next batch.
    });
    if let (Some(report), None) = (html.as_ref(), write_failed.as_ref()) {
        if let Err(e) = report.write(&mut out) {
            write_failed = Some(e);
        }
    }
    if write_failed.is_none() {
        if let Err(e) = out.flush() {
            write_failed = Some(e);
        }
    }
    if progress.enabled {
        progress.show(&tally, true);
        eprintln!();
    }
    let secs = started.elapsed().as_secs_f64();
    if let Some(e) = &write_failed {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        eprintln!("extract: cannot write to {sink_name}: {e}");
        // A file keeps only whole records: cut back to the last full line.
        if let Sink::File(file) = out.get_mut() {
            match file.cut_to_complete_lines() {
                Ok(kept) => {
                    eprintln!("extract: {sink_name} keeps the {kept} bytes of complete records written")
                }
                Err(e) => eprintln!("extract: cannot cut {sink_name} back to complete records: {e}"),
            }
        }
        return ExitCode::from(1);
    }
    if !o.quiet {
        eprintln!(
            "extract: {} documents, {:.1} MB, {} entities, {} relations, {} errors in {:.2} s ({:.1} MB/s)",
            tally.documents,
            tally.bytes as f64 / 1e6,
            tally.entities,
            tally.relations,
            tally.errors,
            secs,
            tally.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    if tally.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

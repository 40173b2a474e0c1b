//! The command line: what each flag means (`HELP`, with an example for
//! every flag) and the options it yields.
//!
//! Parsing is lexopt's: it splits `--flag=value`, `-j2`, `-qj 2` and `--`
//! the way other tools do and hands back paths as `OsString`s, so a file
//! name that is not UTF-8 is still a file name. It generates nothing, which
//! is why it is used here: the help text below is written by hand, grouped
//! and with an example under every flag, and stays exactly what users see.

use std::ffi::OsString;
use std::path::PathBuf;

use newsie::Offsets;

/// What standard error says when there is nothing to read: no PATH, and
/// standard input is a terminal (a user who typed `extract` alone).
pub const USAGE: &str = "\
extract: no input: give files or directories, or pipe text or JSON Lines in.

USAGE:
    extract [OPTIONS] [PATH...]
    extract news.jsonl > out.jsonl
    cat article.txt | extract -

extract --help lists every option.
";

pub const HELP: &str = "\
extract: who did what to whom, for every document of a corpus.

USAGE:
    extract [OPTIONS] [PATH...]

Each PATH is a text file (one document), a JSON Lines file (one document a
line), a directory (walked recursively, in sorted order, hidden files
skipped) or - for standard input (also the default, unless it is a
terminal). Files ending in .gz, or starting with the gzip magic bytes, are
decompressed. A file with a NUL byte in its first 8 KiB is reported once as
binary and not read. One output record per document (per event with
--format plover), in input order whatever the thread count.

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
                              Other fields are passed through under \"meta\",
                              as they were written.
                                  extract --text-field body news.jsonl
    --title-field NAME        JSON Lines field holding a title: the document
                              becomes title, a blank line, then the text, so
                              the title is its first sentence (a headline),
                              and every offset counts from the title's
                              first character. Without this flag the field
                              'title', if present, is still the TSV title
                              column and the report's card title, but not
                              part of the text.
                                  extract --title-field headline news.jsonl
    --date-field NAME         JSON Lines field holding the date, for the TSV
                              date column, the report (cards and timeline)
                              and PLOVER records [default: date, if present]
                                  extract --format tsv --date-field published news.jsonl
    --url-field NAME          JSON Lines field holding the URL, for the TSV
                              url column, the report and PLOVER records
                              [default: url, if present]
                                  extract --format tsv --url-field link news.jsonl
    --source-field NAME       JSON Lines field holding the publication (a
                              site, a newspaper), for the report and PLOVER
                              records [default: source, if present]
                                  extract --format plover --source-field outlet news.jsonl
    --lossy                   Replace invalid UTF-8 with U+FFFD instead of
                              reporting the document as failed
                                  extract --lossy scraped/

OUTPUT:
    --output FILE, -o FILE    Write to FILE instead of standard output
                                  extract -o out.jsonl corpus/
    --format FORMAT           jsonl: the schema's output records [default].
                              tsv: a header, then one relation a line
                              (document, type, factuality, four role/text/id
                              triples, rule, sentence, date, title, url);
                              with --entities-only, one entity a line
                              (document, type, id, text, start, end, date,
                              title, url). html: one self-contained page
                              that works offline: every document (paged,
                              with title, date, source and relation count),
                              filters by relation type, factuality, actor,
                              date and text, an actor network and a
                              timeline (see --html-only-relations).
                              plover: PLOVER event records, one JSON line an
                              event (actor, recipient, event, mode, context,
                              CAMEO code, ...; see --plover-map); a document
                              without events writes nothing
                                  extract --format tsv corpus/ > relations.tsv
                                  extract --format html -o report.html corpus/
                                  extract --format plover news.jsonl > events.jsonl
    --entities-only           Skip the relation stage
                                  extract --entities-only corpus/
    --relations TYPE,...      Keep only these relation types
                                  extract --relations supply,sanction corpus/
    --offsets bytes|chars     How start and end count [default: bytes: UTF-8
                              bytes]. chars: characters (Unicode scalar
                              values), as Python indexes a str, so that
                              text[start:end] is the mention; JSON records
                              keep the byte offsets as byte_start, byte_end
                                  extract --offsets chars news.jsonl
    --evidence                Add to each relation its sentence's text, as
                              \"evidence\"
                                  extract --evidence --relations supply corpus/
    --html-only-relations     In the HTML report, leave out documents without
                              relations (they are still counted)
                                  extract --format html --html-only-relations -o r.html corpus/
    --plover-map FILE         With --format plover: the table from relation
                              types (and weapon classes) to PLOVER events and
                              CAMEO codes, instead of the embedded one
                              (mappings/plover.tsv; README.md gives the
                              reason for each row)
                                  extract --format plover --plover-map my_plover.tsv news.jsonl

DATA:
    --gazetteer FILE          Add a gazetteer file (repeatable); a later file
                              overrides entries with the same id
                                  extract --gazetteer my_people.tsv corpus/
    --rules FILE              Add a rule file (repeatable)
                                  extract --rules my.rules corpus/
    --disable-rule ID|FAMILY  Switch off one rule (supply/nominal) or a whole
                              family (support); repeatable
                                  extract --disable-rule support --disable-rule accuse/said corpus/
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
    output line with \"error\", or its card in the report; PLOVER output
    has events only; the summary names the first ones) or the output could
    not be written; 2 usage or data-file error. A closed standard output
    (| head) ends the run quietly.
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Auto,
    Text,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Tsv,
    Html,
    Plover,
}

#[derive(Debug)]
pub struct Options {
    /// Inputs in command-line order; `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// Whether the paths were given, or standard input is the default.
    pub paths_given: bool,
    pub input: InputKind,
    pub id_field: String,
    pub text_field: String,
    /// The title to put before the text, if any.
    pub title_field: Option<String>,
    pub date_field: String,
    pub url_field: String,
    pub source_field: String,
    pub offsets: Offsets,
    pub evidence: bool,
    pub disabled_rules: Vec<String>,
    pub lossy: bool,
    pub output: Option<PathBuf>,
    pub format: Format,
    pub entities_only: bool,
    pub relations: Option<Vec<String>>,
    pub html_only_relations: bool,
    pub plover_map: Option<PathBuf>,
    pub gazetteers: Vec<PathBuf>,
    pub rules: Vec<PathBuf>,
    pub no_default_gazetteers: bool,
    pub no_default_rules: bool,
    pub threads: usize,
    pub batch: usize,
    pub quiet: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            paths: Vec::new(),
            paths_given: false,
            input: InputKind::Auto,
            id_field: "id".into(),
            text_field: "text".into(),
            title_field: None,
            date_field: "date".into(),
            url_field: "url".into(),
            source_field: "source".into(),
            offsets: Offsets::Bytes,
            evidence: false,
            disabled_rules: Vec::new(),
            lossy: false,
            output: None,
            format: Format::Jsonl,
            entities_only: false,
            relations: None,
            html_only_relations: false,
            plover_map: None,
            gazetteers: Vec::new(),
            rules: Vec::new(),
            no_default_gazetteers: false,
            no_default_rules: false,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch: 512,
            quiet: false,
        }
    }
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Run(Box<Options>),
    Help,
}

/// Parses the arguments after the program name. The error is the message
/// for standard error (exit status 2).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;

    let mut o = Options::default();
    let mut p = lexopt::Parser::from_args(args);
    while let Some(arg) = p.next().map_err(message)? {
        match arg {
            Value(path) => o.paths.push(path.into()),
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("input") => {
                o.input = match string(&mut p, "--input")?.as_str() {
                    "auto" => InputKind::Auto,
                    "text" => InputKind::Text,
                    "jsonl" => InputKind::Jsonl,
                    v => return Err(format!("--input: expected auto, text or jsonl, got '{v}'")),
                }
            }
            Long("id-field") => o.id_field = string(&mut p, "--id-field")?,
            Long("text-field") => o.text_field = string(&mut p, "--text-field")?,
            Long("title-field") => o.title_field = Some(string(&mut p, "--title-field")?),
            Long("date-field") => o.date_field = string(&mut p, "--date-field")?,
            Long("url-field") => o.url_field = string(&mut p, "--url-field")?,
            Long("source-field") => o.source_field = string(&mut p, "--source-field")?,
            Long("offsets") => {
                o.offsets = match string(&mut p, "--offsets")?.as_str() {
                    "bytes" => Offsets::Bytes,
                    "chars" => Offsets::Chars,
                    v => return Err(format!("--offsets: expected bytes or chars, got '{v}'")),
                }
            }
            Long("evidence") => o.evidence = true,
            Long("disable-rule") => o.disabled_rules.push(string(&mut p, "--disable-rule")?),
            Long("lossy") => o.lossy = true,
            Short('o') | Long("output") => o.output = Some(value(&mut p, "--output")?.into()),
            Long("format") => {
                o.format = match string(&mut p, "--format")?.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "tsv" => Format::Tsv,
                    "html" => Format::Html,
                    "plover" => Format::Plover,
                    v => {
                        return Err(format!(
                            "--format: expected jsonl, tsv, html or plover, got '{v}'"
                        ))
                    }
                }
            }
            Long("entities-only") => o.entities_only = true,
            Long("relations") => {
                let types: Vec<String> = string(&mut p, "--relations")?
                    .split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
                if types.is_empty() {
                    return Err("--relations: expected a comma-separated list of relation types".into());
                }
                o.relations = Some(types);
            }
            Long("html-only-relations") => o.html_only_relations = true,
            Long("plover-map") => o.plover_map = Some(value(&mut p, "--plover-map")?.into()),
            Long("gazetteer") => o.gazetteers.push(value(&mut p, "--gazetteer")?.into()),
            Long("rules") => o.rules.push(value(&mut p, "--rules")?.into()),
            Long("no-default-gazetteers") => o.no_default_gazetteers = true,
            Long("no-default-rules") => o.no_default_rules = true,
            Short('j') | Long("threads") => o.threads = positive(&mut p, "--threads")?,
            Long("batch") => o.batch = positive(&mut p, "--batch")?,
            Short('q') | Long("quiet") => o.quiet = true,
            Short(c) => return Err(format!("unknown option '-{c}' (see --help)")),
            Long(name) => return Err(format!("unknown option '--{name}' (see --help)")),
        }
    }
    if o.plover_map.is_some() && o.format != Format::Plover {
        return Err("--plover-map: only with --format plover".into());
    }
    o.paths_given = !o.paths.is_empty();
    if o.paths.is_empty() {
        o.paths.push("-".into());
    }
    Ok(Command::Run(Box::new(o)))
}

fn message(e: lexopt::Error) -> String {
    match e {
        lexopt::Error::UnexpectedValue { option, .. } => format!("{option} takes no value"),
        e => e.to_string(),
    }
}

fn value(p: &mut lexopt::Parser, flag: &str) -> Result<OsString, String> {
    p.value().map_err(|_| format!("{flag} needs a value"))
}

fn string(p: &mut lexopt::Parser, flag: &str) -> Result<String, String> {
    value(p, flag)?
        .into_string()
        .map_err(|v| format!("{flag}: not valid UTF-8: {v:?}"))
}

fn positive(p: &mut lexopt::Parser, flag: &str) -> Result<usize, String> {
    let v = string(p, flag)?;
    v.parse()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{flag}: expected a positive number, got '{v}'"))
}

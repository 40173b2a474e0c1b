//! Runs newsie over files, directories, standard input and JSON Lines, and
//! writes one JSON line per document (or TSV, or an HTML report).
//!
//! ```text
//! cargo run --release --example extract -- examples/data/sample.txt
//! cargo run --release --example extract -- --threads 2 corpus.jsonl.gz > out.jsonl
//! ```
//!
//! Run with `--help` for every flag. This file is glue; each job has its
//! module: [`args`] (the command line), [`inputs`] and [`json_line`]
//! (reading), [`pipeline`] (batches on a thread pool, in order), [`render`]
//! with one module per format ([`json`], [`tsv`], [`report`], [`plover`]),
//! [`output`] (the sink) and [`summary`] (standard error).
//!
//! Nothing is lost: a document that cannot be read or decoded still gets its
//! output line, with `error` saying why.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use newsie::Extractor;

mod args;
mod inputs;
mod json;
mod json_line;
mod output;
mod pipeline;
mod plover;
mod render;
mod report;
mod summary;
mod tsv;

use args::{Command, Format, Options};
use output::{LineFile, Sink};
use render::Renderer;
use summary::{Progress, Tally};

fn main() -> ExitCode {
    let o = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            print!("{}", args::HELP);
            return ExitCode::SUCCESS;
        }
        Err(msg) => return fail(&msg),
    };
    if !o.paths_given && io::stdin().is_terminal() {
        // Waiting for a terminal to type a document is never what was meant.
        eprint!("{}", args::USAGE);
        return ExitCode::from(2);
    }
    let extractor = match build(&o) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    let events = match o.format {
        Format::Plover => match plover::load(o.plover_map.as_deref(), extractor.schema()) {
            Ok(map) => Some(map),
            Err(e) => return fail(&e),
        },
        _ => None,
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(o.threads)
        .thread_name(|i| format!("worker-{i}"))
        .build()
    {
        Ok(p) => p,
        Err(e) => return fail(&format!("cannot start {} threads: {e}", o.threads)),
    };
    let files = inputs::expand(&o.paths);
    let (sink, sink_name) = match &o.output {
        Some(path) => match File::create(path) {
            Ok(file) => (Sink::File(LineFile::new(file)), path.display().to_string()),
            Err(e) => return fail(&format!("cannot create {}: {e}", path.display())),
        },
        None => (Sink::Stdout(io::stdout().lock()), "standard output".into()),
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, sink);
    let mut tally = Tally::default();
    let mut progress = Progress::new(!o.quiet && io::stderr().is_terminal(), inputs::known_size(&files));
    let started = Instant::now();
    let renderer = Renderer::new(&o, events);
    let mut html = matches!(renderer, Renderer::Html { .. }).then(report::Report::default);

    let written = renderer
        .header()
        .map_or(Ok(()), |h| writeln!(out, "{h}"))
        .and_then(|()| {
            pipeline::run(&o, &extractor, &renderer, &pool, &files, |batch| {
                for doc in &batch.docs {
                    tally.documents += 1;
                    match batch.text(doc) {
                        Ok(text) => tally.bytes += text.len(),
                        Err(_) => tally.failed(batch.id(doc)),
                    }
                }
                let mut parts = std::mem::take(&mut batch.parts);
                for part in &mut parts {
                    tally.entities += part.entities;
                    tally.relations += part.relations;
                    match html.as_mut() {
                        Some(report) => {
                            for (fragment, stats) in part.html.drain(..) {
                                report.add(fragment, stats);
                            }
                        }
                        None => {
                            let mut at = 0;
                            for &(to, i) in &part.deferred {
                                out.write_all(&part.out[at..to])?;
                                let (entities, relations) =
                                    render::write_deferred(&o, &extractor, batch, &batch.docs[i], &mut out)?;
                                tally.entities += entities;
                                tally.relations += relations;
                                at = to;
                            }
                            out.write_all(&part.out[at..])?;
                        }
                    }
                }
                batch.parts = parts;
                progress.show(&tally, false);
                Ok(())
            })
        })
        .and_then(|()| {
            html.as_ref()
                .map_or(Ok(()), |report| report.write(&mut out, extractor.schema()))
        })
        .and_then(|()| out.flush());
    progress.finish(&tally);
    let secs = started.elapsed().as_secs_f64();
    if let Err(e) = written {
        return write_failed(e, &sink_name, out.get_mut());
    }
    if !o.quiet {
        eprintln!("extract: {}", tally.summary(secs));
        if let Some(failures) = tally.failures() {
            eprintln!("extract: {failures}");
        }
    }
    // The process ends here: its memory goes back to the system at once,
    // while dropping the extractor's tables entry by entry would cost as
    // much as reading a few megabytes of text.
    std::mem::forget(extractor);
    if tally.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The extractor the data flags ask for.
fn build(o: &Options) -> Result<Extractor, String> {
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
    if !o.disabled_rules.is_empty() {
        // The library skips names it does not know; a command line should
        // say that a rule it was told to switch off does not exist (a typo
        // would otherwise leave it on). Costs a second build, only here.
        let all = builder.build().map_err(|e| e.to_string())?;
        let mut families: Vec<&str> = all.rule_ids().filter_map(|id| id.split('/').next()).collect();
        families.dedup();
        for d in &o.disabled_rules {
            if !all.rule_ids().any(|id| id == d) && !families.contains(&d.as_str()) {
                return Err(format!(
                    "--disable-rule: no rule or rule family '{d}' (families: {})",
                    families.join(", ")
                ));
            }
            builder.disable_rule(d);
        }
    }
    builder.build().map_err(|e| e.to_string())
}

/// A usage or data-file error: exit status 2.
fn fail(msg: &str) -> ExitCode {
    eprintln!("extract: {msg}");
    ExitCode::from(2)
}

/// The output could not be written: a closed pipe ends the run quietly;
/// anything else is reported, and a file is cut back to its last whole
/// record.
fn write_failed(e: io::Error, sink_name: &str, sink: &mut Sink) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("extract: cannot write to {sink_name}: {e}");
    if let Sink::File(file) = sink {
        match file.cut_to_complete_lines() {
            Ok(kept) => eprintln!("extract: {sink_name} keeps the {kept} bytes of complete records written"),
            Err(e) => eprintln!("extract: cannot cut {sink_name} back to complete records: {e}"),
        }
    }
    ExitCode::from(1)
}

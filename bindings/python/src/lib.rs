//! newsie for Python: the extension module `newsie._newsie`.
//!
//! This crate only converts types. An extractor is the library's
//! [`newsie::Extractor`], built with its builder; a record is the library's
//! [`newsie::Record`] with character offsets ([`newsie::Offsets::Chars`]),
//! serialized by the library's own `Serialize` and turned into dicts
//! ([`tape`]); build errors are the library's, with their file:line:column
//! and caret. What this crate adds is what a Python process needs around
//! them: the GIL released while extracting, batches on threads that live
//! only for the call (so that a process can fork at any time between
//! calls), and pickling by configuration.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use newsie::{ErrorKind, Extractor, ExtractorBuilder, Offsets, Record};
use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

mod tape;

use tape::{Builder, Shared, Tape, Unsupported};

create_exception!(
    newsie,
    Error,
    PyValueError,
    "A gazetteer or rule file that newsie cannot build from.\n\n\
     The message is the library's: file:line:column, the message, the line and a \
     caret under the fault. The attributes ``kind`` (\"io\", \"gazetteer\", \
     \"rule\"), ``file``, ``line`` and ``column`` say the same for programs \
     (the last three are None for an error about no particular line)."
);

/// One data file of a configuration: its name (the path as given, which
/// is also what the library's messages call it) and its text.
type Source = (String, String);

/// What an extractor was built from, kept so that it can be rebuilt in
/// another process: the files' texts rather than their paths, since a
/// worker of a cluster need not have the files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Config {
    gazetteers: Vec<Source>,
    rules: Vec<Source>,
    disable: Vec<String>,
    no_default_gazetteers: bool,
    no_default_rules: bool,
}

impl Config {
    /// Builds the extractor; the default configuration is the library's
    /// process-wide default extractor, built once.
    fn build(&self) -> Result<Extractor, newsie::Error> {
        if *self == Config::default() {
            return Ok(Extractor::default());
        }
        let ok = |s: &[Source]| s.iter().map(|s| Ok(s.clone())).collect::<Vec<_>>();
        self.builder(&ok(&self.gazetteers), &ok(&self.rules)).build()
    }

    /// The library's builder for this configuration, with `gazetteers` and
    /// `rules` in place of the configuration's: a file read here is given
    /// as text, one that could not be read (`Err`) as its path, so that
    /// the library reports it where it comes in the order of files.
    fn builder(&self, gazetteers: &[Loaded], rules: &[Loaded]) -> ExtractorBuilder {
        let mut b = Extractor::builder();
        b.default_gazetteers(!self.no_default_gazetteers)
            .default_rules(!self.no_default_rules);
        for g in gazetteers {
            match g {
                Ok((name, text)) => b.gazetteer_str(name, text),
                Err(path) => b.gazetteer_path(path),
            };
        }
        for r in rules {
            match r {
                Ok((name, text)) => b.rules_str(name, text),
                Err(path) => b.rules_path(path),
            };
        }
        for d in &self.disable {
            b.disable_rule(d);
        }
        b
    }
}

/// A data file read for a configuration, or its path when it could not be
/// read or is not UTF-8.
type Loaded = Result<Source, PathBuf>;

fn read_source(path: &Path) -> Loaded {
    match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => Ok((path.display().to_string(), text)),
        _ => Err(path.to_path_buf()),
    }
}

/// Why a new extractor was not built.
enum BuildFailure {
    Library(newsie::Error),
    /// A file could not be read here, yet the library built from it (it
    /// changed in between): its text is not known for pickling.
    Unread(PathBuf),
}

/// The library's build error as `newsie.Error`.
fn build_error(py: Python<'_>, e: &newsie::Error) -> PyErr {
    let err = Error::new_err(e.to_string());
    let value = err.value(py);
    let kind = match e.kind() {
        ErrorKind::Io => "io",
        ErrorKind::Gazetteer => "gazetteer",
        ErrorKind::Rule => "rule",
        _ => "other",
    };
    let loc = e.location();
    let set = || -> PyResult<()> {
        value.setattr("kind", kind)?;
        value.setattr("file", loc.map(|l| l.file.as_str()))?;
        value.setattr("line", loc.map(|l| l.line))?;
        value.setattr("column", loc.map(|l| l.column))
    };
    match set() {
        Ok(()) => err,
        Err(other) => other,
    }
}

/// Finds entities and relations in news text.
///
/// ``Extractor()`` uses the gazetteers and rules compiled into newsie (built
/// once per process, about 100 ms). Files of your own are added to them, or
/// replace them::
///
///     Extractor(gazetteers=["my_people.tsv"], rules=["my.rules"], disable=["support"])
///     Extractor(default_rules=False, rules=["only_mine.rules"])
///
/// A mistake in a file raises :class:`newsie.Error` with its file, line and
/// column. Extracting never fails.
///
/// Records are dicts with the JSON Lines record's schema (``id``,
/// ``entities``, ``relations``, ``error``), except that ``start`` and ``end``
/// count characters, so that ``text[e["start"]:e["end"]] == e["text"]``; the
/// UTF-8 byte offsets are kept as ``byte_start`` and ``byte_end``.
///
/// An extractor is immutable and thread-safe, and the GIL is released while
/// it works. It pickles by its configuration (with the texts of its files,
/// so a worker without the files can rebuild it), and it holds no threads
/// between calls, so a process may fork (multiprocessing, Spark, Dask).
///
/// >>> import newsie
/// >>> ex = newsie.Extractor()
/// >>> rec = ex.extract("Peru sold drones to Chile.")
/// >>> [(e["type"], e["id"], e["text"]) for e in rec["entities"]]
/// [('COUNTRY', 'PER', 'Peru'), ('WEAPON', 'drone', 'drones'), ('COUNTRY', 'CHL', 'Chile')]
/// >>> r = rec["relations"][0]
/// >>> r["type"], r["factuality"], r["args"]["supplier"]["id"], r["args"]["recipient"]["id"]
/// ('supply', 'asserted', 'PER', 'CHL')
#[pyclass(module = "newsie", name = "Extractor", frozen)]
struct PyExtractor {
    extractor: Extractor,
    config: Config,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (*, gazetteers=None, rules=None, disable=None, default_gazetteers=true, default_rules=true))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<Vec<PathBuf>>,
        rules: Option<Vec<PathBuf>>,
        disable: Option<Vec<String>>,
        default_gazetteers: bool,
        default_rules: bool,
    ) -> PyResult<PyExtractor> {
        let (gazetteers, rules) = (gazetteers.unwrap_or_default(), rules.unwrap_or_default());
        let disable = disable.unwrap_or_default();
        let built = py.detach(|| {
            let gazetteers: Vec<Loaded> = gazetteers.iter().map(|p| read_source(p)).collect();
            let rules: Vec<Loaded> = rules.iter().map(|p| read_source(p)).collect();
            let mut config = Config {
                disable,
                no_default_gazetteers: !default_gazetteers,
                no_default_rules: !default_rules,
                ..Config::default()
            };
            let extractor = if gazetteers.is_empty() && rules.is_empty() {
                config.build()
            } else {
                config.builder(&gazetteers, &rules).build()
            }
            .map_err(BuildFailure::Library)?;
            let known = |loaded: Vec<Loaded>| loaded.into_iter().collect::<Result<Vec<_>, _>>();
            config.gazetteers = known(gazetteers).map_err(BuildFailure::Unread)?;
            config.rules = known(rules).map_err(BuildFailure::Unread)?;
            Ok(PyExtractor { extractor, config })
        });
        built.map_err(|failure| match failure {
            BuildFailure::Library(e) => build_error(py, &e),
            BuildFailure::Unread(path) => Error::new_err(format!(
                "{}: changed while newsie read it (unreadable, then read): build again",
                path.display()
            )),
        })
    }

    /// Rebuilds an extractor from the state ``__reduce__`` gives (used by
    /// pickle through ``newsie._rebuild``).
    #[staticmethod]
    fn _from_state(py: Python<'_>, state: &Bound<'_, PyDict>) -> PyResult<PyExtractor> {
        fn item<'py, T: for<'a> FromPyObject<'a, 'py, Error = PyErr>>(
            state: &Bound<'py, PyDict>,
            key: &str,
        ) -> PyResult<T> {
            state
                .get_item(key)?
                .ok_or_else(|| PyValueError::new_err(format!("newsie extractor state lacks '{key}'")))?
                .extract()
        }
        let config = Config {
            gazetteers: item(state, "gazetteers")?,
            rules: item(state, "rules")?,
            disable: item(state, "disable")?,
            no_default_gazetteers: !item::<bool>(state, "default_gazetteers")?,
            no_default_rules: !item::<bool>(state, "default_rules")?,
        };
        let extractor = py.detach(|| config.build()).map_err(|e| build_error(py, &e))?;
        Ok(PyExtractor { extractor, config })
    }

    /// The configuration, as ``_from_state`` takes it.
    fn _state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = &self.config;
        let state = PyDict::new(py);
        state.set_item("gazetteers", &c.gazetteers)?;
        state.set_item("rules", &c.rules)?;
        state.set_item("disable", &c.disable)?;
        state.set_item("default_gazetteers", !c.no_default_gazetteers)?;
        state.set_item("default_rules", !c.no_default_rules)?;
        Ok(state)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let rebuild = py.import("newsie")?.getattr("_rebuild")?;
        let args = PyTuple::new(py, [self._state(py)?])?;
        PyTuple::new(py, [rebuild, args.into_any()])
    }

    /// Extractors are immutable: a copy shares the compiled data.
    fn __copy__(&self) -> PyExtractor {
        PyExtractor {
            extractor: self.extractor.clone(),
            config: self.config.clone(),
        }
    }

    fn __deepcopy__(&self, _memo: &Bound<'_, PyAny>) -> PyExtractor {
        self.__copy__()
    }

    /// The configuration, as Python would write the call.
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.config;
        let mut parts = Vec::new();
        let list = |items: Vec<&str>| -> PyResult<String> { Ok(PyList::new(py, items)?.repr()?.to_string()) };
        fn names(s: &[Source]) -> Vec<&str> {
            s.iter().map(|(n, _)| n.as_str()).collect()
        }
        if !c.gazetteers.is_empty() {
            parts.push(format!("gazetteers={}", list(names(&c.gazetteers))?));
        }
        if !c.rules.is_empty() {
            parts.push(format!("rules={}", list(names(&c.rules))?));
        }
        if !c.disable.is_empty() {
            parts.push(format!(
                "disable={}",
                list(c.disable.iter().map(String::as_str).collect())?
            ));
        }
        if c.no_default_gazetteers {
            parts.push("default_gazetteers=False".into());
        }
        if c.no_default_rules {
            parts.push("default_rules=False".into());
        }
        Ok(format!("newsie.Extractor({})", parts.join(", ")))
    }

    /// Finds the entities and relations of one text; returns its record.
    ///
    /// ``id`` becomes the record's ``id``; ``evidence=True`` adds to each
    /// relation its sentence's text as ``evidence``. Offsets count
    /// characters of ``text``.
    ///
    /// >>> ex = newsie.Extractor()
    /// >>> text = "Él dijo: Perú sold drones to Chile."
    /// >>> rec = ex.extract(text, id="d1", evidence=True)
    /// >>> rec["id"], rec["error"]
    /// ('d1', None)
    /// >>> peru = rec["entities"][0]
    /// >>> peru["id"], text[peru["start"]:peru["end"]], (peru["start"], peru["byte_start"])
    /// ('PER', 'Perú', (9, 10))
    /// >>> rec["relations"][0]["evidence"]
    /// 'Él dijo: Perú sold drones to Chile.'
    #[pyo3(signature = (text, *, id=None, evidence=false))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        id: Option<Bound<'py, PyAny>>,
        evidence: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let bytes = utf8(text)?;
        let text = as_str(&bytes)?;
        let ex = &self.extractor;
        let mut shared = Shared::default();
        let tape = py.detach(|| record(ex, text, evidence, &mut shared));
        let mut builder = Builder::new(py);
        builder.learn(shared.take_fresh());
        let rec = builder.build(&tape.map_err(unsupported)?)?;
        set_id(&rec, id.unwrap_or_else(|| py.None().into_bound(py)))?;
        Ok(rec)
    }

    /// The records of many texts, in input order: ``extract`` on each, on
    /// ``threads`` threads (default: all cores) with the GIL released.
    ///
    /// ``texts`` is any iterable of ``str``; ``ids``, when given, an
    /// iterable of as many ids. The threads live only for the call.
    ///
    /// >>> ex = newsie.Extractor()
    /// >>> recs = ex.extract_batch(["Peru sold drones to Chile.", "Markets were calm."],
    /// ...                         ids=["a", "b"], threads=2)
    /// >>> [(r["id"], len(r["entities"]), len(r["relations"])) for r in recs]
    /// [('a', 3, 1), ('b', 0, 0)]
    #[pyo3(signature = (texts, *, ids=None, threads=None, evidence=false))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
        evidence: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let mut bytes = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                let ty = item
                    .get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string());
                PyTypeError::new_err(format!("texts[{i}] is {ty}, not str"))
            })?;
            bytes.push(utf8(s)?);
        }
        let ids = match ids {
            Some(ids) => {
                let ids: Vec<Bound<'py, PyAny>> = ids.try_iter()?.collect::<PyResult<_>>()?;
                if ids.len() != bytes.len() {
                    return Err(PyValueError::new_err(format!(
                        "{} ids for {} texts",
                        ids.len(),
                        bytes.len()
                    )));
                }
                Some(ids)
            }
            None => None,
        };
        let texts: Vec<&str> = bytes.iter().map(as_str).collect::<PyResult<_>>()?;
        let records = run_batch(py, &self.extractor, &texts, threads, evidence)?;
        if let Some(ids) = ids {
            for (rec, id) in records.iter().zip(ids) {
                set_id(rec, id)?;
            }
        } else {
            for rec in &records {
                set_id(rec, py.None().into_bound(py))?;
            }
        }
        PyList::new(py, records)
    }

    /// The relation types of the rules in use, each with its roles, in the
    /// order the rule files declare them (the subject first, the object
    /// second). A role's ``types`` are the entity types it accepts, or
    /// ``["TEXT"]`` for a role filled by text (a title).
    ///
    /// >>> supply = newsie.Extractor().relation_schema()[0]
    /// >>> supply["name"], [(r["name"], r["required"]) for r in supply["roles"]]
    /// ('supply', [('supplier', True), ('recipient', True), ('item', False)])
    /// >>> supply["roles"][2]["types"]
    /// ['WEAPON']
    fn relation_schema<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for relation in self.extractor.schema() {
            let roles = PyList::empty(py);
            for role in relation.roles() {
                let types: Vec<&str> = if role.takes_text() {
                    vec!["TEXT"]
                } else {
                    role.entity_types().map(|t| t.as_str()).collect()
                };
                let d = PyDict::new(py);
                d.set_item("name", role.name())?;
                d.set_item("required", role.is_required())?;
                d.set_item("types", types)?;
                roles.append(d)?;
            }
            let d = PyDict::new(py);
            d.set_item("name", relation.name())?;
            d.set_item("roles", roles)?;
            list.append(d)?;
        }
        Ok(list)
    }

    /// The ids of the rules in use, in load order (``supply/active``, ...):
    /// what ``disable`` takes, with the families before the slash.
    fn rule_ids(&self) -> Vec<String> {
        self.extractor.rule_ids().map(str::to_string).collect()
    }
}

/// The UTF-8 bytes of a Python string. A lone surrogate (which UTF-8
/// cannot hold) becomes '?', one character for one, so that character
/// offsets still index the caller's string.
fn utf8<'py>(s: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyBytes>> {
    match s.encode_utf8() {
        Ok(bytes) => Ok(bytes),
        Err(_) => {
            let py = s.py();
            Ok(s.call_method1(intern!(py, "encode"), ("utf-8", "replace"))?
                .cast_into::<PyBytes>()?)
        }
    }
}

fn as_str<'a>(bytes: &'a Bound<'_, PyBytes>) -> PyResult<&'a str> {
    std::str::from_utf8(bytes.as_bytes()).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

fn unsupported(e: Unsupported) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

/// The record of one text, as a tape.
fn record(ex: &Extractor, text: &str, evidence: bool, shared: &mut Shared) -> Result<Tape, Unsupported> {
    let x = ex.extract(text);
    Tape::of(
        &Record::new("", &x).offsets(Offsets::Chars).evidence(evidence),
        shared,
    )
}

fn set_id(rec: &Bound<'_, PyAny>, id: Bound<'_, PyAny>) -> PyResult<()> {
    rec.cast::<PyDict>()?.set_item(intern!(rec.py(), "id"), id)
}

/// Extracts `texts` on `threads` scoped threads while this thread, holding
/// the GIL only between waits, turns their tapes into records as they come:
/// extraction and conversion overlap, as reading, extracting and writing do
/// in the `extract` binary. Workers take chunks of documents from a shared
/// counter, so long documents do not leave a thread idle; every thread has
/// ended when this returns.
fn run_batch<'py>(
    py: Python<'py>,
    ex: &Extractor,
    texts: &[&str],
    threads: usize,
    evidence: bool,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let n = texts.len();
    if n <= 1 {
        let mut shared = Shared::default();
        let tapes = py.detach(|| {
            texts
                .iter()
                .map(|t| record(ex, t, evidence, &mut shared))
                .collect::<Vec<_>>()
        });
        let mut builder = Builder::new(py);
        builder.learn(shared.take_fresh());
        return tapes
            .into_iter()
            .map(|t| builder.build(&t.map_err(unsupported)?))
            .collect();
    }
    let threads = threads.min(n);
    let chunk = (n / (threads * 8)).clamp(1, 64);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut out: Vec<Option<Bound<'py, PyAny>>> = (0..n).map(|_| None).collect();
    // One builder per worker: each knows its worker's shared strings.
    let mut builders: Vec<Builder<'py>> = (0..threads).map(|_| Builder::new(py)).collect();
    let mut failure = None;
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<Chunk>();
        for worker in 0..threads {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || {
                let mut shared = Shared::default();
                while !stop.load(Ordering::Relaxed) {
                    let start = next.fetch_add(chunk, Ordering::Relaxed);
                    if start >= n {
                        break;
                    }
                    let end = (start + chunk).min(n);
                    let tapes = texts[start..end]
                        .iter()
                        .map(|t| record(ex, t, evidence, &mut shared))
                        .collect();
                    let done = Chunk {
                        worker,
                        start,
                        fresh: shared.take_fresh(),
                        tapes,
                    };
                    if tx.send(done).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut rx = rx;
        loop {
            // Wait without the GIL; the receiver goes into the closure and
            // comes back, since it may not be shared across threads.
            let (done, back) = py.detach(move || (rx.recv(), rx));
            rx = back;
            let Ok(chunk) = done else { break };
            let builder = &mut builders[chunk.worker];
            builder.learn(chunk.fresh);
            let convert = || -> PyResult<()> {
                for (slot, tape) in out[chunk.start..].iter_mut().zip(chunk.tapes) {
                    *slot = Some(builder.build(&tape.map_err(unsupported)?)?);
                }
                // Ctrl-C stops a long batch.
                py.check_signals()
            };
            if let Err(e) = convert() {
                failure = Some(e);
                stop.store(true, Ordering::Relaxed);
                break;
            }
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    out.into_iter()
        .map(|r| r.ok_or_else(|| PyRuntimeError::new_err("a newsie worker thread stopped early")))
        .collect()
}

/// What a worker sends for a chunk of documents: their tapes, and the
/// strings it numbered while writing them.
struct Chunk {
    worker: usize,
    start: usize,
    fresh: Vec<Box<str>>,
    tapes: Vec<Result<Tape, Unsupported>>,
}

/// The extension module, re-exported by the `newsie` package.
#[pymodule]
fn _newsie(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyExtractor>()?;
    m.add("Error", m.py().get_type::<Error>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

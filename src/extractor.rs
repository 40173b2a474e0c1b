//! The front door: [`Extractor`], its builder, and [`Extraction`].
//!
//! The extractor owns the compiled stages and runs them in order:
//! text → [`Tokens`] → entity mentions → relations. Building is where every
//! error happens; [`Extractor::extract`] cannot fail.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::defaults;
use crate::entity::{Entity, Entry, EvidenceKind};
use crate::error::{locate, Error, ErrorKind};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::grammar::Grammar;
use crate::names::{Date, Names};
use crate::relation::{Argument, Relation};
use crate::rule::{Built, ExampleResult, Limits, MatchBuffers, RuleSet, RuleSetBuilder};
use crate::schema::RelationSchema;
use crate::span::Span;
use crate::token::{Sentence, TokenBuffers, Tokens};
use crate::words::Lexicon;

/// The mentions the relation stage reads when a document has possessive
/// pronouns of people ([`EvidenceKind::Possessive`]) or descriptions of
/// people ([`EvidenceKind::Description`]): all but those, which
/// are mentions for the reader and no actors ("used against his own
/// people" names the people, not him), with the index of each in the
/// document's mentions. `None` when there is none to leave out, the
/// common case, which costs one look at each mention.
struct Actors<'a> {
    entities: Vec<Entity<'a>>,
    index: Vec<usize>,
}

impl<'a> Actors<'a> {
    fn of(all: &[Entity<'a>]) -> Option<Self> {
        let for_reader = |e: &Entity<'_>| {
            matches!(
                e.evidence_kind,
                Some(EvidenceKind::Possessive | EvidenceKind::Description)
            )
        };
        if !all.iter().any(for_reader) {
            return None;
        }
        let index: Vec<usize> = (0..all.len()).filter(|&i| !for_reader(&all[i])).collect();
        let entities = index.iter().map(|&i| all[i].clone()).collect();
        Some(Actors { entities, index })
    }

    /// Points the relations found over [`Actors::entities`] at the
    /// document's mentions.
    fn map_back(&self, relations: &mut [Relation<'a>]) {
        let at = |i: usize| self.index.get(i).copied().unwrap_or(i);
        for r in relations {
            r.source = r.source.map(at);
            for a in &mut r.args {
                a.entity = a.entity.map(at);
            }
        }
    }
}

/// Finds entities and relations in news text.
///
/// Build one, share it (it is cheap to clone and `Send + Sync`), and call
/// [`extract`](Extractor::extract) on each document.
///
/// ```
/// use newsie::Extractor;
/// let ex = Extractor::default();
/// let out = ex.extract("Peru sold drones to Chile, officials said.");
/// let ids: Vec<&str> = out.entities().iter().map(|e| e.id()).collect();
/// assert_eq!(ids, ["PER", "drone", "CHL"]);
/// let r = &out.relations()[0];
/// assert_eq!(r.relation_type(), "supply");
/// assert_eq!(out.argument_entity(r, "supplier").unwrap().id(), "PER");
/// ```
///
/// # Speed
///
/// Measured on 2026-11-22 on a 2-core AMD EPYC virtual machine, one thread,
/// default gazetteers (19,451 aliases) and rules, over the first 20 MB of the
/// UN General Debate speeches 1990–2024 (best of 5, `examples/stage_speed`):
/// tokenizing 259 MB/s, entities 115 MB/s, full extraction 97 MB/s. In the
/// same run of the peer harness, entities were 1.5 times as fast as a bare
/// aho-corasick scan for the same aliases, and full extraction 58 times as
/// fast as spaCy's EntityRuler plus a Matcher. Building the default extractor
/// takes about 70 ms (criterion median); it happens once per process for
/// [`Extractor::default`]. A sentence of any length costs about what news
/// costs per byte: run-on sentences are matched in windows of 200 tokens.
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

/// The memory the stages work in, kept by each thread from one document to
/// the next: for a headline, allocating, growing, zeroing and freeing its
/// buffers cost as much as the work done in them. Taken out for a document
/// and put back after it, so a document's stages own it without locking.
#[derive(Default)]
struct Buffers {
    tokens: TokenBuffers,
    rules: MatchBuffers,
}

thread_local! {
    static BUFFERS: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

#[derive(Debug)]
struct Inner {
    /// Every word of the gazetteer and the rules: tokens are looked up here
    /// once, and both stages read the ids.
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    /// Phrases and clauses, read by the rules that need structure.
    grammar: Grammar,
    /// Names no gazetteer holds, found from the words around them.
    names: Names,
    rules: RuleSet,
}

impl Default for Extractor {
    /// The extractor over the embedded gazetteers and rules, built once per
    /// process and shared.
    fn default() -> Extractor {
        defaults::extractor().clone()
    }
}

impl Extractor {
    /// A builder to add gazetteer and rule files to the defaults, or to
    /// replace them.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            default_gazetteers: true,
            default_rules: true,
            gazetteers: Vec::new(),
            rules: Vec::new(),
            disabled: Vec::new(),
            limits: Limits::default(),
        }
    }

    /// Finds the sentences, entity mentions and relations of `text`.
    pub fn extract<'a>(&'a self, text: &'a str) -> Extraction<'a> {
        self.run(text, None, true)
    }

    /// Like [`extract`](Self::extract), for a document written on `date`:
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, perhaps followed by a time
    /// (`2016-05-01T09:30:00Z`), as JSON Lines `date` fields write it. A
    /// surname several office-holders of the gazetteer share then names
    /// the one in office on that date (their `from` and `to` attributes).
    /// A date in another form is ignored.
    ///
    /// ```
    /// let ex = newsie::Extractor::builder()
    ///     .gazetteer_str("pm.tsv", "ana_ortiz\tPERSON\tAna Ortiz\tsurname:Ortiz\tfrom=2001;to=2005\n\
    ///                              luis_ortiz\tPERSON\tLuis Ortiz\tsurname:Ortiz\tfrom=2006;to=2010\n")
    ///     .build()?;
    /// let text = "Ortiz met the press.";
    /// assert!(ex.extract(text).entities().is_empty());
    /// let out = ex.extract_dated(text, "2008-03-01");
    /// assert_eq!(out.entities()[0].id(), "luis_ortiz");
    /// # Ok::<(), newsie::Error>(())
    /// ```
    pub fn extract_dated<'a>(&'a self, text: &'a str, date: &str) -> Extraction<'a> {
        self.run(text, Date::parse(date), true)
    }

    /// The stages in order; the relation stage only if `relations`.
    fn run<'a>(&'a self, text: &'a str, date: Option<Date>, relations: bool) -> Extraction<'a> {
        let inner = &*self.inner;
        // The buffers of this thread's last document (none on its first, or
        // when the thread is being torn down).
        let mut buffers = BUFFERS.try_with(Cell::take).ok().flatten().unwrap_or_default();
        let tokens = Tokens::with_lexicon_in(text, &inner.lexicon, &mut buffers.tokens);
        let entities = inner.gazetteer.find(&tokens, &inner.lexicon);
        let entities = inner
            .names
            .find(&tokens, &inner.lexicon, &inner.gazetteer, entities, date);
        let (relations, cut_relations) = if relations {
            match Actors::of(&entities) {
                None => inner.rules.apply(
                    &tokens,
                    &inner.lexicon,
                    &inner.grammar,
                    &entities,
                    &mut buffers.rules,
                ),
                Some(actors) => {
                    let (mut found, cut) = inner.rules.apply(
                        &tokens,
                        &inner.lexicon,
                        &inner.grammar,
                        &actors.entities,
                        &mut buffers.rules,
                    );
                    actors.map_back(&mut found);
                    (found, cut)
                }
            }
        } else {
            (Vec::new(), 0)
        };
        let sentences = Sentences::of(tokens.sentences());
        tokens.recycle(&mut buffers.tokens);
        // Ignored when the thread is being torn down: the buffers are freed.
        let _ = BUFFERS.try_with(|b| b.set(Some(buffers)));
        Extraction {
            text,
            sentences,
            entities,
            relations,
            cut_relations,
        }
    }

    /// Finds the sentences and entity mentions of `text`, skipping the
    /// relation stage: for users who only need mentions, at a fraction of the
    /// cost.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract_entities("Peru sold drones to Chile.");
    /// assert_eq!(out.entities().len(), 3);
    /// assert!(out.relations().is_empty());
    /// ```
    pub fn extract_entities<'a>(&'a self, text: &'a str) -> Extraction<'a> {
        self.run(text, None, false)
    }

    /// [`extract_entities`](Self::extract_entities) for a document written
    /// on `date` (see [`extract_dated`](Self::extract_dated)).
    pub fn extract_entities_dated<'a>(&'a self, text: &'a str, date: &str) -> Extraction<'a> {
        self.run(text, Date::parse(date), false)
    }

    /// All gazetteer entries, in load order.
    pub fn entries(&self) -> &[Entry] {
        self.inner.gazetteer.entries()
    }

    /// The number of distinct normalized aliases the gazetteer matches.
    pub fn alias_count(&self) -> usize {
        self.inner.gazetteer.pattern_count()
    }

    /// Runs the examples of every rule in use, each also shifted by a prefix,
    /// and returns a message for each example whose expected relation was not
    /// found (or, for `=> none`, that found one). Rule writers call this in a
    /// test, as newsie does for its own rules.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// assert_eq!(ex.check_rule_examples(), Vec::<String>::new());
    /// ```
    pub fn check_rule_examples(&self) -> Vec<String> {
        let run = |text: &str, rule: usize| -> Vec<ExampleResult> {
            let inner = &*self.inner;
            let tokens = Tokens::with_lexicon(text, &inner.lexicon);
            let entities = inner.gazetteer.find(&tokens, &inner.lexicon);
            let entities = inner
                .names
                .find(&tokens, &inner.lexicon, &inner.gazetteer, entities, None);
            let entities = Actors::of(&entities).map_or(entities, |a| a.entities);
            let (relations, _) = inner.rules.apply_rules(
                &tokens,
                &inner.lexicon,
                &inner.grammar,
                &entities,
                Some(rule),
                &mut MatchBuffers::default(),
            );
            relations
                .iter()
                .map(|r| ExampleResult {
                    factuality: r.factuality().as_str().to_string(),
                    args: r
                        .arguments()
                        .iter()
                        .map(|a| {
                            let id = a.entity.map_or("", |i| entities[i].id());
                            (
                                a.role.to_string(),
                                id.to_string(),
                                text[a.span.start..a.span.end].to_string(),
                            )
                        })
                        .collect(),
                })
                .collect()
        };
        self.inner.rules.check_examples(&run)
    }

    /// The relation types the rules in use declare, each with its roles, in
    /// load order: the one relation schema, which the evaluation, the tests
    /// and renderers read rather than keep copies.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let names: Vec<&str> = ex.schema().iter().map(|r| r.name()).collect();
    /// assert_eq!(names, ["supply", "use", "attack", "sanction", "train", "support", "accuse", "role"]);
    /// let attack = &ex.schema()[2];
    /// let required: Vec<&str> = attack.roles().iter().filter(|r| r.is_required()).map(|r| r.name()).collect();
    /// assert_eq!(required, ["attacker", "target"]);
    /// ```
    pub fn schema(&self) -> &[RelationSchema] {
        self.inner.rules.schema()
    }

    /// The grammar stage's reading of every sentence of `text`: the tags of
    /// its units, then each verb group with its flags, subject, object and
    /// prepositional phrases. For rule writers; the format may change.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.describe_grammar("Drones were sold by Peru to Chile.");
    /// assert!(out.contains("were sold[passive](subj=Peru surf=Drones by=Peru to=Chile)"));
    /// ```
    pub fn describe_grammar(&self, text: &str) -> String {
        let inner = &*self.inner;
        let tokens = Tokens::with_lexicon(text, &inner.lexicon);
        let entities = inner.gazetteer.find(&tokens, &inner.lexicon);
        let mut parse = crate::grammar::Parse::default();
        let mut out = Vec::new();
        let mut e = 0;
        for sentence in tokens.sentences() {
            let first = e;
            while e < entities.len() && entities[e].span.start < sentence.span.end {
                e += 1;
            }
            inner.grammar.parse(
                &tokens,
                &inner.lexicon,
                &entities,
                sentence.tokens.clone(),
                first..e,
                &mut parse,
            );
            let toks = &tokens.tokens()[sentence.tokens.clone()];
            let piece = |a: usize, b: usize| text[toks[a].span.start..toks[b - 1].span.end].to_string();
            out.push(format!(
                "{}\n  {}",
                parse.describe_tags(&piece),
                parse.describe(&piece)
            ));
        }
        out.join("\n")
    }

    /// The ids of the rules in use, in load order.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.inner.rules.rule_ids()
    }
}

#[derive(Clone, Debug)]
enum Source {
    Path(PathBuf),
    Text { name: String, text: String },
}

impl Source {
    fn load(&self) -> Result<(String, std::borrow::Cow<'_, str>), Error> {
        match self {
            Source::Text { name, text } => Ok((name.clone(), text.as_str().into())),
            Source::Path(path) => {
                let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                let name = path.display().to_string();
                match String::from_utf8(bytes) {
                    Ok(text) => Ok((name, text.into())),
                    Err(e) => {
                        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                        let line_no = good.iter().filter(|&&b| b == b'\n').count() + 1;
                        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
                        let prefix = String::from_utf8_lossy(&good[line_start..]).into_owned();
                        let col = prefix.len();
                        Err(Error::at(
                            ErrorKind::Io,
                            "invalid UTF-8",
                            locate(&name, line_no, &prefix, col),
                        ))
                    }
                }
            }
        }
    }
}

/// Configures and builds an [`Extractor`].
///
/// Files added here come after the embedded defaults (unless those are turned
/// off): a gazetteer entry with an id already loaded replaces the earlier one.
///
/// ```
/// let ex = newsie::Extractor::builder()
///     .gazetteer_str("extra.tsv", "acme\tORGANIZATION\tAcme Arms\tAcme\t\n")
///     .build()
///     .unwrap();
/// let out = ex.extract("Acme Arms sold rifles to Peru.");
/// assert_eq!(out.entities()[0].id(), "acme");
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    default_gazetteers: bool,
    default_rules: bool,
    gazetteers: Vec<Source>,
    rules: Vec<Source>,
    disabled: Vec<String>,
    limits: Limits,
}

impl ExtractorBuilder {
    /// Adds a gazetteer file (format: [`crate::gazetteer`]).
    pub fn gazetteer_path(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.gazetteers.push(Source::Path(path.as_ref().to_path_buf()));
        self
    }

    /// Adds gazetteer text; `name` stands for the file in error messages.
    pub fn gazetteer_str(&mut self, name: &str, text: &str) -> &mut Self {
        self.gazetteers.push(Source::Text {
            name: name.to_string(),
            text: text.to_string(),
        });
        self
    }

    /// Adds a rule file (format: [`crate::rule`]): relations, rules, and
    /// word classes and cues, new or changing those loaded before.
    pub fn rules_path(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.rules.push(Source::Path(path.as_ref().to_path_buf()));
        self
    }

    /// Adds rule text; `name` stands for the file in error messages.
    pub fn rules_str(&mut self, name: &str, text: &str) -> &mut Self {
        self.rules.push(Source::Text {
            name: name.to_string(),
            text: text.to_string(),
        });
        self
    }

    /// Leaves out the embedded gazetteers (when `false`).
    pub fn default_gazetteers(&mut self, yes: bool) -> &mut Self {
        self.default_gazetteers = yes;
        self
    }

    /// Leaves out the embedded rules (when `false`): their relations, rules
    /// and trigger words. The English word classes and cues
    /// (`rules/english.rules`) stay, so tokenizing and entities do not
    /// change.
    pub fn default_rules(&mut self, yes: bool) -> &mut Self {
        self.default_rules = yes;
        self
    }

    /// Disables a rule by id (`supply/nominal`) or a whole family (`supply`).
    /// A name that is neither is an error of [`build`](Self::build), which
    /// lists the families.
    ///
    /// ```
    /// let err = newsie::Extractor::builder().disable_rule("suply").build().unwrap_err();
    /// assert_eq!(err.kind(), newsie::ErrorKind::Rule);
    /// assert!(err.to_string().starts_with("disable_rule: no rule or family 'suply' (families: supply, use,"));
    /// ```
    pub fn disable_rule(&mut self, id_or_family: &str) -> &mut Self {
        self.disabled.push(id_or_family.to_string());
        self
    }

    /// The most relations one sentence keeps (default 100). Relations
    /// past it are counted in [`Extraction::cut_relations`], not kept: a
    /// list of forty countries supplying forty others is 1,600 relations
    /// of one sentence, each as weakly evidenced as the next.
    ///
    /// ```
    /// let ex = newsie::Extractor::builder().max_relations_per_sentence(2).build().unwrap();
    /// let out = ex.extract("Peru, Chile and Bolivia sold drones to Ecuador.");
    /// assert_eq!(out.relations().len(), 2);
    /// // Counted per rule that found it: an upper bound of what was left out.
    /// assert!(out.cut_relations() >= 1);
    /// ```
    pub fn max_relations_per_sentence(&mut self, n: usize) -> &mut Self {
        self.limits.per_sentence = n;
        self
    }

    /// The most relations one document keeps (default 10,000), counted
    /// past it as for [`max_relations_per_sentence`](Self::max_relations_per_sentence):
    /// memory stays bounded on any document.
    pub fn max_relations_per_document(&mut self, n: usize) -> &mut Self {
        self.limits.per_document = n;
        self
    }

    /// Parses and compiles everything. Every error in a data file is reported
    /// here, with its file, line and column.
    ///
    /// Gazetteer files are read first, then rule files: the English word
    /// classes, the default rule files, then yours, so that yours can change
    /// the classes and cues before anything is compiled. The rules are
    /// compiled before the gazetteer is built, because the tokenizer's
    /// abbreviations among the classes also split the gazetteer's aliases.
    ///
    /// Reading the gazetteers and compiling the rules need nothing of each
    /// other, so the gazetteers are read on a second thread while the rules
    /// compile (where the system gives one; else one after the other): on
    /// two cores that is about a fifth of the default build's time. An error
    /// in a gazetteer is still reported before any in a rule file.
    pub fn build(&self) -> Result<Extractor, Error> {
        let (gazetteer, built) = std::thread::scope(|scope| {
            let reading = std::thread::Builder::new()
                .name("newsie-gazetteers".into())
                .spawn_scoped(scope, || self.read_gazetteers());
            let built = self.compile_rules();
            let gazetteer = match reading {
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => self.read_gazetteers(),
            };
            (gazetteer, built)
        });
        let gazetteer = gazetteer?;
        let Built {
            mut rules,
            classes,
            abbreviations,
        } = built?;
        rules.set_limits(self.limits);
        // The gazetteer splits its aliases as the tokenizer splits text.
        let gazetteer = gazetteer.build(&abbreviations);
        let grammar = Grammar::new(&classes);
        let mut lexicon = Lexicon::new(gazetteer.words(), classes, abbreviations);
        lexicon.keep_hot(crate::words::list_lines(defaults::COMMON_WORDS.1));
        let names = Names::new(
            &lexicon,
            &gazetteer,
            defaults::DESIGNATIONS,
            defaults::COMMON_WORDS.1,
        )?;
        Ok(Extractor {
            inner: Arc::new(Inner {
                lexicon,
                gazetteer,
                grammar,
                names,
                rules,
            }),
        })
    }

    /// The default gazetteers (unless left out) and yours, parsed.
    fn read_gazetteers(&self) -> Result<GazetteerBuilder, Error> {
        let mut gazetteer = GazetteerBuilder::default();
        if self.default_gazetteers {
            for (name, text) in defaults::GAZETTEERS {
                gazetteer.add_embedded(&format!("<embedded>/{name}"), text)?;
            }
        }
        for source in &self.gazetteers {
            let (name, text) = source.load()?;
            gazetteer.add_source(&name, &text)?;
        }
        Ok(gazetteer)
    }

    /// The English word classes, the default rules (unless left out) and
    /// yours, compiled.
    fn compile_rules(&self) -> Result<Built, Error> {
        let mut rules = RuleSetBuilder::default();
        for (name, text) in defaults::LANGUAGE {
            rules.add_source(&format!("<embedded>/{name}"), text)?;
        }
        if self.default_rules {
            for (name, text) in defaults::RULES {
                rules.add_source(&format!("<embedded>/{name}"), text)?;
            }
        }
        // (Read before parsing, as the builder borrows their words; each
        // file's error still comes in file order.)
        let loaded: Vec<_> = self.rules.iter().map(Source::load).collect();
        for source in &loaded {
            let (name, text) = source.as_ref().map_err(Clone::clone)?;
            rules.add_source(name, text)?;
        }
        rules.build(&self.disabled)
    }
}

/// The sentence spans of a document. Most headlines are one sentence,
/// kept in place: a vector of one cost an allocation and a free a headline.
#[derive(Clone)]
enum Sentences {
    One(Span),
    Many(Vec<Span>),
}

impl Sentences {
    fn of(sentences: &[Sentence]) -> Sentences {
        match sentences {
            [one] => Sentences::One(one.span),
            all => Sentences::Many(all.iter().map(|s| s.span).collect()),
        }
    }

    fn as_slice(&self) -> &[Span] {
        match self {
            Sentences::One(span) => std::slice::from_ref(span),
            Sentences::Many(spans) => spans,
        }
    }
}

impl std::fmt::Debug for Sentences {
    /// As the vector of spans it stands for.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// What [`Extractor::extract`] found in one document.
///
/// Serializes (with serde) to the "Output records" shape of the evaluation
/// schema, less the document id and error: see [`crate::Record`], which
/// adds them and can count offsets in characters.
#[derive(Clone, Debug)]
pub struct Extraction<'a> {
    pub(crate) text: &'a str,
    sentences: Sentences,
    pub(crate) entities: Vec<Entity<'a>>,
    pub(crate) relations: Vec<Relation<'a>>,
    pub(crate) cut_relations: usize,
}

impl<'a> Extraction<'a> {
    /// The document text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Sentence spans, in text order.
    pub fn sentences(&self) -> &[Span] {
        self.sentences.as_slice()
    }

    /// Entity mentions, in text order, never overlapping.
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }

    /// Relations, in text order of their sentences.
    pub fn relations(&self) -> &[Relation<'a>] {
        &self.relations
    }

    /// How many relations were left out because one match had more
    /// combinations of coordinated fillers than the bound of 64: "A, B, C,
    /// ... and I sold drones to J, K, ... and R" is 81 supplier-recipient
    /// pairs, of which the first 64 (in role order) become relations and 17
    /// are counted here. A count of combinations, so an upper bound: some
    /// would have been dropped anyway (the same actor in two roles, or a
    /// relation the sentence already gave). Zero for almost every document;
    /// the output record has `cut_relations` only when it is not.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peru and Chile sold drones to Bolivia.");
    /// assert_eq!((out.relations().len(), out.cut_relations()), (2, 0));
    /// ```
    pub fn cut_relations(&self) -> usize {
        self.cut_relations
    }

    /// Keeps only the relations for which `keep` returns true, for example
    /// one relation type.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let mut out = ex.extract("Peru sold drones to Chile. Chile attacked Peru.");
    /// out.retain_relations(|r| r.relation_type() == "attack");
    /// assert_eq!(out.relations().len(), 1);
    /// ```
    pub fn retain_relations(&mut self, keep: impl FnMut(&Relation<'a>) -> bool) {
        self.relations.retain(keep);
    }

    /// The entity filling `role` in `relation`, if an entity fills it.
    pub fn argument_entity(&self, relation: &Relation<'a>, role: &str) -> Option<&Entity<'a>> {
        relation.argument(role).and_then(|a| self.entity_of(a))
    }

    /// The entity mention that fills `argument`, one of this extraction's
    /// [`Argument`]s; `None` for a role filled by text (a title).
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peru sold drones to Chile.");
    /// let fillers: Vec<(&str, &str)> = out.relations()[0].arguments().iter()
    ///     .filter_map(|a| out.entity_of(a).map(|e| (a.role, e.id())))
    ///     .collect();
    /// assert_eq!(fillers, [("supplier", "PER"), ("recipient", "CHL"), ("item", "drone")]);
    /// ```
    pub fn entity_of(&self, argument: &Argument<'_>) -> Option<&Entity<'a>> {
        argument.entity.and_then(|i| self.entities.get(i))
    }

    /// For an alleged or denied relation, the entity that alleges or denies
    /// it, when the sentence names one.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Chile denied selling drones to Peru.");
    /// let r = &out.relations()[0];
    /// assert_eq!(r.factuality().as_str(), "denied");
    /// assert_eq!(out.source_entity(r).map(|e| e.id()), Some("CHL"));
    /// ```
    pub fn source_entity(&self, relation: &Relation<'a>) -> Option<&Entity<'a>> {
        relation.source().and_then(|i| self.entities.get(i))
    }

    /// The text of the sentence that evidences `relation`.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Markets were calm. Peru sold drones to Chile.");
    /// assert_eq!(out.evidence(&out.relations()[0]), "Peru sold drones to Chile.");
    /// ```
    pub fn evidence(&self, relation: &Relation<'a>) -> &'a str {
        self.span_text(relation.sentence())
    }

    /// The text under `span`, a span of this document (an argument's, a
    /// sentence's); empty for a span outside it.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Britain named Jane Doe as envoy to Peru.");
    /// let texts: Vec<&str> = out.sentences().iter().map(|&s| out.span_text(s)).collect();
    /// assert_eq!(texts, ["Britain named Jane Doe as envoy to Peru."]);
    /// ```
    pub fn span_text(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

//! Tokens to entity mentions: the gazetteer file format and the matcher.
//!
//! Every alias of every entry is tokenized and normalized exactly as text is
//! (see [`crate::token`]), and each normalized word an alias uses gets an id.
//! An alias is then a short sequence of word ids, and the aliases form an
//! Aho-Corasick automaton over word ids (`phrases`). The tokenizer has
//! already given each token the id of its key (one probe of the extractor's
//! lexicon per token, shared with the rules); one pass of the automaton over
//! a sentence reports every alias that ends at each token, and the choice
//! among them is made afterwards (see *Overlaps and precedence*). Matching normalized words
//! rather than raw text is what makes matching case-insensitive beyond
//! ASCII, indifferent to curly or straight apostrophes and dash variants,
//! whole-word, and unable to cross a sentence; walking word ids rather than
//! bytes makes it faster than a bare aho-corasick scan of the raw text with
//! the same aliases (see the README's performance section).
//!
//! # File format
//!
//! UTF-8 text, one entity a line, five tab-separated columns; blank lines and
//! lines starting with `#` are ignored:
//!
//! ```text
//! # id   type     name   aliases                                        attributes
//! IRN    COUNTRY  Iran   Islamic Republic of Iran|demonym:Iranian|capital:Tehran   region=Asia
//! drone  WEAPON   drone  drones|UAV|UAVs|unmanned aerial vehicles        class=drone
//! ```
//!
//! - **id**: the canonical id, no white space; unique within a file. An entry
//!   whose id was already loaded from an earlier file replaces that entry, so
//!   a user file can correct a default.
//! - **type**: `COUNTRY`, `ORGANIZATION`, `PERSON`, `LOCATION` or `WEAPON`.
//! - **name**: the canonical name, which is also an alias.
//! - **aliases**: `|`-separated, each optionally prefixed by its kind —
//!   `name:` (the default), `abbr:`, `demonym:`, `capital:`, `seat:`,
//!   `surname:`, `description:`. May be empty. A description ("Islamic
//!   Republic" for Iran, "Jewish state" for Israel) is no name: it stands
//!   for its entry after "the" in a document that names the entry
//!   otherwise, and the names stage finds it there.
//! - **attributes** (optional): `;`-separated `key=value` pairs. Checked keys:
//!   `class` (a weapon class of the schema), `origin` and `country` (three
//!   upper-case letters), `from` and `to` (dates `YYYY`, `YYYY-MM` or
//!   `YYYY-MM-DD`). Other keys are kept as they are, once each, except the
//!   keys an entity's output record uses itself (`type`, `id`, `text`,
//!   `start`, `end`, `byte_start`, `byte_end`, `kind`, `name`), which are
//!   errors: attributes are written into the same JSON object.
//!
//! # Case policy
//!
//! The way an alias is written says how it matches:
//!
//! - short all-caps aliases (at most three letters: "US", "UK", "IS", "EU")
//!   match only in exactly that case, so "us" is not a country;
//! - aliases that start with an upper-case letter match in any case, but the
//!   text must start with an upper-case letter, so "turkey" is not a country
//!   while "TURKEY" in a headline is;
//! - aliases written in lower case ("drones", "al-Qaeda") match in any case.
//!
//! A leading `=` forces exact case, a leading `~` any case.
//! A hyphenated alias also matches with a space or nothing for the hyphen
//! ("Shahed-136", "Shahed 136", "Shahed136").
//!
//! # Overlaps and precedence
//!
//! Matches are leftmost-longest among the aliases that pass their case
//! policy: "United States Navy" beats "United States", but in "the United
//! States navy" the longer alias fails its case policy and "United States"
//! is found. A match counts only when it starts and ends on token boundaries
//! ("Iran" is not found in "Iranian", but is in "Iran-backed"), and never
//! crosses the end of a sentence. Every alias found in a sentence is a
//! candidate; from the sentence's first token, the longest candidate that
//! starts there and that an entry accepts (case policy, weak surnames) is
//! taken, else the next shorter one, and the scan goes on after the match,
//! or at the next token when no candidate starting there is accepted.
//!
//! Aliases may have any number of words: finding the candidates takes one
//! step of the automaton per token (plus failure steps that never outnumber
//! the tokens), and one step per candidate, of which at most one per alias
//! length ends at a token. The longest default alias has 19 tokens.
//!
//! When several entries share an alias, the first that passes its case policy
//! wins, in this order: entity type (`COUNTRY`, `ORGANIZATION`, `PERSON`,
//! `LOCATION`, `WEAPON`), then alias kind (`name`, `abbr`, `demonym`,
//! `capital`, `seat`, `surname`), then load order. So "Jordan" is the country,
//! and "Washington" the United States by its capital. A `surname` alias is
//! weak: it counts only for a person the document named earlier by another
//! alias, or when exactly one person in the gazetteer has that surname.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use crate::classes::Reserved;
use crate::entity::{AliasKind, Entity, EntityType, Entry, EntryRef, RESERVED_KEYS};
use crate::error::{locate, Error, ErrorKind};
use crate::fxhash::FxBuild;
use crate::phrases::{PhraseTrie, PhraseTrieBuilder, JOINED, NO_WORD};
use crate::reuse::keep_after;
use crate::span::Span;
use crate::token::{is_dash, Abbreviations, Token, TokenBuffers, Tokens};
use crate::words::{Lexicon, WordTable};

/// The weapon classes of the evaluation schema.
pub const WEAPON_CLASSES: [&str; 12] = [
    "weapon",
    "drone",
    "missile",
    "air_defense",
    "aircraft",
    "tank",
    "armored_vehicle",
    "artillery",
    "ammunition",
    "warship",
    "small_arms",
    "nuclear_weapon",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CasePolicy {
    Exact,
    Capitalized,
    Any,
}

#[derive(Clone, Debug)]
struct AliasSpec {
    text: Cow<'static, str>,
    kind: AliasKind,
    case: CasePolicy,
    /// A description (`description:`), which the automaton does not match.
    description: bool,
}

/// One matchable form of an alias, attached to a normalized key.
#[derive(Clone, Debug)]
struct Candidate {
    entry: u32,
    kind: AliasKind,
    case: CasePolicy,
    /// The alias as written, for exact-case comparison.
    surface: Cow<'static, str>,
}

/// The text of a gazetteer file and, when it is embedded in the binary, the
/// same text for as long as the program runs: the fields the gazetteer
/// keeps (ids, names, attributes, aliases) are then borrowed from it, where
/// giving each its own allocation, and freeing the aliases' after the build,
/// cost a fifth of building the default extractor.
#[derive(Clone, Copy)]
struct Text<'t> {
    text: &'t str,
    embedded: Option<&'static str>,
}

impl<'t> Text<'t> {
    /// `part`, a slice of the text, as the gazetteer keeps it.
    fn keep(self, part: &'t str) -> Cow<'static, str> {
        let at = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        match self
            .embedded
            .and_then(|all| all.get(at..at.wrapping_add(part.len())))
        {
            Some(same) if same.as_ptr() == part.as_ptr() => Cow::Borrowed(same),
            _ => Cow::Owned(part.to_owned()),
        }
    }
}

/// Entries parsed from files, before the matcher is built.
#[derive(Clone, Debug, Default)]
pub(crate) struct GazetteerBuilder {
    /// Each entry with its aliases, a range of `aliases` (the name first).
    entries: Vec<(Entry, std::ops::Range<u32>)>,
    aliases: Vec<AliasSpec>,
    by_id: HashMap<Cow<'static, str>, usize, FxBuild>,
}

impl GazetteerBuilder {
    /// Parses one gazetteer file and adds its entries. `file` names it in
    /// error messages.
    pub(crate) fn add_source(&mut self, file: &str, text: &str) -> Result<(), Error> {
        self.add(file, Text { text, embedded: None })
    }

    /// [`add_source`](Self::add_source) for a file embedded in the binary,
    /// which the entries borrow their fields from.
    pub(crate) fn add_embedded(&mut self, file: &str, text: &'static str) -> Result<(), Error> {
        self.add(
            file,
            Text {
                text,
                embedded: Some(text),
            },
        )
    }

    fn add(&mut self, file: &str, text: Text<'_>) -> Result<(), Error> {
        // (About a line an entry: sized once, not grown.)
        let lines = memchr::memchr_iter(b'\n', text.text.as_bytes()).count() + 1;
        let mut seen_here: HashMap<&str, usize, FxBuild> =
            HashMap::with_capacity_and_hasher(lines, FxBuild::default());
        self.by_id.reserve(lines);
        self.entries.reserve(lines);
        for (n, line) in split_byte(text.text, b'\n').enumerate() {
            let line_no = n + 1;
            let trimmed = line.trim_end_matches('\r');
            if trimmed.trim().is_empty() || trimmed.trim_start().starts_with('#') {
                continue;
            }
            let first_alias = self.aliases.len() as u32;
            let (entry, id) = parse_line(file, line_no, trimmed, text, &mut self.aliases)?;
            let aliases = first_alias..self.aliases.len() as u32;
            if let Some(first) = seen_here.insert(id, line_no) {
                return Err(Error::at(
                    ErrorKind::Gazetteer,
                    format!("duplicate id '{}' (first defined on line {first})", entry.id),
                    locate(file, line_no, trimmed, 0),
                ));
            }
            match self.by_id.get(&entry.id) {
                Some(&i) => self.entries[i] = (entry, aliases),
                None => {
                    self.by_id.insert(entry.id.clone(), self.entries.len());
                    self.entries.push((entry, aliases));
                }
            }
        }
        Ok(())
    }

    /// Builds the word table and the automaton of every alias of every
    /// entry, splitting aliases with the tokenizer's `abbreviations`.
    ///
    /// Phrase ids follow load order, as the entries do, so they are the same
    /// from build to build; the automaton itself is the map from an alias's
    /// words to its phrase id, so that each alias costs one walk down it and
    /// no allocation of its own.
    pub(crate) fn build(self, abbreviations: &Abbreviations) -> Gazetteer {
        // (Sized for about two words an alias: grown from nothing, the maps
        // rehashed every word and edge a dozen times.)
        let mut words = WordIds {
            ids: HashMap::with_capacity_and_hasher(self.aliases.len(), FxBuild::default()),
            ..WordIds::default()
        };
        let mut trie = PhraseTrieBuilder::default();
        trie.reserve(self.aliases.len() * 2);
        // Every candidate with its phrase, in load order, each linked to
        // the one before it of the same phrase (`NONE` for none); per
        // phrase, its last.
        let mut found: Vec<(u32, u32, Candidate)> = Vec::with_capacity(self.aliases.len());
        let mut last_of_phrase: Vec<u32> = Vec::new();
        let mut entries = Vec::with_capacity(self.entries.len());
        let mut phrase = Vec::new();
        let mut descriptions = Vec::new();
        for (e, (entry, aliases)) in self.entries.into_iter().enumerate() {
            let e = e as u32;
            for alias in &self.aliases[aliases.start as usize..aliases.end as usize] {
                if alias.description {
                    descriptions.push((crate::token::phrase_key(&alias.text).into(), e));
                    continue;
                }
                for variant in alias_variants(&alias.text) {
                    words.phrase(&variant, abbreviations, &mut phrase);
                    let Some(id) = trie.insert(&phrase, last_of_phrase.len() as u32) else {
                        continue;
                    };
                    if id as usize == last_of_phrase.len() {
                        last_of_phrase.push(NONE);
                    }
                    // (Two exact spellings of one entry both match: "DoD",
                    // "DOD". The entry's own candidates of the phrase are
                    // the last ones linked.)
                    let mut at = last_of_phrase[id as usize];
                    let mut same = false;
                    while let Some((_, before, c)) = found.get(at as usize).filter(|(_, _, c)| c.entry == e) {
                        same |= c.case == alias.case
                            && (alias.case != CasePolicy::Exact || *c.surface == *alias.text);
                        at = *before;
                    }
                    if same {
                        continue;
                    }
                    let candidate = Candidate {
                        entry: e,
                        kind: alias.kind,
                        case: alias.case,
                        surface: match alias.case {
                            CasePolicy::Capitalized => {
                                hyphen_words_free(&alias.text).map_or_else(|| alias.text.clone(), Cow::Owned)
                            }
                            _ => alias.text.clone(),
                        },
                    };
                    found.push((id, last_of_phrase[id as usize], candidate));
                    last_of_phrase[id as usize] = (found.len() - 1) as u32;
                }
            }
            entries.push(entry);
        }
        // Each phrase's candidates side by side, in load order, then best
        // first (a stable sort).
        let mut starts = vec![0u32; last_of_phrase.len() + 1];
        for &(id, _, _) in &found {
            starts[id as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut placed: Vec<Option<Candidate>> = vec![None; found.len()];
        for (id, _, c) in found {
            placed[next[id as usize] as usize] = Some(c);
            next[id as usize] += 1;
        }
        let mut candidates: Vec<Candidate> = placed.into_iter().flatten().collect();
        for w in starts.windows(2) {
            let list = &mut candidates[w[0] as usize..w[1] as usize];
            if list.len() > 1 {
                list.sort_by_key(|c| (entries[c.entry as usize].ty, c.kind, c.entry));
            }
        }
        Gazetteer {
            entries,
            phrases: trie.build(),
            candidates: candidates.into_boxed_slice(),
            candidate_starts: starts.into_boxed_slice(),
            descriptions,
            word_count: words.ids.len() as u32,
            words: WordTable::new(words.ids.iter().map(|(k, &v)| (&**k, v))),
        }
    }
}

/// Ids of the words that occur in aliases, assigned in load order.
#[derive(Default)]
struct WordIds {
    ids: HashMap<Box<str>, u32, FxBuild>,
    /// The memory of the last phrase's key and tokens, for the next.
    key: String,
    tokens: TokenBuffers,
}

impl WordIds {
    /// Sets `out` to the words of `phrase` as tokenized text would give
    /// them, each that touches the word before it marked [`JOINED`]
    /// ("al-Qaeda" is `al`, joined `-`, joined `qaeda`).
    fn phrase(&mut self, phrase: &str, abbreviations: &Abbreviations, out: &mut Vec<u32>) {
        out.clear();
        // Words of ASCII letters between spaces are tokens of their own,
        // their keys in lower case (most aliases): no tokenizer run.
        if phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
            let mut key = std::mem::take(&mut self.key);
            for word in split_byte(phrase, b' ').filter(|w| !w.is_empty()) {
                key.clear();
                key.push_str(word);
                key.make_ascii_lowercase();
                out.push(self.id(&key));
            }
            self.key = key;
            return;
        }
        let tokens = Tokens::with_abbreviations_in(phrase, abbreviations, &mut self.tokens);
        for (i, tok) in tokens.tokens().iter().enumerate() {
            let id = self.id(tokens.key(tok));
            out.push(if i > 0 && !tok.space_before() {
                id | JOINED
            } else {
                id
            });
        }
        tokens.recycle(&mut self.tokens);
    }

    /// The id of word `key`, given the next one if it has none yet.
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key.into(), id);
        id
    }
}

/// The compiled gazetteer: entries, the ids of the words aliases use, and a
/// trie of the aliases as word-id sequences.
#[derive(Clone, Debug)]
pub(crate) struct Gazetteer {
    entries: Vec<Entry>,
    phrases: PhraseTrie,
    /// Per phrase of the trie: the entries it may name, best first, phrase
    /// `p`'s from `candidate_starts[p]` to `candidate_starts[p + 1]`.
    candidates: Box<[Candidate]>,
    candidate_starts: Box<[u32]>,
    /// The descriptions of entries (`description:` aliases: "Islamic
    /// Republic" for Iran), keyed as [`crate::token::phrase_key`] keys
    /// them, with the index of their entry.
    descriptions: Vec<(Box<str>, u32)>,
    words: WordTable,
    /// The number of `words`: lexicon ids from here up are not the gazetteer's.
    word_count: u32,
}

/// An alias found in a sentence (see [`Gazetteer::find`]).
#[derive(Clone, Copy, Debug)]
struct Found {
    phrase: u32,
    /// Its first token, counted from the sentence's first.
    start: u32,
    len: u32,
    /// The next shorter alias found at the same start, or `NONE`.
    shorter: u32,
}

/// No [`Found`].
const NONE: u32 = u32::MAX;

thread_local! {
    /// The buffers of [`Gazetteer::find`] between documents.
    static FIND_BUFFERS: Cell<(Vec<Found>, Vec<u32>)> = const { Cell::new((Vec::new(), Vec::new())) };
}

impl Gazetteer {
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The descriptions of entries ("Islamic Republic", "Jewish state"),
    /// which stand for their entry only in a document that names it, so
    /// the automaton does not match them: the names stage reads them
    /// (keys as [`crate::token::phrase_key`] writes them, entry index).
    pub(crate) fn descriptions(&self) -> &[(Box<str>, u32)] {
        &self.descriptions
    }

    /// The number of distinct alias forms (token sequences) in the trie.
    pub(crate) fn pattern_count(&self) -> usize {
        self.candidate_starts.len() - 1
    }

    /// The candidates of phrase `phrase`, best first.
    fn candidates(&self, phrase: usize) -> &[Candidate] {
        match self.candidate_starts.get(phrase..phrase + 2) {
            Some(&[start, end]) => &self.candidates[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The words aliases use, with their ids (`0..n`).
    pub(crate) fn words(&self) -> &WordTable {
        &self.words
    }

    /// Finds every entity mention in a tokenized document, in text order,
    /// without overlaps. The tokens must carry the ids of `lexicon`, built
    /// over this gazetteer's [`words`](Gazetteer::words).
    pub(crate) fn find<'a>(&'a self, tokens: &Tokens<'a>, lexicon: &Lexicon) -> Vec<Entity<'a>> {
        let text = tokens.source();
        let toks = tokens.tokens();
        // (About one mention in twenty tokens of news: growing the vector
        // from nothing copied it a dozen times a long document. Reserved at
        // the first mention: a third of headlines name nothing the
        // gazetteer holds, and allocate nothing.)
        let mut mentions = Vec::new();
        // Persons already named in this document, for weak surname aliases.
        // A set: a list of names can name thousands of people.
        let mut named_persons: HashSet<u32, FxBuild> = HashSet::default();
        // The aliases found in a sentence, and per token of the sentence the
        // longest found that starts there, linked to the next shorter one.
        // (Aliases with one start are found in order of their ends, so the
        // one found last is the longest.)
        // (Both kept by the thread from document to document: a headline
        // would spend more allocating them than searching. `longest_at` is
        // all `NONE` between sentences.)
        let (mut found, mut longest_at) = FIND_BUFFERS.try_with(Cell::take).unwrap_or_default();
        for (sentence, sent) in tokens.sentences().iter().enumerate() {
            let sentence_start = sent.tokens.start;
            // No phrase crosses the end of a sentence.
            let words = toks[sent.tokens.clone()].iter().map(|tok| self.word_id(tok));
            if longest_at.len() < words.len() {
                longest_at.resize(words.len(), NONE);
            }
            found.clear();
            let (mut first_start, mut last_start) = (usize::MAX, 0);
            self.phrases.for_each_match(words, |end, phrase, len| {
                let start = end + 1 - len;
                first_start = first_start.min(start);
                last_start = last_start.max(start);
                found.push(Found {
                    phrase,
                    start: start as u32,
                    len: len as u32,
                    shorter: longest_at[start],
                });
                longest_at[start] = (found.len() - 1) as u32;
            });
            if found.is_empty() {
                continue;
            }
            // Leftmost-longest among the aliases that pass their case policy
            // and `choose`'s other rules: at each start, from the longest
            // alias down; after a mention, at the token that follows it.
            let mut first = sentence_start + first_start;
            while first - sentence_start <= last_start {
                let mut next = longest_at[first - sentence_start];
                // "Dana Ortiz" is not the gazetteer's Ortiz: a surname alias
                // right after another capitalized word is someone else, unless
                // that word only opens the sentence ("Later Ortiz said") and the
                // document named Ortiz before. Only a word of the same sentence
                // counts.
                let after_other_name = if next != NONE
                    && first > sentence_start
                    && toks[first - 1].is_capitalized()
                    && !lexicon.in_class(toks[first - 1].word(), Reserved::SurnameTitle.index())
                {
                    Some(sentence_start == first - 1)
                } else if next != NONE {
                    // "Turki bin Talal bin Abdulaziz": a father's name in a
                    // nasab, never the surname alone; nor "Saleh" in "Jamil
                    // al-Saleh", a surname joined to its particle (unless the
                    // word only opens the sentence: "Later al-Assad said").
                    particle_after_name(tokens, first, sentence_start, lexicon)
                } else {
                    None
                };
                let mut taken = 1;
                while next != NONE {
                    let f = found[next as usize];
                    next = f.shorter;
                    let last = first + f.len as usize - 1;
                    let span = Span::new(toks[first].span.start, toks[last].span.end);
                    let surface = &text[span.start..span.end];
                    // "Abdulaziz bin Saud": a given name that a nasab
                    // follows, never the surname alone.
                    let before_nasab = (last + 2 < sent.tokens.end
                        && nasab(toks, last + 1, lexicon)
                        && toks[last + 2].is_capitalized())
                        || (last + 3 < sent.tokens.end
                            && joined_particle(tokens, last + 1, lexicon)
                            && toks[last + 3].is_capitalized());
                    let after_other_name = if before_nasab {
                        Some(false)
                    } else {
                        after_other_name
                    };
                    let Some(c) = self.choose(f.phrase as usize, surface, &named_persons, after_other_name)
                    else {
                        continue;
                    };
                    let entry = &self.entries[c.entry as usize];
                    if entry.ty == EntityType::Person {
                        named_persons.insert(c.entry);
                    }
                    if mentions.capacity() == 0 {
                        mentions.reserve_exact(toks.len() / 20 + 4);
                    }
                    mentions.push(Entity {
                        entry: EntryRef::Known(entry),
                        ty: entry.ty,
                        text: surface,
                        span,
                        alias_kind: c.kind,
                        detail: None,
                        sentence: sentence as u32,
                        tokens: first as u32..last as u32 + 1,
                        evidence_kind: None,
                        evidence_text: "",
                    });
                    taken = f.len as usize;
                    break;
                }
                first += taken;
            }
            // Every start empty again for the next sentence.
            for f in &found {
                longest_at[f.start as usize] = NONE;
            }
        }
        // (After a long text, freed: see `crate::reuse`.)
        if keep_after(text.len()) {
            let _ = FIND_BUFFERS.try_with(|b| b.set((found, longest_at)));
        } else {
            drop((found, longest_at));
        }
        mark_origins(tokens, &mut mentions);
        mentions
    }

    /// The entries an alias made of exactly the words of `toks` names, with
    /// the alias kind, whatever the alias's case policy: the names stage
    /// asks which office-holders share a surname, and which weapon short
    /// forms are another entity's alias.
    pub(crate) fn entries_named<'g>(
        &'g self,
        toks: &[Token],
    ) -> impl Iterator<Item = (&'g Entry, AliasKind)> + 'g {
        // (On the stack for a name of up to eight words: the names stage
        // asks this of many a capitalized word.)
        let mut few = [0u32; 8];
        let mut many = Vec::new();
        let words: &mut [u32] = match few.get_mut(..toks.len()) {
            Some(words) => {
                for (w, t) in words.iter_mut().zip(toks) {
                    *w = self.word_id(t);
                }
                words
            }
            None => {
                many.extend(toks.iter().map(|t| self.word_id(t)));
                &mut many
            }
        };
        if let Some(first) = words.first_mut() {
            *first &= !JOINED;
        }
        let list = self
            .phrases
            .get(words)
            .map_or(&[][..], |p| self.candidates(p as usize));
        list.iter().map(|c| (&self.entries[c.entry as usize], c.kind))
    }

    /// The entries an alias of one word, the gazetteer word `word`, names.
    pub(crate) fn entries_of_word(&self, word: u32) -> impl Iterator<Item = (&Entry, AliasKind)> + '_ {
        let list = self
            .phrases
            .get(&[word])
            .map_or(&[][..], |p| self.candidates(p as usize));
        list.iter().map(|c| (&self.entries[c.entry as usize], c.kind))
    }

    /// A token's word id as the phrase automaton reads it: marked
    /// [`JOINED`] when it touches the token before, [`NO_WORD`] when no
    /// alias uses the word.
    #[inline(always)]
    fn word_id(&self, tok: &Token) -> u32 {
        match tok.word() {
            id if id >= self.word_count => NO_WORD,
            id if tok.space_before() => id,
            id => id | JOINED,
        }
    }

    /// The best candidate for a matched key whose text is `surface`.
    fn choose(
        &self,
        pattern: usize,
        surface: &str,
        named_persons: &HashSet<u32, FxBuild>,
        after_other_name: Option<bool>,
    ) -> Option<&Candidate> {
        let list = self.candidates(pattern);
        let mut surnames = list.iter().filter(|c| c.kind == AliasKind::Surname);
        let unique_surname = surnames.next().is_some() && surnames.next().is_none();
        list.iter().find(|c| {
            let case_ok = match c.case {
                CasePolicy::Exact => surface == &*c.surface,
                CasePolicy::Capitalized => capitals_kept(&c.surface, surface),
                CasePolicy::Any => true,
            };
            let surname_ok = match after_other_name {
                _ if c.kind != AliasKind::Surname => true,
                None => unique_surname || named_persons.contains(&c.entry),
                Some(true) => named_persons.contains(&c.entry),
                Some(false) => false,
            };
            case_ok && surname_ok
        })
    }
}

/// Whether token `t` is a word of a nasab ("bin", "ibn"), spaced from the
/// words around it.
fn nasab(toks: &[Token], t: usize, lexicon: &Lexicon) -> bool {
    toks[t].space_before()
        && toks.get(t + 1).is_some_and(|n| n.space_before())
        && lexicon.in_class(toks[t].word(), Reserved::NasabParticle.index())
}

/// Whether token `t` opens a particle joined by a hyphen to the word after
/// it ("al-Saleh": `al`, `-`, `Saleh`), spaced from the word before.
fn joined_particle(tokens: &Tokens<'_>, t: usize, lexicon: &Lexicon) -> bool {
    let toks = tokens.tokens();
    toks[t].space_before()
        && toks
            .get(t + 1)
            .is_some_and(|h| !h.space_before() && tokens.key(h) == "-")
        && toks.get(t + 2).is_some_and(|n| !n.space_before())
        && lexicon.in_class(toks[t].word(), Reserved::JoinedParticle.index())
}

/// Whether the alias that starts at token `first` follows a particle of a
/// longer name (a nasab's "bin", a joined "al-") after a capitalized word
/// that is no title ("Turki bin Talal", "Jamil al-Saleh"; not "President
/// al-Assad", "The al-Assad regime"): `Some(false)`, the alias is no
/// surname alone; `Some(true)` when the word before a joined particle only
/// opens the sentence ("Later al-Assad said"), a surname of a person the
/// document named; `None` when no particle is there. Looks back at most
/// three tokens.
fn particle_after_name(
    tokens: &Tokens<'_>,
    first: usize,
    sentence_start: usize,
    lexicon: &Lexicon,
) -> Option<bool> {
    let toks = tokens.tokens();
    let (name, joined) = if first > sentence_start + 1 && nasab(toks, first - 1, lexicon) {
        (first - 2, false)
    } else if first > sentence_start + 2 && joined_particle(tokens, first - 2, lexicon) {
        (first - 3, true)
    } else {
        return None;
    };
    if !toks[name].is_capitalized() || lexicon.in_class(toks[name].word(), Reserved::SurnameTitle.index()) {
        return None;
    }
    Some(joined && name == sentence_start)
}

/// Cue words that, joined by a hyphen to a country, say where a weapon comes
/// from: "Iranian-made drones", "US-supplied tanks".
const ORIGIN_CUES: &[&str] = &[
    "made",
    "built",
    "supplied",
    "produced",
    "manufactured",
    "designed",
    "provided",
    "donated",
];

/// Gives a weapon mention the origin country the text states just before it:
/// "Iranian drones", "Iranian-made drones", "Iran's Shahed-136",
/// "US-made 'Javelin' missiles".
fn mark_origins(tokens: &Tokens<'_>, mentions: &mut [Entity<'_>]) {
    // Runs over every mention of a document, which can be one sentence of
    // a million tokens: by the token ranges the mentions carry, with no
    // search and no allocation, so the cost is linear in the tokens and the
    // mentions.
    let toks = tokens.tokens();
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let weapon = &mut rest[0];
        let country = &before[i - 1];
        if weapon.ty != EntityType::Weapon || country.ty != EntityType::Country {
            continue;
        }
        if country.sentence != weapon.sentence || country.alias_kind == AliasKind::Capital {
            continue;
        }
        // Mentions are in text order and apart: the tokens between them.
        let from = country.tokens.end as usize;
        let to = (weapon.tokens.start as usize).max(from);
        let mut between = toks[from..to].iter().map(|t| tokens.key(t));
        let quote = |w: &str| matches!(w, "'" | "\"");
        // Nothing, "'s", or "-" and a cue, then only quotes.
        let stated = match between.next() {
            None => true,
            Some("'s") => between.next().is_none(),
            Some("-") => between.next().is_some_and(|cue| ORIGIN_CUES.contains(&cue)) && between.all(quote),
            Some(w) => quote(w) && between.all(quote),
        };
        if let (true, EntryRef::Known(country)) = (stated, &country.entry) {
            // (A weapon's detail is its origin: see `Entity::detail`.)
            weapon.detail = Some(country.id());
        }
    }
}

/// The alias itself and, when it is hyphenated, the forms with a space and
/// with nothing in place of each hyphen ("Shahed-136", "Shahed 136",
/// "Shahed136").
fn alias_variants(alias: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let trimmed = alias.trim();
    // (An ASCII alias's only dash is the hyphen, found by a vectorized
    // search.)
    let dash = match trimmed.is_ascii() {
        true => memchr::memchr(b'-', trimmed.as_bytes()).is_some(),
        false => trimmed.contains(is_dash),
    };
    let hyphenated = dash && !trimmed.starts_with(is_dash) && !trimmed.ends_with(is_dash);
    let others = hyphenated.then(|| [alias.replace(is_dash, " "), alias.replace(is_dash, "")]);
    std::iter::once(Cow::Borrowed(alias)).chain(others.into_iter().flatten().map(Cow::Owned))
}

/// The first character of each alphanumeric run of `chars`, where
/// `alnum` says what is alphanumeric.
fn initials(chars: impl Iterator<Item = char>, alnum: fn(&char) -> bool) -> impl Iterator<Item = char> {
    let mut prev_alnum = false;
    chars.filter(move |c| {
        let start = alnum(c) && !prev_alnum;
        prev_alnum = alnum(c);
        start
    })
}

/// Whether `surface` keeps the capitals of `alias`: every word the gazetteer
/// capitalizes must start with a capital (or digit) in the text too, so
/// "Global Action on Ageing" matches that name and not "global action on
/// ageing". Lower-case alias words ("al-Assad", "UN refugee agency") are free.
/// When the two split into different numbers of words (folded punctuation),
/// only the first letter is checked.
fn capitals_kept(alias: &str, surface: &str) -> bool {
    // Runs on every gazetteer match: compare word initials without
    // collecting, and without the Unicode tables when both are ASCII (the
    // tables cost a third of the matcher's time on news).
    let first_ok = surface.chars().next().is_some_and(|c| !c.is_lowercase());
    // (The text most often writes the alias as the list does, whose
    // initials then agree: no character is both upper and lower case.)
    if alias == surface {
        return first_ok;
    }
    if alias.is_ascii() && surface.is_ascii() {
        let ascii = char::is_ascii_alphanumeric;
        first_ok
            && initials_kept(
                initials(alias.bytes().map(char::from), ascii),
                initials(surface.bytes().map(char::from), ascii),
            )
    } else {
        let any = |c: &char| c.is_alphanumeric();
        first_ok && initials_kept(initials(alias.chars(), any), initials(surface.chars(), any))
    }
}

/// The alias with the initials of the words a hyphen joins to a name in
/// lower case, for [`capitals_kept`]: news writes the Arabic article and
/// the second syllable of a Korean given name either way ("Adel al-Jubeir"
/// for the list's "Adel Al-Jubeir", "Ban Ki-moon" for "Ban Ki-Moon"), so
/// their case says nothing about whether the words are a name. Only a
/// short word before a hyphen ("Al-", "El-", "Ad-": an article or particle,
/// not "Boutros-" or "Hewlett-") and a word after one are freed; the
/// alias's first letter stays as the text must write it. `None` for an
/// alias without a hyphen, which stays as it is.
fn hyphen_words_free(alias: &str) -> Option<String> {
    memchr::memchr(b'-', alias.as_bytes())?;
    let mut out = String::with_capacity(alias.len());
    if alias.is_ascii() {
        let bytes = alias.as_bytes();
        let (alphabetic, alnum) = (u8::is_ascii_alphabetic, u8::is_ascii_alphanumeric);
        free_hyphen_words(bytes, b'-', alphabetic, alnum, |b, lower| {
            out.push(char::from(if lower { b.to_ascii_lowercase() } else { b }))
        });
    } else {
        let chars: Vec<char> = alias.chars().collect();
        let (alphabetic, alnum) = (char::is_alphabetic, char::is_alphanumeric);
        free_hyphen_words(
            &chars,
            '-',
            |c| alphabetic(*c),
            |c| alnum(*c),
            |c, lower| match lower {
                true => out.extend(c.to_lowercase()),
                false => out.push(c),
            },
        );
    }
    Some(out)
}

/// [`hyphen_words_free`] over the characters of an alias (bytes of an
/// ASCII one, which need no decoding): gives `push` each character and
/// whether to write it in lower case.
fn free_hyphen_words<C: Copy + PartialEq>(
    chars: &[C],
    hyphen: C,
    alphabetic: impl Fn(&C) -> bool,
    alnum: impl Fn(&C) -> bool,
    mut push: impl FnMut(C, bool),
) {
    for (i, &c) in chars.iter().enumerate() {
        let starts_word = alphabetic(&c) && (i == 0 || !alnum(&chars[i - 1]));
        if starts_word && i > 0 {
            let len = chars[i..].iter().take_while(|c| alnum(c)).count();
            let after_hyphen = chars[i - 1] == hyphen;
            let particle = len <= 3 && chars.get(i + len) == Some(&hyphen);
            if after_hyphen || particle {
                push(c, true);
                continue;
            }
        }
        push(c, false);
    }
}

/// Whether no upper-case initial of the alias is lower case in the surface;
/// when the two have different numbers of initials (folded punctuation),
/// true.
fn initials_kept(mut alias: impl Iterator<Item = char>, mut surface: impl Iterator<Item = char>) -> bool {
    let mut kept = true;
    loop {
        match (alias.next(), surface.next()) {
            (Some(a), Some(s)) => kept &= !a.is_uppercase() || !s.is_lowercase(),
            (None, None) => return kept,
            _ => return true,
        }
    }
}

fn case_policy(alias: &str) -> CasePolicy {
    // (An ASCII alias's characters are its bytes, read without decoding.)
    match alias.is_ascii() {
        true => case_policy_of(|| alias.bytes().map(char::from)),
        false => case_policy_of(|| alias.chars()),
    }
}

/// [`case_policy`] of the alias whose characters `chars` gives.
fn case_policy_of<I: DoubleEndedIterator<Item = char>>(chars: impl Fn() -> I) -> CasePolicy {
    let letters = chars().filter(|c| c.is_alphabetic()).count();
    let first = chars().next().unwrap_or(' ');
    // ("LeT", "MoD": a short alias in mixed case that ends in a capital is
    // an acronym, and "Let", "Mod" are words. Not "NATO", which news also
    // writes "Nato", nor "UAVs" or "MiG-29", which it writes in capitals.)
    let inner_capital = letters <= 4
        && chars().all(char::is_alphabetic)
        && chars().next_back().is_some_and(char::is_uppercase)
        && chars().any(char::is_lowercase);
    if first.is_uppercase() && (letters <= 3 && chars().all(|c| !c.is_lowercase()) || inner_capital) {
        CasePolicy::Exact
    } else if first.is_uppercase() {
        CasePolicy::Capitalized
    } else {
        CasePolicy::Any
    }
}

/// `s.split(sep)` for an ASCII `sep`, each part found by a vectorized
/// search: the library's split by a character cost more per column, alias
/// and attribute of a gazetteer line than everything else done with it.
fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> + Clone {
    debug_assert!(sep.is_ascii());
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        // (An ASCII byte is never inside a character: both slices are on
        // character boundaries.)
        match memchr::memchr(sep, r.as_bytes()) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.split_once(sep)` for an ASCII `sep` (see [`split_byte`]).
fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = memchr::memchr(sep, s.as_bytes())?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// Byte offset of column `n` (0-based) in a tab-separated line.
fn column_offset(line: &str, n: usize) -> usize {
    split_byte(line, b'\t').take(n).map(|c| c.len() + 1).sum()
}

/// Parses one entry's line, of `text`: the entry and its id as written,
/// and its name and aliases appended to `aliases`.
fn parse_line<'t>(
    file: &str,
    line_no: usize,
    line: &'t str,
    text: Text<'t>,
    aliases: &mut Vec<AliasSpec>,
) -> Result<(Entry, &'t str), Error> {
    let err = |msg: String, at: usize| {
        Err(Error::at(
            ErrorKind::Gazetteer,
            msg,
            locate(file, line_no, line, at),
        ))
    };
    let mut cols = [""; 5];
    let mut count = 0;
    for col in split_byte(line, b'\t') {
        if let Some(slot) = cols.get_mut(count) {
            *slot = col;
        }
        count += 1;
    }
    if count < 4 {
        return err(
            format!("expected at least 4 tab-separated columns (id, type, name, aliases), found {count}"),
            line.len(),
        );
    }
    if count > 5 {
        return err(
            format!("expected at most 5 tab-separated columns, found {count}"),
            column_offset(line, 5),
        );
    }
    let id = cols[0];
    if id.is_empty() || id.chars().any(char::is_whitespace) {
        return err(
            format!("invalid id '{id}': ids are non-empty and contain no white space"),
            0,
        );
    }
    let Some(ty) = EntityType::from_name(cols[1]) else {
        return err(
            format!(
                "unknown entity type '{}' (expected COUNTRY, ORGANIZATION, PERSON, LOCATION or WEAPON)",
                cols[1]
            ),
            column_offset(line, 1),
        );
    };
    let name = cols[2].trim();
    if !has_text(name) {
        return err("empty name".to_string(), column_offset(line, 2));
    }
    let name = text.keep(name);
    // The name is also an alias, the entry's first.
    aliases.push(AliasSpec {
        case: case_policy(&name),
        text: name.clone(),
        kind: AliasKind::Name,
        description: false,
    });
    // Where a column starts in the line: the columns are slices of it.
    let start_of = |col: &str| col.as_ptr() as usize - line.as_ptr() as usize;
    let mut at = start_of(cols[3]);
    if !cols[3].trim().is_empty() {
        for raw in split_byte(cols[3], b'|') {
            aliases.push(
                parse_alias(raw, text)
                    .map_err(|msg| Error::at(ErrorKind::Gazetteer, msg, locate(file, line_no, line, at)))?,
            );
            at += raw.len() + 1;
        }
    }
    let mut attributes = Vec::new();
    if count == 5 && !cols[4].trim().is_empty() {
        let attrs = cols[4];
        let mut at = start_of(attrs);
        for pair in split_byte(attrs, b';') {
            let (key, value) = parse_attribute(ty, pair, &attributes)
                .map_err(|msg| Error::at(ErrorKind::Gazetteer, msg, locate(file, line_no, line, at)))?;
            attributes.push((text.keep(key), text.keep(value)));
            at += pair.len() + 1;
        }
    }
    let entry = Entry {
        id: text.keep(id),
        ty,
        name,
        attributes,
        json: Default::default(),
    };
    Ok((entry, id))
}

/// Whether a name or alias has anything to match: the tokenizer drops white
/// space and control characters, and everything else becomes a key.
fn has_text(s: &str) -> bool {
    s.chars().any(|c| !c.is_whitespace() && !c.is_control())
}

fn parse_alias<'t>(raw: &'t str, file: Text<'t>) -> Result<AliasSpec, String> {
    let raw = raw.trim();
    // A description: matched by the names stage, in documents that name
    // its entry, in any case.
    if let Some(text) = raw.strip_prefix("description:").map(str::trim) {
        if !has_text(text) {
            return Err("empty alias".to_string());
        }
        return Ok(AliasSpec {
            text: file.keep(text),
            kind: AliasKind::Name,
            case: CasePolicy::Any,
            description: true,
        });
    }
    let (kind, text) = match raw.split_once(':') {
        Some((k, rest)) if !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase()) => {
            let kind = AliasKind::from_name(k).ok_or_else(|| {
                format!("unknown alias kind '{k}' (expected name, abbr, demonym, capital, seat, surname or description)")
            })?;
            (kind, rest.trim())
        }
        _ => (AliasKind::Name, raw),
    };
    let (case, text) = if let Some(t) = text.strip_prefix('=') {
        (CasePolicy::Exact, t)
    } else if let Some(t) = text.strip_prefix('~') {
        (CasePolicy::Any, t)
    } else {
        (case_policy(text), text)
    };
    if !has_text(text) {
        return Err("empty alias".to_string());
    }
    Ok(AliasSpec {
        text: file.keep(text),
        kind,
        case,
        description: false,
    })
}

/// One `key=value` pair; `seen` are the entry's pairs before it.
fn parse_attribute<'p>(
    ty: EntityType,
    pair: &'p str,
    seen: &[(Cow<'static, str>, Cow<'static, str>)],
) -> Result<(&'p str, &'p str), String> {
    let Some((key, value)) = split_once_byte(pair, b'=') else {
        return Err(format!("expected key=value, found '{pair}'"));
    };
    let (key, value) = (key.trim(), value.trim());
    if key.is_empty() {
        return Err(format!("empty attribute name in '{pair}'"));
    }
    if RESERVED_KEYS.contains(&key) {
        return Err(format!(
            "attribute '{key}' would clash with the output record's own '{key}' (reserved: {})",
            RESERVED_KEYS.join(", ")
        ));
    }
    if seen.iter().any(|(k, _)| **k == *key) {
        return Err(format!("attribute '{key}' given twice"));
    }
    match key {
        "class" if !WEAPON_CLASSES.contains(&value) => {
            return Err(format!(
                "unknown weapon class '{value}' (expected one of {})",
                WEAPON_CLASSES.join(", ")
            ));
        }
        "class" if ty != EntityType::Weapon => {
            return Err("attribute 'class' is only for WEAPON entries".to_string());
        }
        "origin" | "country" if !is_country_code(value) => {
            return Err(format!(
                "bad {key} '{value}': expected an ISO alpha-3 code such as IRN"
            ));
        }
        "from" | "to" if !value.is_empty() && !is_date(value) => {
            return Err(format!(
                "bad date '{value}': expected YYYY, YYYY-MM or YYYY-MM-DD"
            ));
        }
        _ => {}
    }
    Ok((key, value))
}

fn is_country_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_date(s: &str) -> bool {
    let mut parts = split_byte(s, b'-');
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let in_range = |p: &str, hi: u32| p.parse::<u32>().is_ok_and(|v| (1..=hi).contains(&v));
    match [parts.next(), parts.next(), parts.next(), parts.next()] {
        [Some(y), None, ..] => digits(y, 4),
        [Some(y), Some(m), None, _] => digits(y, 4) && digits(m, 2) && in_range(m, 12),
        [Some(y), Some(m), Some(d), None] => {
            digits(y, 4) && digits(m, 2) && in_range(m, 12) && digits(d, 2) && in_range(d, 31)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_of_the_alias_are_kept() {
        // (alias, text, matches)
        let table = [
            ("Global Action on Ageing", "Global Action on Ageing", true),
            ("Global Action on Ageing", "Global action on ageing", false),
            ("Global Action on Ageing", "GLOBAL ACTION ON AGEING", true),
            ("Bashar al-Assad", "Bashar Al-Assad", true),
            ("Bashar al-Assad", "bashar al-Assad", false),
            ("UN refugee agency", "UN Refugee Agency", true),
            ("Shahed-136", "Shahed 136", true),
            ("2S22 Bohdana", "2S22 bohdana", false),
            ("U.S.", "US", true),
        ];
        for (alias, text, want) in table {
            assert_eq!(capitals_kept(alias, text), want, "{alias:?} vs {text:?}");
        }
    }

    #[test]
    fn short_acronyms_in_mixed_case_match_exactly() {
        // (alias, policy)
        let table = [
            ("LeT", CasePolicy::Exact),
            ("MoD", CasePolicy::Exact),
            ("UN", CasePolicy::Exact),
            ("NATO", CasePolicy::Capitalized),
            ("UAVs", CasePolicy::Capitalized),
            ("MiG-29", CasePolicy::Capitalized),
            ("Iran", CasePolicy::Capitalized),
            ("drones", CasePolicy::Any),
            // (Not ASCII: read as characters.)
            ("ÉU", CasePolicy::Exact),
            ("ÖzT", CasePolicy::Exact),
            ("Éire", CasePolicy::Capitalized),
            ("été", CasePolicy::Any),
        ];
        for (alias, want) in table {
            assert_eq!(case_policy(alias), want, "{alias:?}");
        }
    }

    #[test]
    fn words_a_hyphen_joins_match_in_either_case() {
        // (alias, text, matches)
        let table = [
            ("Omar Al-Haddad", "Omar al-Haddad", true),
            ("Omar El-Haddad", "Omar el-haddad", true),
            ("Lee Min-Ho", "Lee Min-ho", true),
            ("Omar Al-Haddad", "Omar al-Haddad Street", true),
            // (Not a long first part, nor a word no hyphen joins.)
            ("Vega-Ortiz Holdings", "vega-Ortiz Holdings", false),
            ("Omar Al-Haddad", "Omar al-Haddad", true),
            ("Ana Vega-Ruiz Trust", "Ana Vega-Ruiz trust", false),
            ("Omar Al-Haddad", "omar al-Haddad", false),
            // (Not ASCII: read as characters.)
            ("Ömer Äl-Haddad", "Ömer äl-haddad", true),
            ("Ömer Al-Haddad", "ömer al-Haddad", false),
        ];
        for (alias, text, want) in table {
            assert_eq!(
                capitals_kept(
                    &hyphen_words_free(alias).unwrap_or_else(|| alias.to_string()),
                    text
                ),
                want,
                "{alias:?} vs {text:?}"
            );
        }
    }

    const SAMPLE: &str = "\
# test gazetteer
PER\tCOUNTRY\tPeru\tRepublic of Peru|demonym:Peruvian|demonym:Peruvians|capital:Lima\t
TUR\tCOUNTRY\tTurkey\tTürkiye|demonym:Turkish|capital:Ankara\t
USA\tCOUNTRY\tUnited States\tUS|U.S.|USA|America|capital:Washington|seat:White House\t
JOR\tCOUNTRY\tJordan\tdemonym:Jordanian\t
GEO\tCOUNTRY\tGeorgia\tdemonym:Georgian\t
geo_us\tLOCATION\tGeorgia\t\t
michael_jordan\tPERSON\tMichael Jordan\tsurname:Jordan\tcountry=USA
ana_ruiz\tPERSON\tAna Ruiz\tsurname:Ruiz\tcountry=PER;title=Minister
luis_ruiz\tPERSON\tLuis Ruiz\tsurname:Ruiz\tcountry=PER
eva_soto\tPERSON\tEva Soto\tsurname:Soto\tcountry=PER
isis\tORGANIZATION\tIslamic State\tIS|ISIS|Daesh\t
alqaeda\tORGANIZATION\tal-Qaeda\tal-Qaida\t
un\tORGANIZATION\tUnited Nations\tUN|U.N.\t
unsc\tORGANIZATION\tUnited Nations Security Council\tUN Security Council|Security Council\t
drone\tWEAPON\tdrone\tdrones|UAV|UAVs\tclass=drone
tb2\tWEAPON\tBayraktar TB2\tTB2\tclass=drone;origin=TUR
k9\tWEAPON\tK9-Thunder\t\tclass=artillery
";

    fn gazetteer() -> Gazetteer {
        let mut b = GazetteerBuilder::default();
        b.add_source("test.tsv", SAMPLE).unwrap();
        b.build(crate::defaults::abbreviations())
    }

    /// A lexicon of `g`'s words and the embedded English word classes.
    fn lexicon(g: &Gazetteer) -> Lexicon {
        let english = crate::defaults::english();
        Lexicon::new(g.words(), english.classes, english.abbreviations)
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let g = gazetteer();
        let lexicon = lexicon(&g);
        let tokens = Tokens::with_lexicon(text, &lexicon);
        g.find(&tokens, &lexicon)
            .iter()
            .map(|e| (e.text().to_string(), e.id().to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn matching_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // Names, demonyms, capitals, seats all resolve to the country.
            ("Peru and the Peruvians", &[("Peru", "PER"), ("Peruvians", "PER")]),
            ("Lima replied", &[("Lima", "PER")]),
            ("the White House said", &[("White House", "USA")]),
            // Token boundaries: no match inside a word.
            ("Peruvianism and Peruvian", &[("Peruvian", "PER")]),
            // Hyphenated compounds: both places, and the adjective before a cue.
            ("the Lima-Ankara axis", &[("Lima", "PER"), ("Ankara", "TUR")]),
            (
                "Peruvian-made drones",
                &[("Peruvian", "PER"), ("drones", "drone")],
            ),
            ("a Lima-based firm", &[("Lima", "PER")]),
            // Possessives.
            ("Peru's army and Peru’s navy", &[("Peru", "PER"), ("Peru", "PER")]),
            // Case policy: short all-caps exact, capitalized otherwise.
            ("the US said", &[("US", "USA")]),
            ("let us go", &[]),
            ("roast turkey", &[]),
            ("TURKEY ACTS", &[("TURKEY", "TUR")]),
            ("Türkiye and Turkiye", &[("Türkiye", "TUR"), ("Turkiye", "TUR")]),
            ("the U.S. and the USA", &[("U.S.", "USA"), ("USA", "USA")]),
            ("what is IS doing", &[("IS", "isis")]),
            ("it is here", &[]),
            // Lowercase aliases match in any case.
            ("Drones and DRONES", &[("Drones", "drone"), ("DRONES", "drone")]),
            (
                "al-Qaeda, al Qaeda, Al-Qaida",
                &[
                    ("al-Qaeda", "alqaeda"),
                    ("al Qaeda", "alqaeda"),
                    ("Al-Qaida", "alqaeda"),
                ],
            ),
            // Hyphen variants.
            (
                "K9-Thunder, K9 Thunder",
                &[("K9-Thunder", "k9"), ("K9 Thunder", "k9")],
            ),
            // Leftmost-longest.
            ("the UN Security Council met", &[("UN Security Council", "unsc")]),
            (
                "the United Nations Security Council",
                &[("United Nations Security Council", "unsc")],
            ),
            // A failed longest match does not hide the next token's match.
            ("the republic of Peru", &[("Peru", "PER")]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), pairs(want), "mentions in {text:?}");
        }
    }

    #[test]
    fn names_match_with_or_without_diacritics() {
        let mut b = GazetteerBuilder::default();
        b.add_source(
            "vn.tsv",
            "nxp\tPERSON\tNguyễn Xuân Phúc\t\nlw\tPERSON\tLech Wałęsa\t\n",
        )
        .unwrap();
        let g = b.build(crate::defaults::abbreviations());
        let lexicon = lexicon(&g);
        for text in [
            "Nguyen Xuan Phuc met Lech Walesa",
            "Nguyễn Xuân Phúc met Lech Wałęsa",
            "NGUYEN XUAN PHUC met LECH WAŁĘSA",
        ] {
            let tokens = Tokens::with_lexicon(text, &lexicon);
            let mentions = g.find(&tokens, &lexicon);
            let ids: Vec<&str> = mentions.iter().map(|e| e.id()).collect();
            assert_eq!(ids, ["nxp", "lw"], "in {text:?}");
        }
    }

    const OVERLAPS: &str = "\
abg\tORGANIZATION\tAlpha Beta Gamma\t\t
ab\tORGANIZATION\tAlpha Beta\t\t
bgd\tORGANIZATION\tbeta gamma delta\t\t
g\tCOUNTRY\tGamma\t\t
un\tORGANIZATION\tUnited Nations\tUN\t
unsc\tORGANIZATION\tUnited Nations Security Council\tUN Security Council|Security Council\t
usa\tCOUNTRY\tUnited States\tUS\t
usn\tORGANIZATION\tUnited States Navy\tUS Navy\t
";

    #[test]
    fn a_rejected_alias_falls_back_to_a_shorter_one() {
        let mut b = GazetteerBuilder::default();
        b.add_source("overlaps.tsv", OVERLAPS).unwrap();
        let g = b.build(crate::defaults::abbreviations());
        let lexicon = lexicon(&g);
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Alpha Beta Gamma", &[("Alpha Beta Gamma", "abg")]),
            // The longest fails its case policy: the next shorter one at the
            // same start is taken, and the scan goes on after it.
            ("Alpha Beta gamma", &[("Alpha Beta", "ab")]),
            ("Alpha Beta gamma Gamma", &[("Alpha Beta", "ab"), ("Gamma", "g")]),
            // Leftmost wins over a longer alias that starts later.
            ("Alpha Beta gamma delta", &[("Alpha Beta", "ab")]),
            // Nothing at the first start: the next start's aliases.
            ("alpha beta gamma delta", &[("beta gamma delta", "bgd")]),
            ("Alpha beta Gamma", &[("Gamma", "g")]),
            ("the United States Navy said", &[("United States Navy", "usn")]),
            ("the United States navy said", &[("United States", "usa")]),
            (
                "the US navy and the US Navy",
                &[("US", "usa"), ("US Navy", "usn")],
            ),
            (
                "The United Nations security council met.",
                &[("United Nations", "un")],
            ),
            ("the UN security council", &[("UN", "un")]),
            ("The United Nations Security council", &[("United Nations", "un")]),
            ("the UN Security Council", &[("UN Security Council", "unsc")]),
            // Never across a sentence.
            ("It was Alpha. Beta Gamma", &[("Gamma", "g")]),
        ];
        for (text, want) in cases {
            let tokens = Tokens::with_lexicon(text, &lexicon);
            let got: Vec<(String, String)> = g
                .find(&tokens, &lexicon)
                .iter()
                .map(|e| (e.text().to_string(), e.id().to_string()))
                .collect();
            assert_eq!(got, pairs(want), "mentions in {text:?}");
        }
    }

    /// Leftmost-longest by brute force: at each start, every length from
    /// the longest down, looked up whole, and the first that `choose`
    /// accepts. For gazetteers without surname aliases, which need no
    /// document context.
    fn find_naive(g: &Gazetteer, tokens: &Tokens<'_>) -> Vec<(Span, u32)> {
        let ids: Vec<u32> = tokens.tokens().iter().map(|t| g.word_id(t)).collect();
        let toks = tokens.tokens();
        let mut out = Vec::new();
        for sent in tokens.sentences() {
            let mut first = sent.tokens.start;
            'start: while first < sent.tokens.end {
                for last in (first..sent.tokens.end).rev() {
                    let Some(phrase) = g.phrases.get(&ids[first..=last]) else {
                        continue;
                    };
                    let span = Span::new(toks[first].span.start, toks[last].span.end);
                    let surface = &tokens.source()[span.start..span.end];
                    if let Some(c) = g.choose(phrase as usize, surface, &HashSet::default(), None) {
                        out.push((span, c.entry));
                        first = last + 1;
                        continue 'start;
                    }
                }
                first += 1;
            }
        }
        out
    }

    fn word() -> impl proptest::strategy::Strategy<Value = &'static str> {
        proptest::sample::select(
            &[
                "alpha", "Alpha", "ALPHA", "beta", "Beta", "gamma", "Gamma", "AB", "ab",
            ][..],
        )
    }

    proptest::proptest! {
        /// Random aliases over a few words in several cases (so that
        /// aliases nest, overlap and fail their case policies) and random
        /// text over the same words, joined by spaces, hyphens or periods.
        #[test]
        fn same_as_every_start_and_length(
            aliases in proptest::collection::vec(
                (proptest::collection::vec(word(), 1..5), proptest::bool::ANY, proptest::bool::ANY),
                1..12,
            ),
            text in proptest::collection::vec(
                (word(), proptest::sample::select(&[" ", " ", " ", "-", ". "][..])),
                0..30,
            ),
        ) {
            let mut file = String::new();
            for (i, (words, hyphens, country)) in aliases.iter().enumerate() {
                let ty = if *country { "COUNTRY" } else { "ORGANIZATION" };
                let sep = if *hyphens { "-" } else { " " };
                file.push_str(&format!("e{i}\t{ty}\t{}\t\n", words.join(sep)));
            }
            let mut b = GazetteerBuilder::default();
            b.add_source("random.tsv", &file).unwrap();
            let g = b.build(crate::defaults::abbreviations());
            let lexicon = lexicon(&g);
            let text: String = text.iter().map(|(w, sep)| format!("{w}{sep}")).collect();
            let tokens = Tokens::with_lexicon(&text, &lexicon);
            let found: Vec<(Span, u32)> = g
                .find(&tokens, &lexicon)
                .iter()
                .map(|e| (e.span, g.entries.iter().position(|x| x.id == e.entry.id).unwrap() as u32))
                .collect();
            proptest::prop_assert_eq!(found, find_naive(&g, &tokens), "in {:?}", text);
        }
    }

    #[test]
    fn precedence_is_pinned() {
        // Country beats location and person for the same alias.
        assert_eq!(found("Georgia voted"), pairs(&[("Georgia", "GEO")]));
        assert_eq!(found("Jordan voted"), pairs(&[("Jordan", "JOR")]));
        // Capital beats nothing else here, and a person's surname is weak.
        assert_eq!(found("Washington warned"), pairs(&[("Washington", "USA")]));
    }

    #[test]
    fn weak_surnames() {
        // Ambiguous surname alone: not found.
        assert_eq!(found("Ruiz spoke"), pairs(&[]));
        // Named in full earlier: resolves to that person.
        assert_eq!(
            found("Luis Ruiz arrived. Later Ruiz spoke."),
            pairs(&[("Luis Ruiz", "luis_ruiz"), ("Ruiz", "luis_ruiz")])
        );
        // Unique in the gazetteer: resolves.
        assert_eq!(found("Soto spoke"), pairs(&[("Soto", "eva_soto")]));
        assert_eq!(found("Minister Soto spoke"), pairs(&[("Soto", "eva_soto")]));
        // So after a verb or a preposition a headline in title case
        // capitalizes.
        assert_eq!(found("Union Sues Soto Over Vote"), pairs(&[("Soto", "eva_soto")]));
        assert_eq!(
            found("Protest Against Soto Grows"),
            pairs(&[("Soto", "eva_soto")])
        );
        // After another first name, it is somebody else.
        assert_eq!(found("Then Maria Soto spoke"), pairs(&[]));
        assert_eq!(found("Maria Soto spoke"), pairs(&[]));
        // A capitalized word that ends the previous sentence is no first
        // name (found by the offset-shift property).
        assert_eq!(
            found("Talks ended in Lima.\n\nSoto spoke"),
            pairs(&[("Lima", "PER"), ("Soto", "eva_soto")])
        );
        assert_eq!(found("It was A.\n\nSoto spoke"), pairs(&[("Soto", "eva_soto")]));
    }

    /// The origins of the weapon mentions of `text`, in order.
    fn origins(g: &Gazetteer, lexicon: &Lexicon, text: &str) -> Vec<Option<String>> {
        let tokens = Tokens::with_lexicon(text, lexicon);
        let mentions = g.find(&tokens, lexicon);
        mentions
            .iter()
            .filter(|e| e.ty == EntityType::Weapon)
            .map(|e| e.origin().map(str::to_string))
            .collect()
    }

    /// The origins `mark_origins` gives, by the rule as it reads: the keys
    /// of every token between each country and the weapon after it,
    /// collected and compared whole.
    fn origins_naive(g: &Gazetteer, lexicon: &Lexicon, text: &str) -> Vec<Option<String>> {
        let tokens = Tokens::with_lexicon(text, lexicon);
        let mentions = g.find(&tokens, lexicon);
        let toks = tokens.tokens();
        let mut out = Vec::new();
        for i in 0..mentions.len() {
            let weapon = &mentions[i];
            if weapon.ty != EntityType::Weapon {
                continue;
            }
            let stated_by = i.checked_sub(1).map(|j| &mentions[j]).filter(|country| {
                let from = toks.partition_point(|t| t.span.start < country.span.end);
                let to = toks.partition_point(|t| t.span.start < weapon.span.start);
                let between: Vec<&str> = toks[from..to].iter().map(|t| tokens.key(t)).collect();
                let quotes = |w: &[&str]| w.iter().all(|w| matches!(*w, "'" | "\""));
                country.ty == EntityType::Country
                    && country.sentence == weapon.sentence
                    && country.alias_kind != AliasKind::Capital
                    && match between.as_slice() {
                        ["'s"] => true,
                        ["-", cue, rest @ ..] => ORIGIN_CUES.contains(cue) && quotes(rest),
                        all => quotes(all),
                    }
            });
            let origin = stated_by
                .map(|c| c.entry.id())
                .or_else(|| weapon.entry.attribute("origin"));
            out.push(origin.map(str::to_string));
        }
        out
    }

    #[test]
    fn origins_from_text_and_gazetteer() {
        let g = gazetteer();
        let lexicon = lexicon(&g);
        let cases: &[(&str, &[Option<&str>])] = &[
            ("Peruvian drones", &[Some("PER")]),
            ("Peruvian-made drones", &[Some("PER")]),
            ("Peru - built drones", &[Some("PER")]),
            ("Peru's drones", &[Some("PER")]),
            ("Peru’s drones", &[Some("PER")]),
            ("Peru “drones”", &[Some("PER")]),
            ("Peru’s “drones”", &[None]),
            ("US-made 'drones'", &[Some("USA")]),
            ("Peru bought drones", &[None]),
            ("Peru-sold drones", &[None]),
            ("Peru's own drones", &[None]),
            ("Peru-made-drones", &[None]),
            ("Peru's' drones", &[None]),
            ("Lima drones", &[None]),
            ("It was Peru. Drones flew", &[None]),
            ("the TB2 flew", &[Some("TUR")]),
            // Every pair of a sentence, each weapon after its own country.
            (
                "Peruvian drones, Turkish UAVs, Lima UAVs and US K9-Thunder",
                &[Some("PER"), Some("TUR"), None, Some("USA")],
            ),
            ("Peruvian drones UAVs", &[Some("PER"), None]),
        ];
        for (text, want) in cases {
            let want: Vec<Option<String>> = want.iter().map(|o| o.map(str::to_string)).collect();
            assert_eq!(origins(&g, &lexicon, text), want, "origins in {text:?}");
            assert_eq!(
                origins_naive(&g, &lexicon, text),
                want,
                "naive origins in {text:?}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Countries, weapons, cues, quotes and other words in any order:
        /// the origins are those of the rule applied pair by pair.
        #[test]
        fn origins_as_the_rule_reads(
            text in proptest::collection::vec(
                // Each piece with the white space before it, if any.
                proptest::sample::select(&[
                    " Peru", " Peruvian", " Lima", " Turkey", " US", " drones", " UAVs", " TB2",
                    " K9-Thunder", "-", " -", "made", " made", "-built", "-sold", "'s", "’s", " 's",
                    "'", "\"", " “", "”", " the", ".", " and",
                ][..]),
                0..40,
            ),
        ) {
            static G: once_cell::sync::Lazy<(Gazetteer, Lexicon)> = once_cell::sync::Lazy::new(|| {
                let g = gazetteer();
                let lexicon = lexicon(&g);
                (g, lexicon)
            });
            let (g, lexicon) = &*G;
            let joined = text.concat();
            proptest::prop_assert_eq!(origins(g, lexicon, &joined), origins_naive(g, lexicon, &joined), "in {:?}", joined);
        }
    }

    #[test]
    fn later_source_replaces_entry() {
        let mut b = GazetteerBuilder::default();
        b.add_source("a.tsv", SAMPLE).unwrap();
        b.add_source("b.tsv", "PER\tCOUNTRY\tPeru\tPiruw\t\n").unwrap();
        let g = b.build(crate::defaults::abbreviations());
        let lexicon = lexicon(&g);
        let tokens = Tokens::with_lexicon("Piruw and Lima", &lexicon);
        let ids: Vec<&str> = g.find(&tokens, &lexicon).iter().map(|e| e.text()).collect();
        assert_eq!(ids, ["Piruw"], "the replaced entry's old aliases are gone");
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let cases: &[(&str, &str)] = &[
            (
                "X\tCOUNTRY\tX",
                "t.tsv:1:12: expected at least 4 tab-separated columns",
            ),
            ("X\tNATION\tX\t", "t.tsv:1:3: unknown entity type 'NATION'"),
            ("\tCOUNTRY\tX\t", "t.tsv:1:1: invalid id ''"),
            ("X\tCOUNTRY\t \t", "t.tsv:1:11: empty name"),
            ("X\tCOUNTRY\tX\ta||b", "t.tsv:1:15: empty alias"),
            (
                "X\tCOUNTRY\tX\tcapitol:Y",
                "t.tsv:1:13: unknown alias kind 'capitol'",
            ),
            (
                "X\tWEAPON\tX\t\tclass=blaster",
                "t.tsv:1:13: unknown weapon class 'blaster'",
            ),
            (
                "X\tPERSON\tX\t\tcountry=IRN;from=2020-13",
                "t.tsv:1:25: bad date '2020-13'",
            ),
            ("X\tPERSON\tX\t\tcountry=Iran", "t.tsv:1:13: bad country 'Iran'"),
            ("X\tPERSON\tX\t\ttitle", "t.tsv:1:13: expected key=value"),
            ("X\tCOUNTRY\tX\t\t\textra", "t.tsv:1:15: expected at most 5"),
            (
                "# c\nX\tCOUNTRY\tX\t\nX\tCOUNTRY\tY\t",
                "t.tsv:3:1: duplicate id 'X' (first defined on line 2)",
            ),
        ];
        for (text, want) in cases {
            let mut b = GazetteerBuilder::default();
            let got = b.add_source("t.tsv", text).unwrap_err().to_string();
            assert!(got.starts_with(want), "for {text:?}\n got: {got}\nwant: {want}");
            assert!(got.contains('^'), "caret in {got}");
            let embedded = GazetteerBuilder::default()
                .add_embedded("t.tsv", text)
                .unwrap_err();
            assert_eq!(embedded.to_string(), got, "embedded, for {text:?}");
        }
    }

    #[test]
    fn split_byte_splits_as_split_does() {
        for (text, sep) in [
            ("a\tb\t", b'\t'),
            ("", b'|'),
            ("|", b'|'),
            ("ñ|é||ü", b'|'),
            ("x=1", b'='),
            ("line\r\nnext\n", b'\n'),
        ] {
            let want: Vec<&str> = text.split(char::from(sep)).collect();
            assert_eq!(split_byte(text, sep).collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(
                split_once_byte(text, sep),
                text.split_once(char::from(sep)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn embedded_entries_borrow_their_fields_and_others_own_them() {
        let borrowed = |c: &Cow<'static, str>| matches!(c, Cow::Borrowed(_));
        let mut b = GazetteerBuilder::default();
        b.add_embedded("a.tsv", SAMPLE).unwrap();
        let own = "ana_ruiz\tPERSON\tAna Ruiz\tsurname:Ruiz\tcountry=PER;title=Minister\n".to_string();
        b.add_source("b.tsv", &own).unwrap();
        drop(own);
        let g = b.build(crate::defaults::abbreviations());
        for entry in g.entries() {
            let fields = [&entry.id, &entry.name]
                .into_iter()
                .chain(entry.attributes.iter().flat_map(|(k, v)| [k, v]));
            let from_sample = entry.id != "ana_ruiz";
            for field in fields {
                assert_eq!(borrowed(field), from_sample, "{field} of {}", entry.id);
            }
        }
        let ruiz = g.entries().iter().position(|e| e.id == "ana_ruiz").unwrap() as u32;
        // (A hyphenated alias's surface is rewritten: see hyphen_words_free.)
        for c in g.candidates.iter().filter(|c| !c.surface.contains('-')) {
            assert_eq!(borrowed(&c.surface), c.entry != ruiz, "{}", c.surface);
        }
        let entry = &g.entries()[ruiz as usize];
        assert_eq!(
            (entry.name(), entry.attribute("title")),
            ("Ana Ruiz", Some("Minister"))
        );
    }

    #[test]
    fn a_phrase_lists_its_entries_best_first_and_each_spelling_once() {
        let text = "\
acme\tORGANIZATION\tAcme\tabbr:Acme|ACM|=Acm|ACM\t
acmeland\tCOUNTRY\tAcmeland\tdemonym:Acme\t
other\tORGANIZATION\tOther\tAcme|abbr:Acme\t
acme_person\tPERSON\tAcme Smith\tsurname:Acme\t
";
        let mut b = GazetteerBuilder::default();
        b.add_source("t.tsv", text).unwrap();
        let g = b.build(crate::defaults::abbreviations());
        let lexicon = lexicon(&g);
        let named = |words: &str| -> Vec<(String, AliasKind)> {
            let tokens = Tokens::with_lexicon(words, &lexicon);
            g.entries_named(tokens.tokens())
                .map(|(e, kind)| (e.id().to_string(), kind))
                .collect()
        };
        let pairs = |want: &[(&str, AliasKind)]| -> Vec<(String, AliasKind)> {
            want.iter().map(|&(id, kind)| (id.to_string(), kind)).collect()
        };
        // By type, then kind, then load order; one entry's second alias of
        // the same case is no second candidate.
        assert_eq!(
            named("Acme"),
            pairs(&[
                ("acmeland", AliasKind::Demonym),
                ("acme", AliasKind::Name),
                ("other", AliasKind::Name),
                ("acme_person", AliasKind::Surname),
            ])
        );
        // Two exact spellings of one entry are two candidates; the same
        // spelling twice is one.
        assert_eq!(
            named("ACM"),
            pairs(&[("acme", AliasKind::Name), ("acme", AliasKind::Name)])
        );
    }
}

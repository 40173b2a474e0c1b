//! The matcher: runs compiled rules over the sentences of a document.
//!
//! For each sentence (or window of a run-on one) it skips the rules the
//! sentence cannot satisfy (too few mentions, a required word missing),
//! builds a [`SentenceView`] of what the rules read (word rows, mention
//! groups, gap blockers), and runs each remaining rule as a bounded
//! backtracking search from each start where its first token can be.

use super::check::Check;
use super::emit::Found;
use super::frame::{plural_key, Context, Filled, Trigger};
use super::{kind_class, type_bit, First, Inst, Rule, RuleSet, ACTOR};
use crate::classes::{Reserved, WordClasses};
use crate::entity::{AliasKind, Entity, EntityType};
use crate::grammar::{Grammar, Parse, Tag, NONE};
use crate::relation::{Factuality, Relation};
use crate::span::Span;
use crate::token::{Sentence, Tokens};
use crate::words::{Lexicon, NO_ROW};

/// The document the rules run over: its tokens (carrying the word ids of
/// `lexicon`) and its entity mentions.
#[derive(Clone, Copy)]
struct Document<'d, 'a> {
    tokens: &'d Tokens<'a>,
    lexicon: &'d Lexicon,
    entities: &'d [Entity<'a>],
}

/// A run of coordinated entity mentions: "Iran, Syria and Russia".
#[derive(Clone, Debug)]
pub(super) struct Group {
    /// The mentions, as indices into the document's entities: a list is
    /// always a run of consecutive mentions.
    pub(super) members: std::ops::Range<usize>,
    types: u8,
    /// Token index just past the group.
    end: usize,
    /// A country adjective before its weapon ("Iranian drones").
    modifier: bool,
    /// For a list of several mentions, the group of its first mention
    /// alone: a role whose types the list does not fit may bind that
    /// mention ("Labour leader Ann Kettle and Green Party leader Bob Marsh"
    /// joins a person and a party, and the first role still holds).
    first_alone: Option<usize>,
}

/// Buffers for the sentence views and match attempts, reused from sentence
/// to sentence (and, in [`MatchBuffers`], from document to document) so
/// that matching allocates only when a sentence is longer than any before.
#[derive(Default)]
struct Scratch {
    rows: Vec<u32>,
    /// Which of the rules' distinct prefilter clauses the sentence satisfies.
    satisfied: Vec<u64>,
    /// The rules the sentence's mentions allow, as a set of indices.
    allowed: Vec<u64>,
    /// The rules that may match the sentence, by index.
    runnable: Vec<usize>,
    /// The `unless_sentence` classes asked about for the sentence, and
    /// whether one of its words is in each: each class is looked for once.
    vetoes: Vec<(usize, bool)>,
    covered_by: Vec<Option<usize>>,
    blocks_gap: Vec<bool>,
    inside_long_mention: Vec<bool>,
    group_at: Vec<Option<usize>>,
    entity_starts: Vec<bool>,
    groups: Vec<Group>,
    /// (first token, end token, entity) of each mention of the sentence.
    spans: Vec<(usize, usize, usize)>,
    /// Per mention of the sentence: a country adjective before its weapon.
    modifiers: Vec<bool>,
}

/// What the matcher knows about one sentence. Positions are token indices
/// relative to the sentence's first token.
pub(super) struct SentenceView<'s, 'a> {
    pub(super) tokens: &'s Tokens<'a>,
    /// The document's entity mentions.
    pub(super) entities: &'s [Entity<'a>],
    /// The sentence (or window): the evidence of its relations.
    pub(super) span: Span,
    /// The sentence's first token, and the token just past it.
    pub(super) first: usize,
    end: usize,
    /// For each token of the sentence: the group that starts there.
    group_at: &'s [Option<usize>],
    /// For each token: whether an entity pattern can start there (a group
    /// starts there, or right after it if it is a determiner).
    entity_starts: &'s [bool],
    /// For each token: the entity that covers it.
    pub(super) covered_by: &'s [Option<usize>],
    /// For each token: whether it belongs to an actor a gap may not skip.
    blocks_gap: &'s [bool],
    /// For each token: whether it lies in a mention of two or more tokens.
    inside_long_mention: &'s [bool],
    pub(super) groups: &'s [Group],
    /// For each token: its row of `classes`, or [`NO_ROW`].
    rows: &'s [u32],
    /// The prefilter clauses the sentence satisfies.
    satisfied: &'s [u64],
    classes: &'s WordClasses,
    /// The first report noun and the last copula with a denial predicate
    /// after it, found on the first call of [`SentenceView::denial_bounds`]:
    /// read for each relation of the sentence, found once.
    denial_bounds: std::cell::OnceCell<(usize, Option<usize>)>,
    /// The last word and the last comma among the seven tokens before it,
    /// found on the first call of [`SentenceView::closing_bounds`]: read
    /// for each relation of the sentence, found once.
    closing_bounds: std::cell::OnceCell<(Option<usize>, Option<usize>)>,
}

impl SentenceView<'_, '_> {
    /// The number of tokens.
    pub(super) fn len(&self) -> usize {
        self.end - self.first
    }

    /// The text of the token at sentence position `pos`, as written.
    pub(super) fn text(&self, pos: usize) -> &str {
        self.tokens.text(&self.tokens.tokens()[self.first + pos])
    }

    /// The key of the token at sentence position `pos`.
    pub(super) fn key(&self, pos: usize) -> &str {
        self.tokens.key(&self.tokens.tokens()[self.first + pos])
    }

    /// The sentence position of its first report noun (or its length), and
    /// that of its last copula with a denial predicate right after it, or
    /// after one adverb in "-ly" ("are completely false"): what
    /// `factuality::called_untrue` asks of each relation.
    pub(super) fn denial_bounds(&self) -> (usize, Option<usize>) {
        *self.denial_bounds.get_or_init(|| {
            let n = self.len();
            let report = (0..n)
                .find(|&t| self.in_class(Reserved::ReportNoun, t))
                .unwrap_or(n);
            let denial = |t: usize| t < n && self.in_class(Reserved::DenialPredicate, t);
            // (A copula that ends the sentence has nothing after it: the
            // key after it is read only inside the sentence.)
            let copula = (0..n).rev().find(|&t| {
                self.in_class(Reserved::Copula, t)
                    && (denial(t + 1) || t + 2 < n && self.key(t + 1).ends_with("ly") && denial(t + 2))
            });
            (report, copula)
        })
    }

    /// The sentence position of its last word (before closing
    /// punctuation), and that of the last comma among the seven tokens
    /// before that word: what `factuality::closing_clause` asks of each
    /// relation, with a bound of its own.
    pub(super) fn closing_bounds(&self) -> (Option<usize>, Option<usize>) {
        *self.closing_bounds.get_or_init(|| {
            let mut last = self.len();
            while last > 0 && !self.key(last - 1).chars().any(char::is_alphanumeric) {
                last -= 1;
            }
            let Some(word) = last.checked_sub(1) else {
                return (None, None);
            };
            let comma = (word.saturating_sub(7)..word).rev().find(|&t| self.key(t) == ",");
            (Some(word), comma)
        })
    }

    /// Whether the token at sentence position `pos` is a quotation mark.
    /// A word (a token that opens with a letter or a digit) is none, and
    /// is told by its flag before its key is read: a gap passes over words
    /// almost always, and each asked this.
    fn is_quote(&self, pos: usize) -> bool {
        let tok = &self.tokens.tokens()[self.first + pos];
        !tok.is_word() && matches!(self.tokens.key(tok), "\"" | "'" | "«" | "»" | "`")
    }

    /// Whether the token at sentence position `pos` is joined to a hyphen
    /// before or after it with no space ("never" in "never-seen-before").
    pub(super) fn in_compound(&self, pos: usize) -> bool {
        let toks = self.tokens.tokens();
        let at = self.first + pos;
        let hyphen = |t: usize| t >= self.first && t < self.end && self.tokens.key(&toks[t]) == "-";
        // (The spaces first: they are flags, and most tokens have one.)
        (pos + 1 < self.len() && !toks[at + 1].space_before() && hyphen(at + 1))
            || (pos > 0 && !toks[at].space_before() && hyphen(at - 1))
    }

    /// Whether the token at sentence position `pos` is in word class
    /// `class`.
    #[inline]
    fn in_set(&self, class: usize, pos: usize) -> bool {
        self.classes.row_in(self.rows[pos], class)
    }

    /// Whether the token at sentence position `pos` is in the word class
    /// named `name` (looked up by name: for the rare question).
    pub(super) fn in_named(&self, name: &str, pos: usize) -> bool {
        self.classes
            .id(name)
            .is_some_and(|c| pos < self.len() && self.in_set(c, pos))
    }

    /// Whether the token at sentence position `pos` is in a reserved class.
    pub(super) fn in_class(&self, class: Reserved, pos: usize) -> bool {
        self.in_set(class.index(), pos)
    }

    /// Whether there is a token at sentence position `pos` and it is in one
    /// of the word classes of `mask`.
    pub(super) fn in_any(&self, mask: &[u64], pos: usize) -> bool {
        let Some(&row) = self.rows.get(pos) else {
            return false;
        };
        if row == NO_ROW {
            return false;
        }
        let words = self.classes.mask_words();
        let start = row as usize * words;
        self.classes.masks()[start..start + words]
            .iter()
            .zip(mask)
            .any(|(m, w)| m & w != 0)
    }

    /// Whether there is a token at sentence position `pos` and it is in one
    /// of the word classes `words`.
    #[inline]
    fn in_class_bits(&self, words: &[(usize, u64)], pos: usize) -> bool {
        let Some(&row) = self.rows.get(pos) else {
            return false;
        };
        if row == NO_ROW {
            return false;
        }
        let mask = &self.classes.masks()[row as usize * self.classes.mask_words()..];
        words.iter().any(|&(w, bits)| mask[w] & bits != 0)
    }

    /// Whether the program of `rule` may go on from instruction `pc` at
    /// position `pos`, as far as the first token tells.
    #[inline]
    fn may_start(&self, rule: &Rule, pc: usize, pos: usize) -> bool {
        match &rule.first[pc] {
            First::Any => true,
            First::Need { words, entity } => {
                (*entity && self.entity_starts.get(pos).copied().unwrap_or(false))
                    || self.in_class_bits(words, pos)
            }
        }
    }

    /// Whether a gap may pass over token `pos`: not a clause boundary, and
    /// not part of an actor named by name, capital or seat. Adjectives
    /// ("Iranian drones"), weapons and places may be passed over.
    fn gap_may_skip(&self, pos: usize) -> bool {
        !self.blocks_gap[pos]
    }
}

/// Which rules a sentence's mentions allow (enough of them, enough actors,
/// each type a rule needs), as sets of rule indices: a sentence reads a
/// few words of sets instead of testing every rule, which for a headline
/// cost more than matching.
#[derive(Debug, Default)]
pub(super) struct Gates {
    /// Words of a set of rules.
    words: usize,
    /// For `k` mentions (the last entry for that many or more): the rules
    /// needing at most `k`.
    by_mentions: Vec<u64>,
    /// The same for actor mentions.
    by_actors: Vec<u64>,
    /// For each mask of types present: the rules each of whose needed
    /// types is among them.
    by_types: Vec<u64>,
}

impl Gates {
    pub(super) fn new(rules: &[Rule]) -> Gates {
        let words = rules.len().div_ceil(64).max(1);
        let table = |entries: usize, allows: &dyn Fn(&Rule, usize) -> bool| {
            let mut sets = vec![0u64; entries * words];
            for k in 0..entries {
                for (i, rule) in rules.iter().enumerate() {
                    if allows(rule, k) {
                        sets[k * words + i / 64] |= 1 << (i % 64);
                    }
                }
            }
            sets
        };
        let most_mentions = rules.iter().map(|r| r.min_mentions).max().unwrap_or(0);
        let most_actors = rules.iter().map(|r| r.min_actors).max().unwrap_or(0);
        Gates {
            words,
            by_mentions: table(most_mentions + 1, &|r, k| r.min_mentions <= k),
            by_actors: table(most_actors + 1, &|r, k| r.min_actors <= k),
            by_types: table(256, &|r, k| {
                r.needs_types.iter().all(|&t| usize::from(t) & k != 0)
            }),
        }
    }

    /// Fills `out` with the rules a sentence with `mentions` mentions,
    /// `actors` of them actors, of the types of mask `types`, allows.
    fn allowed(&self, mentions: usize, actors: usize, types: u8, out: &mut Vec<u64>) {
        let w = self.words;
        let row = |sets: &[u64], k: usize| {
            let k = k.min(sets.len() / w - 1);
            (k * w)..(k + 1) * w
        };
        let m = &self.by_mentions[row(&self.by_mentions, mentions)];
        let a = &self.by_actors[row(&self.by_actors, actors)];
        let t = &self.by_types[row(&self.by_types, usize::from(types))];
        out.clear();
        out.extend(m.iter().zip(a).zip(t).map(|((m, a), t)| m & a & t));
    }
}

/// The indices of the set bits of `set`, lowest first. (A loop of its
/// own: as a `flat_map` it cost thirty instructions a bit, and a sentence
/// reads one bit per rule its mentions allow.)
fn bits(set: &[u64]) -> impl Iterator<Item = usize> + '_ {
    let (mut w, mut word) = (0, set.first().copied().unwrap_or(0));
    std::iter::from_fn(move || {
        while word == 0 {
            w += 1;
            word = *set.get(w)?;
        }
        let b = word.trailing_zeros() as usize;
        word &= word - 1;
        Some(w * 64 + b)
    })
}

/// What matching needs besides its input: the sentence views, the match
/// attempts' tables and the parse, all buffers. A caller that matches many
/// documents keeps one and passes it to each, so that a short document (a
/// headline) does not pay for allocating, zeroing and freeing them: that
/// setup cost more than the matching itself.
#[derive(Default)]
pub(crate) struct MatchBuffers {
    scratch: Scratch,
    state: MatchState,
    parse: Parse,
    /// A parsed sentence's token keys; kept empty between documents (see
    /// [`recycled_keys`]).
    keys: Vec<&'static str>,
}

/// `v`'s memory, emptied, for keys of another lifetime: the keys borrow
/// their document, and the buffer outlives it. (An empty iterator over a
/// vector collected into one of the same layout reuses the allocation.)
#[allow(clippy::unnecessary_filter_map)]
fn recycled_keys<'y>(mut v: Vec<&str>) -> Vec<&'y str> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// One match attempt of one rule.
pub(super) struct MatchState {
    /// Per role: the group or entity bound, or the captured token range.
    pub(super) bound: Vec<Option<Binding>>,
    visited: Visited,
    /// The position of the first word the match read: the rule's trigger.
    pub(super) trigger: Option<usize>,
    /// The position of the first word the match read from a `verbs` class,
    /// for the grammar check.
    pub(super) verb_trigger: Option<usize>,
    /// The positions of every word the match read from a word set, the
    /// trigger's too: the relation's own words ("imposed a ban on"), which
    /// neither negate nor allege it (see `Cues::judge`).
    pub(super) read: Vec<usize>,
}

/// The (instruction, position) pairs one match attempt has tried: a dense
/// table, generation-stamped so a new attempt costs nothing to start. Its
/// size is bounded because sentences reach the matcher in windows of at most
/// [`MAX_SENTENCE_TOKENS`] tokens.
struct Visited {
    stamps: Vec<u32>,
    width: usize,
    generation: u32,
}

impl Default for MatchState {
    fn default() -> MatchState {
        MatchState {
            bound: Vec::new(),
            visited: Visited::new(),
            trigger: None,
            verb_trigger: None,
            read: Vec::new(),
        }
    }
}

impl Visited {
    fn new() -> Visited {
        Visited {
            stamps: Vec::new(),
            width: 0,
            generation: 1,
        }
    }

    /// Makes room for a program of `program` instructions over `width`
    /// positions. Stamps left from earlier sentences and rules are older
    /// generations, so nothing needs clearing.
    fn prepare(&mut self, program: usize, width: usize) {
        self.width = width;
        if self.stamps.len() < program * width {
            self.stamps.resize(program * width, 0);
        }
    }

    /// Starts a new match attempt.
    fn next_attempt(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamps.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
    }

    /// Marks the pair; false if it was marked since the last
    /// [`Visited::next_attempt`].
    fn insert(&mut self, pc: usize, pos: usize) -> bool {
        let cell = &mut self.stamps[pc * self.width + pos];
        let fresh = *cell != self.generation;
        *cell = self.generation;
        fresh
    }
}

/// What a role is bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Binding {
    /// A group of [`SentenceView::groups`].
    Group(usize),
    /// Tokens `.0..1` (sentence positions) of a text role.
    Text(usize, usize),
}

impl RuleSet {
    /// Runs every rule over every sentence. The tokens carry the word ids
    /// of `lexicon`, which holds the word classes built with these rules.
    /// Also returns how many combinations of fillers were left out past
    /// [`MAX_COMBINATIONS`](super::emit::MAX_COMBINATIONS).
    pub(crate) fn apply<'a>(
        &'a self,
        tokens: &Tokens<'a>,
        lexicon: &Lexicon,
        grammar: &Grammar,
        entities: &[Entity<'a>],
        buffers: &mut MatchBuffers,
    ) -> (Vec<Relation<'a>>, usize) {
        self.apply_rules(tokens, lexicon, grammar, entities, None, buffers)
    }

    /// Runs one rule (`Some(index)`) or all of them over every sentence.
    /// Frame rules read the sentence's parse; the relations of token
    /// patterns are checked against it (parsed only then, when a pattern
    /// found something).
    pub(crate) fn apply_rules<'a, 't>(
        &'a self,
        tokens: &'t Tokens<'a>,
        lexicon: &Lexicon,
        grammar: &Grammar,
        entities: &[Entity<'a>],
        only: Option<usize>,
        buffers: &mut MatchBuffers,
    ) -> (Vec<Relation<'a>>, usize) {
        let mut found = Found::new(self.limits);
        if self.rules.is_empty() || entities.is_empty() {
            return (found.relations, 0);
        }
        let doc = Document {
            tokens,
            lexicon,
            entities,
        };
        let MatchBuffers {
            scratch,
            state,
            parse,
            keys: kept_keys,
        } = buffers;
        let mut keys: Vec<&'t str> = recycled_keys(std::mem::take(kept_keys));
        let mut e = 0;
        // The previous sentence's tokens and entities, for a pronoun that
        // opens a sentence.
        let mut before: Option<(std::ops::Range<usize>, std::ops::Range<usize>)> = None;
        for sentence in tokens
            .sentences()
            .iter()
            .flat_map(|s| windows(tokens, s, entities))
        {
            // The entities of this sentence.
            let first_entity = e;
            while e < entities.len() && entities[e].span.start < sentence.span.end {
                e += 1;
            }
            let ents = first_entity..e;
            let previous = before.replace((sentence.tokens.clone(), ents.clone()));
            // "Hamas took hostages. It fired rockets at ...": the subject
            // before, for a pronoun opening the sentence, which counts as
            // one more actor in it.
            // (The sentence before is parsed only when its subject could
            // let a rule run here: the rules are first selected as if it
            // were a country or an organization.)
            let subject = match previous {
                Some((range, prev))
                    if !ents.is_empty()
                        && self.opens_with_pronoun(doc, &sentence)
                        && self.select_rules(doc, &sentence, ents.clone(), ANY_SUBJECT, only, scratch) =>
                {
                    previous_subject(grammar, tokens, lexicon, entities, range, prev)
                }
                _ => (None, None),
            };
            let extra = subject
                .0
                .or(subject.1)
                .map_or(0, |m| type_bit(entities[m].entity_type()));
            if !self.select_rules(doc, &sentence, ents.clone(), extra, only, scratch) {
                continue;
            }
            if found.document_full() {
                // Nothing more is kept: the sentence counts as one relation
                // left out, at least.
                found.cut += 1;
                continue;
            }
            let runnable = std::mem::take(&mut scratch.runnable);
            let view = self.view(doc, &sentence, ents.clone(), scratch);
            found.start_sentence();
            // The sentence is parsed at most once: for its frames, or for
            // the grammar check of its patterns' relations. Its tokens'
            // keys, which the parse, the frames and the check read, are
            // made then, once.
            keys.clear();
            let mut parsed = false;
            let mut parse_once = |parse: &mut Parse, keys: &mut Vec<&'t str>| {
                if !std::mem::replace(&mut parsed, true) {
                    keys.extend(
                        tokens.tokens()[sentence.tokens.clone()]
                            .iter()
                            .map(|t| tokens.key(t)),
                    );
                    grammar.parse_keyed(
                        keys,
                        tokens,
                        lexicon,
                        entities,
                        sentence.tokens.clone(),
                        ents.clone(),
                        parse,
                    );
                }
            };
            if runnable.iter().any(|&r| self.rules[r].frame.is_some()) {
                parse_once(parse, &mut keys);
                self.apply_frames(&runnable, &view, parse, &keys, subject, &mut found);
            }
            found.frames_done();
            for &rule in runnable.iter().filter(|&&r| self.rules[r].frame.is_none()) {
                if found.full() {
                    break;
                }
                self.apply_rule(rule, &view, state, &mut found);
            }
            if found.patterns_found() {
                parse_once(parse, &mut keys);
                self.check_patterns(&view, parse, &keys, &mut found);
            }
            scratch.runnable = runnable;
        }
        *kept_keys = recycled_keys(keys);
        (found.relations, found.cut)
    }

    /// Whether `sentence` opens with an actor pronoun ("It", "They"),
    /// which may stand for the previous sentence's subject.
    fn opens_with_pronoun(&self, doc: Document<'_, '_>, sentence: &Sentence) -> bool {
        let Some(tok) = doc.tokens.tokens().get(sentence.tokens.start) else {
            return false;
        };
        if sentence.tokens.is_empty() {
            return false;
        }
        let row = doc.lexicon.class_row(tok.word());
        let classes = doc.lexicon.classes();
        row != NO_ROW
            && [self.actor_pronoun, self.plural_pronoun]
                .into_iter()
                .flatten()
                .any(|set| set / 64 < classes.mask_words() && classes.row_in(row, set))
    }

    /// Runs the frame rules of `runnable` over a parsed sentence.
    fn apply_frames<'a>(
        &'a self,
        runnable: &[usize],
        view: &SentenceView<'_, 'a>,
        parse: &Parse,
        keys: &[&str],
        (previous_it, previous_they): (Option<usize>, Option<usize>),
        found: &mut Found<'a>,
    ) {
        let in_any = |mask: &[u64], pos: usize| view.in_any(mask, pos);
        let mut role_types: Vec<u8> = Vec::new();
        for &r in runnable {
            let rule = &self.rules[r];
            let Some(frame) = &rule.frame else {
                continue;
            };
            let relation = &self.relations[rule.relation];
            role_types.clear();
            role_types.extend(relation.roles.iter().map(|r| r.types));
            let cx = Context {
                parse,
                entities: view.entities,
                keys,
                in_any: &in_any,
                rows: view.rows,
                classes: view.classes,
                stand_ins: &frame.stand_ins.mask,
                quantity_noun: self.quantity_noun,
                oppose_plan_verb: self.oppose_plan_verb,
                actor_pronoun: self.actor_pronoun,
                plural_pronoun: self.plural_pronoun,
                previous_it,
                previous_they,
                example_marker: self.example_marker,
                plan_noun: self.plan_noun,
                border_noun: self.border_noun,
                weapon_doer_verb: self.weapon_doer_verb,
                join_verb: self.join_verb,
                document_noun: self.document_noun,
                document_author_verb: self.document_author_verb,
                role_types: &role_types,
            };
            let filled: Vec<Filled> = match frame.trigger {
                Trigger::Verb => (0..parse.groups.len() as u32)
                    .filter_map(|g| frame.at_verb(&cx, g))
                    .collect(),
                Trigger::Noun => (0..parse.phrases.len() as u32)
                    .filter_map(|ph| frame.at_noun(&cx, ph))
                    .collect(),
            };
            for f in filled {
                let mut judged = if rule.cues {
                    self.cues.judge_parse(view, parse, &f)
                } else {
                    (Factuality::Asserted, None)
                };
                if judged.0 == Factuality::Asserted && self.victim_claimed[rule.relation] {
                    if let Some(reporter) = cx.victim_claim(&f) {
                        judged = (Factuality::Alleged, Some(reporter));
                    }
                }
                self.emit_frame(rule, view, &f, judged, found);
            }
        }
    }

    /// Drops the token patterns' relations of this sentence that the parse
    /// contradicts (see [`Check`]), then the duplicates among the rest.
    fn check_patterns<'a>(
        &self,
        view: &SentenceView<'_, 'a>,
        parse: &Parse,
        keys: &[&str],
        found: &mut Found<'a>,
    ) {
        let in_any = |mask: &[u64], pos: usize| view.in_any(mask, pos);
        let opposes = |pos: usize| {
            self.oppose_plan_verb
                .is_some_and(|c| pos < view.len() && view.in_set(c, pos))
        };
        let check = Check {
            parse,
            entities: view.entities,
            keys,
            stand_ins: &self.check_nouns,
            doer_stand_ins: &self.doer_nouns,
            persons: &self.person_nouns,
            pleas: &self.plea_verbs,
            calls_for: &self.call_for_verbs,
            joins: &self.join_verbs,
            borders: &self.border_nouns,
            not_sanctioned_as: &self.not_sanctioned_as,
            in_any: &in_any,
            opposes: &opposes,
            units_by_mention: std::cell::OnceCell::new(),
        };
        found.check_patterns(|r, verb, first| check.contradicts(r, verb, first), view.entities);
    }

    /// Fills `scratch.runnable` with the rules (all, or `only`) that may
    /// match the sentence with mentions `ents`, and `scratch.rows` with its
    /// tokens' word rows; false when no rule may. Most sentences name too
    /// few actors and weapons for any rule, and are passed over before
    /// their tokens are read.
    fn select_rules(
        &self,
        doc: Document<'_, '_>,
        sentence: &Sentence,
        ents: std::ops::Range<usize>,
        extra: u8,
        only: Option<usize>,
        scratch: &mut Scratch,
    ) -> bool {
        // (`extra`: the type of an actor named in the sentence before that
        // a pronoun opening this one stands for, or 0.)
        let more = usize::from(extra != 0);
        if ents.is_empty() || ents.len() + more < self.min_mentions {
            return false;
        }
        let mut actors = more;
        let mut types = extra;
        for m in &doc.entities[ents.clone()] {
            let t = type_bit(m.entity_type());
            actors += usize::from(t & ACTOR != 0);
            types |= t;
        }
        if actors < self.min_actors {
            return false;
        }
        self.gates
            .allowed(ents.len() + more, actors, types, &mut scratch.allowed);
        if scratch.allowed.iter().all(|&w| w == 0) {
            return false;
        }
        // The prefilter: the clauses the sentence's words satisfy, then the
        // rules none of whose required clauses is missing.
        scratch.rows.clear();
        self.prefilter.reset(&mut scratch.satisfied);
        for tok in &doc.tokens.tokens()[sentence.tokens.clone()] {
            let row = doc.lexicon.class_row(tok.word());
            if row != NO_ROW {
                self.prefilter.add_row(&mut scratch.satisfied, row);
            }
            scratch.rows.push(row);
        }
        scratch.runnable.clear();
        scratch.vetoes.clear();
        let classes = doc.lexicon.classes();
        self.prefilter.narrow(&scratch.satisfied, &mut scratch.allowed);
        for i in bits(&scratch.allowed) {
            let rule = &self.rules[i];
            if !(self.prefilter.passes(i, &scratch.satisfied) && only.is_none_or(|o| o == i)) {
                continue;
            }
            if let Some(c) = rule.veto {
                let present = match scratch.vetoes.iter().find(|&&(v, _)| v == c) {
                    Some(&(_, present)) => present,
                    None => {
                        let present = scratch
                            .rows
                            .iter()
                            .any(|&row| row != NO_ROW && classes.row_in(row, c));
                        scratch.vetoes.push((c, present));
                        present
                    }
                };
                if present {
                    continue;
                }
            }
            scratch.runnable.push(i);
        }
        !scratch.runnable.is_empty()
    }

    /// Fills `scratch` with what the matcher needs to know about `sentence`
    /// and its mentions `ents` (its rows of word sets are already there),
    /// and returns the view of it.
    fn view<'s, 'a>(
        &'s self,
        doc: Document<'s, 'a>,
        sentence: &Sentence,
        ents: std::ops::Range<usize>,
        scratch: &'s mut Scratch,
    ) -> SentenceView<'s, 'a> {
        let range = sentence.tokens.clone();
        let n = range.len();
        let classes = doc.lexicon.classes();
        // Clause boundaries block gaps, as do actors (in `mark_mentions`).
        scratch.blocks_gap.clear();
        scratch.blocks_gap.extend(
            scratch
                .rows
                .iter()
                .map(|&row| classes.row_in(row, Reserved::ClauseBoundary.index())),
        );
        // ... but not as the end of a hyphenated compound: "never-seen-before
        // sanctions", "post-war".
        let toks = &doc.tokens.tokens()[range.clone()];
        for t in 1..n {
            if scratch.blocks_gap[t]
                && !toks[t].space_before()
                && !toks[t - 1].space_before()
                && doc.tokens.key(&toks[t - 1]) == "-"
            {
                scratch.blocks_gap[t] = false;
            }
        }
        mark_mentions(doc, range.clone(), ents.clone(), scratch);
        group_mentions(doc, range.clone(), ents.start, scratch);
        let Scratch {
            rows,
            covered_by,
            blocks_gap,
            inside_long_mention,
            group_at,
            entity_starts,
            groups,
            satisfied,
            ..
        } = scratch;
        entity_starts.clear();
        entity_starts.extend((0..n).map(|t| {
            group_at[t].is_some()
                || (group_at[t + 1].is_some() && classes.row_in(rows[t], Reserved::Determiner.index()))
        }));
        SentenceView {
            tokens: doc.tokens,
            entities: doc.entities,
            span: sentence.span,
            first: range.start,
            end: range.end,
            group_at,
            entity_starts,
            covered_by,
            blocks_gap,
            inside_long_mention,
            groups,
            rows,
            satisfied,
            classes,
            denial_bounds: std::cell::OnceCell::new(),
            closing_bounds: std::cell::OnceCell::new(),
        }
    }

    /// Runs rule `index` from each start in the sentence where it may
    /// match; matches do not overlap.
    fn apply_rule<'a>(
        &'a self,
        index: usize,
        view: &SentenceView<'_, 'a>,
        state: &mut MatchState,
        found: &mut Found<'a>,
    ) {
        let rule = &self.rules[index];
        let relation = &self.relations[rule.relation];
        let n = view.len();
        let mut start = 0;
        state.bound.clear();
        state.bound.resize(relation.roles.len(), None);
        // Only starts where the pattern's first token can be (for most
        // patterns an entity, perhaps after a determiner) can match.
        let mut first_attempt = true;
        // A pattern whose first word is in classes no word of the sentence
        // is in can start only at a mention, and those few positions are
        // found by a scan of flags rather than a test of each word's classes.
        let only_mentions = match &rule.first[0] {
            First::Any => false,
            First::Need { entity, .. } => {
                if self.prefilter.first_present(index, view.satisfied) {
                    false
                } else if *entity {
                    true
                } else {
                    return;
                }
            }
        };
        while start < n {
            if only_mentions {
                match view.entity_starts[start..].iter().position(|&b| b) {
                    Some(skip) => start += skip,
                    None => return,
                }
            } else if !view.may_start(rule, 0, start) {
                start += 1;
                continue;
            }
            state.bound.iter_mut().for_each(|b| *b = None);
            if first_attempt {
                // Sized only once a start looks promising.
                state.visited.prepare(rule.program.len(), n + 1);
                state.visited.next_attempt();
                first_attempt = false;
            }
            state.trigger = None;
            state.verb_trigger = None;
            state.read.clear();
            // Whether the program matches from a pair (instruction,
            // position) depends on that pair alone, so a pair an attempt
            // that failed has marked fails from any later start too, and
            // stays marked: each pair is tried once a rule and sentence,
            // not once a start (the memory of a bounded backtracker), and
            // a sentence thick with triggers and names costs what its
            // length does. A success clears the marks, since the pairs of
            // its path did not fail.
            match self.step(rule, 0, start, view, state) {
                Some(end) if end > start => {
                    self.emit_relations(rule, view, state, start..end, found);
                    state.visited.next_attempt();
                    start = end;
                }
                Some(_) => {
                    state.visited.next_attempt();
                    start += 1;
                }
                None => start += 1,
            }
        }
    }

    /// The backtracking matcher: `Some(end)` when the program matches from
    /// instruction `pc` at sentence position `pos`.
    fn step(
        &self,
        rule: &Rule,
        pc: usize,
        pos: usize,
        view: &SentenceView<'_, '_>,
        st: &mut MatchState,
    ) -> Option<usize> {
        if !view.may_start(rule, pc, pos) || !st.visited.insert(pc, pos) {
            return None;
        }
        let n = view.len();
        match rule.program[pc] {
            Inst::Match => Some(pos),
            Inst::Word(set) => self.step_word(rule, pc, pos, set, view, st),
            Inst::Entity { role, types, one } => {
                self.step_entity(rule, pc, pos, (role, types, one), view, st)
            }
            Inst::Regex(i) => {
                if pos < n && self.regexes[i].is_match(view.text(pos)) {
                    self.step(rule, pc + 1, pos + 1, view, st)
                } else {
                    None
                }
            }
            Inst::NotRegex(i) => {
                if pos < n && self.regexes[i].is_match(view.text(pos)) {
                    None
                } else {
                    self.step(rule, pc + 1, pos, view, st)
                }
            }
            Inst::NotWord(set) => {
                if pos < n && view.in_set(set, pos) {
                    None
                } else {
                    self.step(rule, pc + 1, pos, view, st)
                }
            }
            Inst::Gaps(max) => {
                // Go on from each position the gap may reach, nearest first
                // (the next instruction's first-token test passes over the
                // others at once).
                // Quotation marks are passed over free: "plans for a 'large
                // scale' attack" has a gap of two words.
                let mut at = pos;
                let mut skipped = 0;
                loop {
                    if let Some(r) = self.step(rule, pc + 1, at, view, st) {
                        return Some(r);
                    }
                    if at >= n || !view.gap_may_skip(at) {
                        return None;
                    }
                    if !view.is_quote(at) {
                        if skipped == max {
                            return None;
                        }
                        skipped += 1;
                    }
                    at += 1;
                }
            }
            Inst::Split(a, b) => {
                if let Some(r) = self.step(rule, a, pos, view, st) {
                    return Some(r);
                }
                self.step(rule, b, pos, view, st)
            }
            Inst::Jump(a) => self.step(rule, a, pos, view, st),
            Inst::Save { role, start } => {
                let old = st.bound[role];
                st.bound[role] = Some(match (start, old) {
                    (true, _) => Binding::Text(pos, pos),
                    (false, Some(Binding::Text(s, _))) => Binding::Text(s, pos),
                    (false, _) => Binding::Text(pos, pos),
                });
                let res = self.step(rule, pc + 1, pos, view, st);
                if res.is_none() {
                    st.bound[role] = old;
                }
                res
            }
        }
    }

    /// [`Inst::Word`]: a token of word set `set`, which becomes the
    /// trigger if it is the match's first word.
    fn step_word(
        &self,
        rule: &Rule,
        pc: usize,
        pos: usize,
        set: usize,
        view: &SentenceView<'_, '_>,
        st: &mut MatchState,
    ) -> Option<usize> {
        if pos >= view.len() || !view.in_set(set, pos) {
            return None;
        }
        if self.verb_sets[set] {
            // A verb right after a determiner, possessive or number is a
            // noun or adjective: "the strike", "300 used tanks".
            let noun_like = pos > 0
                && (view.in_class(Reserved::NounMarker, pos - 1)
                    || view.key(pos - 1).starts_with(|c: char| c.is_ascii_digit()));
            // ... and so is one inside a longer mention ("attack helicopters").
            let inside_mention = view.inside_long_mention.get(pos).copied().unwrap_or(false);
            if noun_like || inside_mention {
                return None;
            }
        }
        let (had, had_verb) = (st.trigger, st.verb_trigger);
        if had.is_none() {
            st.trigger = Some(pos);
        }
        if had_verb.is_none() && self.verb_sets[set] {
            st.verb_trigger = Some(pos);
        }
        st.read.push(pos);
        let r = self.step(rule, pc + 1, pos + 1, view, st);
        if r.is_none() {
            st.trigger = had;
            st.verb_trigger = had_verb;
            st.read.pop();
        }
        r
    }

    /// [`Inst::Entity`]: a group of mentions whose types are all in `types`,
    /// bound to `role` if there is one. A leading determiner belongs to the
    /// mention.
    fn step_entity(
        &self,
        rule: &Rule,
        pc: usize,
        pos: usize,
        (role, types, one): (Option<usize>, u8, bool),
        view: &SentenceView<'_, '_>,
        st: &mut MatchState,
    ) -> Option<usize> {
        let mut at = pos;
        if at < view.len() && view.group_at[at].is_none() && view.in_class(Reserved::Determiner, at) {
            at += 1;
        }
        let mut g = view.group_at.get(at).copied().flatten()?;
        let fits = |group: &Group| {
            group.types & !types == 0 && !(group.modifier && types != type_bit(EntityType::Country))
        };
        if one || !fits(&view.groups[g]) {
            g = view.groups[g].first_alone.unwrap_or(g);
            if !fits(&view.groups[g]) {
                return None;
            }
        }
        let group = &view.groups[g];
        let Some(r) = role else {
            return self.step(rule, pc + 1, group.end, view, st);
        };
        let old = st.bound[r];
        st.bound[r] = Some(Binding::Group(g));
        let res = self.step(rule, pc + 1, group.end, view, st);
        if res.is_none() {
            st.bound[r] = old;
        }
        res
    }
}

/// Fills `covered_by`, `inside_long_mention`, `spans` and `modifiers` of
/// `scratch` for the sentence of tokens `range` and mentions `ents`, and
/// marks actors in `blocks_gap`.
fn mark_mentions(
    doc: Document<'_, '_>,
    range: std::ops::Range<usize>,
    ents: std::ops::Range<usize>,
    scratch: &mut Scratch,
) {
    let (toks, entities) = (doc.tokens.tokens(), doc.entities);
    let n = range.len();
    scratch.covered_by.clear();
    scratch.covered_by.resize(n, None);
    scratch.inside_long_mention.clear();
    scratch.inside_long_mention.resize(n, false);
    scratch.spans.clear();
    scratch.modifiers.clear();
    for i in ents.clone() {
        // "Iranian drones", "Iranian-made drones": the adjective gives the
        // weapon's origin; only a role narrowed to COUNTRY binds it.
        let next = entities.get(i + 1).filter(|_| i + 1 < ents.end);
        let demonym = entities[i].alias_kind() == AliasKind::Demonym;
        let adjective = demonym || doc.tokens.source()[entities[i].span.end..].starts_with('-');
        let span = entities[i].span;
        let a = toks[range.clone()].partition_point(|t| t.span.start < span.start);
        let b = toks[range.clone()].partition_point(|t| t.span.start < span.end);
        // "the Chilean town of Arica": the adjective says where the place
        // it names is; likewise only a role narrowed to COUNTRY binds it.
        let placed = |w: &Entity<'_>| {
            w.entity_type() == EntityType::Location
                && w.entry().attribute("country") == Some(entities[i].id())
                && place_noun_of(doc, range.start + b, w.span.start)
        };
        scratch.modifiers.push(
            adjective
                && next.is_some_and(|w| w.stated_origin() == Some(entities[i].id()) || demonym && placed(w)),
        );
        let ent = &entities[i];
        let blocks = kind_class(ent.entity_type()) == 0 && ent.alias_kind() != AliasKind::Demonym;
        for t in a..b {
            scratch.covered_by[t] = Some(i);
            scratch.blocks_gap[t] |= blocks;
            scratch.inside_long_mention[t] = b - a > 1;
        }
        scratch.spans.push((a, b, i));
    }
}

/// Whether the tokens from `from` to the one starting at byte `place` are
/// place nouns and an "of" ("town of", "port city of"), the words between
/// a country's adjective and the place it qualifies.
fn place_noun_of(doc: Document<'_, '_>, from: usize, place: usize) -> bool {
    let toks = doc.tokens.tokens();
    let Some(noun) = doc.lexicon.classes().id("place_noun") else {
        return false;
    };
    // (At most two place nouns and "of": the scan stops there.)
    let Some(to) = (from..toks.len().min(from + 4)).find(|&t| toks[t].span.start >= place) else {
        return false;
    };
    to >= from + 2
        && doc.tokens.key(&toks[to - 1]) == "of"
        && toks[from..to - 1]
            .iter()
            .all(|t| doc.lexicon.in_class(t.word(), noun))
}

/// Fills `groups` and `group_at` of `scratch` from its `spans`: runs of
/// mentions of one kind joined by coordinators make one group ("Iran, Syria
/// and Russia"), and each later member also starts a group of its own.
/// `first_entity` is the sentence's first mention.
fn group_mentions(
    doc: Document<'_, '_>,
    range: std::ops::Range<usize>,
    first_entity: usize,
    scratch: &mut Scratch,
) {
    let (toks, entities) = (doc.tokens.tokens(), doc.entities);
    let classes = doc.lexicon.classes();
    let Scratch {
        rows,
        group_at,
        groups,
        spans,
        modifiers,
        ..
    } = scratch;
    let is_modifier = |i: usize| modifiers[i - first_entity];
    groups.clear();
    group_at.clear();
    group_at.resize(range.len() + 1, None);
    let mut k = 0;
    while k < spans.len() {
        let (start, mut end, first) = spans[k];
        let class = kind_class(entities[first].entity_type());
        let mut last = first;
        let mut types = type_bit(entities[first].entity_type());
        let modifier = is_modifier(first);
        let mut conjunction = false;
        let mut j = k + 1;
        // "Iranian drones and missiles": a demonym before a weapon is a
        // modifier, not a list member; lists of weapons stay weapons.
        while j < spans.len() && !modifier {
            let (s2, e2, i2) = spans[j];
            if kind_class(entities[i2].entity_type()) != class || is_modifier(i2) {
                break;
            }
            // "Silvio Berlusconi and German Chancellor Gerhard Schroeder": a
            // demonym after a person qualifies the next person's title.
            if entities[first].entity_type() == EntityType::Person
                && entities[i2].alias_kind() == AliasKind::Demonym
            {
                break;
            }
            let between = (end..s2).map(|t| doc.tokens.key(&toks[range.start + t]));
            let row = rows.get(end).copied().unwrap_or(NO_ROW);
            if classes.holds(Reserved::Coordinator.index(), row, between.clone()) {
                // "the invasion of Iraq, and Moore was ...": a comma before
                // the coordinator of two members joins clauses, not names
                // (a list of two has none; "Iran, Syria, and Russia" has
                // its comma before the third).
                if j == k + 1 && between.clone().any(|w| w == ",") {
                    break;
                }
                conjunction = true;
            } else if !classes.holds(Reserved::ListSeparator.index(), row, between) {
                break;
            }
            last = i2;
            types |= type_bit(entities[i2].entity_type());
            end = e2;
            j += 1;
        }
        // "Ukraine, Denmark says": commas alone make no list.
        if !conjunction && last > first {
            last = first;
            j = k + 1;
            end = spans[k].1;
            types = type_bit(entities[first].entity_type());
        }
        group_at[start] = Some(groups.len());
        let first_alone = (last > first).then_some(groups.len() + 1);
        groups.push(Group {
            members: first..last + 1,
            types,
            end,
            modifier,
            first_alone,
        });
        if first_alone.is_some() {
            groups.push(Group {
                members: first..first + 1,
                types: type_bit(entities[first].entity_type()),
                end: spans[k].1,
                modifier,
                first_alone: None,
            });
        }
        // Also let each later member start its own group, so a pattern
        // can bind just "Syria" in "Iran and Syria".
        for &(s, e, i) in &spans[k + 1..j] {
            if group_at[s].is_none() {
                group_at[s] = Some(groups.len());
                groups.push(Group {
                    members: i..i + 1,
                    types: type_bit(entities[i].entity_type()),
                    end: e,
                    modifier: false,
                    first_alone: None,
                });
            }
        }
        k = j;
    }
}

/// The types the subject of the sentence before may have when a pronoun
/// opening a sentence stands for it.
const ANY_SUBJECT: u8 = type_bit(EntityType::Country) | type_bit(EntityType::Organization);

/// Sentences longer than this many tokens are matched in windows of this
/// size. No news sentence comes near it; run-on text does (lists, tables,
/// text with its punctuation stripped), and there every rule would run at
/// every entity of a sentence that holds every trigger word, with tables
/// too large for the cache: twenty times the cost per byte of news, growing
/// with the length. A relation is then found only within one window, and
/// its evidence is that window.
const MAX_SENTENCE_TOKENS: usize = 200;

/// The sentence itself, or consecutive windows of at most
/// [`MAX_SENTENCE_TOKENS`] tokens covering it. A window never ends inside
/// an entity mention of `entities` (sorted, apart, with their token
/// ranges): it ends before the mention instead, or after it when the
/// mention starts the window, so that every mention, and every relation
/// argument, lies inside one window.
fn windows<'s>(
    tokens: &'s Tokens<'_>,
    sentence: &'s Sentence,
    entities: &'s [Entity<'_>],
) -> impl Iterator<Item = Sentence> + 's {
    let range = sentence.tokens.clone();
    let toks = tokens.tokens();
    let mut first = range.start;
    std::iter::from_fn(move || {
        if first >= range.end {
            return None;
        }
        let mut end = (first + MAX_SENTENCE_TOKENS).min(range.end);
        if first == range.start && end == range.end {
            first = end;
            return Some(sentence.clone());
        }
        // The last mention that starts before `end`: whether it runs past.
        let before = entities.partition_point(|e| (e.tokens.start as usize) < end);
        if let Some(e) = before.checked_sub(1).map(|i| &entities[i]) {
            let (start, stop) = (e.tokens.start as usize, e.tokens.end as usize);
            if stop > end {
                end = if start > first { start } else { stop.min(range.end) };
            }
        }
        let window = Sentence {
            span: Span::new(toks[first].span.start, toks[end - 1].span.end),
            tokens: first..end,
        };
        first = end;
        Some(window)
    })
}

/// The subject of the sentence of tokens `range` (entities `ents`) that a
/// pronoun opening the next sentence may stand for, as (for "it", for
/// "they"): the one country or organization that the subject of its first
/// verb names, when that subject opens the sentence, is no list and is
/// headed by the name ("Hamas took dozens of hostages. It fired ...");
/// a country named by its forces ("Russian troops") is one for "they"
/// only, an organization for both. Parsed only for a sentence that opens
/// with such a pronoun.
fn previous_subject(
    grammar: &Grammar,
    tokens: &Tokens<'_>,
    lexicon: &Lexicon,
    entities: &[Entity<'_>],
    range: std::ops::Range<usize>,
    ents: std::ops::Range<usize>,
) -> (Option<usize>, Option<usize>) {
    let none = (None, None);
    if ents.is_empty() {
        return none;
    }
    let first = range.start;
    let mut p = Parse::default();
    grammar.parse(tokens, lexicon, entities, range, ents, &mut p);
    let Some(g) = p.groups.iter().find(|g| g.surface_subject != NONE) else {
        return none;
    };
    let ph = g.surface_subject as usize;
    let phrase = p.phrases[ph];
    let listed = phrase.next_conjunct != NONE || p.phrases.iter().any(|q| q.next_conjunct == ph as u32);
    let head = p.units[phrase.head as usize];
    let Some(m) = head.mention.map(|m| m as usize) else {
        return none;
    };
    if phrase.first != 0 || listed || head.tag != Tag::Mention || head.mention_weapon {
        return none;
    }
    let plural = (head.end as usize)
        .checked_sub(1)
        .and_then(|i| tokens.tokens().get(first + i))
        .is_some_and(|t| plural_key(tokens.key(t)));
    let e = &entities[m];
    match e.entity_type() {
        EntityType::Organization => (Some(m), Some(m)),
        EntityType::Country if e.alias_kind() == AliasKind::Agent => (None, plural.then_some(m)),
        EntityType::Country => (Some(m), None),
        _ => none,
    }
}

#[cfg(test)]
mod tests {
    use super::bits;

    #[test]
    fn bits_table() {
        let cases: &[(&[u64], &[usize])] = &[
            (&[], &[]),
            (&[0], &[]),
            (&[0b1011], &[0, 1, 3]),
            (&[0, 1 << 63], &[127]),
            (&[1 << 63, 0, 0, 5], &[63, 192, 194]),
            (&[u64::MAX >> 62, 0], &[0, 1]),
        ];
        for (set, want) in cases {
            let got: Vec<usize> = bits(set).collect();
            assert_eq!(&got, want, "{set:?}");
        }
    }
}

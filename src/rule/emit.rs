//! Relations from matches: each match gives one relation per combination of
//! its roles' coordinated fillers ("The U.S. and the EU sanctioned Iran"
//! gives two), judged for factuality, and dropped when a relation of the
//! same sentence already says the same.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use super::check::Verdict;
use super::frame::Filled;
use super::matcher::{Binding, MatchState, SentenceView};
use super::{kind_class, RelationSchema, Rule, RuleSet};
use crate::entity::{Entity, EvidenceKind};
use crate::fxhash::FxBuild;
use crate::relation::{Argument, Factuality, Relation};
use crate::span::Span;

/// The most relations one match gives: the combinations of its roles'
/// fillers beyond the first this many (in role order) are left out, and
/// counted. Forty countries sanctioning forty others would otherwise be
/// 1,600 relations from one sentence, each as weakly evidenced as the next.
pub(crate) const MAX_COMBINATIONS: usize = 64;

/// The limits on relations: per sentence and per document. Past them,
/// relations are counted, not kept, so that no input costs more than its
/// limits: a list of forty countries supplying forty others would give
/// 1,600 relations from one sentence, each as weakly evidenced as the next,
/// and a document of such sentences millions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) per_sentence: usize,
    pub(crate) per_document: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            per_sentence: 100,
            per_document: 10_000,
        }
    }
}

/// The relations found in a document so far.
#[derive(Default)]
pub(super) struct Found<'a> {
    pub(super) relations: Vec<Relation<'a>>,
    /// Relations left out: combinations of fillers past
    /// [`MAX_COMBINATIONS`], and relations past the [`Limits`].
    pub(super) cut: usize,
    limits: Limits,
    /// Where the current sentence's relations start in `relations`: only
    /// they are compared for duplicates.
    sentence_start: usize,
    /// Where the current sentence's frame relations end: token patterns
    /// come after them.
    frames_end: usize,
    /// The token patterns' relations of this sentence, as (index into
    /// `relations`, position of their verb, position of the first class
    /// word they read), for the grammar check.
    from_patterns: Vec<(usize, Option<usize>, Option<usize>)>,
    /// The sentence's relations by a hash of their type and required
    /// fillers: only relations with the same hash can say the same.
    by_key: HashMap<u64, Vec<u32>, FxBuild>,
}

impl<'a> Found<'a> {
    /// No relations yet, within `limits`.
    pub(super) fn new(limits: Limits) -> Found<'a> {
        Found {
            limits,
            ..Found::default()
        }
    }

    /// Starts a new sentence.
    pub(super) fn start_sentence(&mut self) {
        self.sentence_start = self.relations.len();
        self.frames_end = self.relations.len();
        self.from_patterns.clear();
        self.by_key.clear();
    }

    /// Keeps `candidate` unless a relation of the sentence before index
    /// `until` says the same, or a limit is reached (then it is counted).
    /// Returns whether it was kept.
    fn offer(&mut self, candidate: Relation<'a>, until: usize, entities: &[Entity<'_>]) -> bool {
        if self.full() {
            // Counted without looking for duplicates: past a limit the
            // count is an upper bound, and costs nothing.
            self.cut += 1;
            return false;
        }
        let key = duplicate_key(&candidate, entities);
        let seen = self.by_key.get(&key).is_some_and(|same| {
            same.iter().map(|&j| j as usize).any(|j| {
                j < until && same_relation(&self.relations[j], &candidate, candidate.schema(), entities)
            })
        });
        if seen {
            return false;
        }
        self.by_key
            .entry(key)
            .or_default()
            .push(self.relations.len() as u32);
        self.relations.push(candidate);
        true
    }

    /// Whether the sentence or the document holds as many relations as
    /// it may.
    pub(super) fn full(&self) -> bool {
        self.relations.len() - self.sentence_start >= self.limits.per_sentence
            || self.relations.len() >= self.limits.per_document
    }

    /// Whether the document holds as many relations as it may: the rest
    /// of it need not be matched.
    pub(super) fn document_full(&self) -> bool {
        self.relations.len() >= self.limits.per_document
    }

    /// [`offer`](Found::offer) for a frame: against every relation of the
    /// sentence.
    fn offer_frame(&mut self, candidate: Relation<'a>, entities: &[Entity<'_>]) -> bool {
        self.offer(candidate, self.relations.len(), entities)
    }

    /// [`offer`](Found::offer) for a token pattern: against the frames'
    /// relations only (see [`check_patterns`](Found::check_patterns)).
    fn offer_pattern(&mut self, candidate: Relation<'a>, entities: &[Entity<'_>]) -> bool {
        self.offer(candidate, self.frames_end, entities)
    }

    /// Marks the end of the sentence's frame relations.
    pub(super) fn frames_done(&mut self) {
        self.frames_end = self.relations.len();
    }

    /// Whether token patterns found relations in this sentence.
    pub(super) fn patterns_found(&self) -> bool {
        !self.from_patterns.is_empty()
    }

    /// Drops the patterns' relations of this sentence for which
    /// `contradicted` holds, then those that say the same as a relation
    /// before them. Duplicates among patterns are kept until now, so that a
    /// reading the check drops does not hide a good one.
    pub(super) fn check_patterns(
        &mut self,
        judge: impl Fn(&Relation<'a>, Option<usize>, Option<usize>) -> Verdict<'a>,
        entities: &[Entity<'_>],
    ) {
        let n = self.relations.len();
        let mut drop = vec![false; n - self.sentence_start];
        for &(i, verb, first) in &self.from_patterns {
            let trim: Vec<&str> = match judge(&self.relations[i], verb, first) {
                Verdict::Keep => continue,
                Verdict::Drop => {
                    drop[i - self.sentence_start] = true;
                    continue;
                }
                Verdict::Trim(roles) => roles,
            };
            self.relations[i].args.retain(|a| !trim.contains(&a.role));
        }
        for i in self.frames_end..n {
            let k = i - self.sentence_start;
            if drop[k] {
                continue;
            }
            let r = &self.relations[i];
            let key = duplicate_key(r, entities);
            drop[k] = self.by_key.get(&key).is_some_and(|same| {
                same.iter().map(|&j| j as usize).any(|j| {
                    j < i
                        && !drop[j - self.sentence_start]
                        && same_relation(&self.relations[j], r, r.schema(), entities)
                })
            });
        }
        // Compact the sentence's part only: a `retain` over the whole
        // vector would walk every earlier sentence's relations again, a
        // cost quadratic in the document.
        let start = self.sentence_start;
        let mut kept = start;
        for i in start..n {
            if !drop[i - start] {
                self.relations.swap(kept, i);
                kept += 1;
            }
        }
        self.relations.truncate(kept);
        self.from_patterns.clear();
        // Indices moved: index the sentence's relations again.
        self.by_key.clear();
        for i in self.sentence_start..self.relations.len() {
            let key = duplicate_key(&self.relations[i], entities);
            self.by_key.entry(key).or_default().push(i as u32);
        }
    }
}

impl RuleSet {
    /// Emits the relations of a match of `rule` over sentence positions
    /// `matched`, whose bindings are in `st`.
    pub(super) fn emit_relations<'a>(
        &'a self,
        rule: &'a Rule,
        view: &SentenceView<'_, 'a>,
        st: &MatchState,
        matched: std::ops::Range<usize>,
        found: &mut Found<'a>,
    ) {
        let relation = &self.relations[rule.relation];
        let (factuality, source) = rule.at_least_floor(if rule.cues {
            self.cues.judge(
                view,
                matched.start,
                matched.end,
                st.trigger,
                st.verb_trigger.is_none(),
                &st.read,
            )
        } else {
            (Factuality::Asserted, None)
        });
        let choices = fillers(relation, view, st);
        if relation
            .roles
            .iter()
            .enumerate()
            .any(|(i, r)| r.required && !choices.roles.iter().any(|(c, _)| *c == i))
        {
            return;
        }
        let entities = view.entities;
        // (The arguments come in role order, as `fillers` gives the roles
        // and role names are unique: no sort by role.)
        found.cut += for_each_combination(&choices, |args| {
            debug_assert!(args.windows(2).all(|w| {
                let at = |role: &str| relation.roles.iter().position(|r| r.name == role);
                at(w[0].role) < at(w[1].role)
            }));
            if actor_twice(&args, entities)
                || self.sense.drops(relation, view, &args)
                || self.domain.drops(relation, view, &args)
            {
                return;
            }
            let candidate = Relation {
                schema: relation,
                rule: &rule.id,
                factuality,
                source,
                sentence: view.span,
                args,
            };
            // Against the frames' relations only: duplicates among patterns
            // go after the grammar check, so that a reading the check drops
            // does not hide a good one.
            let at = found.relations.len();
            if found.offer_pattern(candidate, entities) {
                found.from_patterns.push((at, st.verb_trigger, st.trigger));
            }
        });
    }

    /// Emits the relations of a filled frame: one per combination of its
    /// roles' mentions, dropped when a relation of the sentence says the
    /// same.
    pub(super) fn emit_frame<'a>(
        &'a self,
        rule: &'a Rule,
        view: &SentenceView<'_, 'a>,
        filled: &Filled,
        judged: (Factuality, Option<usize>),
        found: &mut Found<'a>,
    ) {
        let relation = &self.relations[rule.relation];
        let (factuality, source) = rule.at_least_floor(judged);
        let entities = view.entities;
        let mut choices = Choices::default();
        for (r, mentions) in filled.roles.iter().enumerate() {
            if mentions.is_empty() {
                continue;
            }
            let role = relation.roles[r].name.as_str();
            choices.push(
                r,
                mentions
                    .iter()
                    .map(|&m| named(entities, view.span, m))
                    .map(|m| Argument {
                        role,
                        entity: Some(m),
                        span: entities[m].span,
                    }),
            );
        }
        found.cut += for_each_combination(&choices, |args| {
            if actor_twice(&args, entities)
                || self.sense.drops(relation, view, &args)
                || self.domain.drops(relation, view, &args)
            {
                return;
            }
            let candidate = Relation {
                schema: relation,
                rule: &rule.id,
                factuality,
                source,
                sentence: view.span,
                args,
            };
            found.offer_frame(candidate, entities);
        });
    }
}

/// Each role's fillers, in role order: the role and where its fillers are
/// in `args`. (One vector for every role's fillers, not one a role: a
/// match made a vector for each of its roles.)
#[derive(Default)]
struct Choices<'a> {
    roles: Vec<(usize, std::ops::Range<usize>)>,
    args: Vec<Argument<'a>>,
}

impl<'a> Choices<'a> {
    /// Adds role `role`, filled by `fillers`.
    fn push(&mut self, role: usize, fillers: impl IntoIterator<Item = Argument<'a>>) {
        let start = self.args.len();
        self.args.extend(fillers);
        self.roles.push((role, start..self.args.len()));
    }

    /// The fillers of the `k`th role.
    fn of(&self, k: usize) -> &[Argument<'a>] {
        &self.args[self.roles[k].1.clone()]
    }
}

/// Each bound role's fillers, in role order: the members of its group, or
/// its text span.
fn fillers<'a>(relation: &'a RelationSchema, view: &SentenceView<'_, 'a>, st: &MatchState) -> Choices<'a> {
    let toks = view.tokens.tokens();
    let mut choices = Choices::default();
    for (r, binding) in st.bound.iter().enumerate() {
        let role = relation.roles[r].name.as_str();
        match binding {
            None => {}
            Some(Binding::Group(g)) => {
                let args = view.groups[*g]
                    .members
                    .clone()
                    .map(|i| named(view.entities, view.span, i))
                    .map(|i| Argument {
                        role,
                        entity: Some(i),
                        span: view.entities[i].span,
                    });
                choices.push(r, args);
            }
            Some(Binding::Text(s, e)) if e > s => {
                let span = Span::new(toks[view.first + s].span.start, toks[view.first + e - 1].span.end);
                choices.push(
                    r,
                    [Argument {
                        role,
                        entity: None,
                        span,
                    }],
                );
            }
            Some(Binding::Text(..)) => {}
        }
    }
    choices
}

/// Calls `each` with each combination of the choices' fillers, in role
/// order (the first role's choice varying slowest), at most
/// [`MAX_COMBINATIONS`] of them; returns how many it left out. One
/// argument list is built per combination, and nothing else.
fn for_each_combination<'a>(choices: &Choices<'a>, mut each: impl FnMut(Vec<Argument<'a>>)) -> usize {
    let roles = choices.roles.len();
    let total = choices
        .roles
        .iter()
        .fold(1usize, |n, (_, args)| n.saturating_mul(args.len()));
    if total == 0 {
        return 0;
    }
    // A mixed-radix counter over the choices (on the stack for as many
    // roles as a relation has: one allocation less a match).
    let mut few = [0usize; 8];
    let mut many = Vec::new();
    let digits: &mut [usize] = match few.get_mut(..roles) {
        Some(digits) => digits,
        None => {
            many.resize(roles, 0);
            &mut many
        }
    };
    for _ in 0..total.min(MAX_COMBINATIONS) {
        each(
            digits
                .iter()
                .enumerate()
                .map(|(k, &d)| choices.of(k)[d])
                .collect(),
        );
        for k in (0..digits.len()).rev() {
            digits[k] += 1;
            if digits[k] < choices.roles[k].1.len() {
                break;
            }
            digits[k] = 0;
        }
    }
    total.saturating_sub(MAX_COMBINATIONS)
}

/// The mention a relation gives for mention `m` of sentence `span`: the
/// name a pronoun stands for when the sentence has it before the pronoun
/// ("Biden says he will sanction Putin": Biden, not "he"), so that the
/// relation points at the words that name its actor; else `m` itself: a
/// reference to a country or an organization whose name is in an earlier
/// sentence ("NATO met. The alliance will send ...": "The alliance", of
/// NATO's id; see the names stage) stays itself, so that every argument
/// lies in the relation's sentence. (Entities are in text order: the walk
/// back stops at the sentence's start.)
fn named(entities: &[Entity<'_>], span: Span, m: usize) -> usize {
    let pronoun = |e: &Entity<'_>| e.evidence().is_some_and(|x| x.kind() == EvidenceKind::Pronoun);
    if !pronoun(&entities[m]) {
        return m;
    }
    (0..m)
        .rev()
        .take_while(|&j| entities[j].span.start >= span.start)
        .find(|&j| entities[j].id() == entities[m].id() && !pronoun(&entities[j]))
        .unwrap_or(m)
}

/// Whether one actor stands in two roles: never in one relation.
fn actor_twice(args: &[Argument<'_>], entities: &[Entity<'_>]) -> bool {
    let actors = args
        .iter()
        .filter_map(|a| a.entity)
        .filter(|&i| kind_class(entities[i].entity_type()) == 0);
    actors.clone().enumerate().any(|(k, i)| {
        actors
            .clone()
            .take(k)
            .any(|j| entities[j].id() == entities[i].id())
    })
}

/// A hash of what two relations that say the same share: their type and
/// the fillers of their required roles.
fn duplicate_key(r: &Relation<'_>, entities: &[Entity<'_>]) -> u64 {
    let mut h = FxHasher::default();
    r.relation_type().hash(&mut h);
    for role in r.schema().roles.iter().filter(|role| role.required) {
        match r.argument(&role.name).and_then(|a| a.entity) {
            Some(e) => entities[e].id().hash(&mut h),
            None => 0u8.hash(&mut h),
        }
    }
    h.finish()
}

/// Whether two relations say the same: same type and the same canonical ids
/// in every role both fill ("France sends tanks to Chad" and "France sends
/// rifles to Chad" are two relations; "France sends tanks to Chad" and
/// "France sends to Chad" one).
fn same_relation(a: &Relation<'_>, b: &Relation<'_>, decl: &RelationSchema, entities: &[Entity<'_>]) -> bool {
    // (Relations of one schema are of one type, without comparing names.)
    if !std::ptr::eq(a.schema(), b.schema()) && a.relation_type() != b.relation_type() {
        return false;
    }
    decl.roles.iter().all(|r| {
        let ea = a.argument(&r.name).and_then(|x| x.entity);
        let eb = b.argument(&r.name).and_then(|x| x.entity);
        // (One mention has one id: its ids are compared only for two.)
        let same = match (ea, eb) {
            (Some(x), Some(y)) => x == y || entities[x].id() == entities[y].id(),
            (x, y) => x == y,
        };
        // Two names of one thing side by side ("HIMARS MLRS", "MLRS M270")
        // are one filler, whichever a rule took.
        let adjacent = match (ea, eb) {
            (Some(x), Some(y)) => {
                let (x, y) = (entities[x].span, entities[y].span);
                x.end + 1 >= y.start && y.end + 1 >= x.start
            }
            _ => false,
        };
        // An optional role left empty in one says nothing against the other.
        same || adjacent || (!r.required && (ea.is_none() || eb.is_none()))
    })
}

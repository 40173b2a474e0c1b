//! Relations from matches: each match gives one relation per combination of
//! its roles' coordinated fillers ("The U.S. and the EU sanctioned Iran"
//! gives two), judged for factuality, and dropped when a relation of the
//! same sentence already says the same.

use super::check::Verdict;
use super::factuality::strength;
use super::frame::Filled;
use super::matcher::{Binding, MatchState, SentenceView};
use super::{kind_class, RelationSchema, Rule, RuleSet};
use crate::entity::Entity;
use crate::relation::{Argument, Factuality, Relation};
use crate::span::Span;

/// The most relations one match gives: the combinations of its roles'
/// fillers beyond the first this many (in role order) are left out, and
/// counted. Forty countries sanctioning forty others would otherwise be
/// 1,600 relations from one sentence, each as weakly evidenced as the next.
pub(crate) const MAX_COMBINATIONS: usize = 64;

/// The relations found in a document so far.
#[derive(Default)]
pub(super) struct Found<'a> {
    pub(super) relations: Vec<Relation<'a>>,
    /// Combinations of fillers left out past [`MAX_COMBINATIONS`].
    pub(super) cut: usize,
    /// Where the current sentence's relations start in `relations`: only
    /// they are compared for duplicates.
    sentence_start: usize,
    /// Where the current sentence's frame relations end: token patterns
    /// come after them.
    frames_end: usize,
    /// The token patterns' relations of this sentence, as (index into
    /// `relations`, position of their verb), for the grammar check.
    from_patterns: Vec<(usize, Option<usize>)>,
}

impl<'a> Found<'a> {
    /// Starts a new sentence.
    pub(super) fn start_sentence(&mut self) {
        self.sentence_start = self.relations.len();
        self.frames_end = self.relations.len();
        self.from_patterns.clear();
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
        judge: impl Fn(&Relation<'a>, Option<usize>) -> Verdict<'a>,
        entities: &[Entity<'_>],
    ) {
        let n = self.relations.len();
        let mut drop = vec![false; n - self.sentence_start];
        for &(i, verb) in &self.from_patterns {
            let trim: Vec<&str> = match judge(&self.relations[i], verb) {
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
            drop[k] = (self.sentence_start..i).any(|j| {
                !drop[j - self.sentence_start] && same_relation(&self.relations[j], r, r.schema(), entities)
            });
        }
        let mut k = 0;
        let start = self.sentence_start;
        self.relations.retain(|_| {
            k += 1;
            k - 1 < start || !drop[k - 1 - start]
        });
        self.from_patterns.clear();
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
        let (mut factuality, mut source) = if rule.cues {
            self.cues.judge(view, matched.start, matched.end, st.trigger)
        } else {
            (Factuality::Asserted, None)
        };
        if strength(rule.floor) > strength(factuality) {
            factuality = rule.floor;
            source = None;
        }
        let choices = fillers(relation, view, st);
        if relation
            .roles
            .iter()
            .enumerate()
            .any(|(i, r)| r.required && !choices.iter().any(|(c, _)| *c == i))
        {
            return;
        }
        let (combos, cut) = combinations(&choices);
        found.cut += cut;
        for mut args in combos {
            args.sort_by_key(|a| relation.roles.iter().position(|r| r.name == a.role));
            // An actor never stands in two roles of one relation.
            let entities = view.entities;
            let ids: Vec<&str> = args
                .iter()
                .filter_map(|a| a.entity)
                .filter(|&i| kind_class(entities[i].entity_type()) == 0)
                .map(|i| entities[i].id())
                .collect();
            if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
                continue;
            }
            let candidate = Relation {
                schema: relation,
                rule: &rule.id,
                factuality,
                source,
                sentence: view.span,
                args,
            };
            if found.relations[found.sentence_start..found.frames_end]
                .iter()
                .any(|r| same_relation(r, &candidate, relation, entities))
            {
                continue;
            }
            found.from_patterns.push((found.relations.len(), st.verb_trigger));
            found.relations.push(candidate);
        }
    }

    /// Emits the relations of a filled frame: one per combination of its
    /// roles' mentions, dropped when a relation of the sentence says the
    /// same.
    pub(super) fn emit_frame<'a>(
        &'a self,
        rule: &'a Rule,
        view: &SentenceView<'_, 'a>,
        filled: &Filled,
        factuality: Factuality,
        found: &mut Found<'a>,
    ) {
        let relation = &self.relations[rule.relation];
        let factuality = if strength(rule.floor) > strength(factuality) {
            rule.floor
        } else {
            factuality
        };
        let entities = view.entities;
        let choices: Vec<(usize, Vec<Argument<'a>>)> = filled
            .roles
            .iter()
            .enumerate()
            .filter(|(_, mentions)| !mentions.is_empty())
            .map(|(r, mentions)| {
                let role = relation.roles[r].name.as_str();
                let args = mentions
                    .iter()
                    .map(|&m| Argument {
                        role,
                        entity: Some(m),
                        span: entities[m].span,
                    })
                    .collect();
                (r, args)
            })
            .collect();
        let (combos, cut) = combinations(&choices);
        found.cut += cut;
        for args in combos {
            let ids: Vec<&str> = args
                .iter()
                .filter_map(|a| a.entity)
                .filter(|&i| kind_class(entities[i].entity_type()) == 0)
                .map(|i| entities[i].id())
                .collect();
            if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
                continue;
            }
            let candidate = Relation {
                schema: relation,
                rule: &rule.id,
                factuality,
                source: None,
                sentence: view.span,
                args,
            };
            if found.relations[found.sentence_start..]
                .iter()
                .any(|r| same_relation(r, &candidate, relation, entities))
            {
                continue;
            }
            found.relations.push(candidate);
        }
    }
}

/// Each bound role's fillers, in role order: the members of its group, or
/// its text span.
fn fillers<'a>(
    relation: &'a RelationSchema,
    view: &SentenceView<'_, 'a>,
    st: &MatchState,
) -> Vec<(usize, Vec<Argument<'a>>)> {
    let toks = view.tokens.tokens();
    let mut choices: Vec<(usize, Vec<Argument<'a>>)> = Vec::new();
    for (r, binding) in st.bound.iter().enumerate() {
        let role = relation.roles[r].name.as_str();
        match binding {
            None => {}
            Some(Binding::Group(g)) => {
                let args = view.groups[*g]
                    .members
                    .clone()
                    .map(|i| Argument {
                        role,
                        entity: Some(i),
                        span: view.entities[i].span,
                    })
                    .collect();
                choices.push((r, args));
            }
            Some(Binding::Text(s, e)) if e > s => {
                let span = Span::new(toks[view.first + s].span.start, toks[view.first + e - 1].span.end);
                choices.push((
                    r,
                    vec![Argument {
                        role,
                        entity: None,
                        span,
                    }],
                ));
            }
            Some(Binding::Text(..)) => {}
        }
    }
    choices
}

/// The cartesian product of the choices, in role order: its first
/// [`MAX_COMBINATIONS`], and how many it left out.
fn combinations<'a>(choices: &[(usize, Vec<Argument<'a>>)]) -> (Vec<Vec<Argument<'a>>>, usize) {
    let total = choices
        .iter()
        .fold(1usize, |n, (_, args)| n.saturating_mul(args.len()));
    let mut combos: Vec<Vec<Argument<'a>>> = vec![Vec::new()];
    for (_, args) in choices {
        let mut next = Vec::with_capacity(combos.len() * args.len());
        for combo in &combos {
            for a in args {
                let mut c = combo.clone();
                c.push(*a);
                next.push(c);
            }
        }
        combos = next;
        // Cut at each step, which keeps the first in role order.
        combos.truncate(MAX_COMBINATIONS);
    }
    (combos, total.saturating_sub(MAX_COMBINATIONS))
}

/// Whether two relations say the same: same type and the same canonical ids
/// in every role both fill ("France sends tanks to Chad" and "France sends
/// rifles to Chad" are two relations; "France sends tanks to Chad" and
/// "France sends to Chad" one).
fn same_relation(a: &Relation<'_>, b: &Relation<'_>, decl: &RelationSchema, entities: &[Entity<'_>]) -> bool {
    if a.relation_type() != b.relation_type() {
        return false;
    }
    decl.roles.iter().all(|r| {
        let ea = a.argument(&r.name).and_then(|x| x.entity);
        let eb = b.argument(&r.name).and_then(|x| x.entity);
        let fa = ea.map(|i| entities[i].id());
        let fb = eb.map(|i| entities[i].id());
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
        fa == fb || adjacent || (!r.required && (fa.is_none() || fb.is_none()))
    })
}

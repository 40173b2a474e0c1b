//! Relations from matches: each match gives one relation per combination of
//! its roles' coordinated fillers ("The U.S. and the EU sanctioned Iran"
//! gives two), judged for factuality, and dropped when a relation of the
//! same sentence already says the same.

use super::factuality::strength;
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
}

impl Found<'_> {
    /// Starts a new sentence.
    pub(super) fn start_sentence(&mut self) {
        self.sentence_start = self.relations.len();
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
        let fa = a
            .argument(&r.name)
            .and_then(|x| x.entity)
            .map(|i| entities[i].id());
        let fb = b
            .argument(&r.name)
            .and_then(|x| x.entity)
            .map(|i| entities[i].id());
        // An optional role left empty in one says nothing against the other.
        fa == fb || (!r.required && (fa.is_none() || fb.is_none()))
    })
}

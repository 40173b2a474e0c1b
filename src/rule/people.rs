//! Country mentions that name people of the country, not its state.
//!
//! A demonym or an agent noun stands for its state in "Chilean troops
//! shelled ..." and "sanctions on Chilean officials"; some of the same
//! mentions name only people who belong to the country:
//!
//! - people who no longer hold their post: "former Afghan officials",
//!   "ex-Chilean generals", "exiled Peruvian ministers" (a word of
//!   `past_tenure` right before the mention) act for no state and stand for
//!   none, whatever the relation. A relation with a title role (`role`)
//!   names the post itself, former or not ("former Chilean president Ana
//!   Ruiz"), and keeps them.
//! - ordinary people as the target of an attack ("an Australian
//!   journalist", "Chilean civilians", "Russian tourists": a `person_noun`
//!   in or right after the mention) are the country only when a state
//!   strikes them, as in a war between states ("Chilean soldiers shot two
//!   Peruvian farmers"). Gunmen, militants, an armed group or a person who
//!   kidnap or kill a country's nationals attack people, not the state
//!   ("Iraqi militants threatened to kill an Australian journalist").
//!
//! The words are data (`rules/grammar.rules`): `past_tenure`, `person_noun`
//! and `armed_group_noun` (whose mentions, "Peruvian gunmen", are no state).
//! The test runs on every relation, of token patterns and frames alike,
//! before it is kept: a few token lookups per argument.

use super::matcher::SentenceView;
use crate::entity::{AliasKind, Entity, EntityType};
use crate::relation::Argument;
use crate::schema::{RelationSchema, TEXT};

/// The word classes the test reads, as masks over the class rows.
#[derive(Debug)]
pub(super) struct People {
    /// `past_tenure`: "former", "retired", "exiled".
    pub(super) past_tenure: Box<[u64]>,
    /// `person_noun`: "journalist", "civilians", "tourists".
    pub(super) persons: Box<[u64]>,
    /// `armed_group_noun`: "militants", "gunmen".
    pub(super) armed: Box<[u64]>,
}

impl People {
    /// Whether the relation binds, as an actor, a country mention that
    /// names people, not the state (see the module's docs): it is dropped.
    pub(super) fn names_people(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        if relation.roles.iter().any(|r| r.types == TEXT) {
            return false;
        }
        let attack = relation.name == "attack";
        let object_role = relation.roles.get(1).map(|r| r.name.as_str());
        for arg in args {
            let Some(e) = arg.entity else {
                continue;
            };
            let Some((first, end)) = self.people_mention(view, e) else {
                continue;
            };
            if self.after_past_tenure(view, first) {
                return true;
            }
            if attack && Some(arg.role) == object_role && self.persons_at(view, end) {
                let state = args
                    .iter()
                    .filter(|a| Some(a.role) != object_role)
                    .filter_map(|a| a.entity)
                    .any(|a| self.stands_for_state(view, a));
                if !state {
                    return true;
                }
            }
        }
        false
    }

    /// The sentence positions (first, end) of mention `e` when it is a
    /// country named by a demonym or an agent noun ("Afghan", "Afghan
    /// officials"), which may name people.
    fn people_mention(&self, view: &SentenceView<'_, '_>, e: usize) -> Option<(usize, usize)> {
        let entity: &Entity<'_> = view.entities.get(e)?;
        if entity.entity_type() != EntityType::Country
            || !matches!(entity.alias_kind(), AliasKind::Demonym | AliasKind::Agent)
        {
            return None;
        }
        mention_span(view, e)
    }

    /// Whether a `past_tenure` word stands right before sentence position
    /// `first`, or before a hyphen there ("ex-Chilean").
    fn after_past_tenure(&self, view: &SentenceView<'_, '_>, first: usize) -> bool {
        let Some(before) = first.checked_sub(1) else {
            return false;
        };
        view.in_any(&self.past_tenure, before)
            || (view.key(before) == "-" && before > 0 && view.in_any(&self.past_tenure, before - 1))
    }

    /// Whether the mention ending at `end` names people: its last word, or
    /// the word after it, is a person noun ("Chilean civilians", "an
    /// Australian journalist").
    fn persons_at(&self, view: &SentenceView<'_, '_>, end: usize) -> bool {
        view.in_any(&self.persons, end - 1) || view.in_any(&self.persons, end)
    }

    /// Whether mention `e`, as the doer of an attack, is a state or its
    /// forces: a country not named by its armed groups or people ("Peruvian
    /// gunmen", "a Chilean tourist"), or an organization that is no armed
    /// group. People and armed groups are not.
    fn stands_for_state(&self, view: &SentenceView<'_, '_>, e: usize) -> bool {
        let Some(entity) = view.entities.get(e) else {
            return false;
        };
        match entity.entity_type() {
            EntityType::Country => {
                let Some((_, end)) = mention_span(view, e) else {
                    return true;
                };
                let names = |mask: &[u64]| view.in_any(mask, end - 1) || view.in_any(mask, end);
                !names(&self.armed) && !names(&self.persons)
            }
            EntityType::Organization => entity.entry().attribute("category") != Some("armed_group"),
            _ => false,
        }
    }
}

/// The sentence positions (first, end) of the tokens of mention `e`.
fn mention_span(view: &SentenceView<'_, '_>, e: usize) -> Option<(usize, usize)> {
    let first = view.covered_by.iter().position(|&c| c == Some(e))?;
    let end = first
        + view.covered_by[first..]
            .iter()
            .take_while(|&&c| c == Some(e))
            .count();
    Some((first, end))
}

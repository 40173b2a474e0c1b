//! Relations whose words belong to another trade than war and statecraft.
//!
//! A trigger of war or of sanctions has a sense in space flight, in trade
//! policy and in the law; the words around it tell which. The relation is
//! then dropped, whichever rule found it (token pattern or frame), before
//! it is kept, as [`sense`](super::sense) drops one whose actors show
//! another sense. Every test looks at a few tokens next to an argument,
//! and at most [`MEASURE_WINDOW`] tokens before a target: never the whole
//! sentence.
//!
//! - **Launches to space**: a company (an organization whose `category`
//!   is `company`) that uses a rocket named only by a word of
//!   `launch_vehicle_noun` ("Lockheed to launch rocket", "Boeing will
//!   launch a rocket next week"), at no target, launches a vehicle to
//!   space; no `use`. An armed group's or a state's rockets ("Hamas
//!   launched rockets"), a company's named system, and a company's
//!   weapons used by a force ("the army used Lockheed's drones") stay.
//! - **Blows of trade**: an attack with no weapon whose verb is the
//!   purpose of an economic measure written before it in the same clause
//!   ("imposed tariffs to hit China", "joined a ban of Russian gold imports
//!   to hit Putin", "agreed new sanctions to target Russia's economy": a
//!   word of `sanction_noun` or `penalty_noun`, then "to" and a word of
//!   `attack_verb` or `target_verb`), or whose verb has the measure as its
//!   subject ("tariffs hit China", "sanctions that target its banks"), is
//!   the measure's effect, not a strike. No sanction is made of it: the
//!   sanction, when written as one ("imposed sanctions on Russia to hit
//!   Putin"), is read by the sanction rules already. A comma ends the
//!   clause ("Russia, hit by sanctions, moved to strike Kyiv" keeps the
//!   attack).
//! - **Sanctions and support in court**: a sanctioner named as a court or
//!   a judge (a word of `court_noun` opening or ending the mention or
//!   right after it: "the Court of Appeal", "a US court", "a Texas judge";
//!   or before it: "Judge Ann Vega") seeks or imposes a legal penalty on a
//!   party to a case, not a state's sanction ("Yukos will ask a US court
//!   to seek sanctions against the firm"); a supporter so named rules on
//!   what it backs or upholds ("the Court of Appeal backed the Home
//!   Office's powers"), and supports no one.
//!
//! The words are data: `launch_vehicle_noun` in `rules/use.rules`,
//! `court_noun` in `rules/sanction.rules`, `penalty_noun` in
//! `rules/attack.rules`, `sanction_noun`, `attack_verb` and `target_verb`
//! in `rules/common.rules`. A class that is not declared turns its test
//! off.

use super::matcher::SentenceView;
use super::sense::mention_span;
use crate::entity::EntityType;
use crate::relation::Argument;
use crate::schema::RelationSchema;

/// How many tokens before an attack's target the test of a blow of trade
/// looks for its verb and the measure.
const MEASURE_WINDOW: usize = 14;

/// The word classes the tests read, as masks over the class rows.
#[derive(Debug)]
pub(super) struct Domain {
    /// `launch_vehicle_noun`: "rocket", "rockets".
    pub(super) launch_vehicle: Box<[u64]>,
    /// `sanction_noun` and `penalty_noun`: "ban", "sanctions", "tariffs".
    pub(super) measure: Box<[u64]>,
    /// `attack_verb` and `target_verb`: "hit", "strike", "target".
    pub(super) blow: Box<[u64]>,
    /// `court_noun`: "court", "judge", "tribunal".
    pub(super) court: Box<[u64]>,
}

impl Domain {
    /// Whether the relation is dropped: its words are meant in space
    /// flight, trade or law (see the module's docs).
    pub(super) fn drops(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        match relation.name.as_str() {
            "use" => self.space_launch(view, args),
            "attack" => self.blow_of_trade(view, args),
            "sanction" => self.in_court(view, args, "sanctioner"),
            "support" => self.in_court(view, args, "supporter"),
            _ => false,
        }
    }

    /// Whether a use is a company's launch of a rocket to space: the user
    /// is a company, the item's mention ends in a `launch_vehicle_noun`,
    /// and there is no target.
    fn space_launch(&self, view: &SentenceView<'_, '_>, args: &[Argument<'_>]) -> bool {
        let mut company = false;
        let mut rocket = false;
        for arg in args {
            let Some(e) = arg.entity else {
                continue;
            };
            let entity = &view.entities[e];
            match arg.role {
                "target" => return false,
                "user" => {
                    company = entity.entity_type() == EntityType::Organization
                        && entity.entry().attribute("category") == Some("company");
                }
                "item" => {
                    rocket = mention_span(view, e)
                        .is_some_and(|(_, end)| view.in_any(&self.launch_vehicle, end - 1));
                }
                _ => {}
            }
        }
        company && rocket
    }

    /// Whether an attack with no weapon is the effect of an economic
    /// measure: before its target, in the same clause, a measure then "to"
    /// and the verb of the blow, or the measure right before that verb
    /// (past "that", "which" or a modal).
    fn blow_of_trade(&self, view: &SentenceView<'_, '_>, args: &[Argument<'_>]) -> bool {
        let mut target = None;
        let mut floor = 0;
        for arg in args {
            let Some(e) = arg.entity else {
                continue;
            };
            if view.entities[e].entity_type() == EntityType::Weapon {
                return false;
            }
            let Some((first, end)) = mention_span(view, e) else {
                continue;
            };
            if arg.role == "target" {
                target = Some(first);
            } else {
                floor = floor.max(end);
            }
        }
        let Some(target) = target else {
            return false;
        };
        // (An attacker after the target, as in a passive, sets no floor.)
        let floor = if floor > target { 0 } else { floor };
        let lowest = floor.max(target.saturating_sub(MEASURE_WINDOW));
        let Some(verb) = (lowest..target).rev().find(|&pos| view.in_any(&self.blow, pos)) else {
            return false;
        };
        let clause_end = |pos: usize| matches!(view.key(pos), "," | ";" | ":");
        if verb > lowest && view.key(verb - 1) == "to" {
            // The purpose of a measure: "imposed tariffs to hit China".
            return (lowest..verb - 1)
                .rev()
                .take_while(|&pos| !clause_end(pos))
                .any(|pos| view.in_any(&self.measure, pos));
        }
        // The measure as the subject: "tariffs hit China", "sanctions that
        // target its banks", "sanctions will hit Russia".
        let mut before = verb;
        while before > lowest
            && matches!(
                view.key(before - 1),
                "that" | "which" | "will" | "would" | "could" | "may" | "might" | "to"
            )
        {
            before -= 1;
        }
        before > lowest && view.in_any(&self.measure, before - 1)
    }

    /// Whether the argument of `role` (a sanction's sanctioner, a
    /// supporter) is named as a court or a judge: the word opening or
    /// ending its mention ("Court of Appeal", "a US court"), or right
    /// after or before it.
    fn in_court(&self, view: &SentenceView<'_, '_>, args: &[Argument<'_>], role: &str) -> bool {
        args.iter().filter(|a| a.role == role).any(|arg| {
            arg.entity
                .and_then(|e| mention_span(view, e))
                .is_some_and(|(first, end)| {
                    view.in_any(&self.court, end - 1)
                        || view.in_any(&self.court, first)
                        || view.in_any(&self.court, end)
                        || first.checked_sub(1).is_some_and(|b| view.in_any(&self.court, b))
                })
        })
    }
}

//! Relations whose actors show that the words meant something else.
//!
//! A rule binds the actors near its trigger; who they are sometimes says
//! the trigger was meant in another sense, or that a mention names people
//! rather than a state. The relation is then dropped, whichever rule found
//! it (token pattern or frame), before it is kept: a few token lookups per
//! argument.
//!
//! - **People who no longer hold their post**: a country's demonym or agent
//!   noun right after a word of `past_tenure` ("former Afghan officials",
//!   "ex-Chilean generals") acts for no state and stands for none, whatever
//!   the relation. A relation with a title role (`role`) names the post
//!   itself, former or not ("former Chilean president Ana Ruiz"), and keeps
//!   them.
//! - **People and bodies that are not the state as the doer**: a country's
//!   demonym or agent mention that ends with a `private_actor_noun`, or
//!   has one right after it ("US firms", "Chinese investors", "U.S.
//!   senators", "Chilean activists"), fills no actor role (supplier,
//!   recipient, attacker, accuser, accused, ...): the firms or senators
//!   act and are helped or blamed, not the state, as "US troops" or
//!   "Chinese officials" would be. As the target of an attack or a
//!   sanction they may stand for it ("sanctions on Russian banks"), and
//!   the test of ordinary people as the target (below) decides attacks.
//! - **A place that is only part of the one attacked**: the place after a
//!   person's title and "of" ("the mayor of Kherson was kidnapped", "the
//!   governor of Chile's region was shot": a title of the names stage,
//!   `title_gov`, `title_military`, ...) is whose post it is, and the place
//!   after an `armed_group_noun` and a `locative` preposition ("attack
//!   rebels inside Peru", "killed four pirates in the Gulf of Guinea") is
//!   where the group was: neither is the target of an attack.
//! - **A sea as the target of an attack**: a location whose entry has
//!   `category=water` (`gazetteers/locations.tsv`: "the Red Sea", "the
//!   Strait of Hormuz") is where a ship was struck ("hit a tanker in the
//!   Red Sea"), never the one attacked; a ship that names its country
//!   ("a Greek tanker") is, by the rule that binds it.
//! - **A weapon's maker as its user**: a company or a maker of weapons
//!   (`category=company` or `makes=weapons`) named right before a weapon,
//!   or before "'s" and a weapon ("Raytheon missiles struck ...",
//!   "Lockheed's jets") made the weapon; as the attacker or the user it is
//!   dropped, and who fired it stays unsaid.
//! - **Ordinary people as the target of an attack** ("an Australian
//!   journalist", "Chilean civilians": a `person_noun` in or right after a
//!   demonym or agent mention, or a demonym counted as people: "two
//!   Palestinians", "dozens of Iraqis") are the country only when a state
//!   strikes them, as in a war between states ("Chilean soldiers shot two Peruvian
//!   farmers"). Gunmen, militants (a country's `armed_group_noun`), an armed
//!   group or a person who kill a country's nationals attack people, not
//!   the state.
//! - **Attacks in words**: a person or a newsroom that attacks a person with
//!   a word of `verbal_attack` ("the senator attacked Ana Ruiz over the
//!   budget", "the BBC attacking Ann Vega") criticises; it takes a state, a
//!   force or an armed group as the attacker, a target that is no single
//!   person, or a weapon, to make a physical attack of those words.
//! - **Rivals in trade**: an attack whose actors are all companies (the
//!   `category` of their entries), with no weapon, is competition ("an
//!   assault from Acme Corp. on Zenith Inc.'s market").
//! - **Bans in sports**: a sanction with an actor named as sportspeople or a
//!   sports body ("a ban on Russian players", "Kenya's athletics body", "a
//!   ban on runner Ann Vega": a word of `sports_word` or `sports_actor`
//!   right after the mention, past a possessive, or right before it) is a
//!   league's or a federation's, not a state's.
//! - **Crews in space**: a title of `crew_title` in a sentence with a word
//!   of `space_word` ("the Russian commander of the space station") is a
//!   post in a spacecraft's crew, not in the country's forces: no `role`.
//!
//! - **A list read as an apposition**: after a `list_opener` ("including",
//!   "among", "such as"), a comma and a complete reference of a title
//!   ("Ann Vega, the King of Peru and the Chilean envoy") is the next item
//!   of the list, not a post of the person before it: no `role`. An
//!   indefinite or bare title ("including Ann Vega, a fellow at Acme")
//!   stays an apposition.
//! - **A capital's president**: a `head_of_state_title` after a capital
//!   city ("the Madrid president Ana Ruiz") is a city's, a region's or a
//!   club's post, not the country's: no `role`.
//!
//! The words are data: `past_tenure`, `private_actor_noun`, `locative`,
//! `person_noun` and `armed_group_noun`
//! in `rules/grammar.rules`, `verbal_attack` in `rules/attack.rules`,
//! `sports_word` and `sports_actor` in `rules/common.rules`, `crew_title` in
//! `rules/role.rules`, `head_of_state_title`, `list_opener` and `list_joiner` in `rules/role.rules`, `space_word` in `rules/names/evidence.rules` and the
//! titles (`title_*`) in `rules/names/titles.rules`. A
//! class that is not declared turns its test off.

use super::matcher::SentenceView;
use crate::entity::{AliasKind, Entity, EntityType};
use crate::relation::Argument;
use crate::schema::{RelationSchema, TEXT};
use crate::span::Span;
use crate::token::Token;

/// The word classes the tests read, as masks over the class rows.
#[derive(Debug)]
pub(super) struct Sense {
    /// `past_tenure`: "former", "retired", "exiled".
    pub(super) past_tenure: Box<[u64]>,
    /// `private_actor_noun`: "firms", "investors", "senators".
    pub(super) private: Box<[u64]>,
    /// The titles of people (`title_gov`, `title_military`, ...): "mayor",
    /// "governor", "ambassador".
    pub(super) titles: Box<[u64]>,
    /// `locative`: "in", "inside", "near".
    pub(super) locative: Box<[u64]>,
    /// `person_noun`: "journalist", "civilians", "tourists".
    pub(super) persons: Box<[u64]>,
    /// `armed_group_noun`: "militants", "gunmen".
    pub(super) armed: Box<[u64]>,
    /// `verbal_attack`: "attacked", "hit", "blasted".
    pub(super) verbal_attack: Box<[u64]>,
    /// `sports_word` and `sports_actor`: "tennis", "players".
    pub(super) sports: Box<[u64]>,
    /// `space_word`: "orbit", "astronaut".
    pub(super) space: Box<[u64]>,
    /// `crew_title`: "commander", "pilot".
    pub(super) crew_title: Box<[u64]>,
    /// `head_of_state_title`: "president", "premier", "king".
    pub(super) head_title: Box<[u64]>,
    /// `list_opener`: "including", "among", "such" (as).
    pub(super) list_opener: Box<[u64]>,
    /// `list_joiner`: "and", "or", "as" (well as), "plus".
    pub(super) list_joiner: Box<[u64]>,
}

impl Sense {
    /// Whether the relation is dropped: its actors show another sense, or
    /// a country mention names people, not the state (see the module's
    /// docs).
    pub(super) fn drops(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        if args
            .iter()
            .any(|a| a.entity.is_some_and(|e| in_community_name(view, e)))
        {
            return true;
        }
        if relation.roles.iter().any(|r| r.types == TEXT) {
            return self.crew_in_space(relation, view, args)
                || self.capital_head(relation, view, args)
                || self.listed_title(relation, view, args);
        }
        let object_role = relation.roles.get(1).map(|r| r.name.as_str());
        let doer_role = relation.roles.first().map(|r| r.name.as_str());
        let (attack, sanction) = (relation.name == "attack", relation.name == "sanction");
        for arg in args {
            let Some(e) = arg.entity else {
                continue;
            };
            let Some((first, end)) = mention_span(view, e) else {
                continue;
            };
            if sanction && self.sportspeople(view, first, end) {
                return true;
            }
            if attack
                && Some(arg.role) == object_role
                && (self.place_of_another(view, first, e) || water(view, e))
            {
                return true;
            }
            if (attack || relation.name == "use")
                && Some(arg.role) == doer_role
                && maker_of_weapon(view, e, end)
            {
                return true;
            }
            if !people_mention(&view.entities[e]) {
                continue;
            }
            if self.after_past_tenure(view, first) {
                return true;
            }
            // (What is attacked or sanctioned may stand for the state.)
            let acted_on = (attack || sanction) && Some(arg.role) == object_role;
            if !acted_on && self.names_at(view, end, &self.private) {
                return true;
            }
            if attack
                && Some(arg.role) == object_role
                && (self.names_at(view, end, &self.persons) || counted_people(view, first, e))
            {
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
        attack && (self.in_words(view, args, object_role) || between_companies(view, args))
    }

    /// Whether the place mention `e` at sentence position `first` only
    /// says whose post a title is ("the mayor of Kherson", "the governor
    /// of the region": the one attacked is the holder) or where an armed
    /// group was ("attack rebels inside Peru", "killed four pirates in the
    /// Gulf of Guinea": the group is attacked there).
    fn place_of_another(&self, view: &SentenceView<'_, '_>, first: usize, e: usize) -> bool {
        let place = view
            .entities
            .get(e)
            .is_some_and(|x| matches!(x.entity_type(), EntityType::Country | EntityType::Location));
        // (Past an article: "the governor of the Chilean region".)
        let Some(before) = first.checked_sub(1 + usize::from(first > 0 && view.key(first - 1) == "the"))
        else {
            return false;
        };
        if !place || before == 0 {
            return false;
        }
        let title_of = view.key(before) == "of" && view.in_any(&self.titles, before - 1);
        let group_in = view.in_any(&self.locative, before) && view.in_any(&self.armed, before - 1);
        title_of || group_in
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

    /// Whether the mention ending at sentence position `end` ends with a
    /// word of `mask`, or has one right after it ("Chilean civilians", "an
    /// Australian journalist").
    fn names_at(&self, view: &SentenceView<'_, '_>, end: usize, mask: &[u64]) -> bool {
        view.in_any(mask, end - 1) || view.in_any(mask, end)
    }

    /// Whether the mention at sentence positions `first..end` is named as
    /// sportspeople or a sports body: a sports word right after it, or
    /// after its possessive ("Russian players", "Kenya's athletics body"),
    /// or right before it ("runner Ann Vega").
    fn sportspeople(&self, view: &SentenceView<'_, '_>, first: usize, end: usize) -> bool {
        let after = if end < view.len() && view.key(end) == "'s" {
            end + 1
        } else {
            end
        };
        // (Not a sports word inside the mention: "the Arab League" is no
        // league of sports.)
        view.in_any(&self.sports, after) || first.checked_sub(1).is_some_and(|b| view.in_any(&self.sports, b))
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
                !self.names_at(view, end, &self.armed) && !self.names_at(view, end, &self.persons)
            }
            EntityType::Organization => entity.entry().attribute("category") != Some("armed_group"),
            _ => false,
        }
    }

    /// Whether an attack is one in words: a person or a newsroom attacks a
    /// person, with no weapon, by a word of `verbal_attack` between them.
    fn in_words(
        &self,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
        object_role: Option<&str>,
    ) -> bool {
        let mut doer = None;
        let mut target = None;
        for arg in args {
            let Some(entity) = arg.entity.and_then(|e| view.entities.get(e)) else {
                continue;
            };
            match entity.entity_type() {
                EntityType::Weapon => return false,
                _ if Some(arg.role) == object_role => target = arg.entity,
                _ => doer = arg.entity,
            }
        }
        let (Some(doer), Some(target)) = (doer, target) else {
            return false;
        };
        let speaker = |e: &Entity<'_>| match e.entity_type() {
            EntityType::Person => true,
            EntityType::Organization => e.entry().attribute("category") == Some("news"),
            _ => false,
        };
        if !speaker(&view.entities[doer]) || view.entities[target].entity_type() != EntityType::Person {
            return false;
        }
        let (Some(a), Some(b)) = (mention_span(view, doer), mention_span(view, target)) else {
            return false;
        };
        let between = if a.1 <= b.0 { a.1..b.0 } else { b.1..a.0 };
        between
            .into_iter()
            .any(|pos| view.in_any(&self.verbal_attack, pos))
    }

    /// Whether a relation with a title role gives the head of state or
    /// government of a country named by its capital ("the Madrid president
    /// Ana Ruiz"): the title's last word is a `head_of_state_title` and
    /// the country's mention is its capital.
    fn capital_head(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        let capital = args.iter().any(|a| {
            a.entity.and_then(|e| view.entities.get(e)).is_some_and(|e| {
                e.entity_type() == EntityType::Country && e.alias_kind() == AliasKind::Capital
            })
        });
        capital && title_ends_in(relation, view, args, &self.head_title)
    }

    /// Whether a relation with a title role reads the next item of a list
    /// as an apposition: the person follows a `list_opener` at most
    /// `LIST_REACH` words before it ("dignitaries including Ann Vega, the
    /// King of Peru and ..."), and the title phrase after the comma is a
    /// complete reference of its own ("the" title "of" the organization)
    /// that a `list_joiner` ends. Bounded looks around the mentions only.
    fn listed_title(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        const LIST_REACH: usize = 12;
        let span_of = |t: EntityType| {
            args.iter()
                .filter_map(|a| a.entity)
                .find(|&e| view.entities.get(e).is_some_and(|x| x.entity_type() == t))
                .and_then(|e| mention_span(view, e))
        };
        let org = args
            .iter()
            .find(|a| relation.role(a.role).is_some_and(|r| r.name == "organization"));
        let (Some((first, end)), Some((_, org_end))) = (
            span_of(EntityType::Person),
            org.and_then(|a| a.entity).and_then(|e| mention_span(view, e)),
        ) else {
            return false;
        };
        // ", the King of Belgium and": a definite title with "of" its
        // organization, then a word that joins the list.
        if end + 2 >= org_end
            || view.key(end) != ","
            || view.key(end + 1) != "the"
            || !(end + 2..org_end).any(|pos| view.key(pos) == "of")
            || !view.in_any(&self.list_joiner, org_end)
        {
            return false;
        }
        (first.saturating_sub(LIST_REACH)..first).any(|pos| view.in_any(&self.list_opener, pos))
    }

    /// Whether a relation with a title role gives a spacecraft crew's post
    /// ("Russian commander Ann Vega" in a sentence about a space station):
    /// the title's last word is a `crew_title` and the sentence has a
    /// `space_word`.
    fn crew_in_space(
        &self,
        relation: &RelationSchema,
        view: &SentenceView<'_, '_>,
        args: &[Argument<'_>],
    ) -> bool {
        title_ends_in(relation, view, args, &self.crew_title)
            && (0..view.len()).any(|pos| view.in_any(&self.space, pos))
    }
}

/// Whether a relation's title (its text role) ends in a word of `class`.
fn title_ends_in(
    relation: &RelationSchema,
    view: &SentenceView<'_, '_>,
    args: &[Argument<'_>],
    class: &[u64],
) -> bool {
    args.iter().any(|a| {
        a.entity.is_none()
            && relation.role(a.role).is_some_and(|r| r.types == TEXT)
            && last_token(view, a.span).is_some_and(|pos| view.in_any(class, pos))
    })
}

/// Whether mention `e` at sentence position `first` is a demonym counted
/// as people ("two Palestinians", "3 Afghans", "dozens of Iraqis"): a
/// number (a digit or a `number_word`) right before it, or before "of".
fn counted_people(view: &SentenceView<'_, '_>, first: usize, e: usize) -> bool {
    // (A plural: "two Malian towns" counts towns, "two Swiss banks" banks.)
    let demonym = view.entities.get(e).is_some_and(|x| {
        x.entity_type() == EntityType::Country
            && x.alias_kind() == AliasKind::Demonym
            && x.text().ends_with('s')
            && !x.text().ends_with("ss")
    });
    let number = |pos: usize| {
        view.key(pos).starts_with(|c: char| c.is_ascii_digit()) || view.in_named("number_word", pos)
    };
    let before = match first.checked_sub(1) {
        Some(b) if view.key(b) == "of" => b.checked_sub(1),
        b => b,
    };
    demonym && before.is_some_and(number)
}

/// Whether a mention is a country named by a demonym or an agent noun
/// ("Afghan", "Afghan officials"), which may name people.
fn people_mention(entity: &Entity<'_>) -> bool {
    entity.entity_type() == EntityType::Country
        && matches!(entity.alias_kind(), AliasKind::Demonym | AliasKind::Agent)
}

/// Whether mention `e` is a body of water (a location whose entry has
/// `category=water`: "the Red Sea", "the Strait of Hormuz"): where a ship
/// was struck, not a target.
fn water(view: &SentenceView<'_, '_>, e: usize) -> bool {
    view.entities.get(e).is_some_and(|x| {
        x.entity_type() == EntityType::Location
            && !x.is_inferred()
            && x.entry().attribute("category") == Some("water")
    })
}

/// Whether mention `e`, ending at sentence position `end`, is a company or
/// a maker of weapons (`category=company`, `makes=weapons`) named right
/// before a weapon ("Raytheon missiles", "Lockheed's jets"): it made the
/// weapon, and is not who fired it. (One or two tokens ahead.)
fn maker_of_weapon(view: &SentenceView<'_, '_>, e: usize, end: usize) -> bool {
    let Some(x) = view.entities.get(e) else {
        return false;
    };
    if x.entity_type() != EntityType::Organization
        || !(x.entry().attribute("category") == Some("company")
            || x.entry().attribute("makes") == Some("weapons"))
    {
        return false;
    }
    let at = if end < view.len() && view.key(end) == "'s" {
        end + 1
    } else {
        end
    };
    view.covered_by.get(at).copied().flatten().is_some_and(|w| {
        view.entities
            .get(w)
            .is_some_and(|w| w.entity_type() == EntityType::Weapon)
    })
}

/// The sentence positions (first, end) of the tokens of mention `e`.
/// Only the tokens its span starts (found by binary search, as
/// `mark_mentions` finds them) can be covered by it: the scan stays there,
/// not over the whole sentence, for each argument of each relation.
/// The mention's own token range is where that search lands, and is taken
/// when two comparisons confirm it: a search cost some sixty instructions
/// a call, and a sentence thick with relations asks it for each argument
/// of each candidate (a quarter of a million times in a megabyte).
pub(super) fn mention_span(view: &SentenceView<'_, '_>, e: usize) -> Option<(usize, usize)> {
    let entity = view.entities.get(e)?;
    let span = entity.span;
    let toks = &view.tokens.tokens()[view.first..view.first + view.len()];
    let a = boundary(toks, entity.tokens.start as usize, view.first, span.start);
    let b = boundary(toks, entity.tokens.end as usize, view.first, span.end).min(view.covered_by.len());
    let first = a + view.covered_by.get(a..b)?.iter().position(|&c| c == Some(e))?;
    let end = first
        + view.covered_by[first..b]
            .iter()
            .take_while(|&&c| c == Some(e))
            .count();
    Some((first, end))
}

/// The first of `toks` (sentence positions) that starts at or after byte
/// `at`, as a binary search finds it; the document token `hint` (less
/// `first`, the sentence's first token) is taken when it is that one.
fn boundary(toks: &[Token], hint: usize, first: usize, at: usize) -> usize {
    if let Some(h) = hint.checked_sub(first).filter(|&h| h <= toks.len()) {
        let starts_after = toks.get(h).is_none_or(|t| t.span.start >= at);
        let before_starts_before = h == 0 || toks[h - 1].span.start < at;
        if starts_after && before_starts_before {
            return h;
        }
    }
    toks.partition_point(|t| t.span.start < at)
}

/// The sentence position of the last token that ends within `span`,
/// found by binary search (tokens are in text order and do not overlap),
/// not by a scan of the sentence for each relation.
fn last_token(view: &SentenceView<'_, '_>, span: Span) -> Option<usize> {
    let toks = &view.tokens.tokens()[view.first..view.first + view.len()];
    let after = toks.partition_point(|t| t.span.start < span.end);
    let last = after.checked_sub(1)?;
    let t = &toks[last];
    if t.span.end <= span.end && t.span.start >= span.start {
        Some(last)
    } else {
        // The token straddles the span's end: the one before it, if it is
        // inside the span.
        let before = last.checked_sub(1)?;
        let t = &toks[before];
        (t.span.end <= span.end && t.span.start >= span.start).then_some(before)
    }
}

/// Whether an attack is one between rivals in trade: every actor is an
/// organization of category `company` and no weapon is named ("an assault
/// from Acme Corp. on its rival's market").
fn between_companies(view: &SentenceView<'_, '_>, args: &[Argument<'_>]) -> bool {
    let mut companies = 0;
    for entity in args
        .iter()
        .filter_map(|a| a.entity.and_then(|e| view.entities.get(e)))
    {
        let company = entity.entity_type() == EntityType::Organization
            && entity.entry().attribute("category") == Some("company");
        if !company {
            return false;
        }
        companies += 1;
    }
    companies >= 2
}

/// Whether country mention `e` is one half of a community's name made of
/// two countries' words with no hyphen ("Bosnian Serb", "Turkish Cypriot",
/// "Kosovo Albanian", "Iraqi Kurdish"): the second, a demonym, names a
/// people living in the first's land ("Bosnian Serb": Serbs of Bosnia), or
/// the first names the people and the second the land ("Turkish Cypriot":
/// Cypriots of Turkish descent), and the words alone do not say which. The
/// pair names neither state ("Bosnian Serb Prime Minister" is Republika
/// Srpska's, not Serbia's; "Turkish Cypriot leader" is not Turkey's), so
/// neither half fills a role. ("US-Iraqi forces" is two states, hyphened;
/// a name first only at the start of its phrase: "in Syria Russian jets"
/// is two mentions.)
fn in_community_name(view: &SentenceView<'_, '_>, e: usize) -> bool {
    let country = |x: usize| {
        view.entities
            .get(x)
            .filter(|m| m.entity_type() == EntityType::Country)
    };
    let Some(this) = country(e) else {
        return false;
    };
    let Some((first, end)) = mention_span(view, e) else {
        return false;
    };
    // (The second half: a demonym, or an agent noun led by one.)
    let second = |m: &Entity<'_>| matches!(m.alias_kind(), AliasKind::Demonym | AliasKind::Agent);
    // (The first half: a demonym, or a name that opens its phrase.)
    let first_half = |m: &Entity<'_>, at: usize| match m.alias_kind() {
        AliasKind::Demonym => true,
        AliasKind::Name => at
            .checked_sub(1)
            .is_none_or(|b| matches!(view.key(b), "the" | "a" | "an" | "," | "-" | "(" | "\"" | ":")),
        _ => false,
    };
    let other = |pos: usize| {
        view.covered_by
            .get(pos)
            .copied()
            .flatten()
            .filter(|&o| o != e)
            .and_then(|o| Some((o, country(o)?)))
    };
    if let Some((o, before)) = first.checked_sub(1).and_then(other) {
        if second(this) && before.id() != this.id() {
            if let Some((start, _)) = mention_span(view, o) {
                if first_half(before, start) {
                    return true;
                }
            }
        }
    }
    if let Some((_, after)) = other(end) {
        if second(after) && after.id() != this.id() && first_half(this, first) {
            return true;
        }
    }
    false
}

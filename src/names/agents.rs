//! A country with an agent noun ("Ruritanian troops", "Peru's police"):
//! a mention of the country that stands for its forces or officials, as
//! PETRARCH's agents do.

use super::{features::*, Doc, Shape, What, AGENTS};
use std::collections::HashMap;
use std::ops::Range;

use crate::entity::{AliasKind, EntityType, EntryRef, EvidenceKind};
use crate::fxhash::FxBuild;
use crate::words::{key_hash, Lexicon};

/// The most words of an agent phrase ("military intelligence officials").
const MAX_AGENT_WORDS: usize = 3;

impl<'a> Doc<'_, 'a> {
    /// Merges each country mention with the agent nouns right after it,
    /// and gives a gazetteer body of one government named after another
    /// country to that country.
    pub(super) fn agents(&mut self) {
        let mentions = self.mentions;
        // The sentences that name a weapon.
        let mut armed: Vec<usize> = Vec::new();
        // The sentences that name a maker of weapons.
        let mut makers: Vec<usize> = Vec::new();
        for (m, e) in mentions.iter().enumerate() {
            let (first, t) = (e.tokens.start as usize, e.tokens.end as usize);
            let s = e.sentence();
            match e.entity_type() {
                EntityType::Organization => {
                    self.force_platform(m);
                    if e.entry.attribute("makes") == Some("weapons") && makers.last() != Some(&s) {
                        makers.push(s);
                    }
                }
                EntityType::Country => {}
                // "Chechen rebel leader", "Darfur rebel commander": a
                // region's people or a region's name too.
                EntityType::Location => {
                    let end = self.tokens.sentences()[s].tokens.end;
                    self.armed_group_before_post(m, s, end, None);
                    continue;
                }
                EntityType::Weapon => {
                    self.system_before_class(s, m);
                    // "9M133 missiles": a designation before a weapon word;
                    // "the Vortan, a German cruise missile": a name in
                    // apposition, with a country's adjective before the word.
                    if first > 0
                        && self.toks[first].space_before()
                        && (self.free(first - 1)
                            || self.mention_at(first - 1).is_some_and(|c| {
                                c.entity_type() == EntityType::Country && c.alias_kind == AliasKind::Demonym
                            }))
                        && self.toks[first - 1].is_word()
                    {
                        let range = self.tokens.sentences()[s].tokens.clone();
                        self.designation_before(s, first, range.clone());
                        self.name_before_class(s, m, range);
                    }
                    if armed.last() != Some(&s) {
                        armed.push(s);
                    }
                    continue;
                }
                _ => continue,
            }
            let range = self.tokens.sentences()[s].tokens.clone();
            // "the Russian Ministry of Defence" is not the gazetteer's British
            // one: an organization of another country's government, named
            // after a country, is that country's.
            if let Some(other) = self.foreign_body(first, t, e, range.start) {
                let evidence = self.evidence(EvidenceKind::HeadWord, first..t);
                let what = What::Organization {
                    country: Some(other),
                    category: "gov",
                };
                self.guess(first..t, m..m + 1, s, what, evidence);
                continue;
            }
            let (EntryRef::Known(country), EntityType::Country) = (&e.entry, e.entity_type()) else {
                continue;
            };
            if matches!(e.alias_kind, AliasKind::Capital | AliasKind::Seat) {
                continue;
            }
            let mut j = t;
            if e.alias_kind != AliasKind::Demonym && j < range.end && self.free(j) && self.key(j) == "'s" {
                j += 1;
            }
            // A portfolio or rank in lower case before the agent word: "the
            // Chilean defence ministry", "Peru's senior officials".
            let mut k = j;
            while k < range.end
                && k - j < 2
                && self.free(k)
                && !self.toks[k].is_capitalized()
                && self.has(k, F_TITLE_MODIFIER)
            {
                k += 1;
            }
            let direct = (j < range.end && self.free(j) && self.has(j, F_AGENT_NOUN))
                .then(|| self.agent_phrase(j, range.end))
                .flatten();
            let modified = || {
                (k > j && k < range.end && self.free(k) && self.has(k, F_AGENT_NOUN))
                    .then(|| self.agent_phrase(k, range.end))
                    .flatten()
            };
            let Some((end, agent)) = direct.or_else(modified) else {
                if e.alias_kind == AliasKind::Demonym {
                    self.armed_group_before_post(m, s, range.end, Some(&country.id));
                }
                continue;
            };
            let j = if direct.is_some() { j } else { k };
            // "Belarus's state airline", "Russia's state oil company": an
            // agent word that qualifies the noun after it (state-owned) is no
            // agent; the firm is not the state.
            if end == j + 1
                && self.is(j, self.c.attributive_agent)
                && end < range.end
                && self.free(end)
                && self.toks[end].is_word()
                && !self.toks[end].is_capitalized()
                && !self.has(end, F_MINOR_WORD)
                && !self.tensed_verb(end)
            {
                continue;
            }
            // "the Russian Ministry of Defence" is an organization, which the
            // runs find; so is a capitalized agent word in running text
            // unless it names the country's forces or government ("the
            // Ruritanian Navy", "Peru's Armed Forces" are the country, as the
            // gazetteer has it).
            if end < range.end && self.key(end) == "of" {
                continue;
            }
            // ("Saudi Arabian Military Industries", "the Pakistan Military
            // Academy": a capitalized agent word before a head word is the
            // name's.)
            // (In running text: a headline capitalizes the verb after it,
            // "Israeli Fighters Force Jet To Land".)
            if self.toks[j].is_capitalized()
                && end < range.end
                && self.free(end)
                && self.toks[end].is_capitalized()
                && self.has(end, F_ORG_HEAD)
                && self.shape(range.clone()) == Shape::Text
            {
                continue;
            }
            if self.toks[j].is_capitalized()
                && !matches!(agent, "military" | "government" | "police" | "legislature")
                && self.shape(range.clone()) == Shape::Text
            {
                continue;
            }
            let evidence = self.evidence(EvidenceKind::Agent, j..end);
            self.guess(first..end, m..m + 1, s, What::Agent { country, agent }, evidence);
        }
        // (Before the platforms, which would take "Lynx vehicles"'s noun.)
        if !makers.is_empty() {
            makers.extend_from_slice(&armed);
            makers.sort_unstable();
            makers.dedup();
        }
        for &s in if makers.is_empty() { &armed } else { &makers } {
            self.names_before_nouns(s);
        }
        self.armed_platforms(armed);
        self.groups_before_agents();
    }

    /// "arms maker Roketsan", "the defence firm Nammo": one or two
    /// capitalized words at `t` right after a noun of companies
    /// (`company_noun`) in lower case name a company, of the country before
    /// the noun ("Turkish arms maker Roketsan"). Not a given name ("the
    /// firm Ana Ruiz founded"), a word that is no name, a title or a head
    /// word (the runs read "the firm Acme Holdings"), nor words followed by
    /// another capitalized word (a longer name). Returns where the name
    /// ends.
    #[inline(never)]
    pub(super) fn company_after_noun(&mut self, s: usize, t: usize, range: Range<usize>) -> Option<usize> {
        let noun = t - 1;
        // (Not the end of a compound: "the film-maker Wood".)
        let joined = noun > range.start && !self.toks[noun].space_before();
        if joined || self.toks[noun].is_capitalized() || !self.toks[t].space_before() {
            return None;
        }
        let word_ok = |d: &Self, j: usize| {
            j < range.end
                && d.free(j)
                && d.toks[j].is_word()
                && d.toks[j].is_capitalized()
                && d.toks[j].space_before()
                && d.word(j).chars().count() >= 2
                && !d.has(
                    j,
                    F_GIVEN_NAME | F_NOT_A_NAME | F_PERSON_TITLE | F_ORG_HEAD | F_MINOR_WORD | F_CALENDAR,
                )
        };
        let mut end = t;
        while end < t + 2 && word_ok(self, end) {
            end += 1;
            // "Almaz-Antey": words joined by a hyphen.
            if end + 1 < range.end
                && self.is_byte(end, b'-')
                && !self.toks[end].space_before()
                && !self.toks[end + 1].space_before()
                && self.free(end + 1)
                && self.toks[end + 1].is_capitalized()
            {
                end += 2;
            }
        }
        let open = end >= range.end || !self.toks[end].is_word() || !self.toks[end].is_capitalized();
        if end == t || !open {
            return None;
        }
        let country = self.country_before(noun, range.start);
        let evidence = self.evidence(EvidenceKind::HeadWord, noun..t);
        let what = What::Organization {
            country,
            category: "company",
        };
        self.guess(t..end, 0..0, s, what, evidence);
        Some(end)
    }

    /// "the Fano militia": one capitalized word at `t` (with features `f`)
    /// between "the" and a noun of armed groups in lower case
    /// (`group_noun`) names an armed group, in running text. Not a word
    /// that is no name, a title, a given name, a date or a frequent word
    /// of the language ("the Local militia"); a faith's or a people's
    /// adjective the lists hold is a mention already ("the Kurdish
    /// militia"). Returns where the name ends.
    #[inline(never)]
    pub(super) fn group_before_noun(
        &mut self,
        s: usize,
        t: usize,
        f: u32,
        range: Range<usize>,
    ) -> Option<usize> {
        let ok = t > range.start
            && t + 1 < range.end
            && self.free(t - 1)
            && self.key(t - 1) == "the"
            && self.free(t + 1)
            && self.is(t + 1, self.c.group_noun)
            && !self.toks[t + 1].is_capitalized()
            && self.toks[t].is_word()
            && !self.all_caps(t)
            && self.word(t).chars().count() >= 3
            && f & (F_GIVEN_NAME | F_NOT_A_NAME | F_PERSON_TITLE | F_ORG_HEAD | F_MINOR_WORD | F_CALENDAR)
                == 0
            && !self.common(t)
            && !self.lexicon_word(t);
        if !ok {
            return None;
        }
        let evidence = self.evidence(EvidenceKind::HeadWord, t + 1..t + 2);
        let what = What::Organization {
            country: None,
            category: "armed_group",
        };
        self.guess(t..t + 1, 0..0, s, what, evidence);
        Some(t + 1)
    }

    /// "the 47th Mechanized Brigade", "Russia's 155th Brigade": an ordinal
    /// right before the name of a unit whose head word at `last` is a
    /// force's (`org_force`) is the name's first word; where the name that
    /// starts at `a` then starts, in a sentence from `first`.
    pub(super) fn unit_ordinal(&self, a: usize, last: usize, first: usize) -> usize {
        if a <= first || !self.free(a - 1) || !self.toks[a].space_before() {
            return a;
        }
        let word = self.word(a - 1);
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = (1..=4).contains(&digits) && matches!(&word[digits..], "st" | "nd" | "rd" | "th");
        let force = self
            .c
            .org_kinds
            .iter()
            .any(|&(class, kind)| kind == "military" && self.is(last, class));
        if ordinal && force {
            a - 1
        } else {
            a
        }
    }

    /// "Chechen rebel leader Shamil Basayev", "Sudanese paramilitary
    /// commander": the demonym mention `m`, an armed-group word in lower
    /// case (`armed_group_modifier`) and a post of `armed_group_post` after
    /// it, before a capitalized word, name the nationality's armed group, an organization of the two
    /// words (of `country`), whose post the person holds. Looks at the two
    /// tokens after the mention only.
    fn armed_group_before_post(&mut self, m: usize, s: usize, end: usize, country: Option<&'a str>) {
        let e = &self.mentions[m];
        let (first, j) = (e.tokens.start as usize, e.tokens.end as usize);
        let post = j + 1;
        // (A name after the post: "Sudanese paramilitary commander
        // sanctioned" names no one, and the country stays.)
        if post + 1 < end
            && self.toks[post + 1].is_word()
            && self.toks[post + 1].is_capitalized()
            && self.free(j)
            && self.free(post)
            && !self.toks[j].is_capitalized()
            && !self.toks[post].is_capitalized()
            && self.is(j, self.c.armed_group_modifier)
            && self.is(post, self.c.armed_group_post)
        {
            let evidence = self.evidence(EvidenceKind::HeadWord, first..post);
            let what = What::Organization {
                country,
                category: "armed_group",
            };
            self.guess(first..post, m..m + 1, s, what, evidence);
        }
    }

    /// An acronym or a short code the lists lack, right before a plural
    /// noun of armed groups, names an armed group: "M23 rebels", "JNIM
    /// militants" (the mention is the acronym alone). Words that are no
    /// acronym ("Kurdish fighters", "Islamist militants") and all-capital
    /// headlines are left alone.
    fn groups_before_agents(&mut self) {
        let Some(rebel) = AGENTS.iter().position(|&(class, _)| class == "agent_rebel") else {
            return;
        };
        if self.doc_feats & F_AGENT_NOUN == 0 {
            return;
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (s, sentence) in self.tokens.sentences().iter().enumerate() {
            let range = sentence.tokens.clone();
            for t in super::tokens_with(&self.tf, range.start + 1..range.end, F_AGENT_NOUN) {
                let a = t - 1;
                let tok = &self.toks[t];
                if !(self.free(a) && self.free(t) && tok.space_before() && !tok.is_capitalized())
                    || self.names.agents.words.get(&tok.word()) != Some(&(rebel as u8))
                    || !self.acronym(a)
                {
                    continue;
                }
                if self.shape(range.clone()) == Shape::Text {
                    found.push((a, s));
                }
            }
        }
        for (a, s) in found {
            let evidence = self.evidence(EvidenceKind::Agent, a..a + 2);
            let what = What::Organization {
                country: None,
                category: "armed_group",
            };
            self.guess(a..a + 1, 0..0, s, what, evidence);
        }
    }

    /// Whether token `t` is written as an acronym or a code: two to six
    /// capital letters and digits that open with a letter ("JNIM", "M23").
    fn acronym(&self, t: usize) -> bool {
        let w = self.word(t).as_bytes();
        (2..=6).contains(&w.len())
            && w[0].is_ascii_uppercase()
            && w.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    }

    /// For a gazetteer organization of one country's government (tokens
    /// `first..end`) right after a mention of another country: that other
    /// country.
    fn foreign_body(
        &self,
        first: usize,
        end: usize,
        e: &crate::entity::Entity<'a>,
        start: usize,
    ) -> Option<&'a str> {
        if e.entity_type() != EntityType::Organization || end - first < 2 || first <= start {
            return None;
        }
        // A mention right before it, or before its "'s": cheap to ask first.
        let before = if self.key(first - 1) == "'s" {
            first.checked_sub(2)?
        } else {
            first - 1
        };
        if before < start
            || self
                .mention_at(before)
                .is_none_or(|m| m.entity_type() != EntityType::Country)
        {
            return None;
        }
        let own = e.entry.attribute("country")?;
        if !matches!(
            e.entry.attribute("category"),
            Some("gov" | "military" | "intelligence")
        ) {
            return None;
        }
        self.country_before(first, start).filter(|&c| c != own)
    }

    /// The agent words from `j` on, and the agent of the first: the longest
    /// agent word or phrase, then any more agent words ("military
    /// personnel").
    fn agent_phrase(&self, j: usize, end: usize) -> Option<(usize, &'static str)> {
        let table = &self.names.agents;
        let mut at = j;
        let mut agent = None;
        while at < end && at - j < MAX_AGENT_WORDS && self.free(at) {
            // Phrases first ("armed forces", "security forces"), longest first.
            let phrase = table.phrases.get(self.key(at)).and_then(|list| {
                list.iter()
                    .filter(|(words, _)| {
                        at + words.len() <= end && (at..at + words.len()).all(|t| self.free(t))
                    })
                    .find(|(words, _)| words.iter().zip(at..).all(|(w, t)| **w == *self.key(t)))
                    .map(|(words, a)| (words.len(), *a))
            });
            let found = phrase.or_else(|| table.words.get(&self.toks[at].word()).map(|&a| (1, a)));
            let Some((len, a)) = found else {
                break;
            };
            agent.get_or_insert(a);
            at += len;
        }
        agent.map(|a| (at, AGENTS[a as usize].1))
    }
}

/// The agent nouns by word id, and the agent phrases by their first word
/// (longest first), each with its agent (an index into `AGENTS`): the
/// classes of `rules/names/agents.rules`, arranged so that a country
/// mention asks one hash lookup.
#[derive(Clone, Debug, Default)]
pub(super) struct AgentTable {
    words: HashMap<u32, u8, FxBuild>,
    phrases: HashMap<Box<str>, Vec<AgentPhrase>, FxBuild>,
}

/// The words of an agent phrase, and its agent.
type AgentPhrase = (Box<[Box<str>]>, u8);

impl AgentTable {
    pub(super) fn new(lexicon: &Lexicon, agents: &[(usize, &'static str)]) -> AgentTable {
        let classes = lexicon.classes();
        let mut table = AgentTable::default();
        // Each word once: the first agent class that holds it, the lowest
        // of its agents' bits (there are fewer than 64 agents).
        let bits: Vec<(usize, u64)> = agents
            .iter()
            .enumerate()
            .map(|(a, &(class, _))| (class, 1u64.checked_shl(a as u32).unwrap_or(0)))
            .collect();
        let of_row = classes.row_bits(&bits);
        for (key, row) in classes.words().entries() {
            let held = of_row[row as usize];
            if held != 0 {
                let id = lexicon.id(key.as_bytes(), key_hash(key.as_bytes()));
                table.words.insert(id, held.trailing_zeros() as u8);
            }
        }
        for (a, &(class, _)) in agents.iter().enumerate() {
            for phrase in classes.phrases(class) {
                let Some(first) = phrase.first() else {
                    continue;
                };
                let list = table.phrases.entry(first.clone()).or_default();
                if !list.iter().any(|(p, _)| p == phrase) {
                    list.push((phrase.clone(), a as u8));
                }
            }
        }
        for list in table.phrases.values_mut() {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        table
    }
}

impl<'a> Doc<'_, 'a> {
    /// Places that are no actor where they stand, dropped: a place right
    /// before an event word ("the U.S. Open", "the Monaco Grand Prix") or
    /// after one and "of" ("the Tour of Peru") names the event; a country
    /// before "$" names its currency ("US$ 5"); a capital right before a
    /// capitalized word in running text is the first word of a name ("Paris
    /// St Germain", "Lima Carnival"), which the runs explain when they can.
    /// A country joined by a hyphen to a lower-case word ("U.S.-led",
    /// "Iraq-bound") or after "pro-" qualifies a noun: its mention becomes
    /// an adjective ([`AliasKind::Demonym`]).
    pub(super) fn events(&mut self) {
        let mentions = self.mentions;
        for (m, e) in mentions.iter().enumerate() {
            if e.entity_type() == EntityType::Weapon {
                self.weapon_modifier(m);
                continue;
            }
            let place = matches!(e.entity_type(), EntityType::Country | EntityType::Location)
                && !matches!(e.alias_kind(), AliasKind::Demonym | AliasKind::Agent);
            if !place {
                continue;
            }
            let (first, next) = (e.tokens.start as usize, e.tokens.end as usize);
            let sentence = self.tokens.sentences()[e.sentence()].tokens.clone();
            // "the Gulf of Guinea", "the Bay of Bengal": a sea or a cape,
            // not the country, and not the Gulf region either.
            if first >= sentence.start + 2
                && self.key(first - 1) == "of"
                && self.is(first - 2, self.c.place_feature)
                && self.toks[first - 2].is_capitalized()
            {
                self.dropped.push(m);
                if let Some(f) = self.mention_index(first - 2) {
                    self.dropped.push(f);
                }
                continue;
            }
            let after = (next < sentence.end && self.free(next)).then_some(next);
            let joined = after.filter(|&n| !self.toks[n].space_before());
            let spaced = after.filter(|&n| self.toks[n].space_before() && self.toks[n].is_capitalized());
            let event_after = spaced.is_some_and(|n| self.is(n, self.c.event_word));
            let currency = joined.is_some_and(|n| self.is_byte(n, b'$'));
            let name_after =
                e.alias_kind() == AliasKind::Capital && spaced.is_some_and(|n| self.in_name_after_place(n));
            // (The shape last: it reads the sentence.)
            let named = name_after && self.shape(sentence.clone()) == Shape::Text;
            if event_after || currency || self.event_before(first, sentence.start) || named {
                self.dropped.push(m);
            } else if e.entity_type() == EntityType::Country {
                self.compound(m, first, next, sentence);
            }
        }
    }

    /// Whether the capitalized word `t` after a capital goes on a name
    /// ("Paris St Germain", "Lima Carnival"), rather than being a word of
    /// its own: no title ("Lima Mayor Ann Smith"), day, month or compass
    /// word, no sentence word, no digits, and no word in capitals, which
    /// names a market or index of the city ("Lima SE-25").
    fn in_name_after_place(&self, t: usize) -> bool {
        if !self.capital_word(t)
            || self.all_caps(t)
            || self.has(t, F_CALENDAR | F_NAME_STOP | F_MINOR_WORD | F_PARTICLE)
        {
            return false;
        }
        // A title's modifiers go on to the title ("Lima Deputy Mayor"), or
        // to a name ("Lima District Court").
        let mut j = t;
        while j < self.toks.len()
            && self.free(j)
            && self.has(j, F_TITLE_MODIFIER)
            && !self.has(j, F_PERSON_TITLE)
        {
            j += 1;
        }
        j >= self.toks.len()
            || !self.free(j)
            || !self.toks[j].is_capitalized()
            || !self.has(j, F_PERSON_TITLE)
    }

    /// Whether the place at `first` follows an event word and "of" ("the
    /// Tour of Peru", "the Tour of the Netherlands").
    fn event_before(&self, first: usize, start: usize) -> bool {
        let mut j = first;
        if j > start && self.free(j - 1) && self.key(j - 1) == "the" {
            j -= 1;
        }
        j >= start + 2
            && self.free(j - 1)
            && self.key(j - 1) == "of"
            && self.free(j - 2)
            && self.toks[j - 2].is_capitalized()
            && self.is(j - 2, self.c.event_word)
    }

    /// "U.S.-led", "Iraq-bound", "pro-Moscow": the country mention `m`
    /// (tokens `first..next`) joined by a hyphen to a lower-case word after
    /// it, or after a prefix of `adjective_prefix`, becomes an adjective.
    fn compound(&mut self, m: usize, first: usize, next: usize, sentence: std::ops::Range<usize>) {
        let glued = |d: &Self, t: usize| !d.toks[t].space_before();
        let hyphen_after = next + 1 < sentence.end
            && glued(self, next)
            && self.is_byte(next, b'-')
            && glued(self, next + 1)
            && self.free(next + 1)
            && self.toks[next + 1].is_word()
            && !self.toks[next + 1].is_capitalized();
        let prefix_before = first >= sentence.start + 2
            && glued(self, first)
            && self.is_byte(first - 1, b'-')
            && glued(self, first - 1)
            && self.free(first - 2)
            && self.is(first - 2, self.c.adjective_prefix);
        if !(hyphen_after || prefix_before) {
            return;
        }
        let mentions = self.mentions;
        let EntryRef::Known(entry) = &mentions[m].entry else {
            return;
        };
        let toks = if hyphen_after {
            first..next + 2
        } else {
            first - 2..next
        };
        let evidence = self.evidence(EvidenceKind::Compound, toks);
        let what = What::Known {
            entry,
            kind: AliasKind::Demonym,
        };
        self.guess(first..next, m..m + 1, mentions[m].sentence(), what, evidence);
    }
}

//! Document-level names, as GATE's OrthoMatcher finds them: once the
//! document has named someone in full, a shorter mention ("Smith", "Ms
//! Smith", "SMITH" in a headline, "Ann Smith" for "Ann Marie Smith") is the
//! same person, before or after; an acronym introduced in brackets after a
//! name ("(IAEA)") is that organization wherever it stands; and a surname
//! several office-holders share is the one in office on the document's date.
//! Then every guess becomes a mention, the guesses of one name sharing one
//! entry.

use std::collections::HashMap;
use std::ops::Range;

use super::{features::*, inferred_entry, Doc, Made, Shape, Target, What, PLAIN_PERSON};
use crate::entity::{AliasKind, Entity, EntityType, EntryRef, Evidence, EvidenceKind};
use crate::fxhash::FxBuild;
use crate::token::Tokens;

/// The most words of a name looked up in a headline.
const MAX_LOOKUP: usize = 4;
/// The most honorifics before a name ("His Excellency Mr.").
const MAX_HONORIFICS: usize = 3;

/// The most entries a per-document table is made with room for, whatever
/// the count of mentions it is made for (see [`Doc::people_table`]).
pub(super) const MAX_RESERVED: usize = 4096;

/// The most forms a table kept from one document to the next has room for.
const KEPT_TABLE: usize = 256;

/// A form of a name (its keys joined by spaces) and what it names.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    target: Target,
    /// The words of the full name the form comes from: a longer name wins
    /// ("Smith" is Ann Smith, not Gen. Smith of the same document).
    words: usize,
    /// Two names of as many words share the form.
    ambiguous: bool,
    /// The hash of the full name's keys: two guesses of one name ("Ann
    /// Smith" twice) share their forms without making them ambiguous.
    name: u64,
}

/// Forms of names by the hash of their keys ([`Doc::form_hash`]): a
/// document's table holds a few dozen forms, and hashing the keys of a run
/// costs less than copying them into a string to look up. (Two forms with
/// one 64-bit hash would be taken for one; at a few dozen forms a
/// document, that does not happen.)
pub(super) type Table = HashMap<u64, Slot, FxBuild>;

impl<'a> Doc<'_, 'a> {
    /// Resolves the document-level names; [`Doc::entities`] then makes
    /// every guess a mention.
    pub(super) fn resolve(&mut self) {
        self.full_names();
        let mut acronyms = self.acronyms();
        self.ship_names(&mut acronyms);
        let table = self.people_table();
        self.reconcile(&table);
        self.place_surnames(&table);
        self.document_surnames(&table);
        self.document_names(&table, &acronyms);
        self.keep_table(table);
        self.posted_names();
        self.titles();
        self.descriptions();
        self.anaphors();
        self.pronouns();
    }

    /// "Adebayo Okafor said ... Mr Okafor added": a run of two or three
    /// capitalized words no evidence explained is a person's full name when
    /// its last word is a person of the document found by its surname alone
    /// (by a title, an apposition, an age), or, for two words, when its
    /// last word alone is the subject of a verb of saying ("Kais Saied
    /// dissolved parliament ... Saied said"); that person becomes a short
    /// form of it (see [`reconcile`](Self::reconcile)).
    fn full_names(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut surnames: Vec<(u64, usize)> = Vec::new();
        for (g, guess) in self.guesses.iter().enumerate() {
            let t = guess.toks().start;
            if matches!(guess.what, What::Person { .. })
                && guess.toks().len() == 1
                && self.toks[t].is_capitalized()
                && !self.all_caps(t)
            {
                surnames.push((self.form_hash([t]), g));
            }
        }
        // "Kais Saied dissolved parliament ... Saied said": a word alone
        // before a verb of saying is no person by itself ("Acme said"),
        // but a company or a team is not called by its last word alone, a
        // person by the surname: the full name's person, the speaker its
        // short form.
        let mut speakers: Vec<(u64, usize)> = Vec::new();
        for (run, s, shape) in &self.pending {
            let t = run.start;
            let end = self.tokens.sentences()[*s].tokens.end;
            let first = self.tokens.sentences()[*s].tokens.start;
            // (Not after a capitalized word: "On Thursday Rangers said".)
            let opens = t == first || !self.toks[t - 1].is_word() || !self.toks[t - 1].is_capitalized();
            if *shape == Shape::Text
                && run.len() == 1
                && opens
                && t + 1 < end
                && self.capital_word(t)
                && !self.all_caps(t)
                && self.free(t + 1)
                && !self.toks[t + 1].is_capitalized()
                && self.is(t + 1, self.c.say_verb)
            {
                speakers.push((self.form_hash([t]), t));
            }
        }
        if surnames.is_empty() && speakers.is_empty() {
            return;
        }
        for p in 0..self.pending.len() {
            let (run, s, shape) = self.pending[p].clone();
            if shape != Shape::Text || !(2..=3).contains(&run.len()) || !run.clone().all(|t| self.free(t)) {
                continue;
            }
            let plain = run.clone().all(|t| {
                self.toks[t].is_word()
                    && self.capital_word(t)
                    && !self.all_caps(t)
                    && !self.has(t, F_NO_NAME_PART)
            });
            if !plain {
                continue;
            }
            let last = self.form_hash([run.end - 1]);
            let Some(&(_, g)) = surnames.iter().find(|(key, _)| *key == last) else {
                // (Two words: three are as often an organization's.)
                let speaker = speakers.iter().find(|(key, _)| *key == last);
                // ("the Fiat Powertrain plant ... Powertrain told us": not
                // after "the".)
                let first = self.tokens.sentences()[s].tokens.start;
                let placed = run.start > first
                    && self.free(run.start - 1)
                    && self.has(run.start - 1, F_NOT_BEFORE_NAME);
                if let Some(&(_, t)) = speaker.filter(|_| run.len() == 2 && !placed) {
                    let what = PLAIN_PERSON;
                    let evidence = Evidence {
                        kind: EvidenceKind::Document,
                        text: self.span_text(t..t + 2),
                    };
                    self.guess(run, 0..0, s, what, evidence);
                }
                continue;
            };
            let what = self.guesses[g].what.clone();
            let evidence = Evidence {
                kind: EvidenceKind::Document,
                text: self.span_text(self.guesses[g].toks()),
            };
            self.guess(run, 0..0, s, what, evidence);
        }
    }

    /// The hash of the keys of the tokens `toks`, in order: the form a
    /// [`Table`] is keyed by.
    fn form_hash(&self, toks: impl IntoIterator<Item = usize>) -> u64 {
        let keys = toks.into_iter().map(|t| self.key(t));
        keys_hash_iter(keys)
    }

    /// [`form_hash`](Self::form_hash) of the first one, two, three and
    /// four tokens of `toks` (as many as it has), in one pass over their
    /// keys.
    fn prefix_forms(&self, toks: Range<usize>) -> [u64; MAX_LOOKUP] {
        use std::hash::Hasher;
        let mut forms = [0; MAX_LOOKUP];
        let mut h = rustc_hash::FxHasher::default();
        for (form, t) in forms.iter_mut().zip(toks) {
            write_key(&mut h, self.key(t));
            *form = h.finish();
        }
        forms
    }

    /// The person names of the document (guesses and gazetteer mentions) by
    /// every form a later mention may take: the full name, each tail of it
    /// that starts at a word ("Smith", "al - assad", "marie smith"), and
    /// the first and last words of a longer one ("ann smith").
    fn people_table(&mut self) -> Table {
        let mut table = std::mem::take(&mut self.table);
        table.clear();
        let mut words = std::mem::take(&mut self.name_words);
        self.fill_people_table(&mut table, &mut words);
        self.name_words = words;
        table
    }

    /// The emptied table of the last document, kept for the next one: a
    /// headline that names someone allocated and freed one. (Not a large
    /// one: emptying it would cost each headline its size.)
    fn keep_table(&mut self, mut table: Table) {
        if table.capacity() <= KEPT_TABLE {
            table.clear();
            self.table = table;
        }
    }

    /// Fills [`people_table`](Self::people_table)'s table.
    fn fill_people_table(&self, table: &mut Table, words: &mut Vec<usize>) {
        let people = self
            .guesses
            .iter()
            .enumerate()
            .filter(|(_, g)| matches!(g.what, What::Person { .. }))
            .map(|(i, g)| (Target::Guess(i), g.toks()));
        let known = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, e)| e.entity_type() == EntityType::Person && matches!(e.entry, EntryRef::Known(_)))
            .map(|(m, e)| (Target::Mention(m), e.tokens.start as usize..e.tokens.end as usize));
        // (Room for four forms a name, most names' count, made at once:
        // grown from empty, the table was allocated again at its fourth
        // form and its eighth. None for a document that names no one. The
        // names counted are mentions, and a long document names its people
        // many times: room for `MAX_RESERVED` forms at most, where a list
        // of 450,000 mentions of 15,000 people had 100 MB reserved and
        // written all over for 45,000 forms; beyond, the table grows.)
        let names = people.clone().count() + known.clone().count();
        table.reserve((4 * names).min(MAX_RESERVED));
        for (target, toks) in people.chain(known) {
            words.clear();
            words.extend(toks.clone().filter(|&t| self.is_name_word(t)));
            let n = words.len();
            let Some(&last) = words.last() else {
                continue;
            };
            // "Charles H. Keating IV" is "Keating" for short.
            let end = last + 1;
            let name = self.form_hash(toks.clone());
            add_form(table, name, target, n, name);
            for &w in words.iter() {
                // A surname alone must be a name: not "Minister", "Powers".
                let weak = w == last
                    && (self.key(w).chars().count() < 2
                        || self.has(
                            w,
                            F_COMMON_WORD | F_MINOR_WORD | F_PERSON_TITLE | F_NOT_A_NAME | F_ORG_HEAD,
                        ));
                if !weak {
                    add_form(table, self.form_hash(w..end), target, n, name);
                } else if n >= 2
                    && self.key(w).chars().count() >= 3
                    && !self.has(w, F_PERSON_TITLE | F_MINOR_WORD)
                {
                    // ("Mr Brown", "Ambassador Power": a surname that is a
                    // word, a name only after a title.)
                    add_form(table, titled(self.form_hash(w..end)), target, n, name);
                }
            }
            if n >= 3 {
                add_form(table, self.form_hash([words[0], last]), target, n, name);
            }
            // "Sir Michael" for Michael Fallon: a given name after a
            // knight's title.
            if n >= 2 && !self.has(words[0], F_PERSON_TITLE | F_NOT_A_NAME | F_NAME_OPENER) {
                add_form(table, knighted(self.form_hash([words[0]])), target, n, name);
            }
            // "de Mistura", "von der Leyen": a surname with its particles,
            // as "Mr de Mistura" writes it.
            let particles =
                (toks.start + 1..last).find(|&p| self.has(p, F_PARTICLE) && self.is_name_word(p - 1));
            if let Some(p) = particles.filter(|_| n >= 2) {
                add_form(table, self.form_hash(p..end), target, n, name);
                // "al-Qaduli" for Abd al-Rahman Mustafa al-Qaduli: the
                // particles right before the last word, when another
                // particle opened the first ones (at most three tokens back).
                let mut q = last;
                while q > p
                    && last - q < 3
                    && (self.has(q - 1, F_PARTICLE) || self.is_byte(q - 1, b'-'))
                    && !self.toks[q - 1].is_capitalized()
                {
                    q -= 1;
                }
                if q > p && q < last {
                    add_form(table, self.form_hash(q..end), target, n, name);
                }
            }
            // "Ban Ki-moon", "Park Geun-hye": a given name of two syllables
            // joined by a hyphen, the second in lower case, follows the
            // family name, which a later mention uses alone ("Mr Ban").
            let korean = n >= 3
                && last >= 2
                && self.is_byte(last - 1, b'-')
                && !self.toks[last].is_capitalized()
                && words[n - 2] == last - 2;
            if korean && !self.has(words[0], F_PERSON_TITLE | F_NOT_A_NAME) {
                add_form(table, self.form_hash([words[0]]), target, n, name);
            }
        }
    }

    /// The hashes of the keys of the tokens of every guess and every
    /// person mention of the document, sorted: each form of
    /// [`people_table`](Self::people_table) opens with one of them.
    fn name_first_keys(&self) -> Vec<u64> {
        let people = self
            .mentions
            .iter()
            .filter(|e| e.entity_type() == EntityType::Person)
            .map(|e| e.tokens.start as usize..e.tokens.end as usize);
        let mut keys: Vec<u64> = (self.guesses.iter().map(|g| g.toks()))
            .chain(people)
            .flatten()
            .map(|t| self.form_hash([t]))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// A word of a name: a capitalized word (in any case) or a particle
    /// ("al", "van"), not a hyphen, period or initial.
    fn is_name_word(&self, t: usize) -> bool {
        self.toks[t].is_word()
            && !self.initial(t)
            && !self.has(t, F_PARTICLE)
            && !self.has(t, F_NAME_SUFFIX)
            && !self.has(t, F_NAME_ABBREVIATION)
    }

    /// The hash of the keys of the full name of `target`.
    fn target_name(&self, target: Target) -> u64 {
        match target {
            Target::Guess(g) => self.form_hash(self.guesses[g].toks()),
            Target::Mention(m) => {
                let e = &self.mentions[m];
                self.form_hash(e.tokens.start as usize..e.tokens.end as usize)
            }
        }
    }

    /// Who `target` is, as a hash: the gazetteer entry of a mention (so
    /// that "Haider al-Abadi" and a later "Abadi" hold one title, not two),
    /// else the full name of what it stands for.
    fn holder(&self, target: Target) -> u64 {
        let root = self.root(target);
        match root {
            Target::Mention(m) => match &self.mentions[m].entry {
                EntryRef::Known(entry) => keys_hash(&["\u{0}entry", &entry.id]),
                _ => self.target_name(root),
            },
            Target::Guess(_) => self.target_name(root),
        }
    }

    /// The target `t` stands for, following aliases.
    pub(super) fn root(&self, mut t: Target) -> Target {
        for _ in 0..self.guesses.len() + 1 {
            match t {
                Target::Guess(g) => match self.guesses[g].what {
                    What::Alias { of, .. } => t = of,
                    _ => return t,
                },
                Target::Mention(_) => return t,
            }
        }
        t
    }

    /// Guesses of a person that are a shorter form of another name of the
    /// document ("Gen. Smith" after "Ann Smith") become that name. So does a
    /// titled surname the guess gave to a gazetteer person ("Mr Vega"),
    /// when the document named in full someone the gazetteer does not
    /// hold: the document's own names come first, as for a surname alone.
    fn reconcile(&mut self, table: &Table) {
        for g in 0..self.guesses.len() {
            let known_surname = matches!(
                self.guesses[g].what,
                What::Known {
                    kind: AliasKind::Surname,
                    ..
                }
            );
            if !matches!(self.guesses[g].what, What::Person { .. }) && !known_surname {
                continue;
            }
            let toks = self.guesses[g].toks();
            let words = toks.clone().filter(|&t| self.is_name_word(t)).count();
            let sentence = self.tokens.sentences()[self.guesses[g].sentence()].tokens.start;
            let form = self.form_hash(toks.clone());
            let knight = toks.len() == 1 && self.given_name_title_before(toks.start, sentence);
            let Some(slot) = table.get(&if knight { knighted(form) } else { form }) else {
                continue;
            };
            if slot.ambiguous || slot.words <= words || self.root(slot.target) == Target::Guess(g) {
                continue;
            }
            if known_surname && !matches!(self.root(slot.target), Target::Guess(_)) {
                continue;
            }
            // ("Sir Tobias" is a name of Tobias Ashworth, not a surname.)
            let kind = if words == 1 && !knight {
                AliasKind::Surname
            } else {
                AliasKind::Name
            };
            self.guesses[g].what = What::Alias {
                of: slot.target,
                kind,
            };
        }
    }

    /// "Jordan said" after "Anthony Jordan": a one-word place of the
    /// gazetteer that is the surname of a person the document named in full
    /// is that person, unless a preposition of place is before it ("in
    /// Jordan", "of Jordan") or it opens a results line's brackets.
    fn place_surnames(&mut self, people: &Table) {
        if people.is_empty() {
            return;
        }
        let mentions = self.mentions;
        for (m, e) in mentions.iter().enumerate() {
            let t = e.tokens.start as usize;
            if e.tokens.end as usize != t + 1 || !self.is_place(m) || !self.toks[t].is_capitalized() {
                continue;
            }
            let Some(slot) = people
                .get(&self.form_hash([t]))
                .filter(|sl| !sl.ambiguous && sl.words >= 2)
            else {
                continue;
            };
            let first = self.tokens.sentences()[e.sentence()].tokens.start;
            let placed = t > first && self.is(t - 1, self.c.place_preposition);
            let bracketed = t > first && self.is_byte(t - 1, b'(');
            if placed || bracketed || self.replaced(m) {
                continue;
            }
            self.alias_replacing(
                t..t + 1,
                m..m + 1,
                e.sentence(),
                *slot,
                AliasKind::Surname,
                EvidenceKind::Document,
            );
        }
    }

    /// "Keane accused Vieira" after "Patrick Vieira": a surname alone that
    /// the gazetteer gives to one of its people is the person no gazetteer
    /// holds whom the document named in full with it (the document's own
    /// names come first).
    fn document_surnames(&mut self, people: &Table) {
        let mentions = self.mentions;
        for (m, e) in mentions.iter().enumerate() {
            if e.entity_type() != EntityType::Person || e.alias_kind() != AliasKind::Surname {
                continue;
            }
            let toks = e.tokens.start as usize..e.tokens.end as usize;
            let Some(slot) = people
                .get(&self.form_hash(toks.clone()))
                .filter(|sl| !sl.ambiguous && sl.words >= 2)
            else {
                continue;
            };
            // (Only a person the gazetteer does not hold: between two of its
            // own people of one surname, its choice stands.)
            if !matches!(self.root(slot.target), Target::Guess(_)) || self.replaced(m) {
                continue;
            }
            self.alias_replacing(
                toks,
                m..m + 1,
                e.sentence(),
                *slot,
                AliasKind::Surname,
                EvidenceKind::Document,
            );
        }
    }

    /// Whether a guess or a drop already replaced mention `m`.
    fn replaced(&self, m: usize) -> bool {
        self.dropped.contains(&m) || self.guesses.iter().any(|g| g.replaces().contains(&m))
    }

    /// "the International Atomic Energy Agency (IAEA)": an acronym in
    /// brackets after an organization names it; returns the acronyms.
    fn acronyms(&mut self) -> Table {
        let mut table = Table::default();
        // (Only the organizations with an acronym after them are kept: most
        // documents have none, and no list is allocated for them.)
        let orgs: Vec<(Target, Range<usize>, usize)> = self
            .guesses
            .iter()
            .enumerate()
            .filter(|(_, g)| matches!(g.what, What::Organization { .. }))
            .map(|(i, g)| (Target::Guess(i), g.toks(), g.sentence()))
            .chain(
                self.mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.entity_type() == EntityType::Organization)
                    .map(|(m, e)| {
                        (
                            Target::Mention(m),
                            e.tokens.start as usize..e.tokens.end as usize,
                            e.sentence(),
                        )
                    }),
            )
            .filter(|(_, toks, _)| self.acronym_after(toks.clone()))
            .collect();
        for (target, toks, sentence) in orgs {
            // (Asked again: a guess before may have taken the acronym.)
            if !self.acronym_after(toks.clone()) {
                continue;
            }
            let e = toks.end;
            let key = self.form_hash([e + 1]);
            let evidence = Evidence {
                kind: EvidenceKind::Acronym,
                text: self.span_text(toks.clone()),
            };
            self.guess(
                e + 1..e + 2,
                0..0,
                sentence,
                What::Alias {
                    of: target,
                    kind: AliasKind::Abbreviation,
                },
                evidence,
            );
            table.insert(
                key,
                Slot {
                    target,
                    words: toks.len(),
                    ambiguous: false,
                    name: key,
                },
            );
        }
        table
    }

    /// "Forbin" after "FS Forbin": the name of a ship without its prefix
    /// names it elsewhere in the document; added to `table` (read like the
    /// acronyms, for words alone).
    ///
    /// So does the name of a system found before its class word alone
    /// ("Ruritania fired Vortan missiles ... The Vortan has a range of
    /// 300 km"): the class word was its evidence, the document's first
    /// mention is the evidence of the rest.
    fn ship_names(&self, table: &mut Table) {
        for (g, guess) in self.guesses.iter().enumerate() {
            let name = match (&guess.what, guess.evidence_kind) {
                (_, EvidenceKind::ShipPrefix) if guess.toks().len() == 2 => guess.toks().start + 1,
                (What::Weapon { name, .. }, EvidenceKind::Designation)
                    if guess.toks().len() >= 2
                        && self.word(guess.toks().start) == *name
                        && name.chars().all(char::is_alphabetic)
                        && !self.all_caps(guess.toks().start) =>
                {
                    guess.toks().start
                }
                _ => continue,
            };
            let key = self.form_hash([name]);
            table.entry(key).or_insert(Slot {
                target: Target::Guess(g),
                words: 2,
                ambiguous: false,
                name: key,
            });
        }
    }

    /// Whether a free acronym of the organization `toks` follows it in
    /// brackets: "International Atomic Energy Agency (IAEA)".
    fn acronym_after(&self, toks: Range<usize>) -> bool {
        let e = toks.end;
        e + 2 < self.toks.len()
            && self.is_byte(e, b'(')
            && self.free(e + 1)
            && self.is_byte(e + 2, b')')
            && self.acronym_of(e + 1, toks)
    }

    /// Whether token `t` is written in capitals and its letters are, in
    /// order, initials of the words of `name`, the first of them the first.
    fn acronym_of(&self, t: usize, name: Range<usize>) -> bool {
        let w = self.word(t);
        let n = w.chars().count();
        if !(2..=8).contains(&n) || !w.chars().all(|c| c.is_ascii_uppercase()) {
            return false;
        }
        let initials: Vec<char> = name
            .filter(|&j| self.toks[j].is_word())
            .filter_map(|j| self.word(j).chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let mut letters = w.chars();
        let Some(first) = letters.next() else {
            return false;
        };
        if initials.first() != Some(&first) {
            return false;
        }
        let mut rest = initials[1..].iter();
        letters.all(|c| rest.any(|&i| i == c))
    }

    /// "BPI chief Ann Vega", "a spokesman for Wrenfield": an acronym or a
    /// word alone beside a post held in an organization names the
    /// organization, when the document gave it no other meaning (spelt
    /// out, or the surname of one of its people).
    fn posted_names(&mut self) {
        for (t, s, post) in std::mem::take(&mut self.posted) {
            // (A letter alone is no acronym: "S&N's chief executive".)
            if self.free(t) && self.word(t).len() >= 2 {
                let first = self.tokens.sentences()[s].tokens.start;
                self.post_organization(s, t..t + 1, post, first);
            }
        }
    }

    /// Looks the runs no evidence explained up in the document's names.
    fn document_names(&mut self, people: &Table, acronyms: &Table) {
        let mut pending = std::mem::take(&mut self.pending);
        let mut firsts: Option<Vec<u64>> = None;
        // (A run right after a country may be a surname of that country's.)
        let after_country = || {
            pending.iter().any(|(run, s, _)| {
                let first = self.tokens.sentences()[*s].tokens.start;
                self.country_before(run.start, first).is_some()
            })
        };
        if people.is_empty() && acronyms.is_empty() && self.date.is_none() && !after_country() {
            for (run, s, shape) in pending.drain(..) {
                if shape == Shape::Text && run.clone().all(|t| self.free(t)) {
                    self.word_before_known_surname(s, run);
                }
            }
            self.recycle_pending(pending);
            return;
        }
        for (run, s, shape) in pending.drain(..) {
            if !run.clone().all(|t| self.free(t)) {
                continue;
            }
            if shape == Shape::Text {
                let key = self.form_hash(run.clone());
                let single = run.len() == 1;
                if single {
                    if let Some(slot) = acronyms.get(&key) {
                        // An acronym in capitals, or a ship's name.
                        // (A weapon's name only after its class word named
                        // it: before, it may be anything.)
                        let ship = matches!(slot.target, Target::Guess(g)
                            if self.guesses[g].evidence_kind == EvidenceKind::ShipPrefix
                                || self.guesses[g].evidence_kind == EvidenceKind::Designation
                                    && self.guesses[g].toks().start < run.start);
                        if ship || self.all_caps(run.start) {
                            let (kind, evidence) = if ship {
                                (AliasKind::Name, EvidenceKind::Document)
                            } else {
                                (AliasKind::Abbreviation, EvidenceKind::Acronym)
                            };
                            self.alias(run.clone(), s, *slot, kind, evidence);
                            continue;
                        }
                    }
                }
                let sentence = self.tokens.sentences()[s].tokens.clone();
                // (A month alone is a date, whatever surname the document
                // gave it: "Mrs May ... in May".)
                let weak = single
                    && (self.at_start(run.start, sentence.start) && self.has(run.start, F_COMMON_WORD)
                        || self.is(run.start, self.c.month));
                if let Some(name) = self.after_title(run.clone(), sentence.start) {
                    let form = self.form_hash(name.clone());
                    let knight = name.len() == 1 && self.given_name_title_before(name.start, sentence.start);
                    let slot = if knight {
                        people.get(&knighted(form))
                    } else {
                        people.get(&titled(form)).or_else(|| people.get(&form))
                    };
                    if let Some(slot) = slot.filter(|sl| !sl.ambiguous) {
                        self.alias(name, s, *slot, AliasKind::Surname, EvidenceKind::Document);
                        continue;
                    }
                }
                if let Some(slot) = people.get(&key).filter(|sl| !sl.ambiguous && !weak) {
                    let words = run.clone().filter(|&t| self.is_name_word(t)).count();
                    let kind = if words < slot.words {
                        AliasKind::Surname
                    } else {
                        AliasKind::Name
                    };
                    self.alias(run.clone(), s, *slot, kind, EvidenceKind::Document);
                    continue;
                }
                if !weak {
                    let guesses = self.guesses.len();
                    self.in_office(run.clone(), s);
                    if self.guesses.len() == guesses {
                        self.word_before_known_surname(s, run);
                    }
                }
                continue;
            }
            // A headline: any name of the document inside it. (None when
            // the document names no one: most headlines name a country.)
            if people.is_empty() {
                continue;
            }
            // (A form opens with a word of a name: the keys of the words of
            // the document's names, made at the first headline run, skip
            // every word that opens none before its forms are made, where
            // each word of a run in title case cost up to four hashes.)
            let firsts = firsts.get_or_insert_with(|| self.name_first_keys());
            let mut p = run.start;
            while p < run.end {
                if firsts.binary_search(&self.form_hash([p])).is_err() {
                    p += 1;
                    continue;
                }
                let mut found = false;
                // (The forms of the words from `p` on, one to four: each
                // the one before with a word more.)
                let forms = self.prefix_forms(p..run.end);
                for len in (1..=MAX_LOOKUP.min(run.end - p)).rev() {
                    let Some(slot) = people.get(&forms[len - 1]).filter(|sl| !sl.ambiguous) else {
                        continue;
                    };
                    if len == 1
                        && (self.key(p).chars().count() < 3
                            || self.has(p, F_MINOR_WORD)
                            || self.is(p, self.c.month))
                    {
                        continue;
                    }
                    let kind = if len < slot.words {
                        AliasKind::Surname
                    } else {
                        AliasKind::Name
                    };
                    self.alias(p..p + len, s, *slot, kind, EvidenceKind::Document);
                    p += len;
                    found = true;
                    break;
                }
                if !found {
                    p += 1;
                }
            }
        }
        self.recycle_pending(pending);
    }

    /// Gives the buffer of pending runs back, emptied, for the next
    /// document (see `Buffers`): taken and dropped here, it was allocated
    /// again by the next document's first run, and grown again by its
    /// fifth. (Runs pushed meanwhile keep their own buffer.)
    fn recycle_pending(&mut self, mut pending: Vec<(Range<usize>, usize, Shape)>) {
        pending.clear();
        if self.pending.is_empty() {
            self.pending = pending;
        }
    }

    /// "the secretary", "the Iraqi prime minister": a title in lower case
    /// after "the" (and a country) stands for its holder as the capitalized
    /// title does ([`Doc::titles`] resolves both). Only where the title ends
    /// its phrase: before punctuation, a function word, a verb of saying or
    /// a word that ends a title's phrase ("the secretary said", "the prime
    /// minister on"; not "the general public", "the minister's aides" is
    /// one too). Read for documents that name a person, in one pass over
    /// the tokens' features, which also keeps the pronouns for
    /// [`Doc::pronouns`].
    pub(super) fn people_words(&mut self) {
        if std::mem::replace(&mut self.people_read, true)
            || self.doc_feats & (F_PERSON_TITLE | F_PERSON_PRONOUN | F_SPEAKER_PRONOUN) == 0
        {
            return;
        }
        let sentences = self.tokens.sentences();
        for (s, sentence) in sentences.iter().enumerate() {
            let range = sentence.tokens.clone();
            let words = F_PERSON_TITLE | F_PERSON_PRONOUN | F_SPEAKER_PRONOUN;
            for t in super::tokens_with(&self.tf, range.clone(), words) {
                let f = self.feats(t);
                if f & (F_PERSON_TITLE | F_PERSON_PRONOUN | F_SPEAKER_PRONOUN) == 0 {
                    continue;
                }
                if f & (F_PERSON_PRONOUN | F_SPEAKER_PRONOUN) != 0 {
                    self.pronoun_words.push((t, s));
                }
                if f & F_PERSON_TITLE == 0 {
                    continue;
                }
                let tok = &self.toks[t];
                if tok.is_capitalized() || !tok.is_word() || !self.free(t) {
                    continue;
                }
                let next = t + 1;
                let ends = next >= range.end
                    || !self.toks[next].is_word()
                    || self.key(next) == "'s"
                    || self.has(next, F_MINOR_WORD) && !self.has(next, F_PERSON_TITLE | F_TITLE_MODIFIER)
                    || self.is(next, self.c.say_verb)
                    || self.is(next, self.c.title_boundary);
                // ("the mayor of Lima" may be another mayor than the one
                // the document named.)
                if !ends || next < range.end && self.key(next) == "of" {
                    continue;
                }
                // Its modifiers: "prime", "press", "foreign".
                let mut a = t;
                while a > range.start
                    && t - a < MAX_LOOKUP
                    && self.free(a - 1)
                    && self.toks[a - 1].is_word()
                    && !self.toks[a - 1].is_capitalized()
                    && self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER)
                {
                    a -= 1;
                }
                let d = match self.mention_at(a.saturating_sub(1)).filter(|_| a > range.start) {
                    Some(e) if e.entity_type() == EntityType::Country && e.tokens.end as usize == a => {
                        e.tokens.start as usize
                    }
                    _ => a,
                };
                let public = self.public_office(t);
                // Not a predicate ("Vega was the first president").
                let predicate = d >= range.start + 2 && self.is(d - 2, self.c.name_copula);
                if !public || predicate {
                    continue;
                }
                let beside = self.beside_name(d, next, range.clone());
                if d > range.start && self.key(d - 1) == "the" && !beside {
                    self.nominals.push((a..t + 1, s));
                }
            }
        }
    }

    /// Whether the title word `t` is a public office: not a trade's ("the
    /// winner", "the top seed", "the chairman" are as often someone the
    /// text never named).
    fn public_office(&self, t: usize) -> bool {
        !matches!(
            self.role(t),
            None | Some("business" | "media" | "sports" | "academic" | "health")
        )
    }

    /// Whether a title phrase that opens at `d` (with "the" before it) and
    /// ends before `next` is the title of a name beside it, after a comma
    /// ("the prime minister, Ann Vega,"; "Ann Vega, the prime minister"):
    /// the name's title, which the relations read as one.
    fn beside_name(&self, d: usize, next: usize, sentence: Range<usize>) -> bool {
        next + 1 < sentence.end && self.is_byte(next, b',') && self.person_at(next + 1)
            || d >= sentence.start + 3 && self.is_byte(d - 2, b',') && self.person_at(d - 3)
    }

    /// The entries with a description ("Islamic Republic") that the
    /// document names: only in their documents is a description read.
    pub(super) fn described(&self) -> Vec<u32> {
        let names = self.names;
        let mut present: Vec<u32> = Vec::new();
        if names.described.is_empty() {
            return present;
        }
        let entries = self.gazetteer.entries();
        for e in self.mentions {
            if let EntryRef::Known(entry) = &e.entry {
                let described = names
                    .described
                    .iter()
                    .find(|&&d| std::ptr::eq(&entries[d as usize], *entry));
                if let Some(&d) = described.filter(|d| !present.contains(d)) {
                    present.push(d);
                }
            }
        }
        present
    }

    /// "the Islamic Republic", "the Jewish state": a description of the
    /// gazetteer at the capitalized word `t` after "the", before no other
    /// capitalized word, stands for its country in a document that names
    /// the country otherwise (elsewhere it may be another's, "the Islamic
    /// Republic of Mauritania", or none). The end of the description when
    /// there is one.
    pub(super) fn description_at(&mut self, s: usize, t: usize, range: Range<usize>) -> Option<usize> {
        if t == range.start || self.key(t - 1) != "the" {
            return None;
        }
        let names = self.names;
        // (A first word to compare before any hashing.)
        if !names.description_first.iter().any(|w| **w == *self.key(t)) {
            return None;
        }
        let most = names.description_words.min(range.end - t);
        let (toks, entry) = (1..=most).rev().find_map(|len| {
            let toks = t..t + len;
            let free = toks.clone().all(|u| self.free(u) && self.toks[u].is_word());
            let ends = toks.end >= range.end || !self.toks[toks.end].is_capitalized();
            if !(free && ends) {
                return None;
            }
            let entry = names.descriptions.get(&self.form_hash(toks.clone()))?;
            self.described.contains(entry).then_some((toks, *entry))
        })?;
        let entry = &self.gazetteer.entries()[entry as usize];
        let evidence = Evidence {
            kind: EvidenceKind::Nominal,
            text: &entry.name,
        };
        let what = What::Known {
            entry,
            kind: AliasKind::Inferred,
        };
        let end = toks.end;
        self.guess(toks, 0..0, s, what, evidence);
        Some(end)
    }

    /// Whether "Sir" or "Dame" (`given_name_title`) stands right before
    /// `t`.
    fn given_name_title_before(&self, t: usize, sentence_start: usize) -> bool {
        t > sentence_start && self.is(t - 1, self.c.given_name_title) && self.toks[t - 1].is_capitalized()
    }

    /// The one word (with the particles before it) after the capitalized
    /// titles that open `run` or stand right before it ("Mr Brown",
    /// "Ambassador Power", "Mr de Mistura"), when there is one.
    fn after_title(&self, run: Range<usize>, sentence_start: usize) -> Option<Range<usize>> {
        let mut t = run.start;
        while t < run.end && (!self.toks[t].is_word() || self.has(t, F_PERSON_TITLE)) {
            t += 1;
        }
        let titled = t > run.start && self.has(run.start, F_PERSON_TITLE)
            || t == run.start && t > sentence_start && {
                let b = if self.is_byte(t - 1, b'.') && t - 1 > sentence_start {
                    t - 2
                } else {
                    t - 1
                };
                self.has(b, F_PERSON_TITLE) && self.toks[b].is_capitalized()
            };
        // (After particles: "Mr de Mistura".)
        let last = run.end.checked_sub(1)?;
        let particles = (t..last).all(|p| self.has(p, F_PARTICLE) || self.is_byte(p, b'-'));
        (titled && t <= last && last - t < 3 && particles && self.toks[last].is_capitalized())
            .then_some(t..run.end)
    }

    /// Where the honorifics ("Mr.", "His Excellency") right before the name
    /// at `first` start (at most [`MAX_HONORIFICS`] words).
    fn after_honorifics(&self, first: usize) -> usize {
        let mut h = first;
        while h > 0
            && first - h < MAX_HONORIFICS
            && self.toks[h - 1].is_capitalized()
            && self.has(h - 1, F_PERSON_TITLE)
        {
            h -= 1;
        }
        h
    }

    /// Whether a person's name (a mention or a guess) covers token `t`,
    /// or follows it after honorifics ("Mr. Vega").
    fn person_at(&self, t: usize) -> bool {
        let from = t;
        let mut t = t;
        while t + 1 < self.toks.len()
            && t - from < MAX_HONORIFICS
            && self.free(t)
            && self.toks[t].is_capitalized()
            && self.has(t, F_PERSON_TITLE)
        {
            t += 1;
        }
        if self.free(t) {
            return false;
        }
        if let Some(e) = self.mention_at(t) {
            return e.entity_type() == EntityType::Person;
        }
        self.guesses
            .iter()
            .rposition(|g| g.toks().contains(&t))
            .is_some_and(|g| self.is_person(Target::Guess(g)))
    }

    /// "the Foreign Secretary" after "Foreign Secretary Ann Smith": a title
    /// standing alone after a determiner is the person of the document who
    /// holds it, if exactly one does (by the whole title, else by its last
    /// word: "the Minister").
    fn titles(&mut self) {
        if self.nominals.is_empty() {
            return;
        }
        let mut table = Table::default();
        let guessed = self
            .guesses
            .iter()
            .enumerate()
            .filter_map(|(g, guess)| match guess.what {
                What::Person {
                    title: Some(title), ..
                } => Some((Target::Guess(g), title)),
                _ => None,
            });
        let known = self.mentions.iter().enumerate().filter_map(|(m, e)| {
            (e.entity_type() == EntityType::Person)
                .then(|| e.entry.attribute("title"))
                .flatten()
                .map(|title| (Target::Mention(m), title))
        });
        let guessed: Vec<(Target, &str)> = guessed.collect();
        let gazetteer_titles: Vec<(Target, &str)> = known.collect();
        // The titles the text writes before a person ("Foreign Secretary
        // Philip Hammond"), whatever the gazetteer's title.
        let people = self
            .guesses
            .iter()
            .enumerate()
            .filter(|(_, guess)| matches!(guess.what, What::Person { .. }))
            .map(|(g, guess)| (Target::Guess(g), guess.toks().start));
        let known = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, e)| e.entity_type() == EntityType::Person)
            .map(|(m, e)| (Target::Mention(m), e.tokens.start as usize));
        let before: Vec<(Target, usize)> = people.chain(known).collect();
        for (target, first) in before {
            // The title right before the name, or before a comma before it
            // and its honorifics ("The Foreign Secretary, Ann Vega", "the
            // Secretary-General, Mr. Vega"); its words may go on over "of"
            // ("Secretary of State Ann Vega").
            let honored = self.after_honorifics(first);
            let end =
                if honored >= 2 && self.is_byte(honored - 1, b',') && self.has(honored - 2, F_PERSON_TITLE) {
                    honored - 1
                } else {
                    first
                };
            let mut a = end;
            while a > 0 {
                if self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER) {
                    a -= 1;
                } else if a >= 2 && a < end && self.key(a - 1) == "of" && self.has(a - 2, F_PERSON_TITLE) {
                    a -= 2;
                } else if a >= 2
                    && a < end
                    && self.is_byte(a - 1, b'-')
                    && !self.toks[a].space_before()
                    && !self.toks[a - 1].space_before()
                    && self.has(a - 2, F_PERSON_TITLE | F_TITLE_MODIFIER)
                {
                    // "Secretary-General": the whole compound.
                    a -= 2;
                } else {
                    break;
                }
            }
            // The head: the last title word ("Secretary" of "Secretary of State").
            let Some(head) = (a..end).rev().find(|&t| self.has(t, F_PERSON_TITLE)) else {
                continue;
            };
            // "shadow chancellor Ann Vega" is not "the chancellor";
            // "Deputy Minister Ann Vega" is "the Deputy Minister", not "the
            // Minister".
            if a > 0 && self.is(a - 1, self.c.title_qualifier) {
                continue;
            }
            let qualified = (a..end).any(|t| self.is(t, self.c.title_qualifier));
            let name = self.holder(target);
            add_form(&mut table, self.form_hash(a..end), target, end - a + 1, name);
            // The head alone ("the Minister"), unless it ends a compound
            // ("Secretary-General" is no "General").
            if (self.toks[head].space_before() || head == a) && !qualified {
                add_form(&mut table, self.form_hash([head]), target, 1, name);
            }
        }
        // (A title written before a name was read above, with the words
        // before it.)
        let guessed = guessed.into_iter().filter(|&(target, _)| {
            !matches!(target, Target::Guess(g) if self.guesses[g].evidence_kind == EvidenceKind::Title)
        });
        // A title in lower case stands only for a holder the text gives
        // it: the gazetteer's title is a person's latest, which may be
        // a later one ("the prime minister" of 2005 is not the
        // chancellor of then who became prime minister later).
        let guessed: Vec<(Target, &str)> = guessed.collect();
        self.title_forms(&mut table, &guessed);
        let lower = self
            .nominals
            .iter()
            .any(|(toks, _)| !self.toks[toks.start].is_capitalized());
        let written = lower.then(|| table.clone());
        self.title_forms(&mut table, &gazetteer_titles);
        for (toks, s) in std::mem::take(&mut self.nominals) {
            if !toks.clone().all(|t| self.free(t)) {
                continue;
            }
            // ("the Secretary of State" is read whole, as the title before
            // a name is: "Secretary of State Ann Vega".)
            let sentence = self.tokens.sentences()[s].tokens.clone();
            let (toks, extended) = match self.title_of(toks.clone(), &sentence) {
                (whole, _) if whole.end > toks.end => (whole, true),
                _ => (toks, false),
            };
            // ("the General  Assembly", broken by a line: no title.)
            if toks.end < self.toks.len()
                && self.toks[toks.end].is_word()
                && self.toks[toks.end].is_capitalized()
            {
                continue;
            }
            let lower = !self.toks[toks.start].is_capitalized();
            let table = match &written {
                Some(w) if lower => w,
                _ => &table,
            };
            let whole = table.get(&self.form_hash(toks.clone()));
            // The last word alone, unless it ends a compound; in lower case,
            // only a title that is one word ("the prime minister" is not
            // any "Minister"); not a title gone on over "of" ("the
            // Secretary of State" is no "Foreign Secretary").
            let head = (toks.len() == 1 || !lower && !extended && self.toks[toks.end - 1].space_before())
                .then(|| table.get(&self.form_hash([toks.end - 1])))
                .flatten();
            let slot = match whole.or(head) {
                Some(slot) if !slot.ambiguous => slot,
                // Two holders: either.
                Some(_) => continue,
                // No holder: the title is a person of its own ("the prime
                // minister told MPs"), in lower case too (a person whose
                // gazetteer title it is may have held it later only).
                None => {
                    self.unnamed_holder(toks, s);
                    continue;
                }
            };
            // "the Cuban president" is no president of another country
            // (a holder whose country is unknown may be).
            let country = toks
                .start
                .checked_sub(1)
                .and_then(|p| self.mention_at(p))
                .filter(|e| e.entity_type() == EntityType::Country)
                .map(|e| e.entry.id());
            let held = self.holder_country(slot.target);
            if country.is_some() && held.is_some() && country != held {
                // (A person of their own: "the US Secretary of State" in a
                // document that named a British holder of "Secretary".)
                self.unnamed_holder(toks, s);
                continue;
            }
            self.alias(toks, s, *slot, AliasKind::Inferred, EvidenceKind::Nominal);
        }
    }

    /// "the Emir of Qatar", "the Secretary of State": a capitalized title
    /// goes on over "of" and a country's name (which stays a mention of its
    /// own) or up to three capitalized title modifiers (which join the
    /// title: "Secretary of State"). The title's tokens and the token after
    /// the phrase.
    fn title_of(&self, toks: Range<usize>, sentence: &Range<usize>) -> (Range<usize>, usize) {
        let next = toks.end;
        if !self.toks[toks.start].is_capitalized() || next + 1 >= sentence.end || self.key(next) != "of" {
            return (toks, next);
        }
        let after = next + 1;
        let country = self.mention_at(after).filter(|e| {
            e.entity_type() == EntityType::Country
                && e.tokens.start as usize == after
                && e.alias_kind != AliasKind::Demonym
        });
        if let Some(e) = country {
            return (toks, e.tokens.end as usize);
        }
        let mut q = after;
        while q < sentence.end
            && q - after < 3
            && self.free(q)
            && self.toks[q].is_word()
            && self.toks[q].is_capitalized()
            && self.has(q, F_TITLE_MODIFIER)
        {
            q += 1;
        }
        if q > after {
            (toks.start..q, q)
        } else {
            (toks, next)
        }
    }

    /// "The Foreign Secretary met ...", "the envoy said" where the
    /// document names no holder: the title is a person's mention all the
    /// same, whose entry is the title (with the country before it: "the
    /// Iraqi Foreign Minister" is `irq_foreign_minister`). Not a plural
    /// ("the Ministers").
    fn unnamed_holder(&mut self, toks: Range<usize>, s: usize) {
        // (The head: the last title word, "Secretary" of "Secretary of
        // State".)
        let last = toks
            .clone()
            .rev()
            .find(|&t| self.has(t, F_PERSON_TITLE))
            .unwrap_or(toks.end - 1);
        let key = self.key(last);
        let sentence = self.tokens.sentences()[s].tokens.clone();
        let before = toks
            .start
            .checked_sub(1)
            .filter(|&p| p >= sentence.start)
            .and_then(|p| self.mention_at(p))
            .filter(|e| e.entity_type() == EntityType::Country);
        let d = before.map_or(toks.start, |e| e.tokens.start as usize);
        // After "the" (not a headline's first words: "Major oil firms"),
        // ending its phrase (not "the Lord of the Rings", "the King's
        // Cup", "the Commodore 64"), a public office, one person (not "the
        // Ministers"), and no title of a name beside it.
        let the = d > sentence.start && self.key(d - 1) == "the";
        let (toks, next) = self.title_of(toks, &sentence);
        // (Nor a title a hyphen joins to more: "the secretary-General".)
        let joined = next < sentence.end && self.is_byte(next, b'-') && !self.toks[next].space_before();
        let ends = next >= sentence.end
            || !joined
                && !matches!(self.key(next), "of" | "'s" | "'")
                && !self.text.as_bytes()[self.toks[next].span.start].is_ascii_digit()
                && (!self.toks[next].is_word() && !self.is_byte(next, b'(')
                    || !self.toks[next].is_capitalized());
        let public = self.public_office(last);
        let weak = toks.len() == 1 && self.has(last, F_WEAK_TITLE);
        let plural = key.ends_with('s') && !key.ends_with("ss");
        let beside = self.beside_name(d, next, sentence.clone());
        if !the || !ends || !public || weak || plural || beside {
            return;
        }
        let country = before.and_then(|e| match &e.entry {
            EntryRef::Known(entry) => Some(&*entry.id),
            _ => None,
        });
        let what = What::Person {
            title: Some(self.span_text(toks.clone())),
            role: self.role(last),
            country,
        };
        let evidence = self.evidence(EvidenceKind::Nominal, toks.clone());
        self.guess(toks, 0..0, s, what, evidence);
    }

    /// The country of the person `target` names, as the text or the
    /// gazetteer gives it.
    fn holder_country(&self, target: Target) -> Option<&str> {
        match self.root(target) {
            Target::Guess(g) => match self.guesses[g].what {
                What::Person { country, .. } => country,
                _ => None,
            },
            Target::Mention(m) => self.mentions[m].entry.attribute("country"),
        }
    }

    /// Adds to `table` the forms of the titles `holders` hold as written
    /// (the gazetteer's, or an apposition's): the whole title, and its
    /// last word unless that ends a compound.
    fn title_forms(&self, table: &mut Table, holders: &[(Target, &str)]) {
        for &(target, title) in holders {
            let words = Tokens::with_lexicon(title, self.lexicon);
            let keys: Vec<&str> = words.tokens().iter().map(|t| words.key(t)).collect();
            let (Some(&last), Some(tok)) = (keys.last(), words.tokens().last()) else {
                continue;
            };
            let name = self.holder(target);
            add_form(table, keys_hash(&keys), target, keys.len() + 1, name);
            if keys.len() == 1 || tok.space_before() {
                add_form(table, keys_hash(&[last]), target, 1, name);
            }
        }
    }

    /// Adds a guess for `toks`: a shorter form of the name of `slot`.
    fn alias(&mut self, toks: Range<usize>, s: usize, slot: Slot, kind: AliasKind, evidence: EvidenceKind) {
        self.alias_replacing(toks, 0..0, s, slot, kind, evidence);
    }

    /// [`alias`](Self::alias), the alias replacing the gazetteer mentions
    /// `replaces` ("Vieira" of the gazetteer's president, after "Patrick
    /// Vieira").
    fn alias_replacing(
        &mut self,
        toks: Range<usize>,
        replaces: Range<usize>,
        s: usize,
        slot: Slot,
        kind: AliasKind,
        evidence: EvidenceKind,
    ) {
        let full = match slot.target {
            Target::Guess(g) => self.span_text(self.guesses[g].toks()),
            Target::Mention(m) => self.mentions[m].text,
        };
        let evidence = Evidence {
            kind: evidence,
            text: full,
        };
        self.guess(
            toks,
            replaces,
            s,
            What::Alias {
                of: slot.target,
                kind,
            },
            evidence,
        );
    }

    /// A surname of several office-holders of the gazetteer: the one in
    /// office on the document's date, if exactly one was, and of the
    /// country named right before it ("Venezuela's Maduro"), if one is.
    fn in_office(&mut self, run: Range<usize>, s: usize) {
        if run.len() > 3 {
            return;
        }
        // "Venezuela's Maduro": a country right before the surname picks
        // the holder of that country, with or without a date.
        let first = self.tokens.sentences()[s].tokens.start;
        let country = self.country_before(run.start, first);
        let Some(entry) = self.surname_holder(run.clone(), country) else {
            return;
        };
        let evidence = self.evidence(EvidenceKind::InOffice, run.clone());
        self.guess(
            run,
            0..0,
            s,
            What::Known {
                entry,
                kind: AliasKind::Surname,
            },
            evidence,
        );
    }

    /// Every guess as a mention.
    pub(super) fn entities(&mut self) -> Vec<(Range<u32>, Entity<'a>)> {
        let n = self.guesses.len();
        if n == 0 {
            return Vec::new();
        }
        // (The ids and entries of a headline's few guesses on the stack: as
        // vectors they were two allocations a document with names.)
        const SMALL: usize = 16;
        let mut small_ids: [Option<String>; SMALL] = Default::default();
        let mut large_ids: Vec<Option<String>> = Vec::new();
        let ids: &mut [Option<String>] = if n <= SMALL {
            &mut small_ids[..n]
        } else {
            large_ids.resize(n, None);
            &mut large_ids
        };
        for (g, id) in ids.iter_mut().enumerate() {
            *id = self.inferred_id(g);
        }
        let ids: &[Option<String>] = ids;
        let mut made = Made::with_capacity(ids.iter().flatten().count());
        // Attributes of a person come from the first guess of the name that
        // has them. (With one person, its own: no table.)
        let mut person_attrs: HashMap<&str, usize, FxBuild> = HashMap::default();
        let person = |g: usize| matches!(self.guesses[g].what, What::Person { .. }) && ids[g].is_some();
        if (0..n).filter(|&g| person(g)).nth(1).is_some() {
            for (g, id) in ids.iter().enumerate() {
                if let (Some(id), What::Person { title: Some(_), .. }) = (id, &self.guesses[g].what) {
                    person_attrs.entry(id).or_insert(g);
                }
            }
        }
        let mut small_entries: [Option<EntryRef<'a>>; SMALL] = [const { None }; SMALL];
        let mut large_entries: Vec<Option<EntryRef<'a>>> = Vec::new();
        let entries: &mut [Option<EntryRef<'a>>] = if n <= SMALL {
            &mut small_entries[..n]
        } else {
            large_entries.resize(n, None);
            &mut large_entries
        };
        for g in 0..n {
            let guess = &self.guesses[g];
            // What an inferred entry is: type, name and attributes (an
            // array of three, on the stack; the places an entry does not
            // use have an empty value, which `inferred_entry` leaves out).
            let made_of = match (&guess.what, &ids[g]) {
                (What::Person { .. }, Some(id)) => {
                    let from = person_attrs.get(id.as_str()).copied().unwrap_or(g);
                    let (title, role, country) = match self.guesses[from].what {
                        What::Person { title, role, country } => (title, role, country),
                        _ => (None, None, None),
                    };
                    let attrs = [
                        ("country", country.unwrap_or("")),
                        ("title", title.unwrap_or("")),
                        ("role", role.unwrap_or("")),
                    ];
                    Some((id, EntityType::Person, self.span_text(guess.toks()), attrs))
                }
                (What::Organization { country, category }, Some(id)) => {
                    let attrs = [
                        ("country", country.unwrap_or("")),
                        ("category", *category),
                        ("", ""),
                    ];
                    Some((id, EntityType::Organization, self.span_text(guess.toks()), attrs))
                }
                (What::Location { country }, Some(id)) => Some((
                    id,
                    EntityType::Location,
                    self.span_text(guess.toks()),
                    [("country", country.unwrap_or("")), ("", ""), ("", "")],
                )),
                (What::Weapon { name, class, .. }, Some(id)) => Some((
                    id,
                    EntityType::Weapon,
                    *name,
                    [("class", *class), ("", ""), ("", "")],
                )),
                _ => None,
            };
            let entry = match (made_of, &guess.what) {
                (Some((id, ty, name, attrs)), _) => {
                    EntryRef::Inferred(made.entry(id, |id| inferred_entry(id, ty, name, &attrs)))
                }
                (None, What::Agent { country, .. } | What::Known { entry: country, .. }) => {
                    EntryRef::Known(country)
                }
                _ => continue,
            };
            entries[g] = Some(entry);
        }
        // (Done with: freed before the mentions are filled in, since for
        // a long document of names an id a guess is tens of megabytes.)
        drop(made);
        drop(person_attrs);
        drop(large_ids);
        let mut out = Vec::with_capacity(n);
        for g in 0..n {
            let guess = &self.guesses[g];
            let (entry, kind) = match &guess.what {
                What::Alias { of, kind } => {
                    let entry = match self.root(*of) {
                        Target::Guess(r) => entries[r].clone(),
                        Target::Mention(m) => Some(self.mentions[m].entry.clone()),
                    };
                    (entry, *kind)
                }
                What::Known { kind, .. } => (entries[g].clone(), *kind),
                What::Agent { .. } => (entries[g].clone(), AliasKind::Agent),
                _ => (entries[g].clone(), AliasKind::Inferred),
            };
            let Some(entry) = entry else {
                continue;
            };
            let toks = guess.toks();
            let (Some(first), Some(last)) = (
                self.toks.get(toks.start),
                toks.end.checked_sub(1).and_then(|l| self.toks.get(l)),
            ) else {
                continue;
            };
            let span = crate::span::Span::new(first.span.start, last.span.end);
            // The origin of a weapon, the agent of a country (see
            // `Entity::detail`).
            let detail = match guess.what {
                What::Weapon { origin, .. } => origin,
                What::Agent { agent, .. } => Some(agent),
                _ => None,
            };
            out.push((
                guess.replaces.0..guess.replaces.1,
                Entity {
                    ty: entry.ty,
                    entry,
                    text: &self.text[span.start..span.end],
                    span,
                    alias_kind: kind,
                    detail,
                    sentence: guess.sentence,
                    tokens: toks.start as u32..toks.end as u32,
                    evidence_kind: Some(guess.evidence_kind),
                    evidence_text: guess.evidence_text,
                },
            ));
        }
        // Two guesses may claim one mention ("Iranto Iran-made": a name
        // ending in a place, and the country of a compound): the leftmost,
        // then the longest, is kept, so that mentions never overlap.
        sort_by_span(&mut out);
        let mut end = 0;
        out.retain(|(_, e)| {
            let free = e.span.start >= end;
            if free {
                end = e.span.end;
            }
            free
        });
        out
    }

    /// The id of the entry guess `g` makes, if it makes one.
    fn inferred_id(&self, g: usize) -> Option<String> {
        let guess = &self.guesses[g];
        match &guess.what {
            // A title standing for a holder the document does not name:
            // the title, with its country ("irq_foreign_minister").
            What::Person {
                country: Some(country),
                ..
            } if guess.evidence_kind == EvidenceKind::Nominal => {
                Some(format!("{}_{}", country.to_lowercase(), self.slug(guess.toks())))
            }
            What::Person { .. } => Some(self.slug(guess.toks())),
            What::Organization { country, .. } => {
                // The country's adjective that opens the name is the prefix
                // ("the Chilean Wine Society": `chl_wine_society`).
                let mut toks = guess.toks();
                if let Some(e) = self
                    .mention_at(toks.start)
                    .filter(|e| e.alias_kind() == AliasKind::Demonym && (e.tokens.end as usize) < toks.end)
                {
                    toks.start = e.tokens.end as usize;
                }
                let slug = self.slug(toks);
                Some(match country {
                    Some(c) => format!("{}_{slug}", c.to_lowercase()),
                    None => slug,
                })
            }
            What::Weapon { name, .. } => Some(slug_of(name)),
            What::Location { .. } => Some(self.slug(guess.toks())),
            _ => None,
        }
        .filter(|id| !id.is_empty())
    }
}

/// The slug of a text: lower case, letters and digits, `_` between runs
/// of them ("Kh-101" -> "kh_101").
fn slug_of(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// [`Doc::form_hash`] of these keys.
fn keys_hash(keys: &[&str]) -> u64 {
    keys_hash_iter(keys.iter().copied())
}

pub(super) fn keys_hash_iter<'k>(keys: impl Iterator<Item = &'k str>) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for key in keys {
        write_key(&mut h, key);
    }
    h.finish()
}

/// One key of a form, ended so that no two sequences of keys hash alike
/// by running together.
fn write_key(h: &mut rustc_hash::FxHasher, key: &str) {
    use std::hash::Hasher;
    h.write(key.as_bytes());
    h.write_u8(0xff);
}

/// The key of a form that names a person only after a title: a surname
/// that is also a word ("Brown", "Power"), found as "Mr Brown" and not as
/// "brown" or "Power" opening a sentence.
fn titled(key: u64) -> u64 {
    key ^ 0x9e37_79b9_7f4a_7c15
}

/// The key of a given name that names a person after "Sir" or "Dame"
/// only.
fn knighted(key: u64) -> u64 {
    key ^ 0x6a09_e667_f3bc_c909
}

/// Records that the form `key` names `target` with `words` words: a longer
/// form of another target replaces it, one of the same length makes the
/// form ambiguous.
fn add_form(table: &mut Table, key: u64, target: Target, words: usize, name: u64) {
    let slot = table.entry(key).or_insert(Slot {
        target,
        words,
        ambiguous: false,
        name,
    });
    if slot.target == target || slot.name == name {
        return;
    }
    if words > slot.words {
        *slot = Slot {
            target,
            words,
            ambiguous: false,
            name,
        };
    } else if words == slot.words {
        slot.ambiguous = true;
    }
}

/// Sorts guessed mentions by start, the longest first at one start, and
/// otherwise keeps their order: what a stable sort does, without its
/// scratch memory of half the list (tens of megabytes for a long document
/// where every few words are a name). The positions are sorted, four bytes
/// each, and the mentions moved into their places by swaps, one cycle of
/// the permutation at a time.
fn sort_by_span(out: &mut [(Range<u32>, Entity<'_>)]) {
    let key = |e: &Entity<'_>| (e.span.start, std::cmp::Reverse(e.span.end));
    if out.is_sorted_by_key(|(_, e)| key(e)) {
        return;
    }
    // The mention that goes at each place.
    let mut from: Vec<u32> = (0..out.len() as u32).collect();
    from.sort_by_key(|&i| key(&out[i as usize].1));
    const PLACED: u32 = u32::MAX;
    for start in 0..out.len() {
        let mut at = start;
        while from[at] != PLACED {
            let next = from[at] as usize;
            from[at] = PLACED;
            if next == start {
                break;
            }
            out.swap(at, next);
            at = next;
        }
    }
}

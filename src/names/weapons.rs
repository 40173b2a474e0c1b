//! Weapons no gazetteer holds: designations by pattern next to a weapon
//! word or of a known family, ship names after a ship prefix, and short
//! forms of the gazetteer's long designations.

use std::collections::HashMap;
use std::ops::Range;

use regex::Regex;

use super::{features::*, tokens_with, Classes, Doc, Shape, Target, What};
use crate::entity::{AliasKind, EntityType, EntryRef, Evidence, EvidenceKind};
use crate::fxhash::FxBuild;
use crate::gazetteer::Gazetteer;
use crate::words::{key_hash, Lexicon, WordTable};

/// The most tokens of one designation group ("Tu-22M3" is three, "BM-21"
/// three, "9P163M-1" three).
const MAX_GROUP_TOKENS: usize = 5;
/// How far before a designation a weapon verb may stand ("fired two
/// Kh-101").
const VERB_REACH: usize = 3;

/// The features of words that are no word of a weapon's name: titles,
/// head words, agents, dates, words that are no name ("Christmas bombs").
const NO_WEAPON_NAME: u32 = F_MINOR_WORD
    | F_PERSON_TITLE
    | F_TITLE_MODIFIER
    | F_NOT_A_NAME
    | F_CALENDAR
    | F_NAME_STOP
    | F_ORG_HEAD
    | F_AGENT_NOUN
    | F_WEAPON_NOUN
    | F_PARTICLE;

/// What the stage knows of weapons: the designation patterns, and from the
/// gazetteer the families of designations and the short forms of long ones.
#[derive(Clone, Debug)]
pub(super) struct Weapons {
    patterns: Vec<Regex>,
    /// Lower-case first letters of designations ("su" of Su-25, "kh",
    /// "bmp") and names of systems ("tornado" of 2B17 Tornado-G), each with
    /// the class most of its systems have.
    families: HashMap<Box<str>, Box<str>, FxBuild>,
    /// Gazetteer word id of a short form ("iskander") to the index of its
    /// entry ("9K720 Iskander").
    short_forms: HashMap<u32, u32, FxBuild>,
    /// A bit per word id: whether it is a short form (most capitalized
    /// words are not, and the bit says so without hashing).
    short_bits: Vec<u64>,
    /// The gazetteer's entry for the class `aircraft` (id and class
    /// `aircraft`), which aircraft words in a sentence about weapons name.
    pub(super) aircraft: Option<usize>,
    /// The entry for the class `armored_vehicle`, which vehicle words in a
    /// sentence about weapons name.
    pub(super) vehicle: Option<usize>,
}

impl Weapons {
    pub(super) fn new(
        gazetteer: &Gazetteer,
        lexicon: &Lexicon,
        c: &Classes,
        common: &WordTable,
        patterns: Vec<Regex>,
    ) -> Weapons {
        let mut families: HashMap<String, HashMap<&str, usize>> = HashMap::new();
        // Short form to its entry, or `None` when two entries share it.
        let mut short: HashMap<u32, Option<u32>> = HashMap::new();
        for (e, entry) in gazetteer.entries().iter().enumerate() {
            if entry.ty != EntityType::Weapon {
                continue;
            }
            let Some(class) = entry.attribute("class") else {
                continue;
            };
            let words: Vec<&str> = entry.name.split_whitespace().collect();
            let mut designated = false;
            for (i, w) in words.iter().enumerate() {
                if let Some(family) = family_of(w) {
                    *families.entry(family).or_default().entry(class).or_default() += 1;
                    designated = true;
                } else if let Some(family) = named_family_of(w) {
                    *families.entry(family).or_default().entry(class).or_default() += 1;
                }
                // "9K720", "ZALA": a designation or a maker in capitals.
                let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                let caps = w
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
                if caps && (letters >= 2 || w.contains(|c: char| c.is_ascii_digit()) && letters >= 1) {
                    designated = true;
                }
                let last = i + 1 == words.len();
                if !(last && designated && i > 0) {
                    continue;
                }
                // "Iskander", "Kornet-T" -> "Kornet", "Tornado-G" -> "Tornado".
                let stem = match w.split_once('-') {
                    Some((stem, suffix)) if suffix.len() <= 3 => stem,
                    Some(_) => continue,
                    None => w,
                };
                let mut chars = stem.chars();
                let name_like = chars.next().is_some_and(|c| c.is_uppercase())
                    && stem.chars().count() >= 4
                    && chars.all(|c| c.is_lowercase());
                if !name_like {
                    continue;
                }
                let key = stem.to_lowercase();
                *families.entry(key.clone()).or_default().entry(class).or_default() += 1;
                let Some(id) = gazetteer.words().get(key.as_bytes(), key_hash(key.as_bytes())) else {
                    continue;
                };
                let ordinary = [c.not_a_name, c.minor_word]
                    .iter()
                    .any(|&class| lexicon.in_class(id, class))
                    || common.get(key.as_bytes(), key_hash(key.as_bytes())).is_some();
                let named_otherwise = gazetteer
                    .entries_of_word(id)
                    .any(|(other, _)| other.ty != EntityType::Weapon);
                if ordinary || named_otherwise {
                    continue;
                }
                short
                    .entry(id)
                    .and_modify(|s| {
                        if *s != Some(e as u32) {
                            *s = None;
                        }
                    })
                    .or_insert(Some(e as u32));
            }
        }
        let class_entry = |class: &str| {
            gazetteer.entries().iter().position(|e| {
                e.ty == EntityType::Weapon && &*e.id == class && e.attribute("class") == Some(class)
            })
        };
        let (aircraft, vehicle) = (class_entry("aircraft"), class_entry("armored_vehicle"));
        Weapons {
            aircraft,
            vehicle,
            patterns,
            families: families
                .into_iter()
                .map(|(family, classes)| {
                    let best = classes
                        .into_iter()
                        .max_by_key(|&(class, n)| (n, std::cmp::Reverse(class)))
                        .map_or("weapon", |(class, _)| class);
                    (family.into_boxed_str(), best.into())
                })
                .collect(),
            short_bits: {
                let mut bits = Vec::new();
                for (&w, e) in &short {
                    if e.is_some() {
                        let w = w as usize;
                        if bits.len() <= w / 64 {
                            bits.resize(w / 64 + 1, 0);
                        }
                        bits[w / 64] |= 1 << (w % 64);
                    }
                }
                bits
            },
            short_forms: short.into_iter().filter_map(|(w, e)| Some((w, e?))).collect(),
        }
    }
}

/// The family of a designation: its first letters, lower case, when digits
/// follow them, after a hyphen or not ("Su-25" -> "su", "BMP-2" -> "bmp",
/// "M777" -> `None`: one letter needs a hyphen, "T-72" -> "t").
fn family_of(word: &str) -> Option<String> {
    let letters: String = word.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let rest = &word[letters.len()..];
    let hyphen = rest.starts_with('-');
    let digits = rest.trim_start_matches('-');
    let ok = (1..=4).contains(&letters.len())
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && (letters.len() >= 2 || hyphen);
    ok.then(|| letters.to_lowercase())
}

/// The family of a designation that is a name and a model number joined by
/// a hyphen: the name, lower case ("Hwasong-17" -> "hwasong", so that a
/// "Hwasong-18" the gazetteer does not list is one too; "Su-25" -> `None`,
/// a family of [`family_of`]).
fn named_family_of(word: &str) -> Option<String> {
    let (stem, model) = word.split_once('-')?;
    let mut chars = stem.chars();
    let name = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && stem.len() >= 4
        && chars.all(|c| c.is_ascii_lowercase());
    (name && model.starts_with(|c: char| c.is_ascii_digit())).then(|| stem.to_lowercase())
}

/// Whether a system of class `system` right before a class word of class
/// `class` is named by it: the same class, or classes one system is called
/// by in turn ("GMLRS rockets", "Patriot missiles", "HIMARS rockets":
/// munitions, rocket artillery and air defence are named by their
/// missiles; "Bayraktar TB2 aircraft"; "Bradley tanks"). Not across them:
/// "Su-25 rockets" are the rockets an aircraft fires.
fn same_kind(system: &str, class: &str) -> bool {
    const KINDS: &[&[&str]] = &[
        &["missile", "ammunition", "artillery", "air_defense"],
        &["drone", "aircraft"],
        &["tank", "armored_vehicle"],
    ];
    system == class
        || KINDS
            .iter()
            .any(|kind| kind.contains(&system) && kind.contains(&class))
}

impl<'a> Doc<'_, 'a> {
    /// A weapon the gazetteer did not find, at the capitalized word `i` of
    /// the sentence `range` (number `s`): a ship, a designation or a short
    /// form. Returns where it ends.
    pub(super) fn weapon_at(
        &mut self,
        s: usize,
        i: usize,
        f: u32,
        range: Range<usize>,
        shape: Shape,
    ) -> Option<usize> {
        if f & F_SHIP_PREFIX != 0 {
            if let Some(end) = self.ship(s, i, range.end) {
                return Some(end);
            }
        }
        if let Some(end) = self.ship_after_type(s, i, range.clone()) {
            return Some(end);
        }
        let alone = i + 1 >= range.end || self.toks[i + 1].space_before();
        // A word, hyphen or slash written on to it ("Su-35"), a digit in it
        // ("TB2") or a short capitalized code with a digit after it
        // ("Magura V5"): else no designation, which is most capitalized
        // words. (The digit as `designation_at` asks it: a title-case
        // headline has a short capitalized word after most of its words.)
        let written_on =
            !alone && (self.toks[i + 1].is_word() || self.is_byte(i + 1, b'-') || self.is_byte(i + 1, b'/'));
        let code_after = alone
            && i + 1 < range.end
            && self.toks[i + 1].is_capitalized()
            && self.toks[i + 1].span.len() <= 4
            && self.digit_in(i + 1);
        if written_on || code_after || self.digit_in(i) {
            if let Some(end) = self.designation_at(s, i, range.clone()) {
                return Some(end);
            }
        }
        if shape == Shape::Text && alone {
            self.short_form(s, i, range);
        }
        None
    }

    /// Whether token `t` is a short form of a gazetteer weapon, by its bit.
    pub(super) fn short_form_bit(&self, t: usize) -> bool {
        let w = self.toks[t].word() as usize;
        self.names
            .weapons
            .short_bits
            .get(w / 64)
            .is_some_and(|b| b >> (w % 64) & 1 == 1)
    }

    /// Whether token `t` is a family of designations the gazetteer knows
    /// ("Hwasong" of Hwasong-17, "Kh" of Kh-101).
    pub(super) fn weapon_family(&self, t: usize) -> bool {
        self.names.weapons.families.contains_key(self.key(t))
    }

    /// Whether token `t` holds a digit.
    pub(super) fn digit_in(&self, t: usize) -> bool {
        let span = self.toks[t].span;
        self.text.as_bytes()[span.start..span.end]
            .iter()
            .any(u8::is_ascii_digit)
    }

    /// A designation written before a gazetteer's weapon word, opening with
    /// a digit ("9M133 missiles"): the capitalized designations are read
    /// where they start.
    pub(super) fn designation_before(&mut self, s: usize, weapon: usize, range: Range<usize>) {
        // The group of tokens written together right before the word.
        let Some(mut i) = weapon.checked_sub(1).filter(|&i| i >= range.start) else {
            return;
        };
        while i > range.start
            && !self.toks[i].space_before()
            && self.free(i - 1)
            && (self.toks[i - 1].is_word() || self.is_byte(i - 1, b'-'))
        {
            i -= 1;
        }
        if self.free(i) && self.text.as_bytes()[self.toks[i].span.start].is_ascii_digit() {
            self.designation_at(s, i, range);
        }
    }

    /// "Rafale jets", "Kalibr missiles": a system the gazetteer knows right
    /// before a class word of its own class (mention `m`) is one mention of
    /// the system, with the class word in it; without this the class word
    /// is a second weapon, which a rule may bind in the system's place.
    pub(super) fn system_before_class(&mut self, s: usize, m: usize) {
        let class_word = &self.mentions[m];
        let EntryRef::Known(class) = &class_word.entry else {
            return;
        };
        if class.attribute("class") != Some(&*class.id) {
            return;
        }
        let (first, end) = (class_word.tokens.start as usize, class_word.tokens.end as usize);
        if let Some(k) = self.system_ending_at(first, &class.id) {
            self.join_system(s, k, end, k..m + 1);
            return;
        }
        // "Switchblade 600 loitering munitions": a model number of the
        // system, and modifiers of the class word, between them.
        let start = self.tokens.sentences()[s].tokens.start;
        let named = self.modifiers_before(first, start);
        let number = self.model_number_before(named, start, 4);
        if number < named && self.toks[named - 1].space_before() {
            if let Some(k) = self.system_ending_at(number, &class.id) {
                self.join_system(s, k, end, k..m + 1);
            }
        }
    }

    /// The mention of a system the gazetteer knows (no class word: "missile
    /// warheads", "air defense artillery" are two) that ends right before
    /// token `t`, of class `class` or of a class that goes with it ("GMLRS
    /// rockets": ammunition and missiles).
    fn system_ending_at(&self, t: usize, class: &str) -> Option<usize> {
        let k = self.mention_index(t.checked_sub(1)?)?;
        let e = &self.mentions[k];
        let known = matches!(&e.entry, EntryRef::Known(x) if *x.id != *class
            && x.attribute("class").is_some_and(|c| *c != *x.id && same_kind(c, class)));
        (e.tokens.end as usize == t && e.entity_type() == EntityType::Weapon && known).then_some(k)
    }

    /// Makes system mention `k` one mention with the class word after it,
    /// up to token `end`, in place of the mentions `replaces`.
    fn join_system(&mut self, s: usize, k: usize, end: usize, replaces: Range<usize>) {
        let system = &self.mentions[k];
        let EntryRef::Known(entry) = &system.entry else {
            return;
        };
        let (a, b) = (system.tokens.start as usize, system.tokens.end as usize);
        let evidence = self.evidence(EvidenceKind::Designation, a..b);
        let what = What::Known {
            entry,
            kind: AliasKind::Name,
        };
        self.guess(a..end, replaces, s, what, evidence);
    }

    /// "Merkava tanks", "a Neptune missile", "Hermes 900 drones": one or two
    /// capitalized words, and a model number after them, right before a
    /// weapon class word of the gazetteer in running text (or before up to
    /// two modifiers of it: "the Liutyi long-range drone") name a system of
    /// that class, which replaces the class word's mention. Not words that
    /// are titles, heads of organizations' names, agents, dates or no name
    /// ("Christmas bombs"), nor acronyms (mostly groups: "IRA bombs"), not
    /// a sentence's first word or one after punctuation other than a
    /// possessive's (headlines capitalize it: "Stray bullet kills ...",
    /// "BAGHDAD - Two car bombs"; a lexicon of English nouns could tell
    /// "Merkava tanks entered ..." from "Homemade bombs went off"),
    /// not the end of a longer name before them, and not
    /// before a capitalized class word (the name of a unit or a treaty).
    pub(super) fn name_before_class(&mut self, s: usize, m: usize, range: Range<usize>) {
        let e = &self.mentions[m];
        let (first, end) = (e.tokens.start as usize, e.tokens.end as usize);
        let EntryRef::Known(entry) = &e.entry else {
            return;
        };
        let Some(class) = entry.attribute("class").filter(|&c| c == &*entry.id) else {
            return;
        };
        if self.space_rocket(m) {
            return;
        }
        // (A class word in capitals is an acronym, no name's word: "Kornet
        // ATGMs".)
        let acronym = |d: &Self| end == first + 1 && (d.all_caps(first) || d.plural_acronym(first));
        if first <= range.start || self.toks[first].is_capitalized() && !acronym(self) {
            self.name_in_headline(s, m, class, range);
            return;
        }
        // Up to two modifiers between the name and its class word: "Liutyi
        // long-range drone", "Poseidon nuclear torpedo".
        let named = self.modifiers_before(first, range.start);
        if let Some(other) = self.named_model(named, m, range.start) {
            let a = named - 3;
            let name = self.span_text(a..named);
            let evidence = self.evidence(EvidenceKind::Designation, a..named);
            let origin = self.origin_before(a, range.start);
            let what = What::Weapon { name, class, origin };
            self.guess(a..end, other..m + 1, s, what, evidence);
            return;
        }
        let Some(a) = self
            .name_before(named, range.clone())
            .or_else(|| self.acronym_before(named, class, range.clone()))
            .or_else(|| self.name_opening_sentence(named, m, class, range.clone()))
        else {
            // "Oreshnik, the new missile, ...": the name alone, which the
            // class word's mention names too.
            if let Some((name, of)) = self.name_in_apposition(named, m, range.clone()) {
                let origin = self.origin_before(name.start, range.start).or(of);
                let evidence = self.evidence(EvidenceKind::Designation, name.clone());
                let what = What::Weapon {
                    name: self.span_text(name.clone()),
                    class,
                    origin,
                };
                self.guess(name, m..m + 1, s, what, evidence);
            }
            return;
        };
        let origin = self.origin_before(a, range.start);
        let name = self.span_text(a..named);
        let evidence = self.evidence(EvidenceKind::Designation, a..named);
        self.guess(
            a..end,
            m..m + 1,
            s,
            What::Weapon { name, class, origin },
            evidence,
        );
    }

    /// "the Skynex system", "Lynx vehicles", "Piorun launchers": a name
    /// before a weapon noun that is no class word of the gazetteer (and its
    /// modifiers) names a system in a sentence `s` with other evidence of
    /// weapons (a weapon's mention or a maker's); its class by the noun
    /// (`military_platform`: aircraft, `military_vehicle`: armored
    /// vehicle, else weapon). Not before a noun that also names people
    /// ("Fano fighters"), and before a `generic_weapon_noun` ("the Schengen
    /// system") only with a maker or a weapon verb in the sentence.
    pub(super) fn names_before_nouns(&mut self, s: usize) {
        let range = self.tokens.sentences()[s].tokens.clone();
        // (`weapon_verb` also holds nouns before designations: "missile
        // Kh-101".)
        let verb =
            |t: usize| self.free(t) && self.feats(t) & (F_WEAPON_VERB | F_WEAPON_NOUN) == F_WEAPON_VERB;
        let strong = range.clone().any(|t| verb(t) || self.maker_at(t));
        let nouns: Vec<usize> = tokens_with(&self.tf, range.start + 1..range.end, F_WEAPON_NOUN).collect();
        for t in nouns {
            if !self.free(t)
                || self.toks[t].is_capitalized()
                || self.has(t, F_AGENT_NOUN)
                || t + 1 < range.end && self.free(t + 1) && self.is(t + 1, self.c.not_after_weapon)
                || !strong && self.is(t, self.c.generic_weapon_noun)
            {
                continue;
            }
            let named = self.modifiers_before(t, range.start);
            let Some(a) = self.name_before(named, range.clone()) else {
                continue;
            };
            let f = self.feats(t);
            let class = if f & F_MILITARY_PLATFORM != 0 {
                "aircraft"
            } else if f & F_MILITARY_VEHICLE != 0 {
                "armored_vehicle"
            } else {
                "weapon"
            };
            let origin = self.origin_before(a, range.start);
            let name = self.span_text(a..named);
            let evidence = self.evidence(EvidenceKind::Designation, a..named);
            self.guess(a..t + 1, 0..0, s, What::Weapon { name, class, origin }, evidence);
        }
    }

    /// "fired a Zirkon at the city", "shot down two Orlans": the
    /// capitalized word `t` of sentence `s` alone after a verb of firing
    /// (`firing_verb`, "down" after it) and an article or a number, ending its
    /// phrase (punctuation or a word of `fired_at` after it), is a weapon. Returns
    /// whether it guessed one.
    pub(super) fn fired(&mut self, s: usize, t: usize, range: Range<usize>) -> bool {
        if t < range.start + 2
            || self.has(t, NO_WEAPON_NAME | F_GIVEN_NAME)
            || self.all_caps(t)
            || self.word(t).chars().count() < 3
        {
            return false;
        }
        let counted = |d: &Self, j: usize| {
            d.free(j)
                && (matches!(d.key(j), "a" | "an" | "the")
                    || d.is(j, d.c.number_word)
                    || d.text.as_bytes()[d.toks[j].span.start].is_ascii_digit() && !d.digit_in(t))
        };
        if !counted(self, t - 1) {
            return false;
        }
        let mut v = t - 2;
        if v > range.start && self.key(v) == "down" {
            v -= 1;
        }
        // (Not a word a hyphen joins to a model: "Hwasong-17" is a
        // designation.)
        let ends = t + 1 >= range.end
            || !self.toks[t + 1].is_word() && !matches!(self.key(t + 1), "-" | "/")
            || self.toks[t + 1].space_before()
                && self.free(t + 1)
                && !self.toks[t + 1].is_capitalized()
                && self.is(t + 1, self.c.fired_at);
        if !ends || !self.free(v) || !self.is(v, self.c.firing_verb) {
            return false;
        }
        let origin = self.origin_before(t, range.start);
        let evidence = self.evidence(EvidenceKind::Context, v..v + 1);
        let name = self.span_text(t..t + 1);
        self.guess(
            t..t + 1,
            0..0,
            s,
            What::Weapon {
                name,
                class: "weapon",
                origin,
            },
            evidence,
        );
        true
    }

    /// "Russia Fires Oreshnik Missile At Dnipro": in a headline in title
    /// case, one capitalized word after a verb of weapons ("Fires",
    /// "Deploys") right before the singular class word of mention `m` (and
    /// a modifier of weapons: "Vortan Cruise Missile") names a system of
    /// that class (`class`) when it is no word of the language: not among
    /// its most common words ("New", "Top", "War"), a verb, a given name,
    /// a modifier of weapons, or a word of [`NO_WEAPON_NAME`]. Headlines
    /// name no system otherwise, since every word is capitalized, and
    /// without the verb too many words no list holds stand there ("New
    /// Lethal Weapon Movie", "For Sending Hoax Bomb").
    fn name_in_headline(&mut self, s: usize, m: usize, class: &'a str, range: Range<usize>) {
        let (first, end) = (
            self.mentions[m].tokens.start as usize,
            self.mentions[m].tokens.end as usize,
        );
        // (A plural is a team's name as often: "Fans Cheer Houston Rockets".)
        let plural = self.key(end - 1).ends_with('s');
        if first < range.start + 2 || plural || self.sentence_shape(s, range.clone()) != Shape::TitleCase {
            return;
        }
        let mut t = first - 1;
        if self.free(t) && self.is(t, self.c.weapon_modifier) {
            t -= 1;
        }
        // A name and a model number joined by a hyphen need no verb: "With
        // Palestine-2 Hypersonic Missile".
        if let Some(other) = self.named_model(t + 1, m, range.start) {
            let a = t - 2;
            let name = self.span_text(a..t + 1);
            let evidence = self.evidence(EvidenceKind::Designation, a..t + 1);
            let origin = self.origin_before(a, range.start);
            let what = What::Weapon { name, class, origin };
            self.guess(a..end, other..m + 1, s, what, evidence);
            return;
        }
        // (After a verb of weapons: "Fires", "Launches", "Deploys".)
        let verb =
            |v: usize| self.free(v) && self.feats(v) & (F_WEAPON_VERB | F_WEAPON_NOUN) == F_WEAPON_VERB;
        let name = t > range.start + 1
            && verb(t - 1)
            && !self.at_start(t, range.start)
            && self.system_name_word(t, 4)
            && self.toks[t].space_before()
            && !self.has(t, F_GIVEN_NAME | F_WEAPON_VERB)
            && !self.tensed_verb(t)
            && !self.common(t)
            && !self.is(t, self.c.weapon_modifier);
        if !name {
            return;
        }
        let origin = self.origin_before(t, range.start);
        let evidence = self.evidence(EvidenceKind::Designation, t..t + 1);
        let what = What::Weapon {
            name: self.span_text(t..t + 1),
            class,
            origin,
        };
        self.guess(t..end, m..m + 1, s, what, evidence);
    }

    /// "Yassin-105 rockets", "Fatah-II rocket system", "Palestine-2
    /// missile": a name the gazetteer gives a person, an organization or a
    /// country (systems are named after places: "Quds-1", "Burkan-2"),
    /// joined by a hyphen to a model number (digits or a Roman numeral)
    /// that ends at `named` right before the class word of mention `m`, is
    /// a system's designation. (A country joined to a word stays one:
    /// "Iran-made drones", "US-supplied HIMARS".) Returns
    /// the name's mention, `m - 1`, if so.
    fn named_model(&self, named: usize, m: usize, start: usize) -> Option<usize> {
        if named < start + 3 || m == 0 {
            return None;
        }
        let (x, model) = (named - 3, named - 1);
        let word = self.word(model);
        let number = word.bytes().all(|b| b.is_ascii_digit())
            || word.len() <= 4 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
        let joined = !self.toks[model].space_before()
            && !self.toks[model - 1].space_before()
            && self.is_byte(model - 1, b'-')
            && self.free(model)
            && self.free(model - 1);
        let e = &self.mentions[m - 1];
        let name = e.tokens.start as usize == x
            && e.tokens.end as usize == x + 1
            && matches!(
                e.entity_type(),
                EntityType::Person | EntityType::Organization | EntityType::Country
            );
        (number && joined && name && self.toks[x].is_capitalized()).then_some(m - 1)
    }

    /// Whether token `t` may be a word of a system's name: a free word,
    /// capitalized but not all in capitals, of at least `min_chars`
    /// letters, with no digit, and no word of [`NO_WEAPON_NAME`].
    fn system_name_word(&self, t: usize, min_chars: usize) -> bool {
        self.free(t)
            && self.toks[t].is_word()
            && self.toks[t].is_capitalized()
            && !self.all_caps(t)
            && self.word(t).chars().count() >= min_chars
            && !self.digit_in(t)
            && !self.has(t, NO_WEAPON_NAME)
    }

    /// Where a model number of at most `digits` digits right before token
    /// `named` starts ("Hermes 900"), past the sentence's first word
    /// `first`; `named` if there is none.
    fn model_number_before(&self, named: usize, first: usize, digits: usize) -> usize {
        let number = named > first + 1
            && self.free(named - 1)
            && self.toks[named - 1].span.len() <= digits
            && self.text.as_bytes()[self.toks[named - 1].span.start..self.toks[named - 1].span.end]
                .iter()
                .all(u8::is_ascii_digit);
        named - usize::from(number)
    }

    /// Where a model number in Roman numerals right before token `named`
    /// starts ("Wing Loong II", "Hsiung Feng III"), after a name's word
    /// that is no common word of the language ("World War II bombs",
    /// "Phase II missiles"); `named` if there is none.
    fn roman_model_before(&self, named: usize, first: usize) -> usize {
        let Some(r) = named.checked_sub(1).filter(|&r| r > first + 1) else {
            return named;
        };
        let word = self.word(r);
        let roman = self.free(r)
            && self.toks[r].space_before()
            && word.len() <= 4
            && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
        let after_name = self.system_name_word(r - 1, 3) && !self.common(r - 1);
        if roman && after_name {
            r
        } else {
            named
        }
    }

    /// Where the name of a system that ends at `named` starts, in the
    /// sentence `range`: one or two capitalized words and a model number
    /// ("Merkava", "Hermes 900"), in running text, not opening the sentence
    /// nor ending a longer name (a maker or a country before it is no
    /// longer name: "Rheinmetall Lynx", "Chinese Hangor submarines").
    fn name_before(&self, named: usize, range: Range<usize>) -> Option<usize> {
        // A model number: "Hermes 900", "Arrow 3", "Hsiung Feng III".
        let i = self.model_number_before(named, range.start, 4);
        let i = if i == named {
            self.roman_model_before(named, range.start)
        } else {
            i
        };
        let word_ok =
            |d: &Self, t: usize| d.system_name_word(t, 3) && d.toks[t].space_before() | (t == range.start);
        let mut a = i;
        while a > range.start && i - a < 2 && word_ok(self, a - 1) {
            a -= 1;
        }
        // A modifier of weapons, capitalized, opens a name of two words:
        // "Sea Baby drones", "Sea King helicopters" ("sea" is no name's
        // word elsewhere).
        if i - a == 1 && a > range.start + 1 {
            let t = a - 1;
            let modifier = self.free(t)
                && self.toks[t].is_word()
                && self.toks[t].is_capitalized()
                && !self.all_caps(t)
                && self.is(t, self.c.weapon_modifier);
            if modifier {
                a = t;
            }
        }
        // A model number alone is no name ("fired 20 missiles").
        if a == i {
            return None;
        }
        // The end of a longer name, or a word opening the sentence.
        let longer = a > range.start
            && self.toks[a - 1].is_word()
            && self.toks[a - 1].is_capitalized()
            && !self.has(a - 1, F_MINOR_WORD)
            && !self.maker_at(a - 1)
            && self
                .mention_at(a - 1)
                .is_none_or(|e| e.entity_type() != EntityType::Country);
        // (After a dateline's dash too: "BAGHDAD - Two car bombs"; not after
        // a possessive: "Peru's Neptune missiles".)
        let opens = self.at_start(a, range.start) || !self.toks[a - 1].is_word() && self.key(a - 1) != "'s";
        if longer || opens || self.shape(range) != Shape::Text {
            return None;
        }
        Some(a)
    }

    /// "Firtina howitzers shelled ...", "Ejder Yalcin armoured vehicles
    /// were ...": where one or two capitalized words that open the sentence
    /// `range`, right before the plural class word of mention `m` (or its
    /// modifiers, and a model number: "Sa'ar 6 corvettes"), start, when
    /// they are no word of the language: not among its most common words
    /// (5,000 of `common_words.txt`: "Heavy", "Armed", "Several"), nor a
    /// modifier of weapons ("Naval", "Tactical"), a given name, or a word
    /// of [`NO_WEAPON_NAME`] ("Homemade", "Improvised", "Stray" are no
    /// names). Not before the class of weapons at large ("Robotic arms"),
    /// and in running text only.
    fn name_opening_sentence(
        &self,
        named: usize,
        m: usize,
        class: &str,
        range: Range<usize>,
    ) -> Option<usize> {
        let e = &self.mentions[m];
        let last = e.tokens.end as usize - 1;
        let plural = self.key(last).ends_with('s') && !self.key(last).ends_with("ss");
        if matches!(class, "weapon" | "nuclear_weapon") || !plural || named <= range.start {
            return None;
        }
        // A model number: "Sa'ar 6".
        let i = self.model_number_before(named, range.start, 3);
        let word_ok = |d: &Self, t: usize| {
            d.system_name_word(t, 4)
                && !d.has(t, F_GIVEN_NAME)
                && !d.common(t)
                && !d.is(t, d.c.weapon_modifier)
        };
        let a = (i.saturating_sub(2).max(range.start)..i).find(|&a| {
            self.at_start(a, range.start)
                && (a..i).all(|t| word_ok(self, t) && (t == a || self.toks[t].space_before()))
        })?;
        (self.shape(range) == Shape::Text).then_some(a)
    }

    /// "Burevestnik, the nuclear-powered cruise missile, has ...", "tested
    /// the Vortan, a hypersonic missile.": one or two capitalized words
    /// before a comma and an article that open a phrase of the class word
    /// of mention `m` (and its modifiers, which start at `named`) that ends
    /// at a comma, a bracket or the sentence's end name a system of that
    /// class; their tokens. Not a longer name's end, a given name, nor
    /// before a word of an aircraft's role ("Vega, the bomber, ..." may be a
    /// person).
    fn name_in_apposition(
        &self,
        named: usize,
        m: usize,
        range: Range<usize>,
    ) -> Option<(Range<usize>, Option<&'a str>)> {
        let e = &self.mentions[m];
        let (first, end) = (e.tokens.start as usize, e.tokens.end as usize);
        let article = |t: usize| self.free(t) && matches!(self.key(t), "the" | "a" | "an");
        // (And a word in lower case after it: "the new intermediate-range
        // missile".)
        let lower = |t: usize| {
            self.free(t)
                && self.toks[t].is_word()
                && self.text.as_bytes()[self.toks[t].span.start].is_ascii_lowercase()
        };
        // (Or a country's adjective: "a German cruise missile", which gives
        // the system its origin.)
        let demonym = |t: usize| {
            self.mention_at(t).filter(|e| {
                e.tokens.start as usize == t
                    && e.tokens.end as usize == t + 1
                    && e.entity_type() == EntityType::Country
                    && e.alias_kind == AliasKind::Demonym
            })
        };
        let mut origin = None;
        let named = if named >= range.start + 4 && !article(named - 1) && lower(named - 1) {
            named - 1
        } else if named >= range.start + 4 && !article(named - 1) && demonym(named - 1).is_some() {
            origin = demonym(named - 1).and_then(|e| match &e.entry {
                EntryRef::Known(x) => Some(&*x.id),
                _ => None,
            });
            named - 1
        } else {
            named
        };
        if named < range.start + 3
            || !article(named - 1)
            || !self.is_byte(named - 2, b',')
            || self.has(end - 1, F_AIRCRAFT_ROLE) && end == first + 1
        {
            return None;
        }
        let closes = |t: usize| {
            t >= range.end
                || !self.toks[t].is_word()
                    && (self.is_byte(t, b',') || self.is_byte(t, b')') || t + 1 == range.end)
        };
        // (Or a participle and its phrase that end there, six tokens at
        // most: "the Liutyi, a long-range drone made in Ukraine, hit".)
        let participle = |t: usize| {
            t < range.end
                && self.free(t)
                && self.is(t, self.c.lexicon_word[1])
                && self.text.as_bytes()[self.toks[t].span.start].is_ascii_lowercase()
        };
        let closed = closes(end) || participle(end) && (end + 1..(end + 7).min(range.end + 1)).any(closes);
        if !closed || self.shape(range.clone()) != Shape::Text {
            return None;
        }
        let comma = named - 2;
        let word_ok = |d: &Self, t: usize| d.system_name_word(t, 3) && !d.has(t, F_GIVEN_NAME);
        let mut a = comma;
        while a > range.start && comma - a < 2 && word_ok(self, a - 1) {
            a -= 1;
        }
        // (Or an acronym of four capitals or more that no list holds: "the
        // GLSDB, a glide bomb".)
        if a == comma && a > range.start {
            let t = a - 1;
            let word = self.word(t);
            let acronym = self.free(t)
                && self.toks[t].is_word()
                && word.len() >= 4
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && !self.has(t, NO_WEAPON_NAME);
            if acronym {
                a = t;
            }
        }
        if a == comma || comma - a == 2 && !self.toks[a + 1].space_before() {
            return None;
        }
        // (Opening the sentence, or after a word in lower case: "tested the
        // Vortan, a ...", or after "The" opening it.)
        let opens = self.at_start(a, range.start)
            || self.toks[a - 1].is_word() && !self.toks[a - 1].is_capitalized() && self.free(a - 1)
            || article(a - 1) && self.at_start(a - 1, range.start);
        opens.then_some((a..comma, origin))
    }

    /// "GLSDB bombs", "JASSM missiles": where an acronym of four capitals
    /// or more, alone right before the class word `class` (or its
    /// modifiers) at `named`, starts: the acronym of a system. Not before
    /// the class of weapons at large ("NRA weapons"), nor an acronym the
    /// gazetteer knows (a group's: "ISIL tanks"), a plural one, one that
    /// is no weapon's name ("WWII bombs"), nor one opening the sentence;
    /// in running text only, before a class word in lower case after a
    /// word that is not in capitals (in a text in capitals every word
    /// looks like an acronym).
    fn acronym_before(&self, named: usize, class: &str, range: Range<usize>) -> Option<usize> {
        let a = named.checked_sub(1).filter(|&a| a > range.start)?;
        let word = self.word(a);
        // (Capitals around it are a text in capitals: "CHINA SOLD
        // MISSILES".)
        let caps_before = self.toks[a - 1].is_word() && self.all_caps(a - 1);
        let ok = !matches!(class, "weapon" | "nuclear_weapon")
            && !self.toks[named].is_capitalized()
            && !caps_before
            && self.free(a)
            && self.toks[a].is_word()
            && self.toks[a].space_before()
            && word.len() >= 4
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && !self.has(a, NO_WEAPON_NAME)
            && !self.at_start(a, range.start)
            && self.shape(range) == Shape::Text;
        ok.then_some(a)
    }

    /// Whether token `t` ends a mention of a maker of weapons (an entry
    /// with `makes=weapons`: "Rheinmetall", "Baykar").
    fn maker_at(&self, t: usize) -> bool {
        self.mention_at(t)
            .is_some_and(|e| e.tokens.end as usize == t + 1 && e.entry.attribute("makes") == Some("weapons"))
    }

    /// Where the modifiers of a weapon class word that starts at `first`
    /// begin: up to two lower-case words of `weapon_modifier` or compounds
    /// joined by hyphens ("long-range", "self-propelled") right before it,
    /// in the sentence that starts at `start`. `first` when there are none.
    pub(super) fn modifiers_before(&self, first: usize, start: usize) -> usize {
        let mut i = first;
        for _ in 0..2 {
            let Some(w) = i.checked_sub(1).filter(|&w| w > start && self.free(w)) else {
                break;
            };
            // (Words of letters: "50-meter" is a measure.)
            let lower = |t: usize| {
                self.toks[t].is_word()
                    && !self.toks[t].is_capitalized()
                    && self.text.as_bytes()[self.toks[t].span.start].is_ascii_lowercase()
            };
            if lower(w) && self.toks[w].space_before() && self.is(w, self.c.weapon_modifier) {
                i = w;
                continue;
            }
            // "long - range": words and hyphens written together, a space
            // before the first.
            let mut j = w;
            while j > start + 1
                && !self.toks[j].space_before()
                && self.free(j - 1)
                && (lower(j - 1) || self.is_byte(j - 1, b'-'))
            {
                j -= 1;
            }
            let compound = j < w && lower(j) && lower(w) && self.toks[j].space_before();
            if !compound {
                break;
            }
            i = j;
        }
        i
    }

    /// Where the modifiers of a weapon class word after a designation that
    /// ends at `end` stop ("FAB-500 glide bombs", "Magura V5 sea drones"):
    /// up to two words of `weapon_modifier` or compounds joined by hyphens,
    /// in a sentence that ends at `last`. `end` when there are none.
    fn modifiers_after(&self, end: usize, last: usize) -> usize {
        let lower = |t: usize| {
            t < last
                && self.free(t)
                && self.toks[t].is_word()
                && self.text.as_bytes()[self.toks[t].span.start].is_ascii_lowercase()
        };
        let mut k = end;
        for _ in 0..2 {
            if !lower(k) || !self.toks[k].space_before() {
                break;
            }
            if self.is(k, self.c.weapon_modifier) && (k + 1 >= last || self.toks[k + 1].space_before()) {
                k += 1;
                continue;
            }
            // "long - range": words and hyphens written together.
            let mut j = k + 1;
            while j + 1 < last && !self.toks[j].space_before() && self.is_byte(j, b'-') && lower(j + 1) {
                j += 2;
            }
            if j == k + 1 {
                break;
            }
            k = j;
        }
        k
    }

    /// A designation that starts at `i`, if one does.
    pub(super) fn designation_at(&mut self, s: usize, i: usize, range: Range<usize>) -> Option<usize> {
        // Most capitalized words are a group of one token without a digit,
        // and no designation unless a second group follows ("Magura V5").
        let digits = |a: usize, b: usize| {
            (a..b).any(|t| {
                let span = self.toks[t].span;
                self.text.as_bytes()[span.start..span.end]
                    .iter()
                    .any(u8::is_ascii_digit)
            })
        };
        let joined = i + 1 < range.end && !self.toks[i + 1].space_before();
        let g = if joined {
            self.group_end(i, range.end)
        } else {
            i + 1
        };
        // A digit in the group ("Kh-101"), a short model suffix ("Tornado-S")
        // or a code after a space ("Magura V5"): else no designation, which
        // is most capitalized words ("Secretary-General").
        let suffixed = g == i + 3 && matches!(self.key(i + 1), "-" | "/") && self.toks[i + 2].span.len() <= 3;
        let spaced_code = g < range.end
            && self.toks[g].space_before()
            && self.toks[g].is_capitalized()
            && self.toks[g].span.len() <= 4
            && digits(g, g + 1);
        if !suffixed && !spaced_code && !digits(i, g) {
            return None;
        }
        // "To Sell K2 Tanks", "Buy K2": a word of the lexicon before a code
        // after a space is the headline's verb (or any English word), not
        // the first half of a name as "Magura V5" or "Bayraktar TB2"; the
        // code is tried alone at the next token.
        if spaced_code && !suffixed && g == i + 1 && !digits(i, g) && self.lexicon_word(i) {
            return None;
        }
        let mut buf = std::mem::take(&mut self.buf);
        let end = self.designation(s, i, g, range, &mut buf);
        self.buf = buf;
        end
    }

    /// The end of the tokens written together from `i`: words, digits,
    /// hyphens and slashes with no space between them.
    fn group_end(&self, i: usize, end: usize) -> usize {
        let mut j = i + 1;
        while j < end
            && j - i < MAX_GROUP_TOKENS
            && self.free(j)
            && !self.toks[j].space_before()
            && (self.toks[j].is_word() || matches!(self.key(j), "-" | "/"))
        {
            j += 1;
        }
        // A group ends with a word, not a hyphen ("Su-35-").
        while j > i + 1 && !self.toks[j - 1].is_word() {
            j -= 1;
        }
        j
    }

    /// "HMS Ocean", "USS Mahan": a warship.
    fn ship(&mut self, s: usize, i: usize, end: usize) -> Option<usize> {
        if !self.has(i, F_SHIP_PREFIX) || !self.all_caps(i) {
            return None;
        }
        let mut j = i + 1;
        // (An initial inside the name: "USS Dwight D. Eisenhower".)
        let word = |d: &Self, j: usize| {
            d.free(j)
                && d.toks[j].is_word()
                && d.toks[j].is_capitalized()
                && (!d.all_caps(j)
                    || j > i + 1 && d.initial(j) && j + 1 < end && d.toks[j + 1].is_capitalized())
        };
        while j < end && j - i <= 3 && word(self, j) {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        let evidence = self.evidence(EvidenceKind::ShipPrefix, i..i + 1);
        let ship = self.guesses.len();
        self.guess(
            i..j,
            0..0,
            s,
            What::Weapon {
                name: self.span_text(i..j),
                class: "warship",
                origin: None,
            },
            evidence,
        );
        // "HMS Ocean (L 12)": the hull number in brackets is the ship too.
        if let Some(code) = self.hull_number(j, end) {
            let evidence = Evidence {
                kind: EvidenceKind::Acronym,
                text: self.span_text(i..j),
            };
            let what = What::Alias {
                of: Target::Guess(ship),
                kind: AliasKind::Abbreviation,
            };
            self.guess(code.clone(), 0..0, s, what, evidence);
            return Some(code.end + 1);
        }
        Some(j)
    }

    /// "the frigate Admiral Makarov", "the landing ship Caesar Kunikov": one
    /// to three capitalized words at `i`, right after a ship's type in lower
    /// case and the singular (a mention of the gazetteer's class word
    /// `warship`), are the ship's name, whatever else they may be: ships are
    /// named after admirals, saints and cities, so a title or a given name
    /// in them is no person's (a person the gazetteer knows in them is
    /// replaced too). Not words that are no name (dates, head words of
    /// organizations, agents, minor words), nor a title alone. The ship
    /// replaces the type's mention. Returns where the name ends.
    fn ship_after_type(&mut self, s: usize, i: usize, sentence: Range<usize>) -> Option<usize> {
        // (Most words after a mention follow a name in capitals: the
        // flags tell before the mention is looked up.)
        if i <= sentence.start
            || !self.toks[i].space_before()
            || self.toks[i - 1].is_capitalized()
            || self.free(i - 1)
        {
            return None;
        }
        let m = self.mention_index(i - 1)?;
        let e = &self.mentions[m];
        let first = e.tokens.start as usize;
        let EntryRef::Known(entry) = &e.entry else {
            return None;
        };
        let singular = !self.key(i - 1).ends_with('s');
        let lower = !self.toks[first].is_capitalized();
        if e.tokens.end as usize != i
            || first < sentence.start
            || &*entry.id != "warship"
            || entry.attribute("class") != Some("warship")
            || !singular
            || !lower
        {
            return None;
        }
        // The name's words: free, or one person of the gazetteer each.
        let mut j = i;
        let mut last = m;
        let mut named = false;
        while j < sentence.end && j - i < 3 {
            let word = self.toks[j].is_word()
                && self.toks[j].is_capitalized()
                && !self.all_caps(j)
                && self.word(j).chars().count() >= 2
                && !self.has(j, NO_WEAPON_NAME & !(F_PERSON_TITLE | F_TITLE_MODIFIER));
            if !word || j > i && !self.toks[j].space_before() {
                break;
            }
            if !self.free(j) {
                let Some(p) = self.mention_index(j).filter(|&p| {
                    let e = &self.mentions[p];
                    e.entity_type() == EntityType::Person
                        && e.tokens.start as usize == j
                        && e.tokens.end as usize == j + 1
                }) else {
                    break;
                };
                last = p;
            }
            named |= !self.has(j, F_PERSON_TITLE | F_TITLE_MODIFIER);
            j += 1;
        }
        // (A capitalized word after it: a longer name, or another one.)
        let open = j >= sentence.end || !self.toks[j].is_word() || !self.toks[j].is_capitalized();
        if !named || !open {
            return None;
        }
        let evidence = self.evidence(EvidenceKind::ShipPrefix, first..i);
        let what = What::Weapon {
            name: self.span_text(i..j),
            class: "warship",
            origin: None,
        };
        self.guess(first..j, m..last + 1, s, what, evidence);
        Some(j)
    }

    /// "(DDG 70)", "(L 12)": a hull number in brackets from `j`: one to
    /// four capitals, a space or not, and digits.
    fn hull_number(&self, j: usize, end: usize) -> Option<Range<usize>> {
        if j + 2 >= end || !self.is_byte(j, b'(') {
            return None;
        }
        let close = (j + 2..end.min(j + 5)).find(|&c| self.is_byte(c, b')'))?;
        let code = &self.text[self.toks[j + 1].span.start..self.toks[close - 1].span.end];
        let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
        let rest = code[letters..].trim_start_matches(' ');
        let ok = (1..=4).contains(&letters)
            && (1..=4).contains(&rest.len())
            && rest.bytes().all(|b| b.is_ascii_digit())
            && (j + 1..close).all(|t| self.free(t));
        ok.then_some(j + 1..close)
    }

    /// A designation from `i` (its first group ends at `g`), if a pattern
    /// matches it and a weapon word or its family says it is a weapon.
    fn designation(
        &mut self,
        s: usize,
        i: usize,
        g: usize,
        sentence: Range<usize>,
        buf: &mut String,
    ) -> Option<usize> {
        let first = self.word(i);
        // Every designation has a capital or a digit first.
        if !first.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return None;
        }
        // "Magura V5": a second group of a capital and digits after a space.
        let g2 = (g < sentence.end && self.free(g) && self.toks[g].space_before() && self.toks[g].is_word())
            .then(|| self.group_end(g, sentence.end))
            .filter(|&g2| {
                let w = self.span_text(g..g2);
                w.len() <= 4
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.contains(|c: char| c.is_ascii_digit())
            });
        let weapons = &self.names.weapons;
        let mut matched = None;
        for end in g2.into_iter().chain(std::iter::once(g)) {
            buf.clear();
            for t in i..end {
                if t > i && self.toks[t].space_before() {
                    buf.push(' ');
                }
                match self.key(t) {
                    "-" => buf.push('-'),
                    _ => buf.push_str(self.word(t)),
                }
            }
            if !buf.contains(|c: char| c.is_ascii_digit()) && !buf.contains('-') {
                continue;
            }
            if weapons.patterns.iter().any(|p| p.is_match(buf)) {
                matched = Some(end);
                break;
            }
        }
        let end = matched?;
        // The family: the letters before the first digit or hyphen.
        let family: String = buf
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        // (A family of one letter only with its hyphen, as the families are
        // built: "S-300", not "S24", "M25", "A380", which name phones, roads
        // and airliners.)
        let lettered = family.len() >= 2 || buf[family.len()..].starts_with(['-', '/']);
        let family_class: Option<&'a str> = weapons
            .families
            .get(family.as_str())
            .filter(|_| lettered)
            .map(|c| &**c);
        // A model no family knows before a plain aircraft word ("A320
        // aircraft", "Embraer E190 planes") names an airliner as often as a
        // warplane, and one before a vehicle word a car ("RAV4 vehicles"):
        // only a country's adjective before it ("British F35 jets") or a
        // sentence of fighting from the air makes it a weapon.
        let origin = self.origin_before(i, sentence.start);
        // "RQ-4 Global Hawk", "RM-70 Vampire launcher": the system's name
        // after its designation is one mention with it.
        let (end, named) = self.name_after_designation(end, sentence.clone());
        if family_class.is_none()
            && origin.is_none()
            && end < sentence.end
            && self.has(end, F_MILITARY_PLATFORM | F_MILITARY_VEHICLE)
            && !sentence.clone().any(|t| self.has(t, F_ARMED_WORD))
        {
            return None;
        }
        let mut class = family_class;
        // A class noun right after it, or after its modifiers: "Kh-101
        // cruise missiles", "FAB-500 glide bombs" are one mention.
        let mut toks = i..end;
        let mut replaces = named.clone();
        let mut noun = end < sentence.end && self.free(end) && self.has(end, F_WEAPON_NOUN);
        for after in [end, self.modifiers_after(end, sentence.end)] {
            if let Some(m) = self.mention_index(after).filter(|_| after < sentence.end) {
                let e = &self.mentions[m];
                if let (EntryRef::Known(entry), EntityType::Weapon) = (&e.entry, e.entity_type()) {
                    if (e.tokens.start as usize) == after && entry.attribute("class") == Some(&*entry.id) {
                        class = entry.attribute("class");
                        toks = i..e.tokens.end as usize;
                        replaces = if named.is_empty() {
                            m..m + 1
                        } else {
                            named.start..m + 1
                        };
                        break;
                    }
                }
            }
            noun |= after > end && after < sentence.end && self.free(after) && self.has(after, F_WEAPON_NOUN);
        }
        let context = noun
            || (i.saturating_sub(VERB_REACH).max(sentence.start)..i).any(|t| self.has(t, F_WEAPON_VERB))
            || self.tested(i, end, sentence.clone());
        if class.is_none() && context {
            class = Some("weapon");
        }
        let class = class?;
        let evidence = self.evidence(EvidenceKind::Designation, i..end);
        let resume = toks.end;
        let name = self.span_text(i..end);
        self.guess(toks, replaces, s, What::Weapon { name, class, origin }, evidence);
        Some(resume)
    }

    /// "India tested an Agni-V with ...": whether a verb of testing and an
    /// article or a number stand right before the designation `i..end`,
    /// and its phrase ends after it (no word in lower case but a minor
    /// word: "tested the Covid-19 vaccine" is no weapon's).
    fn tested(&self, i: usize, end: usize, sentence: Range<usize>) -> bool {
        if i < sentence.start + 2 {
            return false;
        }
        let determiner = matches!(self.key(i - 1), "a" | "an" | "the")
            || self.text.as_bytes()[self.toks[i - 1].span.start].is_ascii_digit()
            || self.is(i - 1, self.c.number_word);
        let ends = end >= sentence.end
            || !self.toks[end].is_word()
            || self.has(end, F_MINOR_WORD)
            || self.is(end, self.c.fired_at);
        // (Not a name in capitals of four letters or more, as diseases
        // write theirs: "tested the COVID-19 on mice".)
        let caps = self.all_caps(i) && self.word(i).len() >= 4;
        determiner && ends && !caps && self.free(i - 2) && self.is(i - 2, self.c.test_verb)
    }

    /// Where the name of a system after its designation that ends at `end`
    /// stops ("MQ-9 Reaper", "RQ-4 Global Hawk"): one or two capitalized
    /// words of running text that may be a weapon's name (no title, head
    /// word, agent, date or minor word, no capitals only, no digit), free,
    /// with no third capitalized word after them (a longer name, or the
    /// next one); a word the gazetteer names a weapon alone ("Hawk") is
    /// replaced. `end` when there are none; with the mentions replaced.
    fn name_after_designation(&self, end: usize, sentence: Range<usize>) -> (usize, Range<usize>) {
        let weapon = |t: usize| {
            self.mention_index(t).filter(|&m| {
                let e = &self.mentions[m];
                e.entity_type() == EntityType::Weapon
                    && e.tokens.start as usize == t
                    && e.tokens.end as usize == t + 1
            })
        };
        let word = |t: usize| {
            t < sentence.end
                && (self.free(t) || weapon(t).is_some())
                && self.toks[t].is_word()
                && self.toks[t].space_before()
                && self.toks[t].is_capitalized()
                && !self.all_caps(t)
                && !self.digit_in(t)
                && self.word(t).chars().count() >= 3
                && !self.has(t, NO_WEAPON_NAME)
        };
        let mut k = end;
        let mut replaced: Option<Range<usize>> = None;
        while k < end + 2 && word(k) {
            if let Some(m) = weapon(k) {
                replaced = Some(replaced.map_or(m..m + 1, |r| r.start..m + 1));
            }
            k += 1;
        }
        let open = k >= sentence.end || !self.toks[k].is_word() || !self.toks[k].is_capitalized();
        if k == end || !open || self.shape(sentence) != Shape::Text {
            return (end, 0..0);
        }
        (k, replaced.unwrap_or(0..0))
    }

    /// "Iskander" for "9K720 Iskander": the short form of a gazetteer
    /// weapon, capitalized inside a sentence, standing alone.
    fn short_form(&mut self, s: usize, i: usize, sentence: Range<usize>) {
        let tok = self.toks[i];
        if !self.short_form_bit(i) {
            return;
        }
        if !tok.is_capitalized() || self.at_start(i, sentence.start) || self.all_caps(i) {
            return;
        }
        let Some(&e) = self.names.weapons.short_forms.get(&tok.word()) else {
            return;
        };
        // Not part of a longer name ("Julius Caesar", "the Patriot Act",
        // "The Lancet").
        let before = i - 1;
        if self.toks[before].is_word() && self.toks[before].is_capitalized() {
            return;
        }
        if i + 1 < sentence.end && self.toks[i + 1].is_word() && self.toks[i + 1].is_capitalized() {
            return;
        }
        let entry = &self.gazetteer.entries()[e as usize];
        let evidence = self.evidence(EvidenceKind::ShortForm, i..i + 1);
        self.guess(
            i..i + 1,
            0..0,
            s,
            What::Known {
                entry,
                kind: AliasKind::Name,
            },
            evidence,
        );
    }
}

/// The most members of a list of aircraft read from a role word ("attack,
/// bomber, fighter and remotely piloted aircraft").
const MAX_LIST: usize = 6;

impl<'a> Doc<'_, 'a> {
    /// The platforms of the sentences about fighting: those of `armed`,
    /// which name a weapon, and the aircraft of those with a word of
    /// fighting from the air ("Coalition aircraft bombed the bridge").
    pub(super) fn armed_platforms(&mut self, armed: Vec<usize>) {
        let sentences = self.tokens.sentences();
        // Every token is read here: the union of a sentence's features,
        // which the compiler vectorizes.
        // (None when no word of the document is one.)
        let any_fighting = self.doc_feats & F_ARMED_WORD != 0;
        let fighting = |tf: &[u32]| any_fighting && tf.iter().fold(0, |a, &f| a | f) & F_ARMED_WORD != 0;
        if armed.is_empty() && !any_fighting {
            return;
        }
        let mut named = armed.into_iter().peekable();
        for (s, sentence) in sentences.iter().enumerate() {
            while named.next_if(|&a| a < s).is_some() {}
            if named.next_if_eq(&s).is_some() {
                self.platforms(s, true);
            } else if fighting(self.tf.get(sentence.tokens.clone()).unwrap_or_default())
                && !sentence.tokens.clone().any(|t| self.is(t, self.c.civil_aviation))
            {
                self.platforms(s, false);
            }
        }
    }

    /// "Coalition aircraft destroyed 14 tanks": in a sentence that names a
    /// weapon, aircraft words are weapons too (class `aircraft`), and so are
    /// vehicle words ("destroyed a vehicle and a mortar": class
    /// `armored_vehicle`), and role words listed with aircraft ("attack,
    /// bomber and fighter aircraft": the head noun is said once). The
    /// vehicle words only when `vehicles`.
    fn platforms(&mut self, s: usize, vehicles: bool) {
        let range = self.tokens.sentences()[s].tokens.clone();
        for t in range.clone() {
            if !self.free(t) || !vehicles && self.has(t, F_MILITARY_VEHICLE) {
                continue;
            }
            // ("anti-aircraft missiles", "anti-tank guns": what a weapon is
            // against, no platform of its own.)
            if self.after_against_prefix(t, range.start) {
                continue;
            }
            // ("bomber and fighter squadrons": a unit, no aircraft.)
            let role = self.has(t, F_AIRCRAFT_ROLE)
                && !(t + 1 < range.end && self.is(t + 1, self.c.not_after_weapon))
                && self.listed_with_aircraft(t, range.clone());
            self.platform(t, s, role);
        }
    }

    /// Guesses the aircraft or vehicle word `t` of sentence `s` a weapon
    /// (a role word when `role`): its class by its word.
    fn platform(&mut self, t: usize, s: usize, role: bool) {
        let weapons = &self.names.weapons;
        let f = self.feats(t);
        let entry = if f & F_MILITARY_PLATFORM != 0 || role {
            weapons.aircraft
        } else if f & F_MILITARY_VEHICLE != 0 {
            weapons.vehicle
        } else {
            None
        };
        if let Some(entry) = entry {
            let entry = &self.gazetteer.entries()[entry];
            // "Rafale jets": after a system of its class, the word is part
            // of the system's mention (as a class word of the gazetteer is,
            // `system_before_class`).
            if let Some(k) = self.system_ending_at(t, &entry.id) {
                self.join_system(s, k, t + 1, k..k + 1);
                return;
            }
            let evidence = self.evidence(EvidenceKind::Context, t..t + 1);
            let what = What::Known {
                entry,
                kind: AliasKind::Name,
            };
            self.guess(t..t + 1, 0..0, s, what, evidence);
        }
    }

    /// Whether the role word `t` is a member of a list ("a, b and c") that
    /// holds an aircraft, its members between role words too. The list
    /// needs its "and" or "or": after "After the attack, fighter jets
    /// patrolled" the comma ends a clause.
    fn listed_with_aircraft(&self, t: usize, range: Range<usize>) -> bool {
        self.aircraft_beside(t, range.clone(), true) || self.aircraft_beside(t, range, false)
    }

    /// Whether, walking the list from `t` to the right (or left), an
    /// aircraft and a conjunction come before anything that is neither a
    /// member (a role word or an aircraft) nor a separator.
    fn aircraft_beside(&self, t: usize, range: Range<usize>, right: bool) -> bool {
        let step = |k: usize| {
            if right {
                (k + 1 < range.end).then_some(k + 1)
            } else {
                (k > range.start).then(|| k - 1)
            }
        };
        let (mut k, mut aircraft, mut conjunction) = (t, false, false);
        for _ in 0..MAX_LIST {
            let mut seps = 0;
            let next = loop {
                let Some(n) = step(k) else {
                    return false;
                };
                let and = matches!(self.key(n), "and" | "or");
                if !self.free(n) || !(and || self.is_byte(n, b',')) {
                    break n;
                }
                conjunction |= and;
                seps += 1;
                k = n;
            };
            if seps == 0 || seps > 2 {
                return false;
            }
            if let Some(e) = self.mention_at(next) {
                if e.entity_type() != EntityType::Weapon
                    || !matches!(e.entry.attribute("class"), Some("aircraft" | "drone"))
                {
                    return false;
                }
                aircraft = true;
                k = if right {
                    e.tokens.end as usize - 1
                } else {
                    e.tokens.start as usize
                };
            } else if self.has(next, F_MILITARY_PLATFORM) {
                aircraft = true;
                k = next;
            } else if self.has(next, F_AIRCRAFT_ROLE) {
                k = next;
            } else {
                return false;
            }
            if aircraft && conjunction {
                return true;
            }
        }
        false
    }

    /// "ISIL vehicles", "militia helicopters": an armed group's or a
    /// military's vehicle or aircraft word right after its mention `m` is a
    /// weapon, whatever else the sentence names.
    pub(super) fn force_platform(&mut self, m: usize) {
        let e = &self.mentions[m];
        let (next, s) = (e.tokens.end as usize, e.sentence());
        let armed = matches!(e.entry.attribute("category"), Some("armed_group" | "military"));
        let sentence_end = self.tokens.sentences()[s].tokens.end;
        if !armed || next >= sentence_end || !self.free(next) || !self.toks[next].space_before() {
            return;
        }
        self.platform(next, s, false);
    }

    /// Drops the weapon class word of mention `m` where it is no weapon:
    /// before a noun of `not_after_weapon` it qualifies a place, a store or
    /// people ("a weapons cache", "an artillery crew"); capitalized before
    /// an organization's head word it is part of the name of a unit ("the
    /// Field Artillery Regiment"); after "counter-" or "anti-" it names what
    /// is done against weapons ("counter-IED training"; but an anti-missile
    /// weapon is a missile or an air defence); after "suicide" a
    /// bomber is a person; a rocket of space flight is none ("the rocket
    /// put two satellites into orbit"). (A named system stays: "a Kh-101
    /// factory".)
    pub(super) fn weapon_modifier(&mut self, m: usize) {
        let e = &self.mentions[m];
        let (first, next) = (e.tokens.start as usize, e.tokens.end as usize);
        if e.entry.attribute("class") != Some(e.id()) {
            // "the Kalashnikov Concern", "Javelin Holdings": a system's name
            // right before an organization's head word is the first word of
            // a maker's name.
            let sentence = self.tokens.sentences()[e.sentence()].tokens.clone();
            let head = next < sentence.end
                && self.toks[next].space_before()
                && self.free(next)
                && self.toks[next].is_capitalized()
                && !self.all_caps(next)
                && self.has(next, F_ORG_HEAD)
                && !self.has(next, F_WEAPON_NOUN);
            if head
                && (first..next).all(|t| !self.toks[t].is_word() || self.toks[t].is_capitalized())
                && self.shape(sentence) == Shape::Text
            {
                self.uncover(m);
            }
            return;
        }
        let sentence = self.tokens.sentences()[e.sentence()].tokens.clone();
        let qualifies = next < sentence.end
            && self.free(next)
            && self.toks[next].space_before()
            && self.is(next, self.c.not_after_weapon);
        let against = !matches!(e.entry.attribute("class"), Some("missile" | "air_defense"))
            && self.after_against_prefix(first, sentence.start);
        let person = next == first + 1
            && first > sentence.start
            && self.free(first - 1)
            && self.is(first, self.c.person_weapon)
            && self.is(first - 1, self.c.person_weapon_before);
        if self.in_unit_name(first, next, sentence.end) {
            self.uncover(m);
        } else if qualifies
            || against
            || person
            || self.space_rocket(m)
            || self.in_title_of_name(first, next, sentence.clone())
        {
            self.dropped.push(m);
        }
    }

    /// Drops mention `m` and frees its words, which are part of a longer
    /// name that the runs of capitalized words read ("the Tactical Missiles
    /// Corporation", "the Field Artillery Regiment").
    fn uncover(&mut self, m: usize) {
        self.dropped.push(m);
        let e = &self.mentions[m];
        for t in e.tokens.start as usize..e.tokens.end as usize {
            if let Some(w) = self.covered.get_mut(t / 64) {
                *w &= !(1 << (t % 64));
            }
        }
    }

    /// Whether the class word of mention `m` is a rocket of space flight:
    /// a word of `space_rocket` in a sentence with a word of `space_word`
    /// ("the Falcon 9 rocket launched sixty satellites").
    pub(super) fn space_rocket(&self, m: usize) -> bool {
        let e = &self.mentions[m];
        let (first, next) = (e.tokens.start as usize, e.tokens.end as usize);
        if next != first + 1 || !self.is(first, self.c.space_rocket) {
            return false;
        }
        match self.space_sentence.get() {
            Some((s, space)) if s == e.sentence() => space,
            _ => {
                let sentence = self.tokens.sentences()[e.sentence()].tokens.clone();
                let space = sentence.into_iter().any(|t| self.is(t, self.c.space_word));
                self.space_sentence.set(Some((e.sentence(), space)));
                space
            }
        }
    }

    /// Whether the word `t` is joined by a hyphen to a prefix that makes it
    /// what a weapon is against ("anti-tank", "counter-IED"), in a sentence
    /// that starts at `first`.
    fn after_against_prefix(&self, t: usize, first: usize) -> bool {
        t >= first + 2
            && !self.toks[t].space_before()
            && self.is_byte(t - 1, b'-')
            && !self.toks[t - 1].space_before()
            && self.is(t - 2, self.c.weapon_against_prefix)
    }

    /// The origin of a designation that starts at `i`: the country right
    /// before it by name, adjective or possessive ("Iran's Shahed-238",
    /// "Iranian Shahed-238"; not "Tehran's").
    fn origin_before(&self, i: usize, first: usize) -> Option<&'a str> {
        self.country_before(i, first).filter(|_| {
            self.mention_at(i.saturating_sub(1))
                .is_some_and(|e| e.alias_kind != AliasKind::Capital)
                || self.key(i.saturating_sub(1)) == "'s"
        })
    }

    /// Whether the weapon word at `first..next`, capitalized inside running
    /// text, opens a name with the capitalized word after it ("the Arms
    /// Trade Treaty", "Under Secretary for Arms Control", "the Missile
    /// Technology Control Regime"): running text writes a weapon in lower
    /// case. Not in a headline in title case, which capitalizes every
    /// word, not before another weapon word ("Patriot Missile Systems") or
    /// a small word ("fired Cruise Missiles At Kyiv"), and not after a
    /// country ("a Chilean Missile Strike"). So does one word of it that
    /// ends a name after a capitalized word no mention holds, a film's or
    /// a song's ("Top Gun: Maverick", "the Smoking Gun tapes"; not "a
    /// Russian Missile", "The Missile").
    fn in_title_of_name(&self, first: usize, next: usize, sentence: Range<usize>) -> bool {
        let ends_name = next == first + 1
            && first > sentence.start
            && self.toks[first].is_capitalized()
            && !self.all_caps(first)
            && self.toks[first].space_before()
            && self.free(first - 1)
            && self.toks[first - 1].is_word()
            && self.toks[first - 1].is_capitalized()
            && !self.all_caps(first - 1)
            && !self.digit_in(first - 1)
            && !self.has(first - 1, F_WEAPON_NOUN | F_MINOR_WORD)
            && !self.is(first - 1, self.c.weapon_modifier);
        if ends_name && self.shape(sentence.clone()) == Shape::Text {
            return true;
        }
        let opens_name = first > sentence.start
            && next < sentence.end
            && self.toks[first].is_capitalized()
            && !self.all_caps(first)
            && self.toks[next].is_word()
            && self.toks[next].is_capitalized()
            && self.toks[next].space_before()
            && self.free(next)
            && !self.has(next, F_WEAPON_NOUN | F_MINOR_WORD)
            && !self.all_caps(next)
            && self
                .mention_at(first - 1)
                .is_none_or(|e| e.entity_type() != EntityType::Country);
        // (The shape last: it reads the sentence.)
        opens_name && !self.at_start(first, sentence.start) && self.shape(sentence) == Shape::Text
    }

    /// Whether the weapon word at `first..next`, capitalized, is followed
    /// by capitalized words that end in an organization's head word ("Field
    /// Artillery Regiment", "Air Defense Artillery Brigade"; not "Rocket
    /// Systems").
    fn in_unit_name(&self, first: usize, next: usize, end: usize) -> bool {
        if !self.toks[first].is_capitalized() || self.all_caps(first) {
            return false;
        }
        let mut j = next;
        while j < end && j - next < 3 && self.toks[j].is_word() && self.toks[j].is_capitalized() {
            // ("Rocket Systems" is the weapon: a head word that is also a
            // weapon noun names none.)
            if self.has(j, F_ORG_HEAD) && !self.has(j, F_WEAPON_NOUN) && !self.all_caps(j) {
                return true;
            }
            j += 1;
        }
        false
    }
}

//! Entity mentions to phrases and clauses: a shallow parse of one sentence.
//!
//! Rules that are word sequences fit the sentences they were written for;
//! news says the same thing in many word orders ("Peru sold drones to
//! Chile", "drones sold by Peru to Chile", "Peru's sale of drones to Chile",
//! "Chile buys drones from Peru", "Peru, facing pressure at home, on Monday
//! sent drones to Chile"). This stage finds the structure those wordings
//! share, so that one relation frame covers them all:
//!
//! - **units**: an entity mention is one unit, a hyphenated compound is one
//!   unit ("Iran-backed", "anti-tank"), every other token is one unit, each
//!   with a coarse part of speech ([`Tag`]);
//! - **noun phrases** ([`Phrase`]): determiner or possessor, modifiers
//!   (numbers, adjectives, country adjectives, entity mentions used as
//!   modifiers: "new Iran sanctions", "the Freedonian army's howitzers") and
//!   a head, with coordination ("Iran and Syria") and the preposition that
//!   governs the phrase, if any;
//! - **verb groups** ([`VerbGroup`]): auxiliaries, modals, negation and the
//!   head verb, with voice, tense, modality and negation read from them
//!   ("has been supplying", "did not send", "is expected to deliver", "were
//!   sold by", headline "to send");
//! - **clauses and links**: main, subordinate, relative, participial and
//!   infinitive clauses, parenthetical commas ("X, facing pressure at home,
//!   sent ..."), and for every verb group its subject, object, indirect
//!   object and prepositional objects; an infinitive or gerund takes the
//!   subject (or, after "urge", "tell", "accuse ... of", the object) of the
//!   verb that governs it.
//!
//! Everything is deterministic and linear in the sentence: each pass walks
//! the units once, and links look back or ahead within one clause. There is
//! no statistical model. The signal comes from closed-class words
//! (determiners, prepositions, auxiliaries, subordinators: word classes in
//! `rules/grammar.rules`), the open-class forms of `rules/lexicon.rules`
//! (which words are verbs, in which form, and which are also nouns),
//! capitalization, suffixes, and the entity mentions the earlier stages
//! found. Words are data: each class is a rule-file word class, so a user
//! can extend it (`words light_verb += wage`).
//!
//! The rule stage asks for a sentence's parse only when a rule that reads
//! structure could match it (its trigger word is there, and enough
//! mentions): most sentences of a corpus are never parsed.

mod clause;
mod link;
mod phrase;
mod tag;
mod verb_group;
mod word_class;

#[cfg(test)]
mod tests;

pub(crate) use link::{first_conjunct, joins_past_modal, reported_subject_gerund};
pub(crate) use word_class::WordClass;

/// Whether a token's class bits hold class `c`.
const fn has(classes: u64, c: WordClass) -> bool {
    classes & c.bit() != 0
}

/// Whether `key` is written as a year: four digits from 1000 to 2099 (the
/// time phrase "in 2015"; a year before a verb counts nothing, "in 2015
/// helped").
fn is_year(key: &str) -> bool {
    key.len() == 4
        && key.bytes().all(|b| b.is_ascii_digit())
        && (key.starts_with('1') || key.starts_with("20"))
}

use crate::classes::WordClasses;
use crate::entity::{AliasKind, Entity, EntityType};
use crate::token::Tokens;
use crate::words::{key_hash, Lexicon, NO_ROW};

/// The grammar stage, built once with the extractor: for each row of the
/// word classes, the [`WordClass`]es of its word as bits, so that a parsed
/// token's classes are one array load.
#[derive(Clone, Debug)]
pub(crate) struct Grammar {
    row_bits: Box<[u64]>,
    /// The phrases of the `conjunction` class ("as well as").
    conjunctions: Vec<Box<[Box<str>]>>,
}

impl Grammar {
    /// The grammar over the word classes of the rule files; a class no file
    /// declares is empty.
    pub(crate) fn new(classes: &WordClasses) -> Grammar {
        let ids: Vec<(usize, u64)> = WordClass::ALL
            .iter()
            .filter_map(|c| classes.id(c.name()).map(|id| (id, c.bit())))
            .collect();
        let mut row_bits: Box<[u64]> = classes.row_bits(&ids).into_boxed_slice();
        let conjunctions: Vec<Box<[Box<str>]>> = classes
            .id(WordClass::Coordinator.name())
            .map_or(Vec::new(), |id| classes.phrases(id).to_vec());
        for phrase in &conjunctions {
            let first = phrase[0].as_bytes();
            if let Some(row) = classes.words().get(first, key_hash(first)) {
                row_bits[row as usize] |= word_class::CONJUNCTION_START;
            }
        }
        Grammar {
            row_bits,
            conjunctions,
        }
    }

    /// Parses the sentence of tokens `range`, whose mentions are
    /// `entities[ents]`, into `parse`.
    pub(crate) fn parse(
        &self,
        tokens: &Tokens<'_>,
        lexicon: &Lexicon,
        entities: &[Entity<'_>],
        range: std::ops::Range<usize>,
        ents: std::ops::Range<usize>,
        parse: &mut Parse,
    ) {
        let keys: Vec<&str> = tokens.tokens()[range.clone()]
            .iter()
            .map(|t| tokens.key(t))
            .collect();
        self.parse_keyed(&keys, tokens, lexicon, entities, range, ents, parse);
    }

    /// [`parse`](Self::parse), given the keys of the sentence's tokens
    /// (`keys[i]` the key of token `range.start + i`): the matcher reads
    /// them too, and makes them once a sentence.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn parse_keyed(
        &self,
        keys: &[&str],
        tokens: &Tokens<'_>,
        lexicon: &Lexicon,
        entities: &[Entity<'_>],
        range: std::ops::Range<usize>,
        ents: std::ops::Range<usize>,
        parse: &mut Parse,
    ) {
        let toks = &tokens.tokens()[range];
        // The info buffers are the parse's own, reused from sentence to
        // sentence.
        let mut infos = std::mem::take(&mut parse.infos);
        infos.clear();
        infos.extend(toks.iter().map(|t| {
            let row = lexicon.class_row(t.word());
            TokenInfo {
                classes: if row == NO_ROW {
                    0
                } else {
                    self.row_bits[row as usize]
                },
                capitalized: t.is_capitalized(),
                space_before: t.space_before(),
                is_word: t.is_word(),
            }
        }));
        let mut mentions = std::mem::take(&mut parse.mentions);
        mentions.clear();
        mentions.extend(entities[ents.clone()].iter().zip(ents).filter_map(|(e, i)| {
            let a = toks.partition_point(|t| t.span.start < e.span().start);
            let b = toks.partition_point(|t| t.span.start < e.span().end);
            (b > a).then(|| MentionInfo {
                first: a as u32,
                end: b as u32,
                entity: i as u32,
                adjective: e.alias_kind() == AliasKind::Demonym,
                people: e.alias_kind() == AliasKind::Demonym && e.text().ends_with(['s', 'S']),
                weapon: e.entity_type() == EntityType::Weapon,
                inert: e.entity_type() == EntityType::Weapon
                    && matches!(e.class(), Some("weapon" | "ammunition")),
            })
        }));
        parse.run(keys, &infos, &mentions, &self.conjunctions);
        parse.infos = infos;
        parse.mentions = mentions;
    }
}

/// Coarse part of speech of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// "the", "a", "its", "this", "no".
    Det,
    /// "three", "5,000", "$650".
    Num,
    /// An adjective, or a participle used as one ("advanced", "armed").
    Adj,
    /// A common noun.
    Noun,
    /// A capitalized word that is not a mention and not sentence-initial
    /// function word: an unknown name.
    Name,
    /// An entity mention (one unit whatever its length).
    Mention,
    /// "he", "they", "it".
    Pron,
    /// A verb, in the given form.
    Verb(Form),
    /// "be", "is", "were", "been".
    Be,
    /// "has", "had", "have".
    Have,
    /// "do", "did", "does".
    Do,
    /// "will", "would", "could", "may", "must".
    Modal,
    /// "not", "n't", "never".
    Neg,
    /// "to" before a verb.
    To,
    /// A preposition ("of", "to", "against", "from").
    Prep,
    /// "and", "or", "but".
    Coord,
    /// A subordinating word: "that", "because", "if", "while".
    Sub,
    /// A relative word: "which", "who", "whom", "whose".
    Rel,
    /// An adverb.
    Adv,
    /// The possessive "'s".
    Poss,
    /// ",".
    Comma,
    /// A clause stop: ";", ":", "—", a bracket.
    Stop,
    /// A quotation mark.
    Quote,
    /// Anything else (symbols, a final period).
    Other,
}

/// The form of a verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// "send": infinitive or present.
    Base,
    /// "sends".
    Present3,
    /// "sent" read as a simple past.
    Past,
    /// "sent" read as a participle (after "has", "was", or reduced).
    Participle,
    /// "sending".
    Ing,
}

/// One unit of a sentence: a token, or a mention or compound of several.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    /// First token, relative to the sentence.
    pub(crate) first: u32,
    /// Token just past the unit, relative to the sentence.
    pub(crate) end: u32,
    pub(crate) tag: Tag,
    /// The entity mention (index into the document's entities) for a
    /// mention, or for a compound that starts with one ("Iran-backed").
    pub(crate) mention: Option<u32>,
    /// Whether that mention is a weapon ("bombs" may be a verb).
    pub(crate) mention_weapon: bool,
    /// The token (sentence-relative) that carries the unit's meaning: the
    /// last part of a compound ("backed" in "Iran-backed"), else `first`.
    pub(crate) word: u32,
    /// The word classes of that token ([`WordClass`] bits).
    pub(crate) classes: u64,
}

/// Sentinel for "no phrase" / "no verb group".
pub(crate) const NONE: u32 = u32::MAX;

/// A noun phrase: units `first..end`, its head, and how it attaches.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    pub(crate) first: u32,
    pub(crate) end: u32,
    /// The head unit (the last nominal unit).
    pub(crate) head: u32,
    /// The phrase whose possessive "'s" opens this one ("Iran's drones":
    /// Iran), or [`NONE`].
    pub(crate) possessor: u32,
    /// The next conjunct ("Iran and Syria": Syria), or [`NONE`].
    pub(crate) next_conjunct: u32,
    /// The first conjunct of the list this phrase belongs to (itself if it
    /// is the first or alone).
    pub(crate) list_head: u32,
    /// The preposition unit before the phrase, or [`NONE`].
    pub(crate) prep: u32,
    /// The phrase this one is an apposition of ("Ann Smith, the minister"),
    /// or [`NONE`].
    pub(crate) apposition_of: u32,
    /// Inside a parenthetical (commas or brackets around a phrase that is
    /// not a list item).
    pub(crate) parenthetical: bool,
    pub(crate) clause: u32,
}

/// Verb-group flags.
pub(crate) mod vg {
    /// Passive voice: "were sold", "sold by", reduced "drones supplied to".
    pub(crate) const PASSIVE: u16 = 1;
    /// Negated: "did not send", "never supplied".
    pub(crate) const NEGATED: u16 = 2;
    /// A modal: "could", "may", "would".
    pub(crate) const MODAL: u16 = 4;
    /// Future: "will", "shall", "is to", headline "to send", "going to".
    pub(crate) const FUTURE: u16 = 8;
    /// A to-infinitive.
    pub(crate) const INFINITIVE: u16 = 16;
    /// A gerund or present participle with no auxiliary.
    pub(crate) const GERUND: u16 = 32;
    /// A participle with no auxiliary modifying a noun.
    pub(crate) const REDUCED: u16 = 64;
    /// Any of the forms with no tense of their own (infinitive, gerund,
    /// reduced participle): a group with none of them is finite.
    pub(crate) const NON_FINITE: u16 = INFINITIVE | GERUND | REDUCED;
    /// Perfect: "has sent".
    pub(crate) const PERFECT: u16 = 128;
    /// Progressive: "is sending".
    pub(crate) const PROGRESSIVE: u16 = 256;
}

/// A verb group: units `first..end` with its head verb.
#[derive(Clone, Copy, Debug)]
pub(crate) struct VerbGroup {
    pub(crate) first: u32,
    pub(crate) end: u32,
    /// The head verb unit.
    pub(crate) head: u32,
    pub(crate) flags: u16,
    /// The logical subject phrase (the agent; for a passive, the "by"
    /// phrase if any), or [`NONE`].
    pub(crate) subject: u32,
    /// The phrase written before the verb as its subject (for a passive,
    /// the patient), or [`NONE`].
    pub(crate) surface_subject: u32,
    /// The direct object, or [`NONE`].
    pub(crate) object: u32,
    /// The first of two objects ("promised Peru helicopters": Peru), or
    /// [`NONE`].
    pub(crate) indirect: u32,
    /// The verb group this one depends on (an infinitive or gerund's
    /// governor, a complement clause's verb), or [`NONE`].
    pub(crate) governor: u32,
    pub(crate) clause: u32,
    /// Prepositional phrases after the verb in its clause:
    /// `pps[pp_first..pp_end]`.
    pub(crate) pp_first: u32,
    pub(crate) pp_end: u32,
}

/// Clause kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClauseKind {
    /// The main clause (or a clause joined to it by a coordinator).
    Main,
    /// Opened by a subordinator: its unit.
    Subordinate(u32),
    /// Opened by a relative word, after the phrase it modifies.
    Relative(u32),
    /// A comma-delimited aside: a participle, an apposition, an adverbial.
    Parenthetical,
}

/// A clause: units `first..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Clause {
    pub(crate) first: u32,
    pub(crate) end: u32,
    pub(crate) kind: ClauseKind,
    /// The enclosing clause, or [`NONE`] for the top.
    pub(crate) parent: u32,
}

/// The parse of one sentence. Buffers are reused from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Parse {
    pub(crate) units: Vec<Unit>,
    /// Per sentence token: its unit.
    pub(crate) unit_of: Vec<u32>,
    /// Per unit: the phrase it belongs to, or [`NONE`].
    pub(crate) phrase_of: Vec<u32>,
    /// Per unit: the verb group it belongs to, or [`NONE`].
    pub(crate) group_of: Vec<u32>,
    pub(crate) phrases: Vec<Phrase>,
    pub(crate) groups: Vec<VerbGroup>,
    pub(crate) clauses: Vec<Clause>,
    /// Per unit: its clause.
    pub(crate) clause_of: Vec<u32>,
    /// (preposition unit, phrase) of the prepositional phrases of each verb
    /// group, in group order.
    pub(crate) pps: Vec<(u32, u32)>,
    /// Buffers for the next parse's token and mention infos.
    infos: Vec<TokenInfo>,
    mentions: Vec<MentionInfo>,
    /// Buffers of the passes, kept from sentence to sentence (each was an
    /// allocation a parse): the open clauses, and one list's phrases.
    clause_stack: Vec<u32>,
    list_members: Vec<usize>,
}

/// What the parser needs to know about one token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokenInfo {
    /// The word classes of the token's key ([`WordClass`] bits).
    pub(crate) classes: u64,
    pub(crate) capitalized: bool,
    pub(crate) space_before: bool,
    /// Whether the key holds a letter or digit.
    pub(crate) is_word: bool,
}

/// What the parser needs to know about one entity mention.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MentionInfo {
    /// Token range, relative to the sentence.
    pub(crate) first: u32,
    pub(crate) end: u32,
    /// Index into the document's entities.
    pub(crate) entity: u32,
    /// A country adjective or demonym ("Iranian"), which modifies a noun.
    pub(crate) adjective: bool,
    /// A plural demonym ("Iranians"): a noun.
    pub(crate) people: bool,
    /// A weapon.
    pub(crate) weapon: bool,
    /// A weapon of a class that does nothing by itself, the generic class
    /// ("arms", "weapons") or ammunition ("bombs", "shells"): never the
    /// subject of a headline's verb ("Arms Supply Deal" is a noun).
    pub(crate) inert: bool,
}

impl Parse {
    /// Parses one sentence given its tokens' keys and infos and its
    /// mentions (sorted, non-overlapping, sentence-relative).
    /// `conjunctions` are the phrases of several words that join like
    /// "and" ("as well as").
    pub(crate) fn run(
        &mut self,
        keys: &[&str],
        infos: &[TokenInfo],
        mentions: &[MentionInfo],
        conjunctions: &[Box<[Box<str>]>],
    ) {
        self.clear();
        // (A headline's shape, read once: its capitals say nothing about
        // names, and its verbs are read against it.)
        let title_case = tag::is_title_case(keys, infos);
        tag::units(self, keys, infos, mentions, conjunctions, title_case);
        tag::disambiguate(self, keys, infos, mentions, title_case);
        tag::verbless_as(self, keys);
        tag::coordinated_participles(self, keys, infos);
        tag::modal_time_adverbials(self, infos);
        tag::coordinated_pasts(self, infos);
        tag::resultative_participles(self, keys, infos);
        tag::approximate_numbers(self, keys, infos);
        phrase::phrases(self, keys, infos);
        verb_group::verb_groups(self, keys, infos);
        clause::clauses(self, keys, infos);
        link::links(self, keys, infos);
    }

    fn clear(&mut self) {
        self.units.clear();
        self.unit_of.clear();
        self.phrase_of.clear();
        self.group_of.clear();
        self.phrases.clear();
        self.groups.clear();
        self.clauses.clear();
        self.clause_of.clear();
        self.pps.clear();
    }

    /// The conjuncts of the list that phrase `p` starts (or belongs to),
    /// from `p` on.
    pub(crate) fn conjuncts(&self, p: u32) -> impl Iterator<Item = u32> + '_ {
        let mut at = p;
        std::iter::from_fn(move || {
            if at == NONE {
                return None;
            }
            let here = at;
            at = self.phrases[at as usize].next_conjunct;
            Some(here)
        })
    }

    /// The phrase that phrase `ph` is the possessor of ("Peru" in "Peru's
    /// army": the army), or `ph` itself.
    pub(crate) fn possessed(&self, ph: u32) -> u32 {
        let end = self.phrases[ph as usize].end as usize;
        match (self.units.get(end), self.phrase_of.get(end + 1)) {
            (Some(u), Some(&next))
                if u.tag == Tag::Poss && next != NONE && self.phrases[next as usize].possessor == ph =>
            {
                next
            }
            _ => ph,
        }
    }

    /// Whether phrase `ph` is the possessor of the phrase after it.
    pub(crate) fn is_possessor(&self, ph: u32) -> bool {
        self.possessed(ph) != ph
    }

    /// The prepositional phrases of verb group `g`.
    pub(crate) fn group_pps(&self, g: u32) -> &[(u32, u32)] {
        let vg = &self.groups[g as usize];
        &self.pps[vg.pp_first as usize..vg.pp_end as usize]
    }

    /// The subject of verb group `group`, or for an infinitive with no
    /// subject of its own the phrase that ends right before it ("asked
    /// NATO to join", "called on its partners to back"), or `NONE`.
    pub(crate) fn subject_or_controller(&self, group: &VerbGroup) -> u32 {
        if group.subject != NONE || group.flags & vg::INFINITIVE == 0 || group.first == 0 {
            return group.subject;
        }
        let before = self.phrase_of[group.first as usize - 1];
        if before != NONE && self.phrases[before as usize].end == group.first {
            before
        } else {
            NONE
        }
    }
}

impl Parse {
    /// A compact rendering for tests and debugging: each verb group as
    /// `words[flags](subj=... surf=... obj=... ind=... PREP=...)`, where
    /// `text(first, end)` gives the text of sentence tokens `first..end`.
    pub(crate) fn describe(&self, text: &dyn Fn(usize, usize) -> String) -> String {
        let phrase_text = |ph: u32| -> String {
            if ph == NONE {
                return String::new();
            }
            self.conjuncts(ph)
                .map(|c| {
                    let p = &self.phrases[c as usize];
                    let first = self.units[p.first as usize].first as usize;
                    let end = self.units[(p.end - 1) as usize].end as usize;
                    text(first, end)
                })
                .collect::<Vec<_>>()
                .join("+")
        };
        let mut out = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            let first = self.units[group.first as usize].first as usize;
            let end = self.units[(group.end - 1) as usize].end as usize;
            let mut flags = Vec::new();
            for (bit, name) in [
                (vg::PASSIVE, "passive"),
                (vg::NEGATED, "negated"),
                (vg::MODAL, "modal"),
                (vg::FUTURE, "future"),
                (vg::INFINITIVE, "infinitive"),
                (vg::GERUND, "gerund"),
                (vg::REDUCED, "reduced"),
                (vg::PERFECT, "perfect"),
                (vg::PROGRESSIVE, "progressive"),
            ] {
                if group.flags & bit != 0 {
                    flags.push(name);
                }
            }
            let mut parts = Vec::new();
            if group.subject != NONE {
                parts.push(format!("subj={}", phrase_text(group.subject)));
            }
            if group.surface_subject != NONE && group.surface_subject != group.subject {
                parts.push(format!("surf={}", phrase_text(group.surface_subject)));
            }
            if group.object != NONE {
                parts.push(format!("obj={}", phrase_text(group.object)));
            }
            if group.indirect != NONE {
                parts.push(format!("ind={}", phrase_text(group.indirect)));
            }
            for &(prep, ph) in self.group_pps(g as u32) {
                let u = self.units[prep as usize];
                parts.push(format!(
                    "{}={}",
                    text(u.first as usize, u.end as usize).to_lowercase(),
                    phrase_text(ph)
                ));
            }
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!("[{}]", flags.join(","))
            };
            out.push(format!("{}{flags}({})", text(first, end), parts.join(" ")));
        }
        out.join("; ")
    }

    /// The tags of the units, for debugging.
    pub(crate) fn describe_tags(&self, text: &dyn Fn(usize, usize) -> String) -> String {
        self.units
            .iter()
            .map(|u| format!("{}/{:?}", text(u.first as usize, u.end as usize), u.tag))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

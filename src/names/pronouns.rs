//! Pronouns that stand for a person the document named: "he", "she" and
//! "him" for the person the text last made its subject, "I" and "me" for
//! the speaker of the quotation they stand in, or of the statement a
//! "said:" opens.
//!
//! A pronoun becomes a mention of the person it stands for (an alias of
//! kind [`AliasKind::Inferred`], evidence [`EvidenceKind::Pronoun`] with the
//! person's name), so that "He accused Peru of ..." has an accuser. Only a
//! pronoun the document resolves is one: "I" in a speech whose speaker the
//! text never names, "he" with no person in the sentences before it, stay
//! no mention, since a mention names someone.
//!
//! The choice is the one news writing makes easy, and no more:
//! - "he", "she", "him" outside quotation marks: the person named outside
//!   quotation marks in the sentence before the pronoun, when it names one
//!   person only there (never for "him", an object, which its own clause's
//!   subject cannot be), or else the first person of the nearest of the
//!   [`THIRD_PERSON_REACH`] sentences before it that names one (a sentence
//!   names its subject first: "Ann Vega met Omar Haddad. She said ..." is
//!   Ann Vega). Inside a quotation, the speaker's "he" may be anyone, and is
//!   left alone. A pronoun never stands for a person the document shows to
//!   be of the other sex: by a title ("Baroness", "Sir"), or by a given
//!   name the Census gives mostly to one sex (`female_word`, `male_word`).
//! - "I", "me" inside quotation marks: the speaker of the quotation, the
//!   person next to a verb of saying right after it ("..., said Ann Vega")
//!   or right before it ("Ann Vega said: “..."), the person whose statement
//!   a colon right before it opens ("Gen. Ann Vega released the following
//!   statement:"), the person "he" or "she" stands for in "“...,” he
//!   said", or the speaker of the quotation just before when this one
//!   continues it with no attribution of its own (not "“...,” they said":
//!   a verb of saying gives it to someone the text does not name there).
//! - "I", "me" outside quotation marks: the person before "said:" (or
//!   after "said", before the colon; or with an apposition between: "Ann
//!   Vega, Minister for the Andes, said:"), or who opens a sentence that
//!   ends its paragraph with a colon, that opened the statement they stand
//!   in ("Minister Ann Vega said:" and the statement's paragraphs, up to a
//!   quotation, which the text opens when it reports again), or the
//!   person of a transcript's speaker label ("MS VEGA: I have two
//!   announcements"), until a label that names no one ("QUESTION:"), or
//!   the person a byline names alone on one of the document's first lines
//!   ("Remarks\nAnn Vega\nMinister for the Andes\n\nI thank ...").
//!
//! The possessives "his", "her" and "my" (and "myself", and "mine" after
//! "is", "was" or "of": "the choice was mine") are read as "he", "she" and
//! "I" are, and become mentions of evidence [`EvidenceKind::Possessive`],
//! which the relation stage does not read ("used against his own people"
//! names the people, not him). Not "her" before punctuation or a function
//! word (an object: "provide her with"), nor "His" or "Her" of a form of
//! address (`address_honorific`: "His Excellency", "Her Majesty's
//! Government").
//!
//! Quotation marks are counted per paragraph: news reopens a quotation that
//! goes on into the next paragraph, and a mark a paragraph lacks does not
//! turn the rest of the document inside out.

use std::collections::HashMap;
use std::ops::Range;

use super::{features::*, Doc, Target, What};
use crate::entity::{AliasKind, Entity, EntityType, EntryRef, Evidence, EvidenceKind};
use crate::fxhash::FxBuild;
use crate::words::key_hash;

/// How many sentences before a third-person pronoun its person may stand.
const THIRD_PERSON_REACH: usize = 3;
/// How many tokens after a quotation its attribution may start ("...,”
/// said Col. Ann Vega": the verb and a title first).
const ATTRIBUTION_REACH: usize = 6;
/// The most tokens from a speaker's name to its verb of saying when an
/// apposition stands between them ("Ann Vega, Foreign Office Minister
/// for the Middle East, said:").
const APPOSITION_REACH: usize = 14;
/// The most tokens of a transcript's speaker label ("SECRETARY VEGA:").
pub(super) const MAX_LABEL_WORDS: usize = 4;
/// How many sentences an unattributed quotation may follow the attributed
/// one it continues.
const CONTINUATION_REACH: usize = 2;
/// How many lines with words may stand above a byline ("Remarks", a
/// heading, a kind of release).
const BYLINE_LINES: usize = 3;

/// A person named in the document, where and whether inside a quotation.
#[derive(Clone, Copy, Debug)]
struct Named {
    toks: (usize, usize),
    sentence: usize,
    target: Target,
    quoted: bool,
    /// Followed by "'s": a possessor, less likely the subject.
    possessive: bool,
    /// A transcript's speaker label ("MR VEGA:"), which is no subject.
    label: bool,
    /// What the document says of the person's sex ([`FEMALE`], [`MALE`],
    /// both or neither).
    gender: u8,
}

/// Bits of [`Named::gender`] and [`Pronoun::gender`].
const FEMALE: u8 = 1;
const MALE: u8 = 2;

/// The sex a word's features say.
fn sex_of(features: u32) -> u8 {
    let mut sex = 0;
    if features & F_FEMALE != 0 {
        sex |= FEMALE;
    }
    if features & F_MALE != 0 {
        sex |= MALE;
    }
    sex
}

/// The people of `list` (in text order) named in pronoun `p`'s sentence
/// before it, nearest first, at most `limit` looked at.
fn named_before<'l>(list: &'l [Named], p: &Pronoun, limit: usize) -> impl Iterator<Item = &'l Named> {
    let end = list.partition_point(|n| n.toks.1 <= p.tok);
    let sentence = p.sentence;
    list[..end]
        .iter()
        .rev()
        .take(limit)
        .take_while(move |n| n.sentence == sentence)
}

/// Whether a pronoun of `pronoun`'s sex may stand for a person of
/// `person`'s: unless each says one sex, and not the same.
fn same_sex(pronoun: u8, person: u8) -> bool {
    !matches!((pronoun, person), (FEMALE, MALE) | (MALE, FEMALE))
}

/// What the document says of each person's sex, by [`Doc::person_key`].
type Learned = HashMap<usize, u8, FxBuild>;

/// The third-person pronouns resolved so far, in text order ("He" that
/// opens a sentence is its subject for the pronouns after it), and the sex
/// each said of its person ("him" after "Vega said she ..." is someone
/// else).
#[derive(Default)]
struct Resolved {
    people: Vec<Named>,
    sex: Learned,
}

/// A quotation: its opening and closing marks (the end of its paragraph
/// when it has no closing mark) and their sentences.
#[derive(Clone, Copy, Debug)]
struct Quote {
    open: usize,
    close: usize,
    open_sentence: usize,
    close_sentence: usize,
}

/// A pronoun to resolve.
#[derive(Clone, Copy, Debug)]
struct Pronoun {
    tok: usize,
    sentence: usize,
    first_person: bool,
    /// "him": an object, which stands for no one its own sentence names
    /// before it ("Clinton liked to call him" is not Clinton).
    object: bool,
    gender: u8,
    /// The quotation it stands in.
    quote: Option<usize>,
    /// "his", "her", "my": a mention of [`EvidenceKind::Possessive`],
    /// which no relation takes as an actor.
    possessive: bool,
}

impl<'a> Doc<'_, 'a> {
    /// The mentions of a document whose only names are the gazetteer's
    /// people: the pronouns that stand for them.
    pub(super) fn pronoun_mentions(&mut self) -> Vec<(Range<u32>, Entity<'a>)> {
        self.pronouns();
        if self.guesses.is_empty() {
            return Vec::new();
        }
        self.entities()
    }

    /// Adds a mention for each pronoun that stands for a person of the
    /// document (see the module's documentation).
    pub(super) fn pronouns(&mut self) {
        // (Most documents name no one: asked before any list is made.)
        if !self
            .mentions
            .iter()
            .any(|e| e.entity_type() == EntityType::Person)
            && !(0..self.guesses.len()).any(|g| self.is_person(Target::Guess(g)))
        {
            return;
        }
        // (Nor does one without a pronoun, most headlines: the pronouns to
        // resolve are words of these classes, and nothing else here is
        // read after this step.)
        let words = F_PERSON_PRONOUN | F_SPEAKER_PRONOUN;
        if self.doc_feats & words == 0 {
            return;
        }
        let people = self.named_people();
        if people.is_empty() {
            return;
        }
        // (A person found only by the document-level step, after the
        // pass that reads pronouns: "Ortiz" by the date.)
        self.people_words();
        let (named, quotes, pronouns, openers) = self.read_quotes(people);
        if pronouns.is_empty() {
            return;
        }
        let speakers: Vec<Option<Target>> = {
            let mut out: Vec<Option<Target>> = Vec::with_capacity(quotes.len());
            for (i, q) in quotes.iter().enumerate() {
                // ("“...,” he said": the person "he" stands for.)
                let own = self
                    .quote_speaker(q, &named)
                    .or_else(|| self.pronoun_speaker(q, &named));
                let continued = || {
                    let prev = i.checked_sub(1)?;
                    let p = &quotes[prev];
                    (q.open_sentence <= p.close_sentence + CONTINUATION_REACH)
                        .then_some(out[prev])
                        .flatten()
                };
                // A quotation right after a statement's colon ("Gen. Ann
                // Vega released the following statement:") is the
                // statement.
                let opened = || {
                    let o = openers.partition_point(|(at, _)| *at < q.open).checked_sub(1)?;
                    let (at, target) = openers[o];
                    (q.open <= at + 2).then_some(target).flatten()
                };
                // (A quotation a verb of saying gives to someone unnamed,
                // "she said: “...", "“...,” he said", is theirs.)
                let speaker = own.or_else(|| {
                    if self.attributed(q) {
                        None
                    } else {
                        opened().or_else(continued)
                    }
                });
                out.push(speaker);
            }
            out
        };
        let mut resolved = Resolved::default();
        for p in pronouns {
            let target = if p.first_person {
                match p.quote {
                    Some(q) => speakers[q],
                    None => {
                        let i = openers.partition_point(|(at, _)| *at < p.tok);
                        i.checked_sub(1).and_then(|i| openers[i].1)
                    }
                }
            } else if p.quote.is_none() {
                let found = self
                    .reporter(&p, &named, &resolved)
                    .or_else(|| self.antecedent(&p, &named, &resolved));
                if let Some(target) = found {
                    if p.gender != 0 {
                        *resolved.sex.entry(self.person_key(target)).or_default() |= p.gender;
                    }
                    resolved.people.push(Named {
                        toks: (p.tok, p.tok + 1),
                        sentence: p.sentence,
                        target,
                        quoted: false,
                        possessive: false,
                        label: false,
                        gender: p.gender,
                    });
                }
                found
            } else {
                None
            };
            let Some(target) = target else {
                continue;
            };
            let root = self.root(target);
            let text = match root {
                Target::Guess(g) => self.span_text(self.guesses[g].toks()),
                Target::Mention(m) => self.mentions[m].text,
            };
            let kind = if p.possessive {
                EvidenceKind::Possessive
            } else {
                EvidenceKind::Pronoun
            };
            let evidence = Evidence { kind, text };
            let what = What::Alias {
                of: root,
                kind: AliasKind::Inferred,
            };
            self.guess(p.tok..p.tok + 1, 0..0, p.sentence, what, evidence);
        }
    }

    /// The people the document names (its gazetteer mentions and this
    /// stage's guesses that are people), in text order.
    fn named_people(&self) -> Vec<Named> {
        let mut out: Vec<Named> = Vec::new();
        let mut replaced = vec![false; self.mentions.len()];
        for g in &self.guesses {
            for m in g.replaces() {
                if let Some(r) = replaced.get_mut(m) {
                    *r = true;
                }
            }
        }
        for (m, e) in self.mentions.iter().enumerate() {
            if e.entity_type() == EntityType::Person && !replaced[m] {
                out.push(Named {
                    toks: (e.tokens.start as usize, e.tokens.end as usize),
                    sentence: e.sentence(),
                    target: Target::Mention(m),
                    quoted: false,
                    possessive: self.possessive(e.tokens.end as usize),
                    label: self.is_label(e.tokens.start as usize, e.tokens.end as usize, e.sentence()),
                    gender: self.name_gender(e.tokens.start as usize, e.tokens.end as usize)
                        | self.entry_gender(e),
                });
            }
        }
        for (g, guess) in self.guesses.iter().enumerate() {
            // (A description is no antecedent: the pronouns keep theirs.)
            if guess.evidence_kind != EvidenceKind::Description && self.is_person(Target::Guess(g)) {
                out.push(Named {
                    toks: (guess.toks().start, guess.toks().end),
                    sentence: guess.sentence(),
                    target: Target::Guess(g),
                    quoted: false,
                    possessive: self.possessive(guess.toks().end),
                    label: self.is_label(guess.toks().start, guess.toks().end, guess.sentence()),
                    gender: self.name_gender(guess.toks().start, guess.toks().end),
                });
            }
        }
        out.sort_by_key(|n| n.toks.0);
        // What one mention says of a person holds for all of them ("Baroness
        // Amos ... Amos"): the sexes are gathered by person.
        let mut by_person = Learned::default();
        for n in &out {
            *by_person.entry(self.person_key(n.target)).or_default() |= n.gender;
        }
        for n in &mut out {
            n.gender = by_person[&self.person_key(n.target)];
        }
        out
    }

    /// What the document says of the sex of `n`'s person: by names and
    /// titles, and by the pronouns resolved to them so far.
    fn known_sex(&self, n: &Named, learned: &Learned) -> u8 {
        n.gender | learned.get(&self.person_key(n.target)).copied().unwrap_or(0)
    }

    /// Who `target` stands for, as a key of [`Learned`].
    fn person_key(&self, target: Target) -> usize {
        match self.root(target) {
            Target::Guess(g) => 2 * g,
            Target::Mention(m) => 2 * m + 1,
        }
    }

    /// The sex the words of a name, or the title right before it, say:
    /// "Baroness Amos", "Mary Vega", "Sir Alan Parker".
    fn name_gender(&self, start: usize, end: usize) -> u8 {
        let mut gender = 0;
        for t in [start.checked_sub(1), (start < end).then_some(start)]
            .into_iter()
            .flatten()
        {
            let f = self.feats(t);
            if f & F_FEMALE != 0 {
                gender |= FEMALE;
            }
            if f & F_MALE != 0 {
                gender |= MALE;
            }
        }
        gender
    }

    /// The sex the first word of a gazetteer person's name says ("Valerie
    /// Amos", when the text writes only "Amos").
    fn entry_gender(&self, e: &Entity<'_>) -> u8 {
        let EntryRef::Known(entry) = e.entry else {
            return 0;
        };
        let Some(first) = entry.name().split_whitespace().next() else {
            return 0;
        };
        // Keyed as text is ("Valérie" is "valerie").
        let key = crate::token::phrase_key(first);
        let id = self.lexicon.id(key.as_bytes(), key_hash(key.as_bytes()));
        let f = self.names.feats.get(id as usize).copied().unwrap_or(0);
        sex_of(f)
    }

    /// Whether a name of the document is a person's, following aliases.
    pub(super) fn is_person(&self, target: Target) -> bool {
        match self.root(target) {
            Target::Guess(g) => match &self.guesses[g].what {
                What::Person { .. } => true,
                What::Known { entry, .. } => entry.ty == EntityType::Person,
                _ => false,
            },
            Target::Mention(m) => self.mentions[m].entity_type() == EntityType::Person,
        }
    }

    /// The pronouns, the quotations and the statements a person opens with
    /// "said:" or a speaker label (where, and whose). The pass over the
    /// tokens' features that reads the titles in lower case found the
    /// pronouns ([`Doc::people_words`]); only a document with one, and a
    /// quotation mark or a colon, is read again for its punctuation.
    #[allow(clippy::type_complexity)]
    fn read_quotes(
        &self,
        mut named: Vec<Named>,
    ) -> (Vec<Named>, Vec<Quote>, Vec<Pronoun>, Vec<(usize, Option<Target>)>) {
        let mut quotes: Vec<Quote> = Vec::new();
        let mut pronouns: Vec<Pronoun> = Vec::new();
        let mut openers: Vec<(usize, Option<Target>)> = Vec::new();
        let sentences = self.tokens.sentences();
        for &(t, s) in &self.pronoun_words {
            // ("HE", His Excellency, is a title.)
            let title = self.toks[t].span.len() > 1 && self.all_caps(t);
            if self.free(t) && !title {
                let f = self.feats(t);
                let possessive =
                    self.is(t, self.c.person_possessive) || self.is(t, self.c.speaker_possessive);
                let next = t + 1;
                let word_next = next < self.toks.len() && self.toks[next].is_word();
                // "His Excellency", "Her Majesty's Government": a form of
                // address.
                if possessive && word_next && self.is(next, self.c.address_honorific) {
                    continue;
                }
                // "mine" after no word that ends a noun phrase before it
                // ("a mine", "The mine"): the weapon or the pit.
                if possessive
                    && self.is(t, self.c.absolute_possessive)
                    && !(t > 0
                        && self.toks[t - 1].is_word()
                        && self.is(t - 1, self.c.before_absolute_possessive))
                {
                    continue;
                }
                // "her" before no word that a possessive takes ("thanked
                // her.", "provide her with"): an object, which would be an
                // actor of the relations as "him" is; left alone.
                if possessive && f & F_FEMALE != 0 && (!word_next || self.has(next, F_MINOR_WORD)) {
                    continue;
                }
                pronouns.push(Pronoun {
                    tok: t,
                    sentence: s,
                    first_person: f & F_SPEAKER_PRONOUN != 0,
                    object: f & F_OBJECT_PRONOUN != 0,
                    gender: sex_of(f),
                    quote: None,
                    possessive,
                });
            }
        }
        let byline = pronouns
            .iter()
            .any(|p| p.first_person)
            .then(|| self.byline(&named))
            .flatten();
        if pronouns.is_empty() || !has_quote_or_colon(self.text) {
            pronouns.retain(|p| !p.first_person || byline.is_some_and(|(at, _)| at < p.tok));
            openers.extend(byline.map(|(at, target)| (at, Some(target))));
            return (named, quotes, pronouns, openers);
        }
        let bytes = self.text.as_bytes();
        let marks = self.mark_tokens();
        let mut m = 0;
        let mut prev_end = 0;
        for (s, sentence) in sentences.iter().enumerate() {
            let range = sentence.tokens.clone();
            if range.is_empty() {
                continue;
            }
            // A new paragraph closes an open quotation.
            let start = self.toks[range.start].span.start;
            if bytes[prev_end.min(start)..start].contains(&b'\n') {
                if let Some(q) = quotes.last_mut().filter(|q| q.close == usize::MAX) {
                    q.close = range.start;
                    q.close_sentence = s.saturating_sub(1);
                }
            }
            prev_end = self.toks[range.end - 1].span.end;
            // (Only the tokens that hold a mark's first byte can be one.)
            let from = m + marks[m..].partition_point(|&t| t < range.start);
            m = from + marks[from..].partition_point(|&t| t < range.end);
            for &t in &marks[from..m] {
                let tok = &self.toks[t];
                if tok.is_word() {
                    continue;
                }
                if is_quote_mark(&bytes[tok.span.start..tok.span.end]) {
                    match quotes.last_mut().filter(|q| q.close == usize::MAX) {
                        Some(q) => {
                            q.close = t;
                            q.close_sentence = s;
                        }
                        None => {
                            quotes.push(Quote {
                                open: t,
                                close: usize::MAX,
                                open_sentence: s,
                                close_sentence: usize::MAX,
                            });
                            // A quotation ends the statement a "said:"
                            // opened: the text reports again, or the
                            // colon introduced the quotation itself.
                            if openers.last().is_some_and(|o| o.1.is_some()) {
                                openers.push((t, None));
                            }
                        }
                    }
                } else if self.is_byte(t, b':') {
                    if let Some(target) = self.opener(t, range.clone(), &named) {
                        openers.push((t, Some(target)));
                    } else if let Some(label) = self.label(t, range.clone(), &named) {
                        openers.push((t, label));
                    }
                }
            }
        }
        if let Some(q) = quotes.last_mut().filter(|q| q.close == usize::MAX) {
            q.close = self.toks.len();
            q.close_sentence = sentences.len().saturating_sub(1);
        }
        // The quotation of each pronoun and each name: quotations and both
        // lists are in text order.
        let mut q = 0;
        for p in pronouns.iter_mut() {
            while quotes.get(q).is_some_and(|x| x.close <= p.tok) {
                q += 1;
            }
            p.quote = quotes.get(q).filter(|x| x.open < p.tok).map(|_| q);
        }
        let mut q = 0;
        for n in named.iter_mut() {
            while quotes.get(q).is_some_and(|x| x.close <= n.toks.0) {
                q += 1;
            }
            n.quoted = quotes.get(q).is_some_and(|x| x.open < n.toks.0);
        }
        if let Some((at, target)) = byline {
            let i = openers.partition_point(|o| o.0 < at);
            openers.insert(i, (at, Some(target)));
        }
        // A first-person pronoun counts only inside a quotation or after
        // an opened statement; drop the rest here.
        let first_opener = openers.first().map_or(usize::MAX, |o| o.0);
        pronouns.retain(|p| !p.first_person || p.quote.is_some() || first_opener < p.tok);
        (named, quotes, pronouns, openers)
    }

    /// The person a document's byline names, who speaks its first-person
    /// pronouns outside quotations as the opener of a statement does
    /// (where the name ends, and whom): the first person of the document,
    /// named alone on a line among its first lines ("Remarks\nAnn
    /// Vega\nMinister for the Andes\n\nI thank ...", as press offices
    /// head a speech or a statement). Not a transcript's speaker label,
    /// which names the speaker of its own turn.
    fn byline(&self, named: &[Named]) -> Option<(usize, Target)> {
        let n = named.first().filter(|n| !n.label)?;
        let bytes = self.text.as_bytes();
        let (start, end) = (self.toks[n.toks.0].span.start, self.toks[n.toks.1 - 1].span.end);
        // Alone on its line: only spaces before it on the line, and after
        // it up to a line break.
        let before = bytes[..start].iter().rev().take_while(|&&b| b != b'\n');
        let after = bytes[end..].iter().find(|b| !matches!(b, b' ' | b'\t' | b'\r'));
        let alone = before.clone().all(u8::is_ascii_whitespace) && after == Some(&b'\n');
        if !alone {
            return None;
        }
        let line_start = start - before.count();
        let blank = |line: &[u8]| line.iter().all(u8::is_ascii_whitespace);
        let mut above = bytes[..line_start].split(|&b| b == b'\n').filter(|l| !blank(l));
        above
            .nth(BYLINE_LINES)
            .is_none()
            .then_some((n.toks.1 - 1, n.target))
    }

    /// The speaker label of a transcript that ends at the colon `colon`:
    /// the capitalized words (at most [`MAX_LABEL_WORDS`]) that open the
    /// sentence before it ("MR VEGA:", "QUESTION:"). `Some(Some(person))`
    /// when the label names a person, `Some(None)` when it names no one
    /// (a question from the floor: the statement before it has ended).
    fn label(&self, colon: usize, sentence: Range<usize>, named: &[Named]) -> Option<Option<Target>> {
        let words = colon.checked_sub(sentence.start)?;
        if words == 0 || words > MAX_LABEL_WORDS {
            return None;
        }
        let capitalized = (sentence.start..colon).all(|t| {
            let tok = &self.toks[t];
            !tok.is_word() || tok.is_capitalized()
        });
        if !capitalized {
            return None;
        }
        let i = named.partition_point(|n| n.toks.1 < colon);
        let person = named
            .get(i)
            .filter(|n| n.toks.1 == colon && n.toks.0 >= sentence.start);
        Some(person.map(|n| n.target))
    }

    /// The person who opens a statement with the colon at `colon`: "Ann
    /// Vega said:", "Ann Vega, the minister, said:" (a person before the
    /// verb within a few tokens), or "said Ann Vega:".
    fn opener(&self, colon: usize, sentence: Range<usize>, named: &[Named]) -> Option<Target> {
        if colon < sentence.start + 2 {
            return None;
        }
        let verb = colon - 1;
        if self.is(verb, self.c.say_verb) {
            let from = verb.saturating_sub(ATTRIBUTION_REACH).max(sentence.start);
            let i = named.partition_point(|n| n.toks.1 <= verb);
            let n = i.checked_sub(1).map(|i| &named[i])?;
            // "Ann Vega, Foreign Office Minister for the Middle East,
            // said:": an apposition between the name and the verb.
            let apposition = n.toks.1 < verb
                && self.is_byte(n.toks.1, b',')
                && self.is_byte(verb - 1, b',')
                && n.toks.0 + APPOSITION_REACH >= verb;
            return (n.toks.0 >= from || apposition).then_some(n.target);
        }
        let i = named.partition_point(|n| n.toks.1 < colon);
        if let Some(n) = named.get(i).filter(|n| n.toks.1 == colon) {
            return (n.toks.0 > sentence.start && self.is(n.toks.0 - 1, self.c.say_verb)).then_some(n.target);
        }
        // "Gen. Ann Vega, the commander, released the following statement:"
        // at the end of its paragraph: the person who opens the sentence.
        let ends = colon + 1 >= self.toks.len() || {
            let (a, b) = (self.toks[colon].span.end, self.toks[colon + 1].span.start);
            self.text.as_bytes()[a..b.max(a)].contains(&b'\n')
        };
        let first = named
            .get(named.partition_point(|n| n.toks.0 < sentence.start))
            .filter(|n| n.toks.0 < colon && n.toks.0 <= sentence.start + MAX_LABEL_WORDS && !n.label)?;
        ends.then_some(first.target)
    }

    /// The speaker of a quotation: the first person named right after its
    /// closing mark in the same sentence, with a verb of saying among the
    /// words between ("...,” said Col. Ann Vega"; "...,” Vega said"), or
    /// else the last person before its opening mark with a verb of saying
    /// or a colon right before the mark ("Vega said: “...").
    fn quote_speaker(&self, q: &Quote, named: &[Named]) -> Option<Target> {
        let sentences = self.tokens.sentences();
        if let Some(sentence) = sentences.get(q.close_sentence) {
            let end = sentence.tokens.end.min(q.close + 1 + ATTRIBUTION_REACH);
            let i = named.partition_point(|n| n.toks.0 <= q.close);
            let after = named
                .get(i)
                .filter(|n| n.toks.0 < end && n.sentence == q.close_sentence);
            if let Some(n) = after {
                let said = (q.close + 1..(n.toks.1 + 2).min(sentence.tokens.end))
                    .any(|t| self.is(t, self.c.say_verb));
                if said {
                    return Some(n.target);
                }
            }
        }
        let sentence = sentences.get(q.open_sentence)?;
        let lead = (q.open > sentence.tokens.start).then(|| q.open - 1)?;
        let lead = if self.is_byte(lead, b':') || self.is_byte(lead, b',') {
            lead.checked_sub(1)?
        } else {
            lead
        };
        if lead < sentence.tokens.start || !self.is(lead, self.c.say_verb) {
            return None;
        }
        let from = lead.saturating_sub(ATTRIBUTION_REACH).max(sentence.tokens.start);
        let i = named.partition_point(|n| n.toks.1 <= lead);
        i.checked_sub(1)
            .map(|i| &named[i])
            .filter(|n| n.toks.0 >= from && !n.quoted)
            .map(|n| n.target)
    }

    /// The speaker of a quotation a third-person pronoun and a verb of
    /// saying right after it attribute ("“...,” he said", "“...,” she
    /// added"): the person the pronoun stands for.
    fn pronoun_speaker(&self, q: &Quote, named: &[Named]) -> Option<Target> {
        let sentence = self.tokens.sentences().get(q.close_sentence)?;
        let end = sentence.tokens.end.min(q.close + 4);
        let tok = (q.close + 1..end)
            .find(|&t| self.feats(t) & F_PERSON_PRONOUN != 0 && !self.is(t, self.c.person_possessive))?;
        let said = (q.close + 1..end.min(tok + 2)).any(|t| self.is(t, self.c.say_verb));
        if !said || !self.free(tok) {
            return None;
        }
        let f = self.feats(tok);
        let p = Pronoun {
            tok,
            sentence: q.close_sentence,
            first_person: false,
            object: f & F_OBJECT_PRONOUN != 0,
            gender: sex_of(f),
            quote: None,
            possessive: false,
        };
        self.antecedent(&p, named, &Resolved::default())
    }

    /// Whether a verb of saying attributes the quotation `q`: right after
    /// its closing mark ("...,” he said") or right before its opening mark
    /// ("She said: “...").
    fn attributed(&self, q: &Quote) -> bool {
        let after = (q.close + 1..(q.close + 4).min(self.toks.len())).any(|t| self.is(t, self.c.say_verb));
        let lead = q.open.checked_sub(1).map(|l| {
            if self.is_byte(l, b':') || self.is_byte(l, b',') {
                l.checked_sub(1)
            } else {
                Some(l)
            }
        });
        let before = lead.flatten().is_some_and(|l| self.is(l, self.c.say_verb));
        after || before
    }

    /// The person a third-person pronoun outside quotation marks stands
    /// for: the first person outside quotation marks named before it in its
    /// sentence, or in the nearest sentence before that names one (a name
    /// or a pronoun resolved before); a possessor ("Vega's aide") only when
    /// the sentence names no one else.
    fn antecedent(&self, p: &Pronoun, named: &[Named], resolved: &Resolved) -> Option<Target> {
        let sex = |n: &Named| self.known_sex(n, &resolved.sex);
        let first = p.sentence.saturating_sub(THIRD_PERSON_REACH);
        // The best candidate of one list: (sentence, not possessive, -token).
        let best = |list: &[Named]| -> Option<Named> {
            let before = list.partition_point(|n| n.toks.1 <= p.tok);
            let mut best: Option<Named> = None;
            // (A bounded walk: a sentence that lists hundreds of people
            // costs no more per pronoun.)
            for n in list[..before].iter().rev().take(64) {
                if n.sentence < first || best.is_some_and(|b| n.sentence < b.sentence) {
                    break;
                }
                let fits = same_sex(p.gender, sex(n)) && !(p.object && n.sentence == p.sentence);
                if fits && !n.quoted && !n.label && best.is_none_or(|b| !n.possessive || b.possessive) {
                    best = Some(*n);
                }
            }
            best
        };
        let rank = |n: &Named| (n.sentence, !n.possessive, std::cmp::Reverse(n.toks.0));
        let chosen = match (best(named), best(&resolved.people)) {
            (Some(a), Some(b)) => Some(if rank(&a) >= rank(&b) { a } else { b }),
            (a, b) => a.or(b),
        }?;
        // In its own sentence a pronoun may stand for any person before it
        // ("Vega said she would sanction Haddad if he ..."): with two, it
        // stands for none.
        if chosen.sentence == p.sentence {
            let root = self.root(chosen.target);
            let other = |list: &[Named]| {
                named_before(list, p, 64).any(|n| {
                    !n.quoted && !n.label && same_sex(p.gender, sex(n)) && self.root(n.target) != root
                })
            };
            if other(named) || other(&resolved.people) {
                return None;
            }
        }
        Some(chosen.target)
    }

    /// The person an object pronoun in the complement of a verb of saying
    /// stands for: the reporter ("Vega said the rebels had attacked him",
    /// "Vega told reporters Haddad had called him"), who names the
    /// complement's events from their own side, rather than a person of an
    /// earlier sentence. Only when the reporter is named (or stood for by a
    /// pronoun) right before the verb, and every person named between the
    /// verb and the pronoun opens the complement's clause as its subject
    /// ("Vega said Haddad had called him"), which the object is not; a
    /// person named elsewhere in the complement ("Vega said she had met
    /// Haddad and thanked him") may be the one meant, and leaves the
    /// pronoun to [`Doc::antecedent`].
    fn reporter(&self, p: &Pronoun, named: &[Named], resolved: &Resolved) -> Option<Target> {
        if !p.object {
            return None;
        }
        let sentence = self.tokens.sentences().get(p.sentence)?.tokens.clone();
        let before = |list: &[Named]| -> Vec<Named> {
            named_before(list, p, 16)
                .filter(|n| !n.quoted && !n.label)
                .copied()
                .collect()
        };
        let mut people = before(named);
        people.extend(before(&resolved.people));
        people.sort_by_key(|n| n.toks.0);
        // The verb of saying right after a person (one auxiliary or
        // adverb between: "Vega has said", "Vega later told").
        let verb_after = |n: &Named| {
            (n.toks.1..(n.toks.1 + 2).min(p.tok)).find(|&t| {
                self.is(t, self.c.say_verb)
                    && (n.toks.1..t).all(|u| self.toks[u].is_word() && !self.toks[u].is_capitalized())
            })
        };
        let (i, verb) = people
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, n)| verb_after(n).map(|v| (i, v)))?;
        let reporter = people[i];
        let sex = self.known_sex(&reporter, &resolved.sex);
        if !same_sex(p.gender, sex) || verb < sentence.start {
            return None;
        }
        // A person between the verb and the pronoun: only the subject that
        // opens the complement ("said [that] Haddad had ...").
        let subject_only = people[i + 1..].iter().all(|n| {
            let opens = n.toks.0 == verb + 1 || n.toks.0 == verb + 2 && self.key(verb + 1) == "that";
            let then_verb =
                n.toks.1 < p.tok && self.toks[n.toks.1].is_word() && !self.toks[n.toks.1].is_capitalized();
            opens && then_verb || self.root(n.target) == self.root(reporter.target)
        });
        subject_only.then_some(reporter.target)
    }

    /// Whether a name of tokens `start..end` in sentence `s` is a
    /// transcript's speaker label: within the first words of its sentence,
    /// before a colon.
    fn is_label(&self, start: usize, end: usize, s: usize) -> bool {
        let first = self.tokens.sentences().get(s).map_or(start, |x| x.tokens.start);
        end < self.toks.len() && self.is_byte(end, b':') && start - first < MAX_LABEL_WORDS
    }

    /// Whether "'s" follows token `end`.
    fn possessive(&self, end: usize) -> bool {
        end < self.toks.len() && matches!(self.key(end), "'s" | "'")
    }

    /// The tokens, in order, that hold a `"`, a `:` or a byte 0xE2 (the
    /// first of `“`, `”` and `„`): the only ones that may be a quotation
    /// mark or a colon, found by one vectorized search of the text.
    fn mark_tokens(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for i in memchr::memchr3_iter(b'"', b':', 0xe2, self.text.as_bytes()) {
            let t = self.toks.partition_point(|tok| tok.span.end <= i);
            if self.toks.get(t).is_some_and(|tok| tok.span.start <= i) && out.last() != Some(&t) {
                out.push(t);
            }
        }
        out
    }
}

/// Whether `text` holds a double quotation mark (`"`, `“`, `”`, `„`) or a
/// colon. One vectorized search for the three first bytes, where a search
/// per character ran over the text five times when it has none.
fn has_quote_or_colon(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'"', b':', 0xe2, bytes)
        .any(|i| bytes[i] != 0xe2 || bytes.get(i..i + 3).is_some_and(is_quote_mark))
}

/// Whether the bytes are a quotation mark: straight or curly double quotes.
fn is_quote_mark(b: &[u8]) -> bool {
    // ", “, ”, „
    matches!(b, b"\"" | [0xe2, 0x80, 0x9c..=0x9e])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_or_colon_table() {
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("no marks at all.", false),
            ("she said: yes", true),
            ("a \"quoted\" word", true),
            ("a \u{201c}curly\u{201d} one", true),
            ("a low \u{201e}one", true),
            (
                "Russia\u{2019}s \u{2018}single\u{2019} quotes \u{2013} dashes\u{2026}",
                false,
            ),
            ("\u{2019}\u{2019}\u{201c}", true),
            ("\u{e2} and a bullet \u{2022}", false),
        ];
        for (text, want) in cases {
            assert_eq!(has_quote_or_colon(text), *want, "{text:?}");
        }
    }
}

//! Units and their parts of speech.
//!
//! A unit is a token, an entity mention, or a hyphenated compound. Each gets
//! a first tag from its word classes, suffix and capitalization, then words
//! that may be nouns or verbs ("strikes", "sanctions", "backs", "supplies")
//! are settled by their neighbours in one left-to-right pass: after a
//! determiner, an adjective or a possessive a noun; after an auxiliary,
//! a modal or "to" a verb; after a noun phrase and before an object a
//! verb; before "on", "against" or "of" a noun.

use super::word_class::{WordClass, CONJUNCTION_START, VERB_FORMS};
use super::{has, is_year, Form, MentionInfo, Parse, Tag, TokenInfo, Unit, NONE};

/// Builds the units of a sentence and their first tags.
pub(super) fn units(
    p: &mut Parse,
    keys: &[&str],
    infos: &[TokenInfo],
    mentions: &[MentionInfo],
    conjunctions: &[Box<[Box<str>]>],
    title_case: bool,
) {
    let n = keys.len();
    p.unit_of.resize(n, NONE);
    let mut m = 0;
    let mut i = 0;
    while i < n {
        while m < mentions.len() && (mentions[m].first as usize) < i {
            m += 1;
        }
        let start = i;
        // Only a word that starts some phrase of the class is tried.
        let conjunction = if infos[i].classes & CONJUNCTION_START != 0 {
            conjunctions
                .iter()
                .find(|c| c.len() <= n - i && c.iter().zip(&keys[i..]).all(|(w, k)| **w == **k))
                .map(|c| c.len())
        } else {
            None
        };
        let (unit, end) = if let Some(len) = conjunction.filter(|_| !mention_at(mentions, m, i)) {
            (
                Unit {
                    first: start as u32,
                    end: (i + len) as u32,
                    tag: Tag::Coord,
                    mention: None,
                    mention_weapon: false,
                    word: start as u32,
                    classes: WordClass::Coordinator.bit(),
                },
                i + len,
            )
        } else if m < mentions.len() && mentions[m].first as usize == i {
            let mention = mentions[m];
            let end = mention.end as usize;
            let tag = if mention.adjective && !mention.people {
                Tag::Adj
            } else {
                Tag::Mention
            };
            // "Iran-backed", "US-made": a mention joined by a hyphen to a
            // word is a modifier that keeps its mention.
            match compound_end(keys, infos, end) {
                Some(c) => (
                    Unit {
                        first: start as u32,
                        end: c as u32,
                        tag: Tag::Adj,
                        mention: Some(mention.entity),
                        mention_weapon: false,
                        word: (c - 1) as u32,
                        classes: 0,
                    },
                    c,
                ),
                None => (
                    Unit {
                        first: start as u32,
                        end: end as u32,
                        tag,
                        mention: Some(mention.entity),
                        mention_weapon: mention.weapon,
                        word: start as u32,
                        classes: 0,
                    },
                    end,
                ),
            }
        } else if infos[i].is_word
            && compound_end(keys, infos, i + 1).is_some()
            && !mention_at(mentions, m, i + 2)
        {
            let end = compound_end(keys, infos, i + 1).unwrap_or(i + 1);
            let last = end - 1;
            let tag = compound_tag(keys[i], infos[last].classes);
            (
                Unit {
                    first: start as u32,
                    end: end as u32,
                    tag,
                    mention: None,
                    mention_weapon: false,
                    word: last as u32,
                    classes: 0,
                },
                end,
            )
        } else {
            let tag = first_tag(keys, infos, i, start == 0, title_case);
            (
                Unit {
                    first: start as u32,
                    end: (i + 1) as u32,
                    tag,
                    mention: None,
                    mention_weapon: false,
                    word: start as u32,
                    classes: 0,
                },
                i + 1,
            )
        };
        let mut unit = unit;
        unit.classes |= infos[unit.word as usize].classes;
        let u = p.units.len() as u32;
        for t in start..end {
            p.unit_of[t] = u;
        }
        p.units.push(unit);
        i = end;
    }
}

fn mention_at(mentions: &[MentionInfo], m: usize, token: usize) -> bool {
    mentions[m..]
        .iter()
        .take_while(|x| x.first as usize <= token)
        .any(|x| x.first as usize == token)
}

/// Where a hyphenated compound that continues at token `at` ends: `at` is
/// a "-" touching the word before and the word after it ("anti-tank",
/// "state-of-the-art"). `None` if there is no such hyphen.
fn compound_end(keys: &[&str], infos: &[TokenInfo], mut at: usize) -> Option<usize> {
    let mut end = None;
    while at + 1 < keys.len()
        && keys[at] == "-"
        && !infos[at].space_before
        && !infos[at + 1].space_before
        && infos[at + 1].is_word
    {
        end = Some(at + 2);
        at += 2;
    }
    end
}

/// The tag of a compound that starts with `first` and ends with a word of
/// `last_classes`: participles and "anti-", "pro-" compounds modify.
fn compound_tag(first: &str, last_classes: u64) -> Tag {
    if matches!(
        first,
        "anti"
            | "pro"
            | "non"
            | "so"
            | "well"
            | "long"
            | "short"
            | "high"
            | "low"
            | "full"
            | "large"
            | "small"
            | "state"
            | "never"
            | "all"
            | "cross"
    ) || has(last_classes, WordClass::VerbParticiple)
        || has(last_classes, WordClass::VerbIng)
        || has(last_classes, WordClass::Adjective)
    {
        Tag::Adj
    } else {
        Tag::Noun
    }
}

/// A headline in title case ("Ukraine Confirms Firing Missiles At Troops"):
/// capitals then say nothing about names. Read once a sentence, for
/// [`units`] and [`disambiguate`].
pub(super) fn is_title_case(keys: &[&str], infos: &[TokenInfo]) -> bool {
    let mut words = 0;
    let mut capitals = 0;
    for (k, info) in keys.iter().zip(infos) {
        if info.is_word && k.len() > 3 && !k.starts_with(|c: char| c.is_ascii_digit()) {
            words += 1;
            capitals += usize::from(info.capitalized);
        }
    }
    words >= 3 && capitals * 10 >= words * 8
}

/// The closed classes that decide a word's tag, first match wins: a word of
/// the class, unless it is also in the second one, gets the tag.
/// Auxiliaries come first: a contracted negation ("isn't", "won't") is an
/// auxiliary whose negation the verb group reads from its classes. A
/// relative that is also a subordinator ("that") is a subordinator.
const CLOSED: [(WordClass, Option<WordClass>, Tag); 13] = [
    (WordClass::Modal, None, Tag::Modal),
    (WordClass::Be, None, Tag::Be),
    (WordClass::Have, None, Tag::Have),
    (WordClass::Do, None, Tag::Do),
    (WordClass::Negation, None, Tag::Neg),
    (WordClass::Coordinator, None, Tag::Coord),
    (WordClass::Contrast, None, Tag::Coord),
    (WordClass::Relative, Some(WordClass::Subordinator), Tag::Rel),
    (WordClass::Determiner, None, Tag::Det),
    (WordClass::Preposition, None, Tag::Prep),
    (WordClass::Subordinator, None, Tag::Sub),
    (WordClass::Pronoun, None, Tag::Pron),
    (WordClass::ClauseBoundary, None, Tag::Stop),
];

/// A dash ends a clause, unless a coordinator follows it: then it joins as
/// a comma would ("blames Chile -- and backs Peru" shares its subject).
fn dash(keys: &[&str], infos: &[TokenInfo], i: usize) -> Tag {
    // (Past two more dashes at most: a run of dashes costs no more than
    // its length.)
    let next = (i + 1..keys.len().min(i + 4)).find(|&j| !matches!(keys[j], "-" | "—" | "–"));
    match next {
        Some(j) if has(infos[j].classes, WordClass::Coordinator) => Tag::Comma,
        _ => Tag::Stop,
    }
}

fn first_tag(keys: &[&str], infos: &[TokenInfo], i: usize, sentence_start: bool, title_case: bool) -> Tag {
    let key = keys[i];
    let info = infos[i];
    let c = info.classes;
    if !info.is_word {
        return match key {
            "," => Tag::Comma,
            ";" | ":" | "(" | ")" | "[" | "]" | "|" | "…" => Tag::Stop,
            "—" | "–" => dash(keys, infos, i),
            "-" if info.space_before => dash(keys, infos, i),
            "\"" | "'" | "«" | "»" | "`" => Tag::Quote,
            "'s" => Tag::Poss,
            _ if key.starts_with(|ch: char| ch.is_ascii_digit()) => Tag::Num,
            "$" | "€" | "£" => Tag::Num,
            _ => Tag::Other,
        };
    }
    if key == "'s" {
        return Tag::Poss;
    }
    if key == "to" {
        return Tag::To;
    }
    if matches!(key, "more" | "most" | "fewer" | "less") {
        return Tag::Adj;
    }
    // "last spring", "next week": a determiner of a time word. "Past" is
    // one only after a determiner ("the past year"), and then an adjective,
    // so that the phrase keeps its determiner. (Not yet "the last year":
    // as an adjective it joins "the last years, together with the
    // sanctions imposed ..." into one list, whose participle then tells of
    // the phrase before the list.)
    if matches!(key, "last" | "next" | "early" | "late")
        && infos
            .get(i + 1)
            .is_some_and(|x| has(x.classes, WordClass::TimeWord))
    {
        return Tag::Det;
    }
    if key == "past"
        && i > 0
        && has(infos[i - 1].classes, WordClass::Determiner)
        && infos
            .get(i + 1)
            .is_some_and(|x| has(x.classes, WordClass::TimeWord))
    {
        return Tag::Adj;
    }
    if key.starts_with(|ch: char| ch.is_ascii_digit()) || has(c, WordClass::NumberWord) {
        return Tag::Num;
    }
    // "shelled apartment blocks all over Peru": "all" right before a
    // preposition (not "of": "all of them") stretches the place phrase, as
    // an adverb; read as a determiner it would make "blocks" a verb with an
    // object.
    if key == "all"
        && keys.get(i + 1).is_some_and(|&k| k != "of")
        && infos
            .get(i + 1)
            .is_some_and(|x| has(x.classes, WordClass::Preposition))
    {
        return Tag::Adv;
    }
    let closed = CLOSED
        .iter()
        .find(|&&(class, unless, _)| has(c, class) && !unless.is_some_and(|u| has(c, u)));
    if let Some(&(_, _, tag)) = closed {
        return tag;
    }
    // Inside a sentence, a capitalized word that is not a known verb is a
    // name; at the start of a sentence or in a title-case headline it is
    // whatever its lower-case form is.
    let names_count = !sentence_start && !title_case;
    if info.capitalized && names_count && c & VERB_FORMS == 0 {
        return Tag::Name;
    }
    if c & VERB_FORMS != 0 {
        return Tag::Verb(first_form(c));
    }
    if has(c, WordClass::Adjective) {
        return Tag::Adj;
    }
    if has(c, WordClass::Adverb) {
        return Tag::Adv;
    }
    if info.capitalized && names_count {
        return Tag::Name;
    }
    // Unknown words: suffixes.
    if key.len() >= 7 && key.ends_with("ly") && !matches!(key, "assembly" | "monopoly" | "anomaly") {
        return Tag::Adv;
    }
    if key.len() > 4 && key.ends_with("ing") {
        return Tag::Verb(Form::Ing);
    }
    if key.len() > 4 && key.ends_with("ed") {
        return Tag::Verb(Form::Past);
    }
    if ise_verb(key) {
        return Tag::Verb(Form::Base);
    }
    Tag::Noun
}

/// Whether a word's key looks plural: "-s", not "-ss" ("jets", not "press").
fn plural_key(key: &str) -> bool {
    key.len() > 3 && key.ends_with('s') && !key.ends_with("ss")
}

/// Whether the two units `after` are a word that may be a noun or a verb
/// and a noun (or another such word): the first modifies the second
/// ("Pound Rebel Towns", "Attack Supply Convoy"), as a phrase's first word.
fn noun_verb_before_noun(p: &Parse, infos: &[TokenInfo], after: &[usize]) -> bool {
    match after {
        [a, b] => {
            let noun_or_verb =
                |u: Unit| u.mention.is_none() && has(infos[u.word as usize].classes, WordClass::NounOrVerb);
            let (a, b) = (p.units[*a], p.units[*b]);
            noun_or_verb(a)
                && matches!(a.tag, Tag::Verb(_))
                && (matches!(b.tag, Tag::Noun | Tag::Mention)
                    || matches!(b.tag, Tag::Verb(_)) && noun_or_verb(b))
        }
        _ => false,
    }
}

/// Whether unit `x` ends a plural subject that opens its clause and can act
/// in a headline: a plural mention of an actor ("Israeli Jets", "Houthi
/// Rebels") or of a weapon that acts ("Drones", not "Arms" or "Shells"),
/// or a plural noun of actors ("Troops", "Forces"). The subject is found
/// at most six units back (its determiners, adjectives and nouns) from the
/// start of the sentence or a clause stop.
fn headline_subject(
    p: &Parse,
    keys: &[&str],
    infos: &[TokenInfo],
    mentions: &[MentionInfo],
    x: usize,
) -> bool {
    let b = p.units[x];
    let last = b.end as usize - 1;
    if !plural_key(keys[last]) {
        return false;
    }
    let acts = match b.tag {
        Tag::Mention => {
            !b.mention_weapon
                || mentions
                    .binary_search_by_key(&b.first, |m| m.first)
                    .is_ok_and(|m| !mentions[m].inert)
        }
        Tag::Noun => infos[last].classes & (WordClass::ActorNoun.bit() | WordClass::PersonNoun.bit()) != 0,
        _ => false,
    };
    if !acts {
        return false;
    }
    let mut at = x;
    for _ in 0..6 {
        if at == 0 {
            return true;
        }
        at -= 1;
        match p.units[at].tag {
            Tag::Det | Tag::Adj | Tag::Num | Tag::Poss | Tag::Noun | Tag::Name | Tag::Mention => {}
            Tag::Stop | Tag::Comma | Tag::Quote => return true,
            _ => return false,
        }
    }
    false
}

/// Whether a word the lexicon does not hold is a base verb made by "-ise"
/// or "-ize" ("renationalise", "weaponize"); not a noun of the same ending
/// ("enterprise", "sunrise", "premise": "-prise", or too short).
fn ise_verb(key: &str) -> bool {
    key.len() >= 8
        && [
            "lise", "lize", "nise", "nize", "tise", "tize", "rise", "rize", "mise", "mize",
        ]
        .iter()
        .any(|s| key.ends_with(s))
        && !key.ends_with("prise")
}

/// Whether unit `x` is a one-word weapon mention that can be a base verb
/// with a phrase after it: "bomb" in "to bomb Peru", not in "to bomb
/// shelters".
fn weapon_verb_at(p: &Parse, infos: &[TokenInfo], x: usize) -> bool {
    let w = p.units[x];
    let next = (x + 1..p.units.len()).find(|&y| p.units[y].tag != Tag::Quote);
    w.mention_weapon
        && w.end - w.first == 1
        && has(infos[w.word as usize].classes, WordClass::VerbBase)
        && opens_phrase_tag(next.map(|y| p.units[y].tag))
}

/// Whether unit `x`, right after a participle, opens a phrase the
/// participle cannot modify, so that the participle is a verb with it as
/// object: a determiner, number or pronoun ("struck a base", "killed two"),
/// or a name that is a whole phrase ("struck Kyiv", not "suspected al-Qaida
/// camp").
fn object_start(p: &Parse, x: usize) -> bool {
    match p.units[x].tag {
        Tag::Det | Tag::Num | Tag::Pron => true,
        // (The word after is not tagged yet: "camp" may still be a verb.)
        Tag::Mention | Tag::Name => p.units.get(x + 1).is_none_or(|y| {
            !matches!(
                y.tag,
                Tag::Noun | Tag::Name | Tag::Mention | Tag::Verb(_) | Tag::Adj | Tag::Num
            )
        }),
        // "struck northern Israel": an adjective before a name that ends
        // its phrase (one unit further, no scan).
        Tag::Adj => {
            p.units
                .get(x + 1)
                .is_some_and(|y| matches!(y.tag, Tag::Mention | Tag::Name))
                && p.units.get(x + 2).is_none_or(|y| {
                    !matches!(
                        y.tag,
                        Tag::Noun | Tag::Name | Tag::Mention | Tag::Verb(_) | Tag::Adj | Tag::Num
                    )
                })
        }
        _ => false,
    }
}

/// Whether a unit of tag `t` may open a noun phrase that is a verb's object
/// ("the", "Peru", "Peruvian", "two", "them"): not a plain noun, which
/// would rather make the word before it a modifier ("to bomb shelters").
fn opens_phrase_tag(t: Option<Tag>) -> bool {
    matches!(
        t,
        Some(Tag::Det | Tag::Mention | Tag::Name | Tag::Adj | Tag::Num | Tag::Pron)
    )
}

/// The likeliest form of a verb with these classes, before context.
fn first_form(c: u64) -> Form {
    if has(c, WordClass::VerbPast) {
        Form::Past
    } else if has(c, WordClass::VerbParticiple) {
        Form::Participle
    } else if has(c, WordClass::VerbIng) {
        Form::Ing
    } else if has(c, WordClass::VerbS) {
        Form::Present3
    } else {
        Form::Base
    }
}

/// Whether a unit's tag ends a noun phrase (it could be a head).
fn nominal(t: Tag) -> bool {
    matches!(t, Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron | Tag::Num)
}

/// "Afghan soldiers killed or abducted by the rebels": two -ed words joined
/// by a coordinator right after a noun, the second before "by", are both
/// passive participles (no active verb takes "by" after its coordinated
/// partner).
pub(super) fn coordinated_participles(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let participle = |p: &Parse, u: usize| {
        let unit = p.units[u];
        matches!(unit.tag, Tag::Verb(Form::Past | Form::Participle))
            && unit.mention.is_none()
            && has(infos[unit.word as usize].classes, WordClass::VerbParticiple)
    };
    for u in 1..p.units.len().saturating_sub(3) {
        if matches!(p.units[u - 1].tag, Tag::Noun | Tag::Mention | Tag::Name)
            && participle(p, u)
            && p.units[u + 1].tag == Tag::Coord
            && participle(p, u + 2)
            && keys[p.units[u + 3].word as usize] == "by"
        {
            p.units[u].tag = Tag::Verb(Form::Participle);
            p.units[u + 2].tag = Tag::Verb(Form::Participle);
        }
    }
}

/// "soldiers shot and killed a gunman": a word that may be a noun or a past
/// tense, right after a noun phrase and before a coordinator and a past
/// tense with an object, is that verb's partner (not "a shot"), so that the
/// two share their subject.
/// "Peru proscribed as a terrorist group by Chile", "named Peru as a
/// partner": an "as" whose words up to the next boundary hold no verb opens
/// a phrase, not a clause ("as Peru shelled Lima"), so what follows that
/// phrase ("by Chile") stays in the clause of the verb before it.
pub(super) fn verbless_as(p: &mut Parse, keys: &[&str]) {
    for u in 0..p.units.len() {
        if p.units[u].tag == Tag::Sub
            && p.units[u].mention.is_none()
            && keys[p.units[u].word as usize] == "as"
            && !verb_before_boundary(p, u + 1)
        {
            p.units[u].tag = Tag::Prep;
        }
    }
}

/// "will next month vote on", "would in the coming weeks ship", "will on
/// Tuesday announce": a time phrase of at most four units between a modal
/// (and its negation) and a word that may be a base verb is an adverbial of
/// the verb group, and that word its verb. The phrase must end in a time
/// word and hold no verb, mention or clause word, so "will send troops
/// next week" keeps its verb. Looks at most six units on from each modal.
pub(super) fn modal_time_adverbials(p: &mut Parse, infos: &[TokenInfo]) {
    let n = p.units.len();
    for u in 0..n {
        if p.units[u].tag != Tag::Modal || p.units[u].mention.is_some() {
            continue;
        }
        let mut at = u + 1;
        if at < n && p.units[at].tag == Tag::Neg {
            at += 1;
        }
        let start = at;
        let mut time_end = None;
        while at < n && at < start + 4 {
            let unit = p.units[at];
            let plain = unit.mention.is_none()
                && matches!(
                    unit.tag,
                    Tag::Det | Tag::Adj | Tag::Noun | Tag::Name | Tag::Prep | Tag::Adv | Tag::Num
                );
            if !plain {
                break;
            }
            at += 1;
            if has(infos[unit.word as usize].classes, WordClass::TimeWord) {
                time_end = Some(at);
            }
        }
        let Some(end) = time_end else { continue };
        let verb = p.units.get(end).copied();
        let verb_ok = verb
            .is_some_and(|v| v.mention.is_none() && has(infos[v.word as usize].classes, WordClass::VerbBase));
        // (A preposition opens the phrase only as its first unit: "in the
        // coming weeks", not "next week in Peru".)
        let prep_inside = (start + 1..end).any(|x| p.units[x].tag == Tag::Prep);
        if !verb_ok || prep_inside {
            continue;
        }
        for x in start..end {
            p.units[x].tag = Tag::Adv;
        }
        p.units[end].tag = Tag::Verb(Form::Base);
    }
}

pub(super) fn coordinated_pasts(p: &mut Parse, infos: &[TokenInfo]) {
    for u in 1..p.units.len().saturating_sub(3) {
        let unit = p.units[u];
        if unit.tag == Tag::Noun
            && unit.mention.is_none()
            && has(infos[unit.word as usize].classes, WordClass::VerbPast)
            && matches!(
                p.units[u - 1].tag,
                Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron
            )
            && p.units[u + 1].tag == Tag::Coord
            && p.units[u + 2].tag == Tag::Verb(Form::Past)
            && opens_phrase_tag(Some(p.units[u + 3].tag))
        {
            p.units[u].tag = Tag::Verb(Form::Past);
        }
    }
}

/// "Kofi Annan shot dead by police": a participle after a noun, then a word
/// of the `resultative` class and "by", is passive as it is right before
/// "by"; the result word is no object.
pub(super) fn resultative_participles(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    for u in 1..p.units.len().saturating_sub(2) {
        let unit = p.units[u];
        let result = p.units[u + 1];
        if matches!(p.units[u - 1].tag, Tag::Noun | Tag::Mention | Tag::Name)
            && matches!(unit.tag, Tag::Verb(Form::Past | Form::Participle))
            && unit.mention.is_none()
            && has(infos[unit.word as usize].classes, WordClass::VerbParticiple)
            && result.mention.is_none()
            && has(infos[result.word as usize].classes, WordClass::Resultative)
            && keys[p.units[u + 2].word as usize] == "by"
        {
            p.units[u].tag = Tag::Verb(Form::Participle);
            p.units[u + 1].tag = Tag::Adv;
        }
    }
}

/// "the deployment of over 140 warships", "sent more than 100 tanks": the
/// words of the `approximator` class right before a number belong to its
/// phrase. A lone one that may be a preposition is one unless a preposition
/// or determiner comes before it ("fired at 3 villages", "fought over 2
/// islands").
pub(super) fn approximate_numbers(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let approximator = |p: &Parse, x: usize| {
        p.units[x].mention.is_none() && has(infos[p.units[x].word as usize].classes, WordClass::Approximator)
    };
    for num in 1..p.units.len() {
        if p.units[num].tag != Tag::Num || !approximator(p, num - 1) {
            continue;
        }
        let mut first = num - 1;
        while first > 0 && num - first < 3 && approximator(p, first - 1) {
            // "exported drones to more than 30 countries": "to" is part of
            // the number only after "up".
            if keys[p.units[first - 1].word as usize] == "to" && !(first > 1 && approximator(p, first - 2)) {
                break;
            }
            first -= 1;
        }
        let lone_preposition = num - first == 1
            && (has(
                infos[p.units[first].word as usize].classes,
                WordClass::Preposition,
            ) || matches!(p.units[first].tag, Tag::Prep | Tag::To))
            && !(first > 0 && matches!(p.units[first - 1].tag, Tag::Prep | Tag::Det));
        if lone_preposition {
            continue;
        }
        for x in first..num {
            p.units[x].tag = Tag::Adj;
        }
        // "airstrikes killed at least 20 people": the verb was read as a
        // passive participle before a preposition ("killed in a raid"), but
        // what follows is its object, a number; so it is the past tense.
        if first > 1 {
            let verb = p.units[first - 1];
            if verb.tag == Tag::Verb(Form::Participle)
                && verb.mention.is_none()
                && has(infos[verb.word as usize].classes, WordClass::VerbPast)
                && matches!(p.units[first - 2].tag, Tag::Noun | Tag::Mention | Tag::Name)
            {
                p.units[first - 1].tag = Tag::Verb(Form::Past);
            }
        }
    }
}

/// Settles verbs against nouns and adjectives, and "to" as preposition or
/// infinitive marker, by their neighbours. One pass, left to right: each
/// decision sees the settled tag before it and the first tags after it.
/// Quotation marks are passed over ("'Javelin' missiles").
pub(super) fn disambiguate(
    p: &mut Parse,
    keys: &[&str],
    infos: &[TokenInfo],
    mentions: &[MentionInfo],
    title_case: bool,
) {
    let n = p.units.len();
    for u in 0..n {
        let unit = p.units[u];
        // Only the tags the match below may change read their neighbours:
        // nouns, names, numbers, pronouns, auxiliaries and punctuation (half
        // the units) keep theirs.
        let settled_here = match unit.tag {
            Tag::Verb(_) | Tag::To | Tag::Det | Tag::Prep | Tag::Adj => true,
            Tag::Mention => unit.mention_weapon && unit.end - unit.first == 1,
            _ => false,
        };
        if !settled_here {
            continue;
        }
        let before = (0..u).rev().find(|&x| p.units[x].tag != Tag::Quote);
        // The two units after, quotation marks passed over (no allocation:
        // this runs for every unit of every parsed sentence).
        let mut rest = (u + 1..n).filter(|&x| p.units[x].tag != Tag::Quote);
        let (a0, a1) = (rest.next(), rest.next());
        let buf = [a0.unwrap_or(0), a1.unwrap_or(0)];
        let after = &buf[..usize::from(a0.is_some()) + usize::from(a1.is_some())];
        let prev = before.map(|x| p.units[x].tag);
        let next = after.first().map(|&x| p.units[x].tag);
        let after_next = after.get(1).map(|&x| p.units[x].tag);
        let word = unit.word as usize;
        let c = infos[word].classes;
        let key = keys[word];
        let next_key = after
            .first()
            .map(|&x| keys[p.units[x].word as usize])
            .unwrap_or("");
        let prev_key = before.map_or("", |x| keys[p.units[x].word as usize]);
        // (Only a verb outside a mention reads the costlier neighbours,
        // in `verb_or_not`: most units skip them.)
        let verb = matches!(unit.tag, Tag::Verb(_)) && unit.mention.is_none();
        let classes_of_unit = |x: usize| infos[p.units[x].word as usize].classes;
        let cx = Neighbours {
            prev,
            prev_key,
            prev_actor: verb
                && before.is_some_and(|x| {
                    let b = p.units[x];
                    b.tag == Tag::Name
                    || (b.tag == Tag::Mention && !b.mention_weapon)
                    // "lawmakers called for ...": people, when no other
                    // verb of the sentence could be its main verb.
                    || (b.tag == Tag::Noun
                        && b.classes & (WordClass::ActorNoun.bit() | WordClass::PersonNoun.bit()) != 0
                        && !finite_later(p, infos, u + 1))
                }),
            next,
            after_next,
            next_key,
            first: before.is_none(),
            verb_after_next: verb
                && after.get(1).is_some_and(|&x| {
                    (p.units[x].mention.is_none()
                        && has(infos[p.units[x].word as usize].classes, WordClass::VerbBase))
                        || weapon_verb_at(p, infos, x)
                }),
            after_controlled_object: verb && before.is_some_and(|x| controlled_object_ends(p, x)),
            // ("... and retaliated by shelling Lima" is no passive: "by"
            // opens a means.)
            passive_before: verb
                && next_key == "by"
                && !has(c, WordClass::Intransitive)
                && !after.get(1).is_some_and(|&x| {
                    p.units[x].mention.is_none() && has(classes_of_unit(x), WordClass::VerbIng)
                })
                && before.is_some_and(|x| p.units[x].tag == Tag::Coord && passive_before_coordinator(p, x)),
            next_time: verb
                && after.first().is_some_and(|&x| {
                    p.units[x].mention.is_none() && has(p.units[x].classes, WordClass::TimeWord)
                }),
            next_particle: verb
                && after.first().is_some_and(|&x| {
                    p.units[x].mention.is_none() && has(p.units[x].classes, WordClass::Particle)
                }),
            next_may_be_noun: verb
                && after.first().is_some_and(|&x| {
                    p.units[x].mention.is_none() && has(classes_of_unit(x), WordClass::NounOrVerb)
                }),
            modified_noun_next: verb
                && after.len() == 2
                && p.units[after[0]].mention.is_none()
                && classes_of_unit(after[0]) & (WordClass::VerbParticiple.bit() | WordClass::Adjective.bit())
                    != 0
                && p.units[after[1]].mention.is_none()
                && (p.units[after[1]].tag == Tag::Noun
                    || has(classes_of_unit(after[1]), WordClass::NounOrVerb)),
            // (A light verb already read as a verb is none: "Biden pledges
            // continued support".)
            prev_may_be_noun: verb
                && before.is_some_and(|x| {
                    p.units[x].mention.is_some()
                        || (has(classes_of_unit(x), WordClass::NounOrVerb)
                            && !(matches!(p.units[x].tag, Tag::Verb(_))
                                && has(classes_of_unit(x), WordClass::LightVerb)))
                }),
            coord_after_noun: verb
                && before.is_some_and(|x| {
                    p.units[x].tag == Tag::Coord
                        && x > 0
                        && matches!(p.units[x - 1].tag, Tag::Noun | Tag::Mention)
                }),
        };
        // "Peru shot down a drone": a phrasal verb right before its particle,
        // after its subject, is a verb, and the particle no verb of its own.
        let classes_of = |x: usize| infos[p.units[x].word as usize].classes;
        let particle_next = after
            .first()
            .is_some_and(|&x| p.units[x].mention.is_none() && has(classes_of(x), WordClass::Particle));
        let after_phrasal = before.is_some_and(|x| {
            matches!(p.units[x].tag, Tag::Verb(_)) && has(classes_of(x), WordClass::PhrasalVerb)
        });
        // "carried out strikes on Peru": after the particle, the verb's object.
        let after_particle = before.is_some_and(|x| {
            has(classes_of(x), WordClass::Particle)
                && (0..x)
                    .rev()
                    .find(|&y| p.units[y].tag != Tag::Quote)
                    .is_some_and(|y| {
                        matches!(p.units[y].tag, Tag::Verb(_)) && has(classes_of(y), WordClass::PhrasalVerb)
                    })
        });
        // "carried out air strikes": a word that may be a noun before one
        // that may be too is the first of a compound noun.
        let noun_next_at = |x: Option<usize>| {
            x.is_some_and(|x| {
                p.units[x].mention.is_none()
                    && (p.units[x].tag == Tag::Noun || has(classes_of(x), WordClass::NounOrVerb))
            })
        };
        let tag = match unit.tag {
            Tag::Verb(_)
                if unit.mention.is_none()
                    && after_particle
                    && (has(c, WordClass::NounOrVerb) || c & VERB_FORMS == 0)
                    && (matches!(
                        next,
                        Some(Tag::Prep | Tag::Other | Tag::Stop | Tag::Comma | Tag::Coord) | None
                    ) || noun_next_at(after.first().copied())) =>
            {
                Tag::Noun
            }
            Tag::Verb(_) if unit.mention.is_none() && after_phrasal && has(c, WordClass::Particle) => {
                Tag::Adv
            }
            Tag::Verb(form)
                if unit.mention.is_none()
                    && particle_next
                    && has(c, WordClass::PhrasalVerb)
                    && before.is_some_and(|x| {
                        let b = p.units[x];
                        matches!(b.tag, Tag::Mention | Tag::Name | Tag::Pron)
                            || (b.tag == Tag::Noun && b.classes & WordClass::ActorNoun.bit() != 0)
                    }) =>
            {
                Tag::Verb(form)
            }
            Tag::To => {
                // "to send" is an infinitive; "to Ukraine" a preposition.
                let verb_at = |x: usize| {
                    p.units[x].mention.is_none()
                        && (has(infos[p.units[x].word as usize].classes, WordClass::VerbBase)
                            || matches!(p.units[x].tag, Tag::Be | Tag::Have | Tag::Do))
                };
                // "plans to bomb Peru": a weapon word that can be a verb,
                // with a phrase after it.
                let weapon_verb_next = after.first().is_some_and(|&x| weapon_verb_at(p, infos, x));
                let verb_next = after.first().is_some_and(|&x| verb_at(x))
                    || weapon_verb_next
                    || (next == Some(Tag::Adv) && after.get(1).is_some_and(|&x| verb_at(x)));
                if verb_next {
                    Tag::To
                } else {
                    Tag::Prep
                }
            }
            // "Turkish Drones Strike Kurdish Militants", "Forces Raid
            // Rebel Camps": in a title-case headline, a base form right
            // after a plural subject that opens the clause, before a
            // phrase, with no finite verb after it, is the clause's verb
            // (capitals no longer tell "Kurdish" from a noun, so a noun
            // after it is an object too). Agreement keeps out singular
            // compounds ("Car Bomb Kills", "General Strike Shuts").
            Tag::Verb(_)
                if title_case
                    && unit.mention.is_none()
                    && has(c, WordClass::VerbBase)
                    && !has(c, WordClass::VerbS)
                    && (matches!(
                        next,
                        Some(
                            Tag::Noun | Tag::Det | Tag::Mention | Tag::Name | Tag::Adj | Tag::Num | Tag::Pron
                        )
                    ) || noun_verb_before_noun(p, infos, after))
                    && before.is_some_and(|x| headline_subject(p, keys, infos, mentions, x))
                    && !finite_later(p, infos, u + 1) =>
            {
                Tag::Verb(Form::Base)
            }
            Tag::Verb(form) if unit.mention.is_none() => verb_or_not(form, c, key, &cx),
            // "is just sending", "has only sent", "isn't merely getting",
            // "Chile first sent": a word that may be an adjective or an
            // adverb, between an auxiliary, a negation or a subject and a
            // verb, is an adverb.
            Tag::Adj
                if has(c, WordClass::Adverb)
                    && matches!(
                        prev,
                        Some(
                            Tag::Be
                                | Tag::Have
                                | Tag::Modal
                                | Tag::Neg
                                | Tag::Do
                                | Tag::Mention
                                | Tag::Name
                                | Tag::Pron
                        )
                    )
                    && matches!(next, Some(Tag::Verb(_))) =>
            {
                Tag::Adv
            }
            // "plans to bomb Peru": after an infinitive "to", a weapon word
            // that can be a verb is one when a phrase follows.
            // (And after a modal: "Peru will bomb Chile".)
            Tag::Mention
                if unit.mention_weapon
                    && unit.end - unit.first == 1
                    && matches!(prev, Some(Tag::To | Tag::Modal))
                    && has(c, WordClass::VerbBase)
                    && opens_phrase_tag(next) =>
            {
                Tag::Verb(Form::Base)
            }
            // "Peruvian warplanes bomb a Chilean convoy": a weapon word that
            // can be a verb, after a plural, before the start of a phrase
            // that is no noun ("Hamas rocket fire" is a noun phrase).
            Tag::Mention
                if unit.mention_weapon
                    && unit.end - unit.first == 1
                    && has(c, WordClass::VerbBase)
                    && before.is_some_and(|x| {
                        // (A mention's number is its last word's: "Israeli
                        // Jets", "Russian forces".)
                        let b = p.units[x];
                        b.tag == Tag::Mention && plural_key(keys[b.end as usize - 1])
                            || title_case && headline_subject(p, keys, infos, mentions, x)
                    })
                    && matches!(
                        next,
                        Some(Tag::Det | Tag::Mention | Tag::Name | Tag::Adj | Tag::Num | Tag::Pron)
                    ) =>
            {
                Tag::Verb(Form::Base)
            }
            // "Pakistan bombs a camp": a weapon word used as a verb. Before a
            // participle it is one when the participle may modify a noun
            // after it ("bombs suspected hideouts", "bombs suspected
            // al-Qaida camp"); a participle with a phrase after it that
            // it cannot modify is the verb, and the weapon word a plural
            // noun ("Hezbollah drones struck a base", "... struck Kyiv").
            Tag::Mention
                if unit.mention_weapon
                    && unit.end - unit.first == 1
                    && c & (WordClass::VerbS.bit() | WordClass::VerbPast.bit()) != 0
                    && matches!(prev, Some(Tag::Mention | Tag::Name))
                    && (matches!(
                        next,
                        Some(Tag::Det | Tag::Mention | Tag::Name | Tag::Adj | Tag::Num | Tag::Pron)
                    ) || after.first().is_some_and(|&x| {
                        p.units[x].mention.is_none()
                            && has(infos[p.units[x].word as usize].classes, WordClass::VerbParticiple)
                            && !has(infos[p.units[x].word as usize].classes, WordClass::VerbBase)
                    }) && !after.get(1).is_some_and(|&x| object_start(p, x))) =>
            {
                Tag::Verb(first_form(c))
            }
            Tag::Det if key == "that" => {
                // "that deal" is a determiner; "said that Iran" opens a clause.
                if matches!(next, Some(Tag::Noun | Tag::Adj))
                    && !matches!(prev, Some(Tag::Verb(_) | Tag::Noun))
                {
                    Tag::Det
                } else if matches!(prev, Some(Tag::Noun | Tag::Name | Tag::Mention))
                    && matches!(next, Some(Tag::Verb(_) | Tag::Modal | Tag::Be | Tag::Have))
                {
                    Tag::Rel
                } else {
                    Tag::Sub
                }
            }
            Tag::Det
                if key == "her"
                    && !matches!(
                        next,
                        Some(Tag::Noun | Tag::Adj | Tag::Num | Tag::Name | Tag::Mention)
                    ) =>
            {
                Tag::Pron
            }
            Tag::Prep if matches!(key, "after" | "before" | "since" | "until" | "as") => {
                // "after Russia invaded Ukraine": a clause follows.
                let clause_follows = (nominal(next.unwrap_or(Tag::Other)) || next == Some(Tag::Det))
                    && finite_ahead(p, infos, u + 1);
                if clause_follows {
                    Tag::Sub
                } else {
                    Tag::Prep
                }
            }
            Tag::Adj if unit.mention.is_none() && compound_like(p, u) => {
                // A compound with no noun after it is a noun itself.
                if matches!(
                    next,
                    Some(Tag::Noun | Tag::Name | Tag::Mention | Tag::Adj | Tag::Verb(_))
                ) {
                    Tag::Adj
                } else {
                    Tag::Noun
                }
            }
            Tag::Adj if unit.mention.is_some() => {
                // "Iranian" before a noun modifies it; alone it names the people.
                let noun_verb_next = matches!(next, Some(Tag::Verb(_)))
                    && after.first().is_some_and(|&x| {
                        has(infos[p.units[x].word as usize].classes, WordClass::NounOrVerb)
                    });
                if matches!(
                    next,
                    Some(Tag::Noun | Tag::Name | Tag::Mention | Tag::Adj | Tag::Num)
                ) || noun_verb_next
                {
                    Tag::Adj
                } else {
                    Tag::Mention
                }
            }
            t => t,
        };
        if matches!(tag, Tag::Verb(_)) {
            p.units[u].mention = None;
        }
        p.units[u].tag = tag;
    }
    verb_for_verbless(p, keys, infos);
}

/// A stretch between clause stops with no finite verb gets one when a noun
/// that may be a verb follows a nominal: headlines such as "Ukraine's
/// defence minister urges military support" have their verb misread as a
/// noun before a noun.
fn verb_for_verbless(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let n = p.units.len();
    let mut start = 0;
    while start < n {
        let end = (start..n)
            .find(|&u| matches!(p.units[u].tag, Tag::Stop | Tag::Sub | Tag::Rel))
            .unwrap_or(n);
        // "Poland stands with Ukraine, Warsaw says": a closing report of
        // who says it is a clause of its own, whose verb leaves the
        // headline before it verbless.
        let body = report_tail(p, infos, start, end).unwrap_or(end);
        let finite = (start..body).any(|u| {
            matches!(
                p.units[u].tag,
                Tag::Modal
                    | Tag::Be
                    | Tag::Have
                    | Tag::Do
                    | Tag::Verb(Form::Past | Form::Present3 | Form::Base)
                    | Tag::To
            )
        });
        if !finite {
            let candidate = (start + 1..body).find(|&u| {
                let unit = p.units[u];
                let c = infos[unit.word as usize].classes;
                let key = keys[unit.word as usize];
                // A known -s or -ed form, or an unknown word in -s right after
                // a name and before what a verb takes ("Biden mulls
                // blacklisting").
                let verb_form = c & (WordClass::VerbS.bit() | WordClass::VerbPast.bit()) != 0
                    || (c == 0
                        && key.len() > 3
                        && key.ends_with('s')
                        && !key.ends_with("ss")
                        && matches!(p.units[u - 1].tag, Tag::Mention | Tag::Name)
                        && p.units.get(u + 1).is_some_and(|x| {
                            matches!(
                                x.tag,
                                Tag::Verb(Form::Ing) | Tag::Det | Tag::Mention | Tag::Name | Tag::To
                            )
                        }));
                unit.tag == Tag::Noun
                    && unit.mention.is_none()
                    && verb_form
                    && matches!(p.units[u - 1].tag, Tag::Noun | Tag::Name | Tag::Mention)
                    && p.units.get(u + 1).is_some_and(|x| keys[x.word as usize] != "of")
            });
            if let Some(u) = candidate {
                let c = infos[p.units[u].word as usize].classes;
                p.units[u].tag = Tag::Verb(if has(c, WordClass::VerbPast) {
                    Form::Past
                } else {
                    Form::Present3
                });
            }
        }
        start = end + 1;
    }
}

/// Where a closing report of who says it starts in the stretch
/// `start..end` ("..., Warsaw says", "..., the ministry said"): the comma
/// before a short nominal subject whose reporting verb ends the stretch
/// (but for closing punctuation).
fn report_tail(p: &Parse, infos: &[TokenInfo], start: usize, end: usize) -> Option<usize> {
    // The verb, before any closing punctuation.
    let last = (start + 1..end).rev().find(|&u| p.units[u].tag != Tag::Other)?;
    let verb = p.units[last];
    let reporting = matches!(verb.tag, Tag::Verb(Form::Past | Form::Present3))
        && has(infos[verb.word as usize].classes, WordClass::ReportingVerb);
    if !reporting {
        return None;
    }
    // At most four units of subject ("the foreign ministry"), all nominal.
    let comma = (last.saturating_sub(5).max(start)..last)
        .rev()
        .find(|&u| p.units[u].tag == Tag::Comma)?;
    let subject = comma + 1..last;
    let nominal = !subject.is_empty()
        && subject.clone().all(|u| {
            matches!(
                p.units[u].tag,
                Tag::Det | Tag::Adj | Tag::Noun | Tag::Name | Tag::Mention | Tag::Poss
            )
        });
    (nominal && comma > start).then_some(comma)
}

/// The settled tag before a unit and the first tags after it.
struct Neighbours<'k> {
    prev: Option<Tag>,
    prev_key: &'k str,
    /// The unit before names an actor (a mention that is no weapon, or a
    /// name).
    prev_actor: bool,
    next: Option<Tag>,
    after_next: Option<Tag>,
    next_key: &'k str,
    first: bool,
    /// The unit after next is a base-form verb ("to send").
    verb_after_next: bool,
    /// The unit after is a bare time word ("overnight", "Monday").
    next_time: bool,
    /// The unit before ends the object of a verb that takes a bare
    /// infinitive after it ("help the army rebuild", "let Chile use").
    after_controlled_object: bool,
    /// The unit before is a coordinator that a passive verb comes before
    /// in the clause ("was armed by Peru and ...").
    passive_before: bool,
    /// The unit after is a particle ("up", "down").
    next_particle: bool,
    /// The unit after is no mention and may be a noun ("support",
    /// "backing").
    next_may_be_noun: bool,
    /// The unit after is no mention and may be a participle or an
    /// adjective, and the one after that may be a noun ("continued
    /// support").
    modified_noun_next: bool,
    /// The unit before is a mention or a word that may be a noun
    /// ("planes" in "U.S. planes bombed").
    prev_may_be_noun: bool,
    /// The unit before is a coordinator right after a noun or a mention
    /// ("weapons and ...").
    coord_after_noun: bool,
}

/// Whether a passive verb ("was armed", "were quietly trained") comes
/// before coordinator `coord`, with nothing that opens or closes a clause,
/// and no other verb, between: at most twelve units back.
fn passive_before_coordinator(p: &Parse, coord: usize) -> bool {
    for x in (coord.saturating_sub(12)..coord).rev() {
        match p.units[x].tag {
            Tag::Verb(Form::Participle) => {
                let aux = (0..x).rev().find(|&y| p.units[y].tag != Tag::Adv);
                return aux.is_some_and(|y| p.units[y].tag == Tag::Be);
            }
            Tag::Verb(_) | Tag::Comma | Tag::Stop | Tag::Sub | Tag::Rel | Tag::Coord | Tag::Be => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// Whether unit `end` ends a noun phrase right after a verb of the
/// `bare_control` class, or right after "that" after a verb of the
/// `mandative` class: a base form after it is that phrase's verb.
pub(super) fn controlled_object_ends(p: &Parse, end: usize) -> bool {
    let nominal = |t: Tag| matches!(t, Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron);
    if !nominal(p.units[end].tag) {
        return false;
    }
    let start = (0..=end)
        .rev()
        .take(8)
        .take_while(|&x| {
            matches!(
                p.units[x].tag,
                Tag::Det | Tag::Adj | Tag::Num | Tag::Poss | Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron
            )
        })
        .last();
    // "demanded that Chile halt ...": so does the subject of a "that"
    // clause after a verb of demanding.
    let verb_of = |x: usize, class: WordClass| {
        matches!(p.units[x].tag, Tag::Verb(_)) && p.units[x].classes & class.bit() != 0
    };
    start.is_some_and(|s| {
        (s > 0 && verb_of(s - 1, WordClass::BareControl))
            || (s > 1
                && p.units[s - 1].classes & WordClass::Complementizer.bit() != 0
                && verb_of(s - 2, WordClass::Mandative))
    })
}

fn compound_like(p: &Parse, u: usize) -> bool {
    p.units[u].end - p.units[u].first > 1
}

/// Whether a finite verb that is no noun ("arrived", "is", "will") comes
/// after `from` in the same clause, within a bounded look-ahead.
fn finite_later(p: &Parse, infos: &[TokenInfo], from: usize) -> bool {
    for u in p.units.iter().skip(from).take(40) {
        match u.tag {
            Tag::Modal | Tag::Be | Tag::Have | Tag::Do => return true,
            Tag::Verb(_) => {
                let c = infos[u.word as usize].classes;
                if u.mention.is_none()
                    && c & (WordClass::VerbPast.bit() | WordClass::VerbS.bit()) != 0
                    && c & WordClass::NounOrVerb.bit() == 0
                {
                    return true;
                }
            }
            // A clause of its own: its verb is not this one's rival.
            Tag::Stop | Tag::Sub | Tag::Rel => return false,
            _ => {}
        }
    }
    false
}

/// Whether a finite verb comes within a few units after `from`, before any
/// clause stop: the words after a subordinator form a clause.
/// Whether a verb group may start among the units from `from` to the next
/// comma, stop or clause opener.
fn verb_before_boundary(p: &Parse, from: usize) -> bool {
    for u in p.units.iter().skip(from) {
        match u.tag {
            Tag::Verb(Form::Ing | Form::Participle) => {}
            Tag::Verb(_) | Tag::Modal | Tag::Be | Tag::Have | Tag::Do => return true,
            Tag::Comma | Tag::Stop | Tag::Sub | Tag::Rel | Tag::Coord => return false,
            _ => {}
        }
    }
    false
}

fn finite_ahead(p: &Parse, infos: &[TokenInfo], from: usize) -> bool {
    for u in p.units.iter().skip(from).take(6) {
        let c = infos[u.word as usize].classes;
        match u.tag {
            Tag::Modal | Tag::Be | Tag::Have | Tag::Do => return true,
            Tag::Verb(_)
                if u.mention.is_none() && c & (WordClass::VerbPast.bit() | WordClass::VerbS.bit()) != 0 =>
            {
                return true
            }
            Tag::Comma | Tag::Stop | Tag::Prep | Tag::Sub | Tag::Rel | Tag::Coord => return false,
            _ => {}
        }
    }
    false
}

/// Whether a word that may be a verb is one here.
fn verb_or_not(form: Form, c: u64, key: &str, cx: &Neighbours<'_>) -> Tag {
    let (prev, next, next_key) = (cx.prev, cx.next, cx.next_key);
    let unknown = c & VERB_FORMS == 0;
    let can_noun = has(c, WordClass::NounOrVerb) || unknown;
    let can_adj = has(c, WordClass::Adjective);
    let past = has(c, WordClass::VerbPast) || (unknown && key.ends_with("ed"));
    let participle = has(c, WordClass::VerbParticiple) || (unknown && key.ends_with("ed"));
    let base = has(c, WordClass::VerbBase) || (unknown && ise_verb(key));
    let ing = has(c, WordClass::VerbIng) || (unknown && key.ends_with("ing"));
    let s = has(c, WordClass::VerbS);
    let noun_next = matches!(next, Some(Tag::Noun | Tag::Name | Tag::Mention | Tag::Num));
    let object_next = opens_phrase_tag(next);
    let as_noun = || {
        if can_adj && !can_noun && noun_next {
            Tag::Adj
        } else {
            Tag::Noun
        }
    };
    // "ready to impose", "set to deliver": an adjective before "to".
    if can_adj && next == Some(Tag::To) && !matches!(prev, Some(Tag::Modal | Tag::To | Tag::Do | Tag::Pron)) {
        return Tag::Adj;
    }
    // "help the army rebuild", "let Chile use": the object's own verb.
    if cx.after_controlled_object
        && base
        && matches!(prev, Some(Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron))
    {
        return Tag::Verb(Form::Base);
    }
    match prev {
        // "Russia's intervention in 2015 helped Assad survive": a year
        // counts nothing, so a word after it is read as after a noun.
        Some(Tag::Num) if is_year(cx.prev_key) => after_noun(form, c, key, cx),
        // "the attack", "Russian strikes", "Iran's supplies", "300 used tanks"
        Some(Tag::Det | Tag::Adj | Tag::Num | Tag::Poss) => {
            if (participle || ing || can_adj) && (noun_next || next == Some(Tag::Adj)) {
                return Tag::Adj;
            }
            if can_noun || can_adj || participle || ing {
                return as_noun();
            }
            Tag::Verb(form)
        }
        Some(Tag::Modal | Tag::To | Tag::Do) if base => Tag::Verb(Form::Base),
        Some(Tag::Neg) if base => Tag::Verb(Form::Base),
        Some(Tag::Have) if participle => Tag::Verb(Form::Participle),
        Some(Tag::Be) if participle => Tag::Verb(Form::Participle),
        Some(Tag::Be) if ing => Tag::Verb(Form::Ing),
        // "has long been", "is now sending": an adverb between auxiliaries.
        Some(Tag::Be | Tag::Have | Tag::Modal)
            if matches!(next, Some(Tag::Be | Tag::Have | Tag::Verb(_))) =>
        {
            Tag::Adv
        }
        Some(Tag::Be | Tag::Have) => as_noun(),
        // "came under shelling from Peru": what one is under is a state,
        // not a deed of the subject's.
        Some(Tag::Prep) if ing && cx.prev_key != "under" => Tag::Verb(Form::Ing),
        Some(Tag::Prep) => as_noun(),
        Some(Tag::Pron) => Tag::Verb(finite_form(form, past, s, base)),
        // "deploys advanced jets": after a verb, a participle or adjective
        // before a noun modifies it.
        // "stop supplying arms", "began shelling Kyiv": an -ing word that is
        // no adjective is the verb's object clause.
        // "rejected claims that it ...": a noun before "that" (not yet
        // told from a determiner) is the verb's object.
        Some(Tag::Verb(_)) if can_noun && !ing && next_key == "that" => Tag::Noun,
        // "condemns beheading of hostages", "denounced shelling of towns":
        // an -ing word with its object after "of" is a nominal gerund, the
        // verb's object, whose doer the sentence need not name (not a verb
        // of saying: "keeps warning of attacks").
        Some(Tag::Verb(_)) if ing && next_key == "of" && !has(c, WordClass::ReportingVerb) => Tag::Noun,
        Some(Tag::Verb(_)) if ing && !can_adj && (noun_next || object_next) => Tag::Verb(Form::Ing),
        // "pledged continued support for Peru", "promised renewed backing.":
        // no finite verb follows a verb with nothing between, so a
        // participle there, before a word that may be a noun and then a
        // preposition or the end, modifies that noun. (Not after a word
        // that may be a noun: "U.S. planes bombed sites in Iraq".)
        Some(Tag::Verb(_))
            if participle
                && !cx.prev_may_be_noun
                && cx.next_may_be_noun
                && matches!(
                    cx.after_next,
                    None | Some(Tag::Prep | Tag::To | Tag::Comma | Tag::Other)
                ) =>
        {
            Tag::Adj
        }
        Some(Tag::Verb(_)) if (participle || ing || can_adj) && noun_next => Tag::Adj,
        // "buy light attack helicopters": a noun before a noun.
        Some(Tag::Verb(_)) if can_noun && next == Some(Tag::Noun) => Tag::Noun,
        // "denied reports its troops ...", "said strikes hit Kyiv": a word
        // in -s right after a verb is its object or a subject, not a second
        // finite verb.
        Some(Tag::Verb(_)) if can_noun && s && !past => Tag::Noun,
        Some(Tag::Adv) => {
            if participle && !past {
                Tag::Verb(Form::Participle)
            } else {
                Tag::Verb(finite_form(form, past, s, base))
            }
        }
        Some(Tag::Noun | Tag::Name | Tag::Mention) => after_noun(form, c, key, cx),
        // "Peru, backed by Chile, launched ...": a participle before "by"
        // after a comma is passive, whatever else the word may be.
        Some(Tag::Comma) if participle && next_key == "by" => Tag::Verb(Form::Participle),
        // "Chile was armed by Peru and trained by Bolivia": a participle
        // before "by" joined to a passive shares its auxiliary.
        Some(Tag::Coord) if participle && cx.passive_before => Tag::Verb(Form::Participle),
        // "provides weapons and funding to Hezbollah": an -ing word that
        // may be a noun, joined to a noun, with no object of its own before
        // a preposition, is the noun's conjunct, not a second verb.
        Some(Tag::Coord)
            if ing && can_noun && cx.coord_after_noun && matches!(next, Some(Tag::Prep | Tag::To)) =>
        {
            Tag::Noun
        }
        Some(Tag::Comma | Tag::Coord) => {
            if ing && (object_next || matches!(next, Some(Tag::Prep | Tag::To | Tag::Noun))) {
                Tag::Verb(Form::Ing)
            } else if (past || s)
                && (object_next || (!can_noun && matches!(next, Some(Tag::Prep | Tag::To | Tag::Adv))))
            {
                Tag::Verb(finite_form(form, past, s, base))
            } else if ing && !can_noun {
                Tag::Verb(Form::Ing)
            } else if participle && !can_noun && matches!(next_key, "by" | "to" | "in" | "with") {
                Tag::Verb(Form::Participle)
            } else if can_noun {
                as_noun()
            } else {
                Tag::Verb(form)
            }
        }
        _ if cx.first => {
            if can_noun
                && matches!(
                    next,
                    Some(Tag::Verb(_) | Tag::Modal | Tag::Be | Tag::Have | Tag::Prep)
                )
            {
                as_noun()
            } else if ing {
                Tag::Verb(Form::Ing)
            } else if can_noun || can_adj {
                as_noun()
            } else {
                Tag::Verb(form)
            }
        }
        _ => {
            if can_noun && !object_next {
                as_noun()
            } else {
                Tag::Verb(form)
            }
        }
    }
}

/// After a noun phrase: "Russia strikes Ukraine" (verb), "Russia strikes on
/// Ukraine" (noun), "drones sold by Iran" (participle), "EU sanctions hit
/// Russia" (noun before a verb), "US embargo for decades" (noun).
fn after_noun(form: Form, c: u64, key: &str, cx: &Neighbours<'_>) -> Tag {
    let (next, after_next, next_key) = (cx.next, cx.after_next, cx.next_key);
    let unknown = c & VERB_FORMS == 0;
    let can_noun = has(c, WordClass::NounOrVerb) || unknown;
    let can_adj = has(c, WordClass::Adjective);
    let past = has(c, WordClass::VerbPast) || (unknown && key.ends_with("ed"));
    // "rockets arrived in Peru": a verb that takes no object is never a
    // passive participle.
    let participle = (has(c, WordClass::VerbParticiple) || (unknown && key.ends_with("ed")))
        && !has(c, WordClass::Intransitive);
    let base = has(c, WordClass::VerbBase);
    let ing = has(c, WordClass::VerbIng) || (unknown && key.ends_with("ing"));
    let s = has(c, WordClass::VerbS);
    let noun_next = matches!(next, Some(Tag::Noun | Tag::Name | Tag::Mention | Tag::Num));
    // "strikes on Chilean power plants overnight": a bare time word after a
    // noun that names no actor opens no object ("Chile strikes Monday" still
    // may).
    let object_next = opens_phrase_tag(next) && (!cx.next_time || cx.prev_actor);
    if next_key == "by" && participle {
        return Tag::Verb(Form::Participle);
    }
    // "Biden pledges continued support for Kyiv": a light verb in -s right
    // after a name, before a participle or adjective and a word that may
    // be a noun, is the name's verb and the participle modifies its object
    // (a name and a plural make no phrase before a participle there).
    if s && has(c, WordClass::LightVerb) && cx.prev_actor && cx.modified_noun_next {
        return Tag::Verb(Form::Present3);
    }
    // "fighters holed up in a valley": a participle the lexicon does not
    // know, right before a particle after a noun, is a participle of a
    // phrasal verb that describes the noun, not a noun of its own.
    if unknown && participle && cx.next_particle {
        return Tag::Verb(Form::Participle);
    }
    // "Chilean troops accused of shelling ...": a headline's passive, whose
    // gerund the phrase before did (not "the accused of the trial").
    // So is one right before "for" ("Chile blamed for the blast", "Peru
    // fined for the delay"): these verbs name whom they blame or punish
    // before the reason, so "for" next leaves them no object.
    if participle
        && has(c, WordClass::GerundControl)
        && (next_key == "of" && matches!(after_next, Some(Tag::Verb(Form::Ing))) || next_key == "for")
    {
        return Tag::Verb(Form::Participle);
    }
    // "rocket launchers sent to Ukraine": a participle after a thing, before
    // a preposition, is passive; after an actor too when its verb always
    // takes an object ("soldiers killed in a raid"), and before "as" then
    // ("Peru proscribed as a terrorist group").
    let transitive = has(c, WordClass::Transitive);
    if participle
        && (!cx.prev_actor || transitive)
        && (matches!(next, Some(Tag::Prep | Tag::To)) || (transitive && next_key == "as"))
        && !ing
    {
        return Tag::Verb(Form::Participle);
    }
    // "sends Syria tough message": an adjective before a noun.
    if can_adj && !can_noun && noun_next && !past && !s {
        return Tag::Adj;
    }
    if can_noun && next_key == "of" {
        return Tag::Noun;
    }
    // "EU backing for", "US strikes on", "US embargo for", "US sanctions."
    let prep_next = matches!(next, Some(Tag::Prep)) || (next == Some(Tag::To) && !cx.verb_after_next);
    // ("apartment blocks all over Peru": the adverb "all" before a
    // preposition leaves the word before it a noun.)
    let all_prep = next_key == "all" && after_next == Some(Tag::Prep);
    if can_noun
        && !object_next
        && (!ing || prep_next)
        && (!matches!(next, Some(Tag::Adv)) || all_prep)
        && (next != Some(Tag::To) || prep_next)
    {
        return Tag::Noun;
    }
    if can_noun
        && matches!(next, Some(Tag::Verb(_) | Tag::Modal | Tag::Be | Tag::Have))
        && matches!(
            after_next,
            Some(Tag::Det | Tag::Mention | Tag::Name | Tag::Pron | Tag::Num | Tag::Adj | Tag::Noun)
        )
    {
        return Tag::Noun;
    }
    // "Russian shelling killed five civilians": an -ing word after an
    // actor's name, right before a simple past or present verb that has an
    // object, is that verb's subject (a nominal gerund), not a verb whose
    // object the next verb would be. (One tag each way: no scan.)
    if ing
        && cx.prev_actor
        && matches!(next, Some(Tag::Verb(Form::Past | Form::Present3)))
        && opens_phrase_tag(after_next)
    {
        return Tag::Noun;
    }
    if ing {
        return Tag::Verb(Form::Ing);
    }
    if past || s || base || participle {
        return Tag::Verb(finite_form(form, past, s, base));
    }
    if can_noun {
        Tag::Noun
    } else {
        Tag::Verb(form)
    }
}

fn finite_form(form: Form, past: bool, s: bool, base: bool) -> Form {
    if past {
        Form::Past
    } else if s {
        Form::Present3
    } else if base {
        Form::Base
    } else {
        form
    }
}

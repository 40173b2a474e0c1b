//! Noun phrases: determiner or possessor, modifiers and a head, then the
//! lists ("Iran, Syria and Russia") and appositions they form.

use super::verb_group::finite;
use super::WordClass;
use super::{has, Form, Parse, Phrase, Tag, TokenInfo, NONE};

/// Whether a tag may open a noun phrase.
fn opens_phrase(t: Tag) -> bool {
    matches!(
        t,
        Tag::Det | Tag::Num | Tag::Adj | Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron
    )
}

/// Whether a unit tagged `t` with word classes `classes` may continue a
/// noun phrase after a unit tagged `prev`. After a name, a number or a
/// qualitative adjective starts a new phrase: "promised Peru new
/// helicopters", "sent Chile 40 howitzers" (but "Iran nuclear deal").
fn continues_phrase(prev: Tag, t: Tag, classes: u64, compound: bool) -> bool {
    match prev {
        Tag::Pron => false,
        Tag::Mention | Tag::Name => match t {
            Tag::Num => false,
            Tag::Adj => !has(classes, WordClass::OpensPhrase) && !compound,
            _ => matches!(t, Tag::Noun | Tag::Name | Tag::Mention),
        },
        _ => matches!(t, Tag::Num | Tag::Adj | Tag::Noun | Tag::Name | Tag::Mention),
    }
}

/// Whether the phrase that opened at `first` ends before `next`, the subject
/// of the sentence starting there: in a time or place phrase that opens the
/// sentence with no comma ("In 1939 Germany invaded Poland", "Near the
/// border Chilean jets bombed ..."), an actor (a name, or a mention that is
/// no weapon) after a number or a common noun, whose phrase runs straight
/// into a finite verb. (Within the phrase a name after a noun is a
/// modifier only in fixed names the gazetteer holds as one mention.)
fn fronted_subject_starts(p: &Parse, infos: &[TokenInfo], first: usize, last: usize, next: usize) -> bool {
    // ("After the talks Chile shelled Peru": "after" may be read as a
    // subordinator before the clause is known.)
    let opener = p.units[0];
    let prep = opener.tag == Tag::Prep
        || (opener.tag == Tag::Sub && has(infos[opener.word as usize].classes, WordClass::AdverbialPrep));
    if first != 1 || !prep {
        return false;
    }
    let before = p.units[last];
    let unit = p.units[next];
    let actor = match unit.tag {
        Tag::Name => true,
        // (A pronoun that names an actor is left as it was: "At one point
        // he said ..." splits right, but the surface support pattern then
        // reads "he said 'help me' in Polish" as support; left for later.)
        Tag::Mention | Tag::Adj => {
            unit.mention.is_some()
                && !unit.mention_weapon
                && !has(infos[unit.word as usize].classes, WordClass::Pronoun)
        }
        _ => false,
    };
    if !actor || before.mention.is_some() || !matches!(before.tag, Tag::Num | Tag::Noun) {
        return false;
    }
    // Bounded: the look-ahead runs at most once a sentence, over a few units.
    let verb = (next + 1..p.units.len())
        .take(6)
        .find(|&u| !matches!(p.units[u].tag, Tag::Adj | Tag::Noun | Tag::Name | Tag::Mention));
    verb.is_some_and(|v| finite(p.units[v].tag, infos[p.units[v].word as usize].classes))
}

/// Whether unit `at` is a month named with its day, which modifies the
/// noun right after: "the October 7 assault", "the September 11 attacks"
/// (a time word then a number of one or two digits, then a noun, an
/// adjective or a weapon: "the April 8 missile strike"). Three units
/// ahead at most.
fn dated_modifier(p: &Parse, keys: &[&str], infos: &[TokenInfo], at: usize) -> bool {
    let (Some(month), Some(day), Some(after)) = (p.units.get(at), p.units.get(at + 1), p.units.get(at + 2))
    else {
        return false;
    };
    let day_key = keys[day.word as usize];
    // ("March" may be read as a noun.)
    matches!(month.tag, Tag::Name | Tag::Noun)
        && infos[month.word as usize].capitalized
        && month.mention.is_none()
        && has(month.classes, WordClass::TimeWord)
        && day.tag == Tag::Num
        && (1..=2).contains(&day_key.len())
        && day_key.bytes().all(|b| b.is_ascii_digit())
        && ((matches!(after.tag, Tag::Noun | Tag::Adj) && after.mention.is_none()) || after.mention_weapon)
}

/// Noun phrases: maximal runs of determiner, numbers, adjectives and
/// nominals, the last nominal the head; "X 's Y" makes X the possessor of
/// the phrase that goes on after it. Then lists ("Iran, Syria and Russia")
/// and appositions are linked.
pub(super) fn phrases(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let n = p.units.len();
    p.phrase_of.resize(n, NONE);
    let mut u = 0;
    let mut possessor = NONE;
    while u < n {
        let t = p.units[u].tag;
        if !opens_phrase(t) {
            possessor = NONE;
            u += 1;
            continue;
        }
        let first = u;
        let mut end = u + 1;
        let mut prev = t;
        loop {
            // Quotation marks inside a phrase are passed over: "'Javelin'
            // missiles".
            let mut next = end;
            while next < n && p.units[next].tag == Tag::Quote {
                next += 1;
            }
            if next >= n {
                break;
            }
            let unit = p.units[next];
            // "said Sunday Israel ...": a time word ends a phrase; and after
            // a noun or a name it starts none: "shelled Chile Monday" is
            // Chile, then a time.
            // (But a date that modifies the noun after it stays in: "the
            // October 7 assault on Israel", "the September 11 attacks".)
            let dated = dated_modifier(p, keys, infos, end - 1)
                || (end >= 2 && dated_modifier(p, keys, infos, end - 2));
            if has(p.units[end - 1].classes, WordClass::TimeWord)
                && p.units[end - 1].mention.is_none()
                && !dated
            {
                break;
            }
            if has(unit.classes, WordClass::TimeWord)
                && unit.mention.is_none()
                && matches!(p.units[end - 1].tag, Tag::Noun | Tag::Name | Tag::Mention)
            {
                break;
            }
            // "the drones Iran sold to Russia": an actor named right after a
            // weapon, right before a finite verb, is the subject of a
            // relative clause with no relative word, not part of the phrase.
            let actor = unit.tag == Tag::Mention && !unit.mention_weapon;
            if actor
                && p.units[end - 1].mention_weapon
                && p.units
                    .get(next + 1)
                    .is_some_and(|v| finite(v.tag, infos[v.word as usize].classes))
            {
                break;
            }
            if fronted_subject_starts(p, infos, first, end - 1, next) {
                break;
            }
            let compound = unit.mention.is_none() && unit.end - unit.first > 1;
            if !dated && !continues_phrase(prev, unit.tag, infos[unit.word as usize].classes, compound) {
                break;
            }
            prev = unit.tag;
            end = next + 1;
        }
        // The head is the last nominal; a phrase of determiners and
        // adjectives only ("the first", "many") has its last unit as head.
        let head = (first..end)
            .rev()
            .find(|&h| {
                matches!(
                    p.units[h].tag,
                    Tag::Noun | Tag::Name | Tag::Mention | Tag::Pron | Tag::Num
                )
            })
            .unwrap_or(end - 1);
        // A determiner alone is not a phrase ("that", "this" as pronouns are).
        if end == first + 1
            && t == Tag::Det
            && !has(
                infos[p.units[first].word as usize].classes,
                WordClass::Demonstrative,
            )
        {
            u += 1;
            continue;
        }
        let prep = if first > 0 && p.units[first - 1].tag == Tag::Prep {
            (first - 1) as u32
        } else if first > 0 && possessor != NONE {
            p.phrases[possessor as usize].prep
        } else {
            NONE
        };
        let id = p.phrases.len() as u32;
        p.phrases.push(Phrase {
            first: first as u32,
            end: end as u32,
            head: head as u32,
            possessor,
            next_conjunct: NONE,
            list_head: id,
            prep,
            apposition_of: NONE,
            parenthetical: false,
            clause: NONE,
        });
        for x in first..end {
            p.phrase_of[x] = id;
        }
        possessor = NONE;
        u = end;
        if u < n && p.units[u].tag == Tag::Poss {
            possessor = id;
            u += 1;
        }
    }
    link_lists(p, infos);
}

/// What kind of thing a phrase names, for lists: lists join like with like.
fn kind(p: &Parse, ph: &Phrase) -> u8 {
    let head = p.units[ph.head as usize];
    match head.tag {
        Tag::Mention if head.mention_weapon => 4,
        Tag::Mention | Tag::Name => 1,
        Tag::Pron => 3,
        _ => 2,
    }
}

/// Whether phrases of kinds `a` and `b` may be members of one list: like
/// with like, or an actor with a common noun ("the United States and its
/// allies").
fn joins(a: u8, b: u8) -> bool {
    a == b || matches!((a, b), (1, 2) | (2, 1) | (4, 2) | (2, 4))
}

/// Whether phrases `members`, joined by commas alone, are a list as
/// headlines write one, without "and": weapons named one after another
/// ("to send Patriot missiles, Abrams tanks to Ukraine"), or actors that
/// open the sentence as the subject of a plural verb ("Peru, Chile pledge
/// jets", "Peru, Chile to send jets"; "Peru, Chile says" is a dateline or
/// a source, whose verb is singular).
fn comma_list(p: &Parse, members: &[usize]) -> bool {
    let all = |k: u8| members.iter().all(|&m| kind(p, &p.phrases[m]) == k);
    if all(4) {
        return true;
    }
    let first = p.phrases[members[0]];
    let last = p.phrases[members[members.len() - 1]];
    let heads_mentions = members
        .iter()
        .all(|&m| p.units[p.phrases[m].head as usize].tag == Tag::Mention);
    let plural_verb = p
        .units
        .get(last.end as usize)
        .is_some_and(|u| matches!(u.tag, Tag::Verb(Form::Base | Form::Ing) | Tag::Modal | Tag::To));
    first.first == 0 && first.prep == NONE && all(1) && heads_mentions && plural_verb
}

/// Whether actor `a` is a modifier the noun of `b` shares, as the country
/// adjective opening `b` is one: "US and British warplanes" are US
/// warplanes and British warplanes.
fn shared_head(p: &Parse, a: &Phrase, b: &Phrase) -> bool {
    let opener = p.units[b.first as usize];
    a.end - a.first == 1
        && kind(p, a) == 1
        && kind(p, b) == 4
        && opener.tag == Tag::Adj
        && opener.mention.is_some()
        && b.head != b.first
}

fn link_lists(p: &mut Parse, infos: &[TokenInfo]) {
    // Phrases separated only by commas and a coordinator form a list if
    // there is a coordinator, the phrases are of one kind, and the last
    // does not open a clause of its own ("Russia attacked Ukraine and
    // Poland sent troops": Poland is a subject).
    let count = p.phrases.len();
    let mut i = 0;
    // (One buffer for every phrase's list, the parse's.)
    let mut members = std::mem::take(&mut p.list_members);
    while i < count {
        let mut j = i;
        members.clear();
        members.push(i);
        let mut coordinated = false;
        while j + 1 < count {
            let a = p.phrases[j];
            let b = p.phrases[j + 1];
            // What stands between: a comma, a coordinator, or both.
            let gap = b.first.saturating_sub(a.end) as usize;
            let tag_at = |k: usize| p.units[a.end as usize + k].tag;
            // ("X, as well as Y" is a list of two.)
            let one_word = |u: usize| p.units[u].end == p.units[u].first + 1;
            let comma_led = |u: usize| {
                let unit = p.units[u];
                unit.end > unit.first + 1 && !infos[unit.first as usize].is_word
            };
            let ok = match gap {
                1 if tag_at(0) == Tag::Comma => true,
                // (A comma before the coordinator of two phrases joins
                // clauses: "the US was struck by hurricanes, and Japan,
                // which ..."; a list of two has none, "Iran, Syria, and
                // Russia" has its comma before the third, "X, as well as
                // Y" is a list. The comma is a unit of its own or the first
                // word of the coordinator's.)
                1 if tag_at(0) == Tag::Coord && (members.len() > 1 || !comma_led(a.end as usize)) => {
                    coordinated = true;
                    true
                }
                2 if tag_at(0) == Tag::Comma
                    && tag_at(1) == Tag::Coord
                    && (members.len() > 1 || !one_word(a.end as usize + 1)) =>
                {
                    coordinated = true;
                    true
                }
                // "our government (along with the US) invaded": a
                // conjunction of several words opening brackets, which
                // close right after the phrase, as "X, along with Y," does.
                2 if tag_at(0) == Tag::Stop
                    && tag_at(1) == Tag::Coord
                    && !one_word(a.end as usize + 1)
                    && p.units.get(b.end as usize).is_some_and(|u| u.tag == Tag::Stop) =>
                {
                    coordinated = true;
                    true
                }
                _ => false,
            };
            if !ok
                || !(joins(kind(p, &a), kind(p, &b)) || shared_head(p, &a, &b))
                || b.prep != NONE && a.prep == NONE
            {
                break;
            }
            // Only the `conjunction` class joins phrases into lists ("and",
            // "as well as"; not "but").
            if p.units[(b.first - 1) as usize].tag == Tag::Coord
                && !has(p.units[(b.first - 1) as usize].classes, WordClass::Coordinator)
            {
                break;
            }
            members.push(j + 1);
            j += 1;
            if coordinated {
                break;
            }
        }
        if !coordinated && members.len() > 1 {
            coordinated = comma_list(p, &members);
        }
        if coordinated && members.len() > 1 {
            let last = p.phrases[*members.last().unwrap_or(&i)];
            let first = p.phrases[i];
            // A clause of its own: the last member is followed by a finite
            // verb (adverbs between: "and the ministry even offered") while
            // the first stands after a verb or a preposition ("sold drones
            // to Peru, and the ministry said").
            let verb_after = p.units[last.end as usize..]
                .iter()
                .find(|u| u.tag != Tag::Adv)
                .is_some_and(|u| finite(u.tag, infos[u.word as usize].classes));
            let after_verb = first.prep != NONE
                || first.first > 0
                    && matches!(
                        p.units[(first.first - 1) as usize].tag,
                        Tag::Verb(_) | Tag::Be | Tag::Have
                    );
            // "clashes between Chile and Peru killed ten": a list after
            // "between" names two sides, never a subject of its own.
            let pair =
                first.prep != NONE && has(p.units[first.prep as usize].classes, WordClass::PairPreposition);
            if pair || !(verb_after && after_verb) {
                for w in members.windows(2) {
                    p.phrases[w[0]].next_conjunct = w[1] as u32;
                }
                for &m in &members {
                    p.phrases[m].list_head = i as u32;
                    if p.phrases[m].prep == NONE {
                        p.phrases[m].prep = first.prep;
                    }
                }
                i = *members.last().unwrap_or(&i) + 1;
                continue;
            }
        }
        i += 1;
    }
    p.list_members = members;
}

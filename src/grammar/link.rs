//! Links: the subject, objects and prepositional phrases of every verb
//! group, and the verb each one depends on.

use super::WordClass;
use super::{has, is_year, vg, ClauseKind, Parse, Tag, TokenInfo, VerbGroup, NONE};

/// After a verb that takes two objects, a phrase that starts with an actor
/// named by name and goes on is two phrases: "promised Belarus new
/// missiles", "sends Syria a tough message".
fn split_double_objects(p: &mut Parse) {
    for g in 0..p.groups.len() {
        let group = p.groups[g];
        if p.units[group.head as usize].classes & WordClass::Ditransitive.bit() == 0 {
            continue;
        }
        let at = group.end as usize;
        let Some(&ph) = p.phrase_of.get(at) else {
            continue;
        };
        if ph == NONE {
            continue;
        }
        let phrase = p.phrases[ph as usize];
        let first = p.units[phrase.first as usize];
        if phrase.first as usize != at
            || first.tag != Tag::Mention
            || first.mention_weapon
            || phrase.end <= phrase.first + 1
        {
            continue;
        }
        // The rest becomes a phrase of its own, right after.
        let id = p.phrases.len() as u32;
        let mut rest = phrase;
        rest.first = phrase.first + 1;
        rest.possessor = NONE;
        rest.list_head = id;
        rest.prep = NONE;
        let mut head = phrase;
        head.end = phrase.first + 1;
        head.head = phrase.first;
        head.next_conjunct = NONE;
        p.phrases[ph as usize] = head;
        p.phrases.push(rest);
        for u in rest.first..rest.end {
            p.phrase_of[u as usize] = id;
        }
        // Phrases are kept in text order for the passes that scan them.
        let mut order: Vec<u32> = (0..p.phrases.len() as u32).collect();
        order.sort_by_key(|&i| p.phrases[i as usize].first);
        if order.windows(2).any(|w| w[0] > w[1]) {
            renumber(p, &order);
        }
    }
}

/// Puts phrases in the order `order` (old ids in new order), fixing every
/// reference.
fn renumber(p: &mut Parse, order: &[u32]) {
    let mut new_id = vec![NONE; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old as usize] = new as u32;
    }
    let map = |x: u32| if x == NONE { NONE } else { new_id[x as usize] };
    let old = std::mem::take(&mut p.phrases);
    p.phrases = order.iter().map(|&o| old[o as usize]).collect();
    for ph in &mut p.phrases {
        ph.possessor = map(ph.possessor);
        ph.next_conjunct = map(ph.next_conjunct);
        ph.list_head = map(ph.list_head);
        ph.apposition_of = map(ph.apposition_of);
    }
    for x in &mut p.phrase_of {
        *x = map(*x);
    }
}

/// Subjects, objects and prepositional phrases of every verb group.
pub(super) fn links(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    split_double_objects(p);
    for g in 0..p.groups.len() {
        let group = p.groups[g];
        let (pp_first, pp_end, object, indirect) = complements(p, g);
        let pg = &mut p.groups[g];
        pg.pp_first = pp_first;
        pg.pp_end = pp_end;
        pg.object = object;
        pg.indirect = indirect;
        // "helped the army rebuild": the phrase is both the object of
        // "helped" and the subject of "rebuild".
        if object == NONE && p.units[group.head as usize].classes & WordClass::BareControl.bit() != 0 {
            let at = group.end as usize;
            let ph = p.phrase_of.get(at).copied().unwrap_or(NONE);
            if ph != NONE
                && p.phrases[ph as usize].prep == NONE
                && p.phrases[ph as usize].first as usize == at
            {
                let end = p.phrases[ph as usize].end as usize;
                if p.group_of.get(end).is_some_and(|&x| x != NONE) {
                    p.groups[g].object = p.phrases[ph as usize].list_head;
                }
            }
        }
    }
    shared_objects(p);
    // In text order, so that a group's controller and governor, which come
    // before it, are settled when it is reached. Infinitives, gerunds and
    // pronouns take their subject from the verb that governs them;
    // passives take it from "by".
    for g in 0..p.groups.len() {
        let (surface, governor) = surface_subject(p, keys, infos, g);
        p.groups[g].surface_subject = surface;
        p.groups[g].governor = governor;
        let group = p.groups[g];
        let mut subject = group.surface_subject;
        let finite = group.flags & vg::NON_FINITE == 0;
        if finite
            && subject != NONE
            && p.units[p.phrases[subject as usize].head as usize].tag == Tag::Pron
            && group.governor != NONE
        {
            // "Germany says it will send helmets": "it" is Germany; so is
            // "it" in a "that" clause under another verb ("Germany rejected
            // reports that it had sent helmets"), unless the verb has an
            // addressee the pronoun may be ("told Peru that it must").
            let gov = p.groups[group.governor as usize];
            let gov_classes = infos[p.units[gov.head as usize].word as usize].classes;
            let reporting = has(gov_classes, WordClass::ReportingVerb);
            let pronoun = keys[p.units[p.phrases[subject as usize].head as usize].word as usize];
            let that_clause = matches!(
                p.clauses.get(group.clause as usize).map(|c| c.kind),
                Some(ClauseKind::Subordinate(r)) if keys[p.units[r as usize].word as usize] == "that"
            );
            let it_under_verb = pronoun == "it" && that_clause && !has(gov_classes, WordClass::ObjectControl);
            if (reporting || it_under_verb) && gov.subject != NONE && gov.subject != subject {
                subject = gov.subject;
            }
        } else if finite && subject != NONE && group.governor == NONE {
            // "Peru will face sanctions if it invades Chile": "it" is Peru.
            let antecedent = adverbial_antecedent(p, keys, infos, g, subject);
            if antecedent != NONE {
                subject = antecedent;
            }
        }
        if group.flags & vg::PASSIVE != 0 {
            p.groups[g].surface_subject = subject;
            let by = p
                .group_pps(g as u32)
                .iter()
                .find(|(prep, _)| keys[p.units[*prep as usize].word as usize] == "by")
                .map(|&(_, ph)| ph)
                .unwrap_or(NONE);
            p.groups[g].subject = by;
        } else {
            p.groups[g].subject = subject;
        }
    }
    fronted_adverbials(p, infos);
    relative_gaps(p, keys);
    bare_relatives(p, infos);
}

/// Two active verbs joined by a coordinator alone, the first with no
/// object or phrase of its own, share the second's object: "Iran armed and
/// trained the Houthis" (armed them too). The second has no subject of its
/// own, so both are one doer's.
fn shared_objects(p: &mut Parse) {
    for g in 1..p.groups.len() {
        let (first, next) = (p.groups[g - 1], p.groups[g]);
        if first.object != NONE
            || first.pp_first != first.pp_end
            || first.flags & (vg::PASSIVE | vg::NON_FINITE) != 0
            || next.flags & vg::PASSIVE != 0
            || next.object == NONE
            || next.first != first.end + 1
            || p.units[first.end as usize].tag != Tag::Coord
        {
            continue;
        }
        p.groups[g - 1].object = next.object;
    }
}

/// A gerund after an adverbial preposition that opens the sentence tells
/// of the doer of the first tensed verb after the comma that closes it:
/// "After shelling the town for days, Chilean troops withdrew" (the
/// troops). Done after the subjects of all groups are found, since that
/// verb comes after the gerund; only for a gerund with no doer yet.
fn fronted_adverbials(p: &mut Parse, infos: &[TokenInfo]) {
    for g in 0..p.groups.len() {
        let group = p.groups[g];
        let first = group.first as usize;
        if first != 1
            || group.flags & vg::GERUND == 0
            || group.surface_subject != NONE
            || p.units[0].tag != Tag::Prep
            || !has(infos[p.units[0].word as usize].classes, WordClass::AdverbialPrep)
        {
            continue;
        }
        let Some(comma) = (group.end as usize..p.units.len()).find(|&u| p.units[u].tag == Tag::Comma) else {
            continue;
        };
        let Some(main) = p.groups[g + 1..]
            .iter()
            .find(|x| x.first as usize > comma && x.flags & vg::NON_FINITE == 0)
        else {
            continue;
        };
        let doer = if main.flags & vg::PASSIVE != 0 {
            main.surface_subject
        } else {
            main.subject
        };
        if doer == NONE {
            continue;
        }
        p.groups[g].surface_subject = doer;
        if group.flags & vg::PASSIVE == 0 {
            p.groups[g].subject = doer;
        }
    }
}

/// The actor an "it" or "they" that is the subject of an adverbial clause
/// ("if", "unless", "when", "once") stands for: the subject of the verb of
/// the clause around it, written before it ("Peru will face sanctions if
/// it invades Chile"), when that subject names a country or organization
/// and no other actor stands between it and the clause ("Chile will fight
/// Peru if it invades" names two: no antecedent). [`NONE`] otherwise.
fn adverbial_antecedent(p: &Parse, keys: &[&str], infos: &[TokenInfo], g: usize, subject: u32) -> u32 {
    let head = p.units[p.phrases[subject as usize].head as usize];
    if head.tag != Tag::Pron || !matches!(keys[head.word as usize], "it" | "they") {
        return NONE;
    }
    let group = p.groups[g];
    let Some(clause) = p.clauses.get(group.clause as usize) else {
        return NONE;
    };
    let ClauseKind::Subordinate(opener) = clause.kind else {
        return NONE;
    };
    let complement = has(
        infos[p.units[opener as usize].word as usize].classes,
        WordClass::Complementizer,
    );
    if complement
        || clause.first != opener
        || clause.parent == NONE
        || p.phrases[subject as usize].first != opener + 1
    {
        return NONE;
    }
    // The finite verb of the enclosing clause right before the subordinator.
    let Some(main) = p.groups[..g]
        .iter()
        .rev()
        .find(|x| x.clause == clause.parent && x.flags & vg::NON_FINITE == 0)
    else {
        return NONE;
    };
    let antecedent = if main.flags & vg::PASSIVE != 0 {
        main.surface_subject
    } else {
        main.subject
    };
    if antecedent == NONE || p.phrases[antecedent as usize].next_conjunct != NONE {
        return NONE;
    }
    let ante = p.phrases[antecedent as usize];
    let ante_head = p.units[ante.head as usize];
    if ante_head.tag != Tag::Mention || ante_head.mention_weapon {
        return NONE;
    }
    let between = ante.end..opener;
    let other_actor = between.clone().any(|u| {
        let unit = p.units[u as usize];
        unit.tag == Tag::Mention && !unit.mention_weapon
    });
    if other_actor {
        return NONE;
    }
    antecedent
}

/// Whether phrase `ph` is headed by an actor named by name (or a pronoun):
/// no phrase a relative clause can be about when "that" may open a
/// complement clause instead ("told Chile that Peru attacked").
fn named_actor(p: &Parse, ph: u32) -> bool {
    let head = p.units[p.phrases[ph as usize].head as usize];
    matches!(head.tag, Tag::Name | Tag::Pron) || (head.tag == Tag::Mention && !head.mention_weapon)
}

/// Whether a bare phrase (no preposition, no time phrase) stands right
/// after verb group `group`: its object, whatever the parse made of it
/// ("the report that Chile attacked Peru is false"), so no gap.
fn object_written(p: &Parse, group: &VerbGroup) -> bool {
    let at = group.end as usize;
    let after = p.phrase_of.get(at).copied().unwrap_or(NONE);
    after != NONE
        && p.phrases[after as usize].first as usize == at
        && p.phrases[after as usize].prep == NONE
        && !bare_time_phrase(p, after)
}

/// A relative clause with no relative word: "the drones Iran sold to Russia
/// were old", "the sanctions the EU imposed on Peru were lifted". A phrase
/// right before the subject of a verb that has no object, with no verb or
/// preposition of its own, is that verb's object, and the subject of the
/// next verb when that one has none.
fn bare_relatives(p: &mut Parse, infos: &[TokenInfo]) {
    for g in 0..p.groups.len() {
        let group = p.groups[g];
        let finite = group.flags & vg::NON_FINITE == 0;
        let subject = group.surface_subject;
        if !finite || group.flags & vg::PASSIVE != 0 || group.object != NONE || subject == NONE {
            continue;
        }
        let first = p.phrases[subject as usize].first as usize;
        if first == 0 || group.first as usize != p.phrases[subject as usize].end as usize {
            continue;
        }
        let before = p.phrase_of[first - 1];
        if before == NONE {
            continue;
        }
        let antecedent = p.phrases[before as usize];
        // "Lithuania expelled Belarusian diplomats it accused of spying": a
        // pronoun that is the clause's subject is the doer of the verb right
        // before the phrase the clause modifies; that phrase may then be an
        // actor's, unless that verb has an addressee the pronoun may be
        // ("told Chile it attacked").
        let pronoun = p.units[p.phrases[subject as usize].head as usize].tag == Tag::Pron;
        let doer = (0..g)
            .rev()
            .find(|&h| p.groups[h].end as usize == antecedent.first as usize)
            .filter(|&h| {
                let head = p.units[p.groups[h].head as usize].word as usize;
                let c = infos[head].classes;
                p.groups[h].flags & vg::PASSIVE == 0
                    && !has(c, WordClass::ReportingVerb)
                    && !has(c, WordClass::ObjectControl)
            })
            .map(|h| p.groups[h].subject)
            .filter(|&s| s != NONE && p.units[p.phrases[s as usize].head as usize].tag != Tag::Pron);
        let doer = if pronoun { doer } else { None };
        let taken = p.groups.iter().any(|x| {
            x.object == antecedent.list_head
                || x.indirect == antecedent.list_head
                || x.surface_subject == antecedent.list_head
        });
        if antecedent.end as usize != first
            || antecedent.prep != NONE
            || antecedent.possessor != NONE
            || (named_actor(p, before) && doer.is_none())
            || taken
            || object_written(p, &group)
        {
            continue;
        }
        p.groups[g].object = antecedent.list_head;
        if let Some(doer) = doer {
            p.groups[g].subject = doer;
        }
        // The next finite verb with no subject of its own has this one.
        if let Some(h) = (g + 1..p.groups.len()).find(|&h| p.groups[h].flags & vg::NON_FINITE == 0) {
            if p.groups[h].surface_subject == NONE {
                p.groups[h].surface_subject = antecedent.list_head;
                if p.groups[h].flags & vg::PASSIVE == 0 {
                    p.groups[h].subject = antecedent.list_head;
                }
            }
        }
    }
}

/// An object relative clause leaves its verb's object unsaid: "the drones
/// which Chile sold to Peru", "drones that Chile began shipping". The
/// phrase the clause modifies is that object, for the last verb of the
/// clause's chain (its finite verb, then the infinitives and gerunds each
/// governs) when the clause has a subject of its own and that verb no
/// object. After "that" the phrase must be no actor named by name: "told
/// Chile that Peru attacked" is a complement clause.
fn relative_gaps(p: &mut Parse, keys: &[&str]) {
    for c in 0..p.clauses.len() {
        let (r, that) = match p.clauses[c].kind {
            ClauseKind::Relative(r) => (r as usize, false),
            ClauseKind::Subordinate(r) if keys[p.units[r as usize].word as usize] == "that" => {
                (r as usize, true)
            }
            _ => continue,
        };
        if r == 0 {
            continue;
        }
        let mut b = r - 1;
        if !that && p.units[b].tag == Tag::Comma && b > 0 {
            b -= 1;
        }
        let ph = p.phrase_of[b];
        if ph == NONE || p.phrases[ph as usize].end as usize != b + 1 {
            continue;
        }
        if that && named_actor(p, ph) {
            continue;
        }
        let antecedent = p.phrases[ph as usize].list_head;
        let Some(first) = p
            .groups
            .iter()
            .position(|x| x.clause == c as u32 && x.flags & vg::NON_FINITE == 0)
        else {
            continue;
        };
        let subject = p.groups[first].surface_subject;
        if subject == NONE || subject == antecedent || (p.phrases[subject as usize].first as usize) < r {
            continue;
        }
        let mut last = first;
        while let Some(next) = (last + 1..p.groups.len()).find(|&h| {
            p.groups[h].governor == last as u32 && p.groups[h].flags & (vg::INFINITIVE | vg::GERUND) != 0
        }) {
            last = next;
        }
        let group = p.groups[last];
        if group.object == NONE && group.flags & vg::PASSIVE == 0 && !object_written(p, &group) {
            // ("Peru, a country that Chile invaded": Peru.)
            p.groups[last].object = described_name(p, antecedent).unwrap_or(antecedent);
        }
    }
}

/// The object, indirect object and prepositional phrases after group `g`
/// in its clause, up to the next finite verb group.
fn complements(p: &mut Parse, g: usize) -> (u32, u32, u32, u32) {
    let group = p.groups[g];
    let clause = group.clause;
    let pp_first = p.pps.len() as u32;
    let mut object = NONE;
    let mut indirect = NONE;
    let mut u = group.end as usize;
    let n = p.units.len();
    let mut nominal_seen = false;
    while u < n {
        let c = p.clause_of[u];
        if c != clause {
            // Skip asides and nested clauses; stop at a sibling clause.
            let nested = is_inside(p, c, clause);
            if nested {
                u += 1;
                continue;
            }
            break;
        }
        if p.group_of[u] != NONE {
            let other = p.groups[p.group_of[u] as usize];
            if other.flags & vg::NON_FINITE == 0 {
                break;
            }
            // The infinitive's own complements are its own.
            break;
        }
        if p.units[u].tag == Tag::Comma
            && object == NONE
            && indirect == NONE
            && p.pps.len() as u32 == pp_first
        {
            // "preparing to attack, not Russia": no object across a comma.
            nominal_seen = true;
        }
        let ph = p.phrase_of[u];
        if ph != NONE && p.is_possessor(ph) {
            // "shelled Peru's bases": the bases are the object; the
            // possessed phrase carries the possessor's preposition.
            u = p.phrases[ph as usize].end as usize;
            continue;
        }
        if ph != NONE {
            let phrase = p.phrases[ph as usize];
            if phrase.first as usize == u {
                if phrase.prep != NONE && phrase.list_head == ph {
                    p.pps.push((phrase.prep, ph));
                } else if bare_time_phrase(p, ph) {
                    // A bare time phrase is an adverbial, no object:
                    // "shelled Chile last week", "sold Peru drones Monday".
                } else if phrase.prep == NONE && phrase.list_head == ph && phrase.possessor == NONE {
                    if !nominal_seen && object == NONE {
                        object = ph;
                    } else if object != NONE
                        && indirect == NONE
                        && p.pps.len() as u32 == pp_first
                        && !phrase.parenthetical
                    {
                        // Two objects: the first is the indirect one.
                        let follows = p.phrases[object as usize].end as usize == phrase.first as usize;
                        if follows {
                            indirect = object;
                            object = ph;
                        }
                    }
                    nominal_seen = true;
                } else if phrase.possessor != NONE && phrase.prep == NONE && object == NONE {
                    object = ph;
                    nominal_seen = true;
                }
                u = phrase.end as usize;
                continue;
            }
        }
        u += 1;
    }
    // A phrase right after the verb that a finite verb follows is the
    // subject of a complement clause ("said Iran sold"), not an object;
    // not after an infinitive or gerund that completes a noun, whose
    // phrase is the subject of that finite verb ("Chile's decision to
    // invade Peru was a mistake", "the rationale for invading Peru fell").
    if object != NONE && !completes_noun(p, g) {
        let after = p.phrases[object as usize].end as usize;
        let mut last = object;
        while p.phrases[last as usize].next_conjunct != NONE {
            last = p.phrases[last as usize].next_conjunct;
        }
        let after = after.max(p.phrases[last as usize].end as usize);
        if after < n && p.group_of[after] != NONE {
            let next = p.groups[p.group_of[after] as usize];
            if next.flags & vg::NON_FINITE == 0 && next.first as usize == after {
                object = NONE;
                indirect = NONE;
            }
        }
    }
    (pp_first, p.pps.len() as u32, object, indirect)
}

/// Whether group `g` is an infinitive or gerund right after a noun (or a
/// noun and a preposition): "the decision to invade", "reasons for
/// invading".
fn completes_noun(p: &Parse, g: usize) -> bool {
    let group = p.groups[g];
    if group.flags & (vg::INFINITIVE | vg::GERUND) == 0 {
        return false;
    }
    let mut before = group.first as usize;
    if before > 0 && p.units[before - 1].tag == Tag::Prep {
        before -= 1;
    }
    before > 0 && p.units[before - 1].tag == Tag::Noun && p.phrase_of[before - 1] != NONE
}

/// Whether clause `c` lies inside clause `outer`.
fn is_inside(p: &Parse, mut c: u32, outer: u32) -> bool {
    while c != NONE {
        if c == outer {
            return true;
        }
        c = p.clauses[c as usize].parent;
    }
    false
}

/// Whether phrase `ph` is a time with no preposition ("last week",
/// "Monday"): an adverbial, no object.
/// Whether phrase `ph` is a time phrase after a preposition: "on Monday",
/// "in March", "in 2016", "in March 2019" (not "in Peru", "in 300
/// cities"). A year is a number of four digits from 1000 to 2099 heading
/// the phrase.
fn time_phrase_with_prep(p: &Parse, keys: &[&str], ph: u32) -> bool {
    let phrase = p.phrases[ph as usize];
    let head = p.units[phrase.head as usize];
    phrase.prep != NONE
        && head.mention.is_none()
        && (has(head.classes, WordClass::TimeWord)
            || (head.tag == Tag::Num && is_year(keys[head.word as usize])))
}

fn bare_time_phrase(p: &Parse, ph: u32) -> bool {
    let phrase = p.phrases[ph as usize];
    let head = p.units[phrase.head as usize];
    phrase.prep == NONE && head.mention.is_none() && has(head.classes, WordClass::TimeWord)
}

/// The phrase written as the subject of group `g`, and the group it depends
/// on.
fn surface_subject(p: &Parse, keys: &[&str], infos: &[TokenInfo], g: usize) -> (u32, u32) {
    let group = p.groups[g];
    let clause = group.clause;
    let first = group.first as usize;
    // "forces supplied and trained by Peru": a participle joined to a
    // reduced one before it tells of the same phrase.
    if group.flags & vg::REDUCED != 0 && first > 1 && p.units[first - 1].tag == Tag::Coord {
        let h = p.group_of[first - 2];
        if h != NONE && p.groups[h as usize].flags & vg::REDUCED != 0 && (h as usize) < g {
            return (p.groups[h as usize].surface_subject, NONE);
        }
    }
    // A reduced participle in an aside before the sentence's first finite
    // verb tells of the phrase before the comma: "Peru, backed by Chile,
    // launched ...".
    if group.flags & vg::REDUCED != 0 && first > 1 && p.units[first - 1].tag == Tag::Comma {
        let ph = p.phrase_of[first - 2];
        let verb_before = p.groups[..g].iter().any(|x| x.flags & vg::NON_FINITE == 0);
        if ph != NONE && p.phrases[ph as usize].end as usize == first - 1 && !verb_before {
            return (p.phrases[ph as usize].list_head, NONE);
        }
    }
    // A reduced participle or gerund right after a noun phrase modifies it:
    // "drones supplied to Russia", "hackers backing Assad".
    if group.flags & (vg::REDUCED | vg::GERUND) != 0 && first > 0 {
        let direct = p.phrase_of[first - 1];
        if direct != NONE && p.phrases[direct as usize].end as usize == first {
            // "a dam in Chile funded by Peru": a participle after a phrase
            // of a preposition other than "of" modifies the noun the phrase
            // belongs to ("the number of howitzers sent to Peru" stays with
            // howitzers).
            let mut before = direct;
            if group.flags & vg::REDUCED != 0 {
                for _ in 0..4 {
                    let prep = p.phrases[p.phrases[before as usize].list_head as usize].prep;
                    if prep == NONE || prep == 0 || keys[p.units[prep as usize].word as usize] == "of" {
                        break;
                    }
                    let outer = p.phrase_of[prep as usize - 1];
                    if outer == NONE || p.phrases[outer as usize].end != prep {
                        break;
                    }
                    before = outer;
                }
            }
            let list = p.phrases[before as usize].list_head;
            // "a raid in Syria killing ...": a place is no doer; the gerund
            // tells more of the clause's own subject.
            let prep = p.phrases[list as usize].prep;
            let place = prep != NONE && has(p.units[prep as usize].classes, WordClass::Locative);
            // "attacked Chile using drones": a gerund of means after an
            // object tells of the doer of its verb.
            let instrument = group.flags & vg::GERUND != 0
                && has(
                    infos[p.units[group.head as usize].word as usize].classes,
                    WordClass::InstrumentGerund,
                );
            if instrument {
                if let Some(h) = p.groups.iter().position(|x| x.object == list) {
                    let other = p.groups[h];
                    let doer = if other.flags & vg::PASSIVE != 0 {
                        other.surface_subject
                    } else {
                        other.subject
                    };
                    return (doer, h as u32);
                }
            }
            // "spent the past year training Kenyan soldiers": nor is a
            // bare time; the gerund's doer is its governor's subject.
            let time = bare_time_phrase(p, list);
            if !((place || time) && group.flags & vg::GERUND != 0) {
                return (list, NONE);
            }
        }
    }
    let governor = governor_of(p, infos, g);
    // "Peru is using drones and being trained by Chile": a gerund right
    // after "and" goes on a progressive verb before it, whose subject it
    // shares.
    if group.flags & vg::GERUND != 0 && first > 0 && p.units[first - 1].tag == Tag::Coord {
        let progressive = p.groups[..g]
            .iter()
            .rev()
            .find(|x| x.clause == group.clause && x.flags & vg::NON_FINITE == 0)
            .filter(|x| x.flags & vg::PROGRESSIVE != 0);
        if let Some(x) = progressive {
            return (x.surface_subject_or_subject(), governor);
        }
    }
    // "cheaper than using tanks", "rather than sending troops": a gerund
    // after "than" is what is set against the deed, done by nobody named.
    if group.flags & vg::GERUND != 0 && first > 0 && keys[p.units[first - 1].word as usize] == "than" {
        return (NONE, governor);
    }
    if group.flags & (vg::INFINITIVE | vg::GERUND) != 0 {
        return (controller(p, keys, infos, g, governor), governor);
    }
    // Look back in the clause for the nearest phrase that is no object of a
    // preposition, no aside and no object of another verb.
    let mut u = first;
    let clause_first = if clause == NONE {
        0
    } else {
        p.clauses[clause as usize].first as usize
    };
    // "Trudeau announces aid, blames Russia": in a headline a comma right
    // before the verb joins it to the verb before, as "and" would.
    let comma_joined = first > 0 && p.units[first - 1].tag == Tag::Comma;
    let mut coordinated = false;
    let mut joined_phrase = None;
    // A comma joins only verbs with nothing of another clause between.
    let mut crossed_clause = false;
    while u > clause_first {
        u -= 1;
        if p.clause_of[u] != clause {
            crossed_clause = true;
            continue;
        }
        if p.units[u].tag == Tag::Coord {
            coordinated = true;
        }
        if p.group_of[u] != NONE {
            let h = p.group_of[u];
            let other = p.groups[h as usize];
            // "fears Russia will invade Ukraine and sends a warship": a
            // tensed verb does not join a verb under a modal, whose form it
            // does not share; it joins one before.
            let tensed = matches!(
                p.units[group.head as usize].tag,
                Tag::Verb(super::Form::Present3 | super::Form::Past)
            );
            if coordinated && tensed && other.flags & vg::MODAL != 0 {
                u = other.first as usize;
                continue;
            }
            if other.flags & vg::NON_FINITE == 0 {
                // "Cuba sold rifles, and sent instructors": the subject of
                // the first verb; "said Iran sold": none found before.
                if coordinated || (comma_joined && !crossed_clause) {
                    return (other.surface_subject_or_subject(), governor);
                }
                break;
            }
            continue;
        }
        let ph = p.phrase_of[u];
        if ph == NONE {
            continue;
        }
        let phrase = p.phrases[ph as usize];
        let object_of_other = p.groups[..g]
            .iter()
            .any(|x| x.object == phrase.list_head || x.indirect == phrase.list_head);
        // An aside's own verb takes its subject from the aside ("Chile, the
        // ministry said, ..."), which is no subject of the verbs around it.
        let own_aside = phrase.clause == clause;
        let aside = (phrase.parenthetical || phrase.apposition_of != NONE) && !own_aside;
        if phrase.prep != NONE || aside || object_of_other {
            u = phrase.first as usize;
            continue;
        }
        // Time words are no subjects ("on Monday" is caught as a PP; bare
        // "Monday" too).
        if has(
            infos[p.units[phrase.head as usize].word as usize].classes,
            WordClass::TimeWord,
        ) {
            u = phrase.first as usize;
            continue;
        }
        // A phrase before a coordinator that stands right before the verb
        // is no subject of it: "killed a hostage, Ana Ruiz, and threatened
        // to ..." joins "threatened" to "killed", whose subject it takes
        // when the clause has such a verb.
        if coordinated {
            joined_phrase.get_or_insert(phrase.list_head);
            u = phrase.first as usize;
            continue;
        }
        // Subject of a comment clause: "..., Denmark says".
        return (phrase.list_head, governor);
    }
    if let Some(list) = joined_phrase {
        return (list, governor);
    }
    // A relative clause with no subject of its own: the phrase it modifies.
    if let ClauseKind::Relative(r) = p
        .clauses
        .get(clause as usize)
        .map_or(ClauseKind::Main, |c| c.kind)
    {
        let r = r as usize;
        if has(
            infos[p.units[r].word as usize].classes,
            WordClass::SubjectRelative,
        ) && r > 0
        {
            let mut b = r - 1;
            if p.units[b].tag == Tag::Comma && b > 0 {
                b -= 1;
            }
            // "the French government (15%), which ...": a bracketed aside
            // between the phrase and its relative clause is passed over.
            let bracket = p.clause_of[b];
            if bracket != NONE
                && bracket != clause
                && p.clauses[bracket as usize].kind == ClauseKind::Parenthetical
                && p.units[b].tag == Tag::Stop
            {
                let first = p.clauses[bracket as usize].first as usize;
                if first > 0 {
                    b = first - 1;
                }
            }
            let ph = p.phrase_of[b];
            if ph != NONE {
                let ph = p.phrases[ph as usize].list_head;
                if plural_verb_after_singular(p, keys, g, ph) {
                    return (NONE, governor);
                }
                return (described_name(p, ph).unwrap_or(ph), governor);
            }
        }
    }
    (NONE, governor)
}

/// Whether verb group `g`, the verb of a relative clause with no subject of
/// its own, disagrees in number with phrase `ph` before the relative word:
/// a bare present form with no "-s" and no auxiliary ("that support",
/// "who back") after one named actor ("President Ortiz that support
/// ..."), which is then not what the clause tells of. A list ("Peru and
/// Chile, which support"), a name that may be plural ("the Houthis,
/// who"), a form that may be past ("that set") and a verb group with an
/// auxiliary ("who will support") agree with anything.
fn plural_verb_after_singular(p: &Parse, keys: &[&str], g: usize, ph: u32) -> bool {
    let group = p.groups[g];
    let head = p.units[group.head as usize];
    let bare_present = head.tag == Tag::Verb(super::Form::Base)
        && group.first == group.head
        && head.classes & (WordClass::VerbPast.bit() | WordClass::VerbParticiple.bit()) == 0;
    if !bare_present {
        return false;
    }
    let phrase = p.phrases[ph as usize];
    let named = p.units[phrase.head as usize];
    let singular_name = matches!(named.tag, Tag::Mention | Tag::Name)
        && !named.mention_weapon
        && !keys[named.end as usize - 1].ends_with('s');
    singular_name && phrase.next_conjunct == NONE
}

/// The name that phrase `ph` describes when `ph` is a noun phrase with a
/// determiner and an actor noun at its head, right after a name and a
/// comma: "Peru, a country that shelled Chile" (Peru). The clause inside
/// keeps it from being read as an apposition, which has no verb. Not "the
/// UN, a move that ..." (a move is no actor).
fn described_name(p: &Parse, ph: u32) -> Option<u32> {
    let phrase = p.phrases[ph as usize];
    let head = p.units[phrase.head as usize];
    let first = phrase.first as usize;
    if head.mention.is_some()
        || head.classes & WordClass::ActorNoun.bit() == 0
        || p.units[first].tag != Tag::Det
        || first < 2
    {
        return None;
    }
    if p.units[first - 1].tag != Tag::Comma {
        return None;
    }
    let before = p.phrase_of[first - 2];
    if before == NONE || p.phrases[before as usize].end as usize != first - 1 {
        return None;
    }
    let before = p.phrases[before as usize];
    let named = p.units[before.head as usize];
    (named.mention.is_some() && matches!(named.tag, Tag::Mention | Tag::Name)).then_some(before.list_head)
}

/// For verb group `g`, tensed (present third person or past) right after
/// a coordinator that follows a verb group under a modal: the
/// coordinator's unit. Such a verb shares neither the modal nor what
/// governs it: "Peru fears Chile will invade and sends ships" (no modal
/// form takes "sends").
pub(crate) fn joins_past_modal(p: &Parse, g: usize) -> Option<u32> {
    let group = p.groups[g];
    let tensed = matches!(
        p.units[group.head as usize].tag,
        Tag::Verb(super::Form::Present3 | super::Form::Past)
    );
    let before = p.groups[..g].iter().rev().find(|o| o.end <= group.first)?;
    if !tensed || before.flags & vg::MODAL == 0 || before.clause != group.clause {
        return None;
    }
    (before.end..group.first).find(|&u| p.units[u as usize].tag == Tag::Coord)
}

/// For verb group `g`, finite with a form of its own (present third person
/// or past, or opened by an auxiliary or modal of its own: "could buy",
/// "is selling", "did not sell") and joined by a coordinator to an earlier
/// finite verb of its clause: the units of that first conjunct, from its
/// verb to the coordinator. What the first verb says of its own deed
/// ("pledged to make a push", "did not buy tanks", "will not buy tanks")
/// is no cue of the second ("... and defended the invasion", "... but
/// bought drones", "... but could buy drones"); what stands before both
/// (the subject, "according to Peru") is. A bare form shares the first
/// verb's auxiliary ("will buy tanks and sell drones"): no first conjunct.
pub(crate) fn first_conjunct(p: &Parse, g: usize) -> Option<(u32, u32)> {
    let group = p.groups[g];
    let tensed = |h: &super::VerbGroup| {
        matches!(
            p.units[h.head as usize].tag,
            Tag::Verb(super::Form::Present3 | super::Form::Past)
        ) && h.flags & vg::NON_FINITE == 0
    };
    let own_auxiliary = group.flags & vg::NON_FINITE == 0
        && group.first != group.head
        && matches!(
            p.units[group.first as usize].tag,
            Tag::Modal | Tag::Be | Tag::Have | Tag::Do
        );
    if !tensed(&group) && !own_auxiliary {
        return None;
    }
    let last = p.groups[..g].iter().rev().find(|o| o.end <= group.first)?;
    let coord = (last.end..group.first)
        .rev()
        .find(|&u| p.units[u as usize].tag == Tag::Coord)?;
    let first = p.groups[..g]
        .iter()
        .rev()
        .find(|o| o.clause == group.clause && o.flags & vg::NON_FINITE == 0)?;
    // ("Peru fears Chile will invade and sends ships": a tensed verb after
    // a modal one is `joins_past_modal`'s.)
    let after_modal = first.flags & vg::MODAL != 0 && !own_auxiliary;
    (!after_modal).then_some((first.first, coord))
}

/// For a tensed verb joined by a coordinator to the modal verb group
/// `modal`: what the nearest tensed verb group before that one depends on
/// ("Peru fears Chile will invade and sends ships": what "fears" depends
/// on), or [`NONE`].
fn governor_before_modal(p: &Parse, modal: usize) -> u32 {
    p.groups[..modal]
        .iter()
        .rev()
        .find(|other| other.flags & (vg::MODAL | vg::NON_FINITE) == 0)
        .map_or(NONE, |other| other.governor)
}

/// The verb group that group `g` depends on, for factuality: an
/// infinitive or gerund depends on the nearest verb before it; the verb of
/// a subordinate clause on the nearest verb of the clause around it; a verb
/// right after another with no coordinator between ("said Iran sold") on
/// that verb; a verb coordinated with an earlier one ("pledged ... and
/// defended") on what that one depends on. Relative clauses depend on
/// nothing.
fn governor_of(p: &Parse, infos: &[TokenInfo], g: usize) -> u32 {
    let group = p.groups[g];
    let clause = group.clause;
    let nonfinite = group.flags & (vg::INFINITIVE | vg::GERUND) != 0;
    let kind = p.clauses.get(clause as usize).map(|c| c.kind);
    if matches!(kind, Some(ClauseKind::Relative(_))) && !nonfinite {
        return NONE;
    }
    // An adverbial clause ("if Russia invades", "after Peru sold") is no
    // complement: what the verb around it says does not carry into it; its
    // subordinator is its own cue.
    if let Some(ClauseKind::Subordinate(u)) = kind {
        if !nonfinite
            && !has(
                infos[p.units[u as usize].word as usize].classes,
                WordClass::Complementizer,
            )
            && p.clauses[clause as usize].first == u
        {
            let first_group = (0..g).all(|h| p.groups[h].clause != clause);
            if first_group {
                return NONE;
            }
        }
    }
    for h in (0..g).rev() {
        let other = p.groups[h];
        if other.clause == clause {
            if nonfinite {
                return h as u32;
            }
            if other.flags & vg::NON_FINITE != 0 {
                continue;
            }
            let coordinated = (other.end..group.first).any(|u| p.units[u as usize].tag == Tag::Coord);
            // "fears Russia will invade and sends a warship": a tensed verb
            // joins no verb under a modal (as for its subject); it joins
            // the verb before, and the fear is not its cue.
            if joins_past_modal(p, g).is_some() {
                return governor_before_modal(p, h);
            }
            return if coordinated { other.governor } else { h as u32 };
        }
        if is_inside(p, clause, other.clause) {
            return h as u32;
        }
    }
    NONE
}

/// The phrase that does what an infinitive or gerund says, found from
/// what stands right before it:
/// - "wants to send", "refused to send": the subject of that verb;
/// - "told Chile to withdraw": the object of an object-control verb;
/// - "accused Peru of shelling", "stopped Peru from selling": the object;
/// - "has plans to strike", "used drones to strike": the subject of the
///   verb whose object stands before "to"; "Peru's plans to strike": the
///   possessor;
/// - "ready to impose", headline "Spain to send": the phrase before;
/// - otherwise nobody ("a role in supplying"): better no subject than a
///   wrong one.
fn controller(p: &Parse, keys: &[&str], infos: &[TokenInfo], g: usize, governor: u32) -> u32 {
    let group = p.groups[g];
    let first = group.first as usize;
    if first == 0 {
        return NONE;
    }
    let subject_of = |h: u32| -> u32 {
        let other = p.groups[h as usize];
        if other.flags & vg::PASSIVE != 0 {
            other.surface_subject
        } else {
            other.subject
        }
    };
    // Governed through a preposition: "accused Peru of shelling". After an
    // adverbial one ("before accusing", "after being slammed", "by
    // sending"), the doer is the subject of the verb the phrase modifies.
    let prep_before = group.flags & vg::GERUND != 0 && p.units[first - 1].tag == Tag::Prep;
    if prep_before
        && has(
            infos[p.units[first - 1].word as usize].classes,
            WordClass::AdverbialPrep,
        )
    {
        return if governor != NONE {
            subject_of(governor)
        } else {
            NONE
        };
    }
    let mut before = if prep_before { first - 2 } else { first - 1 };
    if prep_before && first < 2 {
        return NONE;
    }
    let via_prep = prep_before;
    while before > 0 && p.units[before].tag == Tag::Quote {
        before -= 1;
    }
    // "lent Russia $6bn (£3.2bn) to help": a bracket right before is an
    // aside; what stands before it governs.
    if p.units[before].tag == Tag::Stop {
        let c = p.clause_of[before] as usize;
        let clause = p.clauses[c];
        let opens = clause.first as usize;
        if clause.kind == ClauseKind::Parenthetical
            && p.units[opens].tag == Tag::Stop
            && opens > 0
            && opens < before
        {
            before = opens - 1;
        }
    }
    // A bare time phrase in between is passed over: "were accused Thursday
    // of plotting" is accused of plotting.
    let ph = p.phrase_of[before];
    if ph != NONE && bare_time_phrase(p, ph) {
        let phrase = p.phrases[ph as usize];
        if phrase.end as usize == before + 1 && phrase.first > 0 {
            before = phrase.first as usize - 1;
        }
    }
    // So is a time phrase with its preposition before an infinitive:
    // "sent helicopters to Peru on Monday to help" is sent to help; a year
    // after its month goes with it ("in June 2021 to help").
    if group.flags & vg::INFINITIVE != 0
        && before > 0
        && p.units[before].tag == Tag::Num
        && is_year(keys[p.units[before].word as usize])
        && p.phrase_of[before - 1] != NONE
        && p.phrases[p.phrase_of[before - 1] as usize].end as usize == before
    {
        before -= 1;
    }
    let ph = p.phrase_of[before];
    if ph != NONE && group.flags & vg::INFINITIVE != 0 && time_phrase_with_prep(p, keys, ph) {
        let phrase = p.phrases[ph as usize];
        if phrase.end as usize == before + 1
            && phrase.prep as usize + 1 == phrase.first as usize
            && phrase.prep > 0
        {
            before = phrase.prep as usize - 1;
        }
    }
    // "is considering whether to send", "so as to arm": an infinitive
    // right after a subordinator is the deed of the verb that governs it,
    // whose doer is its own.
    if group.flags & vg::INFINITIVE != 0
        && !via_prep
        && governor != NONE
        && p.units[before].mention.is_none()
        && has(
            infos[p.units[before].word as usize].classes,
            WordClass::Subordinator,
        )
    {
        return subject_of(governor);
    }
    // "stormed the camp, killing ten": a participle after a comma tells
    // more of the doer of the clause before it.
    if p.units[before].tag == Tag::Comma && group.flags & vg::GERUND != 0 && !via_prep {
        let h = if governor != NONE {
            Some(governor as usize)
        } else {
            p.groups[..g].iter().rposition(|x| x.flags & vg::NON_FINITE == 0)
        };
        if let Some(h) = h {
            return subject_of(h as u32);
        }
    }
    if p.group_of[before] != NONE {
        let h = p.group_of[before];
        let other = p.groups[h as usize];
        let word = infos[p.units[other.head as usize].word as usize].classes;
        if has(word, WordClass::ObjectControl) && other.object != NONE && !via_prep {
            return other.object;
        }
        // "says imposing sanctions would be ...": a gerund right after a
        // reporting verb is the subject of what it reports, done by nobody
        // named.
        if group.flags & vg::GERUND != 0
            && !via_prep
            && has(word, WordClass::ReportingVerb)
            && gerund_is_subject(p, g)
        {
            return NONE;
        }
        return subject_of(h);
    }
    let ph = p.phrase_of[before];
    if ph != NONE && p.phrases[ph as usize].end as usize == before + 1 {
        let phrase = p.phrases[ph as usize];
        let list = phrase.list_head;
        let purpose = purpose_after(p, infos, g, governor, list);
        if phrase.possessor != NONE && purpose == NONE {
            return phrase.possessor;
        }
        if purpose != NONE {
            return purpose;
        }
        // The "by" phrase of a passive of blame: "Chile was accused by Peru
        // of selling" is Chile's selling, the phrase written as subject.
        if via_prep {
            if let Some(other) = p.groups.iter().find(|x| {
                x.flags & vg::PASSIVE != 0
                    && x.subject == list
                    && x.surface_subject != NONE
                    && has(
                        infos[p.units[x.head as usize].word as usize].classes,
                        WordClass::GerundControl,
                    )
            }) {
                return other.surface_subject;
            }
        }
        // The object of a verb: "told Chile to", "accused Peru of", "has
        // plans to", "used drones to".
        if let Some(h) = p
            .groups
            .iter()
            .position(|x| x.object == list || x.indirect == list)
        {
            let other = p.groups[h];
            let word = infos[p.units[other.head as usize].word as usize].classes;
            let object_control = if via_prep {
                has(word, WordClass::GerundControl)
            } else {
                has(word, WordClass::ObjectControl) || has(word, WordClass::BareControl)
            };
            return if object_control {
                list
            } else {
                subject_of(h as u32)
            };
        }
        // "conducts a raid in Syria killing ...": after a place, the doer
        // is the subject of the clause the gerund goes on.
        let place = phrase.prep != NONE && has(p.units[phrase.prep as usize].classes, WordClass::Locative);
        if place && !via_prep && group.flags & vg::GERUND != 0 && governor != NONE {
            return subject_of(governor);
        }
        // "drones were used by Chile to attack Peru": after the "by" phrase
        // of a full passive that names an actor, an infinitive of purpose
        // is the agent's. (Not after a reduced one: "rifles supplied by
        // Chile to attack Peru" are used by someone else; nor "bound by
        // law to help".)
        if !via_prep && group.flags & vg::INFINITIVE != 0 && governor != NONE {
            let gov = p.groups[governor as usize];
            if gov.flags & vg::PASSIVE != 0
                && gov.flags & vg::REDUCED == 0
                && gov.subject == list
                && named_actor(p, list)
            {
                return list;
            }
        }
        if via_prep || phrase.prep != NONE {
            return NONE;
        }
        // Headline "Spain to send tanks": a subject right before "to".
        let clause_has_verb = governor != NONE && p.groups[governor as usize].clause == group.clause;
        if !clause_has_verb && group.flags & vg::INFINITIVE != 0 {
            return list;
        }
        return NONE;
    }
    // "ready to impose", "set to deliver", "is about to attack": the
    // copula's subject, or the phrase before the adjective in a headline.
    let prospective = has(p.units[before].classes, WordClass::Prospective);
    if (p.units[before].tag == Tag::Adj || prospective) && group.flags & vg::INFINITIVE != 0 {
        if before > 0 && p.group_of[before - 1] != NONE {
            return subject_of(p.group_of[before - 1]);
        }
        if before > 0 {
            let ph = p.phrase_of[before - 1];
            if ph != NONE && p.phrases[ph as usize].prep == NONE {
                return p.phrases[ph as usize].list_head;
            }
        }
    }
    NONE
}

/// The doer of infinitive `g` read as one of purpose after phrase `list`
/// of its governor, if it is one: "sent planes to Peru's north to help" is
/// done by the sender. Only after a phrase of destination following an
/// object, where a noun that takes an infinitive is rare ("objected to
/// Peru's decision to leave" is Peru's decision; "called for Peru to
/// leave" says its own doer).
fn purpose_after(p: &Parse, infos: &[TokenInfo], g: usize, governor: u32, list: u32) -> u32 {
    let prep = p.phrases[list as usize].prep;
    if governor == NONE || prep == NONE || p.groups[g].flags & vg::INFINITIVE == 0 {
        return NONE;
    }
    let gov = p.groups[governor as usize];
    let own_phrase = (gov.pp_first..gov.pp_end).any(|i| p.pps[i as usize].1 == list);
    let destination = has(p.units[prep as usize].classes, WordClass::Destination);
    let active = gov.flags & (vg::PASSIVE | vg::REDUCED) == 0;
    let control = has(
        infos[p.units[gov.head as usize].word as usize].classes,
        WordClass::ObjectControl,
    );
    if own_phrase && destination && active && !control && gov.object != NONE {
        gov.subject
    } else {
        NONE
    }
}

/// Whether gerund group `g` is the subject of a finite verb that follows
/// it in its clause ("says imposing sanctions would hurt"), rather than the
/// object of the verb before it ("confirmed firing missiles at ...").
/// Whether group `g` is a gerund clause that is the subject of what a verb
/// of saying right before it reports ("Russia says imposing sanctions on
/// Peru would be a mistake"): its deed is done by nobody named, and the
/// speaker before it is not its doer. Looks at the governing group and the
/// next group of the clause only.
pub(crate) fn reported_subject_gerund(p: &Parse, g: usize) -> bool {
    let group = p.groups[g];
    group.flags & vg::GERUND != 0
        && group.governor != NONE
        && p.units[p.groups[group.governor as usize].head as usize].classes & WordClass::ReportingVerb.bit()
            != 0
        && gerund_is_subject(p, g)
}

fn gerund_is_subject(p: &Parse, g: usize) -> bool {
    let group = p.groups[g];
    p.groups[g + 1..]
        .iter()
        .find(|x| x.clause == group.clause)
        .is_some_and(|next| {
            next.flags & vg::NON_FINITE == 0
                && !p.units[group.end as usize..next.first as usize]
                    .iter()
                    .any(|u| matches!(u.tag, Tag::Comma | Tag::Coord | Tag::Stop))
        })
}

impl VerbGroup {
    fn surface_subject_or_subject(&self) -> u32 {
        if self.surface_subject != NONE {
            self.surface_subject
        } else {
            self.subject
        }
    }
}

//! Noun phrases, verb groups, clauses and the links between them.

use super::tag::WordClass;
use super::{vg, Clause, ClauseKind, Form, Parse, Phrase, Tag, TokenInfo, VerbGroup, NONE};

fn has(classes: u64, c: WordClass) -> bool {
    classes & c.bit() != 0
}

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
            // "said Sunday Israel ...": a time word ends a phrase.
            if has(p.units[end - 1].classes, WordClass::TimeWord) && p.units[end - 1].mention.is_none() {
                break;
            }
            let compound = unit.mention.is_none() && unit.end - unit.first > 1;
            if !continues_phrase(prev, unit.tag, infos[unit.word as usize].classes, compound) {
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
            && !matches!(
                keys[p.units[first].word as usize],
                "this" | "that" | "these" | "those"
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

fn link_lists(p: &mut Parse, infos: &[TokenInfo]) {
    // Phrases separated only by commas and a coordinator form a list if
    // there is a coordinator, the phrases are of one kind, and the last
    // does not open a clause of its own ("Russia attacked Ukraine and
    // Poland sent troops": Poland is a subject).
    let count = p.phrases.len();
    let mut i = 0;
    while i < count {
        let mut j = i;
        let mut members = vec![i];
        let mut coordinated = false;
        while j + 1 < count {
            let a = p.phrases[j];
            let b = p.phrases[j + 1];
            // What stands between: a comma, a coordinator, or both.
            let gap = b.first.saturating_sub(a.end) as usize;
            let tag_at = |k: usize| p.units[a.end as usize + k].tag;
            let ok = match gap {
                1 if tag_at(0) == Tag::Comma => true,
                1 if tag_at(0) == Tag::Coord => {
                    coordinated = true;
                    true
                }
                2 if tag_at(0) == Tag::Comma && tag_at(1) == Tag::Coord => {
                    coordinated = true;
                    true
                }
                _ => false,
            };
            if !ok || !joins(kind(p, &a), kind(p, &b)) || b.prep != NONE && a.prep == NONE {
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
        if coordinated && members.len() > 1 {
            let last = p.phrases[*members.last().unwrap_or(&i)];
            let first = p.phrases[i];
            // A clause of its own: the last member is followed by a finite
            // verb while the first stands after a verb.
            let verb_after = p
                .units
                .get(last.end as usize)
                .is_some_and(|u| finite(u.tag, infos[u.word as usize].classes));
            let after_verb = first.first > 0
                && matches!(
                    p.units[(first.first - 1) as usize].tag,
                    Tag::Verb(_) | Tag::Be | Tag::Have
                );
            if !(verb_after && after_verb) {
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
}

fn finite(t: Tag, c: u64) -> bool {
    match t {
        Tag::Modal | Tag::Be | Tag::Have | Tag::Do => true,
        Tag::Verb(Form::Past | Form::Present3) => true,
        Tag::Verb(Form::Base) => has(c, WordClass::VerbBase),
        _ => false,
    }
}

/// Verb groups: auxiliaries, modals, negation and adverbs up to the head
/// verb (and a particle after it), with voice, tense, modality and
/// negation; "to" and a verb make an infinitive.
pub(super) fn verb_groups(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let n = p.units.len();
    p.group_of.resize(n, NONE);
    let mut u = 0;
    while u < n {
        let t = p.units[u].tag;
        let starts = matches!(
            t,
            Tag::Modal | Tag::Be | Tag::Have | Tag::Do | Tag::To | Tag::Verb(_)
        ) || (matches!(t, Tag::Neg | Tag::Adv) && group_follows(p, u));
        if !starts || p.units[u].mention.is_some() {
            u += 1;
            continue;
        }
        let first = u;
        let mut flags = 0u16;
        let mut head = NONE;
        let mut saw_be = false;
        let mut saw_have = false;
        let mut end = u;
        while end < n {
            let unit = p.units[end];
            if unit.mention.is_some() {
                break;
            }
            // A contracted negation ("didn't", "won't") negates its group.
            if matches!(unit.tag, Tag::Modal | Tag::Be | Tag::Have | Tag::Do)
                && has(unit.classes, WordClass::Negation)
            {
                flags |= vg::NEGATED;
            }
            match unit.tag {
                Tag::Modal => {
                    if head != NONE {
                        break;
                    }
                    flags |= vg::MODAL;
                    if has(infos[unit.word as usize].classes, WordClass::Future) {
                        flags |= vg::FUTURE;
                    }
                }
                Tag::Neg => flags |= vg::NEGATED,
                Tag::Adv => {}
                Tag::To => {
                    if head != NONE && !(saw_be && keys[p.units[head as usize].word as usize] == "going") {
                        break;
                    }
                    if head != NONE {
                        // "is going to send": future.
                        flags |= vg::FUTURE;
                        head = NONE;
                    } else if end != first || saw_be {
                        // "is to send"
                        flags |= vg::FUTURE;
                    }
                    flags |= vg::INFINITIVE;
                }
                Tag::Be => {
                    // "has been", "will be", but not two verbs in a row.
                    if head != NONE && !(saw_have && !saw_be && p.units[head as usize].tag == Tag::Have) {
                        break;
                    }
                    saw_be = true;
                    head = end as u32;
                }
                Tag::Have => {
                    if head != NONE && !saw_be && !saw_have {
                        break;
                    }
                    if head != NONE {
                        break;
                    }
                    saw_have = true;
                    head = end as u32;
                }
                Tag::Do => {
                    if head != NONE {
                        break;
                    }
                    head = end as u32;
                }
                Tag::Verb(form) => {
                    let aux_head =
                        head != NONE && matches!(p.units[head as usize].tag, Tag::Be | Tag::Have | Tag::Do);
                    if head != NONE && !aux_head {
                        break;
                    }
                    if aux_head {
                        let aux = p.units[head as usize].tag;
                        match (aux, form) {
                            (Tag::Be, Form::Participle | Form::Past) => flags |= vg::PASSIVE,
                            (Tag::Be, Form::Ing) => flags |= vg::PROGRESSIVE,
                            (Tag::Have, _) => {
                                flags |= vg::PERFECT;
                                // "has been"
                            }
                            _ => {}
                        }
                        if aux == Tag::Be && matches!(form, Form::Participle | Form::Past) && saw_have {
                            flags |= vg::PERFECT;
                        }
                    }
                    // "get sanctioned"
                    if head != NONE
                        && matches!(
                            keys[p.units[head as usize].word as usize],
                            "get" | "gets" | "got" | "gotten"
                        )
                        && matches!(form, Form::Participle | Form::Past)
                    {
                        flags |= vg::PASSIVE;
                    }
                    head = end as u32;
                    p.units[end].tag =
                        Tag::Verb(if flags & vg::PASSIVE != 0 || (aux_head && saw_have && !saw_be) {
                            Form::Participle
                        } else {
                            form
                        });
                }
                _ => break,
            }
            end += 1;
        }
        if head == NONE {
            // Only auxiliaries or adverbs: not a group ("not" before a noun).
            u = end.max(u + 1);
            continue;
        }
        // Trailing adverbs before the head stay; adverbs after the head go.
        let headu = head as usize;
        let mut end = end.min(n);
        while end > headu + 1 && matches!(p.units[end - 1].tag, Tag::Adv) {
            end -= 1;
        }
        // A particle after a phrasal verb: "shot down", "step up", "handed
        // over" ("sold over 100 tanks" keeps its "over").
        if end == headu + 1
            && end < n
            && p.units[end].mention.is_none()
            && has(infos[p.units[end].word as usize].classes, WordClass::Particle)
            && has(p.units[headu].classes, WordClass::PhrasalVerb)
        {
            p.units[end].tag = Tag::Adv;
            // The phrase after it is an object, not a prepositional one.
            for ph in p.phrases.iter_mut().filter(|ph| ph.prep == end as u32) {
                ph.prep = NONE;
            }
            end += 1;
        }
        if let Tag::Verb(form) = p.units[headu].tag {
            if flags & (vg::INFINITIVE) == 0 && headu == first {
                match form {
                    Form::Ing => flags |= vg::GERUND,
                    Form::Participle => flags |= vg::REDUCED | vg::PASSIVE,
                    _ => {}
                }
            }
        }
        // "would not dare attack", "help rebuild": a bare infinitive right
        // after another verb group.
        if flags & vg::INFINITIVE == 0
            && headu == first
            && matches!(p.units[headu].tag, Tag::Verb(Form::Base))
            && first > 0
            && p.group_of[first - 1] != NONE
        {
            flags |= vg::INFINITIVE;
        }
        // "being slammed", "having sold": a gerund too.
        if flags & vg::INFINITIVE == 0
            && matches!(keys[p.units[first].word as usize], "being" | "having")
            && headu != first
        {
            flags |= vg::GERUND;
        }
        let id = p.groups.len() as u32;
        p.groups.push(VerbGroup {
            first: first as u32,
            end: end as u32,
            head,
            flags,
            subject: NONE,
            surface_subject: NONE,
            object: NONE,
            indirect: NONE,
            governor: NONE,
            clause: NONE,
            pp_first: 0,
            pp_end: 0,
        });
        for x in first..end {
            p.group_of[x] = id;
            // Units of a group are no phrase.
            if p.phrase_of[x] != NONE && p.phrases[p.phrase_of[x] as usize].head == x as u32 {
                p.phrase_of[x] = NONE;
            }
        }
        u = end;
    }
}

fn group_follows(p: &Parse, u: usize) -> bool {
    p.units[u + 1..]
        .iter()
        .take(3)
        .find(|x| !matches!(x.tag, Tag::Adv | Tag::Neg))
        .is_some_and(|x| {
            matches!(
                x.tag,
                Tag::Verb(_) | Tag::Modal | Tag::Be | Tag::Have | Tag::Do | Tag::To
            )
        })
}

/// Clauses: subordinators and relative words open clauses, clause stops
/// close everything, and a comma may close a subordinate clause or open
/// and close a parenthetical ("Peru, facing pressure at home, sent ...").
pub(super) fn clauses(p: &mut Parse, keys: &[&str], _infos: &[TokenInfo]) {
    let n = p.units.len();
    p.clause_of.resize(n, NONE);
    let mut stack: Vec<u32> = Vec::new();
    let open = |p: &mut Parse, stack: &mut Vec<u32>, first: usize, kind: ClauseKind| {
        let parent = stack.last().copied().unwrap_or(NONE);
        let id = p.clauses.len() as u32;
        p.clauses.push(Clause {
            first: first as u32,
            end: n as u32,
            kind,
            parent,
        });
        stack.push(id);
    };
    let close_top = |p: &mut Parse, stack: &mut Vec<u32>, at: usize| {
        if let Some(c) = stack.pop() {
            p.clauses[c as usize].end = at as u32;
        }
    };
    open(p, &mut stack, 0, ClauseKind::Main);
    let mut u = 0;
    while u < n {
        let unit = p.units[u];
        match unit.tag {
            Tag::Stop => {
                let key = keys[unit.word as usize];
                if matches!(key, "(" | "[") {
                    open(p, &mut stack, u, ClauseKind::Parenthetical);
                } else if matches!(key, ")" | "]") {
                    if stack.len() > 1 {
                        p.clause_of[u] = *stack.last().unwrap_or(&0);
                        close_top(p, &mut stack, u + 1);
                        u += 1;
                        continue;
                    }
                } else {
                    while stack.len() > 1 {
                        close_top(p, &mut stack, u);
                    }
                    close_top(p, &mut stack, u);
                    open(p, &mut stack, u, ClauseKind::Main);
                }
            }
            Tag::Sub => {
                // A subordinate clause inside a subordinate clause that has
                // its verb closes nothing: "said that if X attacks".
                open(p, &mut stack, u, ClauseKind::Subordinate(u as u32));
            }
            Tag::Rel => {
                open(p, &mut stack, u, ClauseKind::Relative(u as u32));
            }
            Tag::Comma => {
                let top = *stack.last().unwrap_or(&0);
                let kind = p.clauses[top as usize].kind;
                match kind {
                    ClauseKind::Parenthetical if !is_bracket(p, keys, top) => {
                        p.clause_of[u] = top;
                        close_top(p, &mut stack, u + 1);
                        u += 1;
                        continue;
                    }
                    ClauseKind::Subordinate(_) | ClauseKind::Relative(_) if clause_has_verb(p, top, u) => {
                        // The comma ends the subordinate clause if what follows
                        // is not another item of a list in it.
                        if !list_continues(p, u) {
                            close_top(p, &mut stack, u);
                            p.clause_of[u] = *stack.last().unwrap_or(&0);
                            // ", Denmark says", ", which ..." handled below.
                            if opens_parenthetical(p, keys, u) {
                                open(p, &mut stack, u, ClauseKind::Parenthetical);
                            }
                            u += 1;
                            continue;
                        }
                    }
                    _ => {
                        if opens_parenthetical(p, keys, u) {
                            p.clause_of[u] = top;
                            open(p, &mut stack, u + 1, ClauseKind::Parenthetical);
                            u += 1;
                            continue;
                        }
                    }
                }
            }
            _ => {}
        }
        p.clause_of[u] = *stack.last().unwrap_or(&0);
        u += 1;
    }
    while !stack.is_empty() {
        close_top(p, &mut stack, n);
    }
    for ph in &mut p.phrases {
        ph.clause = p.clause_of[ph.head as usize];
    }
    for g in &mut p.groups {
        g.clause = p.clause_of[g.head as usize];
    }
    // Parenthetical phrases (appositions) point at what they describe.
    for i in 0..p.phrases.len() {
        let ph = p.phrases[i];
        let c = ph.clause;
        if c == NONE || p.clauses[c as usize].kind != ClauseKind::Parenthetical {
            continue;
        }
        p.phrases[i].parenthetical = true;
        let cl = p.clauses[c as usize];
        if ph.first == cl.first && cl.first >= 2 {
            if let Some(&before) = p.phrase_of.get((cl.first - 2) as usize) {
                if before != NONE && p.phrases[before as usize].end == cl.first - 1 {
                    p.phrases[i].apposition_of = before;
                }
            }
        }
    }
}

fn is_bracket(p: &Parse, keys: &[&str], clause: u32) -> bool {
    let first = p.clauses[clause as usize].first as usize;
    first < p.units.len() && matches!(keys[p.units[first].word as usize], "(" | "[")
}

fn clause_has_verb(p: &Parse, clause: u32, before: usize) -> bool {
    let first = p.clauses[clause as usize].first as usize;
    (first..before)
        .any(|u| p.group_of[u] != NONE && matches!(p.units[u].tag, Tag::Verb(_) | Tag::Be | Tag::Have))
}

/// Whether the comma at `u` continues a list of phrases ("Iran, Syria and").
fn list_continues(p: &Parse, u: usize) -> bool {
    let before = if u > 0 { p.phrase_of[u - 1] } else { NONE };
    let after = p.phrase_of.get(u + 1).copied().unwrap_or(NONE);
    before != NONE && after != NONE && p.phrases[before as usize].next_conjunct == after
}

/// Whether the comma at `u` opens an aside that a second comma closes before
/// the clause's verb: a participle ("facing pressure"), an apposition
/// ("the minister"), an adverbial ("on Monday", "however").
fn opens_parenthetical(p: &Parse, keys: &[&str], u: usize) -> bool {
    let n = p.units.len();
    let Some(next) = p.units.get(u + 1) else {
        return false;
    };
    if list_continues(p, u) {
        return false;
    }
    // The aside must close with a comma within a few units.
    let Some(close) = (u + 2..n.min(u + 14)).find(|&x| matches!(p.units[x].tag, Tag::Comma | Tag::Stop))
    else {
        return false;
    };
    if p.units[close].tag != Tag::Comma {
        return false;
    }
    let before_is_phrase = u > 0 && p.phrase_of[u - 1] != NONE;
    match next.tag {
        Tag::Verb(Form::Ing | Form::Participle) => true,
        Tag::Verb(Form::Past) => before_is_phrase && keys[next.word as usize].ends_with("ed"),
        Tag::Prep | Tag::Adv => true,
        Tag::Det | Tag::Adj | Tag::Noun | Tag::Num | Tag::Name | Tag::Mention => {
            // An apposition: a phrase right after a phrase, closed by a
            // comma, with no verb inside.
            before_is_phrase && (u + 1..close).all(|x| p.group_of[x] == NONE)
        }
        _ => false,
    }
}

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
        let _ = group;
    }
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
        let finite = group.flags & (vg::INFINITIVE | vg::GERUND | vg::REDUCED) == 0;
        if finite
            && subject != NONE
            && p.units[p.phrases[subject as usize].head as usize].tag == Tag::Pron
            && group.governor != NONE
        {
            // "Germany says it will send helmets": "it" is Germany.
            let gov = p.groups[group.governor as usize];
            let reporting = has(
                infos[p.units[gov.head as usize].word as usize].classes,
                WordClass::ReportingVerb,
            );
            if reporting && gov.subject != NONE && gov.subject != subject {
                subject = gov.subject;
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
            if other.flags & (vg::INFINITIVE | vg::GERUND | vg::REDUCED) == 0 {
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
    // subject of a complement clause ("said Iran sold"), not an object.
    if object != NONE {
        let after = p.phrases[object as usize].end as usize;
        let mut last = object;
        while p.phrases[last as usize].next_conjunct != NONE {
            last = p.phrases[last as usize].next_conjunct;
        }
        let after = after.max(p.phrases[last as usize].end as usize);
        if after < n && p.group_of[after] != NONE {
            let next = p.groups[p.group_of[after] as usize];
            if next.flags & (vg::INFINITIVE | vg::GERUND | vg::REDUCED) == 0 && next.first as usize == after {
                object = NONE;
                indirect = NONE;
            }
        }
    }
    (pp_first, p.pps.len() as u32, object, indirect)
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

/// The phrase written as the subject of group `g`, and the group it depends
/// on.
fn surface_subject(p: &Parse, keys: &[&str], infos: &[TokenInfo], g: usize) -> (u32, u32) {
    let group = p.groups[g];
    let clause = group.clause;
    let first = group.first as usize;
    // A reduced participle or gerund right after a noun phrase modifies it:
    // "drones supplied to Russia", "hackers backing Assad".
    if group.flags & (vg::REDUCED | vg::GERUND) != 0 && first > 0 {
        let before = p.phrase_of[first - 1];
        if before != NONE && p.phrases[before as usize].end as usize == first {
            let list = p.phrases[before as usize].list_head;
            // "a raid in Syria killing ...": a place is no doer; the gerund
            // tells more of the clause's own subject.
            let prep = p.phrases[list as usize].prep;
            let place = prep != NONE && has(p.units[prep as usize].classes, WordClass::Locative);
            if !(place && group.flags & vg::GERUND != 0) {
                return (list, NONE);
            }
        }
    }
    let governor = governor_of(p, keys, g);
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
            if other.flags & (vg::INFINITIVE | vg::GERUND | vg::REDUCED) == 0 {
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
        if phrase.prep != NONE || phrase.parenthetical || phrase.apposition_of != NONE || object_of_other {
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
        // Subject of a comment clause: "..., Denmark says".
        return (phrase.list_head, governor);
    }
    // A relative clause with no subject of its own: the phrase it modifies.
    if let ClauseKind::Relative(r) = p
        .clauses
        .get(clause as usize)
        .map_or(ClauseKind::Main, |c| c.kind)
    {
        let r = r as usize;
        let key = keys[p.units[r].word as usize];
        if matches!(key, "which" | "who" | "that") && r > 0 {
            let mut b = r - 1;
            if p.units[b].tag == Tag::Comma && b > 0 {
                b -= 1;
            }
            let ph = p.phrase_of[b];
            if ph != NONE {
                return (p.phrases[ph as usize].list_head, governor);
            }
        }
    }
    (NONE, governor)
}

/// The verb group that group `g` depends on, for factuality: an
/// infinitive or gerund depends on the nearest verb before it; the verb of
/// a subordinate clause on the nearest verb of the clause around it; a verb
/// right after another with no coordinator between ("said Iran sold") on
/// that verb; a verb coordinated with an earlier one ("pledged ... and
/// defended") on what that one depends on. Relative clauses depend on
/// nothing.
fn governor_of(p: &Parse, keys: &[&str], g: usize) -> u32 {
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
            && !matches!(keys[p.units[u as usize].word as usize], "that" | "whether")
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
            if other.flags & (vg::INFINITIVE | vg::GERUND | vg::REDUCED) != 0 {
                continue;
            }
            let coordinated = (other.end..group.first).any(|u| p.units[u as usize].tag == Tag::Coord);
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
    if prep_before && super::tag::adverbial_prep(keys[p.units[first - 1].word as usize]) {
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
        if group.flags & vg::GERUND != 0 && !via_prep && has(word, WordClass::ReportingVerb) {
            return NONE;
        }
        return subject_of(h);
    }
    let ph = p.phrase_of[before];
    if ph != NONE && p.phrases[ph as usize].end as usize == before + 1 {
        let phrase = p.phrases[ph as usize];
        let list = phrase.list_head;
        if phrase.possessor != NONE {
            return phrase.possessor;
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
            let head_key = keys[p.units[other.head as usize].word as usize];
            let object_control = if via_prep {
                super::tag::gerund_object_control(head_key)
            } else {
                has(word, WordClass::ObjectControl)
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
    // "ready to impose", "set to deliver": the copula's subject, or the
    // phrase before the adjective in a headline.
    if p.units[before].tag == Tag::Adj && group.flags & vg::INFINITIVE != 0 {
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

impl VerbGroup {
    fn surface_subject_or_subject(&self) -> u32 {
        if self.surface_subject != NONE {
            self.surface_subject
        } else {
            self.subject
        }
    }
}

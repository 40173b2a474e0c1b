//! Verb groups: auxiliaries, modals, negation and the head verb, with the
//! voice, tense, modality and negation they carry.

use super::WordClass;
use super::{has, vg, Form, Parse, Tag, TokenInfo, VerbGroup, NONE};

pub(super) fn finite(t: Tag, c: u64) -> bool {
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
                    if head != NONE {
                        // "is to send" (a plan, the future as "will send"
                        // is) and "is going to send" go on past "to".
                        let unit = p.units[head as usize];
                        let be_to = saw_be && !saw_have && unit.tag == Tag::Be;
                        if !(be_to || saw_be && keys[unit.word as usize] == "going") {
                            break;
                        }
                        head = NONE;
                        flags |= vg::FUTURE;
                    } else if end != first || saw_be {
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
                        && has(
                            infos[p.units[head as usize].word as usize].classes,
                            WordClass::PassiveAux,
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
        // over" ("sold over 100 tanks", "sent up to 40 tanks" keep theirs).
        if end == headu + 1
            && end < n
            && p.units[end].mention.is_none()
            && p.units[end].tag != Tag::Adj
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
                // Right after a relative word that may be its subject, a
                // participle is a past tense used loosely ("the navy, which
                // sunk four ships"): a passive needs "was".
                let after_relative = first > 0
                    && has(
                        infos[p.units[first - 1].word as usize].classes,
                        WordClass::SubjectRelative,
                    )
                    && p.units[first - 1].tag == Tag::Rel;
                match form {
                    Form::Ing => flags |= vg::GERUND,
                    Form::Participle if after_relative => {
                        p.units[headu].tag = Tag::Verb(Form::Past);
                    }
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
        // "help the army rebuild", "let Chile use": a bare infinitive
        // after the object of a verb that takes one.
        if flags & vg::INFINITIVE == 0
            && headu == first
            && matches!(p.units[headu].tag, Tag::Verb(Form::Base))
            && first > 0
            && super::tag::controlled_object_ends(p, first - 1)
        {
            flags |= vg::INFINITIVE;
        }
        // "being slammed", "having sold": a gerund too.
        if flags & vg::INFINITIVE == 0
            && is_aux_gerund(
                keys[p.units[first].word as usize],
                infos[p.units[first].word as usize].classes,
            )
            && headu != first
        {
            flags |= vg::GERUND;
        }
        // "was shot and killed", "was armed by Peru and trained by Chile": a
        // participle joined to a passive shares its auxiliary, and its
        // voice (past the first one's "by" phrase, when the second has one).
        if headu == first
            && first >= 2
            && p.units[first - 1].tag == Tag::Coord
            && matches!(p.units[headu].tag, Tag::Verb(Form::Past | Form::Participle))
        {
            let mut before = p.group_of[first - 2];
            // (The tagger made it a participle only when "by" opens no
            // means: "... and retaliated by shelling Lima" stays active.)
            if before == NONE
                && p.units[headu].tag == Tag::Verb(Form::Participle)
                && end < n
                && keys[p.units[end].word as usize] == "by"
            {
                let phrase_only = |u: usize| {
                    matches!(
                        p.units[u].tag,
                        Tag::Prep | Tag::Det | Tag::Adj | Tag::Noun | Tag::Name | Tag::Mention | Tag::Num
                    )
                };
                if let Some(last) = p.groups.last() {
                    let between = last.end as usize..first - 1;
                    if between.len() <= 8
                        && keys[p.units[last.end as usize].word as usize] == "by"
                        && between.clone().all(phrase_only)
                    {
                        before = p.groups.len() as u32 - 1;
                    }
                }
            }
            if before != NONE && p.groups[before as usize].flags & (vg::PASSIVE | vg::REDUCED) == vg::PASSIVE
            {
                flags = (flags & !vg::REDUCED) | vg::PASSIVE;
                p.units[headu].tag = Tag::Verb(Form::Participle);
            }
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

/// "being" and "having" before a participle: the verb group is a gerund.
fn is_aux_gerund(key: &str, classes: u64) -> bool {
    (has(classes, WordClass::Be) || has(classes, WordClass::Have)) && key.ends_with("ing")
}

//! Clauses: main, subordinate, relative, participial and infinitive
//! clauses, and the parenthetical commas between a subject and its verb.

use super::{has, vg, Clause, ClauseKind, Form, Parse, Tag, TokenInfo, WordClass, NONE};

/// Clauses: subordinators and relative words open clauses, clause stops
/// close everything, and a comma may close a subordinate clause or open
/// and close a parenthetical ("Peru, facing pressure at home, sent ...").
pub(super) fn clauses(p: &mut Parse, keys: &[&str], infos: &[TokenInfo]) {
    let n = p.units.len();
    p.clause_of.resize(n, NONE);
    let mut stack = std::mem::take(&mut p.clause_stack);
    stack.clear();
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
        // "The drones that Peru sold to Chile were old": a second finite
        // verb, with no coordinator after the first, is the verb of the
        // clause around a relative one (not around "if Chile attacks Peru
        // will respond", where the clause's end is unwritten).
        if stack.len() > 1 && starts_finite_group(p, u) {
            let top = *stack.last().unwrap_or(&0);
            let relative = match p.clauses[top as usize].kind {
                ClauseKind::Relative(_) => true,
                ClauseKind::Subordinate(r) => {
                    let r = r as usize;
                    keys[p.units[r].word as usize] == "that" && r > 0 && p.phrase_of[r - 1] != NONE
                }
                _ => false,
            };
            if relative && has_finite_verb_before(p, infos, top, u) {
                close_top(p, &mut stack, u);
            }
        }
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
                            // A past verb right after the clause is the verb
                            // of the clause around it, not a participle aside:
                            // the phrase before the comma belongs to the clause
                            // just closed ("Ana, as Peru called her, shelled
                            // ..., then ...").
                            let past =
                                matches!(p.units.get(u + 1).map(|x| x.tag), Some(Tag::Verb(Form::Past)));
                            if !past && opens_parenthetical(p, keys, u) {
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
    p.clause_stack = stack;
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

/// Whether unit `u` starts a finite verb group.
fn starts_finite_group(p: &Parse, u: usize) -> bool {
    let g = p.group_of[u];
    g != NONE && {
        let group = p.groups[g as usize];
        group.first as usize == u && group.flags & vg::NON_FINITE == 0
    }
}

/// Whether clause `clause` has a finite verb before unit `before` that the
/// unit cannot continue: none that reports ("the drones that Peru says
/// Chile used"), and no coordinator or comma after it ("that Peru sold and
/// shipped").
fn has_finite_verb_before(p: &Parse, infos: &[TokenInfo], clause: u32, before: usize) -> bool {
    let first = p.clauses[clause as usize].first as usize;
    let Some(last) = (first..before).rev().find(|&x| starts_finite_group(p, x)) else {
        return false;
    };
    let group = p.groups[p.group_of[last] as usize];
    let reporting = has(
        infos[p.units[group.head as usize].word as usize].classes,
        WordClass::ReportingVerb,
    );
    !reporting
        && (group.end as usize..before)
            .all(|x| !matches!(p.units[x].tag, Tag::Coord | Tag::Comma) && p.group_of[x] == NONE)
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
            // comma, with no verb inside; or a comment on who says it
            // ("Chilean troops, the ministry said, shelled ..."), whose one
            // verb, a reporting verb, ends it.
            let reporting_last = close > u + 2
                && p.group_of[close - 1] != NONE
                && has(p.units[close - 1].classes, WordClass::ReportingVerb)
                && (u + 1..close - 1)
                    .all(|x| p.group_of[x] == NONE || p.group_of[x] == p.group_of[close - 1]);
            before_is_phrase && ((u + 1..close).all(|x| p.group_of[x] == NONE) || reporting_last)
        }
        _ => false,
    }
}

//! What a compiled program tells before it runs: the first token each
//! instruction needs, the fewest entity mentions a match spans, and the word
//! sets every match needs (the prefilter). All are sound filters: they skip
//! only sentences and positions where the program could not match.

use super::{ClassBits, First, Inst, Rule, ACTOR};
use crate::words::NO_ROW;

/// Fills in the analyses of a compiled rule. A frame rule needs a word of
/// its trigger classes, and a mention for each role it must fill (each
/// filler is a mention of its own); `actor_roles` of them are actors.
/// `required_types` are the type masks of the roles a frame must fill.
pub(super) fn analyse(rule: &mut Rule, mask_words: usize, actor_roles: usize, required_types: Vec<u8>) {
    if let Some(frame) = &mut rule.frame {
        frame.finish(mask_words);
        rule.required = vec![frame.words.mask.clone()];
        rule.first = vec![First::Any];
        rule.min_mentions = frame.required.len();
        rule.min_actors = actor_roles;
        rule.needs_types = required_types;
        return;
    }
    rule.required = required_word_sets(&rule.program, mask_words);
    rule.first = first_tokens(&rule.program);
    rule.min_mentions = min_mentions(&rule.program, u8::MAX);
    rule.min_actors = min_mentions(&rule.program, ACTOR);
    // A type every match takes a mention of on its own ("a WEAPON element
    // that takes nothing else").
    rule.needs_types = (0..5)
        .map(|bit| 1u8 << bit)
        .filter(|&t| min_mentions(&rule.program, t) > 0)
        .collect();
}

/// The rules' required word sets as one flat table: rules share clauses
/// (every supply rule needs a supply verb), so the distinct clauses are
/// numbered, and each word row knows which of them it satisfies. A
/// sentence's satisfied clauses are then an OR over its words' rows, and a
/// rule may run when none of its clauses is missing.
///
/// The classes a rule's first token may be in are numbered among the
/// clauses too (most are a required clause already): whether a word of the
/// sentence is in one is then one bit of the satisfied clauses.
#[derive(Debug)]
pub(super) struct Prefilter {
    /// Per word row, the index of its clauses in `row_clauses`, or
    /// [`NO_ROW`] when it satisfies none (most words: "the", "of").
    row_slot: Vec<u32>,
    /// The clauses of the rows that satisfy some, `clause_words` apiece.
    row_clauses: Vec<u64>,
    /// Per rule, the clauses it requires, `clause_words` apiece.
    rule_clauses: Vec<u64>,
    clause_words: usize,
    /// Per clause, the rules that require it, as a set of `rule_words`
    /// words; and after them, the rules that require no clause.
    requirers: Vec<u64>,
    rule_words: usize,
    /// The clauses some rule requires, `clause_words` words (the others
    /// are first-token classes only).
    required_clauses: Vec<u64>,
    /// Per rule, the clause of the classes its first token may be in, if
    /// it names any.
    first_clause: Vec<Option<usize>>,
}

impl Prefilter {
    /// The prefilter of `rules` over word rows with set masks `masks`
    /// (`mask_words` apiece).
    pub(super) fn new(rules: &[Rule], masks: &[u64], mask_words: usize) -> Prefilter {
        fn number<'c>(clauses: &mut Vec<&'c [u64]>, clause: &'c [u64]) -> usize {
            clauses.iter().position(|c| **c == *clause).unwrap_or_else(|| {
                clauses.push(clause);
                clauses.len() - 1
            })
        }
        let firsts: Vec<Option<Box<[u64]>>> = rules
            .iter()
            .map(|rule| match rule.first.first() {
                Some(First::Need { words, .. }) if !words.is_empty() => {
                    let mut mask = vec![0u64; mask_words];
                    for &(w, bits) in words.iter() {
                        mask[w] |= bits;
                    }
                    Some(mask.into_boxed_slice())
                }
                _ => None,
            })
            .collect();
        let mut clauses: Vec<&[u64]> = Vec::new();
        let mut required: Vec<Vec<usize>> = Vec::with_capacity(rules.len());
        for rule in rules {
            let numbers = rule.required.iter().map(|clause| number(&mut clauses, clause));
            required.push(numbers.collect());
        }
        let first_clause = firsts
            .iter()
            .map(|first| first.as_deref().map(|mask| number(&mut clauses, mask)))
            .collect();
        let clause_words = clauses.len().div_ceil(64).max(1);
        let mut rule_clauses = vec![0u64; rules.len() * clause_words];
        for (r, numbers) in required.iter().enumerate() {
            for &c in numbers {
                rule_clauses[r * clause_words + c / 64] |= 1 << (c % 64);
            }
        }
        // Per word set, the clauses it is in: a row satisfies the clauses of
        // its sets, a few lookups apiece instead of a test of every clause.
        let mut set_clauses = vec![0u64; mask_words * 64 * clause_words];
        for (c, clause) in clauses.iter().enumerate() {
            for (w, &bits) in clause.iter().enumerate() {
                for_each_bit(bits, |b| {
                    set_clauses[(w * 64 + b) * clause_words + c / 64] |= 1 << (c % 64);
                });
            }
        }
        let row_count = masks.len() / mask_words;
        let mut row_slot = vec![NO_ROW; row_count];
        let mut row_clauses = Vec::new();
        let mut out = vec![0u64; clause_words];
        for (row, slot) in row_slot.iter_mut().enumerate() {
            out.iter_mut().for_each(|o| *o = 0);
            let mask = &masks[row * mask_words..(row + 1) * mask_words];
            for (w, &bits) in mask.iter().enumerate() {
                for_each_bit(bits, |b| {
                    let set = w * 64 + b;
                    let from = &set_clauses[set * clause_words..(set + 1) * clause_words];
                    out.iter_mut().zip(from).for_each(|(o, f)| *o |= f);
                });
            }
            if out.iter().any(|&o| o != 0) {
                *slot = (row_clauses.len() / clause_words) as u32;
                row_clauses.extend_from_slice(&out);
            }
        }
        let rule_words = rules.len().div_ceil(64).max(1);
        let mut requirers = vec![0u64; (clauses.len() + 1) * rule_words];
        for (r, numbers) in required.iter().enumerate() {
            let bit = 1 << (r % 64);
            if numbers.is_empty() {
                requirers[clauses.len() * rule_words + r / 64] |= bit;
            }
            for &c in numbers {
                requirers[c * rule_words + r / 64] |= bit;
            }
        }
        let mut required_clauses = vec![0u64; clause_words];
        for r in 0..rules.len() {
            let clauses = &rule_clauses[r * clause_words..(r + 1) * clause_words];
            required_clauses
                .iter_mut()
                .zip(clauses)
                .for_each(|(a, c)| *a |= c);
        }
        Prefilter {
            row_slot,
            required_clauses,
            row_clauses,
            rule_clauses,
            clause_words,
            requirers,
            rule_words,
            first_clause,
        }
    }

    /// Clears `satisfied` to the size of a clause mask.
    pub(super) fn reset(&self, satisfied: &mut Vec<u64>) {
        satisfied.clear();
        satisfied.resize(self.clause_words, 0);
    }

    /// Adds the clauses word row `row` satisfies to `satisfied`.
    #[inline]
    pub(super) fn add_row(&self, satisfied: &mut [u64], row: u32) {
        let slot = self.row_slot[row as usize];
        if slot == NO_ROW {
            return;
        }
        let cw = self.clause_words;
        let clauses = &self.row_clauses[slot as usize * cw..(slot as usize + 1) * cw];
        satisfied.iter_mut().zip(clauses).for_each(|(s, c)| *s |= c);
    }

    /// Narrows `rules`, a set of rule indices, to the rules that require no
    /// clause or one of the clauses of `satisfied`: the only ones that may
    /// pass. A sentence satisfies few clauses, so a few words of sets
    /// replace a test of every rule's clauses (most of which then fail).
    pub(super) fn narrow(&self, satisfied: &[u64], rules: &mut [u64]) {
        let rw = self.rule_words;
        let unconditional = self.requirers.len() / rw - 1;
        // The rules each satisfied clause lets through, ORed a whole row of
        // `rule_words` at a time: one pass over the clauses, where a pass
        // per word of rules read each clause's bit again (5.7 instructions
        // a byte of headlines, 3.5 of UN speeches). (On the stack up to
        // `MAX_RULE_WORDS` words, 2,048 rules; more take the loop below.)
        const MAX_RULE_WORDS: usize = 32;
        if rw <= MAX_RULE_WORDS {
            let mut buf = [0u64; MAX_RULE_WORDS];
            let any = &mut buf[..rw];
            any.copy_from_slice(&self.requirers[unconditional * rw..(unconditional + 1) * rw]);
            let required = satisfied.iter().zip(&self.required_clauses);
            for (w, (&bits, &req)) in required.enumerate() {
                for_each_bit(bits & req, |b| {
                    let row = &self.requirers[(w * 64 + b) * rw..(w * 64 + b + 1) * rw];
                    any.iter_mut().zip(row).for_each(|(a, r)| *a |= r);
                });
            }
            rules.iter_mut().zip(any.iter()).for_each(|(set, a)| *set &= a);
            return;
        }
        for (i, set) in rules.iter_mut().enumerate().take(rw) {
            if *set == 0 {
                continue;
            }
            let mut any = self.requirers[unconditional * rw + i];
            let required = satisfied.iter().zip(&self.required_clauses);
            for (w, (&bits, &req)) in required.enumerate() {
                for_each_bit(bits & req, |b| any |= self.requirers[(w * 64 + b) * rw + i]);
            }
            *set &= any;
        }
    }

    /// Whether a word of a sentence whose clauses are `satisfied` is in
    /// one of the classes the first token of rule `rule` may be in (never,
    /// when it names none).
    #[inline]
    pub(super) fn first_present(&self, rule: usize, satisfied: &[u64]) -> bool {
        self.first_clause[rule].is_some_and(|c| satisfied[c / 64] >> (c % 64) & 1 == 1)
    }

    /// Whether rule `rule` has every clause it requires in `satisfied`.
    #[inline]
    pub(super) fn passes(&self, rule: usize, satisfied: &[u64]) -> bool {
        let cw = self.clause_words;
        let required = &self.rule_clauses[rule * cw..(rule + 1) * cw];
        required
            .iter()
            .zip(satisfied)
            .fold(0, |acc, (r, s)| acc | (r & !s))
            == 0
    }
}

/// Calls `f` with the index of each set bit of `bits`, lowest first.
fn for_each_bit(mut bits: u64, mut f: impl FnMut(usize)) {
    while bits != 0 {
        f(bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

/// The fewest [`Inst::Entity`] steps that take only types of `only`, on any
/// path through `program`. Jumps only go forward, so one pass from the end
/// settles it.
fn min_mentions(program: &[Inst], only: u8) -> usize {
    let mut fewest = vec![0usize; program.len() + 1];
    let at = |fewest: &[usize], pc: usize, target: usize| if target > pc { fewest[target] } else { 0 };
    for pc in (0..program.len()).rev() {
        fewest[pc] = match program[pc] {
            Inst::Entity { types, .. } => usize::from(types & !only == 0) + at(&fewest, pc, pc + 1),
            Inst::Word(_)
            | Inst::NotWord(_)
            | Inst::NotRegex(_)
            | Inst::Save { .. }
            | Inst::Gaps(_)
            | Inst::Regex(_) => at(&fewest, pc, pc + 1),
            Inst::Jump(a) => at(&fewest, pc, a),
            Inst::Split(a, b) => at(&fewest, pc, a).min(at(&fewest, pc, b)),
            Inst::Match => 0,
        };
    }
    fewest[0]
}

/// Per instruction of `program`: what the first token read from there must
/// be (see [`Rule::first`]). Jumps only go forward, so one pass from the end
/// settles every instruction.
fn first_tokens(program: &[Inst]) -> Vec<First> {
    let mut first: Vec<First> = vec![First::Any; program.len() + 1];
    let after = |first: &[First], pc: usize, target: usize| {
        if target > pc {
            first[target].clone()
        } else {
            First::Any
        }
    };
    for pc in (0..program.len()).rev() {
        first[pc] = match program[pc] {
            Inst::Word(set) => First::Need {
                words: Box::new([(set / 64, 1 << (set % 64))]),
                entity: false,
            },
            Inst::Entity { .. } => First::Need {
                words: Box::new([]),
                entity: true,
            },
            Inst::NotWord(_) | Inst::NotRegex(_) | Inst::Save { .. } => after(&first, pc, pc + 1),
            Inst::Jump(a) => after(&first, pc, a),
            Inst::Split(a, b) => match (after(&first, pc, a), after(&first, pc, b)) {
                (First::Need { words: x, entity: e }, First::Need { words: y, entity: f }) => First::Need {
                    words: union(&x, &y),
                    entity: e | f,
                },
                _ => First::Any,
            },
            // A regular expression may match any word.
            Inst::Gaps(_) | Inst::Match | Inst::Regex(_) => First::Any,
        };
    }
    first.truncate(program.len());
    first
}

/// The classes of `x` and of `y`.
fn union(x: &[(usize, u64)], y: &[(usize, u64)]) -> ClassBits {
    let mut out: Vec<(usize, u64)> = x.to_vec();
    for &(w, bits) in y {
        match out.binary_search_by_key(&w, |&(v, _)| v) {
            Ok(i) => out[i].1 |= bits,
            Err(i) => out.insert(i, (w, bits)),
        }
    }
    out.into_boxed_slice()
}

/// What every match of `program` needs from a sentence, as clauses: for
/// each clause (a mask over word sets), some token of the sentence is in one
/// of its sets. A greatest fixpoint over the instruction graph: a word step
/// adds its set as a clause, a split keeps the pairwise unions of its
/// branches' clauses ("(fire|fired) on" needs one of "fire", "fired" and
/// "on"), loops settle. At most [`MAX_CLAUSES`] are kept; fewer clauses
/// only filter less.
fn required_word_sets(program: &[Inst], mask_words: usize) -> Vec<Box<[u64]>> {
    type Clauses = Option<Vec<Box<[u64]>>>; // None: not yet known (top)
    let bit = |set: usize| {
        let mut m = vec![0u64; mask_words].into_boxed_slice();
        m[set / 64] |= 1 << (set % 64);
        m
    };
    // Adds a clause unless a narrower one is there; drops those it narrows.
    let subset = |x: &[u64], y: &[u64]| x.iter().zip(y).all(|(p, q)| p & q == *p);
    let push = |mut cs: Vec<Box<[u64]>>, c: Box<[u64]>| {
        if cs.iter().any(|old| subset(old, &c)) {
            return cs;
        }
        cs.retain(|old| !subset(&c, old));
        if cs.len() < MAX_CLAUSES {
            cs.insert(0, c);
        }
        cs
    };
    let mut must: Vec<Clauses> = vec![None; program.len() + 1];
    must[program.len()] = Some(Vec::new());
    // An instruction is worked out again only when what it reads changed
    // since it was last worked out: a clock that ticks at each change, the
    // time each result last changed, and the time each instruction last
    // read (0: never). Jumps mostly go forward, so the second pass would
    // only confirm the first, at the cost of cloning every clause list.
    let mut clock = 1u64;
    let mut changed_at = vec![0u64; program.len() + 1];
    let mut read_at = vec![0u64; program.len()];
    for _ in 0..64 {
        let mut changed = false;
        for pc in (0..program.len()).rev() {
            let reads = match program[pc] {
                Inst::Match => [program.len(); 2],
                Inst::Split(a, b) => [a, b],
                Inst::Jump(a) => [a; 2],
                _ => [pc + 1; 2],
            };
            if read_at[pc] != 0 && reads.iter().all(|&r| changed_at[r] <= read_at[pc]) {
                continue;
            }
            read_at[pc] = clock;
            let next: Clauses = match program[pc] {
                Inst::Match => Some(Vec::new()),
                Inst::Word(set) => must[pc + 1].clone().map(|cs| push(cs, bit(set))),
                Inst::Entity { .. }
                | Inst::Gaps(_)
                | Inst::NotWord(_)
                | Inst::NotRegex(_)
                | Inst::Save { .. }
                | Inst::Regex(_) => must[pc + 1].clone(),
                Inst::Split(a, b) => match (&must[a], &must[b]) {
                    (None, x) | (x, None) => x.clone(),
                    (Some(x), Some(y)) => {
                        let mut out = Vec::new();
                        for cx in x {
                            for cy in y {
                                let c: Box<[u64]> = cx.iter().zip(cy.iter()).map(|(p, q)| p | q).collect();
                                out = push(out, c);
                            }
                        }
                        Some(out)
                    }
                },
                Inst::Jump(a) => must[a].clone(),
            };
            if next != must[pc] {
                must[pc] = next;
                clock += 1;
                changed_at[pc] = clock;
                changed = true;
            }
        }
        if !changed {
            return must.swap_remove(0).unwrap_or_default();
        }
    }
    Vec::new() // did not settle: no prefilter, which is always sound
}

/// Clauses kept per rule by the prefilter.
const MAX_CLAUSES: usize = 6;

#[cfg(test)]
mod tests {
    use super::super::{RuleSet, RuleSetBuilder};
    use super::*;

    fn rule_set(patterns: &[&str]) -> RuleSet {
        let mut text = String::from("relation r  a:ACTOR!  b:ACTOR!  w:WEAPON\n\n");
        for (i, p) in patterns.iter().enumerate() {
            text.push_str(&format!("rule r/{i}\n  pattern: {p}\n\n"));
        }
        let mut b = RuleSetBuilder::default();
        b.add_source("t.rules", &text).unwrap();
        b.build(&[]).unwrap().rules
    }

    #[test]
    fn narrowing_keeps_exactly_the_rules_that_pass() {
        // Rules of no clause, one, two, and sharing a clause; every subset
        // of the clauses a sentence may satisfy.
        let set = rule_set(&[
            "<a> sold <b>",
            "<a> ..4 (fire|fired) (on|at) <b>",
            "<a> (sold|gave)? <b>",
            "<a> strikes+ on <b>",
            "<a> (sold|gave) <b>",
        ]);
        let pf = &set.prefilter;
        let clauses = pf.requirers.len() / pf.rule_words - 1;
        assert_eq!(clauses, 6);
        for subset in 0u64..1 << clauses {
            let mut satisfied = Vec::new();
            pf.reset(&mut satisfied);
            satisfied[0] = subset;
            let mut narrowed = vec![u64::MAX; pf.rule_words];
            pf.narrow(&satisfied, &mut narrowed);
            for r in 0..set.rules.len() {
                let kept = narrowed[r / 64] & 1 << (r % 64) != 0;
                assert!(kept || !pf.passes(r, &satisfied), "rule {r}, clauses {subset:b}");
            }
            // A rule that requires none of the satisfied clauses is dropped.
            let required_any = |r: usize| {
                (0..clauses).any(|c| subset & 1 << c != 0 && pf.requirers[c * pf.rule_words] & 1 << r != 0)
            };
            for r in [0, 1, 3, 4] {
                let kept = narrowed[0] & 1 << r != 0;
                assert_eq!(kept, required_any(r), "rule {r}, clauses {subset:b}");
            }
            assert!(narrowed[0] & 1 << 2 != 0, "no clause: always kept");
        }
    }

    #[test]
    fn prefilter_clauses_follow_the_pattern() {
        // (pattern, clauses the prefilter keeps)
        let table = [
            ("<a> sold <b>", 1),
            ("<a> ..4 (fire|fired) (on|at) <b>", 2),
            ("<a> (sold|gave)? <b>", 0),
            ("<a> (sold <b> | <b> bought)", 1),
            ("<a> strikes* on <b>", 1),
            ("<a> strikes+ on <b>", 2),
            ("<a> (fire|fired)+ (on|at)? <b>", 1),
            ("<a> ((sold|gave) to)* <b> (bought|got)", 1),
        ];
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, clauses)) in set.rules.iter().zip(table) {
            assert_eq!(rule.required.len(), clauses, "{pattern}");
        }
    }

    #[test]
    fn first_tokens_follow_the_pattern() {
        // (pattern, what its first token must be: None for anything, else
        // (some word, an entity start))
        let table = [
            ("<a> sold <b>", Some((false, true))),
            ("sold to <a> by <b>", Some((true, false))),
            ("(sold)? <a> <b>", Some((true, true))),
            ("(<a> | sold <a>) ..2 <b>", Some((true, true))),
            ("..2 <a> sold <b>", None),
            ("(sold|gave) <a> <b>", Some((true, false))),
        ];
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, want)) in set.rules.iter().zip(table) {
            let got = match &rule.first[0] {
                First::Any => None,
                First::Need { words, entity } => Some((!words.is_empty(), *entity)),
            };
            assert_eq!(got, want, "{pattern}");
        }
    }

    #[test]
    fn first_token_classes_are_clauses() {
        let set = rule_set(&["<a> sold <b>", "sold to <a> by <b>", "(dealt|gave)? <a> <b>"]);
        let pf = &set.prefilter;
        // A mention first: no classes to look for.
        assert_eq!(pf.first_clause[0], None);
        // "sold" first is the clause the rule requires anyway ...
        let sold = pf.first_clause[1].unwrap();
        assert_ne!(pf.rule_clauses[pf.clause_words] & 1 << sold, 0);
        // ... and "dealt" or "gave", which no rule requires, a clause of its
        // own.
        let dealt_or_gave = pf.first_clause[2].unwrap();
        assert_ne!(dealt_or_gave, sold);
        assert!((0..3).all(|r| pf.rule_clauses[r * pf.clause_words] & 1 << dealt_or_gave == 0));
        let mut satisfied = Vec::new();
        pf.reset(&mut satisfied);
        satisfied[0] = 1 << dealt_or_gave;
        let present: Vec<bool> = (0..3).map(|r| pf.first_present(r, &satisfied)).collect();
        assert_eq!(present, [false, false, true]);
    }

    #[test]
    fn union_of_class_bits_table() {
        type Bits = &'static [(usize, u64)];
        let cases: &[(Bits, Bits, Bits)] = &[
            (&[], &[], &[]),
            (&[(0, 1)], &[], &[(0, 1)]),
            (&[(0, 1)], &[(0, 6)], &[(0, 7)]),
            (&[(2, 1)], &[(0, 4), (5, 8)], &[(0, 4), (2, 1), (5, 8)]),
            (&[(1, 1), (3, 2)], &[(3, 1), (4, 1)], &[(1, 1), (3, 3), (4, 1)]),
        ];
        for &(x, y, want) in cases {
            assert_eq!(&*union(x, y), want, "{x:?} | {y:?}");
            assert_eq!(&*union(y, x), want, "{y:?} | {x:?}");
        }
    }

    #[test]
    fn fewest_mentions_follow_the_pattern() {
        // (pattern, fewest mentions, fewest of them actors, needs a weapon)
        let table = [
            ("<a> sold <b>", 2, 2, false),
            ("<a> (sold|gave) ..3 <b> ..2 (<a>)?", 2, 2, false),
            ("<a> (<b> | sold <b> ..2 <a>)", 2, 2, false),
            ("(<a> and <b>)+ met", 2, 2, false),
            ("<a> met <b> , <a> and <b>", 4, 4, false),
            ("<a> sold <w> to <b>", 3, 2, true),
            ("<a> sold (<w>)? to <b>", 2, 2, false),
            ("<a> sold <b> <w> <w>", 4, 2, true),
            ("<a> (sold <w> | gave) <b>", 2, 2, false),
        ];
        let weapon = crate::schema::type_bit(crate::entity::EntityType::Weapon);
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, mentions, actors, needs_weapon)) in set.rules.iter().zip(table) {
            assert_eq!(rule.min_mentions, mentions, "{pattern}");
            assert_eq!(rule.min_actors, actors, "{pattern}");
            assert_eq!(rule.needs_types.contains(&weapon), needs_weapon, "{pattern}");
        }
        assert_eq!((set.min_mentions, set.min_actors), (2, 2));
    }

    #[test]
    fn a_gap_is_one_instruction() {
        let set = rule_set(&["<a> ..4 sold ..1 <b>"]);
        let gaps: Vec<usize> = set.rules[0]
            .program
            .iter()
            .filter_map(|i| match i {
                Inst::Gaps(n) => Some(*n),
                _ => None,
            })
            .collect();
        assert_eq!(gaps, [4, 1]);
        // After each gap comes what the gap must reach.
        for (pc, inst) in set.rules[0].program.iter().enumerate() {
            if let Inst::Gaps(_) = inst {
                assert!(matches!(set.rules[0].first[pc], First::Any));
                assert!(matches!(set.rules[0].first[pc + 1], First::Need { .. }));
            }
        }
    }
}

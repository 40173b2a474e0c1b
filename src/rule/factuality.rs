//! Factuality: whether the text asserts, denies, negates, alleges or only
//! considers a match, read from cue phrases around it.

use super::matcher::SentenceView;
use crate::classes::Reserved;
use crate::entity::{AliasKind, EntityType};
use crate::relation::Factuality;

/// How strongly a factuality overrides another when cues combine.
pub(super) fn strength(f: Factuality) -> u8 {
    match f {
        Factuality::Asserted => 0,
        Factuality::Alleged => 1,
        Factuality::Uncertain => 2,
        Factuality::Negated => 3,
        Factuality::Denied => 4,
    }
}

/// The factuality cues, as phrases of word keys.
#[derive(Debug)]
pub(super) struct Cues {
    /// Longest first, so "refuse to" wins over a bare "to".
    cues: Vec<(Vec<String>, Factuality)>,
}

impl Cues {
    /// The cues of the rule files, in declaration order.
    pub(super) fn new(mut cues: Vec<(Vec<String>, Factuality)>) -> Cues {
        cues.retain(|(words, _)| !words.is_empty());
        cues.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Cues { cues }
    }

    /// The factuality of a match over sentence positions `start..end` with
    /// its trigger at `trigger`, and the source of an allegation or denial.
    ///
    /// Cues are looked for between the start of the clause (at most twelve
    /// tokens back) and the end of the match, outside mentions; the
    /// strongest wins.
    pub(super) fn judge(
        &self,
        view: &SentenceView<'_, '_>,
        start: usize,
        end: usize,
        trigger: Option<usize>,
    ) -> (Factuality, Option<usize>) {
        let trigger = trigger.unwrap_or(start);
        let mut best = Factuality::Asserted;
        let mut source = None;
        let mut i = clause_start(view, start);
        while i < end {
            // Role fillers and other mentions are not cues.
            if view.covered_by[i].is_some() {
                i += 1;
                continue;
            }
            let Some((words, f)) = self.cue_at(view, i, end, trigger) else {
                i += 1;
                continue;
            };
            if strength(f) > strength(best) {
                best = f;
                source = match f {
                    Factuality::Denied | Factuality::Alleged => cue_source(view, i, words),
                    _ => None,
                };
            }
            i += words.len();
        }
        // "Spain to send tanks": `to` right before the trigger marks the
        // future, unless an aspect verb comes first ("began to send").
        if trigger > 0
            && view.in_class(Reserved::FutureMarker, trigger - 1)
            && strength(best) < strength(Factuality::Uncertain)
            && !trigger
                .checked_sub(2)
                .is_some_and(|t| view.in_class(Reserved::AspectVerb, t))
        {
            best = Factuality::Uncertain;
            source = None;
        }
        (best, source)
    }

    /// The longest cue at position `i` that ends by `end`. An accusation
    /// verb that is itself the trigger reports its own event ("Ukraine
    /// accused Russia" is asserted), so no allegation cue starts there.
    fn cue_at(
        &self,
        view: &SentenceView<'_, '_>,
        i: usize,
        end: usize,
        trigger: usize,
    ) -> Option<(&[String], Factuality)> {
        self.cues
            .iter()
            .filter(|(_, f)| i != trigger || *f != Factuality::Alleged)
            .find(|(words, _)| {
                i + words.len() <= end && words.iter().enumerate().all(|(k, w)| view.key(i + k) == *w)
            })
            .map(|(words, f)| (words.as_slice(), *f))
    }
}

/// Where the look-back for cues before a match at `start` begins: the start
/// of its clause, at most twelve tokens back.
fn clause_start(view: &SentenceView<'_, '_>, start: usize) -> usize {
    let mut from = start;
    while from > 0 && start - from < 12 {
        if matches!(
            view.key(from - 1),
            ";" | "—" | "but" | "however" | "meanwhile" | "\""
        ) {
            break;
        }
        from -= 1;
    }
    from
}

/// The source of a denial or allegation cue `words` at position `i`: the
/// nearest actor before it, or the mention right after it if it starts with
/// a word of `cue_source_after` ("according to").
fn cue_source(view: &SentenceView<'_, '_>, i: usize, words: &[String]) -> Option<usize> {
    if view.in_class(Reserved::CueSourceAfter, i) {
        return view.covered_by.get(i + words.len()).copied().flatten();
    }
    (0..i).rev().find_map(|t| {
        view.covered_by[t].filter(|&e| {
            let e = &view.entities[e];
            e.entity_type() != EntityType::Weapon
                && e.entity_type() != EntityType::Location
                && e.alias_kind() != AliasKind::Demonym
        })
    })
}

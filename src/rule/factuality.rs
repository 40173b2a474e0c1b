//! Factuality: whether the text asserts, denies, negates, alleges or only
//! considers a match, read from cue phrases around it.

use std::collections::HashMap;

use super::frame::Filled;
use super::matcher::SentenceView;
use crate::classes::Reserved;
use crate::entity::{AliasKind, EntityType};
use crate::fxhash::FxBuild;
use crate::grammar::{first_conjunct, joins_past_modal, vg, ClauseKind, Parse, Tag, WordClass, NONE};
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

/// The factuality cues, as phrases of word keys, indexed by their first
/// word: judging a token costs one lookup, however many cues there are.
#[derive(Debug)]
pub(super) struct Cues {
    /// Per first word, its cues, longest first, so "refuse to" wins over a
    /// bare "refuse".
    by_first: HashMap<String, Vec<(Vec<String>, Factuality)>, FxBuild>,
}

impl Cues {
    /// The cues of the rule files, in declaration order.
    pub(super) fn new(cues: Vec<(Vec<String>, Factuality)>) -> Cues {
        let mut by_first: HashMap<String, Vec<(Vec<String>, Factuality)>, FxBuild> = HashMap::default();
        for (words, f) in cues {
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push((words, f));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Cues { by_first }
    }

    /// The longest cue starting with `key` whose words `word(k)` gives
    /// (`None` past the end). A cue that starts `at_trigger` (the
    /// relation's own word) neither alleges nor negates: "Ukraine accused
    /// Russia" is asserted, "a ban on Russian gold" is the sanction.
    fn longest<'c, 'k>(
        &'c self,
        key: &str,
        word: impl Fn(usize) -> Option<&'k str>,
        at_trigger: bool,
    ) -> Option<(&'c [String], Factuality)> {
        self.by_first
            .get(key)?
            .iter()
            .filter(|(_, f)| !at_trigger || !matches!(*f, Factuality::Alleged | Factuality::Negated))
            .find(|(words, _)| words.iter().enumerate().all(|(k, w)| word(k) == Some(w.as_str())))
            .map(|(words, f)| (words.as_slice(), *f))
    }

    /// The factuality of a match over sentence positions `start..end` with
    /// its trigger at `trigger`, and the source of an allegation or denial.
    ///
    /// Cues are looked for between the start of the clause (at most twelve
    /// tokens back) and the end of the match, outside mentions; the
    /// strongest wins. A `noun_trigger` (the match read no verb) whose
    /// phrase names its own doer is not negated from before the phrase. A
    /// word the pattern read itself (`own`) is the relation's, as its
    /// trigger is: the noun of "imposed a ban on Belarusian potash" is the
    /// sanction, not a negation of it.
    pub(super) fn judge(
        &self,
        view: &SentenceView<'_, '_>,
        start: usize,
        end: usize,
        trigger: Option<usize>,
        noun_trigger: bool,
        own: &[usize],
    ) -> (Factuality, Option<usize>) {
        let trigger = trigger.unwrap_or(start);
        let mut best = Factuality::Asserted;
        let mut source = None;
        let mut scope = Scope::default();
        let reduced = reduced_participle(view, trigger);
        let mut i = if reduced {
            trigger
        } else {
            clause_start(view, start)
        };
        let own_doer = noun_trigger && names_own_doer(view, start, trigger);
        while i < end {
            // Role fillers and other mentions are not cues, nor are words of
            // a hyphenated compound ("never-seen-before sanctions").
            if view.covered_by[i].is_some() || view.in_compound(i) {
                i += 1;
                continue;
            }
            let Some((words, f)) = self.cue_at(view, i, end, trigger, own) else {
                i += 1;
                continue;
            };
            // "urged Lithuania not to enforce EU sanctions on Russia": a
            // negated infinitive before a noun phrase that names the
            // doer of its own deed ("EU sanctions", "Japan's embargo") is
            // that verb's; the sanctions stand. (Not the phrase's own
            // determiner: "no EU sanctions on Russia".)
            if own_doer && f == Factuality::Negated && i + words.len() < start && not_to(view, i) {
                i += words.len();
                continue;
            }
            // "shelled apartment blocks across Peru": a negating verb that
            // is a noun as well, after the deed's word and right after a
            // noun or adjective, is the plural noun of a compound, no cue.
            if f == Factuality::Negated && i > trigger && noun_form_after_modifier(view, i) {
                i += words.len();
                continue;
            }
            // "rejected claims by Peru that ...": a denial or allegation cue
            // that takes in the trigger is of what the trigger reports, not
            // of the report itself (Peru's claim stands).
            if i < trigger
                && trigger < i + words.len()
                && matches!(f, Factuality::Denied | Factuality::Alleged)
            {
                i += 1;
                continue;
            }
            scope.add(view, i, f);
            if strength(f) > strength(best) {
                best = f;
                source = cue_source(view, i, words, f);
            }
            i += words.len();
        }
        if best == Factuality::Negated && scope.negation_governed() {
            best = Factuality::Uncertain;
        }
        if strength(best) < strength(Factuality::Denied) && called_untrue(view, trigger, end) {
            best = Factuality::Denied;
            source = None;
        }
        if let Some((f, s)) = self.closing_report(view, end.max(trigger + 1)) {
            if strength(best) < strength(f) {
                best = f;
                source = s;
            }
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

    /// The factuality of a frame filled over a parsed sentence, read from
    /// its structure instead of a window of words: the cues in its verb
    /// group and the groups that govern it ("refused to send", "plans to
    /// buy", "accused Peru of shelling"), the subordinators of its clauses
    /// ("if", "whether", "claims that"), its clause's adverbs
    /// ("reportedly"), and a noun trigger's determiner ("no sanctions") or
    /// governing noun ("a ban on arms exports"). A headline's bare
    /// infinitive ("Spain to send tanks") is a plan.
    ///
    /// The source of a denial or allegation is found as for token patterns:
    /// the nearest actor before its cue ("Chile denied selling ..."), or the
    /// mention after "according to".
    pub(super) fn judge_parse(
        &self,
        view: &SentenceView<'_, '_>,
        parse: &Parse,
        filled: &Filled,
    ) -> (Factuality, Option<usize>) {
        let mut ranges = Vec::new();
        let ongoing = |class: Reserved, g: u32| {
            view.in_class(
                class,
                parse.units[parse.groups[g as usize].head as usize].first as usize,
            )
        };
        // "moves to stop Israeli attacks": attacks one means to stop are
        // going on (`ongoing_attack_verb` with an `attack_noun` object),
        // unless a word before the noun in its phrase makes them ones to
        // come (`unrealised_modifier`: "plans to stop any attack"; at
        // most four units back).
        let trigger_tok = parse.units[filled.trigger_unit as usize].first as usize;
        let unrealised = parse
            .phrase_of
            .get(filled.trigger_unit as usize)
            .is_some_and(|&ph| {
                ph != NONE && {
                    let from = parse.phrases[ph as usize]
                        .first
                        .max(filled.trigger_unit.saturating_sub(4));
                    (from..filled.trigger_unit)
                        .any(|u| view.in_named("unrealised_modifier", parse.units[u as usize].first as usize))
                }
            });
        let attack_end = |g: u32| {
            !unrealised
                && view.in_named("attack_noun", trigger_tok)
                && view.in_named(
                    "ongoing_attack_verb",
                    parse.units[parse.groups[g as usize].head as usize].first as usize,
                )
        };
        let top = ongoing_top(parse, filled, ongoing, attack_end);
        cue_ranges(view, parse, filled, top, &mut ranges);
        let trigger = parse.units[filled.trigger_unit as usize].first as usize;
        // (The parse knows a reduced participle from a finite verb: "drones
        // struck Peru" is the drones' deed.)
        let reduced_group =
            filled.group != NONE && parse.groups[filled.group as usize].flags & vg::REDUCED != 0;
        if reduced_group && reduced_participle(view, trigger) {
            // ("a plan to destroy the rifles used by Peru": the use is done.)
            ranges.retain_mut(|r| {
                r.0 = r.0.max(trigger);
                r.0 < r.1
            });
        }
        // A source named after the deed, in its clause: "Chile sold drones
        // to Peru, according to Bolivia".
        if filled.group != NONE {
            let group = parse.groups[filled.group as usize];
            for u in group.end as usize..parse.units.len() {
                let unit = parse.units[u];
                let t = unit.first as usize;
                if parse.clause_of[u] == group.clause
                    && unit.mention.is_none()
                    && view.in_class(Reserved::CueSourceAfter, t)
                {
                    ranges.push((t, (t + 2).min(view.len()), false));
                }
            }
        }
        // "opposed the invasion of Chile": a cue of the `deed_negation`
        // class negates a deed it governs as a verb ("oppose helping
        // Peru"), not a noun, which may have happened or be proposed.
        let noun_trigger = !matches!(parse.units[filled.trigger_unit as usize].tag, Tag::Verb(_));
        let deed_negation = |i: usize| {
            parse.unit_of.get(i).is_some_and(|&u| {
                u != NONE && parse.units[u as usize].classes & WordClass::DeedNegation.bit() != 0
            })
        };
        // "urged Lithuania not to enforce EU sanctions": a noun phrase that
        // names the doer of its own deed is not negated by the verbs that
        // govern it (its own determiner still counts: "no EU sanctions").
        let own_doer = if noun_trigger {
            own_doer_start(view, parse, filled.trigger_unit)
        } else {
            None
        };
        let mut best = Factuality::Asserted;
        let mut source = None;
        // The strongest cue that is no negation, should two negations
        // cancel ("never stopped shelling").
        let mut other = (Factuality::Asserted, None);
        let mut scope = Scope::default();
        for &(a, b, _) in &ranges {
            let mut i = a;
            while i < b {
                if view.in_compound(i) {
                    i += 1;
                    continue;
                }
                let word = |k: usize| (i + k < view.len()).then(|| view.key(i + k));
                match self.longest(view.key(i), word, i == trigger) {
                    Some((words, Factuality::Negated))
                        if noun_trigger
                            && (deed_negation(i) || own_doer.is_some_and(|s| i < s) && not_to(view, i)) =>
                    {
                        i += words.len();
                    }
                    Some((words, f)) => {
                        scope.add(view, i, f);
                        if strength(f) > strength(best) {
                            best = f;
                            source = cue_source(view, i, words, f);
                        }
                        if f != Factuality::Negated && strength(f) > strength(other.0) {
                            other = (f, cue_source(view, i, words, f));
                        }
                        i += words.len();
                    }
                    None => i += 1,
                }
            }
        }
        if best == Factuality::Negated && scope.negation_governed() {
            best = Factuality::Uncertain;
        } else if best == Factuality::Negated && scope.double_negation {
            (best, source) = other;
        }
        if best == Factuality::Negated {
            if let Some(presupposed) = scope
                .last_negation
                .and_then(|n| negated_disclosure(view, parse, filled.group, n))
            {
                (best, source) = other;
                if !presupposed && strength(best) < strength(Factuality::Uncertain) {
                    (best, source) = (Factuality::Uncertain, None);
                }
            }
        }
        if strength(best) < strength(Factuality::Denied) && called_untrue(view, trigger, trigger + 1) {
            best = Factuality::Denied;
            source = None;
        }
        if let Some((f, s)) = self.closing_report(view, trigger + 1) {
            if strength(best) < strength(f) {
                best = f;
                source = s;
            }
        }
        if filled.group != NONE
            && top != Some(filled.group)
            && strength(best) < strength(Factuality::Uncertain)
        {
            let group = parse.groups[filled.group as usize];
            let first = group.first as usize;
            let headline = group.flags & vg::INFINITIVE != 0
                && (group.governor == NONE
                    || (first > 0
                        && parse.group_of[first - 1] == NONE
                        && parse.units[first - 1].tag != Tag::Adj
                        && parse.groups[group.governor as usize].clause != group.clause));
            // "Greece is to send weapons": a plan, as "will send" is (whose
            // modal is a cue, which rule files may change).
            if headline || group.flags & (vg::FUTURE | vg::MODAL) == vg::FUTURE {
                best = Factuality::Uncertain;
                source = None;
            }
        }
        (best, source)
    }

    /// A closing report that alleges what the sentence says, or only
    /// guesses it: "Qatar funds Hamas, Israeli officials allege", "...,
    /// the rebels claimed", "..., satellite images suggest". The sentence
    /// ends (`closing_clause`) in a one-word allegation cue or a verb of
    /// guessing or believing (`guess_verb`) after a comma at or after
    /// `from`. Gives the factuality and, for an allegation, the source (the
    /// speaker's actor, if it names one). A cue at the trigger is no closing report ("...,
    /// Peru accuses"), as `from` is past it.
    fn closing_report(
        &self,
        view: &SentenceView<'_, '_>,
        from: usize,
    ) -> Option<(Factuality, Option<usize>)> {
        let (comma, cue) = closing_clause(view, from)?;
        if view.covered_by[cue].is_some() {
            return None;
        }
        let only = |k: usize| (k == 0).then(|| view.key(cue));
        // (An uncertainty cue only as a verb of guessing: "..., after the
        // warning" closes with no one's guess. A verb of believing is no
        // cue at all, yet "..., officials believe" closes with a belief.)
        let f = if view.in_named("guess_verb", cue) {
            Factuality::Uncertain
        } else {
            match self.longest(view.key(cue), only, false) {
                Some((words, Factuality::Alleged)) if words.len() == 1 => Factuality::Alleged,
                _ => return None,
            }
        };
        let source = (f == Factuality::Alleged)
            .then(|| (comma + 1..cue).find_map(|t| view.covered_by[t]))
            .flatten();
        Some((f, source))
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
        own: &[usize],
    ) -> Option<(&[String], Factuality)> {
        let word = |k: usize| (i + k < end).then(|| view.key(i + k));
        self.longest(view.key(i), word, i == trigger || own.contains(&i))
    }
}

/// Whether the cue word at `i` reads as a plural noun after a noun
/// modifier ("apartment blocks", "tower blocks"): it is a noun as well as a
/// verb (`noun_or_verb`), and the word before it is a lowercase word, no
/// mention, of none of the classes that may come before a verb (function
/// words, adverbs, verb forms that are no nouns: "again blocks", "that
/// blocks", "it blocks"). Looks one token back.
fn noun_form_after_modifier(view: &SentenceView<'_, '_>, i: usize) -> bool {
    const BEFORE_VERB: [&str; 13] = [
        "det",
        "pronoun",
        "preposition",
        "conjunction",
        "contrast",
        "subordinator",
        "relative",
        "be",
        "have",
        "do",
        "modal",
        "negation",
        "adverb",
    ];
    const VERB_FORMS: [&str; 5] = ["verb_base", "verb_s", "verb_past", "verb_participle", "verb_ing"];
    i > 0
        && view.covered_by[i - 1].is_none()
        && view.in_named("noun_or_verb", i)
        && view.text(i - 1).chars().all(|c| c.is_ascii_lowercase())
        && !BEFORE_VERB.iter().any(|c| view.in_named(c, i - 1))
        && (view.in_named("noun_or_verb", i - 1) || !VERB_FORMS.iter().any(|c| view.in_named(c, i - 1)))
}

/// Whether a match of a token pattern opens with a noun phrase that names
/// the doer of its own deed: the mention at `start`, an optional "'s", then
/// the trigger ("EU sanctions on Russia", "Japan's embargo on Peru"), a
/// noun. Looks at two tokens past the mention at most.
fn names_own_doer(view: &SentenceView<'_, '_>, start: usize, trigger: usize) -> bool {
    let Some(e) = view.covered_by.get(start).copied().flatten() else {
        return false;
    };
    let mut end = start;
    while end < view.len() && view.covered_by[end] == Some(e) && end <= trigger {
        end += 1;
    }
    if end < view.len() && end < trigger && view.key(end) == "'s" {
        end += 1;
    }
    end == trigger && trigger < view.len() && !view.in_class(Reserved::NounMarker, trigger)
}

/// Whether a negation at `i` is "not to" (or "never to"), the negation of
/// an infinitive that something else governs ("agreed not to enforce",
/// "pressure not to enforce"): it negates that verb's own deed. A verb
/// of blocking ("vetoed EU sanctions") or a negated tensed verb ("did not
/// back EU sanctions") says the sanctions did not come about.
fn not_to(view: &SentenceView<'_, '_>, i: usize) -> bool {
    matches!(view.key(i), "not" | "never") && i + 1 < view.len() && view.key(i + 1) == "to"
}

/// The first token of the noun phrase of a noun trigger at unit `trigger`
/// when the phrase names the doer of its deed by name: a mention before
/// the trigger inside the phrase ("EU sanctions"), or a possessor phrase
/// headed by one ("Japan's embargo"). A pronoun ("its sanctions") is no
/// name. Looks at four units before the trigger at most.
fn own_doer_start(view: &SentenceView<'_, '_>, p: &Parse, trigger: u32) -> Option<usize> {
    let ph = *p.phrase_of.get(trigger as usize)?;
    if ph == NONE {
        return None;
    }
    let phrase = p.phrases[ph as usize];
    let named = |u: u32| {
        let unit = p.units[u as usize];
        unit.mention.is_some() && view.text(unit.first as usize).starts_with(char::is_uppercase)
    };
    // (At most four units before the trigger: "the EU's new steel
    // sanctions"; the look stays within the phrase's start.)
    if (phrase.first.max(trigger.saturating_sub(4))..trigger).any(named) {
        return Some(p.units[phrase.first as usize].first as usize);
    }
    let pp = phrase.possessor;
    if pp != NONE && named(p.phrases[pp as usize].head) {
        return Some(p.units[p.phrases[pp as usize].first as usize].first as usize);
    }
    None
}

/// Where a match's negation and uncertainty cues stand, in any order of
/// reading (a frame's cue ranges are not in text order): a negation that an
/// uncertainty cue governs says nothing of the event. "Peru warned Chile
/// not to attack" and "plans not to renew sanctions" negate a request and a
/// plan, and "it is not known whether Chile would attack" what is known:
/// all three are uncertain. A modal verb keeps its negation ("would not
/// send" is negated), and a negation before a plan negates the plan ("did
/// not plan to send").
#[derive(Default)]
struct Scope {
    /// The first negation cue.
    negation: Option<usize>,
    /// The last negation cue.
    last_negation: Option<usize>,
    /// Whether a second negation cue, at another word close after one,
    /// negates it ("never stopped shelling", "has not halted its strikes":
    /// the deed goes on); not negations of two clauses far apart.
    double_negation: bool,
    /// The first uncertainty cue that is no modal verb.
    governor: Option<usize>,
    /// The last cue that opens a scope of its own ("whether").
    opener: Option<usize>,
}

impl Scope {
    fn add(&mut self, view: &SentenceView<'_, '_>, i: usize, f: Factuality) {
        match f {
            Factuality::Negated => {
                self.double_negation |= self.negation.is_some_and(|n| n != i && n.abs_diff(i) <= 3);
                self.negation = Some(self.negation.map_or(i, |n| n.min(i)));
                self.last_negation = Some(self.last_negation.map_or(i, |n| n.max(i)));
            }
            Factuality::Uncertain => {
                if view.in_class(Reserved::CueScopeOpener, i) {
                    self.opener = Some(self.opener.map_or(i, |o| o.max(i)));
                }
                if !view.in_class(Reserved::ModalCue, i) {
                    self.governor = Some(self.governor.map_or(i, |g| g.min(i)));
                }
            }
            _ => {}
        }
    }

    /// Whether the first negation follows a governing uncertainty cue or
    /// comes before a scope opener.
    fn negation_governed(&self) -> bool {
        self.negation
            .is_some_and(|n| self.governor.is_some_and(|g| g < n) || self.opener.is_some_and(|o| o > n))
    }
}

/// The token ranges (sentence-relative) whose words say how a frame's
/// event is meant: its verb group and the word after it ("refused to"),
/// each governing verb group likewise, the subordinators that open its
/// clauses, adverbs of its clause, and for a noun its determiner ("no
/// sanctions").
/// Whether every negation cue (the last at `negation`) negates a verb of
/// telling (`disclosure_verb`) that governs the deed's group
/// `g`, not the deed: "Chile did not confirm that Peru sold drones to
/// Bolivia", "Peru never said it sold drones to Chile". Some(true) when a
/// word of `presupposed_opener` opens the complement, whose deed is then
/// taken as done ("did not say why it imposed sanctions"), Some(false)
/// when the deed is left unsaid. Follows at most five governors.
fn negated_disclosure(view: &SentenceView<'_, '_>, p: &Parse, g: u32, negation: usize) -> Option<bool> {
    let mut x = if g == NONE {
        NONE
    } else {
        p.groups[g as usize].governor
    };
    let mut depth = 0;
    while x != NONE && depth < 5 {
        let group = p.groups[x as usize];
        let head = p.units[group.head as usize].first as usize;
        if negation < head && view.in_named("disclosure_verb", head) {
            let after = p.units.get(group.end as usize).map(|u| u.first as usize);
            return Some(after.is_some_and(|t| view.in_named("presupposed_opener", t)));
        }
        x = group.governor;
        depth += 1;
    }
    None
}

/// Whether the sentence reports the deed and then calls the report untrue:
/// "Reports that Chile sold drones to Peru are false", "claims that Chile
/// shelled Peru were baseless". A report noun before the deed's trigger
/// `trigger`, and after `after` a form of "be" with a denial predicate
/// right after it (or after one adverb: "are completely false").
/// (The sentence's first report noun and last such copula are found once,
/// by [`SentenceView::denial_bounds`].)
fn called_untrue(view: &SentenceView<'_, '_>, trigger: usize, after: usize) -> bool {
    let (report, copula) = view.denial_bounds();
    report < trigger && copula.is_some_and(|c| c >= after)
}

/// The verb group at which the look for cues up the chain of governors
/// stops, should the deed be going on whatever is said of it: the verb of
/// stopping or keeping on that takes the trigger's gerund or infinitive
/// ("urged Peru to stop shelling Chile": at "stop"), or the verb of
/// ending that takes a noun trigger as its object ("plans to lift its ban
/// on Chile": at "lift"), or that ends ongoing attacks (`attack_end`:
/// "moves to stop Israeli attacks": at "stop"). Only verbs with no tense or modal of their own
/// (the rule files list those forms); the cues of that group and of the
/// groups above it do not reach the deed.
fn ongoing_top(
    p: &Parse,
    filled: &Filled,
    ongoing: impl Fn(Reserved, u32) -> bool,
    attack_end: impl Fn(u32) -> bool,
) -> Option<u32> {
    let g = filled.group;
    if g == NONE {
        return None;
    }
    let group = p.groups[g as usize];
    let trigger = filled.trigger_unit;
    let in_group = group.first <= trigger && trigger < group.end;
    if !in_group {
        // The trigger heads the object ("lift the embargo"), or the phrase
        // after the object's possessive ("lift the EU's embargo"), or, for
        // a passive, the phrase written as its subject ("the embargo is
        // likely to be lifted": a hedge on the ending, not on the embargo).
        let ph = p.phrase_of.get(trigger as usize).copied().unwrap_or(NONE);
        let object_of = |o: u32| {
            o != NONE
                && ph != NONE
                && (o == ph || o == p.phrases[ph as usize].list_head || p.phrases[ph as usize].possessor == o)
        };
        let passive = group.flags & vg::PASSIVE != 0;
        let object = if passive {
            object_of(group.surface_subject)
        } else {
            object_of(group.object)
        };
        return (object && (ongoing(Reserved::OngoingObjectVerb, g) || attack_end(g))).then_some(g);
    }
    let gov = group.governor;
    (gov != NONE
        && group.flags & (vg::GERUND | vg::INFINITIVE) != 0
        && ongoing(Reserved::OngoingComplementVerb, gov))
    .then_some(gov)
}

fn cue_ranges(
    view: &SentenceView<'_, '_>,
    p: &Parse,
    filled: &Filled,
    top: Option<u32>,
    out: &mut Vec<(usize, usize, bool)>,
) {
    let tok = |u: u32| p.units[u as usize].first as usize;
    let tok_end = |u: u32| p.units[u as usize].end as usize;
    // A noun trigger's own determiner ("no sanctions"), and the noun that
    // governs its phrase ("a ban on arms exports").
    if let Some(&ph) = p.phrase_of.get(filled.trigger_unit as usize) {
        if ph != NONE {
            let phrase = p.phrases[ph as usize];
            if p.units[phrase.first as usize].tag == Tag::Det {
                out.push((tok(phrase.first), tok_end(phrase.first), false));
            }
            let list = p.phrases[phrase.list_head as usize];
            if list.prep != NONE && list.prep > 0 {
                out.push((tok(list.prep - 1), tok_end(list.prep), false));
            }
        }
    }
    // Each verb group of the chain, with what its clause says before it
    // ("Rumour has it ...", "officials reportedly ..."): the units of the
    // group's own clause from its start, not those of clauses inside it.
    // Cues that run on past the group start inside it ("refused to").
    // "pledged to make a push and defended the invasion", "will not limit
    // its purchases but could try to buy": not the first conjunct's cues,
    // for the second verb nor for the infinitives it governs, whose clause
    // starts before it.
    let mut skips = [(0u32, 0u32); 5];
    let mut g = filled.group;
    let mut depth = 0;
    while g != NONE && depth < 5 {
        skips[depth] = first_conjunct(p, g as usize).unwrap_or((0, 0));
        g = p.groups[g as usize].governor;
        depth += 1;
    }
    let skipped = |u: u32| skips[..depth].iter().any(|&(a, b)| a <= u && u < b);
    let mut g = filled.group;
    let mut depth = 0;
    while g != NONE && depth < 5 && Some(g) != top {
        let group = p.groups[g as usize];
        let from = if group.clause == NONE {
            0
        } else {
            p.clauses[group.clause as usize].first
        };
        // A tensed verb joined to a verb under a modal reads its cues from
        // the coordinator on: "Peru fears Chile will invade and sends ships".
        let from = joins_past_modal(p, g as usize).map_or(from, |c| c.max(from));
        // Under a verb of stopping, from past it: "must stop selling".
        let from = top.map_or(from, |t| from.max(p.groups[t as usize].end));
        // Past a phrase or clause fronted before a comma by a word of
        // `fronted_opener`: "Without waiting for the UN, France imposed
        // sanctions", "Despite no evidence, Peru accused Chile" (not "If
        // ...," nor "According to ...,").
        let from = if from < group.first && view.in_named("fronted_opener", tok(from)) {
            (from..group.first)
                .rev()
                .find(|&u| view.key(tok(u)) == ",")
                .map_or(from, |c| c + 1)
        } else {
            from
        };
        for u in from..group.end {
            if p.clause_of[u as usize] == group.clause && p.units[u as usize].mention.is_none() && !skipped(u)
            {
                out.push((tok(u), tok_end(u), depth == 0));
            }
        }
        g = group.governor;
        depth += 1;
    }
    // Subordinators of the clauses around the trigger.
    let mut c = p.clause_of[filled.trigger_unit as usize];
    let mut hops = 0;
    while c != NONE && hops < 6 {
        let cl = p.clauses[c as usize];
        if let ClauseKind::Subordinate(u) = cl.kind {
            // "claims that", "reports that": the noun before the clause too,
            // also past a phrase of its own ("rumours among the public
            // that", "claims by Peru that").
            let noun = |v: u32| matches!(p.units[v as usize].tag, Tag::Noun);
            // Only before a complementizer: "a ban on arms sales after Peru
            // moved" does not ban the move.
            let complement = p.units[u as usize].classes & WordClass::Complementizer.bit() != 0;
            if complement && u > 0 && noun(u - 1) {
                out.push((tok(u - 1), tok_end(u - 1), false));
                let ph = p.phrase_of[u as usize - 1];
                let prep = if ph == NONE {
                    NONE
                } else {
                    p.phrases[ph as usize].prep
                };
                if prep != NONE && prep > 0 && noun(prep - 1) {
                    out.push((tok(prep - 1), tok_end(prep - 1), false));
                }
            }
            out.push((tok(u), tok_end(u), false));
        }
        // Adverbs of the clause.
        for u in cl.first..cl.end.min(p.units.len() as u32) {
            if p.units[u as usize].tag == Tag::Adv && p.clause_of[u as usize] == c {
                out.push((tok(u), tok_end(u), false));
            }
        }
        c = cl.parent;
        hops += 1;
    }
}

/// Where the look-back for cues before a match at `start` begins: the start
/// of its clause (after a `cue_boundary` or `cue_clause_opener` word), at
/// most twelve tokens back; past the comma that closes a clause such a
/// word opens ("Because Chile would not pay, Peru imposed ...").
fn clause_start(view: &SentenceView<'_, '_>, start: usize) -> usize {
    let mut from = start;
    let mut opened = false;
    while from > 0 && start - from < 12 {
        // ("about to" is a cue, not the opening of a topic.)
        if view.in_class(Reserved::CueBoundary, from - 1) && !view.in_class(Reserved::FutureMarker, from) {
            break;
        }
        if view.in_named("cue_clause_opener", from - 1) {
            opened = true;
            break;
        }
        from -= 1;
    }
    if opened {
        if let Some(comma) = (from..start).rev().find(|&t| view.key(t) == ",") {
            from = comma + 1;
        }
    }
    from
}

/// A sentence's closing clause of who says it: its last word (before
/// closing punctuation), at or after `from`, and the comma before the
/// speaker, of one to six words, between them ("..., Peru says."):
/// (comma, last word).
/// (The last word and the last comma before it are the sentence's, found
/// once: a comma at or after `from` is that last one, if any is.)
fn closing_clause(view: &SentenceView<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let (verb, comma) = view.closing_bounds();
    let verb = verb.filter(|&v| v >= from)?;
    let comma = comma.filter(|&c| c >= from)?;
    (comma + 1 < verb).then_some((comma, verb))
}

/// The first token of the speaker who closes the sentence with a verb of
/// saying after a comma ("..., Peru says."), if any.
fn closing_speaker(view: &SentenceView<'_, '_>) -> Option<usize> {
    let (comma, verb) = closing_clause(view, 0)?;
    if !view.in_named("reporting_verb", verb) {
        return None;
    }
    (comma + 1..verb).find(|&t| view.covered_by[t].is_some())
}

/// The source of cue `words` at position `i`, when the cue is of a denial
/// or an allegation (`f`): the nearest actor before it, or the mention right
/// after it if it starts with a word of `cue_source_after` ("according
/// to"). Other cues have none.
fn cue_source(view: &SentenceView<'_, '_>, i: usize, words: &[String], f: Factuality) -> Option<usize> {
    if !matches!(f, Factuality::Denied | Factuality::Alleged) {
        return None;
    }
    if view.in_class(Reserved::CueSourceAfter, i) {
        return view.covered_by.get(i + words.len()).copied().flatten();
    }
    // "Chile accused of arming the rebels, Peru says": an allegation cue
    // right before "of", "for" or "by", or after "was", is passive, and
    // the actor before it is the accused. The source is its "by" phrase or
    // the one who closes the sentence saying so.
    let after = i + words.len();
    let passive = after < view.len() && matches!(view.key(after), "of" | "for" | "by")
        || i > 0 && view.in_class(Reserved::Copula, i - 1);
    if f == Factuality::Alleged && passive {
        let actor = |t: usize| {
            view.covered_by[t].filter(|&e| {
                let e = &view.entities[e];
                e.entity_type() != EntityType::Weapon && e.entity_type() != EntityType::Location
            })
        };
        return (after..view.len())
            .find(|&t| view.key(t) == "by")
            .and_then(|t| view.covered_by.get(t + 1).copied().flatten())
            .or_else(|| closing_speaker(view).and_then(actor));
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

/// Whether the trigger at `trigger` is a participle right after the weapon
/// it says was sent or used, with no auxiliary ("the number of howitzers
/// sent to Peru", "the rifles used by Chile"): a deed done whatever the
/// clause around the weapon plans, so its cues start at the participle.
/// (After an actor it is the actor's verb: "Peru sent".)
fn reduced_participle(view: &SentenceView<'_, '_>, trigger: usize) -> bool {
    trigger > 0
        && view.covered_by[trigger - 1].is_some_and(|e| view.entities[e].entity_type() == EntityType::Weapon)
        && view.in_named("verb_participle", trigger)
}

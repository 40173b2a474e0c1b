//! The fixes of blind set BL's misses (`tests/unseen_wordings_32.rs`), in
//! sentences of our own: each row of `MUST_GIVE` gives the relations the
//! sentence must give (none for a trap), and each row of `MUST_NOT_GIVE`
//! a wrong reading a fix could have made.
//!
//! - A reference to the actor the text has just named ("the country",
//!   "the group", "the company", "the agency", "the military", an opening
//!   "It") is a mention of it (`src/names/anaphors.rs`, words in
//!   `rules/names/evidence.rules`), and a relation gives the name it
//!   stands for. Only as a subject (or a possessor after a comma), only
//!   for the actor that opens the subject of the sentence before (or of
//!   its own sentence, before "although", "and"), and only of the kind
//!   the noun says: a headline's first actor that is a person or of the
//!   other kind gives none, a document's first sentence none, ", the
//!   military said" none, "The group led by ..." none, a list ("Egypt and
//!   Jordan") none.
//! - A possessor after "sanctions on" is no target of its own before a
//!   name that is no organization ("sanctions on Peru's Ana Vega" sanction
//!   her); before a common noun or an organization of the state it is
//!   (`tests/unseen_wordings_5.rs`: "sanctions against Iran's Revolutionary
//!   Guards" are on Iran too).
//! - A post taken in the person's relative clause after an apposition
//!   ("Ana Vega, the former Chilean envoy who took over as NATO
//!   spokeswoman"); not a relative clause of someone else's.
//! - A deal, contract or order for weapons that a buyer signs or places
//!   (`supply/frame-deal`); not one won, which is the seller's.
//! - An infinitive right after a subordinator ("is weighing whether to
//!   sell", "so as to train") is done by the subject of the verb that
//!   governs it (`controller` in `src/grammar/link.rs`).
//!
//! On main (4942a20) the rows of `MUST_GIVE` with a relation gave none of
//! the relations written here but the accusation after "It" (a frame's
//! `actor_pronoun` read it) and Peru's negated supply to Bolivia; of the
//! rows of `MUST_NOT_GIVE` are traps of the new readings.

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): right readings and traps.
const MUST_GIVE: &[(&str, &[&str])] = &[
    (
        "Bolivia vetoed the aid package on Monday. The country has accused Chile of arming rebels.",
        &["accuse accuser=BOL accused=CHL asserted"],
    ),
    (
        "Peru will not arm Bolivia, although the country has sold rifles to Chile.",
        &[
            "supply supplier=PER recipient=BOL negated",
            "supply supplier=PER recipient=CHL item=small_arms asserted",
        ],
    ),
    (
        "Hezbollah buried two of its commanders on Friday. The group accused Israel of killing them in a drone strike.",
        &["accuse accuser=hezbollah accused=ISR asserted"],
    ),
    (
        "Rheinmetall opened a shell factory in Lithuania. The company will send howitzers to Ukraine next year.",
        &["supply supplier=rheinmetall recipient=UKR item=artillery uncertain"],
    ),
    (
        "Chile suspended its talks with Peru. It accused Peru of shelling Arica.",
        &["accuse accuser=CHL accused=PER asserted"],
    ),
    // Traps: no reference where the sentence before opens with no actor of
    // the noun's kind, or where there is no sentence before.
    ("The country has accused Chile of arming rebels.", &[]),
    (
        "Amnesty International published a report on Monday. The country has accused Chile of arming rebels.",
        &[],
    ),
    (
        "Peru's national team beat Chile 2-0 in Lima. The country will face Bolivia in the final.",
        &[],
    ),
    // Deals.
    (
        "Peru signed a deal on Monday for 12 frigates from Chile.",
        &["supply supplier=CHL recipient=PER item=warship asserted"],
    ),
    ("Chile won a contract for 12 frigates from Peru.", &[]),
    ("Peru signed a deal for copper from Chile.", &[]),
    // An infinitive after a subordinator is the doer's of the verb that
    // governs it.
    (
        "Peru is weighing whether to sell drones to Chile.",
        &["supply supplier=PER recipient=CHL item=drone uncertain"],
    ),
    (
        "Peru's cabinet sent advisers so as to train Chilean troops.",
        &["train trainer=PER trainee=CHL uncertain"],
    ),
    // Posts.
    (
        "Ana Vega, the former Chilean envoy who took over as NATO spokeswoman in May, spoke on Monday.",
        &["role person=Ana Vega organization=NATO asserted"],
    ),
];

/// (text, relations it must not give).
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Canada imposed sanctions on Peru's defence minister Ana Vega.",
        &["sanction sanctioner=CAN target=PER asserted"],
    ),
    (
        "Canada imposed sanctions on Peru's Ana Vega.",
        &["sanction sanctioner=CAN target=PER asserted"],
    ),
    (
        "Egypt and Jordan hosted talks with Israel. The country attacked Gaza afterwards.",
        &["attack attacker=EGY target=Gaza asserted"],
    ),
    (
        "Kofi Annan, who met the envoy who took over as NATO spokesman in May, spoke.",
        &["role person=Kofi Annan organization=NATO asserted"],
    ),
    (
        "Threat to behead Peruvian soldier. The group led by Ana Vega said it would attack Chile.",
        &["attack attacker=PER target=CHL uncertain"],
    ),
    (
        "Chilean drones struck Arica overnight, the military said, and Peru accused Chile of the attack.",
        &["accuse accuser=CHL accused=PER asserted"],
    ),
];

#[test]
fn rows_of_set_bl_fixes_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_set_bl_fixes_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

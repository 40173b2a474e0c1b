//! A gerund with its object after "of" right after a verb is a noun, the
//! verb's object: "Peru condemns bombing of Chilean towns" says who
//! condemned, not who bombed. Reader 36 (`/work/judge/j36.md`, item 5)
//! found a headline of this shape read as an attack by the one who
//! condemned it; main (8d56fa2) tagged such an -ing word a verb after a
//! verb whenever it was not listed as a noun ("beheading", "shelling"),
//! so `attack/active` bound the condemner as attacker and the victims'
//! country as target (`verb_or_not`, `src/grammar/tag.rs`).
//!
//! A verb that takes a gerund still governs one without "of" ("resumes
//! shelling Chilean towns"), and a doer after "by" is still read. The rows
//! are in our own words; on main, 3 of the 5 rows of `MUST_NOT_GIVE` gave
//! their wrong reading.
//!
//! In the same way a participle right after a verb, before a word that may
//! be a noun and then a preposition or the end, modifies that noun ("Chile
//! pledged continued support for Peru"): no finite verb follows a verb with
//! nothing between. The blind set BK (`tests/unseen_wordings_30.rs`) missed
//! such a pledge; on main (ba427c3) the three right readings of
//! `PARTICIPLE_BEFORE_NOUN` were not given. Not after a word that may be a
//! noun itself ("Peruvian planes bombed sites in Chile").

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): right readings and traps.
const MUST_GIVE: &[(&str, &[&str])] = &[
    ("Peru Condemns Shelling of Chilean Border Towns", &[]),
    ("Ana Ruiz denounced beheading of two Bolivian aid workers.", &[]),
    ("Chile mourns killing of Peruvian reporter", &[]),
    (
        "Peru resumed shelling Chilean border towns on Monday.",
        &["attack attacker=PER target=CHL asserted"],
    ),
    (
        "Peru Condemns Shelling of Chilean Towns by Bolivia",
        &["attack attacker=BOL target=CHL asserted"],
    ),
];

/// (text, relations it must give): a participle between a verb and its
/// object noun.
const PARTICIPLE_BEFORE_NOUN: &[(&str, &[&str])] = &[
    (
        "Chile pledged continued support for Peru at the summit.",
        &["support supporter=CHL supported=PER uncertain"],
    ),
    (
        "Brazil promised increased backing for Bolivia.",
        &["support supporter=BRA supported=BOL uncertain"],
    ),
    (
        "Ecuador vowed renewed support to Colombia.",
        &["support supporter=ECU supported=COL uncertain"],
    ),
    (
        "Peruvian planes bombed sites in Chile.",
        &["attack attacker=PER target=CHL asserted"],
    ),
];

/// (text, relations it must not give): the wrong readings main gave.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Peru Condemns Shelling of Chilean Border Towns",
        &["attack attacker=PER target=CHL asserted"],
    ),
    (
        "Ana Ruiz denounced beheading of two Bolivian aid workers.",
        &["attack attacker=ana_ruiz target=BOL asserted"],
    ),
    (
        "Chile mourns killing of Peruvian reporter",
        &["attack attacker=CHL target=PER asserted"],
    ),
    (
        "Kofi Annan deplores bombing of Iraqi schools",
        &["attack attacker=kofi_annan target=IRQ asserted"],
    ),
    (
        "Peru Condemns Shelling of Chilean Towns by Bolivia",
        &["attack attacker=PER target=CHL asserted"],
    ),
];

#[test]
fn nominal_gerunds_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn participles_between_a_verb_and_its_noun_modify_the_noun() {
    let ex = Extractor::default();
    let failures = failures(&ex, PARTICIPLE_BEFORE_NOUN, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn nominal_gerunds_are_no_deed_of_the_verbs_subject() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

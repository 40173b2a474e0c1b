//! Constructions that a reader of a random sample of main's relations
//! found read wrong (`/work/judge/j34.md`), in sentences of our own: each
//! row of `MUST_GIVE` gives the relations the sentence must give (traps of
//! the same shape that keep their right reading, or none), and each row of
//! `MUST_NOT_GIVE` a wrong reading that main (bd51054) gave.
//!
//! - A noun of wealth or fame before a post, written as an adjective
//!   ("Millionaire executive Bob Marsh"), is no organization
//!   (`not_before_post`, `rules/names/evidence.rules`); "Acme Holdings
//!   chief executive Bob Marsh" stays Acme's.
//! - After a `list_opener` ("including", "such as", "among"), a comma and a
//!   complete reference of a title ("Kofi Annan, the King of Spain as well
//!   as ...") that a `list_joiner` ends is the list's next item, not an
//!   apposition (`listed_title`, `src/rule/sense.rs`); an indefinite title
//!   ("including Kofi Annan, a senior fellow at ...") and a plain
//!   apposition ("Ana Ruiz, the president of ..., said") stay roles.
//! - A gerund that is the subject of what a verb of saying reports ("Chile
//!   says imposing sanctions on Peru would be a mistake") is done by nobody
//!   named: the speaker is not its doer (`reported_subject_gerund`,
//!   `src/grammar/link.rs`, read by `src/rule/check.rs` for a verb trigger
//!   and a noun trigger alike); "Chile says it is imposing sanctions" and
//!   "Peru warned that Chile was imposing sanctions" keep their doer.
//! - Backing someone's view, call or assessment (`opinion_noun`,
//!   `rules/support.rules`) is agreement, not support of them; backing a
//!   bid ("Peru's bid to join") or a position (`cause_noun`) still backs
//!   its owner.
//! - Aircraft flown to a place named by its name ("flying fighter jets to
//!   Egypt") are ferried, not used (`use/frame-fly`, `unless: to COUNTRY
//!   LOCATION ORGANIZATION`, `rules/use.rules`); "flying drones over the
//!   capital" and "flew drones against Chilean positions" are use.
//! - A hedge on the ending of a sanction ("the EU embargo ... is likely to
//!   be lifted", "could be eased") leaves the sanction asserted: a passive
//!   `ongoing_object_verb` takes its written subject as the thing in force
//!   (`ongoing_top`, `src/rule/factuality.rs`); a hedged imposition ("is
//!   likely to impose new sanctions") stays uncertain.
//!
//! Not changed: "thanked ... the British people for the support" (the
//! reader's item 87) gives the United Kingdom as the supporter; the schema
//! counts a demonym as its country, so this reading was left as it is.

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): right readings and traps.
const MUST_GIVE: &[(&str, &[&str])] = &[
    // Descriptions before a post, and organizations.
    ("Millionaire executive Bob Marsh announced that he would step down.", &[]),
    (
        "Acme Holdings chief executive Bob Marsh announced that he would step down.",
        &["role person=bob_marsh organization=acme_holdings asserted"],
    ),
    // Lists after "including", and appositions.
    (
        "The charity wrote to figures including Kofi Annan, the King of Spain as well as the Dutch foreign ministry.",
        &[],
    ),
    (
        "She wrote to figures including Kofi Annan, a senior fellow at the Brookings Institution.",
        &["role person=kofi_annan organization=brookings asserted"],
    ),
    (
        "Dame Ana Ruiz, the president of the Marine Survey Division, said so.",
        &["role person=ana_ruiz organization=marine_survey_division asserted"],
    ),
    // Gerunds as the subject of a report, and doers.
    ("Chile says imposing sanctions on Peru would be a grave mistake.", &[]),
    (
        "Chile says it is imposing sanctions on Peru.",
        &["sanction sanctioner=CHL target=PER asserted"],
    ),
    (
        "Peru warned that Chile was imposing sanctions on Bolivia.",
        &["sanction sanctioner=CHL target=BOL uncertain"],
    ),
    // Backing a view, and backing an actor.
    ("Senator Bob Marsh backed Ana Ruiz's view that the bill would fail.", &[]),
    ("Ana Ruiz backed Bob Marsh's comments on the budget.", &[]),
    ("Chile backed Peru's assessment that the talks had failed.", &[]),
    ("Chile backed Peru's call for a ceasefire.", &[]),
    (
        "Chile backed Peru's bid to join the bloc.",
        &["support supporter=CHL supported=PER asserted"],
    ),
    (
        "Chile has backed Peru for years.",
        &["support supporter=CHL supported=PER asserted"],
    ),
    (
        "Qatar strongly backs Sudan's stance on the dam.",
        &["support supporter=QAT supported=SDN asserted"],
    ),
    // Aircraft ferried, and aircraft used.
    ("He served as a pilot in the war, flying fighter jets to Egypt.", &[]),
    ("Chilean pilots flew fighter jets to Bolivia for an air show.", &[]),
    (
        "Chile's air force is flying drones over the capital.",
        &["use user=CHL item=drone asserted"],
    ),
    (
        "Peruvian pilots flew drones against Chilean positions.",
        &["use user=PER item=drone asserted"],
    ),
    // A hedge on ending a sanction, and on imposing one.
    (
        "The EU embargo on weapons sales to Peru is likely to be lifted next spring.",
        &["sanction sanctioner=eu target=PER asserted"],
    ),
    (
        "The US sanctions on Cuba could be eased within months.",
        &["sanction sanctioner=USA target=CUB asserted"],
    ),
    (
        "Japan is likely to impose new sanctions on North Korea.",
        &["sanction sanctioner=JPN target=PRK uncertain"],
    ),
    (
        "The UN may impose an arms embargo on Sudan.",
        &["sanction sanctioner=un target=SDN uncertain"],
    ),
];

/// (text, relations it must not give): the wrong readings main gave.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Millionaire executive Bob Marsh announced that he would step down.",
        &["role person=bob_marsh organization=millionaire asserted"],
    ),
    (
        "The charity wrote to figures including Kofi Annan, the King of Spain as well as the Dutch foreign ministry.",
        &["role person=kofi_annan organization=ESP asserted"],
    ),
    (
        "Chile says imposing sanctions on Peru would be a grave mistake.",
        &["sanction sanctioner=CHL target=PER asserted"],
    ),
    (
        "Senator Bob Marsh backed Ana Ruiz's view that the bill would fail.",
        &["support supporter=bob_marsh supported=ana_ruiz asserted"],
    ),
    (
        "Ana Ruiz backed Bob Marsh's comments on the budget.",
        &["support supporter=ana_ruiz supported=bob_marsh asserted"],
    ),
    (
        "Chile backed Peru's assessment that the talks had failed.",
        &["support supporter=CHL supported=PER asserted"],
    ),
    (
        "Chile backed Peru's call for a ceasefire.",
        &["support supporter=CHL supported=PER asserted"],
    ),
    (
        "Chilean pilots flew fighter jets to Bolivia for an air show.",
        &["use user=CHL item=aircraft asserted"],
    ),
    (
        "The EU embargo on weapons sales to Peru is likely to be lifted next spring.",
        &["sanction sanctioner=eu target=PER uncertain"],
    ),
    (
        "The US sanctions on Cuba could be eased within months.",
        &["sanction sanctioner=USA target=CUB uncertain"],
    ),
];

#[test]
fn rows_of_reading_34_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_reading_34_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

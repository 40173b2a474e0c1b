//! Constructions that a reader of a random sample of main's relations
//! found read wrong (`/work/judge/j38.md`, 97 of 100 right), in sentences
//! of our own: each row of a `MUST_GIVE` table gives the relations the
//! sentence must give (traps of the same shape keep their right reading),
//! and each row of `MUST_NOT_GIVE` a wrong reading that main (4942a20)
//! gave.
//!
//! - A deed reported by the side it was done to is that side's claim
//!   (`victim_claimed_relation` in `rules/attack.rules`): "Ukraine says
//!   Russia shelled Kharkiv" alleges the shelling, as "the rebels
//!   claimed" would; its own deed ("Ukraine says its forces attacked")
//!   and a third side's account ("Poland says Russian troops attacked
//!   Kherson") stay asserted. On main all four reported rows of `REPORTED_DEEDS` were
//!   asserted.
//! - An organization named before a post in capitals keeps a frequent
//!   word that opens the sentence when it reads as a word of a name
//!   ("Gravity Payments CEO" was "Payments").
//! - A post in apposition keeps the "of" phrase of its department before
//!   the organization after "at" ("head of information systems at
//!   Cranfield University" was the university's "head").
//! - Blocking another country's exports ("blocks Estonian arms exports to
//!   Ukraine") is no supply of the blocker's, negated.

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): who reports a deed, and to whom it
/// was done.
const REPORTED_DEEDS: &[(&str, &[&str])] = &[
    (
        "Syria says Turkish artillery shelled Aleppo overnight.",
        &["attack attacker=TUR target=aleppo alleged"],
    ),
    (
        "Russian missiles hit Odesa again, Ukraine said on Monday.",
        &["attack attacker=RUS target=odesa alleged"],
    ),
    (
        "Ukraine says Russian troops attacked Kherson at dawn.",
        &["attack attacker=RUS target=kherson alleged"],
    ),
    (
        "Russia said Ukrainian drones struck an oil depot in Belgorod.",
        &["attack attacker=UKR target=belgorod alleged"],
    ),
    // a side's own deed, and a third side's account, stay asserted
    (
        "Ukraine says its forces attacked Russian positions near Kherson.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Poland says Russian troops attacked Kherson at dawn.",
        &["attack attacker=RUS target=kherson asserted"],
    ),
    (
        "Russian troops attacked Kherson at dawn.",
        &["attack attacker=RUS target=kherson asserted"],
    ),
];

/// (text, relations it must give): posts and their organizations.
const MUST_GIVE: &[(&str, &[&str])] = &[
    (
        "Gravity Payments CEO Dan Price raised the minimum wage again.",
        &["role person=Dan Price organization=Gravity Payments asserted"],
    ),
    (
        "Meanwhile Acme CEO Ann Vega left the board.",
        &["role person=Ann Vega organization=Acme asserted"],
    ),
    (
        "Germany blocks Estonian arms exports to Ukraine.",
        &["supply supplier=EST recipient=UKR item=weapon negated"],
    ),
    (
        "Hungary halted all further deliveries of tanks to Slovakia.",
        &["supply supplier=HUN recipient=SVK item=tank negated"],
    ),
];

/// (text, relations it must not give): the wrong readings main gave.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Gravity Payments CEO Dan Price raised the minimum wage again.",
        &["role person=Dan Price organization=payments asserted"],
    ),
    (
        "Germany blocks Estonian arms exports to Ukraine.",
        &["supply supplier=DEU recipient=UKR negated"],
    ),
    (
        "Ukraine says its forces attacked Russian positions near Kherson.",
        &["attack attacker=UKR target=RUS alleged"],
    ),
];

#[test]
fn a_deed_reported_by_the_side_it_was_done_to_is_alleged() {
    let ex = Extractor::default();
    let failures = failures(&ex, REPORTED_DEEDS, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_reading_38_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_reading_38_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_post_in_apposition_keeps_its_department() {
    let ex = Extractor::default();
    let text = "Ann Vega, head of information systems at Wrenfield University, spoke.";
    let out = ex.extract(text);
    let titles: Vec<&str> = out
        .relations()
        .iter()
        .filter(|r| r.relation_type() == "role")
        .filter_map(|r| r.arguments().iter().find(|a| a.role == "title"))
        .map(|a| &text[a.span.start..a.span.end])
        .collect();
    assert_eq!(titles, ["head of information systems"]);
}

//! Constructions that a reader of a random sample of main's relations
//! found read wrong (`/work/judge/j37.md`), in sentences of our own: each
//! row of `MUST_GIVE` gives the relations the sentence must give (traps of
//! the same shape that keep their right reading, or none), and each row of
//! `MUST_NOT_GIVE` a wrong reading that main (0884f67) gave.
//!
//! - A membership, an accession or a candidacy is put forward to be
//!   accepted, as a bid is (`plan_noun`, `rules/support.rules`): the body
//!   to be joined, named before it, is not the one backed; the country
//!   that would join is ("backed Peruvian and Chilean Mercosur
//!   membership" backs Peru and Chile, not Mercosur). Backing the body
//!   itself stays support of it.
//!
//! - A verb of denying or admitting lends its subject to the deed its
//!   object names, as a light verb does (`light_verb` in
//!   `rules/grammar.rules`): "Chile denies drone attack on Peruvian base"
//!   is Chile's attack, denied (blind set BK's miss,
//!   `tests/unseen_wordings_30.rs`); a verb of judging another's deed
//!   does not ("Chile condemns drone attack on Peru"). On main (9ac2e6e)
//!   the first two rows of `DEED_OWNERS` gave nothing.
//!
//! The rows were written before the change; on main every row of
//! `MUST_NOT_GIVE` gave its wrong reading, and "Swedish" in the first row
//! of `MUST_GIVE` was not found.

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): right readings and traps.
const MUST_GIVE: &[(&str, &[&str])] = &[
    (
        "Hungary said it would back Finnish and Swedish NATO membership after a vote.",
        &[
            "support supporter=HUN supported=FIN uncertain",
            "support supporter=HUN supported=SWE uncertain",
        ],
    ),
    (
        "Poland backs Ukrainian EU accession.",
        &["support supporter=POL supported=UKR asserted"],
    ),
    (
        "Greece backed Albania's EU candidacy on Tuesday.",
        &["support supporter=GRC supported=ALB asserted"],
    ),
    ("Spain backs NATO membership for Kosovo.", &[]),
    (
        "Romania backed NATO at the summit.",
        &["support supporter=ROU supported=NATO asserted"],
    ),
];

/// (text, relations it must give): deeds owned up to or disowned.
const DEED_OWNERS: &[(&str, &[&str])] = &[
    (
        "Chile denies drone attack on Peruvian base.",
        &["attack attacker=CHL target=PER item=drone denied"],
    ),
    (
        "Peru admitted the raid on Chilean positions.",
        &["attack attacker=PER target=CHL asserted"],
    ),
    (
        "Bolivia denies arms sales to Paraguay.",
        &["supply supplier=BOL recipient=PRY item=weapon denied"],
    ),
    ("Chile condemns drone attack on Peru.", &[]),
];

/// (text, relations it must not give): the wrong readings main gave.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "Hungary said it would back Finnish and Swedish NATO membership after a vote.",
        &["support supporter=HUN supported=NATO uncertain"],
    ),
    (
        "Poland backs Ukrainian EU accession.",
        &["support supporter=POL supported=EU asserted"],
    ),
    (
        "Greece backed Albania's EU candidacy on Tuesday.",
        &["support supporter=GRC supported=EU asserted"],
    ),
    (
        "Spain backs NATO membership for Kosovo.",
        &["support supporter=ESP supported=NATO asserted"],
    ),
];

#[test]
fn rows_of_reading_37_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn who_denies_or_admits_a_deed_did_it() {
    let ex = Extractor::default();
    let failures = failures(&ex, DEED_OWNERS, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_reading_37_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

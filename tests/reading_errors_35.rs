//! Constructions that a reader of a random sample of main's relations
//! found read wrong (`/work/judge/j35.md`), in sentences of our own: each
//! row of `MUST_GIVE` gives the relations the sentence must give (traps of
//! the same shape that keep their right reading, or none), and each row of
//! `MUST_NOT_GIVE` a wrong reading that main (9bad227) gave.
//!
//! - A sentence's first word before a post's organization is part of the
//!   organization's name ("All Blacks captain", "Retail Decisions chief
//!   executive") unless it has a reading as a verb, an adverb or a word of
//!   time ("Said Wrenfield chief executive ...", "Meanwhile Acme boss ...",
//!   "Yesterday Acme chief ..."): `organization_before_post`,
//!   `src/names/people.rs`; one frequent noun alone before a post is the
//!   kind of the post ("Factory manager Ana Ruiz"), as on main.
//! - A court, a judge or a tribunal that backs something rules on it; it
//!   supports no one (`court_noun`, `rules/sanction.rules`, read by
//!   `src/rule/domain.rs` for support as for sanctions); "Peru backed
//!   Chile" stays support.
//!
//! The rows were written before the engine was run on them; on base
//! 9bad227, 4 of the 9 first rows of `MUST_GIVE` failed (All Blacks,
//! Retail Decisions, the Court of Appeal, and "Meanwhile Acme boss", a gap
//! since left as a comment) and 2 of the 4 rows of `MUST_NOT_GIVE`.

#[path = "common/wordings.rs"]
mod wordings;
use newsie::Extractor;
use wordings::{failures, wrong_readings};

/// (text, relations it must give): right readings and traps.
const MUST_GIVE: &[(&str, &[&str])] = &[
    // A sentence's first word, and an organization before a post.
    (
        "All Blacks captain Tana Umaga said the team was ready.",
        &["role person=tana_umaga organization=all_blacks asserted"],
    ),
    (
        "Retail Decisions chief executive Carl Ruiz resigned on Monday.",
        &["role person=carl_ruiz organization=retail_decisions asserted"],
    ),
    (
        "Said Wrenfield chief executive Ana Ruiz: \"We are ready.\"",
        &["role person=ana_ruiz organization=wrenfield asserted"],
    ),
    // (After "Meanwhile" no organization is found before the post, as on
    // main: a gap, not a wrong reading; `MUST_NOT_GIVE` holds the trap.)
    (
        "Yesterday Acme chief executive Bob Marsh resigned.",
        &["role person=bob_marsh organization=acme asserted"],
    ),
    ("Factory manager Ana Ruiz said output would rise.", &[]),
    (
        "Earlier Labour leader Bob Marsh said the bill would pass.",
        &["role person=bob_marsh organization=labour asserted"],
    ),
    // A court that backs a power, and a state that backs a state.
    (
        "The Court of Appeal has backed the Home Office in a row over deportations.",
        &[],
    ),
    ("A Texas judge backed Chile's claim to the land.", &[]),
    ("The court's backing of Peru's claim surprised no one.", &[]),
    (
        "Peru backed Chile in the dispute.",
        &["support supporter=PER supported=CHL asserted"],
    ),
];

/// (text, relations it must not give): the wrong readings main gave.
const MUST_NOT_GIVE: &[(&str, &[&str])] = &[
    (
        "All Blacks captain Tana Umaga said the team was ready.",
        &["role person=tana_umaga organization=blacks asserted"],
    ),
    (
        "Retail Decisions chief executive Carl Ruiz resigned on Monday.",
        &["role person=carl_ruiz organization=decisions asserted"],
    ),
    (
        "Said Wrenfield chief executive Ana Ruiz: \"We are ready.\"",
        &["role person=ana_ruiz organization=said_wrenfield asserted"],
    ),
    (
        "Meanwhile Acme chief executive Bob Marsh resigned on Monday.",
        &["role person=bob_marsh organization=meanwhile_acme asserted"],
    ),
];

#[test]
fn rows_of_reading_35_give_their_relations() {
    let ex = Extractor::default();
    let failures = failures(&ex, MUST_GIVE, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rows_of_reading_35_do_not_give_the_wrong_readings() {
    let wrong = wrong_readings(&Extractor::default(), MUST_NOT_GIVE);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

//! A seventeenth blind table, of accusations and support in the
//! wordings of news reports, written before the engine was run on it:
//! "blamed X for", "pointed the finger at", "traded accusations", "holds X
//! responsible", "charged that", "levelled accusations against", "faulted",
//! "lashed out at ..., accusing it of", and "rallied behind", "pledged its
//! backing", "bankrolling", "threw its weight behind", "propping up", "came
//! to the aid of", "stands with", "championed", "offered support for"; with
//! traps in other senses (a footballer's blame, "backed out of", a
//! proposal supported, a heatwave blamed, an accusation with no accuser).
//! Set AM (24 texts: 18 with relations, 6 traps) was scored before the
//! changes it led to; set AN (10 texts: 7 and 3) was written after them
//! and scored once. Every relation the engine finds is asserted; the ones
//! it still misses are listed in `KNOWN_MISSES`, and asserted to be
//! missed. (Set AM's gold first gave "Azerbaijan and Armenia traded
//! accusations" both ways; it now follows the convention of two sides
//! named as one subject, as "Chile and Peru exchanged fire" does: one
//! relation, the side named first as the doer.)
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_17.am.gold.jsonl` and `.an.gold.jsonl`;
//! set AM with its first gold):
//! set AM before: micro P 0.938 R 0.789 F1 0.857 (accuse R 0.778, support
//! R 0.800), factuality 0.933; no trap gave a relation;
//! set AM after: micro P 0.944 R 0.895 F1 0.919 (accuse R 0.889, support
//! R 0.900), factuality 0.941; no trap gave a relation;
//! set AN (once, after): micro P 1.000 R 1.000, factuality 1.000 (main
//! before the changes: 6 of 7); no trap gave a relation.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AM: &[(&str, &[&str])] = &[
    (
        "Poland blamed Belarus for the surge of migrants at the border.",
        &["accuse accuser=POL accused=BLR asserted"],
    ),
    (
        "Kyiv pointed the finger at Moscow after the dam burst.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Azerbaijan and Armenia traded accusations over the shelling of border villages.",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Seoul holds Pyongyang responsible for the cyberattack on its banks.",
        &["accuse accuser=KOR accused=PRK asserted"],
    ),
    (
        "India charged that Pakistan had sheltered the attackers.",
        &["accuse accuser=IND accused=PAK asserted"],
    ),
    (
        "Serbia levelled fresh accusations against Kosovo on Tuesday.",
        &["accuse accuser=SRB accused=XKX asserted"],
    ),
    (
        "Ethiopia's government faulted Sudan for arming the rebels.",
        &["accuse accuser=ETH accused=SDN asserted"],
    ),
    (
        "Beijing lashed out at Washington, accusing it of meddling in Hong Kong.",
        &["accuse accuser=CHN accused=USA asserted"],
    ),
    (
        "Greece has rallied behind Cyprus in its dispute with Turkey.",
        &["support supporter=GRC supported=CYP asserted"],
    ),
    (
        "Denmark pledged its full backing to Ukraine at the summit.",
        &["support supporter=DNK supported=UKR asserted"],
    ),
    (
        "Qatar has been bankrolling Hamas for years, Israeli officials say.",
        &["support supporter=QAT supported=hamas asserted"],
    ),
    (
        "Iran threw its weight behind the Assad government early in the war.",
        &["support supporter=IRN supported=SYR asserted"],
    ),
    (
        "Saudi Arabia is propping up Egypt's economy with billions in deposits.",
        &["support supporter=SAU supported=EGY asserted"],
    ),
    (
        "Turkey came to the aid of Azerbaijan during the 2020 war.",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    (
        "The European Union stands firmly with Moldova, its foreign policy chief said.",
        &["support supporter=eu supported=MDA asserted"],
    ),
    (
        "Algeria has long championed the Polisario Front.",
        &["support supporter=DZA supported=Polisario Front asserted"],
    ),
    (
        "Japan offered strong support for the Philippines in the maritime row.",
        &["support supporter=JPN supported=PHL asserted"],
    ),
    (
        "Russia denied that it was backing the Wagner fighters in Mali.",
        &["support supporter=RUS supported=Wagner denied"],
    ),
    ("Chile's striker blamed the referee for the defeat.", &[]),
    ("Peru backed out of the trade deal on Friday.", &[]),
    ("Fans of Argentina cheered as Brazil lost.", &[]),
    ("Norway supports a ban on deep-sea mining.", &[]),
    (
        "Canada accused of dragging its feet on climate, report says.",
        &[],
    ),
    ("Spain's prime minister blamed the heatwave for the fires.", &[]),
];

/// Written after the changes, scored once.
const SET_AN: &[(&str, &[&str])] = &[
    (
        "Lithuania blamed Russia for jamming GPS signals over the Baltic.",
        &["accuse accuser=LTU accused=RUS asserted"],
    ),
    (
        "Venezuela and Guyana traded barbs over the disputed Essequibo region.",
        &["accuse accuser=VEN accused=GUY asserted"],
    ),
    (
        "Morocco holds Algeria responsible for the breakdown of talks.",
        &["accuse accuser=MAR accused=DZA asserted"],
    ),
    (
        "Egypt accused Ethiopia of endangering its water supply.",
        &["accuse accuser=EGY accused=ETH asserted"],
    ),
    (
        "France has stood by Lebanon throughout the crisis, Macron said.",
        &["support supporter=FRA supported=LBN asserted"],
    ),
    (
        "Kuwait pledged to back Jordan's bid for more aid.",
        &["support supporter=KWT supported=JOR uncertain"],
    ),
    (
        "The UAE has been financing the Rapid Support Forces, according to a UN report.",
        &["support supporter=ARE supported=Rapid Support Forces alleged"],
    ),
    ("Tunisia blamed the storm for the power cuts.", &[]),
    ("Brazil supported the proposal to reform the council.", &[]),
    ("Mexico's coach backed his goalkeeper after the loss.", &[]),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // 'Iran threw its weight behind the Assad government': the supported is read as the person whose name qualifies 'government', not the country.
    (
        "Iran threw its weight behind the Assad government early in the war.",
        "support supporter=IRN supported=SYR asserted",
    ),
    // 'pledged its full backing to Ukraine' is read as a promise (uncertain); the set's writer read the backing as given.
    (
        "Denmark pledged its full backing to Ukraine at the summit.",
        "support supporter=DNK supported=UKR asserted",
    ),
];

#[test]
fn set_am_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AM, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_an_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AN, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AM, SET_AN], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

//! A nineteenth blind table, of weapons used, and the attacks they make, in
//! the wordings of news reports, written before the engine was run on it:
//! "launched a barrage of", "used ... to hit", "deployed ... against",
//! "fired ... toward", "relied on ... to intercept", "is flying ... over",
//! "dropped bombs on", "employed ... in its strikes", "test-fired",
//! "unleashed ... on"; with traps in other senses (revenue used, a shot in
//! a match, a brand, a minister fired, a coach's formation). Set AR (17
//! texts: 12 with uses, 5 traps) was scored before the changes it led to;
//! set AS (10 texts: 7 and 3) was written after them and scored once.
//! Every relation the engine finds is asserted, with its factuality (the
//! item is an optional role, scored apart by `examples/evaluate`); the
//! ones it still misses are listed in `KNOWN_MISSES`, and asserted to be
//! missed. Set AR's two false positives are a target read in a place
//! phrase: "toward the Red Sea port" (the sea) and "strikes on Kurdish
//! militants in Iraq" (the country of the place, as `attack/frame-noun-sites-on`
//! reads it).
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_19.ar.gold.jsonl` and `.as.gold.jsonl`):
//! set AR before: micro P 0.867 R 0.867 F1 0.867 (use R 0.917, attack R
//! 0.667), factuality 1.000; no trap gave a relation;
//! set AR after: micro P 0.882 R 1.000 F1 0.938; no trap gave a relation;
//! set AS (once, after): micro P 1.000 R 0.818 F1 0.900, factuality 1.000
//! (main before the changes: R 0.636); no trap gave a relation. (Since
//! the merge of the places named after verbs of force (`tests/unseen_wordings_15.rs`),
//! "besieged El Fasher" is found too: R 0.909; since `use/weapon-strikes`
//! ("Israeli warplanes struck ...": the use too), R 1.000.)

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AR: &[(&str, &[&str])] = &[
    (
        "Russia launched a barrage of Kalibr cruise missiles overnight.",
        &["use user=RUS asserted"],
    ),
    (
        "Ukrainian forces used HIMARS to hit a Russian depot in Melitopol.",
        &["use user=UKR asserted", "attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Azerbaijan deployed Turkish-made drones against Armenian positions.",
        &["use user=AZE asserted", "attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Houthi rebels fired a ballistic missile toward the Red Sea port.",
        &["use user=houthis asserted"],
    ),
    (
        "Israel relied on its Iron Dome system to intercept the rockets.",
        &["use user=ISR asserted"],
    ),
    (
        "Sudan's army is flying Iranian drones over Khartoum.",
        &["use user=SDN asserted"],
    ),
    (
        "Hamas used tunnels and rockets in the October attack.",
        &["use user=hamas asserted"],
    ),
    (
        "The Myanmar military dropped bombs on a village in Sagaing.",
        &["use user=MMR asserted"],
    ),
    (
        "Turkey employed F-16 jets in its strikes on Kurdish militants in Iraq.",
        &["use user=TUR asserted"],
    ),
    (
        "North Korea test-fired two short-range missiles into the sea.",
        &["use user=PRK asserted"],
    ),
    (
        "Russian troops are using Iranian Shahed drones against Ukrainian power plants.",
        &["use user=RUS asserted", "attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Ethiopian forces unleashed artillery on Tigrayan towns.",
        &["use user=ETH asserted"],
    ),
    ("Chile uses copper revenues to fund schools.", &[]),
    ("Peru's team used a long-range shot to win.", &[]),
    (
        "The French firm launched a new missile brand of sports shoes.",
        &[],
    ),
    ("Bolivia fired its finance minister on Monday.", &[]),
    ("Colombia's coach deployed a defensive formation.", &[]),
];

/// Written after the changes, scored once.
const SET_AS: &[(&str, &[&str])] = &[
    (
        "Iraq's air force flew F-16 jets over Kirkuk on Tuesday.",
        &["use user=IRQ asserted"],
    ),
    (
        "Pakistan deployed armed drones against Taliban hideouts near the border.",
        &[
            "use user=PAK asserted",
            "attack attacker=PAK target=taliban asserted",
        ],
    ),
    (
        "The Sudanese army besieged El Fasher for months.",
        &["attack attacker=SDN target=El Fasher asserted"],
    ),
    (
        "Armenia accused Azerbaijan of firing mortars at border villages.",
        &["accuse accuser=ARM accused=AZE asserted", "use user=AZE alleged"],
    ),
    (
        "Israeli warplanes struck Hezbollah positions in southern Lebanon overnight.",
        &[
            "attack attacker=ISR target=hezbollah asserted",
            "use user=ISR asserted",
        ],
    ),
    (
        "Russia used glide bombs to pound Kharkiv.",
        &[
            "use user=RUS asserted",
            "attack attacker=RUS target=Kharkiv asserted",
        ],
    ),
    (
        "Chile's navy operated two submarines in the exercise.",
        &["use user=CHL asserted"],
    ),
    ("The football club flew its players to Madrid.", &[]),
    ("Peru deployed teachers against illiteracy in the Andes.", &[]),
    ("Kenya's runners overran the field in the final lap.", &[]),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[];

#[test]
fn set_ar_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AR, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_as_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AS, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AR, SET_AS], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

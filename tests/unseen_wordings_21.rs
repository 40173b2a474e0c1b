//! A twenty-first blind table, of attacks and sanctions in wordings that
//! external event sets name and the rules missed: an attack on sites that
//! a state is told to halt, or halts or resumes, with the target given by
//! the place of the sites ("halt drone strikes against civilian areas in
//! Eritrea", "resumed its shelling of border villages in Syria"); the verbs
//! of siege and overrunning done by a state or an armed group named by name
//! ("Russia besieged Mariupol", "Hamas overran an Israeli army post"); and
//! sanctions broken by dealings in or with a country ("violated a U.S.
//! embargo by doing business in Cuba"). With traps: people named by a
//! demonym or no name who besiege or overrun places (tourists, reporters,
//! shoppers), a national team, and sanctions evaded by a route. Set AV (15
//! texts: 10 with relations, 5 traps) was written and scored before the
//! changes it led to; set AW (12 texts: 8 and 4) was written after them
//! and scored once. Every relation the engine finds is asserted, with its
//! factuality; the ones it still misses are listed in `KNOWN_MISSES`, and
//! asserted to be missed.
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_21.av.gold.jsonl` and `.aw.gold.jsonl`):
//! set AV before: micro P 1.000 R 0.100 F1 0.182 (one attack of ten, by a
//! possessor, `attack/frame-noun-sites-on`); no trap gave a relation;
//! set AV after: micro P 1.000 R 0.900 F1 0.947, factuality 1.000; no
//! trap gave a relation;
//! set AW (once, after): micro P 1.000 R 1.000 F1 1.000, factuality 1.000
//! (the engine before the changes, that is with the five new rules
//! switched off: R 0.000); no trap gave a relation.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AV: &[(&str, &[&str])] = &[
    (
        "Ecuador demanded that Peru suspend air raids on farming villages in Bolivia.",
        &["attack attacker=PER target=BOL asserted"],
    ),
    (
        "Turkey resumed its shelling of border villages in Syria after the talks failed.",
        &["attack attacker=TUR target=SYR asserted"],
    ),
    (
        "The accord obliged Ethiopia to halt drone strikes against civilian areas in Eritrea.",
        &["attack attacker=ETH target=ERI asserted"],
    ),
    (
        "Israel paused its air raids on refugee camps in Gaza for two days.",
        &["attack attacker=ISR target=gaza asserted"],
    ),
    (
        "Russia besieged Mariupol for nearly three months.",
        &["attack attacker=RUS target=mariupol asserted"],
    ),
    (
        "Hamas overran an Israeli army post near the fence.",
        &["attack attacker=hamas target=ISR asserted"],
    ),
    (
        "The Taliban encircled Afghan government forces in Kunduz.",
        &["attack attacker=taliban target=AFG asserted"],
    ),
    (
        "Azerbaijan encircled Armenian positions near the border.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Boko Haram razed a Nigerian village in Borno.",
        &["attack attacker=boko_haram target=NGA asserted"],
    ),
    (
        "A Chilean bank violated a U.S. embargo by doing business in Cuba.",
        &["sanction sanctioner=USA target=CUB asserted"],
    ),
    (
        "Chinese tourists besieged the Thai resort of Phuket over the holiday.",
        &[],
    ),
    ("Reporters besieged the Kenyan minister outside parliament.", &[]),
    ("Japanese shoppers overran South Korean department stores.", &[]),
    ("Brazil overran Argentina in the World Cup qualifier.", &[]),
    (
        "The shipper evaded EU sanctions by routing cargo through Turkey.",
        &[],
    ),
];

/// Written after the changes, scored once.
const SET_AW: &[(&str, &[&str])] = &[
    (
        "Washington pressed Riyadh to suspend air strikes on residential neighbourhoods in Yemen.",
        &["attack attacker=SAU target=YEM asserted"],
    ),
    (
        "Azerbaijan resumed its shelling of border posts in Armenia.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "The ceasefire obliged Israel to halt strikes against military sites in Lebanon.",
        &["attack attacker=ISR target=LBN asserted"],
    ),
    (
        "Al-Shabaab overran a Kenyan army base near the border.",
        &["attack attacker=al_shabaab target=KEN asserted"],
    ),
    (
        "Serbia besieged Sarajevo for almost four years.",
        &["attack attacker=SRB target=Sarajevo asserted"],
    ),
    (
        "The Houthis encircled Saudi border positions in the mountains.",
        &["attack attacker=houthis target=SAU asserted"],
    ),
    (
        "Ethiopia razed Eritrean border villages during the war.",
        &["attack attacker=ETH target=ERI asserted"],
    ),
    (
        "A Swiss trader breached a UN arms embargo by doing business with North Korea.",
        &["sanction sanctioner=un target=PRK asserted"],
    ),
    (
        "Eager Swedish buyers besieged Danish bakeries before the holiday.",
        &[],
    ),
    ("Photographers overran the Spanish princess's wedding.", &[]),
    ("Germany overran its budget for new railways.", &[]),
    (
        "The trader evaded US sanctions by routing payments through Dubai.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "farming villages": the parse reads "farming" as a verb, so the sites
    // after "on" are no phrase of the noun "raids".
    (
        "Ecuador demanded that Peru suspend air raids on farming villages in Bolivia.",
        "attack attacker=PER target=BOL asserted",
    ),
];

#[test]
fn set_av_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AV, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_aw_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AW, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AV, SET_AW], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

//! An eighteenth blind table, of arms transfers in the wordings of news
//! reports, written before the engine was run on it: "will deliver",
//! "approved the sale of ... to", "has shipped", "received ... from", "is
//! quietly arming ... with", "has handed", "agreed to supply ... with",
//! "is to gift", "exported", "were sold to", "transferred", "provided ...
//! with", "donated", "signed a deal to sell", "pledged to hand over", "is
//! buying ... from"; with traps that are trade, aid or people (gas, copper,
//! rice, firefighters, police officers) and a footballer's "delivered".
//! Set AO (24 texts: 18 transfers, 6 traps) was scored before the changes
//! it led to; set AP (10 texts: 7 and 3) was written after them and scored
//! once. Every relation the engine finds is asserted, with its
//! factuality (the item is an optional role, scored apart by
//! `examples/evaluate`: 17 of 17 and 5 of 6 items are the gold's); the
//! ones it still misses are listed in `KNOWN_MISSES`, and asserted to be
//! missed.
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_18.ao.gold.jsonl` and `.ap.gold.jsonl`):
//! set AO before: supply P 1.000 R 0.944 F1 0.971, factuality 0.824 (14 of
//! 17); no trap gave a relation;
//! set AO after: the same, factuality 0.882 (15 of 17: "signed a deal to
//! sell" is planned);
//! set AP (once, after): supply P 1.000 R 0.857 F1 0.923, factuality 1.000
//! (main before the changes: 0.833); no trap gave a relation. Since
//! `tests/unseen_wordings_26.rs` the gazetteer holds "Bushmaster vehicles",
//! and the Bushmaster export is found (set AP: R 1.000).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AO: &[(&str, &[&str])] = &[
    (
        "Germany will deliver four more Iris-T air defence systems to Ukraine this year.",
        &["supply supplier=DEU recipient=UKR uncertain"],
    ),
    (
        "Washington approved the sale of 40 F-16 fighter jets to Turkey on Friday.",
        &["supply supplier=USA recipient=TUR asserted"],
    ),
    (
        "North Korea has shipped millions of artillery shells to Russia, South Korea says.",
        &["supply supplier=PRK recipient=RUS asserted"],
    ),
    (
        "Ukraine received its first batch of Leopard tanks from Poland in February.",
        &["supply supplier=POL recipient=UKR asserted"],
    ),
    (
        "China is quietly arming Myanmar's junta with drones, a think tank found.",
        &["supply supplier=CHN recipient=MMR alleged"],
    ),
    (
        "Iran has handed ballistic missiles to the Houthis, according to US officials.",
        &["supply supplier=IRN recipient=houthis alleged"],
    ),
    (
        "France agreed to supply Armenia with three Ground Master radars.",
        &["supply supplier=FRA recipient=ARM uncertain"],
    ),
    (
        "Britain is to gift Kyiv a further 10,000 rounds of ammunition.",
        &["supply supplier=GBR recipient=UKR uncertain"],
    ),
    (
        "India has exported BrahMos cruise missiles to the Philippines.",
        &["supply supplier=IND recipient=PHL asserted"],
    ),
    (
        "Turkish-made Bayraktar drones were sold to Ethiopia last year.",
        &["supply supplier=TUR recipient=ETH asserted"],
    ),
    (
        "Belarus transferred dozens of T-72 tanks to the Russian army in 2023.",
        &["supply supplier=BLR recipient=RUS asserted"],
    ),
    (
        "Israel has provided Azerbaijan with most of its drones, a study says.",
        &["supply supplier=ISR recipient=AZE asserted"],
    ),
    (
        "Canada donated 8 armoured vehicles to Haiti's police.",
        &["supply supplier=CAN recipient=HTI asserted"],
    ),
    (
        "Sweden will send CV90 infantry fighting vehicles to Ukraine.",
        &["supply supplier=SWE recipient=UKR uncertain"],
    ),
    (
        "Russia has delivered S-400 missile systems to India despite US warnings.",
        &["supply supplier=RUS recipient=IND asserted"],
    ),
    (
        "South Korea signed a deal to sell K2 tanks to Poland.",
        &["supply supplier=KOR recipient=POL uncertain"],
    ),
    (
        "The Netherlands pledged to hand over its F-16s to Ukraine.",
        &["supply supplier=NLD recipient=UKR uncertain"],
    ),
    (
        "Pakistan is buying J-10C fighters from China.",
        &["supply supplier=CHN recipient=PAK uncertain"],
    ),
    ("Norway supplies most of Europe's gas.", &[]),
    ("Chile exported record amounts of copper to China last year.", &[]),
    ("Spain sent firefighters to Greece to battle the blazes.", &[]),
    ("Japan will ship rice to Sri Lanka after the floods.", &[]),
    (
        "Poland's striker delivered a perfect cross to the German winger.",
        &[],
    ),
    ("Kenya sent 400 police officers to Haiti.", &[]),
];

/// Written after the changes, scored once.
const SET_AP: &[(&str, &[&str])] = &[
    (
        "Italy has sent SAMP/T air defence batteries to Ukraine.",
        &["supply supplier=ITA recipient=UKR asserted"],
    ),
    (
        "Egypt struck a deal to buy Rafale jets from France in 2021.",
        &["supply supplier=FRA recipient=EGY uncertain"],
    ),
    (
        "Serbia received FK-3 missile systems from China last spring.",
        &["supply supplier=CHN recipient=SRB asserted"],
    ),
    (
        "The United States is supplying Taiwan with Harpoon anti-ship missiles.",
        &["supply supplier=USA recipient=TWN asserted"],
    ),
    (
        "Romania delivered a Patriot battery to Kyiv in October.",
        &["supply supplier=ROU recipient=UKR asserted"],
    ),
    (
        "Iran reportedly sold Mohajer-6 drones to Sudan's army.",
        &["supply supplier=IRN recipient=SDN alleged"],
    ),
    (
        "Hungary refused to let weapons for Ukraine cross its territory.",
        &[],
    ),
    (
        "Australia signed a contract to export Bushmaster vehicles to Ukraine.",
        &["supply supplier=AUS recipient=UKR uncertain"],
    ),
    ("Germany delivered a speech to the assembly on arms control.", &[]),
    (
        "Portugal sent medical supplies to Mozambique after the cyclone.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // 'China is quietly arming ..., a think tank found': a finding closing the sentence is read as a report (asserted), as 'says' is; the set's writer read it as an allegation.
    (
        "China is quietly arming Myanmar's junta with drones, a think tank found.",
        "supply supplier=CHN recipient=MMR alleged",
    ),
    // 'Ground Master radars': a radar is no weapon class, and the name is no weapon the gazetteer holds.
    (
        "France agreed to supply Armenia with three Ground Master radars.",
        "supply supplier=FRA recipient=ARM uncertain",
    ),
    // 'is buying J-10C fighters' is read as a purchase under way (asserted); the set's writer read it as not yet done.
    (
        "Pakistan is buying J-10C fighters from China.",
        "supply supplier=CHN recipient=PAK uncertain",
    ),
];

#[test]
fn set_ao_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AO, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ap_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AP, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AO, SET_AP], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

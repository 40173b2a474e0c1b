//! A fifteenth blind table, of events in the wordings of wire reports and
//! headlines, attacks first: "stormed", "opened fire on", "an air raid on
//! X", "X-led coalition strikes", "pounded X with artillery", "came under
//! fire from", "targeted by", "fired rockets at X", "retaliated against X
//! with strikes", "seized the town of X", headline presents ("troops
//! assault", "troops raid"), "invaded X" with X on no list, "kills 30 in
//! attack on", "claim drone attack on"; with sanctions, a supply, a use
//! and a support; and traps: "attacked" and "hammered" in words, a labour
//! strike, a building's fire, a team that "stormed past" another, a coach
//! "fired". Written in two sets before the engine was run on them: set AG
//! (30 texts: 23 with events, 7 traps) was scored before the changes it
//! led to; set AH (12 texts: 8 and 4) was written after them and scored
//! once. Every relation of the gold is asserted; the ones the engine
//! still misses are listed in `KNOWN_MISSES`, and asserted to be missed.
//! (Set AH's gold names PDVSA as the target of "imposed sanctions on
//! Venezuelan oil firm PDVSA"; the engine gives Venezuela, the firm's
//! country, which counts as a false positive and a miss there, and is
//! asserted here as what the engine gives.)
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_15.ag.gold.jsonl` and `.ah.gold.jsonl`):
//! set AG before: micro P 1.000 R 0.654 F1 0.791 (attack R 0.529),
//! factuality 1.000; no trap gave a relation;
//! set AG after: micro P 1.000 R 0.846 F1 0.917 (attack R 0.824),
//! factuality 1.000; no trap gave a relation;
//! set AH (once, after): micro P 0.857 R 0.750 F1 0.800 (attack R 0.833),
//! factuality 0.833; no trap gave a relation (main before the changes:
//! P 0.600 R 0.375 F1 0.462).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AG: &[(&str, &[&str])] = &[
    (
        "Taliban fighters stormed a police station in Kandahar province on Tuesday.",
        &["attack attacker=Taliban target=Kandahar asserted"],
    ),
    (
        "Al-Shabaab gunmen opened fire on Somali soldiers near Mogadishu.",
        &["attack attacker=Al-Shabaab target=SOM asserted"],
    ),
    (
        "Israeli air raid on Khan Younis kills 12",
        &["attack attacker=ISR target=Khan Younis asserted"],
    ),
    (
        "Saudi-led coalition strikes kill 20 in Sanaa",
        &["attack attacker=SAU target=Sanaa asserted"],
    ),
    (
        "Russian forces pounded Bakhmut with artillery overnight.",
        &[
            "attack attacker=RUS target=Bakhmut asserted",
            "use user=RUS item=artillery asserted",
        ],
    ),
    (
        "Ukrainian positions came under fire from Russian tanks near Avdiivka.",
        &[
            "attack attacker=RUS target=UKR asserted",
            "use user=RUS item=tank asserted",
        ],
    ),
    (
        "A Turkish military convoy was targeted by PKK fighters in northern Iraq.",
        &["attack attacker=PKK target=TUR asserted"],
    ),
    (
        "Hamas fired rockets at Ashkelon on Saturday.",
        &[
            "attack attacker=Hamas target=Ashkelon asserted",
            "use user=Hamas item=missile asserted",
        ],
    ),
    (
        "Israel retaliated against Hezbollah with strikes in southern Lebanon.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Islamic State fighters seized the Syrian town of Palmyra in May 2015.",
        &["attack attacker=Islamic State target=Palmyra asserted"],
    ),
    (
        "Azerbaijani troops assault Armenian positions in Karabakh",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Turkish troops invaded Afrin in early 2018.",
        &["attack attacker=TUR target=Afrin asserted"],
    ),
    (
        "Washington slaps new sanctions on Moscow over Navalny death",
        &["sanction sanctioner=USA target=RUS asserted"],
    ),
    (
        "The EU added Belarus to its sanctions list on Monday.",
        &["sanction sanctioner=EU target=BLR asserted"],
    ),
    (
        "A British arms embargo on Myanmar remains in place.",
        &["sanction sanctioner=GBR target=MMR asserted"],
    ),
    (
        "Turkey delivered Bayraktar drones to Ukraine in 2022.",
        &["supply supplier=TUR recipient=UKR item=drone asserted"],
    ),
    (
        "Russia used glide bombs against Kharkiv last week.",
        &["use user=RUS item=ammunition asserted"],
    ),
    (
        "Iran backs Houthi rebels in Yemen with money and weapons.",
        &["support supporter=IRN supported=Houthi asserted"],
    ),
    (
        "Pakistani jets hit militant hideouts in Afghanistan",
        &["attack attacker=PAK target=AFG asserted"],
    ),
    (
        "Israeli troops raid Jenin refugee camp",
        &["attack attacker=ISR target=Jenin asserted"],
    ),
    (
        "Boko Haram kills 30 in attack on Nigerian village",
        &["attack attacker=Boko Haram target=NGA asserted"],
    ),
    (
        "Russia stepped up its missile strikes on Ukrainian cities.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Houthis claim drone attack on Israeli city of Eilat",
        &["attack attacker=Houthis target=Eilat alleged"],
    ),
    ("Trump attacked Biden over the border in a fiery speech.", &[]),
    ("Dock workers in Britain went on strike over pay on Friday.", &[]),
    ("A fire at a Moscow shopping centre killed five people.", &[]),
    ("Brazil stormed past Argentina 3-0 in a World Cup qualifier.", &[]),
    ("France fired its coach after the defeat to Germany.", &[]),
    ("Chinese shares were hammered by fears of US tariffs.", &[]),
    (
        "Israel's opposition leader attacked Netanyahu's budget plan.",
        &[],
    ),
];

/// Set AH, written after the changes and run once.
const SET_AH: &[(&str, &[&str])] = &[
    (
        "Sudanese army jets bombed RSF positions in Omdurman on Sunday.",
        &["attack attacker=SDN target=RSF asserted"],
    ),
    (
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Azerbaijan shelled Stepanakert overnight, Armenian officials said.",
        &["attack attacker=AZE target=Stepanakert asserted"],
    ),
    (
        "Iran retaliated against Israel with a barrage of missiles and drones.",
        &["attack attacker=IRN target=ISR asserted"],
    ),
    (
        "Al-Shabaab militants killed 12 in an attack on a Kenyan police post.",
        &["attack attacker=Al-Shabaab target=KEN asserted"],
    ),
    (
        "Myanmar's military junta bombed a village in Sagaing region.",
        &["attack attacker=MMR target=Sagaing asserted"],
    ),
    (
        "The US imposed sanctions on Venezuelan oil firm PDVSA.",
        &[
            "sanction sanctioner=USA target=PDVSA asserted",
            "sanction sanctioner=USA target=VEN asserted",
        ],
    ),
    (
        "North Korea shipped artillery shells to Russia, South Korea says.",
        &["supply supplier=PRK recipient=RUS item=ammunition alleged"],
    ),
    ("Storms hit Florida as hurricane season peaks.", &[]),
    ("Nurses in Britain strike again over pay.", &[]),
    ("The striker fired twice at goal before Spain scored.", &[]),
    ("Critics attacked Germany's new budget as reckless.", &[]),
];

/// The relations the engine still misses, each with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Kandahar, the gazetteer's place with no country, after "in" says where the police station was (a sea's rule), not whose it was.
    (
        "Taliban fighters stormed a police station in Kandahar province on Tuesday.",
        "attack attacker=Taliban target=Kandahar asserted",
    ),
    // Strikes as a subject stand for their doer only with a kind of strike ("air", "drone"), not a coalition; Sanaa after "in" is no place found.
    (
        "Saudi-led coalition strikes kill 20 in Sanaa",
        "attack attacker=SAU target=Sanaa asserted",
    ),
    // The weapons of "fire from Russian tanks" are no use the frame reads.
    (
        "Ukrainian positions came under fire from Russian tanks near Avdiivka.",
        "use user=RUS item=tank asserted",
    ),
    // A bare claim of an attack is left: "X claims the attack on Y was staged" parses alike.
    (
        "Houthis claim drone attack on Israeli city of Eilat",
        "attack attacker=Houthis target=Eilat alleged",
    ),
    // "hit an oil refinery in Russia's Krasnodar region": the sites frame leaves out "hit" ("hit its targets in Peru"), so the place names no target.
    (
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region.",
        "attack attacker=UKR target=RUS asserted",
    ),
    // The firm named after its country and kind ("Venezuelan oil firm PDVSA") is not found as an organization; its country is the target.
    (
        "The US imposed sanctions on Venezuelan oil firm PDVSA.",
        "sanction sanctioner=USA target=PDVSA asserted",
    ),
    // A closing "South Korea says" is read as a report, not as one party's claim: asserted.
    (
        "North Korea shipped artillery shells to Russia, South Korea says.",
        "supply supplier=PRK recipient=RUS item=ammunition alleged",
    ),
];

#[test]
fn set_ag_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AG, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ah_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AH, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AG, SET_AH], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

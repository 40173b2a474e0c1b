//! A twelfth blind table, of event arguments named by reference: a
//! pronoun ("it") as the target or doer whose antecedent is a country,
//! place or group named before it ("Kharkiv ... Russian forces shelled
//! it", "Russia, which will not stop bombing it"), possessive pronouns
//! ("attacked its southern towns", "said its fighters had targeted"),
//! present-tense headlines with a plural subject, targets inside a place
//! phrase ("rebel-held districts of Aleppo", "civilian areas in towns
//! such as Aleppo"), weapons and units as doers with their owner as
//! modifier or possessor ("Israeli drones hit", "Iran's barrage of
//! missiles against"), "turned their guns on", and sanctions and supplies
//! with a pronoun argument; with traps where "it" is a thing, "they" has
//! two candidates, "its own people", "turned its attention to", "drones
//! hit the market" and "struck a deal". Written in two sets before the
//! engine was run on them: set AA (35 sentences: 26 with events, 9 traps)
//! was scored before the changes it led to; set AB (15 sentences: 11 and
//! 4) was written after them and scored once. Every relation the engine
//! finds is asserted; the ones it still misses are listed in
//! `KNOWN_MISSES`, and asserted to be missed. (Set AA's gold first left
//! out relations its sentences plainly hold besides the ones they were
//! written for: the accusations in rows 18 and 19, the uses in rows 10,
//! 13 and 23, all found before the changes, and the use in row 11,
//! found after the barrage rule; they were added to the gold.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_12.aa.gold.jsonl` and `.ab.gold.jsonl`):
//! set AA before: micro P 1.000 R 0.500 F1 0.667 (attack R 0.458),
//! factuality 1.000; no trap gave a relation;
//! set AA after: micro P 1.000 R 0.853 F1 0.921 (attack R 0.917, sanction
//! 0.000, supply 0.000), factuality 1.000;
//! set AB (once, after): micro P 1.000 R 0.875 F1 0.933 (attack R 0.778),
//! factuality 1.000; no trap gave a relation (main before the changes:
//! R 0.438 F1 0.609).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AA: &[(&str, &[&str])] = &[
    (
        "Kharkiv has been under fire for weeks, and Russian forces shelled it again on Friday.",
        &["attack attacker=RUS target=kharkiv asserted"],
    ),
    (
        "Hamas says Israel will not stop bombing it until the hostages are freed.",
        &["attack attacker=ISR target=hamas asserted"],
    ),
    (
        "The Kremlin launched its air strikes on Ukrainian power plants in October.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Israeli troops storm Hamas tunnels under Gaza City",
        &["attack attacker=ISR target=hamas asserted"],
    ),
    (
        "Turkish jets pound PKK hideouts in northern Iraq",
        &["attack attacker=TUR target=pkk asserted"],
    ),
    (
        "Russian warplanes struck rebel-held districts of Aleppo on Tuesday.",
        &["attack attacker=RUS target=aleppo asserted"],
    ),
    (
        "Israeli drones hit a Hezbollah convoy near Tyre.",
        &["attack attacker=ISR target=hezbollah asserted"],
    ),
    (
        "A Turkish drone killed three PKK commanders in Sinjar.",
        &["attack attacker=TUR target=pkk asserted"],
    ),
    (
        "Ukrainian naval drones struck a Russian landing ship off Crimea.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "The city of Mariupol refused to surrender, so Russian forces besieged it for nearly three months.",
        &["attack attacker=RUS target=mariupol asserted"],
    ),
    (
        "Hezbollah said it fired a barrage of rockets at Israeli positions in the Shebaa Farms.",
        &[
            "attack attacker=hezbollah target=ISR asserted",
            "use item=missile user=hezbollah asserted",
        ],
    ),
    (
        "Iran's barrage of missiles against Israel was largely intercepted.",
        &[
            "attack attacker=IRN target=ISR asserted",
            "use item=missile user=IRN asserted",
        ],
    ),
    (
        "The Taliban turned their guns on Pakistani border posts last week.",
        &["attack attacker=taliban target=PAK asserted"],
    ),
    (
        "Armenia has long relied on Russian weapons. Now India sells it artillery and rocket launchers.",
        &[
            "supply recipient=ARM supplier=IND asserted",
            "use item=weapon user=ARM asserted",
        ],
    ),
    (
        "Iran keeps enriching uranium, and the European Union has sanctioned it again.",
        &["sanction sanctioner=eu target=IRN asserted"],
    ),
    (
        "North Korea tested another missile, and Japan responded by imposing new sanctions on it.",
        &["sanction sanctioner=JPN target=PRK asserted"],
    ),
    (
        "Hamas fighters crossed into Israel and attacked its southern towns.",
        &["attack attacker=hamas target=ISR asserted"],
    ),
    (
        "Azerbaijan says Armenian forces shelled its positions near Lachin overnight.",
        &["attack attacker=ARM target=AZE asserted"],
    ),
    (
        "Russia accuses Ukraine of using Western missiles to strike its territory.",
        &[
            "attack attacker=UKR target=RUS alleged",
            "use item=missile user=UKR alleged",
            "accuse accused=UKR accuser=RUS asserted",
        ],
    ),
    (
        "Pakistan blamed the Taliban for the raid and said it would strike their camps in Afghanistan.",
        &[
            "attack attacker=PAK target=taliban uncertain",
            "accuse accused=taliban accuser=PAK asserted",
        ],
    ),
    (
        "Ukraine's drones struck oil depots deep inside Russia.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Russian missiles rained down on residential districts of Odesa.",
        &["attack attacker=RUS target=odesa asserted"],
    ),
    (
        "Syrian government forces launched airstrikes against civilian areas in towns such as Aleppo and Khan Sheikhoun.",
        &[
            "attack attacker=SYR target=aleppo asserted",
            "attack attacker=SYR target=khan_sheikhoun asserted",
        ],
    ),
    (
        "Moscow says Kyiv fired drones at it overnight.",
        &[
            "attack attacker=UKR target=RUS asserted",
            "use item=drone user=UKR asserted",
        ],
    ),
    (
        "The Houthis seized a cargo ship and said they would attack any vessel linked to Israel.",
        &["attack attacker=houthis target=ISR uncertain"],
    ),
    (
        "Al-Shabaab claimed the bombing and said its fighters had targeted Somali soldiers.",
        &["attack attacker=al_shabaab target=SOM asserted"],
    ),
    (
        "Ukraine recovered the Iranian drone intact after it struck a power line near Kyiv.",
        &[],
    ),
    (
        "Israeli officials met Egyptian mediators in Cairo, and they then struck a deal on the border.",
        &[],
    ),
    (
        "The Syrian government turned its army on its own people.",
        &[],
    ),
    (
        "After the ceasefire, Israel turned its attention to Hezbollah.",
        &[],
    ),
    (
        "Chinese drones hit the European market last year, undercutting American rivals.",
        &[],
    ),
    (
        "The missile landed in an empty field in Poland, and Warsaw said it posed no threat.",
        &[],
    ),
    (
        "India tested its new missile off Odisha, and it hit a floating target.",
        &[],
    ),
    (
        "China's carmakers hit Germany hard with cheap electric cars.",
        &[],
    ),
    (
        "Kenya sent police officers to Haiti, where they struck back at gangs.",
        &[],
    ),
];

/// The same, for set AB.
const SET_AB: &[(&str, &[&str])] = &[
    (
        "Donetsk has changed hands before, and Ukrainian guns shelled it on Monday.",
        &["attack attacker=UKR target=Donetsk asserted"],
    ),
    (
        "The Houthis vowed revenge after American warplanes struck them in Hodeidah.",
        &["attack attacker=USA target=houthis asserted"],
    ),
    (
        "Bakhmut held out for months before Russian forces overran it.",
        &["attack attacker=RUS target=bakhmut asserted"],
    ),
    (
        "Hezbollah's volley of rockets at Israeli towns came at dawn.",
        &[
            "attack attacker=hezbollah target=ISR asserted",
            "use item=missile user=hezbollah asserted",
        ],
    ),
    (
        "Syrian troops turned their artillery on rebel districts of Aleppo.",
        &["attack attacker=SYR target=aleppo asserted"],
    ),
    (
        "Russian bombers hit suburbs of Kharkiv overnight.",
        &["attack attacker=RUS target=kharkiv asserted"],
    ),
    (
        "Washington blacklisted firms in countries such as Iran and Syria.",
        &[
            "sanction sanctioner=USA target=IRN asserted",
            "sanction sanctioner=USA target=SYR asserted",
        ],
    ),
    (
        "Pakistan accused India of shelling it across the Line of Control.",
        &[
            "accuse accused=IND accuser=PAK asserted",
            "attack attacker=IND target=PAK alleged",
        ],
    ),
    (
        "The European Union renewed its sanctions on Belarus, accusing it of aiding Moscow.",
        &[
            "sanction sanctioner=eu target=BLR asserted",
            "accuse accused=BLR accuser=eu asserted",
        ],
    ),
    (
        "Kyiv's drones hit a refinery in Russia's Ryazan region.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Houthi gunmen fired a salvo of missiles at a Greek tanker.",
        &[
            "attack attacker=houthis target=GRC asserted",
            "use item=missile user=houthis asserted",
        ],
    ),
    ("Poland bought a Korean tank factory and later expanded it.", &[]),
    (
        "Egypt and Jordan condemned the raid, and Israel said it would ignore them.",
        &[],
    ),
    (
        "Chinese consumer drones hit the shelves in Russia this spring.",
        &[],
    ),
    ("Turkey turned its back on Sweden's NATO bid for months.", &[]),
];

/// Relations of the tables the engine does not find yet, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set AA.
    // The antecedent of "it" is in the sentence before; an actor pronoun is read within its own sentence only.
    (
        "Armenia has long relied on Russian weapons. Now India sells it artillery and rocket launchers.",
        "supply recipient=ARM supplier=IND asserted",
    ),
    // A verb's object ("uranium") between "it" and Iran could be what "it" stands for, so none is taken.
    (
        "Iran keeps enriching uranium, and the European Union has sanctioned it again.",
        "sanction sanctioner=eu target=IRN asserted",
    ),
    // A weapon ("missile") between "it" and North Korea could be what "it" stands for, so none is taken.
    (
        "North Korea tested another missile, and Japan responded by imposing new sanctions on it.",
        "sanction sanctioner=JPN target=PRK asserted",
    ),
    // An adverb before the place preposition ("deep inside") hides the target.
    (
        "Ukraine's drones struck oil depots deep inside Russia.",
        "attack attacker=UKR target=RUS asserted",
    ),
    // "they" is no actor pronoun (only "it" is), and a ship is named in between.
    (
        "The Houthis seized a cargo ship and said they would attack any vessel linked to Israel.",
        "attack attacker=houthis target=ISR uncertain",
    ),
    // Set AB.
    // "hands", the object of "changed", comes between "it" and Donetsk, so none is taken.
    (
        "Donetsk has changed hands before, and Ukrainian guns shelled it on Monday.",
        "attack attacker=UKR target=Donetsk asserted",
    ),
    // "them" is no actor pronoun (only "it" is).
    (
        "The Houthis vowed revenge after American warplanes struck them in Hodeidah.",
        "attack attacker=USA target=houthis asserted",
    ),
];

#[test]
fn set_aa_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AA, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ab_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AB, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AA, SET_AB], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

//! A seventh blind table, of attacks behind aspect verbs ("resumed
//! shelling", "kept pounding", "never stopped bombing"), named by a noun
//! that a verb halts, launches or steps up ("stepped up its air strikes
//! on", "halt its offensive against"), in purpose clauses ("deployed
//! soldiers to Niger to fight"), by motion into a country ("crossed into",
//! "poured into"), in relative clauses on a noun that describes a name
//! ("Azerbaijan, a state that shelled Armenia"), with lists of targets, and
//! owned through a possessive with the target in a place phrase after the
//! sites hit ("its airstrikes on militant hideouts in Afghanistan"); with
//! traps where these words have another sense (gerunds of other verbs,
//! pressure stepped up, campaigns against corruption, troops sent to fight
//! wildfires, carmakers or tourists that roll or pour into a country,
//! refugees that cross into one, strikes of workers halted). Written in
//! two sets before the engine was run on them: set I (50 sentences: 38
//! with attacks, 12 traps) was scored before the changes it led to; set J
//! (25 sentences: 18 and 7) was written after them, with new wordings, and
//! scored once. Every relation the engine finds is asserted; the ones it
//! still misses are listed in `KNOWN_MISSES`, and asserted to be missed.
//! (`use` of the weapon an attack names, and attacks the gold marks
//! optional, are not asserted.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_7.i.gold.jsonl` and `.j.gold.jsonl`):
//! set I before: attack P 1.000 R 0.643 F1 0.783 (micro P 0.931, the two
//! false positives supplies of jets sent to a country to strike from it),
//! factuality 0.963;
//! set I after: attack P 1.000 R 0.929 F1 0.963, factuality 1.000 (R 0.952
//! F1 0.976 once "rolled" and "poured" were read as verbs that take no
//! object, after set J was scored);
//! set J (once, after): attack P 1.000 R 0.857 F1 0.923, factuality 1.000;
//! the main before these changes gave set J attack R 0.524 F1 0.688.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_I: &[(&str, &[&str])] = &[
    (
        "Turkey resumed shelling PKK positions on Sunday.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Israeli jets kept pounding Hamas targets throughout the night.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "Russia began bombing Ukraine's power grid in October 2022.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The Houthis said they would keep attacking Israel until the war in Gaza ends.",
        &["attack attacker=Houthis target=ISR asserted"],
    ),
    (
        "Azerbaijani forces started shelling Armenian villages early on Tuesday.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "The United Nations urged Russia to stop attacking Ukrainian ports.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Hezbollah continued firing rockets at Israel despite the ceasefire.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Ukraine has kept striking Russian oil refineries with long-range drones.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Saudi Arabia never stopped bombing the Houthis during the talks.",
        &["attack attacker=SAU target=Houthis asserted"],
    ),
    (
        "Israel stepped up its air strikes on Hamas on Monday.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "Russia intensified its attacks on Ukrainian cities over the winter.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The Security Council demanded that Israel halt its offensive against Hezbollah.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Washington launched a wave of strikes against the Houthis in January.",
        &["attack attacker=USA target=Houthis asserted"],
    ),
    (
        "Turkey ended its ground operation against the YPG after five days.",
        &["attack attacker=TUR target=YPG asserted"],
    ),
    (
        "Nigeria has stepped up air raids against Boko Haram in the northeast.",
        &["attack attacker=NGA target=Boko Haram asserted"],
    ),
    (
        "Ankara launched a new offensive against the PKK in northern Iraq last spring.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Kenya resumed its airstrikes against al-Shabaab after a brief pause.",
        &["attack attacker=KEN target=al-Shabaab asserted"],
    ),
    (
        "The African Union urged Sudan's army to end its bombardment of the Rapid Support Forces.",
        &["attack attacker=SDN target=Rapid Support Forces asserted"],
    ),
    (
        "Britain sent fighter jets to Cyprus to strike the Houthis in Yemen.",
        &["attack attacker=GBR target=Houthis asserted"],
    ),
    (
        "Chad deployed soldiers to Niger to fight Boko Haram.",
        &["attack attacker=TCD target=Boko Haram asserted"],
    ),
    (
        "Washington sent bombers to the Middle East to hit Islamic State.",
        &["attack attacker=USA target=Islamic State asserted"],
    ),
    (
        "Ethiopia sent troops into Somalia to fight al-Shabaab.",
        &["attack attacker=ETH target=al-Shabaab asserted"],
    ),
    (
        "Paris sent Rafale jets to Chad to help N'Djamena fight Boko Haram.",
        &["attack attacker=FRA target=Boko Haram asserted"],
    ),
    (
        "Russian tanks rolled into Georgia in August 2008.",
        &["attack attacker=RUS target=GEO asserted"],
    ),
    (
        "Turkish troops poured into northern Syria in October 2019.",
        &["attack attacker=TUR target=SYR asserted"],
    ),
    (
        "Israeli troops stormed into Lebanon in June 1982.",
        &["attack attacker=ISR target=LBN asserted"],
    ),
    (
        "Ethiopian troops crossed into Somalia in December 2006.",
        &["attack attacker=ETH target=SOM asserted"],
    ),
    (
        "Vietnamese troops marched into Cambodia in late 1978.",
        &["attack attacker=VNM target=KHM asserted"],
    ),
    (
        "Hezbollah, a group that has fired thousands of rockets at Israel, denied any role.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Azerbaijan, a state that shelled Armenia in 2022, hosted the climate summit.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "The Houthis, a movement that has attacked Saudi Arabia for years, seized a cargo ship.",
        &["attack attacker=Houthis target=SAU asserted"],
    ),
    (
        "Turkish jets bombed Syria and Iraq on Saturday.",
        &[
            "attack attacker=TUR target=SYR asserted",
            "attack attacker=TUR target=IRQ asserted",
        ],
    ),
    (
        "Russia has invaded Georgia and Ukraine since 2008.",
        &[
            "attack attacker=RUS target=GEO asserted",
            "attack attacker=RUS target=UKR asserted",
        ],
    ),
    (
        "The Houthis have targeted Saudi Arabia, the United Arab Emirates and Israel.",
        &[
            "attack attacker=Houthis target=SAU asserted",
            "attack attacker=Houthis target=ARE asserted",
            "attack attacker=Houthis target=ISR asserted",
        ],
    ),
    (
        "Pakistan defended its airstrikes on militant hideouts in Afghanistan.",
        &["attack attacker=PAK target=AFG asserted"],
    ),
    (
        "Israel defended its raids on weapons depots in Syria.",
        &["attack attacker=ISR target=SYR asserted"],
    ),
    (
        "Turkey justified its strikes against Kurdish fighters in Iraq.",
        &["attack attacker=TUR target=IRQ asserted"],
    ),
    (
        "Washington defended its drone strikes on militant compounds in Somalia.",
        &["attack attacker=USA target=SOM asserted"],
    ),
    ("Germany stopped buying Russian gas in 2022.", &[]),
    (
        "India kept beating Pakistan at cricket throughout the decade.",
        &[],
    ),
    ("China stepped up pressure on Taiwan this year.", &[]),
    ("Brazil launched a campaign against corruption in 2014.", &[]),
    ("Italy sent soldiers to Sicily to help with flood relief.", &[]),
    (
        "Chinese carmakers rolled into Brazil with cheap electric models.",
        &[],
    ),
    (
        "Unions in Argentina halted their strikes after the wage deal.",
        &[],
    ),
    (
        "Mexico's central bank launched an offensive against inflation.",
        &[],
    ),
    ("American investors poured into Vietnam last year.", &[]),
    (
        "Thousands of Sudanese refugees crossed into Chad last month.",
        &[],
    ),
    ("Japan began hitting its emissions targets in 2020.", &[]),
    ("Kenya sent police officers to Haiti to fight gangs.", &[]),
];

/// Written after the changes set I led to, and scored once.
const SET_J: &[(&str, &[&str])] = &[
    (
        "Pakistani jets resumed pounding Taliban hideouts along the border.",
        &["attack attacker=PAK target=Taliban asserted"],
    ),
    (
        "Sudan's army kept shelling Rapid Support Forces positions in Khartoum.",
        &["attack attacker=SDN target=Rapid Support Forces asserted"],
    ),
    (
        "The European Union urged Israel to stop striking Lebanon.",
        &["attack attacker=ISR target=LBN uncertain"],
    ),
    (
        "Iran threatened to start attacking American bases if sanctions continued.",
        &["attack attacker=IRN target=USA uncertain"],
    ),
    (
        "Egypt stepped up its airstrikes on Islamic State in Libya after the beheadings.",
        &["attack attacker=EGY target=Islamic State asserted"],
    ),
    (
        "Turkey has intensified its drone strikes against the PKK.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Washington demanded that Moscow end its invasion of Ukraine.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Niger sent soldiers to Mali to fight al-Qaeda fighters.",
        &["attack attacker=NER target=al-Qaeda asserted"],
    ),
    (
        "Uganda deployed troops to Somalia to combat al-Shabaab.",
        &["attack attacker=UGA target=al-Shabaab asserted"],
    ),
    (
        "North Korean troops crossed into South Korea in June 1950.",
        &["attack attacker=PRK target=KOR asserted"],
    ),
    (
        "Iraqi forces swept into Kuwait in 1990.",
        &["attack attacker=IRQ target=KWT asserted"],
    ),
    (
        "Houthi fighters pushed into Saudi Arabia's Jizan province last year.",
        &["attack attacker=Houthi target=SAU asserted"],
    ),
    (
        "Israel, a state that has struck Iran several times, denied the report.",
        &["attack attacker=ISR target=IRN asserted"],
    ),
    (
        "Al-Shabaab, a militia that has attacked Kenya repeatedly, claimed the bombing.",
        &["attack attacker=Al-Shabaab target=KEN asserted"],
    ),
    (
        "Israeli warplanes struck Lebanon and Syria on Friday.",
        &[
            "attack attacker=ISR target=LBN asserted",
            "attack attacker=ISR target=SYR asserted",
        ],
    ),
    (
        "The United States bombed Iraq, Syria and Yemen in 2024.",
        &[
            "attack attacker=USA target=IRQ asserted",
            "attack attacker=USA target=SYR asserted",
            "attack attacker=USA target=YEM asserted",
        ],
    ),
    (
        "Nigeria defended its air raids on bandit camps in Niger.",
        &["attack attacker=NGA target=NER asserted"],
    ),
    (
        "Iran justified its missile strikes on militant bases in Pakistan.",
        &["attack attacker=IRN target=PAK asserted"],
    ),
    ("France stopped selling wine to Russia after the war began.", &[]),
    ("Canada kept hitting its export targets in China.", &[]),
    (
        "Spain stepped up its attacks on the opposition's budget plans.",
        &[],
    ),
    (
        "Poland launched a campaign against disinformation in Belarus.",
        &[],
    ),
    ("Japan sent troops to Hokkaido to fight the wildfires.", &[]),
    ("Korean tourists poured into Japan over the holiday.", &[]),
    ("Dock workers in Belgium halted their strikes on Monday.", &[]),
];

/// Relations of the tables the engine still misses (`sentence => want`),
/// with the reason.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set I.
    // "operation" is no attack noun: a military operation against a group
    // is not read ("a rescue operation" would be none).
    (
        "Turkey ended its ground operation against the YPG after five days.",
        "attack attacker=TUR target=YPG asserted",
    ),
    // "help N'Djamena fight": the sender of jets that help another fight is
    // not read as fighting itself.
    (
        "Paris sent Rafale jets to Chad to help N'Djamena fight Boko Haram.",
        "attack attacker=FRA target=Boko Haram asserted",
    ),
    // "Kurdish fighters in Iraq": the place after an armed group and a
    // locative preposition is read as where the group was, not the target
    // (`src/rule/sense.rs`, after readers of a news sample judged "attack
    // rebels inside the DRC" an attack on the rebels); the gold holds
    // Iraq.
    (
        "Turkey justified its strikes against Kurdish fighters in Iraq.",
        "attack attacker=TUR target=IRQ asserted",
    ),
    // Set J.
    // "stop striking Lebanon" after "urged Israel to": not found (set I's
    // "urged Russia to stop attacking" is).
    (
        "The European Union urged Israel to stop striking Lebanon.",
        "attack attacker=ISR target=LBN uncertain",
    ),
    // "pushed into Saudi Arabia's Jizan province": the target is the
    // possessor of a place no gazetteer knows.
    (
        "Houthi fighters pushed into Saudi Arabia's Jizan province last year.",
        "attack attacker=Houthi target=SAU asserted",
    ),
    // "Israel, a state that has struck Iran several times": not found.
    (
        "Israel, a state that has struck Iran several times, denied the report.",
        "attack attacker=ISR target=IRN asserted",
    ),
];

#[test]
fn set_i_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_I, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_j_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_J, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_I, SET_J], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

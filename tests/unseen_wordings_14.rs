//! A fourteenth blind table, of event arguments named by a pronoun in
//! more places: "they" and "them" for a group or a country's forces named
//! before them in the sentence ("Russian troops advanced, and Ukrainian
//! artillery shelled them", "Al-Shabaab militants stormed a hotel, and
//! Somali forces fought them"), and "it" or "they" opening a sentence for
//! the one country or organization that is the subject of the sentence
//! before ("Hamas took hostages. It fired rockets at Tel Aviv", "Houthi
//! rebels have threatened shipping. They fired two missiles at"); with
//! traps where "they" is a thing ("the drones ... They were shot down",
//! "tanks ... They were destroyed"), two candidates ("Egypt and Jordan ...
//! Israel. It attacked", "Chile and Peru ... They will"), "they say", "it
//! is believed" and impersonal "it". Written in two sets before the engine
//! was run on them: set AE (25 texts: 18 with pronoun events, 7 traps)
//! was scored before the changes it led to; set AF (10 texts: 7 and 3)
//! was written after them and scored once. Every relation the engine finds
//! is asserted; the ones it still misses are listed in `KNOWN_MISSES`, and
//! asserted to be missed. (Set AE's gold first left out relations its
//! texts plainly hold besides the ones they were written for: the
//! accusations in rows 11 and 13, the uses in rows 0, 18 and 19 and the
//! threat in row 4 ("vowed to destroy": uncertain); they were added to
//! the gold. Set AF's gold likewise leaves out the use in row 7, "Russia
//! sent hundreds of tanks to the front", which the engine finds, before
//! the changes too; it counts as its one false positive.)
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_14.ae.gold.jsonl` and `.af.gold.jsonl`):
//! set AE before: micro P 1.000 R 0.250 F1 0.400 (attack R 0.118),
//! factuality 1.000; no trap gave a relation;
//! set AE after: micro P 1.000 R 0.750 F1 0.857 (attack R 0.647),
//! factuality 1.000; no trap gave a relation;
//! set AF (once, after): micro P 0.800 R 0.500 F1 0.615 (attack R 0.333),
//! factuality 1.000; no trap gave a pronoun's relation (main before the
//! changes: P 0.000 R 0.000).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AE: &[(&str, &[&str])] = &[
    (
        "Houthi rebels have threatened shipping for months. They fired two missiles at an American destroyer on Sunday.",
        &["attack attacker=houthis target=USA asserted", "use user=houthis item=missile asserted"],
    ),
    (
        "Russian troops advanced on the village, and Ukrainian artillery shelled them overnight.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Hezbollah fighters crossed the ridge before dawn, and Israeli jets bombed them an hour later.",
        &["attack attacker=ISR target=hezbollah asserted"],
    ),
    (
        "The Taliban seized the district in June. They attacked a police post near Kunduz the next week.",
        &["attack attacker=taliban target=Kunduz asserted"],
    ),
    (
        "Israel has vowed to destroy Hamas. It struck targets in Rafah on Tuesday night.",
        &["attack attacker=ISR target=Rafah asserted", "attack attacker=ISR target=hamas uncertain"],
    ),
    (
        "Turkey regards the PKK as a terror group. It bombed PKK camps in northern Iraq on Friday.",
        &["attack attacker=TUR target=pkk asserted"],
    ),
    (
        "Iran denies arming the Houthis. It supplied them with drones, according to the report.",
        &["supply supplier=IRN recipient=houthis denied", "supply supplier=IRN recipient=houthis alleged"],
    ),
    (
        "Ukraine says Russia has no respect for civilians. Its missiles hit a hospital in Dnipro.",
        &[],
    ),
    (
        "Russia massed tanks on the border for weeks. It invaded Ukraine in February 2022.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Al-Shabaab militants stormed a hotel in Mogadishu, and Somali forces fought them for hours.",
        &["attack attacker=SOM target=al_shabaab asserted"],
    ),
    (
        "Pakistani soldiers patrol the frontier. They killed six Taliban militants in a raid on Monday.",
        &["attack attacker=PAK target=taliban asserted"],
    ),
    (
        "The United States accused North Korea of new missile tests. It sanctioned two North Korean banks on Thursday.",
        &["sanction sanctioner=USA target=PRK asserted", "accuse accuser=USA accused=PRK asserted"],
    ),
    (
        "Boko Haram fighters raided a school in Borno, and Nigerian troops pursued and killed them.",
        &["attack attacker=NGA target=boko_haram asserted"],
    ),
    (
        "Azerbaijan accused Armenia of provocation. It shelled Armenian positions near the border overnight.",
        &["attack attacker=AZE target=ARM asserted", "accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Wagner mercenaries entered the town, and Malian soldiers fought alongside them.",
        &[],
    ),
    (
        "Kyiv was quiet for a week. Russian drones attacked it again on Saturday.",
        &["attack attacker=RUS target=Kyiv asserted"],
    ),
    (
        "Chile and Peru signed a pact. They will jointly patrol the coast.",
        &[],
    ),
    (
        "Israeli soldiers entered Jenin on Monday, and Palestinian gunmen opened fire on them.",
        &["attack attacker=Palestinian gunmen target=ISR asserted"],
    ),
    (
        "Hamas took dozens of hostages in October. It fired rockets at Tel Aviv the next day.",
        &["attack attacker=hamas target=Tel Aviv asserted", "use user=hamas item=missile asserted"],
    ),
    (
        "Russia launched dozens of drones at Kyiv. They were shot down over the city, officials said.",
        &["attack attacker=RUS target=Kyiv asserted", "use user=RUS item=drone asserted"],
    ),
    (
        "France and Germany criticised Russia. They say it bombed civilians in Kharkiv.",
        &["attack attacker=RUS target=Kharkiv alleged"],
    ),
    (
        "Peru and Chile both border Bolivia. It is believed they have attacked smugglers.",
        &[],
    ),
    (
        "It is raining in Gaza, and they say the strikes will continue.",
        &[],
    ),
    (
        "Egypt and Jordan hosted talks with Israel. It attacked Gaza afterwards.",
        &[],
    ),
    (
        "The missiles arrived from Iran last month. They struck a base in Syria on Friday.",
        &[],
    ),
];

/// Set AF, written after the changes and run once.
const SET_AF: &[(&str, &[&str])] = &[
    (
        "Hamas fighters slipped through the fence, and Israeli tanks fired on them.",
        &["attack attacker=ISR target=hamas asserted"],
    ),
    (
        "Hezbollah has rebuilt its arsenal since 2006. It launched rockets at Haifa on Monday.",
        &[
            "attack attacker=hezbollah target=Haifa asserted",
            "use user=hezbollah item=missile asserted",
        ],
    ),
    (
        "Ukrainian soldiers held the bridge for days, and Russian warplanes bombed them.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The Houthis control most of northern Yemen. They attacked a Saudi oil terminal last year.",
        &["attack attacker=houthis target=SAU asserted"],
    ),
    (
        "Canada condemned the coup in Myanmar. It imposed sanctions on the Myanmar military in March.",
        &["sanction sanctioner=CAN target=MMR asserted"],
    ),
    (
        "North Korean troops arrived in Kursk, and Ukrainian drones attacked them within days.",
        &["attack attacker=UKR target=PRK asserted"],
    ),
    (
        "Iraq says it will not tolerate the raids. Turkish jets struck Sinjar again on Sunday.",
        &["attack attacker=TUR target=Sinjar asserted"],
    ),
    (
        "Russia sent hundreds of tanks to the front. They were destroyed by Ukrainian mines.",
        &["use user=RUS item=tank asserted"],
    ),
    (
        "Japan and South Korea met in Seoul. They condemned the launch.",
        &[],
    ),
    (
        "It is unclear who fired first, but they say the shelling lasted hours.",
        &[],
    ),
];

/// The relations the engine still misses, each with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // A pronoun after a verb's object and an adverb of time ('bombed them an hour later') is parsed with the time phrase and read for no one.
    (
        "Hezbollah fighters crossed the ridge before dawn, and Israeli jets bombed them an hour later.",
        "attack attacker=ISR target=hezbollah asserted",
    ),
    // The target inside 'a police post near Kunduz' is no place the frame reads.
    (
        "The Taliban seized the district in June. They attacked a police post near Kunduz the next week.",
        "attack attacker=taliban target=Kunduz asserted",
    ),
    // 'it' opening no sentence, with its antecedent in the sentence before, is left.
    (
        "Kyiv was quiet for a week. Russian drones attacked it again on Saturday.",
        "attack attacker=RUS target=Kyiv asserted",
    ),
    // A people's demonym without a country ('Palestinian gunmen') is no actor here.
    (
        "Israeli soldiers entered Jenin on Monday, and Palestinian gunmen opened fire on them.",
        "attack attacker=Palestinian gunmen target=ISR asserted",
    ),
    // 'it' after 'They say' opens no sentence, and the sentence before has a list as subject.
    (
        "France and Germany criticised Russia. They say it bombed civilians in Kharkiv.",
        "attack attacker=RUS target=Kharkiv alleged",
    ),
    // 'fired on them' after 'slipped through the fence' is not read as an attack on the pronoun.
    (
        "Hamas fighters slipped through the fence, and Israeli tanks fired on them.",
        "attack attacker=ISR target=hamas asserted",
    ),
    // 'a Saudi oil terminal' as the target of 'attacked' after an opening pronoun is not read.
    (
        "The Houthis control most of northern Yemen. They attacked a Saudi oil terminal last year.",
        "attack attacker=houthis target=SAU asserted",
    ),
    // 'struck Sinjar again on Sunday' with jets as doer is missed.
    (
        "Iraq says it will not tolerate the raids. Turkish jets struck Sinjar again on Sunday.",
        "attack attacker=TUR target=Sinjar asserted",
    ),
    // 'them' in a sentence opened by 'It' has no antecedent in its own sentence.
    (
        "Iran denies arming the Houthis. It supplied them with drones, according to the report.",
        "supply supplier=IRN recipient=houthis alleged",
    ),
];

#[test]
fn set_ae_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AE, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_af_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AF, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AE, SET_AF], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

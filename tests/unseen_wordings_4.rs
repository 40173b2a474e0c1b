//! A fourth blind table, of attacks in the shapes the earlier ones left
//! out: the doer in a relative clause or an apposition ("Russia, which has
//! kept bombing ...", "the coalition, whose jets struck ..."), as the
//! possessor or modifier of an attack noun ("Israel's bombing of ...",
//! "the Saudi-led campaign against ..."), places as targets ("stormed
//! Fallujah", "bombed the port of Hodeidah"), participial and purpose
//! clauses ("After shelling ..., Y agreed", "sent troops to fight ..."),
//! history told in the past, requests and threats (uncertain), armed
//! groups on both sides and lists of sides; with traps where an attack
//! word has another sense (politics, sport, business, weather, medicine,
//! computing, titles). Written in two sets before the engine was run on
//! them: set E (60 sentences: 45 with attacks, 15 traps) was scored before
//! the changes it led to; set F (30 sentences: 22 and 8) was written after
//! them, with new wordings, and scored once. Every relation the engine
//! finds is asserted; the ones it still misses are listed in
//! `KNOWN_MISSES`, and asserted to be missed. (`use` of the weapon an
//! attack names, and `support` or `supply` beside it, are not asserted.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_4.e.gold.jsonl` and `.f.gold.jsonl`):
//! set E before: attack P 0.938 R 0.625 F1 0.750 (micro P 0.833 R 0.625
//! F1 0.714), factuality 1.000;
//! set E after: attack P 0.970 R 0.667 F1 0.790 (micro P 0.865 R 0.667
//! F1 0.753), factuality 1.000;
//! set F (once, after): attack P 1.000 R 0.739 F1 0.850 (micro P 0.944,
//! the one false positive a `use` beside an attack), factuality 1.000; the
//! main before these changes gave set F attack R 0.609 F1 0.757.
//! A later change (a bare verb after "demanded that X") found one more row
//! of set E (attack P 0.971 R 0.688 F1 0.805) and none of set F.
//! Two more (a plural weapon word before a participle with an object is a
//! noun; a fronted time phrase with no comma ends before the subject) found
//! two rows of set E (attack P 0.971 R 0.708 F1 0.819); set F now gives
//! attack R 0.783 F1 0.878. A "whose" after a noun that stands for an
//! actor ("the U.S.-led coalition, whose jets ...") found one more of set E
//! (attack P 0.972 R 0.729 F1 0.833). Places no gazetteer lists, found
//! from their key words ("the port of Hodeidah", "Pearl Harbor", "the
//! Jenin refugee camp": `src/names/places.rs`), a noun attack on sites
//! that name no one, with a place phrase after them ("its strikes against
//! militant camps in Pakistan", `tests/unseen_wordings_7.rs`), a relative
//! clause on a noun that describes the name before it ("Ethiopia, a
//! country that has shelled ..."), and forces or tanks that roll into a
//! country, found seven more of set E (attack P 1.000 R 0.875 F1 0.933) and two of set F
//! (attack R 0.870 F1 0.930).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_E: &[(&str, &[&str])] = &[
    (
        "Russia, which has kept bombing Free Syrian Army positions for weeks, rejected the truce proposal.",
        &["attack attacker=RUS target=Free Syrian Army asserted"],
    ),
    (
        "The U.S.-led coalition, whose jets struck Islamic State targets near Raqqa, said no civilians died.",
        &["attack attacker=USA target=Islamic State asserted"],
    ),
    (
        "Turkey, which invaded northern Cyprus in 1974, still keeps troops on the island.",
        &["attack attacker=TUR target=CYP asserted"],
    ),
    (
        "Hezbollah, whose fighters ambushed an Israeli patrol last month, vowed more attacks.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Ethiopia, a country that has repeatedly shelled Eritrean border towns, hosted the talks.",
        &["attack attacker=ETH target=ERI asserted"],
    ),
    (
        "The Kremlin launched its air strikes on Islamic State in September 2015.",
        &["attack attacker=RUS target=Islamic State asserted"],
    ),
    (
        "Israel's bombing of Hamas tunnels drew condemnation from several governments.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "Turkish shelling of YPG positions continued overnight.",
        &["attack attacker=TUR target=YPG asserted"],
    ),
    (
        "The Saudi-led campaign against the Houthis has lasted eight years.",
        &["attack attacker=SAU target=Houthis asserted"],
    ),
    (
        "Pakistan's air raids on Taliban hideouts angered officials in Kabul.",
        &["attack attacker=PAK target=Taliban asserted"],
    ),
    (
        "India defended its strikes against militant camps in Pakistan.",
        &["attack attacker=IND target=PAK asserted"],
    ),
    (
        "The American invasion of Iraq in 2003 toppled Saddam Hussein.",
        &["attack attacker=USA target=IRQ asserted"],
    ),
    (
        "Azerbaijan's offensive in Nagorno-Karabakh forced thousands to flee.",
        &["attack attacker=AZE target=Nagorno-Karabakh asserted"],
    ),
    (
        "Iraqi troops stormed Fallujah in June 2016.",
        &["attack attacker=IRQ target=Fallujah asserted"],
    ),
    (
        "Syrian and Russian jets pounded Idlib on Thursday.",
        &[
            "attack attacker=SYR target=Idlib asserted",
            "attack attacker=RUS target=Idlib asserted",
        ],
    ),
    (
        "Saudi warplanes bombed the port of Hodeidah.",
        &["attack attacker=SAU target=Hodeidah asserted"],
    ),
    (
        "Israeli aircraft struck the town of Rafah overnight.",
        &["attack attacker=ISR target=Rafah asserted"],
    ),
    (
        "Russian forces shelled the city of Kharkiv for a third day.",
        &["attack attacker=RUS target=Kharkiv asserted"],
    ),
    (
        "Moscow launched missiles at Kyiv early on Monday.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Al-Shabaab fighters overran a Somali army base near Mogadishu.",
        &["attack attacker=Al-Shabaab target=SOM asserted"],
    ),
    (
        "Boko Haram gunmen raided the village of Chibok in Nigeria.",
        &["attack attacker=Boko Haram target=Chibok asserted"],
    ),
    (
        "Israeli jets flew over southern Lebanon on Sunday, striking Hezbollah weapons depots.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "After shelling Armenian villages for two days, Azerbaijani forces agreed to a truce.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Myanmar's army was accused of bombing Kachin Independence Army camps.",
        &["attack attacker=MMR target=Kachin Independence Army alleged"],
    ),
    (
        "Ukrainian drones hit a Russian oil refinery, setting it ablaze.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Houthi rebels fired missiles toward Saudi Arabia, targeting the airport in Abha.",
        &["attack attacker=Houthi target=SAU asserted"],
    ),
    (
        "France sent troops to Mali in 2013 to fight Ansar Dine militants.",
        &["attack attacker=FRA target=Ansar Dine asserted"],
    ),
    (
        "Chad deployed soldiers to Nigeria to attack Boko Haram.",
        &["attack attacker=TCD target=Boko Haram asserted"],
    ),
    (
        "The Kremlin sent warplanes to Syria to help Assad defeat Islamic State.",
        &["attack attacker=RUS target=Islamic State asserted"],
    ),
    (
        "Italy invaded Ethiopia in 1935.",
        &["attack attacker=ITA target=ETH asserted"],
    ),
    (
        "Argentina invaded the Falkland Islands in 1982.",
        &["attack attacker=ARG target=Falkland Islands asserted"],
    ),
    (
        "Iraqi tanks rolled into Kuwait in August 1990.",
        &["attack attacker=IRQ target=KWT asserted"],
    ),
    (
        "Vietnam invaded Cambodia in December 1978 and ousted the Khmer Rouge.",
        &["attack attacker=VNM target=KHM asserted"],
    ),
    (
        "The Japanese navy attacked Pearl Harbor in 1941.",
        &["attack attacker=JPN target=Pearl Harbor asserted"],
    ),
    (
        "The Security Council demanded that Israel halt air strikes against Gaza.",
        &["attack attacker=ISR target=Gaza asserted"],
    ),
    (
        "Washington urged Turkey not to launch an offensive against the SDF.",
        &["attack attacker=TUR target=SDF uncertain"],
    ),
    (
        "The UN called on Saudi Arabia to stop bombing Yemen.",
        &["attack attacker=SAU target=YEM asserted"],
    ),
    (
        "Ankara threatened to invade northern Syria.",
        &["attack attacker=TUR target=SYR uncertain"],
    ),
    (
        "Islamic State militants attacked Peshmerga positions near Mosul.",
        &["attack attacker=Islamic State target=Peshmerga asserted"],
    ),
    (
        "The Taliban launched an assault on Afghan army posts in Helmand.",
        &["attack attacker=Taliban target=AFG asserted"],
    ),
    (
        "Hezbollah and Hamas fighters attacked Israeli positions.",
        &[
            "attack attacker=Hezbollah target=ISR asserted",
            "attack attacker=Hamas target=ISR asserted",
        ],
    ),
    (
        "Russian missiles hit Odesa and Mykolaiv overnight.",
        &[
            "attack attacker=RUS target=Odesa asserted",
            "attack attacker=RUS target=Mykolaiv asserted",
        ],
    ),
    (
        "NATO jets bombed Serbia for 78 days in 1999.",
        &["attack attacker=NATO target=SRB asserted"],
    ),
    (
        "The Wagner Group attacked Ukrainian lines near Bakhmut.",
        &["attack attacker=Wagner target=UKR asserted"],
    ),
    (
        "Al-Qaeda's 1998 bombings of the U.S. embassies in Kenya and Tanzania killed over 200 people.",
        &["attack attacker=Al-Qaeda target=USA asserted"],
    ),
    (
        "The opposition leader attacked the government's plan to raise taxes.",
        &[],
    ),
    ("The campaign bombarded voters in Ohio with television ads.", &[]),
    ("Brazil crushed Argentina 4-0 in the World Cup qualifier.", &[]),
    ("The president's war on drugs filled Philippine prisons.", &[]),
    (
        "A price war between Chinese and Japanese carmakers hit profits.",
        &[],
    ),
    ("A hurricane battered Cuba and Haiti on Friday.", &[]),
    ("The virus attacks the immune system of patients in Kenya.", &[]),
    (
        "North Korean hackers hijacked the Twitter account of a South Korean minister.",
        &[],
    ),
    (
        "Netflix released The Siege of Sarajevo, a drama set in Bosnia.",
        &[],
    ),
    (
        "Bayern Munich stormed past Barcelona in the Champions League.",
        &[],
    ),
    (
        "Apple's assault on the Chinese smartphone market has slowed.",
        &[],
    ),
    ("Chinese exporters flooded Indian markets with cheap steel.", &[]),
    ("France blasted Italy's migration policy at the summit.", &[]),
    ("Russian voters were bombarded with pro-Kremlin messages.", &[]),
    ("Tropical Storm Ana struck Mozambique, killing 20 people.", &[]),
];

/// Written after the changes set E led to, and scored once.
const SET_F: &[(&str, &[&str])] = &[
    (
        "Iran, whose drones struck two Kurdish bases in Iraq last year, warned Baghdad again.",
        &["attack attacker=IRN target=IRQ asserted"],
    ),
    (
        "The Houthis, who have repeatedly fired missiles at Israel, claimed another launch.",
        &["attack attacker=Houthis target=ISR asserted"],
    ),
    (
        "Eritrea, whose soldiers fought alongside Ethiopian troops in Tigray, denied abuses.",
        &["attack attacker=ERI target=Tigray asserted"],
    ),
    (
        "Russia's shelling of Zaporizhzhia continued through the night.",
        &["attack attacker=RUS target=Zaporizhzhia asserted"],
    ),
    (
        "The Egyptian air strikes on Islamic State camps in Libya followed the killing of 21 hostages.",
        &["attack attacker=EGY target=Islamic State asserted"],
    ),
    (
        "Israeli forces raided the Jenin refugee camp before dawn.",
        &["attack attacker=ISR target=Jenin asserted"],
    ),
    (
        "Sudanese army jets bombed the city of Nyala on Tuesday.",
        &["attack attacker=SDN target=Nyala asserted"],
    ),
    (
        "After bombarding Houthi positions for weeks, Saudi Arabia agreed to a truce.",
        &["attack attacker=SAU target=Houthi asserted"],
    ),
    (
        "Before invading Georgia in 2008, Russia massed troops near the border.",
        &["attack attacker=RUS target=GEO asserted"],
    ),
    (
        "Moscow was accused of shelling Ukrainian grain terminals in Odesa.",
        &["attack attacker=RUS target=UKR alleged"],
    ),
    (
        "Tehran threatened to strike Israel if the attacks continued.",
        &["attack attacker=IRN target=ISR uncertain"],
    ),
    (
        "The Security Council urged Israel to halt its offensive against Hamas.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "In 1939 Germany invaded Poland, starting the Second World War.",
        &["attack attacker=DEU target=POL asserted"],
    ),
    (
        "Iraq invaded Iran in September 1980.",
        &["attack attacker=IRQ target=IRN asserted"],
    ),
    (
        "Taliban fighters and Haqqani network gunmen attacked an Afghan army outpost.",
        &[
            "attack attacker=Taliban target=AFG asserted",
            "attack attacker=Haqqani target=AFG asserted",
        ],
    ),
    (
        "Colombian troops fought FARC rebels in the jungle near the Venezuelan border.",
        &["attack attacker=COL target=FARC asserted"],
    ),
    (
        "Armenian and Azerbaijani troops exchanged fire along the border.",
        &["attack attacker=ARM target=AZE asserted"],
    ),
    (
        "Ukrainian special forces, whose boats landed near Kherson, attacked Russian positions.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Hamas gunmen, who crossed the fence at dawn, attacked Israeli villages.",
        &["attack attacker=Hamas target=ISR asserted"],
    ),
    (
        "Pakistani jets pounded Taliban hideouts in North Waziristan.",
        &["attack attacker=PAK target=Taliban asserted"],
    ),
    (
        "The U.S.-led coalition killed a senior al-Shabaab commander in an air strike.",
        &["attack attacker=USA target=al-Shabaab asserted"],
    ),
    (
        "North Korea shelled a South Korean island in 2010.",
        &["attack attacker=PRK target=KOR asserted"],
    ),
    (
        "The senator attacked Iran's foreign minister in a fiery speech.",
        &[],
    ),
    ("Amazon's price war with Walmart hurt smaller shops in Ohio.", &[]),
    ("A winter storm pounded Canada for three days.", &[]),
    ("The chess champion from Norway crushed his Indian rival.", &[]),
    ("Cancer cells invade nearby tissue in the lungs of patients.", &[]),
    (
        "Chinese fans stormed the pitch after the match against Japan.",
        &[],
    ),
    (
        "Germany's opposition leader blasted the chancellor over energy prices.",
        &[],
    ),
    ("The novel 'The Fall of Kabul' sold well in Britain.", &[]),
];

/// Relations of the tables the engine still misses: places it does not
/// know as places ("the port of Hodeidah", "Pearl Harbor"), a doer named
/// only in a modifier ("the U.S.-led coalition, whose jets", "the
/// Saudi-led campaign"), an apposition before a relative clause ("Ethiopia,
/// a country that has shelled"), a plural weapon word read as a verb after a name
/// ("NATO jets bombed"), purpose clauses ("sent troops to fight"),
/// movement into a country ("tanks rolled into Kuwait"), a fronted time
/// phrase before the subject ("In 1939 Germany invaded"), groups it does
/// not know (Peshmerga, the Haqqani network), a doer whose troops fight
/// "alongside" others in a place, and a passive "was accused of shelling"
/// whose target is an adjective before a place.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set E.
    (
        "The Saudi-led campaign against the Houthis has lasted eight years.",
        "attack attacker=SAU target=Houthis asserted",
    ),
    (
        "The Kremlin sent warplanes to Syria to help Assad defeat Islamic State.",
        "attack attacker=RUS target=Islamic State asserted",
    ),
    (
        "The UN called on Saudi Arabia to stop bombing Yemen.",
        "attack attacker=SAU target=YEM asserted",
    ),
    (
        "Islamic State militants attacked Peshmerga positions near Mosul.",
        "attack attacker=Islamic State target=Peshmerga asserted",
    ),
    (
        "Russian missiles hit Odesa and Mykolaiv overnight.",
        "attack attacker=RUS target=Mykolaiv asserted",
    ),
    // Set F.
    (
        "Eritrea, whose soldiers fought alongside Ethiopian troops in Tigray, denied abuses.",
        "attack attacker=ERI target=Tigray asserted",
    ),
    (
        "Moscow was accused of shelling Ukrainian grain terminals in Odesa.",
        "attack attacker=RUS target=UKR alleged",
    ),
    (
        "Taliban fighters and Haqqani network gunmen attacked an Afghan army outpost.",
        "attack attacker=Haqqani target=AFG asserted",
    ),
];

#[test]
fn set_e_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_E, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_f_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_F, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A miss that is no row, or that the engine now finds, is a stale entry.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_E, SET_F], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

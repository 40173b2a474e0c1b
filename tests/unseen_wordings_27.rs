//! A twenty-seventh blind table, of event wordings of wire news (issue 17:
//! recall on external event gold): set BI, 48 texts and 11 traps written
//! before the engine was run on them, in the shapes such gold takes: actors
//! named by a country adjective or an armed group ("Israeli troops",
//! "Saudi-led coalition jets", "Taliban fighters", "Houthi militants",
//! "Syrian government forces", "an Islamic State suicide bomber"), targets
//! that are places or people of a country ("a Palestinian refugee camp",
//! "Turkish positions", "the Syrian town of"), and noun triggers ("the
//! Israeli army's raid on", "a U.S. drone strike on", "the Russian shelling
//! of", "clashes between Indian and Pakistani troops", "the Russian
//! invasion of"); supply by smuggling, unloading, buying, lending, sending a
//! shipment, receiving, exporting, giving and importing; sanctions as an
//! embargo, a blacklisting, frozen assets; accusations and blame; military
//! aid without a weapon. Traps use the same words in other senses (a police
//! raid on a bar, clashes of opinion, an army of volunteers, strikes by
//! workers, a team's attack, a striker, a firm's assault on a market share,
//! blaming the weather, avocados shipped, shots at a goal, calls backing a
//! bill).
//!
//! Scores: target/release/examples/evaluate on
//! `tests/unseen_wordings_27.bi.gold.jsonl` (optional relations there are
//! uses, a second target of a strike and readings inside an accusation).
//!
//! Set BI was written, and its gold committed, before the engine ran on
//! it, and scored once on main as it was (8d56fa2): micro P 0.878 R 0.843
//! F1 0.860, factuality 1.000 (43/43); no trap gave a relation. Two gold
//! arguments were mended after that run, both slips of writing the gold
//! file (not readings): "PKK" had been written as a country code, and
//! "rockets" as a class "rocket" that SCHEMA does not have (rockets are of
//! class missile); with them mended the blind run is P 0.918 R 0.882 F1
//! 0.900. Its misses: an agent noun of attack after a group's name ("an
//! Islamic State suicide bomber"), a place held by a named actor ("a
//! village controlled by the Kachin Independence Army"), a weapon
//! subject's strike "in" a place ("Ukrainian drones hit an oil refinery in
//! Russia's Krasnodar region"), a cargo unloaded in a port, and three
//! targets read as the place rather than the country of its adjective or
//! possessive ("the Saudi city of Jazan", "the Syrian town of Ariha",
//! "Russia's Krasnodar region"): the engine's choice, documented in
//! `src/rule/frame/fill.rs` ("the Chilean town of Arica" is the town, more
//! exact than the country), which the gold here did not follow; the
//! place's span is what RAMS annotates, the country what PLOVER codes.
//! Two false positives are readings the dev gold makes: "military
//! assistance to" is supply there as well as support (this gold, after the
//! brief's "support: military aid without a weapon", had support only),
//! and "an embargo on arms sales to Venezuela" is a negated sale.
//!
//! After the changes (an armed group's agent nouns, "bomber", "attacker",
//! "assailant"; a place held, controlled or owned by a named actor is its;
//! an armed group's name before its weapon stands for the group, "Houthi
//! drones", as a country's adjective does; a projectile's impact "in" a
//! place, as a fallback; wounding by forces or an attack as an attack;
//! people hurt in clashes with a side as its targets; prisons and hotels as
//! targets): micro P 0.922 R 0.922 F1 0.922, factuality 1.000 (47/47); the
//! misses left are in `KNOWN_MISSES`. (A weapon subject's "hit" with the
//! place after "in" was tried and dropped: "Chinese consumer drones hit the
//! shelves in Russia", a trap of `tests/unseen_wordings_12.rs`, read as an
//! attack.)
//!
//! Kinds the author of set BI found on main after it (issue 17), written
//! as `KINDS_AFTER_BI` and `WRONG_AFTER_BI` with the fixes (not blind): a
//! weapon maker named before the weapon ("Raytheon missiles") made it and
//! is no attacker or user (`src/rule/sense.rs`); a sea, gulf or strait
//! (`category=water` in `gazetteers/locations.tsv`) is where a ship was
//! struck, not a target, and a ship that names its country still is one;
//! an -ing noun of attack after a country's adjective, before a verb with
//! an object ("Russian shelling killed five civilians"), is that verb's
//! subject, as "Russian airstrikes" is; and an -ing noun joined to an
//! object noun before a preposition ("weapons and funding to") is a
//! second object, not a second verb (`src/grammar/tag.rs`). "Houthi
//! drones struck northern Israel" gave nothing: "northern" was no
//! adjective in the lexicon, and "drones" was read as the verb; it is the
//! Houthis' attack now, as "Houthi drones struck Israel" was.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses, wrong_readings};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`. Written before the engine ran on it.
const SET_BI: &[(&str, &[&str])] = &[
    (
        "Israeli troops raided a Palestinian refugee camp in Jenin before dawn on Monday, killing three people, medics said.",
        &["attack attacker=ISR target=PSE asserted"],
    ),
    (
        "A U.S. drone strike on al-Shabab fighters near the Somali town of Jilib killed 12 militants, the Pentagon said.",
        &["attack attacker=USA target=al-Shabab asserted"],
    ),
    (
        "Saudi-led coalition jets bombed Houthi positions in western Yemen overnight, residents said.",
        &["attack attacker=SAU target=Houthi asserted"],
    ),
    (
        "Taliban fighters stormed an Afghan army checkpoint in Kunduz province, killing five soldiers, a local official said.",
        &["attack attacker=Taliban target=AFG asserted"],
    ),
    (
        "Turkish warplanes pounded PKK hideouts in northern Iraq on Saturday, the defence ministry in Ankara said.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Houthi militants fired a ballistic missile at the Saudi city of Jazan late on Tuesday, the coalition said.",
        &["attack attacker=Houthi target=SAU asserted", "use user=Houthi item=missile target=SAU asserted"],
    ),
    (
        "Syrian government forces shelled Turkish positions in Idlib, killing eight Turkish soldiers, Ankara said.",
        &["attack attacker=SYR target=TUR alleged"],
    ),
    (
        "Russian warplanes bombed a crowded market in the Syrian town of Ariha, killing at least 30 people.",
        &["attack attacker=RUS target=SYR asserted"],
    ),
    (
        "An Islamic State suicide bomber struck a convoy of Iraqi soldiers near Tikrit on Thursday, killing 11, security sources said.",
        &["attack attacker=Islamic State target=IRQ asserted"],
    ),
    (
        "The Israeli army's raid on Palestinian militants in Nablus left four dead, the health ministry said.",
        &["attack attacker=ISR target=PSE asserted"],
    ),
    (
        "The Russian shelling of Kharkiv went on through the night, the Ukrainian city's mayor said.",
        &["attack attacker=RUS target=Kharkiv asserted"],
    ),
    (
        "Clashes between Indian and Pakistani troops along the Line of Control left two soldiers dead on Sunday.",
        &["attack attacker=IND target=PAK asserted"],
    ),
    (
        "Azerbaijani forces launched an offensive against Armenian separatists in Nagorno-Karabakh on Tuesday.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region overnight, a source in Kyiv said.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Pakistan carried out airstrikes on Taliban hideouts inside Afghanistan, the Afghan government said.",
        &["attack attacker=PAK target=Taliban alleged"],
    ),
    (
        "Boko Haram gunmen attacked a Nigerian military base in Borno state, killing 14 soldiers.",
        &["attack attacker=Boko Haram target=NGA asserted"],
    ),
    (
        "Myanmar's military junta bombed a village controlled by the Kachin Independence Army, killing dozens.",
        &["attack attacker=MMR target=Kachin Independence Army asserted"],
    ),
    (
        "Hamas fired dozens of rockets into southern Israel on Friday, the Israeli military said.",
        &["attack attacker=Hamas target=ISR alleged", "use user=Hamas item=missile target=ISR alleged"],
    ),
    (
        "North Korean artillery shelled a South Korean island near the disputed sea border in 2010.",
        &["attack attacker=PRK target=KOR asserted"],
    ),
    (
        "The Russian invasion of Ukraine has displaced millions of people.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Israeli fighter jets struck Hezbollah targets in southern Lebanon after rockets were fired across the border.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Gunmen from the Islamic State group opened fire on Egyptian soldiers at a checkpoint in Sinai, killing seven.",
        &["attack attacker=Islamic State target=EGY asserted"],
    ),
    (
        "Iran has been smuggling weapons to Houthi rebels in Yemen by sea, the U.S. Navy said.",
        &["supply supplier=IRN recipient=Houthi asserted"],
    ),
    (
        "A cargo ship carrying Russian-made tanks unloaded its cargo in the Syrian port of Tartus on Monday.",
        &["supply supplier=RUS recipient=SYR asserted"],
    ),
    (
        "Egypt bought 24 Rafale fighter jets from France in a deal worth $5.9 billion.",
        &["supply supplier=FRA recipient=EGY asserted"],
    ),
    (
        "Belarus lent Russia hundreds of its old T-72 tanks last year, independent analysts said.",
        &["supply supplier=BLR recipient=RUS asserted"],
    ),
    (
        "Washington sent a new shipment of Stinger missiles to Taiwan in March.",
        &["supply supplier=USA recipient=TWN asserted"],
    ),
    (
        "Armenia received a batch of Indian-made Pinaka rocket launchers this week, the defence ministry in Yerevan said.",
        &["supply supplier=IND recipient=ARM asserted"],
    ),
    (
        "South Africa exported armoured vehicles worth $200 million to Saudi Arabia in 2020.",
        &["supply supplier=ZAF recipient=SAU asserted"],
    ),
    (
        "Poland gave Ukraine 14 Leopard tanks as part of a military aid package.",
        &["supply supplier=POL recipient=UKR asserted"],
    ),
    (
        "Russia imported hundreds of Iranian drones in 2022, Western officials say.",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "The European Union imposed an embargo on arms sales to Venezuela in 2017.",
        &["sanction sanctioner=European Union target=VEN asserted"],
    ),
    (
        "Washington blacklisted three Chinese companies accused of helping Iran's drone programme.",
        &["sanction sanctioner=USA target=Chinese asserted"],
    ),
    (
        "Britain slapped fresh sanctions on Russian oligarchs over the war in Ukraine.",
        &["sanction sanctioner=GBR target=RUS asserted"],
    ),
    (
        "Japan froze the assets of North Korean officials linked to the missile programme.",
        &["sanction sanctioner=JPN target=PRK asserted"],
    ),
    (
        "Canada announced sanctions against Iranian officials over the crackdown on protesters.",
        &["sanction sanctioner=CAN target=IRN asserted"],
    ),
    (
        "The United Nations Security Council voted to extend an arms embargo on South Sudan for another year.",
        &["sanction sanctioner=Security Council target=SSD asserted"],
    ),
    (
        "Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Pakistan blamed India for a bomb attack in Lahore that killed four people.",
        &["accuse accuser=PAK accused=IND asserted"],
    ),
    (
        "Tehran blamed Israel for the drone attack on a military factory in Isfahan.",
        &["accuse accuser=IRN accused=ISR asserted"],
    ),
    (
        "China accused the United States of stoking tensions in the Taiwan Strait.",
        &["accuse accuser=CHN accused=USA asserted"],
    ),
    (
        "Israel's foreign minister accused Iran of arming Hezbollah.",
        &["accuse accuser=ISR accused=IRN asserted", "supply supplier=IRN recipient=Hezbollah alleged"],
    ),
    (
        "Ethiopia accuses Sudan of backing rebels in the Tigray region.",
        &["accuse accuser=ETH accused=SDN asserted"],
    ),
    (
        "Washington has provided military assistance to the Philippine armed forces fighting Islamist militants in Mindanao.",
        &["support supporter=USA supported=PHL asserted"],
    ),
    (
        "Turkey backs the Government of National Accord in Tripoli with military advisers and intelligence.",
        &["support supporter=TUR supported=Government of National Accord asserted"],
    ),
    (
        "Iran's Revolutionary Guards have helped Syrian government forces retake Aleppo.",
        &["support supporter=Revolutionary Guards supported=SYR asserted"],
    ),
    (
        "Rwanda is backing the M23 rebels in eastern Congo, a U.N. report said.",
        &["support supporter=RWA supported=M23 asserted"],
    ),
    (
        "Russia sent military advisers to help the Central African Republic's army fight rebels.",
        &["support supporter=RUS supported=CAF asserted"],
    ),
    (
        "Police raided a bar in downtown Chicago and arrested six people on drug charges.",
        &[],
    ),
    (
        "Clashes of opinion between French and German officials delayed the budget deal.",
        &[],
    ),
    (
        "An army of volunteers from Britain and Canada cleaned the beaches after the oil spill.",
        &[],
    ),
    (
        "Strikes by Italian rail workers disrupted travel across the country on Friday.",
        &[],
    ),
    (
        "Brazil's attack overwhelmed Argentina in the second half of the World Cup qualifier.",
        &[],
    ),
    (
        "Spain's striker hit the post twice against Portugal on Saturday.",
        &[],
    ),
    (
        "The Chinese tech firm launched a fresh assault on Apple's share of the smartphone market.",
        &[],
    ),
    (
        "Japan's prime minister blamed the weather for the poor rice harvest.",
        &[],
    ),
    (
        "Mexico shipped a record amount of avocados to the United States last year.",
        &[],
    ),
    (
        "Norway's players fired shots at the Danish goal but could not score.",
        &[],
    ),
    (
        "The senator's office was flooded with calls backing the bill.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // the place after "the Saudi city of" is the target, more exactly than
    // the country of the adjective (`resolve_one` in src/rule/frame/fill.rs)
    (
        "Houthi militants fired a ballistic missile at the Saudi city of Jazan late on Tuesday, the coalition said.",
        "attack attacker=Houthi target=SAU asserted",
    ),
    (
        "Russian warplanes bombed a crowded market in the Syrian town of Ariha, killing at least 30 people.",
        "attack attacker=RUS target=SYR asserted",
    ),
    // the same for a region named before its head ("Russia's Krasnodar
    // region" is Krasnodar)
    (
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region overnight, a source in Kyiv said.",
        "attack attacker=UKR target=RUS asserted",
    ),
    // a ship that unloads weapons in a country: no frame reads a vehicle's
    // cargo set down in a port as its supply
    (
        "A cargo ship carrying Russian-made tanks unloaded its cargo in the Syrian port of Tartus on Monday.",
        "supply supplier=RUS recipient=SYR asserted",
    ),
];

/// Readings of the kinds found after set BI, in new words (not blind).
const KINDS_AFTER_BI: &[(&str, &[&str])] = &[
    (
        "Houthi drones hit a Greek tanker in the Red Sea on Monday.",
        &["attack attacker=Houthi target=GRC asserted"],
    ),
    (
        "Iranian gunboats attacked a British tanker in the Strait of Hormuz.",
        &["attack attacker=IRN target=GBR asserted"],
    ),
    (
        "Ukrainian sea drones struck a Russian warship in the Black Sea.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Houthi drones struck northern Israel on Sunday.",
        &["attack attacker=Houthi target=ISR asserted"],
    ),
    (
        "Russian shelling killed five civilians in Kherson on Monday.",
        &["attack attacker=RUS target=Kherson asserted"],
    ),
    (
        "Russian shelling killed four people in Ukraine's south overnight.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Iran provides weapons and funding to Hezbollah, U.S. officials say.",
        &[
            "supply supplier=IRN recipient=Hezbollah asserted",
            "support supporter=IRN supported=Hezbollah asserted",
        ],
    ),
    (
        "Qatar gave tents and funding to Sudanese refugees in Chad.",
        &["support supporter=QAT supported=SDN asserted"],
    ),
    ("Peruvian firms building roads hired 300 workers.", &[]),
    ("Chilean fishing in the Gulf of Aden grew last year.", &[]),
];

/// Readings those kinds must not give: a maker as the doer, a sea as the
/// target.
const WRONG_AFTER_BI: &[(&str, &[&str])] = &[
    (
        "Raytheon missiles struck northern Israel on Sunday.",
        &["attack attacker=Raytheon asserted"],
    ),
    (
        "Lockheed Martin missiles hit Houthi positions overnight.",
        &["attack attacker=Lockheed Martin asserted"],
    ),
    (
        "Houthi drones hit a tanker in the Red Sea on Monday.",
        &["attack target=Red Sea asserted"],
    ),
    (
        "Houthi rebels attacked ships in the Red Sea.",
        &["attack target=Red Sea asserted"],
    ),
    (
        "Houthi drones hit a Greek tanker in the Red Sea on Monday.",
        &["attack target=Red Sea asserted"],
    ),
];

#[test]
fn kinds_found_after_set_bi() {
    let ex = Extractor::default();
    let failures = failures(&ex, KINDS_AFTER_BI, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let wrong = wrong_readings(&ex, WRONG_AFTER_BI);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn set_bi_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BI, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BI], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

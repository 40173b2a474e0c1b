//! Issue 16: weapons and military platforms of 2015-2024 news that the
//! gazetteers may not list, in neutral news sentences (the newsie authors'
//! own; the weapons' names are facts), and trap sentences whose look-alikes
//! (products, flights, teams, units, laws, storms, years) name no weapon.
//!
//! A weapon is found when a WEAPON mention's text holds its name. The
//! first 115 weapons and 50 traps were written before reading any output:
//! the code of c73420a found 90 of the 115, and 2 traps named a weapon
//! ("RAV4 vehicles", and the class word of "the Falcon 9 rocket"). The
//! last 43 and 15 were written after the first fixes, before reading their
//! output (34 found, 1 trap: "the Starship rocket"). Now 139 of the 158
//! are found and 1 trap names a weapon ("the Starship rocket exploded
//! after launch": "launch" is no word of space flight alone). Still missed:
//! a name opening the sentence ("Merkava tanks entered ...": the lexicon
//! cannot tell it from "Homemade bombs went off"), a name that is also a
//! word of organizations' or people's names ("Wing Loong", "Boxer"), and a name before a noun no list holds or
//! one that also names people ("laser", "torpedo", "fighters").
//!
//! Blind batch C (branch n21, `BLIND_C_WEAPONS`), written and committed
//! before the engine ran on it: 31 of 40 found at 6cf7711, 37 of 40 after
//! the fixes of that branch.
//!
//! Blind batch D (branch w36, `BLIND_D_WEAPONS`, 60 weapons and 20 traps),
//! written before the engine ran on it: 39 of 60 found at 77e4d0f, 49 of
//! 60 after the fixes of that branch (a name opening the sentence that is
//! no word of the language, a name in apposition, class nouns the lists
//! lacked, a designation inside a headline); no trap names a weapon.
//! Blind batch E (`BLIND_E_WEAPONS`, 30 and 10 traps) was written after
//! those fixes and scored once: 25 of 30, no trap.

use newsie::{EntityType, Extractor};

fn weapons(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Weapon)
        .map(|e| e.text().to_string())
        .collect()
}

/// Each sentence and the weapon it must name.
const WEAPONS: &[(&str, &str)] = &[
    (
        "Russia launched a wave of Geran-2 drones at Odesa overnight.",
        "Geran-2",
    ),
    (
        "A Lancet loitering munition struck the howitzer near the town.",
        "Lancet",
    ),
    (
        "The Kinzhal hypersonic missile was intercepted over Kyiv, the air force said.",
        "Kinzhal",
    ),
    (
        "Moscow fired three Kalibr cruise missiles from the Black Sea.",
        "Kalibr",
    ),
    ("Two Kh-101 missiles hit the power station.", "Kh-101"),
    (
        "The Russian army deployed the TOS-1A thermobaric launcher near the city.",
        "TOS-1A",
    ),
    ("Ukrainian troops captured a T-90M tank intact.", "T-90M"),
    ("Su-34 bombers dropped glide bombs on the town.", "Su-34"),
    (
        "The Orlan-10 reconnaissance drone spotted the convoy.",
        "Orlan-10",
    ),
    (
        "Russia tested the Sarmat intercontinental missile in April.",
        "Sarmat",
    ),
    (
        "The Zircon missile can fly at nine times the speed of sound, officials claim.",
        "Zircon",
    ),
    ("A Ka-52 attack helicopter was shot down near Kherson.", "Ka-52"),
    (
        "The Pantsir air defence system failed to stop the drones.",
        "Pantsir",
    ),
    (
        "The cruiser Moskva sank after being hit by two missiles.",
        "Moskva",
    ),
    ("Russia fired North Korean KN-23 missiles at Kharkiv.", "KN-23"),
    ("FAB-500 glide bombs have devastated front-line towns.", "FAB-500"),
    ("The Msta-S howitzer was destroyed by a drone.", "Msta-S"),
    (
        "Russian forces used Tor-M2 batteries to protect the bridge.",
        "Tor-M2",
    ),
    ("Ukraine's Neptune missiles sank the flagship.", "Neptune"),
    ("Sea Baby naval drones struck the bridge again.", "Sea Baby"),
    (
        "Ukraine unveiled the Palianytsia missile-drone in August.",
        "Palianytsia",
    ),
    (
        "Magura V5 sea drones have damaged several Russian vessels.",
        "Magura V5",
    ),
    (
        "The Bohdana self-propelled howitzer fired on the island.",
        "Bohdana",
    ),
    (
        "The Liutyi long-range drone hit a refinery deep inside Russia.",
        "Liutyi",
    ),
    (
        "Ukraine's Stugna-P anti-tank missiles destroyed several tanks.",
        "Stugna-P",
    ),
    (
        "Iran supplied Shahed-136 drones to Russia, the report said.",
        "Shahed-136",
    ),
    ("The Mohajer-6 drone was seen over the Black Sea.", "Mohajer-6"),
    ("Iran unveiled the Fattah hypersonic missile in June.", "Fattah"),
    (
        "Tehran fired Kheibar Shekan missiles at Israel.",
        "Kheibar Shekan",
    ),
    ("The Houthis launched a Toufan missile toward Eilat.", "Toufan"),
    (
        "Iran's Bavar-373 air defence system was shown at a parade.",
        "Bavar-373",
    ),
    (
        "Emad ballistic missiles were among those fired, analysts said.",
        "Emad",
    ),
    (
        "The Arash-2 drone has a longer range, state media said.",
        "Arash-2",
    ),
    ("Israel's Iron Dome intercepted most of the rockets.", "Iron Dome"),
    (
        "The David's Sling system shot down a missile over Haifa.",
        "David's Sling",
    ),
    ("Israel used the Iron Beam laser for the first time.", "Iron Beam"),
    (
        "Arrow 3 interceptors destroyed the missile above the atmosphere.",
        "Arrow 3",
    ),
    ("Israeli troops fired Spike missiles at the position.", "Spike"),
    (
        "The Harop loitering munition was used by Azerbaijan in the war.",
        "Harop",
    ),
    ("Merkava tanks entered the northern Gaza Strip.", "Merkava"),
    ("The Hermes 900 drone was shot down over Lebanon.", "Hermes 900"),
    ("An Eitan armoured vehicle hit a mine.", "Eitan"),
    (
        "Bayraktar TB2 drones helped Ukraine in the first weeks of the war.",
        "Bayraktar TB2",
    ),
    (
        "Turkey flew its Kizilelma unmanned fighter for the first time.",
        "Kizilelma",
    ),
    ("The Akinci drone crashed during a training flight.", "Akinci"),
    ("Ankara plans to buy more T-129 helicopters.", "T-129"),
    ("Turkey delivered Kirpi armoured vehicles to Kyiv.", "Kirpi"),
    ("The TCG Anadolu drone carrier joined the fleet.", "TCG Anadolu"),
    ("China's Type 055 destroyers sailed near Japan.", "Type 055"),
    ("The J-20 stealth fighter flew at the air show in Zhuhai.", "J-20"),
    (
        "The DF-41 missile was displayed at the parade in Beijing.",
        "DF-41",
    ),
    (
        "Wing Loong II drones have been sold to several Gulf states.",
        "Wing Loong",
    ),
    ("The Type 076 assault ship was launched in Shanghai.", "Type 076"),
    ("The CH-5 drone can carry sixteen missiles.", "CH-5"),
    ("China tested the DF-17 hypersonic glide vehicle.", "DF-17"),
    (
        "The army showed the HQ-9 air defence system to foreign buyers.",
        "HQ-9",
    ),
    ("North Korea test-fired the Hwasong-17 on Thursday.", "Hwasong-17"),
    ("Pyongyang said the Hwasong-18 used solid fuel.", "Hwasong-18"),
    ("The KN-25 launcher fired two rounds into the sea.", "KN-25"),
    (
        "North Korea launched a Pukguksong-3 from a submarine.",
        "Pukguksong-3",
    ),
    ("The US sent more HIMARS launchers to Ukraine.", "HIMARS"),
    (
        "Ukraine received ATACMS missiles in secret, officials said.",
        "ATACMS",
    ),
    ("Abrams tanks arrived in Ukraine in September.", "Abrams"),
    ("Bradley fighting vehicles were sent to Ukraine.", "Bradley"),
    ("The Pentagon approved the sale of F-35 jets to Poland.", "F-35"),
    ("Two MQ-9 Reaper drones were lost over Yemen.", "MQ-9"),
    ("The US fired Tomahawk missiles at Houthi sites.", "Tomahawk"),
    ("Switchblade drones were part of the aid package.", "Switchblade"),
    ("The B-21 Raider bomber made its first flight.", "B-21"),
    (
        "Patriot batteries shot down the missile over the capital.",
        "Patriot",
    ),
    ("M777 howitzers were among the first heavy weapons sent.", "M777"),
    ("The Pentagon sent Phoenix Ghost drones to Kyiv.", "Phoenix Ghost"),
    ("Ukraine used JDAM-ER bombs against Russian positions.", "JDAM-ER"),
    (
        "The USS Gerald R. Ford was sent to the eastern Mediterranean.",
        "USS Gerald R. Ford",
    ),
    ("Stinger missiles were shipped to Lithuania.", "Stinger"),
    ("Britain gave Ukraine Storm Shadow missiles.", "Storm Shadow"),
    ("France sent SCALP cruise missiles to Kyiv.", "SCALP"),
    ("Germany delivered Leopard 2 tanks in March.", "Leopard 2"),
    ("IRIS-T air defence systems protect the capital.", "IRIS-T"),
    ("The Gepard anti-aircraft guns shot down many drones.", "Gepard"),
    ("Sweden will send CV90 infantry fighting vehicles.", "CV90"),
    (
        "Taurus missiles remain off the table, the chancellor said.",
        "Taurus",
    ),
    ("Caesar howitzers from France arrived in Ukraine.", "Caesar"),
    ("Ukraine received its first F-16 fighters from Denmark.", "F-16"),
    (
        "The Challenger 2 tank was destroyed near the village.",
        "Challenger 2",
    ),
    ("Norway and the US supplied NASAMS batteries.", "NASAMS"),
    ("Poland ordered K2 tanks and K9 howitzers from South Korea.", "K9"),
    ("Sweden offered Gripen fighters to Ukraine.", "Gripen"),
    ("The SAMP/T system arrived from Italy.", "SAMP/T"),
    (
        "Brimstone missiles were used against Russian armour.",
        "Brimstone",
    ),
    ("The Skynex system shot down several drones near Kyiv.", "Skynex"),
    ("Rheinmetall will build Lynx vehicles in Hungary.", "Lynx"),
    (
        "Eurofighter Typhoon jets scrambled to intercept the bomber.",
        "Typhoon",
    ),
    ("Rafale jets struck targets in Pakistan.", "Rafale"),
    ("India test-fired the Agni-V missile in March.", "Agni-V"),
    ("The BrahMos missile accidentally landed in Pakistan.", "BrahMos"),
    ("India deployed its S-400 system near the border.", "S-400"),
    ("Pakistan tested the Ababeel missile.", "Ababeel"),
    ("Pakistan's JF-17 jets took part in the exercise.", "JF-17"),
    (
        "The INS Vikrant carrier was commissioned in Kochi.",
        "INS Vikrant",
    ),
    ("India ordered more Tejas fighters for its air force.", "Tejas"),
    (
        "Pakistan fired the Fatah-II rocket system during a test.",
        "Fatah-II",
    ),
    ("Houthi rebels fired a Burkan missile at Riyadh.", "Burkan"),
    ("Hezbollah used Almas missiles against Israeli tanks.", "Almas"),
    (
        "Hamas fighters used Yassin-105 rockets against armour.",
        "Yassin-105",
    ),
    ("South Korea's KF-21 fighter made its first flight.", "KF-21"),
    (
        "Taiwan received its first Harpoon coastal defence systems.",
        "Harpoon",
    ),
    (
        "Azerbaijan used Orbiter drones against Armenian positions.",
        "Orbiter",
    ),
    (
        "The Poseidon nuclear torpedo remains in development, analysts say.",
        "Poseidon",
    ),
    ("A Geran drone hit the apartment block.", "Geran"),
    ("Ukraine shot down an Iskander-M over Kyiv.", "Iskander-M"),
    ("Air defences intercepted a Zirkon over the capital.", "Zirkon"),
    ("The army fielded its first Piorun launchers.", "Piorun"),
    ("Estonia bought Chunmoo rocket launchers.", "Chunmoo"),
    ("The Krab howitzers from Poland held the line.", "Krab"),
    // A second batch, written after the first fixes, before reading their
    // output.
    (
        "Russia used Krasnopol guided shells against Ukrainian armour.",
        "Krasnopol",
    ),
    ("Ukrainian crews fired Vilkha rockets at the bridge.", "Vilkha"),
    (
        "Russian troops fielded the Terminator fire support vehicle near the city.",
        "Terminator",
    ),
    ("The Kub drone crashed in the capital.", "Kub"),
    ("A Supercam drone was shot down over the region.", "Supercam"),
    (
        "Iran displayed its Khorramshahr missile at the parade.",
        "Khorramshahr",
    ),
    (
        "The Houthis fired Quds-1 cruise missiles at the airport.",
        "Quds-1",
    ),
    (
        "Israeli jets dropped GBU-28 bunker busters on the site.",
        "GBU-28",
    ),
    (
        "The army deployed its Trophy protection system on tanks.",
        "Trophy",
    ),
    ("Turkey's Altay tank entered serial production.", "Altay"),
    ("The Hurjet trainer jet flew for the first time.", "Hurjet"),
    ("China sent Type 99 tanks to the border.", "Type 99"),
    ("The Chinese Y-20 transport plane landed in Belgrade.", "Y-20"),
    ("North Korea test-fired Hwasal cruise missiles.", "Hwasal"),
    (
        "The US Navy deployed the Zumwalt destroyer to the Pacific.",
        "Zumwalt",
    ),
    (
        "American crews fired Excalibur rounds from their howitzers.",
        "Excalibur",
    ),
    (
        "The Pentagon sent Avenger air defence systems to Kyiv.",
        "Avenger",
    ),
    ("Ukraine received Hawk missiles from Spain.", "Hawk"),
    ("Germany pledged Marder infantry fighting vehicles.", "Marder"),
    ("Britain sent AS-90 howitzers to Ukraine.", "AS-90"),
    ("France delivered AMX-10 RC armoured vehicles.", "AMX-10"),
    ("Poland bought FA-50 light fighters from South Korea.", "FA-50"),
    ("India inducted the Prachand light combat helicopter.", "Prachand"),
    ("India test-fired the Pralay missile off the coast.", "Pralay"),
    ("Pakistan inducted Chinese Hangor submarines.", "Hangor"),
    (
        "Pakistan tested the Shaheen-III ballistic missile.",
        "Shaheen-III",
    ),
    (
        "Azerbaijan used SkyStriker drones during the offensive.",
        "SkyStriker",
    ),
    ("Armenian forces lost several Osa air defence systems.", "Osa"),
    (
        "Ethiopia used Wing Loong drones against the rebels.",
        "Wing Loong",
    ),
    ("Houthi forces launched a Samad-3 drone at Abu Dhabi.", "Samad-3"),
    ("The Kornet-EM missile destroyed the vehicle.", "Kornet-EM"),
    (
        "Russian forces fired a Tochka-U missile at the station.",
        "Tochka-U",
    ),
    ("A Forpost drone was downed near the border.", "Forpost"),
    ("The Okhotnik drone crashed over Ukraine.", "Okhotnik"),
    ("Japan will build more Type 12 missiles.", "Type 12"),
    (
        "South Korea's Hyunmoo-5 missile was shown in October.",
        "Hyunmoo-5",
    ),
    ("Taiwan commissioned its Hai Kun submarine.", "Hai Kun"),
    ("The Ababil drone was used by Hezbollah.", "Ababil"),
    ("The Stryker vehicles were sent to Europe.", "Stryker"),
    ("Australia ordered Boxer vehicles from Rheinmetall.", "Boxer"),
    ("The Su-57 jets flew over Moscow.", "Su-57"),
    ("Russian pilots fired Kh-59 missiles from Su-35 jets.", "Kh-59"),
    ("A Lancet-3 drone hit the IRIS-T launcher.", "Lancet-3"),
];

/// The share of [`WEAPONS`] found must stay at least this.
const RECALL_FLOOR: f64 = 0.875;

#[test]
fn recent_weapons_by_their_evidence() {
    let ex = Extractor::default();
    let missed: Vec<_> = WEAPONS
        .iter()
        .filter(|(text, weapon)| {
            let weapon = weapon.to_lowercase();
            !weapons(&ex, text)
                .iter()
                .any(|w| w.to_lowercase().contains(&weapon))
        })
        .map(|(text, weapon)| format!("{weapon} in {text:?}: {:?}", weapons(&ex, text)))
        .collect();
    let recall = 1.0 - missed.len() as f64 / WEAPONS.len() as f64;
    assert!(
        recall >= RECALL_FLOOR,
        "recall {recall:.3} < {RECALL_FLOOR}; missed: {missed:#?}"
    );
}

/// Sentences that name no weapon.
const TRAPS: &[&str] = &[
    "The Galaxy S24 went on sale in January.",
    "The new iPhone 15 Pro sold out in hours.",
    "Toyota recalled 50,000 RAV4 vehicles over a brake fault.",
    "Flight MH17 was shot down over eastern Ukraine in 2014.",
    "Flight QR908 landed safely in Doha.",
    "The G7 leaders met in Hiroshima.",
    "Delegates at COP28 agreed to move away from fossil fuels.",
    "Covid-19 cases rose again in the winter.",
    "Section 230 protects online platforms from lawsuits.",
    "Resolution 2231 endorsed the nuclear deal.",
    "The 3rd Assault Brigade took part in the fighting near the city.",
    "The 47th Mechanized Brigade received new equipment.",
    "Windows 11 was released in October.",
    "Python 3.12 added new features.",
    "The Boeing 737 MAX was grounded after two crashes.",
    "An Airbus A320 landed in Kyiv for the first time since the war.",
    "The Tesla Model 3 remains the best-selling electric car.",
    "The Phoenix Suns beat the Denver Nuggets on Tuesday.",
    "The Tampa Bay Lightning won the Stanley Cup.",
    "The Carolina Hurricanes lost in overtime.",
    "The Kansas City Chiefs won the Super Bowl in 2024.",
    "The SW1A 1AA postcode covers the palace.",
    "The PS5 sold more units than the Xbox Series X.",
    "The Pixel 8 camera was praised by reviewers.",
    "The A14 road was closed after a crash.",
    "The M25 motorway was jammed on Friday.",
    "Apollo 11 landed on the moon in 1969.",
    "The Falcon 9 rocket launched sixty satellites.",
    "The Artemis I mission flew around the moon.",
    "Article 5 of the treaty was invoked once.",
    "The H5N1 virus spread among dairy cattle.",
    "Storm Ciaran hit France in November.",
    "Hurricane Ian killed more than a hundred people.",
    "Typhoon Haiyan devastated the Philippines.",
    "The Jaguar F-Pace was recalled over a fault.",
    "The Ford F-150 Lightning went on sale in May.",
    "The Mustang Mach-E won an award.",
    "The U2 concert in Las Vegas sold out.",
    "The S&P 500 rose 2 percent.",
    "The FTSE 100 closed lower.",
    "Formula 1 returns to Las Vegas next year.",
    "The 2022 World Cup final was held in Qatar.",
    "Congress extended the Patriot Act.",
    "The Lancet published the study on Friday.",
    "The Javelin final was won by the Indian champion.",
    "Apple unveiled the Vision Pro headset.",
    "The WD-40 company reported higher sales.",
    "Ukraine's Eurovision entry won the contest in Turin.",
    "EU Regulation 2022/2065 governs online platforms.",
    "The Premier League fined Chelsea for late payments.",
    // A second batch, written after the first fixes.
    "The Galaxy Z Fold5 went on sale.",
    "The Boeing 787 Dreamliner landed safely.",
    "The Apache web server was patched.",
    "The Chinook salmon run was poor this year.",
    "Hurricane Beryl hit Jamaica.",
    "The Raptors won the NBA title.",
    "The Predator film was released in August.",
    "Firefox 120 was released with new features.",
    "Flight 370 vanished over the Indian Ocean.",
    "Route 66 was reopened to traffic.",
    "The Mirage hotel closed in July.",
    "The Ford Ranger trucks were recalled.",
    "Interstate 95 was closed after a crash.",
    "The Starship rocket exploded after launch.",
    "The Hornets beat the Lakers on Sunday.",
];

/// How many of [`TRAPS`] may name a weapon.
const TRAPS_CEILING: usize = 1;

#[test]
fn no_weapon_in_the_traps() {
    let ex = Extractor::default();
    let hits: Vec<_> = TRAPS
        .iter()
        .map(|text| (text, weapons(&ex, text)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    assert!(
        hits.len() <= TRAPS_CEILING,
        "{} traps name a weapon: {hits:#?}",
        hits.len()
    );
}

/// Blind batch C, written before the engine ran on it (and committed
/// before any fix): 40 weapons and platforms of 2015-2024 news (missiles,
/// drones, air defence, armour, artillery, ships, aircraft, loitering
/// munitions). The code of 6cf7711 found 31 of 40. Missed: "Beriev A-50
/// radar plane", "the frigate Admiral Makarov" and "the landing ship
/// Caesar Kunikov" (read as people), "RM-70 Vampire launcher", "GLSDB
/// bombs" (read "bombs"), "F/A-18" (read "A-18"), "V-22 Osprey fleet",
/// "RQ-4 Global Hawk" (read "RQ-4" and "Hawk"), "Barak MX system". After
/// the fixes of branch n21 (a ship named after its type, a name after a
/// designation, "F/A-18", an acronym before a class word) 37 of 40 are
/// found. Known misses: "Beriev A-50 radar plane" (a maker no list holds
/// and no weapon word), "V-22 Osprey fleet" (a family of one letter no
/// list knows, no weapon word), "Barak MX system" ("Barak" is a person's
/// name, "MX" no code with a digit). Its traps are in
/// tests/recent_people.rs (none names a weapon now).
const BLIND_C_WEAPONS: &[(&str, &str)] = &[
    ("A Kh-22 missile hit the shopping centre in Kremenchuk.", "Kh-22"),
    ("The Oniks missile struck the port overnight.", "Oniks"),
    (
        "Russian forces used Tornado-S rocket launchers near the city.",
        "Tornado-S",
    ),
    ("The Buk-M3 system was destroyed by a drone.", "Buk-M3"),
    ("A BMP-3 was abandoned in the field.", "BMP-3"),
    ("The T-72B3 tanks advanced toward the town.", "T-72B3"),
    (
        "Russian troops used the Molniya drone against trenches.",
        "Molniya",
    ),
    ("Su-25 ground attack jets struck the village.", "Su-25"),
    ("The Tu-22M3 bomber was hit at an airfield.", "Tu-22M3"),
    (
        "A Beriev A-50 radar plane was shot down over the Sea of Azov.",
        "A-50",
    ),
    ("The frigate Admiral Makarov left Sevastopol.", "Admiral Makarov"),
    ("The Bober drone struck an airfield near Kursk.", "Bober"),
    ("The RM-70 Vampire launcher fired on Russian positions.", "RM-70"),
    ("The Pentagon will send GLSDB bombs to Kyiv.", "GLSDB"),
    ("Italy donated PzH 2000 howitzers.", "PzH 2000"),
    (
        "The Archer howitzer can fire within thirty seconds of stopping.",
        "Archer",
    ),
    (
        "The US approved the sale of AIM-120 missiles to Taiwan.",
        "AIM-120",
    ),
    (
        "The destroyer HMS Diamond shot down a drone over the Red Sea.",
        "HMS Diamond",
    ),
    ("The USS Carney intercepted the missiles.", "USS Carney"),
    ("Two F/A-18 jets were lost from the carrier.", "F/A-18"),
    (
        "A UH-60 Black Hawk helicopter crashed during training.",
        "Black Hawk",
    ),
    (
        "The Pentagon ordered more Coyote interceptors to stop drones.",
        "Coyote",
    ),
    (
        "The V-22 Osprey fleet was grounded after the crash off Japan.",
        "Osprey",
    ),
    ("The A-10 Warthog will retire by 2029.", "A-10"),
    ("Iran fired Zolfaghar missiles at targets in Syria.", "Zolfaghar"),
    (
        "The RQ-4 Global Hawk was downed over the Gulf in 2019.",
        "Global Hawk",
    ),
    ("Hezbollah launched a Falaq rocket at the town.", "Falaq"),
    ("The Fujian aircraft carrier began sea trials.", "Fujian"),
    ("The H-6K bombers flew near Taiwan.", "H-6K"),
    ("The YJ-21 anti-ship missile was shown at the parade.", "YJ-21"),
    ("China's GJ-11 stealth drone was seen at an airbase.", "GJ-11"),
    (
        "The Hwasong-11 missiles were used by Russia in Ukraine.",
        "Hwasong-11",
    ),
    ("The Akash air defence system protected the bases.", "Akash"),
    ("The Arjun tanks took part in the exercise.", "Arjun"),
    (
        "The Bayraktar TB3 took off from the carrier for the first time.",
        "TB3",
    ),
    (
        "The Cheongung air defence system was sold to Saudi Arabia.",
        "Cheongung",
    ),
    ("The Barak MX system was sold to Morocco.", "Barak MX"),
    ("The 2S7 Pion fired on the bridge.", "Pion"),
    (
        "The Warmate loitering munition was supplied by Poland.",
        "Warmate",
    ),
    (
        "Sea drones sank the landing ship Caesar Kunikov.",
        "Caesar Kunikov",
    ),
];

#[test]
fn blind_batch_c_of_recent_weapons() {
    let ex = Extractor::default();
    let found = BLIND_C_WEAPONS
        .iter()
        .filter(|(text, weapon)| {
            let weapon = weapon.to_lowercase();
            weapons(&ex, text)
                .iter()
                .any(|w| w.to_lowercase().contains(&weapon))
        })
        .count();
    assert!(found >= 37, "{found} of {} found", BLIND_C_WEAPONS.len());
}

/// Each sentence and the weapons it must name, exactly.
fn assert_weapons(ex: &Extractor, cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(weapons(ex, text), *expected, "in {text:?}");
    }
}

/// Batch C: capitalized words right after a ship's type in lower case and
/// the singular name the ship, though a title or a given name opens them
/// (ships are named after admirals and saints); not dates, head words of
/// organizations, nor after a plural.
#[test]
fn a_ship_named_after_its_type() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "The destroyer Marshal Ivanko docked in Tartus on Friday.",
                &["destroyer Marshal Ivanko"],
            ),
            (
                "The navy said the submarine Saint Petra had surfaced near the island.",
                &["submarine Saint Petra"],
            ),
            (
                "A frigate Navy officials tracked was seen off the coast.",
                &["frigate"],
            ),
            ("Britain sent a frigate Monday.", &["frigate"]),
        ],
    );
    let text = "The destroyer Marshal Ivanko docked in Tartus on Friday.";
    let out = ex.extract(text);
    assert!(
        out.entities()
            .iter()
            .all(|e| e.entity_type() != EntityType::Person),
        "in {text:?}"
    );
}

/// Batch C: one or two capitalized words after a designation are the
/// system's name, one mention with it ("RQ-4 Global Hawk"), and a class
/// word after them is its evidence; a date after it is no name. A
/// designation whose mission letters a slash joins ("F/A-18") is read
/// from its first letter, also after a capitalized word.
#[test]
fn a_name_after_a_designation() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            ("The KT-7 Vortan launcher fired on the depot.", &["KT-7 Vortan"]),
            ("The army flew the RQ-11 Raven over the lines.", &["RQ-11 Raven"]),
            ("Russia fired a Kh-101 Tuesday.", &["Kh-101"]),
            ("Four F/A-18E jets flew over the stadium.", &["F/A-18E"]),
        ],
    );
}

/// Batch C: an acronym of four capitals or more alone before a class word
/// names a system of the class ("GLSDB bombs"); not a group the gazetteer
/// knows, a war, a sentence's first word, a word of a text in capitals,
/// nor before the word for weapons at large.
#[test]
fn an_acronym_before_a_class_word() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "The army ordered KLARM missiles from the firm.",
                &["KLARM missiles"],
            ),
            ("Crews found a WWII bomb near the station.", &["bomb"]),
            ("ISIL tanks entered the town.", &["tanks"]),
            ("KLARM missiles were sold abroad.", &["missiles"]),
            ("Police seized the BRLA weapons.", &["weapons"]),
            (
                "IRAN SENT DRONES TO RUSSIA. CHINA SOLD MISSILES TO SYRIA.",
                &["DRONES", "MISSILES"],
            ),
        ],
    );
}

/// Batch C: a class word capitalized in running text after a capitalized
/// word no mention holds ends the name of a film, a show or a team, no
/// weapon; after a country or a modifier of weapons it is one.
#[test]
fn a_class_word_that_ends_a_name() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            ("Viewers loved the Silver Gun series on Sunday.", &[]),
            ("The Dalton Rockets won the league final.", &[]),
            ("A Russian Missile hit the town, officials said.", &["Missile"]),
            ("The army received Guided Rockets in May.", &["Rockets"]),
        ],
    );
}

/// Blind batch D (branch w36), written before the engine ran on it: 60
/// weapons and platforms of 2015-2024 news that no gazetteer listed
/// (loitering munitions, naval and underwater drones, glide kits, air
/// defence, armour, artillery, ships by name and class, missiles by
/// designation and by name; Russian, Ukrainian, Iranian, Turkish,
/// Chinese, North Korean and Israeli), opening the sentence, after a
/// possessive, in lists, in headlines in title case, in the plural, with
/// and without a class noun. The code of 77e4d0f found 39 of 60 and
/// none of the 20 traps. Its misses were mostly a name opening the
/// sentence before a plural class word ("Firtina howitzers", "Namer
/// armoured personnel carriers"), a class noun no list held ("armoured
/// cars", "patrol ship", "quadcopter", "decoy drones", "early warning
/// aircraft") and a name before an apposition ("Burevestnik, the ...
/// cruise missile"). After the fixes of branch w36, 50 of 60, no trap.
/// Still missed: "UMPK glide kit" (no weapon noun), "Kurganets-25
/// vehicles" (a name-number model before a vehicle word, read as a car's
/// as "RAV4 vehicles" is), "Khrizantema anti-tank system" (a generic noun
/// with no verb of weapons), "Heavy Baba Yaga bomber drones" (a word
/// opening the sentence before the name), "Haj Qassem Missile" in a
/// headline in title case,
/// "T129 Atak helicopter", "the DF-26 can reach" (no weapon word), "the
/// carrier Shandong" ("carrier" alone names airlines too), "Heron TP"
/// (a given name and a code with no digit), the plural "Namers".
const BLIND_D_WEAPONS: &[(&str, &str)] = &[
    (
        "Russian bombers launched Kh-69 cruise missiles at the western regions overnight.",
        "Kh-69",
    ),
    (
        "The UMPK glide kit turns old Soviet bombs into guided weapons.",
        "UMPK",
    ),
    (
        "Burevestnik, the nuclear-powered cruise missile, has failed several of its tests.",
        "Burevestnik",
    ),
    (
        "Kurganets-25 vehicles rolled across Red Square during the rehearsal.",
        "Kurganets-25",
    ),
    (
        "The army's Bumerang armoured vehicles have not yet reached the front.",
        "Bumerang",
    ),
    (
        "The Koalitsiya-SV self-propelled gun entered service last year, the ministry said.",
        "Koalitsiya-SV",
    ),
    (
        "A Khrizantema anti-tank system was filmed firing near Avdiivka.",
        "Khrizantema",
    ),
    (
        "Ka-52 crews fire Vikhr missiles from beyond the range of Ukrainian MANPADS.",
        "Vikhr",
    ),
    (
        "Russia's Sosna air defence vehicles now guard the supply columns.",
        "Sosna",
    ),
    (
        "Moscow says the S-500 Prometey can hit targets in near space.",
        "S-500",
    ),
    (
        "A Tu-160M strategic bomber flew over the Barents Sea on Tuesday.",
        "Tu-160M",
    ),
    (
        "The frigate Admiral Gorshkov sailed to Havana with hypersonic missiles on board.",
        "Admiral Gorshkov",
    ),
    (
        "Buyan-M corvettes fired cruise missiles from the Caspian Sea.",
        "Buyan-M",
    ),
    (
        "Naval drones sank the patrol ship Sergei Kotov near the Kerch Strait.",
        "Sergei Kotov",
    ),
    (
        "The landing ship Novocherkassk was struck in the port of Feodosia.",
        "Novocherkassk",
    ),
    (
        "Russia mixes cheap Gerbera decoy drones with its attack drones to exhaust air defences.",
        "Gerbera",
    ),
    (
        "Ukraine's Peklo missile-drone is powered by a small jet engine.",
        "Peklo",
    ),
    (
        "Heavy Baba Yaga bomber drones strike Russian trenches at night.",
        "Baba Yaga",
    ),
    (
        "Kyiv says its Sapsan ballistic missile has now been used in combat.",
        "Sapsan",
    ),
    (
        "The Trembita cruise missile is cheap enough to be built in large numbers.",
        "Trembita",
    ),
    ("Dozor-B armoured cars were sent to the border guard.", "Dozor-B"),
    (
        "Troops fired Korsar anti-tank missiles at the advancing column.",
        "Korsar",
    ),
    (
        "The Marichka underwater drone can carry a large warhead to a harbour.",
        "Marichka",
    ),
    (
        "Iran's Karrar jet drone was shown with a bomb under each wing.",
        "Karrar",
    ),
    (
        "Iran displayed the Dezful ballistic missile in an underground base.",
        "Dezful",
    ),
    ("Iran Unveils Haj Qassem Missile At Tehran Ceremony", "Haj Qassem"),
    (
        "The Revolutionary Guards fired Sejjil missiles during the drill.",
        "Sejjil",
    ),
    (
        "The Paveh cruise missile has a claimed range of 1,650 kilometres.",
        "Paveh",
    ),
    (
        "Qiam-1 missiles were fired at the air base in western Iraq.",
        "Qiam-1",
    ),
    (
        "The Khordad-15 air defence system was moved to protect the nuclear site.",
        "Khordad-15",
    ),
    (
        "Turkey's Aksungur drone flew a long patrol over the eastern Mediterranean.",
        "Aksungur",
    ),
    (
        "A Kargu-2 quadcopter hunted retreating fighters in Libya, according to a UN panel.",
        "Kargu-2",
    ),
    (
        "The Hisar-A missile system completed its acceptance tests.",
        "Hisar-A",
    ),
    (
        "Ankara plans to field the Siper long-range air defence system next year.",
        "Siper",
    ),
    (
        "Turkey tested its Tayfun ballistic missile over the Black Sea.",
        "Tayfun",
    ),
    (
        "Ejder Yalcin armoured vehicles were delivered to several African armies.",
        "Ejder Yalcin",
    ),
    (
        "Firtina howitzers shelled positions across the border.",
        "Firtina",
    ),
    ("The T129 Atak helicopter was sold to the Philippines.", "T129"),
    (
        "China showed the J-35 stealth fighter at the Zhuhai air show.",
        "J-35",
    ),
    (
        "Analysts say the DF-26 can reach Guam from the Chinese mainland.",
        "DF-26",
    ),
    ("Beijing's newest submarines carry JL-3 missiles.", "JL-3"),
    (
        "The carrier Shandong sailed east of Taiwan during the drills.",
        "Shandong",
    ),
    (
        "A WZ-7 high-altitude drone flew close to Japanese airspace.",
        "WZ-7",
    ),
    (
        "KJ-500 early warning aircraft joined the patrol over the strait.",
        "KJ-500",
    ),
    ("Serbia received HQ-22 batteries from China in 2022.", "HQ-22"),
    (
        "PHL-16 rocket launchers took part in the live-fire exercise.",
        "PHL-16",
    ),
    (
        "China has fitted YJ-18 anti-ship missiles to its destroyers.",
        "YJ-18",
    ),
    ("A Type 094 submarine surfaced near the island.", "Type 094"),
    (
        "North Korea fired KN-24 missiles into the sea off its east coast.",
        "KN-24",
    ),
    (
        "Pyongyang says its Haeil underwater nuclear drone was tested again.",
        "Haeil",
    ),
    (
        "North Korea Launches Hwasong-19 In Longest Flight Yet",
        "Hwasong-19",
    ),
    ("India bought Israeli Harpy drones to hunt radar sites.", "Harpy"),
    (
        "The Heron TP drone can stay aloft for more than a day.",
        "Heron TP",
    ),
    (
        "Israeli jets fired Rampage missiles at the airport, a report said.",
        "Rampage",
    ),
    (
        "Sa'ar 6 corvettes now guard Israel's offshore gas fields.",
        "Sa'ar 6",
    ),
    (
        "Namer armoured personnel carriers entered the northern part of the strip.",
        "Namer",
    ),
    (
        "The army ordered more Eitan wheeled carriers and Namers for its reserve brigades.",
        "Namers",
    ),
    (
        "Russian forces used Lancet, Kub and Skalpel loitering munitions near the river.",
        "Skalpel",
    ),
    (
        "The S-350 Vityaz system shot down its first aircraft, Moscow claimed.",
        "Vityaz",
    ),
    (
        "Ukraine's Vilkha-M rocket launchers and Bohdana howitzers struck the bridge.",
        "Vilkha-M",
    ),
];

/// The traps of blind batch D: products, cars, phones, chips, teams,
/// storms, an operation, a satellite, a person and a company that share a
/// weapon's name or the shape of a designation.
const BLIND_D_TRAPS: &[&str] = &[
    "Ford unveiled a new Ranger Raptor pickup at the motor show.",
    "Storm Ciaran brought gusts of 100 miles per hour to Brittany.",
    "The Tampa Bay Lightning beat Boston 4-2 on Saturday night.",
    "Apple released iOS 17 with new privacy settings.",
    "Typhoon Haikui made landfall in southern Taiwan on Sunday.",
    "The Jaguar F-Pace was the brand's best-selling model last year.",
    "Nvidia's H100 chips are still in short supply, the company said.",
    "Boeing 737 MAX 9 jets were grounded after a panel blew out in flight.",
    "North Korea says it put the Malligyong-1 satellite into orbit.",
    "The New England Patriots signed a new quarterback on Monday.",
    "Tornado warnings were issued across Oklahoma and Kansas.",
    "A study published in The Lancet linked air pollution to dementia.",
    "Iskander Akhmetov won the regional chess championship in Almaty.",
    "Samsung's Galaxy S24 phones went on sale in January.",
    "Kia's EV9 was named car of the year in New York.",
    "The Scorpions played a charity concert in Kyiv.",
    "Microsoft will stop supporting Windows 10 next year.",
    "Operation Prosperity Guardian was launched to protect shipping in the Red Sea.",
    "Lockheed Martin reported higher profits for the third quarter.",
    "The Dodge Challenger Hellcat has a supercharged engine.",
];

#[test]
fn blind_batch_d_of_recent_weapons() {
    let ex = Extractor::default();
    let found = BLIND_D_WEAPONS
        .iter()
        .filter(|(text, weapon)| weapons(&ex, text).iter().any(|w| w.contains(weapon)))
        .count();
    assert!(found >= 50, "{found} of {} found", BLIND_D_WEAPONS.len());
    let hits: Vec<_> = BLIND_D_TRAPS
        .iter()
        .map(|text| (text, weapons(&ex, text)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    assert!(hits.is_empty(), "traps name a weapon: {hits:#?}");
}

/// Batch D: one or two capitalized words that open the sentence right
/// before a plural class word name a system when they are no word of the
/// language (not among the common words, no modifier of weapons, no
/// given name, no word that is no name); "Homemade", "Improvised" and
/// "Stray" are words that are no name.
#[test]
fn a_name_opening_the_sentence() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "Kirpi armoured vehicles were handed over to the police in March.",
                &["Kirpi armoured vehicles"],
            ),
            (
                "Hoveizeh missiles were paraded through the capital on Friday.",
                &["Hoveizeh missiles"],
            ),
            ("Homemade bombs exploded near the market on Tuesday.", &["bombs"]),
            (
                "Improvised rockets were fired from the valley overnight.",
                &["rockets"],
            ),
            ("Stray shells hit a school in the suburbs.", &["shells"]),
        ],
    );
}

/// Batch D: capitalized words before a comma and an article that open a
/// class word's phrase closed by a comma or the sentence's end name a
/// system of that class; not before an aircraft's role word, which names
/// people too, nor before a phrase that goes on ("a missile expert").
#[test]
fn a_name_in_apposition() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "Oreshnik, the new intermediate-range missile, hit a factory in Dnipro.",
                &["Oreshnik"],
            ),
            (
                "Moscow said it had tested the Kedr, a solid-fuel ballistic missile.",
                &["Kedr"],
            ),
            ("Vega, the bomber, was arrested at the airport.", &["bomber"]),
            ("Ruiz, a missile expert, said the test had failed.", &[]),
        ],
    );
}

/// Batch D: class nouns and modifiers the lists lacked: "armoured cars",
/// "patrol ship", "quadcopter", "decoy", "early warning".
#[test]
fn class_nouns_of_batch_d() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "The police used armoured cars to clear the barricades.",
                &["armoured cars"],
            ),
            (
                "A sea drone damaged the patrol ship Vasily Bykov off the coast.",
                &["drone", "patrol ship Vasily Bykov"],
            ),
            (
                "Soldiers shot down a quadcopter over the trench line.",
                &["quadcopter"],
            ),
            (
                "Russia launched Parodiya decoy drones alongside its attack drones.",
                &["Parodiya decoy drones", "attack drones"],
            ),
            (
                "The KJ-600 early warning aircraft flew from the carrier deck.",
                &["KJ-600"],
            ),
        ],
    );
}

/// Batch D: in a headline in title case, or after a number word opening
/// the sentence, a family of designations the gazetteer knows, joined by
/// a hyphen to a number, ends the run of capitalized words before it, so
/// the designation is read; not a word of no such family ("COVID-19").
#[test]
fn a_designation_inside_a_headline() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            ("Pyongyang Fires Hwasong-12 Over Japan Again", &["Hwasong-12"]),
            ("Two Tu-142 planes flew along the coast.", &["Tu-142"]),
            (
                "Labs tracked the Omicron COVID-19 variant across the region.",
                &[],
            ),
        ],
    );
}

/// Blind batch E (branch w36), written after the fixes of batch D and
/// before the engine ran on it, scored once and not tuned on: 30 weapons
/// and platforms of 2015-2024 news no gazetteer listed and 10 traps. The
/// code of that branch found 25 of 30 and no trap. Missed: "Russia's
/// Orion strike drone" (a given name before a noun no modifier list
/// holds), "the Kaplan MT tank" (a code of capitals with no digit),
/// "a Type 052D destroyer" (a type number no pattern holds), "Israel
/// Unveils Iron Sting Guided Mortar Bomb" (a headline in title case), "the
/// corvette Askold" after "missile hit" (a ship after its type whose
/// mention the verb's subject shares).
const BLIND_E_WEAPONS: &[(&str, &str)] = &[
    (
        "Russia's Orion strike drone was filmed dropping a bomb on a bridge.",
        "Orion",
    ),
    (
        "KAB-1500 glide bombs destroyed a school in the eastern town.",
        "KAB-1500",
    ),
    (
        "The air force said a Kh-59MK2 missile was shot down over the river.",
        "Kh-59MK2",
    ),
    (
        "The Raybird reconnaissance drone can fly for more than a day.",
        "Raybird",
    ),
    (
        "Ukraine has tested the Toloka underwater drone in a lake.",
        "Toloka",
    ),
    (
        "Iran is said to have sent Shahed-107 drones to Russian units.",
        "Shahed-107",
    ),
    (
        "The Houthis showed a Raad-85 loitering munition at a rally.",
        "Raad-85",
    ),
    (
        "Turkey fired its Kemankes cruise missile from a drone for the first time.",
        "Kemankes",
    ),
    (
        "Alpagu loitering munitions were ordered by an Asian army.",
        "Alpagu",
    ),
    (
        "Turkish engineers unveiled the Kaplan MT tank at the defence fair.",
        "Kaplan MT",
    ),
    (
        "China's DF-100 missiles appeared at the military parade.",
        "DF-100",
    ),
    (
        "A Type 052D destroyer sailed through the strait on Monday.",
        "Type 052D",
    ),
    ("Two J-16 fighters flew close to the surveillance plane.", "J-16"),
    (
        "Z-10 attack helicopters took part in the drill near the coast.",
        "Z-10",
    ),
    (
        "The CJ-10 cruise missile can strike ships and land targets.",
        "CJ-10",
    ),
    ("Beijing sold HQ-16 batteries to a Central Asian state.", "HQ-16"),
    (
        "PL-15 air-to-air missiles were seen under the wings of the jet.",
        "PL-15",
    ),
    (
        "The army's ZBD-04 infantry fighting vehicles crossed the river.",
        "ZBD-04",
    ),
    (
        "North Korea tested its Hwasal-1 cruise missiles over the Yellow Sea.",
        "Hwasal-1",
    ),
    (
        "The Saetbyol-9 drone looks much like an American Reaper.",
        "Saetbyol-9",
    ),
    (
        "Pyongyang said the Haeil-2 system had travelled for 70 hours underwater.",
        "Haeil-2",
    ),
    (
        "Israeli soldiers launched a Spike Firefly loitering munition into the building.",
        "Firefly",
    ),
    (
        "A Hermes 450 drone crashed in southern Lebanon, the army said.",
        "Hermes 450",
    ),
    (
        "The Ice Breaker missile can be launched from jets and from ships.",
        "Ice Breaker",
    ),
    ("Israel Unveils Iron Sting Guided Mortar Bomb", "Iron Sting"),
    (
        "India test-fired the Barak-8 missile from a destroyer.",
        "Barak-8",
    ),
    (
        "The Houthis fired a Quds-4 cruise missile at the port, a statement said.",
        "Quds-4",
    ),
    (
        "Drones struck the frigate Admiral Essen in the harbour.",
        "Admiral Essen",
    ),
    (
        "The submarine Krasnodar was moved out of Sevastopol after the attack.",
        "Krasnodar",
    ),
    (
        "A Ukrainian missile hit the corvette Askold at the shipyard in Kerch.",
        "Askold",
    ),
];

/// The traps of blind batch E: cars, phones, a storm, a team, a runner,
/// a headset, an operation, a drug.
const BLIND_E_TRAPS: &[&str] = &[
    "Tesla began delivering the Cybertruck to buyers in November.",
    "Hurricane Ian flooded much of south-west Florida.",
    "The Denver Nuggets won their first championship in June.",
    "Huawei's Mate 60 Pro phone sold out within hours.",
    "Ford brought back the Bronco after a break of 25 years.",
    "Orion Jean won the 200 metres at the championships.",
    "The Nissan Patrol is popular with drivers in the Gulf.",
    "Apple's Vision Pro headset went on sale in February.",
    "Operation Guardian of the Walls lasted eleven days in 2021.",
    "The Type 2 diabetes drug was approved in several countries.",
];

#[test]
fn blind_batch_e_of_recent_weapons() {
    let ex = Extractor::default();
    let found = BLIND_E_WEAPONS
        .iter()
        .filter(|(text, weapon)| weapons(&ex, text).iter().any(|w| w.contains(weapon)))
        .count();
    assert!(found >= 25, "{found} of {} found", BLIND_E_WEAPONS.len());
    let hits: Vec<_> = BLIND_E_TRAPS
        .iter()
        .map(|text| (text, weapons(&ex, text)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    assert!(hits.is_empty(), "traps name a weapon: {hits:#?}");
}

/// Blind batch F (branch n43, `BLIND_F_WEAPONS`, 37 weapons and 12
/// traps), written and committed before the engine ran on it: designators
/// that join a place's name to a model number ("Palestine-2", "Quds-1",
/// "Burkan-2H"), model names and acronyms before a class noun
/// ("Switchblade 600 loitering munitions", "GMLRS rockets"), names after
/// "the" and in apposition ("the Taurus, a German cruise missile,"), a
/// headline in title case, Middle Eastern, Russian, Ukrainian, Asian and
/// Western systems. The code of fa04935 found 26 of 37 and 2 traps named
/// a weapon ("song Black Hawk", "Tomahawk steak"). After the fixes of
/// branch n43 (a place joined to a model number, a system's model number
/// and class words of its kind after it, apposition after a country's
/// adjective and after "The", Roman numerals, a headline in title case,
/// "anti-aircraft system", "supersonic", "decoys") 35 of 37 are found.
/// Still missed: "the PrSM" (mixed case, no class word after it), "Al-Yassin
/// 105 rockets" (read as a person); the 2 traps still name a weapon (a
/// gazetteer name after a noun of a song, a short form before a noun of
/// food: no list holds such nouns).
const BLIND_F_WEAPONS: &[(&str, &str)] = &[
    (
        "Houthi forces said they fired a Palestine-2 missile at the airport.",
        "Palestine-2",
    ),
    (
        "The Quds-1 cruise missile was paraded through Sanaa last year.",
        "Quds-1",
    ),
    (
        "Militants fired Fateh-110 rockets at the base, the army said.",
        "Fateh-110",
    ),
    (
        "The Revolutionary Guards launched Zolfaghar missiles at targets in eastern Syria.",
        "Zolfaghar",
    ),
    ("A Burkan-2H missile was intercepted over Riyadh.", "Burkan-2H"),
    (
        "Washington sent Switchblade 600 loitering munitions to Kyiv.",
        "Switchblade 600",
    ),
    ("Ukrainian gunners fired GMLRS rockets at the bridge.", "GMLRS"),
    (
        "The Scalpel, a small loitering munition, was first seen near Bakhmut.",
        "Scalpel",
    ),
    (
        "Kyiv asked for the Taurus, a German cruise missile, but Berlin refused.",
        "Taurus",
    ),
    ("Russia Fires Oreshnik Missile At Dnipro", "Oreshnik"),
    (
        "The Hwasong-19 flew for 86 minutes, the longest flight yet.",
        "Hwasong-19",
    ),
    ("The US Army fielded the PrSM to replace older missiles.", "PrSM"),
    ("Poland ordered hundreds of K2 tanks from Seoul.", "K2"),
    (
        "South Korea's Chunmoo rocket launchers will be built in Poland.",
        "Chunmoo",
    ),
    (
        "The KF-21 Boramae fighter made its first flight in July.",
        "KF-21",
    ),
    ("Ukraine's Vilkha rockets hit the ammunition depot.", "Vilkha"),
    (
        "The Hrim-2 ballistic missile is still in development, an official said.",
        "Hrim-2",
    ),
    (
        "Kyiv used the Trembita, a home-made cruise missile, against targets in Crimea.",
        "Trembita",
    ),
    (
        "The Peklo missile-drone was shown to reporters in December.",
        "Peklo",
    ),
    (
        "Russian troops used Gerbera decoys to exhaust Ukrainian air defences.",
        "Gerbera",
    ),
    ("The S-70 Okhotnik drone was shot down by its own side.", "S-70"),
    (
        "Russia deployed the Tornado-S rocket system in the south.",
        "Tornado-S",
    ),
    (
        "The army bought the Skynex anti-aircraft system for Ukraine.",
        "Skynex",
    ),
    ("NASAMS batteries protect the capital.", "NASAMS"),
    ("The IRIS-T SLM system shot down all the missiles.", "IRIS-T"),
    (
        "India test-fired the Agni-V missile with several warheads.",
        "Agni-V",
    ),
    ("Pakistan tested the Ababeel missile in January.", "Ababeel"),
    (
        "The BrahMos supersonic missile was sold to the Philippines.",
        "BrahMos",
    ),
    (
        "Taiwan's Hsiung Feng III missiles guard the strait.",
        "Hsiung Feng",
    ),
    ("China flew H-6K bombers near the island.", "H-6K"),
    ("Japan will buy Tomahawk missiles from the US.", "Tomahawk"),
    ("The Coyote interceptor destroyed a drone over Iraq.", "Coyote"),
    (
        "Hamas fighters fired Al-Yassin 105 rockets at Israeli tanks.",
        "Yassin",
    ),
    (
        "Hezbollah said it used an Almas missile against the post.",
        "Almas",
    ),
    ("The Bober drones hit an airfield in Russia.", "Bober"),
    ("The Samad-3 drone was fired at an oil field.", "Samad-3"),
    ("Britain sent Brimstone missiles to Ukraine.", "Brimstone"),
];

/// The traps of blind batch F: roads with numbers, an airliner, teams
/// named after weapons, a song, chips, a steak, cars.
const BLIND_F_TRAPS: &[&str] = &[
    "Highway 1 was closed after the storm.",
    "They drove along Route 20 to the coast.",
    "The Boeing 737 Max 9 was grounded in January after a panel blew out.",
    "The Houston Rockets beat the Boston Celtics on Monday.",
    "The band's song Black Hawk reached the top ten.",
    "Nvidia's H100 chips are in short supply.",
    "The Patriots beat the Jets in overtime.",
    "Avangard Omsk won the Gagarin Cup.",
    "The restaurant's Tomahawk steak costs sixty dollars.",
    "The Saab 9-3 was a popular car in Sweden.",
    "The Dodge Viper was discontinued in 2017.",
    "The Buffalo Sabres lost again on Saturday.",
];

#[test]
fn blind_batch_f_of_recent_weapons() {
    let ex = Extractor::default();
    let found = BLIND_F_WEAPONS
        .iter()
        .filter(|(text, weapon)| weapons(&ex, text).iter().any(|w| w.contains(weapon)))
        .count();
    assert!(found >= 35, "{found} of {} found", BLIND_F_WEAPONS.len());
    let hits = BLIND_F_TRAPS
        .iter()
        .filter(|text| !weapons(&ex, text).is_empty())
        .count();
    assert!(hits <= 2, "{hits} traps name a weapon");
}

/// Batch F: a country's or a place's name joined by a hyphen to a model
/// number right before a class word (and its modifiers) is a system's
/// designation, no country; joined to a word it stays the country, and
/// the class word the weapon.
#[test]
fn a_place_joined_to_a_model_number() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "The rebels said they had fired a Yemen-3 ballistic missile at the port.",
                &["Yemen-3 ballistic missile"],
            ),
            ("Two Lebanon-2 drones were shot down.", &["Lebanon-2 drones"]),
            ("Iran-made drones struck the grid.", &["drones"]),
            ("US-supplied HIMARS hit the depot.", &["HIMARS"]),
        ],
    );
    for text in [
        "The rebels said they had fired a Yemen-3 ballistic missile at the port.",
        "Two Lebanon-2 drones were shot down.",
    ] {
        let out = ex.extract(text);
        assert!(
            out.entities()
                .iter()
                .all(|e| e.entity_type() != EntityType::Country),
            "in {text:?}"
        );
    }
    for text in [
        "Iran-made drones struck the grid.",
        "US-supplied HIMARS hit the depot.",
    ] {
        let out = ex.extract(text);
        assert!(
            out.entities()
                .iter()
                .any(|e| e.entity_type() == EntityType::Country),
            "in {text:?}"
        );
    }
}

/// Batch F: a system the gazetteer knows, a model number of it and a
/// class word (with its modifiers) are one mention of the system; so is a
/// system right before a class word of a class it is called by ("GMLRS
/// rockets": munitions and missiles), but not of another kind (an
/// aircraft's rockets).
#[test]
fn a_system_a_model_number_and_a_class_word() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "Kyiv asked for more Switchblade 600 loitering munitions.",
                &["Switchblade 600 loitering munitions"],
            ),
            (
                "The crews loaded GMLRS rockets onto the launchers.",
                &["GMLRS rockets"],
            ),
            ("The Su-25 rockets were stored nearby.", &["Su-25", "rockets"]),
            ("The treaty limits missile warheads.", &["missile", "warheads"]),
        ],
    );
}

/// Batch F: a name in apposition to a class word after a country's
/// adjective ("a German cruise missile", which gives it its origin), and
/// one after "The" opening the sentence; no newspaper.
#[test]
fn a_name_in_apposition_of_batch_f() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "Kyiv wanted the Vortan, a Swedish cruise missile, for the spring.",
                &["Vortan"],
            ),
            (
                "The Kestrin, a small loitering munition, hit a radar.",
                &["Kestrin"],
            ),
            ("The Courier, a British newspaper, ran the story.", &[]),
        ],
    );
    let out = ex.extract("Kyiv wanted the Vortan, a Swedish cruise missile, for the spring.");
    let vortan = out.entities().iter().find(|e| e.text() == "Vortan");
    assert_eq!(vortan.and_then(|e| e.origin()), Some("SWE"));
}

/// Batch F: class nouns and modifiers the lists lacked ("anti-aircraft
/// system", "supersonic").
#[test]
fn class_nouns_of_batch_f() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "The army bought a Zelkor anti-aircraft system last year.",
                &["Zelkor anti-aircraft system"],
            ),
            (
                "The navy showed the Orvak supersonic missile at the fair.",
                &["Orvak supersonic missile"],
            ),
        ],
    );
}

/// Batch F: a model number in Roman numerals after a name ("Hsiung Feng
/// III missiles"), not after a word of the language ("World War II").
#[test]
fn a_model_number_in_roman_numerals() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            (
                "Taiwan's Kaoling III missiles were moved to the coast.",
                &["Kaoling III missiles"],
            ),
            ("Crews found a World War II bomb near the station.", &["bomb"]),
        ],
    );
}

/// Batch F: in a headline in title case, a word of no language after a
/// verb of weapons and right before a singular class word names a system;
/// not a verb, not after another verb, nor before a plural (a team's name
/// as often).
#[test]
fn a_name_in_a_title_case_headline() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[
            ("Navy Fires Vortan Missile Off Coast", &["Vortan Missile"]),
            ("Army Deploys Kestrel Cruise Missile", &["Kestrel Cruise Missile"]),
            ("Russia Launches Missile At Kyiv", &["Missile"]),
            ("Court Jails Man For Sending Prank Bomb", &["Bomb"]),
            ("Fans Cheer As Halden Rockets Win Title", &["Rockets"]),
        ],
    );
}

/// Batch F: decoys are weapons' nouns ("Gerbera decoys") in a sentence
/// about weapons.
#[test]
fn decoys_after_a_name() {
    let ex = Extractor::default();
    assert_weapons(
        &ex,
        &[(
            "The brigade sent Kestrin decoys ahead of the drones.",
            &["Kestrin decoys", "drones"],
        )],
    );
}

/// Blind batch G (branch n43, `BLIND_G_WEAPONS`, 30 weapons and 10 traps),
/// other sentences and names written after the fixes of batch F and
/// scored once: 25 of 30 found (24 at fa04935), no trap. Missed: "RAM II
/// loitering munitions" (read as a person), "SAMP/T Battery" and "GJ-11
/// Stealth Drone" in headlines, "Type 99A tanks", "the Y-20 transport
/// plane".
const BLIND_G_WEAPONS: &[(&str, &str)] = &[
    (
        "Yemen's rebels launched a Quds-2 cruise missile at the refinery.",
        "Quds-2",
    ),
    ("The Zulfiqar-2 missile was fired from western Iran.", "Zulfiqar"),
    (
        "The Qasef-2K drone struck a Patriot battery in the south.",
        "Qasef-2K",
    ),
    (
        "Iran showed its new Kheibar missile on state television.",
        "Kheibar",
    ),
    (
        "Ukraine used RAM II loitering munitions against Russian artillery.",
        "RAM II",
    ),
    (
        "The Warmate loitering munition was bought by Kyiv from a Polish firm.",
        "Warmate",
    ),
    (
        "Washington approved the sale of AIM-120 missiles to Ankara.",
        "AIM-120",
    ),
    ("Taipei received the first M1A2T tanks in December.", "M1A2T"),
    ("The Netherlands sent PzH 2000 howitzers to Ukraine.", "PzH 2000"),
    ("France delivered AMX-10 RC armoured vehicles to Kyiv.", "AMX-10"),
    (
        "Sweden sent the Archer, a self-propelled howitzer, in early 2023.",
        "Archer",
    ),
    (
        "The CV90 infantry fighting vehicle performed well, a Swedish general said.",
        "CV90",
    ),
    (
        "Poland ordered Borsuk infantry fighting vehicles in 2023.",
        "Borsuk",
    ),
    (
        "Germany's Skyranger anti-aircraft system will protect the troops.",
        "Skyranger",
    ),
    (
        "Britain gave Ukraine Challenger 2 tanks last year.",
        "Challenger 2",
    ),
    (
        "The Storm Shadow, a long-range cruise missile, was first used in May.",
        "Storm Shadow",
    ),
    ("Italy Sends Second SAMP/T Battery To Ukraine", "SAMP/T"),
    ("North Korea Tests Hwasong-16B Hypersonic Missile", "Hwasong-16B"),
    (
        "The Haeil underwater drone was tested off the east coast, Pyongyang said.",
        "Haeil",
    ),
    (
        "India inducted the Akash air defence system on the border.",
        "Akash",
    ),
    ("Pakistan test-fired the Fatah-II rocket system.", "Fatah-II"),
    ("The Shaheen-III missile has a range of 2,750 km.", "Shaheen-III"),
    ("Seoul's Hyunmoo-5 missile carries a huge warhead.", "Hyunmoo-5"),
    ("China's Type 99A tanks took part in the drill.", "Type 99A"),
    ("The Y-20 transport plane flew to Serbia with missiles.", "Y-20"),
    ("China Unveils GJ-11 Stealth Drone At Air Show", "GJ-11"),
    (
        "Russian forces used the Molniya, a cheap fixed-wing drone, near Kupiansk.",
        "Molniya",
    ),
    ("The Kub loitering munition was shot down over Kharkiv.", "Kub"),
    (
        "Russia's Iskander-K cruise missiles hit the airfield.",
        "Iskander-K",
    ),
    ("The Grom-2 missile programme was delayed by the war.", "Grom-2"),
];

/// The traps of blind batch G: a road, an airliner, teams, cars, a song, a
/// phone.
const BLIND_G_TRAPS: &[&str] = &[
    "Interstate 10 was closed near Phoenix.",
    "The Airbus A350 flew from Doha to Auckland.",
    "The Atlanta Falcons signed a new quarterback.",
    "The Toyota Land Cruiser is popular in Africa.",
    "Her song Bulletproof topped the charts in 2009.",
    "Route 9 runs along the river.",
    "The Jaguar XF was discontinued.",
    "The Samsung Galaxy S23 Ultra sold well.",
    "The Houston Rockets won again at home.",
    "The Oklahoma City Thunder beat the Spurs.",
];

#[test]
fn blind_batch_g_of_recent_weapons() {
    let ex = Extractor::default();
    let found = BLIND_G_WEAPONS
        .iter()
        .filter(|(text, weapon)| weapons(&ex, text).iter().any(|w| w.contains(weapon)))
        .count();
    assert!(found >= 25, "{found} of {} found", BLIND_G_WEAPONS.len());
    let hits: Vec<_> = BLIND_G_TRAPS
        .iter()
        .map(|text| (text, weapons(&ex, text)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    assert!(hits.is_empty(), "traps name a weapon: {hits:#?}");
}

//! A third blind table, of attacks, armed clashes and military aid without
//! weapons in the many shapes news and event codebooks write them, with
//! traps where an attack word has another sense (sports, markets, weather,
//! politics). Written in two sets before the engine was run on them: set C
//! (60 sentences: 45 with relations, 15 traps) was scored before the changes
//! it led to; set D (30 sentences: 22 and 8) was written after them, with
//! new wordings, and scored once. Every relation the engine finds is
//! asserted; the ones it still misses are listed in `KNOWN_MISSES`, and
//! asserted to be missed, so that a change that finds one moves it into the
//! tables. (Relations the sentences only imply, `use` of the weapon an
//! attack names, or `supply` beside military aid, are not asserted.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_3.c.gold.jsonl` and `.d.gold.jsonl`):
//! set C before: P 0.905 R 0.809 F1 0.854 (attack R 0.892, support R 0.444),
//! factuality 1.000;
//! set C after: P 0.917 R 0.936 F1 0.926 (attack R 0.973, support R 0.778),
//! factuality 1.000;
//! set D (once, after): P 0.950 R 0.792 F1 0.864 (attack P 1.000 R 0.842,
//! support R 0.500), factuality 1.000; the main before these changes gave
//! set D F1 0.684 (attack R 0.579). The precision lost in both sets is
//! `supply` beside military aid and `train` of military advisers, which
//! these golds leave out and the project's dev gold counts. (One set D miss,
//! troops deployed "to help", is found since a later rule of troops sent to
//! help a state, written from set C's misses; the figures above are the
//! blind score.)

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_C: &[(&str, &[&str])] = &[
    (
        "Ethiopian forces clashed with Eritrean troops along the northern frontier on Tuesday.",
        &["attack attacker=ETH target=ERI asserted"],
    ),
    (
        "Heavy fighting broke out between Sudanese army units and the Rapid Support Forces in Omdurman.",
        &["attack attacker=SDN target=Rapid Support Forces asserted"],
    ),
    (
        "Israeli troops opened fire on Palestinian protesters near the Gaza fence.",
        &["attack attacker=ISR target=PSE asserted"],
    ),
    (
        "Russian artillery shelled Ukrainian positions outside Bakhmut overnight.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Turkish warplanes bombed PKK hideouts in northern Iraq.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Al-Shabaab militants raided a Kenyan police post near the Somali border.",
        &["attack attacker=Al-Shabaab target=KEN asserted"],
    ),
    (
        "Houthi rebels ambushed a Saudi convoy in Jizan province.",
        &["attack attacker=Houthi target=SAU asserted"],
    ),
    (
        "Pakistani commandos stormed a Tehrik-i-Taliban Pakistan hideout in Waziristan.",
        &["attack attacker=PAK target=Tehrik-i-Taliban Pakistan asserted"],
    ),
    (
        "Russian troops occupied the Ukrainian city of Kherson in March.",
        &[
            "attack attacker=RUS target=UKR asserted",
            "attack attacker=RUS target=Kherson asserted",
        ],
    ),
    (
        "Ukrainian drones killed four Russian soldiers near Melitopol.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "A Turkish air strike hit a Syrian Democratic Forces checkpoint near Kobani.",
        &["attack attacker=TUR target=Syrian Democratic Forces asserted"],
    ),
    (
        "Israeli towns came under rocket attack from Hezbollah on Sunday.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Ukraine's counteroffensive against Russian forces in the south has slowed.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Russia attacked Ukrainian power stations with Iranian-made drones.",
        &["attack attacker=RUS target=UKR item=drone asserted"],
    ),
    (
        "Israel strikes Hamas targets in Gaza after rocket fire",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "The Somali army base was attacked by al-Shabaab fighters before dawn.",
        &["attack attacker=al-Shabaab target=SOM asserted"],
    ),
    (
        "Nigerian troops killed dozens of Boko Haram fighters in Borno state.",
        &["attack attacker=NGA target=Boko Haram asserted"],
    ),
    (
        "Pakistan denied shelling Afghan border villages.",
        &["attack attacker=PAK target=AFG denied"],
    ),
    (
        "Kyiv accused Moscow of bombing Ukrainian hospitals.",
        &[
            "accuse accuser=UKR accused=RUS asserted",
            "attack attacker=RUS target=UKR alleged",
        ],
    ),
    (
        "Syrian government aircraft reportedly bombed Turkish troops in Idlib.",
        &["attack attacker=SYR target=TUR alleged"],
    ),
    (
        "Azerbaijan's offensive against Armenian separatists lasted a single day.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Rwandan-backed M23 rebels seized the Congolese town of Bunagana.",
        &[
            "attack attacker=M23 target=COD asserted",
            "attack attacker=M23 target=Bunagana asserted",
            "support supporter=RWA supported=M23 asserted",
        ],
    ),
    (
        "Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal.",
        &["attack attacker=CHN target=PHL asserted"],
    ),
    (
        "Eritrean soldiers killed hundreds of civilians in the Ethiopian town of Axum, witnesses said.",
        &[
            "attack attacker=ERI target=ETH asserted",
            "attack attacker=ERI target=Axum asserted",
        ],
    ),
    (
        "The Taliban launched a wave of attacks on Afghan army checkpoints in Helmand.",
        &["attack attacker=Taliban target=AFG asserted"],
    ),
    (
        "Islamic State gunmen killed 12 Iraqi soldiers in an ambush near Kirkuk.",
        &["attack attacker=Islamic State target=IRQ asserted"],
    ),
    (
        "North Korea fired artillery shells at a South Korean island in 2010.",
        &["attack attacker=PRK target=KOR asserted"],
    ),
    (
        "The Israeli military has been pounding Gaza for weeks.",
        &["attack attacker=ISR target=Gaza asserted"],
    ),
    (
        "Ukraine's navy sank the Russian cruiser Moskva with two Neptune missiles.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "India said its forces did not fire on Chinese soldiers in Ladakh.",
        &["attack attacker=IND target=CHN negated"],
    ),
    (
        "US special forces raided an Islamic State compound in Syria, killing a senior leader.",
        &["attack attacker=USA target=Islamic State asserted"],
    ),
    (
        "French troops battled JNIM militants in northern Mali.",
        &["attack attacker=FRA target=JNIM asserted"],
    ),
    (
        "Colombian security forces clashed with ELN guerrillas in Arauca.",
        &["attack attacker=COL target=ELN asserted"],
    ),
    (
        "An Israeli air strike killed a senior Islamic Jihad commander in Gaza.",
        &["attack attacker=ISR target=Islamic Jihad asserted"],
    ),
    (
        "Georgian villages were bombarded by Russian aircraft in August 2008.",
        &["attack attacker=RUS target=GEO asserted"],
    ),
    (
        "Israel threatened to invade Lebanon if Hezbollah keeps firing rockets.",
        &["attack attacker=ISR target=LBN uncertain"],
    ),
    (
        "Armenia claims Azerbaijani drones struck Armenian villages.",
        &["attack attacker=AZE target=ARM alleged"],
    ),
    (
        "The United States sent 300 military advisers to Iraq in June.",
        &["support supporter=USA supported=IRQ asserted"],
    ),
    (
        "Russia sent paratroopers to Kazakhstan at the request of its government.",
        &["support supporter=RUS supported=KAZ asserted"],
    ),
    (
        "Turkey pledged military assistance to Azerbaijan during the war.",
        &["support supporter=TUR supported=AZE uncertain"],
    ),
    (
        "Iran provides military aid to the Houthis, UN experts say.",
        &["support supporter=IRN supported=Houthis asserted"],
    ),
    (
        "Rwanda deployed 1,000 soldiers to Mozambique to fight insurgents in Cabo Delgado.",
        &["support supporter=RWA supported=MOZ asserted"],
    ),
    (
        "Washington approved $300 million in security assistance for Kyiv.",
        &["support supporter=USA supported=UKR asserted"],
    ),
    (
        "Belarus offered to send military engineers to Russia.",
        &["support supporter=BLR supported=RUS uncertain"],
    ),
    (
        "Egypt denied sending troops to help the Sudanese army.",
        &["support supporter=EGY supported=SDN denied"],
    ),
    (
        "Liverpool's strikers attacked the Chelsea defence relentlessly in the second half.",
        &[],
    ),
    (
        "The senator attacked the French plan to raise the pension age.",
        &[],
    ),
    (
        "A powerful storm battered the Philippines, killing 20 people.",
        &[],
    ),
    (
        "Manchester United fired their manager after a 4-0 defeat to Arsenal.",
        &[],
    ),
    (
        "The director shot his new film in Morocco and Tunisia last spring.",
        &[],
    ),
    (
        "A bombshell report on Britain's banks rattled investors in Germany.",
        &[],
    ),
    (
        "The Italian delegation stormed out of the talks with Austria.",
        &[],
    ),
    ("Brazil crushed Argentina 3-0 in the World Cup qualifier.", &[]),
    (
        "Chinese tech firms launched an offensive to win buyers in India.",
        &[],
    ),
    ("A flu outbreak struck South Korea, hitting hospitals hard.", &[]),
    (
        "Japanese exporters were hit by a strong yen and weak demand from China.",
        &[],
    ),
    (
        "Germany's finance minister blasted the Greek budget as reckless.",
        &[],
    ),
    ("Korean pop music has invaded Japan's charts.", &[]),
    ("Spain's Telefonica seized the chance to expand in Mexico.", &[]),
    (
        "Mexican truckers blockaded border crossings with the United States in a strike over tolls.",
        &[],
    ),
];

const SET_D: &[(&str, &[&str])] = &[
    (
        "Sudanese paramilitaries shelled Chadian border villages on Saturday.",
        &["attack attacker=SDN target=TCD asserted"],
    ),
    (
        "Clashes broke out on Friday between Kyrgyz and Tajik border guards.",
        &["attack attacker=KGZ target=TJK asserted"],
    ),
    (
        "Somali and Ethiopian troops fought al-Shabaab militants near Baidoa.",
        &[
            "attack attacker=SOM target=al-Shabaab asserted",
            "attack attacker=ETH target=al-Shabaab asserted",
        ],
    ),
    (
        "Libyan militiamen stormed the Tunisian consulate in Tripoli.",
        &["attack attacker=LBY target=TUN asserted"],
    ),
    (
        "Mali's army said ISGS fighters had ambushed one of its convoys.",
        &["attack attacker=ISGS target=MLI asserted"],
    ),
    (
        "Egypt sent a team of military engineers to Libya in March.",
        &["support supporter=EGY supported=LBY asserted"],
    ),
    (
        "Hezbollah said Israeli drones had struck it twice in one week.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Thai and Cambodian soldiers exchanged gunfire near the disputed temple.",
        &["attack attacker=THA target=KHM asserted"],
    ),
    (
        "Azerbaijani artillery pounded Armenian villages overnight, Yerevan said.",
        &["attack attacker=AZE target=ARM alleged"],
    ),
    (
        "Saudi jets reportedly struck a Houthi-held airport in Sanaa.",
        &["attack attacker=SAU target=Houthi alleged"],
    ),
    (
        "Ugandan troops were ambushed by ADF rebels in eastern Congo.",
        &["attack attacker=ADF target=UGA asserted"],
    ),
    (
        "Nigerian jets bombed a Boko Haram camp in Sambisa forest.",
        &["attack attacker=NGA target=Boko Haram asserted"],
    ),
    (
        "Tanzania denied that its soldiers had fired on Mozambican fishermen.",
        &["attack attacker=TZA target=MOZ denied"],
    ),
    (
        "Kenya accused Somali militants of killing four Kenyan police officers.",
        &[
            "accuse accuser=KEN accused=SOM asserted",
            "attack attacker=SOM target=KEN alleged",
        ],
    ),
    (
        "Iran seized two Kuwaiti oil tankers in the Gulf.",
        &["attack attacker=IRN target=KWT asserted"],
    ),
    (
        "Pakistani troops came under fire from Afghan forces near Chaman.",
        &["attack attacker=AFG target=PAK asserted"],
    ),
    (
        "Russia's invasion of Ukraine began in February 2022.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Fighting erupted between the Congolese army and M23 rebels near Goma.",
        &["attack attacker=COD target=M23 asserted"],
    ),
    (
        "China pledged to send military advisers to Cambodia.",
        &["support supporter=CHN supported=KHM uncertain"],
    ),
    (
        "France deployed 300 special forces troops to Niger to help fight jihadists.",
        &["support supporter=FRA supported=NER asserted"],
    ),
    (
        "Turkey will provide Somalia with military assistance, Ankara said.",
        &["support supporter=TUR supported=SOM uncertain"],
    ),
    (
        "An Israeli strike on a Hamas command post killed two commanders.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    ("The striker fired a shot past the Spanish goalkeeper.", &[]),
    ("Critics attacked the Brazilian government's new budget.", &[]),
    ("Heavy rains pounded southern India for a week.", &[]),
    ("Tesla shares were hammered after a weak quarter in China.", &[]),
    ("Argentina stormed to a 3-1 win over Peru.", &[]),
    (
        "Greece's opposition leader took aim at the prime minister over migrant camps.",
        &[],
    ),
    (
        "Nigeria's finance ministry launched an assault on tax evasion.",
        &[],
    ),
    (
        "A cyclone battered Mozambique, destroying thousands of homes.",
        &[],
    ),
];

/// Relations of the tables the engine still misses (`sentence => want`),
/// with the reason.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set C.
    // "the Congolese town of X", "the Ukrainian city of Kherson": the
    // town is a place of its own now (`src/names/places.rs`, or the
    // gazetteer's), and a role that takes places binds it, as the more
    // exact target; the country is the place's country (the adjective
    // stays a mention, no role's). The rows were written when the town
    // was no mention or the country was bound first.
    (
        "Rwandan-backed M23 rebels seized the Congolese town of Bunagana.",
        "attack attacker=M23 target=COD asserted",
    ),
    (
        "Eritrean soldiers killed hundreds of civilians in the Ethiopian town of Axum, witnesses said.",
        "attack attacker=ERI target=ETH asserted",
    ),
    (
        "Russian troops occupied the Ukrainian city of Kherson in March.",
        "attack attacker=RUS target=UKR asserted",
    ),
    // Troops sent to a state are as often an invasion: only advisers,
    // experts and missions that a military word names are support, and
    // troops sent "to help" or "at the request of" it; a purpose of
    // fighting ("to fight insurgents") is not read.
    (
        "Rwanda deployed 1,000 soldiers to Mozambique to fight insurgents in Cabo Delgado.",
        "support supporter=RWA supported=MOZ asserted",
    ),
    // Set D.
    // "Kyrgyz" and "Tajik" are demonyms the gazetteer lacks: no actor.
    (
        "Clashes broke out on Friday between Kyrgyz and Tajik border guards.",
        "attack attacker=KGZ target=TJK asserted",
    ),
    // "a team of military engineers": the team heads the object, which the
    // frame does not read as the engineers it holds.
    (
        "Egypt sent a team of military engineers to Libya in March.",
        "support supporter=EGY supported=LBY asserted",
    ),
    // "seized" is an attack only when forces are its subject ("the firm
    // seized the market"); a state's name is none.
    (
        "Iran seized two Kuwaiti oil tankers in the Gulf.",
        "attack attacker=IRN target=KWT asserted",
    ),
    // "Fighting" that opens the sentence is read as a gerund, so "erupted"
    // has no noun subject for the frame ("Fighting between ... erupted" is
    // found).
    (
        "Fighting erupted between the Congolese army and M23 rebels near Goma.",
        "attack attacker=COD target=M23 asserted",
    ),
];

#[test]
fn set_c_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_C, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_d_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_D, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_C, SET_D], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

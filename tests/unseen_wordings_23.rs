//! A twenty-third blind table, of every relation type in title-case
//! headlines, written for issue 17 before the engine was run on it: a
//! base form after a plural subject ("Troops Raid", "Helicopters Strike",
//! "Jets Bomb", "Troops Shell"), "Sends ... To", "Agrees To Sell",
//! "Sanctions", "Freezes Assets Of", "Throws Its Weight Behind", "Backs
//! ... Bid", "Accuses ... Of Provoking/Bombing", a post before a name,
//! "Fires ... Into"; with traps in other senses ("Car Bomb Kills", a
//! "General Strike", a singer who "throws a party", critics who "accuse"
//! a studio).
//!
//! Set BB (20 texts, 4 traps) was scored once before any change (on main
//! 0883408): micro P 0.895 R 0.850 F1 0.872, factuality 1.000. Its misses
//! were "Saudi Jets Bomb Houthi Targets" (read as "Houthi Targets" the
//! verb, a false attack of the Houthis on Saudi Arabia) and "Agrees To Sell
//! K2 Tanks" (the names stage took "Sell K2" for a system like "Magura
//! V5"), and a false attack on Damascus (the city where "Its Consulate"
//! is; left). After the changes it led to (the parse's title-case verb
//! after a plural subject that opens the clause; a word of the lexicon
//! before a spaced code is no half of a system's name; support thrown
//! behind without a possessive): P 0.950 R 0.950 F1 0.950; what it still
//! misses is the use of "Saudi Jets", one country mention with no weapon.
//! No trap gave a relation, before or after.
//!
//! Set BC (20 texts, 4 traps) was written after those changes and scored
//! once: P 1.000 R 1.000 F1 1.000, factuality 1.000 (main scores it the
//! same: its headlines came out easier than BB's, so it says little about
//! the change beyond the traps it guards). Nothing was tuned on it.
//!
//! Scores: target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_23.bb.gold.jsonl` and `.bc.gold.jsonl`.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_BB: &[(&str, &[&str])] = &[
    (
        "Israeli Troops Raid Hezbollah Positions In Southern Lebanon",
        &["attack attacker=ISR target=hezbollah asserted"],
    ),
    (
        "Ukrainian Drones Hit Russian Oil Refinery Near Ryazan",
        &["attack attacker=UKR target=RUS asserted", "use user=UKR asserted"],
    ),
    (
        "Pakistani Helicopters Strike Taliban Hideouts Near Border",
        &[
            "attack attacker=PAK target=taliban asserted",
            "use user=PAK asserted",
        ],
    ),
    (
        "Saudi Jets Bomb Houthi Targets Around Sanaa",
        &[
            "attack attacker=SAU target=houthis asserted",
            "use user=SAU asserted",
        ],
    ),
    (
        "Russian Troops Shell Ukrainian Positions Near Bakhmut",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "France Sends Caesar Howitzers To Armenia",
        &["supply supplier=FRA recipient=ARM asserted"],
    ),
    (
        "South Korea Agrees To Sell K2 Tanks To Poland",
        &["supply supplier=KOR recipient=POL uncertain"],
    ),
    (
        "Japan Sanctions Russian Banks Over Ukraine War",
        &["sanction sanctioner=JPN target=RUS asserted"],
    ),
    (
        "Canada Freezes Assets Of Iranian Officials",
        &["sanction sanctioner=CAN target=IRN asserted"],
    ),
    (
        "Turkey Throws Its Weight Behind Azerbaijan",
        &["support supporter=TUR supported=AZE asserted"],
    ),
    (
        "Germany Backs Ukraine's Bid To Join NATO",
        &["support supporter=DEU supported=UKR asserted"],
    ),
    (
        "Venezuela Accuses Guyana Of Provoking Border Crisis",
        &["accuse accuser=VEN accused=GUY asserted"],
    ),
    (
        "Iran Accuses Israel Of Bombing Its Consulate In Damascus",
        &[
            "accuse accuser=IRN accused=ISR asserted",
            "attack attacker=ISR target=IRN alleged",
        ],
    ),
    (
        "Italian Foreign Minister Antonio Tajani Meets Blinken In Rome",
        &["role person=Antonio Tajani organization=ITA asserted"],
    ),
    (
        "NATO Chief Mark Rutte Urges More Air Defence For Kyiv",
        &["role person=Mark Rutte organization=nato asserted"],
    ),
    (
        "North Korea Fires Ballistic Missile Into Sea Of Japan",
        &["use user=PRK asserted"],
    ),
    ("Car Bomb Kills Five In Mogadishu Market", &[]),
    ("General Strike Shuts Ports Across Greece", &[]),
    ("Singer Throws Lavish Party For Film Crew", &[]),
    ("Critics Accuse Studio Of Ruining Classic Series", &[]),
];

/// Written after the changes, scored once.
const SET_BC: &[(&str, &[&str])] = &[
    (
        "Indian Troops Shell Pakistani Posts Along Kashmir Line",
        &["attack attacker=IND target=PAK asserted"],
    ),
    (
        "Russian Missiles Strike Ukrainian Power Grid",
        &["attack attacker=RUS target=UKR asserted", "use user=RUS asserted"],
    ),
    (
        "Houthi Rebels Attack British Tanker In Gulf Of Aden",
        &["attack attacker=houthis target=GBR asserted"],
    ),
    (
        "Sudanese Warplanes Bomb RSF Positions In Darfur",
        &["attack attacker=SDN target=rsf asserted", "use user=SDN asserted"],
    ),
    (
        "Iran Ships Attack Drones To Russia Via Caspian Sea",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "Netherlands Delivers F-16 Jets To Ukraine",
        &["supply supplier=NLD recipient=UKR asserted"],
    ),
    (
        "US Treasury Sanctions Hezbollah Financiers",
        &["sanction sanctioner=Treasury target=hezbollah asserted"],
    ),
    (
        "Britain Bans Exports Of Drone Parts To Iran",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "Poland Pledges Firm Support For Ukraine",
        &["support supporter=POL supported=UKR uncertain"],
    ),
    (
        "Estonia Rallies Behind Ukraine At EU Summit",
        &["support supporter=EST supported=UKR asserted"],
    ),
    (
        "Ukraine Accuses Russia Of Shelling Kherson Hospital",
        &[
            "accuse accuser=UKR accused=RUS asserted",
            "attack attacker=RUS target=Kherson alleged",
        ],
    ),
    (
        "Israel Blames Iran For Drone Attack On Tanker",
        &["accuse accuser=ISR accused=IRN asserted"],
    ),
    (
        "Armenia Accuses Azerbaijan Of Shelling Armenian Villages",
        &[
            "accuse accuser=ARM accused=AZE asserted",
            "attack attacker=AZE target=ARM alleged",
        ],
    ),
    (
        "German Chancellor Olaf Scholz Visits Kyiv",
        &["role person=Olaf Scholz organization=DEU asserted"],
    ),
    (
        "Hamas Political Chief Ismail Haniyeh Killed In Tehran",
        &["role person=Ismail Haniyeh organization=hamas asserted"],
    ),
    (
        "Ukrainian Forces Deploy Patriot Systems Near Kyiv",
        &["use user=UKR asserted"],
    ),
    ("Teachers Strike Over Pay As Talks Stall", &[]),
    ("Pipe Bomb Found Near Stadium Before Final", &[]),
    ("Fans Throw Support Behind Struggling Coach", &[]),
    ("Critics Attack Finance Minister's Budget Plan", &[]),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "Saudi Jets" is a country's forces, one mention: no weapon is left
    // for the use
    (
        "Saudi Jets Bomb Houthi Targets Around Sanaa",
        "use user=SAU asserted",
    ),
];

#[test]
fn set_bb_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BB, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_bc_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BC, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BB, SET_BC], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

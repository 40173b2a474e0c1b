//! A twenty-second blind table, of every relation type in title-case
//! headlines, written before the engine was run on it (the ids a gazetteer
//! gives checked afterwards): "Weighs Sending ... As ... Arms Moscow", "To
//! Deliver", "Supplying ... With", "Hits ... With Sanctions", "Imposes
//! Travel Bans On", "Drones Pound", "Accuses ... Of Shelling", "Backs ...
//! In Standoff", "Pledges Aid To", "Marines Train", "Fires ... At",
//! "Launches Rockets At", a post before a name; with traps in other senses
//! (strikers "fire blanks", a firm "hit with" a fine, supply fears, stars
//! who "back" a charity).
//!
//! Set AZ (20 texts, 4 traps) was scored before the changes it led to (a
//! capitalized plural after a country adjective is a headline's class
//! word for `use/weapon-strikes`: "Russian Drones Pound Odesa"); two of
//! its gold ids were mended after that first run, as ids the gazetteer
//! gives, not readings (the US Marines are an organization of their own;
//! William Ruto's id is his full name's). Set BA (12 texts, 2 traps) was
//! written after that change and scored once; its miss of a minister in
//! a title-case headline ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz
//! Visits Troops": no person) then led to the names stage's titled
//! unknown names in title case, so set BA is developed on since.
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_22.az.gold.jsonl` and `.ba.gold.jsonl`):
//! set AZ before: micro P 1.000 R 0.950 F1 0.974, factuality 1.000; after:
//! P 1.000 R 1.000; no trap gave a relation.
//! Set BA (once): P 1.000 R 0.500 F1 0.667 (the same on the main before),
//! factuality 1.000; after the titled names: R 0.583, F1 0.737. What it
//! still misses is title case read as nouns: "Jets Bomb Hamas Tunnels"
//! ("Bomb" a weapon), "Drones Strike Kurdish Militants" ("Strike" a
//! noun), "Accuses China Of Ramming", "Throws Support Behind".
//! Since `tests/unseen_wordings_23.rs` (a title-case base form after a
//! plural subject is the verb; support thrown behind without a
//! possessive): P 0.909 R 0.833 F1 0.870; still missed: the use of "Israeli
//! Jets" (one country mention, no weapon) and the alleged ramming; a new
//! false attack on Iraq from "Strike Kurdish Militants In Northern Iraq"
//! (the militants are no mention, so the place is read as the target).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_AZ: &[(&str, &[&str])] = &[
    (
        "Seoul Weighs Sending Artillery Shells To Kyiv As Pyongyang Arms Moscow",
        &[
            "supply supplier=KOR recipient=UKR uncertain",
            "supply supplier=PRK recipient=RUS asserted",
        ],
    ),
    (
        "Germany To Deliver More Leopard Tanks To Ukraine",
        &["supply supplier=DEU recipient=UKR uncertain"],
    ),
    (
        "Iran Supplying Russia With Ballistic Missiles, US Says",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "US Hits Chinese Firms With Sanctions Over Russia Drone Parts",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "UK Sanctions Iranian Generals Over Israel Attack",
        &["sanction sanctioner=GBR target=IRN asserted"],
    ),
    (
        "Australia Imposes Travel Bans On Myanmar Junta Leaders",
        &["sanction sanctioner=AUS target=MMR asserted"],
    ),
    (
        "Israel Strikes Houthi Port In Yemen After Missile Attack",
        &["attack attacker=ISR target=houthis asserted"],
    ),
    (
        "Russian Drones Pound Odesa Overnight, Killing Three",
        &[
            "attack attacker=RUS target=odesa asserted",
            "use user=RUS asserted",
        ],
    ),
    (
        "Sudan Army Accuses RSF Of Shelling Displacement Camp",
        &["accuse accuser=SDN accused=rsf asserted"],
    ),
    (
        "Azerbaijan Blames Armenia For Border Clash",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "China Backs Pakistan In Standoff With India",
        &["support supporter=CHN supported=PAK asserted"],
    ),
    (
        "Qatar Pledges Aid To Lebanon's Army",
        &["support supporter=QAT supported=LBN uncertain"],
    ),
    (
        "US Marines Train Taiwanese Troops On Kinmen",
        &["train trainer=us_marines trainee=TWN asserted"],
    ),
    (
        "Ukraine Fires ATACMS At Russian Air Base In Crimea",
        &["use user=UKR asserted", "attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Hezbollah Launches Rockets At Northern Israel",
        &[
            "use user=hezbollah asserted",
            "attack attacker=hezbollah target=ISR asserted",
        ],
    ),
    (
        "Kenyan President William Ruto Names New Defence Chief",
        &["role person=william_samoei_ruto organization=KEN asserted"],
    ),
    ("Strikers Fire Blanks As City Held To Goalless Draw", &[]),
    ("Tech Giant Hit With Record Fine Over Data Breach", &[]),
    ("Oil Prices Surge As Supply Fears Mount", &[]),
    ("Stars Back Charity Drive For Flood Victims", &[]),
];

/// Written after the changes, scored once.
const SET_BA: &[(&str, &[&str])] = &[
    (
        "Norway To Donate Air Defence Systems To Kyiv",
        &["supply supplier=NOR recipient=UKR uncertain"],
    ),
    (
        "Belarus Receives Russian Nuclear Warheads, Lukashenko Says",
        &["supply supplier=RUS recipient=BLR asserted"],
    ),
    (
        "EU Slaps Sanctions On Belarusian Officials Over Election",
        &["sanction sanctioner=eu target=BLR asserted"],
    ),
    (
        "Washington Blacklists Chinese Chipmaker Over Military Ties",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "Israeli Jets Bomb Hamas Tunnels In Gaza",
        &[
            "attack attacker=ISR target=hamas asserted",
            "use user=ISR asserted",
        ],
    ),
    (
        "Turkish Drones Strike Kurdish Militants In Northern Iraq",
        &["use user=TUR asserted"],
    ),
    (
        "Philippines Accuses China Of Ramming Supply Boat",
        &[
            "accuse accuser=PHL accused=CHN asserted",
            "attack attacker=CHN target=PHL alleged",
        ],
    ),
    (
        "Egypt Throws Support Behind Sudan's Army",
        &["support supporter=EGY supported=SDN asserted"],
    ),
    (
        "British Instructors Train Ukrainian Recruits In Wiltshire",
        &["train trainer=GBR trainee=UKR asserted"],
    ),
    (
        "Polish Defence Minister Wladyslaw Kosiniak-Kamysz Visits Troops",
        &["role person=wladyslaw_kosiniak_kamysz organization=POL asserted"],
    ),
    ("Bulls Fire Coach After Losing Streak", &[]),
    ("Storms Strike Coastal Towns As Rivers Rise", &[]),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "Israeli Jets" is a country's forces, one mention: no weapon is left
    // for the use
    ("Israeli Jets Bomb Hamas Tunnels In Gaza", "use user=ISR asserted"),
    // the gerund "Of Ramming" has no target but the accuser's own boat,
    // which no rule infers
    (
        "Philippines Accuses China Of Ramming Supply Boat",
        "attack attacker=CHN target=PHL alleged",
    ),
];

#[test]
fn set_az_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_AZ, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_ba_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BA, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_AZ, SET_BA], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

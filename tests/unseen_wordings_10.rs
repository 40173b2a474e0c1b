//! A tenth blind table, of blame, supply and training in headline and
//! wire wordings: a passive of blame whose maker closes the sentence
//! ("X blamed for ..., Y says"), an accusation with its maker as possessor
//! ("X's accusation that Y ..."), holding responsible and pointing the
//! finger, an export cleared or authorised, deliveries taken, weapons
//! bought under a deal or seized on their way, training completed or
//! given by instructors; with traps where these words have another sense
//! (a coach blaming a referee, a win delivered, a ball cleared, a batsman
//! charged, a train delayed). Written in two sets before the engine was
//! run on them: set U (30 sentences: 22 with events, 8 traps) was scored
//! before the changes it led to; set V (15 sentences: 11 and 4) was
//! written after them and scored once. Every relation the engine finds is
//! asserted; the ones it still misses are listed in `KNOWN_MISSES`, and
//! asserted to be missed.
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_10.u.gold.jsonl` and `.v.gold.jsonl`):
//! set U before: micro P 1.000 R 0.696 F1 0.821 (accuse R 0.625, supply
//! 0.750, train 0.833), factuality 0.938; no trap gave a relation;
//! set U after: micro P 1.000 R 0.826 F1 0.905 (accuse R 0.875, supply
//! 0.875), factuality 1.000;
//! set V (once, after): micro P 0.846 R 0.846 F1 0.846, factuality 1.000
//! (the two false positives are the attack and use that the allegation in
//! row 3 states, which the gold left out); no trap gave a relation.
//! (Row 13's gold first read "signed a deal to buy S-400 missile systems"
//! as a transfer asserted; a deal to buy is a planned transfer, which the
//! schema calls uncertain, and the engine reads it so since deals, as
//! bills and drafts, are cues of what is still to be done
//! (`tests/unseen_wordings_18.rs`). Set U's factuality is 0.950 by the
//! gold as first written.)

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_U: &[(&str, &[&str])] = &[
    (
        "Kyiv points the finger at Moscow over dam collapse",
        &["accuse accused=RUS accuser=UKR asserted"],
    ),
    (
        "Seoul holds Pyongyang responsible for the sinking of the corvette, a spokesman said.",
        &["accuse accused=PRK accuser=KOR asserted"],
    ),
    (
        "Armenia charged on Friday that Azerbaijan had shelled villages near the border.",
        &[
            "accuse accused=AZE accuser=ARM asserted",
            "attack attacker=AZE target=ARM alleged",
        ],
    ),
    (
        "Beijing lashed out at Washington, accusing it of stoking tensions over Taiwan.",
        &["accuse accused=USA accuser=CHN asserted"],
    ),
    (
        "Iran blamed for drone strike on tanker, US says",
        &["accuse accused=IRN accuser=USA asserted"],
    ),
    (
        "Israel's accusation that Hamas stored rockets in schools drew an angry response.",
        &["accuse accused=Hamas accuser=ISR asserted"],
    ),
    (
        "Pakistan rejected accusations by India that it sheltered militants.",
        &["accuse accused=PAK accuser=IND asserted"],
    ),
    (
        "Ethiopia says Eritrea is behind cross-border raids",
        &["accuse accused=ERI accuser=ETH asserted"],
    ),
    (
        "Turkey is to deliver a second batch of Bayraktar drones to Poland next month.",
        &["supply item=Bayraktar recipient=POL supplier=TUR uncertain"],
    ),
    (
        "Germany clears export of Leopard tanks to Ukraine",
        &["supply item=tank recipient=UKR supplier=DEU asserted"],
    ),
    (
        "Egypt has taken delivery of Rafale jets from France, the defence ministry said.",
        &["supply item=Rafale recipient=EGY supplier=FRA asserted"],
    ),
    (
        "Norway to donate air defence systems to Ukraine",
        &["supply recipient=UKR supplier=NOR uncertain"],
    ),
    (
        "Russia is shipping artillery shells to Syria by sea, satellite images suggest.",
        &["supply item=artillery recipient=SYR supplier=RUS uncertain"],
    ),
    (
        "India signed a deal to buy S-400 missile systems from Russia in 2018.",
        &["supply item=S-400 recipient=IND supplier=RUS uncertain"],
    ),
    (
        "A shipment of Iranian rifles bound for Yemen was seized in the Arabian Sea.",
        &["supply item=rifle recipient=YEM supplier=IRN asserted"],
    ),
    (
        "Washington approved the sale of F-16 fighter jets to Turkey after months of delay.",
        &["supply item=F-16 recipient=TUR supplier=USA asserted"],
    ),
    (
        "Britain will train Ukrainian pilots to fly Western jets, the prime minister announced.",
        &["train trainee=UKR trainer=GBR uncertain"],
    ),
    (
        "Hundreds of Ukrainian soldiers have completed training in Germany on the Patriot system.",
        &["train trainee=UKR trainer=DEU asserted"],
    ),
    (
        "Iran's Revolutionary Guards trained Houthi fighters in the use of drones, the report found.",
        &["train trainee=Houthi trainer=Revolutionary Guards asserted"],
    ),
    (
        "Somali troops trained by Turkey took part in the offensive.",
        &["train trainee=SOM trainer=TUR asserted"],
    ),
    (
        "The EU launched a mission to train Mozambican forces last year.",
        &["train trainee=MOZ trainer=EU asserted"],
    ),
    (
        "Wagner instructors are training soldiers in Mali, a UN panel said.",
        &["train trainee=MLI trainer=Wagner asserted"],
    ),
    ("The coach blamed the referee for the defeat against Brazil.", &[]),
    (
        "Turkey delivered a stunning win over Portugal in the qualifier.",
        &[],
    ),
    ("Germany exported more cars to China than ever before.", &[]),
    (
        "Poland trained its sights on the European title after beating Spain.",
        &[],
    ),
    ("The train from Paris to Brussels was delayed by a strike.", &[]),
    (
        "France supplied most of the electricity Italy imported last winter.",
        &[],
    ),
    ("India charged the batsman with a code of conduct breach.", &[]),
    (
        "Australia accused of dragging its feet on climate targets by activists",
        &[],
    ),
];

/// Written after the changes and scored once.
const SET_V: &[(&str, &[&str])] = &[
    (
        "Baku blames Yerevan for ceasefire breach",
        &["accuse accused=ARM accuser=AZE asserted"],
    ),
    (
        "Venezuela was accused by Guyana of massing troops near the border.",
        &["accuse accused=VEN accuser=GUY asserted"],
    ),
    (
        "Hezbollah fighters were trained in Iran, Israeli officials claim.",
        &["train trainee=Hezbollah trainer=IRN alleged"],
    ),
    (
        "The Kremlin's allegation that Ukraine attacked the Kremlin with drones was met with scorn.",
        &["accuse accused=UKR accuser=Kremlin asserted"],
    ),
    (
        "Sweden authorised the transfer of Archer howitzers to Ukraine in January.",
        &["supply item=Archer recipient=UKR supplier=SWE asserted"],
    ),
    (
        "Tehran is accused of smuggling missiles to the Houthis, Saudi Arabia said.",
        &[
            "accuse accused=IRN accuser=SAU asserted",
            "supply item=missile recipient=Houthis supplier=IRN alleged",
        ],
    ),
    (
        "Pyongyang ships artillery rounds to Moscow by rail, Seoul says",
        &["supply item=artillery recipient=RUS supplier=PRK asserted"],
    ),
    (
        "US special forces are training Taiwanese troops, officials confirmed.",
        &["train trainee=TWN trainer=USA asserted"],
    ),
    (
        "Greece receives first Rafale fighters from France",
        &["supply item=Rafale recipient=GRC supplier=FRA asserted"],
    ),
    (
        "Mali accuses France of arming jihadists",
        &[
            "accuse accused=FRA accuser=MLI asserted",
            "supply recipient=jihadists supplier=FRA alleged",
        ],
    ),
    (
        "Serbia slammed for buying Chinese drones, Kosovo says",
        &["supply item=drone recipient=SRB supplier=CHN asserted"],
    ),
    ("Spain was blamed for the late kick-off by the referee.", &[]),
    ("Brazil cleared the ball to Argentina's half.", &[]),
    ("Japan trained hard before facing Korea in the final.", &[]),
    ("Canada's allegation of fraud in the election was dropped.", &[]),
];

/// Relations the engine still misses, with the reason.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set U.
    // The villages shelled are not named as Armenia's; the target is left to the reader.
    (
        "Armenia charged on Friday that Azerbaijan had shelled villages near the border.",
        "attack attacker=AZE target=ARM alleged",
    ),
    // "bound for" names no recipient of a shipment.
    (
        "A shipment of Iranian rifles bound for Yemen was seized in the Arabian Sea.",
        "supply item=rifle recipient=YEM supplier=IRN asserted",
    ),
    // Where training takes place says nothing of who gives it.
    (
        "Hundreds of Ukrainian soldiers have completed training in Germany on the Patriot system.",
        "train trainee=UKR trainer=DEU asserted",
    ),
    // Set V.
    (
        "Hezbollah fighters were trained in Iran, Israeli officials claim.",
        "train trainee=Hezbollah trainer=IRN alleged",
    ),
    // "jihadists" names no one: no entity.
    (
        "Mali accuses France of arming jihadists",
        "supply recipient=jihadists supplier=FRA alleged",
    ),
];

#[test]
fn set_u_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_U, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_v_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_V, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_U, SET_V], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

//! A twenty-sixth blind table, of supply alone (issue 17: supply in any
//! wording), written before the engine was run on it: set BG, 15 title-case
//! headlines and 15 wire sentences ("Receives First Batch Of ... From",
//! "US-Made ... Delivered To", "To Hand Over", "Green-Lights Sale Of",
//! "Shipment Of ... Arrives In", "Takes Delivery Of", "Donates", "Gifts",
//! "Latest Aid Package For ... Includes", "Denies Sending", "Refuses To
//! Send", "Buys ... From", "Okays Sale Of", "Pledges", "Will Transfer";
//! passives, relative clauses, "'s transfer of", "acquired ... from",
//! "armed ... with", "requested ... from", "pledged to deliver", "will
//! purchase ... from", "'s sale of"), with 6 traps (chips a company supplies,
//! supplies that ran low, a delegation and condolences sent, time bought,
//! soybeans exported).
//!
//! Scores (target/release/examples/evaluate on the same texts as gold JSON
//! Lines, `tests/unseen_wordings_26.bg.gold.jsonl` and `.bh.gold.jsonl`).
//! Set BG before (main bd51054): supply P 1.000 R 0.839 F1 0.912; micro P
//! 0.963 R 0.839 F1 0.897 (one support from "aid package for Ukraine", which
//! the dev gold marks optional where it annotates one), factuality 0.923
//! (24/26). One gold factuality was mended after that run: "..., according to
//! South Korean intelligence" is alleged, as the rules' own example "...,
//! according to Bolivia" and SCHEMA's "one party's claim" read it (with it
//! the before run's factuality is 0.962). The misses were a weapon system
//! the gazetteer lacked before a class noun ("Mirage Jets", "Bushmaster
//! Vehicles": the transfer and the pledge were read once it had them), a
//! headline verb of approving ("Okays Sale Of": not a light verb, so the
//! sale had no seller), and what an aid package includes. After: supply P
//! 1.000 R 0.968 F1 0.984, micro P 0.968 R 0.968 F1 0.968, factuality 0.933
//! (28/30, the two approvals below); no trap gave a relation.
//!
//! Approved sales: the brief of issue 17 calls an approved transfer
//! uncertain, and set BG's gold says so; the dev gold reads "US approves
//! $100 million missile defense sale to Taiwan" as asserted, and a frame
//! that made approvals uncertain cost the dev factuality that row. The
//! engine keeps the dev reading; the two rows are listed as known misses
//! until the two readings are reconciled.
//!
//! Set BH (15 texts, 3 traps) was written after the changes and scored
//! once: supply P 1.000 R 0.933 F1 0.966, micro P 0.933 R 0.933 F1 0.933
//! (the same support from "military aid package for Kyiv"), factuality
//! 1.000 (the same on main before); no trap gave a relation. Missed: "Czech-Made
//! Howitzers Arrive In Kyiv" (an arrival whose subject is the weapons, not
//! a shipment of them).

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (text, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_BG: &[(&str, &[&str])] = &[
    (
        "Poland Receives First Batch Of K2 Tanks From South Korea",
        &["supply supplier=KOR recipient=POL asserted"],
    ),
    (
        "US-Made Abrams Tanks Delivered To Ukraine",
        &["supply supplier=USA recipient=UKR asserted"],
    ),
    (
        "Netherlands To Hand Over F-16 Jets To Kyiv",
        &["supply supplier=NLD recipient=UKR uncertain"],
    ),
    (
        "Washington Green-Lights $2 Billion Sale Of Patriot Missiles To Riyadh",
        &["supply supplier=USA recipient=SAU uncertain"],
    ),
    (
        "Shipment Of Iranian Drones Arrives In Russia",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "Morocco Takes Delivery Of Turkish Bayraktar Drones",
        &["supply supplier=TUR recipient=MAR asserted"],
    ),
    (
        "Denmark Donates Caesar Howitzers To Ukraine",
        &["supply supplier=DNK recipient=UKR asserted"],
    ),
    (
        "UAE Gifts Armoured Vehicles To Chad",
        &["supply supplier=ARE recipient=TCD asserted"],
    ),
    (
        "Germany's Latest Aid Package For Ukraine Includes IRIS-T Launchers",
        &["supply supplier=DEU recipient=UKR asserted"],
    ),
    (
        "Russia Denies Sending Fighter Jets To Libya",
        &["supply supplier=RUS recipient=LBY denied"],
    ),
    (
        "Israel Refuses To Send Iron Dome To Ukraine",
        &["supply supplier=ISR recipient=UKR negated"],
    ),
    (
        "Algeria Buys Su-57 Fighters From Moscow",
        &["supply supplier=RUS recipient=DZA asserted"],
    ),
    (
        "Beijing Okays Sale Of Attack Drones To Serbia",
        &["supply supplier=CHN recipient=SRB uncertain"],
    ),
    (
        "Australia Pledges Bushmaster Vehicles To Kyiv",
        &["supply supplier=AUS recipient=UKR uncertain"],
    ),
    (
        "France Will Transfer Mirage Jets To Ukraine, Macron Says",
        &["supply supplier=FRA recipient=UKR uncertain"],
    ),
    (
        "Egypt took delivery of a second batch of French-built Rafale fighter jets on Tuesday.",
        &["supply supplier=FRA recipient=EGY asserted"],
    ),
    (
        "The howitzers, supplied by the United States to Kyiv last spring, have been moved to the eastern front.",
        &["supply supplier=USA recipient=UKR asserted"],
    ),
    (
        "Tanks that Germany sent to Ukraine in January are already in combat, officials said.",
        &["supply supplier=DEU recipient=UKR asserted"],
    ),
    (
        "Sweden's transfer of CV90 infantry fighting vehicles to Ukraine was completed in March.",
        &["supply supplier=SWE recipient=UKR asserted"],
    ),
    (
        "Pakistan has acquired J-10C fighter jets from China, the air force said.",
        &["supply supplier=CHN recipient=PAK asserted"],
    ),
    (
        "North Korea has shipped millions of artillery shells to Russia, according to South Korean intelligence.",
        &["supply supplier=PRK recipient=RUS alleged"],
    ),
    (
        "Washington approved the sale of 40 F-35 jets to the United Arab Emirates on Friday.",
        &["supply supplier=USA recipient=ARE uncertain"],
    ),
    (
        "Iran denied supplying drones to Russia for use in Ukraine.",
        &["supply supplier=IRN recipient=RUS denied"],
    ),
    (
        "Switzerland refused to send ammunition for Gepard tanks to Ukraine.",
        &["supply supplier=CHE recipient=UKR negated"],
    ),
    (
        "Britain armed Ukraine with NLAW anti-tank weapons weeks before the invasion.",
        &["supply supplier=GBR recipient=UKR asserted"],
    ),
    (
        "Turkey has exported armed drones to Ethiopia and Nigeria in recent years.",
        &["supply supplier=TUR recipient=ETH asserted", "supply supplier=TUR recipient=NGA asserted"],
    ),
    (
        "Kyiv requested Taurus cruise missiles from Berlin months ago.",
        &["supply supplier=DEU recipient=UKR uncertain"],
    ),
    (
        "Spain pledged to deliver six Leopard 2 tanks to Ukraine by the spring.",
        &["supply supplier=ESP recipient=UKR uncertain"],
    ),
    (
        "Indonesia will purchase 42 Rafale jets from France under a deal signed in Jakarta.",
        &["supply supplier=FRA recipient=IDN uncertain"],
    ),
    (
        "India's sale of BrahMos missiles to the Philippines marks the first export of the weapon.",
        &["supply supplier=IND recipient=PHL asserted"],
    ),
    (
        "Samsung supplies memory chips to Apple for its new phones.",
        &[],
    ),
    (
        "Supplies ran low at the hospital in Kharkiv after the power cut.",
        &[],
    ),
    (
        "France sent a delegation to Algeria to discuss gas prices.",
        &[],
    ),
    (
        "China sent condolences to Turkey after the earthquake.",
        &[],
    ),
    (
        "Greece Bought Time With Its Creditors By Agreeing To New Cuts",
        &[],
    ),
    (
        "Brazil Exports Record Soybean Harvest To China",
        &[],
    ),
];

/// Written after the changes, scored once.
const SET_BH: &[(&str, &[&str])] = &[
    (
        "Ukraine Gets First Batch Of Swedish Gripen Jets",
        &["supply supplier=SWE recipient=UKR asserted"],
    ),
    (
        "Czech-Made Howitzers Arrive In Kyiv",
        &["supply supplier=CZE recipient=UKR asserted"],
    ),
    (
        "Finland To Hand Over Artillery Shells To Estonia",
        &["supply supplier=FIN recipient=EST uncertain"],
    ),
    (
        "Italy Gifts Air Defence System To Ukraine",
        &["supply supplier=ITA recipient=UKR asserted"],
    ),
    (
        "Iran Denies Arming Houthis With Ballistic Missiles",
        &["supply supplier=IRN recipient=houthis denied"],
    ),
    (
        "Hungary refused to send weapons to Ukraine, its foreign minister said.",
        &["supply supplier=HUN recipient=UKR negated"],
    ),
    (
        "Tehran has delivered hundreds of Shahed drones to Moscow since last summer, Western officials said.",
        &["supply supplier=IRN recipient=RUS asserted"],
    ),
    (
        "A consignment of Turkish armoured vehicles reached Somalia on Sunday.",
        &["supply supplier=TUR recipient=SOM asserted"],
    ),
    (
        "The rifles Belarus exported to Sudan were traced by investigators.",
        &["supply supplier=BLR recipient=SDN asserted"],
    ),
    (
        "Germany will provide Lithuania with IRIS-T air defence systems next year.",
        &["supply supplier=DEU recipient=LTU uncertain"],
    ),
    (
        "Canada's donation of armoured vehicles to Ukraine was announced on Monday.",
        &["supply supplier=CAN recipient=UKR asserted"],
    ),
    (
        "Vietnam is in talks to purchase BrahMos missiles from India.",
        &["supply supplier=IND recipient=VNM uncertain"],
    ),
    (
        "Serbia imported Chinese FK-3 air defence systems in 2022.",
        &["supply supplier=CHN recipient=SRB asserted"],
    ),
    (
        "Britain's latest military aid package for Kyiv includes Storm Shadow missiles.",
        &["supply supplier=GBR recipient=UKR asserted"],
    ),
    (
        "Washington has pledged to deliver Abrams tanks to Poland.",
        &["supply supplier=USA recipient=POL uncertain"],
    ),
    ("Chile exported record amounts of copper to China last year.", &[]),
    ("Japan sent an envoy to Seoul to ease the trade row.", &[]),
    (
        "Fuel supplies were delivered to the stranded villagers by the Red Cross.",
        &[],
    ),
];

/// Relations the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // a hyphenated compound is three tokens, and a frame reads the class of
    // its last word only ("lights"): "Green-Lights" approves nothing
    (
        "Washington Green-Lights $2 Billion Sale Of Patriot Missiles To Riyadh",
        "supply supplier=USA recipient=SAU uncertain",
    ),
    // an approved sale is asserted, as the dev gold reads one (see above)
    (
        "Beijing Okays Sale Of Attack Drones To Serbia",
        "supply supplier=CHN recipient=SRB uncertain",
    ),
    (
        "Washington approved the sale of 40 F-35 jets to the United Arab Emirates on Friday.",
        "supply supplier=USA recipient=ARE uncertain",
    ),
    // the weapons themselves arrive: only a shipment or delivery that
    // arrives is read (supply/frame-arrival)
    (
        "Czech-Made Howitzers Arrive In Kyiv",
        "supply supplier=CZE recipient=UKR asserted",
    ),
];

#[test]
fn set_bg_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BG, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_bh_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_BH, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_are_still_missed() {
    let ex = Extractor::default();
    let stale = stale_misses(&ex, &[SET_BG, SET_BH], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

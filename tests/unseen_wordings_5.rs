//! A fifth blind table, of sanctions, accusations, arms supplies and
//! military support in the shapes news writes them (embargoes named by
//! their imposer, sanctions extended, eased, lifted, weighed or threatened,
//! blacklists, asset freezes, travel bans and export controls; blame, held
//! responsible, "charged that", "according to X, Y was behind"; packages,
//! deliveries and purchases of weapons, refusals and denials; advisers,
//! troops, training and funding), with traps where a word of these
//! relations has another sense (sports bodies, "sanctioned" as approved,
//! supply chains, arms of the body, charged batteries, criminal charges,
//! support of a bill or a team). Written in two sets before the engine was
//! run on them: set G (60 sentences: 45 with relations, 15 traps) was
//! scored before the changes it led to; set H (30 sentences: 22 and 8) was
//! written after them, with new wordings, and scored once. Every relation
//! the engine finds is asserted; the ones it still misses are listed in
//! `KNOWN_MISSES`, and asserted to be missed, so that a change that finds
//! one moves it into the tables.
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_5.g.gold.jsonl` and `.h.gold.jsonl`):
//! set G before: P 1.000 R 0.854 F1 0.921 (accuse R 0.750, supply R 0.875,
//! support R 0.667), factuality 0.951;
//! set G after: P 1.000 R 0.958 F1 0.979, factuality 0.978;
//! set H (once, after): P 0.909 R 0.833 F1 0.870 (sanction R 0.429),
//! factuality 1.000; the main before these changes gave set H F1 0.844.
//! (Set G's gold first listed one supply for "rifles and rockets"; the
//! schema makes one relation a coordinated item, so the gold lists two,
//! and the before figures are for that gold.)

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_G: &[(&str, &[&str])] = &[
    (
        "Washington has kept a full trade embargo on Cuba in place since the early 1960s.",
        &["sanction sanctioner=USA target=CUB asserted"],
    ),
    (
        "The freighter was seized after it breached the European Union's arms embargo against Libya.",
        &["sanction sanctioner=European Union target=LBY asserted"],
    ),
    (
        "Britain's sanctions on Moscow have hit dozens of oligarchs.",
        &["sanction sanctioner=GBR target=RUS asserted"],
    ),
    (
        "The European Union extended its sanctions against Belarus for another six months.",
        &["sanction sanctioner=European Union target=BLR asserted"],
    ),
    (
        "Washington eased some oil sanctions on Venezuela after the election deal.",
        &["sanction sanctioner=USA target=VEN asserted"],
    ),
    (
        "Ottawa lifted its remaining sanctions on Sudan last year.",
        &["sanction sanctioner=CAN target=SDN asserted"],
    ),
    (
        "France threatened Iran with fresh sanctions if it kept enriching uranium.",
        &["sanction sanctioner=FRA target=IRN uncertain"],
    ),
    (
        "Australia said it was prepared to consider sanctions against Myanmar's generals.",
        &["sanction sanctioner=AUS target=MMR uncertain"],
    ),
    (
        "EU foreign ministers are weighing an arms embargo on Israel.",
        &["sanction sanctioner=EU target=ISR uncertain"],
    ),
    (
        "Washington added six Chinese companies to its trade blacklist on Friday.",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "Washington designated the Houthis as a foreign terrorist organization in January.",
        &["sanction sanctioner=USA target=Houthis asserted"],
    ),
    (
        "The EU froze the assets of three Russian oligarchs.",
        &["sanction sanctioner=EU target=RUS asserted"],
    ),
    (
        "Lithuania imposed a travel ban on a dozen Belarusian officials.",
        &["sanction sanctioner=LTU target=BLR asserted"],
    ),
    (
        "Washington tightened export controls on advanced chips bound for China.",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "Switzerland adopted the latest EU package of sanctions against Iran.",
        &[
            "sanction sanctioner=CHE target=IRN asserted",
            "sanction sanctioner=EU target=IRN asserted",
        ],
    ),
    (
        "Kyiv blamed Moscow for the missile strike on the railway station.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Seoul held Pyongyang responsible for the cyberattack on its banks.",
        &["accuse accuser=KOR accused=PRK asserted"],
    ),
    (
        "Pakistan charged that India had sheltered the gunmen.",
        &["accuse accuser=PAK accused=IND asserted"],
    ),
    (
        "Iran stands accused of supplying the Houthis with ballistic missiles.",
        &["supply supplier=IRN recipient=Houthis alleged"],
    ),
    (
        "Baghdad pointed the finger at Turkish forces over the shelling of a resort.",
        &["accuse accuser=IRQ accused=TUR asserted"],
    ),
    (
        "According to Azerbaijan, Armenian troops were behind the mine blasts.",
        &["accuse accuser=AZE accused=ARM asserted"],
    ),
    (
        "Venezuela accused Colombia of harbouring armed groups along the border.",
        &["accuse accuser=VEN accused=COL asserted"],
    ),
    (
        "China denied accusations from Washington that it had supplied drones to Russia.",
        &[
            "accuse accuser=USA accused=CHN asserted",
            "supply supplier=CHN recipient=RUS denied",
        ],
    ),
    (
        "The Philippines blamed the collision on Chinese coast guard vessels.",
        &["accuse accuser=PHL accused=CHN asserted"],
    ),
    (
        "Rwanda rejected the allegation that it was backing M23 rebels.",
        &["support supporter=RWA supported=M23 denied"],
    ),
    (
        "Washington unveiled a $2 billion package of arms for Taiwan on Tuesday.",
        &["supply supplier=USA recipient=TWN asserted"],
    ),
    (
        "Poland received its first batch of K2 tanks from South Korea.",
        &["supply supplier=KOR recipient=POL asserted"],
    ),
    (
        "Deliveries of North Korean artillery shells to Russia rose sharply last autumn.",
        &["supply supplier=PRK recipient=RUS asserted"],
    ),
    (
        "Iran has been smuggling rifles and rockets to Houthi fighters in Yemen.",
        &[
            "supply supplier=IRN recipient=Houthi item=small_arms asserted",
            "supply supplier=IRN recipient=Houthi item=missile asserted",
        ],
    ),
    (
        "Washington approved the sale of F-35 jets to the United Arab Emirates.",
        &["supply supplier=USA recipient=ARE asserted"],
    ),
    (
        "Morocco to get Israeli-made Barak air defense systems.",
        &["supply supplier=ISR recipient=MAR uncertain"],
    ),
    (
        "A shipment of French Caesar howitzers arrived in Armenia last week.",
        &["supply supplier=FRA recipient=ARM asserted"],
    ),
    (
        "Germany will deliver four more Patriot batteries to Kyiv by spring.",
        &["supply supplier=DEU recipient=UKR uncertain"],
    ),
    (
        "Taiwan is buying 66 F-16 fighters from the United States.",
        &["supply supplier=USA recipient=TWN asserted"],
    ),
    (
        "Belarus has reportedly handed over old T-72 tanks to Russian units.",
        &["supply supplier=BLR recipient=RUS alleged"],
    ),
    (
        "Seoul has refused to send lethal weapons to Ukraine.",
        &["supply supplier=KOR recipient=UKR negated"],
    ),
    (
        "Turkey denied shipping armoured vehicles to Azerbaijan's army during the fighting.",
        &["supply supplier=TUR recipient=AZE denied"],
    ),
    (
        "Military aid from Britain reached Kyiv on Monday, including anti-tank missiles.",
        &["supply supplier=GBR recipient=UKR asserted"],
    ),
    (
        "Washington sent 200 military advisers to help Iraqi forces retake the city.",
        &["support supporter=USA supported=IRQ asserted"],
    ),
    (
        "Russia deployed troops to Kazakhstan at the request of its president.",
        &["support supporter=RUS supported=KAZ asserted"],
    ),
    (
        "British instructors trained Ukrainian recruits at bases in southern England.",
        &["train trainer=GBR trainee=UKR asserted"],
    ),
    (
        "Qatar provides financial backing to Hamas, Israeli officials say.",
        &["support supporter=QAT supported=Hamas alleged"],
    ),
    (
        "Tehran continues to bankroll Hezbollah despite its economic troubles.",
        &["support supporter=IRN supported=Hezbollah asserted"],
    ),
    (
        "Chad's army is receiving training from French special forces.",
        &["train trainer=FRA trainee=TCD asserted"],
    ),
    (
        "Egypt threw its support behind the Libyan National Army.",
        &["support supporter=EGY supported=Libyan National Army asserted"],
    ),
    (
        "FIFA sanctioned the Argentine federation for crowd trouble at the match.",
        &[],
    ),
    (
        "The city council sanctioned a new parking plan for the harbour district.",
        &[],
    ),
    (
        "Global supply chains from China to Europe were disrupted by the port strike.",
        &[],
    ),
    (
        "The Brazilian striker broke both arms in a fall during training.",
        &[],
    ),
    ("Electric buses in Chile can be charged in under an hour.", &[]),
    (
        "A court in Texas charged a Mexican man with smuggling people across the border.",
        &[],
    ),
    (
        "Fans of the Spanish club booed as the referee handed a red card to a French defender.",
        &[],
    ),
    (
        "Opposition parties in Kenya said they would support the finance bill.",
        &[],
    ),
    (
        "The French president accused reporters of exaggerating the crisis.",
        &[],
    ),
    ("Germany's Bundesliga banned a Polish player for four games.", &[]),
    (
        "Exports of Chilean copper to China fell by a third in March.",
        &[],
    ),
    (
        "The Dutch government blamed the floods on weeks of heavy rain.",
        &[],
    ),
    ("Argentina lifted export taxes on soybeans.", &[]),
    ("Brazil's central bank sanctioned the merger of two lenders.", &[]),
    (
        "Chinese exporters blamed weak demand in Europe for falling sales.",
        &[],
    ),
];

const SET_H: &[(&str, &[&str])] = &[
    (
        "Ottawa's embargo on arms sales to Riyadh remains in force.",
        &["sanction sanctioner=CAN target=SAU asserted"],
    ),
    (
        "Seoul joined Tokyo in freezing the assets of North Korean hackers.",
        &[
            "sanction sanctioner=JPN target=PRK asserted",
            "sanction sanctioner=KOR target=PRK asserted",
        ],
    ),
    (
        "Britain is considering fresh sanctions against Iran's Revolutionary Guards.",
        &["sanction sanctioner=GBR target=IRN uncertain"],
    ),
    (
        "New Zealand imposed travel bans on twenty Russian officials on Wednesday.",
        &["sanction sanctioner=NZL target=RUS asserted"],
    ),
    (
        "The U.S. Commerce Department added three Iranian drone makers to its entity list.",
        &["sanction sanctioner=USA target=IRN asserted"],
    ),
    (
        "Brussels agreed to renew its sanctions on Syria for another year.",
        &["sanction sanctioner=EU target=SYR uncertain"],
    ),
    (
        "Kenya blamed al-Shabaab for the bus bombing near Mandera.",
        &["accuse accuser=KEN accused=al-Shabaab asserted"],
    ),
    (
        "Manila accused Beijing of harassing its fishermen near Scarborough Shoal.",
        &["accuse accuser=PHL accused=CHN asserted"],
    ),
    (
        "Ukraine holds Russia responsible for the collapse of the dam.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Tehran rejected claims by Riyadh that it had armed the Houthis.",
        &[
            "accuse accuser=SAU accused=IRN asserted",
            "supply supplier=IRN recipient=Houthis denied",
        ],
    ),
    (
        "Serbia pointed the finger at Kosovo after the clashes in the north.",
        &["accuse accuser=SRB accused=Kosovo asserted"],
    ),
    (
        "A fresh consignment of German air defence systems arrived in Ukraine on Sunday.",
        &["supply supplier=DEU recipient=UKR asserted"],
    ),
    (
        "Hungary blocked EU plans to send more weapons to Kyiv.",
        &["supply supplier=EU recipient=UKR negated"],
    ),
    (
        "Egypt has bought Rafale fighter jets from France.",
        &["supply supplier=FRA recipient=EGY asserted"],
    ),
    (
        "Azerbaijan took delivery of Israeli-made Harop drones last year.",
        &["supply supplier=ISR recipient=AZE asserted"],
    ),
    (
        "Russia allegedly shipped fuel and rifles to Wagner units in Mali.",
        &["supply supplier=RUS recipient=Wagner alleged"],
    ),
    (
        "Washington announced a fresh $400 million package of weapons for Kyiv.",
        &["supply supplier=USA recipient=UKR asserted"],
    ),
    (
        "Berlin may approve the export of Leopard tanks to Poland.",
        &["supply supplier=DEU recipient=POL uncertain"],
    ),
    (
        "Turkey has sent military advisers to Libya's Government of National Accord.",
        &["support supporter=TUR supported=Government of National Accord asserted"],
    ),
    (
        "France trained Malian soldiers for nearly a decade.",
        &["train trainer=FRA trainee=MLI asserted"],
    ),
    (
        "Saudi Arabia continues to finance the Yemeni government.",
        &["support supporter=SAU supported=YEM asserted"],
    ),
    (
        "Moscow has denied providing weapons to the Taliban.",
        &["supply supplier=RUS recipient=Taliban denied"],
    ),
    (
        "The Olympic committee sanctioned three Russian weightlifters for doping.",
        &[],
    ),
    (
        "Shipping firms warned that the Suez supply route from Asia to Europe was under strain.",
        &[],
    ),
    (
        "The Italian goalkeeper injured his arms in a collision with a Spanish forward.",
        &[],
    ),
    ("A Kenyan court charged two Somali men with fraud on Monday.", &[]),
    (
        "Polish fans sang in support of their team at the stadium in Lisbon.",
        &[],
    ),
    (
        "Prices of Argentine beef exports to China were charged at a higher rate.",
        &[],
    ),
    (
        "The Mexican senate sanctioned the new budget after a long debate.",
        &[],
    ),
    (
        "Chilean officials blamed the wildfires on a record heatwave.",
        &[],
    ),
];

/// Relations of the tables the engine still misses (`sentence => want`),
/// with the reason.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set G.
    // The target is in a phrase after the controls' own object ("controls
    // on chips bound for China"): only an actor right after "on" is read.
    (
        "Washington tightened export controls on advanced chips bound for China.",
        "sanction sanctioner=USA target=CHN asserted",
    ),
    // "coast guard vessels": ships are no stand-in for their state in the
    // "blamed ... on" frame.
    (
        "The Philippines blamed the collision on Chinese coast guard vessels.",
        "accuse accuser=PHL accused=CHN asserted",
    ),
    // A speaker after the clause (", Israeli officials say") makes no
    // allegation of it: the support is read as asserted.
    (
        "Qatar provides financial backing to Hamas, Israeli officials say.",
        "support supporter=QAT supported=Hamas alleged",
    ),
    // "Libyan National Army" is no name the gazetteer or the names stage
    // knows: the support found is of "Libyan" (Libya), which the evaluator
    // counts by overlap and this table does not.
    (
        "Egypt threw its support behind the Libyan National Army.",
        "support supporter=EGY supported=Libyan National Army asserted",
    ),
    // Set H.
    // "joined Tokyo in freezing": the co-doer of a gerund after "joined X
    // in" is read by the frame of sanctioning verbs, not by the frame of an
    // asset freeze, whose doer is the subject of "freezing".
    (
        "Seoul joined Tokyo in freezing the assets of North Korean hackers.",
        "sanction sanctioner=JPN target=PRK asserted",
    ),
    (
        "Seoul joined Tokyo in freezing the assets of North Korean hackers.",
        "sanction sanctioner=KOR target=PRK asserted",
    ),
    // "entity list" is no word of a sanctions list, and "drone makers" is
    // headed by a weapon word.
    (
        "The U.S. Commerce Department added three Iranian drone makers to its entity list.",
        "sanction sanctioner=USA target=IRN asserted",
    ),
    // "Brussels" is Belgium in the gazetteer, not the EU.
    (
        "Brussels agreed to renew its sanctions on Syria for another year.",
        "sanction sanctioner=EU target=SYR uncertain",
    ),
];

#[test]
fn set_g_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_G, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_h_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_H, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_G, SET_H], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

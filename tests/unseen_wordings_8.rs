//! An eighth blind table, of events in the shapes wire services write
//! them with named actors: a headline clause after a dateline or a colon
//! ("BEIRUT (AP) — Israeli warplanes pounded ...", "Yemen: Houthi rebels
//! fire missiles at ..."), participial and "after"/"following" clauses,
//! the attacker in a "by" phrase of a noun ("airstrikes by the US-led
//! coalition"), attacks reported through "said it had", "claimed
//! responsibility for" and "blamed X for", a possessive unit ("Israel's
//! air force struck"), the target as the owner of a site ("hit a Russian
//! oil refinery"), reciprocal clashes, a long opening subordinate clause,
//! two verbs sharing a subject ("massed troops ... and then invaded"),
//! weapons that slam into a place; and sanctions, supplies, support,
//! training and blame in wire wordings ("slapped fresh sanctions on",
//! "blacklisted", "pledged ... in military aid to", "delivered a batch
//! of"); with traps where these words have another sense (clashes of fans,
//! a fine slapped on a club, a deal struck, a side that stormed to victory,
//! the weather blamed, a typhoon that struck, rain that slammed into a
//! coast). Written in two sets before the engine was run on them: set M
//! (50 sentences: 38 with events, 12 traps) was scored before the changes
//! it led to; set N (25 sentences: 18 and 7) was written after them, with
//! new wordings, and scored once. Every relation the engine finds is
//! asserted; the ones it still misses are listed in `KNOWN_MISSES`, and
//! asserted to be missed. (`use` of the weapon an attack names, and
//! relations the gold marks optional, are not asserted.)
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_8.m.gold.jsonl` and `.n.gold.jsonl`;
//! micro counts the four to five `use` relations the gold leaves out as
//! false positives):
//! set M before: attack P 0.909 R 0.769 F1 0.833, micro P 0.810 R 0.850
//! F1 0.829, factuality 1.000; no trap gave a relation;
//! set M after: attack P 0.926 R 0.962 F1 0.943, micro P 0.830 R 0.975
//! F1 0.897, factuality 1.000;
//! set N (once, after): attack P 1.000 R 0.714 F1 0.833, micro P 0.850
//! R 0.810 F1 0.829 (every other type 1.000), factuality 1.000; no trap
//! gave a relation.

use newsie::Extractor;

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_M: &[(&str, &[&str])] = &[
    (
        "MOGADISHU (Reuters) - Al-Shabaab fighters stormed a Kenyan military base near the border on Tuesday, officials said.",
        &["attack attacker=Al-Shabaab target=KEN asserted"],
    ),
    (
        "BEIRUT (AP) — Israeli warplanes pounded Hezbollah positions in southern Lebanon overnight, the army said.",
        &["attack attacker=ISR target=Hezbollah asserted"],
    ),
    (
        "Yemen: Houthi rebels fire missiles at Saudi oil facility",
        &["attack attacker=Houthi target=SAU asserted"],
    ),
    (
        "Russia pounded Ukrainian cities with missiles overnight, killing at least four people.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The talks collapsed after Azerbaijan shelled Armenian border villages on Monday.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Power was cut across Odesa following Russian strikes on Ukraine's energy grid.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "An attack by Houthi rebels on a British tanker left a large hole in its hull.",
        &["attack attacker=Houthi target=GBR asserted"],
    ),
    (
        "Airstrikes by the US-led coalition killed dozens of Islamic State fighters in eastern Syria.",
        &["attack attacker=USA target=Islamic State asserted"],
    ),
    (
        "Hezbollah said it had fired a barrage of rockets at Israeli army posts near the border.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Ukraine blamed Russia for a missile strike on Kyiv that killed nine people.",
        &["accuse accuser=UKR accused=RUS asserted", "attack attacker=RUS target=UKR alleged"],
    ),
    (
        "Israel's air force struck Hamas targets across Gaza overnight.",
        &["attack attacker=ISR target=Hamas asserted"],
    ),
    (
        "Ukrainian drones hit a Russian oil refinery in the Ryazan region early on Sunday.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Fresh clashes between Indian and Pakistani troops erupted along the Line of Control.",
        &["attack attacker=IND target=PAK asserted"],
    ),
    (
        "Although the two sides had agreed to a truce only days earlier, Azerbaijan launched an assault on Armenian positions on Thursday.",
        &["attack attacker=AZE target=ARM asserted"],
    ),
    (
        "Russia massed troops on the border for months and then invaded Ukraine in February 2022.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "The Houthis seized a cargo ship and attacked two American destroyers in the Red Sea.",
        &["attack attacker=Houthis target=USA asserted"],
    ),
    (
        "Israel's military said it had struck Islamic Jihad commanders in northern Gaza.",
        &["attack attacker=ISR target=Islamic Jihad asserted"],
    ),
    (
        "Turkish drones struck PKK hideouts in northern Iraq on Saturday, the defence ministry said.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Boko Haram gunmen raided a Nigerian army base in Borno state, killing at least ten soldiers.",
        &["attack attacker=Boko Haram target=NGA asserted"],
    ),
    (
        "In a rare raid, Jordanian jets hit Islamic State positions in southern Syria.",
        &["attack attacker=JOR target=Islamic State asserted"],
    ),
    (
        "Al-Shabaab claimed responsibility for a suicide bombing at an African Union base in Somalia.",
        &["attack attacker=Al-Shabaab target=African Union asserted"],
    ),
    (
        "Washington blamed Kataib Hezbollah for a drone attack on a U.S. base in Jordan.",
        &["accuse accuser=USA accused=Kataib Hezbollah asserted", "attack attacker=Kataib Hezbollah target=USA alleged"],
    ),
    (
        "A missile strike by Russia on the Ukrainian city of Dnipro destroyed an apartment block.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Syria: Israeli missiles hit Iranian positions near Damascus",
        &["attack attacker=ISR target=IRN asserted"],
    ),
    (
        "Ukraine shot down 20 drones overnight and struck a Russian air base in Crimea.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Russian missiles slammed into a Ukrainian power plant near Kharkiv on Friday.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Washington slapped fresh sanctions on Russian banks on Friday.",
        &["sanction sanctioner=USA target=RUS asserted"],
    ),
    (
        "The U.S. Treasury blacklisted three Iranian oil firms accused of funding Hezbollah.",
        &["sanction sanctioner=Treasury target=IRN asserted"],
    ),
    (
        "The European Union slapped an arms embargo on Belarus after the disputed election.",
        &["sanction sanctioner=European Union target=BLR asserted"],
    ),
    (
        "London blacklisted the Wagner Group on Wednesday, freezing its assets in Britain.",
        &["sanction sanctioner=GBR target=Wagner asserted"],
    ),
    (
        "Germany pledged $500 million in military aid to Ukraine on Tuesday.",
        &["support supporter=DEU supported=UKR uncertain"],
    ),
    (
        "Washington delivered a batch of Patriot missiles to Kyiv last week.",
        &["supply supplier=USA recipient=UKR item=Patriot asserted"],
    ),
    (
        "North Korea has shipped millions of artillery shells to Russia by rail, Seoul said.",
        &["supply supplier=PRK recipient=RUS item=ammunition asserted"],
    ),
    (
        "Turkey handed over a fresh batch of Bayraktar TB2 drones to Ukraine.",
        &["supply supplier=TUR recipient=UKR item=drone asserted"],
    ),
    (
        "Iran has long backed the Houthis with money and weapons.",
        &["support supporter=IRN supported=Houthis asserted"],
    ),
    (
        "British instructors trained thousands of Ukrainian recruits last year.",
        &["train trainer=GBR trainee=UKR asserted"],
    ),
    (
        "Kyiv blamed Moscow for the blast that destroyed the dam.",
        &["accuse accuser=UKR accused=RUS asserted"],
    ),
    (
        "Israel accused Hezbollah of firing rockets at the Golan Heights on Saturday.",
        &["accuse accuser=ISR accused=Hezbollah asserted"],
    ),
    (
        "Clashes between rival fans broke out in Istanbul after the derby.",
        &[],
    ),
    (
        "UEFA slapped a heavy fine on the Turkish club after crowd trouble.",
        &[],
    ),
    (
        "Britain and the European Union struck a deal on fishing rights.",
        &[],
    ),
    (
        "Argentina stormed to victory over France in the final.",
        &[],
    ),
    (
        "The Indian government blamed the weather for the poor harvest.",
        &[],
    ),
    (
        "Brazil hit back at critics of its climate policy on Monday.",
        &[],
    ),
    (
        "Japan's exports to China fell sharply in March, hit by weak demand.",
        &[],
    ),
    (
        "Russia's central bank fired its chief economist last week.",
        &[],
    ),
    (
        "Germany delivered a blistering critique of Hungary's budget plans.",
        &[],
    ),
    (
        "Australia blitzed England in the second test at Lord's.",
        &[],
    ),
    (
        "A late attack by Spain's strikers on the Italian goal came to nothing.",
        &[],
    ),
    (
        "Typhoon Haikui struck Taiwan overnight, killing two people.",
        &[],
    ),
];

/// Set N, written after the changes that set M led to.
const SET_N: &[(&str, &[&str])] = &[
    (
        "GAZA CITY (AFP) - Israeli tanks shelled the outskirts of Rafah overnight as Hamas fighters fired mortars at Israeli troops.",
        &["attack attacker=Hamas target=ISR asserted"],
    ),
    (
        "Iraq: Turkish jets bomb PKK camps in Sinjar",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Azerbaijan accused Armenia of a sniper attack on its soldiers near the border.",
        &["accuse accuser=AZE accused=ARM asserted", "attack attacker=ARM target=AZE alleged"],
    ),
    (
        "Air strikes by the Saudi-led coalition hit a Houthi prison in Dhamar, killing dozens.",
        &["attack attacker=SAU target=Houthi asserted"],
    ),
    (
        "Russian artillery pounded Ukrainian positions near Bakhmut, the general staff said, and Ukraine hit back with drones.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Houthi rebels hijacked a Japanese-operated cargo ship and then fired missiles at a U.S. warship.",
        &["attack attacker=Houthi target=USA asserted"],
    ),
    (
        "Al-Shabaab militants overran a Somali army base in the Middle Shabelle region.",
        &["attack attacker=Al-Shabaab target=SOM asserted"],
    ),
    (
        "Hezbollah said its fighters had targeted an Israeli military post with guided missiles.",
        &["attack attacker=Hezbollah target=ISR asserted"],
    ),
    (
        "Israel blamed Hezbollah for a drone strike on Israeli soldiers in the north.",
        &["accuse accuser=ISR accused=Hezbollah asserted", "attack attacker=Hezbollah target=ISR alleged"],
    ),
    (
        "Following a wave of Ukrainian drone attacks on Moscow, Russia fired ballistic missiles at Kyiv.",
        &["attack attacker=UKR target=RUS asserted", "attack attacker=RUS target=UKR asserted"],
    ),
    (
        "Indian and Chinese soldiers clashed in the Galwan Valley in 2020.",
        &["attack attacker=IND target=CHN asserted"],
    ),
    (
        "An Israeli strike on an Iranian consular building in Damascus killed several commanders.",
        &["attack attacker=ISR target=IRN asserted"],
    ),
    (
        "When Russian troops crossed the border, Ukrainian forces opened fire on their columns.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    (
        "Washington blacklisted dozens of Chinese firms over their ties to the military.",
        &["sanction sanctioner=USA target=CHN asserted"],
    ),
    (
        "The EU imposed a fresh round of sanctions on Iran over its drone exports.",
        &["sanction sanctioner=EU target=IRN asserted"],
    ),
    (
        "Poland handed a first batch of MiG-29 fighter jets to Ukraine.",
        &["supply supplier=POL recipient=UKR item=aircraft asserted"],
    ),
    (
        "South Korea agreed to sell K2 tanks to Poland in a $6 billion deal.",
        &["supply supplier=KOR recipient=POL item=tank uncertain"],
    ),
    (
        "Turkey has trained Somali troops for years.",
        &["train trainer=TUR trainee=SOM asserted"],
    ),
    (
        "Clashes between police and farmers broke out in Paris over fuel prices.",
        &[],
    ),
    (
        "Tesla slapped a price cut on its cars in China.",
        &[],
    ),
    (
        "Nigeria's Super Eagles stormed past Ghana to reach the final.",
        &[],
    ),
    (
        "Critics blamed Italy for the collapse of the talks on migration.",
        &[],
    ),
    (
        "France fired its coach after the World Cup exit.",
        &[],
    ),
    (
        "Heavy rain slammed into southern Spain, flooding towns.",
        &[],
    ),
    (
        "Germany delivered a strong performance against Japan in the opening match.",
        &[],
    ),
];

/// Relations of the tables the engine does not find yet.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Set M.
    // "the Ukrainian city of Dnipro": the target is the place, not the
    // country its adjective names.
    (
        "A missile strike by Russia on the Ukrainian city of Dnipro destroyed an apartment block.",
        "attack attacker=RUS target=UKR asserted",
    ),
    // Set N.
    // "and then fired missiles at a U.S. warship": the second verb gets
    // its subject, but not its "at" phrase.
    (
        "Houthi rebels hijacked a Japanese-operated cargo ship and then fired missiles at a U.S. warship.",
        "attack attacker=Houthi target=USA asserted",
    ),
    // "opened fire on their columns": "their" is not read as the Russian
    // troops of the clause before.
    (
        "When Russian troops crossed the border, Ukrainian forces opened fire on their columns.",
        "attack attacker=UKR target=RUS asserted",
    ),
];

#[test]
fn set_m_written_before_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_M, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_n_written_after_the_changes() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_N, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_M, SET_N], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

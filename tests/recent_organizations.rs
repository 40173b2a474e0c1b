//! Issue 16: organizations and armed units of 2015-2024 news that the
//! gazetteers may not list (brigades, legions, militias, ministries,
//! agencies, state companies, makers of weapons), in neutral news
//! sentences (the newsie authors' own; the names are facts), and trap
//! sentences whose look-alikes (streets, awards, games, films, forecasts)
//! name no organization. An organization is found when an ORGANIZATION
//! mention's text holds its name.

use newsie::{EntityType, Extractor};

fn organizations(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Organization)
        .map(|e| e.text().to_string())
        .collect()
}

/// Each sentence and the organizations it must name, exactly.
fn assert_organizations(ex: &Extractor, cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(organizations(ex, text), *expected, "in {text:?}");
    }
}

/// Blind batch D (branch w36), written before the engine ran on it: 30
/// organizations and units no gazetteer listed. The code of 77e4d0f found
/// 13 of 30, and 3 of the 10 traps named one ("Army-Navy", "Legion of
/// Honour", "Storm Force"). Its misses: an ordinal before a unit's name
/// ("47th Mechanized Brigade" read "Mechanized Brigade"), a weapon's
/// name or class word inside a maker's name ("Kalashnikov Concern",
/// "Tactical Missiles Corporation"), and companies with no head word
/// ("Roketsan", "Nammo", "CASIC"). After the fixes of branch w36, 17 of
/// 30, the same 3 traps. Still missed: the companies with no head word,
/// "Freedom of Russia Legion" (read "Russia Legion"), "Russian Volunteer
/// Corps" (a country's adjective before a force stays the country),
/// "Ta'ang National Liberation Army", "Kongsberg Defence and Aerospace",
/// "Rosgvardia units" opening the sentence, "Russia's Africa Corps".
const BLIND_D_ORGANIZATIONS: &[(&str, &str)] = &[
    (
        "Ukraine's 47th Mechanized Brigade held the line near Avdiivka for months.",
        "47th Mechanized Brigade",
    ),
    (
        "Russia's 155th Naval Infantry Brigade lost many men near Vuhledar.",
        "155th Naval Infantry Brigade",
    ),
    (
        "The Khartia Brigade was formed by volunteers from Kharkiv.",
        "Khartia Brigade",
    ),
    (
        "Fighters of the Kastus Kalinouski Regiment fought alongside Ukrainian units.",
        "Kastus Kalinouski Regiment",
    ),
    (
        "The Freedom of Russia Legion claimed the raid across the border.",
        "Freedom of Russia Legion",
    ),
    (
        "The Russian Volunteer Corps said it had entered a village in the Belgorod region.",
        "Russian Volunteer Corps",
    ),
    (
        "The Fatemiyoun Brigade recruited Afghan refugees to fight in Syria.",
        "Fatemiyoun Brigade",
    ),
    (
        "The Arakan Army seized several towns in western Myanmar.",
        "Arakan Army",
    ),
    (
        "The Ta'ang National Liberation Army took control of the border crossing.",
        "Ta'ang National Liberation Army",
    ),
    (
        "Ukraine's Ministry of Strategic Industries signed contracts for long-range drones.",
        "Ministry of Strategic Industries",
    ),
    (
        "The Tactical Missiles Corporation has raised its output of cruise missiles.",
        "Tactical Missiles Corporation",
    ),
    ("Almaz-Antey makes the S-400 and its radars.", "Almaz-Antey"),
    (
        "Uralvagonzavod is building more tanks than before the war, officials say.",
        "Uralvagonzavod",
    ),
    (
        "Ukroboronprom was restructured into a joint-stock company.",
        "Ukroboronprom",
    ),
    (
        "Roketsan will build the missile for the Turkish navy.",
        "Roketsan",
    ),
    (
        "Israel Aerospace Industries signed a deal with the Moroccan government.",
        "Israel Aerospace Industries",
    ),
    ("CASIC unveiled a new air defence missile at the show.", "CASIC"),
    (
        "The Kalashnikov Concern supplies loitering munitions to the Russian army.",
        "Kalashnikov Concern",
    ),
    (
        "Kronshtadt Group said it would build a new drone factory.",
        "Kronshtadt Group",
    ),
    (
        "Korea Aerospace Industries will deliver FA-50 jets to Poland.",
        "Korea Aerospace Industries",
    ),
    (
        "Hyundai Rotem signed a contract to supply K2 tanks to Warsaw.",
        "Hyundai Rotem",
    ),
    ("Norway's Nammo is expanding its artillery shell plant.", "Nammo"),
    (
        "Kongsberg Defence and Aerospace makes the missiles for NASAMS.",
        "Kongsberg Defence and Aerospace",
    ),
    ("Polish state-owned PGZ is merging several arms factories.", "PGZ"),
    (
        "Ukraine's Ministry of Digital Transformation runs a drone procurement scheme.",
        "Ministry of Digital Transformation",
    ),
    (
        "Rosgvardia units were sent to guard the nuclear plant.",
        "Rosgvardia",
    ),
    (
        "China's Ministry of State Security accused a foreign agency of spying.",
        "Ministry of State Security",
    ),
    (
        "Russia's Africa Corps replaced the Wagner fighters in Mali.",
        "Africa Corps",
    ),
    (
        "The Golani Brigade took part in the ground operation.",
        "Golani Brigade",
    ),
    (
        "Hezbollah's Radwan Force was pulled back from the frontier, reports said.",
        "Radwan Force",
    ),
];

/// The traps of blind batch D.
const BLIND_D_TRAPS: &[&str] = &[
    "The Brigade Road bridge was closed for repairs on Monday.",
    "Battalion Lane is the oldest street in the town.",
    "The Army-Navy game was played in Philadelphia in December.",
    "The Legion of Honour was awarded to the retired teacher.",
    "Corps Day celebrations drew thousands to the capital.",
    "He studied Army Medicine before joining a private clinic.",
    "Fleet Street has long been home to British newspapers.",
    "The Avengers film was the most watched of the year.",
    "A Storm Force ten warning was issued for the coast.",
    "The Force Awakens was shown again on television at Christmas.",
];

#[test]
fn blind_batch_d_of_organizations() {
    let ex = Extractor::default();
    let found = BLIND_D_ORGANIZATIONS
        .iter()
        .filter(|(text, name)| organizations(&ex, text).iter().any(|o| o.contains(name)))
        .count();
    assert!(found >= 17, "{found} of {} found", BLIND_D_ORGANIZATIONS.len());
    let hits: Vec<_> = BLIND_D_TRAPS
        .iter()
        .map(|text| (text, organizations(&ex, text)))
        .filter(|(_, o)| !o.is_empty())
        .collect();
    assert!(hits.len() <= 3, "traps name an organization: {hits:#?}");
}

/// Batch D: an ordinal right before a unit's name is its first word; not
/// before a street.
#[test]
fn an_ordinal_before_a_unit() {
    let ex = Extractor::default();
    assert_organizations(
        &ex,
        &[
            (
                "The 93rd Mechanized Brigade retook the village on Sunday.",
                &["93rd Mechanized Brigade"],
            ),
            (
                "Chile's 2nd Infantry Division moved north to the border.",
                &["2nd Infantry Division"],
            ),
            ("She moved to a flat on 21st Avenue last year.", &[]),
        ],
    );
}

/// Batch D: a weapon's class word or a system's name capitalized before
/// an organization's head word is a word of the organization's name.
#[test]
fn a_weapon_word_inside_a_name() {
    let ex = Extractor::default();
    assert_organizations(
        &ex,
        &[
            (
                "The Coastal Artillery Regiment held a parade in the port.",
                &["Coastal Artillery Regiment"],
            ),
            (
                "Kalibr Group opened an office in the capital last week.",
                &["Kalibr Group"],
            ),
        ],
    );
}

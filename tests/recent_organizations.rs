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

/// Batch D: one or two capitalized words right after a noun of companies
/// in lower case ("firm", "maker", "shipbuilder") name a company; not a
/// given name's person, nor after a compound ("film-maker").
#[test]
fn a_company_after_its_noun() {
    let ex = Extractor::default();
    assert_organizations(
        &ex,
        &[
            ("The defence firm Hexaron won the tender in June.", &["Hexaron"]),
            (
                "Spanish shipbuilder Navantia will build the frigates.",
                &["Navantia"],
            ),
            ("He played the film-maker Wood in the biopic.", &[]),
            ("The firm Ana Ruiz founded makes toys.", &[]),
        ],
    );
}

/// Blind batch E (branch w36), written after the fixes of batch D and
/// before the engine ran on it, scored once and not tuned on: 15
/// organizations and units and 5 traps. The code of that branch found 14
/// of 15 and no trap. Missed: "North Korea's Academy of Defence Science"
/// ("academy" is no head word of the lists).
const BLIND_E_ORGANIZATIONS: &[(&str, &str)] = &[
    (
        "Ukraine's 3rd Separate Assault Brigade moved to the northern front.",
        "3rd Separate Assault Brigade",
    ),
    (
        "The Sudoplatov Battalion posted videos of its drone strikes.",
        "Sudoplatov Battalion",
    ),
    (
        "The Kraken Regiment operates under the military intelligence agency.",
        "Kraken Regiment",
    ),
    (
        "The Siberian Battalion is made up of Russian volunteers.",
        "Siberian Battalion",
    ),
    (
        "Turkey's Defence Industry Agency signed a contract for new frigates.",
        "Defence Industry Agency",
    ),
    (
        "The arms maker Aselsan will supply radars to the navy.",
        "Aselsan",
    ),
    (
        "Defence contractor Hensoldt reported higher orders last year.",
        "Hensoldt",
    ),
    (
        "Ukraine's Ministry of Veterans Affairs opened new centres in the west.",
        "Ministry of Veterans Affairs",
    ),
    (
        "The Islamic Resistance in Iraq claimed the drone attack on the base.",
        "Islamic Resistance in Iraq",
    ),
    (
        "The Arakan Rohingya Salvation Army denied the killings.",
        "Arakan Rohingya Salvation Army",
    ),
    (
        "Workers at the Saint Petersburg Shipbuilding Corporation launched a new corvette.",
        "Saint Petersburg Shipbuilding Corporation",
    ),
    (
        "Iran's Aerospace Industries Organization builds most of its ballistic missiles.",
        "Aerospace Industries Organization",
    ),
    (
        "The drone maker Skyeton said it would open a plant in Slovakia.",
        "Skyeton",
    ),
    (
        "North Korea's Academy of Defence Science oversaw the launch.",
        "Academy of Defence Science",
    ),
    (
        "The 25th Airborne Brigade held the town for three weeks.",
        "25th Airborne Brigade",
    ),
];

/// The traps of blind batch E: a street, a cup, a person's company, an
/// award, a pier.
const BLIND_E_TRAPS: &[&str] = &[
    "He walked down Regiment Street towards the old barracks.",
    "The Brigade Cup final drew a crowd of ten thousand.",
    "The company Ivan Petrov founded now sells tractors.",
    "She won the Legion d'Honneur for her work in medicine.",
    "The Navy Pier in Chicago reopened after the storm.",
];

#[test]
fn blind_batch_e_of_organizations() {
    let ex = Extractor::default();
    let found = BLIND_E_ORGANIZATIONS
        .iter()
        .filter(|(text, name)| organizations(&ex, text).iter().any(|o| o.contains(name)))
        .count();
    assert!(found >= 14, "{found} of {} found", BLIND_E_ORGANIZATIONS.len());
    let hits: Vec<_> = BLIND_E_TRAPS
        .iter()
        .map(|text| (text, organizations(&ex, text)))
        .filter(|(_, o)| !o.is_empty())
        .collect();
    assert!(hits.is_empty(), "traps name an organization: {hits:#?}");
}

/// A nationality's or region's armed group named by description before a
/// post and a name (branch x46): the demonym and the armed-group word are
/// one organization; with no name after the post, or a word of no armed
/// group, the country stays.
#[test]
fn an_armed_group_by_description_before_a_post() {
    let ex = Extractor::default();
    assert_organizations(
        &ex,
        &[
            (
                "Somali insurgent leader Hassan Dahir Aweys spoke on Friday.",
                &["Somali insurgent"],
            ),
            (
                "Chechen rebel commander Ruslan Gelayev was killed.",
                &["Chechen rebel"],
            ),
            (
                "A Sudanese paramilitary commander sanctioned by Britain fled.",
                &[],
            ),
            ("Somali opposition leader Abdi Farah spoke on Friday.", &[]),
        ],
    );
}

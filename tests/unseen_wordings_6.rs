//! A sixth blind table, of places no gazetteer lists as the targets of
//! attacks, in the shapes news names them: a place noun and "of" before
//! the name ("the coastal town of X", "the Yemeni city of X"), a key word
//! that ends the name ("X Province", "X Oblast", "X Air Base", "X
//! Beach", "X Harbour"), a key word after it ("X refugee camp", "X
//! district") and a country after a comma ("in X, Ukraine"); with traps
//! where a capitalized word after a place noun or before a key word is no
//! new place (a capital of the gazetteer, "the Port of X Authority",
//! "Camp David talks", "the state of emergency", "Province officials", a
//! person "Mr Harbor", "the camp of Donald Trump"). Written in two sets
//! before the engine was run on them: set K (40 sentences: 28 with a place
//! as target, 12 traps) was scored before the change it led to
//! (`src/names/places.rs`); set L (20 sentences: 14 and 6) was written
//! after it, with new wordings and places, and scored once. Every relation
//! the engine finds is asserted, and the ones it still misses are listed
//! in `KNOWN_MISSES`, and asserted to be missed, so that a change that
//! finds one moves it into the tables; so are the places each sentence
//! must (and must not) give, with `KNOWN_PLACE_MISSES`.
//!
//! Scores (target/release/examples/evaluate on the same sentences as gold
//! JSON Lines, `tests/unseen_wordings_6.k.gold.jsonl` and `.l.gold.jsonl`):
//! set K before: P 0.500 R 0.219 F1 0.304 (the adjective of the place's
//! country taken as the target: "the Syrian town of X" an attack on
//! Syria); places right in 14 of 40 rows (the traps);
//! set K after: P 0.935 R 0.906 F1 0.921, factuality 0.964; places right
//! in 37 of 40 rows (one of the relations counted found, at "Ain al-Asad
//! Air Base", is the gazetteer's Assad: the table listed it as missed
//! until branch n45, where a surname joined to "al-" after a capitalized
//! word became a word of a longer name, and the base is found);
//! set L (once, after): P 1.000 R 1.000 F1 1.000, factuality 1.000;
//! places right in 20 of 20 rows; the main before this change gave set L
//! P 0.600 R 0.188 F1 0.286.

use newsie::{EntityType, Extractor};

#[path = "common/wordings.rs"]
mod wordings;
use wordings::{failures, stale_misses};

/// (sentence, relations that must be among its output), as in
/// `tests/unseen_wordings_2.rs`.
const SET_K: &[(&str, &[&str])] = &[
    (
        "Russian artillery shelled the eastern town of Avdiivka for a third straight day.",
        &["attack attacker=RUS target=Avdiivka asserted"],
    ),
    (
        "Saudi jets bombed the Yemeni city of Taiz on Sunday.",
        &["attack attacker=SAU target=Taiz asserted"],
    ),
    (
        "Israeli warplanes struck the southern village of Khiam overnight.",
        &["attack attacker=ISR target=Khiam asserted"],
    ),
    (
        "Turkish drones hit the Syrian town of Kobani.",
        &["attack attacker=TUR target=Kobani asserted"],
    ),
    (
        "Al-Shabaab fighters stormed the coastal town of Kismayo at dawn.",
        &["attack attacker=Al-Shabaab target=Kismayo asserted"],
    ),
    (
        "Nigerian troops attacked the town of Gwoza in Borno State.",
        &["attack attacker=NGA target=Gwoza asserted"],
    ),
    (
        "Russian missiles struck the city of Dnipro, killing nine people.",
        &["attack attacker=RUS target=Dnipro asserted"],
    ),
    (
        "Sudanese paramilitaries shelled the besieged city of El Fasher.",
        &["attack attacker=SDN target=El Fasher asserted"],
    ),
    (
        "Pakistani jets bombed hideouts in Khost Province.",
        &["attack attacker=PAK target=Khost Province asserted"],
    ),
    (
        "Russian forces shelled Sumy Oblast dozens of times on Monday.",
        &["attack attacker=RUS target=Sumy Oblast asserted"],
    ),
    (
        "Israeli troops raided the Nur Shams refugee camp near Tulkarm.",
        &["attack attacker=ISR target=Nur Shams asserted"],
    ),
    (
        "Iraqi militias attacked Ain al-Asad Air Base with drones.",
        &["attack attacker=IRQ target=Ain al-Asad asserted"],
    ),
    (
        "Ukrainian drones hit Saky Air Base in Crimea.",
        &["attack attacker=UKR target=Saky asserted"],
    ),
    (
        "Russian jets bombed a market in Kostiantynivka, Ukraine.",
        &["attack attacker=RUS target=Kostiantynivka asserted"],
    ),
    (
        "Houthi forces shelled a school in Marib, Yemen.",
        &["attack attacker=Houthi target=Marib asserted"],
    ),
    (
        "Taliban fighters attacked a police post in Kunduz, Afghanistan.",
        &["attack attacker=Taliban target=Kunduz asserted"],
    ),
    (
        "Japanese aircraft bombed Darwin Harbour in 1942.",
        &["attack attacker=JPN target=Darwin Harbour asserted"],
    ),
    (
        "British commandos raided the French port of Saint-Nazaire in 1942.",
        &["attack attacker=GBR target=Saint-Nazaire asserted"],
    ),
    (
        "American troops stormed Omaha Beach on June 6, 1944.",
        &["attack attacker=USA target=Omaha Beach asserted"],
    ),
    (
        "Israeli tanks shelled the Nuseirat camp in central Gaza.",
        &["attack attacker=ISR target=Nuseirat asserted"],
    ),
    (
        "Russian drones attacked the Danube port of Izmail.",
        &["attack attacker=RUS target=Izmail asserted"],
    ),
    (
        "Ukrainian sea drones struck the Russian port of Novorossiysk.",
        &["attack attacker=UKR target=Novorossiysk asserted"],
    ),
    (
        "Houthi rebels attacked the Saudi city of Jizan last week.",
        &["attack attacker=Houthi target=Jizan asserted"],
    ),
    (
        "Ethiopian troops shelled the northern region of Tigray.",
        &["attack attacker=ETH target=Tigray asserted"],
    ),
    (
        "Syrian government aircraft bombed the province of Idlib again on Friday.",
        &["attack attacker=SYR target=Idlib asserted"],
    ),
    (
        "Malian soldiers attacked the desert town of Kidal, rebels said.",
        &["attack attacker=MLI target=Kidal alleged"],
    ),
    (
        "Azerbaijani forces shelled the city of Stepanakert in September.",
        &["attack attacker=AZE target=Stepanakert asserted"],
    ),
    (
        "Indian artillery pounded the district of Neelum in Pakistani Kashmir.",
        &["attack attacker=IND target=Neelum asserted"],
    ),
    (
        "Russian missiles struck the city of Kyiv overnight.",
        &["attack attacker=RUS target=UKR asserted"],
    ),
    ("The Port of Rotterdam Authority said cargo volumes fell.", &[]),
    ("Camp David talks between Egypt and Israel ended in 1978.", &[]),
    ("Chile declared a state of emergency after the riots.", &[]),
    (
        "Peruvian surveyors mapped the region of interest before the talks.",
        &[],
    ),
    (
        "Province officials said the flooding had cut off three villages.",
        &[],
    ),
    (
        "George Bailey grew up in the town of Bedford Falls in the film.",
        &[],
    ),
    ("Mr Harbor said the talks with Iran had stalled.", &[]),
    (
        "Israeli jets struck the city of Beirut before dawn.",
        &["attack attacker=ISR target=LBN asserted"],
    ),
    (
        "Iran threatened to attack the State of Israel.",
        &["attack attacker=IRN target=ISR uncertain"],
    ),
    (
        "Turkish drones struck a camp of PKK fighters in northern Iraq.",
        &["attack attacker=TUR target=PKK asserted"],
    ),
    (
        "Aides from the camp of Donald Trump said the talks with Iran had failed.",
        &[],
    ),
];

/// Set L, written after the change.
const SET_L: &[(&str, &[&str])] = &[
    (
        "Russian glide bombs hit the frontline town of Orikhiv on Thursday.",
        &["attack attacker=RUS target=Orikhiv asserted"],
    ),
    (
        "Sudanese army drones struck the market town of Kabkabiya.",
        &["attack attacker=SDN target=Kabkabiya asserted"],
    ),
    (
        "Israeli aircraft bombed the Jabalia refugee camp.",
        &["attack attacker=ISR target=Jabalia asserted"],
    ),
    (
        "Ukrainian drones attacked Engels Air Base deep inside Russia.",
        &["attack attacker=UKR target=Engels Air Base asserted"],
    ),
    (
        "Pakistani forces shelled villages in Kurram district.",
        &["attack attacker=PAK target=Kurram asserted"],
    ),
    (
        "Houthi militants attacked Aden International Airport in 2020.",
        &["attack attacker=Houthi target=Aden International Airport asserted"],
    ),
    (
        "Turkish jets bombed the Kurdish-held city of Qamishli.",
        &["attack attacker=TUR target=Qamishli asserted"],
    ),
    (
        "Russian forces shelled a hospital in Kupiansk, Ukraine.",
        &["attack attacker=RUS target=Kupiansk asserted"],
    ),
    (
        "Colombian troops raided the jungle village of La Macarena.",
        &["attack attacker=COL target=La Macarena asserted"],
    ),
    (
        "Israel struck the Lebanese port of Tyre on Monday.",
        &["attack attacker=ISR target=Tyre asserted"],
    ),
    (
        "Myanmar's military bombed the village of Pazigyi in Sagaing Region.",
        &["attack attacker=MMR target=Pazigyi asserted"],
    ),
    (
        "Azerbaijani troops shelled the Armenian town of Jermuk.",
        &["attack attacker=AZE target=Jermuk asserted"],
    ),
    (
        "Iranian missiles struck Erbil Governorate, Kurdish officials said.",
        &["attack attacker=IRN target=Erbil Governorate asserted"],
    ),
    (
        "German bombers raided the English city of Coventry in 1940.",
        &["attack attacker=DEU target=Coventry asserted"],
    ),
    (
        "Ukrainian drones struck the city of Moscow overnight.",
        &["attack attacker=UKR target=RUS asserted"],
    ),
    ("The Port of Antwerp Authority reported record traffic.", &[]),
    ("Analysts in the Harris camp said the debate went well.", &[]),
    ("The state of the economy worried Chile's voters.", &[]),
    ("Ms Beach told reporters Iran had denied the claim.", &[]),
    (
        "Israeli jets struck the city of Damascus on Friday.",
        &["attack attacker=ISR target=SYR asserted"],
    ),
];

/// (sentence, places it names, names that are no place): set K, then
/// set L.
const PLACES_K: &[(&str, &[&str], &[&str])] = &[
    (
        "Russian artillery shelled the eastern town of Avdiivka for a third straight day.",
        &["Avdiivka"],
        &[],
    ),
    (
        "Saudi jets bombed the Yemeni city of Taiz on Sunday.",
        &["Taiz"],
        &[],
    ),
    (
        "Israeli warplanes struck the southern village of Khiam overnight.",
        &["Khiam"],
        &[],
    ),
    ("Turkish drones hit the Syrian town of Kobani.", &["Kobani"], &[]),
    (
        "Al-Shabaab fighters stormed the coastal town of Kismayo at dawn.",
        &["Kismayo"],
        &[],
    ),
    (
        "Nigerian troops attacked the town of Gwoza in Borno State.",
        &["Gwoza", "Borno State"],
        &[],
    ),
    (
        "Russian missiles struck the city of Dnipro, killing nine people.",
        &["Dnipro"],
        &[],
    ),
    (
        "Sudanese paramilitaries shelled the besieged city of El Fasher.",
        &["El Fasher"],
        &[],
    ),
    (
        "Pakistani jets bombed hideouts in Khost Province.",
        &["Khost Province"],
        &[],
    ),
    (
        "Russian forces shelled Sumy Oblast dozens of times on Monday.",
        &["Sumy Oblast"],
        &[],
    ),
    (
        "Israeli troops raided the Nur Shams refugee camp near Tulkarm.",
        &["Nur Shams"],
        &[],
    ),
    (
        "Iraqi militias attacked Ain al-Asad Air Base with drones.",
        &["Ain al-Asad Air Base"],
        &[],
    ),
    (
        "Ukrainian drones hit Saky Air Base in Crimea.",
        &["Saky Air Base"],
        &[],
    ),
    (
        "Russian jets bombed a market in Kostiantynivka, Ukraine.",
        &["Kostiantynivka"],
        &[],
    ),
    ("Houthi forces shelled a school in Marib, Yemen.", &["Marib"], &[]),
    (
        "Taliban fighters attacked a police post in Kunduz, Afghanistan.",
        &["Kunduz"],
        &[],
    ),
    (
        "Japanese aircraft bombed Darwin Harbour in 1942.",
        &["Darwin Harbour"],
        &[],
    ),
    (
        "British commandos raided the French port of Saint-Nazaire in 1942.",
        &["Saint-Nazaire"],
        &[],
    ),
    (
        "American troops stormed Omaha Beach on June 6, 1944.",
        &["Omaha Beach"],
        &[],
    ),
    (
        "Israeli tanks shelled the Nuseirat camp in central Gaza.",
        &["Nuseirat"],
        &[],
    ),
    (
        "Russian drones attacked the Danube port of Izmail.",
        &["Izmail"],
        &[],
    ),
    (
        "Ukrainian sea drones struck the Russian port of Novorossiysk.",
        &["Novorossiysk"],
        &[],
    ),
    (
        "Houthi rebels attacked the Saudi city of Jizan last week.",
        &["Jizan"],
        &[],
    ),
    (
        "Ethiopian troops shelled the northern region of Tigray.",
        &["Tigray"],
        &[],
    ),
    (
        "Syrian government aircraft bombed the province of Idlib again on Friday.",
        &["Idlib"],
        &[],
    ),
    (
        "Malian soldiers attacked the desert town of Kidal, rebels said.",
        &["Kidal"],
        &[],
    ),
    (
        "Azerbaijani forces shelled the city of Stepanakert in September.",
        &["Stepanakert"],
        &[],
    ),
    (
        "Indian artillery pounded the district of Neelum in Pakistani Kashmir.",
        &["Neelum"],
        &[],
    ),
    (
        "Russian missiles struck the city of Kyiv overnight.",
        &[],
        &["Kyiv"],
    ),
    (
        "The Port of Rotterdam Authority said cargo volumes fell.",
        &[],
        &["Rotterdam Authority", "Authority"],
    ),
    (
        "Camp David talks between Egypt and Israel ended in 1978.",
        &[],
        &["David"],
    ),
    (
        "Chile declared a state of emergency after the riots.",
        &[],
        &["emergency"],
    ),
    (
        "Peruvian surveyors mapped the region of interest before the talks.",
        &[],
        &["interest"],
    ),
    (
        "Province officials said the flooding had cut off three villages.",
        &[],
        &["Province"],
    ),
    (
        "George Bailey grew up in the town of Bedford Falls in the film.",
        &[],
        &["George Bailey"],
    ),
    (
        "Mr Harbor said the talks with Iran had stalled.",
        &[],
        &["Harbor", "Mr Harbor"],
    ),
    (
        "Israeli jets struck the city of Beirut before dawn.",
        &[],
        &["Beirut"],
    ),
    (
        "Iran threatened to attack the State of Israel.",
        &[],
        &["Israel", "State of Israel"],
    ),
    (
        "Turkish drones struck a camp of PKK fighters in northern Iraq.",
        &[],
        &["PKK"],
    ),
    (
        "Aides from the camp of Donald Trump said the talks with Iran had failed.",
        &[],
        &["Donald Trump"],
    ),
];

const PLACES_L: &[(&str, &[&str], &[&str])] = &[
    (
        "Russian glide bombs hit the frontline town of Orikhiv on Thursday.",
        &["Orikhiv"],
        &[],
    ),
    (
        "Sudanese army drones struck the market town of Kabkabiya.",
        &["Kabkabiya"],
        &[],
    ),
    (
        "Israeli aircraft bombed the Jabalia refugee camp.",
        &["Jabalia"],
        &[],
    ),
    (
        "Ukrainian drones attacked Engels Air Base deep inside Russia.",
        &["Engels Air Base"],
        &[],
    ),
    (
        "Pakistani forces shelled villages in Kurram district.",
        &["Kurram"],
        &[],
    ),
    (
        "Houthi militants attacked Aden International Airport in 2020.",
        &["Aden International Airport"],
        &[],
    ),
    (
        "Turkish jets bombed the Kurdish-held city of Qamishli.",
        &["Qamishli"],
        &[],
    ),
    (
        "Russian forces shelled a hospital in Kupiansk, Ukraine.",
        &["Kupiansk"],
        &[],
    ),
    (
        "Colombian troops raided the jungle village of La Macarena.",
        &["La Macarena"],
        &[],
    ),
    (
        "Israel struck the Lebanese port of Tyre on Monday.",
        &["Tyre"],
        &[],
    ),
    (
        "Myanmar's military bombed the village of Pazigyi in Sagaing Region.",
        &["Pazigyi", "Sagaing Region"],
        &[],
    ),
    (
        "Azerbaijani troops shelled the Armenian town of Jermuk.",
        &["Jermuk"],
        &[],
    ),
    (
        "Iranian missiles struck Erbil Governorate, Kurdish officials said.",
        &["Erbil Governorate"],
        &[],
    ),
    (
        "German bombers raided the English city of Coventry in 1940.",
        &["Coventry"],
        &[],
    ),
    (
        "Ukrainian drones struck the city of Moscow overnight.",
        &[],
        &["Moscow"],
    ),
    (
        "The Port of Antwerp Authority reported record traffic.",
        &[],
        &["Antwerp Authority", "Authority"],
    ),
    (
        "Analysts in the Harris camp said the debate went well.",
        &[],
        &["Harris"],
    ),
    (
        "The state of the economy worried Chile's voters.",
        &[],
        &["economy"],
    ),
    (
        "Ms Beach told reporters Iran had denied the claim.",
        &[],
        &["Beach", "Ms Beach"],
    ),
    (
        "Israeli jets struck the city of Damascus on Friday.",
        &[],
        &["Damascus"],
    ),
];

/// Relations of the tables the engine still misses, with why.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // "camp" alone after a name makes no place (a candidate's camp is
    // none), and the attack binds the place in the phrase after it.
    (
        "Israeli tanks shelled the Nuseirat camp in central Gaza.",
        "attack attacker=ISR target=Nuseirat asserted",
    ),
    // "rebels said" after the clause reports no allegation.
    (
        "Malian soldiers attacked the desert town of Kidal, rebels said.",
        "attack attacker=MLI target=Kidal alleged",
    ),
    // "a camp of PKK fighters": the attack's target is the group the camp
    // is of, which the frame does not read through "camp of".
    (
        "Turkish drones struck a camp of PKK fighters in northern Iraq.",
        "attack attacker=TUR target=PKK asserted",
    ),
];

/// (sentence, place) of the place tables the engine still misses.
const KNOWN_PLACE_MISSES: &[(&str, &str)] = &[
    // "State" is no key word ("Islamic State", "Ohio State").
    (
        "Nigerian troops attacked the town of Gwoza in Borno State.",
        "Borno State",
    ),
    // "camp" alone after a name.
    (
        "Israeli tanks shelled the Nuseirat camp in central Gaza.",
        "Nuseirat",
    ),
];

#[test]
fn set_k_written_before_the_change() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_K, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_l_written_after_the_change() {
    let ex = Extractor::default();
    let failures = failures(&ex, SET_L, KNOWN_MISSES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each known miss is still a miss: one found moves into the tables.
#[test]
fn known_misses_are_still_missed() {
    let stale = stale_misses(&Extractor::default(), &[SET_K, SET_L], KNOWN_MISSES);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

/// The places (LOCATION mentions) of `text`, by their text.
fn places(ex: &Extractor, text: &str) -> Vec<String> {
    let out = ex.extract(text);
    out.entities()
        .iter()
        .filter(|e| e.entity_type() == EntityType::Location)
        .map(|e| e.text().to_lowercase())
        .collect()
}

/// Each sentence gives its places (a mention that holds the name, or that
/// the name holds) and none of the names that are no place, but for the
/// known misses, which are still missed.
#[test]
fn places_of_both_sets() {
    let ex = Extractor::default();
    let mut wrong = Vec::new();
    for (text, want, not) in PLACES_K.iter().chain(PLACES_L) {
        let got = places(&ex, text);
        for p in *want {
            let p = p.to_lowercase();
            let found = got.iter().any(|g| g.contains(&p) || p.contains(g.as_str()));
            let known = KNOWN_PLACE_MISSES
                .iter()
                .any(|(t, m)| t == text && m.to_lowercase() == p);
            if found == known {
                let why = if known {
                    "now found, drop it from KNOWN_PLACE_MISSES"
                } else {
                    "missed"
                };
                wrong.push(format!("{text}: {p}: {why} (got {got:?})"));
            }
        }
        for n in *not {
            let n = n.to_lowercase();
            if got.iter().any(|g| g.contains(&n)) {
                wrong.push(format!("{text}: {n} is no place (got {got:?})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

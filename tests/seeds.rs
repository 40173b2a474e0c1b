//! Checks on the two seed articles in `../shared/seeds/`, which are not part
//! of this repository: each test says plainly when it skipped.

use std::path::PathBuf;

use newsie::{AliasKind, EntityType, Extractor};

fn seed(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!(
                "SKIPPED: {} is not present (../shared is not beside this checkout)",
                path.display()
            );
            None
        }
    }
}

/// The sentence of `text` that contains `needle`.
fn sentence_with<'a>(out: &newsie::Extraction<'a>, needle: &str) -> newsie::Span {
    *out.sentences()
        .iter()
        .find(|s| out.text()[s.start..s.end].contains(needle))
        .unwrap_or_else(|| panic!("no sentence contains {needle:?}"))
}

#[test]
fn seed_000_countries_organizations_weapons() {
    let Some(text) = seed("000_852666477c90565c.txt") else {
        return;
    };
    let ex = Extractor::default();
    let out = ex.extract(&text);
    let s = sentence_with(&out, "have lodged a complaint");
    let in_sentence: Vec<_> = out.entities().iter().filter(|e| s.contains(e.span())).collect();
    let countries: Vec<&str> = in_sentence
        .iter()
        .filter(|e| e.entity_type() == EntityType::Country)
        .map(|e| e.id())
        .collect();
    for id in ["USA", "GBR", "FRA", "UKR", "IRN", "RUS"] {
        assert!(countries.contains(&id), "{id} missing from {countries:?}");
    }
    assert!(in_sentence
        .iter()
        .any(|e| e.entity_type() == EntityType::Organization && e.id() == "un_security_council"));
    assert!(in_sentence
        .iter()
        .any(|e| e.entity_type() == EntityType::Weapon && e.class() == Some("drone")));
    // "us" in lower case is never a country.
    for e in out.entities() {
        if e.text() == "us" {
            panic!("lowercase 'us' found as {} at {:?}", e.id(), e.span());
        }
    }
}

#[test]
fn seed_002_iranian_made_drones() {
    let Some(text) = seed("002_2fa26fcd8edddf00.txt") else {
        return;
    };
    let ex = Extractor::default();
    let out = ex.extract(&text);
    let ents = out.entities();
    let i = ents
        .iter()
        .position(|e| e.text() == "Iranian" && text[e.span().end..].starts_with("-made drones"))
        .expect("'Iranian' of 'Iranian-made drones' found");
    assert_eq!(ents[i].id(), "IRN");
    assert_eq!(ents[i].alias_kind(), AliasKind::Demonym);
    let drone = &ents[i + 1];
    assert_eq!(
        (drone.entity_type(), drone.class(), drone.origin()),
        (EntityType::Weapon, Some("drone"), Some("IRN"))
    );
}

#[test]
fn seeds_name_every_actor_with_the_right_id() {
    let Some(a) = seed("000_852666477c90565c.txt") else {
        return;
    };
    let Some(b) = seed("002_2fa26fcd8edddf00.txt") else {
        return;
    };
    let ex = Extractor::default();
    let expected: &[(&str, &str)] = &[
        ("Vladimir Putin", "vladimir_putin"),
        ("Karine Jean-Pierre", "karine_jean_pierre"),
        ("John Kirby", "john_kirby"),
        ("Becca Wasser", "becca_wasser"),
        ("Isaac Herzog", "isaac_herzog"),
        ("Herzog", "isaac_herzog"),
        ("Biden", "joe_biden"),
        ("Jonathan Lord", "jonathan_lord"),
        ("Antoine Halff", "antoine_halff"),
        ("Mahsa Amini", "mahsa_amini"),
        ("Center for a New American Security", "cnas"),
        ("CNAS", "cnas"),
        ("Atlantic Council", "atlantic_council"),
        ("OFAC", "ofac"),
        ("Taliban", "taliban"),
        ("Shahed-136 drones", "shahed_136"),
        ("Kremlin", "RUS"),
        ("White House", "USA"),
        ("Tehran", "IRN"),
        ("Kyiv", "UKR"),
        ("Beijing", "CHN"),
        ("Jerusalem", "ISR"),
        ("Crimea", "crimea"),
        ("Ryazan Region", "ryazan_region"),
        ("Kazakhstan", "KAZ"),
        ("Saudi Arabia", "SAU"),
        ("Syria", "SYR"),
    ];
    let (oa, ob) = (ex.extract(&a), ex.extract(&b));
    let found: Vec<(&str, &str)> = oa
        .entities()
        .iter()
        .chain(ob.entities())
        .map(|e| (e.text(), e.id()))
        .collect();
    for (text, id) in expected {
        assert!(found.contains(&(*text, *id)), "{text:?} as {id} not found");
    }
}

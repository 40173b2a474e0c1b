use newsie::{EntityType, Extractor};
include!("/work/scratch/n21/batch_c_people.rs");
include!("/work/scratch/n21/batch_c_weapons.rs");
fn ents(ex: &Extractor, text: &str, t: EntityType) -> Vec<String> {
    ex.extract(text)
        .entities()
        .iter()
        .filter(|e| e.entity_type() == t)
        .map(|e| e.text().to_string())
        .collect()
}
fn all(ex: &Extractor, text: &str) -> Vec<(String, EntityType)> {
    ex.extract(text)
        .entities()
        .iter()
        .map(|e| (e.text().to_string(), e.entity_type()))
        .collect()
}
#[test]
fn probe() {
    let ex = Extractor::default();
    let mut p = 0;
    for (t, n) in BLIND_C_PEOPLE {
        let f = ents(&ex, t, EntityType::Person);
        if f.iter().any(|x| x == n) {
            p += 1;
        } else {
            println!("PMISS {n}: {:?}", all(&ex, t));
        }
    }
    let mut w = 0;
    for (t, n) in BLIND_C_WEAPONS {
        let f = ents(&ex, t, EntityType::Weapon);
        if f.iter().any(|x| x.to_lowercase().contains(&n.to_lowercase())) {
            w += 1;
        } else {
            println!("WMISS {n}: {:?}", all(&ex, t));
        }
    }
    let mut tr = 0;
    for t in BLIND_C_TRAPS {
        let f: Vec<_> = all(&ex, t)
            .into_iter()
            .filter(|(_, ty)| *ty == EntityType::Person || *ty == EntityType::Weapon)
            .collect();
        if !f.is_empty() {
            tr += 1;
            println!("TRAP {t}: {f:?}");
        }
    }
    println!(
        "people {p}/{} weapons {w}/{} traps {tr}/{}",
        BLIND_C_PEOPLE.len(),
        BLIND_C_WEAPONS.len(),
        BLIND_C_TRAPS.len()
    );
}

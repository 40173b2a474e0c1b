//! Invariants every extraction must satisfy, shared by the property and
//! adversarial tests.

use std::collections::HashMap;

use newsie::{EntityType, Extraction};

/// The entity types each role of each default relation accepts, read from
/// the `relation` lines of the default rule files (`ACTOR` is a country, an
/// organization or a person; `TEXT` binds no entity).
pub fn allowed_types() -> HashMap<(String, String), Vec<EntityType>> {
    let mut out = HashMap::new();
    for file in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")).unwrap() {
        let path = file.unwrap().path();
        // Subdirectories (rules/names/) hold word classes only, no relations.
        if path.is_dir() {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines().filter(|l| l.starts_with("relation ")) {
            let mut words = line.split_whitespace().skip(1);
            let relation = words.next().unwrap().to_string();
            for role in words {
                let (name, types) = role.trim_end_matches('!').split_once(':').unwrap();
                let types = types
                    .split('|')
                    .flat_map(|t| match t {
                        "ACTOR" => vec![EntityType::Country, EntityType::Organization, EntityType::Person],
                        "TEXT" => vec![],
                        t => vec![EntityType::from_name(t).unwrap()],
                    })
                    .collect();
                out.insert((relation.clone(), name.to_string()), types);
            }
        }
    }
    out
}

/// Spans in bounds and on char boundaries, entities sorted and without
/// overlaps, sentences in order, relation arguments inside their evidence
/// sentence and bound to entities of a type their role accepts.
pub fn check(text: &str, out: &Extraction<'_>, allowed: &HashMap<(String, String), Vec<EntityType>>) {
    let mut last_end = 0;
    for e in out.entities() {
        let s = e.span();
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last_end, "entities overlap or are unsorted at {s:?}");
        assert_eq!(&text[s.start..s.end], e.text());
        last_end = s.end;
    }
    let mut last_sentence_end = 0;
    for s in out.sentences() {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(s.start >= last_sentence_end, "sentences overlap at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last_sentence_end = s.end;
    }
    for r in out.relations() {
        // The evidence is a sentence, or a window of a run-on one.
        let evidence = r.sentence();
        assert!(
            out.sentences().iter().any(|s| s.contains(evidence)),
            "evidence {evidence:?} inside a sentence"
        );
        for a in r.arguments() {
            assert!(r.sentence().contains(a.span), "argument outside its sentence");
            assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
            let types = &allowed[&(r.relation_type().to_string(), a.role.to_string())];
            match a.entity {
                Some(i) => {
                    let e = &out.entities()[i];
                    assert_eq!(e.span(), a.span, "argument span is its entity's");
                    assert!(
                        types.contains(&e.entity_type()),
                        "{} may not be {:?}",
                        a.role,
                        e.entity_type()
                    );
                }
                None => assert!(types.is_empty(), "role {} binds an entity", a.role),
            }
        }
    }
}

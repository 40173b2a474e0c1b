//! PLOVER event records: which events invented sentences give, and that the
//! table README.md shows is the table the crate embeds.

use newsie::plover::{EventMap, Story};
use newsie::Extractor;

/// The events of `text`, each as `EVENT mode context cameo: actors -> recipients`.
fn events(text: &str) -> Vec<String> {
    let ex = Extractor::default();
    let out = ex.extract(text);
    let map = EventMap::default();
    map.events(Story::new("d"), &out)
        .iter()
        .map(|e| {
            let json = serde_json::to_value(e).unwrap();
            let codes = |key: &str| -> String {
                json[key]
                    .as_array()
                    .map(|list| {
                        list.iter()
                            .map(|p| p["code"].as_str().unwrap_or("?"))
                            .collect::<Vec<_>>()
                            .join("+")
                    })
                    .unwrap_or_default()
            };
            let field = |key: &str| json[key].as_str().unwrap_or("-").to_string();
            format!(
                "{} {} {} {}: {} -> {}",
                field("event"),
                field("mode"),
                field("context"),
                field("cameo"),
                codes("actor"),
                codes("recipient")
            )
        })
        .collect()
}

#[test]
fn relations_become_events() {
    let cases: &[(&str, &[&str])] = &[
        ("Peru sold drones to Chile.", &["AID - military 072: PER -> CHL"]),
        // Coordinated actors and recipients are one event with lists.
        (
            "Peru and Chile sold drones to Bolivia and Ecuador.",
            &["AID - military 072: PER+CHL -> BOL+ECU"],
        ),
        (
            "Peru attacked Chile with drones.",
            &["ASSAULT drone military 195: PER -> CHL"],
        ),
        ("Peru attacked Chile.", &["ASSAULT - military 190: PER -> CHL"]),
        (
            "Armenia fired rockets at Azerbaijan overnight.",
            &["ASSAULT heavy-weapons military 194: ARM -> AZE"],
        ),
        (
            "Mali deployed drones against rebels in the north.",
            &["ASSAULT drone military 195: MLI -> "],
        ),
        (
            "Chile imposed sanctions on Peru.",
            &["SANCTION discontinue economic 163: CHL -> PER"],
        ),
        (
            "France trained hundreds of Malian soldiers.",
            &["AID - military 072: FRA -> MLI"],
        ),
        (
            "Qatar has backed Sudan for years.",
            &["SUPPORT - diplomatic 050: QAT -> SDN"],
        ),
        (
            "Peru accused Chile of spying.",
            &["ACCUSE allege - 112: PER -> CHL"],
        ),
        // Factuality adds PLOVER's auxiliary context.
        (
            "Chile may sell drones to Peru.",
            &["AID - military, hypothetical 072: CHL -> PER"],
        ),
        (
            "Chile has not supplied weapons to Peru.",
            &["AID - military, negation 072: CHL -> PER"],
        ),
        // A role is not an event.
        ("Peruvian President Dina Boluarte spoke.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(events(text), *want, "{text}");
    }
}

#[test]
fn records_carry_the_story_and_the_evidence() {
    let ex = Extractor::default();
    let text = "Markets were calm.\n\nThe UN said Peru had sold drones to Chile.";
    let out = ex.extract(text);
    let map = EventMap::default();
    let story = Story::new("news-7")
        .date("2022-02-24T06:00:00Z")
        .publication("example.org")
        .url("https://example.org/7");
    let events = map.events(story, &out);
    assert_eq!(events.len(), 1);
    let line = serde_json::to_string(&events[0]).unwrap();
    let json: serde_json::Value = serde_json::from_str(&line).unwrap();
    // Top-level keys in the order written: each key's first occurrence
    // (nested objects repeat only "id", after the top-level one).
    let mut keys: Vec<(usize, &str)> = json
        .as_object()
        .unwrap()
        .keys()
        .map(|k| (line.find(&format!("\"{k}\":")).unwrap(), k.as_str()))
        .collect();
    keys.sort();
    let keys: Vec<&str> = keys.into_iter().map(|(_, k)| k).collect();
    assert_eq!(
        keys,
        [
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "context",
            "eventText",
            "text",
            "language",
            "document",
            "publication",
            "url",
            "cameo",
            "relation",
            "factuality",
            "rule",
            "item"
        ],
        "PLOVER order, only fields with a value (no mode here)"
    );
    assert_eq!(json["id"], "news-7:1");
    assert_eq!(json["date"], "2022-02-24");
    assert_eq!(json["eventText"], "Peru had sold drones to Chile");
    assert_eq!(json["text"], "The UN said Peru had sold drones to Chile.");
    assert_eq!(json["document"], "news-7");
    assert_eq!(
        json["actor"][0],
        serde_json::json!({"actorText": "Peru", "code": "PER", "id": "PER", "name": "Peru", "type": "COUNTRY"})
    );
    assert_eq!(json["item"]["class"], "drone");
}

#[test]
fn organizations_and_people_are_coded_by_their_country_or_as_igo() {
    let ex = Extractor::default();
    let out = ex.extract("The United Nations accused Vladimir Putin of lying.");
    let map = EventMap::default();
    let events = map.events(Story::new("d"), &out);
    let json = serde_json::to_value(&events[0]).unwrap();
    assert_eq!(json["actor"][0]["code"], "IGO");
    assert_eq!(json["recipient"][0]["code"], "RUS");
    assert_eq!(json["recipient"][0]["id"], "vladimir_putin");
}

/// The rows of README.md's mapping table, as the file's columns.
fn readme_rows() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("| relations | item | event | mode | context | CAMEO |")
        .expect("README.md has the mapping table");
    readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .take(6)
                .map(|c| c.trim().replace('`', "").replace(", ", ","))
                .collect()
        })
        .collect()
}

#[test]
fn readme_shows_the_embedded_table() {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/mappings/plover.tsv")).unwrap();
    let rows: Vec<Vec<String>> = file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    assert_eq!(readme_rows(), rows);
}

#[test]
fn every_default_relation_type_has_a_row() {
    let ex = Extractor::default();
    assert_eq!(EventMap::default().unmapped(ex.schema()), Vec::<&str>::new());
}

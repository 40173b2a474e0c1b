//! Words are data: each stage's English (abbreviations, titles before
//! surnames, coordinators, cues) comes from word classes a user's rule file
//! can change, and the change reaches the stage that reads it.

use newsie::Extractor;

/// A person with a surname alias no default entry shares.
const PEOPLE: &str = "ana_zorbek\tPERSON\tAna Zorbek\tsurname:Zorbek\t\n";

/// What an extraction found, in a line: the sentence count, the people,
/// and each relation as `type factuality id>id...`.
fn summary(ex: &Extractor, text: &str) -> String {
    let out = ex.extract(text);
    let mut parts = vec![format!("{} sentences", out.sentences().len())];
    for e in out
        .entities()
        .iter()
        .filter(|e| e.entity_type().as_str() == "PERSON")
    {
        parts.push(e.id().to_string());
    }
    for r in out.relations() {
        let ids: Vec<&str> = r
            .arguments()
            .iter()
            .filter_map(|a| a.entity.map(|i| out.entities()[i].id()))
            .collect();
        parts.push(format!(
            "{} {} {}",
            r.relation_type(),
            r.factuality(),
            ids.join(">")
        ));
    }
    parts.join("; ")
}

fn extractor(rules: &str) -> Extractor {
    Extractor::builder()
        .gazetteer_str("people.tsv", PEOPLE)
        .rules_str("mine.rules", rules)
        .build()
        .unwrap()
}

#[test]
fn changed_words_reach_their_stage() {
    // (a user's rule file, text, summary with the defaults, summary with the file)
    let cases: &[(&str, &str, &str, &str)] = &[
        // Tokenizer: a new abbreviation keeps the sentence whole.
        (
            "words abbreviation += Calif.",
            "Ships left Calif. Peru sold drones to Chile.",
            "2 sentences; supply asserted PER>CHL>drone",
            "1 sentences; supply asserted PER>CHL>drone",
        ),
        // Gazetteer: a new title before a surname leaves the surname alone.
        // (Not "Captain" since branch n45: a military rank before a word
        // that is no English word is a title to the names stage too.)
        (
            "words surname_title += rider",
            "Rider Zorbek spoke.",
            "1 sentences",
            "1 sentences; ana_zorbek",
        ),
        // Rules: a phrase taken out of the coordinators breaks the list.
        (
            "words coordinator -= as|well|as",
            "Peru as well as Chile sold drones to Bolivia.",
            "1 sentences; supply asserted PER>BOL>drone; supply asserted CHL>BOL>drone",
            "1 sentences; supply asserted CHL>BOL>drone",
        ),
        // ... and a class replaced keeps only what it is given.
        (
            "words coordinator = and",
            "Peru or Chile sold drones to Bolivia.",
            "1 sentences; supply asserted PER>BOL>drone; supply asserted CHL>BOL>drone",
            "1 sentences; supply asserted CHL>BOL>drone",
        ),
        // Factuality: a new cue phrase, and a cue made no cue.
        (
            "cues alleged: gossip|has|it",
            "Gossip has it Peru sold drones to Chile.",
            "1 sentences; supply asserted PER>CHL>drone",
            "1 sentences; supply alleged PER>CHL>drone",
        ),
        (
            "cues asserted: will",
            "Peru will sell drones to Chile.",
            "1 sentences; supply uncertain PER>CHL>drone",
            "1 sentences; supply asserted PER>CHL>drone",
        ),
        // A clause boundary stops a gap.
        (
            "words clause_boundary += meanwhile",
            "Peru sold meanwhile drones to Chile.",
            "1 sentences; supply asserted PER>CHL>drone",
            "1 sentences",
        ),
    ];
    let defaults = extractor("");
    for (rules, text, before, after) in cases {
        assert_eq!(summary(&defaults, text), *before, "defaults on {text:?}");
        assert_eq!(summary(&extractor(rules), text), *after, "{rules:?} on {text:?}");
    }
}

#[test]
fn classes_go_on_over_lines_and_hold_phrases() {
    let rules = "relation meet  a:COUNTRY!  b:COUNTRY!\n\
                 words meet_verb:\n  met hosted\n  # a comment between\n  sat|down|with\n\
                 rule meet/plain\n  pattern: <a> @meet_verb <b>\n";
    let ex = Extractor::builder()
        .default_rules(false)
        .rules_str("meet.rules", rules)
        .build()
        .unwrap();
    for (text, found) in [
        ("Peru hosted Chile.", true),
        ("Peru sat down with Chile.", true),
        ("Peru sat with Chile.", false),
    ] {
        assert_eq!(ex.extract(text).relations().len(), usize::from(found), "{text}");
    }
}

#[test]
fn the_english_stays_without_the_default_rules() {
    // Abbreviations belong to the language, not to the relation rules.
    let ex = Extractor::builder().default_rules(false).build().unwrap();
    assert_eq!(
        ex.extract("Gen. Ortiz met Mr. Ruiz in Lima.").sentences().len(),
        1
    );
}

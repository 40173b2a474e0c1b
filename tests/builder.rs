//! Building extractors from user files: additions, replacements, and an
//! error from a file on disk (the full catalogue of errors is in `errors.rs`).

use newsie::{ErrorKind, Extractor};

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsie-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn gazetteer_file_adds_and_replaces() {
    let path = temp_file(
        "extra.tsv",
        "PER\tCOUNTRY\tPeru\tPiruw\t\nacme\tORGANIZATION\tAcme Arms\t\t\n".as_bytes(),
    );
    let ex = Extractor::builder().gazetteer_path(&path).build().unwrap();
    let out = ex.extract("Piruw and Acme Arms, not Lima.");
    let ids: Vec<&str> = out.entities().iter().map(|e| e.id()).collect();
    assert_eq!(
        ids,
        ["PER", "acme"],
        "Peru's entry was replaced, so its capital is gone"
    );
}

#[test]
fn bad_gazetteer_file_names_file_and_line() {
    let path = temp_file("bad.tsv", b"# header\nX\tCOUNTRY\tX\t\nY\tNATION\tY\t\n");
    let err = Extractor::builder().gazetteer_path(&path).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Gazetteer);
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!("{}:3:3: unknown entity type 'NATION'", path.display())),
        "{msg}"
    );
}

#[test]
fn user_rules_run_and_can_be_disabled() {
    let rules = "relation give  giver:ACTOR!  taker:ACTOR!\nverbs g: give+ gave\nrule give/plain\n  pattern: <giver> @g <taker>\n";
    let ex = Extractor::builder()
        .default_rules(false)
        .rules_str("r.rules", rules)
        .build()
        .unwrap();
    let out = ex.extract("Peru gave Chile a warning.");
    assert_eq!(out.relations().len(), 1);
    assert_eq!(out.relations()[0].rule(), "give/plain");
    let off = Extractor::builder()
        .default_rules(false)
        .rules_str("r.rules", rules)
        .disable_rule("give")
        .build()
        .unwrap();
    assert!(off.extract("Peru gave Chile a warning.").relations().is_empty());
}

#[test]
fn disabling_an_unknown_rule_is_an_error() {
    // (name disabled, the error, or None when it builds)
    let cases = [
        ("supply", None),
        ("supply/active", None),
        (
            "suply",
            Some(
                "disable_rule: no rule or family 'suply' (families: supply, use, attack, sanction, train, \
                 support, accuse, role)",
            ),
        ),
        (
            "supply/activ",
            Some(
                "disable_rule: no rule or family 'supply/activ' (families: supply, use, attack, sanction, \
                 train, support, accuse, role)",
            ),
        ),
    ];
    for (name, want) in cases {
        let built = Extractor::builder().disable_rule(name).build();
        assert_eq!(
            built.err().map(|e| e.to_string()),
            want.map(str::to_string),
            "{name}"
        );
    }
    let err = Extractor::builder()
        .default_rules(false)
        .disable_rule("supply")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Rule);
    assert_eq!(
        err.to_string(),
        "disable_rule: no rule or family 'supply' (no rules are loaded)"
    );
    assert!(err.location().is_none());
}

#[test]
fn rules_without_words_run_on_every_sentence() {
    // No rule names a word, so the prefilter has no clause to test.
    let rules = "relation near  a:COUNTRY!  b:COUNTRY!\nrule near/pair\n  pattern: <a> ..2 <b>\n";
    let ex = Extractor::builder()
        .default_rules(false)
        .rules_str("r.rules", rules)
        .build()
        .unwrap();
    let out = ex.extract("Talks went on. Peru met Chile.");
    assert_eq!(out.relations().len(), 1);
    assert_eq!(out.relations()[0].rule(), "near/pair");
}

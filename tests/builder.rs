//! Building extractors from user files: additions, replacements, and errors
//! that name the file, line and column.

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
fn invalid_utf8_file_names_its_line() {
    let path = temp_file("latin1.tsv", b"X\tCOUNTRY\tX\t\nY\tCOUNTRY\tCura\xe7ao\t\n");
    let err = Extractor::builder().gazetteer_path(&path).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert_eq!(err.location().unwrap().line, 2);
    assert!(err.to_string().contains("invalid UTF-8"));
}

#[test]
fn missing_file_is_an_io_error() {
    let err = Extractor::builder()
        .gazetteer_path("/no/such/newsie.tsv")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert!(err.to_string().contains("/no/such/newsie.tsv"));
}

#[test]
fn rule_errors_point_at_the_spot() {
    let head = "relation give  giver:ACTOR!  taker:ACTOR!  thing:WEAPON\nwords g: give+\n";
    let cases: &[(&str, &str)] = &[
        (
            "rule give/a\n  pattern: <giver> @g <reciever>\n",
            "r.rules:4:24: unknown role 'reciever' (relation 'give' has: giver, taker, thing)",
        ),
        (
            "rule give/a\n  pattern: <giver> @g <thing:COUNTRY> <taker>\n",
            "r.rules:4:30: role 'thing' takes WEAPON, not COUNTRY",
        ),
        (
            "rule give/a\n  pattern: <giver> (@g | ) <taker>\n",
            "r.rules:4:26: empty alternative",
        ),
        (
            "rule give/a\n  pattern: <giver> (@g <taker>\n",
            "r.rules:4:20: unbalanced '(': no matching ')'",
        ),
        (
            "rule give/a\n  pattern: <giver> @gv <taker>\n",
            "r.rules:4:20: unknown word class '@gv'",
        ),
        (
            "rule give/a\n  pattern: <giver> @g\n",
            "r.rules:4:12: pattern does not bind required role 'taker'",
        ),
        (
            "rule take/a\n  pattern: <giver> @g <taker>\n",
            "r.rules:3:6: unknown relation 'take'",
        ),
        (
            "rule give/a\n  pattern: <giver> @g <taker>\n  factuality: maybe\n",
            "r.rules:5:15: unknown factuality 'maybe'",
        ),
        (
            "rule give/a\n  pattern: <giver> @g ..40 <taker>\n",
            "r.rules:4:23: bad gap '..40'",
        ),
        ("frobnicate x\n", "r.rules:3:1: unknown declaration 'frobnicate'"),
    ];
    let mut bad = 0;
    for (body, want) in cases {
        let text = format!("{head}{body}");
        let err = Extractor::builder()
            .default_rules(false)
            .rules_str("r.rules", &text)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Rule);
        let msg = err.to_string();
        if !msg.starts_with(want) {
            eprintln!("for {body:?}\n got: {msg}\nwant: {want}");
            bad += 1;
        }
        assert!(msg.contains('^'));
    }
    assert_eq!(bad, 0, "messages differ");
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

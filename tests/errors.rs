//! The error catalogue: malformed gazetteer and rule files, each with the
//! exact first line of the message a user sees, which names the file, the
//! line and the column (1-based, in characters).
//!
//! The second and third lines of every message quote the line and point at
//! the column with `^`; that is checked once for all cases.

use newsie::{ErrorKind, Extractor};

/// Gazetteer files (`g.tsv`) and the first line of their error.
const GAZETTEER_CASES: &[(&str, &str)] = &[
    (
        "IRN\tCOUNTY\tIran\t\n",
        "g.tsv:1:5: unknown entity type 'COUNTY' (expected COUNTRY, ORGANIZATION, PERSON, LOCATION or WEAPON)",
    ),
    (
        "IRN\tCOUNTRY\tIran\n",
        "g.tsv:1:17: expected at least 4 tab-separated columns (id, type, name, aliases), found 3",
    ),
    (
        "IRN\tCOUNTRY\tIran\t\ta=1\tb=2\n",
        "g.tsv:1:23: expected at most 5 tab-separated columns, found 6",
    ),
    (
        "IRN\tCOUNTRY\tIran\t\n\nIRN\tCOUNTRY\tPersia\t\n",
        "g.tsv:3:1: duplicate id 'IRN' (first defined on line 1)",
    ),
    (
        "I RN\tCOUNTRY\tIran\t\n",
        "g.tsv:1:1: invalid id 'I RN': ids are non-empty and contain no white space",
    ),
    ("IRN\tCOUNTRY\t  \t\n", "g.tsv:1:13: empty name"),
    (
        "IRN\tCOUNTRY\tIran\tnickname:Persia\n",
        "g.tsv:1:18: unknown alias kind 'nickname' (expected name, abbr, demonym, capital, seat, surname or description)",
    ),
    ("# a comment\nIRN\tCOUNTRY\tIran\tPersia||Iranian\n", "g.tsv:2:25: empty alias"),
    (
        "IRN\tCOUNTRY\tIran\t\tfrom=2022-13\n",
        "g.tsv:1:19: bad date '2022-13': expected YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    (
        "IRN\tCOUNTRY\tIran\t\tto=last year\n",
        "g.tsv:1:19: bad date 'last year': expected YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    (
        "drone\tWEAPON\tdrone\tdrones\tclass=laser\n",
        "g.tsv:1:27: unknown weapon class 'laser' (expected one of weapon, drone, missile, air_defense, \
         aircraft, tank, armored_vehicle, artillery, ammunition, warship, small_arms, nuclear_weapon)",
    ),
    (
        "drone\tWEAPON\tdrone\tdrones\torigin=Iran\n",
        "g.tsv:1:27: bad origin 'Iran': expected an ISO alpha-3 code such as IRN",
    ),
    (
        "drone\tWEAPON\tdrone\tdrones\tclass\n",
        "g.tsv:1:27: expected key=value, found 'class'",
    ),
    // Columns count characters, not bytes: "Türkiye" is 7 characters.
    (
        "TUR\tCOUNTRY\tTürkiye\tTurkey|demonym:\n",
        "g.tsv:1:28: empty alias",
    ),
];

/// Rule files (`r.rules`, after a two-line header) and their error.
const RULE_HEADER: &str = "relation give  giver:ACTOR!  taker:ACTOR!  thing:WEAPON\nwords g: give+\n";
const RULE_CASES: &[(&str, &str)] = &[
    (
        "rule give/a\n  pattern: <giver> @g <reciever>\n",
        "r.rules:4:24: unknown role 'reciever' (relation 'give' has: giver, taker, thing)",
    ),
    (
        "rule give/a\n  pattern: <giver> @g <thing:COUNTRY> <taker>\n",
        "r.rules:4:30: role 'thing' takes WEAPON, not COUNTRY",
    ),
    ("rule give/a\n  pattern: <giver> (@g | ) <taker>\n", "r.rules:4:26: empty alternative"),
    (
        "rule give/a\n  pattern: <giver> (@g <taker>\n",
        "r.rules:4:20: unbalanced '(': no matching ')'",
    ),
    ("rule give/a\n  pattern: <giver> @g <taker> )\n", "r.rules:4:31: unbalanced ')'"),
    (
        "rule give/a\n  pattern: <giver> @gv <taker>\n",
        "r.rules:4:20: unknown word class '@gv'",
    ),
    (
        "rule give/a\n  pattern: <giver> @g\n",
        "r.rules:4:12: pattern does not bind required role 'taker'",
    ),
    ("rule give/a\n  pattern: \n", "r.rules:4:11: empty pattern"),
    (
        "rule give/a\n  pattern: <giver> @g <taker:PLANET>\n",
        "r.rules:4:30: unknown entity type 'PLANET' (expected COUNTRY, ORGANIZATION, PERSON, LOCATION, WEAPON, ACTOR or TEXT)",
    ),
    ("rule take/a\n  pattern: <giver> @g <taker>\n", "r.rules:3:6: unknown relation 'take' (declared: give)"),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\n  factuality: maybe\n",
        "r.rules:5:15: unknown factuality 'maybe' (expected asserted, negated, denied, alleged or uncertain)",
    ),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\n  cues: loud\n",
        "r.rules:5:9: unknown cues setting 'loud' (the only one is 'cues: off')",
    ),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\n  colour: red\n",
        "r.rules:5:3: unknown rule field 'colour' (expected pattern, factuality, cues, unless_sentence, example or a frame field: verb, noun, slots, require, governor, nouns, prep, needs, head, unless)",
    ),
    ("rule give/a\n  pattern: <giver> @g ..40 <taker>\n", "r.rules:4:23: bad gap '..40': expected ..N with N from 1 to 16"),
    (
        "rule give/a\n  pattern: <giver> @g /[A-Z/ <taker>\n",
        "r.rules:4:24: bad regular expression: unclosed character class",
    ),
    (
        "rule give/a\n  unless_sentence: @nosuch\n  pattern: <giver> @g <taker>\n",
        "r.rules:4:20: unknown word class '@nosuch'",
    ),
    (
        "rule give/a\n  unless_sentence: sport\n  pattern: <giver> @g <taker>\n",
        "r.rules:4:20: expected 'unless_sentence: @class'",
    ),
    (
        "rule give/a\n  pattern: <giver> @g !/[a-z/ <taker>\n",
        "r.rules:4:25: bad regular expression: unclosed character class",
    ),
    (
        "rule give/a\n  pattern: <giver> @g !@nosuch <taker>\n",
        "r.rules:4:24: unknown word class '@nosuch'",
    ),
    ("frobnicate x\n", "r.rules:3:1: unknown declaration 'frobnicate' (expected relation, words, verbs, cues or rule)"),
    (
        "relation gift  giver:ACTR  taker:ACTOR\n",
        "r.rules:3:22: unknown entity type 'ACTR' (expected COUNTRY, ORGANIZATION, PERSON, LOCATION, WEAPON, ACTOR or TEXT)",
    ),
    ("relation give  giver:ACTOR\n", "r.rules:3:10: relation 'give' is declared twice"),
    (
        "rule give/a\n  verb: @g\n  needs: subject @g COUNTRYY\n  slots: subject=giver object=taker\n",
        "r.rules:5:21: expected @class or an entity type, found 'COUNTRYY'",
    ),
    ("words g: hand\n", "r.rules:3:7: word class 'g' is declared twice"),
    ("words h give\n", "r.rules:3:7: expected 'words NAME: WORD ...'"),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\nrule give/a\n  pattern: <taker> @g <giver>\n",
        "r.rules:5:6: rule 'give/a' is defined twice",
    ),
    (
        "rule give/a\n  example: Peru gave Chile rifles. => giver=PER\n",
        "r.rules:3:6: rule 'give/a' has no pattern (or frame trigger)",
    ),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\n  example: Peru gave Chile rifles.\n",
        "r.rules:5:12: example needs 'TEXT => EXPECTED' (or '=> none')",
    ),
    (
        "rule give/a\n  pattern: <giver> @g <taker>\n  example: Peru gave Chile. => giver\n",
        "r.rules:5:32: expected ROLE=ID or ROLE=\"text\"",
    ),
    ("  pattern: <giver> @g <taker>\n", "r.rules:3:3: indented line outside a rule"),
    (
        "rule give/a\n  verb: @g\n  slots: subject=giver pair.to=taker\n",
        "r.rules:5:24: a pair slot names two roles, the first side's and the other's ('pair.to=taker')",
    ),
    // Word classes and cues.
    ("words h:\n", "r.rules:3:9: word class 'h' is empty"),
    ("words h:\n  pattern: <giver> @g <taker>\n", "r.rules:4:3: indented line outside a rule"),
    (
        "words zz += hand\n",
        "r.rules:3:7: unknown word class 'zz' (declare it with 'words zz: ...')",
    ),
    ("verbs g += hand\n", "r.rules:3:7: word class 'g' is declared with 'words'"),
    ("words h: hand @gv\n", "r.rules:3:15: unknown word class '@gv'"),
    (
        "words h: @i\nwords i: hand @h\n",
        "r.rules:4:15: word class 'i' includes itself through '@h'",
    ),
    ("words g -= @h\n", "r.rules:3:12: word class 'g' does not include '@h'"),
    (
        "words abbreviation += Calif\n",
        "r.rules:3:23: abbreviation 'calif' needs its period: 'calif.'",
    ),
    (
        "cues maybe: will\n",
        "r.rules:3:6: unknown factuality 'maybe' (expected asserted, negated, denied, alleged or uncertain)",
    ),
    ("cues negated\n", "r.rules:3:6: expected 'cues FACTUALITY: PHRASE ...'"),
    ("cues negated: stop\n  refuse||to\n", "r.rules:4:3: empty word in phrase 'refuse||to'"),
    ("cues negated: @g\n", "r.rules:3:15: cues are phrases: '@g' names a word class"),
    // Regression: a stem ending in a character of several bytes panicked in
    // `inflections`.
    (
        "verbs v: продать+\n",
        "r.rules:3:10: 'продать+': regular inflections (-s, -ed, -ing) are English: list the forms of 'продать' instead",
    ),
];

fn gazetteer_error(text: &str) -> newsie::Error {
    Extractor::builder()
        .default_gazetteers(false)
        .default_rules(false)
        .gazetteer_str("g.tsv", text)
        .build()
        .map(|_| ())
        .expect_err("a malformed gazetteer is refused")
}

fn rule_error(body: &str) -> newsie::Error {
    Extractor::builder()
        .default_rules(false)
        .rules_str("r.rules", &format!("{RULE_HEADER}{body}"))
        .build()
        .map(|_| ())
        .expect_err("a malformed rule file is refused")
}

/// Checks every case, then fails once listing all that differ.
fn check(cases: &[(&str, &str)], kind: ErrorKind, error: impl Fn(&str) -> newsie::Error) {
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let err = error(text);
        let msg = err.to_string();
        let lines: Vec<&str> = msg.lines().collect();
        let first = lines[0];
        if err.kind() != kind || first != *want {
            wrong.push(format!(
                "for {text:?}\n  got: {first} ({:?})\n want: {want}",
                err.kind()
            ));
            continue;
        }
        // Line 2 quotes the line (tabs shown as spaces), line 3 points at
        // the column.
        let loc = err.location().expect("a located error");
        assert_eq!(lines.len(), 3, "{msg}");
        assert_eq!(lines[1], format!("  | {}", loc.text.replace('\t', " ")));
        assert_eq!(
            lines[2].chars().count(),
            4 + loc.column,
            "caret under column {}: {msg}",
            loc.column
        );
        assert!(lines[2].ends_with('^'));
    }
    assert!(
        wrong.is_empty(),
        "{} messages differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn gazetteer_errors_are_pinned() {
    check(GAZETTEER_CASES, ErrorKind::Gazetteer, gazetteer_error);
}

#[test]
fn rule_errors_are_pinned() {
    check(RULE_CASES, ErrorKind::Rule, rule_error);
}

#[test]
fn the_catalogue_is_large() {
    assert!(GAZETTEER_CASES.len() + RULE_CASES.len() >= 20);
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsie-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn invalid_utf8_names_file_line_and_column() {
    // Latin-1 "ç" on line 2, after "Y\tCOUNTRY\tCura" (14 characters).
    let gazetteer = temp_file("latin1.tsv", b"X\tCOUNTRY\tX\t\nY\tCOUNTRY\tCura\xe7ao\t\n");
    let err = Extractor::builder()
        .gazetteer_path(&gazetteer)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    let first = err.to_string().lines().next().unwrap().to_string();
    assert_eq!(first, format!("{}:2:15: invalid UTF-8", gazetteer.display()));

    let rules = temp_file("latin1.rules", b"# d\xe9clarations\n");
    let err = Extractor::builder().rules_path(&rules).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    let first = err.to_string().lines().next().unwrap().to_string();
    assert_eq!(first, format!("{}:1:4: invalid UTF-8", rules.display()));
}

#[test]
fn unreadable_files_are_named() {
    for err in [
        Extractor::builder()
            .gazetteer_path("/no/such/dir/people.tsv")
            .build()
            .unwrap_err(),
        Extractor::builder()
            .rules_path("/no/such/dir/give.rules")
            .build()
            .unwrap_err(),
    ] {
        assert_eq!(err.kind(), ErrorKind::Io);
        assert!(err.to_string().starts_with("/no/such/dir/"), "{err}");
        assert!(err.location().is_none());
    }
}

//! The `extract` binary's JSON Lines reader (`examples/extract/json_line.rs`)
//! against serde_json: a line it reads, serde_json reads with the same id,
//! text and fields; a line it refuses, serde_json refuses. Its fast path
//! decodes the escapes of string values itself (curly quotes written
//! `\u2019`, `\"`), so these cases and the property below check that decoding
//! and its way out to serde_json for escapes that do not decode.

#[path = "../examples/extract/json_line.rs"]
#[allow(dead_code)]
mod json_line;

use json_line::{Fields, Line};
use proptest::prelude::*;
use serde_json::Value;

const FIELDS: Fields<'static> = Fields {
    id: "id",
    text: "text",
    extra: [Some("title"), Some("date"), None, None],
};

/// Parses `line` both ways and asserts they agree.
fn agrees(line: &str) {
    let ours = json_line::parse(line, FIELDS);
    let theirs = serde_json::from_str::<Value>(line);
    let (
        Ok(Line {
            id,
            text,
            meta,
            extra,
            ..
        }),
        Ok(value),
    ) = (&ours, &theirs)
    else {
        assert_eq!(ours.is_ok(), theirs.is_ok(), "{line:?}: {ours:?} / {theirs:?}");
        return;
    };
    let object = value.as_object().expect("an object");
    let string = |key: &str| object.get(key).and_then(Value::as_str);
    assert_eq!(text.as_deref().ok(), string("text"), "{line:?}");
    assert_eq!(id.as_deref(), string("id"), "{line:?}");
    assert_eq!(extra[0].as_deref(), string("title"), "{line:?}");
    assert_eq!(extra[1].as_deref(), string("date"), "{line:?}");
    let passed: Vec<&str> = meta.iter().map(|(k, _)| &**k).collect();
    let mut others: Vec<&str> = object
        .keys()
        .map(String::as_str)
        .filter(|k| !matches!(*k, "id" | "text"))
        .collect();
    others.sort_unstable();
    assert_eq!(passed, others, "{line:?}");
    for (key, raw) in meta {
        let parsed: Value = serde_json::from_str(raw.get()).expect("raw values are JSON");
        assert_eq!(object.get(&**key), Some(&parsed), "{line:?}");
    }
}

#[test]
fn escaped_strings_read_as_serde_json_reads_them() {
    let lines = [
        // A headline's curly quotes, escaped by Python's json.dumps.
        r#"{"id": "h2", "text": "Belarus crisis could be \u2018cover\u2019 for a move, minister says"}"#,
        r#"{"id": "h3", "text": "Police say \"no threat\" after the alarm"}"#,
        // Every short escape, upper-case hex digits, a surrogate pair.
        r#"{"id":"a\/b","text":"tab\there\nnew \\ \b\f\r \u00E9\u00e9 \uD83D\uDE00 end"}"#,
        // Escapes in fields passed through, and in the title read for TSV.
        r#"{"id":"t","text":"x","title":"caf\u00e9 \"Le Monde\"","zeta":"\u2014"}"#,
        // A NUL written as an escape is a character like another.
        r#"{"id":"n","text":"a\u0000b"}"#,
        // The last of two texts wins, escaped or not.
        r#"{"text":"first \u2019","id":"d","text":"second \u2019"}"#,
    ];
    for line in lines {
        let parsed = json_line::parse(line, FIELDS).expect("a document");
        assert!(parsed.text.is_ok(), "{line}");
        agrees(line);
    }
}

#[test]
fn escapes_that_do_not_decode_are_refused_as_serde_json_refuses_them() {
    let lines = [
        r#"{"id":"a","text":"lone \uD800 high"}"#,
        r#"{"id":"a","text":"lone \uDC00 low"}"#,
        r#"{"id":"a","text":"high then no low \uD800\u0041"}"#,
        r#"{"id":"a","text":"cut \u12"}"#,
        r#"{"id":"a","text":"bad \x escape"}"#,
        r#"{"id":"a\uD800","text":"t"}"#,
        r#"{"id":"a","text":"t","title":"x\uDDDD y"}"#,
        "{\"id\":\"a\",\"text\":\"raw\ttab\"}",
    ];
    for line in lines {
        assert!(json_line::parse(line, FIELDS).is_err(), "{line}");
        agrees(line);
    }
}

/// One character of a string value, written raw or as an escape, or a
/// broken escape.
fn piece() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        Just('a'),
        Just(' '),
        Just('"'),
        Just('\\'),
        Just('/'),
        Just('\n'),
        Just('\t'),
        Just('\u{1}'),
        Just('é'),
        Just('’'),
        Just('😀'),
        Just('\u{0}'),
    ];
    prop_oneof![
        4 => (chars, 0..4u8).prop_map(|(c, how)| match (how, c) {
            // Raw, where JSON allows it.
            (0, c) if c != '"' && c != '\\' && c >= ' ' => c.to_string(),
            (1, c) => serde_json::to_string(&c.to_string()).unwrap().trim_matches('"').to_string(),
            (2, c) => c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{u:04x}")).collect(),
            (_, c) => c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{u:04X}")).collect(),
        }),
        1 => prop_oneof![
            Just("\\uD800".to_string()),
            Just("\\udfff".to_string()),
            Just("\\u00".to_string()),
            Just("\\q".to_string()),
            Just("\\".to_string()),
        ],
    ]
}

proptest! {
    #[test]
    fn any_line_of_string_fields_reads_as_serde_json_reads_it(
        fields in prop::collection::vec(
            (prop::sample::select(vec!["id", "text", "title", "date", "zeta"]),
             prop::collection::vec(piece(), 0..8)),
            0..5,
        ),
        spaced in any::<bool>(),
    ) {
        let sep = if spaced { ", " } else { "," };
        let colon = if spaced { ": " } else { ":" };
        let body: Vec<String> = fields
            .iter()
            .map(|(key, value)| format!("\"{key}\"{colon}\"{}\"", value.concat()))
            .collect();
        agrees(&format!("{{{}}}", body.join(sep)));
    }
}

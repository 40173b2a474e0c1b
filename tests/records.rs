//! Output records read back: what `Record` writes, `OwnedRecord` reads and
//! writes again byte for byte, and what it holds agrees with the extraction
//! it was written from.

use newsie::{Extractor, Offsets, OwnedRecord, Record};

/// Invented sentences that between them give every field a record can
/// have: entity attributes and weapon origins, text arguments (a title),
/// a denial with its source, non-ASCII text before the mentions, and more
/// than one sentence.
const TEXTS: &[&str] = &[
    "Peru sold drones to Chile.",
    "Markets were calm. Chile denied selling drones to Bolivia.",
    "Señora Núñez dijo: Vladimir Putin met Ecuador's envoy before Peru attacked Chile.",
    "White House press secretary Karine Jean-Pierre said Peru and Chile sanctioned Bolivia.",
    "Ukraine accused Russia of using Iranian-made Shahed-136 drones against Kyiv.",
    "",
    "No entity at all in this one.",
];

#[test]
fn records_read_back_and_write_again_byte_for_byte() {
    let ex = Extractor::default();
    let options = [
        (Offsets::Bytes, false),
        (Offsets::Bytes, true),
        (Offsets::Chars, false),
        (Offsets::Chars, true),
    ];
    let mut kinds_seen = (false, false, false);
    for text in TEXTS {
        let out = ex.extract(text);
        for (offsets, evidence) in options {
            let record = Record::new("doc", &out).offsets(offsets).evidence(evidence);
            let line = serde_json::to_string(&record).unwrap();
            let back: OwnedRecord = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(
                serde_json::to_string(&back).unwrap(),
                line,
                "{text:?} {offsets:?}"
            );

            assert_eq!(back.id, "doc");
            assert_eq!(back.error, None);
            assert_eq!(back.entities.len(), out.entities().len());
            for (owned, e) in back.entities.iter().zip(out.entities()) {
                assert_eq!((owned.entity_type, owned.id.as_str()), (e.entity_type(), e.id()));
                assert_eq!(owned.span.bytes(), e.span(), "{text:?}");
                assert_eq!(owned.text, e.text());
                assert_eq!(owned.attribute("origin"), e.origin());
                assert_eq!(owned.attribute("class"), e.class());
            }
            assert_eq!(back.relations.len(), out.relations().len());
            for (owned, r) in back.relations.iter().zip(out.relations()) {
                assert_eq!(owned.relation_type, r.relation_type());
                assert_eq!(owned.factuality, r.factuality());
                assert_eq!(owned.sentence.bytes(), r.sentence());
                assert_eq!(owned.evidence.as_deref(), evidence.then(|| out.evidence(r)));
                assert_eq!(
                    owned.source.as_ref().map(|e| e.id.as_str()),
                    out.source_entity(r).map(|e| e.id())
                );
                kinds_seen.0 |= owned.source.is_some();
                assert_eq!(owned.args.len(), r.arguments().len());
                for (a, b) in owned.args.iter().zip(r.arguments()) {
                    assert_eq!(a.role, b.role);
                    assert_eq!(a.span.bytes(), b.span);
                    assert_eq!(a.text, &text[b.span.start..b.span.end]);
                    let mention = out.entity_of(b);
                    assert_eq!(a.id.as_deref(), mention.map(|e| e.id()));
                    assert_eq!(a.entity_type, mention.map(|e| e.entity_type()));
                    assert_eq!(a.attribute("class"), mention.and_then(|e| e.class()));
                    assert_eq!(a.attribute("origin"), mention.and_then(|e| e.origin()));
                    // The argument names its mention in the entity list,
                    // which has the rest of the entry.
                    assert_eq!(
                        back.entity_of(a).map(|e| e.name.as_str()),
                        mention.map(|e| e.entry().name())
                    );
                    kinds_seen.1 |= a.id.is_none();
                    kinds_seen.2 |= a.span.byte_start.is_some_and(|b| b != a.span.start);
                }
            }
        }
    }
    assert_eq!(
        kinds_seen,
        (true, true, true),
        "the texts give a source, a text argument and character offsets that differ from bytes"
    );
}

#[test]
fn failed_records_and_extra_fields_read_back() {
    let line =
        r#"{"id":"a.txt","entities":[],"relations":[],"error":"invalid UTF-8 at byte 0","meta":{"x":1}}"#;
    let back: OwnedRecord = serde_json::from_str(line).unwrap();
    assert_eq!(back.error.as_deref(), Some("invalid UTF-8 at byte 0"));
    assert!(back.entities.is_empty() && back.relations.is_empty());
    let failed = serde_json::to_string(&Record::failed("a.txt", "invalid UTF-8 at byte 0")).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), failed, "meta is skipped");
}

#[test]
fn unknown_names_are_errors_that_say_which() {
    let cases = [
        (r#""type":"COUNTRI""#, "unknown entity type 'COUNTRI'"),
        (r#""kind":"nickname""#, "unknown alias kind 'nickname'"),
    ];
    let entity =
        r#"{"type":"COUNTRY","id":"PER","text":"Peru","start":0,"end":4,"kind":"name","name":"Peru"}"#;
    for (field, message) in cases {
        let key = &field[..field.find(':').unwrap()];
        let start = entity.find(key).unwrap();
        let end = start + entity[start..].find(',').unwrap();
        let bad = format!(
            r#"{{"id":"d","entities":[{}{}{}],"relations":[],"error":null}}"#,
            &entity[..start],
            field,
            &entity[end..]
        );
        let err = serde_json::from_str::<OwnedRecord>(&bad).unwrap_err().to_string();
        assert!(err.contains(message), "{err}");
    }
    let relation = r#"{"id":"d","relations":[{"type":"supply","factuality":"likely","rule":"r","sentence":{"start":0,"end":1},"args":{}}]}"#;
    let err = serde_json::from_str::<OwnedRecord>(relation)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown factuality 'likely'"), "{err}");
}

/// `Record::write_json` is a faster way to write what serde writes: the
/// same bytes for every field, option and string that needs escaping (in
/// the text, in a gazetteer's names and attributes, in an error).
#[test]
fn write_json_writes_the_bytes_serde_writes() {
    let escapes = Extractor::builder()
        .gazetteer_str(
            "odd.tsv",
            "qx_works\tORGANIZATION\tQx \"Works\" \\ Co\tname:Qxworks\tnote=back\\\\slash;quote=\"q\";origin=PER\n\
             zorvian_rifle\tWEAPON\tZorvian rifle\tname:Zorvian rifle\tclass=small_arms;origin=PER\n",
        )
        .build()
        .unwrap();
    let odd_texts = [
        "Qxworks sold a Zorvian rifle to Chile.",
        "He said \"Qxworks\" \\ sold\ta\nZorvian rifle \u{1}\u{1f}\u{7f} to Peru 🛩️.",
        "Qxworks\r\n\u{8}\u{c}Qxworks",
    ];
    let options = [
        (Offsets::Bytes, false),
        (Offsets::Bytes, true),
        (Offsets::Chars, false),
        (Offsets::Chars, true),
    ];
    let default = Extractor::default();
    let runs = TEXTS
        .iter()
        .chain(&odd_texts)
        .map(|t| (&default, *t))
        .chain(odd_texts.iter().map(|t| (&escapes, *t)));
    let (mut entities, mut escaped_names) = (0, 0);
    for (ex, text) in runs {
        let out = ex.extract(text);
        entities += out.entities().len();
        for (offsets, evidence) in options {
            for id in ["doc", "a \"quoted\"\tid"] {
                let record = Record::new(id, &out).offsets(offsets).evidence(evidence);
                let mut fast = Vec::new();
                // Twice: the second time copies what the first rendered.
                for _ in 0..2 {
                    fast.clear();
                    record.write_json(&mut fast);
                    escaped_names += String::from_utf8_lossy(&fast)
                        .matches(r#""name":"Qx \"Works\" \\ Co""#)
                        .count();
                    assert_eq!(
                        String::from_utf8_lossy(&fast),
                        serde_json::to_string(&record).unwrap(),
                        "{text:?} {offsets:?}"
                    );
                }
            }
        }
    }
    assert!(entities > 20, "the texts should name entities: {entities}");
    assert!(escaped_names > 0, "the odd gazetteer's names should be written");
    let failed = Record::failed("d\"1", "invalid UTF-8 at \"byte\" 3\n");
    let mut fast = b"kept".to_vec();
    failed.write_json(&mut fast);
    assert_eq!(
        fast,
        [b"kept".to_vec(), serde_json::to_vec(&failed).unwrap()].concat()
    );
}

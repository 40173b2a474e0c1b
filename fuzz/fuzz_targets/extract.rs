//! Full extraction with the default gazetteers and rules on any bytes,
//! decoded lossily: spans in bounds and on char boundaries, entities sorted
//! and apart, relation arguments inside their sentence or, for a pronoun
//! opening it, the sentence before.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsie::Extractor;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let ex = EXTRACTOR.get_or_init(Extractor::default);
    let text = String::from_utf8_lossy(data);
    let out = ex.extract(&text);
    let mut last = 0;
    for e in out.entities() {
        let s = e.span();
        assert!(s.start >= last && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
    // An argument lies in its relation's sentence, or, for a pronoun that
    // opens the sentence ("It", "They"), is the subject of the sentence
    // before (`actor_pronoun` in docs/rules.md): never after the sentence.
    for r in out.relations() {
        for a in r.arguments() {
            assert!(a.span.start < a.span.end && a.span.end <= r.sentence().end && a.span.end <= text.len());
        }
    }
});

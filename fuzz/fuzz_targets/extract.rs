//! Full extraction with the default gazetteers and rules on any bytes,
//! decoded lossily: spans in bounds and on char boundaries, entities sorted
//! and apart, relation arguments inside their sentence.
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
    for r in out.relations() {
        for a in r.arguments() {
            assert!(r.sentence().contains(a.span));
        }
    }
});

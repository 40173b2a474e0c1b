//! Invariants every extraction must satisfy, shared by the property and
//! adversarial tests.

use newsie::Extraction;

/// Spans in bounds and on char boundaries, entities sorted and without
/// overlaps, sentences in order, relation arguments inside their evidence
/// sentence and bound to entities of a type their role accepts (as the
/// relation's schema declares it).
pub fn check(text: &str, out: &Extraction<'_>) {
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
            let role = r.schema().role(a.role).expect("a declared role");
            match a.entity {
                Some(i) => {
                    let e = &out.entities()[i];
                    assert_eq!(e.span(), a.span, "argument span is its entity's");
                    assert!(
                        role.accepts(e.entity_type()),
                        "{} may not be {:?}",
                        a.role,
                        e.entity_type()
                    );
                }
                None => assert!(role.takes_text(), "role {} binds an entity", a.role),
            }
        }
    }
}

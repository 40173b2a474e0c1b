//! The tokenizer on any text: tokens in order, inside the text, on char
//! boundaries; sentences in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsie::token::Tokens;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let tokens = Tokens::new(&text);
    let mut last = 0;
    for t in tokens.tokens() {
        assert!(t.span.start >= last && t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        let _ = tokens.key(t);
        last = t.span.end;
    }
    let mut last = 0;
    for s in tokens.sentences() {
        assert!(s.span.start >= last && s.span.end <= text.len());
        last = s.span.end;
    }
});

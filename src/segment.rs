//! UAX-29 word boundaries, with a fast path for ASCII.
//!
//! Word segmentation by the Unicode tables (`unicode-segmentation`) costs a
//! table lookup per character, and was a third of all extraction time on news
//! text that is almost entirely ASCII. This module cuts the text at ASCII
//! white space into chunks. A chunk of pure ASCII is segmented here by the
//! handful of UAX-29 rules that can apply to ASCII letters, digits and
//! punctuation; any other chunk goes to `unicode-segmentation`, so the result
//! is the same as segmenting the whole text with the tables. A property test
//! checks that equivalence on arbitrary text.
//!
//! Why is cutting at ASCII white space exact? UAX-29 always breaks before and
//! after white space, except inside a run of spaces and before combining marks
//! that follow a space (rule WB4). Runs of white space are reported here as
//! one segment (the tokenizer only asks whether a segment is white space and
//! how many line breaks it holds). A non-ASCII chunk is segmented together
//! with the one white-space character before it, and a leading white-space
//! segment is dropped, so marks that cling to a space cling to it here too.

use unicode_segmentation::UnicodeSegmentation;

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The end of the ASCII segment starting at `start`, which is not white space.
/// `bytes` ends where the chunk ends.
fn ascii_segment_end(bytes: &[u8], start: usize) -> usize {
    if !is_word_byte(bytes[start]) {
        // Punctuation and symbols stand alone (WB999).
        return start + 1;
    }
    let mut i = start + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if is_word_byte(b) {
            // WB5, WB8-WB10, WB13a-b.
            i += 1;
            continue;
        }
        let (prev, next) = (bytes[i - 1], bytes.get(i + 1).copied().unwrap_or(b' '));
        let joins = if prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() {
            // WB6-WB7: MidLetter, MidNumLet and Single_Quote between letters.
            matches!(b, b':' | b'.' | b'\'')
        } else if prev.is_ascii_digit() && next.is_ascii_digit() {
            // WB11-WB12: MidNum, MidNumLet and Single_Quote between digits.
            matches!(b, b',' | b';' | b'.' | b'\'')
        } else {
            false
        };
        if !joins {
            break;
        }
        i += 2;
    }
    i
}

/// Calls `f` with each segment of `text` at UAX-29 word boundaries, its byte
/// offset, and whether it is ASCII, in order. White space comes as maximal
/// runs rather than as UAX-29 splits it.
pub(crate) fn for_each_segment<'t>(text: &'t str, mut f: impl FnMut(usize, &'t str, bool)) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        if is_ascii_space(bytes[pos]) {
            let run = bytes[pos..].iter().take_while(|&&b| is_ascii_space(b)).count();
            f(pos, &text[pos..pos + run], true);
            pos += run;
            continue;
        }
        let mut end = pos;
        let mut ascii = true;
        while end < bytes.len() && !is_ascii_space(bytes[end]) {
            ascii &= bytes[end] < 0x80;
            end += 1;
        }
        if ascii {
            let chunk = &bytes[..end];
            while pos < end {
                let seg_end = ascii_segment_end(chunk, pos);
                f(pos, &text[pos..seg_end], true);
                pos = seg_end;
            }
            continue;
        }
        // Segment with the white-space character before the chunk, so that
        // the tables see the same context as in the whole text, and drop the
        // white-space segment that this yields first.
        let from = pos.saturating_sub(1);
        let mut inner = text[from..end].split_word_bound_indices();
        if from < pos {
            inner.next();
        }
        for (i, seg) in inner {
            f(from + i, seg, seg.is_ascii());
        }
        pos = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Segments as the Unicode tables give them, with white-space runs merged
    /// and segments starting with a white-space character dropped, which is
    /// all the tokenizer looks at.
    fn by_tables(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, s)| !s.starts_with(char::is_whitespace))
            .collect()
    }

    fn all_segments(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        for_each_segment(text, |i, s, ascii| {
            assert_eq!(ascii, s.is_ascii());
            out.push((i, s))
        });
        out
    }

    fn by_segments(text: &str) -> Vec<(usize, &str)> {
        all_segments(text)
            .into_iter()
            .filter(|(_, s)| !s.starts_with(char::is_whitespace))
            .collect()
    }

    #[test]
    fn ascii_rules_table() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. aid", &["U.S", ".", "aid"]),
            ("can't stop", &["can't", "stop"]),
            ("1,250.50 or 3;4", &["1,250.50", "or", "3;4"]),
            ("a:b a.1 1.a", &["a:b", "a", ".", "1", "1", ".", "a"]),
            (
                "B-52 9K720 snake_case _x",
                &["B", "-", "52", "9K720", "snake_case", "_x"],
            ),
            (
                "end... (x) \"q\"",
                &["end", ".", ".", ".", "(", "x", ")", "\"", "q", "\""],
            ),
            (
                "a''b 1,,2 x.",
                &["a", "'", "'", "b", "1", ",", ",", "2", "x", "."],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = by_segments(text).into_iter().map(|(_, s)| s).collect();
            assert_eq!(&got, want, "segments of {text:?}");
            assert_eq!(by_segments(text), by_tables(text), "tables disagree on {text:?}");
        }
    }

    #[test]
    fn white_space_runs_are_one_segment() {
        let segs: Vec<&str> = all_segments("a \t\r\n\n b").into_iter().map(|(_, s)| s).collect();
        assert_eq!(segs, ["a", " \t\r\n\n ", "b"]);
    }

    #[test]
    fn marks_after_a_space_cling_to_it() {
        for text in [
            " \u{301}x",
            "a \u{301}b",
            "a\n\u{301}b",
            "\u{301}",
            "é \u{200d}🙂 x",
        ] {
            assert_eq!(by_segments(text), by_tables(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn same_as_the_tables_on_ascii(text in "[a-zA-Z0-9_.,;:'\"()\\- \t\r\n!?$%&]{0,40}") {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }

        #[test]
        fn same_as_the_tables_on_any_text(text in "(\\PC|\\s|[a-z.,':0-9 ]){0,40}") {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }

        #[test]
        fn same_as_the_tables_on_mixed_text(
            text in "([a-z]{1,3}|[0-9]|[.,':]|[ \\n]|é|’|“|\u{301}|\u{200d}|\u{a0}|🇫🇷|ー|א|😀){0,30}"
        ) {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }
    }
}

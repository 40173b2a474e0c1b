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

/// Byte classes, one table lookup instead of a chain of comparisons.
const SPACE: u8 = 1;
const WORD_BYTE: u8 = 2;
const LETTER: u8 = 4;
const DIGIT: u8 = 8;

static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else if c.is_ascii_alphabetic() {
            WORD_BYTE | LETTER
        } else if c.is_ascii_digit() {
            WORD_BYTE | DIGIT
        } else if c == b'_' {
            WORD_BYTE
        } else {
            0
        };
        b += 1;
    }
    table
};

#[inline(always)]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

// Eight bytes at a time (SWAR): each test below sets the high bit of every
// byte of a `u64` that passes, with no branch per byte. Word and chunk lengths
// vary from one to a dozen bytes, so a loop that tests byte after byte
// mispredicts its exit on nearly every word; one mask and a count of trailing
// zeros do not.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes from `i`, zero-padded past the end.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut b = [0u8; 8];
            let rest = &bytes[i.min(bytes.len())..];
            b[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(b)
        }
    }
}

/// Bytes of `x7` (high bits clear) in `lo..=hi`.
#[inline(always)]
fn in_range(x7: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x7.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = x7.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & HIGHS
}

/// Bytes of `x7` (high bits clear) equal to `c`.
#[inline(always)]
fn equal_to(x7: u64, c: u8) -> u64 {
    !((x7 ^ (ONES * u64::from(c))).wrapping_add(ONES * 0x7f)) & HIGHS
}

/// ASCII white space: tab to carriage return, and space.
#[inline(always)]
fn spaces(x: u64) -> u64 {
    let x7 = x & !HIGHS;
    (in_range(x7, b'\t', b'\r') | equal_to(x7, b' ')) & !(x & HIGHS)
}

/// Bytes that end a chunk (ASCII white space) or make it non-ASCII.
#[inline(always)]
fn space_or_high(x: u64) -> u64 {
    spaces(x) | (x & HIGHS)
}

/// ASCII letters, digits and `_`.
#[inline(always)]
fn word_bytes(x: u64) -> u64 {
    let high = x & HIGHS;
    let x7 = x & !HIGHS;
    (in_range(x7 | (ONES * 0x20), b'a', b'z') | in_range(x7, b'0', b'9') | equal_to(x7, b'_')) & !high
}

/// The index of the first byte at or after `i` whose high bit `mask` sets
/// in the block loaded from there, or `end` if none comes before it.
#[inline(always)]
fn first_in(bytes: &[u8], mut i: usize, end: usize, mask: impl Fn(u64) -> u64) -> usize {
    while i < end {
        let m = mask(load8(bytes, i));
        if m != 0 {
            return (i + (m.trailing_zeros() / 8) as usize).min(end);
        }
        i += 8;
    }
    end
}

/// The end of the ASCII segment starting at `start`, which is not white space,
/// in a chunk that ends at `end`.
#[inline(always)]
fn ascii_segment_end(bytes: &[u8], start: usize, end: usize) -> usize {
    if class(bytes[start]) & WORD_BYTE == 0 {
        // Punctuation and symbols stand alone (WB999).
        return start + 1;
    }
    let mut i = start + 1;
    loop {
        // WB5, WB8-WB10, WB13a-b: runs of letters, digits and `_`.
        i = first_in(bytes, i, end, |x| !word_bytes(x) & HIGHS);
        if i >= end {
            return end;
        }
        let b = bytes[i];
        let next = if i + 1 < end { class(bytes[i + 1]) } else { 0 };
        let prev = class(bytes[i - 1]);
        let joins = if prev & next & LETTER != 0 {
            // WB6-WB7: MidLetter, MidNumLet and Single_Quote between letters.
            matches!(b, b':' | b'.' | b'\'')
        } else if prev & next & DIGIT != 0 {
            // WB11-WB12: MidNum, MidNumLet and Single_Quote between digits.
            matches!(b, b',' | b';' | b'.' | b'\'')
        } else {
            false
        };
        if !joins {
            return i;
        }
        i += 2;
    }
}

/// What [`for_each_segment`] reports, one method per kind of segment so that
/// the common ASCII case needs no further tests.
pub(crate) trait Segments<'t> {
    /// A maximal run of ASCII white space, at `start`.
    fn space(&mut self, start: usize, run: &'t [u8]);
    /// A segment of ASCII bytes other than white space: `start..end`.
    fn ascii(&mut self, start: usize, end: usize);
    /// A segment of a chunk that holds non-ASCII text, as the Unicode tables
    /// give it: possibly white space (U+00A0, U+3000), possibly ASCII.
    fn other(&mut self, start: usize, segment: &'t str);
}

/// Reports each segment of `text` at UAX-29 word boundaries to `sink`, in
/// order. White space comes as maximal runs rather than as UAX-29 splits it.
pub(crate) fn for_each_segment<'t>(text: &'t str, sink: &mut impl Segments<'t>) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        if class(bytes[pos]) & SPACE != 0 {
            let run = bytes[pos..]
                .iter()
                .take_while(|&&b| class(b) & SPACE != 0)
                .count();
            sink.space(pos, &bytes[pos..pos + run]);
            pos += run;
            continue;
        }
        let mut end = first_in(bytes, pos, bytes.len(), space_or_high);
        let ascii = end == bytes.len() || bytes[end] < 0x80;
        if !ascii {
            end = first_in(bytes, end, bytes.len(), spaces);
        }
        if ascii {
            while pos < end {
                let seg_end = ascii_segment_end(bytes, pos, end);
                sink.ascii(pos, seg_end);
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
            sink.other(from + i, seg);
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

    struct Collect<'t> {
        text: &'t str,
        out: Vec<(usize, &'t str)>,
    }

    impl<'t> Segments<'t> for Collect<'t> {
        fn space(&mut self, start: usize, run: &'t [u8]) {
            self.out.push((start, &self.text[start..start + run.len()]));
        }
        fn ascii(&mut self, start: usize, end: usize) {
            assert!(self.text[start..end].is_ascii());
            self.out.push((start, &self.text[start..end]));
        }
        fn other(&mut self, start: usize, segment: &'t str) {
            self.out.push((start, segment));
        }
    }

    fn all_segments(text: &str) -> Vec<(usize, &str)> {
        let mut collect = Collect {
            text,
            out: Vec::new(),
        };
        for_each_segment(text, &mut collect);
        collect.out
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
    fn byte_masks_agree_with_byte_tests() {
        // Every byte value at every position, among neighbours that could
        // disturb a carry: 0x00, 0x7f, 0x80 and 0xff.
        for b in 0..=255u8 {
            for fill in [0x00u8, 0x7f, 0x80, 0xff, b' ', b'a'] {
                for pos in 0..8 {
                    let mut bytes = [fill; 8];
                    bytes[pos] = b;
                    let x = u64::from_le_bytes(bytes);
                    let bit = |mask: u64| mask >> (8 * pos + 7) & 1 == 1;
                    let word = b.is_ascii_alphanumeric() || b == b'_';
                    assert_eq!(bit(word_bytes(x)), word, "word byte {b:#x} at {pos} in {fill:#x}");
                    let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
                    assert_eq!(bit(space_or_high(x)), space || b >= 0x80, "space {b:#x} at {pos}");
                    assert_eq!(class(b) & SPACE != 0, space);
                    assert_eq!(class(b) & WORD_BYTE != 0, word);
                }
            }
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

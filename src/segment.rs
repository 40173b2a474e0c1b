//! UAX-29 word boundaries, with a fast path for ASCII.
//!
//! Word segmentation by the Unicode tables (`unicode-segmentation`) costs a
//! table lookup per character, and was a third of all extraction time on news
//! text that is almost entirely ASCII. This module cuts the text at ASCII
//! white space into chunks. A chunk of pure ASCII is segmented here by the
//! handful of UAX-29 rules that can apply to ASCII letters, digits and
//! punctuation. So is a chunk whose only other characters are the
//! punctuation that news typesetting puts among ASCII words (curly quotes,
//! dashes, the ellipsis, guillemets, bullets, the no-break space; see
//! [`common_at`]): a chunk such as `“Russia’s` would otherwise take every
//! one of its characters through the tables, and text set with curly quotes
//! has one in every few words. Any other chunk goes to
//! `unicode-segmentation`, so the result is the same as segmenting the whole
//! text with the tables. Property tests check that equivalence on arbitrary
//! text and on text made of those characters.
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

// Byte classes as bit masks, 64 bytes at a time: bit `i` of `space` is set
// when byte `i` of the block is ASCII white space, and so on. Word and chunk
// lengths vary from one to a dozen bytes, so a loop that tests byte after
// byte mispredicts its exit on nearly every word; a count of trailing zeros
// in a mask does not, and the masks cost about one instruction per byte
// (SSE2 on x86-64, eight bytes per `u64` elsewhere).

/// The class masks of one 64-byte block; bytes past the end of the text
/// count as white space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Masks {
    space: u64,
    word: u64,
    high: u64,
}

impl Masks {
    fn of(block: &[u8; 64]) -> Masks {
        #[cfg(target_arch = "x86_64")]
        {
            sse2::masks(block)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            swar::masks(block)
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };

    /// SSE2 is part of x86-64, so no run-time detection is needed.
    pub(super) fn masks(block: &[u8; 64]) -> super::Masks {
        let mut m = super::Masks::default();
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            // SAFETY: `chunk` is 16 readable bytes, and `_mm_loadu_si128`
            // accepts any alignment; the other intrinsics only compute.
            let (space, word, high) = unsafe {
                let x = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
                let set = |b: u8| _mm_set1_epi8(b as i8);
                // Signed comparisons: bytes from 0x80 are negative, so they
                // fall in no range below.
                let within = |lo: u8, hi: u8, v: __m128i| {
                    _mm_and_si128(_mm_cmpgt_epi8(v, set(lo - 1)), _mm_cmpgt_epi8(set(hi + 1), v))
                };
                let space = _mm_or_si128(within(b'\t', b'\r', x), _mm_cmpeq_epi8(x, set(b' ')));
                let lower = _mm_or_si128(x, set(0x20));
                let word = _mm_or_si128(
                    _mm_or_si128(within(b'a', b'z', lower), within(b'0', b'9', x)),
                    _mm_cmpeq_epi8(x, set(b'_')),
                );
                (
                    _mm_movemask_epi8(space) as u16,
                    _mm_movemask_epi8(word) as u16,
                    _mm_movemask_epi8(x) as u16,
                )
            };
            m.space |= u64::from(space) << (16 * k);
            m.word |= u64::from(word) << (16 * k);
            m.high |= u64::from(high) << (16 * k);
        }
        m
    }
}

/// The same masks eight bytes at a time in a `u64`, for other targets (and
/// to check the SSE2 version against).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
mod swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;

    /// Bytes of `x7` (high bits clear) in `lo..=hi`, as their high bits.
    fn in_range(x7: u64, lo: u8, hi: u8) -> u64 {
        let at_least_lo = x7.wrapping_add(ONES * u64::from(0x80 - lo));
        let above_hi = x7.wrapping_add(ONES * u64::from(0x7f - hi));
        at_least_lo & !above_hi & HIGHS
    }

    /// Bytes of `x7` (high bits clear) equal to `c`, as their high bits.
    fn equal_to(x7: u64, c: u8) -> u64 {
        !((x7 ^ (ONES * u64::from(c))).wrapping_add(ONES * 0x7f)) & HIGHS
    }

    /// The high bit of each byte, gathered into the low eight bits.
    fn gather(m: u64) -> u64 {
        ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
    }

    pub(super) fn masks(block: &[u8; 64]) -> super::Masks {
        let mut m = super::Masks::default();
        for (k, chunk) in block.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            let high = x & HIGHS;
            let x7 = x & !HIGHS;
            let space = (in_range(x7, b'\t', b'\r') | equal_to(x7, b' ')) & !high;
            let word =
                (in_range(x7 | (ONES * 0x20), b'a', b'z') | in_range(x7, b'0', b'9') | equal_to(x7, b'_'))
                    & !high;
            m.space |= gather(space) << (8 * k);
            m.word |= gather(word) << (8 * k);
            m.high |= gather(high) << (8 * k);
        }
        m
    }
}

/// The class masks of the block under a position, loaded as the scan moves.
///
/// The masks of the block before it are kept too: a chunk is found by
/// scanning to its end, often in the next block, and then segmented from its
/// start, back in the block before; with one block kept, every such chunk
/// loaded both blocks again (2.3 loads a block on UN speeches).
struct Blocks<'b> {
    bytes: &'b [u8],
    /// The index of the block `masks` describes (its start over 64).
    block: usize,
    masks: Masks,
    /// The block loaded before `block`, and its masks.
    kept: (usize, Masks),
}

impl<'b> Blocks<'b> {
    fn new(bytes: &'b [u8]) -> Blocks<'b> {
        let mut blocks = Blocks {
            bytes,
            block: 0,
            masks: Masks::default(),
            kept: (usize::MAX, Masks::default()),
        };
        blocks.masks = blocks.masks_of(0);
        blocks
    }

    /// Makes `block` the current block. Marked cold although it runs once
    /// a block: that keeps it out of the scan, which runs once a word
    /// (1.5M fewer instructions on 2 MB of speeches than `inline(never)`
    /// alone). Cold alone is a hint that the inliner may not take (it did
    /// not after an unrelated change in `token.rs`, and the scan cost 20M
    /// more): never inlined, too.
    #[cold]
    #[inline(never)]
    fn load(&mut self, block: usize) {
        let masks = if self.kept.0 == block {
            self.kept.1
        } else {
            self.masks_of(block)
        };
        self.kept = (self.block, self.masks);
        self.block = block;
        self.masks = masks;
    }

    fn masks_of(&self, block: usize) -> Masks {
        let start = block * 64;
        match self.bytes.get(start..start + 64) {
            Some(b) => Masks::of(b.try_into().expect("64 bytes")),
            None => {
                let mut padded = [b' '; 64];
                let rest = &self.bytes[start.min(self.bytes.len())..];
                padded[..rest.len()].copy_from_slice(rest);
                Masks::of(&padded)
            }
        }
    }

    /// The first position from `i` on, before `end`, whose bit `pick` sets;
    /// `end` if there is none.
    #[inline(always)]
    fn find(&mut self, mut i: usize, end: usize, pick: impl Fn(&Masks) -> u64) -> usize {
        while i < end {
            if i / 64 != self.block {
                self.load(i / 64);
            }
            let m = pick(&self.masks) >> (i % 64);
            if m != 0 {
                return (i + m.trailing_zeros() as usize).min(end);
            }
            i = (i / 64 + 1) * 64;
        }
        end
    }
}

/// The end of the ASCII segment starting at `start`, which is not white space,
/// in a chunk that ends at `end`.
#[inline(always)]
fn ascii_segment_end(blocks: &mut Blocks<'_>, start: usize, end: usize) -> usize {
    let bytes = blocks.bytes;
    if class(bytes[start]) & WORD_BYTE == 0 {
        // Punctuation and symbols stand alone (WB999).
        return start + 1;
    }
    let mut i = start + 1;
    loop {
        // WB5, WB8-WB10, WB13a-b: runs of letters, digits and `_`.
        i = blocks.find(i, end, |m| !m.word);
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

/// How a common non-ASCII character segments, by its UAX-29 word-break
/// property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Common {
    /// `‘` and `’` (MidNumLet, like `.`): they join letters to letters
    /// ("Russia’s", "don’t") and digits to digits, and stand alone otherwise.
    MidNumLet,
    /// Property Other: always a segment of its own.
    Other,
    /// The no-break space: property Other too (it is no WSegSpace, so two
    /// of them are two segments), but white space to the tokenizer.
    Space,
}

/// The common punctuation character whose first byte is at `i`, with its
/// length in bytes, or `None` for any other character. These are the
/// characters English news sets among ASCII words: the no-break space
/// U+00A0, `«` and `»`, the dashes U+2010 to U+2015, the quotation marks
/// U+2018 to U+201F, the bullet U+2022, the ellipsis U+2026, `‹` and `›`.
/// None of them is Extend, Format or ZWJ, so none clings to its neighbour
/// the way a combining mark does, and only `‘` and `’` join anything.
#[inline(always)]
fn common_at(bytes: &[u8], i: usize) -> Option<(Common, usize)> {
    match bytes.get(i..i + 2)? {
        [0xC2, 0xA0] => Some((Common::Space, 2)),
        [0xC2, 0xAB | 0xBB] => Some((Common::Other, 2)),
        [0xE2, 0x80] => match *bytes.get(i + 2)? {
            0x98 | 0x99 => Some((Common::MidNumLet, 3)),
            0x90..=0x95 | 0x9A..=0x9F | 0xA2 | 0xA6 | 0xB9 | 0xBA => Some((Common::Other, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether every non-ASCII character of the chunk `start..end` is common
/// punctuation (see [`common_at`]). Only the positions of non-ASCII bytes
/// are visited, found by their mask.
fn only_common(blocks: &mut Blocks<'_>, start: usize, end: usize) -> bool {
    let bytes = blocks.bytes;
    let mut i = blocks.find(start, end, |m| m.high);
    while i < end {
        match common_at(bytes, i) {
            Some((_, len)) if i + len <= end => i = blocks.find(i + len, end, |m| m.high),
            _ => return false,
        }
    }
    true
}

/// The end of the segment starting at `start`, an ASCII byte other than
/// white space, in a chunk of ASCII and common punctuation that ends at
/// `end`, and whether the segment holds a `‘` or `’` it joined.
#[inline(always)]
fn common_segment_end(blocks: &mut Blocks<'_>, start: usize, end: usize) -> (usize, bool) {
    let bytes = blocks.bytes;
    let mut i = ascii_segment_end(blocks, start, end);
    let mut joined = false;
    // WB6-WB7 and WB11-WB12 again, for the MidNumLet quotes: between two
    // letters or two digits they join as `.` does. (The ASCII rules stop at
    // any non-ASCII byte.)
    while i > start
        && i + 3 < end
        && matches!(common_at(bytes, i), Some((Common::MidNumLet, _)))
        && class(bytes[i - 1]) & class(bytes[i + 3]) & (LETTER | DIGIT) != 0
    {
        joined = true;
        i = ascii_segment_end(blocks, i + 3, end);
    }
    (i, joined)
}

/// Reports the segments of the chunk `pos..end`, whose only non-ASCII
/// characters are common punctuation (see [`only_common`]).
fn common_chunk<'t>(
    text: &'t str,
    blocks: &mut Blocks<'_>,
    mut pos: usize,
    end: usize,
    sink: &mut impl Segments<'t>,
) {
    let bytes = text.as_bytes();
    while pos < end {
        if bytes[pos] >= 0x80 {
            // A common character stands alone (a `’` at the start of a
            // segment has no letter before it).
            match common_at(bytes, pos) {
                Some((Common::MidNumLet | Common::Other, len)) => {
                    sink.punctuation(pos, pos + len);
                    pos += len;
                }
                // The no-break space (`only_common` accepted no other
                // character).
                Some((Common::Space, _)) | None => {
                    let len = text[pos..].chars().next().map_or(1, char::len_utf8);
                    sink.other(pos, &text[pos..pos + len]);
                    pos += len;
                }
            }
            continue;
        }
        let (seg_end, joined) = common_segment_end(blocks, pos, end);
        if joined {
            sink.other(pos, &text[pos..seg_end]);
        } else {
            sink.ascii(pos, seg_end);
        }
        pos = seg_end;
    }
}

/// What [`for_each_segment`] reports, one method per kind of segment so that
/// the common ASCII case needs no further tests.
pub(crate) trait Segments<'t> {
    /// A maximal run of ASCII white space, at `start`.
    fn space(&mut self, start: usize, run: &'t [u8]);
    /// A segment of ASCII bytes other than white space: `start..end`.
    fn ascii(&mut self, start: usize, end: usize);
    /// A segment of one common punctuation mark that is not ASCII (see
    /// [`common_at`]; never the no-break space, which comes as `other`):
    /// no letter, digit or white space, so the tables need not say so.
    fn punctuation(&mut self, start: usize, end: usize);
    /// A segment of a chunk that holds non-ASCII text, as the Unicode tables
    /// give it: possibly white space (U+00A0, U+3000), possibly ASCII.
    fn other(&mut self, start: usize, segment: &'t str);
}

/// Reports each segment of `text` at UAX-29 word boundaries to `sink`, in
/// order. White space comes as maximal runs rather than as UAX-29 splits it.
///
/// Kept out of line: whether LLVM inlined it into the tokenizer depended on
/// how unrelated edits split the crate into codegen units, and inlined it
/// cost the entity stage 2.5% more instructions.
#[inline(never)]
pub(crate) fn for_each_segment<'t>(text: &'t str, sink: &mut impl Segments<'t>) {
    let bytes = text.as_bytes();
    let mut blocks = Blocks::new(bytes);
    let mut pos = 0;
    while pos < bytes.len() {
        if class(bytes[pos]) & SPACE != 0 {
            // (Most runs are one space: the byte after tells.)
            let run_end = match bytes.get(pos + 1) {
                Some(&b) if class(b) & SPACE == 0 => pos + 1,
                _ => blocks.find(pos, bytes.len(), |m| !m.space),
            };
            sink.space(pos, &bytes[pos..run_end]);
            pos = run_end;
            continue;
        }
        // A word alone between white space (or the end of the text), most
        // chunks of running text: one search finds its end and the
        // chunk's. Otherwise the chunk goes on past the word's bytes.
        let mut from = pos;
        if class(bytes[pos]) & WORD_BYTE != 0 {
            let word_end = blocks.find(pos + 1, bytes.len(), |m| !m.word);
            if word_end == bytes.len() || class(bytes[word_end]) & SPACE != 0 {
                sink.ascii(pos, word_end);
                pos = word_end;
                continue;
            }
            from = word_end;
        }
        let mut end = blocks.find(from, bytes.len(), |m| m.space | m.high);
        let ascii = end == bytes.len() || bytes[end] < 0x80;
        if !ascii {
            let high = end;
            end = blocks.find(end, bytes.len(), |m| m.space);
            if only_common(&mut blocks, high, end) {
                common_chunk(text, &mut blocks, pos, end, sink);
                pos = end;
                continue;
            }
        }
        if ascii {
            while pos < end {
                let seg_end = ascii_segment_end(&mut blocks, pos, end);
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
        fn punctuation(&mut self, start: usize, end: usize) {
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
            ("alone", &["alone"]),
            ("one two\tthree\n\n x ", &["one", "two", "three", "x"]),
            ("word, word.", &["word", ",", "word", "."]),
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
    fn common_punctuation_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Russia’s “drones”", &["Russia’s", "“", "drones", "”"]),
            ("don’t ‘x’ 1’000", &["don’t", "‘", "x", "’", "1’000"]),
            (
                "a’1 1’a a’’b a.’b",
                &[
                    "a", "’", "1", "1", "’", "a", "a", "’", "’", "b", "a", ".", "’", "b",
                ],
            ),
            ("x—y – z…", &["x", "—", "y", "–", "z", "…"]),
            ("«Lima»‹a›•b", &["«", "Lima", "»", "‹", "a", "›", "•", "b"]),
            ("_’a a’_ ’s", &["_", "’", "a", "a", "’", "_", "’", "s"]),
            ("a’b’c.d’e x‘y", &["a’b’c.d’e", "x‘y"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = by_segments(text).into_iter().map(|(_, s)| s).collect();
            assert_eq!(&got, want, "segments of {text:?}");
            assert_eq!(by_segments(text), by_tables(text), "tables disagree on {text:?}");
        }
        // The no-break space is white space to the tokenizer, and a segment
        // of its own: two of them are two.
        let segs: Vec<&str> = all_segments("a\u{a0}\u{a0}b")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(segs, ["a", "\u{a0}", "\u{a0}", "b"]);
    }

    #[test]
    fn common_characters_are_what_the_tables_say() {
        // Each character `common_at` accepts, beside every kind of ASCII
        // neighbour that could join it: the tables agree.
        let mut accepted = 0;
        for c in (0x80..0x2100u32).filter_map(char::from_u32) {
            let s = c.to_string();
            if common_at(s.as_bytes(), 0).is_none() {
                continue;
            }
            accepted += 1;
            for (l, r) in [
                ("a", "b"),
                ("1", "2"),
                ("a", "1"),
                ("_", "a"),
                (".", "a"),
                ("a", " "),
            ] {
                let text = format!("{l}{c}{r} {c}{c}{l}");
                assert_eq!(by_segments(&text), by_tables(&text), "{text:?}");
            }
        }
        assert_eq!(accepted, 3 + 6 + 8 + 1 + 1 + 2);
    }

    #[test]
    fn byte_masks_agree_with_byte_tests() {
        // Every byte value at every position of a block, among neighbours
        // that could disturb a carry: 0x00, 0x7f, 0x80, 0xff, ' ' and 'a'.
        for b in 0..=255u8 {
            for fill in [0x00u8, 0x7f, 0x80, 0xff, b' ', b'a'] {
                for pos in [0, 1, 7, 8, 15, 16, 31, 40, 63] {
                    let mut block = [fill; 64];
                    block[pos] = b;
                    let want = Masks {
                        space: block
                            .iter()
                            .enumerate()
                            .fold(0, |m, (i, &c)| m | u64::from(class(c) & SPACE != 0) << i),
                        word: block
                            .iter()
                            .enumerate()
                            .fold(0, |m, (i, &c)| m | u64::from(class(c) & WORD_BYTE != 0) << i),
                        high: block
                            .iter()
                            .enumerate()
                            .fold(0, |m, (i, &c)| m | u64::from(c >= 0x80) << i),
                    };
                    assert_eq!(Masks::of(&block), want, "{b:#x} at {pos} among {fill:#x}");
                    assert_eq!(swar::masks(&block), want, "{b:#x} at {pos} among {fill:#x}");
                    let word = b.is_ascii_alphanumeric() || b == b'_';
                    let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
                    assert_eq!(class(b) & SPACE != 0, space);
                    assert_eq!(class(b) & WORD_BYTE != 0, word);
                }
            }
        }
    }

    #[test]
    fn runs_that_cross_blocks() {
        let long_word = "w".repeat(150);
        let texts = [
            format!("{long_word} {long_word}.{long_word}"),
            format!("a{}b", " ".repeat(130)),
            format!("{}x", "1,".repeat(100)),
            format!("{}é {}", "q".repeat(70), "n".repeat(63)),
            "x".repeat(64),
            format!("{}\u{301}", " ".repeat(64)),
        ];
        for text in &texts {
            assert_eq!(by_segments(text), by_tables(text), "{text:?}");
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
        fn same_as_the_tables_on_ascii(text in "[a-zA-Z0-9_.,;:'\"()\\- \t\r\n!?$%&]{0,300}") {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }

        #[test]
        fn same_as_the_tables_on_any_text(text in "(\\PC|\\s|[a-z.,':0-9 ]){0,150}") {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }

        #[test]
        fn same_as_the_tables_on_common_punctuation(
            // Letters, digits and the joining quotes are frequent, so that
            // joins and their near misses are too.
            text in "([a-zA-Z]{1,4}|[a-z]{1,2}|[0-9]{1,2}|[’‘]|[’‘.'][a-z0-9]|[.,;:'\"_-]|[ \\n]|[\u{a0}«»\u{2010}-\u{2022}\u{2026}\u{2039}\u{203a}]|é|\u{2024}|\u{202f}|\u{ad}|\u{301}){0,150}"
        ) {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }

        #[test]
        fn same_as_the_tables_on_mixed_text(
            text in "([a-z]{1,3}|[0-9]|[.,':]|[ \\n]|é|’|“|\u{301}|\u{200d}|\u{a0}|🇫🇷|ー|א|😀){0,120}"
        ) {
            prop_assert_eq!(by_segments(&text), by_tables(&text));
        }
    }
}

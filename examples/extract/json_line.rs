//! One JSON Lines document, read in one pass: the id, the text, and every
//! other field kept as the raw JSON it was written as.
//!
//! Strings are borrowed from the line where they hold no escapes, and the
//! other fields are never decoded: they are slices of the line, written back
//! byte for byte under `meta` (a number keeps its digits, a string its
//! escapes). Only the document's own fields are decoded.
//!
//! This file depends on nothing but serde and serde_json, so that the fuzz
//! target `json_line` can include it as it is.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// Which fields hold the id and the text, and which other fields are
/// wanted as text too (they stay in `meta` as well).
#[derive(Clone, Copy, Debug)]
pub struct Fields<'f> {
    pub id: &'f str,
    pub text: &'f str,
    /// Title, date, URL and source, when someone reads them.
    pub extra: [Option<&'f str>; 4],
}

/// A parsed line.
#[derive(Debug)]
pub struct Line<'a> {
    /// The id as text: a string as it is, another value as compact JSON;
    /// `None` when missing or `null`.
    pub id: Option<Cow<'a, str>>,
    pub text: Result<Cow<'a, str>, TextError>,
    /// The other fields, sorted by key (so output does not depend on the
    /// order of the input's fields), each key once (the last one written
    /// wins, as in JSON parsers generally).
    pub meta: Vec<(Cow<'a, str>, &'a RawValue)>,
    /// The strings of the wanted extra fields (`None` when missing or not
    /// a string).
    pub extra: [Option<Cow<'a, str>>; 4],
    /// Whether a field skipped over holds an escape that does not decode
    /// (checked for every field, also those a later duplicate replaces).
    undecodable: bool,
}

/// Why a line has no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    Missing,
    NotString,
}

/// Why a line is not a document.
#[derive(Debug)]
pub enum LineError {
    Json(serde_json::Error),
    NotObject,
}

/// Parses one line (its trailing newline may be left on).
pub fn parse<'a>(line: &'a str, fields: Fields<'_>) -> Result<Line<'a>, LineError> {
    // Filled in place (a line is some two hundred bytes, and handing it
    // back in an `Option` and then a `Result` copied it twice).
    let mut parsed = Line::empty();
    if parse_plain(line, fields, &mut parsed).is_some() {
        return Ok(parsed);
    }
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = LineSeed(fields).deserialize(&mut de).map_err(LineError::Json)?;
    de.end().map_err(LineError::Json)?;
    let parsed = parsed.ok_or(LineError::NotObject)?;
    // Skipping a string checks its escapes' syntax, not that a \uD800
    // surrogate has its pair; a value passed through must decode, or the
    // output would be a line that JSON readers refuse. Such a line is as
    // invalid as it was when every field was decoded, with the same error.
    if parsed.undecodable {
        if let Err(e) = serde_json::from_str::<serde_json::Value>(line) {
            return Err(LineError::Json(e));
        }
    }
    Ok(parsed)
}

/// The common line, read without serde: an object whose keys are strings
/// without escapes and whose values are strings. A value's escapes are
/// decoded here (a headline in four has a curly quote written `\u2019`,
/// and serde_json's path cost such a line five times the plain one's);
/// `None` for anything else (a number, a nested value, an escaped key, an
/// escape that does not decode, a control character, a syntax error),
/// which [`parse`] then reads with serde_json: every line that this reads,
/// serde reads the same, only in three times the time.
fn parse_plain<'a>(line: &'a str, fields: Fields<'_>, parsed: &mut Line<'a>) -> Option<()> {
    let bytes = line.as_bytes();
    let mut at = skip_space(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_space(bytes, at + 1);
    if bytes.get(at) == Some(&b'}') {
        at += 1;
    } else {
        loop {
            let (key, next) = plain_string(line, at)?;
            at = skip_space(bytes, next);
            if bytes.get(at) != Some(&b':') {
                return None;
            }
            at = skip_space(bytes, at + 1);
            let (value, next) = decoded_string(line, at)?;
            if key == fields.id {
                parsed.id = Some(value);
            } else if key == fields.text {
                parsed.text = Ok(value);
            } else {
                for (want, got) in fields.extra.iter().zip(&mut parsed.extra) {
                    if *want == Some(key) {
                        *got = Some(value.clone());
                    }
                }
                let raw = serde_json::from_str::<&RawValue>(&line[at..next]).ok()?;
                parsed.meta.push((Cow::Borrowed(key), raw));
            }
            at = skip_space(bytes, next);
            match bytes.get(at) {
                Some(b',') => at = skip_space(bytes, at + 1),
                Some(b'}') => {
                    at += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    if skip_space(bytes, at) != bytes.len() {
        return None;
    }
    parsed.sort();
    Some(())
}

/// Past JSON white space from `at`.
fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The string that starts at `at` and where it ends, if it has no escape
/// and no control character (JSON refuses those unescaped).
fn plain_string(line: &str, at: usize) -> Option<(&str, usize)> {
    let rest = line.as_bytes().get(at..)?.strip_prefix(b"\"")?;
    let len = string_end(rest).filter(|&len| rest[len] == b'"')?;
    Some((line.get(at + 1..at + 1 + len)?, at + len + 2))
}

/// The string that starts at `at`, its escapes decoded (borrowed when it
/// has none), and where it ends; `None` if it has a control character or
/// an escape that does not decode (a lone surrogate), for serde_json to
/// report as it does.
fn decoded_string(line: &str, at: usize) -> Option<(Cow<'_, str>, usize)> {
    if let Some((plain, next)) = plain_string(line, at) {
        return Some((Cow::Borrowed(plain), next));
    }
    let bytes = line.as_bytes();
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let mut from = at + 1;
    let mut out = String::with_capacity(line.len() - from);
    loop {
        // `stop` is a quotation mark, a reverse solidus or a control
        // character; what comes before it is plain.
        let stop = from + string_end(bytes.get(from..)?)?;
        out.push_str(line.get(from..stop)?);
        match bytes[stop] {
            b'"' => return Some((Cow::Owned(out), stop + 1)),
            b'\\' => {}
            _ => return None,
        }
        let (c, next) = escape(bytes, stop + 1)?;
        out.push(c);
        from = next;
    }
}

/// The character of the escape whose letter is at `at` (after its reverse
/// solidus), and where the escape ends: a surrogate pair is one character,
/// and a lone surrogate is `None`, as JSON parsers that decode refuse it.
fn escape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let c = match *bytes.get(at)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let high = hex4(bytes, at + 1)?;
            if !(0xD800..0xDC00).contains(&high) {
                return Some((char::from_u32(high)?, at + 5));
            }
            if bytes.get(at + 5..at + 7)? != b"\\u" {
                return None;
            }
            let low = hex4(bytes, at + 7)?;
            if !(0xDC00..0xE000).contains(&low) {
                return None;
            }
            let c = char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?;
            return Some((c, at + 11));
        }
        _ => return None,
    };
    Some((c, at + 1))
}

/// The number written by the four hexadecimal digits at `at`.
fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    bytes.get(at..at + 4)?.iter().try_fold(0u32, |n, &b| {
        let d = (b as char).to_digit(16)?;
        Some(n * 16 + d)
    })
}

/// Where a string's first quotation mark, reverse solidus or control
/// character is: eight bytes at a time, as a text is a few hundred bytes
/// of nothing else. A byte is one of them when subtracting from it (or
/// from it less the one sought) borrows; the lowest byte flagged so is
/// always one.
fn string_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let flagged = |w: u64, below: u64| w.wrapping_sub(ONES * below) & !w & (ONES << 7);
    // Sixteen bytes at a time where SSE2 is there (all of x86-64), then
    // eight at a time.
    #[cfg(target_arch = "x86_64")]
    let (bytes, base) = {
        let whole = bytes.len() / 16 * 16;
        if let Some(i) = sse2_string_end(&bytes[..whole]) {
            return Some(i);
        }
        (&bytes[whole..], whole)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let base = 0;
    let mut words = bytes.chunks_exact(8);
    let mut start = base;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let hits = flagged(w, 0x20) | flagged(w ^ (ONES * 0x22), 1) | flagged(w ^ (ONES * 0x5C), 1);
        if hits != 0 {
            return Some(start + hits.trailing_zeros() as usize / 8);
        }
        start += 8;
    }
    let tail = words
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
    tail.map(|i| start + i)
}

/// [`string_end`] over whole blocks of sixteen bytes.
#[cfg(target_arch = "x86_64")]
fn sse2_string_end(bytes: &[u8]) -> Option<usize> {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    for (k, block) in bytes.chunks_exact(16).enumerate() {
        // SAFETY: `block` is 16 readable bytes, and `_mm_loadu_si128`
        // accepts any alignment; the other intrinsics only compute. SSE2 is
        // part of x86-64.
        let hits = unsafe {
            let x = _mm_loadu_si128(block.as_ptr().cast::<__m128i>());
            // A byte below 0x20 is one whose unsigned maximum with 0x1F is
            // 0x1F.
            let control = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
            let quote = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8));
            let solidus = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8));
            _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(control, quote), solidus)) as u32
        };
        if hits != 0 {
            return Some(k * 16 + hits.trailing_zeros() as usize);
        }
    }
    None
}

impl<'a> Line<'a> {
    fn empty() -> Line<'a> {
        Line {
            id: None,
            text: Err(TextError::Missing),
            meta: Vec::new(),
            extra: [None, None, None, None],
            undecodable: false,
        }
    }

    /// The other fields sorted and without duplicate keys, the last one
    /// winning: reversed, a stable sort keeps the last of equal keys first,
    /// and dedup keeps the first.
    fn sort(&mut self) {
        if self.meta.len() < 2 {
            return;
        }
        self.meta.reverse();
        self.meta.sort_by(|a, b| a.0.cmp(&b.0));
        self.meta.dedup_by(|later, first| later.0 == first.0);
    }
}

struct LineSeed<'f>(Fields<'f>);

impl<'de> DeserializeSeed<'de> for LineSeed<'_> {
    /// `None` for a value that is not an object.
    type Value = Option<Line<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LineSeed<'_> {
    type Value = Option<Line<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut line = Line::empty();
        // Keys are strings, so a key is always `Some`.
        while let Some(StringOr(Some(key))) = map.next_key::<StringOr<'de>>()? {
            if key == self.0.id {
                let raw: &'de RawValue = map.next_value()?;
                line.id = id_text(raw);
                line.undecodable |= undecodable(raw);
            } else if key == self.0.text {
                line.text = map.next_value::<StringOr<'de>>()?.0.ok_or(TextError::NotString);
            } else {
                let raw = map.next_value::<&'de RawValue>()?;
                for (want, got) in self.0.extra.iter().zip(&mut line.extra) {
                    if *want == Some(&*key) {
                        *got = string(raw);
                    }
                }
                line.undecodable |= undecodable(raw);
                line.meta.push((key, raw));
            }
        }
        line.sort();
        Ok(Some(line))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Whether a raw value has a `\u` escape that does not decode (a lone
/// surrogate); only values with such an escape are decoded to check.
fn undecodable(raw: &RawValue) -> bool {
    raw.get().contains("\\u") && serde_json::from_str::<serde_json::Value>(raw.get()).is_err()
}

/// The id as text: strings as they are, `null` as none, anything else as
/// its compact JSON (`5`, `[1,2]`).
fn id_text(raw: &RawValue) -> Option<Cow<'_, str>> {
    match raw.get() {
        "null" => None,
        s if s.starts_with('"') => string(raw),
        s => Some(Cow::Owned(
            serde_json::from_str::<serde_json::Value>(s).map_or_else(|_| s.to_string(), |v| v.to_string()),
        )),
    }
}

/// The string a raw value holds, if it is one.
fn string(raw: &RawValue) -> Option<Cow<'_, str>> {
    serde_json::from_str::<StringOr>(raw.get()).ok().and_then(|s| s.0)
}

/// A string, borrowed from the line unless it had escapes, or `None` for
/// any other value (read to its end and dropped).
struct StringOr<'de>(Option<Cow<'de, str>>);

impl<'de> serde::Deserialize<'de> for StringOr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StringOr<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }

            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(StringOr(Some(Cow::Borrowed(s))))
            }

            fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
                Ok(StringOr(Some(Cow::Owned(s.to_string()))))
            }

            fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
                Ok(StringOr(Some(Cow::Owned(s))))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(StringOr(None))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(StringOr(None))
            }

            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(StringOr(None))
            }

            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(StringOr(None))
            }

            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(StringOr(None))
            }

            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(StringOr(None))
            }

            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(StringOr(None))
            }
        }
        d.deserialize_any(V)
    }
}

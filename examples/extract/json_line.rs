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
        let mut line = Line {
            id: None,
            text: Err(TextError::Missing),
            meta: Vec::new(),
            extra: [None, None, None, None],
            undecodable: false,
        };
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
        // Sorted and without duplicate keys, the last one winning: reversed,
        // a stable sort keeps the last of equal keys first, and dedup keeps
        // the first.
        line.meta.reverse();
        line.meta.sort_by(|a, b| a.0.cmp(&b.0));
        line.meta.dedup_by(|later, first| later.0 == first.0);
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

//! Byte spans into the document text.
//!
//! Every offset newsie reports is a UTF-8 byte offset into the text given to
//! [`Extractor::extract`](crate::Extractor::extract), so `&text[span.start..span.end]`
//! is always the covered text.

use serde::Serialize;

/// A half-open byte range `start..end` into the document text.
///
/// ```
/// let ex = newsie::Extractor::default();
/// let text = "Iran sent drones.";
/// let out = ex.extract(text);
/// let span = out.entities()[0].span();
/// assert_eq!(&text[span.start..span.end], "Iran");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Whether two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

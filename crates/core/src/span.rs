//! Byte-range spans into a document's text or title.

use crate::Document;

/// Which string of the document a span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Field {
    /// The body text (the default; records omit the `field` key).
    #[default]
    Text,
    /// The title (records carry `"field": "title"`).
    Title,
}

impl Field {
    /// The name written in output records.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Title => "title",
        }
    }
}

/// A half-open byte range `start..end` into one field of a document.
///
/// Both ends must lie on `char` boundaries. Output converts them to code-point offsets with
/// [`crate::OffsetMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The field the offsets point into.
    pub field: Field,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span in the body text.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            field: Field::Text,
            start,
            end,
        }
    }

    /// A span in the given field.
    pub fn in_field(field: Field, start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { field, start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both (which must share a field).
    #[must_use]
    pub fn cover(&self, other: &Span) -> Span {
        debug_assert_eq!(self.field, other.field);
        Span {
            field: self.field,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.field == other.field && self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.field == other.field && self.start <= other.start && other.end <= self.end
    }

    /// The covered string of the document; empty if the span does not fit it.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        let s = match self.field {
            Field::Text => doc.text.as_str(),
            Field::Title => doc.title.as_deref().unwrap_or(""),
        };
        s.get(self.start..self.end).unwrap_or("")
    }
}

//! The document model.

use serde_json::{Map, Value as Json};

/// A civil (calendar) date without time zone: the article's publication date.
pub use jiff::civil::Date;

/// One news article.
///
/// `text` holds the body with one paragraph per line (`\n`); `meta` carries input fields that the runner
/// passes through to the output untouched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The identifier written back in the output record.
    pub id: String,
    /// The article's publication date (the document creation time that relative dates are anchored to).
    pub date: Option<Date>,
    /// The headline, if any.
    pub title: Option<String>,
    /// The body text.
    pub text: String,
    /// Input fields passed through to the output.
    pub meta: Map<String, Json>,
}

impl Document {
    /// A document with an id and a body, no date, title or metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Sets the publication date.
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets the title.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }
}

/// Parses a `YYYY-MM-DD` date, also accepting a full timestamp that starts with one
/// (`2025-12-22T10:00:00Z`, `2025-12-22 10:00`), as found in scraped news dumps.
pub fn parse_civil_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    head.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_timestamps() {
        let d = jiff::civil::date(2025, 12, 22);
        assert_eq!(parse_civil_date("2025-12-22"), Some(d));
        assert_eq!(parse_civil_date(" 2025-12-22T10:00:00Z"), Some(d));
        assert_eq!(parse_civil_date("2025-12-22 10:00"), Some(d));
        assert_eq!(parse_civil_date("2025-13-22"), None);
        assert_eq!(parse_civil_date("2025-12-2"), None);
        assert_eq!(parse_civil_date("2025-12-223"), None);
        assert_eq!(parse_civil_date("Dec 22"), None);
    }
}

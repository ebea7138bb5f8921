//! Test-support extractors (Cargo feature `test-extractors`, off by default), so end-to-end tests of the
//! binary see records before any real extractor is registered. Their names start with `test-`; they are
//! hidden from `newsx extractors` and never stand in for a real extractor.

use newsx_core::{
    AnalyzedDocument, ExtractError, Extractor, Field, Output, Outputs, Record, Span, TokenKind,
    Value,
};
use serde::Deserialize;

/// Options shared by the test extractors.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TestOptions {
    /// `test-words`: only words at least this long (in bytes).
    pub min_len: usize,
}

/// Error of the test extractors' constructors (never returned).
#[derive(Debug, thiserror::Error)]
#[error("test extractor error")]
pub struct TestError;

/// `test-words`: every capitalised word of the text and title, type `WORD`, with a `canonical`
/// lower-case form and a nested `speaker` span (the word itself); warns when the text contains `WARN!`.
#[derive(Debug)]
pub struct TestWords(TestOptions);

impl TestWords {
    /// Builds it.
    pub fn new(options: TestOptions) -> Result<Self, TestError> {
        Ok(TestWords(options))
    }
}

impl Extractor for TestWords {
    fn name(&self) -> &'static str {
        "test-words"
    }

    fn extract(&self, doc: &AnalyzedDocument<'_>, _: &Outputs) -> Result<Output, ExtractError> {
        let mut records = Vec::new();
        for field in [Field::Text, Field::Title] {
            let (text, analysis) = doc.field(field);
            for t in &analysis.tokens {
                if t.kind == TokenKind::Word && t.is_capitalized(text) && t.len() >= self.0.min_len
                {
                    let span = Span::in_field(field, t.start, t.end);
                    let word = t.text(text);
                    records.push(
                        Record::new("type", "WORD", span)
                            .with("canonical", word.to_lowercase())
                            .with(
                                "speaker",
                                Value::Span(span, vec![("canonical", word.to_lowercase().into())]),
                            ),
                    );
                }
            }
        }
        records.reverse(); // the runner sorts
        let mut out = Output::new(records);
        if doc.text().contains("WARN!") {
            out.warnings.push("saw WARN!".into());
        }
        Ok(out)
    }
}

/// `test-check`: no records; fails on a text containing `FAIL!` and panics on one containing `PANIC!`.
#[derive(Debug)]
pub struct TestCheck;

impl TestCheck {
    /// Builds it.
    pub fn new(_: TestOptions) -> Result<Self, TestError> {
        Ok(TestCheck)
    }
}

impl Extractor for TestCheck {
    fn name(&self) -> &'static str {
        "test-check"
    }

    fn extract(&self, doc: &AnalyzedDocument<'_>, _: &Outputs) -> Result<Output, ExtractError> {
        if doc.text().contains("PANIC!") {
            panic!("test-check saw PANIC!");
        }
        if doc.text().contains("FAIL!") {
            return Err(ExtractError::InvalidInput {
                extractor: "test-check",
                message: "saw FAIL!".into(),
            });
        }
        Ok(Output::default())
    }
}

/// `test-count`: requires `test-words`; one `COUNT` record over the first token with the number of
/// `test-words` records as `value`.
#[derive(Debug)]
pub struct TestCount;

impl TestCount {
    /// Builds it.
    pub fn new(_: TestOptions) -> Result<Self, TestError> {
        Ok(TestCount)
    }
}

impl Extractor for TestCount {
    fn name(&self) -> &'static str {
        "test-count"
    }

    fn requires(&self) -> &'static [&'static str] {
        &["test-words"]
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let words = earlier
            .get("test-words")
            .ok_or(ExtractError::MissingDependency {
                extractor: "test-count",
                required: "test-words",
            })?;
        let Some(first) = doc.analysis().tokens.first() else {
            return Ok(Output::default());
        };
        Ok(Output::new(vec![Record::new(
            "type",
            "COUNT",
            first.span(),
        )
        .with("value", words.len().to_string())]))
    }
}

//! # newsx-quotes
//!
//! Who said what: direct quotes (text in paired quotation marks), mixed quotes (a reported clause that
//! quotes a fragment) and indirect quotes (a content clause introduced by a reporting verb or phrase),
//! each with its speaker — the local mention ("he", "the spokesman", "Peskov") plus a canonical name and
//! type resolved in text order — and its cue ("said", "according to").
//!
//! The extractor uses the `entities` and `organizations` records when they ran (canonical names and types
//! come from them); without them it falls back to surface names.
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, Extractor, Outputs, Value};
//! use newsx_quotes::{QuotesExtractor, QuotesOptions};
//!
//! let quotes = QuotesExtractor::new(QuotesOptions::default()).unwrap();
//! let doc = Document::new("1", "Maria Lopez, the mayor's spokeswoman, said the bridge would reopen in May.\n\
//!     “We are ready,” Lopez added. “But not yet.”");
//! let out = quotes.extract(&AnalyzedDocument::new(&doc), &Outputs::default()).unwrap();
//! let got: Vec<(&str, &str, Option<&str>)> = out
//!     .records
//!     .iter()
//!     .map(|r| {
//!         let canonical = r.get("speaker").and_then(|s| s.get("canonical")).and_then(Value::as_str);
//!         (r.label.as_ref(), r.span.text(&doc), canonical)
//!     })
//!     .collect();
//! assert_eq!(
//!     got,
//!     [
//!         ("indirect", "the bridge would reopen in May", Some("Maria Lopez")),
//!         ("direct", "We are ready,", Some("Maria Lopez")),
//!         ("direct", "But not yet.", Some("Maria Lopez")),
//!     ]
//! );
//! ```
#![forbid(unsafe_code)]

pub mod eval;
mod extract;
mod lexicon;
mod marks;

use newsx_core::{AnalyzedDocument, ExtractError, Extractor, Output, Outputs};

/// Options: the keys of `[extractors.quotes]`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct QuotesOptions {
    /// Also report belief and plan attributions ("she thinks that …", "they hope that …") as indirect
    /// quotes. Off by default: users count what people said.
    pub beliefs: bool,
    /// Skip documents longer than this many bytes (with a warning) to bound work; 0 = no limit.
    pub max_bytes: usize,
}

/// Why the extractor could not be built.
#[derive(Debug, thiserror::Error)]
pub enum QuotesError {
    /// An option is out of range.
    #[error("invalid quotes option: {0}")]
    InvalidOption(String),
    /// The evaluation data could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The evaluation data is malformed.
    #[error("{0}")]
    Data(String),
}

/// The quotes extractor. Build once, share across threads.
#[derive(Debug)]
pub struct QuotesExtractor {
    options: QuotesOptions,
    lexicon: lexicon::Lexicon,
}

impl QuotesExtractor {
    /// Builds the extractor (parses the embedded word lists).
    pub fn new(options: QuotesOptions) -> Result<Self, QuotesError> {
        Ok(QuotesExtractor {
            options,
            lexicon: lexicon::Lexicon::new(),
        })
    }

    /// The options in force.
    pub fn options(&self) -> &QuotesOptions {
        &self.options
    }
}

impl Extractor for QuotesExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn uses(&self) -> &'static [&'static str] {
        &["entities", "organizations"]
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let text = doc.text();
        if self.options.max_bytes > 0 && text.len() > self.options.max_bytes {
            return Ok(Output {
                records: Vec::new(),
                warnings: vec![format!(
                    "quotes: document of {} bytes skipped (max_bytes = {})",
                    text.len(),
                    self.options.max_bytes
                )],
            });
        }
        let (records, warnings) =
            extract::extract(text, doc.analysis(), &self.lexicon, &self.options, earlier);
        Ok(Output { records, warnings })
    }
}

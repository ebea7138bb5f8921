//! # newsx-core
//!
//! The small, stable layer every newsx extractor builds on:
//!
//! * [`Document`]: one news article (id, optional article date, title, text, pass-through metadata);
//! * [`Span`]: a byte range in the document's text or title, and [`OffsetMap`], which turns byte offsets
//!   into the Unicode code-point offsets that newsx writes (so that Python's `text[start:end]` is the span);
//! * [`Record`] and [`Value`]: one annotation (an entity, a date, a quote…) with ordered attributes;
//! * [`TextAnalysis`]: tokens, sentences and paragraphs, computed once per document and shared by every
//!   extractor through [`AnalyzedDocument`];
//! * [`Extractor`]: the plugin trait. An extractor names the extractors whose output it reads, builds its
//!   expensive resources once in its constructor, and turns an analysed document into records.
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, Extractor, ExtractError, Output, Outputs, Record, TokenKind};
//!
//! /// Finds every all-caps word of two letters or more.
//! struct Shouting;
//!
//! impl Extractor for Shouting {
//!     fn name(&self) -> &'static str { "shouting" }
//!     fn extract(&self, doc: &AnalyzedDocument<'_>, _earlier: &Outputs) -> Result<Output, ExtractError> {
//!         let text = doc.text();
//!         let records = doc.analysis().tokens.iter()
//!             .filter(|t| t.kind == TokenKind::Word)
//!             .filter(|t| t.len() > 1 && t.text(text).chars().all(|c| c.is_ascii_uppercase()))
//!             .map(|t| Record::new("type", "SHOUT", t.span()))
//!             .collect();
//!         Ok(Output::new(records))
//!     }
//! }
//!
//! let doc = Document::new("1", "The EU and NATO met on Monday.");
//! let analyzed = AnalyzedDocument::new(&doc);
//! let out = Shouting.extract(&analyzed, &Outputs::default()).unwrap();
//! let words: Vec<&str> = out.records.iter().map(|r| r.span.text(&doc)).collect();
//! assert_eq!(words, ["EU", "NATO"]);
//! ```
#![forbid(unsafe_code)]

mod analysis;
mod document;
mod error;
mod extractor;
pub mod mentions;
mod offsets;
mod record;
mod span;

pub use analysis::lexicon;
pub use analysis::{
    is_quote_char, AnalyzedDocument, Paragraph, Sentence, TextAnalysis, Token, TokenKind, Tokenizer,
};
pub use document::{parse_civil_date, Date, Document};
pub use error::ExtractError;
pub use extractor::{Extractor, Output, Outputs};
pub use offsets::OffsetMap;
pub use record::{Record, Value};
pub use span::{Field, Span};

//! # newsx-ner
//!
//! A fast named-entity tagger for English news (PER, LOC, ORG, MISC in the CoNLL-2003 scheme), shared by
//! the `entities` and `organizations` extractors: it runs once per document and its records are read
//! by both.
//!
//! The model is a pair of hashed linear models trained with the averaged structured perceptron over
//! BILOU tags and decoded with constrained Viterbi: a sentence-level first pass, then a document-level
//! second pass that also sees the first pass's labels of the other mentions of each word in the
//! document; one-word mentions that repeat the last word of a full person name are then labelled PER.
//! Features: words, lower-case forms, shapes, affixes over a ±2 window, gazetteers (GeoNames, Census and
//! SSA names, titles, organisation words, nationalities), word clusters and capitalisation statistics
//! learned from unlabelled news, with case-blind features in ALL-CAPS and Title Case sentences.
//! See `MODEL.md` for data, scores and the rebuild command.
//!
//! ```
//! use newsx_ner::{Label, Tag, Tagger};
//!
//! let tagger = Tagger::embedded().unwrap();
//! let words = ["Kremlin", "spokesman", "Dmitry", "Peskov", "said", "Russia", "would", "respond", "."];
//! let tags = tagger.tag_tokens(&words);
//! assert_eq!(tags[2], Tag::B(Label::Per));
//! assert_eq!(tags[3], Tag::I(Label::Per));
//! assert_eq!(tags[5], Tag::B(Label::Loc));
//! ```
//!
//! As an extractor (records `{"type": "PER", "text", "start", "end"}`):
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, Extractor, Outputs};
//! use newsx_ner::{NerExtractor, NerOptions};
//!
//! let ner = NerExtractor::new(NerOptions::default()).unwrap();
//! let doc = Document::new("1", "Angela Merkel met officials in Berlin on Monday.");
//! let out = ner.extract(&AnalyzedDocument::new(&doc), &Outputs::default()).unwrap();
//! let found: Vec<(&str, &str)> = out.records.iter().map(|r| (r.label.as_ref(), r.span.text(&doc))).collect();
//! assert_eq!(found, [("PER", "Angela Merkel"), ("LOC", "Berlin")]);
//! ```
#![forbid(unsafe_code)]
// Index loops over the 17 tag scores read best in the numeric kernels.
#![allow(clippy::needless_range_loop)]

mod clusters;
mod document;
pub mod eval;
mod features;
mod hash;
mod lexicon;
pub mod lists;
mod model;
mod tags;
pub mod train;

use std::path::PathBuf;
use std::sync::Arc;

use newsx_core::{AnalyzedDocument, ExtractError, Extractor, Output, Outputs, Record};

pub use document::Mention;
pub use eval::{evaluate_conll, ConllReport};
pub use model::Tagger;
pub use tags::{Label, Tag};

/// Errors of the tagger, its training and evaluation.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read or written.
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    /// The model bytes are not a valid model.
    #[error("invalid model: {0}")]
    Model(&'static str),
}

/// Options of the `ner` extractor (`[extractors.ner]`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NerOptions {
    /// A model file to use instead of the embedded model.
    pub model: Option<PathBuf>,
    /// Tag the title too (with the body as context).
    pub title: bool,
    /// Label repeated surnames of full person names PER.
    pub propagate_surnames: bool,
}

impl Default for NerOptions {
    fn default() -> Self {
        NerOptions {
            model: None,
            title: true,
            propagate_surnames: true,
        }
    }
}

/// The `ner` extractor: records `Record::new("type", "PER" | "LOC" | "ORG" | "MISC", span)`.
#[derive(Debug, Clone)]
pub struct NerExtractor {
    tagger: Arc<Tagger>,
    options: NerOptions,
}

impl NerExtractor {
    /// Loads the model (the embedded one unless `options.model` is set).
    pub fn new(options: NerOptions) -> Result<Self, NerError> {
        let tagger = match &options.model {
            Some(p) => Tagger::load(p)?,
            None => Tagger::embedded()?,
        }
        .with_surname_propagation(options.propagate_surnames);
        Ok(NerExtractor {
            tagger: Arc::new(tagger),
            options,
        })
    }

    /// The underlying tagger.
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The mentions of a document.
    pub fn mentions(&self, doc: &AnalyzedDocument<'_>) -> Vec<Mention> {
        self.tagger.tag_fields(doc, self.options.title)
    }
}

impl Extractor for NerExtractor {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        _earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let records = self
            .mentions(doc)
            .into_iter()
            .map(|m| Record::new("type", m.label.as_str(), m.span))
            .collect();
        Ok(Output::new(records))
    }
}

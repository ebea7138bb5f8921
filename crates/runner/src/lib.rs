//! # newsx-runner
//!
//! The batch runner behind `newsx run`: [`Config`] (TOML), the extractor [registry](ExtractorKind),
//! the [`Pipeline`] (dependency order, hidden requirements, panics caught), streaming input readers
//! (JSON Lines, the plain-text layout, directories, `.gz`, stdin), ordered parallel execution with
//! [`run`], JSON Lines / CSV [writers](Serializer) with code-point offsets, and the resume
//! [`Manifest`].
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, ExtractError, Extractor, Output, Outputs, Record};
//! use newsx_runner::{Config, OutputFormat, Pipeline, Serializer};
//!
//! /// Marks the first token of every document.
//! struct First;
//! impl Extractor for First {
//!     fn name(&self) -> &'static str { "first" }
//!     fn extract(&self, doc: &AnalyzedDocument<'_>, _: &Outputs) -> Result<Output, ExtractError> {
//!         let records = doc.analysis().tokens.first()
//!             .map(|t| Record::new("type", "FIRST", t.span()))
//!             .into_iter()
//!             .collect();
//!         Ok(Output::new(records))
//!     }
//! }
//!
//! let pipeline = Pipeline::from_extractors(vec![Box::new(First)]).unwrap();
//! let config = Config::default();
//! let serializer = Serializer::new(OutputFormat::Jsonl, &config.output, &config.input.meta);
//! let doc = Document::new("1", "Élysée Palace said so.");
//! let outputs = pipeline.process(&doc).unwrap();
//! let mut line = Vec::new();
//! serializer.document(&doc, &outputs, &mut line).unwrap();
//! assert_eq!(
//!     String::from_utf8(line).unwrap(),
//!     "{\"id\":\"1\",\"date\":null,\"title\":null,\"first\":[{\"type\":\"FIRST\",\"text\":\"Élysée\",\"start\":0,\"end\":6}]}\n"
//! );
//! ```
#![forbid(unsafe_code)]

pub mod config;
pub mod input;
pub mod manifest;
pub mod output;
pub mod pipeline;
pub mod registry;
pub mod run;
#[cfg(feature = "test-extractors")]
pub mod testing;

pub use config::{Config, ConfigError, InputFormat, OutputFormat, DEFAULT_CONFIG};
pub use input::{resolve_inputs, DocError, InputError, InputFile};
pub use manifest::Manifest;
pub use output::Serializer;
pub use pipeline::{DocumentFailure, Pipeline, PipelineError};
pub use registry::{ExtractorInfo, ExtractorKind, KNOWN};
pub use run::{run, OutputTarget, Progress, RunError, RunOptions, Shard, Summary};

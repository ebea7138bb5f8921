//! The extractor plugin trait and the outputs passed between extractors.

use crate::{AnalyzedDocument, ExtractError, Record};

/// A plugin that turns an analysed document into records.
///
/// Implementations build their expensive resources (automata, models, gazetteers) once, in their
/// constructor, and are shared read-only by every worker thread: `extract` takes `&self`.
pub trait Extractor: Send + Sync {
    /// The extractor's name: its `[extractors.<name>]` config table and its key in output records.
    fn name(&self) -> &'static str;

    /// Extractors whose output this one needs. The runner runs them first (once each, even if several
    /// extractors require them), and keeps their output out of the record unless they are enabled.
    fn requires(&self) -> &'static [&'static str] {
        &[]
    }

    /// Extractors whose output this one uses when they are enabled, without needing them.
    fn uses(&self) -> &'static [&'static str] {
        &[]
    }

    /// Extracts the records of one document. `earlier` holds the output of every extractor in
    /// [`Extractor::requires`] and of those in [`Extractor::uses`] that are enabled.
    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        earlier: &Outputs,
    ) -> Result<Output, ExtractError>;
}

/// What one extractor found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Output {
    /// The records, in any order (the runner sorts them by position).
    pub records: Vec<Record>,
    /// Document-level warnings (e.g. unbalanced quotation marks), written under `warnings`.
    pub warnings: Vec<String>,
}

impl Output {
    /// Output with records and no warnings.
    pub fn new(records: Vec<Record>) -> Self {
        Output {
            records,
            warnings: Vec::new(),
        }
    }
}

/// The outputs of the extractors that ran before the current one, by name.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    entries: Vec<(&'static str, Output)>,
}

impl Outputs {
    /// The records of extractor `name`, if it ran.
    pub fn get(&self, name: &str) -> Option<&[Record]> {
        self.output(name).map(|o| o.records.as_slice())
    }

    /// The whole output of extractor `name`, if it ran.
    pub fn output(&self, name: &str) -> Option<&Output> {
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, o)| o)
    }

    /// Adds (or replaces) the output of extractor `name`.
    pub fn insert(&mut self, name: &'static str, output: Output) {
        match self.entries.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = output,
            None => self.entries.push((name, output)),
        }
    }

    /// Every output, in the order they were inserted.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Output)> {
        self.entries.iter().map(|(n, o)| (*n, o))
    }

    /// Removes and returns the output of extractor `name`.
    pub fn remove(&mut self, name: &str) -> Option<Output> {
        let i = self.entries.iter().position(|(n, _)| *n == name)?;
        Some(self.entries.remove(i).1)
    }
}

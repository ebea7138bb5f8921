//! The pipeline: extractors in dependency order, each run once per document.

use std::panic::{catch_unwind, AssertUnwindSafe};

use newsx_core::{AnalyzedDocument, Document, ExtractError, Extractor, Output, Outputs};

use crate::config::{Config, ConfigError};
use crate::registry::{self, ExtractorKind};

/// Why extractors cannot be assembled into a pipeline.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// Two extractors share a name.
    #[error("extractor `{0}` given twice")]
    Duplicate(&'static str),
    /// An extractor requires one that is not available.
    #[error("extractor `{extractor}` requires `{required}`, which is not available")]
    MissingRequirement {
        /// The extractor.
        extractor: &'static str,
        /// The missing requirement.
        required: &'static str,
    },
    /// The requires/uses graph has a cycle.
    #[error("extractor dependency cycle among: {}", .0.join(", "))]
    Cycle(Vec<&'static str>),
}

/// Why one document failed inside the pipeline.
#[derive(Debug)]
pub enum DocumentFailure {
    /// An extractor returned an error.
    Extract(ExtractError),
    /// An extractor panicked (the message, when it was a string).
    Panic {
        /// The extractor.
        extractor: &'static str,
        /// The panic message.
        message: String,
    },
}

impl DocumentFailure {
    /// The error kind written in the error record.
    pub fn kind(&self) -> &'static str {
        match self {
            DocumentFailure::Extract(_) => "extractor",
            DocumentFailure::Panic { .. } => "panic",
        }
    }
}

impl std::fmt::Display for DocumentFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentFailure::Extract(e) => write!(f, "{e}"),
            DocumentFailure::Panic { extractor, message } => {
                write!(f, "{extractor}: panicked: {message}")
            }
        }
    }
}

struct Stage {
    extractor: Box<dyn Extractor>,
    name: &'static str,
    emit: bool,
    /// Earlier outputs this stage must not see (hidden requirements it only `uses`, or did not ask for).
    hide: Vec<&'static str>,
}

/// Extractors in dependency order.
pub struct Pipeline {
    stages: Vec<Stage>,
    /// Indices of emitted stages, in output-key order.
    emitted: Vec<usize>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("order", &self.order())
            .field("emitted", &self.emitted_names())
            .finish()
    }
}

/// The output of every emitted extractor for one document, in output-key order.
pub type DocumentOutputs = Vec<(&'static str, Output)>;

impl Pipeline {
    /// The pipeline a configuration asks for: its enabled extractors plus, hidden, whatever they require.
    ///
    /// Unknown `[extractors.<name>]` tables are errors; tables naming a known extractor that is not built
    /// into this binary are skipped (see [`Pipeline::unavailable`]).
    pub fn from_config(config: &Config) -> Result<Pipeline, ConfigError> {
        for (name, table) in &config.extractors {
            if ExtractorKind::from_name(name).is_none()
                && !registry::KNOWN.iter().any(|k| k.name == name)
            {
                let known: Vec<&str> = registry::KNOWN.iter().map(|k| k.name).collect();
                let _ = table;
                return Err(config.error_at(
                    &format!("extractors.{name}"),
                    format!("unknown extractor `{name}` (known: {})", known.join(", ")),
                ));
            }
        }
        let mut enabled = Vec::new();
        for (name, table) in &config.extractors {
            if let (Some(kind), true) = (ExtractorKind::from_name(name), table.enabled) {
                enabled.push(kind.build(config)?);
            }
        }
        let mut available: Vec<Box<dyn Extractor>> = Vec::new();
        // Build required extractors that are not enabled (transitively), once each.
        let mut wanted: Vec<&'static str> =
            enabled.iter().flat_map(|e| e.requires()).copied().collect();
        while let Some(name) = wanted.pop() {
            if enabled.iter().chain(&available).any(|e| e.name() == name) {
                continue;
            }
            if let Some(kind) = ExtractorKind::from_name(name) {
                let e = kind.build(config)?;
                wanted.extend(e.requires());
                available.push(e);
            }
        }
        Pipeline::from_parts(enabled, available)
            .map_err(|e| config.error_at("extractors", e.to_string()))
    }

    /// Enabled extractors of `config` that this binary does not have (they are skipped).
    pub fn unavailable(config: &Config) -> Vec<String> {
        config
            .extractors
            .iter()
            .filter(|(name, t)| t.enabled && ExtractorKind::from_name(name).is_none())
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// A pipeline in which every extractor is enabled (written to the output). Requirements must be
    /// among them.
    pub fn from_extractors(extractors: Vec<Box<dyn Extractor>>) -> Result<Pipeline, PipelineError> {
        Pipeline::from_parts(extractors, Vec::new())
    }

    /// A pipeline of `enabled` extractors (written to the output) plus those of `available` that some
    /// enabled extractor requires, directly or not (run, but kept out of the output).
    pub fn from_parts(
        enabled: Vec<Box<dyn Extractor>>,
        available: Vec<Box<dyn Extractor>>,
    ) -> Result<Pipeline, PipelineError> {
        let mut nodes: Vec<(Box<dyn Extractor>, bool)> = Vec::new();
        for e in enabled {
            if nodes.iter().any(|(n, _)| n.name() == e.name()) {
                return Err(PipelineError::Duplicate(e.name()));
            }
            nodes.push((e, true));
        }
        let mut available: Vec<Option<Box<dyn Extractor>>> =
            available.into_iter().map(Some).collect();
        let mut i = 0;
        while i < nodes.len() {
            for &req in nodes[i].0.requires() {
                if nodes.iter().any(|(n, _)| n.name() == req) {
                    continue;
                }
                let found = available
                    .iter_mut()
                    .find(|a| a.as_ref().is_some_and(|a| a.name() == req))
                    .and_then(Option::take);
                match found {
                    Some(e) => nodes.push((e, false)),
                    None => {
                        return Err(PipelineError::MissingRequirement {
                            extractor: nodes[i].0.name(),
                            required: req,
                        })
                    }
                }
            }
            i += 1;
        }
        // Edges: requirement -> dependant; used (if enabled) -> user.
        let n = nodes.len();
        let index = |name: &str| nodes.iter().position(|(e, _)| e.name() == name);
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, (e, _)) in nodes.iter().enumerate() {
            for &r in e.requires() {
                preds[i].extend(index(r));
            }
            for &u in e.uses() {
                if let Some(j) = index(u).filter(|&j| nodes[j].1) {
                    preds[i].push(j);
                }
            }
        }
        // Kahn's algorithm, picking the ready node with the lowest (output rank, name): deterministic.
        let mut done = vec![false; n];
        let mut order = Vec::with_capacity(n);
        while order.len() < n {
            let next = (0..n)
                .filter(|&i| !done[i] && preds[i].iter().all(|&p| done[p]))
                .min_by_key(|&i| (registry::output_rank(nodes[i].0.name()), nodes[i].0.name()));
            match next {
                Some(i) => {
                    done[i] = true;
                    order.push(i);
                }
                None => {
                    let mut cycle: Vec<&'static str> = (0..n)
                        .filter(|&i| !done[i])
                        .map(|i| nodes[i].0.name())
                        .collect();
                    cycle.sort_unstable();
                    return Err(PipelineError::Cycle(cycle));
                }
            }
        }
        let mut slots: Vec<Option<(Box<dyn Extractor>, bool)>> =
            nodes.into_iter().map(Some).collect();
        let mut stages: Vec<Stage> = Vec::with_capacity(n);
        for i in order {
            let (extractor, emit) = slots[i].take().expect("each node ordered once");
            let name = extractor.name();
            let visible = |other: &Stage| {
                extractor.requires().contains(&other.name)
                    || (other.emit && extractor.uses().contains(&other.name))
            };
            let hide = stages
                .iter()
                .filter(|s| !visible(s))
                .map(|s| s.name)
                .collect();
            stages.push(Stage {
                extractor,
                name,
                emit,
                hide,
            });
        }
        let mut emitted: Vec<usize> = (0..stages.len()).filter(|&i| stages[i].emit).collect();
        emitted.sort_by_key(|&i| registry::output_rank(stages[i].name));
        Ok(Pipeline { stages, emitted })
    }

    /// Names in execution order.
    pub fn order(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name).collect()
    }

    /// Names of the extractors written to the output, in output-key order.
    pub fn emitted_names(&self) -> Vec<&'static str> {
        self.emitted.iter().map(|&i| self.stages[i].name).collect()
    }

    /// True when no extractor runs.
    pub fn is_empty(&self) -> bool {
        self.stages.is_empty()
    }

    /// Runs every extractor on `doc` (analysed once). Returns the emitted outputs in output-key order,
    /// records sorted by (field, start, end). Errors and panics of an extractor become a
    /// [`DocumentFailure`].
    pub fn process(&self, doc: &Document) -> Result<DocumentOutputs, DocumentFailure> {
        if self.stages.is_empty() {
            return Ok(Vec::new());
        }
        let mut current = "";
        let result = catch_unwind(AssertUnwindSafe(|| {
            let analyzed = AnalyzedDocument::new(doc);
            let mut outputs = Outputs::default();
            let mut hidden: Vec<(&'static str, Output)> = Vec::new();
            for stage in &self.stages {
                current = stage.name;
                for &h in &stage.hide {
                    if let Some(o) = outputs.remove(h) {
                        hidden.push((h, o));
                    }
                }
                let out = stage.extractor.extract(&analyzed, &outputs);
                for (h, o) in hidden.drain(..) {
                    outputs.insert(h, o);
                }
                outputs.insert(stage.name, out?);
            }
            Ok(outputs)
        }));
        let mut outputs = match result {
            Ok(Ok(outputs)) => outputs,
            Ok(Err(e)) => return Err(DocumentFailure::Extract(e)),
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "non-string panic payload".into());
                return Err(DocumentFailure::Panic {
                    extractor: if current.is_empty() {
                        "analysis"
                    } else {
                        current
                    },
                    message,
                });
            }
        };
        let mut emitted = Vec::with_capacity(self.emitted.len());
        for &i in &self.emitted {
            let name = self.stages[i].name;
            let mut out = outputs.remove(name).unwrap_or_default();
            out.records
                .sort_by_key(|r| (r.span.field, r.span.start, r.span.end));
            emitted.push((name, out));
        }
        Ok(emitted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsx_core::{Record, Span};

    struct Fake {
        name: &'static str,
        requires: &'static [&'static str],
        uses: &'static [&'static str],
    }

    impl Extractor for Fake {
        fn name(&self) -> &'static str {
            self.name
        }
        fn requires(&self) -> &'static [&'static str] {
            self.requires
        }
        fn uses(&self) -> &'static [&'static str] {
            self.uses
        }
        fn extract(
            &self,
            _: &AnalyzedDocument<'_>,
            earlier: &Outputs,
        ) -> Result<Output, ExtractError> {
            // One record per visible earlier output, labelled with its name; plus one of its own.
            let mut records: Vec<Record> = earlier
                .iter()
                .map(|(n, _)| Record::new("type", n, Span::new(0, 1)))
                .collect();
            records.push(Record::new("type", "SELF", Span::new(0, 0)));
            Ok(Output::new(records))
        }
    }

    fn fake(
        name: &'static str,
        requires: &'static [&'static str],
        uses: &'static [&'static str],
    ) -> Box<dyn Extractor> {
        Box::new(Fake {
            name,
            requires,
            uses,
        })
    }

    #[test]
    fn requirements_run_first_hidden_and_once() {
        let p = Pipeline::from_parts(
            vec![
                fake("quotes", &[], &["entities", "organizations"]),
                fake("organizations", &["ner"], &[]),
            ],
            vec![fake("ner", &[], &[]), fake("entities", &["ner"], &[])],
        )
        .unwrap();
        let order = p.order();
        assert_eq!(order.len(), 3, "entities is not required: not run");
        let pos = |n: &str| order.iter().position(|&x| x == n).unwrap();
        assert!(pos("ner") < pos("organizations"));
        assert!(pos("organizations") < pos("quotes"));
        assert_eq!(p.emitted_names(), ["organizations", "quotes"]);
        let out = p.process(&Document::new("1", "x")).unwrap();
        let labels = |i: usize| -> Vec<String> {
            out[i]
                .1
                .records
                .iter()
                .map(|r| r.label.to_string())
                .collect()
        };
        // organizations sees ner (required); quotes sees organizations (used and enabled) but not ner.
        assert_eq!(labels(0), ["SELF", "ner"]);
        assert_eq!(labels(1), ["SELF", "organizations"]);
    }

    #[test]
    fn uses_of_disabled_extractor_is_hidden() {
        let p = Pipeline::from_parts(
            vec![
                fake("quotes", &[], &["entities"]),
                fake("organizations", &["entities"], &[]),
            ],
            vec![fake("entities", &[], &[])],
        )
        .unwrap();
        let out = p.process(&Document::new("1", "x")).unwrap();
        assert_eq!(p.emitted_names(), ["organizations", "quotes"]);
        let quotes: Vec<&str> = out[1].1.records.iter().map(|r| r.label.as_ref()).collect();
        assert_eq!(
            quotes,
            ["SELF"],
            "entities is hidden, not enabled: quotes must not see it"
        );
    }

    #[test]
    fn missing_requirement_cycle_and_duplicate_are_errors() {
        assert!(matches!(
            Pipeline::from_extractors(vec![fake("a", &["b"], &[])]),
            Err(PipelineError::MissingRequirement { required: "b", .. })
        ));
        assert!(matches!(
            Pipeline::from_extractors(vec![fake("a", &["b"], &[]), fake("b", &[], &["a"])]),
            Err(PipelineError::Cycle(names)) if names == ["a", "b"]
        ));
        assert!(matches!(
            Pipeline::from_extractors(vec![fake("a", &[], &[]), fake("a", &[], &[])]),
            Err(PipelineError::Duplicate("a"))
        ));
    }

    struct Boom;
    impl Extractor for Boom {
        fn name(&self) -> &'static str {
            "boom"
        }
        fn extract(&self, doc: &AnalyzedDocument<'_>, _: &Outputs) -> Result<Output, ExtractError> {
            if doc.text() == "boom" {
                panic!("kaboom");
            }
            Err(ExtractError::InvalidInput {
                extractor: "boom",
                message: "nope".into(),
            })
        }
    }

    #[test]
    fn errors_and_panics_become_failures() {
        let p = Pipeline::from_extractors(vec![Box::new(Boom)]).unwrap();
        let e = p.process(&Document::new("1", "boom")).unwrap_err();
        assert_eq!(e.kind(), "panic");
        assert!(e.to_string().contains("kaboom"), "{e}");
        let e = p.process(&Document::new("1", "x")).unwrap_err();
        assert_eq!(e.kind(), "extractor");
        assert!(e.to_string().contains("nope"));
    }
}

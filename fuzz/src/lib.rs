//! Shared helpers of the newsx fuzz targets: pipelines with chosen extractors, and output checks.
#![forbid(unsafe_code)]

use newsx_core::Document;
use newsx_runner::{Config, OutputFormat, Pipeline, Serializer, DEFAULT_CONFIG};

/// The default configuration with only `enabled` extractors on (others switched off).
pub fn config_with(enabled: &[&str]) -> Config {
    // Rewrite the defaults' `enabled = true` of the extractors not wanted.
    let mut out = String::new();
    let mut current = String::new();
    for line in DEFAULT_CONFIG.lines() {
        if let Some(t) = line.strip_prefix("[extractors.") {
            current = t.trim_end_matches(']').to_string();
        }
        if line.trim() == "enabled = true" && !enabled.contains(&current.as_str()) {
            out.push_str("enabled = false\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Config::from_toml(&out, "fuzz").expect("default config parses")
}

/// A pipeline and serializer for `enabled` extractors.
pub struct Setup {
    /// The pipeline.
    pub pipeline: Pipeline,
    /// The JSONL serializer.
    pub serializer: Serializer,
}

impl Setup {
    /// Builds the pipeline for `enabled` extractors.
    pub fn new(enabled: &[&str]) -> Setup {
        let config = config_with(enabled);
        Setup {
            pipeline: Pipeline::from_config(&config).expect("pipeline"),
            serializer: Serializer::new(OutputFormat::Jsonl, &config.output, &config.input.meta),
        }
    }

    /// Runs the pipeline on `doc`, serializes it and checks the output: valid JSON, every span's
    /// code-point text equals the record's text.
    pub fn check(&self, doc: &Document) {
        let outputs = self
            .pipeline
            .process(doc)
            .expect("no extractor fails or panics");
        let mut line = Vec::new();
        self.serializer
            .document(doc, &outputs, &mut line)
            .expect("spans are valid");
        let value: serde_json::Value = serde_json::from_slice(&line).expect("valid JSON line");
        let text: Vec<char> = doc.text.chars().collect();
        let title: Vec<char> = doc.title.as_deref().unwrap_or("").chars().collect();
        for (_, records) in value.as_object().unwrap() {
            let Some(records) = records.as_array() else {
                continue;
            };
            for rec in records {
                check_span(rec, &text, &title);
                if let Some(obj) = rec.as_object() {
                    for nested in obj.values() {
                        if nested.get("start").is_some() && nested.get("text").is_some() {
                            check_span(nested, &text, &title);
                        }
                    }
                }
            }
        }
    }
}

fn check_span(rec: &serde_json::Value, text: &[char], title: &[char]) {
    let Some(start) = rec.get("start").and_then(|v| v.as_u64()) else {
        return;
    };
    let end = rec["end"].as_u64().expect("end") as usize;
    let start = start as usize;
    let source = if rec.get("field").and_then(|v| v.as_str()) == Some("title") {
        title
    } else {
        text
    };
    assert!(
        start <= end && end <= source.len(),
        "span {start}..{end} of {}: {rec}",
        source.len()
    );
    let got: String = source[start..end].iter().collect();
    assert_eq!(Some(got.as_str()), rec["text"].as_str(), "{rec}");
}

/// A document from fuzz bytes: the first byte chooses date/title, the rest is the text (lossy UTF-8).
pub fn document(data: &[u8]) -> Document {
    let (flags, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let text = String::from_utf8_lossy(rest).into_owned();
    let mut doc = Document::new("fuzz", text);
    if flags & 1 == 1 {
        doc.date = Some(jiff::civil::date(2025, 12, 22));
    }
    if flags & 2 == 2 {
        let t: String = doc.text.chars().take(40).collect();
        doc.title = Some(t);
    }
    doc
}

//! Property tests of the full pipeline (every real extractor, the embedded default config) on arbitrary
//! Unicode text mixed with news-like fragments (names, titles, quotes, speech verbs, dates, organizations):
//!
//! * every record's span is valid and `text[start:end]` (code points) equals its `text`, for nested
//!   mentions (`speaker`, `cue`, …) too, in the text and in the title;
//! * records are sorted by start;
//! * the binary's output is byte-identical with `--threads 1` and `--threads 2`.

use std::process::Command;

use newsx_core::Document;
use newsx_runner::{Config, OutputFormat, Pipeline, Serializer, DEFAULT_CONFIG};
use proptest::prelude::*;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsx");

const FRAGMENTS: &[&str] = &[
    "Sergey Lavrov",
    "Mr. Lavrov",
    "Dmitry Peskov’s",
    "President Vladimir Putin",
    "VLADIMIR PUTIN",
    "Geneva",
    "São Paulo",
    "the U.S.",
    "Apple Inc.",
    "the European Union",
    "Gazprom PJSC",
    "Reuters",
    "said",
    "told reporters",
    "added",
    "according to",
    "on Monday",
    "last week",
    "March 3, 2025",
    "2025-12-22",
    "next year",
    "the following day",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\"",
    "'",
    "«",
    "»",
    ",",
    ".",
    ". ",
    ":",
    "—",
    "(",
    ")",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "\u{200d}",
    "\u{202e}",
    "\0",
    "😀",
    "👩‍👩‍👧",
    "🇷🇺",
    "e\u{301}",
    "東京",
    "Москва",
    "القاهرة",
    "ירושלים",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,6}",
        1 => "[A-Z][a-z]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..60).prop_map(|parts| {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            // Mostly space-separated, sometimes glued.
            if i > 0 && i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn check_span(rec: &Value, text: &[char], title: &[char], what: &str) -> Result<(), TestCaseError> {
    let field = rec.get("field").and_then(Value::as_str).unwrap_or("text");
    let source = if field == "title" { title } else { text };
    let start = rec["start"].as_u64().unwrap_or(u64::MAX) as usize;
    let end = rec["end"].as_u64().unwrap_or(u64::MAX) as usize;
    prop_assert!(
        start <= end && end <= source.len(),
        "{}: span {}..{} outside 0..{}: {}",
        what,
        start,
        end,
        source.len(),
        rec
    );
    let got: String = source[start..end].iter().collect();
    prop_assert_eq!(
        Some(got.as_str()),
        rec["text"].as_str(),
        "{}: {}",
        what,
        rec
    );
    Ok(())
}

fn check_document(doc: &Value, text: &str, title: &str) -> Result<(), TestCaseError> {
    let text: Vec<char> = text.chars().collect();
    let title: Vec<char> = title.chars().collect();
    prop_assert!(doc.get("error").is_none(), "error record: {}", doc);
    for (key, value) in doc.as_object().unwrap() {
        let Some(records) = value.as_array() else {
            continue;
        };
        if key == "warnings" {
            continue;
        }
        let mut last: Option<(bool, u64)> = None;
        for rec in records {
            check_span(rec, &text, &title, key)?;
            for (name, nested) in rec.as_object().unwrap() {
                if nested.get("start").is_some() && nested.get("text").is_some() {
                    check_span(nested, &text, &title, &format!("{key}.{name}"))?;
                }
            }
            let k = (
                rec.get("field").and_then(Value::as_str) == Some("title"),
                rec["start"].as_u64().unwrap(),
            );
            if let Some(prev) = last {
                prop_assert!(prev <= k, "{}: not sorted: {:?} then {:?}", key, prev, k);
            }
            last = Some(k);
        }
    }
    Ok(())
}

struct Setup {
    pipeline: Pipeline,
    serializer: Serializer,
}

fn setup() -> &'static Setup {
    static SETUP: std::sync::OnceLock<Setup> = std::sync::OnceLock::new();
    SETUP.get_or_init(|| {
        let config = Config::from_toml(DEFAULT_CONFIG, "default").unwrap();
        Setup {
            pipeline: Pipeline::from_config(&config).unwrap(),
            serializer: Serializer::new(OutputFormat::Jsonl, &config.output, &config.input.meta),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_sorted(body in text(), title in text(), dated in any::<bool>()) {
        let s = setup();
        let mut doc = Document::new("p", body.clone());
        if !title.is_empty() {
            doc.title = Some(title.clone());
        }
        if dated {
            doc.date = Some(jiff::civil::date(2025, 12, 22));
        }
        let outputs = s.pipeline.process(&doc).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let mut line = Vec::new();
        s.serializer
            .document(&doc, &outputs, &mut line)
            .map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let value: Value = serde_json::from_slice(&line).unwrap();
        check_document(&value, &body, &title)?;
    }
}

proptest! {
    // Each case starts the binary twice.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn binary_output_is_identical_across_threads(
        docs in proptest::collection::vec((text(), text()), 1..25)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.jsonl");
        let mut data = String::new();
        for (k, (body, title)) in docs.iter().enumerate() {
            data.push_str(&serde_json::json!({"id": k, "date": "2025-12-22", "title": title, "text": body}).to_string());
            data.push('\n');
        }
        std::fs::write(&input, data).unwrap();
        let config = dir.path().join("c.toml");
        std::fs::write(&config, DEFAULT_CONFIG.replace("batch_size = 1000", "batch_size = 3")).unwrap();
        let run = |threads: &str| {
            Command::new(BIN)
                .args(["run", "-q", "--config", config.to_str().unwrap(), "--threads", threads])
                .arg(&input)
                .output()
                .unwrap()
        };
        let one = run("1");
        let two = run("2");
        prop_assert_eq!(one.status.code(), Some(0), "{}", String::from_utf8_lossy(&one.stderr));
        prop_assert!(one.stdout == two.stdout, "outputs differ between --threads 1 and 2");
        let out = String::from_utf8(one.stdout).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        prop_assert_eq!(lines.len(), docs.len());
        for (k, (line, (body, title))) in lines.iter().zip(&docs).enumerate() {
            let v: Value = serde_json::from_str(line).unwrap();
            let id = k.to_string();
            prop_assert_eq!(v["id"].as_str(), Some(id.as_str()));
            check_document(&v, body, title)?;
        }
    }
}

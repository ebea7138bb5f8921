//! Resume bookkeeping through the public API, with an extractor defined here.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use newsx_core::{AnalyzedDocument, ExtractError, Extractor, Output, Outputs, Record};
use newsx_runner::{run, Config, Manifest, OutputTarget, Pipeline, RunOptions};

struct FirstToken;

impl Extractor for FirstToken {
    fn name(&self) -> &'static str {
        "first"
    }
    fn extract(&self, doc: &AnalyzedDocument<'_>, _: &Outputs) -> Result<Output, ExtractError> {
        Ok(Output::new(
            doc.analysis()
                .tokens
                .first()
                .map(|t| Record::new("type", "FIRST", t.span()))
                .into_iter()
                .collect(),
        ))
    }
}

fn options(input: &Path, output: &Path, resume: bool) -> RunOptions<'static> {
    RunOptions {
        inputs: vec![input.to_path_buf()],
        output: Some(OutputTarget::File(output.to_path_buf())),
        threads: Some(2),
        resume,
        ..RunOptions::default()
    }
}

/// Resuming far into the input (more skipped positions than one reader batch scans) must never move the
/// committed position backwards, and must end byte-identical to an uninterrupted run.
#[test]
fn resume_commits_never_go_backwards() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let n = 1000;
    let text: String = (0..n)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"Doc {i} é\"}}\n"))
        .collect();
    std::fs::write(&input, text).unwrap();
    let config = Config::from_toml("[run]\nbatch_size = 2\n", "test").unwrap();
    let pipeline = Pipeline::from_extractors(vec![Box::new(FirstToken)]).unwrap();
    let reference = dir.path().join("ref.jsonl");
    let s = run(&config, &pipeline, options(&input, &reference, false)).unwrap();
    assert_eq!((s.documents, s.errors), (1000, 0));
    assert_eq!(s.records, [("first", 1000)]);
    let reference = std::fs::read(&reference).unwrap();

    // Pretend a run was killed after 900 documents.
    let out = dir.path().join("out.jsonl");
    let prefix: usize = reference
        .split_inclusive(|&b| b == b'\n')
        .take(900)
        .map(<[u8]>::len)
        .sum();
    std::fs::write(&out, &reference[..prefix + 17]).unwrap(); // plus a torn line
    let manifest_path = newsx_runner::manifest::manifest_path(&out);
    let mut m = Manifest::read(&newsx_runner::manifest::manifest_path(
        &dir.path().join("ref.jsonl"),
    ))
    .unwrap();
    m.documents = 900;
    m.output_bytes = prefix as u64;
    m.complete = false;
    m.write(&manifest_path).unwrap();

    let lowest = AtomicU64::new(u64::MAX);
    let check = |_: &newsx_runner::Progress| {
        let m = Manifest::read(&manifest_path).unwrap();
        lowest.fetch_min(m.documents, Ordering::Relaxed);
    };
    let mut opts = options(&input, &out, true);
    opts.progress = Some(&check);
    let s = run(&config, &pipeline, opts).unwrap();
    assert_eq!((s.documents, s.resumed), (100, 900));
    assert!(
        lowest.load(Ordering::Relaxed) >= 900,
        "manifest moved backwards"
    );
    assert!(std::fs::read(&out).unwrap() == reference);
    assert!(Manifest::read(&manifest_path).unwrap().complete);
}

/// A run killed right after creating its output leaves an empty file and no manifest: `--resume`
/// starts from zero; a non-empty output without a manifest is refused.
#[test]
fn empty_output_without_manifest_resumes_from_zero() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": 1, \"text\": \"One\"}\n{\"id\": 2, \"text\": \"Two\"}\n",
    )
    .unwrap();
    let config = Config::from_toml("", "test").unwrap();
    let pipeline = Pipeline::from_extractors(vec![Box::new(FirstToken)]).unwrap();
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "").unwrap();
    let s = run(&config, &pipeline, options(&input, &out, true)).unwrap();
    assert_eq!(s.documents, 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 2);

    let other = dir.path().join("other.jsonl");
    std::fs::write(&other, "{}\n").unwrap();
    let e = run(&config, &pipeline, options(&input, &other, true)).unwrap_err();
    assert!(e.to_string().contains("manifest"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "{}\n",
        "left untouched"
    );
}

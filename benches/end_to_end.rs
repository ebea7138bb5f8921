//! End-to-end throughput of `newsx run` with the default configuration (every extractor built into this
//! binary), output discarded: reading, parsing, analysis, extraction and serialisation together.
//!
//! `cargo bench --bench end_to_end`. Groups:
//!
//! * `startup`: building the default pipeline (configuration, tagger model, gazetteers, automata), what
//!   every `newsx run` pays once.
//! * `examples`: the articles in `examples/`, on one worker thread and on every core.
//! * `reuters`: the first `NEWSX_BENCH_DOCS` (default 2000; 0 = all) documents of
//!   `../shared/data/corpora/reuters21578.jsonl`, on one thread and on every core; skipped when that
//!   file is absent. `NEWSX_BENCH_INPUT=/path/to/corpus.jsonl` measures another JSON Lines corpus instead.
//!
//! Throughput is reported in words (criterion's "elements"): whitespace-separated tokens of the article
//! text (of the whole file for `examples/`), so `Kelem/s` reads as thousands of words per second.
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use newsx_runner::{Config, OutputTarget, Pipeline, RunOptions};

fn run_once(config: &Config, pipeline: &Pipeline, input: &Path, threads: usize) -> u64 {
    newsx_runner::run(
        config,
        pipeline,
        RunOptions {
            inputs: vec![input.to_path_buf()],
            output: Some(OutputTarget::Discard),
            threads: Some(threads),
            ..RunOptions::default()
        },
    )
    .expect("run")
    .documents
}

fn bench_input<M: criterion::measurement::Measurement>(
    group: &mut BenchmarkGroup<'_, M>,
    config: &Config,
    pipeline: &Pipeline,
    input: &Path,
) {
    for (name, threads) in [("threads_1", 1), ("all_cores", 0)] {
        group.bench_function(name, |b| {
            b.iter(|| run_once(config, pipeline, input, threads))
        });
    }
}

/// Words (whitespace-separated tokens) of every plain-text file under `dir`.
fn words_in_dir(dir: &Path) -> u64 {
    let mut words = 0;
    for entry in std::fs::read_dir(dir).expect("examples/").flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            words += text.split_whitespace().count() as u64;
        }
    }
    words
}

/// Copies the first `limit` lines (0 = all) of a JSON Lines corpus to `out`; returns the words of their
/// `text` fields.
fn take_documents(corpus: &Path, limit: usize, out: &Path) -> u64 {
    let reader = BufReader::new(std::fs::File::open(corpus).expect("corpus"));
    let mut writer = std::io::BufWriter::new(std::fs::File::create(out).expect("temp file"));
    let mut words = 0;
    for (n, line) in reader.lines().enumerate() {
        if limit != 0 && n == limit {
            break;
        }
        let line = line.expect("corpus line");
        if let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) {
            if let Some(text) = doc.get("text").and_then(|t| t.as_str()) {
                words += text.split_whitespace().count() as u64;
            }
        }
        writeln!(writer, "{line}").expect("temp file");
    }
    writer.flush().expect("temp file");
    words
}

fn end_to_end(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Config::default();

    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("pipeline_from_config", |b| {
        b.iter(|| Pipeline::from_config(&config).expect("default pipeline"))
    });
    group.finish();

    let pipeline = Pipeline::from_config(&config).expect("default pipeline");

    let examples = root.join("examples");
    let mut group = c.benchmark_group("examples");
    group.throughput(Throughput::Elements(words_in_dir(&examples)));
    bench_input(&mut group, &config, &pipeline, &examples);
    group.finish();

    let corpus = std::env::var_os("NEWSX_BENCH_INPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/corpora/reuters21578.jsonl"));
    if !corpus.is_file() {
        eprintln!("reuters: {} not found, skipped", corpus.display());
        return;
    }
    let limit = std::env::var("NEWSX_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("docs.jsonl");
    let words = take_documents(&corpus, limit, &input);
    let mut group = c.benchmark_group("reuters");
    group.throughput(Throughput::Elements(words));
    group.sample_size(10);
    bench_input(&mut group, &config, &pipeline, &input);
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);

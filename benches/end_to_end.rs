//! End-to-end throughput of `newsx run` over `examples/` with the default configuration (every
//! extractor built into this binary), output discarded: reading, parsing, analysis, extraction and
//! serialisation together.
//!
//! `cargo bench --bench end_to_end`. Set `NEWSX_BENCH_INPUT=/path/to/corpus.jsonl` to measure another
//! input (e.g. `../shared/data/corpora/reuters21578.jsonl`).
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsx_runner::{Config, OutputTarget, Pipeline, RunOptions};

fn end_to_end(c: &mut Criterion) {
    let input = std::env::var_os("NEWSX_BENCH_INPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples"));
    let config = Config::default();
    let pipeline = Pipeline::from_config(&config).expect("default pipeline");
    let run = || {
        newsx_runner::run(
            &config,
            &pipeline,
            RunOptions {
                inputs: vec![input.clone()],
                output: Some(OutputTarget::Discard),
                ..RunOptions::default()
            },
        )
        .expect("run")
    };
    let bytes = run().bytes;
    let mut group = c.benchmark_group("newsx_run");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("default_config", |b| b.iter(run));
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);

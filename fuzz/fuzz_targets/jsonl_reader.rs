//! Fuzz target: the JSON Lines reader end to end (line splitting, BOM, CRLF, limits, JSON parsing,
//! error records) through `newsx_runner::run` with no extractors; every non-blank line is one document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsx_runner::{run, OutputTarget, Pipeline, RunOptions};
use std::sync::OnceLock;

static SETUP: OnceLock<(newsx_runner::Config, Pipeline, std::path::PathBuf)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let (config, pipeline, path) = SETUP.get_or_init(|| {
        let mut config = newsx_fuzz::config_with(&[]);
        config.input.max_doc_bytes = 200;
        let dir = std::env::temp_dir().join(format!("newsx-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        (
            config,
            Pipeline::from_extractors(Vec::new()).unwrap(),
            dir.join("in.jsonl"),
        )
    });
    for line in data.split(|&b| b == b'\n') {
        let _ = newsx_runner::input::parse_json_line(line, &config.input, || "fuzz:1".into());
    }
    std::fs::write(path, data).unwrap();
    let summary = run(
        config,
        pipeline,
        RunOptions {
            inputs: vec![path.clone()],
            output: Some(OutputTarget::Discard),
            threads: Some(1),
            ..RunOptions::default()
        },
    )
    .expect("run succeeds");
    let expected = data
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(i, l)| {
            let t = trim(l);
            let t = if *i == 0 {
                t.strip_prefix(b"\xef\xbb\xbf").unwrap_or(t)
            } else {
                t
            };
            !t.is_empty()
        })
        .count() as u64;
    assert_eq!(
        summary.documents, expected,
        "one document per non-blank line"
    );
});

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

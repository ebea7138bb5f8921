//! End-to-end tests of the `newsx` binary.
//!
//! No real extractor needs to be registered for these: the binary built for `cargo test` has the hidden
//! `test-*` extractors (feature `test-extractors` of newsx-runner, turned on by this package's
//! dev-dependencies): `test-words` (every capitalised word, with a nested `speaker` span),
//! `test-check` (fails on `FAIL!`, panics on `PANIC!`) and `test-count` (requires `test-words`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsx");

const TEST_CONFIG: &str = r#"
[input]
meta = ["url"]

[run]
batch_size = 7

[extractors.test-words]
[extractors.test-check]
"#;

fn newsx(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run newsx")
}

fn write_config(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A small deterministic generator (no external crates).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const WORDS: &[&str] = &[
    "the",
    "Minister",
    "said",
    "on",
    "Monday",
    "that",
    "Geneva",
    "talks",
    "would",
    "resume",
    "Ünal",
    "“we",
    "are",
    "ready,”",
    "Zoë",
    "Café",
    "東京",
    "officials",
    "added",
    "U.S.",
    "Peskov’s",
    "😀",
    "in",
    "March",
    "Reuters",
    "-",
    "growth",
    "fell",
    "3.5%",
    "São",
    "Paulo",
];

fn article(rng: &mut Lcg, id: usize) -> String {
    let paragraphs = 1 + rng.next() % 4;
    let mut text = String::new();
    for p in 0..paragraphs {
        if p > 0 {
            text.push('\n');
        }
        let n = 5 + rng.next() % 60;
        for w in 0..n {
            if w > 0 {
                text.push(' ');
            }
            text.push_str(WORDS[(rng.next() % WORDS.len() as u64) as usize]);
        }
        text.push('.');
    }
    serde_json::json!({
        "id": format!("doc-{id}"),
        "date": format!("2025-{:02}-{:02}", 1 + rng.next() % 12, 1 + rng.next() % 28),
        "title": format!("Title {id} from Geneva"),
        "text": text,
        "url": format!("https://example.org/{id}"),
        "ignored": {"nested": [1, 2, 3]},
    })
    .to_string()
}

fn corpus(path: &Path, n: usize, seed: u64) {
    let mut rng = Lcg(seed);
    let mut out = String::new();
    for i in 0..n {
        out.push_str(&article(&mut rng, i));
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

#[test]
fn output_order_and_bytes_do_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 400, 1);
    let config = write_config(dir.path(), TEST_CONFIG);
    let c = config.to_str().unwrap();
    let i = input.to_str().unwrap();
    let one = newsx(&["run", "-q", "--config", c, "--threads", "1", i]);
    let four = newsx(&["run", "-q", "--config", c, "--threads", "4", i]);
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(four.status.code(), Some(0));
    assert!(
        one.stdout == four.stdout,
        "outputs differ between 1 and 4 threads"
    );
    let docs = lines(&one.stdout);
    let ids: Vec<String> = (0..400).map(|i| format!("doc-{i}")).collect();
    assert_eq!(
        docs.iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ids
    );
    assert!(!docs[0]["test-words"].as_array().unwrap().is_empty());
    // Keys in contract order: id, date, title, meta fields, extractors.
    let first = std::str::from_utf8(&one.stdout)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    let at = |k: &str| {
        first
            .find(&format!("\"{k}\":"))
            .unwrap_or_else(|| panic!("{k} in {first}"))
    };
    let order = ["id", "date", "title", "url", "test-check", "test-words"].map(at);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{first}");
}

#[test]
fn bad_lines_become_error_records_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("mixed.jsonl");
    let mut rng = Lcg(7);
    let mut data: Vec<u8> = Vec::new();
    let bad: &[&[u8]] = &[
        b"{\"id\": \"broken\", \"text\": ",
        b"{\"id\": \"no-text\"}",
        b"{\"id\": 17, \"text\": 42}",
        b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9\"}",
        b"{\"id\": \"bad-date\", \"text\": \"x\", \"date\": \"soon\"}",
        b"{\"id\": \"fails\", \"text\": \"It will FAIL! now\"}",
        b"{\"id\": \"panics\", \"text\": \"It will PANIC! now\"}",
    ];
    let mut expected = Vec::new();
    for i in 0..60 {
        if i % 8 == 3 && i / 8 < bad.len() {
            data.extend_from_slice(bad[i / 8]);
            expected.push(None);
        } else {
            data.extend_from_slice(article(&mut rng, i).as_bytes());
            expected.push(Some(format!("doc-{i}")));
        }
        data.push(b'\n');
    }
    std::fs::write(&input, &data).unwrap();
    let config = write_config(dir.path(), TEST_CONFIG);
    let out = newsx(&[
        "run",
        "--config",
        config.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 60);
    let mut kinds = Vec::new();
    for (i, (doc, want)) in docs.iter().zip(&expected).enumerate() {
        match want {
            Some(id) => {
                assert_eq!(doc["id"].as_str(), Some(id.as_str()));
                assert!(doc.get("error").is_none());
            }
            None => {
                let src = doc["source"].as_str().unwrap();
                assert_eq!(src, format!("{}:{}", input.display(), i + 1));
                kinds.push(doc["error"]["kind"].as_str().unwrap().to_string());
                assert!(!doc["error"]["message"].as_str().unwrap().is_empty());
            }
        }
    }
    assert_eq!(
        kinds,
        [
            "malformed_json",
            "missing_text",
            "invalid_text",
            "invalid_utf8",
            "bad_date",
            "extractor",
            "panic"
        ]
    );
    // The id is kept when it could be read.
    assert_eq!(docs[19]["id"], Value::from("17"));
    assert_eq!(docs[3]["id"], Value::Null);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("60 documents, 7 errors"), "{stderr}");
}

/// SIGKILL at 20 random (seeded, printed) points across rounds, every real extractor on, then
/// `--resume`: every round's final output is byte-identical to an uninterrupted run.
#[test]
fn killed_runs_resume_to_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    corpus(&input, 1200, 42);
    let config = write_config(
        dir.path(),
        &format!(
            "{}\n[extractors.entities]\n[extractors.organizations]\n[extractors.dates]\n[extractors.quotes]\n",
            TEST_CONFIG.replace("batch_size = 7", "batch_size = 20")
        ),
    );
    let c = config.to_str().unwrap();
    let i = input.to_str().unwrap();
    let reference = dir.path().join("reference.jsonl");
    let started = Instant::now();
    let r = newsx(&[
        "run",
        "-q",
        "--config",
        c,
        "-o",
        reference.to_str().unwrap(),
        "--threads",
        "2",
        i,
    ]);
    let full = started.elapsed();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let reference = std::fs::read(&reference).unwrap();
    assert!(
        reference.windows(10).any(|w| w == b"\"quotes\":["),
        "real extractors are on"
    );

    let seed = std::env::var("NEWSX_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos() as u64
        });
    eprintln!("kill seed {seed} (NEWSX_KILL_SEED={seed} replays it)");
    let mut rng = Lcg(seed);
    let mut total_kills = 0;
    let mut round = 0;
    while total_kills < 20 && round < 8 {
        let out = dir.path().join(format!("out{round}.jsonl"));
        let o = out.to_str().unwrap();
        let mut kills = 0;
        let mut first = true;
        loop {
            let mut args = vec!["run", "-q", "--config", c, "-o", o, "--threads", "2"];
            if !first {
                args.push("--resume");
            }
            first = false;
            let mut child = Command::new(BIN).args(&args).arg(i).spawn().unwrap();
            if kills < 10 && total_kills + kills < 20 {
                // Kill somewhere in the first 20% of an uninterrupted run (startup included), so that
                // about ten kills fit in one round.
                let delay = full.mul_f64((rng.next() % 200) as f64 / 1000.0);
                std::thread::sleep(delay);
                if child.try_wait().unwrap().is_none() {
                    child.kill().unwrap(); // SIGKILL
                    child.wait().unwrap();
                    kills += 1;
                    continue;
                }
            }
            let status = child.wait().unwrap();
            if status.code() != Some(0) {
                let retry = Command::new(BIN).args(&args).arg(i).output().unwrap();
                panic!(
                    "round {round} after {kills} kills (seed {seed}): {status}; again: {}",
                    String::from_utf8_lossy(&retry.stderr)
                );
            }
            break;
        }
        total_kills += kills;
        let got = std::fs::read(&out).unwrap();
        assert!(
            got == reference,
            "round {round} (seed {seed}, {kills} kills): resumed output differs ({} vs {} bytes)",
            got.len(),
            reference.len()
        );
        round += 1;
    }
    assert!(
        total_kills >= 20,
        "only {total_kills} runs were killed (seed {seed}): the input is too small"
    );
}

#[test]
fn resume_and_overwrite_are_guarded() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 30, 3);
    let config = write_config(dir.path(), TEST_CONFIG);
    let c = config.to_str().unwrap();
    let out = dir.path().join("out.jsonl");
    let o = out.to_str().unwrap();
    let i = input.to_str().unwrap();
    assert_eq!(
        newsx(&["run", "-q", "--config", c, "-o", o, i])
            .status
            .code(),
        Some(0)
    );
    let again = newsx(&["run", "-q", "--config", c, "-o", o, i]);
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // A finished run resumes to itself.
    let before = std::fs::read(&out).unwrap();
    assert_eq!(
        newsx(&["run", "-q", "--config", c, "-o", o, "--resume", i])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
    // A changed configuration is refused.
    let config2 = dir.path().join("other.toml");
    std::fs::write(&config2, TEST_CONFIG.replace("[extractors.test-check]", "")).unwrap();
    let changed = newsx(&[
        "run",
        "-q",
        "--config",
        config2.to_str().unwrap(),
        "-o",
        o,
        "--resume",
        i,
    ]);
    assert_eq!(changed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&changed.stderr).contains("configuration"));
    // A changed input is refused.
    corpus(&input, 31, 3);
    let changed = newsx(&["run", "-q", "--config", c, "-o", o, "--resume", i]);
    assert_eq!(changed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&changed.stderr).contains("input"));
    // --force overwrites.
    assert_eq!(
        newsx(&["run", "-q", "--config", c, "-o", o, "--force", i])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(lines(&std::fs::read(&out).unwrap()).len(), 31);
}

#[test]
fn config_errors_name_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(
        dir.path(),
        "[input]\nid_field = \"doc_id\"\nformt = \"jsonl\"\n",
    );
    let out = newsx(&["check-config", config.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:3", config.display())),
        "{stderr}"
    );
    assert!(stderr.contains("input.formt"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");

    let config = write_config(
        dir.path(),
        "[run]\nthreads = 2\n\n[extractors.nope]\nenabled = true\n",
    );
    let out = newsx(&["run", "--config", config.to_str().unwrap(), "-"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":4") && stderr.contains("extractors.nope"),
        "{stderr}"
    );
    assert!(
        stderr.contains("entities") && stderr.contains("quotes"),
        "{stderr}"
    );

    let config = write_config(dir.path(), "[extractors.test-words]\nmin_len = \"long\"\n");
    let out = newsx(&["check-config", config.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("extractors.test-words.min_len") && stderr.contains(":2"),
        "{stderr}"
    );

    let ok = write_config(dir.path(), TEST_CONFIG);
    let out = newsx(&["check-config", ok.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let missing = newsx(&["run", dir.path().join("absent.jsonl").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("absent.jsonl"));
}

#[test]
fn stdin_to_stdout_filter() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), TEST_CONFIG);
    let mut child = Command::new(BIN)
        .args(["run", "-q", "--config", config.to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"{\"id\": 1, \"text\": \"Caf\\u00e9 owner \xc3\x89lise Durand spoke.\", \"title\": \"Big News\"}\n{\"text\": \"no id\"}\n")
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "1");
    assert_eq!(docs[1]["id"], "<stdin>:2");
    let words = docs[0]["test-words"].as_array().unwrap();
    let texts: Vec<&str> = words.iter().map(|w| w["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["Café", "Élise", "Durand", "Big", "News"]);
    // Code-point offsets: "Élise" starts at character 11 of the text; title spans say so.
    assert_eq!(
        (words[1]["start"].as_u64(), words[1]["end"].as_u64()),
        (Some(11), Some(16))
    );
    assert_eq!(words[3]["field"], "title");
    assert_eq!(words[3]["speaker"]["field"], "title");
}

#[test]
fn closed_stdout_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 3000, 5);
    let config = write_config(dir.path(), TEST_CONFIG);
    let mut child = Command::new(BIN)
        .args([
            "run",
            "--config",
            config.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn text_layout_jsonl_and_gzip_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The plain-text layout: the shipped examples.
    let out = newsx(&["run", "-q", root.join("examples").to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    assert!(docs.len() >= 3);
    let mut ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    let shown = ids.clone();
    ids.sort_unstable();
    assert_eq!(ids.len(), shown.len());
    for d in &docs {
        assert!(d["date"].as_str().unwrap().starts_with("2026-"));
        assert!(!d["title"].as_str().unwrap().is_empty());
    }
    // A headerless text file: all body, id = path.
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "Only a body.\nSecond paragraph.").unwrap();
    // JSON Lines, gzipped JSON Lines.
    let jsonl = dir.path().join("a.jsonl");
    corpus(&jsonl, 5, 9);
    let gz = dir.path().join("b.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&std::fs::read(&jsonl).unwrap()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let config = write_config(dir.path(), TEST_CONFIG);
    let out = newsx(&[
        "run",
        "-q",
        "--config",
        config.to_str().unwrap(),
        plain.to_str().unwrap(),
        jsonl.to_str().unwrap(),
        gz.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 11);
    assert_eq!(docs[0]["id"].as_str(), plain.to_str());
    assert_eq!(docs[0]["title"], Value::Null);
    assert_eq!(docs[1..6], docs[6..11], "gzip reads like plain JSON Lines");
    assert_eq!(docs[1]["url"], "https://example.org/0");
}

#[test]
fn csv_output_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a,1\", \"text\": \"Quote \\\"Hello\\\" Zoë\\nNew Line\", \"title\": \"T\"}\n{\"id\": \"b\", \"text\": \"FAIL! here\"}\n",
    )
    .unwrap();
    let config = write_config(dir.path(), TEST_CONFIG);
    let out = newsx(&[
        "run",
        "-q",
        "--format",
        "csv",
        "--config",
        config.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[..12],
        [
            "doc_id",
            "extractor",
            "type",
            "kind",
            "text",
            "start",
            "end",
            "canonical",
            "value",
            "speaker",
            "speaker_canonical",
            "cue"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let words: Vec<(&str, &str, &str, &str, &str)> = rows
        .iter()
        .filter(|r| &r[1] == "test-words")
        .map(|r| (&r[0], &r[4], &r[5], &r[6], &r[7]))
        .collect();
    assert_eq!(
        words,
        [
            ("a,1", "Quote", "0", "5", "quote"),
            ("a,1", "Hello", "7", "12", "hello"),
            ("a,1", "Zoë", "14", "17", "zoë"),
            ("a,1", "New", "18", "21", "new"),
            ("a,1", "Line", "22", "26", "line"),
            ("a,1", "T", "0", "1", "t"),
        ]
    );
    let errors: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[1] == "error").collect();
    assert_eq!(errors.len(), 1);
    assert_eq!((&errors[0][0], &errors[0][2]), ("b", "extractor"));
}

#[test]
fn shards_partition_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    corpus(&input, 50, 11);
    let config = write_config(dir.path(), TEST_CONFIG);
    let c = config.to_str().unwrap();
    let i = input.to_str().unwrap();
    let all = lines(&newsx(&["run", "-q", "--config", c, i]).stdout);
    let mut merged = vec![Value::Null; 50];
    for s in 0..3 {
        let shard = format!("{s}/3");
        let part = lines(&newsx(&["run", "-q", "--config", c, "--shard", &shard, i]).stdout);
        for (k, doc) in part.into_iter().enumerate() {
            merged[s + 3 * k] = doc;
        }
    }
    assert_eq!(merged, all);
}

#[test]
fn hidden_requirements_run_but_stay_out_of_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "[extractors.test-count]\n");
    let mut child = Command::new(BIN)
        .args(["run", "-q", "--config", config.to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"x\", \"text\": \"Anna met Bob in Rome.\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let docs = lines(&out.stdout);
    assert!(docs[0].get("test-words").is_none());
    assert_eq!(docs[0]["test-count"][0]["value"], "3");
}

#[test]
fn extractors_command_lists_the_known_extractors() {
    let out = newsx(&["extractors"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for name in ["entities", "organizations", "dates", "quotes", "ner"] {
        assert!(text.contains(name), "{name} missing: {text}");
    }
    assert!(
        !text.contains("test-words"),
        "test-support extractors are hidden"
    );
}

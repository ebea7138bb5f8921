//! Adversarial inputs for the `newsx` binary with every real extractor on (the embedded default config).
//!
//! Every input document yields exactly one output line, in input order — an error record where the
//! document cannot be read — and the run goes on. Records of good documents have valid code-point spans.
//! Linear time is checked by growth: the CPU time of [`newsx_runner::Pipeline::process`] on an input of
//! size 4n is compared with size n (a quadratic extractor grows ×16, a linear one ×4), never against a
//! wall-clock limit.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_newsx");

fn newsx(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run newsx")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:.200}: {e}")))
        .collect()
}

/// Checks one record (or nested mention) against the document's text and title.
fn check_span(rec: &Value, text: &[char], title: &[char], what: &str) {
    let field = rec.get("field").and_then(Value::as_str).unwrap_or("text");
    let source = if field == "title" { title } else { text };
    let start = rec["start"]
        .as_u64()
        .unwrap_or_else(|| panic!("{what}: start in {rec}")) as usize;
    let end = rec["end"]
        .as_u64()
        .unwrap_or_else(|| panic!("{what}: end in {rec}")) as usize;
    assert!(
        start <= end && end <= source.len(),
        "{what}: span {start}..{end} outside 0..{}: {rec}",
        source.len()
    );
    let got: String = source[start..end].iter().collect();
    assert_eq!(
        Some(got.as_str()),
        rec["text"].as_str(),
        "{what}: text[{start}:{end}] differs from the record's text: {rec}"
    );
}

/// Checks every record of an output document: spans valid (nested `speaker`/`cue` and any other
/// nested span too), sorted by (field, start).
pub fn check_document(doc: &Value, text: &str, title: &str) {
    let text: Vec<char> = text.chars().collect();
    let title: Vec<char> = title.chars().collect();
    let obj = doc.as_object().expect("object");
    for (key, value) in obj {
        let Some(records) = value.as_array() else {
            continue;
        };
        if key == "warnings" {
            continue;
        }
        let mut last: Option<(bool, u64)> = None;
        for rec in records {
            check_span(rec, &text, &title, key);
            for (name, nested) in rec.as_object().unwrap() {
                if nested.get("start").is_some() && nested.get("text").is_some() {
                    check_span(nested, &text, &title, &format!("{key}.{name}"));
                }
            }
            let k = (
                rec.get("field").and_then(Value::as_str) == Some("title"),
                rec["start"].as_u64().unwrap(),
            );
            if let Some(prev) = last {
                assert!(prev <= k, "{key}: records not sorted: {prev:?} then {k:?}");
            }
            last = Some(k);
        }
    }
}

/// One adversarial JSONL line: its raw bytes, its text when it is a valid document, and the error kind
/// expected when it is not.
struct Case {
    name: &'static str,
    line: Vec<u8>,
    doc: Option<(String, String)>,
    error: Option<&'static str>,
}

fn good(name: &'static str, text: String) -> Case {
    good_titled(name, text, String::new())
}

fn good_titled(name: &'static str, text: String, title: String) -> Case {
    let mut v = json!({"id": name, "date": "2025-12-22", "text": text});
    if !title.is_empty() {
        v["title"] = Value::from(title.clone());
    }
    Case {
        name,
        line: v.to_string().into_bytes(),
        doc: Some((text, title)),
        error: None,
    }
}

fn bad(name: &'static str, line: &[u8], error: &'static str) -> Case {
    Case {
        name,
        line: line.to_vec(),
        doc: None,
        error: Some(error),
    }
}

const NEWS: &str = "Foreign Minister Sergey Lavrov said on Monday that talks in Geneva would resume. \
\u{201c}We are ready,\u{201d} he told reporters. The European Union and Apple Inc. declined to comment.";

fn cases() -> Vec<Case> {
    let mut c = Vec::new();
    c.push(good("plain", NEWS.to_string()));
    c.push(good("empty", String::new()));
    c.push(good(
        "whitespace",
        " \t\n\n  \u{a0}\u{2003}\n\r\n ".to_string(),
    ));
    c.push(good(
        "nul-escaped",
        format!("Lavrov\0 said\0\0 \u{201c}ok\0\u{201d} on Monday.\0{NEWS}"),
    ));
    c.push(bad(
        "nul-raw",
        b"{\"id\": \"nul-raw\", \"text\": \"a\x00b\"}",
        "malformed_json",
    ));
    c.push(bad(
        "bad-utf8",
        b"{\"id\": \"bad-utf8\", \"text\": \"Lavrov \xff\xfe said \xc3\x28\"}",
        "invalid_utf8",
    ));
    c.push(good(
        "bom-in-text",
        format!("\u{feff}{NEWS}\u{feff} Putin\u{feff}said."),
    ));
    c.push(good("crlf", NEWS.replace(". ", ".\r\n")));
    c.push(good(
        "lone-cr",
        NEWS.replace(". ", ".\r").replace(' ', "\r "),
    ));
    c.push(good("quotes-straight", "\"".repeat(100_000)));
    c.push(good("quotes-curly", "\u{201c}\u{201d}".repeat(50_000)));
    c.push(good(
        "quotes-openers",
        format!("{} said Lavrov.", "\u{201c}".repeat(100_000)),
    ));
    c.push(good(
        "quotes-mixed",
        "\u{201c}a\" \u{2018}b\u{2019} '\u{201d}\u{ab}\u{bb}".repeat(12_500),
    ));
    let nested: String = (0..5_000)
        .map(|i| {
            if i % 2 == 0 {
                "\u{201c}Lavrov said "
            } else {
                "\u{2018}Putin said "
            }
        })
        .collect();
    c.push(good(
        "quotes-nested",
        format!("{nested}hello{}", "\u{2019}\u{201d}".repeat(2_500)),
    ));
    c.push(good(
        "quotes-unbalanced",
        "\u{201d} he said \u{201c} \u{2019}\u{2018} \"".repeat(5_000),
    ));
    c.push(good("token-1m", "a".repeat(1_000_000)));
    c.push(good("token-1m-cap", format!("X{}", "é".repeat(999_999))));
    c.push(good("token-1m-digits", "7".repeat(1_000_000)));
    c.push(good("no-spaces-caps", "Lavrov.".repeat(50_000)));
    c.push(good(
        "non-latin",
        "Владимир Путин заявил в понедельник. 習近平主席在北京說。 प्रधानमंत्री नरेंद्र मोदी ने कहा। \
         ราชอาณาจักรไทย 日本の岸田首相は東京で「準備はできている」と述べた。 Ελλάδα Αθήνα."
            .to_string(),
    ));
    c.push(good(
        "rtl",
        "قال وزير الخارجية سيرغي لافروف يوم الاثنين «نحن مستعدون». \u{202e}Lavrov said\u{202c} \
         אמר ראש הממשלה בירושלים \u{200f}\"כן\"\u{200f} on Monday."
            .to_string(),
    ));
    c.push(good("emoji",
        "👩‍👩‍👧‍👦 Lavrov 🇷🇺 said “😀 we 👍🏽 are ready” on Monday 🎉. e\u{301}\u{302}\u{303} Zoë́̂ Ｆｕｌｌｗｉｄｔｈ Ｍｏｓｃｏｗ."
            .to_string()));
    c.push(good("control-chars", format!("\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}[31m{NEWS}\u{7f}\u{85}\u{2028}\u{2029}\u{fffd}\u{e000}\u{10ffff}")));
    c.push(good_titled(
        "title-weird",
        NEWS.to_string(),
        "\u{201c}\u{201c}Lavrov\u{feff} said \u{202e} on Monday\"".to_string(),
    ));
    c.push(Case {
        name: "dup-keys",
        line: br#"{"id": "dup-keys", "text": "first text", "text": "Lavrov said on Monday.", "id": "dup-keys"}"#.to_vec(),
        doc: None,
        error: None,
    });
    c.push(Case {
        name: "missing-id",
        line: br#"{"text": "Lavrov said on Monday."}"#.to_vec(),
        doc: Some(("Lavrov said on Monday.".into(), String::new())),
        error: None,
    });
    c.push(bad(
        "missing-text",
        br#"{"id": "missing-text", "title": "Lavrov"}"#,
        "missing_text",
    ));
    c.push(bad(
        "null-text",
        br#"{"id": "null-text", "text": null}"#,
        "missing_text",
    ));
    c.push(bad("array-line", br#"["id", "text"]"#, "malformed_json"));
    c.push(bad(
        "truncated",
        br#"{"id": "truncated", "text": "Lavrov sa"#,
        "malformed_json",
    ));
    // 100,000 nested arrays in an ignored field: skipped without recursion, the document is read.
    c.push(Case {
        name: "deep-json",
        line: [
            b"{\"id\": \"deep-json\", \"x\": ".to_vec(),
            vec![b'['; 100_000],
            vec![b']'; 100_000],
            b", \"text\": \"Lavrov said on Monday.\"}".to_vec(),
        ]
        .concat(),
        doc: Some(("Lavrov said on Monday.".into(), String::new())),
        error: None,
    });
    // Nested 100,000 deep in the text field itself: not a string, an error record.
    c.push(bad(
        "deep-text",
        &[
            b"{\"id\": \"deep-text\", \"text\": ".to_vec(),
            vec![b'['; 100_000],
            vec![b']'; 100_000],
            b"}".to_vec(),
        ]
        .concat(),
        "invalid_text",
    ));
    c.push(good("after-all", NEWS.to_string()));
    c
}

#[test]
fn adversarial_documents_each_give_one_line_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("adversarial.jsonl");
    let cases = cases();
    let mut data = b"\xef\xbb\xbf".to_vec(); // a BOM before the first line
    for (i, case) in cases.iter().enumerate() {
        data.extend_from_slice(&case.line);
        // CRLF line ends on every other line.
        data.extend_from_slice(if i % 2 == 0 { b"\r\n" } else { b"\n" });
    }
    std::fs::write(&input, &data).unwrap();
    let i = input.to_str().unwrap();
    let out = newsx(&["run", "-q", "--threads", "2", i]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out.stdout);
    assert_eq!(
        docs.len(),
        cases.len(),
        "one output line per input document"
    );
    let mut saw_records = 0;
    for (n, (doc, case)) in docs.iter().zip(&cases).enumerate() {
        let name = case.name;
        match case.error {
            Some(kind) => {
                assert_eq!(
                    doc["error"]["kind"].as_str(),
                    Some(kind),
                    "{name}: {doc:.300}"
                );
                assert_eq!(
                    doc["source"].as_str(),
                    Some(format!("{i}:{}", n + 1).as_str())
                );
                assert!(!doc["error"]["message"].as_str().unwrap_or("").is_empty());
            }
            None => {
                assert!(doc.get("error").is_none(), "{name}: {doc:.300}");
                if name == "missing-id" {
                    assert_eq!(doc["id"].as_str(), Some(format!("{i}:{}", n + 1).as_str()));
                } else {
                    assert_eq!(doc["id"].as_str(), Some(name));
                }
                for key in ["entities", "organizations", "dates", "quotes"] {
                    assert!(doc[key].is_array(), "{name}: no {key} in {doc:.300}");
                }
                if let Some((text, title)) = &case.doc {
                    check_document(doc, text, title);
                }
                saw_records += ["entities", "organizations", "dates", "quotes"]
                    .iter()
                    .map(|k| doc[k].as_array().unwrap().len())
                    .sum::<usize>();
            }
        }
    }
    // The news paragraph is really analysed (the extractors are on, not silently skipped).
    let plain = &docs[0];
    assert!(
        plain["dates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["text"] == "Monday"),
        "{plain}"
    );
    assert!(!plain["quotes"].as_array().unwrap().is_empty(), "{plain}");
    assert!(saw_records > 10);
    assert_eq!(docs.last().unwrap()["dates"], plain["dates"]);
}

/// Writes `{"id": id, "text": "<n copies of unit>"}` without building the whole line in memory twice.
fn write_big_line(out: &mut impl Write, id: &str, unit: &str, n: usize) {
    write!(out, "{{\"id\": \"{id}\", \"text\": \"").unwrap();
    let chunk = unit.repeat((1 << 16) / unit.len().max(1) + 1);
    let per = chunk.len() / unit.len();
    let mut left = n;
    while left > 0 {
        let k = left.min(per);
        out.write_all(&chunk.as_bytes()[..k * unit.len()]).unwrap();
        left -= k;
    }
    out.write_all(b"\"}\n").unwrap();
}

/// A 50 MB single line: over the default limit it is one `too_large` record and the documents after it
/// are read; with the limit raised (and the extractors off, so that only the reader and writer work on
/// it) it is read whole.
#[test]
fn fifty_megabyte_single_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("huge.jsonl");
    let size = 50 << 20;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        writeln!(
            f,
            "{}",
            json!({"id": "before", "text": "Lavrov said on Monday."})
        )
        .unwrap();
        write_big_line(&mut f, "huge", "Lavrov said \\\"yes\\\". ", size / 21);
        writeln!(
            f,
            "{}",
            json!({"id": "after", "text": "Lavrov said on Monday."})
        )
        .unwrap();
        f.flush().unwrap();
    }
    let i = input.to_str().unwrap();
    let out = newsx(&["run", "-q", i]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "before");
    assert_eq!(docs[1]["error"]["kind"], "too_large", "{}", docs[1]);
    assert_eq!(docs[1]["source"], format!("{i}:2"));
    assert_eq!(docs[2]["id"], "after");
    assert_eq!(docs[0]["dates"], docs[2]["dates"]);

    // The same line as a plain-text file (all body): too large, an error record, exit 1.
    let text = dir.path().join("huge.txt");
    std::fs::write(&text, "Lavrov said. ".repeat(size / 13)).unwrap();
    let out = newsx(&["run", "-q", text.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["error"]["kind"], "too_large");

    // Raised limit, extractors off: the reader and writer handle the whole 50 MB line.
    let config = dir.path().join("big.toml");
    std::fs::write(
        &config,
        "[input]\nmax_doc_bytes = 60_000_000\n[extractors.entities]\nenabled = false\n\
         [extractors.organizations]\nenabled = false\n[extractors.dates]\nenabled = false\n\
         [extractors.quotes]\nenabled = false\n",
    )
    .unwrap();
    let out = newsx(&["run", "-q", "--config", config.to_str().unwrap(), i]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[1]["id"], "huge");
    assert!(docs[1].get("error").is_none());
}

/// Garbage on stdin (random bytes, no newline at the end) never crashes the binary: every non-blank
/// line gives one record.
#[test]
fn random_bytes_on_stdin() {
    let mut state = 0x9e3779b97f4a7c15u64;
    let mut data = Vec::new();
    for _ in 0..20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let b = (state >> 24) as u8;
        // Mostly JSON-ish bytes so that some lines parse.
        let pick = b"{}\":, tex\n\r\0\xff\xc3\xa9[]";
        data.push(if b < 200 {
            pick[b as usize % pick.len()]
        } else {
            b
        });
    }
    let mut child = Command::new(BIN)
        .args(["run", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn({
        let data = data.clone();
        move || stdin.write_all(&data)
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let expected = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(lines(&out.stdout).len(), expected);
}

/// CPU time of this thread, in seconds (10 ms resolution), from /proc.
fn thread_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").expect("/proc/thread-self/stat");
    // Fields after the parenthesised command name: utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap();
    ticks / 100.0
}

/// The default configuration with only `enabled` extractors on.
fn config_with(enabled: &[&str]) -> newsx_runner::Config {
    let mut out = String::new();
    let mut current = "";
    for line in newsx_runner::DEFAULT_CONFIG.lines() {
        if let Some(t) = line.strip_prefix("[extractors.") {
            current = t.trim_end_matches(']');
        }
        if line.trim() == "enabled = true" && !enabled.contains(&current) {
            out.push_str("enabled = false\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    newsx_runner::Config::from_toml(&out, "test").unwrap()
}

/// Best-of-3 CPU time of one stage on `text`, and the records it gave.
fn cpu_of(pipeline: Option<&newsx_runner::Pipeline>, text: &str) -> (f64, usize) {
    let mut doc = newsx_core::Document::new("g", text);
    doc.date = Some(jiff::civil::date(2025, 12, 22));
    let mut best = f64::INFINITY;
    let mut records = 0;
    for _ in 0..3 {
        let t = thread_cpu();
        records = match pipeline {
            Some(p) => {
                let out = p.process(&doc).expect("no failure");
                out.iter().map(|(_, o)| o.records.len()).sum()
            }
            None => newsx_core::TextAnalysis::new(text).tokens.len(),
        };
        best = best.min(thread_cpu() - t);
    }
    (best, records)
}

/// Pathological inputs grow linearly: for each stage (core text analysis, dates, ner+entities+
/// organizations, quotes) the CPU time on 4n units stays well under the ×16 of a quadratic algorithm.
/// n is doubled until one run takes ≥ 0.12 s of CPU (or 1 MB), so the 10 ms clock resolution does not matter.
#[test]
fn pathological_inputs_take_linear_time() {
    growth(&[], &[]);
}

/// Runs the growth check on `only` (stage, shape) pairs (all when empty), skipping `skip`.
fn growth(only: &[(&str, &str)], skip: &[(&str, &str)]) {
    let stages: Vec<(&str, Option<newsx_runner::Pipeline>)> = vec![
        ("analysis", None),
        (
            "dates",
            Some(newsx_runner::Pipeline::from_config(&config_with(&["dates"])).unwrap()),
        ),
        (
            "ner+entities+organizations",
            Some(
                newsx_runner::Pipeline::from_config(&config_with(&["entities", "organizations"]))
                    .unwrap(),
            ),
        ),
        (
            "quotes",
            Some(newsx_runner::Pipeline::from_config(&config_with(&["quotes"])).unwrap()),
        ),
    ];
    let shapes: &[(&str, &str)] = &[
        ("straight quotes", "\""),
        ("curly openers", "\u{201c}"),
        ("curly pairs", "\u{201c}\u{201d}"),
        ("short quotes", "\u{201c}yes\u{201d} "),
        ("nested quotes", "\u{201c}Lavrov said \u{2018}"),
        ("unbalanced quotes", "\u{201d} he said \u{201c} x "),
        ("one long token", "a"),
        ("capitalised words", "Lavrov Putin Geneva Apple "),
        ("sentence without end", "the minister said that "),
        (
            "names and cues",
            "Mr. Sergey Lavrov said \u{201c}yes\u{201d}. ",
        ),
        ("dates", "on Monday, March 3, 2025 and next week "),
        ("weekday list", "Monday and Tuesday and "),
        (
            "organizations",
            "Apple Inc. and the European Union and Gazprom PJSC ",
        ),
        ("newlines", "Lavrov\n\r\n"),
        ("emoji", "👩‍👩‍👧 “😀” "),
    ];
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for &(name, unit) in shapes {
        for (stage, pipeline) in &stages {
            let pair = (*stage, name);
            if skip.contains(&pair) || !(only.is_empty() || only.contains(&pair)) {
                continue;
            }
            let p = pipeline.as_ref();
            let mut n = 1_000 / unit.len().max(1) + 1;
            let (mut t1, mut r1) = cpu_of(p, &unit.repeat(n));
            while t1 < 0.12 && n * unit.len() < 1_000_000 {
                n *= 2;
                (t1, r1) = cpu_of(p, &unit.repeat(n));
            }
            let (t4, r4) = cpu_of(p, &unit.repeat(4 * n));
            let ratio = t4 / t1.max(0.01);
            report.push(format!(
                "{name} / {stage}: {} bytes {t1:.2}s {r1} records -> x4 {t4:.2}s {r4} records (x{ratio:.1})",
                n * unit.len()
            ));
            // Records grow at most linearly too.
            if r4 > 4 * r1 + 8 {
                failures.push(format!("{name} / {stage}: records grew from {r1} to {r4}"));
            }
            if t1 >= 0.1 && ratio >= 9.0 {
                failures.push(format!(
                    "{name} / {stage}: CPU time grew x{ratio:.1} for x4 input"
                ));
            }
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "quadratic growth:\n{}\n\n{}",
        failures.join("\n"),
        report.join("\n")
    );
}

/// A path that is not a directory we may write to exits 2 with a clear message, and so does a full
/// disk (/dev/full); neither reports success.
#[test]
fn unwritable_output_and_full_disk_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut data = String::new();
    for k in 0..200 {
        data.push_str(&json!({"id": k.to_string(), "text": NEWS}).to_string());
        data.push('\n');
    }
    std::fs::write(&input, data).unwrap();
    let i = input.to_str().unwrap();

    let missing = dir.path().join("no/such/dir/out.jsonl");
    let out = newsx(&["run", "-q", "-o", missing.to_str().unwrap(), i]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no/such/dir/out.jsonl"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one clear line: {err}");

    let as_dir = dir.path().to_str().unwrap();
    let out = newsx(&["run", "-q", "--force", "-o", as_dir, i]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    if Path::new("/dev/full").exists() {
        // stdout is /dev/full: every write fails with ENOSPC.
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(BIN)
            .args(["run", "-q", i])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out).to_lowercase();
        assert!(err.contains("space") || err.contains("write"), "{err}");
        assert!(
            !err.contains("documents, 0 errors"),
            "reported success: {err}"
        );
        // --output /dev/full (a file path the writer opens itself).
        let out = newsx(&["run", "-q", "--force", "-o", "/dev/full", i]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(!stderr(&out).trim().is_empty());
    }
}

//! Cases from the Microsoft Recognizers-Text English DateTime specs (MIT), read at test time from
//! `../shared/data/timex/recognizers-text-en-datetime-specs` when present (skipped otherwise).
//!
//! Only cases whose conventions agree with TimeML are checked: a single expected expression whose TIMEX
//! value is fully specified by the text itself (an explicit year, or a duration). Where the conventions
//! differ the case is skipped: Recognizers resolves bare dates to `XXXX-…` plus future/past candidates,
//! anchors "next Friday"-style expressions differently, and merges date + time into one expression where
//! TimeBank annotates two.

use std::path::PathBuf;

use newsx_dates::{DatesExtractor, DatesOptions};

fn specs_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/timex/recognizers-text-en-datetime-specs");
    dir.is_dir().then_some(dir)
}

fn fully_specified(timex: &str) -> bool {
    let b = timex.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

fn is_duration(timex: &str) -> bool {
    timex.starts_with('P')
        && timex[1..].chars().all(|c| c.is_ascii_alphanumeric())
        && !timex.contains('X')
}

#[test]
fn recognizers_text_cases_that_agree_with_timeml() {
    let Some(dir) = specs_dir() else {
        eprintln!("recognizers-text specs not found; skipping");
        return;
    };
    let ex = DatesExtractor::new(DatesOptions::default()).unwrap();
    let (mut checked, mut ok) = (0usize, 0usize);
    let mut failures = Vec::new();
    for file in [
        "DateTimeModel.json",
        "DateParser.json",
        "DatePeriodParser.json",
        "DurationParser.json",
    ] {
        let Ok(raw) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(raw.trim_start_matches('\u{feff}')).unwrap();
        for case in &cases {
            if case
                .get("NotSupported")
                .and_then(|v| v.as_str())
                .is_some_and(|s| s.contains("dotnet"))
            {
                continue;
            }
            let Some(results) = case["Results"].as_array() else {
                continue;
            };
            if results.len() != 1 {
                continue;
            }
            let r = &results[0];
            let timex = r["Resolution"]["values"][0]["timex"]
                .as_str()
                .or_else(|| r["Value"]["Timex"].as_str())
                .unwrap_or("");
            let text = r["Text"].as_str().unwrap_or("");
            let has_year = text
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4);
            if !(is_duration(timex) || fully_specified(timex) && has_year) {
                continue;
            }
            // Vague quantities ("few hours" = PT3H there, PTXH in TimeML), compact or chat forms.
            let lower = text.to_lowercase();
            if [
                "few", "several", "some", "all ", "any", "another", "annual", "weekday", "weekend",
                "everyday", "night", "the hour",
            ]
            .iter()
            .any(|w| lower.contains(w))
                || text.chars().any(|c| c.is_ascii_digit())
                    && text.chars().any(|c| c.is_ascii_alphabetic())
                    && !text.contains(' ')
                    && !text.contains('-')
            {
                continue;
            }
            // Spelled-out or unusual forms outside news style.
            if text.contains(['/', '.']) && !has_year || text.split_whitespace().count() > 5 {
                continue;
            }
            let input = case["Input"].as_str().unwrap_or("");
            let dct = case["Context"]["ReferenceDateTime"]
                .as_str()
                .and_then(newsx_core::parse_civil_date);
            checked += 1;
            let found = ex.extract_str(input, dct);
            if found.iter().any(|t| t.value == timex) {
                ok += 1;
            } else {
                failures.push(format!(
                    "{input:?} want {timex}, got {:?}",
                    found
                        .iter()
                        .map(|t| (&input[t.start..t.end], t.value.as_str()))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    let rate = ok as f64 / checked.max(1) as f64;
    eprintln!(
        "recognizers-text: {ok}/{checked} agree ({:.1}%)",
        100.0 * rate
    );
    for f in failures.iter().take(60) {
        eprintln!("  {f}");
    }
    assert!(checked > 50, "too few comparable cases: {checked}");
    assert!(rate >= 0.62, "agreement {:.1}% below floor", 100.0 * rate);
}

//! TimeML evaluation with the TempEval-3 definitions.
//!
//! A `.tml` file gives the document creation time in `<DCT><TIMEX3 value=…>` and the document text as the
//! content of `<TEXT>` with every tag stripped (XML entities decoded); the gold `<TIMEX3>` elements inside
//! `<TEXT>` give extents, types and values. Scores:
//! * strict P/R/F1: system and gold extents identical;
//! * relaxed P/R/F1: extents overlap (one-to-one);
//! * type and value F1: attribute agreement counted on relaxed matches, precision over system timexes,
//!   recall over gold timexes.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::{DatesError, DatesExtractor, DatesOptions, Timex};

/// One gold timex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// First byte in the document text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TIMEX3 value.
    pub value: String,
}

/// A parsed TimeML document.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    /// The file.
    pub path: PathBuf,
    /// The creation time, if it is a calendar day.
    pub dct: Option<jiff::civil::Date>,
    /// The text of `<TEXT>` with tags stripped and entities decoded.
    pub text: String,
    /// The gold timexes, in text order.
    pub gold: Vec<GoldTimex>,
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Prf {
    /// Precision, 0-100.
    pub precision: f64,
    /// Recall, 0-100.
    pub recall: f64,
    /// F1, 0-100.
    pub f1: f64,
}

impl Prf {
    fn new(correct_p: usize, system: usize, correct_r: usize, gold: usize) -> Prf {
        let p = if system == 0 {
            0.0
        } else {
            100.0 * correct_p as f64 / system as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            100.0 * correct_r as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// A disagreement, for error analysis.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Mismatch {
    /// The file name.
    pub file: String,
    /// `missed`, `spurious`, `extent`, `type` or `value`.
    pub kind: &'static str,
    /// Gold text, type and value (empty when spurious).
    pub gold: String,
    /// System text, type and value (empty when missed).
    pub system: String,
    /// Some text around.
    pub context: String,
}

/// The scores of a TimeML evaluation.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TimemlReport {
    /// Documents read.
    pub documents: usize,
    /// Gold timexes.
    pub gold: usize,
    /// System timexes.
    pub system: usize,
    /// Exact-extent scores.
    pub strict: Prf,
    /// Overlap scores.
    pub relaxed: Prf,
    /// Type agreement on relaxed matches.
    #[serde(rename = "type")]
    pub type_: Prf,
    /// Value agreement on relaxed matches.
    pub value: Prf,
    /// Every disagreement (not serialized).
    #[serde(skip)]
    pub mismatches: Vec<Mismatch>,
}

impl fmt::Display for TimemlReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "documents {}  gold timexes {}  system timexes {}",
            self.documents, self.gold, self.system
        )?;
        writeln!(f, "{:<10} {:>9} {:>9} {:>9}", "", "P", "R", "F1")?;
        for (name, s) in [
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("type", self.type_),
            ("value", self.value),
        ] {
            writeln!(
                f,
                "{:<10} {:>9.2} {:>9.2} {:>9.2}",
                name, s.precision, s.recall, s.f1
            )?;
        }
        Ok(())
    }
}

/// Reads `.tml` files (directories are walked recursively, in name order) and scores the default
/// extractor on them.
pub fn evaluate_timeml(paths: &[PathBuf]) -> Result<TimemlReport, DatesError> {
    let extractor = DatesExtractor::new(DatesOptions::default())?;
    evaluate_timeml_with(&extractor, paths)
}

/// Like [`evaluate_timeml`] with a given extractor.
pub fn evaluate_timeml_with(
    extractor: &DatesExtractor,
    paths: &[PathBuf],
) -> Result<TimemlReport, DatesError> {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files)?;
    }
    let mut report = TimemlReport::default();
    let (mut strict, mut relaxed, mut type_ok, mut value_ok) = (0, 0, 0, 0);
    for file in &files {
        let doc = read_timeml(file)?;
        let sys = extractor.extract_str(&doc.text, doc.dct);
        report.documents += 1;
        report.gold += doc.gold.len();
        report.system += sys.len();
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let mut used = vec![false; sys.len()];
        for g in &doc.gold {
            let hit = sys
                .iter()
                .enumerate()
                .filter(|(k, s)| !used[*k] && s.start < g.end && g.start < s.end)
                .min_by_key(|(_, s)| {
                    (
                        s.start != g.start || s.end != g.end,
                        s.start.abs_diff(g.start),
                    )
                })
                .map(|(k, _)| k);
            let Some(k) = hit else {
                report
                    .mismatches
                    .push(mismatch(&doc, &name, "missed", Some(g), None));
                continue;
            };
            used[k] = true;
            let s = &sys[k];
            relaxed += 1;
            if s.start == g.start && s.end == g.end {
                strict += 1;
            } else {
                report
                    .mismatches
                    .push(mismatch(&doc, &name, "extent", Some(g), Some(s)));
            }
            if s.kind.as_str() == g.kind {
                type_ok += 1;
            } else {
                report
                    .mismatches
                    .push(mismatch(&doc, &name, "type", Some(g), Some(s)));
            }
            if s.value == g.value {
                value_ok += 1;
            } else {
                report
                    .mismatches
                    .push(mismatch(&doc, &name, "value", Some(g), Some(s)));
            }
        }
        for (k, s) in sys.iter().enumerate() {
            if !used[k] {
                report
                    .mismatches
                    .push(mismatch(&doc, &name, "spurious", None, Some(s)));
            }
        }
    }
    report.strict = Prf::new(strict, report.system, strict, report.gold);
    report.relaxed = Prf::new(relaxed, report.system, relaxed, report.gold);
    report.type_ = Prf::new(type_ok, report.system, type_ok, report.gold);
    report.value = Prf::new(value_ok, report.system, value_ok, report.gold);
    Ok(report)
}

fn mismatch(
    doc: &TimemlDoc,
    file: &str,
    kind: &'static str,
    g: Option<&GoldTimex>,
    s: Option<&Timex>,
) -> Mismatch {
    let text = &doc.text;
    let (a, b) = match (g, s) {
        (Some(g), _) => (g.start, g.end),
        (None, Some(s)) => (s.start, s.end),
        _ => (0, 0),
    };
    let mut lo = a.saturating_sub(60);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (b + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    Mismatch {
        file: file.to_string(),
        kind,
        gold: g.map_or_else(String::new, |g| {
            format!("{:?} {} {}", &text[g.start..g.end], g.kind, g.value)
        }),
        system: s.map_or_else(String::new, |s| {
            format!(
                "{:?} {} {}{}",
                &text[s.start..s.end],
                s.kind.as_str(),
                s.value,
                s.modifier.map_or_else(String::new, |m| format!(" mod={m}"))
            )
        }),
        context: text[lo..hi].replace('\n', " "),
    }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), DatesError> {
    let io = |e| DatesError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "tml") {
                collect(&e, out)?;
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let before_ok = p == 0 || rest.as_bytes()[p - 1].is_ascii_whitespace();
        let after = &rest[p + name.len()..];
        let after_trim = after.trim_start();
        if before_ok && after_trim.starts_with('=') {
            let v = after_trim[1..].trim_start();
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                let body = &v[1..];
                return body.find(q).map(|e| &body[..e]);
            }
        }
        rest = after;
    }
    None
}

fn decode_entity(s: &str) -> Option<(&'static str, usize)> {
    for (e, c) in [
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
    ] {
        if s.starts_with(e) {
            return Some((c, e.len()));
        }
    }
    None
}

/// Parses one TimeML file.
pub fn read_timeml(path: &Path) -> Result<TimemlDoc, DatesError> {
    let raw = std::fs::read_to_string(path).map_err(|e| DatesError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let bad = |m: &str| DatesError::TimeMl {
        path: path.to_path_buf(),
        message: m.to_string(),
    };
    let dct = raw
        .find("<DCT>")
        .and_then(|p| raw[p..].find("<TIMEX3").map(|q| p + q))
        .and_then(|p| raw[p..].find('>').map(|e| &raw[p..p + e]))
        .and_then(|tag| attr(tag, "value"))
        .and_then(|v| {
            newsx_core::parse_civil_date(v).or_else(|| {
                v.get(..8).and_then(|d| {
                    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])
                        .parse()
                        .ok()
                })
            })
        });
    let start = raw.find("<TEXT>").ok_or_else(|| bad("no <TEXT>"))? + "<TEXT>".len();
    let end = raw[start..]
        .find("</TEXT>")
        .map(|e| start + e)
        .ok_or_else(|| bad("no </TEXT>"))?;
    let body = &raw[start..end];
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let close = rest.find('>').ok_or_else(|| bad("unterminated tag"))?;
            let tag = &rest[..=close];
            if tag.starts_with("<TIMEX3") {
                open = Some((
                    text.len(),
                    attr(tag, "type").unwrap_or("").to_string(),
                    attr(tag, "value").unwrap_or("").to_string(),
                ));
            } else if tag.starts_with("</TIMEX3") {
                if let Some((s, kind, value)) = open.take() {
                    // Extents are compared without surrounding white space.
                    let span = &text[s..];
                    let lead = span.len() - span.trim_start().len();
                    let trail = span.len() - span.trim_end().len();
                    gold.push(GoldTimex {
                        start: s + lead,
                        end: text.len() - trail,
                        kind,
                        value,
                    });
                }
            }
            i += close + 1;
        } else if let Some((c, n)) = rest.starts_with('&').then(|| decode_entity(rest)).flatten() {
            text.push_str(c);
            i += n;
        } else {
            let ch = rest.chars().next().unwrap_or(' ');
            text.push(ch);
            i += ch.len_utf8();
        }
    }
    Ok(TimemlDoc {
        path: path.to_path_buf(),
        dct,
        text,
        gold,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_timeml_and_scores() {
        let dir = std::env::temp_dir().join(format!("newsx-dates-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("a.tml");
        std::fs::write(
            &f,
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-12-22\">x</TIMEX3></DCT>\n<TEXT>\nA &amp; B <EVENT>met</EVENT> \
             <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-12-21\">Sunday</TIMEX3> and will meet \
             <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026-W01\">next week</TIMEX3>.</TEXT></TimeML>",
        )
        .unwrap();
        let doc = read_timeml(&f).unwrap();
        assert_eq!(doc.dct, Some(jiff::civil::date(2025, 12, 22)));
        assert!(doc.text.starts_with("\nA & B met Sunday"));
        assert_eq!(&doc.text[doc.gold[0].start..doc.gold[0].end], "Sunday");
        assert_eq!(&doc.text[doc.gold[1].start..doc.gold[1].end], "next week");
        let report = evaluate_timeml(std::slice::from_ref(&dir)).unwrap();
        assert_eq!((report.documents, report.gold), (1, 2));
        assert!(report.strict.f1 > 99.0, "{report}");
        assert!(report.value.f1 > 99.0, "{report}");
        std::fs::remove_dir_all(&dir).ok();
    }
}

//! Evaluation on PolNeAR (brat standoff attribution annotations).
//!
//! A split directory holds `text/<article>.txt` and `attributions/<article>_<annotator>.ann`; the first
//! `.ann` by name is scored for articles annotated several times. Gold attributions are the `E` lines with
//! a content span; offsets are Unicode code points.
//!
//! Predicted records that share a cue span (an interrupted quote: "“We are ready,” he said. “But not
//! yet.”") form one predicted attribution, as PolNeAR annotates such a quote as one discontinuous
//! content. A prediction matches a gold attribution when their overlap covers more than the threshold
//! (0.3, and 0.8) of the gold content; matching is one-to-one, best overlap first.

use std::fmt;
use std::path::{Path, PathBuf};

use newsx_core::{AnalyzedDocument, Document, Extractor, OffsetMap, Outputs, Value};
use serde::Serialize;

use crate::{QuotesError, QuotesExtractor};

/// A code-point range.
pub type Range = (usize, usize);

/// One gold attribution.
#[derive(Debug, Clone, Serialize)]
pub struct GoldAttribution {
    /// Content spans (discontinuous contents have several).
    pub content: Vec<Range>,
    /// Source spans, empty for attributions without a source.
    pub source: Vec<Range>,
    /// Cue spans.
    pub cue: Vec<Range>,
    /// True when the content holds a double quotation mark (direct and mixed quotes).
    pub quoted: bool,
}

/// One article with its gold attributions.
#[derive(Debug, Clone)]
pub struct GoldDocument {
    /// The article's file stem.
    pub name: String,
    /// The text.
    pub text: String,
    /// Publication date from `metadata.tsv`, when found.
    pub date: Option<newsx_core::Date>,
    /// Gold attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// One predicted attribution (records sharing a cue merged), in code points.
#[derive(Debug, Clone, Serialize)]
pub struct Predicted {
    /// Content spans.
    pub content: Vec<Range>,
    /// The speaker mention, if any.
    pub speaker: Option<Range>,
    /// The cue, if any.
    pub cue: Option<Range>,
    /// True for direct and mixed quotes.
    pub quoted: bool,
}

/// Precision, recall and F1 (percentages).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Prf {
    /// Predictions counted.
    pub predicted: usize,
    /// Gold items counted.
    pub gold: usize,
    /// Matched predictions.
    pub matched_predicted: usize,
    /// Matched gold items.
    pub matched_gold: usize,
    /// Precision, %.
    pub precision: f64,
    /// Recall, %.
    pub recall: f64,
    /// F1, %.
    pub f1: f64,
}

impl Prf {
    fn new(predicted: usize, gold: usize, matched_predicted: usize, matched_gold: usize) -> Prf {
        let p = pct(matched_predicted, predicted);
        let r = pct(matched_gold, gold);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            predicted,
            gold,
            matched_predicted,
            matched_gold,
            precision: p,
            recall: r,
            f1,
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Scores at one overlap threshold.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// The overlap threshold (share of the gold content covered).
    pub threshold: f64,
    /// (a) every attribution.
    pub all: Prf,
    /// (b) gold attributions with quote marks; precision over predicted direct+mixed quotes.
    pub quoted: Prf,
    /// (c) matched pairs whose gold has a source and whose predicted speaker overlaps it, %.
    pub speaker_accuracy: f64,
    /// Matched pairs with a gold source.
    pub speaker_pairs: usize,
    /// Speaker accuracy on matched quoted (direct+mixed) gold attributions, %.
    pub speaker_accuracy_quoted: f64,
    /// Matched pairs whose predicted cue overlaps the gold cue, %.
    pub cue_accuracy: f64,
    /// Matched pairs with a gold cue.
    pub cue_pairs: usize,
}

/// The PolNeAR report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PolnearReport {
    /// The split directory.
    pub split: String,
    /// Articles scored.
    pub documents: usize,
    /// Words (word-like tokens) processed.
    pub words: usize,
    /// Scores at overlap > 0.3.
    pub at_0_3: Scores,
    /// Scores at overlap > 0.8.
    pub at_0_8: Scores,
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PolNeAR {}: {} articles, {} words",
            self.split, self.documents, self.words
        )?;
        for s in [&self.at_0_3, &self.at_0_8] {
            writeln!(f, "overlap > {:.1}:", s.threshold)?;
            let row = |f: &mut fmt::Formatter<'_>, name: &str, p: &Prf| {
                writeln!(
                    f,
                    "  {name:<22} P {:5.1}  R {:5.1}  F1 {:5.1}   (pred {}/{}, gold {}/{})",
                    p.precision,
                    p.recall,
                    p.f1,
                    p.matched_predicted,
                    p.predicted,
                    p.matched_gold,
                    p.gold
                )
            };
            row(f, "(a) all attributions", &s.all)?;
            row(f, "(b) direct+mixed", &s.quoted)?;
            writeln!(
                f,
                "  (c) speaker accuracy {:5.1} ({} pairs; quoted {:5.1})   cue accuracy {:5.1} ({} pairs)",
                s.speaker_accuracy, s.speaker_pairs, s.speaker_accuracy_quoted, s.cue_accuracy, s.cue_pairs
            )?;
        }
        Ok(())
    }
}

fn io(path: &Path, source: std::io::Error) -> QuotesError {
    QuotesError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Reads a PolNeAR split directory.
pub fn load_polnear(split_dir: &Path) -> Result<Vec<GoldDocument>, QuotesError> {
    let ann_dir = split_dir.join("attributions");
    let text_dir = split_dir.join("text");
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(|e| io(&ann_dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let dates = read_dates(split_dir);
    let mut docs: Vec<GoldDocument> = Vec::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let base = stem.rsplit_once('_').map_or(stem, |(b, _)| b);
        if docs.last().is_some_and(|d| d.name == base) {
            continue;
        }
        let text_path = text_dir.join(format!("{base}.txt"));
        let text = std::fs::read_to_string(&text_path).map_err(|e| io(&text_path, e))?;
        let ann_text = std::fs::read_to_string(&ann).map_err(|e| io(&ann, e))?;
        let attributions = parse_ann(&ann_text, &text);
        let date = dates.iter().find(|(n, _)| n == base).map(|(_, d)| *d);
        docs.push(GoldDocument {
            name: base.to_string(),
            text,
            date,
            attributions,
        });
    }
    Ok(docs)
}

fn read_dates(split_dir: &Path) -> Vec<(String, newsx_core::Date)> {
    let Some(parent) = split_dir.parent() else {
        return Vec::new();
    };
    let Ok(meta) = std::fs::read_to_string(parent.join("metadata.tsv")) else {
        return Vec::new();
    };
    meta.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let name = cols.get(1)?;
            let date = newsx_core::parse_civil_date(cols.get(5)?)?;
            Some((name.to_string(), date))
        })
        .collect()
}

/// Parses one brat `.ann` file.
pub fn parse_ann(ann: &str, text: &str) -> Vec<GoldAttribution> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<(&str, &str, Vec<Range>)> = Vec::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        let body = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let Some((typ, rest)) = body.split_once(' ') else {
                continue;
            };
            let ranges: Vec<Range> = rest
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            spans.push((id, typ, ranges));
        } else if id.starts_with('E') {
            events.push(
                body.split_whitespace()
                    .filter_map(|x| x.split_once(':'))
                    .collect(),
            );
        }
    }
    let find = |id: &str| {
        spans
            .iter()
            .find(|(i, _, _)| *i == id)
            .map(|(_, _, r)| r.clone())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for ev in events {
        let mut g = GoldAttribution {
            content: vec![],
            source: vec![],
            cue: vec![],
            quoted: false,
        };
        for (role, id) in ev {
            match role {
                r if r.starts_with("Content") => g.content.extend(find(id)),
                "Source" => g.source.extend(find(id)),
                "Cue" => g.cue.extend(find(id)),
                _ => {}
            }
        }
        if g.content.is_empty() {
            continue;
        }
        g.quoted = g.content.iter().any(|&(s, e)| {
            chars.get(s..e.min(chars.len())).is_some_and(|cs| {
                cs.iter()
                    .any(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„'))
                    || cs.windows(2).any(|w| w == ['\'', '\''])
            })
        });
        out.push(g);
    }
    out
}

/// Runs the extractor on one gold document and merges its records into predicted attributions.
pub fn predict(
    doc: &GoldDocument,
    extractor: &QuotesExtractor,
    earlier: &dyn Fn(&AnalyzedDocument) -> Outputs,
) -> (Vec<Predicted>, usize) {
    let mut d = Document::new(doc.name.clone(), doc.text.clone());
    d.date = doc.date;
    let analyzed = AnalyzedDocument::new(&d);
    let words = analyzed
        .analysis()
        .tokens
        .iter()
        .filter(|t| t.is_wordlike())
        .count();
    let outs = earlier(&analyzed);
    let records = extractor
        .extract(&analyzed, &outs)
        .map(|o| o.records)
        .unwrap_or_default();
    let map = OffsetMap::new(&doc.text);
    let cp = |s: usize, e: usize| (map.char_offset(s), map.char_offset(e));
    let mut preds: Vec<Predicted> = Vec::new();
    let mut by_cue: Vec<(Range, usize)> = Vec::new();
    for r in &records {
        let span = |v: Option<&Value>| match v {
            Some(Value::Span(s, _)) => Some(cp(s.start, s.end)),
            _ => None,
        };
        let speaker = span(r.get("speaker"));
        let cue = span(r.get("cue"));
        let content = cp(r.span.start, r.span.end);
        let quoted = r.label != "indirect";
        if let Some(c) = cue {
            if let Some(&(_, i)) = by_cue.iter().find(|(x, _)| *x == c) {
                preds[i].content.push(content);
                preds[i].quoted |= quoted;
                continue;
            }
            by_cue.push((c, preds.len()));
        }
        preds.push(Predicted {
            content: vec![content],
            speaker,
            cue,
            quoted,
        });
    }
    (preds, words)
}

fn overlap(a: &[Range], b: &[Range]) -> usize {
    let mut n = 0;
    for &(s1, e1) in a {
        for &(s2, e2) in b {
            n += e1.min(e2).saturating_sub(s1.max(s2));
        }
    }
    n
}

fn total(a: &[Range]) -> usize {
    a.iter().map(|(s, e)| e.saturating_sub(*s)).sum()
}

/// One-to-one matching: (pred index, gold index) pairs.
pub fn match_pairs(
    preds: &[Predicted],
    gold: &[GoldAttribution],
    threshold: f64,
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (pi, p) in preds.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let gl = total(&g.content);
            if gl == 0 {
                continue;
            }
            let ov = overlap(&p.content, &g.content) as f64 / gl as f64;
            if ov > threshold {
                cands.push((ov, pi, gi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut pu = vec![false; preds.len()];
    let mut gu = vec![false; gold.len()];
    let mut out = Vec::new();
    for (_, pi, gi) in cands {
        if !pu[pi] && !gu[gi] {
            pu[pi] = true;
            gu[gi] = true;
            out.push((pi, gi));
        }
    }
    out
}

#[derive(Default)]
struct Counts {
    pred: usize,
    gold: usize,
    matched: usize,
    pred_q: usize,
    pred_q_matched: usize,
    gold_q: usize,
    gold_q_matched: usize,
    sp_pairs: usize,
    sp_ok: usize,
    spq_pairs: usize,
    spq_ok: usize,
    cue_pairs: usize,
    cue_ok: usize,
}

impl Counts {
    fn add(&mut self, preds: &[Predicted], gold: &[GoldAttribution], threshold: f64) {
        let pairs = match_pairs(preds, gold, threshold);
        self.pred += preds.len();
        self.gold += gold.len();
        self.matched += pairs.len();
        self.pred_q += preds.iter().filter(|p| p.quoted).count();
        self.gold_q += gold.iter().filter(|g| g.quoted).count();
        for &(pi, gi) in &pairs {
            let (p, g) = (&preds[pi], &gold[gi]);
            self.pred_q_matched += usize::from(p.quoted);
            self.gold_q_matched += usize::from(g.quoted);
            if !g.source.is_empty() {
                let ok = p.speaker.is_some_and(|s| overlap(&[s], &g.source) > 0);
                self.sp_pairs += 1;
                self.sp_ok += usize::from(ok);
                if g.quoted {
                    self.spq_pairs += 1;
                    self.spq_ok += usize::from(ok);
                }
            }
            if !g.cue.is_empty() {
                self.cue_pairs += 1;
                self.cue_ok += usize::from(p.cue.is_some_and(|c| overlap(&[c], &g.cue) > 0));
            }
        }
    }

    fn scores(&self, threshold: f64) -> Scores {
        Scores {
            threshold,
            all: Prf::new(self.pred, self.gold, self.matched, self.matched),
            quoted: Prf::new(
                self.pred_q,
                self.gold_q,
                self.pred_q_matched,
                self.gold_q_matched,
            ),
            speaker_accuracy: pct(self.sp_ok, self.sp_pairs),
            speaker_pairs: self.sp_pairs,
            speaker_accuracy_quoted: pct(self.spq_ok, self.spq_pairs),
            cue_accuracy: pct(self.cue_ok, self.cue_pairs),
            cue_pairs: self.cue_pairs,
        }
    }
}

/// Scores the extractor on a PolNeAR split directory (e.g. `…/polnear/data/dev`). `earlier` supplies the
/// outputs of the extractors quotes uses (entities, organizations); pass `&|_| Outputs::default()` for
/// surface speakers only.
pub fn evaluate_polnear(
    split_dir: &Path,
    extractor: &QuotesExtractor,
    earlier: &dyn Fn(&AnalyzedDocument) -> Outputs,
) -> Result<PolnearReport, QuotesError> {
    let docs = load_polnear(split_dir)?;
    if docs.is_empty() {
        return Err(QuotesError::Data(format!(
            "no .ann files under {}",
            split_dir.display()
        )));
    }
    let mut c3 = Counts::default();
    let mut c8 = Counts::default();
    let mut words = 0;
    for doc in &docs {
        let (preds, w) = predict(doc, extractor, earlier);
        words += w;
        c3.add(&preds, &doc.attributions, 0.3);
        c8.add(&preds, &doc.attributions, 0.8);
    }
    Ok(PolnearReport {
        split: split_dir.display().to_string(),
        documents: docs.len(),
        words,
        at_0_3: c3.scores(0.3),
        at_0_8: c8.scores(0.8),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_brat_and_matches_one_to_one() {
        let text = "“Hi there,” she said. Tom said that we won.";
        let ann = "T1\tContent 0 11\t“Hi there,”\nT2\tCue 17 21\tsaid\nT3\tSource 13 16\tshe\n\
                   E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\nT4\tContent 31 42\tthat we won\n\
                   T5\tCue 26 30\tsaid\nE2\tAttribution-no-source:T5 Content:T4 Cue:T5\n";
        let gold = parse_ann(ann, text);
        assert_eq!(gold.len(), 2);
        assert!(gold[0].quoted && !gold[1].quoted);
        assert_eq!(gold[0].source, vec![(13, 16)]);
        let preds = vec![
            Predicted {
                content: vec![(1, 10)],
                speaker: Some((13, 16)),
                cue: Some((17, 21)),
                quoted: true,
            },
            Predicted {
                content: vec![(36, 42)],
                speaker: None,
                cue: None,
                quoted: false,
            },
        ];
        assert_eq!(match_pairs(&preds, &gold, 0.3), vec![(0, 0), (1, 1)]);
        assert_eq!(match_pairs(&preds, &gold, 0.8), vec![(0, 0)]);
        let mut c = Counts::default();
        c.add(&preds, &gold, 0.3);
        let s = c.scores(0.3);
        assert_eq!(s.all.f1, 100.0);
        assert_eq!(s.speaker_accuracy, 100.0);
    }
}

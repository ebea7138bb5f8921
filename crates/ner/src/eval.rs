//! CoNLL evaluation: reads IOB1/IOB2 files (first column the word, last column the tag; `-DOCSTART-`
//! lines separate documents, blank lines sentences) and scores exact span + type like `conlleval`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::time::Instant;

use crate::tags::iob_chunks;
use crate::{NerError, Tagger};

/// One document of a CoNLL file.
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// Words, in order.
    pub words: Vec<String>,
    /// Gold tags (IOB1 or IOB2 strings), one per word.
    pub tags: Vec<String>,
    /// Sentences as ranges over `words`.
    pub sentences: Vec<Range<usize>>,
}

/// Reads a CoNLL file into documents. Files without `-DOCSTART-` lines are one document.
pub fn read_conll(path: &Path) -> Result<Vec<ConllDoc>, NerError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| NerError::Io(path.display().to_string(), e))?;
    Ok(parse_conll(&text))
}

/// Parses CoNLL text (see [`read_conll`]).
pub fn parse_conll(text: &str) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sent_start = 0;
    let close_sentence = |doc: &mut ConllDoc, sent_start: &mut usize| {
        if doc.words.len() > *sent_start {
            doc.sentences.push(*sent_start..doc.words.len());
        }
        *sent_start = doc.words.len();
    };
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("-DOCSTART-") {
            close_sentence(&mut doc, &mut sent_start);
            if !doc.words.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            sent_start = 0;
            continue;
        }
        if line.is_empty() {
            close_sentence(&mut doc, &mut sent_start);
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or_default();
        let tag = cols.next_back().unwrap_or("O");
        doc.words.push(word.to_string());
        doc.tags.push(tag.to_string());
    }
    close_sentence(&mut doc, &mut sent_start);
    if !doc.words.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Precision, recall and F1 (in percent) of one entity type or an overall group.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Score {
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Exact matches (span and type).
    pub correct: usize,
    /// Precision, percent.
    pub precision: f64,
    /// Recall, percent.
    pub recall: f64,
    /// F1, percent.
    pub f1: f64,
}

impl Score {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> Score {
        let p = if predicted > 0 {
            100.0 * correct as f64 / predicted as f64
        } else {
            0.0
        };
        let r = if gold > 0 {
            100.0 * correct as f64 / gold as f64
        } else {
            0.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Score {
            gold,
            predicted,
            correct,
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// conlleval-style scores of a tagger on a CoNLL file.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ConllReport {
    /// Documents read.
    pub documents: usize,
    /// Tokens read.
    pub tokens: usize,
    /// Scores per type ("PER", "LOC", "ORG", "MISC", and any other type found in the gold file).
    pub per_type: BTreeMap<String, Score>,
    /// PER + LOC + ORG (micro-averaged; MISC left out).
    pub overall_plo: Score,
    /// Every type (conlleval's overall line).
    pub overall: Score,
    /// Tagging throughput (words per second, one thread, including feature extraction).
    pub words_per_second: f64,
}

impl fmt::Display for ConllReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} documents, {} tokens, {:.0} words/s",
            self.documents, self.tokens, self.words_per_second
        )?;
        writeln!(
            f,
            "{:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "type", "gold", "pred", "ok", "P", "R", "F1"
        )?;
        let line = |f: &mut fmt::Formatter<'_>, name: &str, s: &Score| {
            writeln!(
                f,
                "{:<12} {:>6} {:>6} {:>6} {:>7.2} {:>7.2} {:>7.2}",
                name, s.gold, s.predicted, s.correct, s.precision, s.recall, s.f1
            )
        };
        for (k, s) in &self.per_type {
            line(f, k, s)?;
        }
        line(f, "PER+LOC+ORG", &self.overall_plo)?;
        line(f, "overall", &self.overall)
    }
}

/// Tags every document of a CoNLL file with `tagger` and scores it against the gold tags.
pub fn evaluate_conll(path: &Path, tagger: &Tagger) -> Result<ConllReport, NerError> {
    let docs = read_conll(path)?;
    Ok(evaluate_docs(&docs, tagger))
}

/// Scores `tagger` on parsed documents.
pub fn evaluate_docs(docs: &[ConllDoc], tagger: &Tagger) -> ConllReport {
    let mut predicted: Vec<Vec<String>> = Vec::with_capacity(docs.len());
    let t0 = Instant::now();
    for d in docs {
        let words: Vec<&str> = d.words.iter().map(String::as_str).collect();
        let tags = tagger.tag_words(&words, &d.sentences);
        predicted.push(tags.iter().map(ToString::to_string).collect());
    }
    let secs = t0.elapsed().as_secs_f64();
    let mut report = score_docs(docs, &predicted);
    report.words_per_second = report.tokens as f64 / secs.max(1e-9);
    report
}

/// conlleval scoring of predicted tag strings against the gold tags of `docs` (chunks never cross
/// sentence boundaries).
pub fn score_docs(docs: &[ConllDoc], predicted: &[Vec<String>]) -> ConllReport {
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for l in ["PER", "LOC", "ORG", "MISC"] {
        counts.insert(l.to_string(), (0, 0, 0));
    }
    let mut tokens = 0;
    for (d, pred) in docs.iter().zip(predicted) {
        tokens += d.words.len();
        for r in &d.sentences {
            let gold: Vec<&str> = d.tags[r.clone()].iter().map(String::as_str).collect();
            let p: Vec<&str> = pred
                .get(r.clone())
                .map(|p| p.iter().map(String::as_str).collect())
                .unwrap_or_else(|| vec!["O"; r.len()]);
            let g = iob_chunks(&gold);
            let pc = iob_chunks(&p);
            let gs: HashSet<&(usize, usize, String)> = g.iter().collect();
            for c in &g {
                counts.entry(c.2.clone()).or_default().0 += 1;
            }
            for c in &pc {
                let e = counts.entry(c.2.clone()).or_default();
                e.1 += 1;
                if gs.contains(c) {
                    e.2 += 1;
                }
            }
        }
    }
    let mut report = ConllReport {
        documents: docs.len(),
        tokens,
        ..Default::default()
    };
    let (mut a, mut b) = ((0, 0, 0), (0, 0, 0));
    for (k, &(g, p, c)) in &counts {
        report
            .per_type
            .insert(k.clone(), Score::from_counts(g, p, c));
        a = (a.0 + g, a.1 + p, a.2 + c);
        if k != "MISC" {
            b = (b.0 + g, b.1 + p, b.2 + c);
        }
    }
    report.overall = Score::from_counts(a.0, a.1, a.2);
    report.overall_plo = Score::from_counts(b.0, b.1, b.2);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_and_scores_exact_spans() {
        let text = "-DOCSTART- -X- O O\n\nAnna NNP I-PER\nSmith NNP I-PER\nvisited VBD O\nOslo NNP I-LOC\n\n\
                    -DOCSTART- -X- O O\n\nACME NNP I-ORG\nwon VBD O\n";
        let docs = parse_conll(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences, vec![0..4]);
        let pred = vec![
            vec!["B-PER".into(), "O".into(), "O".into(), "B-LOC".into()],
            vec!["B-ORG".into(), "O".into()],
        ];
        let r = score_docs(&docs, &pred);
        assert_eq!(r.per_type["PER"].correct, 0);
        assert_eq!(r.per_type["PER"].predicted, 1);
        assert_eq!(r.per_type["LOC"].f1, 100.0);
        assert_eq!(r.overall_plo.gold, 3);
        assert_eq!(r.overall_plo.correct, 2);
    }
}

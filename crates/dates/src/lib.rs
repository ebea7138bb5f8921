//! # newsx-dates
//!
//! A rule-based TIMEX3 recognizer and normaliser for English news: absolute dates in every common news
//! form, relative expressions anchored to the article's date (the document creation time, DCT), clock
//! times, durations, sets, decades, seasons, quarters and ISO weeks, with TimeML `mod`s.
//!
//! Every token is classified once (one hash look-up); a hand-written grammar then runs only from the few
//! tokens that can start an expression, so extraction is linear in the input and needs no regular
//! expressions at run time. No clock is ever read: without a DCT, relative values stay underspecified
//! (`XXXX-…`).
//!
//! ```
//! use newsx_dates::{DatesExtractor, DatesOptions, TimexType};
//!
//! let dates = DatesExtractor::new(DatesOptions::default()).unwrap();
//! let dct = jiff::civil::date(2025, 12, 22); // a Monday
//! let found = dates.extract_str("Moscow confirmed Monday that talks held on Sunday would resume next week.", Some(dct));
//! let values: Vec<(&str, &str)> = found.iter().map(|t| (&t.value[..], t.kind.as_str())).collect();
//! assert_eq!(values, [("2025-12-22", "DATE"), ("2025-12-21", "DATE"), ("2026-W01", "DATE")]);
//! assert_eq!(found[2].interval().map(|(s, e)| (s.to_string(), e.to_string())),
//!            Some(("2025-12-29".to_string(), "2026-01-05".to_string())));
//! ```
#![forbid(unsafe_code)]

mod calendar;
pub mod eval;
mod grammar;
mod lexicon;
mod shared_year;

use newsx_core::{
    AnalyzedDocument, ExtractError, Extractor, Field, Output, Outputs, Record, Span, TextAnalysis,
    Value,
};

use calendar::Day;

/// Options of the dates extractor (the `[extractors.dates]` table).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatesOptions {
    /// When a document has no date, take it from a wire dateline with a full date at the start of the
    /// text ("WASHINGTON, Dec. 22, 2025 -").
    pub dateline_fallback: bool,
    /// Also annotate the title.
    pub title: bool,
    /// Emit the `interval` attribute for values naming calendar periods.
    pub intervals: bool,
}

impl Default for DatesOptions {
    fn default() -> Self {
        DatesOptions {
            dateline_fallback: true,
            title: true,
            intervals: true,
        }
    }
}

/// Errors of the dates extractor.
#[derive(Debug, thiserror::Error)]
pub enum DatesError {
    /// A TimeML file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A TimeML file is malformed.
    #[error("malformed TimeML in {path}: {message}")]
    TimeMl {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period ("Monday", "2025-12", "PAST_REF").
    Date,
    /// A time of day ("3 p.m.", "Monday night").
    Time,
    /// A duration ("four years").
    Duration,
    /// A recurrence ("every Monday").
    Set,
}

impl TimexType {
    /// The TimeML name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// The TIMEX3 type.
    pub kind: TimexType,
    /// First byte in the analysed string.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The TIMEX3 value (`2025-12-22`, `2026-W01`, `P4Y`, `PRESENT_REF`, `XXXX-12-25`…).
    pub value: String,
    /// The TIMEX3 `mod` (`APPROX`, `START`, `MORE_THAN`…).
    pub modifier: Option<&'static str>,
    /// The `freq` of a SET (`1X`).
    pub freq: Option<String>,
    /// The `quant` of a SET (`EVERY`, `EACH`).
    pub quant: Option<&'static str>,
}

impl Timex {
    /// The calendar interval `[start, end)` the value names, for days, weeks, months, quarters, halves,
    /// seasons, years, decades and centuries (times give their day).
    pub fn interval(&self) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        if matches!(self.kind, TimexType::Duration | TimexType::Set) {
            return None;
        }
        let (a, b) = calendar::interval(&self.value)?;
        let conv =
            |d: Day| jiff::civil::Date::new(i16::try_from(d.y).ok()?, d.m as i8, d.d as i8).ok();
        Some((conv(a)?, conv(b)?))
    }

    fn record(&self, field: Field, intervals: bool) -> Record {
        let mut r = Record::new(
            "type",
            self.kind.as_str(),
            Span::in_field(field, self.start, self.end),
        )
        .with("value", self.value.clone())
        .with_opt("mod", self.modifier);
        if intervals {
            if let Some((s, e)) = self.interval() {
                r = r.with(
                    "interval",
                    Value::Object(vec![
                        ("start", Value::from(s.to_string())),
                        ("end", Value::from(e.to_string())),
                    ]),
                );
            }
        }
        r.with_opt("freq", self.freq.clone())
            .with_opt("quant", self.quant)
    }
}

/// The dates extractor. Build once, share between threads.
#[derive(Debug)]
pub struct DatesExtractor {
    options: DatesOptions,
    lexicon: lexicon::Lexicon,
}

impl DatesExtractor {
    /// Builds the word tables.
    pub fn new(options: DatesOptions) -> Result<DatesExtractor, DatesError> {
        Ok(DatesExtractor {
            options,
            lexicon: lexicon::Lexicon::new(),
        })
    }

    /// Finds the temporal expressions of a plain string, anchored to `dct` (the article's date), in text
    /// order. Offsets are bytes into `text`.
    pub fn extract_str(&self, text: &str, dct: Option<jiff::civil::Date>) -> Vec<Timex> {
        let analysis = TextAnalysis::new(text);
        self.extract_analyzed(text, &analysis, dct)
    }

    /// Like [`DatesExtractor::extract_str`] on an already analysed string.
    pub fn extract_analyzed(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        dct: Option<jiff::civil::Date>,
    ) -> Vec<Timex> {
        let mut dct = dct.and_then(to_day);
        let mut partial = None;
        if dct.is_none() && self.options.dateline_fallback {
            (dct, partial) = self.dateline(text, analysis);
        }
        let mut out = Vec::new();
        grammar::find_with(&self.lexicon, text, analysis, dct, partial, &mut out);
        out.sort_by_key(|t| (t.start, t.end));
        out
    }

    /// The date of the first line's dateline: a full one ("WASHINGTON, Dec. 22, 2025 -"), or only its
    /// month and day ("SALVADOR, Feb 26 -").
    fn dateline(&self, text: &str, analysis: &TextAnalysis) -> (Option<Day>, Option<(u32, u32)>) {
        self.dateline_value(text, analysis)
            .map_or((None, None), |v| match calendar::interval(&v) {
                Some((a, _)) if v.len() == 10 => (Some(a), None),
                _ => {
                    let md = v.strip_prefix("XXXX-").and_then(|r| {
                        let (m, d) = r.split_once('-')?;
                        Some((m.parse().ok()?, d.parse().ok()?))
                    });
                    (None, md)
                }
            })
    }

    fn dateline_value(&self, text: &str, analysis: &TextAnalysis) -> Option<String> {
        let para = analysis.paragraphs.first()?;
        let head_end = text[para.start..para.end]
            .find([' ', '\u{a0}'])
            .map_or(para.end, |_| para.end);
        let toks = &analysis.tokens[para.tokens.clone()];
        let dash = toks
            .iter()
            .take(16)
            .position(|t| matches!(t.text(text), "-" | "—" | "–" | "--" | "_"))?;
        let line_head_end = toks[dash].start.min(head_end);
        let mut found = Vec::new();
        let sub = TextAnalysis {
            tokens: toks[..dash].to_vec(),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
        };
        grammar::find(
            &self.lexicon,
            &text[..line_head_end],
            &sub,
            None,
            &mut found,
        );
        found
            .into_iter()
            .find(|t| t.value.len() == 10 && t.value.as_bytes()[7] == b'-')
            .map(|t| t.value)
    }
}

fn to_day(d: jiff::civil::Date) -> Option<Day> {
    Day::new(i64::from(d.year()), d.month() as u32, d.day() as u32)
}

impl Extractor for DatesExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        _earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let dct = doc.document().date;
        let mut records: Vec<Record> = self
            .extract_analyzed(doc.text(), doc.analysis(), dct)
            .iter()
            .map(|t| t.record(Field::Text, self.options.intervals))
            .collect();
        if self.options.title {
            if let Some((title, analysis)) = doc.title() {
                // The title shares the article's date (no dateline there).
                let mut found = Vec::new();
                grammar::find(
                    &self.lexicon,
                    title,
                    analysis,
                    dct.and_then(to_day),
                    &mut found,
                );
                records.extend(
                    found
                        .iter()
                        .map(|t| t.record(Field::Title, self.options.intervals)),
                );
            }
        }
        Ok(Output::new(records))
    }
}

#[cfg(test)]
mod tests;

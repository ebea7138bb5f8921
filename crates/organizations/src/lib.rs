//! # newsx-organizations
//!
//! Organizations with one canonical name per document, acronyms, legal forms and kinds, built on
//! the tagger's `ORG` mentions (the `ner` extractor) plus rules for what taggers miss:
//!
//! * a curated table of well-known organizations (UN, NATO, EU, CDC, Kremlin, Reuters…; [`table`]);
//! * company legal forms after a capitalised name ("Acme Widgets Inc.", "Fiat S.p.A."; [`legal`]);
//! * head nouns ("Eurasian Economic Union", "Ministry of Defence"; [`kinds`]);
//! * descriptors before a short capitalised name ("social media company X", "news agency Azertac");
//! * acronym definitions ("Commonwealth of Independent States (CIS)").
//!
//! Within a document, mentions are merged under one `canonical` name: an acronym takes the long form
//! defined in the document or in the table ("CIS" → "Commonwealth of Independent States", with
//! `acronym: "CIS"` on every mention of it), initials link ("the European Union … the EU"), a legal
//! form is left out of the canonical name ("Acme Widgets Inc." and "Acme Widgets" → "Acme Widgets"),
//! and names found once are labelled wherever else they occur. Leading "the" and possessive 's stay
//! outside spans; "Russia-led Eurasian Economic Union" gives "Eurasian Economic Union" (Russia is a
//! LOCATION, left to the entities extractor). Records: `{type: "ORGANIZATION", text, start, end,
//! canonical, [acronym], [legal_form], [kind]}` with kind one of company, government,
//! political_party, international, media, education, sports, other.
//!
//! The tagger's ORG spans are cleaned (leading "the", "Russia-led", "Russia's"; trailing 's; split
//! at commas) and kept unless the document says otherwise: a lone surname of a person named in
//! full elsewhere is left to the person, a name the tagger calls a place more often than an
//! organization is left to the entities extractor, and in a title-case headline an ORG guess the
//! body never repeats ("Florida Talks") is ignored. Rule-based finds are skipped in all-caps text,
//! title-case lines, and where the tagger saw a person.
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span};
//! use newsx_organizations::{OrganizationsExtractor, OrganizationsOptions};
//!
//! let doc = Document::new(
//!     "1",
//!     "Leaders of the Commonwealth of Independent States (CIS) met. The CIS summit ended, \
//!      US social media company X reported.",
//! );
//! // The tagger found nothing here (normally `earlier` is filled by the runner).
//! let mut earlier = Outputs::default();
//! earlier.insert("ner", Output::new(vec![]));
//! let orgs = OrganizationsExtractor::new(OrganizationsOptions::default()).unwrap();
//! let out = orgs.extract(&AnalyzedDocument::new(&doc), &earlier).unwrap();
//! let found: Vec<(&str, Option<&str>, Option<&str>)> = out.records.iter()
//!     .map(|r| (r.span.text(&doc), r.get_str("canonical"), r.get_str("kind")))
//!     .collect();
//! assert_eq!(found, [
//!     ("Commonwealth of Independent States", Some("Commonwealth of Independent States"), Some("international")),
//!     ("CIS", Some("Commonwealth of Independent States"), Some("international")),
//!     ("CIS", Some("Commonwealth of Independent States"), Some("international")),
//!     ("X", Some("X"), Some("company")),
//! ]);
//! assert_eq!(out.records[1].get_str("acronym"), Some("CIS"));
//! ```
#![forbid(unsafe_code)]

pub mod kinds;
pub mod legal;
pub mod mentions;
pub mod table;

use std::collections::HashMap;
use std::ops::Range;

use newsx_core::lexicon::{contains_ignore_case, SENTENCE_STARTERS};
use newsx_core::{
    AnalyzedDocument, ExtractError, Extractor, Output, Outputs, Record, Span, TextAnalysis,
    TokenKind, Tokenizer,
};

pub use kinds::Kind;
use kinds::{with_lower, Heads};
use legal::LegalForms;
use mentions::{
    collapse_ws, is_capitalized, is_determiner, is_mostly_upper, MentionIndex, NerLabel, FIELDS,
    NONE,
};
use table::{Known, KNOWN};

/// Options of the organizations extractor (`[extractors.organizations]`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OrganizationsOptions {
    /// Find organizations the tagger missed: curated table, legal forms, head nouns, descriptors
    /// and acronym definitions. Off: only the tagger's ORG mentions, named and classified.
    pub rules: bool,
    /// Label every further occurrence of an organization's name (or acronym) found in the document.
    pub propagate: bool,
}

impl Default for OrganizationsOptions {
    fn default() -> Self {
        OrganizationsOptions {
            rules: true,
            propagate: true,
        }
    }
}

/// Why the extractor could not be built.
#[derive(Debug, thiserror::Error)]
pub enum OrganizationsError {
    /// An embedded table is inconsistent.
    #[error("organizations: bad table: {0}")]
    Table(String),
}

/// The organizations extractor.
#[derive(Debug)]
pub struct OrganizationsExtractor {
    options: OrganizationsOptions,
    heads: Heads,
    legal: LegalForms,
    /// First token of a known surface → (entry, surface tokens), longest first.
    known_by_first: HashMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
    /// Surface → entry.
    known_by_surface: HashMap<&'static str, usize>,
}

/// Where a candidate comes from; lower is stronger when two candidates of one length overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Known,
    Legal,
    Ner,
    Acronym,
    Head,
    Descriptor,
    Propagated,
}

#[derive(Debug, Clone)]
struct Cand {
    field: usize,
    tokens: Range<usize>,
    source: Source,
    /// Tokens of a legal form inside the span.
    legal: Option<Range<usize>>,
    /// Cluster assigned directly (propagation).
    cluster: Option<usize>,
}

#[derive(Debug, Clone)]
struct Cluster {
    canonical: String,
    acronym: Option<String>,
    /// (rank of the evidence, kind): the lowest rank wins.
    kind: Option<(u8, Kind)>,
}

const WEEKDAYS_MONTHS: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "may",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Month and weekday abbreviations: never spread as names.
const CALENDAR: &[&str] = &[
    "apr", "aug", "dec", "feb", "fri", "jan", "jul", "jun", "mar", "mon", "nov", "oct", "sat",
    "sep", "sept", "sun", "thu", "tue", "wed",
];

/// Words that end the "of …" complement of a head ("Bank of England Governor").
const ROLE_WORDS: &[&str] = &[
    "ambassador",
    "ceo",
    "chairman",
    "chairwoman",
    "chief",
    "deputy",
    "director",
    "envoy",
    "governor",
    "head",
    "leader",
    "member",
    "members",
    "minister",
    "official",
    "officials",
    "president",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// All-caps strings that initials must not claim (they are places or common abbreviations).
const NOT_ACRONYMS: &[&str] = &[
    "AI", "AM", "CEO", "DC", "GDP", "HR", "ID", "IT", "OK", "PM", "PR", "TV", "UAE", "UK", "US",
    "USA",
];

impl OrganizationsExtractor {
    /// Builds the extractor (tables and matchers, a few milliseconds).
    pub fn new(options: OrganizationsOptions) -> Result<Self, OrganizationsError> {
        let mut known_by_first: HashMap<&'static str, Vec<(usize, Vec<&'static str>)>> =
            HashMap::new();
        let mut known_by_surface = HashMap::new();
        for (i, e) in KNOWN.iter().enumerate() {
            for &s in e.surfaces {
                if known_by_surface.insert(s, i).is_some() {
                    return Err(OrganizationsError::Table(format!("duplicate surface {s}")));
                }
                let toks: Vec<&'static str> = Tokenizer
                    .tokenize(s)
                    .iter()
                    .map(|t| &s[t.start..t.end])
                    .collect();
                let Some(&first) = toks.first() else {
                    return Err(OrganizationsError::Table(format!(
                        "empty surface in {}",
                        e.canonical
                    )));
                };
                known_by_first.entry(first).or_default().push((i, toks));
            }
        }
        for v in known_by_first.values_mut() {
            v.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
        }
        let legal = LegalForms::new();
        if legal.is_empty() {
            return Err(OrganizationsError::Table("no legal forms".into()));
        }
        Ok(OrganizationsExtractor {
            options,
            heads: Heads::new(),
            legal,
            known_by_first,
            known_by_surface,
        })
    }

    fn known(&self, surface: &str) -> Option<&'static Known> {
        self.known_by_surface.get(surface).map(|&i| &KNOWN[i])
    }
}

impl Extractor for OrganizationsExtractor {
    fn name(&self) -> &'static str {
        "organizations"
    }

    fn requires(&self) -> &'static [&'static str] {
        &["ner"]
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let ner = earlier.get("ner").ok_or(ExtractError::MissingDependency {
            extractor: "organizations",
            required: "ner",
        })?;
        let index = MentionIndex::new(doc, ner);
        Ok(Output::new(Run::new(self, doc, &index).run()))
    }
}

/// The state of one document's extraction.
struct Run<'a, 'd> {
    ex: &'a OrganizationsExtractor,
    doc: &'a AnalyzedDocument<'d>,
    index: &'a MentionIndex,
    cands: Vec<Cand>,
    /// (field, first token) → kind marked by a descriptor.
    descriptor_kinds: HashMap<(usize, usize), Kind>,
    /// Acronym definitions: (acronym, field, long-form tokens).
    definitions: Vec<(String, usize, Range<usize>)>,
    /// Last words of the tagger's multi-word person mentions.
    surnames: Vec<&'d str>,
    /// Look-ups done by [`Run::lowercase_elsewhere`].
    lowercase_lookups: usize,
    /// Per tagged name: (times tagged LOC, times tagged ORG).
    votes: HashMap<String, (usize, usize)>,
    buf: String,
}

fn is_modifier_compound(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()))
}

/// A word that can be part of a name: capitalised (or a number-led code such as "3M", "G20"), not
/// a modifier compound ("Russia-led").
fn is_name_word(text: &str, an: &TextAnalysis, t: usize) -> bool {
    let Some(tok) = an.tokens.get(t) else {
        return false;
    };
    let w = tok.text(text);
    matches!(
        tok.kind,
        TokenKind::Word | TokenKind::Abbreviation | TokenKind::Initial | TokenKind::Number
    ) && (is_capitalized(w)
        || (w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().any(char::is_uppercase)))
        && !is_modifier_compound(w)
}

fn is_acronym_like(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    (2..=12).contains(&w.len())
        && upper >= 2
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-' | '+'))
}

impl<'a, 'd> Run<'a, 'd> {
    fn new(
        ex: &'a OrganizationsExtractor,
        doc: &'a AnalyzedDocument<'d>,
        index: &'a MentionIndex,
    ) -> Self {
        let mut surnames = Vec::new();
        for m in index.mentions.iter().filter(|m| m.label == NerLabel::Per) {
            let (text, an) = doc.field(m.field);
            let words: Vec<&'d str> = m
                .tokens
                .clone()
                .filter(|&t| an.tokens[t].kind == TokenKind::Word)
                .map(|t| an.tokens[t].text(text))
                .collect();
            if let (true, Some(last)) = (words.len() >= 2, words.last()) {
                if !surnames.contains(last) && surnames.len() < 256 {
                    surnames.push(*last);
                }
            }
        }
        let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
        for m in &index.mentions {
            if matches!(m.label, NerLabel::Loc | NerLabel::Org) {
                let (text, an) = doc.field(m.field);
                let name =
                    mentions::surface(text, an, mentions::trim_tokens(text, an, m.tokens.clone()));
                if name.is_empty() {
                    continue;
                }
                let v = votes.entry(name).or_default();
                if m.label == NerLabel::Loc {
                    v.0 += 1;
                } else {
                    v.1 += 1;
                }
            }
        }
        Run {
            ex,
            doc,
            index,
            votes,
            surnames,
            lowercase_lookups: 0,
            cands: Vec::new(),
            descriptor_kinds: HashMap::new(),
            definitions: Vec::new(),
            buf: String::new(),
        }
    }

    /// True when the tagger calls `name` a place more often than an organization in this document.
    fn mostly_place(&self, name: &str) -> bool {
        let (loc, org) = self.votes.get(name).copied().unwrap_or_default();
        loc > org
    }

    /// True when token `t` is the last word of a multi-word person mention of the document.
    fn is_person_surname(&self, f: usize, t: usize) -> bool {
        let (text, an) = self.field(f);
        let word = an.tokens[t].text(text);
        self.surnames.contains(&word)
    }

    fn field(&self, f: usize) -> (&'d str, &'a TextAnalysis) {
        self.doc.field(FIELDS[f])
    }

    fn ner_label(&self, f: usize, t: usize) -> Option<NerLabel> {
        let id = *self.index.owner[f].get(t)?;
        (id != NONE).then(|| self.index.mentions[id as usize].label)
    }

    fn ner_range(&self, f: usize, t: usize) -> Option<Range<usize>> {
        let id = *self.index.owner[f].get(t)?;
        (id != NONE).then(|| self.index.mentions[id as usize].tokens.clone())
    }

    /// True when a person mention, or a place/other mention reaching outside `r`, overlaps `r`.
    fn blocked(&self, f: usize, r: &Range<usize>) -> bool {
        r.clone().any(|t| match self.ner_label(f, t) {
            Some(NerLabel::Per) => true,
            Some(NerLabel::Loc | NerLabel::Misc) => self
                .ner_range(f, t)
                .is_some_and(|m| m.start < r.start || m.end > r.end),
            _ => false,
        })
    }

    fn run(mut self) -> Vec<Record> {
        for f in 0..FIELDS.len() {
            self.tagger_mentions(f);
            let (text, _) = self.field(f);
            if self.ex.options.rules && !is_mostly_upper(text) {
                self.known_scan(f);
                self.legal_forms(f);
                self.acronym_definitions(f);
                self.head_runs(f);
                self.descriptors(f);
            }
        }
        let mut accepted = self.resolve();
        let (clusters, mut cluster_of) = self.cluster(&accepted);
        if self.ex.options.propagate {
            let before = self.cands.len();
            self.propagate(&accepted, &cluster_of, &clusters);
            let new: Vec<usize> = (before..self.cands.len()).collect();
            let mut occupied = self.occupancy(&accepted);
            for i in new {
                let c = &self.cands[i];
                if c.tokens.clone().all(|t| !occupied[c.field][t]) {
                    for t in c.tokens.clone() {
                        occupied[c.field][t] = true;
                    }
                    accepted.push(i);
                    cluster_of.insert(i, c.cluster.unwrap_or(0));
                }
            }
        }
        let mut out = Vec::with_capacity(accepted.len());
        for &i in &accepted {
            let c = &self.cands[i];
            let (text, an) = self.field(c.field);
            let span = Span::in_field(
                FIELDS[c.field],
                an.tokens[c.tokens.start].start,
                an.tokens[c.tokens.end - 1].end,
            );
            let cl = &clusters[cluster_of[&i]];
            let legal_form = c
                .legal
                .as_ref()
                .map(|r| collapse_ws(&text[an.tokens[r.start].start..an.tokens[r.end - 1].end]));
            out.push(
                Record::new("type", "ORGANIZATION", span)
                    .with("canonical", cl.canonical.clone())
                    .with_opt("acronym", cl.acronym.clone())
                    .with_opt("legal_form", legal_form)
                    .with_opt("kind", cl.kind.map(|(_, k)| k.as_str())),
            );
        }
        out.sort_by_key(|r| r.span);
        out
    }

    fn push(
        &mut self,
        f: usize,
        tokens: Range<usize>,
        source: Source,
        legal: Option<Range<usize>>,
    ) {
        if !tokens.is_empty() {
            self.cands.push(Cand {
                field: f,
                tokens,
                source,
                legal,
                cluster: None,
            });
        }
    }

    /// Trims determiners, modifier compounds ("Russia-led"), anything up to a possessive
    /// ("Russia's Gazprom") at the start and possessives/punctuation at the end.
    fn trim(&self, f: usize, mut r: Range<usize>) -> Range<usize> {
        let (text, an) = self.field(f);
        // "Russia's Gazprom" → "Gazprom" when the document tags the owner as a place; "Heinl's
        // Nursery", "McDonald's" keep their possessive.
        if let Some(p) = r
            .clone()
            .rev()
            .find(|&t| an.tokens[t].kind == TokenKind::Possessive && t + 1 < r.end)
        {
            let owner = collapse_ws(&text[an.tokens[r.start].start..an.tokens[p].start]);
            if self.votes.get(&owner).is_some_and(|v| v.0 > 0) {
                r.start = p + 1;
            }
        }
        while r.start < r.end {
            let t = an.tokens[r.start];
            let w = t.text(text);
            if !t.is_wordlike() || is_determiner(w) || is_modifier_compound(w) {
                r.start += 1;
            } else {
                break;
            }
        }
        while r.end > r.start
            && matches!(
                an.tokens[r.end - 1].kind,
                TokenKind::Possessive | TokenKind::Punct | TokenKind::Quote | TokenKind::Clitic
            )
        {
            r.end -= 1;
        }
        r
    }

    fn surface(&self, f: usize, r: &Range<usize>) -> String {
        let (text, an) = self.field(f);
        if r.is_empty() {
            return String::new();
        }
        collapse_ws(&text[an.tokens[r.start].start..an.tokens[r.end - 1].end])
    }

    /// Tagger ORG mentions, and LOC/MISC mentions that are well-known organizations ("Kremlin").
    fn tagger_mentions(&mut self, f: usize) {
        let field = FIELDS[f];
        let mentions: Vec<(Range<usize>, NerLabel)> = self
            .index
            .mentions
            .iter()
            .filter(|m| m.field == field && m.label != NerLabel::Per)
            .map(|m| (m.tokens.clone(), m.label))
            .collect();
        // A comma inside a tagger span joins two names ("Times, the Washington Post"), except in
        // a serial complement ("Department for Culture, Media and Sport"); a legal form after a
        // comma ("Acme Widgets, Inc.") is restored by the legal-form rule.
        let (text, an) = self.field(f);
        let mentions: Vec<(Range<usize>, NerLabel)> = mentions
            .into_iter()
            .flat_map(|(r, label)| {
                if self.serial_complement(f, &r) {
                    return vec![(r, label)];
                }
                let mut parts = Vec::new();
                let mut start = r.start;
                for t in r.clone() {
                    if an.tokens[t].text(text) == "," {
                        parts.push((start..t, label));
                        start = t + 1;
                        // "…, and Kestrel Company"
                        if start < r.end && an.tokens[start].text(text) == "and" {
                            start += 1;
                        }
                    }
                }
                parts.push((start..r.end, label));
                parts
            })
            .collect();
        // "European Union and Apple Inc.": a coordination of two complete names is two names.
        let mentions: Vec<(Range<usize>, NerLabel)> = mentions
            .into_iter()
            .flat_map(|(r, label)| {
                if label == NerLabel::Org {
                    self.split_coordination(f, r)
                        .into_iter()
                        .map(|p| (p, label))
                        .collect()
                } else {
                    vec![(r, label)]
                }
            })
            .collect();
        for (r, label) in mentions {
            let r = self.trim(f, r);
            if r.is_empty() {
                continue;
            }
            match label {
                // A name the tagger mostly calls a place in this document ("Moscow confirmed …"
                // after "… fly to Moscow") is left to the entities extractor.
                NerLabel::Org if self.mostly_place(&self.surface(f, &r)) => {}
                NerLabel::Org => {
                    // A lone surname of a person named in full elsewhere is the person (the
                    // entities extractor relabels it).
                    if r.len() == 1 && self.is_person_surname(f, r.start) {
                        continue;
                    }
                    let mut r = r;
                    // A legal form right after a span with a connector ("Marks and Spencer
                    // Group" + "plc"), which the legal-form rule cannot reach across "and".
                    if r.clone()
                        .any(|t| matches!(an.tokens[t].text(text), "and" | "&"))
                        && self.legal_inside(f, &r).is_none()
                    {
                        let mut buf = std::mem::take(&mut self.buf);
                        if let Some(lf) =
                            self.ex
                                .legal
                                .suffix_at(text, an, r.end, an.tokens.len(), &mut buf)
                        {
                            r.end = lf.end;
                        }
                        self.buf = buf;
                    }
                    let legal = self.legal_inside(f, &r);
                    self.push(f, r, Source::Ner, legal);
                }
                _ => {
                    let s = self.surface(f, &r);
                    if self.ex.known(&s).is_some_and(|k| k.detect) {
                        self.push(f, r, Source::Known, None);
                    }
                }
            }
        }
    }

    /// True for "Head of/for A, B and C" ("Bureau of Alcohol, Tobacco, Firearms and Explosives"):
    /// the commas list the complement, each item a few capitalised words that are no name of
    /// their own (not known, not ended by a head noun unless a single word).
    fn serial_complement(&self, f: usize, r: &Range<usize>) -> bool {
        let (text, an) = self.field(f);
        let word = |t: usize| an.tokens[t].text(text);
        let Some(first_comma) = r.clone().find(|&t| word(t) == ",") else {
            return false;
        };
        let Some(and) = r.clone().rev().find(|&t| word(t) == "and") else {
            return false;
        };
        let head_of = (r.start..first_comma).any(|t| {
            self.ex.heads.is_head(word(t))
                && t + 1 < first_comma
                && matches!(word(t + 1), "of" | "for")
        });
        if !head_of || and < first_comma {
            return false;
        }
        // The items between the commas and before "and", and the last one after it.
        let mut items: Vec<Range<usize>> = Vec::new();
        let mut start = first_comma + 1;
        for t in first_comma + 1..r.end {
            if word(t) == "," || t == and {
                items.push(start..t);
                start = t + 1;
            }
        }
        items.push(start..r.end);
        items.iter().all(|p| {
            let p = p.clone();
            let n = p.len();
            // An empty item is the serial comma before "and".
            (n == 0 && p.end == and)
                || ((1..=3).contains(&n)
                    && p.clone().all(|t| is_name_word(text, an, t))
                    && (n == 1 || !self.ex.heads.is_head(word(p.end - 1)))
                    && self.ex.known(&self.surface(f, &p)).is_none())
        })
    }

    /// Splits a tagger ORG span at "and" when it coordinates two complete names: "European Union
    /// and Apple Inc." → "European Union", "Apple Inc."; "Marks and Spencer Group plc", "Food and
    /// Drug Administration", "Centers for Disease Control and Prevention" stay whole ("&" never
    /// splits: "Procter & Gamble Co.", "Johnson & Johnson").
    fn split_coordination(&self, f: usize, r: Range<usize>) -> Vec<Range<usize>> {
        let (text, an) = self.field(f);
        let word = |t: usize| an.tokens[t].text(text);
        if self.serial_complement(f, &r)
            || self
                .ex
                .known(&self.surface(f, &self.trim(f, r.clone())))
                .is_some()
        {
            return vec![r];
        }
        for and in (r.start + 1..r.end.saturating_sub(1)).filter(|&t| word(t) == "and") {
            if !self.known_across(f, r.clone(), and)
                && self.splits_at(f, r.start..and, and + 1..r.end)
            {
                let mut right = and + 1..r.end;
                while is_determiner(word(right.start)) {
                    right.start += 1;
                }
                let mut parts = vec![self.trim(f, r.start..and)];
                parts.extend(self.split_coordination(f, right));
                return parts;
            }
        }
        vec![r]
    }

    /// True when a known name inside `r` covers token `t` with words on both sides ("U.S.
    /// Securities and Exchange Commission").
    fn known_across(&self, f: usize, r: Range<usize>, t: usize) -> bool {
        let (text, an) = self.field(f);
        (r.start..t).any(|s| {
            self.ex
                .known_by_first
                .get(an.tokens[s].text(text))
                .is_some_and(|options| {
                    options.iter().any(|(_, toks)| {
                        s + toks.len() > t + 1
                            && s + toks.len() <= r.end
                            && toks
                                .iter()
                                .enumerate()
                                .all(|(k, w)| an.tokens[s + k].text(text) == *w)
                    })
                })
        })
    }

    /// True when `left` "and" `right` are two complete names: the left one known (curated table)
    /// or closed by a legal form or head noun, and (unless it is known without a complement or
    /// closed by a legal form) the right one too.
    fn splits_at(&self, f: usize, left: Range<usize>, mut right: Range<usize>) -> bool {
        let (text, an) = self.field(f);
        let word = |t: usize| an.tokens[t].text(text);
        let left = self.trim(f, left);
        while right.start < right.end && is_determiner(word(right.start)) {
            right.start += 1;
        }
        if left.is_empty()
            || right.is_empty()
            || !is_name_word(text, an, left.start)
            || !is_name_word(text, an, right.start)
        {
            return false;
        }
        let (ls, rs) = (self.surface(f, &left), self.surface(f, &right));
        if ls == rs {
            return false;
        }
        let has_connector = |p: &Range<usize>| {
            p.clone()
                .any(|t| matches!(word(t), "of" | "for" | "and" | "&" | "on" | "de"))
        };
        let names = |p: &Range<usize>| p.clone().filter(|&t| is_name_word(text, an, t)).count();
        let head_final = |p: &Range<usize>| {
            self.ex.heads.is_head(word(p.end - 1)) && names(p) >= 2 && !has_connector(p)
        };
        // Only the table: a name the tagger tagged alone elsewhere is often a short form
        // ("China Entertainment" for "China Entertainment and Land Investment Co Ltd").
        let attested = |s: &str| self.ex.known(s).is_some();
        // "Central Bank and Trust Co", "Seattle Trust and Savings Bank", "American Savings and
        // Loan Association": banking compounds.
        let banking = |t: usize| {
            with_lower(word(t), |w| {
                matches!(
                    w,
                    "bank" | "banking" | "trust" | "savings" | "loan" | "loans"
                )
            })
        };
        let legal_final = |p: &Range<usize>| self.legal_ending(f, p, &mut String::new()).is_some();
        // "Bank of China": a head noun with its complement, after name words only.
        let head_of = |p: &Range<usize>| {
            (p.start..p.end.saturating_sub(2))
                .find(|&t| !is_name_word(text, an, t) || self.ex.heads.is_head(word(t)))
                .is_some_and(|t| {
                    self.ex.heads.is_head(word(t))
                        && matches!(word(t + 1), "of" | "for")
                        && is_name_word(text, an, t + 2)
                })
        };
        // "Morgan Stanley and Co Inc.", "Teck Hock and Co Pte Ltd": a legal form is no name.
        let mut buf = String::new();
        if self
            .ex
            .legal
            .suffix_at(text, an, right.start, right.end, &mut buf)
            .is_some()
        {
            return false;
        }
        // "Acme Widgets Inc.", "Apple Inc.", but not "Telephone Corp" ("Nippon Telegraph and
        // Telephone Corp"): a name of two words, or a known one, before the legal form.
        let legal_named = |p: &Range<usize>| {
            self.legal_ending(f, p, &mut String::new())
                .is_some_and(|lf| {
                    let mut name = p.start..lf.start;
                    while name.end > name.start && word(name.end - 1) == "," {
                        name.end -= 1;
                    }
                    names(&name) >= 2 || attested(&self.surface(f, &name))
                })
        };
        let right_complete =
            attested(&rs) || head_final(&right) || head_of(&right) || legal_named(&right);
        if legal_final(&left) {
            true
        } else if self.ex.known(&ls).is_some() && !has_connector(&left) {
            // "European Union and Apple Inc."
            true
        } else if attested(&rs) && left.clone().any(|t| self.ex.heads.is_head(word(t))) {
            // "Bank of America and Citigroup".
            true
        } else {
            // A name tagged alone elsewhere, closed by a head noun, or a known name with a
            // complement ("Centers for Disease Control and Prevention" stays whole) needs a
            // complete right name too.
            (attested(&ls) || head_final(&left) || head_of(&left))
                && right_complete
                && !(banking(left.end - 1) && banking(right.start))
        }
    }

    /// A legal form ending a tagger span ("Acme Widgets Inc."), and one right after it that the
    /// tagger left out is picked up by [`Run::legal_forms`].
    fn legal_inside(&mut self, f: usize, r: &Range<usize>) -> Option<Range<usize>> {
        let mut buf = std::mem::take(&mut self.buf);
        let found = self.legal_ending(f, r, &mut buf);
        self.buf = buf;
        found
    }

    /// The longest legal form that ends `r` (the one starting first: "Banking Co Ltd" → "Co Ltd").
    fn legal_ending(&self, f: usize, r: &Range<usize>, buf: &mut String) -> Option<Range<usize>> {
        let (text, an) = self.field(f);
        (r.start + 1..r.end).find_map(|s| {
            self.ex
                .legal
                .suffix_at(text, an, s, r.end, buf)
                .filter(|lf| lf.end == r.end)
        })
    }

    /// Known names from the curated table, wherever they occur.
    fn known_scan(&mut self, f: usize) {
        let (text, an) = self.field(f);
        let n = an.tokens.len();
        for t in 0..n {
            let w = an.tokens[t].text(text);
            let Some(options) = self.ex.known_by_first.get(w) else {
                continue;
            };
            for (entry, toks) in options {
                if !KNOWN[*entry].detect || t + toks.len() > n {
                    continue;
                }
                let matches = toks
                    .iter()
                    .enumerate()
                    .all(|(k, s)| an.tokens[t + k].text(text) == *s);
                let r = t..t + toks.len();
                // "the UN's" is fine; "UN-backed" is a different token anyway.
                if matches && !self.blocked(f, &r) {
                    self.push(f, r, Source::Known, None);
                    break;
                }
            }
        }
    }

    /// Names followed by a legal form ("Fiat S.p.A.") or preceded by one ("PJSC Gazprom").
    fn legal_forms(&mut self, f: usize) {
        let (text, an) = self.field(f);
        let mut buf = std::mem::take(&mut self.buf);
        for s in &an.sentences {
            let mut t = s.tokens.start + 1;
            while t < s.tokens.end {
                // Suffix form after a name, possibly after a comma.
                let name_end = if an.tokens[t - 1].text(text) == "," && t >= 2 {
                    t - 1
                } else {
                    t
                };
                if name_end > s.tokens.start && is_name_word(text, an, name_end - 1) {
                    let lf = self
                        .ex
                        .legal
                        .suffix_at(text, an, t, s.tokens.end, &mut buf)
                        .filter(|lf| {
                            // After a comma, a bare two-letter form is a state ("Las Vegas, NV").
                            let form = &text[an.tokens[lf.start].start..an.tokens[lf.end - 1].end];
                            name_end == t
                                || form.contains('.')
                                || form.chars().filter(|c| c.is_alphabetic()).count() > 2
                        });
                    if let Some(lf) = lf {
                        let mut start = name_end - 1;
                        while start > s.tokens.start
                            && name_end - start < 6
                            && (is_name_word(text, an, start - 1)
                                || (an.tokens[start - 1].text(text) == "&"
                                    && start >= 2
                                    && is_name_word(text, an, start - 2)))
                        {
                            start -= 1;
                        }
                        let first = first_word(an, s.tokens.clone());
                        let start = self.trim_sentence_start(f, first, start, name_end);
                        let r = start..lf.end;
                        if start < name_end && !self.blocked(f, &(start..name_end)) {
                            self.push(f, r, Source::Legal, Some(lf.clone()));
                        }
                        t = lf.end;
                        continue;
                    }
                }
                t += 1;
            }
            // Prefix forms.
            for t in s.tokens.clone() {
                if self.ex.legal.is_prefix_form(an.tokens[t].text(text))
                    && is_name_word(text, an, t + 1)
                {
                    let mut end = t + 1;
                    while end < s.tokens.end && end - t <= 4 && is_name_word(text, an, end) {
                        end += 1;
                    }
                    if end > t + 1 && !self.blocked(f, &(t + 1..end)) {
                        self.push(f, t..end, Source::Legal, Some(t..t + 1));
                    }
                }
            }
        }
        self.buf = buf;
    }

    /// Drops a sentence-initial function word ("The", "In") from the start of a name.
    fn trim_sentence_start(
        &self,
        f: usize,
        sentence_start: usize,
        start: usize,
        end: usize,
    ) -> usize {
        let (text, an) = self.field(f);
        let mut s = start;
        while s < end {
            let w = an.tokens[s].text(text);
            if is_determiner(w)
                || (s == sentence_start && contains_ignore_case(SENTENCE_STARTERS, w))
                || with_lower(w, |l| WEEKDAYS_MONTHS.contains(&l))
            {
                s += 1;
            } else {
                break;
            }
        }
        s
    }

    /// "Long Form Name (LFN)": the long form is an organization and the acronym is linked to it.
    fn acronym_definitions(&mut self, f: usize) {
        let (text, an) = self.field(f);
        let n = an.tokens.len();
        for t in 1..n.saturating_sub(2) {
            if an.tokens[t].text(text) != "(" || an.tokens[t + 2].text(text) != ")" {
                continue;
            }
            let acr = an.tokens[t + 1].text(text);
            if !is_acronym_like(acr) {
                continue;
            }
            let floor = an.sentences[an.sentence_of(t).min(an.sentences.len() - 1)]
                .tokens
                .start;
            // The capitalised run before "(", with connectors.
            let mut start = t;
            while start > floor && t - start < 12 {
                let p = start - 1;
                let w = an.tokens[p].text(text);
                let connector =
                    matches!(w, "of" | "for" | "and" | "the" | "on" | "&" | "de" | "in");
                if is_name_word(text, an, p) || (connector && start < t) {
                    start = p;
                } else {
                    break;
                }
            }
            while start < t && !is_name_word(text, an, start) {
                start += 1;
            }
            if start >= t {
                continue;
            }
            let long_start = an.tokens[start].start;
            let long_end = an.tokens[t - 1].end;
            let Some(offset) = schwartz_hearst(&text[long_start..long_end], acr) else {
                continue;
            };
            let mut s = start;
            while s < t && an.tokens[s].end <= long_start + offset {
                s += 1;
            }
            let long = s..t;
            let letters = acr.chars().filter(|c| c.is_alphanumeric()).count();
            if long.len() < 2 && letters > 2 || long.len() > 2 * letters + 2 {
                continue;
            }
            // "United Arab Emirates (UAE)" is a place.
            if self.blocked(f, &long) || self.ner_label(f, long.start) == Some(NerLabel::Loc) {
                continue;
            }
            // "London Interbank Offered Rates (LIBOR)" is no organization: the long form needs a
            // head noun, the tagger's ORG, or the table.
            let long_surface = self.surface(f, &long);
            let org_like = long.clone().any(|k| {
                self.ex.heads.is_head(an.tokens[k].text(text))
                    || self.ner_label(f, k) == Some(NerLabel::Org)
            }) || self.ex.known(&long_surface).is_some()
                || self.ex.known(acr).is_some();
            if !org_like {
                continue;
            }
            self.push(f, long.clone(), Source::Acronym, None);
            self.push(f, t + 1..t + 2, Source::Acronym, None);
            self.definitions.push((acr.to_string(), f, long));
        }
    }

    /// Capitalised phrases with a head noun: "Supreme Eurasian Economic Council", "Ministry of
    /// Foreign Affairs". The head must end the phrase or stand before "of"/"for".
    fn head_runs(&mut self, f: usize) {
        let (text, an) = self.field(f);
        let sentences: Vec<Range<usize>> = an.sentences.iter().map(|s| s.tokens.clone()).collect();
        for s in sentences {
            // Title-case lines ("Still In High School") say nothing through capitals.
            let words = s
                .clone()
                .filter(|&t| an.tokens[t].kind == TokenKind::Word)
                .count();
            let capitalised = s.clone().filter(|&t| is_name_word(text, an, t)).count();
            if words >= 4 && capitalised * 4 > words * 3 {
                continue;
            }
            let mut i = s.start;
            while i < s.end {
                if !is_name_word(text, an, i) || self.ner_label(f, i) == Some(NerLabel::Per) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                let mut seen_head = self.ex.heads.is_head(an.tokens[i].text(text));
                loop {
                    let ok = |k: usize| {
                        k < s.end
                            && is_name_word(text, an, k)
                            && self.ner_label(f, k) != Some(NerLabel::Per)
                    };
                    if ok(j) {
                        seen_head |= self.ex.heads.is_head(an.tokens[j].text(text));
                        j += 1;
                        continue;
                    }
                    let w = an.tokens.get(j).map_or("", |t| t.text(text));
                    // "Food and Drug Administration", but not "Miramax and The Weinstein Company"
                    // or "RealClearPolitics and Fox News".
                    let and_ok = w == "and"
                        && !seen_head
                        && j == i + 1
                        && !self.stands_alone(f, i)
                        && an.tokens.get(j + 1).is_some_and(|t| {
                            let n = t.text(text);
                            !is_determiner(n) && !self.ex.known_by_first.contains_key(n)
                        });
                    let conn = matches!(w, "of" | "for" | "&" | "on") || and_ok;
                    if j < s.end && conn {
                        if ok(j + 1) {
                            j += 1;
                            continue;
                        }
                        if an.tokens.get(j + 1).is_some_and(|t| t.text(text) == "the") && ok(j + 2)
                        {
                            j += 2;
                            continue;
                        }
                    }
                    break;
                }
                self.head_run(f, first_word(an, s.clone()), i..j);
                i = j;
            }
        }
    }

    /// True when the one word at `t` is a name of its own: known, or a tagger mention ending there
    /// that the tagger also tags alone elsewhere ("Northwind" and "Kestrel Shipping Company"
    /// tagged apart), unless the tagger reads it as the start of a longer name with "and"
    /// elsewhere in the document.
    fn stands_alone(&self, f: usize, t: usize) -> bool {
        let (text, an) = self.field(f);
        let w = an.tokens[t].text(text);
        // The document's own tagger span "MacAndrews and Forbes Holdings Inc" says the word
        // starts a longer name.
        let longer = format!("{w} and ");
        if self
            .votes
            .iter()
            .any(|(name, v)| v.1 > 0 && name.starts_with(&longer))
        {
            return false;
        }
        // A one-word tagger mention here counts when the tagger also tags the word alone elsewhere
        // ("Monopolies" + "Merger Commission" once is the tagger's slip).
        self.ex.known(w).is_some()
            || (self.ner_range(f, t).is_some_and(|m| m.end == t + 1)
                && self.votes.get(w).is_some_and(|v| v.1 >= 2))
    }

    fn head_run(&mut self, f: usize, sentence_start: usize, run: Range<usize>) {
        let (text, an) = self.field(f);
        let word = |t: usize| an.tokens[t].text(text);
        let follows_of = |t: usize| t + 1 < run.end && matches!(word(t + 1), "of" | "for");
        let Some(head) = run
            .clone()
            .rev()
            .find(|&t| self.ex.heads.is_head(word(t)) && (t + 1 == run.end || follows_of(t)))
        else {
            return;
        };
        let mut end = if follows_of(head) { run.end } else { head + 1 };
        if follows_of(head) {
            // "Bank of England Governor": the complement stops at a role word.
            if let Some(role) =
                (head + 2..run.end).find(|&t| with_lower(word(t), |l| ROLE_WORDS.contains(&l)))
            {
                end = role;
            }
            while end > head + 1
                && matches!(word(end - 1), "of" | "for" | "and" | "the" | "&" | "on")
            {
                end -= 1;
            }
        }
        // The name starts after the last "of"/"for" before its head: "Leaders of the Council of
        // Europe" → "Council of Europe".
        let seg_start = (run.start..head)
            .rev()
            .find(|&t| matches!(word(t), "of" | "for" | "the" | "on"))
            .map_or(run.start, |t| t + 1);
        let mut start = self.trim_sentence_start(f, sentence_start, seg_start, end);
        // A leading place or nationality the tagger marked: "Russian Foreign Ministry".
        while start < head {
            match (self.ner_label(f, start), self.ner_range(f, start)) {
                (Some(NerLabel::Loc | NerLabel::Misc), Some(m)) if m.end <= head => start = m.end,
                _ => break,
            }
        }
        // A sentence-initial word that the document also writes in lower case is no name word
        // ("Normally Congress", "Former Fox News").
        if start == sentence_start && start < head && self.lowercase_elsewhere(f, word(start)) {
            start += 1;
        }
        let r = start..end;
        // "NEWPORT NEWS, Va." in a dateline: capitals say nothing.
        if r.clone()
            .filter(|&t| is_name_word(text, an, t))
            .all(|t| !word(t).chars().any(char::is_lowercase))
        {
            return;
        }
        let words = r.clone().filter(|&t| is_name_word(text, an, t)).count();
        if !(2..=8).contains(&words)
            || self.blocked(f, &r)
            || self.ex.heads.is_excluded(&self.surface(f, &r))
        {
            return;
        }
        self.push(f, r, Source::Head, None);
    }

    /// True when the document writes `word` in lower case somewhere (bounded number of look-ups).
    fn lowercase_elsewhere(&mut self, f: usize, word: &str) -> bool {
        const MAX_LOOKUPS: usize = 64;
        if self.lowercase_lookups >= MAX_LOOKUPS || !word.is_ascii() || word.len() < 2 {
            return false;
        }
        self.lowercase_lookups += 1;
        let (text, _) = self.field(f);
        let lower = word.to_ascii_lowercase();
        if lower == word {
            return false;
        }
        text.match_indices(lower.as_str()).any(|(i, m)| {
            let before = text[..i].chars().next_back();
            let after = text[i + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// "social media company X", "state news agency Azertac": a descriptor, then a short
    /// capitalised name.
    fn descriptors(&mut self, f: usize) {
        let (text, an) = self.field(f);
        for s in &an.sentences {
            for t in s.tokens.start..s.tokens.end.saturating_sub(1) {
                let tok = an.tokens[t];
                let w = tok.text(text);
                if tok.kind != TokenKind::Word || !w.starts_with(|c: char| c.is_lowercase()) {
                    continue;
                }
                let prev = (t > s.tokens.start).then(|| an.tokens[t - 1].text(text));
                let Some(kind) = self.ex.heads.descriptor(w, prev) else {
                    continue;
                };
                let mut end = t + 1;
                while end < s.tokens.end && end - t <= 3 && is_name_word(text, an, end) {
                    let nw = an.tokens[end].text(text);
                    if with_lower(nw, |l| WEEKDAYS_MONTHS.contains(&l)) || nw == "I" {
                        break;
                    }
                    end += 1;
                }
                if end == t + 1 || is_name_word(text, an, end) {
                    continue;
                }
                let r = t + 1..end;
                if r.clone()
                    .any(|k| matches!(self.ner_label(f, k), Some(NerLabel::Per | NerLabel::Loc)))
                {
                    continue;
                }
                self.descriptor_kinds.insert((f, r.start), kind);
                self.push(f, r, Source::Descriptor, None);
            }
        }
    }

    /// Longest candidates first, then the stronger source; overlapping ones are dropped.
    fn resolve(&mut self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.cands.len()).collect();
        order.sort_by_key(|&i| {
            let c = &self.cands[i];
            (
                std::cmp::Reverse(c.tokens.len()),
                c.source,
                c.field,
                c.tokens.start,
            )
        });
        let mut occupied: [Vec<bool>; 2] =
            FIELDS.map(|fl| vec![false; self.doc.field(fl).1.tokens.len()]);
        let mut accepted = Vec::new();
        for i in order {
            let c = &self.cands[i];
            if c.tokens.end > occupied[c.field].len() {
                continue;
            }
            if c.tokens.clone().any(|t| occupied[c.field][t]) {
                continue;
            }
            for t in c.tokens.clone() {
                occupied[c.field][t] = true;
            }
            accepted.push(i);
        }
        accepted.sort_by_key(|&i| (self.cands[i].field, self.cands[i].tokens.start));
        accepted
    }

    fn occupancy(&self, accepted: &[usize]) -> [Vec<bool>; 2] {
        let mut occupied: [Vec<bool>; 2] =
            FIELDS.map(|fl| vec![false; self.doc.field(fl).1.tokens.len()]);
        for &i in accepted {
            let c = &self.cands[i];
            for t in c.tokens.clone() {
                occupied[c.field][t] = true;
            }
        }
        occupied
    }

    /// The name without its legal form (and the comma before it).
    fn base_name(&self, c: &Cand) -> String {
        let end = match &c.legal {
            Some(l) if l.start > c.tokens.start => l.start,
            _ => c.tokens.end,
        };
        let start = match &c.legal {
            Some(l) if l.start == c.tokens.start && l.end < c.tokens.end => l.end,
            _ => c.tokens.start,
        };
        let (text, an) = self.field(c.field);
        let mut end = end;
        while end > start && an.tokens[end - 1].text(text) == "," {
            end -= 1;
        }
        self.surface(c.field, &(start..end))
    }

    /// Groups accepted candidates under one canonical name each.
    fn cluster(&self, accepted: &[usize]) -> (Vec<Cluster>, HashMap<usize, usize>) {
        let mut clusters: Vec<Cluster> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut cluster_of: HashMap<usize, usize> = HashMap::new();
        let mut add = |clusters: &mut Vec<Cluster>, canonical: String, acronym: Option<String>| {
            let key = canonical.to_lowercase();
            let id = match by_key.get(&key) {
                Some(&id) => {
                    // "UNITED NATIONS" from a headline gives way to "United Nations".
                    let old = &clusters[id].canonical;
                    if !old.chars().any(char::is_lowercase)
                        && canonical.chars().any(char::is_lowercase)
                    {
                        clusters[id].canonical = canonical;
                    }
                    id
                }
                None => {
                    clusters.push(Cluster {
                        canonical,
                        acronym: None,
                        kind: None,
                    });
                    by_key.insert(key, clusters.len() - 1);
                    clusters.len() - 1
                }
            };
            if clusters[id].acronym.is_none() {
                clusters[id].acronym = acronym;
            }
            id
        };
        let defined: HashMap<&str, (usize, &Range<usize>)> = self
            .definitions
            .iter()
            .map(|(a, f, r)| (a.as_str(), (*f, r)))
            .collect();
        // Pass 1: everything but acronyms defined in the document.
        let mut pending = Vec::new();
        for &i in accepted {
            let c = &self.cands[i];
            let surface = self.surface(c.field, &c.tokens);
            if defined.contains_key(surface.as_str()) {
                pending.push(i);
                continue;
            }
            let base = self.base_name(c);
            let known = self.ex.known(&surface).or_else(|| self.ex.known(&base));
            let base = if base.is_empty() {
                surface.clone()
            } else {
                base
            };
            let (canonical, acronym) = match known {
                Some(k) => (
                    k.canonical.to_string(),
                    (!k.acronym.is_empty()).then(|| k.acronym.to_string()),
                ),
                None => (base, None),
            };
            let id = add(&mut clusters, canonical, acronym);
            cluster_of.insert(i, id);
            self.note_kind(&mut clusters[id], c, known);
        }
        // Pass 2: defined acronyms take their long form's cluster.
        let mut owner: [Vec<u32>; 2] =
            FIELDS.map(|fl| vec![u32::MAX; self.doc.field(fl).1.tokens.len()]);
        for &j in accepted {
            let d = &self.cands[j];
            for t in d.tokens.clone() {
                owner[d.field][t] = j as u32;
            }
        }
        for i in pending {
            let c = &self.cands[i];
            let surface = self.surface(c.field, &c.tokens);
            let long = defined.get(surface.as_str()).and_then(|&(f, r)| {
                let j = *owner[f].get(r.end.checked_sub(1)?)?;
                (j != u32::MAX).then_some(j as usize)
            });
            let id = match long.and_then(|j| cluster_of.get(&j).copied()) {
                Some(id) => {
                    if clusters[id].acronym.is_none() {
                        clusters[id].acronym = Some(surface.clone());
                    }
                    id
                }
                None => add(&mut clusters, surface.clone(), None),
            };
            cluster_of.insert(i, id);
            self.note_kind(&mut clusters[id], c, None);
        }
        // Pass 3: a lone first word of exactly one multi-word name ("Goldman" → "Goldman Sachs"), and
        // all-caps initials of a multi-word name ("SEEC" → "Supreme Eurasian Economic Council").
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, cl) in clusters.iter().enumerate() {
            if let Some((first, _)) = cl.canonical.split_once(' ') {
                by_first.entry(first).or_default().push(k);
                by_initials
                    .entry(initials(&cl.canonical))
                    .or_default()
                    .push(k);
            }
        }
        let mut moves: Vec<(usize, usize, usize, Option<String>)> = Vec::new();
        for &i in accepted {
            let Some(&id) = cluster_of.get(&i) else {
                continue;
            };
            let name = clusters[id].canonical.as_str();
            if name.contains(' ') {
                continue;
            }
            // An acronym is a name of its own ("USDA" is not short for "USDA Good").
            let first = if name.chars().any(char::is_lowercase) {
                by_first.get(name).map_or(&[][..], Vec::as_slice)
            } else {
                &[]
            };
            let init = if is_acronym_like(name) && !NOT_ACRONYMS.contains(&name) {
                by_initials.get(name).map_or(&[][..], Vec::as_slice)
            } else {
                &[]
            };
            let unknown = self.ex.known(name).is_none();
            let target = match (first, init) {
                (&[k], _) if unknown => Some((k, None)),
                (_, &[k]) if clusters[id].acronym.is_none() || unknown => {
                    Some((k, Some(name.to_string())))
                }
                _ => None,
            };
            if let Some((k, acronym)) = target.filter(|&(k, _)| k != id) {
                moves.push((i, id, k, acronym));
            }
        }
        for (i, id, k, acronym) in moves {
            let kind = clusters[id].kind;
            cluster_of.insert(i, k);
            if clusters[k].acronym.is_none() {
                clusters[k].acronym = acronym;
            }
            if let Some((r, kd)) = kind {
                if clusters[k].kind.is_none_or(|(r0, _)| r < r0) {
                    clusters[k].kind = Some((r, kd));
                }
            }
        }
        (clusters, cluster_of)
    }

    fn note_kind(&self, cl: &mut Cluster, c: &Cand, known: Option<&Known>) {
        let evidence = if let Some(k) = known {
            Some((0, k.kind))
        } else if c.legal.is_some() {
            Some((1, Kind::Company))
        } else if let Some(&k) = self.descriptor_kinds.get(&(c.field, c.tokens.start)) {
            Some((2, k))
        } else {
            let (text, an) = self.field(c.field);
            let words: Vec<&str> = c.tokens.clone().map(|t| an.tokens[t].text(text)).collect();
            self.ex.heads.kind_of(&words).map(|k| (3, k))
        };
        if let Some((r, k)) = evidence {
            if cl.kind.is_none_or(|(r0, _)| r < r0) {
                cl.kind = Some((r, k));
            }
        }
    }

    /// Every further occurrence of a name found in the document (or of its acronym) is labelled.
    fn propagate(
        &mut self,
        accepted: &[usize],
        cluster_of: &HashMap<usize, usize>,
        clusters: &[Cluster],
    ) {
        let mut names: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        let mut add = |toks: Vec<String>, id: usize| {
            if let Some(first) = toks.first().cloned() {
                let v = names.entry(first).or_default();
                if v.len() < 64 && !v.iter().any(|(t, _)| *t == toks) {
                    v.push((toks, id));
                }
            }
        };
        for &i in accepted {
            let c = &self.cands[i];
            let (text, an) = self.field(c.field);
            let toks: Vec<String> = c
                .tokens
                .clone()
                .map(|t| an.tokens[t].text(text).to_string())
                .collect();
            if toks
                .first()
                .is_some_and(|w| is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()))
            {
                // Without its legal form too: "Acme Inc." … "Acme".
                if let Some(l) = &c.legal {
                    let k = if l.start == c.tokens.start {
                        l.end - c.tokens.start..toks.len()
                    } else {
                        0..l.start - c.tokens.start
                    };
                    let mut base = toks[k].to_vec();
                    while base.last().is_some_and(|w| w == ",") {
                        base.pop();
                    }
                    if !base.is_empty() {
                        add(base, cluster_of[&i]);
                    }
                }
                // Short one-word names ("VI", "AM", "Feb") spread only when the table, a
                // descriptor or an acronym definition vouches for them.
                let vouched = clusters[cluster_of[&i]]
                    .kind
                    .is_some_and(|(rank, _)| rank <= 2)
                    || clusters[cluster_of[&i]].acronym.is_some();
                let short = toks.len() == 1 && toks[0].chars().count() <= 3;
                let calendar = toks.len() == 1 && with_lower(&toks[0], |l| CALENDAR.contains(&l));
                if (!short || vouched) && !calendar {
                    add(toks, cluster_of[&i]);
                }
            }
        }
        for (id, cl) in clusters.iter().enumerate() {
            if let Some(a) = &cl.acronym {
                add(vec![a.clone()], id);
            }
        }
        let occupancy = self.occupancy(accepted);
        for (f, occupied) in occupancy.iter().enumerate() {
            let (text, an) = self.field(f);
            let n = an.tokens.len();
            let mut t = 0;
            while t < n {
                let w = an.tokens[t].text(text);
                let Some(options) = names.get(w) else {
                    t += 1;
                    continue;
                };
                let mut matched = None;
                for (toks, id) in options {
                    let r = t..t + toks.len();
                    if r.end > n
                        || r.clone()
                            .any(|k| occupied[k] || self.ner_label(f, k).is_some())
                    {
                        continue;
                    }
                    if !toks
                        .iter()
                        .enumerate()
                        .all(|(k, s)| an.tokens[t + k].text(text) == s)
                        || (toks.len() == 1 && self.is_person_surname(f, t))
                    {
                        continue;
                    }
                    // A capitalised first word of the sentence before the name ("Later Acme said") does
                    // not make it part of a longer name.
                    let prev_starts_sentence = t > 0
                        && an
                            .sentences
                            .get(an.sentence_of(t - 1))
                            .is_some_and(|s| s.tokens.start == t - 1);
                    let glued_before = t > 0
                        && !prev_starts_sentence
                        && is_name_word(text, an, t - 1)
                        && !occupied[t - 1];
                    let glued_after = is_name_word(text, an, r.end)
                        && !occupied.get(r.end).copied().unwrap_or(false);
                    if glued_before || glued_after {
                        continue;
                    }
                    if matched
                        .as_ref()
                        .is_none_or(|(m, _): &(Range<usize>, usize)| r.len() > m.len())
                    {
                        matched = Some((r, *id));
                    }
                }
                match matched {
                    Some((r, id)) => {
                        t = r.end;
                        self.cands.push(Cand {
                            field: f,
                            tokens: r,
                            source: Source::Propagated,
                            legal: None,
                            cluster: Some(id),
                        });
                    }
                    None => t += 1,
                }
            }
        }
    }
}

/// The first word-like token of a sentence (after opening quotes and brackets).
fn first_word(an: &TextAnalysis, s: Range<usize>) -> usize {
    s.clone()
        .find(|&t| an.tokens[t].is_wordlike())
        .unwrap_or(s.start)
}

/// Initials of the capitalised words of a name ("Commonwealth of Independent States" → "CIS").
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Schwartz & Hearst (2003): matches the acronym's characters right to left against the long form;
/// the first character must start a word. Returns the byte offset where the long form starts.
fn schwartz_hearst(long: &str, short: &str) -> Option<usize> {
    let l: Vec<(usize, char)> = long
        .char_indices()
        .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
        .collect();
    let s: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    if s.is_empty() || l.is_empty() {
        return None;
    }
    let mut li = l.len() as isize - 1;
    for si in (0..s.len()).rev() {
        let c = s[si];
        loop {
            if li < 0 {
                return None;
            }
            let i = li as usize;
            let at_word_start = i == 0 || !l[i - 1].1.is_alphanumeric();
            if l[i].1 == c && (si > 0 || at_word_start) {
                break;
            }
            li -= 1;
        }
        li -= 1;
    }
    let start = (li + 1) as usize;
    Some(l[start].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schwartz_hearst_finds_the_long_form() {
        let long = "Leaders of the Commonwealth of Independent States";
        let off = schwartz_hearst(long, "CIS").unwrap();
        assert_eq!(&long[off..], "Commonwealth of Independent States");
        assert!(schwartz_hearst("Eurasian Economic Union", "EAEU").is_some());
        assert_eq!(schwartz_hearst("Big Shiny Thing", "XYZ"), None);
        assert_eq!(initials("Commonwealth of Independent States"), "CIS");
    }
}

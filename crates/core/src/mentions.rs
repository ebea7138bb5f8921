//! Labelled mentions from the tagger (`earlier.get("ner")`) as token ranges, the per-token index of
//! which mention covers which token, and small surface helpers shared by the entities and organizations
//! extractors.

use std::ops::Range;

use crate::{AnalyzedDocument, Field, Record, TextAnalysis, TokenKind};

/// The tagger's coarse labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NerLabel {
    /// A person.
    Per,
    /// A place.
    Loc,
    /// An organization.
    Org,
    /// Anything else with a name (nationalities, events…).
    Misc,
}

impl NerLabel {
    /// Parses `PER`/`LOC`/`ORG`/`MISC` (and the long forms).
    pub fn parse(label: &str) -> Option<Self> {
        Some(match label {
            "PER" | "PERSON" => NerLabel::Per,
            "LOC" | "LOCATION" | "GPE" => NerLabel::Loc,
            "ORG" | "ORGANIZATION" => NerLabel::Org,
            "MISC" => NerLabel::Misc,
            _ => return None,
        })
    }
}

/// One tagger mention as a token range of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NerMention {
    /// The field.
    pub field: Field,
    /// Token indices into that field's analysis.
    pub tokens: Range<usize>,
    /// The label.
    pub label: NerLabel,
}

/// The two fields of a document in a fixed order (title first, as it is read first).
pub const FIELDS: [Field; 2] = [Field::Title, Field::Text];

/// The position of a field in [`FIELDS`].
pub fn field_index(field: Field) -> usize {
    match field {
        Field::Title => 0,
        Field::Text => 1,
    }
}

/// Tagger mentions of a document and, per field, the mention covering each token.
#[derive(Debug)]
pub struct MentionIndex {
    /// Every usable mention.
    pub mentions: Vec<NerMention>,
    /// `owner[field][token]`: index into `mentions`, or `u32::MAX`.
    pub owner: [Vec<u32>; 2],
}

/// No mention covers the token.
pub const NONE: u32 = u32::MAX;

impl MentionIndex {
    /// Reads the records; records with unknown labels, empty or misplaced spans are skipped. So are
    /// ORG and MISC mentions of a title-case headline that the body never repeats ("Florida Talks"
    /// in "… Brief Putin on Florida Talks"): capitals carry no evidence there.
    pub fn new(doc: &AnalyzedDocument<'_>, records: &[Record]) -> Self {
        let title_case = doc.title().is_some_and(|(t, an)| is_title_case(t, an));
        let owner = FIELDS.map(|f| vec![NONE; doc.field(f).1.tokens.len()]);
        let mut index = MentionIndex {
            mentions: Vec::with_capacity(records.len()),
            owner,
        };
        for r in records {
            let Some(label) = NerLabel::parse(&r.label) else {
                continue;
            };
            let field = r.span.field;
            let (_, an) = doc.field(field);
            if r.span.start > r.span.end {
                continue;
            }
            let tokens = an.tokens_in(r.span.start, r.span.end);
            if tokens.is_empty() {
                continue;
            }
            if title_case
                && field == Field::Title
                && matches!(label, NerLabel::Org | NerLabel::Misc)
            {
                let (text, _) = doc.field(field);
                let s = &text[an.tokens[tokens.start].start..an.tokens[tokens.end - 1].end];
                if !doc.text().contains(s) {
                    continue;
                }
            }
            let id = index.mentions.len() as u32;
            let own = &mut index.owner[field_index(field)];
            if tokens.clone().any(|t| own[t] != NONE) {
                continue; // overlapping mentions: keep the first
            }
            for t in tokens.clone() {
                own[t] = id;
            }
            index.mentions.push(NerMention {
                field,
                tokens,
                label,
            });
        }
        index
    }

    /// The mention covering token `t` of `field`.
    pub fn at(&self, field: Field, t: usize) -> Option<&NerMention> {
        let id = *self.owner[field_index(field)].get(t)?;
        self.mentions.get(id as usize)
    }
}

/// True for "the", "a", "an" in any case.
pub fn is_determiner(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// Drops leading determiners and punctuation and trailing possessives and punctuation.
pub fn trim_tokens(text: &str, an: &TextAnalysis, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end {
        let t = an.tokens[r.start];
        if !t.is_wordlike() || is_determiner(t.text(text)) {
            r.start += 1;
        } else {
            break;
        }
    }
    while r.end > r.start {
        let t = an.tokens[r.end - 1];
        if matches!(
            t.kind,
            TokenKind::Possessive | TokenKind::Punct | TokenKind::Quote | TokenKind::Clitic
        ) {
            r.end -= 1;
        } else {
            break;
        }
    }
    r
}

/// The text of tokens `r` with every whitespace run collapsed to one space.
pub fn surface(text: &str, an: &TextAnalysis, r: Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    let s = &text[an.tokens[r.start].start..an.tokens[r.end - 1].end];
    collapse_ws(s)
}

/// Collapses whitespace runs to single spaces.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True when the token's text starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when most words of a string are capitalised ("Kirill Dmitriev To Brief Putin On Talks").
pub fn is_title_case(text: &str, an: &TextAnalysis) -> bool {
    let words = an.tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let (mut n, mut caps) = (0usize, 0usize);
    for t in words {
        n += 1;
        caps += usize::from(is_capitalized(t.text(text)));
    }
    n >= 3 && caps * 4 >= n * 3
}

/// True when the field looks like an all-caps headline (most letters upper case).
pub fn is_mostly_upper(text: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for c in text.chars().take(2000) {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    up > 8 && up > 4 * low
}

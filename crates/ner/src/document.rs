//! Tagging an [`AnalyzedDocument`]: the title and body are tagged together as one document (so that
//! document-level context spans both), core tokens are normalised to look like CoNLL tokens, and
//! hyphenated compounds such as "Russia-led" yield a LOC mention for their place part.

use std::ops::Range;

use newsx_core::{AnalyzedDocument, Field, Span, TextAnalysis, TokenKind};

use crate::lexicon::cat;
use crate::lists::PLACE_COMPOUND_SUFFIXES;
use crate::tags::{Label, Tag};
use crate::Tagger;

/// One entity mention found by the tagger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// PER, LOC, ORG or MISC.
    pub label: Label,
    /// Byte span in the title or the body (`span.field`). For a sub-token mention ("Russia" in
    /// "Russia-led") the span covers only part of its token.
    pub span: Span,
    /// The tokens covered, as indices into the field's `TextAnalysis::tokens`.
    pub tokens: Range<usize>,
}

/// How a core token is shown to the tagger (CoNLL spells quotes `"` and possessives `'s`).
fn normalise(text: &str, kind: TokenKind) -> &str {
    match kind {
        TokenKind::Quote => "\"",
        TokenKind::Possessive => {
            if text.chars().count() == 1 {
                "'"
            } else {
                "'s"
            }
        }
        TokenKind::Clitic => {
            if text.starts_with(['’', '‘']) {
                match text.get(3..) {
                    Some("ll") => "'ll",
                    Some("re") => "'re",
                    Some("ve") => "'ve",
                    Some("d") => "'d",
                    Some("m") => "'m",
                    _ => text,
                }
            } else {
                text
            }
        }
        TokenKind::Punct => match text {
            "—" | "–" | "―" => "-",
            "…" => "...",
            _ => text,
        },
        _ => text,
    }
}

impl Tagger {
    /// Tags a document's title and body; returns mentions in document order (title first).
    pub fn tag_document(&self, doc: &AnalyzedDocument<'_>) -> Vec<Mention> {
        self.tag_fields(doc, true)
    }

    /// Like [`Tagger::tag_document`], optionally leaving the title out.
    pub fn tag_fields(&self, doc: &AnalyzedDocument<'_>, with_title: bool) -> Vec<Mention> {
        let mut parts: Vec<(Field, &str, &TextAnalysis)> = Vec::with_capacity(2);
        if with_title {
            if let Some((title, a)) = doc.title() {
                parts.push((Field::Title, title, a));
            }
        }
        parts.push((Field::Text, doc.text(), doc.analysis()));
        let total: usize = parts.iter().map(|p| p.2.tokens.len()).sum();
        let mut words: Vec<&str> = Vec::with_capacity(total);
        let mut sents: Vec<Range<usize>> = Vec::new();
        let mut bases = Vec::with_capacity(parts.len());
        for (_, text, a) in &parts {
            let base = words.len();
            bases.push(base);
            for t in &a.tokens {
                words.push(normalise(t.text(text), t.kind));
            }
            for s in &a.sentences {
                sents.push(base + s.tokens.start..base + s.tokens.end);
            }
        }
        let tags = self.tag_words(&words, &sents);
        let mut out = Vec::new();
        for (p, (field, text, a)) in parts.iter().enumerate() {
            let base = bases[p];
            let n = a.tokens.len();
            let local = &tags[base..base + n];
            let mut i = 0;
            while i < n {
                let Some(label) = local[i].label() else {
                    if let Some(m) = self.compound_place(*field, text, a, i) {
                        out.push(m);
                    }
                    i += 1;
                    continue;
                };
                let mut j = i + 1;
                while j < n && local[j] == Tag::I(label) {
                    j += 1;
                }
                let mut start = i;
                if let Some(m) = self.compound_place(*field, text, a, i) {
                    // "Russia-led Eurasian Economic Union": LOC Russia, then the rest keeps its label.
                    out.push(m);
                    start += 1;
                }
                if start < j {
                    out.push(Mention {
                        label,
                        span: Span::in_field(*field, a.tokens[start].start, a.tokens[j - 1].end),
                        tokens: start..j,
                    });
                }
                i = j;
            }
        }
        out
    }

    /// A LOC mention for the place in a "<Place>-led"-style token.
    fn compound_place(
        &self,
        field: Field,
        text: &str,
        a: &TextAnalysis,
        i: usize,
    ) -> Option<Mention> {
        let t = a.tokens[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text(text);
        let (head, tail) = w.rsplit_once('-')?;
        if head.is_empty() || !head.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if !PLACE_COMPOUND_SUFFIXES
            .iter()
            .any(|s| s.eq_ignore_ascii_case(tail))
        {
            return None;
        }
        let places = (1 << cat::COUNTRY) | (1 << cat::CITY) | (1 << cat::REGION);
        if self.lex.word_categories(head) & places == 0 {
            return None;
        }
        Some(Mention {
            label: Label::Loc,
            span: Span::in_field(field, t.start, t.start + head.len()),
            tokens: i..i + 1,
        })
    }
}

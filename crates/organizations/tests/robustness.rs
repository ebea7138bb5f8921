//! No input makes the extractor panic or report spans outside the text.

use newsx_core::{AnalyzedDocument, Document, Extractor, Field, Output, Outputs, Record, Span};
use newsx_organizations::{OrganizationsExtractor, OrganizationsOptions};
use proptest::prelude::*;
use std::sync::OnceLock;

fn extractor() -> &'static OrganizationsExtractor {
    static EX: OnceLock<OrganizationsExtractor> = OnceLock::new();
    EX.get_or_init(|| OrganizationsExtractor::new(OrganizationsOptions::default()).unwrap())
}

/// Snaps a byte offset down to a char boundary.
fn snap(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const WORDS: &[&str] = &[
    "Putin",
    "Peskov",
    "Dmitry",
    "President",
    "the",
    "'s",
    "’s",
    ",",
    ".",
    "(",
    ")",
    "Moscow",
    "St.",
    "Petersburg",
    "US",
    "U.S.",
    "Russia-led",
    "Mr.",
    "-",
    "CIS",
    "Kremlin",
    "spokesman",
    "\n",
    "é",
    "Ж",
    "\u{0}",
    "“",
    "Inc.",
    "of",
    "Union",
    "X",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn never_panics(
        words in proptest::collection::vec(0..WORDS.len(), 0..60),
        noise in "\\PC{0,40}",
        spans in proptest::collection::vec((0usize..400, 0usize..12, 0usize..4, any::<bool>()), 0..20),
    ) {
        let mut text: String = words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
        text.push_str(&noise);
        let title: String = text.chars().rev().take(30).collect();
        let doc = Document::new("p", text.clone()).with_title(title.clone());
        let labels = ["PER", "LOC", "ORG", "MISC"];
        let ner: Vec<Record> = spans
            .iter()
            .map(|&(start, len, l, in_title)| {
                let s = if in_title { &title } else { &text };
                let a = snap(s, start);
                let b = snap(s, a + len).max(a);
                let field = if in_title { Field::Title } else { Field::Text };
                Record::new("type", labels[l], Span::in_field(field, a, b))
            })
            .collect();
        let mut earlier = Outputs::default();
        earlier.insert("ner", Output::new(ner));
        let out = extractor().extract(&AnalyzedDocument::new(&doc), &earlier).unwrap();
        for r in out.records {
            let s = if r.span.field == Field::Title { &title } else { &text };
            prop_assert!(r.span.start <= r.span.end && r.span.end <= s.len());
            prop_assert!(s.is_char_boundary(r.span.start) && s.is_char_boundary(r.span.end));
            prop_assert!(!r.span.is_empty());
        }
    }
}

//! Shared text analysis: tokens, sentences and paragraphs, computed once per document.

pub mod lexicon;
mod sentence;
mod token;

use std::ops::Range;

pub use sentence::{Paragraph, Sentence};
pub use token::{is_quote_char, Token, TokenKind, Tokenizer};

use crate::{Document, Field};

/// Tokens, sentences and paragraphs of one string (a document's text or title).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextAnalysis {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Sentences, in order; each covers a run of tokens inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Paragraphs (non-blank lines), in order.
    pub paragraphs: Vec<Paragraph>,
}

impl TextAnalysis {
    /// Analyses `text`: paragraphs are its non-blank lines, sentences never cross a paragraph.
    pub fn new(text: &str) -> Self {
        let mut analysis = TextAnalysis {
            tokens: Vec::with_capacity(text.len() / 5),
            ..Default::default()
        };
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let line_end = line_start + line.trim_end_matches(['\n', '\r']).len();
            let first_token = analysis.tokens.len();
            Tokenizer.tokenize_into(text, line_start, line_end, &mut analysis.tokens);
            if analysis.tokens.len() > first_token {
                let first_sentence = analysis.sentences.len();
                sentence::split(text, &analysis.tokens, first_token, &mut analysis.sentences);
                analysis.paragraphs.push(Paragraph {
                    start: analysis.tokens[first_token].start,
                    end: analysis.tokens[analysis.tokens.len() - 1].end,
                    tokens: first_token..analysis.tokens.len(),
                    sentences: first_sentence..analysis.sentences.len(),
                });
            }
            line_start += line.len();
        }
        analysis
    }

    /// The index of the sentence holding token `token`.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= token)
    }

    /// The index of the paragraph holding token `token`.
    pub fn paragraph_of(&self, token: usize) -> usize {
        self.paragraphs.partition_point(|p| p.tokens.end <= token)
    }

    /// The range of tokens lying entirely inside bytes `start..end`.
    pub fn tokens_in(&self, start: usize, end: usize) -> Range<usize> {
        let first = self.tokens.partition_point(|t| t.start < start);
        let last = self.tokens.partition_point(|t| t.end <= end);
        first..last.max(first)
    }
}

/// A document together with its text analysis: what every extractor receives.
#[derive(Debug, Clone)]
pub struct AnalyzedDocument<'d> {
    doc: &'d Document,
    text: TextAnalysis,
    title: Option<TextAnalysis>,
}

impl<'d> AnalyzedDocument<'d> {
    /// Analyses the document's text and title.
    pub fn new(doc: &'d Document) -> Self {
        AnalyzedDocument {
            doc,
            text: TextAnalysis::new(&doc.text),
            title: doc.title.as_deref().map(TextAnalysis::new),
        }
    }

    /// The document.
    pub fn document(&self) -> &'d Document {
        self.doc
    }

    /// The body text.
    pub fn text(&self) -> &'d str {
        &self.doc.text
    }

    /// The analysis of the body text.
    pub fn analysis(&self) -> &TextAnalysis {
        &self.text
    }

    /// The title and its analysis, if the document has a title.
    pub fn title(&self) -> Option<(&'d str, &TextAnalysis)> {
        Some((self.doc.title.as_deref()?, self.title.as_ref()?))
    }

    /// The string and analysis of a field (an empty analysis for a missing title).
    pub fn field(&self, field: Field) -> (&'d str, &TextAnalysis) {
        static EMPTY: TextAnalysis = TextAnalysis {
            tokens: Vec::new(),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
        };
        match field {
            Field::Text => (self.text(), &self.text),
            Field::Title => self.title().unwrap_or(("", &EMPTY)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        TextAnalysis::new(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn paragraphs_are_lines_and_bound_sentences() {
        let text = "First line. Still first\r\n\n  \nSecond “quoted.” Next one!\n";
        let a = TextAnalysis::new(text);
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(
            paras,
            ["First line. Still first", "Second “quoted.” Next one!"]
        );
        assert_eq!(
            sentences(text),
            [
                "First line.",
                "Still first",
                "Second “quoted.”",
                "Next one!"
            ]
        );
        assert_eq!(a.paragraph_of(a.tokens.len() - 1), 1);
        assert_eq!(a.sentence_of(0), 0);
        assert_eq!(a.sentence_of(a.tokens.len() - 1), 3);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences(
                "Mr. J. Smith went to St. Petersburg on Dec. 22 with U.S. officials. He left."
            ),
            [
                "Mr. J. Smith went to St. Petersburg on Dec. 22 with U.S. officials.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("It moved to the U.S. The rest stayed."),
            ["It moved to the U.S.", "The rest stayed."]
        );
        assert_eq!(
            sentences("He bought Standard Oil Co. Shares rose."),
            ["He bought Standard Oil Co.", "Shares rose."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\"We are ready,\" he said. \"But not yet.\" She agreed."),
            [
                "\"We are ready,\" he said.",
                "\"But not yet.\"",
                "She agreed."
            ]
        );
        assert_eq!(sentences("Is it? yes it is."), ["Is it? yes it is."]);
    }

    #[test]
    fn tokens_in_byte_range() {
        let text = "Moscow confirmed Monday";
        let a = TextAnalysis::new(text);
        assert_eq!(a.tokens_in(7, 23), 1..3);
        assert_eq!(a.tokens_in(8, 10), 2..2);
    }
}

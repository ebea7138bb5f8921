//! Sentence splitting over tokens.

use std::ops::Range;

use super::lexicon::{contains_ignore_case, PREFIX_ABBREVIATIONS, SENTENCE_STARTERS};
use super::{Token, TokenKind};

/// A sentence: a byte range and the tokens inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// First byte (of the first token).
    pub start: usize,
    /// One past the last byte (of the last token).
    pub end: usize,
    /// Indices into [`super::TextAnalysis::tokens`].
    pub tokens: Range<usize>,
}

/// A paragraph: a non-blank line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// First byte (of the first token).
    pub start: usize,
    /// One past the last byte (of the last token).
    pub end: usize,
    /// Indices into [`super::TextAnalysis::tokens`].
    pub tokens: Range<usize>,
    /// Indices into [`super::TextAnalysis::sentences`].
    pub sentences: Range<usize>,
}

/// Splits `tokens[first..]` (one paragraph) into sentences appended to `out`.
pub(super) fn split(text: &str, tokens: &[Token], first: usize, out: &mut Vec<Sentence>) {
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let mut end = i + 1;
        if ends_sentence(text, tokens, i) {
            // Closing quotes and brackets right after the terminator belong to this sentence.
            while end < tokens.len() && is_closer(text, tokens, end) {
                end += 1;
            }
            if end == tokens.len() || starts_sentence(text, &tokens[end]) {
                push(tokens, start, end, out);
                start = end;
            }
        }
        i = end;
    }
    if start < tokens.len() {
        push(tokens, start, tokens.len(), out);
    }
}

fn push(tokens: &[Token], start: usize, end: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        start: tokens[start].start,
        end: tokens[end - 1].end,
        tokens: start..end,
    });
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let s = t.text(text);
    match t.kind {
        TokenKind::Punct => s.starts_with(['.', '!', '?', '…']),
        // "U.S." and "Co." may end a sentence when a typical sentence opener follows, "Co." also before a
        // capitalised word followed by a lower-case one ("Co. Shares rose"); "Mr." and "Dec." never do.
        TokenKind::Abbreviation => {
            let word = s.trim_end_matches('.');
            let dotted = word.contains('.');
            let Some(next) = tokens.get(i + 1) else {
                return true;
            };
            let opener = next.kind == TokenKind::Quote
                || next.is_capitalized(text)
                    && contains_ignore_case(SENTENCE_STARTERS, next.text(text));
            let capital_then_lower = !dotted
                && next.is_capitalized(text)
                && tokens
                    .get(i + 2)
                    .is_some_and(|n| n.text(text).starts_with(char::is_lowercase));
            !contains_ignore_case(PREFIX_ABBREVIATIONS, word) && (opener || capital_then_lower)
        }
        _ => false,
    }
}

/// A closing quotation mark or bracket at token `i` (followed by a space or the end of the line).
fn is_closer(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let s = t.text(text);
    let closing_char = matches!(s, ")" | "]" | "”" | "’" | "»" | "›");
    let straight_closing = t.kind == TokenKind::Quote
        && matches!(s, "\"" | "'")
        && tokens.get(i + 1).is_none_or(|n| n.start > t.end);
    closing_char || straight_closing
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    let first = s.chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_ascii_digit()
        || t.kind == TokenKind::Quote
        || matches!(first, '(' | '[' | '-' | '—' | '•' | '*')
        || !first.is_alphabetic() && !first.is_ascii_punctuation()
}

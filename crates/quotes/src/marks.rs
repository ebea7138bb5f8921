//! Pairing quotation marks: which stretches of text are inside quotes.
//!
//! Double marks open and close top-level quotes (`“…”`, `"…"`, `„…“`, `«…»`); single marks and marks of
//! another family inside a quote are nested content. A quote left open at the end of a paragraph continues
//! only when the next paragraph starts with an opening mark (the multi-paragraph convention); otherwise the
//! marks are unbalanced: the doubtful span is dropped and a warning is returned. Apostrophes never count
//! (the core tokenizer already makes possessives and clitics their own tokens).

use newsx_core::{TextAnalysis, TokenKind};

/// One top-level quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
    /// Token index right after the closing mark (`''` takes two tokens).
    pub after: usize,
    /// First byte of the content (after the opening mark).
    pub start: usize,
    /// One past the last byte of the content (before the closing mark).
    pub end: usize,
    /// True when the quote runs over several paragraphs.
    pub multi: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Curly,
    Straight,
    Low,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// `"`: direction from context.
    Either,
    /// Single marks and the like: content.
    Ignore,
}

fn role(c: char, prev: Option<char>, next: Option<char>) -> Role {
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let next_space = next.is_none_or(|n| n.is_whitespace());
    match c {
        '“' => {
            // Some outlets close with “ too: "…fascist?“ followed by a space or the end.
            if next_space && !prev_space {
                Role::Close(Family::Curly)
            } else {
                Role::Open(Family::Curly)
            }
        }
        '”' => {
            if prev_space && !next_space {
                Role::Open(Family::Curly)
            } else {
                Role::Close(Family::Curly)
            }
        }
        '„' => Role::Open(Family::Low),
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(Family::Guillemet),
        '"' => {
            if prev_space && !next_space {
                Role::Open(Family::Straight)
            } else if !prev_space && (next_space || next.is_some_and(|n| !n.is_alphanumeric())) {
                if prev.is_some_and(|p| p.is_ascii_digit()) {
                    // 5" (inches): not a quote mark.
                    Role::Ignore
                } else {
                    Role::Close(Family::Straight)
                }
            } else {
                Role::Either
            }
        }
        _ => Role::Ignore,
    }
}

fn closes(open: Family, role: Role, c: char) -> bool {
    match (open, role) {
        // Curly and straight marks get mixed up by editors ("…” or “…"): either closes either.
        (Family::Curly | Family::Straight, Role::Close(Family::Curly | Family::Straight)) => true,
        (Family::Straight | Family::Curly, Role::Either) => c == '"',
        (Family::Low, _) => c == '“' || c == '”',
        (Family::Guillemet, Role::Close(Family::Guillemet)) => true,
        _ => false,
    }
}

struct OpenQuote {
    family: Family,
    tok: usize,
    start: usize,
    multi: bool,
    /// Nested marks of the other double family (`„…“` inside `«…»`).
    nested: u32,
}

/// Pairs the marks of `text`, returning the quotes (in order) and warnings.
/// Token ranges whose quotation marks could not be paired: nothing inside them is reported.
pub(crate) type Doubtful = Vec<(usize, usize)>;

pub(crate) fn pair(text: &str, a: &TextAnalysis) -> (Vec<Quoted>, Vec<String>, Doubtful) {
    let mut doubtful = Vec::new();
    let mut quotes = Vec::new();
    let mut warnings = Vec::new();
    let mut open: Option<OpenQuote> = None;
    let mut skip_first_of_para = false;
    let mut skip_to = 0;
    for (pi, para) in a.paragraphs.iter().enumerate() {
        let first = para.tokens.start;
        for ti in para.tokens.clone() {
            let tok = a.tokens[ti];
            if tok.kind != TokenKind::Quote || ti < skip_to {
                continue;
            }
            let pair_end = double_apostrophe(text, a, ti);
            if skip_first_of_para && ti == first {
                skip_to = pair_end.map_or(ti + 1, |(t, _)| t + 1);
                continue;
            }
            let s = tok.text(text);
            // A run of marks (`’”`): the double mark decides; `''` (two apostrophes) stands for `"`.
            let found = s
                .char_indices()
                .find(|(_, c)| matches!(c, '“' | '”' | '„' | '«' | '»' | '"'))
                .or_else(|| s.find("''").map(|i| (i, '"')));
            let Some((off, c)) = found.or(pair_end.map(|_| (0, '"'))) else {
                continue;
            };
            let mut mark_len = if s[off..].starts_with("''") {
                2
            } else {
                c.len_utf8()
            };
            let (c, off) = match pair_end {
                Some((t2, end)) => {
                    skip_to = t2 + 1;
                    mark_len = end - tok.start;
                    ('"', 0)
                }
                None => (c, off),
            };
            let pos = tok.start + off;
            let prev = text[..pos].chars().next_back();
            let next = text[pos + mark_len..].chars().next();
            let r = role(c, prev, next);
            if r == Role::Ignore {
                continue;
            }
            match open.as_mut() {
                Some(o) => {
                    if o.family == Family::Guillemet && matches!(c, '„' | '“' | '”') {
                        if c == '„' || (c == '“' && o.nested == 0) {
                            o.nested += 1;
                        } else if o.nested > 0 {
                            o.nested -= 1;
                        }
                        continue;
                    }
                    if closes(o.family, r, c) {
                        let start = o.start;
                        quotes.push(Quoted {
                            open: o.tok,
                            close: ti,
                            after: pair_end.map_or(ti + 1, |(t, _)| t + 1),
                            start,
                            end: pos.max(start),
                            multi: o.multi,
                        });
                        open = None;
                    } else if r == Role::Open(o.family) {
                        // A second opener: the first quote was never closed.
                        warnings.push(format!(
                            "unbalanced quotation mark at byte {}: opened again at byte {pos}",
                            text_pos(a, o.tok)
                        ));
                        doubtful.push((o.tok, ti));
                        open = Some(OpenQuote {
                            family: o.family,
                            tok: ti,
                            start: pos + mark_len,
                            multi: false,
                            nested: 0,
                        });
                    }
                }
                None => match r {
                    Role::Open(f) => {
                        open = Some(OpenQuote {
                            family: f,
                            tok: ti,
                            start: pos + mark_len,
                            multi: false,
                            nested: 0,
                        })
                    }
                    Role::Either => {
                        open = Some(OpenQuote {
                            family: Family::Straight,
                            tok: ti,
                            start: pos + mark_len,
                            multi: false,
                            nested: 0,
                        })
                    }
                    Role::Close(_) => {
                        warnings.push(format!(
                            "unbalanced quotation mark at byte {pos}: closing mark without an opening one"
                        ));
                        doubtful.push((para.tokens.start, ti + 1));
                    }
                    Role::Ignore => {}
                },
            }
        }
        skip_first_of_para = false;
        if let Some(o) = open.as_mut() {
            // Multi-paragraph quote: the next paragraph must open again with the same family.
            let continues = a.paragraphs.get(pi + 1).is_some_and(|next| {
                let t = a.tokens[next.tokens.start];
                t.kind == TokenKind::Quote
                    && t.text(text).chars().next().is_some_and(|c| match o.family {
                        Family::Curly | Family::Straight => c == '“' || c == '"' || c == '\'',
                        Family::Low => c == '„',
                        Family::Guillemet => c == '«',
                    })
            });
            if continues {
                o.multi = true;
                skip_first_of_para = true;
            } else {
                warnings.push(format!(
                    "unbalanced quotation mark at byte {}: quote not closed by the end of its paragraph",
                    text_pos(a, o.tok)
                ));
                doubtful.push((o.tok, para.tokens.end));
                open = None;
            }
        }
    }
    (quotes, warnings, doubtful)
}

/// `''` written as two apostrophe tokens: the second token's index and end.
fn double_apostrophe(text: &str, a: &TextAnalysis, ti: usize) -> Option<(usize, usize)> {
    let t = a.tokens[ti];
    let u = a.tokens.get(ti + 1)?;
    (t.text(text) == "'" && u.kind == TokenKind::Quote && u.start == t.end && u.text(text) == "'")
        .then_some((ti + 1, u.end))
}

fn text_pos(a: &TextAnalysis, tok: usize) -> usize {
    a.tokens.get(tok).map_or(0, |t| t.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> (Vec<&str>, usize) {
        let a = TextAnalysis::new(text);
        let (q, w, _) = pair(text, &a);
        (q.iter().map(|q| &text[q.start..q.end]).collect(), w.len())
    }

    #[test]
    fn pairs_marks_of_every_family() {
        assert_eq!(quoted("He said “yes” and \"no\"."), (vec!["yes", "no"], 0));
        assert_eq!(quoted("Er sagte „ja“ und «non»."), (vec!["ja", "non"], 0));
        assert_eq!(
            quoted("“She told me ‘never’ twice,” he said."),
            (vec!["She told me ‘never’ twice,"], 0)
        );
        assert_eq!(
            quoted("«Il a dit „oui“ hier»"),
            (vec!["Il a dit „oui“ hier"], 0)
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("The Kremlin’s view: don’t go back to the ’90s."),
            (vec![], 0)
        );
    }

    #[test]
    fn multi_paragraph_and_unbalanced() {
        let (q, w) = quoted("“First part.\n“Second part.”\nAfter.");
        assert_eq!(q, vec!["First part.\n“Second part."]);
        assert_eq!(w, 0);
        let (q, w) = quoted("“Never closed.\nNext paragraph “fine” here.");
        assert_eq!(q, vec!["fine"]);
        assert_eq!(w, 1);
        let (q, w) = quoted("A stray” mark and “a good one”.");
        assert_eq!(q, vec!["a good one"]);
        assert_eq!(w, 1);
    }
}

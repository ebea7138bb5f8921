//! Tokens and the tokenizer.

use super::lexicon::{contains_ignore_case, ABBREVIATIONS};
use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters and digits, possibly hyphenated or with an inner apostrophe ("Russia-led", "O'Neil", "2K").
    Word,
    /// Digits with inner separators ("1,000.5", "3:30", "12/22/2025", "2025-12-22").
    Number,
    /// A word with its period(s): "U.S.", "St.", "Inc.", "a.m.".
    Abbreviation,
    /// One capital letter and a period: the "J." of "J. Smith".
    Initial,
    /// The possessive "'s" / "’s", or a lone apostrophe after a plural ("officials'").
    Possessive,
    /// A contraction's second half: "n't", "'ll", "'re", "'ve", "'d", "'m".
    Clitic,
    /// A quotation mark: `"` `“` `”` `„` `«` `»` `‘` `’` `'` `‹` `›`, or a run of them.
    Quote,
    /// Anything else: punctuation, symbols, emoji ("...", "--" and "?!" kept as one token).
    Punct,
}

/// A token: a byte range into the analysed string and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Never true (tokens are not empty); present for API symmetry with `len`.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The token as a body-text span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// True for words, numbers, abbreviations and initials (the tokens that carry content).
    pub fn is_wordlike(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation | TokenKind::Initial
        )
    }

    /// True when the token starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// True for characters that are quotation marks (including the apostrophe, which may be one).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '‹'
            | '›'
            | '″'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_mark(c))
}

/// Combining marks (accents written as separate code points) and joiners stay inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200C | 0x200D)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits text into [`Token`]s. Stateless and cheap: construct it anywhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokenizer;

/// A forward view of the text used while scanning.
struct Cursor<'t> {
    text: &'t str,
}

impl Cursor<'_> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// The char after the one at `i`, and its position.
    fn next_after(&self, i: usize) -> Option<(usize, char)> {
        let c = self.char_at(i)?;
        let j = i + c.len_utf8();
        self.char_at(j).map(|d| (j, d))
    }
}

/// Contraction endings that split off a word ("'s" is a possessive, the others clitics).
const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

impl Tokenizer {
    /// Tokenizes `text[range]`, appending tokens (with offsets into `text`) to `out`.
    pub fn tokenize_into(&self, text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
        let cur = Cursor { text: &text[..end] };
        let mut i = start;
        while let Some(c) = cur.char_at(i) {
            let len = c.len_utf8();
            if c.is_whitespace() || c == '\u{feff}' || c.is_control() {
                i += len;
            } else if is_word_char(c) {
                i = self.word(&cur, i, out);
            } else if is_apostrophe(c) && self.apostrophe(&cur, i, out) {
                i = out.last().map_or(i + len, |t| t.end);
            } else if is_quote_char(c) {
                out.push(Token {
                    start: i,
                    end: i + len,
                    kind: TokenKind::Quote,
                });
                i += len;
            } else {
                i = self.punct(&cur, i, c, out);
            }
        }
    }

    /// Tokenizes a whole string.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 5);
        self.tokenize_into(text, 0, text.len(), &mut out);
        out
    }

    /// An apostrophe right after a word: a possessive or a clitic. Returns false to treat it as a quote.
    fn apostrophe(&self, cur: &Cursor<'_>, i: usize, out: &mut Vec<Token>) -> bool {
        let Some(prev) = out.last().copied() else {
            return false;
        };
        if prev.end != i
            || !matches!(
                prev.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation
            )
        {
            return false;
        }
        let after = i + cur.char_at(i).map_or(1, char::len_utf8);
        if let Some(clitic) = clitic_at(cur.text, after) {
            let kind = if clitic == "s" {
                TokenKind::Possessive
            } else {
                TokenKind::Clitic
            };
            out.push(Token {
                start: i,
                end: after + clitic.len(),
                kind,
            });
            return true;
        }
        // "officials'" — a plural possessive — unless a letter follows (handled inside words).
        let prev_text = prev.text(cur.text);
        let follows_word = cur.char_at(after).is_some_and(is_word_char);
        if !follows_word
            && prev.kind == TokenKind::Word
            && prev_text.ends_with(['s', 'S'])
            && prev_text.len() > 2
        {
            out.push(Token {
                start: i,
                end: after,
                kind: TokenKind::Possessive,
            });
            return true;
        }
        false
    }

    /// Scans a word or number starting at `i`; returns the end.
    fn word(&self, cur: &Cursor<'_>, i: usize, out: &mut Vec<Token>) -> usize {
        let text = cur.text;
        // Letter-period runs: "U.S.", "a.m.", "U.S.A.".
        if let Some(end) = dotted_abbreviation(cur, i) {
            out.push(Token {
                start: i,
                end,
                kind: TokenKind::Abbreviation,
            });
            return end;
        }
        let mut j = i;
        loop {
            while let Some(c) = cur.char_at(j).filter(|&c| is_word_char(c)) {
                j += c.len_utf8();
            }
            let Some(sep) = cur.char_at(j) else { break };
            let k = j + sep.len_utf8();
            let Some(after) = cur.char_at(k) else { break };
            let digits_before = text[i..j]
                .bytes()
                .last()
                .is_some_and(|b| b.is_ascii_digit());
            let joins = (is_hyphen(sep) && is_word_char(after))
                || (matches!(sep, ',' | '.' | ':' | '/')
                    && digits_before
                    && after.is_ascii_digit()
                    && is_numberish(&text[i..j]))
                || (is_apostrophe(sep)
                    && after.is_alphabetic()
                    && clitic_at(text, k).is_none()
                    && !is_nt(text, i, j, k))
                || (sep == '&'
                    && after.is_uppercase()
                    && text[i..j].chars().all(char::is_uppercase));
            if !joins {
                break;
            }
            j = k;
        }
        // "don't" → "do" + "n't"
        if let Some(c) = cur.char_at(j).filter(|&c| is_apostrophe(c)) {
            if is_nt(text, i, j, j + c.len_utf8()) {
                let n = j - 1;
                if n > i {
                    push_word(text, i, n, out);
                }
                let end = j + c.len_utf8() + 1;
                out.push(Token {
                    start: n,
                    end,
                    kind: TokenKind::Clitic,
                });
                return end;
            }
        }
        // A word and its period: "St.", "Inc.", "J.".
        if cur.char_at(j) == Some('.') {
            let word = &text[i..j];
            let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single_capital {
                out.push(Token {
                    start: i,
                    end: j + 1,
                    kind: TokenKind::Initial,
                });
                return j + 1;
            }
            // "No." only before a number ("No. 1"), so that "No." ending a quote stays a word.
            let number_follows = text[j + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            let is_no = word.eq_ignore_ascii_case("no");
            if contains_ignore_case(ABBREVIATIONS, word)
                && word.chars().next().is_some_and(char::is_uppercase)
                && (!is_no || number_follows)
                || word.eq_ignore_ascii_case("etc")
                || word.eq_ignore_ascii_case("vs")
            {
                out.push(Token {
                    start: i,
                    end: j + 1,
                    kind: TokenKind::Abbreviation,
                });
                return j + 1;
            }
        }
        push_word(text, i, j, out);
        j
    }

    fn punct(&self, cur: &Cursor<'_>, i: usize, c: char, out: &mut Vec<Token>) -> usize {
        let mut j = i + c.len_utf8();
        // Keep "...", "--", "?!", "!!" together.
        if matches!(c, '.' | '-' | '?' | '!' | '—') {
            while let Some(d) = cur
                .char_at(j)
                .filter(|&d| d == c || (matches!(c, '?' | '!') && matches!(d, '?' | '!')))
            {
                j += d.len_utf8();
            }
        }
        out.push(Token {
            start: i,
            end: j,
            kind: TokenKind::Punct,
        });
        j
    }
}

fn push_word(text: &str, i: usize, j: usize, out: &mut Vec<Token>) {
    let kind = if is_numberish(&text[i..j]) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    out.push(Token {
        start: i,
        end: j,
        kind,
    });
}

/// Digits with separators only, starting with a digit.
fn is_numberish(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '/' | '-' | '‐' | '‑'))
}

/// The clitic starting at byte `k` (just after an apostrophe), if one ends there.
fn clitic_at(text: &str, k: usize) -> Option<&'static str> {
    let rest = text.get(k..)?;
    CLITICS.iter().copied().find(|cl| {
        rest.len() >= cl.len()
            && rest.as_bytes()[..cl.len()].eq_ignore_ascii_case(cl.as_bytes())
            && !rest[cl.len()..].chars().next().is_some_and(is_word_char)
    })
}

/// "n't": the word `text[i..j]` ends in n, an apostrophe stands at j, and a lone t follows at k.
fn is_nt(text: &str, i: usize, j: usize, k: usize) -> bool {
    j > i + 1
        && text.as_bytes()[j - 1].eq_ignore_ascii_case(&b'n')
        && text
            .get(k..k + 1)
            .is_some_and(|t| t.eq_ignore_ascii_case("t"))
        && !text
            .get(k + 1..)
            .and_then(|s| s.chars().next())
            .is_some_and(is_word_char)
}

/// "U.S.", "U.S.A.", "a.m.", "p.m.": single letters each followed by a period, at least two of them.
fn dotted_abbreviation(cur: &Cursor<'_>, i: usize) -> Option<usize> {
    let mut j = i;
    let mut letters = 0;
    loop {
        let c = cur.char_at(j).filter(|c| c.is_alphabetic())?;
        let (dot_at, dot) = cur.next_after(j)?;
        if dot != '.' {
            return None;
        }
        letters += 1;
        j = dot_at + 1;
        let next_is_letter = cur.char_at(j).is_some_and(char::is_alphabetic);
        let next_is_dotted = next_is_letter && cur.next_after(j).is_some_and(|(_, d)| d == '.');
        if !next_is_dotted {
            return (letters >= 2 && !next_is_letter && c.is_alphabetic()).then_some(j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        Tokenizer
            .tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        Tokenizer
            .tokenize(text)
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    use TokenKind::*;

    #[test]
    fn abbreviations_initials_and_periods() {
        assert_eq!(
            toks("U.S. envoy J. Smith met Mr. Lee in St. Petersburg at 3 p.m. today."),
            [
                ("U.S.", Abbreviation),
                ("envoy", Word),
                ("J.", Initial),
                ("Smith", Word),
                ("met", Word),
                ("Mr.", Abbreviation),
                ("Lee", Word),
                ("in", Word),
                ("St.", Abbreviation),
                ("Petersburg", Word),
                ("at", Word),
                ("3", Number),
                ("p.m.", Abbreviation),
                ("today", Word),
                (".", Punct),
            ]
        );
        assert_eq!(words("the end. No more"), ["the", "end", ".", "No", "more"]);
        assert_eq!(words("Standard Oil Co."), ["Standard", "Oil", "Co."]);
    }

    #[test]
    fn possessives_and_clitics() {
        assert_eq!(toks("Kremlin's"), [("Kremlin", Word), ("'s", Possessive)]);
        assert_eq!(
            toks("Trump’s plan"),
            [("Trump", Word), ("’s", Possessive), ("plan", Word)]
        );
        assert_eq!(
            toks("officials' views"),
            [("officials", Word), ("'", Possessive), ("views", Word)]
        );
        assert_eq!(
            words("he'll report, don't go, we're here"),
            ["he", "'ll", "report", ",", "do", "n't", "go", ",", "we", "'re", "here"]
        );
        assert_eq!(
            words("O'Neil and Côte d'Ivoire"),
            ["O'Neil", "and", "Côte", "d'Ivoire"]
        );
    }

    #[test]
    fn hyphens_numbers_and_symbols() {
        assert_eq!(
            words("Russia-led Moscow-Baku ties"),
            ["Russia-led", "Moscow-Baku", "ties"]
        );
        assert_eq!(
            toks("$1,000.50 on 12/22/2025 at 3:30, 2025-12-22, 45%"),
            [
                ("$", Punct),
                ("1,000.50", Number),
                ("on", Word),
                ("12/22/2025", Number),
                ("at", Word),
                ("3:30", Number),
                (",", Punct),
                ("2025-12-22", Number),
                (",", Punct),
                ("45", Number),
                ("%", Punct),
            ]
        );
        assert_eq!(toks("2K 1990s"), [("2K", Word), ("1990s", Word)]);
        assert_eq!(
            words("wait... what?! -- no"),
            ["wait", "...", "what", "?!", "--", "no"]
        );
        assert_eq!(words("AT&T and S&P"), ["AT&T", "and", "S&P"]);
    }

    #[test]
    fn quotes_straight_and_curly() {
        assert_eq!(
            toks("\"Yes,\" he said. “No.” ‘Maybe’ «Non» 'Fine'"),
            [
                ("\"", Quote),
                ("Yes", Word),
                (",", Punct),
                ("\"", Quote),
                ("he", Word),
                ("said", Word),
                (".", Punct),
                ("“", Quote),
                ("No", Word),
                (".", Punct),
                ("”", Quote),
                ("‘", Quote),
                ("Maybe", Word),
                ("’", Quote),
                ("«", Quote),
                ("Non", Word),
                ("»", Quote),
                ("'", Quote),
                ("Fine", Word),
                ("'", Quote),
            ]
        );
    }

    #[test]
    fn unicode_and_odd_input() {
        assert_eq!(
            words("Zürich naïve 北京 😀 e\u{301}t"),
            ["Zürich", "naïve", "北京", "😀", "e\u{301}t"]
        );
        assert!(Tokenizer.tokenize("").is_empty());
        assert!(Tokenizer.tokenize(" \n\t\u{feff} ").is_empty());
        assert_eq!(words("a\0b"), ["a", "b"]);
    }
}

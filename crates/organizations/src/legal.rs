//! Company legal forms ("Inc.", "Ltd", "GmbH", "S.p.A.", "Pty Ltd", "& Co."), matched after a
//! capitalised name, and the few that stand before it ("PJSC Gazprom", "PT Pertamina").
//!
//! The list (`data/legal-forms.txt`) comes from the MIT-licensed cleanco term lists; see `DATA.md`.

use std::collections::HashSet;
use std::ops::Range;

use newsx_core::TextAnalysis;

static FORMS: &str = include_str!("../data/legal-forms.txt");

/// Forms written before the name, upper case only.
const PREFIX_FORMS: &[&str] = &[
    "CJSC", "JSC", "OAO", "OJSC", "OOO", "PAO", "PJSC", "PT", "ZAO",
];

/// Forms without periods that may be written in mixed or lower case ("GmbH", "plc", "Ltd").
const MIXED_CASE_OK: &[&str] = &[
    "ag", "asa", "bhd", "bv", "co", "corp", "gmbh", "inc", "kg", "kgaa", "llc", "llp", "lp", "ltd",
    "ltda", "nv", "oy", "oyj", "plc", "pty ltd", "sarl", "spa", "srl",
];

/// The legal-form matcher, built once.
#[derive(Debug)]
pub struct LegalForms {
    forms: HashSet<String>,
    max_tokens: usize,
}

impl Default for LegalForms {
    fn default() -> Self {
        Self::new()
    }
}

impl LegalForms {
    /// Loads the embedded list.
    pub fn new() -> Self {
        let forms: HashSet<String> = FORMS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        LegalForms {
            forms,
            max_tokens: 4,
        }
    }

    /// Number of forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when no form is loaded (never, for the embedded list).
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The longest legal form starting at token `t` (within `limit`), as a token range.
    pub fn suffix_at(
        &self,
        text: &str,
        an: &TextAnalysis,
        t: usize,
        limit: usize,
        buf: &mut String,
    ) -> Option<Range<usize>> {
        let first = an.tokens.get(t)?;
        let w = first.text(text);
        let c = w.chars().next()?;
        // Cheap rejection of ordinary words ("said"): a form starts with a capital, "&", or is
        // written with periods, or is "plc".
        if !(c.is_uppercase() || c == '&' || (c.is_alphabetic() && (w.contains('.') || w == "plc")))
        {
            return None;
        }
        let max = (t + self.max_tokens).min(limit);
        let mut best = None;
        buf.clear();
        for e in t..max {
            let tok = an.tokens[e];
            if e > t && an.tokens[e - 1].end < tok.start {
                buf.push(' ');
            }
            for ch in tok.text(text).chars().filter(|&c| c != '.') {
                buf.extend(ch.to_lowercase());
            }
            if self.forms.contains(buf.as_str()) && shape_ok(&text[first.start..tok.end], buf) {
                best = Some(t..e + 1);
            }
        }
        best
    }

    /// True for a form written before the name ("PJSC").
    pub fn is_prefix_form(&self, word: &str) -> bool {
        PREFIX_FORMS.contains(&word)
    }
}

/// The written form must look like a legal form: with periods, all capitals, or a known
/// mixed-case spelling ("GmbH", "Ltd", "plc"). "As", "Co-op" or "Sa" in running text do not count.
fn shape_ok(written: &str, normalized: &str) -> bool {
    if written.contains('.') || written.contains('/') || written.starts_with('&') {
        return true;
    }
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return true;
    }
    MIXED_CASE_OK.contains(&normalized)
        && (written.starts_with(|c: char| c.is_uppercase()) || normalized == "plc")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(s: &str) -> Option<String> {
        let an = TextAnalysis::new(s);
        let lf = LegalForms::new();
        let mut buf = String::new();
        lf.suffix_at(s, &an, 0, an.tokens.len(), &mut buf)
            .map(|r| s[an.tokens[r.start].start..an.tokens[r.end - 1].end].to_string())
    }

    #[test]
    fn forms_are_recognised_by_shape() {
        assert_eq!(form("Inc. said"), Some("Inc.".into()));
        assert_eq!(form("Ltd said"), Some("Ltd".into()));
        assert_eq!(form("GmbH"), Some("GmbH".into()));
        assert_eq!(form("S.p.A. reported"), Some("S.p.A.".into()));
        assert_eq!(form("Pty Ltd"), Some("Pty Ltd".into()));
        assert_eq!(form("& Co."), Some("& Co.".into()));
        assert_eq!(form("GmbH & Co. KG"), Some("GmbH & Co. KG".into()));
        assert_eq!(form("AG"), Some("AG".into()));
        assert_eq!(form("plc"), Some("plc".into()));
        assert_eq!(form("as well"), None);
        assert_eq!(form("Sa"), None);
        assert_eq!(form("company"), None);
    }
}

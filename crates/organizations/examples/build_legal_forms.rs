//! Rebuilds `data/legal-forms.txt`, the company legal forms the organizations extractor embeds.
//!
//! ```text
//! cargo run -p newsx-organizations --example build_legal_forms -- /work/shared/data/gazetteers \
//!     > crates/organizations/data/legal-forms.txt
//! ```
//!
//! Reads `legal-forms-by-type.tsv` and `legal-forms-by-country.tsv` (cleanco term lists, MIT) and
//! writes one form per line, normalised (lower case, periods dropped, spaces collapsed), sorted and
//! de-duplicated. Plain English words ("company", "limited", "private") and entries that are not legal
//! forms ("term", "uk", "vat") are left out: the extractor treats the English words as name heads.
//! So are two-letter forms that usually mean something else in English news ("AD", "EU", "OK").

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::Path;

#[rustfmt::skip]
const LEFT_OUT: &[&str] = &[
    "and company", "company", "corporation", "incorporated", "limited", "private", "term", "uk",
    "unlimited", "vat", "t:mi",
    // Two-letter forms that are far more often something else in English news ("AD", "EU", "OK"),
    // US state codes and everyday abbreviations ("IBM PC", "Louisville, Ky.").
    "ad", "ae", "aj", "at", "ba", "bl", "ca", "cv", "da", "ec", "ee", "ei", "ep", "et", "eu", "fa",
    "ij", "ik", "ks", "ky", "mb", "nl", "ok", "pc", "pp", "ps", "sc", "sd", "sp", "ud",
];

fn normalize(term: &str) -> String {
    let no_dots: String = term.chars().filter(|&c| c != '.').collect();
    no_dots
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn main() -> io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/gazetteers".to_string());
    let mut forms = BTreeSet::new();
    for file in ["legal-forms-by-type.tsv", "legal-forms-by-country.tsv"] {
        let path = Path::new(&dir).join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        for line in text.lines().skip(1) {
            let Some((_, term)) = line.split_once('\t') else {
                continue;
            };
            let form = normalize(term.trim());
            if !form.is_empty() && !LEFT_OUT.contains(&form.as_str()) && form.is_ascii() {
                forms.insert(form);
            }
        }
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "# Company legal forms, normalised; from the cleanco term lists (MIT). Rebuild: see DATA.md."
    )?;
    for f in forms {
        writeln!(out, "{f}")?;
    }
    Ok(())
}

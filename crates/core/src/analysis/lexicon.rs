//! Small closed word lists the text analysis needs (abbreviations, sentence starters). Extractors may
//! reuse them.

/// Abbreviations that take a final period, lower-case and without it ("st" for "St."). Sorted.
pub const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "assn", "aug", "ave", "bros", "capt", "cmdr", "co", "col", "corp", "cpl", "dec",
    "dept", "dr", "esq", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "hon", "inc", "jan", "jr",
    "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt", "no", "nos",
    "nov", "oct", "op", "pct", "ph", "plc", "pres", "prof", "pte", "pty", "rep", "reps", "rev",
    "sat", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "sun", "supt", "thu", "thurs", "tue",
    "tues", "vol", "vs", "wed",
];

/// Abbreviations that stand before a name or number and so never end a sentence ("Mr.", "Dec.", "No.").
/// Sorted.
pub const PREFIX_ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "col", "cpl", "dec", "dr", "feb", "fig", "fri", "ft",
    "gen", "gov", "hon", "jan", "jul", "jun", "lt", "maj", "mar", "messrs", "mon", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "oct", "op", "pres", "prof", "rep", "reps", "rev", "sat",
    "sen", "sens", "sep", "sept", "sgt", "st", "sun", "supt", "thu", "thurs", "tue", "tues", "vol",
    "vs", "wed",
];

/// Capitalised words that start a new sentence after an ambiguous abbreviation ("… in the U.S. The …").
/// Sorted.
pub const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "no",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "under",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yet",
    "you",
];

/// True when `word` (any case, no period) is in the sorted lower-case `list`.
pub fn contains_ignore_case(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = ascii_lowercase(word, &mut buf) else {
        return false;
    };
    list.binary_search(&lower).is_ok()
}

/// Lower-cases a short ASCII word into `buf` without allocating; `None` if it is not short ASCII.
fn ascii_lowercase<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_so_binary_search_works() {
        for list in [ABBREVIATIONS, PREFIX_ABBREVIATIONS, SENTENCE_STARTERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        for p in PREFIX_ABBREVIATIONS {
            assert!(ABBREVIATIONS.contains(p), "{p}");
        }
        assert!(contains_ignore_case(ABBREVIATIONS, "St"));
        assert!(!contains_ignore_case(ABBREVIATIONS, "Straße"));
    }
}

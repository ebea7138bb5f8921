//! People: title stripping, document-level name clusters (surname → full name), surname propagation
//! and titles before the name or in an apposition after it.
//!
//! A cluster is keyed by the longest name form in the document that contains a mention's words
//! ("Peskov" and "Dmitry Peskov" → "Dmitry Peskov"). A one-word mention links to the full names that
//! end with it (the surname); when several different people share it, to the nearest one mentioned
//! before (or, failing that, after). A lone first name links only when exactly one full name starts
//! with it.
//!
//! Titles: the role words right before a name ("Russian President", "Kremlin spokesman",
//! "presidential aide") go into `title` and never into the span; failing that, an apposition right
//! after it ("Dmitry Peskov, the Kremlin's chief spokesman,") gives the title without its determiner
//! ("Kremlin's chief spokesman").

use std::collections::HashMap;
use std::ops::Range;

use newsx_core::{AnalyzedDocument, Field, TextAnalysis, TokenKind};

use crate::gazetteer::{Gazetteer, Lookup};
use crate::lexicon::Lexicon;
use crate::mentions::{
    field_index, is_capitalized, is_determiner, surface, trim_tokens, unshout, MentionIndex,
    NerLabel, FIELDS,
};

/// A resolved person mention.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonMention {
    /// The field.
    pub field: Field,
    /// Tokens of the name (no title, determiner or possessive).
    pub tokens: Range<usize>,
    /// The cluster's full name.
    pub canonical: String,
    /// An adjacent title, if any.
    pub title: Option<String>,
}

struct Raw {
    field: Field,
    tokens: Range<usize>,
    /// Lower-case name words.
    words: Vec<String>,
    /// Order in the document (title first).
    pos: (usize, usize),
}

struct Form {
    words: Vec<String>,
    display: String,
    display_is_upper: bool,
    root: usize,
}

/// Settings for [`resolve`].
#[derive(Debug, Clone, Copy)]
pub struct PeopleSettings {
    /// Label uncovered one-word surnames of known people.
    pub propagate: bool,
    /// Fill `title`.
    pub titles: bool,
}

/// Finds and resolves every person mention of the document.
pub fn resolve(
    doc: &AnalyzedDocument<'_>,
    index: &MentionIndex,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
    settings: PeopleSettings,
) -> Vec<PersonMention> {
    let mut raws: Vec<Raw> = Vec::new();
    let mut covered: [Vec<bool>; 2] = FIELDS.map(|f| vec![false; doc.field(f).1.tokens.len()]);
    for m in index.mentions.iter().filter(|m| m.label == NerLabel::Per) {
        let (text, an) = doc.field(m.field);
        let r = strip_leading_titles(text, an, trim_tokens(text, an, m.tokens.clone()), lexicon);
        if r.is_empty() {
            continue;
        }
        for t in r.clone() {
            covered[field_index(m.field)][t] = true;
        }
        raws.push(make_raw(m.field, text, an, r));
    }

    // Forms: distinct multi-word names.
    let mut forms: Vec<Form> = Vec::new();
    let mut form_of: HashMap<String, usize> = HashMap::new();
    for raw in raws.iter().filter(|r| r.words.len() >= 2) {
        let key = raw.words.join(" ");
        let (text, an) = doc.field(raw.field);
        let display = surface(text, an, raw.tokens.clone());
        let upper = !display.chars().any(char::is_lowercase);
        match form_of.get(&key) {
            Some(&f) => {
                if forms[f].display_is_upper && !upper {
                    forms[f].display = display;
                    forms[f].display_is_upper = false;
                }
            }
            None => {
                form_of.insert(key, forms.len());
                forms.push(Form {
                    words: raw.words.clone(),
                    display,
                    display_is_upper: upper,
                    root: forms.len(),
                });
            }
        }
    }
    // Word → forms holding it (bounded to keep the work linear).
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        for w in &f.words {
            let v = by_word.entry(w.as_str()).or_default();
            if v.len() < 64 && v.last() != Some(&i) {
                v.push(i);
            }
        }
    }
    // Each form's root: the longest form containing it, when that is unique.
    let roots: Vec<usize> = (0..forms.len())
        .map(|i| {
            let f = &forms[i];
            let mut best = i;
            let mut tie = false;
            for &j in by_word.get(f.words[0].as_str()).into_iter().flatten() {
                let g = &forms[j];
                if j == i || g.words.len() <= f.words.len() || !contains_run(&g.words, &f.words) {
                    continue;
                }
                let (bl, gl) = (forms[best].words.len(), g.words.len());
                if best == i || gl > bl {
                    best = j;
                    tie = false;
                } else if gl == bl && !contains_run(&forms[best].words, &g.words) {
                    tie = true;
                }
            }
            if tie {
                i
            } else {
                best
            }
        })
        .collect();
    for (f, r) in forms.iter_mut().zip(&roots) {
        f.root = *r;
    }
    // Surname → roots.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for f in &forms {
        if let (Some(first), Some(last)) = (f.words.first(), f.words.last()) {
            if last.chars().count() > 1 {
                push_unique(by_surname.entry(last.as_str()).or_default(), f.root);
            }
            push_unique(by_first.entry(first.as_str()).or_default(), f.root);
        }
    }

    // One-word names the tagger marked as a person somewhere ("Trump" alone in a short item).
    let single_names: std::collections::HashSet<String> = raws
        .iter()
        .filter(|r| r.words.len() == 1 && r.words[0].chars().count() > 1)
        .map(|r| r.words[0].clone())
        .collect();
    if settings.propagate && !(by_surname.is_empty() && single_names.is_empty()) {
        for field in FIELDS {
            let (text, an) = doc.field(field);
            let fi = field_index(field);
            for (t, tok) in an.tokens.iter().enumerate() {
                if tok.kind != TokenKind::Word || covered[fi][t] {
                    continue;
                }
                let word = tok.text(text);
                if !is_capitalized(word) {
                    continue;
                }
                let known = crate::lexicon::with_lower(word, |w| {
                    by_surname.contains_key(w) || single_names.contains(w)
                });
                if !known || !propagation_allowed(doc, index, lexicon, gazetteer, field, t) {
                    continue;
                }
                covered[fi][t] = true;
                raws.push(make_raw(field, text, an, t..t + 1));
            }
        }
    }

    // Mention order, for "nearest earlier full name".
    raws.sort_by_key(|r| r.pos);
    let mut out = Vec::with_capacity(raws.len());
    let mut roots_of: Vec<Option<usize>> = Vec::with_capacity(raws.len());
    for raw in &raws {
        let root = if raw.words.len() >= 2 {
            form_of.get(&raw.words.join(" ")).map(|&f| forms[f].root)
        } else {
            None
        };
        roots_of.push(root);
    }
    // Full-name mentions in order: (mention index, root).
    let full: Vec<(usize, usize)> = roots_of
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.map(|r| (i, r)))
        .collect();
    const SCAN: usize = 256;
    for (i, raw) in raws.iter().enumerate() {
        let root = match roots_of[i] {
            Some(r) => Some(r),
            None => raw.words.first().and_then(|w| {
                let cands = by_surname
                    .get(w.as_str())
                    .filter(|c| !c.is_empty())
                    .or_else(|| by_first.get(w.as_str()).filter(|c| c.len() == 1))?;
                if cands.len() == 1 {
                    return Some(cands[0]);
                }
                // Several people share the name: the nearest earlier one, else the next one
                // (looking at a bounded number of full-name mentions, to stay linear).
                let k = full.partition_point(|&(j, _)| j < i);
                let earlier = full[k.saturating_sub(SCAN)..k]
                    .iter()
                    .rev()
                    .map(|&(_, r)| r)
                    .find(|r| cands.contains(r));
                earlier.or_else(|| {
                    full[k..(k + SCAN).min(full.len())]
                        .iter()
                        .map(|&(_, r)| r)
                        .find(|r| cands.contains(r))
                })
            }),
        };
        let (text, an) = doc.field(raw.field);
        let canonical = match root {
            Some(r) => unshout(&forms[r].display),
            None => unshout(&surface(text, an, raw.tokens.clone())),
        };
        // A split name ("Kirill" untagged before "Dmitriev"): extend the span over untagged words
        // that continue the full name.
        let mut tokens = raw.tokens.clone();
        if let Some(r) = root {
            let full = &forms[r].words;
            let fi = field_index(raw.field);
            if let Some(p) = (0..=full.len().saturating_sub(raw.words.len()))
                .find(|&p| full[p..].starts_with(&raw.words))
            {
                let word_at =
                    |t: usize| an.tokens[t].text(text).trim_end_matches('.').to_lowercase();
                let free = |t: usize| {
                    an.tokens[t].is_wordlike()
                        && !covered[fi][t]
                        && index.at(raw.field, t).is_none()
                };
                let mut k = p;
                while k > 0
                    && tokens.start > 0
                    && free(tokens.start - 1)
                    && word_at(tokens.start - 1) == full[k - 1]
                {
                    tokens.start -= 1;
                    k -= 1;
                }
                let mut k = p + raw.words.len();
                while k < full.len()
                    && tokens.end < an.tokens.len()
                    && free(tokens.end)
                    && word_at(tokens.end) == full[k]
                {
                    tokens.end += 1;
                    k += 1;
                }
                for t in tokens.clone() {
                    covered[fi][t] = true;
                }
            }
        }
        let title = if settings.titles {
            prefix_title(text, an, tokens.start, lexicon, index, raw.field)
                .or_else(|| appositive_title(text, an, tokens.end, lexicon))
        } else {
            None
        };
        out.push(PersonMention {
            field: raw.field,
            tokens,
            canonical,
            title,
        });
    }
    out
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) && v.len() < 64 {
        v.push(x);
    }
}

fn make_raw(field: Field, text: &str, an: &TextAnalysis, r: Range<usize>) -> Raw {
    let words = an.tokens[r.clone()]
        .iter()
        .filter(|t| t.is_wordlike())
        .map(|t| t.text(text).trim_end_matches('.').to_lowercase())
        .collect();
    let pos = (
        field_index(field),
        an.tokens.get(r.start).map_or(0, |t| t.start),
    );
    Raw {
        field,
        tokens: r,
        words,
        pos,
    }
}

/// True when the longer name `hay` can be the same person as `needle`: `needle` ends it ("Vladimir
/// Putin" in "Russian President Vladimir Putin") or keeps its first and last words with words
/// inserted between ("Donald Trump" in "Donald J. Trump"). Words added at the end make another
/// person ("Donald Trump Jr.") or no person at all ("Jimmy Kimmel Test").
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    if needle.len() > hay.len() || needle.is_empty() {
        return false;
    }
    if hay.ends_with(needle) {
        return true;
    }
    if needle.len() < 2 || hay.first() != needle.first() || hay.last() != needle.last() {
        return false;
    }
    // Subsequence.
    let mut it = hay.iter();
    needle.iter().all(|w| it.any(|h| h == w))
}

/// Title words the tagger left inside a person span ("President Putin") are moved out, as long as
/// a name remains. Words that are also common first names ("Dean") are kept when only one word
/// would remain.
fn strip_leading_titles(
    text: &str,
    an: &TextAnalysis,
    mut r: Range<usize>,
    lexicon: &Lexicon,
) -> Range<usize> {
    const NAME_LIKE: &[&str] = &["bishop", "dean", "judge", "major"];
    while r.len() > 1 {
        let w = an.tokens[r.start].text(text);
        let title_word = lexicon.is_title_head(w)
            || lexicon.is_title_modifier(w)
            || lexicon.is_honorific(w)
            || lexicon.is_demonym(w)
            || is_determiner(w)
            || lexicon.is_function_word(w);
        let name_like = crate::lexicon::with_lower(w, |l| NAME_LIKE.contains(&l));
        if !title_word || (name_like && r.len() == 2) {
            break;
        }
        r.start += 1;
    }
    r
}

/// Punctuation that glues a word into a larger name or handle ("@Peskov", "Peskov-Smith").
const GLUE: &[&str] = &["-", "@", "#", "/", "&", "_", "+"];

/// May the uncovered token `t` (a known surname) be labelled a person?
fn propagation_allowed(
    doc: &AnalyzedDocument<'_>,
    index: &MentionIndex,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
    field: Field,
    t: usize,
) -> bool {
    let (text, an) = doc.field(field);
    let word = an.tokens[t].text(text);
    if let Some(m) = index.at(field, t) {
        // Part of a longer name ("Peskov Foundation"), or a known place: leave it.
        if m.tokens.len() > 1 {
            return false;
        }
        if m.label == NerLabel::Loc && gazetteer.lookup(word) != Lookup::Unknown {
            return false;
        }
        if lexicon.is_institution(word) {
            return false;
        }
    }
    // Headlines are often in title case: capitalised neighbours say nothing there.
    let title_case = field == Field::Title;
    let sentence = &an.sentences[an.sentence_of(t).min(an.sentences.len().saturating_sub(1))];
    let first_of_sentence = |i: usize| i == sentence.tokens.start;
    if t > 0 {
        let p = an.tokens[t - 1];
        let pw = p.text(text);
        let glued = p.end == an.tokens[t].start && GLUE.contains(&pw);
        if glued
            || (!title_case
                && p.kind == TokenKind::Word
                && is_capitalized(pw)
                && !first_of_sentence(t - 1)
                && !lexicon.is_title_head(pw)
                && !lexicon.is_title_modifier(pw)
                && !lexicon.is_honorific(pw)
                && index
                    .at(field, t - 1)
                    .is_none_or(|m| m.label == NerLabel::Per))
        {
            return false;
        }
    }
    if let Some(n) = an.tokens.get(t + 1) {
        let nw = n.text(text);
        if (!title_case
            && n.kind == TokenKind::Word
            && is_capitalized(nw)
            && index.at(field, t + 1).is_none())
            || (n.start == an.tokens[t].end && GLUE.contains(&nw))
        {
            return false;
        }
    }
    true
}

/// The title right before a name: role words and their modifiers, including a named modifier
/// (a place, organization or nationality: "Russian President", "Kremlin spokesman").
fn prefix_title(
    text: &str,
    an: &TextAnalysis,
    first: usize,
    lexicon: &Lexicon,
    index: &MentionIndex,
    field: Field,
) -> Option<String> {
    let sentence = &an.sentences[an
        .sentence_of(first)
        .min(an.sentences.len().checked_sub(1)?)];
    let floor = sentence.tokens.start;
    let mut start = first;
    let mut has_head = false;
    let mut j = first;
    while j > floor && first - j < 8 {
        let tok = an.tokens[j - 1];
        let w = tok.text(text);
        // "the Kremlin's chief spokesman Dmitry Peskov": a possessive name ends the title.
        if has_head && tok.kind == TokenKind::Possessive && j - 1 > floor {
            let owner = an.tokens[j - 2];
            if owner.kind == TokenKind::Word && is_capitalized(owner.text(text)) {
                j = match index.at(field, j - 2).filter(|m| m.label != NerLabel::Per) {
                    Some(m) => m.tokens.start.max(floor),
                    None => j - 2,
                };
                start = j;
            }
            break;
        }
        if matches!(tok.kind, TokenKind::Word | TokenKind::Abbreviation) {
            if lexicon.is_honorific(w) && j == first {
                j -= 1;
                start = j;
                // "Mr." is no title, but a title may stand before it.
                continue;
            }
            if lexicon.is_title_head(w) {
                has_head = true;
                j -= 1;
                start = j;
                continue;
            }
            if has_head && lexicon.is_title_modifier(w) {
                j -= 1;
                start = j;
                continue;
            }
            if has_head
                && w == "of"
                && j - 1 > floor
                && lexicon.is_title_head(an.tokens[j - 2].text(text))
            {
                j -= 1;
                continue;
            }
            // Abbreviated titles ("Sen.", "Dr.") take no named modifier ("told CNN Sen. X").
            let abbreviated_head = an.tokens[j..first]
                .iter()
                .any(|t| t.text(text).ends_with('.'));
            if has_head && is_capitalized(w) && !abbreviated_head {
                // A named modifier: a whole tagged mention, a nationality, an acronym, an institution.
                if let Some(m) = index.at(field, j - 1).filter(|m| m.label != NerLabel::Per) {
                    j = m.tokens.start.max(floor);
                    start = j;
                    break;
                }
                let acronym = w.len() <= 5 && !w.chars().any(char::is_lowercase);
                if lexicon.is_demonym(w) || acronym || lexicon.is_institution(w) {
                    j -= 1;
                    start = j;
                    break;
                }
            }
        }
        break;
    }
    if !has_head || start >= first {
        return None;
    }
    // Drop an honorific right before the name from the title ("President Mr. X" is rare; "Mr." alone
    // gives no title).
    let mut end = first;
    while end > start && lexicon.is_honorific(an.tokens[end - 1].text(text)) {
        end -= 1;
    }
    (end > start).then(|| surface(text, an, start..end))
}

/// An apposition right after a name: ", [the|a|an] <title words>," ending in a role word.
fn appositive_title(
    text: &str,
    an: &TextAnalysis,
    end: usize,
    lexicon: &Lexicon,
) -> Option<String> {
    let comma = an.tokens.get(end)?;
    if comma.text(text) != "," {
        return None;
    }
    let sentence = &an.sentences[an.sentence_of(end).min(an.sentences.len().checked_sub(1)?)];
    let mut k = end + 1;
    if an
        .tokens
        .get(k)
        .is_some_and(|t| is_determiner(t.text(text)))
    {
        k += 1;
    }
    let start = k;
    let mut last_head = None;
    while k < sentence.tokens.end && k - start < 8 {
        let tok = an.tokens[k];
        let w = tok.text(text);
        let ok = match tok.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                lexicon.is_title_head(w)
                    || lexicon.is_title_modifier(w)
                    || is_capitalized(w)
                    || w == "of"
            }
            TokenKind::Possessive => k > start,
            _ => false,
        };
        if !ok {
            break;
        }
        if matches!(tok.kind, TokenKind::Word | TokenKind::Abbreviation) && lexicon.is_title_head(w)
        {
            last_head = Some(k);
        }
        k += 1;
    }
    let head = last_head?;
    // The title must end at its role word and be followed by punctuation or the sentence end.
    if head + 1 != k {
        return None;
    }
    let closes = k >= sentence.tokens.end
        || an
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.text(text), "," | "." | ";" | ")" | "—" | "–" | ":"));
    closes.then(|| surface(text, an, start..k))
}

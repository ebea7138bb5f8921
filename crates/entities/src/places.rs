//! Places: tagger LOC mentions cleaned up (determiners, possessives, "Russia-led", "Moscow-Baku"),
//! nationalities and place-named institutions dropped, and links to the GeoNames table.

use std::collections::HashMap;

use newsx_core::{AnalyzedDocument, Field, Span, TextAnalysis, TokenKind, Tokenizer};

use crate::gazetteer::{Gazetteer, Lookup, Place, PlaceKind};
use crate::lexicon::Lexicon;
use crate::mentions::{
    collapse_ws, field_index, is_capitalized, is_title_case, surface, trim_tokens, unshout,
    MentionIndex, NerLabel, FIELDS,
};

/// Verbs of saying: a one-word name right before one is a speaker, not a place.
const SPEECH_VERBS: &[&str] = &[
    "added", "argued", "asked", "claimed", "insisted", "noted", "said", "says", "stated", "tells",
    "told", "tweeted", "wrote",
];

/// A place mention.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention<'g> {
    /// Where it is.
    pub span: Span,
    /// The gazetteer name when linked, else the mention text.
    pub canonical: String,
    /// The linked place, when the name is unambiguous.
    pub place: Option<&'g Place>,
}

/// Finds the place mentions of a document.
///
/// Mentions overlapping `taken` (people found by [`crate::people`], organizations found by the
/// organizations extractor) are left out.
pub fn resolve<'g>(
    doc: &AnalyzedDocument<'_>,
    index: &MentionIndex,
    lexicon: &Lexicon,
    gazetteer: &'g Gazetteer,
    taken: &[Span],
) -> Vec<PlaceMention<'g>> {
    let mut out = Vec::new();
    // How often the tagger calls each name a place and an organization in this document.
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    for m in &index.mentions {
        if matches!(m.label, NerLabel::Loc | NerLabel::Org) {
            let (text, an) = doc.field(m.field);
            let v = votes
                .entry(surface(text, an, trim_tokens(text, an, m.tokens.clone())))
                .or_default();
            if m.label == NerLabel::Loc {
                v.0 += 1;
            } else {
                v.1 += 1;
            }
        }
    }
    for m in &index.mentions {
        let (text, an) = doc.field(m.field);
        let r = trim_tokens(text, an, m.tokens.clone());
        if r.is_empty() {
            continue;
        }
        match m.label {
            NerLabel::Loc => {}
            // A known place the tagger mostly calls a place but here an organization ("Moscow
            // confirmed …" after "… fly to Moscow"): a place, consistently.
            NerLabel::Org => {
                let name = surface(text, an, r.clone());
                let (loc, org) = votes.get(&name).copied().unwrap_or_default();
                let lookup = gazetteer.lookup(&name);
                if loc > org && lookup != Lookup::Unknown && !lexicon.is_institution(&name) {
                    let span =
                        Span::in_field(m.field, an.tokens[r.start].start, an.tokens[r.end - 1].end);
                    out.push(mention(span, name, lookup));
                }
                continue;
            }
            // Hyphenated place compounds the tagger filed elsewhere ("Russia-Ukraine war").
            NerLabel::Misc if r.len() == 1 => {
                compound(
                    m.field, text, an, r.start, lexicon, gazetteer, &mut out, true,
                );
                continue;
            }
            _ => continue,
        }
        if r.len() == 1
            && compound(
                m.field, text, an, r.start, lexicon, gazetteer, &mut out, false,
            )
        {
            continue;
        }
        let start = an.tokens[r.start].start;
        let end = an.tokens[r.end - 1].end;
        let name = collapse_ws(&text[start..end]);
        if lexicon.is_institution(&name) {
            continue;
        }
        // "Russian" is no place, even if some town's alternate name is spelled so.
        if lexicon.is_demonym(&name) && gazetteer.lookup_primary(&name) == Lookup::Unknown {
            continue;
        }
        let lookup = gazetteer.lookup(&name);
        // An unknown one-word "place" that speaks ("On Wednesday, Trump said") is no place.
        if lookup == Lookup::Unknown && r.len() == 1 {
            let next = an.tokens.get(r.end).map_or("", |t| t.text(text));
            if SPEECH_VERBS.contains(&next) {
                continue;
            }
        }
        // "CIS", "Commonwealth of Independent States" tagged LOC: left to the organizations
        // extractor.
        if lookup == Lookup::Unknown
            && (votes.get(&name).is_some_and(|v| v.1 > 0) || lexicon.is_organization_like(&name))
        {
            continue;
        }
        out.push(mention(Span::in_field(m.field, start, end), name, lookup));
    }
    // Untagged repetitions of names tagged as places elsewhere in the document, and headline words
    // the body names as places ("… on Florida Talks" when the body has Florida).
    let mut known: HashMap<String, Vec<(Vec<String>, Lookup<'g>)>> = HashMap::new();
    for p in &out {
        let (text, _) = doc.field(p.span.field);
        let name = &text[p.span.start..p.span.end];
        let lookup = p
            .place
            .map_or_else(|| gazetteer.lookup(name), Lookup::Unique);
        if lookup == Lookup::Unknown {
            continue;
        }
        let toks: Vec<String> = Tokenizer
            .tokenize(name)
            .iter()
            .map(|t| t.text(name).to_string())
            .collect();
        if let Some(first) = toks.first().cloned() {
            let v = known.entry(first).or_default();
            if v.len() < 16 && !v.iter().any(|(t, _)| *t == toks) {
                v.push((toks, lookup));
            }
        }
    }
    if !known.is_empty() {
        for field in FIELDS {
            let (text, an) = doc.field(field);
            let loose = field == Field::Title && is_title_case(text, an);
            let free = |t: usize| index.at(field, t).is_none();
            let mut t = 0;
            while t < an.tokens.len() {
                let tok = an.tokens[t];
                let w = tok.text(text);
                let options = known.get(w).filter(|_| free(t) && is_capitalized(w));
                let mut matched = None;
                for (toks, lookup) in options.into_iter().flatten() {
                    let end = t + toks.len();
                    if end > an.tokens.len()
                        || !(t..end).all(|k| free(k) && an.tokens[k].text(text) == toks[k - t])
                    {
                        continue;
                    }
                    let glued = |k: usize| {
                        an.tokens.get(k).is_some_and(|n| {
                            n.kind == TokenKind::Word && is_capitalized(n.text(text)) && free(k)
                        })
                    };
                    let sentence_first = an
                        .sentences
                        .get(an.sentence_of(t))
                        .is_some_and(|s| s.tokens.start == t || t == 0);
                    let prev_first = t > 0
                        && an
                            .sentences
                            .get(an.sentence_of(t - 1))
                            .is_some_and(|s| s.tokens.start == t - 1);
                    if !loose
                        && ((!sentence_first && !prev_first && t > 0 && glued(t - 1)) || glued(end))
                    {
                        continue;
                    }
                    if matched
                        .as_ref()
                        .is_none_or(|(e, _): &(usize, Lookup<'g>)| end > *e)
                    {
                        matched = Some((end, *lookup));
                    }
                }
                match matched {
                    Some((end, lookup)) => {
                        let span = Span::in_field(field, tok.start, an.tokens[end - 1].end);
                        let name = collapse_ws(&text[span.start..span.end]);
                        out.push(mention(span, name, lookup));
                        t = end;
                    }
                    None => t += 1,
                }
            }
        }
    }
    // Untagged compounds: "Russia-led", "Moscow-Baku".
    for field in FIELDS {
        let (text, an) = doc.field(field);
        for (t, tok) in an.tokens.iter().enumerate() {
            if tok.kind == TokenKind::Word
                && index.owner[field_index(field)][t] == crate::mentions::NONE
                && tok.text(text).contains('-')
            {
                compound(field, text, an, t, lexicon, gazetteer, &mut out, true);
            }
        }
    }
    // "Portland, Ore.", "Birmingham, Alabama": a city right before ", <state or country>" is
    // looked up inside that region.
    out.sort_by_key(|p| p.span);
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let Some(region) = b
            .place
            .filter(|p| matches!(p.kind, PlaceKind::State | PlaceKind::Country))
        else {
            continue;
        };
        if a.span.field != b.span.field || a.place.is_some_and(|p| p.kind != PlaceKind::City) {
            continue;
        }
        let (text, _) = doc.field(a.span.field);
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        if between.trim() != "," {
            continue;
        }
        let name = &text[a.span.start..a.span.end];
        if let Lookup::Unique(p) = gazetteer.lookup_within(name, region) {
            out[i - 1].place = Some(p);
            out[i - 1].canonical = p.name.clone();
        }
    }
    let mut taken = taken.to_vec();
    taken.sort_unstable();
    out.retain(|p| {
        let i = taken.partition_point(|t| (t.field, t.start) < (p.span.field, p.span.end));
        !taken[i.saturating_sub(8)..i]
            .iter()
            .any(|t| t.overlaps(&p.span))
    });
    out
}

fn mention<'g>(span: Span, name: String, lookup: Lookup<'g>) -> PlaceMention<'g> {
    match lookup {
        Lookup::Unique(p) => PlaceMention {
            span,
            canonical: p.name.clone(),
            place: Some(p),
        },
        _ => PlaceMention {
            span,
            canonical: unshout(&name),
            place: None,
        },
    }
}

/// A hyphenated token whose capitalised parts are places: "Russia-led" → Russia, "Moscow-Baku" →
/// Moscow, Baku. With `strict`, every part must be a well-known place (country, state, continent
/// or a city of 100,000+); otherwise the token was tagged LOC and the capitalised parts are kept
/// when at least one is known. Returns true when the token was a compound.
#[allow(clippy::too_many_arguments)]
fn compound<'g>(
    field: Field,
    text: &str,
    an: &TextAnalysis,
    t: usize,
    lexicon: &Lexicon,
    gazetteer: &'g Gazetteer,
    out: &mut Vec<PlaceMention<'g>>,
    strict: bool,
) -> bool {
    let tok = an.tokens[t];
    let word = tok.text(text);
    if !word.contains('-') || gazetteer.lookup(word) != Lookup::Unknown {
        return false;
    }
    let mut parts: Vec<(usize, &str)> = Vec::new();
    let mut offset = tok.start;
    for part in word.split('-') {
        parts.push((offset, part));
        offset += part.len() + 1;
    }
    // Trailing lower-case parts are a modifier ("-led", "-based").
    while parts.last().is_some_and(|(_, p)| !is_capitalized(p)) {
        parts.pop();
    }
    if parts.is_empty() || parts.iter().any(|(_, p)| !is_capitalized(p) || p.len() < 2) {
        return false;
    }
    let found: Vec<(usize, &str, Lookup<'g>)> = parts
        .iter()
        .map(|&(o, p)| (o, p, gazetteer.lookup(p)))
        .collect();
    let well_known = |l: &Lookup<'_>| match l {
        Lookup::Unique(p) => p.kind != PlaceKind::City || p.population >= 100_000,
        _ => false,
    };
    let ok = if strict {
        found.iter().all(|(_, _, l)| well_known(l))
    } else {
        found.iter().any(|(_, _, l)| well_known(l))
    };
    if !ok || (parts.len() == 1 && !strict && parts[0].1.len() == word.len()) {
        return false;
    }
    for (o, p, l) in found {
        if lexicon.is_demonym(p) && gazetteer.lookup_primary(p) == Lookup::Unknown {
            continue;
        }
        out.push(mention(
            Span::in_field(field, o, o + p.len()),
            p.to_string(),
            l,
        ));
    }
    true
}

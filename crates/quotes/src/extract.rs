//! The attribution finder: direct quotes from paired marks, mixed and indirect quotes from reporting cues,
//! then speaker resolution in text order.
//!
//! Pass 1 finds every attribution with its raw speaker mention (a name, a pronoun, a noun phrase, or a link
//! to the quote it continues). Pass 2 walks them in text order and resolves each speaker to a canonical
//! name: through the entity/organization records when present, else through the names seen so far.

use std::collections::{HashMap, HashSet};

use newsx_core::{Outputs, Record, Span, TextAnalysis, TokenKind, Value};

use crate::lexicon::{lower, CueInfo, Gender, Lexicon, Pronoun};
use crate::marks::{self, Quoted};
use crate::QuotesOptions;

/// The kind of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Direct,
    Mixed,
    Indirect,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
        }
    }
}

/// What a raw speaker mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawKind {
    /// A proper name ("Dmitry Peskov", "the Kremlin", "Moscow").
    Name,
    /// A pronoun.
    Pronoun(Pronoun),
    /// A common-noun phrase naming a person ("the spokesman").
    PersonNoun(Gender),
    /// A plural group ("officials").
    People,
    /// A common-noun phrase naming an organization or a document ("the statement").
    OrgNoun,
    /// A phrase with its own proper part ("Azerbaijan's presidential administration").
    OwnedOrg,
}

#[derive(Debug, Clone, Copy)]
struct RawSpeaker {
    start: usize,
    end: usize,
    /// Bytes of the name part used for canonical lookup (without titles and appositives).
    name_start: usize,
    /// End of the name part (differs from `end` for a relative pronoun: "Obama, who said").
    name_end: usize,
    kind: RawKind,
}

#[derive(Debug, Clone, Copy)]
enum Who {
    None,
    Raw(RawSpeaker),
    /// Same speaker as candidate `i` (interrupted or floating quote), keeping its own cue.
    Inherit(usize),
    /// The subject of the sentence's main attribution (participle cues: "…, adding that").
    SentenceSubject(usize),
}

#[derive(Debug, Clone)]
struct Cand {
    kind: Kind,
    start: usize,
    end: usize,
    who: Who,
    cue: Option<(usize, usize)>,
}

/// A person/organization/place mention usable for resolution.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    canonical: String,
    typ: &'static str,
    gender: Gender,
}

#[derive(Debug, Clone)]
struct Resolved {
    canonical: Option<String>,
    typ: Option<&'static str>,
    gender: Gender,
    para: usize,
}

/// Per-document state.
pub(crate) struct Doc<'a> {
    text: &'a str,
    a: &'a TextAnalysis,
    lx: &'a Lexicon,
    opts: &'a QuotesOptions,
    /// For each token: 0 outside quotes, else 1 + index of the quote whose content holds it.
    in_quote: Vec<u32>,
    quotes: Vec<Quoted>,
    /// Cue tokens already used by an attribution.
    used_cue: Vec<bool>,
    /// Tokens already inside some attribution's content.
    covered: Vec<bool>,
    /// Capitalized words seen inside sentences (not first): evidence that a sentence-initial word is a name.
    midcap: HashSet<&'a str>,
}

const MAX_NP: usize = 8;
/// Longest content clause, in tokens.
const MAX_CONTENT: usize = 400;

impl<'a> Doc<'a> {
    fn tok(&self, i: usize) -> &'a str {
        self.a.tokens[i].text(self.text)
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.a.tokens[i].kind
    }

    fn is(&self, i: usize, w: &str) -> bool {
        i < self.a.tokens.len() && self.tok(i).eq_ignore_ascii_case(w)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.a.tokens.len()
            && matches!(self.kind(i), TokenKind::Punct | TokenKind::Quote)
            && self.tok(i) == p
    }

    fn lower_with<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> Option<R> {
        let mut buf = [0u8; 32];
        lower(self.tok(i), &mut buf).map(f)
    }

    fn cap(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            TokenKind::Word | TokenKind::Initial | TokenKind::Abbreviation
        ) && self.a.tokens[i].is_capitalized(self.text)
    }

    /// The reporting cue at token `i` (lower-case words only, so "Says" in a headline still counts
    /// but "States" in "United States" does not).
    fn cue_at(&self, i: usize) -> Option<CueInfo> {
        if self.kind(i) != TokenKind::Word || self.in_quote[i] != 0 {
            return None;
        }
        let t = self.tok(i);
        if t.len() < 3 || t.len() > 14 {
            return None;
        }
        let first_upper = t.as_bytes()[0].is_ascii_uppercase();
        if first_upper && !self.is_sentence_start(i) && !self.all_caps_context(i) {
            return None;
        }
        let info = self.lower_with(i, |w| self.lx.cue(w)).flatten()?;
        if info.belief && !self.opts.beliefs {
            return None;
        }
        Some(info)
    }

    /// True inside a title-case sentence (a headline: "Trump Says He Never Pledged …").
    fn all_caps_context(&self, i: usize) -> bool {
        let s = self.sentence_range(i);
        let (mut words, mut caps) = (0, 0);
        for t in s.take(40) {
            if self.kind(t) == TokenKind::Word {
                words += 1;
                caps += usize::from(self.cap(t));
            }
        }
        words >= 3 && caps * 10 >= words * 7
    }

    /// The source after "according to": a noun phrase up to the next punctuation ("a count by The
    /// Associated Press").
    fn according_source(&self, k: usize, ceil: usize) -> Option<(RawSpeaker, usize)> {
        if let Some(x) = self.speaker_after(k, ceil) {
            return Some(x);
        }
        let from = k + 1;
        let mut e = from;
        while e < ceil
            && e < from + 12
            && matches!(
                self.kind(e),
                TokenKind::Word
                    | TokenKind::Number
                    | TokenKind::Possessive
                    | TokenKind::Abbreviation
                    | TokenKind::Initial
            )
            && self.in_quote[e] == 0
        {
            e += 1;
        }
        if e == from || (e < ceil && !matches!(self.kind(e), TokenKind::Punct)) {
            return None;
        }
        let (st, en) = (self.a.tokens[from].start, self.a.tokens[e - 1].end);
        let kind = if (from..e).any(|t| self.cap(t)) {
            RawKind::Name
        } else {
            RawKind::OrgNoun
        };
        Some((
            RawSpeaker {
                start: st,
                end: en,
                name_start: st,
                name_end: en,
                kind,
            },
            e,
        ))
    }

    /// The comma closing an appositive or relative clause that opens at the comma `comma` after a
    /// source ("According to Maria Lopez, a spokeswoman for the commission, …"; "According to the
    /// ministry, which oversees the talks, …"): a short phrase with a person, group or organization
    /// noun, or a who/which clause, then a comma. None when the words after the comma are content.
    fn appositive_end(&self, comma: usize, ceil: usize) -> Option<usize> {
        let from = comma + 1;
        let lim = (from + 25).min(ceil);
        let close = (from..lim).find(|&t| {
            self.in_quote[t] != 0
                || matches!(self.kind(t), TokenKind::Quote)
                || (self.kind(t) == TokenKind::Punct && self.tok(t) != "'")
        })?;
        if !self.is_punct(close, ",") || close == from || self.in_quote[close] != 0 {
            return None;
        }
        if self.is(from, "who") || self.is(from, "which") {
            return Some(close);
        }
        let starts_np = self
            .lower_with(from, |w| {
                w == "the" || w == "a" || w == "an" || self.lx.is_determiner(w)
            })
            .unwrap_or(false)
            || self.cap(from);
        // The noun, a lower-case word ("King, 42, was …" is content), must come before any
        // preposition ("a spokeswoman for the commission") and the phrase holds no cue ("the
        // agreement, she said, …" is content).
        let head = (from..(from + 6).min(close)).find(|&t| {
            !self.cap(t)
                && self
                    .lower_with(t, |w| {
                        self.lx.is_person_noun(w)
                            || self.lx.is_people_noun(w)
                            || self.lx.is_org_noun(w)
                    })
                    .unwrap_or(false)
        });
        let preposition = (from..close).find(|&t| {
            self.lower_with(t, |w| {
                matches!(w, "for" | "of" | "at" | "with" | "in" | "from")
            })
            .unwrap_or(false)
        });
        // "According to his bio, his plan is to support …": a verb makes it content.
        let verb = (from..close).any(|t| {
            self.lower_with(t, |w| is_auxiliary(w) || w == "to")
                .unwrap_or(false)
        });
        // The content after it starts with a subject, not a participle, verb or preposition ("…,
        // the IMF team, led by …" is content).
        let subject_next = close + 1 < ceil
            && (self.kind(close + 1) != TokenKind::Word
                || self.cap(close + 1)
                || self.in_quote[close + 1] != 0
                || !self
                    .lower_with(close + 1, |w| {
                        (w.len() > 2 && w.ends_with("ed"))
                            || (w.len() > 4 && w.ends_with("ing"))
                            || matches!(
                                w,
                                "is" | "are"
                                    | "was"
                                    | "were"
                                    | "has"
                                    | "have"
                                    | "had"
                                    | "will"
                                    | "would"
                                    | "by"
                                    | "in"
                                    | "at"
                                    | "of"
                                    | "for"
                                    | "with"
                                    | "to"
                                    | "and"
                                    | "or"
                            )
                    })
                    .unwrap_or(true));
        let ok = starts_np
            && subject_next
            && !verb
            && close - from <= 12
            && head.is_some_and(|h| preposition.is_none_or(|p| h < p))
            && !(from..close).any(|t| self.cue_at(t).is_some());
        ok.then_some(close)
    }

    /// False when a cue that needs a clause ("welcomed", "rejected") has only a noun phrase as
    /// content `from..to`: no "that", no gerund, no colon before it, no quotation in it.
    fn clausal(&self, info: CueInfo, from: usize, to: usize) -> bool {
        !info.clause_only
            || self.is(from, "that")
            // "denied responding to questions": a gerund clause.
            || (self.kind(from) == TokenKind::Word
                && !self.cap(from)
                && self.tok(from).len() > 5
                && self.tok(from).ends_with("ing"))
            || (from > 0 && self.is_punct(from - 1, ":"))
            || (from..to).any(|i| self.in_quote[i] != 0)
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        let s = self.a.sentence_of(i);
        self.a.sentences.get(s).is_some_and(|s| s.tokens.start == i)
    }

    fn sentence_range(&self, i: usize) -> std::ops::Range<usize> {
        let s = self.a.sentence_of(i);
        self.a
            .sentences
            .get(s)
            .map_or(i..i + 1, |s| s.tokens.clone())
    }

    fn para_of_byte(&self, tok: usize) -> usize {
        self.a.paragraph_of(tok)
    }

    /// Skips adverbs and auxiliaries backwards from `i` (inclusive); returns the first other token.
    fn skip_back(&self, mut i: usize, floor: usize) -> Option<usize> {
        let mut n = 0;
        while i >= floor && n < 4 {
            let skip = self.kind(i) == TokenKind::Clitic
                || (self.kind(i) == TokenKind::Word
                    && !self.cap(i)
                    && self
                        .lower_with(i, |w| self.lx.is_skip_between(w))
                        .unwrap_or(false));
            if !skip {
                return Some(i);
            }
            if i == floor {
                return None;
            }
            i -= 1;
            n += 1;
        }
        (i >= floor).then_some(i)
    }

    /// A speaker noun phrase ending at token `end` (inclusive), not before `floor`.
    fn np_ending_at(&self, end: usize, floor: usize) -> Option<RawSpeaker> {
        let t = self.a.tokens[end];
        if self.in_quote[end] != 0 {
            return None;
        }
        if let Some(p) = self.lower_with(end, Lexicon::pronoun).flatten() {
            if t.kind == TokenKind::Word {
                return Some(RawSpeaker {
                    start: t.start,
                    end: t.end,
                    name_start: t.start,
                    name_end: t.end,
                    kind: RawKind::Pronoun(p),
                });
            }
        }
        if self.cap(end) {
            // A run of capitalized words (with inner possessives/particles), e.g. "Special Envoy Steve Witkoff".
            let mut s = end;
            let mut n = 1;
            while s > floor && n < MAX_NP {
                let p = s - 1;
                if self.cap(p) && self.in_quote[p] == 0 {
                    s = p;
                } else if matches!(
                    self.tok(p),
                    "of" | "for" | "de" | "al" | "bin" | "van" | "von" | "der" | "and" | "&"
                ) && p > floor
                    && self.cap(p - 1)
                    && self.tok(p) != "and"
                {
                    s = p - 1;
                    n += 1;
                } else {
                    break;
                }
                n += 1;
            }
            // Drop capitalized function words at the start ("But Peskov", "The Kremlin" keeps "the" below).
            while s < end
                && self
                    .lower_with(s, |w| self.lx.is_not_name(w))
                    .unwrap_or(false)
            {
                s += 1;
            }
            if self
                .lower_with(s, |w| self.lx.is_not_name(w))
                .unwrap_or(false)
            {
                return None;
            }
            // A lone capitalized word opening a sentence ("Continuing", "Absent", a "WASHINGTON" dateline) is
            // a name only if it is also capitalized inside some sentence.
            if s == end && self.is_sentence_start(s) && !self.midcap.contains(self.tok(s)) {
                let w = self.tok(s);
                let suspicious = w.ends_with("ing")
                    || w.ends_with("ed")
                    || (w.len() >= 4 && w.bytes().all(|b| b.is_ascii_uppercase()))
                    || self.is_punct(s + 1, "—")
                    || self.is_punct(s + 1, "(");
                if suspicious {
                    return None;
                }
            }
            // Name part: drop leading titles ("President", "Sen.").
            let mut ns = s;
            while ns < end
                && self
                    .lower_with(ns, |w| self.lx.is_title(w))
                    .unwrap_or(false)
            {
                ns += 1;
            }
            let mut start = s;
            if s > floor && self.is(s - 1, "the") {
                start = s - 1;
            }
            // "Russia's Foreign Ministry": owner + possessive before.
            return Some(RawSpeaker {
                start: self.a.tokens[start].start,
                end: t.end,
                name_start: self.a.tokens[ns].start,
                name_end: t.end,
                kind: RawKind::Name,
            });
        }
        if t.kind == TokenKind::Word {
            let (person, people, org) = self
                .lower_with(end, |w| {
                    (
                        self.lx.is_person_noun(w),
                        self.lx.is_people_noun(w),
                        self.lx.is_org_noun(w),
                    )
                })
                .unwrap_or((false, false, false));
            // "Border Patrol agents", "GOP leaders": a plural head after a capitalized modifier.
            let people = people
                || (!(person || org)
                    && end > floor
                    && self.cap(end - 1)
                    && self.in_quote[end - 1] == 0
                    && self
                        .lower_with(end, |w| {
                            w.len() > 3
                                && w.ends_with('s')
                                && !w.ends_with("ss")
                                && !self.lx.is_not_name(w)
                                && self.lx.cue(w).is_none()
                        })
                        .unwrap_or(false));
            if !(person || people || org) {
                return None;
            }
            // Walk back over modifiers to a determiner or a possessive owner.
            let mut s = end;
            let mut owned = false;
            let mut det = false;
            let mut k = 0;
            while s > floor && k < 5 {
                let p = s - 1;
                if self.kind(p) == TokenKind::Possessive && p > floor && self.cap(p - 1) {
                    // "Azerbaijan's presidential administration": include the owner's name run.
                    let mut o = p - 1;
                    while o > floor && self.cap(o - 1) {
                        o -= 1;
                    }
                    if o > floor && self.is(o - 1, "the") {
                        o -= 1;
                    }
                    s = o;
                    owned = true;
                    break;
                }
                if self.kind(p) != TokenKind::Word && self.kind(p) != TokenKind::Number {
                    break;
                }
                let is_det = self
                    .lower_with(p, |w| self.lx.is_determiner(w))
                    .unwrap_or(false);
                if is_det {
                    s = p;
                    det = true;
                    break;
                }
                if self
                    .lower_with(p, |w| self.lx.is_not_name(w) || self.lx.cue(w).is_some())
                    .unwrap_or(true)
                {
                    break;
                }
                s = p;
                k += 1;
            }
            if !(det || owned || people || s < end) {
                return None;
            }
            let kind = if owned && org {
                RawKind::OwnedOrg
            } else if person {
                let g = self
                    .lower_with(end, |w| match w {
                        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman"
                        | "woman" | "mother" | "daughter" | "wife" | "queen" => Gender::Female,
                        "spokesman" | "chairman" | "congressman" | "businessman" | "man"
                        | "father" | "son" | "husband" | "king" | "prince" => Gender::Male,
                        _ => Gender::Unknown,
                    })
                    .unwrap_or(Gender::Unknown);
                RawKind::PersonNoun(g)
            } else if people {
                RawKind::People
            } else {
                RawKind::OrgNoun
            };
            return Some(RawSpeaker {
                start: self.a.tokens[s].start,
                end: t.end,
                name_start: self.a.tokens[s].start,
                name_end: t.end,
                kind,
            });
        }
        None
    }

    /// The speaker before cue token `k`: "Peskov (also) said", "Dmitry Peskov, the spokesman, said".
    fn speaker_before(&self, k: usize, floor: usize) -> Option<RawSpeaker> {
        if k <= floor {
            return None;
        }
        let mut j = self.skip_back(k - 1, floor)?;
        // A parenthesis before the cue: "Rep. Elijah Cummings (D-Md.) said".
        if self.is_punct(j, ")") {
            let lo = j.saturating_sub(10).max(floor);
            let mut o = j;
            while o > lo && !self.is_punct(o, "(") {
                o -= 1;
            }
            if o <= floor || !self.is_punct(o, "(") {
                return None;
            }
            j = o - 1;
        }
        // "voters who said", "Smith, who said".
        // "Jason Sims — a teacher from Ohio — says".
        if (self.is_punct(j, "—") || self.is_punct(j, "–")) && j > floor {
            let lo = j.saturating_sub(14).max(floor);
            let mut o = j - 1;
            while o > lo && !(self.is_punct(o, "—") || self.is_punct(o, "–")) {
                o -= 1;
            }
            if o > floor && (self.is_punct(o, "—") || self.is_punct(o, "–")) {
                return self.np_ending_at(o - 1, floor);
            }
            return None;
        }
        if self.is(j, "who") && j > floor {
            let a = if self.is_punct(j - 1, ",") && j - 1 > floor {
                j - 2
            } else {
                j - 1
            };
            // The local mention is "who"; the antecedent gives the name.
            let np = self.np_ending_at(a, floor)?;
            let t = self.a.tokens[j];
            return Some(RawSpeaker {
                start: t.start,
                end: t.end,
                ..np
            });
        }
        if self.is_punct(j, ",") && j > floor {
            // Appositive, relative clause or interjected adjunct: find the opening comma.
            let lo = j.saturating_sub(16).max(floor);
            let mut c = j - 1;
            let mut found = None;
            loop {
                while c > lo && !self.is_punct(c, ",") {
                    if matches!(self.kind(c), TokenKind::Punct)
                        && matches!(self.tok(c), "." | ";" | ":")
                        // "Springfield, Va., said": an abbreviation's period.
                        && !(self.tok(c) == "." && self.is_punct(c + 1, ","))
                    {
                        return found;
                    }
                    c -= 1;
                }
                if !(c > floor && self.is_punct(c, ",")) {
                    return found;
                }
                let first = c + 1;
                let app = self
                    .lower_with(first, |w| {
                        self.lx.is_determiner(w)
                            || matches!(
                                w,
                                "who"
                                    | "which"
                                    | "whose"
                                    | "a"
                                    | "an"
                                    | "the"
                                    // "Clinton, at a later press gaggle, said"
                                    | "at"
                                    | "in"
                                    | "on"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "of"
                                    | "from"
                                    | "speaking"
                                    | "asked"
                            )
                            || self.lx.is_title(w)
                    })
                    .unwrap_or(false)
                    || self.cap(first)
                    || self.kind(first) == TokenKind::Number
                    || (self.kind(first) == TokenKind::Word
                        && self
                            .lower_with(first, |w| w.ends_with("ing"))
                            .unwrap_or(false));
                if !app {
                    return found;
                }
                let mut e = c - 1;
                if self.is_punct(e, ")") {
                    while e > floor && !self.is_punct(e, "(") {
                        e -= 1;
                    }
                    e = e.saturating_sub(1).max(floor);
                }
                let sp = self
                    .np_ending_at(e, floor)
                    .filter(|sp| !matches!(sp.kind, RawKind::Pronoun(_)));
                let Some(sp) = sp else {
                    return found;
                };
                found = Some(sp);
                // "Johnnie Wilson, of Springfield, Va., said": the name before a place appositive.
                let st = self.a.tokens_in(sp.start, sp.end).start;
                if st >= floor + 3
                    && st > lo + 2
                    && (self.is(st - 1, "of") || self.is(st - 1, "from"))
                    && self.is_punct(st - 2, ",")
                {
                    c = st - 2;
                    continue;
                }
                return found;
            }
        }
        if self.kind(j) == TokenKind::Punct || self.kind(j) == TokenKind::Quote {
            return None;
        }
        self.np_ending_at(j, floor)
            .or_else(|| self.postmodified_np(j, floor))
            .or_else(|| self.agent_noun_np(j, floor))
    }

    /// "the announcer said", "the ad's narrator says": a determiner (or a possessive owner) and an agent
    /// noun (-er, -or, -ist, -ian) missing from the person-noun list. Kept as a surface speaker.
    fn agent_noun_np(&self, j: usize, floor: usize) -> Option<RawSpeaker> {
        if j <= floor || self.kind(j) != TokenKind::Word || self.cap(j) || self.in_quote[j] != 0 {
            return None;
        }
        let agent = self
            .lower_with(j, |w| {
                w.len() >= 4
                    && ["er", "or", "ist", "ian"].iter().any(|s| w.ends_with(s))
                    && !self.lx.is_not_name(w)
                    && !matches!(
                        w,
                        "answer"
                            | "number"
                            | "matter"
                            | "border"
                            | "letter"
                            | "paper"
                            | "order"
                            | "error"
                            | "rumor"
                            | "rumour"
                            | "former"
                            | "latter"
                            | "either"
                            | "neither"
                            | "whether"
                            | "rather"
                            | "together"
                            | "further"
                            | "however"
                            | "never"
                            | "after"
                            | "other"
                            | "another"
                            | "water"
                            | "poster"
                            | "banner"
                            | "filter"
                            | "weather"
                            | "winter"
                            | "summer"
                            | "quarter"
                            | "chapter"
                            | "center"
                            | "factor"
                            | "sector"
                            | "mirror"
                            | "monitor"
                            | "counter"
                            | "computer"
                            | "trailer"
                            | "flyer"
                            | "under"
                            | "over"
                            | "ever"
                            | "later"
                            | "sooner"
                            | "upper"
                            | "inner"
                            | "outer"
                            | "lower"
                            | "power"
                            | "tower"
                            | "floor"
                            | "door"
                            | "prior"
                            | "major"
                            | "minor"
                            | "favor"
                            | "labor"
                            | "honor"
                            | "humor"
                            | "color"
                            | "tenor"
                            | "manner"
                            | "dinner"
                            | "corner"
                            | "member"
                            | "offer"
                    )
            })
            .unwrap_or(false);
        if !agent {
            return None;
        }
        let mut s = j - 1;
        // "the ad's narrator": a lower-case owner with its own determiner.
        if self.kind(s) == TokenKind::Possessive
            && s > floor + 1
            && self.kind(s - 1) == TokenKind::Word
        {
            s -= 2;
        }
        let det = self
            .lower_with(s, |w| matches!(w, "the" | "a" | "an" | "one" | "another"))
            .unwrap_or(false);
        if !det || self.in_quote[s] != 0 {
            return None;
        }
        let (st, en) = (self.a.tokens[s].start, self.a.tokens[j].end);
        Some(RawSpeaker {
            start: st,
            end: en,
            name_start: st,
            name_end: en,
            kind: RawKind::People,
        })
    }

    /// "a source familiar with the investigation said": a determiner + person noun followed by a short
    /// modifier without a verb-introducing word.
    fn postmodified_np(&self, j: usize, floor: usize) -> Option<RawSpeaker> {
        if self
            .lower_with(j, |w| self.lx.is_not_name(w))
            .unwrap_or(true)
        {
            return None;
        }
        let lo = j.saturating_sub(8).max(floor);
        let mut h = j;
        while h > lo {
            h -= 1;
            if !matches!(
                self.kind(h),
                TokenKind::Word | TokenKind::Possessive | TokenKind::Number
            ) || self.in_quote[h] != 0
                || self
                    .lower_with(h, |w| {
                        matches!(
                            w,
                            "that"
                                | "which"
                                | "who"
                                | "and"
                                | "but"
                                | "or"
                                | "when"
                                | "while"
                                | "as"
                                | "because"
                                | "if"
                        )
                    })
                    .unwrap_or(true)
                || self.cue_at(h).is_some()
            {
                return None;
            }
            if let Some(sp) = self.np_ending_at(h, floor) {
                if matches!(
                    sp.kind,
                    RawKind::PersonNoun(_) | RawKind::People | RawKind::OrgNoun | RawKind::OwnedOrg
                ) && self
                    .lower_with(h + 1, |w| {
                        matches!(
                            w,
                            "familiar"
                                | "privy"
                                | "close"
                                | "with"
                                | "of"
                                | "from"
                                | "for"
                                | "at"
                                | "in"
                                | "on"
                                | "to"
                        )
                    })
                    .unwrap_or(false)
                {
                    return Some(RawSpeaker {
                        end: self.a.tokens[j].end,
                        ..sp
                    });
                }
                // A name inside the modifier ("familiar with Cruz's thinking"): keep looking left.
                if sp.kind != RawKind::Name {
                    return None;
                }
            }
        }
        None
    }

    /// The subject of the clause holding token `k`: the first name, pronoun or person phrase in
    /// `st..k` that is not inside a prepositional phrase and is followed by a lower-case (verb-like) word
    /// ("Speaking in Salem, Trump went after Bush, calling him …" → Trump), not by a person or
    /// people noun that continues it ("Russian officials", "White House spokesman Marlin
    /// Fitzwater"); a person phrase after "of" is the subject too ("A Bank of Spain spokesman").
    fn clause_subject(&self, st: usize, k: usize) -> Option<RawSpeaker> {
        let lim = k.min(st + 60);
        let mut e = st;
        while e < lim {
            let next_ok = e + 1 < lim
                && matches!(self.kind(e + 1), TokenKind::Word | TokenKind::Clitic)
                && !self.cap(e + 1)
                && self
                    .lower_with(e + 1, |w| {
                        !matches!(
                            w,
                            "of" | "in"
                                | "at"
                                | "on"
                                | "and"
                                | "or"
                                | "for"
                                | "from"
                                | "to"
                                | "by"
                                | "with"
                                | "years"
                                | "days"
                                | "weeks"
                                | "months"
                                | "ago"
                        ) && !self.lx.is_people_noun(w)
                            && !self.lx.is_person_noun(w)
                            // "two days later" is no subject, "Annesley earlier said" is.
                            && (!matches!(w, "later" | "earlier") || self.cap(e))
                    })
                    .unwrap_or(true);
            if next_ok {
                if let Some(sp) = self.np_ending_at(e, st) {
                    let sp_tok = self.a.tokens_in(sp.start, sp.end).start;
                    let after_prep = sp_tok > st
                        && self
                            .lower_with(sp_tok - 1, |w| {
                                matches!(
                                    w,
                                    "in" | "at"
                                        | "on"
                                        | "of"
                                        | "from"
                                        | "to"
                                        | "for"
                                        | "with"
                                        | "by"
                                        | "near"
                                        | "after"
                                        | "before"
                                        | "during"
                                        | "about"
                                        | "against"
                                        | "like"
                                        | "than"
                                )
                            })
                            .unwrap_or(false);
                    let it = matches!(sp.kind, RawKind::Pronoun(Pronoun::It | Pronoun::Other));
                    let of_person = matches!(sp.kind, RawKind::PersonNoun(_) | RawKind::People)
                        && sp_tok > st
                        && self.is(sp_tok - 1, "of");
                    if (!after_prep || of_person) && !it {
                        return Some(sp);
                    }
                }
            }
            e += 1;
        }
        None
    }

    fn subject_np(&self, st: usize, k: usize) -> Option<RawSpeaker> {
        let first = self.a.tokens.get(st)?.start;
        let second = self.a.tokens.get(st + 1).map_or(first, |t| t.start);
        let mut best = None;
        for e in st..k.min(st + MAX_NP) {
            match self.np_ending_at(e, st) {
                Some(sp)
                    if sp.start == first || (sp.start == second && self.is_determiner_at(st)) =>
                {
                    best = Some(sp)
                }
                _ if best.is_some() && !self.cap(e) => break,
                _ => {}
            }
        }
        best
    }

    fn is_determiner_at(&self, i: usize) -> bool {
        self.lower_with(i, |w| self.lx.is_determiner(w))
            .unwrap_or(false)
    }

    /// Where the subject of the sentence starting at `st` begins: after an introductory phrase
    /// ("In an interview on Monday, the senator said …") when there is one before `k`.
    fn subject_start(&self, st: usize, k: usize) -> usize {
        let intro = self
            .lower_with(st, |w| {
                matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "after"
                        | "during"
                        | "before"
                        | "while"
                        | "when"
                        | "since"
                        | "asked"
                        | "speaking"
                        | "following"
                        | "despite"
                        | "earlier"
                        | "later"
                        | "last"
                        | "meanwhile"
                        | "still"
                        | "yet"
                        | "however"
                        | "instead"
                        | "then"
                        | "now"
                        | "today"
                        | "also"
                        | "for"
                        | "with"
                        | "as"
                        | "addressing"
                        | "responding"
                        | "writing"
                        | "by"
                        | "from"
                        | "if"
                        | "although"
                        | "though"
                        | "because"
                        | "unlike"
                        | "like"
                        | "once"
                        | "until"
                        | "but"
                        | "and"
                        | "so"
                )
            })
            .unwrap_or(false);
        if !intro {
            return st;
        }
        (st + 1..k.min(st + 20))
            .find(|&i| self.is_punct(i, ","))
            .map_or(st, |c| c + 1)
    }

    /// The speaker right after cue token `k`: "said Peskov", "said the spokesman", "said he".
    fn speaker_after(&self, k: usize, ceil: usize) -> Option<(RawSpeaker, usize)> {
        let mut j = k + 1;
        if j >= ceil || self.in_quote[j] != 0 {
            return None;
        }
        if let Some(p) = self.lower_with(j, Lexicon::pronoun).flatten() {
            if matches!(p, Pronoun::He | Pronoun::She | Pronoun::They) {
                let t = self.a.tokens[j];
                return Some((
                    RawSpeaker {
                        start: t.start,
                        end: t.end,
                        name_start: t.start,
                        name_end: t.end,
                        kind: RawKind::Pronoun(p),
                    },
                    j + 1,
                ));
            }
            return None;
        }
        // Extend forward over a determiner + modifiers or a capitalized run, then take np_ending_at.
        let mut end = None;
        let mut n = 0;
        while j < ceil && n < MAX_NP {
            let t = self.a.tokens[j];
            if self.in_quote[j] != 0 || matches!(t.kind, TokenKind::Punct | TokenKind::Quote) {
                break;
            }
            if self.cap(j) || t.kind == TokenKind::Possessive {
                end = Some(j);
            } else if t.kind == TokenKind::Word {
                let w_ok = self
                    .lower_with(j, |w| {
                        (w == "the" || self.lx.is_determiner(w)) && n == 0
                            || self.lx.is_person_noun(w)
                            || self.lx.is_people_noun(w)
                            || self.lx.is_org_noun(w)
                            || (!self.lx.is_not_name(w) && self.lx.cue(w).is_none())
                    })
                    .unwrap_or(false);
                if !w_ok {
                    break;
                }
                if self
                    .lower_with(j, |w| {
                        self.lx.is_person_noun(w)
                            || self.lx.is_people_noun(w)
                            || self.lx.is_org_noun(w)
                    })
                    .unwrap_or(false)
                {
                    end = Some(j);
                }
            } else if !(t.kind == TokenKind::Number
                && n < 2
                && j + 1 < ceil
                && self.kind(j + 1) == TokenKind::Word)
            {
                // A number may modify the speaker ("said 9/11 widow Terry Strada").
                break;
            }
            j += 1;
            n += 1;
        }
        let end = end?;
        let sp = self.np_ending_at(end, k + 1)?;
        Some((sp, end + 1))
    }

    /// True when tokens `from..to` contain only an optional hearer / adjunct before a content clause.
    fn content_start_after_cue(&self, k: usize, info: CueInfo, ceil: usize) -> Option<usize> {
        let mut j = k + 1;
        if j >= ceil {
            return None;
        }
        // Particle of phrasal cues ("pointed out that").
        if self.is(j, "out") || self.is(j, "back") {
            j += 1;
        }
        // Adverbs: "said happily", "said flatly that".
        while j + 1 < ceil
            && self.kind(j) == TokenKind::Word
            && self
                .lower_with(j, |w| w.len() > 4 && w.ends_with("ly"))
                .unwrap_or(false)
        {
            j += 1;
        }
        // Look for "that" or ":" within a short window of adjuncts/hearers.
        let lim = (j + 10).min(ceil);
        let mut i = j;
        while i < lim {
            if self.in_quote[i] != 0 && i > j {
                break;
            }
            if self.is(i, "that") && self.kind(i) == TokenKind::Word {
                return Some(i);
            }
            // "wrote his book, Mr. McKinley said that …": the clause belongs to the nearer cue.
            if i > j && self.cue_at(i).is_some() {
                if (j..i).any(|c| self.is_punct(c, ",")) && self.speaker_before(i, j).is_some() {
                    return None;
                }
                break;
            }
            if self.is_punct(i, ":") {
                return (i + 1 < ceil).then_some(i + 1);
            }
            if matches!(self.kind(i), TokenKind::Punct) && !self.is_punct(i, ",") {
                break;
            }
            if self.kind(i) == TokenKind::Word
                && self
                    .lower_with(i, |w| {
                        matches!(
                            w,
                            "if" | "whether"
                                | "what"
                                | "why"
                                | "how"
                                | "who"
                                | "when"
                                | "he"
                                | "she"
                                | "they"
                                | "it"
                                | "we"
                                | "i"
                        )
                    })
                    .unwrap_or(false)
                && i > j
            {
                break;
            }
            i += 1;
        }
        if info.quote_only {
            return Some(j);
        }
        let t0 = self.tok(j);
        let t0_lower = self.lower_with(j, |w| w.to_string()).unwrap_or_default();
        if self.kind(j) == TokenKind::Punct || self.kind(j) == TokenKind::Quote {
            if t0 == "," && self.in_quote.get(j + 1).copied().unwrap_or(0) == 0 {
                return None;
            }
            return None;
        }
        let preposition = matches!(
            t0_lower.as_str(),
            "on" | "in"
                | "at"
                | "during"
                | "to"
                | "with"
                | "after"
                | "before"
                | "for"
                | "about"
                | "of"
                | "by"
                | "from"
                | "last"
                | "earlier"
                | "later"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "yesterday"
                | "today"
                | "as"
                | "so"
                | "and"
                | "but"
                | "or"
                | "than"
                | "up"
                | "off"
                | "over"
                | "into"
                | "out"
                | "no"
                | "not"
                | "goodbye"
                | "hello"
                | "yes"
                | "nothing"
                | "something"
                | "anything"
                | "much"
                | "more"
                | "little"
                | "repeatedly"
                | "again"
                | "publicly"
                | "privately"
                | "recently"
                | "while"
                | "when"
                | "because"
                | "if"
                | "whether"
                | "what"
                | "how"
                | "why"
                | "who"
                | "was"
                | "is"
                | "were"
                | "are"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "should"
                | "does"
                | "did"
        );
        if info.wh
            && matches!(
                t0_lower.as_str(),
                "whether" | "if" | "why" | "how" | "what" | "who" | "when" | "where"
            )
        {
            // asked whether …, wondered why …
            return Some(j);
        }
        if preposition {
            return None;
        }
        if info.obj {
            // told reporters the talks were over: skip a one-word hearer or a capitalized run.
            let mut h = j;
            if self.cap(h) {
                while h < ceil && self.cap(h) {
                    h += 1;
                }
            } else if self
                .lower_with(h, |w| {
                    self.lx.is_people_noun(w)
                        || matches!(
                            w,
                            "him" | "her" | "them" | "us" | "me" | "journalists" | "reporters"
                        )
                })
                .unwrap_or(false)
            {
                h += 1;
            } else {
                return None;
            }
            return (h < ceil && self.kind(h) == TokenKind::Word).then_some(h);
        }
        Some(j)
    }

    /// Content end (exclusive token index) from `from` to the sentence end, stopping before a comma that
    /// introduces another attribution ("…, adding that", "…, he said").
    fn content_end(&self, from: usize, ceil: usize) -> usize {
        // Contents are clauses: bound them so run-on "sentences" stay linear.
        let ceil = ceil.min(from + MAX_CONTENT);
        let mut end = ceil;
        let mut i = from;
        while i < ceil {
            if self.is_punct(i, ";") && self.in_quote[i] == 0 {
                end = i;
                break;
            }
            if self.is_punct(i, ",") && i + 1 < ceil && self.in_quote[i] == 0 {
                if self.is(i + 1, "according") && self.is(i + 2, "to") {
                    end = i;
                    break;
                }
                if let Some(c) = self.cue_at(i + 1) {
                    if c.participle {
                        end = i;
                        break;
                    }
                }
                if let Some(k) = self.short_attribution_after(i + 1, ceil) {
                    let _ = k;
                    end = i;
                    break;
                }
            }
            i += 1;
        }
        // Trim trailing punctuation (keep closing quote marks).
        while end > from
            && self.kind(end - 1) == TokenKind::Punct
            && matches!(
                self.tok(end - 1),
                "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "-" | "..." | "…"
            )
        {
            end -= 1;
        }
        end
    }

    /// "he said" / "Peskov added" / "said Peskov" starting at `i` and running to the end of the sentence
    /// (or to a comma). Returns the cue token.
    fn short_attribution_after(&self, i: usize, ceil: usize) -> Option<usize> {
        if i >= ceil {
            return None;
        }
        if let Some(info) = self.cue_at(i) {
            if info.participle {
                return None;
            }
            let (_, after) = self.speaker_after(i, ceil)?;
            return self.tail_ok(after, ceil).then_some(i);
        }
        let lim = (i + MAX_NP + 3).min(ceil);
        for k in i + 1..lim {
            if let Some(info) = self.cue_at(k) {
                if info.participle {
                    return None;
                }
                let sp = self.speaker_before(k, i)?;
                // Only lower-case titles may precede the name ("spokesman Alex Conant said").
                let sp_tok = self.a.tokens_in(sp.start, sp.end).start;
                if sp_tok > i + 5
                    || (i..sp_tok).any(|t| {
                        // "Twitter's Adam Sharp said": an owner before the name.
                        !matches!(
                            self.kind(t),
                            TokenKind::Word
                                | TokenKind::Abbreviation
                                | TokenKind::Possessive
                                | TokenKind::Initial
                        ) || self.cue_at(t).is_some()
                    })
                {
                    return None;
                }
                return self.tail_ok(k + 1, ceil).then_some(k);
            }
            if matches!(self.kind(k), TokenKind::Punct | TokenKind::Quote) && !self.is_punct(k, ",")
            {
                return None;
            }
        }
        None
    }

    /// For a pronoun speaker opening the content of another attribution ("Lynch said (that) she
    /// recalled …"), the outer speaker and its cue token: PolNeAR keeps the outer source.
    fn outer_attribution(&self, sp: &RawSpeaker, floor: usize) -> Option<(RawSpeaker, usize)> {
        if !matches!(sp.kind, RawKind::Pronoun(_)) {
            return None;
        }
        let t = self.a.tokens_in(sp.start, sp.end).start;
        let mut j = t.checked_sub(1)?;
        if self.is(j, "that") {
            j = j.checked_sub(1)?;
        }
        if j <= floor {
            return None;
        }
        let info = self.cue_at(j)?;
        if info.participle || self.used_cue[j] {
            return None;
        }
        let outer = self.speaker_before(j, floor)?;
        Some((outer, j))
    }

    /// The last token of a capitalized run (titles, initials, abbreviations) starting at `i`.
    fn name_run_from(&self, i: usize, ceil: usize) -> Option<usize> {
        let mut e = i;
        while e < ceil && e < i + MAX_NP && self.cap(e) && self.in_quote[e] == 0 {
            e += 1;
        }
        (e > i).then(|| e - 1)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, "―") || self.is_punct(i, "—") || self.is_punct(i, "–")
    }

    /// “…” ― Karen Lopez: a dash and a bare name right after a quote (vox-pop and epigraph style).
    fn dash_attribution(&self, i: usize) -> Option<RawSpeaker> {
        if i >= self.a.tokens.len() || !self.is_dash(i) {
            return None;
        }
        let para_end = self.a.paragraphs[self.para_of_byte(i)].tokens.end;
        let e = self.name_run_from(i + 1, para_end)?;
        let next = e + 1;
        let boundary = next >= para_end
            || self.kind(next) == TokenKind::Quote
            || self.is_punct(next, ".")
            || self.is_punct(next, ",");
        if !boundary {
            return None;
        }
        self.np_ending_at(e, i + 1)
            .filter(|sp| sp.kind == RawKind::Name)
    }

    /// "WALLACE: …" opening a quote: an all-capitals speaker label (transcripts). Returns the speaker and
    /// the colon token.
    fn transcript_label(&self, q: &Quoted) -> Option<(RawSpeaker, usize)> {
        let i = q.open + 1;
        let mut e = i;
        while e < q.close
            && e < i + 3
            && self.kind(e) == TokenKind::Word
            && self.tok(e).len() >= 2
            && self.tok(e).bytes().all(|b| b.is_ascii_uppercase())
        {
            e += 1;
        }
        if e == i || e + 1 >= q.close || !self.is_punct(e, ":") {
            return None;
        }
        let (st, en) = (self.a.tokens[i].start, self.a.tokens[e - 1].end);
        Some((
            RawSpeaker {
                start: st,
                end: en,
                name_start: st,
                name_end: en,
                kind: RawKind::Name,
            },
            e,
        ))
    }

    /// “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said …: a name (after
    /// at most two lower-case modifiers: "panel Chairman …"), an appositive in commas or parentheses, then
    /// the cue. Returns the speaker and the cue token.
    fn appositive_attribution_after(&self, i: usize, ceil: usize) -> Option<(RawSpeaker, usize)> {
        let ceil = ceil.min(self.a.tokens.len());
        let mut s = i;
        while s < ceil
            && s < i + 2
            && self.kind(s) == TokenKind::Word
            && !self.cap(s)
            && self.cue_at(s).is_none()
            && !self
                .lower_with(s, |w| {
                    self.lx.is_not_name(w) || Lexicon::pronoun(w).is_some()
                })
                .unwrap_or(true)
        {
            s += 1;
        }
        let e = self.name_run_from(s, ceil)?;
        if !(self.is_punct(e + 1, ",") || self.is_punct(e + 1, "(")) {
            return None;
        }
        let sp = self
            .np_ending_at(e, s)
            .filter(|sp| sp.kind == RawKind::Name)?;
        let lim = (e + 45).min(ceil);
        let mut depth = 0usize;
        for k in e + 1..lim {
            if self.kind(k) == TokenKind::Quote || self.in_quote[k] != 0 {
                return None;
            }
            if self.kind(k) == TokenKind::Punct {
                match self.tok(k) {
                    "(" => depth += 1,
                    ")" => depth = depth.checked_sub(1)?,
                    "." | ";" | ":" | "?" | "!"
                        if depth == 0
                            && !(self.is_punct(k + 1, ",") || self.is_punct(k + 1, ")")) =>
                    {
                        return None;
                    }
                    _ => {}
                }
                continue;
            }
            if depth > 0 {
                continue;
            }
            if let Some(info) = self.cue_at(k) {
                if info.participle {
                    continue;
                }
                let j = self.skip_back(k - 1, e + 1)?;
                // "Cruz, who has proposed repealing the mandate, said": a cue inside a relative clause.
                if self.is(j, "who") || self.is(j, "which") {
                    continue;
                }
                if !(self.is_punct(j, ",") || self.is_punct(j, ")")) {
                    return None;
                }
                return self.tail_ok(k + 1, ceil).then_some((sp, k));
            }
        }
        None
    }

    /// “…,” she said at a news conference and then …: a speaker and a cue right after a quote that ends
    /// open, whatever follows them (no content clause of their own). Returns the speaker and the cue.
    fn tight_attribution_after(&self, i: usize, ceil: usize) -> Option<(RawSpeaker, usize)> {
        let ceil = ceil.min(self.a.tokens.len());
        if i >= ceil {
            return None;
        }
        let own_clause =
            |t: usize| t < ceil && (self.is(t, "that") || self.kind(t) == TokenKind::Quote);
        if let Some(info) = self.cue_at(i) {
            if info.participle {
                return None;
            }
            let (sp, after) = self.speaker_after(i, ceil)?;
            return (!own_clause(after)).then_some((sp, i));
        }
        for k in i + 1..(i + 5).min(ceil) {
            if matches!(self.kind(k), TokenKind::Punct | TokenKind::Quote) {
                return None;
            }
            if let Some(info) = self.cue_at(k) {
                let sp = self.speaker_before(k, i)?;
                let ok =
                    !info.participle && sp.start == self.a.tokens[i].start && !own_clause(k + 1);
                return ok.then_some((sp, k));
            }
        }
        None
    }

    /// After a post-posed attribution only a short adjunct may follow ("on Monday", "in a statement",
    /// "told reporters"), then the sentence end or a comma.
    fn tail_ok(&self, from: usize, ceil: usize) -> bool {
        let mut i = from;
        let mut n = 0;
        while i < ceil {
            if matches!(self.kind(i), TokenKind::Punct) {
                return true;
            }
            if (self.kind(i) == TokenKind::Quote && n < 2)
                || (self.is(i, "that") && n < 3)
                || n >= 25
            {
                return false;
            }
            i += 1;
            n += 1;
        }
        true
    }
}

/// Per-token "inside quote content" map.
fn quote_map(a: &TextAnalysis, quotes: &[Quoted]) -> Vec<u32> {
    let mut m = vec![0u32; a.tokens.len()];
    for (qi, q) in quotes.iter().enumerate() {
        for t in m.iter_mut().take(q.close).skip(q.open + 1) {
            *t = qi as u32 + 1;
        }
    }
    m
}

/// Runs extraction on one text.
pub(crate) fn extract(
    text: &str,
    a: &TextAnalysis,
    lx: &Lexicon,
    opts: &QuotesOptions,
    earlier: &Outputs,
) -> (Vec<Record>, Vec<String>) {
    let (quotes, warnings, doubtful) = marks::pair(text, a);
    let in_quote = quote_map(a, &quotes);
    let n = a.tokens.len();
    let mut d = Doc {
        text,
        a,
        lx,
        opts,
        in_quote,
        quotes,
        used_cue: vec![false; n],
        covered: vec![false; n],
        midcap: HashSet::new(),
    };
    for sent in &a.sentences {
        for i in sent.tokens.clone().skip(1) {
            if d.cap(i) {
                d.midcap.insert(a.tokens[i].text(text));
            }
        }
    }
    // Doubtful spans nest (every stray closer reaches back to its paragraph's start): merge them first
    // so that marking stays linear in the number of tokens.
    for (from, to) in merge_ranges(doubtful) {
        mark(&mut d, from, to.min(n));
    }
    let mut cands = Vec::new();
    let pending = direct_quotes(&mut d, &mut cands);
    indirect_quotes(&mut d, &mut cands);
    unattributed_quotes(&mut d, &mut cands, &pending);
    let mut records = resolve(&d, cands, earlier);
    records.sort_by_key(|r| r.span.start);
    (records, warnings)
}

/// Sorts half-open ranges and merges the overlapping or touching ones.
fn merge_ranges(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

fn word_count(d: &Doc<'_>, from: usize, to: usize) -> usize {
    (from..to).filter(|&i| d.a.tokens[i].is_wordlike()).count()
}

/// Direct quotes: each top-level quotation with an attribution next to it, or continuing a neighbour.
fn direct_quotes(d: &mut Doc<'_>, cands: &mut Vec<Cand>) -> Vec<(usize, usize)> {
    let mut pending = Vec::new();
    for qi in 0..d.quotes.len() {
        let q = d.quotes[qi];
        if q.end <= q.start {
            continue;
        }
        let words = word_count(d, q.open + 1, q.close);
        let close_sent = d.sentence_range(q.close);
        let open_sent = d.sentence_range(q.open);
        let para = d.para_of_byte(q.open);
        let para_close = d.para_of_byte(q.close);
        let content_last = d.text[q.start..q.end]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '\'' | '‘'))
            .chars()
            .next_back();
        let ends_open =
            content_last.is_some_and(|c| ",?!—–-…:".contains(c)) || d.is_punct(q.after, ",");
        // “….” Trump said. (a period where a comma belongs): only a bare attribution may follow.
        // “… battle of niches” Grubbs said. (no punctuation at all): likewise.
        let ends_period = !ends_open
            && (content_last == Some('.') || content_last.is_some_and(char::is_alphanumeric));
        // Attribution after: “…,” Peskov added / “…,” said Peskov.
        let mut found: Option<(Who, (usize, usize))> = None;
        let mut start = q.start;
        if let Some((sp, colon)) = d.transcript_label(&q) {
            let t = d.a.tokens[colon];
            start = d.a.tokens[colon + 1].start;
            found = Some((Who::Raw(sp), (t.start, t.end)));
        } else if let Some(sp) = d.dash_attribution(q.after) {
            let t = d.a.tokens[q.after];
            d.used_cue[q.after] = true;
            found = Some((Who::Raw(sp), (t.start, t.end)));
        }
        if found.is_none() && (ends_open || ends_period) {
            let mut i = q.after;
            // ''… 'What did he mean?''' Mr. Biden said: a stray nested closer glued to the quote.
            if i < d.a.tokens.len()
                && d.kind(i) == TokenKind::Quote
                && matches!(d.tok(i), "'" | "’")
                && i > 0
                && d.a.tokens[i].start == d.a.tokens[i - 1].end
            {
                i += 1;
            }
            if d.is_punct(i, ",") || d.is_punct(i, "—") {
                i += 1;
            }
            let mut ceil = close_sent.end.max(i);
            if ceil == i {
                // “…!” Trump said. — the splitter started a new sentence after the quote.
                let next = d.sentence_range(i.min(d.a.tokens.len().saturating_sub(1)));
                if next.start == i && d.para_of_byte(i) == para_close {
                    ceil = next.end;
                }
            }
            let short = |k: usize| {
                !ends_period || {
                    let mut e = k + 1;
                    while e < ceil && d.kind(e) == TokenKind::Word && e < k + 3 {
                        e += 1;
                    }
                    e >= ceil || d.is_punct(e, ".")
                }
            };
            if let Some(k) = d.short_attribution_after(i, ceil).filter(|&k| short(k)) {
                let sp = if d.cue_at(k).is_some() && k == i {
                    d.speaker_after(k, ceil).map(|x| x.0)
                } else {
                    d.speaker_before(k, i)
                };
                if let Some(sp) = sp {
                    let t = d.a.tokens[k];
                    d.used_cue[k] = true;
                    found = Some((Who::Raw(sp), (t.start, t.end)));
                }
            }
            if found.is_none() && ends_open {
                if let Some((sp, k)) = d
                    .tight_attribution_after(i, ceil)
                    .or_else(|| d.appositive_attribution_after(i, ceil))
                {
                    let t = d.a.tokens[k];
                    d.used_cue[k] = true;
                    found = Some((Who::Raw(sp), (t.start, t.end)));
                }
            }
        }
        let starts_clause = q.open == open_sent.start
            || q.open == d.a.paragraphs[para].tokens.start
            || (q.open > 0 && (d.is_punct(q.open - 1, ":") || d.is_punct(q.open - 1, ",")));
        // Attribution before: Peskov said: “…” / said Peskov, “…” / According to Peskov, “…”.
        let found_before = found.is_none();
        if found.is_none() && q.open > open_sent.start {
            let floor = open_sent.start;
            let mut j = q.open - 1;
            if d.is_punct(j, ":") || d.is_punct(j, ",") {
                j = j.saturating_sub(1);
            }
            let lo = q.open.saturating_sub(8).max(floor);
            let mut k = j;
            loop {
                if k < lo || d.in_quote[k] != 0 || d.kind(k) == TokenKind::Quote {
                    break;
                }
                if d.is(k, "that") {
                    break;
                }
                if d.is(k, "according") && d.is(k + 1, "to") {
                    if let Some((sp, _)) = d.speaker_after(k + 1, q.open) {
                        let t = d.a.tokens[k];
                        let t2 = d.a.tokens[k + 1];
                        d.used_cue[k] = true;
                        found = Some((Who::Raw(sp), (t.start, t2.end)));
                    }
                    break;
                }
                if let Some(info) = d.cue_at(k) {
                    let mut k = k;
                    let sp = if info.participle {
                        Some(Who::SentenceSubject(k))
                    } else {
                        d.speaker_before(k, floor)
                            .map(|sp| {
                                // "Lynch said she recalled thinking, “…”": the outer source.
                                match d.outer_attribution(&sp, floor) {
                                    Some((outer, ok)) => {
                                        k = ok;
                                        outer
                                    }
                                    None => sp,
                                }
                            })
                            .or_else(|| d.speaker_after(k, q.open).map(|x| x.0))
                            .map(Who::Raw)
                            .or_else(|| {
                                let j = d.skip_back(k.checked_sub(1)?, floor)?;
                                (d.is(j, "and") || d.is(j, "but"))
                                    .then_some(Who::SentenceSubject(k))
                            })
                    };
                    if let Some(sp) = sp {
                        if starts_clause || k + 1 == q.open {
                            let t = d.a.tokens[k];
                            d.used_cue[k] = true;
                            found = Some((sp, (t.start, t.end)));
                        }
                    }
                    break;
                }
                if k == lo {
                    break;
                }
                k -= 1;
            }
        }
        // "As Tom Ridge, a former secretary, put it: “…”".
        if found.is_none()
            && q.open >= open_sent.start + 4
            && (d.is_punct(q.open - 1, ",") || d.is_punct(q.open - 1, ":"))
            && d.is(q.open - 2, "it")
            && d.is(q.open - 3, "put")
        {
            let put = q.open - 3;
            let lo = put.saturating_sub(40).max(open_sent.start);
            if let Some(a) = (lo..put).rev().find(|&t| d.is(t, "as")) {
                let sp = d
                    .name_run_from(a + 1, put)
                    .and_then(|e| d.np_ending_at(e, a + 1))
                    .or_else(|| d.speaker_before(put, a + 1));
                if let Some(sp) = sp {
                    let (t, t2) = (d.a.tokens[put], d.a.tokens[q.open - 2]);
                    found = Some((Who::Raw(sp), (t.start, t2.end)));
                }
            }
        }
        // "Hannity interjected: “…”" — a subject and a colon right before the quote.
        if found.is_none() && q.open > open_sent.start + 1 && d.is_punct(q.open - 1, ":") {
            let st = open_sent.start;
            let colon = q.open - 1;
            let hit = (st..(st + MAX_NP).min(colon)).find_map(|e| {
                d.np_ending_at(e, st)
                    .filter(|sp| sp.start == d.a.tokens[st].start)
                    .map(|sp| (sp, e))
            });
            if let Some((sp, e)) = hit {
                let k = if e + 1 < colon && d.kind(e + 1) == TokenKind::Word {
                    e + 1
                } else {
                    colon
                };
                let t = d.a.tokens[k];
                d.used_cue[k] = true;
                found = Some((Who::Raw(sp), (t.start, t.end)));
            }
        }
        // Paragraph-opening quote after a paragraph ending in a colon: "Cruz continued:".
        if found.is_none() && para > 0 && q.open == d.a.paragraphs[para].tokens.start {
            let prev = &d.a.paragraphs[para - 1];
            let last = prev.tokens.end - 1;
            if d.is_punct(last, ":") {
                let ps = d.sentence_range(last);
                let cue_tok = (ps.start..last)
                    .rev()
                    .find(|&k| d.cue_at(k).is_some_and(|c| !c.participle) && !d.used_cue[k]);
                let hit = match cue_tok {
                    Some(k) => d
                        .speaker_before(k, ps.start)
                        .or_else(|| d.speaker_after(k, last).map(|x| x.0))
                        .map(|sp| (sp, k)),
                    None => (ps.start..(ps.start + MAX_NP).min(last))
                        .find_map(|e| {
                            d.np_ending_at(e, ps.start)
                                .filter(|sp| sp.start == d.a.tokens[ps.start].start)
                        })
                        .map(|sp| (sp, last)),
                };
                if let Some((sp, k)) = hit {
                    let t = d.a.tokens[k];
                    d.used_cue[k] = true;
                    found = Some((Who::Raw(sp), (t.start, t.end)));
                }
            }
        }
        // ''I admire the mechanics'' of the plan, Mr. Holtz said: a quote opening a sentence, a few
        // words, then a post-posed attribution (a mixed quote up to the comma).
        if found.is_none() && starts_clause && q.after < close_sent.end && d.in_quote[q.after] == 0
        {
            let lim = (q.after + 10).min(close_sent.end);
            let mut t = q.after;
            while t < lim
                && matches!(
                    d.kind(t),
                    TokenKind::Word | TokenKind::Number | TokenKind::Possessive
                )
                && d.cue_at(t).is_none()
            {
                t += 1;
            }
            if t > q.after && d.is_punct(t, ",") {
                if let Some(k) = d.short_attribution_after(t + 1, close_sent.end) {
                    let sp = if k == t + 1 {
                        d.speaker_after(k, close_sent.end).map(|x| x.0)
                    } else {
                        d.speaker_before(k, t + 1)
                    };
                    if let Some(sp) = sp {
                        let tk = d.a.tokens[k];
                        d.used_cue[k] = true;
                        found = Some((Who::Raw(sp), (tk.start, tk.end)));
                    }
                }
            }
        }
        let sentence_like = starts_clause && (words >= 3 || ends_open);
        match found {
            Some((who, cue)) => {
                // said “it gets me mad” every time…: the quote is a fragment of a longer clause.
                let next = q.after;
                let (kind, end, to) = if found_before
                    && next < close_sent.end
                    && d.a.tokens[next].is_wordlike()
                    && d.in_quote[next] == 0
                {
                    let to = d.content_end(next, close_sent.end);
                    (
                        Kind::Mixed,
                        d.a.tokens[to.max(next + 1) - 1].end,
                        to.max(next + 1),
                    )
                } else {
                    (Kind::Direct, q.end, q.after)
                };
                cands.push(Cand {
                    kind,
                    start,
                    end,
                    who,
                    cue: Some(cue),
                });
                mark(d, q.open, to);
            }
            None => {
                // Fragments carry usize::MAX words: they become mixed quotes only if their sentence has a
                // subject and a verb before them (see `fragment_quotes`).
                pending.push((qi, if sentence_like { words } else { usize::MAX }));
            }
        }
    }
    pending
}

/// Quotes without an attribution of their own, added after the indirect pass (a mixed quote may have
/// claimed them): an interrupted quote continues the attribution before it in its paragraph, a paragraph
/// that is only a quote continues the previous paragraph's last one.
fn unattributed_quotes(d: &mut Doc<'_>, cands: &mut Vec<Cand>, pending: &[(usize, usize)]) {
    cands.sort_by_key(|c| c.start);
    let base = cands.len();
    for &(qi, words) in pending {
        let q = d.quotes[qi];
        if (q.open..q.after).any(|i| d.covered[i]) {
            continue;
        }
        if words == usize::MAX {
            fragment_quote(d, cands, q);
            continue;
        }
        let para = d.para_of_byte(q.open);
        let p = &d.a.paragraphs[para];
        let floating = q.open == p.tokens.start && q.after + 1 >= p.tokens.end;
        let before = cands[..base].partition_point(|c| c.start < q.start);
        let prev = before
            .checked_sub(1)
            .filter(|&j| !matches!(cands[j].who, Who::None));
        let hit = prev.and_then(|j| {
            let pj = d.a.paragraphs.partition_point(|p| p.end <= cands[j].start);
            let target = match cands[j].who {
                Who::Inherit(t) => t,
                _ => j,
            };
            if pj == para {
                Some((Who::Inherit(target), cands[j].cue))
            } else if (floating && pj + 1 == para) || (words >= 4 && pj + 2 >= para) {
                // A quote standing alone continues the most recent speaker (news convention).
                Some((Who::Inherit(target), None))
            } else {
                None
            }
        });
        // Else the next attribution in the same paragraph ("“…” The senator, who …, said so twice.").
        let hit = hit.or_else(|| {
            let j = before;
            let c = cands[..base].get(j)?;
            let pj = d.a.paragraphs.partition_point(|p| p.end <= c.start);
            let target = match c.who {
                Who::Inherit(t) => t,
                Who::None => return None,
                _ => j,
            };
            (pj == para && matches!(cands[target].who, Who::Raw(_)))
                .then_some((Who::Inherit(target), None))
        });
        let (who, cue) = match hit {
            Some(x) => x,
            None if words >= 4 => (Who::None, None),
            None => continue,
        };
        cands.push(Cand {
            kind: Kind::Direct,
            start: q.start,
            end: q.end,
            who,
            cue,
        });
        mark(d, q.open, q.after);
    }
}

/// A quoted fragment inside a sentence with no reporting cue ("Sanders has pushed his promise of “free
/// college”"): a mixed quote when the sentence opens with a speaker-like subject followed by a verb.
fn fragment_quote(d: &mut Doc<'_>, cands: &mut Vec<Cand>, q: Quoted) {
    let s = d.sentence_range(q.open);
    if q.open <= s.start + 1 {
        return;
    }
    let st = s.start;
    // The subject: a noun phrase opening the sentence.
    let Some((sp, e)) = (st..(st + MAX_NP).min(q.open)).rev().find_map(|e| {
        d.np_ending_at(e, st)
            .filter(|sp| sp.start == d.a.tokens[st].start)
            .map(|sp| (sp, e))
    }) else {
        return;
    };
    // The verb: the next word after adverbs and auxiliaries.
    let mut v = e + 1;
    while v < q.open
        && d.kind(v) == TokenKind::Word
        && d.lower_with(v, |w| d.lx.is_skip_between(w))
            .unwrap_or(false)
    {
        v += 1;
    }
    // "Continuing to explain …, Carson said": a sentence-initial participle is no subject.
    let single_name = sp.kind == RawKind::Name && !d.text[sp.start..sp.end].contains(' ');
    if single_name && d.text[sp.start..sp.end].ends_with("ing") {
        return;
    }

    if v >= q.open
        || d.kind(v) != TokenKind::Word
        || d.cap(v)
        || (st..s.end).any(|i| d.covered[i] && d.in_quote[i] == 0)
    {
        return;
    }
    let from = v + 1;
    let to = d.content_end(from, s.end).max(q.after.min(s.end));
    if to <= from {
        return;
    }
    let t = d.a.tokens[v];
    push_content(d, cands, from, to, Who::Raw(sp), Some((t.start, t.end)));
}

fn mark(d: &mut Doc<'_>, from: usize, to: usize) {
    for c in d.covered.iter_mut().take(to).skip(from) {
        *c = true;
    }
}

/// Indirect and mixed quotes: content clauses of reporting cues.
fn indirect_quotes(d: &mut Doc<'_>, cands: &mut Vec<Cand>) {
    for si in 0..d.a.sentences.len() {
        let s = d.a.sentences[si].tokens.clone();
        headline_colon(d, cands, s.clone());
        let mut k = s.start;
        while k < s.end {
            if d.used_cue[k] || d.covered[k] || d.in_quote[k] != 0 {
                k += 1;
                continue;
            }
            // According to X, CONTENT. / CONTENT, according to X.
            if d.is(k, "according") && d.is(k + 1, "to") && k + 2 < s.end {
                if let Some((sp, after)) = d.according_source(k + 1, s.end) {
                    let cue = (d.a.tokens[k].start, d.a.tokens[k + 1].end);
                    let (from, to) = if k == s.start || (k > s.start && d.is_punct(k - 1, "(")) {
                        let mut f = after;
                        while f < s.end && !d.is_punct(f, ",") {
                            f += 1;
                        }
                        // "According to X, a spokeswoman for Y, CONTENT".
                        if f < s.end {
                            if let Some(c) = d.appositive_end(f, s.end) {
                                f = c;
                            }
                        }
                        (f + 1, d.content_end(f + 1, s.end))
                    } else {
                        let mut to = k;
                        if to > s.start && d.is_punct(to - 1, ",") {
                            to -= 1;
                        }
                        let from = clause_start(d, s.start, to);
                        (from, to)
                    };
                    if to > from
                        && word_count(d, from, to) >= 3
                        && !(from..to).any(|i| d.covered[i])
                    {
                        push_content(d, cands, from, to, Who::Raw(sp), Some(cue));
                    } else if k > s.start && d.is_punct(k - 1, ",") {
                        // "Police said …, according to the family's lawyers": PolNeAR keeps the outer
                        // source, so the attribution just before takes the "according to" source.
                        let (lo, hi) = (d.a.tokens[s.start].start, d.a.tokens[k].start);
                        if let Some(c) = cands
                            .iter_mut()
                            .rev()
                            .find(|c| c.start >= lo && c.end <= hi)
                        {
                            c.who = Who::Raw(sp);
                            c.cue = Some(cue);
                        }
                    }
                    k = after.max(k + 2);
                    continue;
                }
            }
            let Some(info) = d.cue_at(k) else {
                k += 1;
                continue;
            };
            let t = d.a.tokens[k];
            let cue = Some((t.start, t.end));
            // Participle: "…, adding that …".
            if info.participle {
                // "– Ryan saying he was …": a name right before the participle.
                let named = d
                    .speaker_before(k, s.start)
                    .filter(|sp| sp.kind == RawKind::Name && !d.is_punct(k - 1, ","));
                if let Some(sp) = named {
                    if let Some(from) = d.content_start_after_cue(k, info, s.end) {
                        let to = d.content_end(from, s.end);
                        if word_count(d, from, to) >= 3
                            && !(from..to).any(|i| d.covered[i] && d.in_quote[i] == 0)
                            && d.clausal(info, from, to)
                        {
                            push_content(d, cands, from, to, Who::Raw(sp), cue);
                            d.used_cue[k] = true;
                            k = to.max(k + 1);
                            continue;
                        }
                    }
                }
                if k > s.start && d.is_punct(k - 1, ",") {
                    if let Some(from) = d.content_start_after_cue(k, info, s.end) {
                        let to = d.content_end(from, s.end);
                        if word_count(d, from, to) >= 3
                            && !(from..to).any(|i| d.covered[i] && d.in_quote[i] == 0)
                            && d.clausal(info, from, to)
                        {
                            push_content(d, cands, from, to, Who::SentenceSubject(k), cue);
                            d.used_cue[k] = true;
                            k = to.max(k + 1);
                            continue;
                        }
                    }
                }
                k += 1;
                continue;
            }
            // Pre-posed: SPEAKER CUE [hearer] [that] CONTENT.
            let sp_before = d.speaker_before(k, s.start);
            let who_before = sp_before.map(Who::Raw).or_else(|| {
                // "Trump doubled down … and said …": the subject of the sentence.
                let j = d.skip_back(k.checked_sub(1)?, s.start)?;
                (d.is(j, "and") || d.is(j, "but")).then_some(Who::SentenceSubject(k))
            });
            if let Some(who) = who_before {
                if let Some(from) = d.content_start_after_cue(k, info, s.end) {
                    let to = d.content_end(from, s.end);
                    if to > from
                        && word_count(d, from, to) >= 3
                        && !(from..to).any(|i| d.covered[i] && d.in_quote[i] == 0)
                        && (!info.quote_only || (from..to).any(|i| d.in_quote[i] != 0))
                        && d.clausal(info, from, to)
                    {
                        push_content(d, cands, from, to, who, cue);
                        d.used_cue[k] = true;
                        k = to.max(k + 1);
                        continue;
                    }
                }
            }
            if let Some(sp) = sp_before {
                // Post-posed: CONTENT, SPEAKER CUE. / parenthetical: CONTENT, SPEAKER CUE, CONTENT.
                let sp_tok = d.a.tokens_in(sp.start, sp.end).start;
                // "…, he denied." but not "If they failed, the government could deny them
                // permits": a cue that needs a clause has no object after a post-posed use.
                let bare = !info.clause_only || k + 1 >= s.end || d.kind(k + 1) == TokenKind::Punct;
                if info.post
                    && bare
                    && sp_tok > s.start
                    && d.is_punct(sp_tok - 1, ",")
                    && d.tail_ok(k + 1, s.end)
                {
                    if let Some(span) = post_posed(d, s.start, s.end, sp_tok - 1, k + 1) {
                        push_content(d, cands, span.0, span.1, Who::Raw(sp), cue);
                        d.used_cue[k] = true;
                    }
                }
                k += 1;
                continue;
            }
            // Post-posed inverted: CONTENT, said SPEAKER.
            if info.post && k > s.start && d.is_punct(k - 1, ",") {
                if let Some((sp, after)) = d.speaker_after(k, s.end) {
                    if d.tail_ok(after, s.end) {
                        if let Some(span) = post_posed(d, s.start, s.end, k - 1, after) {
                            push_content(d, cands, span.0, span.1, Who::Raw(sp), cue);
                            d.used_cue[k] = true;
                        }
                    }
                }
            }
            k += 1;
        }
    }
}

/// Labels that end in a colon without being speakers.
const NOT_SPEAKER_LABELS: &[&str] = &[
    "note",
    "update",
    "updated",
    "photo",
    "photos",
    "editor",
    "source",
    "sources",
    "related",
    "watch",
    "read",
    "opinion",
    "analysis",
    "breaking",
    "exclusive",
    "video",
    "q",
    "a",
    "warning",
    "disclaimer",
    "correction",
    "live",
    "timeline",
    "background",
    "context",
    "also",
    "more",
    "see",
    "listen",
    "poll",
    "the latest",
];

/// "Milbank: Republicans are …" — a name and a colon opening a paragraph (headline style).
fn headline_colon(d: &mut Doc<'_>, cands: &mut Vec<Cand>, s: std::ops::Range<usize>) {
    let para = d.a.paragraph_of(s.start);
    if d.a
        .paragraphs
        .get(para)
        .is_none_or(|p| p.tokens.start != s.start)
    {
        return;
    }
    let lim = (s.start + 5).min(s.end);
    let Some(c) = (s.start + 1..lim).find(|&i| d.is_punct(i, ":")) else {
        return;
    };
    let Some(sp) = d.np_ending_at(c - 1, s.start) else {
        return;
    };
    if sp.kind != RawKind::Name || sp.start != d.a.tokens[s.start].start {
        return;
    }
    let label = d.text[sp.start..sp.end].to_ascii_lowercase();
    if NOT_SPEAKER_LABELS.contains(&label.as_str()) || (s.start..c).any(|i| d.covered[i]) {
        return;
    }
    let to = d.content_end(c + 1, s.end);
    if word_count(d, c + 1, to) < 3 || (c + 1..to).any(|i| d.covered[i] && d.in_quote[i] == 0) {
        return;
    }
    let t = d.a.tokens[c];
    push_content(d, cands, c + 1, to, Who::Raw(sp), Some((t.start, t.end)));
    d.used_cue[c] = true;
}

/// The content of a post-posed attribution whose comma is at `comma` and whose tail starts at `tail`:
/// the clause before the comma, plus what follows a second comma ("Recently, he said, he has …").
fn post_posed(
    d: &Doc<'_>,
    s_start: usize,
    s_end: usize,
    comma: usize,
    tail: usize,
) -> Option<(usize, usize)> {
    let from = clause_start(d, s_start, comma);
    let mut te = tail;
    while te < s_end && d.kind(te) != TokenKind::Punct {
        te += 1;
    }
    let mut to = comma;
    if te < s_end && d.is_punct(te, ",") && word_count(d, te + 1, s_end) >= 2 {
        let end2 = d.content_end(te + 1, s_end);
        if !(te + 1..end2).any(|i| d.covered[i]) {
            to = end2;
        }
    }
    (to > from && word_count(d, from, to) >= 3 && !(from..comma).any(|i| d.covered[i]))
        .then_some((from, to))
}

/// The start of the clause ending at `to`: the sentence start, after any quote-free material already
/// covered by another attribution.
fn clause_start(d: &Doc<'_>, from: usize, to: usize) -> usize {
    let from = from.max(to.saturating_sub(MAX_CONTENT));
    let mut s = from;
    for i in from..to {
        if d.covered[i] {
            s = i + 1;
        }
    }
    s
}

fn push_content(
    d: &mut Doc<'_>,
    cands: &mut Vec<Cand>,
    from: usize,
    to: usize,
    who: Who,
    cue: Option<(usize, usize)>,
) {
    let has_quote = (from..to).any(|i| d.in_quote[i] != 0);
    // Content that is exactly one quotation ("According to X, a spokeswoman for Y, “…”") is a
    // direct quote: its span is the text inside the marks.
    let whole = d
        .quotes
        .iter()
        .find(|q| q.open == from && q.after == to && !q.multi);
    if let Some(q) = whole {
        let (start, end) = (q.start, q.end);
        cands.push(Cand {
            kind: Kind::Direct,
            start,
            end,
            who,
            cue,
        });
        mark(d, from, to);
        return;
    }
    let kind = if has_quote {
        Kind::Mixed
    } else {
        Kind::Indirect
    };
    let start = d.a.tokens[from].start;
    let end = d.a.tokens[to - 1].end;
    cands.push(Cand {
        kind,
        start,
        end,
        who,
        cue,
    });
    mark(d, from, to);
}

/// Mentions from the entity/organization records, or surface names.
fn mentions(d: &Doc<'_>, earlier: &Outputs) -> (Vec<Mention>, bool) {
    let mut out = Vec::new();
    let mut have = false;
    for name in ["entities", "organizations"] {
        if let Some(recs) = earlier.get(name) {
            have = true;
            for r in recs {
                if r.span.field != newsx_core::Field::Text
                    || r.span.end > d.text.len()
                    || r.span.start > r.span.end
                {
                    continue;
                }
                let typ = match r.label.as_ref() {
                    "PERSON" => "PERSON",
                    "LOCATION" => "LOCATION",
                    "ORGANIZATION" => "ORGANIZATION",
                    _ => continue,
                };
                let Some(surface) = d.text.get(r.span.start..r.span.end) else {
                    continue;
                };
                let canonical = r.get_str("canonical").unwrap_or(surface).to_string();
                let gender = if typ == "PERSON" {
                    name_gender(d.lx, &canonical)
                } else {
                    Gender::Unknown
                };
                out.push(Mention {
                    start: r.span.start,
                    end: r.span.end,
                    canonical,
                    typ,
                    gender,
                });
            }
        }
    }
    if !have {
        // Surface names: capitalized runs of two or more words starting with a known first name.
        let toks = &d.a.tokens;
        let mut i = 0;
        while i < toks.len() {
            if !d.cap(i) {
                i += 1;
                continue;
            }
            let s = i;
            while i < toks.len() && d.cap(i) {
                i += 1;
            }
            let mut ns = s;
            while ns < i
                && d.lower_with(ns, |w| d.lx.is_title(w) || d.lx.is_not_name(w))
                    .unwrap_or(false)
            {
                ns += 1;
            }
            if i - ns >= 2 {
                if let Some(g) = d.lx.first_name_gender(d.tok(ns)) {
                    // A name is at most four words; in a title-case headline ("Elizabeth Warren Hammers
                    // Wells Fargo CEO") only the first name, initials and one surname.
                    let mut e = ns + 1;
                    while e < i && toks[e].kind == TokenKind::Initial {
                        e += 1;
                    }
                    let limit = if d.all_caps_context(ns) {
                        (e + 1).min(i)
                    } else {
                        i.min(ns + 4)
                    };
                    let (st, en) = (toks[ns].start, toks[limit - 1].end);
                    out.push(Mention {
                        start: st,
                        end: en,
                        canonical: d.text[st..en].to_string(),
                        typ: "PERSON",
                        gender: g,
                    });
                }
            }
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    (out, have)
}

fn name_gender(lx: &Lexicon, canonical: &str) -> Gender {
    canonical
        .split_whitespace()
        .find_map(|w| lx.first_name_gender(w))
        .unwrap_or(Gender::Unknown)
}

fn compatible(g: Gender, want: Gender) -> bool {
    want == Gender::Unknown || g == Gender::Unknown || g == want
}

/// A resolved candidate: its speaker span (if any) and resolution.
type Slot = (Option<(usize, usize)>, Resolved);

/// Pass 2: resolve speakers in text order and build the records.
fn resolve(d: &Doc<'_>, mut cands: Vec<Cand>, earlier: &Outputs) -> Vec<Record> {
    let (ments, _have_entities) = mentions(d, earlier);
    // Mentions by the last word of their surface text or canonical name ("Peskov" → "Dmitry Peskov").
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, m) in ments.iter().enumerate() {
        if m.typ == "PERSON" {
            if let Some(w) = m.canonical.rsplit(' ').next() {
                by_last.entry(w).or_default().push(i);
            }
        }
    }
    // Order by position, remembering where each candidate went (for Inherit links).
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start);
    let mut resolved: Vec<Option<Slot>> = vec![None; cands.len()];
    let mut history: Vec<Resolved> = Vec::new();
    let mut sentence_subject: Vec<(usize, usize)> = Vec::new(); // (sentence, cand) of raw speakers
    for &ci in &order {
        let c = &cands[ci];
        let para = d.a.paragraphs.partition_point(|p| p.end <= c.start);
        let r = match c.who {
            Who::None => None,
            Who::Raw(sp) => Some((
                (sp.start, sp.end),
                resolve_raw(d, &sp, &ments, &by_last, &history, para),
            )),
            Who::Inherit(i) => match resolved.get(i).cloned().flatten() {
                Some((s, r)) => s.map(|s| (s, r)),
                // A later attribution in the same paragraph: resolve its speaker now.
                None => match cands.get(i).map(|c| c.who) {
                    Some(Who::Raw(sp)) => Some((
                        (sp.start, sp.end),
                        resolve_raw(d, &sp, &ments, &by_last, &history, para),
                    )),
                    _ => None,
                },
            },
            Who::SentenceSubject(k) => {
                let s = d.a.sentence_of(k);
                sentence_subject
                    .iter()
                    .rev()
                    .take(4)
                    .find(|(ss, _)| *ss == s)
                    .and_then(|(_, i)| resolved[*i].clone())
                    .and_then(|(s, r)| Some((s?, r)))
                    .or_else(|| {
                        // The subject at the start of the sentence.
                        let s0 = d.a.sentences[s].tokens.start;
                        let sp = d
                            .clause_subject(s0, k)
                            .or_else(|| d.subject_np(d.subject_start(s0, k), k))?;
                        Some((
                            (sp.start, sp.end),
                            resolve_raw(d, &sp, &ments, &by_last, &history, para),
                        ))
                    })
            }
        };
        if let Some((_, res)) = &r {
            if res.canonical.is_some() {
                history.push(Resolved {
                    para,
                    ..res.clone()
                });
            }
        }
        if let Some(cue) = c.cue {
            if matches!(c.who, Who::Raw(_) | Who::Inherit(_)) {
                sentence_subject.push((
                    d.a.sentence_of(
                        d.a.tokens_in(cue.0, cue.1)
                            .start
                            .min(d.a.tokens.len().saturating_sub(1)),
                    ),
                    ci,
                ));
            }
        }
        resolved[ci] = Some((
            r.as_ref().map(|x| x.0),
            r.map(|x| x.1).unwrap_or(Resolved {
                canonical: None,
                typ: None,
                gender: Gender::Unknown,
                para,
            }),
        ));
    }
    let mut out = Vec::with_capacity(cands.len());
    for (ci, c) in cands.drain(..).enumerate() {
        let speaker = match resolved[ci].take() {
            Some((Some((s, e)), res)) => Value::Span(
                Span::new(s, e),
                vec![
                    ("canonical", res.canonical.map_or(Value::Null, Value::from)),
                    ("type", res.typ.map_or(Value::Null, Value::from)),
                ],
            ),
            _ => Value::Null,
        };
        let cue = c
            .cue
            .map_or(Value::Null, |(s, e)| Value::Span(Span::new(s, e), vec![]));
        out.push(
            Record::new("kind", c.kind.as_str(), Span::new(c.start, c.end))
                .with("speaker", speaker)
                .with("cue", cue),
        );
    }
    out
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
}

fn resolve_raw(
    d: &Doc<'_>,
    sp: &RawSpeaker,
    ments: &[Mention],
    by_last: &HashMap<&str, Vec<usize>>,
    history: &[Resolved],
    para: usize,
) -> Resolved {
    let mk = |canonical: Option<String>, typ: Option<&'static str>, gender: Gender| Resolved {
        canonical,
        typ,
        gender,
        para,
    };
    let recent = |pred: &dyn Fn(&Resolved) -> bool| -> Option<Resolved> {
        history
            .iter()
            .rev()
            .take(6)
            .find(|h| h.para + 4 >= para && pred(h))
            .cloned()
    };
    let before = |pred: &dyn Fn(&Mention) -> bool| -> Option<&Mention> {
        let hi = ments.partition_point(|m| m.start < sp.start);
        ments[..hi].iter().rev().take(40).find(|m| pred(m))
    };
    match sp.kind {
        RawKind::Name => {
            let name = d.text.get(sp.name_start..sp.name_end).unwrap_or("");
            // An entity record over the name.
            let hi = ments.partition_point(|m| m.start < sp.name_end);
            let hit = ments[..hi]
                .iter()
                .rev()
                .take(8)
                .filter(|m| sp.name_start < m.end)
                .max_by_key(|m| {
                    (
                        m.end
                            .min(sp.name_end)
                            .saturating_sub(m.start.max(sp.name_start)),
                        m.end,
                    )
                });
            if let Some(m) = hit {
                return mk(Some(m.canonical.clone()), Some(m.typ), m.gender);
            }
            let last = name.rsplit(' ').next().unwrap_or(name);
            // The longest earlier name ending with the same word ("Peskov" → "Dmitry Peskov").
            let suffix = format!(" {last}");
            let full = by_last
                .get(last)
                .map(|ids| {
                    let n = ids.partition_point(|&i| ments[i].start < sp.start);
                    &ids[n.saturating_sub(20)..n]
                })
                .and_then(|ids| {
                    ids.iter()
                        .map(|&i| &ments[i])
                        .filter(|m| {
                            m.typ == "PERSON"
                                && (m.canonical.ends_with(&suffix) || m.canonical == last)
                        })
                        .max_by_key(|m| m.canonical.len())
                })
                .map(|m| (m.canonical.clone(), m.gender));
            if let Some((c, g)) = full {
                if c.len() >= name.len() {
                    return mk(Some(c), Some("PERSON"), g);
                }
            }
            if let Some(h) = history.iter().rev().take(50).find(|h| {
                h.canonical
                    .as_deref()
                    .is_some_and(|c| c.ends_with(&suffix) && c.len() > name.len())
            }) {
                return mk(h.canonical.clone(), h.typ, h.gender);
            }
            let first = name.split(' ').next().unwrap_or("");
            let g = d.lx.first_name_gender(first);
            let typ = (g.is_some() && name.contains(' ')).then_some("PERSON");
            mk(
                Some(strip_the(name).to_string()),
                typ,
                g.unwrap_or(Gender::Unknown),
            )
        }
        RawKind::Pronoun(p) => {
            let (want_typ, want_g): (&[&str], Gender) = match p {
                Pronoun::He => (&["PERSON"], Gender::Male),
                Pronoun::She => (&["PERSON"], Gender::Female),
                Pronoun::It => (&["ORGANIZATION", "LOCATION"], Gender::Unknown),
                Pronoun::They => (&["ORGANIZATION", "PEOPLE"], Gender::Unknown),
                Pronoun::Other => return mk(None, None, Gender::Unknown),
            };
            // he/she: a recent speaker whose gender is known to match beats one of unknown gender
            // ("Mitt Romney said …. “…,” she said" → the earlier Hillary Clinton).
            let gendered = want_g != Gender::Unknown;
            let exact = if gendered {
                recent(&|h: &Resolved| {
                    h.gender == want_g
                        && (h.typ.is_none() || h.typ.is_some_and(|t| want_typ.contains(&t)))
                })
            } else {
                None
            };
            let from_hist = exact.or_else(|| {
                recent(&|h: &Resolved| {
                    h.typ.is_some_and(|t| want_typ.contains(&t)) && compatible(h.gender, want_g)
                        || (h.typ.is_none() && want_typ.contains(&"PERSON") && h.gender == want_g)
                })
            });
            if let Some(h) = from_hist {
                return h;
            }
            let m = if gendered {
                before(&|m: &Mention| want_typ.contains(&m.typ) && m.gender == want_g)
            } else {
                None
            };
            if let Some(m) = m.or_else(|| {
                before(&|m: &Mention| want_typ.contains(&m.typ) && compatible(m.gender, want_g))
            }) {
                return mk(Some(m.canonical.clone()), Some(m.typ), m.gender);
            }
            let typ = match p {
                Pronoun::He | Pronoun::She => Some("PERSON"),
                _ => None,
            };
            mk(None, typ, want_g)
        }
        RawKind::PersonNoun(g) => {
            let text = d.text.get(sp.name_start..sp.name_end).unwrap_or("");
            let definite = text.starts_with("the ") || text.starts_with("The ");
            if definite && word_len(text) <= 3 {
                if let Some(h) =
                    recent(&|h: &Resolved| h.typ == Some("PERSON") && compatible(h.gender, g))
                {
                    return h;
                }
            }
            mk(Some(text.to_string()), Some("PERSON"), g)
        }
        RawKind::People => {
            let text = d.text.get(sp.name_start..sp.name_end).unwrap_or("");
            mk(Some(text.to_string()), None, Gender::Unknown)
        }
        RawKind::OrgNoun => {
            let text = d.text.get(sp.name_start..sp.name_end).unwrap_or("");
            let definite = text.starts_with("the ") || text.starts_with("The ");
            if definite && word_len(text) <= 3 {
                if let Some(h) = recent(&|h: &Resolved| {
                    h.typ
                        .is_some_and(|t| t == "ORGANIZATION" || t == "LOCATION")
                }) {
                    return h;
                }
                if let Some(h) = history.last().filter(|h| h.para + 2 >= para) {
                    return h.clone();
                }
            }
            mk(
                Some(text.to_string()),
                Some("ORGANIZATION"),
                Gender::Unknown,
            )
        }
        RawKind::OwnedOrg => {
            let text = d.text.get(sp.name_start..sp.name_end).unwrap_or("");
            mk(
                Some(text.to_string()),
                Some("ORGANIZATION"),
                Gender::Unknown,
            )
        }
    }
}

fn word_len(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A form of "be", "have" or "do", or a modal: a finite verb phrase starts here.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
    )
}

#[cfg(test)]
mod tests {
    use super::merge_ranges;

    #[test]
    fn nested_and_touching_ranges_merge() {
        assert_eq!(
            merge_ranges(vec![(0, 5), (0, 9), (3, 4), (9, 12), (20, 21)]),
            [(0, 12), (20, 21)]
        );
        assert_eq!(merge_ranges(vec![]), []);
    }
}

//! The temporal grammar: hand-written patterns over classified tokens, and their normalisation against the
//! document creation time (DCT).
//!
//! At each token that can start an expression every pattern family is tried and the longest match wins;
//! matches never overlap. Values follow TIMEX3; relative expressions are anchored to the DCT, bare
//! weekdays, months, seasons and quarters resolve to the past unless the sentence marks the future.

use newsx_core::{TextAnalysis, TokenKind};

use crate::calendar::{
    add_months, add_weeks, days_in_month, easter, fmt_iso_week, fmt_year, nth_weekday,
    thanksgiving, Day,
};
use crate::lexicon::{Kw, Lex, Lexicon, Pod, Season, Unit};
use crate::{Timex, TimexType};

/// Direction used to resolve an underspecified calendar name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// The most recent one, today included.
    Past,
    /// The next one, today included.
    Future,
    /// Strictly before (the "last Friday").
    Last,
    /// Strictly after ("next Friday").
    Next,
    /// The one in the current period ("this Friday").
    This,
}

/// One match: the token after its end and the expression (byte offsets filled in by the caller).
struct M {
    end: usize,
    t: Timex,
    /// A second expression found inside the last token (the "24" of "Dec. 22-24").
    extra: Option<Timex>,
    /// Where scanning resumes when it is not `end` (a range's year already used by its second end).
    resume: Option<usize>,
}

fn tx(kind: TimexType, value: String) -> Timex {
    Timex {
        kind,
        start: 0,
        end: 0,
        value,
        modifier: None,
        freq: None,
        quant: None,
    }
}

fn m(end: usize, kind: TimexType, value: String) -> Option<M> {
    Some(M {
        end,
        t: tx(kind, value),
        extra: None,
        resume: None,
    })
}

/// The count and unit of a simple duration value (`P2W`, `PT3H`, `PXY`, `P1DE`).
fn parse_duration(v: &str) -> Option<(Option<u32>, Unit)> {
    let (rest, time) = match v.strip_prefix("PT") {
        Some(r) => (r, true),
        None => (v.strip_prefix('P')?, false),
    };
    let split = rest.find(|c: char| !(c.is_ascii_digit() || c == 'X'))?;
    let (num, des) = rest.split_at(split);
    let n = if num == "X" {
        None
    } else {
        Some(num.parse().ok()?)
    };
    let u = match (des, time) {
        ("S", true) => Unit::Second,
        ("M", true) => Unit::Minute,
        ("H", true) => Unit::Hour,
        ("D", false) => Unit::Day,
        ("W", false) => Unit::Week,
        ("M", false) => Unit::Month,
        ("Q", false) => Unit::Quarter,
        ("Y", false) => Unit::Year,
        ("DE", false) => Unit::Decade,
        ("CE", false) => Unit::Century,
        _ => return None,
    };
    Some((n, u))
}

fn with_mod(mut x: M, md: &'static str) -> M {
    if x.t.modifier.is_none() {
        x.t.modifier = Some(md);
    }
    x
}

/// Past-tense verbs that, right before a weekday, anchor it in the past ("said Monday").
const PAST_VERBS: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "met",
    "came",
    "went",
    "began",
    "took",
    "gave",
    "made",
    "held",
    "won",
    "lost",
    "left",
    "saw",
    "got",
    "fell",
    "rose",
    "sold",
    "bought",
    "spoke",
    "wrote",
    "ran",
    "hit",
    "put",
    "set",
    "quit",
    "cut",
    "led",
    "paid",
    "sent",
    "found",
    "broke",
    "struck",
    "fought",
    "shot",
    "killed",
    "became",
    "felt",
    "kept",
    "brought",
    "thought",
    "heard",
    "meant",
    "stood",
    "won't",
    "underwent",
    "grew",
    "drew",
    "threw",
    "knew",
    "flew",
    "chose",
    "drove",
    "withdrew",
    "undertook",
    "spent",
    "built",
    "fled",
    "caught",
    "taught",
    "sought",
    "forgot",
    "understood",
    "shook",
    "oversaw",
    "upheld",
    "withheld",
    "overcame",
    "sank",
    "stole",
    "froze",
    "woke",
    "swore",
    "wore",
    "tore",
    "hid",
    "ate",
    "rang",
    "arose",
    "rebuilt",
    // Past forms too short for the "-ed" test.
    "died",
    "tied",
    "born",
];

/// A past-tense verb: an irregular one from [`PAST_VERBS`], or a word in "-ed".
fn looks_past(w: &str) -> bool {
    PAST_VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
}

/// Verbs that, as infinitives right before a date ("to meet on Monday", "is due to arrive on Tuesday",
/// "to oversee Friday's leg"), mark it as planned: a closed list, as "to" is also a preposition ("talked to
/// reporters on Monday").
const PLANNED_VERBS: &[&str] = &[
    "be", "meet", "visit", "arrive", "attend", "leave", "hold", "sign", "vote", "travel", "begin",
    "start", "decide", "announce", "discuss", "return", "resume", "open", "host", "face", "play",
    "hear", "rule", "testify", "speak", "address", "deliver", "release", "launch", "fly", "head",
    "join", "present", "unveil", "publish", "consider", "review", "debate", "elect", "oversee",
    "submit", "take", "give", "receive", "report",
];

/// Words that mark a sentence as being about the future.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo",
    "scheduled",
    "expected",
    "expects",
    "plans",
    "planned",
    "intends",
    "would",
    "planning",
    "until",
    "till",
    "soon",
    "upcoming",
    "tomorrow",
    "next",
    "coming",
    "slated",
    "due",
    "ahead",
    // A request looks ahead ("Please take a knee on Sunday").
    "please",
    // A dividend is paid after it is declared ("Payable June 25" in a March report).
    "payable",
];

/// Function words and verbs that may follow the noun "the future".
const AFTER_A_NOUN: &[&str] = &[
    "of", "is", "was", "are", "were", "be", "and", "or", "but", "nor", "to", "in", "on", "at",
    "by", "for", "from", "with", "without", "within", "into", "as", "if", "when", "while",
    "whether", "because", "so", "than", "then", "that", "this", "these", "those", "the", "a", "an",
    "we", "you", "they", "he", "she", "it", "i", "our", "their", "his", "her", "its", "my", "your",
    "will", "would", "could", "should", "may", "might", "must", "can", "shall", "has", "have",
    "had", "does", "do", "did", "looks", "look", "holds", "hold", "lies", "lie", "seems", "seem",
    "remains", "remain", "depends", "depend", "belongs", "belong", "brings", "bring", "very",
    "too", "now", "here", "there", "again", "also", "already", "right", "likely", "not", "more",
    "rather", "where", "who", "which", "what", "how", "unless", "until", "before", "after",
    "about", "through", "no", "though", "although", "even", "just", "only", "soon", "still", "yet",
    "appears", "looked", "held", "lay", "seemed", "remained", "belonged", "brought", "tells",
    "says", "said", "beyond", "ahead", "instead", "anyway", "either", "over", "under", "up", "out",
    "off", "alone", "together", "well", "one", "two", "all", "both", "each", "some", "any",
    "really", "know", "knows", "need", "needs", "promises", "begins", "perhaps", "maybe",
];

/// Events that a bare "weekend" before them dates ("weekend talks", "weekend remarks").
const WEEKEND_EVENTS: &[&str] = &[
    "talks",
    "negotiations",
    "meeting",
    "meetings",
    "summit",
    "remarks",
    "comments",
    "statement",
    "speech",
    "interview",
    "decision",
    "announcement",
    "announcements",
    "visit",
    "trip",
    "session",
    "attack",
    "attacks",
    "blast",
    "bombing",
    "raid",
    "raids",
    "strike",
    "strikes",
    "clashes",
    "fighting",
    "violence",
    "protest",
    "protests",
    "rally",
    "rallies",
    "march",
    "vote",
    "election",
    "elections",
    "storm",
    "shooting",
    "tender",
    "filing",
    "trials",
    "crash",
];

/// Modals and hopes that put what they govern ahead of the DCT: a deadline ("could be restored by
/// Saturday"), a bare weekend's event ("may hold weekend meetings"). Case-sensitive: "May" is the
/// month.
const DEADLINE_HOPES: &[&str] = &[
    "could",
    "should",
    "might",
    "may",
    "must",
    "can",
    "possible",
    "hope",
    "hopes",
    "hoping",
    "expect",
    "expects",
    "expecting",
    "confident",
];

/// Nouns that make "the fall" before them a season ("the fall season", "the fall planting").
const SEASONAL_NOUNS: &[&str] = &[
    "season",
    "semester",
    "term",
    "session",
    "sessions",
    "election",
    "elections",
    "campaign",
    "harvest",
    "planting",
    "meeting",
    "meetings",
    "conference",
    "lineup",
    "schedule",
    "months",
];

/// Words that, right after a number, say what it counts or measures: the number is no year.
const COUNTED_THINGS: &[&str] = &[
    "%",
    "percent",
    "per",
    "pct",
    "p.c.",
    "km",
    "kilometers",
    "miles",
    "feet",
    "metres",
    "meters",
    "tons",
    "tonnes",
    "mln",
    "million",
    "billion",
    "hours",
    "GMT",
    "local",
    "barrels",
    "shares",
    "people",
    "troops",
    "points",
    "yards",
    "votes",
    "acres",
    "dollars",
    "euros",
    "pounds",
    "dlrs",
    "lb",
    "lbs",
    "kg",
    "kilos",
    "ounces",
    "bushels",
];

/// Plural nouns that measure a lead before "ahead" ("16 points ahead", "two lengths ahead").
const LEAD_UNITS: &[&str] = &[
    "points", "percent", "lengths", "votes", "seats", "goals", "strokes", "shots", "runs", "games",
    "places", "seconds", "minutes", "laps", "spots",
];

/// Present verbs of a fixture that look ahead to a weekday a few words after them ("The Lakers play
/// the Celtics on Friday"): forms that are seldom nouns ("visit", "return", "hosts" are).
const PRESENT_SCHEDULE_VERBS: &[&str] = &[
    "go", "goes", "play", "plays", "meet", "meets", "faces", "travels", "holds", "begins", "opens",
    "starts", "resumes", "heads", "arrives", "leaves", "flies", "ends", "closes", "expires",
];

/// Verbs that take a stretch of time as their object ("could take months", "spent years"); not
/// "last", which before a plural unit is mostly the adjective ("the last days").
const SPAN_VERBS: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "lasts", "lasted", "lasting", "spend", "spends",
    "spent", "spending",
];

/// Capitalised nouns that a number labels, so that a year-like number after them is no year.
const NUMBERED_LABELS: &[&str] = &[
    "Room",
    "Suite",
    "Flight",
    "Route",
    "Highway",
    "Interstate",
    "Bus",
    "Apartment",
    "Unit",
    "Gate",
    "Platform",
    "Building",
    "Pier",
    "Section",
    "Article",
    "Chapter",
    "Resolution",
    "Bill",
    "Order",
    "Exit",
    "Model",
    "Windows",
    "Number",
    "Lot",
    "Box",
    "Channel",
    "Track",
];

/// The day "9/11" names.
const NINE_ELEVEN: Day = Day {
    y: 2001,
    m: 9,
    d: 11,
};

/// Possessive pronouns: "in his thirties" is an age, "about their next move" a preposition.
const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];

/// Past verbs whose "until" names a time still ahead ("the trial was adjourned until Wednesday").
const DEFERRING_VERBS: &[&str] = &[
    "adjourned",
    "postponed",
    "delayed",
    "deferred",
    "extended",
    "suspended",
    "recessed",
    "put",
    "pushed",
    "moved",
    "gave",
    "given",
    "granted",
    "had",
    "got",
];

pub(crate) struct Parser<'a> {
    text: &'a str,
    an: &'a TextAnalysis,
    lex: Vec<Lex>,
    dct: Option<Day>,
    /// The quarter a results report is about: the first one the document names.
    doc_quarter: Option<u8>,
    /// The document speaks of quarters at all.
    doc_quarters: bool,
    /// The year of the last expression that named one explicitly ("in 1995 … the following year").
    anchor_year: std::cell::Cell<Option<i64>>,
    /// The token that opens the expression of `anchor_year`.
    anchor_year_at: std::cell::Cell<usize>,
    /// The month of the last expression that named one ("in March … the following month").
    anchor_month: std::cell::Cell<Option<(i64, u32)>>,
    /// The day of the last expression that named one ("on Dec. 5 … that same day").
    anchor_day: std::cell::Cell<Option<Day>>,
    /// The sentence of `anchor_day`.
    anchor_day_sentence: std::cell::Cell<usize>,
    /// Without a DCT, the month and day of a year-less wire dateline ("SALVADOR, Feb 26 -"), held in a
    /// stand-in year: days and months relative to it are written with an unknown year (`XXXX-02-25`).
    partial: Option<Day>,
}

/// "NFL", "CNN", "USA": two to five capital letters.
fn is_acronym(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The byte ranges of web addresses ("https://…", "www.…"): runs of non-space characters.
fn web_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, _) in text.match_indices("://").chain(text.match_indices("www.")) {
        let start = text[..at].rfind(char::is_whitespace).map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
        let end = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |p| at + p);
        if !out.iter().any(|r| r.contains(&at)) {
            out.push(start..end);
        }
    }
    out
}

/// A feast's day in a given year.
type Feast = fn(i64) -> Day;

/// Weekdays named after a feast: the word before the weekday, the ISO weekday, the feast it is
/// counted from and the days from it.
const NAMED_WEEKDAYS: [(&str, u8, Feast, i64); 11] = [
    ("Black", 5, thanksgiving, 1),
    ("Cyber", 1, thanksgiving, 4),
    ("Giving", 2, thanksgiving, 5),
    ("Good", 5, easter, -2),
    ("Holy", 6, easter, -1),
    ("Holy", 4, easter, -3),
    ("Maundy", 4, easter, -3),
    ("Palm", 7, easter, -7),
    ("Ash", 3, easter, -46),
    ("Shrove", 2, easter, -47),
    ("Fat", 2, easter, -47),
];

/// Words that make a weekday the name of an event with no fixed date ("Super Tuesday").
const WEEKDAY_EVENTS: [&str; 4] = ["Super", "Bloody", "Black", "Blue"];

/// Capitalised words that make a weekday the start of a paper's or a programme's title ("Sunday
/// Telegraph", "Sunday Live", "Sunday Programme"), not a day.
const WEEKDAY_TITLE_WORDS: [&str; 15] = [
    "Telegraph",
    "Times",
    "Mirror",
    "Express",
    "Post",
    "Herald",
    "Mail",
    "Independent",
    "Observer",
    "Tribune",
    "Star",
    "Live",
    "Programme",
    "Politics",
    "Edition",
];

/// Words of a match report, near which "the first half" or "the second quarter" is part of a game.
const GAME_WORDS: [&str; 16] = [
    "half-time",
    "halftime",
    "scored",
    "scoreline",
    "penalty",
    "referee",
    "striker",
    "goalkeeper",
    "touchdown",
    "touchdowns",
    "innings",
    "rebounds",
    "free-kick",
    "corner",
    "whistle",
    "equaliser",
];

/// Words before a season that make it a figure of speech ("nuclear winter", "the Arab Spring").
const FIGURATIVE_SEASON_WORDS: [&str; 10] = [
    "nuclear", "volcanic", "arab", "prague", "indian", "ai", "crypto", "silent", "hot", "mineral",
];

impl<'a> Parser<'a> {
    pub fn new(lexicon: &Lexicon, text: &'a str, an: &'a TextAnalysis, dct: Option<Day>) -> Self {
        let links = web_addresses(text);
        let lex: Vec<Lex> = an
            .tokens
            .iter()
            .map(|t| match t.kind {
                // "politico.com/magazine/story/2017/02/…" is an address, not a mention.
                _ if links.iter().any(|r| r.contains(&t.start)) => Lex::No,
                TokenKind::Word
                | TokenKind::Number
                | TokenKind::Abbreviation
                | TokenKind::Possessive => lexicon.classify(t.text(text)),
                TokenKind::Clitic | TokenKind::Quote | TokenKind::Punct | TokenKind::Initial => {
                    Lex::No
                }
            })
            .collect();
        // The first calendar quarter named: a fiscal one ("the fiscal first quarter" ended Sept. 30)
        // is numbered from another year start.
        let mut doc_quarter = None;
        for (k, l) in lex.iter().enumerate() {
            let fiscal = || lex[k.saturating_sub(2)..k].contains(&Lex::Kw(Kw::Fiscal));
            match *l {
                Lex::PartAdj(Unit::Quarter, q) if !fiscal() => {
                    doc_quarter = Some(q);
                    break;
                }
                Lex::Unit(Unit::Quarter, false) if !fiscal() => {
                    if let Some(Lex::Ordinal(q @ 1..=4)) = k.checked_sub(1).and_then(|p| lex.get(p))
                    {
                        doc_quarter = Some(*q as u8);
                        break;
                    }
                }
                _ => {}
            }
        }
        let doc_quarters = doc_quarter.is_some()
            || lex.iter().any(|l| {
                matches!(
                    l,
                    Lex::Unit(Unit::Quarter, false) | Lex::PartAdj(Unit::Quarter, _)
                )
            });
        Parser {
            text,
            an,
            lex,
            dct,
            doc_quarter,
            doc_quarters,
            anchor_year: std::cell::Cell::new(None),
            anchor_year_at: std::cell::Cell::new(0),
            anchor_month: std::cell::Cell::new(None),
            anchor_day: std::cell::Cell::new(None),
            anchor_day_sentence: std::cell::Cell::new(0),
            partial: None,
        }
    }

    pub fn run(&self, out: &mut Vec<Timex>) {
        let n = self.lex.len();
        let mut i = 0;
        while i < n {
            if self.lex[i] == Lex::No {
                i += 1;
                continue;
            }
            match self.top(i) {
                Some(mut found) if found.end > i => {
                    found.t.start = self.an.tokens[i].start;
                    found.t.end = self.an.tokens[found.end - 1].end;
                    // "at 10 p.m." closing a sentence: the period ends the sentence, not the time.
                    if matches!(self.l(found.end - 1), Lex::Ampm(_))
                        && self.tok(found.end - 1).ends_with('.')
                        && self
                            .an
                            .sentences
                            .get(self.an.sentence_of(found.end - 1))
                            .is_some_and(|s| s.tokens.end == found.end)
                    {
                        found.t.end -= 1;
                    }
                    if (i..found.end)
                        .any(|k| matches!(self.lex[k], Lex::Digits(_, 4) | Lex::NumDate(..)))
                    {
                        let v = found.t.value.as_bytes();
                        if v.len() >= 4
                            && v[..4].iter().all(u8::is_ascii_digit)
                            && (v.len() == 4 || v[4] == b'-')
                        {
                            self.anchor_year.set(found.t.value[..4].parse().ok());
                            self.anchor_year_at.set(i);
                        }
                    }
                    if (i..found.end)
                        .any(|k| matches!(self.lex[k], Lex::Month(..) | Lex::NumDate(..)))
                    {
                        let v = &found.t.value;
                        if let (Some(y), Some(mo)) = (
                            v.get(..4).and_then(|y| y.parse::<i64>().ok()),
                            v.get(5..7).and_then(|m| m.parse::<u32>().ok()),
                        ) {
                            if v.as_bytes().get(4) == Some(&b'-') && (1..=12).contains(&mo) {
                                self.anchor_month.set(Some((y, mo)));
                            }
                        }
                    }
                    // A day told in words ("Friday", "the next morning") becomes the story's day; a
                    // part of the day guessed to be the DCT's ("overnight", "in the morning") does not.
                    let names_day = (i..found.end).any(|k| {
                        matches!(
                            self.lex[k],
                            Lex::Weekday(_)
                                | Lex::Month(..)
                                | Lex::NumDate(..)
                                | Lex::Digits(..)
                                | Lex::Clock(..)
                                | Lex::Unit(Unit::Day, _)
                                | Lex::Kw(
                                    Kw::Today
                                        | Kw::Yesterday
                                        | Kw::Tomorrow
                                        | Kw::Tonight
                                        | Kw::Next
                                        | Kw::Following
                                        | Kw::Previous
                                )
                        )
                    });
                    if let Some(a) = crate::calendar::single_day(&found.t.value) {
                        if names_day {
                            self.anchor_day.set(Some(a));
                            self.anchor_day_sentence.set(self.an.sentence_of(i));
                        }
                    }
                    out.push(found.t);
                    if let Some(x) = found.extra {
                        out.push(x);
                    }
                    i = found.resume.unwrap_or(found.end).max(found.end);
                }
                _ => i += 1,
            }
        }
    }

    // ---- token helpers ----

    fn l(&self, j: usize) -> Lex {
        self.lex.get(j).copied().unwrap_or(Lex::No)
    }

    fn kw(&self, j: usize, k: Kw) -> bool {
        self.l(j) == Lex::Kw(k)
    }

    fn tok(&self, j: usize) -> &'a str {
        self.an
            .tokens
            .get(j)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    fn is_punct(&self, j: usize, p: &str) -> bool {
        self.an
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && &self.text[t.start..t.end] == p)
    }

    fn capitalized(&self, j: usize) -> bool {
        self.tok(j).chars().next().is_some_and(char::is_uppercase)
    }

    /// A capitalised word (not a number, a quote or punctuation) at `j`.
    fn capitalized_word(&self, j: usize) -> bool {
        self.capitalized(j)
            && self
                .an
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// The first token of the sentence of token `j` (`j` itself past the last sentence).
    fn first_token_of_sentence(&self, j: usize) -> usize {
        self.an
            .sentences
            .get(self.an.sentence_of(j))
            .map_or(j, |s| s.tokens.start)
    }

    fn sentence_start(&self, j: usize) -> bool {
        if j == 0 {
            return true;
        }
        let s = self.an.sentence_of(j);
        self.an
            .sentences
            .get(s)
            .is_some_and(|s| s.tokens.start == j)
            || self
                .an
                .tokens
                .get(j - 1)
                .is_some_and(|t| t.kind == TokenKind::Quote)
    }

    /// A word that introduces a temporal name ("in May", "since March", "early June").
    fn temporal_prep(&self, j: usize) -> bool {
        matches!(
            self.l(j),
            Lex::Kw(
                Kw::In
                    | Kw::Of
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::During
                    | Kw::Through
                    | Kw::From
                    | Kw::To
                    | Kw::Between
                    | Kw::And
                    | Kw::Or
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::Last
                    | Kw::Next
                    | Kw::This
                    | Kw::Before
                    | Kw::After
                    | Kw::Each
                    | Kw::Every
                    | Kw::For
                    | Kw::On
                    | Kw::Past
                    | Kw::Coming
                    | Kw::Previous
                    | Kw::Following
                    | Kw::The
                    | Kw::Over
            )
        ) || matches!(
            self.tok(j).to_ascii_lowercase().as_str(),
            "throughout" | "late" | "early" | "mid" | "as" | "till" | "around"
        )
    }

    /// The expression's start once "on", "last", "this" before it are passed over.
    fn head_start(&self, j: usize) -> usize {
        let mut p = j;
        while p > 0 && matches!(self.l(p - 1), Lex::Kw(Kw::On | Kw::Last | Kw::This)) {
            p -= 1;
        }
        p
    }

    /// Is the word right before the expression a past verb ("said Monday", "won on November 8"),
    /// not a participle after a present or future auxiliary ("are held", "will be signed", "to be
    /// decided")?
    fn past_verb_right_before(&self, j: usize) -> bool {
        let p = self.head_start(j);
        if p == 0 {
            return false;
        }
        let prev = self.tok(p - 1).to_ascii_lowercase();
        let aux = p > 1
            && matches!(
                self.tok(p - 2).to_ascii_lowercase().as_str(),
                "is" | "are" | "be" | "being" | "will" | "'ll" | "’ll"
            );
        !aux && looks_past(&prev)
    }

    /// "won on November 8", "was announced on March 18": a past act dated by "on" — not a plan
    /// ("slated on Nov. 18"), a deferral ("postponed on"), or a condition ("if the government fell
    /// on Dec. 8").
    fn told_on_by_a_past_verb(&self, j: usize) -> bool {
        if !(j > 1 && self.kw(j - 1, Kw::On)) {
            return false;
        }
        // "took effect on", "came into force on", "took office on": the verb before its idiom.
        let verb_at = match self.tok(j - 2) {
            "effect" | "force" | "place" | "office" if j > 2 => {
                j - 3 - usize::from(j > 3 && self.tok(j - 3) == "into")
            }
            _ => j - 2,
        };
        let verb = self.tok(verb_at).to_ascii_lowercase();
        let past = if verb_at == j - 2 {
            self.past_verb_right_before(j)
        } else {
            looks_past(&verb)
        };
        if !past {
            return false;
        }
        let conditional = (j.saturating_sub(7)..j - 2).any(|k| {
            matches!(
                self.tok(k).to_ascii_lowercase().as_str(),
                "if" | "unless" | "should" | "would"
            )
        });
        !conditional
            && !FUTURE_MARKERS.contains(&verb.as_str())
            && !DEFERRING_VERBS.contains(&verb.as_str())
    }

    /// Is there a past verb within eight words of token `j`, in its sentence ("reached", "rose"; not
    /// a planning word like "expected", nor a passive after a modal, "must be completed")?
    fn past_verb_near(&self, j: usize) -> bool {
        let Some(s) = self.an.sentences.get(self.an.sentence_of(j)) else {
            return false;
        };
        (j.saturating_sub(8).max(s.tokens.start)..(j + 9).min(s.tokens.end)).any(|k| {
            let w = self.tok(k).to_ascii_lowercase();
            looks_past(&w)
                && !FUTURE_MARKERS.contains(&w.as_str())
                && !(k > 0 && self.tok(k - 1).eq_ignore_ascii_case("be"))
        })
    }

    /// The comma closing a weekday, a month or a month and day that opens its sentence, perhaps
    /// after "Then" or "First" ("On Tuesday, the league will …", "Then, on September 1, it will
    /// redeem …", "In November, she is set to speak"): the main clause after it gives the tense.
    /// `p` is the head's start.
    fn fronted_comma(&self, j: usize, p: usize) -> Option<usize> {
        let comma = match (self.l(j), self.l(j + 1)) {
            (Lex::Weekday(_), _) => j + 1,
            (Lex::Month(..), Lex::Digits(_, 1..=2)) | (Lex::Digits(_, 1..=2), Lex::Month(..)) => {
                j + 2
            }
            (Lex::Month(..), _) => j + 1,
            _ => return None,
        };
        if !self.is_punct(comma, ",") {
            return None;
        }
        let mut q = p;
        // "In November, Clinton is set to speak"
        if q > 0 && matches!(self.l(q - 1), Lex::Kw(Kw::In)) {
            q -= 1;
        }
        if q > 0 && self.is_punct(q - 1, ",") {
            q -= 1;
        }
        if q > 0
            && matches!(
                self.tok(q - 1).to_ascii_lowercase().as_str(),
                "then" | "first"
            )
        {
            q -= 1;
        }
        self.sentence_start(q).then_some(comma)
    }

    /// Is the expression starting at token `p` a deadline ("by Friday", "by late Monday")?
    fn deadline_before(&self, p: usize) -> bool {
        let mut b = p;
        while b > 0 && matches!(self.tok(b - 1), "late" | "early" | "around" | "about") {
            b -= 1;
        }
        b > 0 && matches!(self.l(b - 1), Lex::Kw(Kw::By))
    }

    /// Does the sentence of token `j` speak about the future?
    fn future(&self, j: usize) -> bool {
        // A past verb right before the expression wins ("said Monday", "met on Friday").
        if self.past_verb_right_before(j) {
            return false;
        }
        let p = self.head_start(j);
        let start = self.first_token_of_sentence(j);
        if p > 0 && matches!(self.l(p - 1), Lex::Kw(Kw::Since | Kw::Ago)) {
            return false;
        }
        // "take a knee come Sunday", "Come January, the law applies": the one ahead.
        if p > 0 && self.tok(p - 1).eq_ignore_ascii_case("come") {
            return true;
        }
        // A fronted weekday ("On Tuesday, the league will …", "Friday, police arrested …") takes the
        // tense of the main clause after the comma: its first future marker or past verb.
        if let Some(comma) = self.fronted_comma(j, p) {
            let s = self.an.sentence_of(j);
            for k in
                comma + 1..(comma + 13).min(self.an.sentences.get(s).map_or(0, |x| x.tokens.end))
            {
                let w = self.tok(k).to_ascii_lowercase();
                // "the government planned to pay" is past; "is expected to" looks ahead.
                let passive = matches!(
                    self.tok(k - 1).to_ascii_lowercase().as_str(),
                    "is" | "are" | "be" | "been" | "'s"
                );
                // ("is set to speak", "are going to vote")
                if passive && matches!(w.as_str(), "set" | "going") && self.tok(k + 1) == "to" {
                    return true;
                }
                if PAST_VERBS.contains(&w.as_str())
                    || (w.len() > 4 && w.ends_with("ed") && !passive)
                {
                    return false;
                }
                if FUTURE_MARKERS.contains(&w.as_str()) && !matches!(w.as_str(), "next" | "due") {
                    return true;
                }
            }
        }
        // So does a past verb right after a weekday ("the State Department on Sunday issued", "the
        // service planned for Saturday was canceled", "until Thursday, they had not called").
        if let Lex::Weekday(_) = self.l(j) {
            let mut k = j + 1 + usize::from(matches!(self.l(j + 1), Lex::Pod(_)));
            let comma = self.is_punct(k, ",");
            if comma {
                k += 1;
                if !matches!(
                    self.tok(k).to_ascii_lowercase().as_str(),
                    "he" | "she" | "it" | "they" | "we" | "i" | "you"
                ) {
                    k = usize::MAX;
                } else {
                    k += 1;
                }
            }
            let next = self.tok(k).to_ascii_lowercase();
            // ("..., effective on Wednesday, he said": a reporting clause, not the main one.)
            let reporting = comma && matches!(next.as_str(), "said" | "told" | "added" | "noted");
            if k != usize::MAX
                && !reporting
                && self.an.sentence_of(k) == self.an.sentence_of(j)
                && (PAST_VERBS.contains(&next.as_str())
                    || (!comma && next.len() > 4 && next.ends_with("ed")))
            {
                return false;
            }
        }
        // A present-tense verb of schedule right before ("the session opens Monday", "the offer
        // expires on Dec. 1", "the season runs through April") looks ahead.
        if p > 0 {
            let mut q = p - 1;
            if q > 0
                && matches!(
                    self.l(q),
                    Lex::Kw(Kw::In | Kw::Through | Kw::Until | Kw::From)
                )
            {
                q -= 1;
            }
            // ... also over a manner adverb ("meet separately Monday") or a place ("returns to
            // Washington on Wednesday", "arrives in New Delhi Monday").
            if q > 0 && self.tok(q).len() > 4 && self.tok(q).ends_with("ly") {
                q -= 1;
            }
            let mut r = q;
            while r > q.saturating_sub(3) && r > 0 && self.capitalized_word(r) {
                r -= 1;
            }
            if r < q && r > 0 && matches!(self.tok(r), "to" | "in" | "for" | "at") {
                q = r - 1;
            }
            // "takes effect", "comes into force", "goes into effect on Monday".
            if q > 1 && matches!(self.tok(q), "effect" | "force") {
                let v = q - 1 - usize::from(matches!(self.tok(q - 1), "into" | "in"));
                if matches!(
                    self.tok(v),
                    "takes" | "take" | "comes" | "come" | "goes" | "go" | "enters" | "enter"
                ) {
                    return true;
                }
            }
            // ("Qtr ends Dec 31" heads a results table: the quarter is over.)
            let period_ends = self.tok(q) == "ends"
                && q > 0
                && matches!(
                    self.tok(q - 1).to_ascii_lowercase().as_str(),
                    "qtr" | "quarter" | "year" | "period" | "half" | "months" | "mths"
                );
            // ("his visits Monday", "tax returns": nouns.)
            let noun = q > 0
                && matches!(
                    self.tok(q - 1).to_ascii_lowercase().as_str(),
                    "the" | "a" | "his" | "her" | "their" | "its" | "our" | "tax" | "of"
                );
            if !period_ends
                && !noun
                && matches!(
                    self.tok(q),
                    "runs"
                        | "ends"
                        | "begins"
                        | "starts"
                        | "opens"
                        | "closes"
                        | "expires"
                        | "resumes"
                        | "convenes"
                        | "reopens"
                        | "kicks"
                        | "meet"
                        | "meets"
                        | "begin"
                        | "resume"
                        | "reopen"
                        | "convene"
                        | "arrives"
                        | "travels"
                        | "testifies"
                        | "returns"
                        | "departs"
                        | "visits"
                        | "plays"
                        | "faces"
                        | "debuts"
                        | "premieres"
                        | "airs"
                )
            {
                return true;
            }
        }
        // So does one a few words before a weekday, over its object ("The Lakers play the Celtics on
        // Friday", "Voters go to the polls on Sunday", "the festival takes place on Saturday"), up to
        // a punctuation mark, a past verb or another weekday (the verb's own: "closes on Friday
        // after opening on Monday").
        if let Lex::Weekday(_) = self.l(j) {
            for k in (p.saturating_sub(7).max(start)..p).rev() {
                let w = self.tok(k);
                if self.an.tokens[k].kind == TokenKind::Punct
                    || looks_past(w)
                    || matches!(self.l(k), Lex::Weekday(_))
                {
                    break;
                }
                let article = k > start
                    && matches!(
                        self.tok(k - 1).to_ascii_lowercase().as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "of"
                            | "no"
                            | "in"
                            | "on"
                            | "at"
                            | "for"
                            | "from"
                            | "with"
                    );
                let place = w == "place" && k > 0 && matches!(self.tok(k - 1), "takes" | "take");
                if !article && (place || PRESENT_SCHEDULE_VERBS.contains(&w)) {
                    return true;
                }
            }
        }
        // A weekday told with a present copula is a date in the diary ("The first round is on Sunday",
        // "the deadline is Friday").
        if p > 0 && matches!(self.tok(p - 1), "is" | "are") && matches!(self.l(j), Lex::Weekday(_))
        {
            return true;
        }
        // "by February", "effective Jan. 1", "starting Monday" look ahead ("until March" does unless told
        // from a past act: below); "by February" near a past verb ("By February, reserves had reached
        // …", "rose to 5 billion by February") is left to the sentence's tense.
        if p > 0
            && (self.kw(p - 1, Kw::By) && !self.past_verb_near(j)
                || matches!(
                    self.tok(p - 1),
                    "effective" | "starting" | "beginning" | "ahead"
                ))
            && matches!(self.l(j), Lex::Month(..) | Lex::MidMonth(..))
        {
            return true;
        }
        // A deferral "through" a time ("extended the loans through January", "postponed the vote
        // through March") reaches past the DCT.
        if p > 0
            && self.kw(p - 1, Kw::Through)
            && (p.saturating_sub(13).max(start)..p - 1).any(|k| {
                matches!(
                    self.tok(k),
                    "extended" | "extends" | "extend" | "postponed" | "deferred" | "delayed"
                )
            })
        {
            return true;
        }
        // "as early as Tuesday", "as soon as Friday"
        if p > 1 && self.tok(p - 1) == "as" && matches!(self.tok(p - 2), "early" | "soon") {
            return true;
        }
        // A planned infinitive ("to meet on Monday", "is due to arrive on Tuesday") or a present
        // progressive ("is traveling to Somalia on Tuesday", "which is falling on Monday") shortly
        // before, with no past verb between, looks ahead.
        if matches!(self.l(j), Lex::Weekday(_)) {
            for k in (j.saturating_sub(7).max(start)..p).rev() {
                let w = self.tok(k).to_ascii_lowercase();
                if looks_past(&w) {
                    break;
                }
                let next = self.tok(k + 1).to_ascii_lowercase();
                // ... unless the verb before "to" is past ("refused to sign", "left to join").
                if w == "to" && PLANNED_VERBS.contains(&next.as_str()) {
                    let gov = if k > start {
                        self.tok(k - 1).to_ascii_lowercase()
                    } else {
                        String::new()
                    };
                    if !(PAST_VERBS.contains(&gov.as_str())
                        || gov.len() > 4 && gov.ends_with("ed") && gov != "scheduled")
                    {
                        return true;
                    }
                    break;
                }
                if matches!(w.as_str(), "is" | "are" | "'re" | "am")
                    && next.len() > 5
                    && next.ends_with("ing")
                    && !matches!(next.as_str(), "during" | "according")
                {
                    return true;
                }
            }
        }
        // Future markers count in the clause around the expression: up to 14 tokens (18 for a weekday)
        // before it, back to the past verb of another clause ("did not wrap up the nomination until he
        // won the primary in June"), and 3 after, up to "that" or a comma ("announced in August that he
        // planned to").
        let s = self.an.sentence_of(j);
        let Some(sent) = self.an.sentences.get(s) else {
            return false;
        };
        // (A weekday's plan may be told long before it; a month's marker that far back is mostly
        // another clause's.)
        let reach = if matches!(self.l(j), Lex::Weekday(_)) {
            18
        } else {
            14
        };
        let lo = j.saturating_sub(reach).max(sent.tokens.start);
        let hi = (j + 4).min(sent.tokens.end);
        let deadline = self.deadline_before(p);
        let marks_future = |k: usize| {
            let w = self.tok(k);
            if w.len() > 10 {
                return false;
            }
            // A deadline that is hoped for or possible lies ahead ("could be restored by Saturday",
            // "expect to reach an accord by Friday"), where "could" alone may be past ("could not
            // attend on Monday"); "should have been covered by March" is past.
            if deadline && k < p && DEADLINE_HOPES.contains(&w) && self.tok(k + 1) != "have" {
                return true;
            }
            let lw = w.to_ascii_lowercase();
            let next_is_to = self.tok(k + 1).eq_ignore_ascii_case("to");
            if FUTURE_MARKERS.contains(&lw.as_str()) {
                // "due to" is causal ("due to the strike"), unless a verb follows ("due to be
                // published on Monday"); "next to" is spatial.
                let due_to_verb = lw == "due"
                    && PLANNED_VERBS.contains(&self.tok(k + 2).to_ascii_lowercase().as_str());
                if (lw == "due" || lw == "next") && next_is_to && !due_to_verb {
                    return false;
                }
                // ("down from 15 cts in December and payable March 30": only what is payable.)
                if lw == "payable" && k > j {
                    return false;
                }
                // "16 points ahead", "two strokes ahead": a lead, not the future.
                if lw == "ahead" && k > 0 && LEAD_UNITS.contains(&self.tok(k - 1)) {
                    return false;
                }
                // A plan for a weekday told as past ("had been scheduled to expire at midnight Friday",
                // "as previously planned Saturday night") does not look ahead from the DCT; a month
                // may still lie ahead ("may not take effect in October as originally planned").
                let before = |n: usize| {
                    k.checked_sub(n)
                        .filter(|&b| b >= lo)
                        .map(|b| self.tok(b).to_ascii_lowercase())
                };
                let superseded = matches!(before(1).as_deref(), Some("previously" | "originally"))
                    || before(1).as_deref() == Some("had")
                    || before(1).as_deref() == Some("been") && before(2).as_deref() == Some("had");
                return !(superseded
                    && matches!(self.l(j), Lex::Weekday(_))
                    && matches!(
                        lw.as_str(),
                        "scheduled" | "expected" | "planned" | "due" | "slated"
                    ));
            }
            // "set to", "set for testing in August", "a vote set for March 16": a plan.
            let next_is_for = self.tok(k + 1).eq_ignore_ascii_case("for");
            // "likely to win in November", "certain to", "poised to": a forecast of what follows
            // ("The February figure is likely to be revised" is no forecast of February).
            let forecast =
                k < j && matches!(lw.as_str(), "likely" | "unlikely" | "certain" | "poised");
            (forecast || matches!(lw.as_str(), "going" | "set" | "is" | "are" | "plan"))
                && next_is_to
                || lw == "set" && next_is_for
        };
        // No past tense: a participle after a form of "be" ("expected to be completed in March") or a
        // determiner or a gerund ("on a still unspecified date", "fulfilling increased demands"), forms
        // that are also present ("set", "cut"), a name ("the United States"), "succeed".
        let past_tense = |k: usize| {
            let w = self.tok(k);
            let before = self.tok(k.saturating_sub(1)).to_ascii_lowercase();
            let succeed = w.ends_with("eed") && !matches!(w, "agreed" | "freed" | "guaranteed");
            let also_present = matches!(w, "set" | "put" | "cut" | "hit" | "quit");
            let participle = k > lo
                && (before.ends_with("ing")
                    || matches!(
                        before.as_str(),
                        "be" | "been"
                            | "being"
                            | "is"
                            | "are"
                            | "a"
                            | "an"
                            | "the"
                            | "its"
                            | "their"
                            | "still"
                            | "newly"
                            | "of"
                    ));
            let lowercase = w.starts_with(|c: char| c.is_ascii_lowercase());
            lowercase && looks_past(w) && !succeed && !also_present && !participle
        };
        // "until" looks ahead from a verb that is not past ("is closed until Friday") or that defers
        // ("adjourned until Wednesday", "had until midnight Thursday to"), not from a past state or
        // act ("held him until Friday").
        let past_until = |k: usize| {
            if !matches!(self.l(k), Lex::Kw(Kw::Until)) {
                return false;
            }
            // ("the dollar moved sharply lower until January": a price moves, nothing is put off.)
            let defers = |b: usize| {
                DEFERRING_VERBS.contains(&self.tok(b))
                    && !(matches!(self.tok(b), "moved" | "pushed")
                        && matches!(
                            self.tok(b + 1),
                            "lower"
                                | "higher"
                                | "up"
                                | "down"
                                | "sharply"
                                | "steadily"
                                | "slightly"
                        ))
            };
            let verb = (k.saturating_sub(8).max(lo)..k).rev().find(|&b| {
                let w = self.tok(b);
                w == "to" || defers(b) || FUTURE_MARKERS.contains(&w) || looks_past(w)
            });
            // ("were to continue until Thursday": a plan, told in the past.)
            verb.is_some_and(|b| {
                let w = self.tok(b);
                w != "to" && !defers(b) && !FUTURE_MARKERS.contains(&w)
            }) && (k.saturating_sub(8).max(lo)..k).any(past_tense)
        };
        let mut past_clause = false;
        for k in (lo..p).rev() {
            if past_until(k) {
                past_clause = true;
                break;
            }
            if marks_future(k) {
                return true;
            }
            if past_tense(k) {
                past_clause = true;
                break;
            }
        }
        for k in p..hi {
            if marks_future(k) {
                return true;
            }
            if past_clause
                && k > j
                && (self.tok(k).eq_ignore_ascii_case("that") || self.is_punct(k, ","))
            {
                break;
            }
        }
        false
    }

    fn default_dir(&self, j: usize) -> Dir {
        // A weekday joined to the one before it takes that one's tense: follow such a list back,
        // a few steps at most (a loop, not recursion: a long list must cost linear time).
        let mut j = j;
        for _ in 0..4 {
            match self.coordinated_weekday(j) {
                Some(k) => j = k,
                None => break,
            }
        }
        if self.future(j) {
            return Dir::Future;
        }
        // A month name in the next three months after an infinitive of intent looks ahead ("has
        // decided to admit them in early March", "agreed to buy the line in February").
        if let (Lex::Month(mo, _) | Lex::MidMonth(mo, _), Some(d)) = (self.l(j), self.dct) {
            let ahead = (i64::from(mo) - i64::from(d.m)).rem_euclid(12);
            if (1..=3).contains(&ahead) && (self.infinitive_before(j) || self.present_before(j)) {
                return Dir::Future;
            }
            // The month right after the DCT's ("for April shipment", "payable April 1", "bonds for issue
            // in April" in a March article) lies ahead unless a past verb stands near it: news names the
            // month eleven months back "last April" or "April 1986".
            let purpose = j > 0 && matches!(self.tok(j - 1), "for" | "payable" | "through");
            if ahead == 1 && (purpose || !self.past_near(j)) {
                return Dir::Future;
            }
        }
        Dir::Past
    }

    /// For the weekday at `j` joined by "and"/"or" to one just before it ("on Monday in Northern
    /// Ireland and Tuesday in Scotland", "Monday night and on Tuesday"), that weekday: the two share
    /// a tense.
    fn coordinated_weekday(&self, j: usize) -> Option<usize> {
        if !matches!(self.l(j), Lex::Weekday(_)) {
            return None;
        }
        let mut k = j.checked_sub(1)?;
        if self.kw(k, Kw::On) {
            k = k.checked_sub(1)?;
        }
        if !matches!(self.l(k), Lex::Kw(Kw::And | Kw::Or)) {
            return None;
        }
        let sentence = self.an.sentence_of(j);
        // Over a place or a part of the day told with the first ("in Northern Ireland", "night").
        for first in (k.saturating_sub(5)..k).rev() {
            if self.an.sentence_of(first) != sentence {
                return None;
            }
            match self.l(first) {
                Lex::Weekday(_) => return Some(first),
                Lex::Pod(_) | Lex::Kw(Kw::In | Kw::At | Kw::The) => {}
                _ if self.capitalized_word(first) || self.is_punct(first, ",") => {}
                _ => return None,
            }
        }
        None
    }

    /// Is there a past verb within six tokens before or four after token `j` in its sentence ("sold its
    /// stake in April", "In May it said", "rose to the highest level in March", "since April")?
    /// Reporting verbs do not count ("…, shipments in April, traders said"), nor participles of a
    /// perfect or passive ("has approved bonds for issue in April"), of plans ("scheduled for April"), or
    /// capitalised words ("United").
    fn past_near(&self, j: usize) -> bool {
        if j > 0 && matches!(self.l(j - 1), Lex::Kw(Kw::Since | Kw::Ago)) {
            return true;
        }
        let Some(sent) = self.an.sentences.get(self.an.sentence_of(j)) else {
            return false;
        };
        let lo = j.saturating_sub(6).max(sent.tokens.start);
        let hi = (j + 5).min(sent.tokens.end);
        (lo..hi).filter(|&k| k != j).any(|k| {
            let w = self.tok(k);
            let aux = k > sent.tokens.start
                && matches!(
                    self.tok(k - 1).to_ascii_lowercase().as_str(),
                    "has" | "have" | "is" | "are" | "be" | "been" | "being"
                );
            w.bytes().all(|b| b.is_ascii_lowercase())
                && looks_past(w)
                && !aux
                && !matches!(w, "said" | "told")
                && !FUTURE_MARKERS.contains(&w)
        })
    }

    /// Is the clause before token `j` (up to 8 tokens back) in the present passive or progressive ("when
    /// the case is heard in May", "the plant is being built and opens in April", "talks are continuing
    /// in March"), with no past verb between? A month just ahead of the DCT then lies ahead.
    fn present_before(&self, j: usize) -> bool {
        let start = self.first_token_of_sentence(j);
        let lo = j.saturating_sub(8).max(start);
        for k in (lo..j).rev() {
            let w = self.tok(k).to_ascii_lowercase();
            let aux = k > start
                && matches!(
                    self.tok(k - 1).to_ascii_lowercase().as_str(),
                    "is" | "are" | "being"
                );
            if looks_past(&w) || w.ends_with("ing") && w.len() > 5 {
                // The participle of a present passive or progressive; any other past verb ends it.
                return aux && !matches!(w.as_str(), "during" | "according");
            }
            if matches!(w.as_str(), "was" | "were" | "had" | "has" | "have") {
                return false;
            }
        }
        false
    }

    /// Is there a "to" + verb in the clause before token `j` (up to 14 tokens back), with no past verb
    /// between them?
    fn infinitive_before(&self, j: usize) -> bool {
        let start = self.first_token_of_sentence(j);
        let lo = j.saturating_sub(14).max(start);
        for k in (lo..j).rev() {
            let w = self.tok(k).to_ascii_lowercase();
            if looks_past(&w) {
                return false;
            }
            if w == "to" {
                let next = self.tok(k + 1);
                return next.len() > 1
                    && next.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        next,
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "my"
                            | "your"
                            | "him"
                            | "them"
                            | "us"
                            | "me"
                            | "date"
                            | "record"
                            | "power"
                            | "about"
                            | "around"
                            | "some"
                            | "more"
                            | "less"
                    );
            }
        }
        false
    }

    // ---- values ----

    fn day_val(&self, d: Option<Day>) -> String {
        d.map_or_else(|| "XXXX-XX-XX".to_string(), Day::fmt)
    }

    fn rel_day(&self, n: i64) -> String {
        if let (None, Some(p)) = (self.dct, self.partial) {
            let d = p.add_days(n);
            return format!("XXXX-{:02}-{:02}", d.m, d.d);
        }
        self.day_val(self.dct.map(|d| d.add_days(n)))
    }

    /// The period of `unit` that is `n` periods away from the DCT's.
    fn rel_unit(&self, unit: Unit, n: i64) -> String {
        let (unit, n) = unit.in_base_units(n);
        let Some(d) = self.dct else {
            if let Some(p) = self.partial {
                match unit {
                    Unit::Second | Unit::Minute | Unit::Hour => return self.rel_day(0),
                    Unit::Day => return self.rel_day(n),
                    Unit::Month => return format!("XXXX-{:02}", add_months(p.y, p.m, n).1),
                    _ => {}
                }
            }
            return match unit {
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
                Unit::Week | Unit::Fortnight => "XXXX-WXX",
                Unit::Weekend => "XXXX-WXX-WE",
                Unit::Month => "XXXX-XX",
                Unit::Quarter => "XXXX-QX",
                Unit::Year => "XXXX",
                Unit::Decade => "XXX",
                Unit::Century => "XX",
            }
            .to_string();
        };
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour => d.fmt(),
            Unit::Day => d.add_days(n).fmt(),
            Unit::Week | Unit::Fortnight => {
                let (y, w) = d.iso_week();
                let (y, w) = add_weeks(y, w, n);
                fmt_iso_week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = d.iso_week();
                let (y, w) = add_weeks(y, w, n);
                format!("{}-W{w:02}-WE", fmt_year(y))
            }
            Unit::Month => {
                let (y, m) = add_months(d.y, d.m, n);
                format!("{}-{m:02}", fmt_year(y))
            }
            Unit::Quarter => {
                let idx = d.y * 4 + i64::from(d.quarter()) - 1 + n;
                format!("{}-Q{}", fmt_year(idx.div_euclid(4)), idx.rem_euclid(4) + 1)
            }
            Unit::Year => fmt_year(d.y + n),
            Unit::Decade => format!("{:03}", d.y.div_euclid(10) + n),
            Unit::Century => format!("{:02}", d.y.div_euclid(100) + n),
        }
    }

    fn weekday_day(&self, wd: u8, dir: Dir) -> Option<Day> {
        let d = self.dct?;
        let cw = i64::from(d.weekday());
        let wd = i64::from(wd);
        let off = match dir {
            Dir::Past => -(cw - wd).rem_euclid(7),
            Dir::Future => (wd - cw).rem_euclid(7),
            Dir::Last => -((cw - wd - 1).rem_euclid(7) + 1),
            Dir::Next => (wd - cw - 1).rem_euclid(7) + 1,
            Dir::This => wd - cw,
        };
        Some(d.add_days(off))
    }

    /// Does token `k` join the two ends of a range ("to", "and", "through", "until", a dash)?
    fn joins_a_range(&self, k: usize) -> bool {
        matches!(
            self.l(k),
            Lex::Kw(Kw::To | Kw::And | Kw::Through | Kw::Until)
        ) || self.is_punct(k, "-")
            || self.is_punct(k, "–")
    }

    /// For the weekday at `i` closing "from/between WEEKDAY to/and/through/until/- WEEKDAY", the
    /// day the range opens on (with a DCT).
    fn weekday_range_start(&self, i: usize) -> Option<Day> {
        let first = i.checked_sub(2)?;
        let opened = first > 0 && matches!(self.l(first - 1), Lex::Kw(Kw::From | Kw::Between));
        let Lex::Weekday(wd) = self.l(first) else {
            return None;
        };
        if !(opened && self.joins_a_range(i - 1)) {
            return None;
        }
        self.weekday_day(wd, self.default_dir(first))
    }

    /// "from November to February", "between October and March": the years of a range of two bare
    /// months opening at `first`, told together: the end is the next such month when the sentence
    /// looks ahead, else the last one, and the start the one before it (with a DCT; "The season runs
    /// from October to March" in December is the season under way).
    fn month_range_years(&self, first: usize) -> Option<(i64, i64)> {
        let (Lex::Month(m1, false), Lex::Month(m2, false)) = (self.l(first), self.l(first + 2))
        else {
            return None;
        };
        let opened = first > 0 && matches!(self.l(first - 1), Lex::Kw(Kw::From | Kw::Between));
        // ("from November to February 2026": the year written after it decides, as before.)
        if !self.joins_a_range(first + 1) || !opened || matches!(self.l(first + 3), Lex::Digits(..))
        {
            return None;
        }
        let dir = match self.default_dir(first) {
            Dir::Future => Dir::Future,
            _ => Dir::Past,
        };
        let y2 = self.month_year(m2, dir)?;
        Some((y2 - i64::from(m2 < m1), y2))
    }

    fn weekday_val(&self, wd: u8, dir: Dir) -> String {
        match self.weekday_day(wd, dir) {
            Some(d) => d.fmt(),
            None => format!("XXXX-WXX-{wd}"),
        }
    }

    fn month_year(&self, m: u8, dir: Dir) -> Option<i64> {
        let d = self.dct?;
        let (cm, m) = (d.m, u32::from(m));
        Some(match dir {
            Dir::Past => d.y - i64::from(m > cm),
            Dir::Future => d.y + i64::from(m < cm),
            // "last February" in March is a year ago ("last month" would name the nearer one).
            Dir::Last => d.y - i64::from(m + 2 > cm),
            Dir::Next => d.y + i64::from(m < cm + 2),
            Dir::This => d.y,
        })
    }

    fn month_val(&self, m: u8, dir: Dir) -> String {
        // Anchoring bare months to a year named just before helps narrative history (WikiWars) but costs
        // more on news than it gains, so months and days stay anchored to the DCT.
        match self.month_year(m, dir) {
            Some(y) => format!("{}-{m:02}", fmt_year(y)),
            None => format!("XXXX-{m:02}"),
        }
    }

    /// A month and day told by a past verb ("won on November 8"): the last such day up to the DCT.
    fn month_day_past(&self, m: u8, d: u8) -> String {
        let Some(dct) = self.dct else {
            return format!("XXXX-{m:02}-{d:02}");
        };
        let day = Day::new(dct.y, u32::from(m), u32::from(d))
            .filter(|day| day.number() <= dct.number())
            .or_else(|| Day::new(dct.y - 1, u32::from(m), u32::from(d)));
        day.map_or_else(|| format!("XXXX-{m:02}-{d:02}"), Day::fmt)
    }

    /// Month and day without a year: the nearest occurrence, leaning to the past, or the next one when the
    /// sentence speaks of the future.
    fn month_day_val(&self, m: u8, d: u8, future: bool) -> String {
        let Some(dct) = self.dct else {
            return format!("XXXX-{m:02}-{d:02}");
        };
        let cand = |y: i64| Day::new(y, u32::from(m), u32::from(d));
        let Some(this) = cand(dct.y).or_else(|| cand(dct.y - 1)) else {
            return format!("XXXX-{m:02}-{d:02}");
        };
        let diff = this.number() - dct.number();
        let y = if future {
            dct.y + i64::from(diff < -60)
        } else if diff > 92 {
            dct.y - 1
        } else if diff < -275 {
            dct.y + 1
        } else {
            dct.y
        };
        match cand(y) {
            Some(day) => day.fmt(),
            None => format!("{}-{m:02}-{d:02}", fmt_year(y)),
        }
    }

    fn season_val(&self, s: Season, dir: Dir) -> String {
        let Some(d) = self.dct else {
            return format!("XXXX-{}", s.code());
        };
        // Seasons as ordinals: year * 4 + index, winter belonging to the year it starts in.
        let (sy, si) = match d.m {
            3..=5 => (d.y, 0),
            6..=8 => (d.y, 1),
            9..=11 => (d.y, 2),
            12 => (d.y, 3),
            _ => (d.y - 1, 3),
        };
        let cur = sy * 4 + si;
        let idx = s.index();
        let past = cur - (si - idx).rem_euclid(4);
        let ord = match dir {
            Dir::Past => past,
            Dir::Future => cur + (idx - si).rem_euclid(4),
            Dir::Last => {
                if past == cur {
                    cur - 4
                } else {
                    past
                }
            }
            Dir::Next => cur + (idx - si - 1).rem_euclid(4) + 1,
            // "this winter" is the one under way; "this summer" in January is the calendar year's.
            Dir::This if idx == 3 => sy * 4 + idx,
            Dir::This => d.y * 4 + idx,
        };
        format!("{}-{}", fmt_year(ord.div_euclid(4)), s.code())
    }

    fn quarter_val(&self, q: u8, dir: Dir) -> String {
        let Some(d) = self.dct else {
            return format!("XXXX-Q{q}");
        };
        let cq = i64::from(d.quarter());
        let q64 = i64::from(q);
        // Quarters already begun are this year's even in future sentences (results are reported after
        // the quarter ends); later ones are last year's unless the sentence looks ahead.
        let y = match dir {
            Dir::Past | Dir::Last => d.y - i64::from(q64 > cq),
            Dir::Future => d.y,
            Dir::Next => d.y + i64::from(q64 <= cq),
            Dir::This => d.y,
        };
        format!("{}-Q{q}", fmt_year(y))
    }

    fn year_of_two_digits(&self, yy: u32) -> i64 {
        let yy = i64::from(yy);
        match self.dct {
            Some(d) => {
                let c = d.y.div_euclid(100) * 100;
                [c - 100 + yy, c + yy, c + 100 + yy]
                    .into_iter()
                    .min_by_key(|y| (y - d.y - 10).abs())
                    .unwrap_or(c + yy)
            }
            None => {
                if yy < 50 {
                    2000 + yy
                } else {
                    1900 + yy
                }
            }
        }
    }

    /// The day of a fixed-date holiday told by tokens `start..end`: the year written after it, the
    /// last one before the DCT when a past verb dates it ("died on Christmas Eve"), else the nearest.
    fn holiday_val(&self, month: u32, day: u32, start: usize, end: usize) -> String {
        if let Some((y, _)) = self.holiday_year(end) {
            return Day::new(y, month, day).map_or_else(|| "XXXX-XX-XX".into(), Day::fmt);
        }
        let future = self.future(end.saturating_sub(1));
        if !future && self.told_on_by_a_past_verb(start) {
            return self.month_day_past(month as u8, day as u8);
        }
        self.month_day_val(month as u8, day as u8, future)
    }

    // ---- grammar ----

    fn top(&self, i: usize) -> Option<M> {
        let mut best: Option<M> = None;
        let mut consider = |c: Option<M>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        consider(self.modded(i));
        consider(self.position(i));
        consider(self.core(i));
        // "sometime next year": the vague prefix belongs to the expression.
        if best.is_none() && self.kw(i, Kw::Sometime) {
            return self.core(i + 1).filter(|x| x.t.kind == TimexType::Date);
        }
        best
    }

    /// Everything without a leading quantity/position modifier.
    fn core(&self, i: usize) -> Option<M> {
        let mut best: Option<M> = None;
        for c in [
            self.the_phrase(i),
            self.a_phrase(i),
            self.three_quarters(i),
            self.relative(i),
            self.absolute(i),
            self.deictic(i),
            self.duration(i),
            self.bare_units(i),
            self.weekend_event(i),
            self.year_end(i),
            self.set(i),
            self.time(i),
            self.pod_phrase(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        let mut b = best?;
        // "two years or so", "three weeks or more", "a week or so ago", "the next year or so"
        if b.t.kind != TimexType::Set && self.kw(b.end, Kw::Or) && self.kw(b.end + 1, Kw::So) {
            b.end += 2;
            b.t.modifier.get_or_insert("APPROX");
            if b.t.kind == TimexType::Duration && self.kw(b.end, Kw::Ago) {
                if let Some((n, u)) = parse_duration(&b.t.value) {
                    let mut x = self.shifted(b.end + 1, n, u, -1)?;
                    x.t.modifier = b.t.modifier;
                    return Some(x);
                }
            }
        } else if b.t.kind == TimexType::Duration && self.kw(b.end, Kw::Or) {
            if self.kw(b.end + 1, Kw::More) {
                b.end += 2;
                b.t.modifier.get_or_insert("EQUAL_OR_MORE");
            } else if self.kw(b.end + 1, Kw::Less) {
                b.end += 2;
                b.t.modifier.get_or_insert("EQUAL_OR_LESS");
            }
        } else if b.t.kind == TimexType::Date
            && b.t.value.len() == 4
            && matches!(
                (self.tok(b.end), self.tok(b.end + 1)),
                ("and", "beyond") | ("or", "later") | ("or", "beyond")
            )
        {
            // "1990 and beyond", "1994 or later": the open end belongs to the year (TimeBank).
            b.end += 2;
            b.t.modifier.get_or_insert("ON_OR_AFTER");
        }
        Some(b)
    }

    /// "about two years", "more than a decade", "at least 10 days", "nearly four-year".
    fn modded(&self, i: usize) -> Option<M> {
        let (j, md, dates_too) = match self.l(i) {
            // "wrote about the past year's findings", "spoke about last week's vote": the preposition.
            Lex::Kw(Kw::Approx)
                if self.tok(i).eq_ignore_ascii_case("about") && {
                    let next = self.tok(i + 1).to_ascii_lowercase();
                    matches!(
                        next.as_str(),
                        "the" | "this" | "that" | "these" | "those" | "last" | "next"
                    ) || POSSESSIVE_PRONOUNS.contains(&next.as_str())
                } =>
            {
                return None
            }
            Lex::Kw(Kw::Approx) => (i + 1, "APPROX", true),
            Lex::Kw(Kw::Some) if matches!(self.l(i + 1), Lex::Num(_) | Lex::Digits(..)) => {
                (i + 1, "APPROX", false)
            }
            Lex::Kw(Kw::More) if self.kw(i + 1, Kw::Than) => (i + 2, "MORE_THAN", false),
            Lex::Kw(Kw::Less) if self.kw(i + 1, Kw::Than) => (i + 2, "LESS_THAN", false),
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Least) => (i + 2, "EQUAL_OR_MORE", false),
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Most) => (i + 2, "EQUAL_OR_LESS", false),
            Lex::Kw(Kw::Up) if self.kw(i + 1, Kw::To) => (i + 2, "EQUAL_OR_LESS", false),
            Lex::Kw(Kw::No) if self.kw(i + 1, Kw::More) && self.kw(i + 2, Kw::Than) => {
                (i + 3, "EQUAL_OR_LESS", false)
            }
            _ => return None,
        };
        let inner = self.core(j)?;
        let is_duration = inner.t.kind == TimexType::Duration;
        let is_ago = !is_duration && self.ends_with_ago(inner.end);
        if is_duration
            || is_ago
            || (dates_too
                && !matches!(self.l(j), Lex::Weekday(_))
                && matches!(inner.t.kind, TimexType::Time | TimexType::Date)
                && !inner.t.value.ends_with("_REF"))
        {
            return Some(with_mod(inner, md)).map(|mut x| {
                x.end = x.end.max(j);
                x
            });
        }
        None
    }

    fn ends_with_ago(&self, end: usize) -> bool {
        end > 0
            && matches!(
                self.l(end - 1),
                Lex::Kw(Kw::Ago | Kw::Earlier | Kw::Later | Kw::Hence)
            )
    }

    /// "early next year", "late November", "mid-2024", "the end of the month", "earlier this year".
    fn position(&self, i: usize) -> Option<M> {
        let (j, md) = match self.l(i) {
            Lex::Kw(Kw::Early) => (i + 1, "START"),
            Lex::Kw(Kw::Late) => (i + 1, "END"),
            Lex::Kw(Kw::Mid | Kw::Middle) if !self.kw(i + 1, Kw::Of) => (i + 1, "MID"),
            // "earlier this year" (TimeBank keeps the modifier inside; AQUAINT leaves it out).
            Lex::Kw(Kw::Earlier) if matches!(self.l(i + 1), Lex::Kw(Kw::This | Kw::Today)) => {
                (i + 1, "START")
            }
            Lex::Kw(Kw::Later) if matches!(self.l(i + 1), Lex::Kw(Kw::This | Kw::Today)) => {
                (i + 1, "END")
            }
            // "earlier in the year", "later in the month": the DCT's ("earlier in the day" is mostly the
            // day of the events told, and mostly left unannotated).
            Lex::Kw(k @ (Kw::Earlier | Kw::Later))
                if self.kw(i + 1, Kw::In)
                    && self.kw(i + 2, Kw::The)
                    && matches!(
                        self.l(i + 3),
                        Lex::Unit(Unit::Week | Unit::Month | Unit::Year, false)
                    ) =>
            {
                let Lex::Unit(u, _) = self.l(i + 3) else {
                    return None;
                };
                let mut x = m(i + 4, TimexType::Date, self.rel_unit(u, 0))?;
                x.t.modifier = Some(if k == Kw::Earlier { "START" } else { "END" });
                return Some(x);
            }
            Lex::Kw(Kw::Earlier) if self.kw(i + 1, Kw::That) => (i + 1, "START"),
            Lex::Kw(Kw::Later) if self.kw(i + 1, Kw::That) => (i + 1, "END"),
            Lex::Kw(Kw::The | Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) => {
                let mut k = i + usize::from(self.kw(i, Kw::The));
                // "the early part of 2005", "the latter part of the year".
                let part = k > i && matches!(self.tok(k + 1), "part" | "portion");
                let md = match self.l(k) {
                    _ if part => match self.tok(k) {
                        "early" | "earlier" | "first" => "START",
                        "later" | "latter" | "last" | "final" => "END",
                        _ => return None,
                    },
                    Lex::Kw(Kw::End) => "END",
                    Lex::Kw(Kw::Beginning | Kw::Start) => "START",
                    Lex::Kw(Kw::Middle) => "MID",
                    _ => return None,
                };
                k += usize::from(part);
                if !self.kw(k + 1, Kw::Of) {
                    return None;
                }
                let j = k + 2;
                if self.kw(j, Kw::The) {
                    // "the end of the year/month/week/quarter": the current one.
                    if let Lex::Unit(
                        u @ (Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade),
                        false,
                    ) = self.l(j + 1)
                    {
                        let mut x = m(j + 2, TimexType::Date, self.rel_unit(u, 0))?;
                        x.t.modifier = Some(md);
                        return Some(x);
                    }
                }
                (j, md)
            }
            _ => return None,
        };
        let inner = self.core(j)?;
        if inner.t.kind != TimexType::Date && inner.t.kind != TimexType::Time {
            return None;
        }
        Some(with_mod(inner, md))
    }

    /// The number in "three", "3", "a few", "several", "a couple of": value (None = unspecified), tokens
    /// used, and whether it was an explicit count.
    fn quantity(&self, i: usize) -> Option<(Option<u32>, usize)> {
        // "two hundred and thirty", "a hundred and fifty": the hundreds and what follows "and".
        let and_below_hundred = |n: u32, used: usize| {
            let k = i + used;
            let below = match (self.l(k), self.l(k + 1), self.l(k + 2)) {
                (Lex::Kw(Kw::And), Lex::Num(t), Lex::Num(o))
                    if (20..100).contains(&t) && t % 10 == 0 && o < 10 =>
                {
                    Some((t + o, 3))
                }
                (Lex::Kw(Kw::And), Lex::Num(x), _) if x < 100 => Some((x, 2)),
                _ => None,
            };
            Some(below.map_or((Some(n), used), |(x, more)| (Some(n + x), used + more)))
        };
        match self.l(i) {
            // "the past 1,000 years", "10,000 hours" — not a figure in a table ("vs 1,428,000\nYear",
            // "78,000 qtr prior").
            Lex::Num(n) if self.tok(i).contains(',') => {
                let counts_units = matches!(self.l(i + 1), Lex::Unit(_, true))
                    && !self.line_break_between(i, i + 1)
                    && !self.after_money(i);
                counts_units.then_some((Some(n), 1))
            }
            Lex::Num(n) => {
                // "twenty four", "two hundred"
                match self.l(i + 1) {
                    Lex::Num(o) if n >= 20 && n % 10 == 0 && n < 100 && o < 10 => {
                        Some((Some(n + o), 2))
                    }
                    Lex::Num(m @ (100 | 1000)) if n < 10 => and_below_hundred(n * m, 2),
                    _ => Some((Some(n), 1)),
                }
            }
            _ if self.after_glued_slash(i) => None,
            Lex::Digits(v, len) if len <= 3 && !self.after_money(i) => Some((Some(v), 1)),
            // ("0900 hours" is a clock.)
            Lex::Digits(v, 4)
                if !(1000..2200).contains(&v)
                    && !self.after_money(i)
                    && !self.tok(i).starts_with('0') =>
            {
                Some((Some(v), 1))
            }
            Lex::Kw(Kw::A) if matches!(self.l(i + 1), Lex::Num(100 | 1000 | 12)) => {
                match self.l(i + 1) {
                    Lex::Num(n @ (100 | 1000)) => and_below_hundred(n, 2),
                    Lex::Num(n) => Some((Some(n), 2)),
                    _ => None,
                }
            }
            Lex::Kw(Kw::Several | Kw::Many) => Some((None, 1)),
            Lex::Kw(Kw::Few) => Some((None, 1)),
            Lex::Kw(Kw::A) if self.kw(i + 1, Kw::Few) => Some((None, 2)),
            Lex::Kw(Kw::A) if self.kw(i + 1, Kw::Couple) => {
                Some((Some(2), 2 + usize::from(self.kw(i + 2, Kw::Of))))
            }
            Lex::Kw(Kw::Couple) => Some((Some(2), 1 + usize::from(self.kw(i + 1, Kw::Of)))),
            _ => None,
        }
    }

    /// The "11" the tokenizer splits off "pre-9/11": no count of anything.
    fn after_glued_slash(&self, i: usize) -> bool {
        i > 0 && self.tok(i - 1) == "/" && self.an.tokens[i - 1].end == self.an.tokens[i].start
    }

    fn after_money(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.tok(i - 1),
                "$" | "£" | "€" | "¥" | "#" | "US$" | "No." | "no."
            )
    }

    /// Does token `k` say what the number before it counts ("1500 people", "2025 percent",
    /// "1100-1400 lbs", "each 1000 dlrs")? Then that number is no year... mostly.
    fn counted_by(&self, k: usize) -> bool {
        COUNTED_THINGS.contains(&self.tok(k)) || matches!(self.l(k), Lex::Tz | Lex::Unit(..))
    }

    fn dur_value(n: Option<u32>, u: Unit) -> String {
        let (d, t) = u.designator();
        let n = n.map_or_else(
            || "X".to_string(),
            |n| u.in_base_units(i64::from(n)).1.to_string(),
        );
        if t {
            format!("PT{n}{d}")
        } else {
            format!("P{n}{d}")
        }
    }

    /// "for years", "within weeks", "for centuries", "could take months", "spent years":
    /// unspecified durations.
    fn bare_units(&self, i: usize) -> Option<M> {
        let Lex::Unit(u, true) = self.l(i) else {
            return None;
        };
        // "weeks or months", "days and weeks": one vague stretch, valued by the first.
        let pair = matches!(self.l(i + 1), Lex::Kw(Kw::Or | Kw::And))
            && matches!(self.l(i + 2), Lex::Unit(v, true) if v != u);
        if pair && !self.capitalized(i) {
            return m(i + 3, TimexType::Duration, Self::dur_value(None, u));
        }
        let spent = i > 0 && SPAN_VERBS.contains(&self.tok(i - 1));
        if i == 0
            || !(spent || matches!(self.l(i - 1), Lex::Kw(Kw::For | Kw::Within)))
            || self.capitalized(i)
        {
            return None;
        }
        if matches!(
            self.l(i + 1),
            Lex::Kw(Kw::Of | Kw::To | Kw::Ago | Kw::Later | Kw::Earlier | Kw::Before | Kw::After)
        ) {
            return None;
        }
        m(i + 1, TimexType::Duration, Self::dur_value(None, u))
    }

    /// The weekend "the weekend" names, looking in direction `dir`: the one just past, or the coming
    /// one in a sentence about the future; on a weekend day, that weekend.
    fn weekend_val(&self, dir: Dir) -> String {
        match (self.dct, dir) {
            (Some(d), Dir::Future) if d.weekday() < 6 => self.rel_unit(Unit::Weekend, 0),
            (Some(d), _) if d.weekday() < 6 => self.rel_unit(Unit::Weekend, -1),
            _ => self.rel_unit(Unit::Weekend, 0),
        }
    }

    /// "weekend" before the event it dates, without a determiner ("on critical weekend
    /// negotiations", "Baker's weekend remarks"): that weekend, by the tense of the sentence, except
    /// that an event told as done is past ("will brief Putin on weekend negotiations held in
    /// Florida") and one that may be held is ahead. Not an indefinite or generic one ("a weekend
    /// visit", "weekend traffic").
    fn weekend_event(&self, i: usize) -> Option<M> {
        if self.tok(i) != "weekend" || !WEEKEND_EVENTS.contains(&self.tok(i + 1)) {
            return None;
        }
        let prev = if i > 0 { self.tok(i - 1) } else { "" };
        if matches!(prev, "a" | "an" | "every" | "each" | "one" | "per" | "any") {
            return None;
        }
        // ("he may hold weekend meetings")
        let planned = || (i.saturating_sub(3)..i).any(|k| DEADLINE_HOPES.contains(&self.tok(k)));
        let dir = if looks_past(self.tok(i + 2)) {
            Dir::Past
        } else if planned() {
            Dir::Future
        } else {
            self.default_dir(i)
        };
        m(i + 1, TimexType::Date, self.weekend_val(dir))
    }

    /// Is "future" at `j` an adjective before a noun ("the future library", "the future direction
    /// of rates", "the future president")? The noun "the future" is followed by a function word, a
    /// verb, punctuation or a capitalised word ("the future of", "the future looks bright", "the
    /// future, he said"); after "in" it is the noun before a verb ("may in the future recommend")
    /// unless "of" follows the next word ("invest in the future growth of the company"). ("the
    /// past" is left alone: it mostly stands before a verb or a time noun, "in the past made",
    /// "the past generation".)
    fn modifies_a_noun(&self, j: usize) -> bool {
        let Some(t) = self.an.tokens.get(j + 1) else {
            return false;
        };
        let w = &self.text[t.start..t.end];
        let after_in = j > 1 && self.tok(j - 2).eq_ignore_ascii_case("in");
        (!after_in || self.tok(j + 2) == "of")
            && t.kind != TokenKind::Punct
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !matches!(self.l(j + 1), Lex::Kw(_))
            && !AFTER_A_NOUN.contains(&w)
    }

    /// "three years", "30 days", "several weeks", "four-year", "two years ago", "a few days later".
    fn duration(&self, i: usize) -> Option<M> {
        // "a full day", "the whole week" (the determiner is added by the caller's phrase).
        if let (Lex::Kw(Kw::Full | Kw::Whole | Kw::Entire), Lex::Unit(u, false)) =
            (self.l(i), self.l(i + 1))
        {
            if !(matches!(u, Unit::Weekend) || u == Unit::Year && i > 0 && self.kw(i - 1, Kw::The))
            {
                return m(i + 2, TimexType::Duration, Self::dur_value(Some(1), u));
            }
        }
        if let Lex::HyphDur(n, u) = self.l(i) {
            // "a three-quarter stake", "a quarter-point cut": fractions.
            if u == Unit::Quarter && matches!(n, Some(1 | 3)) {
                return None;
            }
            return m(i + 1, TimexType::Duration, Self::dur_value(n, u));
        }
        // "half a century", "half an hour"
        if self.kw(i, Kw::Half) && self.kw(i + 1, Kw::A) {
            let v = match self.l(i + 2) {
                Lex::Unit(Unit::Century, false) => "P50Y",
                Lex::Unit(Unit::Decade, false) => "P5Y",
                Lex::Unit(Unit::Year, false) => "P6M",
                Lex::Unit(Unit::Day, false) => "PT12H",
                Lex::Unit(Unit::Hour, false) => "PT30M",
                Lex::Unit(Unit::Minute, false) => "PT30S",
                _ => return None,
            };
            return m(i + 3, TimexType::Duration, v.into());
        }
        // "Islam will one day be …", "he could one day lead": an indefinite future.
        if self.tok(i).eq_ignore_ascii_case("one")
            && self.l(i + 1) == Lex::Unit(Unit::Day, false)
            && i > 0
            && matches!(
                self.tok(i - 1).to_ascii_lowercase().as_str(),
                "will" | "would" | "could" | "might" | "may" | "can" | "should" | "'ll" | "’ll"
            )
        {
            return m(i + 2, TimexType::Date, "FUTURE_REF".into());
        }
        let (n, used) = self.quantity(i)?;
        let mut j = i + used;
        // "2 1/2 years", "two and a half hours"
        if let (Some(k), Lex::Num(_) | Lex::Digits(..)) = (n, self.l(i)) {
            let unit_at = if self.half_fraction(j) {
                Some(j + 1)
            } else if self.and_a_half(j) {
                Some(j + 3)
            } else {
                None
            };
            if let Some(h) = unit_at {
                if let Lex::Unit(u, _) = self.l(h) {
                    return self.half_tail(h + 1, k, u);
                }
            }
        }
        if self.kw(j, Kw::To) || self.kw(j, Kw::Or) {
            if let Some((Some(_), used2)) = self.quantity(j + 1) {
                if let Lex::Unit(u, true) = self.l(j + 1 + used2) {
                    return m(j + 2 + used2, TimexType::Duration, Self::dur_value(n, u));
                }
            }
        }
        if matches!(self.l(j), Lex::Kw(Kw::More | Kw::Additional)) {
            j += 1;
        }
        if matches!(self.l(j), Lex::Kw(Kw::Trading | Kw::Business)) {
            j += 1;
        }
        // "three consecutive quarters", "15 straight years"
        if n.is_some_and(|n| n > 1)
            && matches!(self.tok(j), "consecutive" | "straight" | "successive")
        {
            j += 1;
        }
        let Lex::Unit(u, plural) = self.l(j) else {
            return None;
        };
        // "60 Minutes" (a programme)
        if self.capitalized(j) && !self.sentence_start(j) && !self.capitalized(i) {
            return None;
        }
        if n.is_some_and(|n| n > 1) && !plural && u == Unit::Second {
            return None;
        }
        if n == Some(1) && plural
            || n.is_some_and(|n| n > 1)
                && !plural
                && !matches!(self.l(i), Lex::Num(_) | Lex::Digits(..))
        {
            return None;
        }
        // "two hundred years" etc. keep; "5 years" with a year-like 4-digit number is fine too.
        self.duration_tail(j + 1, n, u)
    }

    /// "1/2" or "½" (a fraction after a whole number).
    fn half_fraction(&self, j: usize) -> bool {
        matches!(self.tok(j), "1/2" | "½")
    }

    /// "and a half".
    fn and_a_half(&self, j: usize) -> bool {
        self.kw(j, Kw::And) && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half)
    }

    /// The value of n and a half units, in the next smaller unit where the unit has none of its own
    /// ("2 1/2 years" → `P2Y6M`, "an hour and a half" → `PT1H30M`).
    fn half_value(n: u32, u: Unit) -> Option<String> {
        Some(match u {
            Unit::Second | Unit::Weekend => return None,
            Unit::Minute => format!("PT{n}M30S"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Week => format!("P{}DT12H", 7 * n + 3),
            Unit::Fortnight => format!("P{}D", 14 * n + 7),
            Unit::Month => format!("P{n}M15D"),
            Unit::Quarter => format!("P{}M15D", 3 * n + 1),
            Unit::Year => format!("P{n}Y6M"),
            Unit::Decade => format!("P{}Y", 10 * n + 5),
            Unit::Century => format!("P{}Y", 100 * n + 50),
        })
    }

    /// After "n and a half units": "ago" → a date (to the month for years), else a duration.
    fn half_tail(&self, j: usize, n: u32, u: Unit) -> Option<M> {
        let value = Self::half_value(n, u)?;
        if self.kw(j, Kw::Ago) {
            if u == Unit::Year {
                let months = -(12 * i64::from(n) + 6);
                return m(j + 1, TimexType::Date, self.rel_unit(Unit::Month, months));
            }
            if u == Unit::Decade || u == Unit::Century {
                let per = if u == Unit::Decade { 10 } else { 100 };
                let years = -(i64::from(n) * per + per / 2);
                return m(j + 1, TimexType::Date, self.rel_unit(Unit::Year, years));
            }
        }
        m(j, TimexType::Duration, value)
    }

    /// After "N units": "ago" → a date, else a duration.
    fn duration_tail(&self, j: usize, n: Option<u32>, u: Unit) -> Option<M> {
        // "a quarter of the shares", "a quarter point": fractions, not three months.
        if u == Unit::Quarter
            && n.is_some_and(|n| n <= 3)
            && (self.kw(j, Kw::Of)
                && self.trailing_year(j).is_none()
                && !(self.kw(j + 1, Kw::The) && self.l(j + 2) == Lex::Unit(Unit::Year, false))
                || matches!(self.tok(j), "point" | "points" | "percent" | "percentage"))
        {
            return None;
        }
        let sign = match self.l(j) {
            Lex::Kw(Kw::Ago | Kw::Earlier | Kw::Before) => -1,
            Lex::Kw(Kw::Hence) => 1,
            Lex::Kw(Kw::From) if self.kw(j + 1, Kw::Now) => {
                return self.shifted(j + 2, n, u, 1);
            }
            _ if self.tok(j) == "old" || self.tok(j) == "-old" => return None,
            _ => {
                return self
                    .counted_from_day(j, n, u)
                    .or_else(|| m(j, TimexType::Duration, Self::dur_value(n, u)))
            }
        };
        // "before" / "later" need nothing after ("two days before the vote" is anaphoric).
        if self.kw(j, Kw::Before) {
            return m(j, TimexType::Duration, Self::dur_value(n, u));
        }
        self.shifted(j + 1, n, u, sign)
    }

    /// "a week on Monday", "a week from Monday", "a fortnight today", "three days from tomorrow":
    /// the day that many days after the coming weekday, today or tomorrow.
    fn counted_from_day(&self, j: usize, n: Option<u32>, u: Unit) -> Option<M> {
        let days = match u {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Fortnight => 14,
            _ => return None,
        };
        let joined = match self.l(j) {
            Lex::Kw(Kw::From) => true,
            // "spent two days on Monday's case": "on" joins only weeks.
            Lex::Kw(Kw::On) => u != Unit::Day,
            _ => false,
        };
        let k = j + usize::from(joined);
        let from = match self.l(k) {
            // ("open for two days from Tuesday to Thursday": a stretch, and days from a weekday are
            // mostly one.)
            Lex::Weekday(wd) if joined && u != Unit::Day && !self.joins_a_range(k + 1) => {
                self.dct.map(|_| self.weekday_day(wd, Dir::Next))
            }
            Lex::Kw(Kw::Today) => Some(self.dct),
            Lex::Kw(Kw::Tomorrow) => Some(self.dct.map(|d| d.add_days(1))),
            _ => None,
        }?;
        let value = match from {
            Some(d) => d.add_days(i64::from(n?) * days).fmt(),
            None => "XXXX-XX-XX".to_string(),
        };
        m(k + 1, TimexType::Date, value)
    }

    fn shifted(&self, end: usize, n: Option<u32>, u: Unit, sign: i64) -> Option<M> {
        if let (Some(n), true) = (n, sign < 0 && self.kw(end - 1, Kw::Ago)) {
            if let Some(x) = self.ago_day(end, i64::from(n), u) {
                return Some(x);
            }
        }
        if n == Some(1) && u == Unit::Year && sign < 0 {
            // "exports fell 9.3 pct in May from a year earlier": that month a year back; in a
            // results report, that quarter.
            let back = self.month_a_year_back(end).or_else(|| {
                self.sentence_quarter(end.saturating_sub(1))
                    .map(|q| self.year_ago_value(Some(q)))
            });
            if let Some(v) = back {
                return m(end, TimexType::Date, v);
            }
        }
        let value = match n {
            None => (if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }).to_string(),
            Some(n) => {
                let n = i64::from(n);
                let story = (sign < 0 && self.kw(end - 1, Kw::Earlier))
                    .then(|| self.earlier_than_story(end - 1, n, u))
                    .flatten();
                match story {
                    Some(v) => v,
                    None => return self.shifted_from_dct(end, n, u, sign),
                }
            }
        };
        m(end, TimexType::Date, value)
    }

    /// "In 1974 … Twenty-two years earlier", "On March 3 … Four days earlier": `n` units before
    /// the time the story is at, when one is near the "earlier" at `i`.
    fn earlier_than_story(&self, i: usize, n: i64, u: Unit) -> Option<String> {
        match u {
            Unit::Year => Some(fmt_year(self.narrative_year(i)? - n)),
            Unit::Decade => Some(fmt_year(self.narrative_year(i)? - 10 * n)),
            Unit::Day => Some(self.narrative_day(i)?.add_days(-n).fmt()),
            _ => None,
        }
    }

    /// Is the expression ending at `i` the other side of a comparison ("up from 2.8 pct a year
    /// earlier", "against 6,813 tonnes a year earlier", "compared with a loss a year earlier")?
    fn compared(&self, i: usize) -> bool {
        let sentence_start = self.first_token_of_sentence(i);
        (i.saturating_sub(8).max(sentence_start)..i).any(|k| {
            matches!(
                self.tok(k).to_ascii_lowercase().as_str(),
                "from" | "against" | "vs" | "versus" | "compared" | "than"
            )
        })
    }

    /// "In 1974 … Twenty-two years earlier": a year named explicitly in this sentence or the one
    /// before, other than the DCT's, is the time the story is at. With a DCT, a comparison ("exports
    /// rose to 22,068 tonnes in 1986 from 20,430 a year earlier") is with the period its own sentence
    /// reports on: not with a base ("base 1980"), a "since 1985", or the sentence before.
    fn narrative_year(&self, i: usize) -> Option<i64> {
        let y = self.anchor_year.get()?;
        let at = self.anchor_year_at.get();
        let (sentence, anchor_sentence) = (self.an.sentence_of(i), self.an.sentence_of(at));
        let near = if self.dct.is_some() && self.compared(i) {
            sentence == anchor_sentence
                && !(at > 0
                    && (self.kw(at - 1, Kw::Since)
                        || self.tok(at - 1).eq_ignore_ascii_case("base")))
        } else {
            sentence <= anchor_sentence + 1
        };
        (near && self.dct.is_none_or(|d| d.y != y)).then_some(y)
    }

    /// "On March 3 … Four days earlier": a day told in this sentence or the one before (with a DCT,
    /// only this one for a comparison), other than the DCT.
    fn narrative_day(&self, i: usize) -> Option<Day> {
        let d = self.anchor_day.get()?;
        let (sentence, anchor_sentence) = (self.an.sentence_of(i), self.anchor_day_sentence.get());
        let compared = self.dct.is_some() && self.compared(i);
        let near = sentence == anchor_sentence || sentence == anchor_sentence + 1 && !compared;
        (near && self.dct.is_none_or(|t| t != d)).then_some(d)
    }

    /// "a year ago today", "five years ago Sunday", "a month ago yesterday", "25 years ago this
    /// month": one date, the day, week or month told after "ago" moved back by the span (with a
    /// DCT).
    fn ago_day(&self, end: usize, n: i64, u: Unit) -> Option<M> {
        // "25 years ago this month", "a year ago this week": that month or week moved back.
        let this = |unit| self.kw(end, Kw::This) && self.l(end + 1) == Lex::Unit(unit, false);
        let (day, told) = match self.l(end) {
            Lex::Kw(Kw::Today) => (self.dct?, Unit::Day),
            Lex::Kw(Kw::Yesterday) => (self.dct?.add_days(-1), Unit::Day),
            Lex::Kw(Kw::Tomorrow) => (self.dct?.add_days(1), Unit::Day),
            Lex::Weekday(wd) if !self.weekday_in_name(end) => {
                (self.weekday_day(wd, self.default_dir(end))?, Unit::Day)
            }
            _ if this(Unit::Week) && matches!(u, Unit::Year | Unit::Month) => {
                (self.dct?, Unit::Week)
            }
            _ if this(Unit::Month) && u == Unit::Year => (self.dct?, Unit::Month),
            _ => return None,
        };
        let back = |months: i64| {
            let (y, m) = add_months(day.y, day.m, -months);
            Day::new(y, m, day.d.min(days_in_month(y, m)))
        };
        let shifted = match u {
            Unit::Day => Some(day.add_days(-n)),
            Unit::Week => Some(day.add_days(-7 * n)),
            Unit::Fortnight => Some(day.add_days(-14 * n)),
            Unit::Month => back(n),
            Unit::Year => back(12 * n),
            _ => None,
        }?;
        match told {
            Unit::Week => m(end + 2, TimexType::Date, shifted.fmt_week()),
            Unit::Month => m(
                end + 2,
                TimexType::Date,
                format!("{}-{:02}", fmt_year(shifted.y), shifted.m),
            ),
            _ => m(end + 1, TimexType::Date, shifted.fmt()),
        }
    }

    fn shifted_from_dct(&self, end: usize, n: i64, u: Unit, sign: i64) -> Option<M> {
        let value = match u {
            Unit::Quarter => self.rel_unit(Unit::Quarter, sign * n),
            Unit::Decade => self.rel_unit(Unit::Year, sign * 10 * n),
            Unit::Century => self.rel_unit(Unit::Year, sign * 100 * n),
            Unit::Second | Unit::Minute | Unit::Hour => {
                return m(
                    end,
                    TimexType::Time,
                    (if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }).to_string(),
                )
            }
            _ => self.rel_unit(u, sign * n),
        };
        m(end, TimexType::Date, value)
    }

    /// "three-quarters of a century", "three quarters of an hour".
    fn three_quarters(&self, i: usize) -> Option<M> {
        let at = if self.kw(i, Kw::ThreeQuarters) {
            i + 1
        } else if self.tok(i).eq_ignore_ascii_case("three") && self.tok(i + 1) == "quarters" {
            i + 2
        } else {
            return None;
        };
        if !(self.kw(at, Kw::Of) && self.kw(at + 1, Kw::A)) {
            return None;
        }
        let v = match self.l(at + 2) {
            Lex::Unit(Unit::Century, false) => "P75Y",
            Lex::Unit(Unit::Year, false) => "P9M",
            Lex::Unit(Unit::Hour, false) => "PT45M",
            _ => return None,
        };
        m(at + 3, TimexType::Duration, v.into())
    }

    /// Phrases opened by "a"/"an": "a year", "a week ago", "a few days", "a couple of years".
    fn a_phrase(&self, i: usize) -> Option<M> {
        if !self.kw(i, Kw::A) {
            return None;
        }
        // "for a good part of 1990", "a large part of last year": that date, the phrase its extent.
        if matches!(self.tok(i + 1), "good" | "large" | "big" | "great")
            && self.tok(i + 2) == "part"
            && self.kw(i + 3, Kw::Of)
        {
            let inner = self.core(i + 4)?;
            return (inner.t.kind == TimexType::Date).then_some(inner);
        }
        if let Lex::Unit(u, false) = self.l(i + 1) {
            if u == Unit::Weekend {
                return None;
            }
            // "a quarter century"
            if u == Unit::Quarter && self.l(i + 2) == Lex::Unit(Unit::Century, false) {
                return m(i + 3, TimexType::Duration, "P25Y".into());
            }
            if u == Unit::Quarter && self.kw(i + 2, Kw::Of) && self.kw(i + 3, Kw::A) {
                // "a quarter of a century", "a quarter of an hour"
                let v = match self.l(i + 4) {
                    Lex::Unit(Unit::Century, false) => "P25Y",
                    Lex::Unit(Unit::Hour, false) => "PT15M",
                    _ => return None,
                };
                return m(i + 5, TimexType::Duration, v.into());
            }
            // "More than a quarter have bought …", "nearly a quarter": a fraction; three months only
            // after a preposition of time ("for a quarter").
            if u == Unit::Quarter
                && !(i > 0
                    && matches!(
                        self.tok(i - 1).to_ascii_lowercase().as_str(),
                        "for" | "in" | "within" | "after" | "over" | "during"
                    ))
            {
                return None;
            }
            // "$2 million a year", "four flights a week": rates, not durations.
            if i > 0 {
                let prev = self.tok(i - 1);
                let rate = matches!(self.l(i - 1), Lex::Digits(..) | Lex::Num(_))
                    // "$234,000 a year", "£1.5bn a year"
                    || prev.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        prev,
                        "%" | "percent"
                            | "million"
                            | "billion"
                            | "cents"
                            | "dollars"
                            | "times"
                            | "once"
                            | "twice"
                    )
                    || prev.len() > 3
                        && prev.ends_with('s')
                        && !prev.ends_with("ss")
                        && prev.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(
                            prev,
                            "was"
                                | "has"
                                | "this"
                                | "is"
                                | "as"
                                | "its"
                                | "his"
                                | "plus"
                                | "thus"
                                | "less"
                                | "across"
                                | "towards"
                                | "always"
                                | "perhaps"
                                | "nearly"
                                | "lasts"
                        );
                if rate
                    && !matches!(
                        self.l(i + 2),
                        Lex::Kw(Kw::Ago | Kw::Earlier | Kw::Before | Kw::Later)
                    )
                {
                    return None;
                }
            }
            // "a year and a half"
            if self.and_a_half(i + 2) {
                return self.half_tail(i + 5, 1, u);
            }
            return self.duration_tail(i + 2, Some(1), u);
        }
        if let Lex::HyphDur(n, u) = self.l(i + 1) {
            // "a three-year period", "a 10-year term": the noun belongs to the expression.
            if matches!(self.l(i + 2), Lex::Kw(Kw::Period))
                || self.tok(i + 2).eq_ignore_ascii_case("term")
            {
                return m(i + 3, TimexType::Duration, Self::dur_value(n, u));
            }
        }
        None
    }

    /// After "the": "second Tuesday of November", "last Friday in March 2026", "first Sunday of
    /// March": that day of that month (with a DCT; the month's year as for the bare month).
    fn nth_weekday_of_month(&self, j: usize) -> Option<M> {
        let n = match self.l(j) {
            Lex::Ordinal(n @ 1..=5) => n,
            Lex::Kw(Kw::Last) => 5,
            _ => return None,
        };
        let (Lex::Weekday(wd), Lex::Kw(Kw::Of | Kw::In), Lex::Month(mo, _)) =
            (self.l(j + 1), self.l(j + 2), self.l(j + 3))
        else {
            return None;
        };
        let (y, end) = match self.trailing_year(j + 4) {
            Some(explicit) => explicit,
            None => (self.month_year(mo, self.default_dir(j + 3))?, j + 4),
        };
        let day = nth_weekday(y, u32::from(mo), u32::from(wd), n);
        m(end, TimexType::Date, day.fmt())
    }

    /// "the turn of the century" (the century boundary nearest the DCT) and "the turn of the 20th
    /// century" (1900): about that year.
    fn turn_of_the_century(&self, j: usize) -> Option<M> {
        if !(self.tok(j).eq_ignore_ascii_case("turn")
            && self.kw(j + 1, Kw::Of)
            && self.kw(j + 2, Kw::The))
        {
            return None;
        }
        let (year, end) = match (self.l(j + 3), self.l(j + 4)) {
            (Lex::Unit(Unit::Century, false), _) => ((self.dct?.y + 50) / 100 * 100, j + 4),
            (Lex::Ordinal(n @ 2..=30), Lex::Unit(Unit::Century, false)) => {
                (i64::from(n - 1) * 100, j + 5)
            }
            _ => return None,
        };
        m(end, TimexType::Date, fmt_year(year)).map(|x| with_mod(x, "APPROX"))
    }

    /// Phrases opened by "the".
    fn the_phrase(&self, i: usize) -> Option<M> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let j = i + 1;
        // "the '80s", "the ’90s": the elided century stays inside the extent.
        if matches!(self.tok(j), "'" | "’") && matches!(self.l(j + 1), Lex::Decade(_)) {
            return self.core(j + 1);
        }
        // "the 1970's", "the mid-1980's"
        match self.l(j) {
            Lex::Digits(y, 4) if self.decade_with_apostrophe(j) => {
                return m(j + 2, TimexType::Date, format!("{:03}", y / 10));
            }
            Lex::MidYear(..) if self.possessive_after(j) => return self.core(j),
            _ => {}
        }
        // "the day before yesterday", "the day after tomorrow"
        if self.l(j) == Lex::Unit(Unit::Day, false) {
            match (self.l(j + 1), self.l(j + 2)) {
                (Lex::Kw(Kw::Before), Lex::Kw(Kw::Yesterday)) => {
                    return m(j + 3, TimexType::Date, self.rel_day(-2));
                }
                (Lex::Kw(Kw::After), Lex::Kw(Kw::Tomorrow)) => {
                    return m(j + 3, TimexType::Date, self.rel_day(2));
                }
                _ => {}
            }
        }
        if let Some(x) = self.nth_weekday_of_month(j) {
            return Some(x);
        }
        if let Some(x) = self.turn_of_the_century(j) {
            return Some(x);
        }
        // "the week of March 6": that day's ISO week.
        if self.l(j) == Lex::Unit(Unit::Week, false) && self.kw(j + 1, Kw::Of) {
            let x = matches!(self.l(j + 2), Lex::Month(..))
                .then(|| self.month_phrase(j + 2, self.default_dir(j + 2)))
                .flatten();
            if let Some(x) = x {
                if let Some(day) = crate::calendar::single_day(&x.t.value) {
                    return m(x.end, TimexType::Date, day.fmt_week());
                }
            }
        }
        match self.l(j) {
            Lex::Kw(Kw::Past)
                if !matches!(
                    self.l(j + 1),
                    Lex::Unit(..)
                        | Lex::Num(_)
                        | Lex::Digits(..)
                        | Lex::Kw(Kw::Few | Kw::Several | Kw::Couple)
                ) =>
            {
                m(j + 1, TimexType::Date, "PAST_REF".into())
            }
            Lex::Kw(Kw::Future) if !self.modifies_a_noun(j) => {
                m(j + 1, TimexType::Date, "FUTURE_REF".into())
            }
            Lex::Kw(Kw::Near) if matches!(self.l(j + 1), Lex::Kw(Kw::Future | Kw::Term)) => {
                m(j + 2, TimexType::Date, "FUTURE_REF".into())
            }
            Lex::Kw(Kw::Present)
                if !matches!(self.l(j + 1), Lex::Unit(..))
                    && self
                        .an
                        .tokens
                        .get(j + 1)
                        .is_none_or(|t| t.kind == TokenKind::Punct) =>
            {
                m(j + 1, TimexType::Date, "PRESENT_REF".into())
            }
            Lex::YearAgo
                if matches!(
                    self.l(j + 1),
                    Lex::Unit(Unit::Quarter, false) | Lex::Kw(Kw::Period) | Lex::Ordinal(_)
                ) =>
            {
                self.absolute(j)
            }
            // Wire copy drops the hyphen: "the year ago quarter", "the year ago period".
            Lex::Unit(Unit::Year, false)
                if self.kw(j + 1, Kw::Ago)
                    && matches!(
                        self.l(j + 2),
                        Lex::Unit(Unit::Quarter, false) | Lex::Kw(Kw::Period) | Lex::Ordinal(_)
                    ) =>
            {
                self.year_ago_phrase(j, j + 2)
            }
            Lex::Unit(Unit::Quarter, false) => {
                m(j + 1, TimexType::Date, self.rel_unit(Unit::Quarter, -1))
            }
            Lex::Digits(y, 4) if (1000..2200).contains(&y) => {
                // "the 1988 second quarter", "the 1988 period", "the 1990 fiscal year"
                let mut k = j + 1;
                let v = fmt_year(i64::from(y));
                if let Lex::Ordinal(q @ 1..=4) = self.l(k) {
                    if self.l(k + 1) == Lex::Unit(Unit::Quarter, false) {
                        return m(k + 2, TimexType::Date, format!("{v}-Q{q}"));
                    }
                }
                if self.kw(k, Kw::Fiscal) {
                    k += 1;
                }
                // In a results report "the 1988 quarter" is the reported quarter of that year ("the
                // 1988 period" may be nine months: it stays the year).
                if self.l(k) == Lex::Unit(Unit::Quarter, false) && k == j + 1 {
                    if let Some(q) = self.sentence_quarter(k) {
                        return m(k + 1, TimexType::Date, format!("{v}-Q{q}"));
                    }
                }
                if matches!(
                    self.l(k),
                    Lex::Kw(Kw::Period) | Lex::Unit(Unit::Year, false)
                ) {
                    return m(k + 1, TimexType::Date, v);
                }
                None
            }
            Lex::Season(_) | Lex::Kw(Kw::Early | Kw::Late)
                if matches!(self.l(j), Lex::Season(_))
                    || matches!(self.l(j + 1), Lex::Season(_)) =>
            {
                // "the summer", "the early summer"
                let x = if matches!(self.l(j), Lex::Season(_)) {
                    self.absolute(j)
                } else {
                    self.position(j)
                }?;
                (x.t.kind == TimexType::Date).then_some(x)
            }
            // ("the 1970s-era law": "the" is the law's.)
            Lex::Decade(d) if !self.tok(j).contains('-') => {
                m(j + 1, TimexType::Date, format!("{d:03}"))
            }
            Lex::MidOrdinal(..) => self.absolute(j),
            Lex::MidDecade(d, md) => {
                m(j + 1, TimexType::Date, format!("{d:03}")).map(|x| with_mod(x, md))
            }
            Lex::Kw(Kw::Early | Kw::Late | Kw::Mid) if matches!(self.l(j + 1), Lex::Pod(_)) => {
                self.pod_phrase(j)
            }
            Lex::Kw(k @ (Kw::Early | Kw::Late | Kw::Mid)) => {
                // "the late 1980s", "the early '90s", "the late 19th century"
                let at = j + 1 + usize::from(matches!(self.tok(j + 1), "'" | "’"));
                let period = match self.l(at) {
                    Lex::Decade(d) => Some((format!("{d:03}"), at + 1)),
                    Lex::Digits(y, 4) if self.decade_with_apostrophe(at) => {
                        Some((format!("{:03}", y / 10), at + 2))
                    }
                    Lex::Ordinal(n @ 1..=30)
                        if self.l(at + 1) == Lex::Unit(Unit::Century, false) =>
                    {
                        Some((format!("{:02}", n - 1), at + 2))
                    }
                    _ => None,
                };
                let (value, end) = period?;
                let md = match k {
                    Kw::Early => "START",
                    Kw::Late => "END",
                    _ => "MID",
                };
                m(end, TimexType::Date, value).map(|x| with_mod(x, md))
            }
            Lex::Ordinal(n) if (1..=30).contains(&n) => {
                if let Lex::Unit(Unit::Century, false) = self.l(j + 1) {
                    return m(j + 2, TimexType::Date, format!("{:02}", n - 1));
                }
                self.part_of_year(j, i)
            }
            Lex::Kw(Kw::Last) if self.kw(j + 1, Kw::Half) => {
                // "the last half of 1989"
                let (y, end) = self.trailing_year(j + 2)?;
                m(end, TimexType::Date, format!("{}-H2", fmt_year(y)))
            }
            Lex::Kw(Kw::Fiscal) => {
                if let Lex::Ordinal(_) = self.l(j + 1) {
                    return self.part_of_year(j + 1, i);
                }
                if let Lex::Unit(Unit::Year, false) = self.l(j + 1) {
                    // "the fiscal year ended Jan. 31": its length, like "the year ended".
                    if matches!(self.tok(j + 2), "ended" | "ending") {
                        return m(j + 2, TimexType::Duration, "P1Y".into());
                    }
                    // "the fiscal year 2006/07"
                    if let Some((y, end)) = self.year_at(j + 2) {
                        return m(end, TimexType::Date, fmt_year(y));
                    }
                    return m(j + 2, TimexType::Date, self.rel_unit(Unit::Year, 0));
                }
                None
            }
            Lex::Kw(Kw::Current) => match self.l(j + 1) {
                Lex::Unit(
                    u @ (Unit::Week
                    | Unit::Month
                    | Unit::Quarter
                    | Unit::Year
                    | Unit::Decade
                    | Unit::Century),
                    false,
                ) => m(j + 2, TimexType::Date, self.rel_unit(u, 0)),
                Lex::Kw(Kw::Fiscal) if self.l(j + 2) == Lex::Unit(Unit::Year, false) => {
                    m(j + 3, TimexType::Date, self.rel_unit(Unit::Year, 0))
                }
                _ => None,
            },
            Lex::Unit(Unit::Weekend, false) => m(
                j + 1,
                TimexType::Date,
                self.weekend_val(self.default_dir(i)),
            ),
            Lex::Kw(Kw::New) if self.l(j + 1) == Lex::Unit(Unit::Year, false) => {
                let v = self.holiday_val(1, 1, j, j + 2);
                m(j + 2, TimexType::Date, v)
            }
            Lex::Kw(
                Kw::Past
                | Kw::Last
                | Kw::Next
                | Kw::Coming
                | Kw::Previous
                | Kw::Following
                | Kw::Same
                | Kw::Latest,
            ) => {
                let r = self.relative(j)?;
                // "the past two years" (duration), "the past year", "the next day"
                Some(r)
            }
            // "the year ended March 31", "the year to March 1998", "the year through June": a fiscal
            // year, told as its length.
            Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week), false)
                if matches!(self.tok(j + 1), "ended" | "ending")
                    || matches!(self.l(j + 1), Lex::Kw(Kw::To | Kw::Through))
                        && matches!(self.l(j + 2), Lex::Month(..)) =>
            {
                m(j + 1, TimexType::Duration, Self::dur_value(Some(1), u))
            }
            Lex::Unit(u, true) if self.tok(j + 1) == "ahead" => {
                m(j + 2, TimexType::Duration, Self::dur_value(None, u))
            }
            // "the mid-afternoon", "the early morning"
            Lex::EdgePod(..) => self.pod_phrase(j),
            Lex::Pod(p)
                if i > 0 && matches!(self.l(i - 1), Lex::Kw(Kw::In | Kw::During | Kw::By)) =>
            {
                m(
                    j + 1,
                    TimexType::Time,
                    format!("{}T{}", self.rel_day(0), p.code()),
                )
            }
            // "For the year, volume was flat", "the first nine months of the year.", "For the week, the
            // index fell": the DCT's year, month or week.
            Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week), false)
                if i > 0
                    && (matches!(self.l(i - 1), Lex::Kw(Kw::For | Kw::During | Kw::In))
                        || self.tok(i - 1).eq_ignore_ascii_case("throughout")
                        || u == Unit::Year
                            && self.kw(i - 1, Kw::Of)
                            && i > 1
                            && matches!(self.l(i - 2), Lex::Unit(Unit::Month, true)))
                    && self
                        .an
                        .tokens
                        .get(j + 1)
                        .is_none_or(|t| t.kind == TokenKind::Punct && self.tok(j + 1) != "'")
                    && !self.is_punct(j + 1, "-") =>
            {
                let v = match (u, self.dct) {
                    // "Ford's sales for the month of February ... For the month, Ford sold": the
                    // month last named; without one, left alone (monthly figures are last month's).
                    (Unit::Month, _) => {
                        let (y, mo) = self.anchor_month.get()?;
                        // ... when that month is the DCT's or one of the two before it.
                        if let Some(d) = self.dct {
                            let back = (d.y * 12 + i64::from(d.m)) - (y * 12 + i64::from(mo));
                            if !(0..=2).contains(&back) {
                                return None;
                            }
                        }
                        format!("{}-{mo:02}", fmt_year(y))
                    }
                    // Annual results come out in the first half of the next year: "4th qtr ... for
                    // the year".
                    (Unit::Year, Some(d)) if d.m <= 6 && self.doc_quarter == Some(4) => {
                        fmt_year(d.y - 1)
                    }
                    _ => self.rel_unit(u, 0),
                };
                m(j + 1, TimexType::Date, v)
            }
            // "the year 2000"
            Lex::Unit(Unit::Year, false) if self.year_at(j + 1).is_some() => {
                let (y, end) = self.year_at(j + 1)?;
                m(end, TimexType::Date, fmt_year(y))
            }
            Lex::Unit(Unit::Year, false) if matches!(self.l(j + 1), Lex::Num(_)) => {
                let (n, used) = self.quantity(j + 1)?;
                let y = n.filter(|y| (1000..2200).contains(y))?;
                m(j + 1 + used, TimexType::Date, fmt_year(i64::from(y)))
            }
            Lex::Kw(Kw::Whole | Kw::Full | Kw::Entire) => match self.l(j + 1) {
                Lex::Unit(Unit::Year, false) => {
                    m(j + 2, TimexType::Date, self.rel_unit(Unit::Year, 0))
                }
                _ => None,
            },
            Lex::Num(_) | Lex::Digits(..) => {
                // "the nine months", "the 1990 period" is left alone
                let d = self.duration(j)?;
                (d.t.kind == TimexType::Duration).then_some(d)
            }
            Lex::Ordinal(1) => None,
            _ => None,
        }
    }

    /// "third quarter (of 2025)", "first half", from the ordinal at `j`; the expression starts at `start`.
    fn part_of_year(&self, j: usize, start: usize) -> Option<M> {
        let Lex::Ordinal(n) = self.l(j) else {
            return None;
        };
        let mut k = j + 1;
        if self.kw(k, Kw::Fiscal) {
            k += 1;
        }
        let (unit, code, max) = match self.l(k) {
            Lex::Unit(Unit::Quarter, false) => (Unit::Quarter, 'Q', 4),
            Lex::Kw(Kw::Half) => (Unit::Year, 'H', 2),
            _ => {
                // "the first nine months"
                if n == 1 && start < j {
                    let d = self.duration(j + 1)?;
                    return (d.t.kind == TimexType::Duration).then_some(d);
                }
                return None;
            }
        };
        if n == 0 || n > max {
            return None;
        }
        k += 1;
        // "the first half of March", "the second half of the month": that month, from its start
        // or to its end.
        if code == 'H' && self.kw(k, Kw::Of) {
            let month = if self.kw(k + 1, Kw::The) && self.l(k + 2) == Lex::Unit(Unit::Month, false)
            {
                m(k + 3, TimexType::Date, self.rel_unit(Unit::Month, 0))
            } else if matches!(self.l(k + 1), Lex::Month(..)) {
                self.absolute(k + 1).filter(|x| {
                    x.t.kind == TimexType::Date && x.t.value.len() == 7 && x.t.modifier.is_none()
                })
            } else {
                None
            };
            if let Some(x) = month {
                return Some(with_mod(x, if n == 1 { "START" } else { "END" }));
            }
        }
        if let Some((y, end)) = self.trailing_year(k) {
            return m(end, TimexType::Date, format!("{}-{code}{n}", fmt_year(y)));
        }
        // "in the first half, we pressured them": a game's half or quarter is no part of a year.
        if !self.kw(k, Kw::Of) && self.told_of_a_game(j) {
            return None;
        }
        let v = if unit == Unit::Quarter {
            self.quarter_val(n as u8, self.default_dir(j))
        } else {
            match self.dct {
                Some(d) => {
                    let ch = if d.m <= 6 { 1 } else { 2 };
                    let y = if n > ch && !self.future(j) {
                        d.y - 1
                    } else {
                        d.y
                    };
                    format!("{}-H{n}", fmt_year(y))
                }
                None => format!("XXXX-H{n}"),
            }
        };
        // "the second half of the year": the DCT's year.
        if self.kw(k, Kw::Of)
            && self.kw(k + 1, Kw::The)
            && self.l(k + 2) == Lex::Unit(Unit::Year, false)
        {
            let v = match self.dct {
                Some(d) => format!("{}-{code}{n}", fmt_year(d.y)),
                None => format!("XXXX-{code}{n}"),
            };
            return m(k + 3, TimexType::Date, v);
        }
        m(k, TimexType::Date, v)
    }

    /// Does a word of a match ("half-time", "scored", "penalty", "referee") stand in the sentence of
    /// token `j` or in the one before or after it?
    fn told_of_a_game(&self, j: usize) -> bool {
        let s = self.an.sentence_of(j);
        let sentences = &self.an.sentences;
        sentences
            .get(s.saturating_sub(1)..(s + 2).min(sentences.len()))
            .unwrap_or_default()
            .iter()
            .flat_map(|sentence| sentence.tokens.clone())
            .any(|k| {
                GAME_WORDS
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(self.tok(k)))
            })
    }

    /// "of 2025", "2025", "of this year", "of last year" after a part of a year; "of that year", "of
    /// the same year", "of the following year" after an explicit year told earlier ("In October of
    /// that year" is the October of the year just named, not of the DCT's).
    fn trailing_year(&self, k: usize) -> Option<(i64, usize)> {
        let k2 = k + usize::from(self.kw(k, Kw::Of));
        if let Some(year) = self.year_at(k2) {
            return Some(year);
        }
        if !self.kw(k, Kw::Of) {
            return None;
        }
        let k3 = k2 + usize::from(self.kw(k2, Kw::The));
        let (w, unit) = match self.l(k3) {
            // "of that same year"
            Lex::Kw(Kw::That) if self.kw(k3 + 1, Kw::Same) => (Kw::Same, k3 + 2),
            Lex::Kw(w) => (w, k3 + 1),
            _ => return None,
        };
        if self.l(unit) != Lex::Unit(Unit::Year, false) {
            return None;
        }
        let the = k3 > k2;
        let y = match (w, the) {
            (Kw::This, false) => self.dct?.y,
            (Kw::Last, false) => self.dct?.y - 1,
            (Kw::Next, false) => self.dct?.y + 1,
            (Kw::That, false) | (Kw::Same, true) => self.anchor_year.get()?,
            (Kw::Following, true) => self.anchor_year.get()? + 1,
            (Kw::Previous, true) => self.anchor_year.get()? - 1,
            _ => return None,
        };
        Some((y, unit + 1))
    }

    /// An explicit year at token `k`: the year and the token after it. Written ("1997") or spoken, as
    /// broadcast transcripts have it ("January nineteen ninety-seven").
    fn year_at(&self, k: usize) -> Option<(i64, usize)> {
        match self.l(k) {
            Lex::Digits(y, 4) if (1000..2200).contains(&y) => Some((i64::from(y), k + 1)),
            Lex::YearSpan(y) => Some((i64::from(y), k + 1)),
            _ => self.spoken_year(k),
        }
    }

    /// "nineteen ninety-six", "twenty twenty-five": a spoken year, written out in letters.
    fn spoken_year(&self, k: usize) -> Option<(i64, usize)> {
        let (Lex::Num(c @ 10..=20), Lex::Num(y @ 10..=99)) = (self.l(k), self.l(k + 1)) else {
            return None;
        };
        let spelled = self.tok(k).chars().all(|ch| ch.is_ascii_alphabetic());
        spelled.then_some((i64::from(c * 100 + y), k + 2))
    }

    /// "last week", "next month", "this year", "past three years", "last Friday", "next spring".
    fn relative(&self, i: usize) -> Option<M> {
        let (dir, off) = match self.l(i) {
            Lex::Kw(Kw::Coming) if matches!(self.l(i + 1), Lex::Unit(_, true)) => {
                let Lex::Unit(u, _) = self.l(i + 1) else {
                    return None;
                };
                return m(i + 2, TimexType::Duration, Self::dur_value(None, u));
            }
            // "versus a loss of 2.8 mln dlrs in prior year" in a results report: the year before the
            // reported one.
            Lex::Kw(Kw::Previous)
                if self.l(i + 1) == Lex::Unit(Unit::Year, false)
                    && self.anchor_year.get().is_none()
                    && self.dct.is_some()
                    && self.sentence_quarter(i).is_some() =>
            {
                let v = self.year_ago_value(self.sentence_quarter(i));
                return m(i + 2, TimexType::Date, v.get(..4)?.to_string());
            }
            // "the following year", "the previous year", "that year": anaphoric, after an explicit year.
            Lex::Kw(k @ (Kw::Following | Kw::Previous | Kw::That | Kw::Same))
                if self.l(i + 1) == Lex::Unit(Unit::Year, false)
                    && self.anchor_year.get().is_some() =>
            {
                let y = self.anchor_year.get().unwrap_or_default();
                let y = match k {
                    Kw::Following => y + 1,
                    Kw::Previous => y - 1,
                    _ => y,
                };
                return m(i + 2, TimexType::Date, fmt_year(y));
            }
            // "later that summer", "that winter": a season of the year just named. ("The following
            // winter" may be the one that year or the next: left to the season rule.)
            Lex::Kw(Kw::That) if matches!(self.l(i + 1), Lex::Season(_)) => {
                let (Lex::Season(season), Some(y)) = (self.l(i + 1), self.anchor_year.get()) else {
                    return None;
                };
                return m(
                    i + 2,
                    TimexType::Date,
                    format!("{}-{}", fmt_year(y), season.code()),
                );
            }
            // "the next morning", "the following night", "that evening": after a named day.
            Lex::Kw(k @ (Kw::Following | Kw::Next | Kw::That))
                if matches!(self.l(i + 1), Lex::Pod(_))
                    && self.anchor_day.get().is_some()
                    && (k == Kw::That || i > 0 && self.kw(i - 1, Kw::The)) =>
            {
                let Lex::Pod(p) = self.l(i + 1) else {
                    return None;
                };
                let d = self.anchor_day.get()?.add_days(i64::from(k != Kw::That));
                return m(i + 2, TimexType::Time, format!("{}T{}", d.fmt(), p.code()));
            }
            // "the next day" in a story is the day after the one told, not tomorrow.
            Lex::Kw(Kw::Next)
                if self.l(i + 1) == Lex::Unit(Unit::Day, false)
                    && i > 0
                    && self.kw(i - 1, Kw::The)
                    && self.anchor_day.get().is_some() =>
            {
                let d = self.anchor_day.get()?.add_days(1);
                return m(i + 2, TimexType::Date, d.fmt());
            }
            Lex::Kw(k @ (Kw::Following | Kw::Previous | Kw::That | Kw::Same))
                if self.l(i + 1 + usize::from(self.kw(i + 1, Kw::Same)))
                    == Lex::Unit(Unit::Day, false)
                    && self.anchor_day.get().is_some() =>
            {
                // "that same day", "the following day", "the previous day": after a named day.
                let d = self.anchor_day.get().unwrap_or(Day {
                    y: 2000,
                    m: 1,
                    d: 1,
                });
                let d = d.add_days(match k {
                    Kw::Following => 1,
                    Kw::Previous => -1,
                    _ => 0,
                });
                return m(
                    i + 2 + usize::from(self.kw(i + 1, Kw::Same)),
                    TimexType::Date,
                    d.fmt(),
                );
            }
            Lex::Kw(k @ (Kw::Following | Kw::Previous | Kw::That | Kw::Same))
                if self.l(i + 1) == Lex::Unit(Unit::Month, false)
                    && self.anchor_month.get().is_some() =>
            {
                let (y, mo) = self.anchor_month.get().unwrap_or((0, 1));
                let (y, mo) = add_months(
                    y,
                    mo,
                    match k {
                        Kw::Following => 1,
                        Kw::Previous => -1,
                        _ => 0,
                    },
                );
                return m(i + 2, TimexType::Date, format!("{}-{mo:02}", fmt_year(y)));
            }
            // "the previous Friday", "the following Monday": counted from the day last told, however
            // far back ("closed lower Friday. ... down 4.5% from the previous Friday").
            Lex::Kw(k @ (Kw::Previous | Kw::Following))
                if i > 0
                    && self.kw(i - 1, Kw::The)
                    && matches!(self.l(i + 1), Lex::Weekday(_))
                    && self.dct.is_some()
                    && self.anchor_day.get().is_some() =>
            {
                let (Lex::Weekday(wd), Some(from)) = (self.l(i + 1), self.anchor_day.get()) else {
                    return None;
                };
                let gap = (i64::from(wd) - i64::from(from.weekday())).rem_euclid(7);
                let off = if k == Kw::Following {
                    if gap == 0 {
                        7
                    } else {
                        gap
                    }
                } else {
                    gap - 7
                };
                return m(i + 2, TimexType::Date, from.add_days(off).fmt());
            }
            Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => (Dir::Last, -1),
            Lex::Kw(Kw::Latest) => (Dir::Last, -1),
            // "Following Tuesday night's primary, …": without "the", a preposition.
            Lex::Kw(Kw::Following) if !(i > 0 && self.kw(i - 1, Kw::The)) => return None,
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Following) => (Dir::Next, 1),
            Lex::Kw(Kw::This | Kw::Current) => (Dir::This, 0),
            Lex::Kw(Kw::Recent) => {
                // "recent years" is the past (PAST_REF); "recent weeks/months" a stretch up to now, as
                // TimeBank mostly annotates them.
                if let Lex::Unit(u, true) = self.l(i + 1) {
                    if u == Unit::Year {
                        return m(i + 2, TimexType::Date, "PAST_REF".into());
                    }
                    // ("in recent weeks and months": one stretch.)
                    let end = if matches!(self.l(i + 2), Lex::Kw(Kw::Or | Kw::And))
                        && matches!(self.l(i + 3), Lex::Unit(_, true))
                    {
                        i + 4
                    } else {
                        i + 2
                    };
                    return m(end, TimexType::Duration, Self::dur_value(None, u));
                }
                return None;
            }
            Lex::Kw(Kw::These) if self.l(i + 1) == Lex::Unit(Unit::Day, true) => {
                return m(i + 2, TimexType::Date, "PRESENT_REF".into());
            }
            _ => return None,
        };
        // "this time last year", "this time next week": the same point of that unit, valued as it.
        if self.kw(i, Kw::This)
            && self.tok(i + 1).eq_ignore_ascii_case("time")
            && matches!(self.l(i + 2), Lex::Kw(Kw::Last | Kw::Next))
            && matches!(self.l(i + 3), Lex::Unit(_, false))
        {
            return self.relative(i + 2);
        }
        if self.kw(i, Kw::This) && matches!(self.l(i + 1), Lex::Kw(Kw::Past | Kw::Coming)) {
            return self.relative(i + 1).map(|mut x| {
                x.end = x.end.max(i + 2);
                x
            });
        }
        let is_this = self.kw(i, Kw::This);
        let j = i + 1;
        // ABC's "This Week", "This Week With David Brinkley": programme titles.
        if is_this && self.capitalized(j) && self.name_part(i) {
            return None;
        }
        match self.l(j) {
            Lex::Weekday(wd) if !self.kw(i, Kw::Current) => {
                let d = self.weekday_val(wd, dir);
                self.with_pod(j + 1, d, dir)
            }
            Lex::Month(mo, abbr) if !abbr || matches!(self.l(j + 1), Lex::Digits(..)) => {
                if let Some(x) = self.month_phrase(j, dir) {
                    return Some(x);
                }
                // "this march", "this may be": lower-case nouns and verbs, not months ("last
                // december" in a lower-case wire story is one).
                if !self.capitalized(j) && matches!(mo, 3 | 5) {
                    return None;
                }
                m(j + 1, TimexType::Date, self.month_val(mo, dir))
            }
            Lex::Season(s) => m(j + 1, TimexType::Date, self.season_val(s, dir)),
            // "the past decade", "over the past century": the stretch up to now, like "the past ten
            // years", not the previous calendar decade.
            Lex::Unit(u @ (Unit::Decade | Unit::Century), false) if self.kw(i, Kw::Past) => {
                m(j + 1, TimexType::Duration, Self::dur_value(Some(1), u))
            }
            // "the past fortnight", "next fortnight": two weeks, which no one calendar week is.
            Lex::Unit(u @ Unit::Fortnight, false) => {
                m(j + 1, TimexType::Duration, Self::dur_value(Some(1), u))
            }
            Lex::Unit(u, false) => {
                let v = match (u, dir) {
                    (Unit::Day | Unit::Hour | Unit::Minute | Unit::Second, Dir::This) => {
                        return None
                    }
                    (Unit::Weekend, _) => {
                        self.rel_unit(Unit::Weekend, if is_this { 0 } else { off })
                    }
                    (Unit::Day, _)
                        if self.kw(i, Kw::Following)
                            || self.kw(i, Kw::Previous)
                            || self.kw(i, Kw::Next) =>
                    {
                        self.rel_unit(Unit::Day, off)
                    }
                    (Unit::Day, _) => return None,
                    (Unit::Hour | Unit::Minute | Unit::Second, _) => return None,
                    _ => self.rel_unit(u, off),
                };
                // "This Week" (a programme), "Next Year" in a title-cased name.
                if self.capitalized(i) && !self.sentence_start(i) && self.capitalized(j) {
                    return None;
                }
                // "this year's third quarter"
                if u == Unit::Year
                    && self
                        .an
                        .tokens
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Possessive)
                {
                    if let (Lex::Ordinal(n @ 1..=4), Lex::Unit(Unit::Quarter, false)) =
                        (self.l(j + 2), self.l(j + 3))
                    {
                        let y = self.dct.map(|d| d.y + off);
                        let v = y.map_or_else(
                            || format!("XXXX-Q{n}"),
                            |y| format!("{}-Q{n}", fmt_year(y)),
                        );
                        return m(j + 4, TimexType::Date, v);
                    }
                    // "last year's quarter", "last year's period" in a report on one quarter
                    if let (Some(q), Some(d)) = (self.year_s_quarter(j + 2), self.dct) {
                        return m(
                            j + 3,
                            TimexType::Date,
                            format!("{}-Q{q}", fmt_year(d.y + off)),
                        );
                    }
                }
                m(j + 1, TimexType::Date, v)
            }
            Lex::Kw(Kw::Period) if self.kw(i, Kw::Latest) => {
                m(j + 1, TimexType::Date, self.rel_unit(Unit::Quarter, -1))
            }
            Lex::Kw(Kw::Years) if !self.kw(i, Kw::Latest) => {
                // "this year's third quarter", "last year's"
                let y = self.dct.map(|d| d.y + off);
                if let Lex::Ordinal(n) = self.l(j + 1) {
                    if (1..=4).contains(&n) && self.l(j + 2) == Lex::Unit(Unit::Quarter, false) {
                        let v = y.map_or_else(
                            || format!("XXXX-Q{n}"),
                            |y| format!("{}-Q{n}", fmt_year(y)),
                        );
                        return m(j + 3, TimexType::Date, v);
                    }
                }
                if let (Some(q), Some(y)) = (self.year_s_quarter(j + 1), y) {
                    return m(j + 2, TimexType::Date, format!("{}-Q{q}", fmt_year(y)));
                }
                let v = y.map_or_else(|| "XXXX".to_string(), fmt_year);
                // The possessive token "year's" covers the year itself.
                m(j + 1, TimexType::Date, v)
            }
            Lex::Pod(p) if dir != Dir::Next => {
                let day = match (dir, p) {
                    (Dir::Last, _) => self.dct.map(|d| d.add_days(-1)),
                    _ => self.dct,
                };
                if dir == Dir::Last && p != Pod::Night {
                    return None;
                }
                m(
                    j + 1,
                    TimexType::Time,
                    format!("{}T{}", self.day_val(day), p.code()),
                )
            }
            Lex::Kw(Kw::Fiscal) if self.l(j + 1) == Lex::Unit(Unit::Year, false) => {
                m(j + 2, TimexType::Date, self.rel_unit(Unit::Year, off))
            }
            _ => {
                if is_this || self.kw(i, Kw::Current) {
                    return None;
                }
                // "past three years", "next few days", "last 12 months", "the latest nine months"
                let (n, used) = self.quantity(j)?;
                let k = j + used;
                let Lex::Unit(u, plural) = self.l(k) else {
                    return None;
                };
                if !plural && n != Some(1) {
                    return None;
                }
                m(k + 1, TimexType::Duration, Self::dur_value(n, u))
            }
        }
    }

    /// Is the capitalised word at `j` part of a name or title ("USA Today", ABC's "This Week"): after a
    /// capitalised word or an opening quote, inside a sentence that is not set in title case (a headline)?
    fn name_part(&self, j: usize) -> bool {
        if j == 0 || !self.capitalized(j) {
            return false;
        }
        let prev = &self.an.tokens[j - 1];
        let after_name =
            self.capitalized(j - 1) && prev.kind == TokenKind::Word && !self.sentence_start(j - 1);
        // ("NBC’s “Today”", "NBC News’ “Today”", "on “Today”")
        let after_quote = prev.kind == TokenKind::Quote && j > 1 && {
            let before = self.tok(j - 2);
            matches!(before, "'s" | "’s" | "'" | "’" | "on")
                || before.ends_with("s'")
                || before.ends_with("s’")
        };
        // ("ITV1's This Morning", "NBC's Today")
        let after_owner = prev.kind == TokenKind::Possessive && j > 1 && self.capitalized(j - 2);
        (after_name || after_quote || after_owner) && !self.in_headline(j)
    }

    /// Whether the sentence of token `j` capitalises most of its other words, as a headline does.
    fn in_headline(&self, j: usize) -> bool {
        let Some(sent) = self.an.sentences.get(self.an.sentence_of(j)) else {
            return false;
        };
        let (mut words, mut caps) = (0, 0);
        for k in sent.tokens.clone().skip(1).take(40) {
            if self.an.tokens[k].kind == TokenKind::Word && k != j {
                words += 1;
                caps += usize::from(self.capitalized(k));
            }
        }
        caps * 10 >= words * 7
    }

    /// Weekday followed by a part of the day ("Monday night").
    fn with_pod(&self, j: usize, day_value: String, _dir: Dir) -> Option<M> {
        if let Lex::Pod(p) = self.l(j) {
            // "Friday Night Lights", "Monday Night Football", "Saturday Night Live": titles.
            if self.capitalized(j) && self.capitalized_word(j + 1) {
                return None;
            }
            return m(j + 1, TimexType::Time, format!("{day_value}T{}", p.code()));
        }
        m(j, TimexType::Date, day_value)
    }

    /// "today", "yesterday morning", "tonight", "now", "recently", "soon".
    fn deictic(&self, i: usize) -> Option<M> {
        let (day, kw) = match self.l(i) {
            // "USA Today", "VOA Today", "CNN Tonight", "NFL Today", "the Today programme": names.
            Lex::Kw(Kw::Today | Kw::Tonight)
                if self.name_part(i)
                    || self.capitalized(i)
                        && !self.sentence_start(i)
                        && (i > 0 && (self.kw(i - 1, Kw::The) || is_acronym(self.tok(i - 1)))
                            || matches!(self.tok(i + 1), "show" | "programme" | "program")) =>
            {
                return None
            }
            // "today's world", "today's youth": the present age in general, not a day (TimeBank
            // leaves these unmarked).
            Lex::Kw(Kw::Today)
                if self
                    .an
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                    && matches!(
                        self.tok(i + 2).to_ascii_lowercase().as_str(),
                        "world"
                            | "youth"
                            | "society"
                            | "generation"
                            | "young"
                            | "children"
                            | "kids"
                            | "teenagers"
                            | "standards"
                            | "era"
                            | "age"
                            | "culture"
                            | "personal"
                            | "modern"
                            | "global"
                    ) =>
            {
                return None
            }
            Lex::Kw(k @ Kw::Today) => (0, k),
            Lex::Kw(k @ Kw::Yesterday) => (-1, k),
            Lex::Kw(k @ Kw::Tomorrow) => (1, k),
            Lex::Kw(Kw::Tonight) => {
                return m(i + 1, TimexType::Time, format!("{}TNI", self.rel_day(0)))
            }
            Lex::Kw(Kw::Overnight) => {
                return m(i + 1, TimexType::Time, format!("{}TNI", self.rel_day(0)))
            }
            Lex::Kw(Kw::Now | Kw::Currently | Kw::Nowadays) => {
                return m(i + 1, TimexType::Date, "PRESENT_REF".into())
            }
            Lex::Kw(Kw::Previously) if self.sentence_start(i) => {
                return m(i + 1, TimexType::Date, "PAST_REF".into())
            }
            Lex::Kw(Kw::Recently | Kw::Lately) => {
                return m(i + 1, TimexType::Date, "PAST_REF".into())
            }
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Present) => {
                return m(i + 2, TimexType::Date, "PRESENT_REF".into())
            }
            Lex::Kw(Kw::Noon | Kw::Midnight) => return self.time(i),
            Lex::Kw(Kw::Earlier | Kw::Later | Kw::Early | Kw::Late)
                if matches!(
                    self.l(i + 1),
                    Lex::Kw(Kw::Today | Kw::Yesterday | Kw::Tomorrow) | Lex::Weekday(_)
                ) =>
            {
                let mut x = self.core(i + 1)?;
                if matches!(self.l(i), Lex::Kw(Kw::Late | Kw::Later)) {
                    x.t.modifier.get_or_insert("END");
                } else if self.kw(i, Kw::Early) {
                    x.t.modifier.get_or_insert("START");
                }
                return Some(x);
            }
            Lex::Kw(Kw::Right) if self.kw(i + 1, Kw::Now) => {
                return m(i + 2, TimexType::Date, "PRESENT_REF".into())
            }
            _ => return None,
        };
        let _ = kw;
        let v = self.rel_day(day);
        if let Lex::Pod(p) = self.l(i + 1) {
            return m(i + 2, TimexType::Time, format!("{v}T{}", p.code()));
        }
        m(i + 1, TimexType::Date, v)
    }

    /// "Month D(, YYYY)", "Month YYYY", "Month" at `j`.
    /// Is the number word at `k`, right after the month at `j`, the month's day? The month must be
    /// capitalised, and either the number closes the phrase (a punctuation mark, a line break, a
    /// joiner, a year, "record") or a word of dating stands before the month ("on", "until",
    /// "effective", "Pay", …) and a verb or preposition follows ("on April four were" is a day;
    /// "on April one year" is not).
    fn spelled_day(&self, j: usize, k: usize) -> bool {
        if !self.capitalized(j) {
            return false;
        }
        let next = self.tok(k + 1).to_ascii_lowercase();
        let closes = self
            .an
            .tokens
            .get(k + 1)
            .is_none_or(|t| t.kind == TokenKind::Punct && self.tok(k + 1) != "-")
            || self.line_break_between(k, k + 1)
            || matches!(self.l(k + 1), Lex::Digits(_, 4))
            || matches!(
                next.as_str(),
                "to" | "through" | "thru" | "until" | "and" | "or" | "record"
            );
        if closes {
            return true;
        }
        let dated = j > 0
            && matches!(
                self.tok(j - 1).to_ascii_lowercase().as_str(),
                "on" | "until"
                    | "till"
                    | "by"
                    | "before"
                    | "after"
                    | "since"
                    | "from"
                    | "through"
                    | "effective"
                    | "pay"
                    | "payable"
                    | "record"
                    | "ended"
                    | "ending"
                    | "dated"
            );
        dated
            && matches!(
                next.as_str(),
                "was" | "were" | "is" | "are" | "will" | "rose" | "fell" | "at" | "in" | "when"
            )
    }

    fn month_phrase(&self, j: usize, dir: Dir) -> Option<M> {
        let Lex::Month(mo, _) = self.l(j) else {
            return None;
        };
        let mut k = j + 1;
        let mut day = None;
        let mut range_end = None;
        match self.l(k) {
            Lex::Digits(d, len) if len <= 2 && (1..=31).contains(&d) => {
                day = Some(d);
                k += 1;
            }
            Lex::Ordinal(d) if (1..=31).contains(&d) => {
                day = Some(d);
                k += 1;
            }
            // "payable May One", "record April Four": wire style spells days below ten ("April One
            // Direction" is a name).
            Lex::Num(d @ 1..=9)
                if self.capitalized(j)
                    && self.capitalized_word(k)
                    && (!self.capitalized_word(k + 1) || self.line_break_between(k, k + 1)) =>
            {
                day = Some(d);
                k += 1;
            }
            // "Pay April eight", "effective April one and", "until July twenty-one": the same in
            // lower case, where the words around show a day ("In April four companies rose" is no date).
            Lex::Num(d @ 1..=31) if self.tok(k) != "dozen" && self.spelled_day(j, k) => {
                day = Some(d);
                k += 1;
            }
            // "November the 8th", as it is said — not "in March the 3rd battalion left".
            Lex::Kw(Kw::The)
                if matches!(self.l(k + 1), Lex::Ordinal(1..=31))
                    && (self
                        .an
                        .tokens
                        .get(k + 2)
                        .is_none_or(|t| t.kind == TokenKind::Punct)
                        || matches!(
                            self.tok(k + 2).to_ascii_lowercase().as_str(),
                            "was"
                                | "is"
                                | "will"
                                | "and"
                                | "of"
                                | "at"
                                | "in"
                                | "on"
                                | "when"
                                | "that"
                                | "he"
                                | "she"
                                | "it"
                                | "they"
                                | "we"
                                | "i"
                                | "you"
                        )) =>
            {
                if let Lex::Ordinal(d) = self.l(k + 1) {
                    day = Some(d);
                }
                k += 2;
            }
            Lex::NumRange(a, b, off) if (1..=31).contains(&a) && (1..=31).contains(&b) && a < b => {
                day = Some(a);
                range_end = Some((b, k, off));
                k += 1;
            }
            _ => {}
        }
        let mut year = None;
        // "July 25, 1861", "July 25 of that year", "October 1964", "October of that year".
        let explicit_year = self
            .trailing_year(k)
            .or_else(|| self.is_punct(k, ",").then(|| self.year_at(k + 1)).flatten())
            // "APRIL 7 1600 EST": a clock after the day, not a year.
            .filter(|&(_, end)| !(day.is_some() && self.l(end) == Lex::Tz));
        if let Some((y, _)) = explicit_year {
            if !self.is_punct(k, ",") && self.contract_month(j, y) {
                return None;
            }
        }
        if day.is_some() {
            if let Some((y, end)) = explicit_year {
                year = Some(y);
                k = end;
            }
        } else {
            if let Some((y, end)) = explicit_year {
                year = Some(y);
                k = end;
            } else if let (
                Some(d),
                Lex::Kw(w @ (Kw::This | Kw::Last | Kw::Next)),
                Lex::Unit(Unit::Year, false),
            ) = (self.dct, self.l(k), self.l(k + 1))
            {
                year = Some(
                    d.y + match w {
                        Kw::Last => -1,
                        Kw::Next => 1,
                        _ => 0,
                    },
                );
                k += 2;
            } else if let Lex::Digits(yy, 2) = self.l(k) {
                if self.tok(k - 1).ends_with('.') || self.tok(k).starts_with('\'') {
                    year = Some(self.year_of_two_digits(yy));
                    k += 1;
                }
            }
        }
        if day.is_none() && year.is_none() {
            return None;
        }
        let value = match (day, year) {
            (Some(d), Some(y)) => match Day::new(y, u32::from(mo), d) {
                Some(day) => day.fmt(),
                None => return None,
            },
            (Some(d), None) => {
                let fut = dir == Dir::Future || dir == Dir::Next || self.future(j);
                if !fut && self.told_on_by_a_past_verb(j) {
                    self.month_day_past(mo, d as u8)
                } else {
                    self.month_day_val(mo, d as u8, fut)
                }
            }
            (None, Some(y)) => format!("{}-{mo:02}", fmt_year(y)),
            (None, None) => return None,
        };
        let mut x = m(k, TimexType::Date, value.clone())?;
        if let Some((b, tok_idx, off)) = range_end {
            let t = &self.an.tokens[tok_idx];
            let start = t.start + usize::from(off);
            let mut v2 = value.clone();
            if v2.len() >= 10 {
                v2.replace_range(8..10, &format!("{b:02}"));
            }
            let mut e = tx(TimexType::Date, v2);
            e.start = start;
            // "Dec. 22-24, 2025": the year closes the second expression.
            e.end = self.an.tokens[k - 1].end;
            x.extra = Some(e);
            x.resume = Some(k);
            // the first expression ends before the hyphen
            x.end = tok_idx + 1;
        }
        Some(x)
    }

    /// "in his 30s", "in her late thirties", "men in their 40s and 50s", "the over 50s": a decade of
    /// life, not of the calendar (a decade written with its century, "in his 1930s", stays a date).
    fn is_age(&self, i: usize) -> bool {
        if self.tok(i).bytes().filter(u8::is_ascii_digit).count() > 2 {
            return false;
        }
        let mut k = i;
        if k > 0 && matches!(self.l(k - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid)) {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let before = self.tok(k - 1).to_ascii_lowercase();
        match before.as_str() {
            w if POSSESSIVE_PRONOUNS.contains(&w) => true,
            // "the over 50s", "the over thirties": an age group ("over the 1990s" has "the").
            "over" | "under" => true,
            "and" | "or" | "to" if k >= 2 => {
                matches!(self.l(k - 2), Lex::Decade(_) | Lex::MidDecade(..)) && self.is_age(k - 2)
            }
            _ => false,
        }
    }

    /// Calendar names and numbers: months, weekdays, years, numeric dates, decades, quarters, seasons,
    /// holidays.
    fn absolute(&self, i: usize) -> Option<M> {
        let mut x = self.absolute_inner(i)?;
        // "between March 27 and 31", "Dec. 22 or 23": the second day shares the month.
        if matches!(self.l(i), Lex::Month(..))
            && x.extra.is_none()
            && x.t.value.len() == 10
            && x.t.value.as_bytes()[7] == b'-'
        {
            let k = x.end;
            let joined = matches!(self.l(k), Lex::Kw(Kw::And | Kw::Or | Kw::To | Kw::Through))
                || self.is_punct(k, "-")
                || self.is_punct(k, "–");
            if let (true, Lex::Digits(d2 @ 1..=31, 1..=2)) = (joined, self.l(k + 1)) {
                let first_day: u32 = x.t.value[8..10].parse().unwrap_or(0);
                let next_ok =
                    !matches!(self.l(k + 2), Lex::Unit(..) | Lex::Month(..) | Lex::Ampm(_))
                        && !matches!(self.tok(k + 2), "%" | "percent");
                if d2 > first_day && next_ok {
                    let mut v2 = x.t.value.clone();
                    v2.replace_range(8..10, &format!("{d2:02}"));
                    let t = self.an.tokens[k + 1];
                    let mut e = tx(TimexType::Date, v2);
                    e.start = t.start;
                    e.end = t.end;
                    x.extra = Some(e);
                }
            }
        }
        let holiday = matches!(
            self.l(i),
            Lex::Kw(
                Kw::Christmas
                    | Kw::New
                    | Kw::Thanksgiving
                    | Kw::Easter
                    | Kw::Halloween
                    | Kw::DayName
            )
        ) || self.tok(x.end.saturating_sub(1)) == "Day";
        if holiday && x.t.value.len() == 10 {
            if let Some((_, end)) = self.holiday_year(x.end) {
                return Some(M { end, ..x });
            }
        }
        Some(x)
    }

    fn absolute_inner(&self, i: usize) -> Option<M> {
        if let (Lex::Num(t @ (20 | 30)), Lex::Ordinal(o @ 1..=9)) = (self.l(i), self.l(i + 1)) {
            let d = t + o;
            let k = i + 2 + usize::from(self.kw(i + 2, Kw::Of));
            return if d <= 31 {
                self.day_month(i, d, k)
            } else {
                None
            };
        }
        // Spoken years: "nineteen ninety-six", "the year two thousand".
        if let Some((y, end)) = self.spoken_year(i) {
            return m(end, TimexType::Date, fmt_year(y));
        }
        match self.l(i) {
            Lex::Weekday(_) if self.weekday_in_name(i) => None,
            Lex::Weekday(wd) => {
                // "Monday, Dec. 22(, 2025)", "Saturday 12 February"
                let k = i + usize::from(self.is_punct(i + 1, ","));
                let dated = match self.l(k + 1) {
                    Lex::Month(..) => self.month_phrase(k + 1, Dir::Past),
                    Lex::Digits(d, 1..=2) if (1..=31).contains(&d) => {
                        self.day_month(k + 1, d, k + 2)
                    }
                    _ => None,
                };
                if let Some(x) = dated {
                    if x.t.value.len() >= 10 || x.t.value.starts_with("XXXX-") {
                        return Some(x);
                    }
                }
                // "starting Friday (August 25)": the bracket dates the weekday when they agree.
                if let Some(day) = self
                    .bracketed_day(i + 1)
                    .filter(|d| d.weekday() == u32::from(wd))
                {
                    return m(i + 1, TimexType::Date, day.fmt());
                }
                // "the Sunday Times", "the Sunday Mirror": names; "Sunday Telegraph journalist",
                // "Radio Scotland's Sunday Live programme": titles, with or without "the".
                if (i > 0
                    && self.kw(i - 1, Kw::The)
                    && self.capitalized(i + 1)
                    && !matches!(self.l(i + 1), Lex::Month(..)))
                    || WEEKDAY_TITLE_WORDS.contains(&self.tok(i + 1))
                {
                    return None;
                }
                // "Tuesday nights", "Monday and Tuesday nights": a recurrence.
                let pods = |k: usize| match self.tok(k) {
                    "mornings" => Some("MO"),
                    "afternoons" => Some("AF"),
                    "evenings" => Some("EV"),
                    "nights" => Some("NI"),
                    _ => None,
                };
                if let Some(p) = pods(i + 1) {
                    return m(i + 2, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
                }
                if matches!(self.l(i + 1), Lex::Kw(Kw::And | Kw::Or))
                    && matches!(self.l(i + 2), Lex::Weekday(_))
                {
                    if let Some(p) = pods(i + 3) {
                        return m(i + 1, TimexType::Set, format!("XXXX-WXX-{wd}T{p}"));
                    }
                }
                // "Tuesday last week", "Wednesday of next week", "Friday this week": that week's day.
                let k = i + 1 + usize::from(self.kw(i + 1, Kw::Of));
                if let (
                    Lex::Kw(kw @ (Kw::This | Kw::Next | Kw::Last)),
                    Lex::Unit(Unit::Week, false),
                ) = (self.l(k), self.l(k + 1))
                {
                    let weeks = match kw {
                        Kw::This => 0,
                        Kw::Next => 1,
                        _ => -1,
                    };
                    let v = self.dct.map_or_else(
                        || format!("XXXX-WXX-{wd}"),
                        |d| {
                            d.add_days(7 * weeks + i64::from(wd) - i64::from(d.weekday()))
                                .fmt()
                        },
                    );
                    return m(k + 2, TimexType::Date, v);
                }
                // "from Monday to Friday", "between Tuesday and Thursday": the end is on or after
                // the start, whatever the tense guessed for each.
                if let Some(start) = self.weekday_range_start(i) {
                    let gap = (i64::from(wd) - i64::from(start.weekday())).rem_euclid(7);
                    return m(i + 1, TimexType::Date, start.add_days(gap).fmt());
                }
                let dir = self.default_dir(i);
                let v = self.weekday_val(wd, dir);
                self.with_pod(i + 1, v, dir)
            }
            Lex::Month(mo, abbr) => {
                if let Some(x) = self.month_phrase(i, self.default_dir(i)) {
                    return Some(x);
                }
                // A bare month name.
                if abbr || !self.capitalized(i) {
                    return None;
                }
                let ambiguous = matches!(mo, 3 | 5);
                let prev_ok = i > 0 && self.temporal_prep(i - 1);
                if ambiguous && !prev_ok {
                    return None;
                }
                // ("Lady January", "Operation December"; a capital that only opens the sentence is
                // no name: "Come January".)
                if !prev_ok
                    && i > 0
                    && self.capitalized(i - 1)
                    && !self.sentence_start(i - 1)
                    && !self.sentence_start(i)
                {
                    return None;
                }
                if self.capitalized_word(i + 1)
                    && !matches!(self.l(i + 1), Lex::Weekday(_) | Lex::Month(..))
                {
                    return None;
                }
                let ranged = (self.month_range_years(i).map(|(y, _)| y))
                    .or_else(|| self.month_range_years(i.checked_sub(2)?).map(|(_, y)| y));
                let v = match ranged {
                    Some(y) => format!("{}-{mo:02}", fmt_year(y)),
                    None => self.month_val(mo, self.default_dir(i)),
                };
                m(i + 1, TimexType::Date, v)
            }
            // "22-25 April 1951": both ends, the month and year shared.
            Lex::NumRange(a, b, off)
                if (1..=31).contains(&a)
                    && a < b
                    && b <= 31
                    && matches!(self.l(i + 1), Lex::Month(..)) =>
            {
                let second = self.day_month(i, b, i + 1)?;
                let mut v1 = second.t.value.clone();
                if v1.len() < 10 {
                    return None;
                }
                v1.replace_range(8..10, &format!("{a:02}"));
                let mut x = m(i + 1, TimexType::Date, v1)?;
                let mut e = tx(TimexType::Date, second.t.value);
                e.start = self.an.tokens[i].start + usize::from(off);
                e.end = self.an.tokens[second.end - 1].end;
                x.extra = Some(e);
                x.resume = Some(second.end);
                Some(x)
            }
            Lex::Digits(d, len) if len <= 2 && (1..=31).contains(&d) => {
                // "from 1 to 15 December", "between 3 and 5 March", "on 12 and 13 January": the
                // first day takes the month and year of the second.
                if let (true, Lex::Digits(d2, 1..=2)) = (self.joins_a_range(i + 1), self.l(i + 2)) {
                    if d < d2 && matches!(self.l(i + 3), Lex::Month(..)) {
                        let end = self.day_month(i + 2, d2, i + 3)?;
                        let value = end.t.value.get(..8).filter(|_| end.t.value.len() == 10)?;
                        return m(i + 1, TimexType::Date, format!("{value}{d:02}"));
                    }
                }
                // "22 December 2025", "22 Dec"
                let k = i + 1 + usize::from(self.kw(i + 1, Kw::Of));
                self.day_month(i, d, k)
            }
            Lex::Ordinal(n @ 1..=30) if self.l(i + 1) == Lex::Unit(Unit::Century, false) => {
                m(i + 2, TimexType::Date, format!("{:02}", n - 1))
            }
            Lex::Ordinal(d) if (1..=31).contains(&d) && matches!(self.l(i + 1), Lex::Month(..)) => {
                self.day_month(i, d, i + 1)
            }
            Lex::Ordinal(d) if (1..=31).contains(&d) && self.kw(i + 1, Kw::Of) => {
                self.day_month(i, d, i + 2)
            }
            Lex::Digits(y, 1..=4)
                if matches!(self.tok(i + 1), "BC" | "B.C." | "B.C" | "BCE" | "B.C.E.") && y > 0 =>
            {
                // TimeML writes years before the common era as BC plus four digits.
                m(i + 2, TimexType::Date, format!("BC{y:04}"))
            }
            Lex::Digits(y, 1..=4) if matches!(self.tok(i + 1), "AD" | "A.D." | "CE") && y > 0 => {
                m(i + 2, TimexType::Date, format!("{y:04}"))
            }
            // "the 1970's", "early 1980's": a decade with an apostrophe.
            Lex::Digits(y, 4) if self.decade_with_apostrophe(i) => {
                m(i + 2, TimexType::Date, format!("{:03}", y / 10))
            }
            Lex::Digits(y, 4) => self.year(i, y),
            Lex::YearSpan(y) if !self.after_money(i) => {
                m(i + 1, TimexType::Date, fmt_year(y.into()))
            }
            // Before the attacks, "9/11" in a story is some September 11th, and "Fahrenheit 9/11" is
            // a film: leave them alone.
            Lex::NineEleven
                if self.dct.is_none_or(|d| d > NINE_ELEVEN)
                    && !(i > 0 && self.tok(i - 1) == "Fahrenheit") =>
            {
                m(i + 1, TimexType::Date, "2001-09-11".to_owned())
            }
            Lex::NumDate(y, mo, 0) if y < 10000 => m(
                i + 1,
                TimexType::Date,
                format!("{}-{mo:02}", fmt_year(i64::from(y))),
            ),
            Lex::NumRange(a, b, off)
                if (1000..2200).contains(&a)
                    && (1..=12).contains(&b)
                    && self.tok(i).len() <= usize::from(off) + 2
                    && a / 100 * 100 + b <= a =>
            {
                // "2015-12": ISO year-month (a year range would go forward).
                m(
                    i + 1,
                    TimexType::Date,
                    format!("{}-{b:02}", fmt_year(i64::from(a))),
                )
            }
            Lex::NumRange(a, b, off)
                if (1000..2200).contains(&a) && self.tok(i).len() == usize::from(off) + 4
                    || (1000..2200).contains(&a)
                        && b < 100
                        && self.tok(i).len() == usize::from(off) + 2 =>
            {
                if self.after_money(i) || self.counted_by(i + 1) {
                    return None;
                }
                let mut y2 = if b < 100 { a / 100 * 100 + b } else { b };
                if y2 + 100 == a + 1 {
                    // "1999-00"
                    y2 += 100;
                }
                if !(y2 > a && y2 < 2200) {
                    return None;
                }
                let t = &self.an.tokens[i];
                let mut x = m(i + 1, TimexType::Date, fmt_year(i64::from(a)))?;
                let mut e = tx(TimexType::Date, fmt_year(i64::from(y2)));
                e.start = t.start + usize::from(off);
                e.end = t.end;
                x.extra = Some(e);
                // The first year ends at the hyphen (see `find`).
                Some(x)
            }
            Lex::NumDate(y, mo, d) => {
                let y = if y >= 10000 {
                    self.year_of_two_digits(y - 10000)
                } else {
                    i64::from(y)
                };
                let day = Day::new(y, u32::from(mo), u32::from(d))?;
                m(i + 1, TimexType::Date, day.fmt())
            }
            // "19th-century", "mid-19th-century", "the mid-20th century"
            Lex::Century(n, md) => {
                let x = m(i + 1, TimexType::Date, format!("{:02}", n - 1))?;
                Some(match md {
                    Some(md) => with_mod(x, md),
                    None => x,
                })
            }
            Lex::MidOrdinal(n, md) if self.l(i + 1) == Lex::Unit(Unit::Century, false) => {
                m(i + 2, TimexType::Date, format!("{:02}", n - 1)).map(|x| with_mod(x, md))
            }
            Lex::Decade(_) | Lex::MidDecade(..) if self.is_age(i) => None,
            Lex::Decade(d) => m(i + 1, TimexType::Date, format!("{d:03}")),
            Lex::MidDecade(d, md) => {
                m(i + 1, TimexType::Date, format!("{d:03}")).map(|x| with_mod(x, md))
            }
            // "the mid-1980's"
            Lex::MidYear(y, md) if y % 10 == 0 && self.possessive_after(i) => {
                m(i + 2, TimexType::Date, format!("{:03}", y / 10)).map(|x| with_mod(x, md))
            }
            Lex::MidYear(y, md) => {
                m(i + 1, TimexType::Date, fmt_year(i64::from(y))).map(|x| with_mod(x, md))
            }
            Lex::MidMonth(mo, md) => {
                let (end, v) = match self.year_at(i + 1) {
                    Some((y, end)) => (end, format!("{}-{mo:02}", fmt_year(y))),
                    None => (i + 1, self.month_val(mo, self.default_dir(i))),
                };
                m(end, TimexType::Date, v).map(|x| with_mod(x, md))
            }
            Lex::QuarterAbbr(q) => {
                if let Some((y, end)) = self.year_at(i + 1) {
                    return m(end, TimexType::Date, format!("{}-Q{q}", fmt_year(y)));
                }
                m(
                    i + 1,
                    TimexType::Date,
                    self.quarter_val(q, self.default_dir(i)),
                )
            }
            Lex::HalfAbbr(h) => {
                let (y, end) = self.year_at(i + 1)?;
                m(end, TimexType::Date, format!("{}-H{h}", fmt_year(y)))
            }
            Lex::PartAdj(Unit::Quarter, q) => m(
                i + 1,
                TimexType::Date,
                self.quarter_val(q, self.default_dir(i)),
            ),
            Lex::Ordinal(n) if (1..=4).contains(&n) && !(i > 0 && self.kw(i - 1, Kw::The)) => {
                if self.l(i + 1) == Lex::Unit(Unit::Quarter, false) {
                    return self.part_of_year(i, i);
                }
                None
            }
            Lex::Season(s) => {
                if let Some((y, end)) = self.trailing_year(i + 1) {
                    return m(
                        end,
                        TimexType::Date,
                        format!("{}-{}", fmt_year(y), s.code()),
                    );
                }
                let needs_context = matches!(s, Season::Fall | Season::Spring);
                // "the fall of Atlanta", "the fall in prices": a decline or a defeat, not autumn.
                if needs_context
                    && (self.kw(i + 1, Kw::Of) || (s == Season::Fall && self.kw(i + 1, Kw::In)))
                {
                    return None;
                }
                let ok =
                    i > 0 && self.temporal_prep(i - 1) && !self.kw(i - 1, Kw::To) || !needs_context;
                // "attributed the fall to", "despite the fall", "the fall was due to": a decline.
                // "the fall" is the season after a preposition or a verb of spending time ("in the
                // fall", "because of the fall and winter", "spent the fall") or before a seasonal
                // noun ("the fall season").
                let decline = self.tok(i).eq_ignore_ascii_case("fall")
                    && i > 0
                    && self.kw(i - 1, Kw::The)
                    && !(i > 1
                        && (self.temporal_prep(i - 2) && !self.kw(i - 2, Kw::To)
                            || matches!(
                                self.tok(i - 2).to_ascii_lowercase().as_str(),
                                "into" | "throughout" | "over" | "spent" | "spend" | "spending"
                            ))
                        || SEASONAL_NOUNS.contains(&self.tok(i + 1).to_ascii_lowercase().as_str()));
                if decline {
                    return None;
                }
                // "Summer Jones", "the Winter Olympics": names; "nuclear winter", "the Arab
                // Spring": no season of any year.
                let figurative = i > 0 && {
                    let prev = self.tok(i - 1);
                    FIGURATIVE_SEASON_WORDS
                        .iter()
                        .any(|w| prev.eq_ignore_ascii_case(w))
                };
                if !ok || figurative || self.capitalized(i) && self.capitalized_word(i + 1) {
                    return None;
                }
                // "summer camp" style compounds are still the season; keep.
                m(
                    i + 1,
                    TimexType::Date,
                    self.season_val(s, self.default_dir(i)),
                )
            }
            Lex::FiscalYear(y) => m(i + 1, TimexType::Date, fmt_year(i64::from(y))),
            Lex::Kw(Kw::Fiscal) => {
                // "fiscal second-quarter profit", "fiscal third quarter": the quarter of the company's
                // year, with "fiscal" inside the extent.
                if let Lex::PartAdj(Unit::Quarter, q) = self.l(i + 1) {
                    return m(
                        i + 2,
                        TimexType::Date,
                        self.quarter_val(q, self.default_dir(i)),
                    );
                }
                if let (Lex::Ordinal(_), Lex::Unit(Unit::Quarter, false) | Lex::Kw(Kw::Half)) =
                    (self.l(i + 1), self.l(i + 2))
                {
                    return self.part_of_year(i + 1, i);
                }
                let k = i + 1 + usize::from(self.l(i + 1) == Lex::Unit(Unit::Year, false));
                let (y, end) = self.year_at(k)?;
                m(end, TimexType::Date, fmt_year(y))
            }
            Lex::YearEnd => {
                // "at year-end 1986"
                if let Some((y, end)) = self.year_at(i + 1) {
                    return m(end, TimexType::Date, format!("{}-12-31", fmt_year(y)));
                }
                // "since year-end", "assets fell to $2 billion at year-end": the last one passed;
                // "by year-end", "expects to close at year-end": the coming one. (In December, the
                // coming one.)
                let ahead = i > 0
                    && matches!(
                        self.l(i - 1),
                        Lex::Kw(
                            Kw::By | Kw::Until | Kw::Before | Kw::Current | Kw::Next | Kw::This
                        )
                    );
                let v = self.dct.map_or_else(
                    || "XXXX-12-31".into(),
                    |d| {
                        let past = d.m < 12 && !ahead && !self.future(i);
                        format!("{}-12-31", fmt_year(d.y - i64::from(past)))
                    },
                );
                m(i + 1, TimexType::Date, v)
            }
            Lex::YearAgo => self.year_ago_phrase(i, i + 1),
            Lex::Kw(Kw::Christmas) => {
                if self.kw(i + 1, Kw::Eve) {
                    return m(i + 2, TimexType::Date, self.holiday_val(12, 24, i, i + 2));
                }
                // Places and titles named after the feast; an event named after it ("the Christmas
                // Offensive") is still dated by it.
                if matches!(self.tok(i + 1), "Island" | "Islands" | "Carol") {
                    return None;
                }
                let end = i + 1 + usize::from(self.tok(i + 1) == "Day");
                m(end, TimexType::Date, self.holiday_val(12, 25, i, end))
            }
            Lex::Kw(Kw::New)
                if self.capitalized(i)
                    && self.l(i + 1) == Lex::Unit(Unit::Year, false)
                    && self
                        .an
                        .tokens
                        .get(i + 2)
                        .is_some_and(|t| t.kind == TokenKind::Possessive) =>
            {
                if self.kw(i + 3, Kw::Eve) {
                    return m(i + 4, TimexType::Date, self.holiday_val(12, 31, i, i + 4));
                }
                let end = i + 3 + usize::from(self.tok(i + 3) == "Day");
                m(end, TimexType::Date, self.holiday_val(1, 1, i, end))
            }
            Lex::Kw(Kw::New) if self.capitalized(i) => {
                if self.kw(i + 1, Kw::Years) {
                    if self.kw(i + 2, Kw::Eve) {
                        return m(i + 3, TimexType::Date, self.holiday_val(12, 31, i, i + 3));
                    }
                    let end = i + 2 + usize::from(self.tok(i + 2) == "Day");
                    return m(end, TimexType::Date, self.holiday_val(1, 1, i, end));
                }
                None
            }
            Lex::Kw(Kw::Thanksgiving) => {
                let end = i + 1 + usize::from(self.tok(i + 1) == "Day");
                let v = self.floating_holiday(end, thanksgiving);
                m(end, TimexType::Date, v)
            }
            Lex::Kw(Kw::Easter) => {
                match self.tok(i + 1) {
                    "Monday" => {
                        let v = self.floating_holiday(i + 2, |y| easter(y).add_days(1));
                        return m(i + 2, TimexType::Date, v);
                    }
                    // Holy Week, ending on Easter Sunday: the ISO week of Easter.
                    "week" | "Week" => {
                        let v = self
                            .floating_day(i + 2, easter)
                            .map_or_else(|| "XXXX-WXX".into(), Day::fmt_week);
                        return m(i + 2, TimexType::Date, v);
                    }
                    // A place.
                    "Island" => return None,
                    _ => {}
                }
                let end = i + 1 + usize::from(self.tok(i + 1) == "Sunday");
                let v = self.floating_holiday(end, easter);
                m(end, TimexType::Date, v)
            }
            Lex::Kw(Kw::Halloween) => m(i + 1, TimexType::Date, self.holiday_val(10, 31, i, i + 1)),
            _ => self.named_day(i),
        }
    }

    /// An explicit year right after a holiday name ending before token `end` ("Easter 2018",
    /// "Christmas Day, 2025"): the year and the token after it.
    fn holiday_year(&self, end: usize) -> Option<(i64, usize)> {
        let sep = usize::from(self.is_punct(end, ",") || self.kw(end, Kw::Of));
        self.year_at(end + sep)
    }

    /// The number of the last completed quarter before the DCT.
    fn last_quarter(&self) -> u8 {
        self.dct.map_or(4, |d| ((d.quarter() + 2) % 4 + 1) as u8)
    }

    /// When the sentence of token `j` is about quarterly results: the quarter it names (or the last
    /// completed one).
    /// After "last year's": "quarter" in a report on one quarter, or "period" in a sentence that speaks
    /// of a quarter and of no span of months ("in the nine months, … in last year's period").
    fn year_s_quarter(&self, k: usize) -> Option<u8> {
        let q = self.doc_quarter?;
        match self.l(k) {
            Lex::Unit(Unit::Quarter, false) => Some(q),
            Lex::Kw(Kw::Period) => {
                let sent = self.an.sentences.get(self.an.sentence_of(k))?;
                let toks = sent.tokens.start..sent.tokens.end.min(k + 40);
                let quarter = toks.clone().any(|x| {
                    matches!(
                        self.l(x),
                        Lex::Unit(Unit::Quarter, false) | Lex::PartAdj(Unit::Quarter, _)
                    )
                });
                let months = toks
                    .into_iter()
                    .any(|x| matches!(self.l(x), Lex::Unit(Unit::Month, _) | Lex::Kw(Kw::Half)));
                (quarter && !months).then_some(q)
            }
            _ => None,
        }
    }

    fn sentence_quarter(&self, j: usize) -> Option<u8> {
        // The sentence and the two before it, inside the paragraph.
        let s = self.an.sentence_of(j);
        let sent = self.an.sentences.get(s)?;
        let para = self.an.paragraphs.get(self.an.paragraph_of(j))?;
        let first = self
            .an
            .sentences
            .get(s.saturating_sub(2))
            .map_or(sent.tokens.start, |f| f.tokens.start.max(para.tokens.start));
        let mut found = None;
        let mut money = false;
        // Bounded so that one endless sentence stays linear.
        let first = first.max(j.saturating_sub(120));
        let last = sent.tokens.end.min(j + 60);
        for k in first..last {
            if k >= sent.tokens.start
                && matches!(
                    self.tok(k),
                    "$" | "cents" | "million" | "billion" | "C$" | "US$"
                )
            {
                money = true;
            }
            match self.l(k) {
                Lex::PartAdj(Unit::Quarter, q) => return Some(q),
                Lex::Unit(Unit::Quarter, false) => {
                    if let Lex::Ordinal(q @ 1..=4) = self.l(k.wrapping_sub(1)) {
                        return Some(q as u8);
                    }
                    found = Some(self.last_quarter());
                }
                _ => {}
            }
        }
        if found.is_some() {
            return found;
        }
        // A sentence about a span of months ("For the nine months, ... a year earlier") compares
        // years, not quarters.
        let months = (sent.tokens.start..j)
            .any(|k| matches!(self.l(k), Lex::Unit(Unit::Month, true) | Lex::Kw(Kw::Half)));
        if months {
            return None;
        }
        // A money figure compared "a year earlier" in a report about a quarter.
        let q = self
            .doc_quarter
            .or_else(|| (self.doc_quarters && self.dct.is_some()).then(|| self.last_quarter()));
        q.filter(|_| money)
    }

    /// "year-ago quarter", "year ago period", "year-ago third quarter" (the words from `after` on):
    /// the reported quarter or year one year back.
    fn year_ago_phrase(&self, i: usize, after: usize) -> Option<M> {
        let mut end = after;
        let mut quarter = self.sentence_quarter(i);
        if let Lex::Ordinal(q @ 1..=4) = self.l(end) {
            if self.l(end + 1) == Lex::Unit(Unit::Quarter, false) {
                quarter = Some(q as u8);
                end += 1;
            }
        }
        if matches!(
            self.l(end),
            Lex::Unit(Unit::Quarter, false) | Lex::Kw(Kw::Period)
        ) {
            end += 1;
            quarter = quarter.or_else(|| self.dct.map(|_| self.last_quarter()));
        }
        m(end, TimexType::Date, self.year_ago_value(quarter))
    }

    /// The month a year before the bare month named earlier in the sentence of "a year earlier"
    /// ending at `end` ("in May from a year earlier", "The February figure was up from a year
    /// ago"): the reported month is the latest one with that name, as a bare month resolves.
    /// Not a day or a dated month ("the year ended June 30", "May 1986"), nor "May" the verb.
    fn month_a_year_back(&self, end: usize) -> Option<String> {
        let d = self.dct?;
        let start = self.first_token_of_sentence(end.saturating_sub(1));
        let lo = start.max(end.saturating_sub(40));
        // The nearest period named before is the one compared: a year, quarter, period or dated
        // month stops the search ("in 1986 from 20,430 a year earlier", "the same period a year
        // ago", "in the year ended June 30").
        let prev = |k: usize| if k > start { self.tok(k - 1) } else { "" };
        let k = (lo..end.saturating_sub(3))
            .rev()
            .find(|&k| match self.l(k) {
                Lex::Digits(_, 4)
                | Lex::Unit(..)
                | Lex::PartAdj(..)
                | Lex::QuarterAbbr(_)
                | Lex::YearSpan(_)
                | Lex::Kw(Kw::Period)
                | Lex::MidMonth(..) => true,
                Lex::Month(mo, _) => {
                    self.tok(k).starts_with(|c: char| c.is_ascii_uppercase())
                        && (mo != 5
                            || matches!(
                                prev(k),
                                "in" | "of" | "for" | "during" | "the" | "since" | "from" | "and"
                            ))
                }
                _ => false,
            })?;
        let bare_month = !matches!(
            self.l(k + 1),
            Lex::Num(_) | Lex::Digits(..) | Lex::Ordinal(_) | Lex::Unit(..)
        ) && !self.is_punct(k + 1, "-")
            && !matches!(prev(k), "ended" | "ending" | "ends" | "last" | "next");
        let mo = match self.l(k) {
            Lex::MidMonth(mo, _) => mo,
            Lex::Month(mo, _) if bare_month => mo,
            _ => return None,
        };
        let y = if u32::from(mo) <= d.m { d.y } else { d.y - 1 };
        Some(format!("{}-{mo:02}", fmt_year(y - 1)))
    }

    /// "a year earlier": the year before the DCT's, or that year's quarter in results reports.
    fn year_ago_value(&self, quarter: Option<u8>) -> String {
        match (self.dct, quarter) {
            (Some(d), Some(q)) => {
                // The reported quarter is the latest one begun with that number, as `quarter_val`
                // reads "the first quarter" (a fiscal quarter may end before the calendar one).
                let reported = if u32::from(q) <= d.quarter() {
                    d.y
                } else {
                    d.y - 1
                };
                format!("{}-Q{q}", fmt_year(reported - 1))
            }
            _ => self.rel_unit(Unit::Year, -1),
        }
    }

    /// "year end", "year's end" (after by/at/around/before/until): the end of the DCT's year.
    fn year_end(&self, i: usize) -> Option<M> {
        if self.l(i) != Lex::Unit(Unit::Year, false) || i == 0 {
            return None;
        }
        let prev_ok = matches!(
            self.l(i - 1),
            Lex::Kw(Kw::By | Kw::At | Kw::Approx | Kw::Before | Kw::Until | Kw::After)
        ) || self.kw(i - 1, Kw::The);
        if !prev_ok {
            return None;
        }
        let k = i
            + 1
            + usize::from(
                self.an
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Possessive),
            );
        if self.tok(k) != "end" {
            return None;
        }
        let v = self.rel_unit(Unit::Year, 0);
        let mut x = m(k + 1, TimexType::Date, v)?;
        x.t.modifier = Some("END");
        Some(x)
    }

    /// "Independence Day", "Labor Day", "Memorial Day", "Valentine's Day".
    fn named_day(&self, i: usize) -> Option<M> {
        if self.tok(i + 1) != "Day" {
            return self.named_weekday(i);
        }
        let v = match self.tok(i) {
            "Independence" => self.holiday_val(7, 4, i, i + 2),
            "Labor" | "Labour" => self.floating_holiday(i + 2, |y| nth_weekday(y, 9, 1, 1)),
            "Memorial" => self.floating_holiday(i + 2, |y| nth_weekday(y, 5, 1, 5)),
            "Boxing" => self.holiday_val(12, 26, i, i + 2),
            "Valentine" => self.holiday_val(2, 14, i, i + 2),
            // US general elections: the Tuesday after the first Monday of November.
            "Election" => self.floating_holiday(i + 2, |y| nth_weekday(y, 11, 1, 1).add_days(1)),
            "Veterans" => self.holiday_val(11, 11, i, i + 2),
            "Presidents" => self.floating_holiday(i + 2, |y| nth_weekday(y, 2, 1, 3)),
            "Columbus" => self.floating_holiday(i + 2, |y| nth_weekday(y, 10, 1, 2)),
            _ => return None,
        };
        m(i + 2, TimexType::Date, v)
    }

    fn floating_holiday(&self, i: usize, f: impl Fn(i64) -> Day) -> String {
        self.floating_day(i, f)
            .map_or_else(|| "XXXX-XX-XX".into(), Day::fmt)
    }

    /// The day of a holiday whose date moves with the year, for the phrase ending before token `i`:
    /// the year written after it, else the one the sentence's tense points to; none without a DCT.
    fn floating_day(&self, i: usize, f: impl Fn(i64) -> Day) -> Option<Day> {
        if let Some((y, _)) = self.holiday_year(i) {
            return Some(f(y));
        }
        let i = i.saturating_sub(1);
        let dct = self.dct?;
        let this = f(dct.y);
        let fut = self.future(i);
        Some(if fut && this < dct {
            f(dct.y + 1)
        } else if !fut && this.number() - dct.number() > 92 {
            f(dct.y - 1)
        } else {
            this
        })
    }

    /// Days named by a word before a weekday ("Black Friday", "Good Friday", "Cyber Monday"): the
    /// day counted from Thanksgiving or Easter. (Event names that fall on no fixed date, "Super
    /// Tuesday", "Black Monday", are left out by `weekday_in_name`.)
    fn named_weekday(&self, i: usize) -> Option<M> {
        let Lex::Weekday(wd) = self.l(i + 1) else {
            return None;
        };
        let word = self.tok(i);
        let &(_, _, feast, offset) = NAMED_WEEKDAYS
            .iter()
            .find(|&&(w, d, _, _)| w == word && d == wd)?;
        let v = self.floating_holiday(i + 2, |y| feast(y).add_days(offset));
        m(i + 2, TimexType::Date, v)
    }

    /// Is the weekday at `i` part of an event's name ("Super Tuesday", "Bloody Sunday", "Black
    /// Monday") or a named day ("Good Friday") that `named_weekday` reads from the word before?
    fn weekday_in_name(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|p| self.tok(p)) else {
            return false;
        };
        WEEKDAY_EVENTS.contains(&prev) || NAMED_WEEKDAYS.iter().any(|&(w, ..)| w == prev)
    }

    /// "22 December (2025)" with the month at `k`.
    fn day_month(&self, i: usize, d: u32, k: usize) -> Option<M> {
        let Lex::Month(mo, _) = self.l(k) else {
            return None;
        };
        // ("up 14\nDec 1 981": a day and a month on two lines of a table are no date.)
        if self.line_break_between(i, k) {
            return None;
        }
        let sep = usize::from(self.is_punct(k + 1, ",") || self.kw(k + 1, Kw::Of));
        if let Some((y, end)) = self.year_at(k + 1 + sep) {
            let day = Day::new(y, u32::from(mo), d)?;
            return m(end, TimexType::Date, day.fmt());
        }
        if matches!(mo, 3 | 5) && !self.capitalized(k) {
            return None;
        }
        let value = if self.told_on_by_a_past_verb(i) {
            self.month_day_past(mo, d as u8)
        } else {
            self.month_day_val(mo, d as u8, self.future(i))
        };
        m(k + 1, TimexType::Date, value)
    }

    /// Is the abbreviated or all-caps month at `j`, before a number `y` that would be a year before
    /// 1900, a contract month in a futures table ("Sep 17 1631 up 14", "Jul 1261 1265 1264", "MAY
    /// 1414 6619")? Not after a preposition ("signed on Sep 17 1787") nor with a period ("Sept. 17
    /// 1787").
    fn contract_month(&self, j: usize, y: i64) -> bool {
        let table_style = matches!(self.l(j), Lex::Month(_, true))
            || matches!(self.l(j), Lex::Month(..))
                && self.tok(j).bytes().all(|b| b.is_ascii_uppercase());
        table_style
            && y < 1900
            && !self.tok(j).ends_with('.')
            && !(j > 0 && self.temporal_prep(j - 1))
    }

    /// Does a line break separate token `a` from token `b`?
    fn line_break_between(&self, a: usize, b: usize) -> bool {
        match (self.an.tokens.get(a), self.an.tokens.get(b)) {
            (Some(x), Some(y)) if x.end <= y.start => self.text[x.end..y.start].contains('\n'),
            _ => false,
        }
    }

    /// Is token `i` followed by the tokenizer's "'s" ("1980's", "mid-1980's")?
    fn possessive_after(&self, i: usize) -> bool {
        self.an
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// "the 1970's", "early 1980's", "in 1990's and": a year ending in 0 with "'s" that is a decade,
    /// not a possessive ("1980's profit").
    fn decade_with_apostrophe(&self, i: usize) -> bool {
        let Lex::Digits(y, 4) = self.l(i) else {
            return false;
        };
        if !(1000..2100).contains(&y) || y % 10 != 0 || !self.possessive_after(i) {
            return false;
        }
        let before = i > 0
            && matches!(
                self.l(i - 1),
                Lex::Kw(Kw::The | Kw::Early | Kw::Late | Kw::Mid)
            );
        let after = self
            .an
            .tokens
            .get(i + 2)
            .is_none_or(|t| t.kind == TokenKind::Punct)
            || matches!(
                self.tok(i + 2),
                "and" | "or" | "to" | "through" | "by" | "when"
            );
        before || after
    }

    /// A four-digit year, with guards against amounts, counts and addresses.
    fn year(&self, i: usize, y: u32) -> Option<M> {
        if !(1000..2200).contains(&y) || self.after_money(i) {
            return None;
        }
        let prev_ok = i > 0
            && (self.temporal_prep(i - 1)
                || matches!(self.l(i - 1), Lex::Month(..))
                || self.is_punct(i - 1, ","));
        if !(1900..2100).contains(&y) && !prev_ok {
            return None;
        }
        if i > 0 && self.contract_month(i - 1, i64::from(y)) {
            return None;
        }
        // "Room 1984", "Flight 2010", "Windows 2000", "Highway 1960": a number on a label or product.
        if i > 0 && NUMBERED_LABELS.contains(&self.tok(i - 1)) {
            return None;
        }
        if self.counted_by(i + 1) {
            return None;
        }
        // A price and its change in a market table ("DEC7 2013 OFF 2", "A DLR 2006 up 11").
        if !prev_ok
            && matches!(
                self.tok(i + 1).to_ascii_lowercase().as_str(),
                "up" | "off" | "unch" | "dn"
            )
            && matches!(self.l(i + 2), Lex::Digits(..) | Lex::No)
        {
            return None;
        }
        if i > 0 && matches!(self.l(i - 1), Lex::Digits(..)) {
            return None;
        }
        let mut end = i + 1;
        // "1990 fiscal year", "fiscal 1990"
        let mut v = fmt_year(i64::from(y));
        if let Lex::Ordinal(q) = self.l(end) {
            if (1..=4).contains(&q) && self.l(end + 1) == Lex::Unit(Unit::Quarter, false) {
                v = format!("{v}-Q{q}");
                end += 2;
            }
        }
        m(end, TimexType::Date, v)
    }

    /// Sets: "every Monday", "each year", "daily", "twice a week", "Mondays".
    fn set(&self, i: usize) -> Option<M> {
        let mut s = match self.l(i) {
            Lex::Kw(k @ (Kw::Every | Kw::Each)) => {
                let quant = if k == Kw::Every { "EVERY" } else { "EACH" };
                let mut j = i + 1;
                let mut n = 1;
                if self.kw(j, Kw::Other) {
                    n = 2;
                    j += 1;
                }
                let (v, end) = match self.l(j) {
                    Lex::Unit(u, false) => (Self::dur_value(Some(n), u), j + 1),
                    Lex::Weekday(wd) => match self.l(j + 1) {
                        Lex::Pod(p) => (format!("XXXX-WXX-{wd}T{}", p.code()), j + 2),
                        _ => (format!("XXXX-WXX-{wd}"), j + 1),
                    },
                    Lex::Month(mo, false) => (format!("XXXX-{mo:02}"), j + 1),
                    Lex::Pod(p) => (format!("TXX{}", p.code()), j + 1),
                    _ => {
                        // "every three days", "every few weeks" (`PXW`)
                        if let Some((n, used)) = self.quantity(j) {
                            if let Lex::Unit(u, true) = self.l(j + used) {
                                let mut x = m(j + used + 1, TimexType::Set, Self::dur_value(n, u))?;
                                x.t.quant = Some(quant);
                                return Some(x);
                            }
                        }
                        return None;
                    }
                };
                let mut x = m(end, TimexType::Set, v)?;
                x.t.quant = Some(quant);
                x
            }
            Lex::Frequency(_)
                if self.capitalized(i + 1)
                    && self.l(i + 1) == Lex::No
                    && !self.sentence_start(i + 1) =>
            {
                // "the party daily Granma"
                return None;
            }
            // "China Daily", "the Daily Mail": names; "the daily said", "a government daily
            // reported", "the weekly newspaper": papers.
            // ("Freedom Daily updated its page": a capital inside a sentence.)
            Lex::Frequency(_)
                if self.capitalized(i)
                    && (self.name_part(i)
                        || self.capitalized_word(i + 1)
                        || !self.sentence_start(i) && !self.in_headline(i))
                    || matches!(
                        self.tok(i + 1),
                        "said"
                            | "says"
                            | "reported"
                            | "wrote"
                            | "writes"
                            | "quoted"
                            | "warned"
                            | "added"
                            | "noted"
                            | "commented"
                            | "claimed"
                            | "cited"
                            | "published"
                            | "carried"
                            | "newspaper"
                            | "newspapers"
                            | "paper"
                            | "magazine"
                            | "representing"
                    ) =>
            {
                return None;
            }
            Lex::Frequency(Unit::Quarter)
                if self.an.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !self.capitalized(i + 1)
                        && self.l(i + 1) == Lex::No
                        && !self.tok(i + 1).ends_with("ly")
                }) && !matches!(
                    self.tok(i + 1),
                    "and"
                        | "or"
                        | "since"
                        | "until"
                        | "from"
                        | "in"
                        | "at"
                        | "on"
                        | "to"
                        | "for"
                        | "by"
                        | "through"
                ) =>
            {
                // "quarterly dividend", "quarterly report": an adjective of reporting, not a recurrence
                // (TimeML does annotate "daily" and "weekly" before nouns).
                return None;
            }
            Lex::Frequency(u) => {
                let mut x = m(i + 1, TimexType::Set, Self::dur_value(Some(1), u))?;
                x.t.freq = Some("1X".into());
                x
            }
            Lex::Weekdays(wd) if self.capitalized(i) => {
                m(i + 1, TimexType::Set, format!("XXXX-WXX-{wd}"))?
            }
            Lex::Kw(k @ (Kw::Once | Kw::Twice)) | Lex::Kw(k @ Kw::Times) => {
                let n = if k == Kw::Once { 1 } else { 2 };
                if !matches!(
                    self.l(i + 1),
                    Lex::Kw(Kw::A | Kw::Per | Kw::Every | Kw::Each)
                ) {
                    return None;
                }
                let Lex::Unit(u, false) = self.l(i + 2) else {
                    return None;
                };
                let mut x = m(i + 3, TimexType::Set, Self::dur_value(Some(1), u))?;
                x.t.freq = Some(format!("{n}X"));
                x
            }
            Lex::Num(n) | Lex::Digits(n, 1..=2) if self.kw(i + 1, Kw::Times) => {
                if !matches!(
                    self.l(i + 2),
                    Lex::Kw(Kw::A | Kw::Per | Kw::Every | Kw::Each)
                ) {
                    return None;
                }
                let Lex::Unit(u, false) = self.l(i + 3) else {
                    return None;
                };
                let mut x = m(i + 4, TimexType::Set, Self::dur_value(Some(1), u))?;
                x.t.freq = Some(format!("{n}X"));
                x
            }
            _ => return None,
        };
        s.t.kind = TimexType::Set;
        Some(s)
    }

    /// Clock times: "3 p.m.", "3:30 p.m. EST", "15:00 GMT", "noon", "0700 GMT", "3pm Monday".
    fn time(&self, i: usize) -> Option<M> {
        if let Some(x) = self.range_start_time(i) {
            return Some(x);
        }
        // "4 in the morning", "4:30 in the afternoon", "8 in the evening": the hour on the clock
        // of that part of the day, and the end of the phrase.
        let in_the_pod = |h: u32, k: usize| {
            if !(self.kw(k, Kw::In) && self.kw(k + 1, Kw::The) && (1..=12).contains(&h)) {
                return None;
            }
            let Lex::Pod(pod) = self.l(k + 2) else {
                return None;
            };
            let pm = matches!(pod, Pod::Afternoon | Pod::Evening) || pod == Pod::Night && h >= 6;
            Some((if pm { h % 12 + 12 } else { h % 12 }, k + 3))
        };
        let (h, mi, mut k) = match self.l(i) {
            Lex::Digits(h, 1..=2) if h <= 12 => match self.l(i + 1) {
                Lex::Ampm(pm) => (if pm { h % 12 + 12 } else { h % 12 }, 0, i + 2),
                Lex::Kw(Kw::Oclock) => (h, 0, i + 2),
                _ => {
                    let (h, k) = in_the_pod(h, i + 1)?;
                    (h, 0, k)
                }
            },
            Lex::Clock(h, mi, ampm) => {
                let (h, k) = match (ampm, self.l(i + 1)) {
                    (false, Lex::Ampm(pm)) if (1..=12).contains(&h) => (
                        if pm {
                            u32::from(h) % 12 + 12
                        } else {
                            u32::from(h) % 12
                        },
                        i + 2,
                    ),
                    (false, Lex::Tz) => (u32::from(h), i + 1),
                    // "4:30 in the afternoon"
                    (false, _) => match in_the_pod(u32::from(h), i + 1) {
                        Some(at_pod) => at_pod,
                        None => {
                            let ctx = i > 0
                                && matches!(
                                    self.l(i - 1),
                                    Lex::Kw(
                                        Kw::At
                                            | Kw::By
                                            | Kw::Until
                                            | Kw::Before
                                            | Kw::After
                                            | Kw::From
                                            | Kw::To
                                            | Kw::Approx
                                    )
                                );
                            if !ctx || h > 23 {
                                return None;
                            }
                            (u32::from(h), i + 1)
                        }
                    },
                    (true, _) => (u32::from(h), i + 1),
                };
                (h, u32::from(mi), k)
            }
            Lex::Digits(hm, 4)
                if hm % 100 < 60 && hm / 100 < 24 && matches!(self.l(i + 1), Lex::Tz) =>
            {
                (hm / 100, hm % 100, i + 1)
            }
            // "at 1000 hrs EDT", "bids at 1230 hrs": a clock in hours and minutes ("1500 hours of
            // community service" is a count).
            Lex::Digits(hm, 4)
                if hm % 100 < 60
                    && hm / 100 < 24
                    && matches!(self.tok(i + 1), "hrs" | "hours")
                    && (self.l(i + 2) == Lex::Tz
                        || i > 0
                            && matches!(self.tok(i - 1), "at" | "by" | "until" | "before")) =>
            {
                (hm / 100, hm % 100, i + 2)
            }
            // ("Jamie Noon", "Midnight Express", "Christmas Midnight Mass": a capital inside a
            // sentence, with no preposition before, makes a name.)
            Lex::Kw(Kw::Noon | Kw::Midnight)
                if matches!(self.tok(i), "Noon" | "Midnight")
                    && !self.sentence_start(i)
                    && !(i > 0 && (self.temporal_prep(i - 1) || self.kw(i - 1, Kw::At))) =>
            {
                return None;
            }
            Lex::Kw(Kw::Noon) if !(i > 0 && self.tok(i - 1).eq_ignore_ascii_case("high")) => {
                (12, 0, i + 1)
            }
            Lex::Kw(Kw::Midnight) => (24, 0, i + 1),
            _ => return None,
        };
        if self.l(k) == Lex::Tz {
            k += 1;
        } else if self.tok(k) == "local" && self.tok(k + 1) == "time" {
            k += 2;
        } else if matches!(self.tok(k), "Eastern" | "Central" | "Mountain" | "Pacific") {
            // "8:30 p.m. Eastern", "9 p.m. Pacific time", "noon Eastern Standard Time"
            k += 1;
            if matches!(self.tok(k), "Standard" | "Daylight")
                && self.tok(k + 1).eq_ignore_ascii_case("time")
            {
                k += 2;
            } else if self.tok(k).eq_ignore_ascii_case("time") {
                k += 1;
            } else if self.capitalized_word(k) {
                // "9 a.m. Pacific Gas shares": a name.
                k -= 1;
            }
        }
        // A day right after: "3 p.m. Monday", "noon Thursday", "midnight Friday", "9 a.m. today".
        let kd = k + usize::from(self.is_punct(k, ","));
        let dated = if let Lex::Month(..) = self.l(kd) {
            self.month_phrase(kd, self.default_dir(kd))
                .filter(|x| x.t.value.len() == 10)
        } else {
            None
        };
        // "at 7:24 pm on August 4, 1961", "at 11 a.m. on Friday": the day is a timex of its own (as
        // TimeML annotates it) but dates the time.
        let on_day = if self.kw(k, Kw::On) {
            match self.l(k + 1) {
                Lex::Month(..) => self
                    .month_phrase(k + 1, self.default_dir(k + 1))
                    .map(|x| x.t.value)
                    .filter(|v| v.len() == 10),
                Lex::Weekday(wd) => Some(self.weekday_val(wd, self.default_dir(k + 1))),
                _ => None,
            }
        } else {
            None
        };
        let (day, end) = match self.l(k) {
            _ if dated.is_some() => dated.map(|x| (x.t.value, x.end)).unwrap_or_default(),
            Lex::Weekday(wd) => (self.weekday_val(wd, self.default_dir(k)), k + 1),
            Lex::Kw(Kw::Today) => (self.rel_day(0), k + 1),
            Lex::Kw(Kw::Yesterday) => (self.rel_day(-1), k + 1),
            Lex::Kw(Kw::Tomorrow) => (self.rel_day(1), k + 1),
            // "before 11 a.m. (0530 GMT) tomorrow": the day after the bracket (left outside).
            _ if self.day_after_bracket(k).is_some() => (self.day_after_bracket(k)?, k),
            _ if on_day.is_some() => (on_day.unwrap_or_default(), k),
            // A bare clock time is on the day told in its sentence or the one before ("the blast
            // occurred Friday ... at about 10:35 a.m."), else on the DCT.
            _ => (
                self.anchor_day
                    .get()
                    .filter(|_| {
                        self.dct.is_some()
                            && self.an.sentence_of(i) <= self.anchor_day_sentence.get() + 1
                    })
                    .map_or_else(|| self.rel_day(0), Day::fmt),
                k,
            ),
        };
        let v = if mi == 0 && matches!(self.l(i), Lex::Kw(Kw::Midnight)) {
            format!("{day}T24:00")
        } else {
            format!("{day}T{h:02}:{mi:02}")
        };
        m(end, TimexType::Time, v)
    }
}

impl Parser<'_> {
    /// The bare first end of a time range, "3" in "from 3 to 6 p.m." or "between 11 and 2 p.m.": it
    /// takes the second end's day and meridiem, flipped when its hour is later on the clock face.
    fn range_start_time(&self, i: usize) -> Option<M> {
        let Lex::Digits(h, 1..=2) = self.l(i) else {
            return None;
        };
        let opens = i > 0 && matches!(self.l(i - 1), Lex::Kw(Kw::From | Kw::Between));
        let joins = matches!(self.l(i + 1), Lex::Kw(Kw::To | Kw::And));
        let second_hour = match (self.l(i + 2), self.l(i + 3)) {
            (Lex::Digits(h2, 1..=2), Lex::Ampm(pm)) => Some((h2, pm)),
            (Lex::Clock(h2, _, false), Lex::Ampm(pm)) => Some((u32::from(h2), pm)),
            _ => None,
        }
        .filter(|&(h2, _)| (1..=12).contains(&h2))
        .map(|(h2, pm)| (h2 % 12, pm));
        let (h2, pm2) = second_hour.filter(|_| opens && joins && (1..=12).contains(&h))?;
        let h1 = h % 12;
        let pm = if h1 <= h2 { pm2 } else { !pm2 };
        let second = self.time(i + 2)?;
        let day = second.t.value.split_once('T')?.0.to_string();
        m(
            i + 1,
            TimexType::Time,
            format!("{day}T{:02}:00", h1 + if pm { 12 } else { 0 }),
        )
    }

    /// The calendar day in a bracket that opens at `k` ("(August 25)", "(Aug. 25, 2017)").
    fn bracketed_day(&self, k: usize) -> Option<Day> {
        if !(self.is_punct(k, "(") && matches!(self.l(k + 1), Lex::Month(..))) {
            return None;
        }
        let x = self.month_phrase(k + 1, Dir::Past)?;
        if !self.is_punct(x.end, ")") {
            return None;
        }
        crate::calendar::single_day(&x.t.value)
    }

    /// The day named right after a bracket that opens at `k` ("(0530 GMT) tomorrow").
    fn day_after_bracket(&self, k: usize) -> Option<String> {
        if !self.is_punct(k, "(") {
            return None;
        }
        let close = (k + 1..k + 6).find(|&c| self.is_punct(c, ")"))?;
        let d = close + 1;
        Some(match self.l(d) {
            Lex::Weekday(wd) => self.weekday_val(wd, self.default_dir(d)),
            Lex::Kw(Kw::Today) => self.rel_day(0),
            Lex::Kw(Kw::Yesterday) => self.rel_day(-1),
            Lex::Kw(Kw::Tomorrow) => self.rel_day(1),
            _ => return None,
        })
    }

    /// A part of the day with an edge or a day: "mid-afternoon", "late afternoon", "early morning",
    /// "mid-afternoon yesterday", "the early morning" (with "the", from `the_phrase`). A bare "morning"
    /// is left to the other rules.
    fn pod_phrase(&self, i: usize) -> Option<M> {
        let (pod, md, k) = match (self.l(i), self.l(i + 1)) {
            (Lex::EdgePod(p, md), _) => (p, Some(md), i + 1),
            (Lex::Kw(Kw::Early), Lex::Pod(p)) => (p, Some("START"), i + 2),
            (Lex::Kw(Kw::Late), Lex::Pod(p)) => (p, Some("END"), i + 2),
            (Lex::Kw(Kw::Mid), Lex::Pod(p)) => (p, Some("MID"), i + 2),
            (Lex::Pod(p), _) => (p, None, i + 1),
            _ => return None,
        };
        // (AQUAINT leaves "the night of" outside "Oct. 23": no "of" here.)
        let day = match self.l(k) {
            Lex::Kw(Kw::Today) => Some((self.rel_day(0), k + 1)),
            Lex::Kw(Kw::Yesterday) => Some((self.rel_day(-1), k + 1)),
            Lex::Kw(Kw::Tomorrow) => Some((self.rel_day(1), k + 1)),
            Lex::Weekday(wd) => Some((self.weekday_val(wd, self.default_dir(k)), k + 1)),
            _ => None,
        };
        let mut x = match (day, md) {
            (Some((v, end)), _) => m(end, TimexType::Time, format!("{v}T{}", pod.code()))?,
            // "late-night talks", "early morning hours": adjectives.
            (None, Some(_))
                if self.tok(k).bytes().all(|b| b.is_ascii_lowercase())
                    && !self.tok(k).is_empty()
                    && !matches!(
                        self.tok(k),
                        "in" | "on"
                            | "at"
                            | "and"
                            | "or"
                            | "when"
                            | "as"
                            | "to"
                            | "with"
                            | "for"
                            | "before"
                            | "after"
                            | "the"
                            | "that"
                            | "while"
                            | "local"
                    ) =>
            {
                return None
            }
            (None, Some(_)) => m(
                k,
                TimexType::Time,
                format!("{}T{}", self.rel_day(0), pod.code()),
            )?,
            (None, None) => return None,
        };
        x.t.modifier = md;
        Some(x)
    }
}

/// Runs the grammar over one analysed string.
pub(crate) fn find(
    lexicon: &Lexicon,
    text: &str,
    an: &TextAnalysis,
    dct: Option<Day>,
    out: &mut Vec<Timex>,
) {
    find_with(lexicon, text, an, dct, None, out);
}

/// Like [`find`], with the month and day of a year-less dateline when there is no DCT.
pub(crate) fn find_with(
    lexicon: &Lexicon,
    text: &str,
    an: &TextAnalysis,
    dct: Option<Day>,
    partial: Option<(u32, u32)>,
    out: &mut Vec<Timex>,
) {
    let mut p = Parser::new(lexicon, text, an, dct);
    // A stand-in leap year so that Feb. 29 exists.
    p.partial = partial.and_then(|(m, d)| Day::new(2000, m, d));
    let first = out.len();
    p.run(out);
    // "Dec. 22-24", "2007-2012": the parser pushes the second end, found inside the first expression's
    // last token, right after the first; the first ends at the hyphen.
    for k in first + 1..out.len() {
        let (a, b) = (out[k - 1].start, out[k].start);
        if b > a && b < out[k - 1].end {
            let head = text.get(a..b).unwrap_or("");
            out[k - 1].end = a + head.trim_end_matches(['-', '–']).len();
        }
    }
    // "during April and May 2012": the year written last serves the whole list.
    crate::shared_year::share_written_years(text, &mut out[first..]);
}

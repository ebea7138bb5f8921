//! Token classes: what each token can contribute to a temporal expression.
//!
//! Every token of a document is classified once, with a single hash look-up on its lower-cased text
//! (hyphenated words and numbers are parsed by hand). Most tokens are [`Lex::No`], so the grammar in
//! [`crate::grammar`] only wakes up on the few tokens that can start a temporal expression.

use std::collections::HashMap;

/// Calendar and clock units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    /// Two weeks; valued in weeks (`P2W`), see [`Unit::in_base_units`].
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration designator and whether it belongs after `T`.
    pub fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week | Unit::Fortnight => ("W", false),
            Unit::Weekend => ("WE", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }

    /// `n` of this unit in a unit TIMEX3 values use: a fortnight counts as two weeks.
    pub fn in_base_units(self, n: i64) -> (Unit, i64) {
        match self {
            Unit::Fortnight => (Unit::Week, 2 * n),
            u => (u, n),
        }
    }
}

/// Keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    The,
    A,
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Recent,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Of,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Hence,
    From,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Now,
    Currently,
    Recently,
    Future,
    Soon,
    Previously,
    Lately,
    Nowadays,
    Every,
    Each,
    Other,
    Per,
    Approx,
    Some,
    More,
    Less,
    Than,
    Over,
    Under,
    At,
    Least,
    Most,
    Up,
    To,
    Within,
    Or,
    So,
    Fiscal,
    /// "three-quarters" (of a century, of an hour).
    ThreeQuarters,
    And,
    Half,
    Couple,
    Times,
    Once,
    Twice,
    Noon,
    Midnight,
    Overnight,
    In,
    On,
    By,
    Since,
    Until,
    Between,
    Through,
    During,
    Same,
    That,
    These,
    Near,
    Term,
    Present,
    Moment,
    Oclock,
    Eve,
    New,
    Years,
    No,
    For,
    Christmas,
    Thanksgiving,
    Easter,
    Halloween,
    /// The first word of a "… Day" holiday ("Labor", "Memorial", "Election") or of a named weekday
    /// ("Black Friday", "Good Friday").
    DayName,
    /// "right" (of "right now").
    Right,
    Full,
    Whole,
    Entire,
    Period,
    Sometime,
    Trading,
    Business,
    Additional,
    Several,
    Few,
    Many,
}

/// Seasons, in the order of their TIMEX3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    pub fn index(self) -> i64 {
        self as i64
    }
}

/// Parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Pod {
    pub fn code(self) -> &'static str {
        match self {
            Pod::Morning => "MO",
            Pod::Afternoon => "AF",
            Pod::Evening => "EV",
            Pod::Night => "NI",
        }
    }
}

/// What a token can be in a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Nothing temporal.
    No,
    Kw(Kw),
    /// A month name, 1-12; `abbr` for "Dec"/"Dec.".
    Month(u8, bool),
    /// A weekday, Monday = 1.
    Weekday(u8),
    /// A plural weekday ("Mondays").
    Weekdays(u8),
    /// A cardinal number word ("two", "twenty-five").
    Num(u32),
    /// An ordinal ("third", "3rd").
    Ordinal(u32),
    /// A unit, plural flag.
    Unit(Unit, bool),
    /// Plain ASCII digits: value and number of digits.
    Digits(u32, u8),
    Season(Season),
    Pod(Pod),
    /// A decade ("1990s", "nineties"): its first three digits.
    Decade(u32),
    /// A numeric date ("12/22/2025", "2025-12-22", "19980303"); a two-digit year is stored as 0-99 + 10000.
    NumDate(u32, u8, u8),
    /// Two numbers joined by a hyphen or slash ("22-24", "2007-2012"): values and the byte offset of the
    /// second one inside the token.
    NumRange(u32, u32, u8),
    /// A fiscal or season year written over two years, "2002/03": the year it starts in.
    YearSpan(u32),
    /// A clock time ("3:30", "15:00"): hours and minutes; `true` when an am/pm suffix is included and
    /// already applied ("3pm").
    Clock(u8, u8, bool),
    /// "a.m." (false) or "p.m." (true).
    Ampm(bool),
    /// A time zone abbreviation.
    Tz,
    /// "Q3".
    QuarterAbbr(u8),
    /// "H1".
    HalfAbbr(u8),
    /// A hyphenated duration adjective ("four-year", "30-day", "several-year"); `None` = unspecified.
    HyphDur(Option<u32>, Unit),
    /// "third-quarter", "first-half": the unit (Quarter or Year for halves) and the ordinal.
    PartAdj(Unit, u8),
    /// "mid-November" (month), "mid-2024" (year), "mid-1990s" (decade), and "late-", "early-",
    /// "end-" (wire style, "at end-1986"): the TIMEX3 mod (`MID`, `END`, `START`).
    MidMonth(u8, &'static str),
    MidYear(u32, &'static str),
    MidDecade(u32, &'static str),
    /// "mid-20th", "late-19th" (before "century"): the ordinal and its mod.
    MidOrdinal(u32, &'static str),
    /// "19th-century", "mid-19th-century": a century as an adjective, with its mod if any.
    Century(u32, Option<&'static str>),
    /// "mid-afternoon", "late-night", "early-morning": a part of the day with its TIMEX3 mod.
    EdgePod(Pod, &'static str),
    /// "year-end".
    YearEnd,
    /// "year-earlier", "year-ago".
    YearAgo,
    /// "FY2025".
    FiscalYear(u32),
    /// Adverbs of frequency: "daily" etc.
    Frequency(Unit),
    /// "9/11": the name of the 2001 attacks, not a month and day of the story's year.
    NineEleven,
}

/// The word table, built once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: HashMap<&'static str, Lex>,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 20] = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORD: [&str; 2] = ["twentieth", "thirtieth"];

impl Lexicon {
    pub fn new() -> Lexicon {
        let mut w: HashMap<&'static str, Lex> = HashMap::with_capacity(512);
        for (i, m) in MONTHS.iter().enumerate() {
            w.insert(m, Lex::Month(i as u8 + 1, false));
        }
        for (a, m) in [
            ("jan", 1),
            ("feb", 2),
            ("mar", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("oct", 10),
            ("nov", 11),
            ("dec", 12),
        ] {
            w.insert(a, Lex::Month(m, true));
        }
        for (a, m) in [
            ("jan.", 1),
            ("feb.", 2),
            ("mar.", 3),
            ("apr.", 4),
            ("jun.", 6),
            ("jul.", 7),
            ("aug.", 8),
            ("sep.", 9),
            ("sept.", 9),
            ("oct.", 10),
            ("nov.", 11),
            ("dec.", 12),
        ] {
            w.insert(a, Lex::Month(m, true));
        }
        for (i, d) in WEEKDAYS.iter().enumerate() {
            w.insert(d, Lex::Weekday(i as u8 + 1));
        }
        for (d, i) in [
            ("mondays", 1),
            ("tuesdays", 2),
            ("wednesdays", 3),
            ("thursdays", 4),
            ("fridays", 5),
            ("saturdays", 6),
            ("sundays", 7),
        ] {
            w.insert(d, Lex::Weekdays(i));
        }
        for (i, n) in ONES.iter().enumerate().skip(1) {
            w.insert(n, Lex::Num(i as u32));
        }
        for (i, n) in TENS.iter().enumerate() {
            w.insert(n, Lex::Num(20 + 10 * i as u32));
        }
        w.insert("hundred", Lex::Num(100));
        w.insert("thousand", Lex::Num(1000));
        w.insert("dozen", Lex::Num(12));
        for (i, n) in ORDINALS.iter().enumerate().skip(1) {
            w.insert(n, Lex::Ordinal(i as u32));
        }
        w.insert(TENS_ORD[0], Lex::Ordinal(20));
        w.insert(TENS_ORD[1], Lex::Ordinal(30));
        for (s, u) in [
            ("minute", Unit::Minute),
            ("hour", Unit::Hour),
            ("day", Unit::Day),
            ("week", Unit::Week),
            ("fortnight", Unit::Fortnight),
            ("weekend", Unit::Weekend),
            ("month", Unit::Month),
            ("quarter", Unit::Quarter),
            ("qtr", Unit::Quarter),
            ("year", Unit::Year),
            ("decade", Unit::Decade),
            ("century", Unit::Century),
        ] {
            w.insert(s, Lex::Unit(u, false));
        }
        for (s, u) in [
            ("seconds", Unit::Second),
            ("minutes", Unit::Minute),
            ("mins", Unit::Minute),
            ("min", Unit::Minute),
            ("hr", Unit::Hour),
            ("hours", Unit::Hour),
            ("hrs", Unit::Hour),
            ("days", Unit::Day),
            ("weeks", Unit::Week),
            ("fortnights", Unit::Fortnight),
            ("weekends", Unit::Weekend),
            ("months", Unit::Month),
            ("quarters", Unit::Quarter),
            ("qtrs", Unit::Quarter),
            ("years", Unit::Year),
            ("yrs", Unit::Year),
            ("decades", Unit::Decade),
            ("centuries", Unit::Century),
        ] {
            w.insert(s, Lex::Unit(u, true));
        }
        for (s, x) in [
            ("spring", Season::Spring),
            ("summer", Season::Summer),
            ("fall", Season::Fall),
            ("autumn", Season::Fall),
            ("winter", Season::Winter),
        ] {
            w.insert(s, Lex::Season(x));
        }
        for (s, p) in [
            ("morning", Pod::Morning),
            ("afternoon", Pod::Afternoon),
            ("evening", Pod::Evening),
            ("night", Pod::Night),
        ] {
            w.insert(s, Lex::Pod(p));
        }
        for (s, u) in [
            ("daily", Unit::Day),
            ("nightly", Unit::Day),
            ("weekly", Unit::Week),
            ("fortnightly", Unit::Fortnight),
            ("monthly", Unit::Month),
            ("quarterly", Unit::Quarter),
            ("annually", Unit::Year),
            ("yearly", Unit::Year),
            ("hourly", Unit::Hour),
        ] {
            w.insert(s, Lex::Frequency(u));
        }
        for (s, d) in [
            ("twenties", 192),
            ("thirties", 193),
            ("forties", 194),
            ("fifties", 195),
            ("sixties", 196),
            ("seventies", 197),
            ("eighties", 198),
            ("nineties", 199),
        ] {
            w.insert(s, Lex::Decade(d));
        }
        for s in ["a.m.", "a.m", "am", "a.m.,"] {
            w.insert(s, Lex::Ampm(false));
        }
        for s in ["p.m.", "p.m", "pm"] {
            w.insert(s, Lex::Ampm(true));
        }
        for s in [
            "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
            "cest", "jst", "et",
        ] {
            w.insert(s, Lex::Tz);
        }
        use Kw::*;
        for (s, k) in [
            ("the", The),
            ("a", A),
            ("an", A),
            ("last", Last),
            ("next", Next),
            ("this", This),
            ("past", Past),
            ("coming", Coming),
            ("upcoming", Coming),
            ("previous", Previous),
            ("prior", Previous),
            ("preceding", Previous),
            ("following", Following),
            ("current", Current),
            ("latest", Latest),
            ("recent", Recent),
            ("early", Early),
            ("earlier", Earlier),
            ("late", Late),
            ("later", Later),
            ("mid", Mid),
            ("middle", Middle),
            ("end", End),
            ("beginning", Beginning),
            ("start", Start),
            ("of", Of),
            ("ago", Ago),
            ("before", Before),
            ("after", After),
            ("hence", Hence),
            ("from", From),
            ("today", Today),
            ("tonight", Tonight),
            ("yesterday", Yesterday),
            ("tomorrow", Tomorrow),
            ("now", Now),
            ("currently", Currently),
            ("recently", Recently),
            ("future", Future),
            ("soon", Soon),
            ("previously", Previously),
            ("lately", Lately),
            ("nowadays", Nowadays),
            ("every", Every),
            ("each", Each),
            ("other", Other),
            ("per", Per),
            ("about", Approx),
            ("around", Approx),
            ("nearly", Approx),
            ("almost", Approx),
            ("roughly", Approx),
            ("approximately", Approx),
            ("some", Some),
            ("more", More),
            ("less", Less),
            ("fewer", Less),
            ("than", Than),
            ("over", Over),
            ("under", Under),
            ("at", At),
            ("least", Least),
            ("most", Most),
            ("up", Up),
            ("to", To),
            ("within", Within),
            ("or", Or),
            ("so", So),
            ("fiscal", Fiscal),
            ("three-quarters", ThreeQuarters),
            ("three-quarter", ThreeQuarters),
            ("and", And),
            ("half", Half),
            ("couple", Couple),
            ("times", Times),
            ("once", Once),
            ("twice", Twice),
            ("noon", Noon),
            ("midday", Noon),
            ("midnight", Midnight),
            ("overnight", Overnight),
            ("in", In),
            ("on", On),
            ("by", By),
            ("since", Since),
            ("until", Until),
            ("till", Until),
            ("between", Between),
            ("through", Through),
            ("during", During),
            ("same", Same),
            ("that", That),
            ("these", These),
            ("near", Near),
            ("term", Term),
            ("present", Present),
            ("moment", Moment),
            ("o'clock", Oclock),
            ("eve", Eve),
            ("new", New),
            ("year's", Years),
            ("year’s", Years),
            ("years'", Years),
            ("no", No),
            ("for", For),
            ("christmas", Christmas),
            ("xmas", Christmas),
            ("thanksgiving", Thanksgiving),
            ("easter", Easter),
            ("halloween", Halloween),
            ("independence", DayName),
            ("labor", DayName),
            ("labour", DayName),
            ("memorial", DayName),
            ("boxing", DayName),
            ("valentine", DayName),
            ("election", DayName),
            ("veterans", DayName),
            ("presidents", DayName),
            ("columbus", DayName),
            ("black", DayName),
            ("cyber", DayName),
            ("giving", DayName),
            ("good", DayName),
            ("holy", DayName),
            ("maundy", DayName),
            ("palm", DayName),
            ("ash", DayName),
            ("shrove", DayName),
            ("fat", DayName),
            ("right", Right),
            ("full", Full),
            ("whole", Whole),
            ("entire", Entire),
            ("period", Period),
            ("sometime", Sometime),
            ("trading", Trading),
            ("business", Business),
            ("working", Business),
            ("additional", Additional),
            ("further", Additional),
            ("another", Additional),
            ("several", Several),
            ("few", Few),
            ("many", Many),
        ] {
            w.insert(s, Lex::Kw(k));
        }
        Lexicon { words: w }
    }

    /// Classifies one token.
    pub fn classify(&self, tok: &str) -> Lex {
        let bytes = tok.as_bytes();
        if bytes.is_empty() || bytes.len() > 24 {
            return Lex::No;
        }
        let first = bytes[0];
        if first.is_ascii_digit() && !bytes.iter().any(u8::is_ascii_alphabetic)
            || first.is_ascii_digit() && !tok.contains('-')
        {
            return classify_numeric(tok);
        }
        if !first.is_ascii_alphanumeric() && first != b'\'' && !tok.starts_with('’') {
            return Lex::No;
        }
        let mut buf = [0u8; 24];
        let mut n = 0;
        let mut hyphen = false;
        for &b in bytes {
            if b >= 0x80 && !tok.contains('’') {
                return Lex::No;
            }
            hyphen |= b == b'-';
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        let Ok(lower) = std::str::from_utf8(&buf[..n]) else {
            return Lex::No;
        };
        if let Some(&l) = self.words.get(lower) {
            return l;
        }
        if hyphen {
            return self.classify_hyphenated(lower);
        }
        // "Q3", "H1", "FY2025", "'90s".
        let b = lower.as_bytes();
        match b {
            [b'q', q @ b'1'..=b'4'] => Lex::QuarterAbbr(q - b'0'),
            [b'h', h @ b'1'..=b'2'] => Lex::HalfAbbr(h - b'0'),
            [b'f', b'y', rest @ ..] if rest.len() == 4 || rest.len() == 2 => {
                match parse_digits(rest) {
                    Some(y) if rest.len() == 4 && (1900..2100).contains(&y) => Lex::FiscalYear(y),
                    Some(y) if rest.len() == 2 => {
                        Lex::FiscalYear(if y < 50 { 2000 + y } else { 1900 + y })
                    }
                    _ => Lex::No,
                }
            }
            [b'\'', d1 @ b'0'..=b'9', d2 @ b'0'..=b'9', b's'] if *d2 == b'0' => {
                let d = u32::from(d1 - b'0');
                Lex::Decade(if d >= 2 { 190 + d } else { 200 + d })
            }
            _ => Lex::No,
        }
    }

    fn number_prefix(&self, parts: &[&str]) -> Option<(Option<u32>, usize)> {
        // "twenty-five-year": two parts; "four-year": one part; "several-year": unspecified.
        if parts.len() >= 2 {
            if let (Some(Lex::Num(t)), Some(Lex::Num(o))) =
                (self.words.get(parts[0]), self.words.get(parts[1]))
            {
                if *t >= 20 && *t % 10 == 0 && *t < 100 && *o < 10 {
                    return Some((Some(t + o), 2));
                }
            }
        }
        let p = parts.first()?;
        if let Some(v) = parse_digits(p.as_bytes()) {
            return (p.len() <= 4).then_some((Some(v), 1));
        }
        match self.words.get(p) {
            Some(Lex::Num(v)) => Some((Some(*v), 1)),
            Some(Lex::Kw(Kw::A)) if *p == "a" => None,
            Some(Lex::Kw(Kw::Several | Kw::Many | Kw::Few)) => Some((None, 1)),
            _ if *p == "multi" => Some((None, 1)),
            _ => None,
        }
    }

    fn classify_hyphenated(&self, lower: &str) -> Lex {
        let mut parts_buf = [""; 6];
        let mut k = 0;
        for p in lower.split('-') {
            if k == parts_buf.len() {
                return Lex::No;
            }
            parts_buf[k] = p;
            k += 1;
        }
        let parts = &parts_buf[..k];
        // "05-Aug-2016", "Dec-2018", "2019-aug-01"
        let month = |p: &str| match self.words.get(p) {
            Some(Lex::Month(m, _)) => Some(*m),
            _ => None,
        };
        let num = |p: &str| parse_digits(p.as_bytes()).map(|v| (v, p.len()));
        match parts {
            [d, mo, y] => {
                if let (Some((d, 1..=2)), Some(m), Some((y, 4))) = (num(d), month(mo), num(y)) {
                    if (1..=31).contains(&d) && (1000..2200).contains(&y) {
                        return Lex::NumDate(y, m, d as u8);
                    }
                }
                if let (Some((y, 4)), Some(m), Some((d, 1..=2))) = (num(d), month(mo), num(y)) {
                    if (1..=31).contains(&d) && (1000..2200).contains(&y) {
                        return Lex::NumDate(y, m, d as u8);
                    }
                }
            }
            [mo, y] => {
                if let (Some(m), Some((y, 4))) = (month(mo), num(y)) {
                    if (1000..2200).contains(&y) {
                        return Lex::NumDate(y, m, 0);
                    }
                }
            }
            _ => {}
        }
        // twenty-five
        if k == 2 {
            if let (Some(Lex::Num(t)), Some(Lex::Num(o))) =
                (self.words.get(parts[0]), self.words.get(parts[1]))
            {
                if *t >= 20 && *t % 10 == 0 && *t < 100 && *o < 10 {
                    return Lex::Num(t + o);
                }
            }
            if let (Some(Lex::Num(t)), Some(Lex::Ordinal(o))) =
                (self.words.get(parts[0]), self.words.get(parts[1]))
            {
                if (*t == 20 || *t == 30) && *o < 10 {
                    return Lex::Ordinal(t + o);
                }
            }
            match (parts[0], parts[1]) {
                ("year", "end") => return Lex::YearEnd,
                ("year", "earlier" | "ago") => return Lex::YearAgo,
                (edge @ ("mid" | "late" | "early" | "end"), p) => {
                    let md = match edge {
                        "mid" => "MID",
                        "late" | "end" => "END",
                        _ => "START",
                    };
                    if let Some(o) = self.ordinal(p) {
                        return Lex::MidOrdinal(o, md);
                    }
                    match self.words.get(p) {
                        Some(Lex::Month(m, _)) => return Lex::MidMonth(*m, md),
                        Some(Lex::Decade(d)) => return Lex::MidDecade(*d, md),
                        Some(Lex::Pod(pod)) if edge != "end" => return Lex::EdgePod(*pod, md),
                        _ => {}
                    }
                    let b = p.as_bytes();
                    if let Some(y) = parse_digits(b) {
                        if b.len() == 4 && (1000..2200).contains(&y) {
                            return Lex::MidYear(y, md);
                        }
                    }
                    if b.len() == 5 && b[4] == b's' {
                        if let Some(y) = parse_digits(&b[..4]) {
                            if y % 10 == 0 {
                                return Lex::MidDecade(y / 10, md);
                            }
                        }
                    }
                    return Lex::No;
                }
                _ => {}
            }
            if let Some(Lex::Ordinal(o)) = self.words.get(parts[0]) {
                match parts[1] {
                    "quarter" if (1..=4).contains(o) => {
                        return Lex::PartAdj(Unit::Quarter, *o as u8)
                    }
                    "half" if (1..=2).contains(o) => return Lex::PartAdj(Unit::Year, *o as u8),
                    _ => {}
                }
            }
        }
        // "1970s-era", "1960s-style": the decade as an adjective.
        if k == 2 && matches!(parts[1], "era" | "style") {
            if let Lex::Decade(d) = classify_numeric(parts[0]) {
                return Lex::Decade(d);
            }
        }
        // "19th-century", "mid-19th-century"
        if parts.last() == Some(&"century") && (k == 2 || k == 3) {
            let md = match (k, parts[0]) {
                (2, _) => None,
                (_, "mid") => Some("MID"),
                (_, "late") => Some("END"),
                (_, "early") => Some("START"),
                _ => return Lex::No,
            };
            if let Some(o) = self.ordinal(parts[k - 2]) {
                return Lex::Century(o, md);
            }
        }
        // four-year, 30-day, twenty-five-year, nine-month-old, day-long
        if let Some((n, used)) = self.number_prefix(parts) {
            if let Some(Lex::Unit(u, false)) = parts.get(used).and_then(|p| self.words.get(p)) {
                let tail = &parts[used + 1..];
                if tail.is_empty() || tail == ["long"] {
                    return Lex::HyphDur(n, *u);
                }
            }
        }
        if k == 2 && parts[1] == "long" {
            if let Some(Lex::Unit(u, plural)) = self.words.get(parts[0]) {
                return Lex::HyphDur(if *plural { None } else { Some(1) }, *u);
            }
        }
        Lex::No
    }
}

impl Lexicon {
    /// "20th" or "twentieth", as an ordinal of a century (1 to 30).
    fn ordinal(&self, p: &str) -> Option<u32> {
        let o = match self.words.get(p) {
            Some(Lex::Ordinal(o)) => *o,
            _ => match classify_numeric(p) {
                Lex::Ordinal(o) => o,
                _ => return None,
            },
        };
        (1..=30).contains(&o).then_some(o)
    }
}

fn parse_digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0')))
}

/// A count written with thousands separators ("1,000", "10,000"), below a billion.
fn thousands(tok: &str) -> Option<u32> {
    let mut groups = tok.split(',');
    let head = groups.next()?;
    if head.is_empty() || head.len() > 3 || head.starts_with('0') {
        return None;
    }
    let mut v: u32 = head.parse().ok()?;
    let mut n = 0;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) || n == 2 {
            return None;
        }
        v = v * 1000 + g.parse::<u32>().ok()?;
        n += 1;
    }
    (n > 0).then_some(v)
}

/// Numbers, numeric dates, clock times, decades ("1990s"), ordinals ("3rd") and "3pm".
fn classify_numeric(tok: &str) -> Lex {
    let b = tok.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let Some(v) = parse_digits(&b[..lead]) else {
        return Lex::No;
    };
    let rest = &b[lead..];
    if rest.is_empty() {
        if lead == 8 {
            let (y, m, d) = (v / 10000, (v / 100) % 100, v % 100);
            if (1900..2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Lex::NumDate(y, m as u8, d as u8);
            }
            return Lex::No;
        }
        return Lex::Digits(v, lead as u8);
    }
    let lower: Vec<u8> = rest.iter().map(u8::to_ascii_lowercase).collect();
    match lower.as_slice() {
        b"s" if lead == 4 && v % 10 == 0 => return Lex::Decade(v / 10),
        b"s" if lead == 2 && v % 10 == 0 => {
            return Lex::Decade(if v >= 20 { 1900 + v } else { 2000 + v } / 10)
        }
        b"st" | b"nd" | b"rd" | b"th" if lead <= 2 => return Lex::Ordinal(v),
        b"pm" | b"p.m." | b"p.m" if lead <= 2 && (1..=12).contains(&v) => {
            return Lex::Clock((v % 12 + 12) as u8, 0, true)
        }
        b"am" | b"a.m." | b"a.m" if lead <= 2 && (1..=12).contains(&v) => {
            return Lex::Clock((v % 12) as u8, 0, true)
        }
        _ => {}
    }
    if tok == "9/11" {
        return Lex::NineEleven;
    }
    // "the past 1,000 years": a count, read as a number word is.
    if let Some(n) = thousands(tok) {
        return Lex::Num(n);
    }
    let sep = rest[0];
    let (second, after) = {
        let r = &rest[1..];
        let l2 = r.iter().take_while(|c| c.is_ascii_digit()).count();
        (parse_digits(&r[..l2]).map(|x| (x, l2)), &r[l2..])
    };
    let Some((w, lw)) = second else {
        return Lex::No;
    };
    match sep {
        b':' if lead <= 2 && lw == 2 && v <= 24 && w < 60 => {
            let tail: Vec<u8> = after.iter().map(u8::to_ascii_lowercase).collect();
            match tail.as_slice() {
                b"" => Lex::Clock(v as u8, w as u8, false),
                [b':', s1, s2] if s1.is_ascii_digit() && s2.is_ascii_digit() => {
                    Lex::Clock(v as u8, w as u8, false)
                }
                b"pm" | b"p.m." if (1..=12).contains(&v) => {
                    Lex::Clock((v % 12 + 12) as u8, w as u8, true)
                }
                b"am" | b"a.m." if (1..=12).contains(&v) => {
                    Lex::Clock((v % 12) as u8, w as u8, true)
                }
                _ => Lex::No,
            }
        }
        b'/' | b'-' | b'.' if !after.is_empty() && after[0] == sep => {
            let r = &after[1..];
            let Some(third) = parse_digits(r) else {
                return Lex::No;
            };
            let l3 = r.len();
            if lead == 4 && lw == 2 && l3 == 2 && sep != b'.' {
                // ISO 2025-12-22
                if (1..=12).contains(&w) && (1..=31).contains(&third) {
                    return Lex::NumDate(v, w as u8, third as u8);
                }
                return Lex::No;
            }
            if lead <= 2 && lw <= 2 && (l3 == 4 || l3 == 2) && sep != b'.' {
                // US month/day/year
                let y = if l3 == 2 { 10000 + third } else { third };
                if (1..=12).contains(&v)
                    && (1..=31).contains(&w)
                    && (l3 == 2 || (1800..2200).contains(&third))
                {
                    return Lex::NumDate(y, v as u8, w as u8);
                }
            }
            if lead <= 2
                && lw <= 2
                && l3 == 4
                && v > 12
                && (1..=12).contains(&w)
                && (1800..2200).contains(&third)
            {
                // Day first when it cannot be a month: 21/04/2016
                return Lex::NumDate(third, w as u8, v as u8);
            }
            if lead <= 2 && lw <= 2 && l3 == 4 && sep == b'.' {
                // European 22.12.2025
                if (1..=12).contains(&w) && (1..=31).contains(&v) && (1800..2200).contains(&third) {
                    return Lex::NumDate(third, w as u8, v as u8);
                }
            }
            Lex::No
        }
        b'-' if after.is_empty() => Lex::NumRange(v, w, (lead + 1) as u8),
        // "2002/03", "1998/9", "1999/2000": a fiscal or season year written as two years, not a year and
        // month; TimeML values it as the year it starts in.
        b'/' if after.is_empty()
            && lead == 4
            && matches!(lw, 1 | 2 | 4)
            && (1000..2200).contains(&v)
            && w == (v + 1) % 10u32.pow(lw as u32) =>
        {
            Lex::YearSpan(v)
        }
        b'/' if after.is_empty()
            && lead <= 2
            && lw == 4
            && (1..=12).contains(&v)
            && (1800..2200).contains(&w) =>
        {
            Lex::NumDate(w, v as u8, 0)
        }
        b'/' if after.is_empty()
            && lead == 4
            && lw <= 2
            && (1..=12).contains(&w)
            && (1800..2200).contains(&v) =>
        {
            Lex::NumDate(v, w as u8, 0)
        }
        _ => Lex::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words_and_numbers() {
        let l = Lexicon::new();
        assert_eq!(l.classify("December"), Lex::Month(12, false));
        assert_eq!(l.classify("Dec."), Lex::Month(12, true));
        assert_eq!(l.classify("Fridays"), Lex::Weekdays(5));
        assert_eq!(l.classify("four-year"), Lex::HyphDur(Some(4), Unit::Year));
        assert_eq!(
            l.classify("twenty-five-year"),
            Lex::HyphDur(Some(25), Unit::Year)
        );
        assert_eq!(l.classify("30-day"), Lex::HyphDur(Some(30), Unit::Day));
        assert_eq!(l.classify("9-month-old"), Lex::No);
        assert_eq!(l.classify("third-quarter"), Lex::PartAdj(Unit::Quarter, 3));
        assert_eq!(l.classify("mid-2024"), Lex::MidYear(2024, "MID"));
        assert_eq!(l.classify("mid-November"), Lex::MidMonth(11, "MID"));
        assert_eq!(l.classify("mid-1990s"), Lex::MidDecade(199, "MID"));
        assert_eq!(l.classify("end-1986"), Lex::MidYear(1986, "END"));
        assert_eq!(l.classify("end-March"), Lex::MidMonth(3, "END"));
        assert_eq!(l.classify("late-November"), Lex::MidMonth(11, "END"));
        assert_eq!(l.classify("early-1990s"), Lex::MidDecade(199, "START"));
        assert_eq!(l.classify("late-1998"), Lex::MidYear(1998, "END"));
        assert_eq!(l.classify("mid-20th"), Lex::MidOrdinal(20, "MID"));
        assert_eq!(l.classify("1970s-era"), Lex::Decade(197));
        assert_eq!(l.classify("19th-century"), Lex::Century(19, None));
        assert_eq!(
            l.classify("late-nineteenth-century"),
            Lex::Century(19, Some("END"))
        );
        assert_eq!(l.classify("mid-third"), Lex::MidOrdinal(3, "MID"));
        assert_eq!(
            l.classify("mid-afternoon"),
            Lex::EdgePod(Pod::Afternoon, "MID")
        );
        assert_eq!(l.classify("1990s"), Lex::Decade(199));
        assert_eq!(l.classify("12/22/2025"), Lex::NumDate(2025, 12, 22));
        assert_eq!(l.classify("10/30/89"), Lex::NumDate(10089, 10, 30));
        assert_eq!(l.classify("2025-12-22"), Lex::NumDate(2025, 12, 22));
        assert_eq!(l.classify("19980303"), Lex::NumDate(1998, 3, 3));
        assert_eq!(l.classify("3:30"), Lex::Clock(3, 30, false));
        assert_eq!(l.classify("3pm"), Lex::Clock(15, 0, true));
        assert_eq!(l.classify("22nd"), Lex::Ordinal(22));
        assert_eq!(l.classify("22-24"), Lex::NumRange(22, 24, 3));
        assert_eq!(l.classify("2002/03"), Lex::YearSpan(2002));
        assert_eq!(l.classify("1999/2000"), Lex::YearSpan(1999));
        assert_eq!(l.classify("2016/03"), Lex::NumDate(2016, 3, 0));
        assert_eq!(l.classify("2002/2003200300"), Lex::No);
        assert_eq!(l.classify("Q3"), Lex::QuarterAbbr(3));
        assert_eq!(l.classify("2K"), Lex::No);
        assert_eq!(l.classify("$2,000"), Lex::No);
        // A count, never a year.
        assert_eq!(l.classify("2,000"), Lex::Num(2000));
        assert_eq!(l.classify("2,0000"), Lex::No);
        assert_eq!(l.classify("Obama"), Lex::No);
        assert_eq!(l.classify("twenty-five"), Lex::Num(25));
    }
}

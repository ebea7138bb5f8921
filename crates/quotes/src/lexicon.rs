//! Word lists: reporting cues, first-name genders, pronouns, role nouns and the small closed classes
//! the speaker finder needs. Built once in [`Lexicon::new`].

use std::collections::HashMap;

/// The embedded cue list (see `data/DATA.md`).
const CUES: &str = include_str!("../data/cues.tsv");
/// The embedded first-name → gender table (see `data/DATA.md`).
const FIRST_NAMES: &str = include_str!("../data/first_names.tsv");

/// Gender of a person mention, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// What a reporting cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueInfo {
    /// Takes a hearer before the content clause ("told reporters that").
    pub obj: bool,
    /// A belief or plan (think, hope): off unless enabled.
    pub belief: bool,
    /// A present participle ("adding", "saying").
    pub participle: bool,
    /// May take a content clause without "that" ("said the talks were over").
    pub bare: bool,
    /// Counts only when its content quotes a fragment ("called the plan “a disaster”").
    pub quote_only: bool,
}

/// Extra first names (frequent in international news, rare in the US SSA counts).
const EXTRA_NAMES: &[(&str, Gender)] = &[
    ("Dmitry", Gender::Male),
    ("Dmitri", Gender::Male),
    ("Sergei", Gender::Male),
    ("Sergey", Gender::Male),
    ("Kirill", Gender::Male),
    ("Ilham", Gender::Male),
    ("Recep", Gender::Male),
    ("Emmanuel", Gender::Male),
    ("Olaf", Gender::Male),
    ("Volodymyr", Gender::Male),
    ("Vladimir", Gender::Male),
    ("Mikhail", Gender::Male),
    ("Yuri", Gender::Male),
    ("Narendra", Gender::Male),
    ("Benjamin", Gender::Male),
    ("Recep", Gender::Male),
    ("Jens", Gender::Male),
    ("Ursula", Gender::Female),
    ("Angela", Gender::Female),
    ("Theresa", Gender::Female),
    ("Kamala", Gender::Female),
    ("Maria", Gender::Female),
    ("Giorgia", Gender::Female),
    ("Yulia", Gender::Female),
];

/// Honorifics and titles that may precede a name; dropped from canonical names.
const TITLES: &[&str] = &[
    "ambassador",
    "adm",
    "adm.",
    "attorney",
    "captain",
    "capt.",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col.",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "deputy",
    "director",
    "dr",
    "dr.",
    "envoy",
    "executive",
    "former",
    "gen.",
    "general",
    "gov.",
    "governor",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "leader",
    "lt.",
    "mayor",
    "minister",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "pope",
    "premier",
    "president",
    "press",
    "prime",
    "prince",
    "prof.",
    "professor",
    "queen",
    "rep.",
    "representative",
    "rev.",
    "secretary",
    "sen.",
    "senator",
    "sheikh",
    "special",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sgt.",
    "state",
    "vice",
    "foreign",
    "defense",
    "defence",
    "finance",
    "interior",
    "economy",
    "first",
    "lady",
    "candidate",
    "nominee",
    "sir",
    "dame",
    "lord",
    "coach",
    "founder",
    "ceo",
    "chair",
];

/// Nouns that name a person by role ("the spokesman said").
const PERSON_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "person",
    "owner",
    "employee",
    "neighbor",
    "relative",
    "colleague",
    "ally",
    "rival",
    "opponent",
    "challenger",
    "incumbent",
    "officer",
    "trooper",
    "sheriff",
    "chief",
    "president",
    "senator",
    "representative",
    "nominee",
    "moderator",
    "interviewer",
    "anchor",
    "actress",
    "actor",
    "singer",
    "star",
    "celebrity",
    "pastor",
    "priest",
    "bishop",
    "rabbi",
    "imam",
    "governor",
    "member",
    "republican",
    "democrat",
    "independent",
    "conservative",
    "liberal",
    "official",
    "president",
    "minister",
    "aide",
    "adviser",
    "advisor",
    "senator",
    "lawmaker",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "leader",
    "envoy",
    "ambassador",
    "secretary",
    "director",
    "diplomat",
    "candidate",
    "nominee",
    "analyst",
    "expert",
    "economist",
    "lawyer",
    "attorney",
    "prosecutor",
    "judge",
    "source",
    "witness",
    "resident",
    "voter",
    "supporter",
    "strategist",
    "manager",
    "chief",
    "executive",
    "ceo",
    "founder",
    "professor",
    "researcher",
    "scientist",
    "doctor",
    "officer",
    "commander",
    "general",
    "host",
    "author",
    "woman",
    "man",
    "activist",
    "critic",
    "representative",
    "congressman",
    "congresswoman",
    "speaker",
    "investor",
    "businessman",
    "businesswoman",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "friend",
    "owner",
    "worker",
    "student",
    "teacher",
    "president-elect",
    "pollster",
    "operative",
    "donor",
    "delegate",
    "member",
    "veteran",
    "agent",
    "reporter",
    "columnist",
    "editor",
    "journalist",
    "correspondent",
    "negotiator",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "farmer",
    "organizer",
    "coach",
    "player",
    "campaigner",
    "consultant",
    "official",
    "insider",
    "staffer",
    "head",
    "counterpart",
    "mogul",
    "billionaire",
    "candidate",
    "governor-elect",
    "counsel",
    "adviser",
    "economist",
    "commentator",
    "entrepreneur",
];

/// Plural person nouns ("officials said").
const PEOPLE_NOUNS: &[&str] = &[
    "officials",
    "aides",
    "advisers",
    "advisors",
    "sources",
    "analysts",
    "experts",
    "economists",
    "lawyers",
    "attorneys",
    "prosecutors",
    "witnesses",
    "residents",
    "voters",
    "supporters",
    "strategists",
    "lawmakers",
    "senators",
    "diplomats",
    "leaders",
    "critics",
    "activists",
    "people",
    "researchers",
    "scientists",
    "doctors",
    "officers",
    "investors",
    "observers",
    "republicans",
    "democrats",
    "members",
    "delegates",
    "donors",
    "insiders",
    "staffers",
    "organizers",
    "protesters",
    "authorities",
    "police",
    "investigators",
    "negotiators",
    "ministers",
    "representatives",
    "candidates",
    "pollsters",
    "operatives",
    "conservatives",
    "liberals",
    "economists",
    "executives",
    "workers",
    "students",
    "parents",
    "families",
    "americans",
    "others",
    "many",
    "some",
    "both",
    "most",
    "few",
    "spokesmen",
    "spokespeople",
    "participants",
    "commentators",
    "observers",
    "reporters",
    "percent",
    "half",
    "third",
    "quarter",
    "majority",
    "minority",
    "plurality",
    "respondents",
];

/// Nouns that name an organization, a group or a document acting as speaker.
const ORG_NOUNS: &[&str] = &[
    "administration",
    "ministry",
    "government",
    "statement",
    "report",
    "campaign",
    "committee",
    "company",
    "firm",
    "group",
    "agency",
    "department",
    "office",
    "council",
    "commission",
    "party",
    "court",
    "embassy",
    "kremlin",
    "army",
    "military",
    "police",
    "spokesperson",
    "bank",
    "union",
    "board",
    "study",
    "survey",
    "poll",
    "letter",
    "document",
    "memo",
    "release",
    "announcement",
    "website",
    "newspaper",
    "network",
    "paper",
    "article",
    "organization",
    "organisation",
    "association",
    "coalition",
    "alliance",
    "foundation",
    "institute",
    "center",
    "centre",
    "authorities",
    "cabinet",
    "presidency",
    "service",
    "team",
    "parliament",
    "senate",
    "house",
    "congress",
    "state",
    "county",
    "city",
    "country",
    "nation",
    "data",
    "analysis",
    "filing",
    "complaint",
    "lawsuit",
    "indictment",
    "affidavit",
    "ruling",
    "decision",
    "order",
    "notice",
    "tweet",
    "post",
    "email",
    "message",
    "video",
    "ad",
    "advertisement",
    "plan",
    "proposal",
    "bill",
    "platform",
    "book",
    "interview",
    "transcript",
    "record",
    "records",
    "statements",
    "reports",
    "polls",
    "surveys",
    "studies",
    "documents",
    "emails",
    "ministries",
    "governments",
    "groups",
    "agencies",
    "companies",
    "firms",
    "campaigns",
    "department's",
    "outlet",
    "station",
    "broadcaster",
    "magazine",
    "journal",
    "blog",
    "site",
    "account",
    "spokesteam",
    "secretariat",
    "directorate",
];

/// Pronouns and their class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    /// I, we, you: the speaker is the person quoted earlier or the author; left unresolved unless a
    /// quote is being continued.
    Other,
}

/// Words skipped between a speaker and its cue ("Peskov also said", "she has repeatedly said").
const SKIP_BETWEEN: &[&str] = &[
    "also",
    "later",
    "previously",
    "recently",
    "again",
    "then",
    "repeatedly",
    "once",
    "reportedly",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "did",
    "does",
    "do",
    "had",
    "further",
    "had",
    "since",
    "even",
    "often",
    "never",
    "already",
    "publicly",
    "privately",
    "earlier",
    "separately",
    "still",
    "just",
    "now",
    "initially",
    "first",
    "last",
    "subsequently",
    "quickly",
    "flatly",
    "bluntly",
    "simply",
    "openly",
    "frequently",
    "firmly",
    "explicitly",
    "clearly",
    "emphatically",
    "angrily",
    "finally",
    "ultimately",
    "apparently",
    "both",
    "all",
    "not",
    "n't",
    "may",
    "might",
    "could",
    "can",
    "should",
    "must",
    "has",
    "been",
];

/// Function words that never end a speaker noun phrase.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "for",
    "nor",
    "in",
    "on",
    "at",
    "to",
    "of",
    "by",
    "with",
    "from",
    "as",
    "that",
    "this",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "if",
    "while",
    "because",
    "although",
    "though",
    "after",
    "before",
    "since",
    "until",
    "unless",
    "than",
    "then",
    "there",
    "here",
    "also",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "any",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "one",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "about",
    "into",
    "over",
    "under",
    "such",
    "just",
    "only",
    "even",
    "still",
    "however",
    "meanwhile",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "ago",
    "earlier",
    "later",
    "now",
    "said",
    "says",
    "say",
    "told",
    "asked",
    "added",
    "but",
    "according",
    "during",
    "against",
    "among",
    "between",
    "through",
    "without",
    "within",
    "like",
    "per",
    "via",
    "once",
    "twice",
    "very",
    "more",
    "most",
    "less",
    "least",
    "much",
    "many",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
];

/// Determiners that start a common-noun speaker phrase ("the spokesman", "a statement").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "another", "two", "three", "four", "several", "many", "some", "other", "both", "one",
];

/// The word lists, built once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    cues: HashMap<&'static str, CueInfo>,
    names: HashMap<&'static str, Gender>,
    titles: HashMap<&'static str, ()>,
    person_nouns: HashMap<&'static str, ()>,
    people_nouns: HashMap<&'static str, ()>,
    org_nouns: HashMap<&'static str, ()>,
    skip_between: HashMap<&'static str, ()>,
    not_names: HashMap<&'static str, ()>,
    determiners: HashMap<&'static str, ()>,
}

fn set(words: &[&'static str]) -> HashMap<&'static str, ()> {
    words.iter().map(|w| (*w, ())).collect()
}

impl Lexicon {
    pub(crate) fn new() -> Self {
        let mut cues = HashMap::new();
        for line in CUES.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let _lemma = cols.next();
            let forms = cols.next().unwrap_or("");
            let flags = cols.next().unwrap_or("");
            for form in forms.split_whitespace() {
                let info = CueInfo {
                    obj: flags.contains("obj"),
                    belief: flags.contains("belief"),
                    participle: form.ends_with("ing"),
                    bare: flags.contains("bare"),
                    quote_only: flags.split_whitespace().any(|f| f == "q"),
                };
                cues.entry(form).or_insert(info);
            }
        }
        let mut names: HashMap<&'static str, Gender> = FIRST_NAMES
            .lines()
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let g = match g.trim() {
                    "M" => Gender::Male,
                    "F" => Gender::Female,
                    _ => return None,
                };
                Some((name, g))
            })
            .collect();
        for (n, g) in EXTRA_NAMES {
            names.insert(n, *g);
        }
        Lexicon {
            cues,
            names,
            titles: set(TITLES),
            person_nouns: set(PERSON_NOUNS),
            people_nouns: set(PEOPLE_NOUNS),
            org_nouns: set(ORG_NOUNS),
            skip_between: set(SKIP_BETWEEN),
            not_names: set(NOT_NAMES),
            determiners: set(DETERMINERS),
        }
    }

    /// The cue a word is, if any (exact lower-case form).
    pub(crate) fn cue(&self, lower: &str) -> Option<CueInfo> {
        self.cues.get(lower).copied()
    }

    /// The gender of a first name (case-sensitive, as written: "Hillary").
    pub(crate) fn first_name_gender(&self, name: &str) -> Option<Gender> {
        self.names.get(name).copied()
    }

    pub(crate) fn is_title(&self, lower: &str) -> bool {
        self.titles.contains_key(lower)
    }
    pub(crate) fn is_person_noun(&self, lower: &str) -> bool {
        self.person_nouns.contains_key(lower)
    }
    pub(crate) fn is_people_noun(&self, lower: &str) -> bool {
        self.people_nouns.contains_key(lower)
    }
    pub(crate) fn is_org_noun(&self, lower: &str) -> bool {
        self.org_nouns.contains_key(lower)
    }
    pub(crate) fn is_skip_between(&self, lower: &str) -> bool {
        self.skip_between.contains_key(lower) || (lower.len() > 4 && lower.ends_with("ly"))
    }
    pub(crate) fn is_not_name(&self, lower: &str) -> bool {
        self.not_names.contains_key(lower)
    }
    pub(crate) fn is_determiner(&self, lower: &str) -> bool {
        self.determiners.contains_key(lower)
    }

    /// A pronoun that may be a speaker.
    pub(crate) fn pronoun(lower: &str) -> Option<Pronoun> {
        Some(match lower {
            "he" => Pronoun::He,
            "she" => Pronoun::She,
            "they" => Pronoun::They,
            "it" => Pronoun::It,
            "i" | "we" | "you" => Pronoun::Other,
            _ => return None,
        })
    }
}

/// Lower-cases an ASCII word into `buf`; `None` for non-ASCII or long words (which are never in the lists).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        // Typographic apostrophes inside words ("n’t") are the only non-ASCII we care about.
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lx = Lexicon::new();
        assert!(lx.cue("said").is_some());
        assert!(lx.cue("told").is_some_and(|c| c.obj));
        assert!(lx.cue("adding").is_some_and(|c| c.participle));
        assert!(lx.cue("thinks").is_some_and(|c| c.belief));
        assert!(lx.cue("table").is_none());
        assert_eq!(lx.first_name_gender("Hillary"), Some(Gender::Female));
        assert_eq!(lx.first_name_gender("Dmitry"), Some(Gender::Male));
        let mut buf = [0u8; 32];
        assert_eq!(lower("SaId", &mut buf), Some("said"));
        assert_eq!(lower("Café", &mut buf), None);
    }
}

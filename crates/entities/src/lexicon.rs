//! Hand-written word lists: titles (role nouns and their modifiers), honorifics, nationality words and
//! place-named institutions. All lower case; looked up through [`Lexicon`], built once.

use std::collections::HashSet;

/// Role nouns: a title must contain one ("President", "spokesman", "envoy", "aide").
pub const TITLE_HEADS: &[&str] = &[
    "actor",
    "actress",
    "adm",
    "adm.",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "attorney",
    "author",
    "ayatollah",
    "bishop",
    "boss",
    "businessman",
    "businesswoman",
    "candidate",
    "capt",
    "capt.",
    "captain",
    "cardinal",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "champion",
    "chancellor",
    "chief",
    "cmdr",
    "cmdr.",
    "co-founder",
    "coach",
    "col",
    "col.",
    "colonel",
    "columnist",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "consul",
    "coo",
    "correspondent",
    "counsel",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "cpl",
    "cpl.",
    "dean",
    "defender",
    "delegate",
    "deputy",
    "detective",
    "diplomat",
    "director",
    "director-general",
    "doctor",
    "dr",
    "dr.",
    "economist",
    "editor",
    "emir",
    "emperor",
    "empress",
    "envoy",
    "executive",
    "father",
    "founder",
    "gen",
    "gen.",
    "general",
    "goalkeeper",
    "gov",
    "gov.",
    "governor",
    "head",
    "imam",
    "inspector",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "lieutenant",
    "lord",
    "lt",
    "lt.",
    "maj",
    "maj.",
    "major",
    "manager",
    "mayor",
    "midfielder",
    "minister",
    "mp",
    "negotiator",
    "nominee",
    "officer",
    "official",
    "owner",
    "player",
    "pm",
    "pope",
    "premier",
    "president",
    "president-elect",
    "priest",
    "prince",
    "princess",
    "prof",
    "prof.",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rep",
    "rep.",
    "representative",
    "reporter",
    "researcher",
    "rev",
    "rev.",
    "reverend",
    "ruler",
    "scientist",
    "secretary",
    "secretary-general",
    "sen",
    "sen.",
    "senator",
    "sergeant",
    "sgt",
    "sgt.",
    "sheikh",
    "sir",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "striker",
    "sultan",
    "superintendent",
    "supt",
    "supt.",
    "treasurer",
    "tsar",
    "tycoon",
    "vice-chairman",
    "vice-president",
    "writer",
];

/// Words that modify a role noun inside a title ("former", "chief", "foreign", "presidential").
pub const TITLE_MODIFIERS: &[&str] = &[
    "acting",
    "affairs",
    "agriculture",
    "air",
    "armed",
    "army",
    "assistant",
    "associate",
    "bank",
    "cabinet",
    "campaign",
    "central",
    "chief",
    "climate",
    "co",
    "commerce",
    "communications",
    "culture",
    "current",
    "defence",
    "defense",
    "deputy",
    "development",
    "digital",
    "district",
    "economic",
    "economy",
    "education",
    "energy",
    "environment",
    "executive",
    "ex",
    "external",
    "federal",
    "finance",
    "first",
    "foreign",
    "force",
    "forces",
    "former",
    "general",
    "government",
    "health",
    "high",
    "home",
    "housing",
    "incoming",
    "industry",
    "information",
    "interim",
    "interior",
    "internal",
    "junior",
    "justice",
    "labor",
    "labour",
    "late",
    "leading",
    "local",
    "managing",
    "media",
    "military",
    "ministry",
    "national",
    "naval",
    "navy",
    "new",
    "opposition",
    "outgoing",
    "party",
    "police",
    "presidential",
    "press",
    "prime",
    "principal",
    "public",
    "regional",
    "security",
    "senior",
    "special",
    "sports",
    "state",
    "supreme",
    "then",
    "top",
    "tourism",
    "trade",
    "transport",
    "treasury",
    "vice",
    "war",
    "city",
    "congressional",
    "conservative",
    "county",
    "democrat",
    "democratic",
    "floor",
    "house",
    "liberal",
    "majority",
    "minority",
    "parliamentary",
    "ranking",
    "republican",
    "senate",
    "whip",
];

/// Honorifics that stay outside the name and carry no role ("Mr.", "Mrs.").
pub const HONORIFICS: &[&str] = &[
    "madam", "madame", "miss", "mister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.",
];

/// Nationality and group words that taggers sometimes mark as places ("Russian", "Azerbaijani").
/// Words ending in -ian, -ean, -ese or -ish are recognised by their suffix; these are the rest.
pub const DEMONYMS: &[&str] = &[
    "afghan",
    "afghans",
    "african",
    "africans",
    "american",
    "americans",
    "arab",
    "arabs",
    "argentine",
    "azerbaijani",
    "azerbaijanis",
    "azeri",
    "azeris",
    "bangladeshi",
    "basque",
    "british",
    "chilean",
    "chinese",
    "congolese",
    "cuban",
    "cubans",
    "czech",
    "czechs",
    "dominican",
    "dutch",
    "emirati",
    "european",
    "europeans",
    "filipino",
    "filipinos",
    "french",
    "greek",
    "greeks",
    "iraqi",
    "iraqis",
    "irish",
    "israeli",
    "israelis",
    "kazakh",
    "kazakhs",
    "korean",
    "koreans",
    "kurd",
    "kurds",
    "kuwaiti",
    "kyrgyz",
    "mexican",
    "mexicans",
    "moroccan",
    "nepali",
    "omani",
    "pakistani",
    "pakistanis",
    "qatari",
    "saudi",
    "saudis",
    "scots",
    "somali",
    "swiss",
    "tajik",
    "thai",
    "turkmen",
    "uzbek",
    "uzbeks",
    "welsh",
    "yemeni",
];

/// Capitalised function words a tagger may glue to a name at the start of a sentence ("Will Trump
/// fire him?", "Did Smith know?").
pub const FUNCTION_WORDS: &[&str] = &[
    "after", "and", "as", "at", "but", "by", "can", "could", "did", "do", "does", "for", "had",
    "has", "have", "how", "if", "in", "is", "may", "might", "must", "on", "or", "shall", "should",
    "so", "that", "then", "this", "was", "were", "what", "when", "where", "whether", "which",
    "while", "who", "why", "will", "with", "would", "yet",
];

/// Place names that denote an institution and belong to the organizations extractor.
pub const INSTITUTIONS: &[&str] = &[
    "capitol hill",
    "downing street",
    "elysee",
    "elysee palace",
    "kremlin",
    "pentagon",
    "white house",
    "whitehall",
    "zhongnanhai",
];

/// Head nouns that make a name an organization rather than a place ("Commonwealth of Independent
/// States", "European Union"), when the gazetteer does not know the name.
pub const ORGANIZATION_HEADS: &[&str] = &[
    "agency",
    "alliance",
    "association",
    "bank",
    "commission",
    "committee",
    "commonwealth",
    "company",
    "corporation",
    "council",
    "federation",
    "fund",
    "league",
    "ministry",
    "organisation",
    "organization",
    "party",
    "union",
    "university",
];

/// Places whose names contain an organization head noun.
const PLACES_WITH_HEADS: &[&str] = &["soviet union"];

/// Lower-case set lookups over the lists above.
#[derive(Debug)]
pub struct Lexicon {
    heads: HashSet<&'static str>,
    modifiers: HashSet<&'static str>,
    honorifics: HashSet<&'static str>,
    demonyms: HashSet<&'static str>,
    institutions: HashSet<&'static str>,
    function_words: HashSet<&'static str>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    /// Builds the sets.
    pub fn new() -> Self {
        let set = |l: &[&'static str]| l.iter().copied().collect::<HashSet<_>>();
        Lexicon {
            heads: set(TITLE_HEADS),
            modifiers: set(TITLE_MODIFIERS),
            honorifics: set(HONORIFICS),
            demonyms: set(DEMONYMS),
            institutions: set(INSTITUTIONS),
            function_words: set(FUNCTION_WORDS),
        }
    }

    /// A role noun ("President", "spokesman", "Vice-President", "co-founder").
    pub fn is_title_head(&self, word: &str) -> bool {
        with_lower(word, |w| {
            self.heads.contains(w)
                || w.rsplit_once('-')
                    .is_some_and(|(_, last)| self.heads.contains(last))
        })
    }

    /// A title modifier ("former", "chief", "Foreign").
    pub fn is_title_modifier(&self, word: &str) -> bool {
        with_lower(word, |w| self.modifiers.contains(w))
    }

    /// "Will", "Did", "When"… (never part of a name).
    pub fn is_function_word(&self, word: &str) -> bool {
        with_lower(word, |w| self.function_words.contains(w))
    }

    /// "Mr.", "Mrs"…
    pub fn is_honorific(&self, word: &str) -> bool {
        with_lower(word, |w| self.honorifics.contains(w))
    }

    /// A nationality word ("Russian", "Azerbaijani", "Chinese").
    pub fn is_demonym(&self, word: &str) -> bool {
        if !word.starts_with(|c: char| c.is_uppercase()) || word.contains([' ', '.']) {
            return false;
        }
        with_lower(word, |w| {
            self.demonyms.contains(w)
                || ["ian", "ians", "ean", "eans", "ese", "ish"]
                    .iter()
                    .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
        })
    }

    /// A name that reads as an organization: an all-caps acronym or a phrase with an organization
    /// head noun ("CIS", "Commonwealth of Independent States"). Callers check the gazetteer first.
    pub fn is_organization_like(&self, name: &str) -> bool {
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !name.chars().any(char::is_lowercase) && !name.contains(' ') {
            return true;
        }
        let lower = name.to_lowercase();
        !PLACES_WITH_HEADS.contains(&lower.as_str())
            && lower
                .split([' ', '-'])
                .any(|w| ORGANIZATION_HEADS.contains(&w))
    }

    /// "Kremlin", "White House"…: taken by the organizations extractor.
    pub fn is_institution(&self, name: &str) -> bool {
        let mut key = String::new();
        crate::gazetteer::normalize_into(name, &mut key);
        self.institutions.contains(key.as_str())
    }
}

/// Calls `f` with the lower-cased word, without allocating for short ASCII words.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays valid UTF-8.
        f(std::str::from_utf8(b).unwrap_or(""))
    } else {
        f(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_without_duplicates() {
        for l in [
            TITLE_HEADS,
            TITLE_MODIFIERS,
            HONORIFICS,
            DEMONYMS,
            INSTITUTIONS,
        ] {
            assert_eq!(l.iter().collect::<HashSet<_>>().len(), l.len(), "{l:?}");
            assert!(l.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    #[test]
    fn lookups() {
        let lx = Lexicon::new();
        assert!(lx.is_title_head("President"));
        assert!(lx.is_title_head("Vice-President"));
        assert!(lx.is_title_head("spokesman"));
        assert!(!lx.is_title_head("Peskov"));
        assert!(lx.is_demonym("Russian"));
        assert!(lx.is_demonym("Azerbaijani"));
        assert!(lx.is_demonym("Chinese"));
        assert!(!lx.is_demonym("Russia"));
        assert!(!lx.is_demonym("Iran"));
        assert!(lx.is_institution("the Kremlin"));
        assert!(lx.is_honorific("Mr."));
    }
}

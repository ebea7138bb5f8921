//! Organization kinds, the head nouns that mark a capitalised phrase as an organization, and the
//! descriptors ("company", "news agency") that mark the name after them.

use std::collections::HashMap;

use serde::Deserialize;

/// What an organization is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A business.
    Company,
    /// A state body: ministry, agency, parliament, court, army, presidency.
    Government,
    /// A political party.
    PoliticalParty,
    /// An intergovernmental body (UN, EU, CIS…).
    International,
    /// A news organisation.
    Media,
    /// A university, school or research institute.
    Education,
    /// A club, league or sports body.
    Sports,
    /// An association, foundation, movement, armed group…
    Other,
}

impl Kind {
    /// The name written in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Government => "government",
            Kind::PoliticalParty => "political_party",
            Kind::International => "international",
            Kind::Media => "media",
            Kind::Education => "education",
            Kind::Sports => "sports",
            Kind::Other => "other",
        }
    }
}

/// Head nouns that make a capitalised phrase an organization when they end it or stand before
/// "of"/"for" ("Eurasian Economic Union", "Ministry of Defence"), with the kind they suggest
/// (`None`: decided by the other words).
const HEADS: &[(&str, Option<Kind>)] = &[
    ("academy", Some(Kind::Education)),
    ("administration", Some(Kind::Government)),
    ("agency", Some(Kind::Government)),
    ("airlines", Some(Kind::Company)),
    ("airways", Some(Kind::Company)),
    ("alliance", Some(Kind::Other)),
    ("army", Some(Kind::Government)),
    ("assembly", Some(Kind::Government)),
    ("association", Some(Kind::Other)),
    ("authority", Some(Kind::Government)),
    ("bank", Some(Kind::Company)),
    ("board", Some(Kind::Government)),
    ("broadcasting", Some(Kind::Media)),
    ("bureau", Some(Kind::Government)),
    ("cabinet", Some(Kind::Government)),
    ("church", Some(Kind::Other)),
    ("club", Some(Kind::Other)),
    ("coalition", Some(Kind::Other)),
    ("college", Some(Kind::Education)),
    ("commission", Some(Kind::Government)),
    ("committee", Some(Kind::Government)),
    ("commonwealth", Some(Kind::International)),
    ("company", Some(Kind::Company)),
    ("congress", Some(Kind::Government)),
    ("corporation", Some(Kind::Company)),
    ("council", Some(Kind::Government)),
    ("court", Some(Kind::Government)),
    ("department", Some(Kind::Government)),
    ("exchange", Some(Kind::Company)),
    ("fc", Some(Kind::Sports)),
    ("federation", Some(Kind::Other)),
    ("forces", Some(Kind::Government)),
    ("forum", Some(Kind::Other)),
    ("foundation", Some(Kind::Other)),
    ("fund", Some(Kind::Other)),
    ("gazette", Some(Kind::Media)),
    ("government", Some(Kind::Government)),
    ("group", Some(Kind::Company)),
    ("guard", Some(Kind::Government)),
    ("herald", Some(Kind::Media)),
    ("holdings", Some(Kind::Company)),
    ("industries", Some(Kind::Company)),
    ("institute", Some(Kind::Education)),
    ("insurance", Some(Kind::Company)),
    ("journal", Some(Kind::Media)),
    ("league", Some(Kind::Other)),
    ("ministry", Some(Kind::Government)),
    ("motors", Some(Kind::Company)),
    ("movement", Some(Kind::Other)),
    ("navy", Some(Kind::Government)),
    ("network", Some(Kind::Media)),
    ("news", Some(Kind::Media)),
    ("organisation", Some(Kind::Other)),
    ("organization", Some(Kind::Other)),
    ("parliament", Some(Kind::Government)),
    ("party", Some(Kind::PoliticalParty)),
    ("pharmaceuticals", Some(Kind::Company)),
    ("police", Some(Kind::Government)),
    ("radio", Some(Kind::Media)),
    ("school", Some(Kind::Education)),
    ("secretariat", Some(Kind::Government)),
    ("securities", Some(Kind::Company)),
    ("senate", Some(Kind::Government)),
    ("service", Some(Kind::Government)),
    ("society", Some(Kind::Other)),
    ("studios", Some(Kind::Company)),
    ("technologies", Some(Kind::Company)),
    ("telegraph", Some(Kind::Media)),
    ("television", Some(Kind::Media)),
    ("tribunal", Some(Kind::Government)),
    ("tribune", Some(Kind::Media)),
    ("trust", Some(Kind::Other)),
    ("union", Some(Kind::Other)),
    ("university", Some(Kind::Education)),
];

/// Words that make a body with a council/union/bank… head international.
const INTERNATIONAL_MARKERS: &[&str] = &[
    "african",
    "arab",
    "asian",
    "atlantic",
    "baltic",
    "commonwealth",
    "eurasian",
    "european",
    "global",
    "intergovernmental",
    "international",
    "nations",
    "nordic",
    "pacific",
    "supranational",
    "world",
];

/// Head nouns that international markers turn international.
const INTERNATIONAL_HEADS: &[&str] = &[
    "agency",
    "alliance",
    "assembly",
    "bank",
    "commission",
    "committee",
    "community",
    "council",
    "court",
    "forum",
    "fund",
    "league",
    "organisation",
    "organization",
    "parliament",
    "union",
];

/// Words that make a bank a state body.
const STATE_BANK_MARKERS: &[&str] = &["central", "national", "reserve", "people's"];

/// Capitalised phrases with a head noun that are places, not organizations.
const NOT_ORGANIZATIONS: &[&str] = &[
    "fake news",
    "soviet union",
    "state of the union",
    "union jack",
    "union square",
    "union station",
];

/// Descriptors that mark the capitalised name right after them: "social media company X", "state
/// news agency Azertac", "militant group Hamas".
const DESCRIPTORS: &[(&str, Kind)] = &[
    ("airline", Kind::Company),
    ("automaker", Kind::Company),
    ("bank", Kind::Company),
    ("broadcaster", Kind::Media),
    ("carmaker", Kind::Company),
    ("carrier", Kind::Company),
    ("chipmaker", Kind::Company),
    ("company", Kind::Company),
    ("conglomerate", Kind::Company),
    ("daily", Kind::Media),
    ("firm", Kind::Company),
    ("giant", Kind::Company),
    ("group", Kind::Other),
    ("insurer", Kind::Company),
    ("lender", Kind::Company),
    ("magazine", Kind::Media),
    ("maker", Kind::Company),
    ("manufacturer", Kind::Company),
    ("newspaper", Kind::Media),
    ("outlet", Kind::Media),
    ("party", Kind::PoliticalParty),
    ("platform", Kind::Company),
    ("regulator", Kind::Government),
    ("retailer", Kind::Company),
    ("startup", Kind::Company),
    ("start-up", Kind::Company),
    ("supplier", Kind::Company),
    ("tabloid", Kind::Media),
    ("watchdog", Kind::Government),
    ("website", Kind::Media),
];

/// Lookup tables built once.
#[derive(Debug)]
pub struct Heads {
    heads: HashMap<&'static str, Option<Kind>>,
    descriptors: HashMap<&'static str, Kind>,
}

impl Default for Heads {
    fn default() -> Self {
        Self::new()
    }
}

impl Heads {
    /// Builds the tables.
    pub fn new() -> Self {
        Heads {
            heads: HEADS.iter().copied().collect(),
            descriptors: DESCRIPTORS.iter().copied().collect(),
        }
    }

    /// True for a head noun (any case).
    pub fn is_head(&self, word: &str) -> bool {
        with_lower(word, |w| self.heads.contains_key(w))
    }

    /// The kind a descriptor marks ("company" → company). "agency" after "news" marks media.
    pub fn descriptor(&self, word: &str, previous: Option<&str>) -> Option<Kind> {
        with_lower(word, |w| {
            if w == "agency" || w == "service" {
                return previous
                    .filter(|p| p.eq_ignore_ascii_case("news"))
                    .map(|_| Kind::Media)
                    .or((w == "agency").then_some(Kind::Government));
            }
            self.descriptors.get(w).copied()
        })
    }

    /// True when a phrase with a head noun is known not to be an organization ("Soviet Union").
    pub fn is_excluded(&self, name: &str) -> bool {
        with_lower(name, |w| NOT_ORGANIZATIONS.contains(&w))
    }

    /// The kind suggested by the words of a name, if they decide it.
    pub fn kind_of(&self, words: &[&str]) -> Option<Kind> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let has = |list: &[&str]| lower.iter().any(|w| list.contains(&w.as_str()));
        if has(&["party", "democrats", "republicans"]) {
            return Some(Kind::PoliticalParty);
        }
        if has(&["university", "college", "school", "academy", "polytechnic"]) {
            return Some(Kind::Education);
        }
        if has(&[
            "fc",
            "f.c.",
            "afc",
            "rovers",
            "wanderers",
            "olympic",
            "football",
            "soccer",
            "basketball",
            "baseball",
            "hockey",
            "rugby",
            "cricket",
            "tennis",
            "premier",
            "champions",
        ]) {
            return Some(Kind::Sports);
        }
        if has(INTERNATIONAL_MARKERS) && has(INTERNATIONAL_HEADS) {
            return Some(Kind::International);
        }
        if has(&["bank"]) && has(STATE_BANK_MARKERS) {
            return Some(Kind::Government);
        }
        if has(&[
            "news",
            "times",
            "post",
            "broadcasting",
            "television",
            "tv",
            "radio",
            "gazette",
        ]) {
            return Some(Kind::Media);
        }
        // The last head noun decides ("Bank of England" → bank; "Council" → government).
        lower
            .iter()
            .rev()
            .find_map(|w| self.heads.get(w.as_str()).copied().flatten())
    }
}

/// Calls `f` with the lower-cased word, without allocating for short ASCII words.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        f(std::str::from_utf8(b).unwrap_or(""))
    } else {
        f(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names() {
        let h = Heads::new();
        let kind = |s: &str| h.kind_of(&s.split(' ').collect::<Vec<_>>());
        assert_eq!(
            kind("Supreme Eurasian Economic Council"),
            Some(Kind::International)
        );
        assert_eq!(kind("Eurasian Economic Union"), Some(Kind::International));
        assert_eq!(kind("Ministry of Foreign Affairs"), Some(Kind::Government));
        assert_eq!(kind("Labour Party"), Some(Kind::PoliticalParty));
        assert_eq!(kind("University of Lagos"), Some(Kind::Education));
        assert_eq!(kind("Arsenal FC"), Some(Kind::Sports));
        assert_eq!(kind("Central Bank of Kenya"), Some(Kind::Government));
        assert_eq!(kind("Acme Holdings"), Some(Kind::Company));
        assert_eq!(kind("Daily Herald"), Some(Kind::Media));
        assert_eq!(kind("Red Cross"), None);
    }

    #[test]
    fn descriptors() {
        let h = Heads::new();
        assert_eq!(h.descriptor("company", Some("media")), Some(Kind::Company));
        assert_eq!(h.descriptor("agency", Some("news")), Some(Kind::Media));
        assert_eq!(
            h.descriptor("agency", Some("space")),
            Some(Kind::Government)
        );
        assert_eq!(h.descriptor("said", None), None);
    }
}

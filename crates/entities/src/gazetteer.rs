//! The embedded GeoNames table: continents, countries, US states and cities of 15,000+ inhabitants,
//! with a hand-written alias list ("U.S.", "America", "Britain"…), and the rules that decide when a
//! place name is unambiguous enough to link.
//!
//! Lookup order: aliases, then countries, continents and US states (a name that is both a country
//! and a US state, such as "Georgia", stays unlinked), then cities by primary name, then cities by
//! alternate name. Among cities sharing a name the most populous wins only when it is at least
//! `dominance` times as populous as the runner-up; otherwise the name stays unlinked.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::EntitiesError;

/// Stored uncompressed: inflating it cost a fifth of the start-up time.
static PLACES: &str = include_str!("../data/places.tsv");

/// FxHash (rustc's hasher): the table's keys are fixed, so SipHash's flooding resistance buys
/// nothing, and hashing its 60,000 names at start-up with SipHash was a tenth of the start-up time.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type NameMap = HashMap<String, Vec<u32>, BuildHasherDefault<FxHasher>>;

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A continent.
    Continent,
    /// A country or territory with an ISO code.
    Country,
    /// A US state (or DC).
    State,
    /// A populated place of 15,000+ inhabitants.
    City,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id.
    pub geonames_id: u32,
    /// What it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 country code (empty for continents).
    pub country: String,
    /// The state code of a US state ("TX"), the GeoNames admin1 code of a city, else empty.
    pub admin1: String,
    /// Population (0 when unknown).
    pub population: u64,
    /// Latitude and longitude (cities only).
    pub coords: Option<(f64, f64)>,
    /// The GeoNames name.
    pub name: String,
}

/// The result of looking a place name up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lookup<'g> {
    /// One place fits.
    Unique(&'g Place),
    /// Several places fit and none dominates.
    Ambiguous,
    /// No place has that name.
    Unknown,
}

/// Place names that are usually a different place than the gazetteer order would pick, or that
/// the gazetteer does not hold: (surface, kind letter, GeoNames name or ISO code).
const ALIASES: &[(&str, &str)] = &[
    ("us", "C:US"),
    ("usa", "C:US"),
    ("united states of america", "C:US"),
    ("america", "C:US"),
    ("the states", "C:US"),
    ("uk", "C:GB"),
    ("britain", "C:GB"),
    ("great britain", "C:GB"),
    ("holland", "C:NL"),
    ("czech republic", "C:CZ"),
    ("cote divoire", "C:CI"),
    ("burma", "C:MM"),
    ("swaziland", "C:SZ"),
    ("macedonia", "C:MK"),
    ("east timor", "C:TL"),
    ("timor-leste", "C:TL"),
    ("cape verde", "C:CV"),
    ("palestine", "C:PS"),
    ("palestinian territories", "C:PS"),
    ("vatican city", "C:VA"),
    ("holy see", "C:VA"),
    ("dr congo", "C:CD"),
    ("drc", "C:CD"),
    ("uae", "C:AE"),
    ("emirates", "C:AE"),
    ("russian federation", "C:RU"),
    ("turkiye", "C:TR"),
    ("prc", "C:CN"),
    ("dprk", "C:KP"),
    ("republic of korea", "C:KR"),
    ("bosnia", "C:BA"),
    ("saint kitts", "C:KN"),
    ("trinidad", "C:TT"),
    ("washington", "T:4140963"),
    ("washington dc", "T:4140963"),
    ("washington d c", "T:4140963"),
    ("new york", "T:5128581"),
    ("kiev", "T:703448"),
    ("st louis", "T:4407066"),
    ("odessa", "T:698740"),
    // AP-style state abbreviations (only ever looked up for mentions the tagger calls places).
    ("ala", "S:Alabama"),
    ("ariz", "S:Arizona"),
    ("ark", "S:Arkansas"),
    ("calif", "S:California"),
    ("colo", "S:Colorado"),
    ("conn", "S:Connecticut"),
    ("del", "S:Delaware"),
    ("fla", "S:Florida"),
    ("ga", "S:Georgia"),
    ("ill", "S:Illinois"),
    ("ind", "S:Indiana"),
    ("kan", "S:Kansas"),
    ("ky", "S:Kentucky"),
    ("md", "S:Maryland"),
    ("mass", "S:Massachusetts"),
    ("mich", "S:Michigan"),
    ("minn", "S:Minnesota"),
    ("miss", "S:Mississippi"),
    ("mo", "S:Missouri"),
    ("la", "S:Louisiana"),
    ("mont", "S:Montana"),
    ("neb", "S:Nebraska"),
    ("nev", "S:Nevada"),
    ("nh", "S:New Hampshire"),
    ("nj", "S:New Jersey"),
    ("nm", "S:New Mexico"),
    ("ny", "S:New York"),
    ("nc", "S:North Carolina"),
    ("nd", "S:North Dakota"),
    ("okla", "S:Oklahoma"),
    ("ore", "S:Oregon"),
    ("pa", "S:Pennsylvania"),
    ("ri", "S:Rhode Island"),
    ("sc", "S:South Carolina"),
    ("sd", "S:South Dakota"),
    ("tenn", "S:Tennessee"),
    ("tex", "S:Texas"),
    ("vt", "S:Vermont"),
    ("va", "S:Virginia"),
    ("wash", "S:Washington"),
    ("w va", "S:West Virginia"),
    ("wis", "S:Wisconsin"),
    ("wyo", "S:Wyoming"),
];

/// The place index, built once.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Normalised primary names (and aliases) → places.
    primary: NameMap,
    /// Normalised alternate city names → places.
    alternate: NameMap,
    dominance: f64,
}

impl Gazetteer {
    /// Loads the embedded table.
    pub fn load(dominance: f64) -> Result<Self, EntitiesError> {
        Self::parse(PLACES, dominance)
    }

    fn parse(text: &str, dominance: f64) -> Result<Self, EntitiesError> {
        let mut g = Gazetteer {
            places: Vec::with_capacity(35_000),
            primary: NameMap::with_capacity_and_hasher(40_000, Default::default()),
            alternate: NameMap::with_capacity_and_hasher(40_000, Default::default()),
            dominance,
        };
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            let mut f = line.split('\t');
            let mut next = || f.next();
            let (
                Some(kind),
                Some(id),
                Some(cc),
                Some(admin1),
                Some(pop),
                Some(lat),
                Some(lon),
                Some(name),
                Some(alts),
                None,
            ) = (
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
            )
            else {
                return Err(EntitiesError::Gazetteer(format!(
                    "line {}: bad fields",
                    n + 1
                )));
            };
            let kind = match kind {
                "K" => PlaceKind::Continent,
                "C" => PlaceKind::Country,
                "S" => PlaceKind::State,
                "T" => PlaceKind::City,
                _ => {
                    return Err(EntitiesError::Gazetteer(format!(
                        "line {}: bad kind",
                        n + 1
                    )))
                }
            };
            let geonames_id = id
                .parse()
                .map_err(|_| EntitiesError::Gazetteer(format!("line {}: bad id", n + 1)))?;
            let coords = match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(a), Ok(b)) => Some((a, b)),
                _ => None,
            };
            let idx = g.places.len() as u32;
            g.places.push(Place {
                geonames_id,
                kind,
                country: cc.to_string(),
                admin1: admin1.to_string(),
                population: pop.parse().unwrap_or(0),
                coords,
                name: name.to_string(),
            });
            normalize_into(name, &mut key);
            push_id(&mut g.primary, &key, idx);
            for alt in alts.split('|').filter(|a| !a.is_empty()) {
                normalize_into(alt, &mut key);
                push_id(&mut g.alternate, &key, idx);
            }
        }
        // Aliases go first in their list so that they win over same-named entries.
        for &(alias, target) in ALIASES {
            let found = match target.split_once(':') {
                Some(("C", iso)) => g
                    .places
                    .iter()
                    .position(|p| p.kind == PlaceKind::Country && p.country == iso),
                Some(("S", name)) => g
                    .places
                    .iter()
                    .position(|p| p.kind == PlaceKind::State && p.name == name),
                Some((_, id)) => {
                    let id: u32 = id.parse().unwrap_or(0);
                    g.places.iter().position(|p| p.geonames_id == id)
                }
                None => None,
            };
            if let Some(i) = found {
                normalize_into(alias, &mut key);
                g.primary.insert(format!("\u{1}{key}"), vec![i as u32]);
            }
        }
        Ok(g)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when the table is empty (never, for the embedded one).
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Looks a surface form up.
    pub fn lookup(&self, surface: &str) -> Lookup<'_> {
        self.lookup_in(surface, true)
    }

    /// Looks a surface form up among primary names and aliases only (no alternate city names).
    pub fn lookup_primary(&self, surface: &str) -> Lookup<'_> {
        self.lookup_in(surface, false)
    }

    fn lookup_in(&self, surface: &str, alternates: bool) -> Lookup<'_> {
        let mut key = String::with_capacity(surface.len() + 1);
        normalize_into(surface, &mut key);
        if key.is_empty() {
            return Lookup::Unknown;
        }
        key.insert(0, '\u{1}');
        if let Some(&[i]) = self.primary.get(&key).map(Vec::as_slice) {
            return Lookup::Unique(&self.places[i as usize]);
        }
        key.remove(0);
        if let Some(ids) = self.primary.get(&key) {
            let places: Vec<&Place> = ids.iter().map(|&i| &self.places[i as usize]).collect();
            let big: Vec<&Place> = places
                .iter()
                .copied()
                .filter(|p| p.kind != PlaceKind::City)
                .collect();
            match big.len() {
                0 => {}
                1 => return Lookup::Unique(big[0]),
                _ => return Lookup::Ambiguous,
            }
            return self.dominant(&places);
        }
        if let Some(ids) = self
            .alternate
            .get(&key)
            .filter(|_| alternates && use_alternates(surface))
        {
            let places: Vec<&Place> = ids.iter().map(|&i| &self.places[i as usize]).collect();
            return self.dominant(&places);
        }
        Lookup::Unknown
    }

    /// Looks a city name up inside a region named right after it ("Portland, Ore.", "Paris,
    /// Texas", "Hyderabad, Pakistan"): only cities of that country (and US state) compete.
    pub fn lookup_within(&self, surface: &str, region: &Place) -> Lookup<'_> {
        let inside = |p: &Place| {
            p.kind == PlaceKind::City
                && p.country == region.country
                && (region.kind != PlaceKind::State || p.admin1 == region.admin1)
        };
        let mut key = String::with_capacity(surface.len());
        normalize_into(surface, &mut key);
        let primary: Vec<&Place> = self
            .primary
            .get(&key)
            .into_iter()
            .flatten()
            .map(|&i| &self.places[i as usize])
            .filter(|p| inside(p))
            .collect();
        if !primary.is_empty() {
            return self.dominant(&primary);
        }
        if !use_alternates(surface) {
            return Lookup::Unknown;
        }
        let alternate: Vec<&Place> = self
            .alternate
            .get(&key)
            .into_iter()
            .flatten()
            .map(|&i| &self.places[i as usize])
            .filter(|p| inside(p))
            .collect();
        self.dominant(&alternate)
    }

    /// True when the name is a country, continent or US state (strong place evidence).
    pub fn is_region(&self, surface: &str) -> bool {
        match self.lookup(surface) {
            Lookup::Unique(p) => p.kind != PlaceKind::City,
            Lookup::Ambiguous => true,
            Lookup::Unknown => false,
        }
    }

    fn dominant<'g>(&self, places: &[&'g Place]) -> Lookup<'g> {
        let mut best: Option<&Place> = None;
        let mut second = 0u64;
        for &p in places {
            match best {
                // The same place found under two names.
                Some(b) if b.geonames_id == p.geonames_id => {}
                Some(b) if p.population <= b.population => second = second.max(p.population),
                Some(b) => {
                    second = second.max(b.population);
                    best = Some(p);
                }
                None => best = Some(p),
            }
        }
        match best {
            Some(b) if second == 0 || b.population as f64 >= self.dominance * second as f64 => {
                Lookup::Unique(b)
            }
            Some(_) => Lookup::Ambiguous,
            None => Lookup::Unknown,
        }
    }
}

/// Appends `idx` to the list of `key` (allocating the key only when it is new).
fn push_id(map: &mut NameMap, key: &str, idx: u32) {
    match map.get_mut(key) {
        Some(ids) => ids.push(idx),
        None => {
            map.insert(key.to_owned(), vec![idx]);
        }
    }
}

/// Short all-caps names ("DACA") are acronyms, not spellings of a city's alternate name.
fn use_alternates(surface: &str) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    letters > 5 || surface.chars().any(char::is_lowercase)
}

/// Normalises a place name into `out`: lower case, Latin diacritics folded, periods and apostrophes
/// dropped, hyphens as spaces, "St"/"Ft"/"Mt" expanded, a leading "the" dropped.
pub fn normalize_into(s: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    let mut word_start = 0;
    for c in s.chars() {
        if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | ',' | '/') {
            if out.len() > word_start {
                push_word_end(out, word_start);
            }
            pending_space = !out.is_empty();
            continue;
        }
        if matches!(c, '.' | '\'' | '’' | '`' | 'ʻ' | 'ʼ') {
            continue;
        }
        if pending_space {
            if &out[..] == "the" {
                out.clear();
            } else {
                out.push(' ');
            }
            pending_space = false;
            word_start = out.len();
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            match fold(c) {
                Some(f) => out.push_str(f),
                None => out.extend(c.to_lowercase()),
            }
        }
    }
    if out.len() > word_start {
        push_word_end(out, word_start);
    }
}

/// Expands the abbreviation ending `out` at `word_start`.
fn push_word_end(out: &mut String, word_start: usize) {
    let expanded = match &out[word_start..] {
        "st" => Some("saint"),
        "ste" => Some("sainte"),
        "ft" => Some("fort"),
        "mt" => Some("mount"),
        _ => None,
    };
    if let Some(e) = expanded {
        out.truncate(word_start);
        out.push_str(e);
    }
}

/// ASCII folding of common Latin letters with diacritics.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Đ' | 'Ď' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
            "o"
        }
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ţ' | 'ț' | 'ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut out = String::new();
        normalize_into(s, &mut out);
        out
    }

    #[test]
    fn normalisation_folds_and_expands() {
        assert_eq!(norm("St. Petersburg"), "saint petersburg");
        assert_eq!(norm("Saint-Petersburg"), "saint petersburg");
        assert_eq!(norm("São  Paulo"), "sao paulo");
        assert_eq!(norm("U.S."), "us");
        assert_eq!(norm("The Netherlands"), "netherlands");
        assert_eq!(norm("Côte d’Ivoire"), "cote divoire");
        assert_eq!(norm(""), "");
        assert_eq!(norm(" - . "), "");
    }
}

//! # newsx-entities
//!
//! People and places, resolved at document level on top of the tagger's mentions (the `ner`
//! extractor's `PER`/`LOC` records):
//!
//! * `PERSON` records carry `canonical`, the longest full name of the person in the document
//!   ("Peskov" → "Dmitry Peskov"), and `title` when a role stands right before the name
//!   ("Russian President", "presidential aide") or in an apposition after it ("Dmitry Peskov, the
//!   Kremlin's chief spokesman," → "Kremlin's chief spokesman": the determiner is dropped, the
//!   possessive kept). Titles, honorifics, determiners and possessive 's stay outside spans.
//!   One-word surnames of known people that the tagger missed or mislabelled are added (surname
//!   propagation), except where they are part of a longer name or a known place.
//! * `LOCATION` records carry `canonical` (the GeoNames name when linked, else the mention) and,
//!   when the name is unambiguous, `country` (ISO 3166-1 alpha-2), `geonames_id`, and for cities
//!   `lat`/`lon`. Nationalities ("Russian") and place-named institutions ("the Kremlin") are not
//!   places here; hyphenated compounds give their places ("Russia-led" → Russia).
//!
//! Document-level repairs of the tagger's output:
//!
//! * the "longest form" of a person is a longer name that ends with the mention or keeps its first
//!   and last words ("Donald J. Trump" for "Donald Trump"), never one that adds words at the end
//!   ("Donald Trump Jr." is another person); a split name ("Kirill" untagged, "Dmitriev" PER) is
//!   re-joined; sentence-initial function words ("Will Trump …?") leave the name;
//! * a name the tagger calls a place more often than an organization in the document is a place
//!   every time ("Moscow confirmed …" after "… fly to Moscow"); untagged repetitions of a tagged,
//!   known place are places; an unknown one-word "place" right before "said" is dropped; names that
//!   read as organizations ("CIS", "Commonwealth of Independent States") are left to the
//!   organizations extractor;
//! * in a title-case headline, ORG/MISC guesses that the body never repeats ("Florida Talks") are
//!   ignored, and headline words the body knows as people or places are labelled;
//! * with the `organizations` extractor enabled ([`Extractor::uses`]), places it reports as
//!   organizations ("Bank of England", a "Facebook" tagged LOC) are not reported as LOCATION.
//!
//! Place data: GeoNames (geonames.org), CC BY 4.0; see `DATA.md`.
//!
//! ```
//! use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span};
//! use newsx_entities::{EntitiesExtractor, EntitiesOptions};
//!
//! let doc = Document::new("1", "Kremlin spokesman Dmitry Peskov spoke in Moscow. Later Peskov left.");
//! // What the tagger would say (normally `earlier` is filled by the runner).
//! let tag = |word: &str, label: &'static str, nth: usize| {
//!     let start = doc.text.match_indices(word).nth(nth).unwrap().0;
//!     Record::new("type", label, Span::new(start, start + word.len()))
//! };
//! let mut earlier = Outputs::default();
//! earlier.insert("ner", Output::new(vec![
//!     tag("Kremlin", "ORG", 0),
//!     tag("Dmitry Peskov", "PER", 0),
//!     tag("Moscow", "LOC", 0),
//!     tag("Peskov", "PER", 1),
//! ]));
//! let entities = EntitiesExtractor::new(EntitiesOptions::default()).unwrap();
//! let out = entities.extract(&AnalyzedDocument::new(&doc), &earlier).unwrap();
//! let people: Vec<(&str, Option<&str>, Option<&str>)> = out.records.iter()
//!     .filter(|r| r.label == "PERSON")
//!     .map(|r| (r.span.text(&doc), r.get_str("canonical"), r.get_str("title")))
//!     .collect();
//! assert_eq!(people, [
//!     ("Dmitry Peskov", Some("Dmitry Peskov"), Some("Kremlin spokesman")),
//!     ("Peskov", Some("Dmitry Peskov"), None),
//! ]);
//! let moscow = out.records.iter().find(|r| r.label == "LOCATION").unwrap();
//! assert_eq!(moscow.get_str("country"), Some("RU"));
//! ```
#![forbid(unsafe_code)]

pub mod gazetteer;
pub mod lexicon;
pub mod mentions;
pub mod people;
pub mod places;

use newsx_core::{AnalyzedDocument, ExtractError, Extractor, Output, Outputs, Record, Span, Value};

use gazetteer::Gazetteer;
use lexicon::Lexicon;
use mentions::MentionIndex;

/// Options of the entities extractor (`[extractors.entities]`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EntitiesOptions {
    /// Emit PERSON records.
    pub persons: bool,
    /// Emit LOCATION records.
    pub locations: bool,
    /// Link places to GeoNames (`country`, `geonames_id`, `lat`, `lon`).
    pub link_places: bool,
    /// Label uncovered one-word surnames of people named in full elsewhere in the document.
    pub propagate_surnames: bool,
    /// Fill `title` from the words before the name or an apposition after it.
    pub titles: bool,
    /// A city name shared by several cities links to the most populous one only when it is at least
    /// this many times as populous as the next one.
    pub city_dominance: f64,
}

impl Default for EntitiesOptions {
    fn default() -> Self {
        EntitiesOptions {
            persons: true,
            locations: true,
            link_places: true,
            propagate_surnames: true,
            titles: true,
            city_dominance: 5.0,
        }
    }
}

/// Why the extractor could not be built.
#[derive(Debug, thiserror::Error)]
pub enum EntitiesError {
    /// The embedded gazetteer could not be read.
    #[error("entities: gazetteer: {0}")]
    Gazetteer(String),
    /// An option is out of range.
    #[error("entities: invalid option: {0}")]
    InvalidOption(String),
}

/// The entities extractor: PERSON and LOCATION records from the tagger's mentions.
#[derive(Debug)]
pub struct EntitiesExtractor {
    options: EntitiesOptions,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
}

impl EntitiesExtractor {
    /// Builds the extractor (loads the embedded gazetteer, ~20 ms).
    pub fn new(options: EntitiesOptions) -> Result<Self, EntitiesError> {
        if options.city_dominance.is_nan() || options.city_dominance < 1.0 {
            return Err(EntitiesError::InvalidOption(format!(
                "city_dominance must be at least 1, got {}",
                options.city_dominance
            )));
        }
        Ok(EntitiesExtractor {
            gazetteer: Gazetteer::load(options.city_dominance)?,
            lexicon: Lexicon::new(),
            options,
        })
    }

    /// The gazetteer (for look-ups outside documents).
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

impl Extractor for EntitiesExtractor {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn requires(&self) -> &'static [&'static str] {
        &["ner"]
    }

    /// With the organizations extractor enabled, places it claims ("Bank of England", a "Facebook"
    /// the tagger called a place) are not reported as LOCATION.
    fn uses(&self) -> &'static [&'static str] {
        &["organizations"]
    }

    fn extract(
        &self,
        doc: &AnalyzedDocument<'_>,
        earlier: &Outputs,
    ) -> Result<Output, ExtractError> {
        let ner = earlier.get("ner").ok_or(ExtractError::MissingDependency {
            extractor: "entities",
            required: "ner",
        })?;
        let index = MentionIndex::new(doc, ner);
        let mut records = Vec::new();
        let mut taken: Vec<Span> = earlier
            .get("organizations")
            .unwrap_or(&[])
            .iter()
            .map(|r| r.span)
            .collect();
        {
            let settings = people::PeopleSettings {
                propagate: self.options.propagate_surnames,
                titles: self.options.titles,
            };
            for p in people::resolve(doc, &index, &self.lexicon, &self.gazetteer, settings) {
                let (_, an) = doc.field(p.field);
                let span = Span::in_field(
                    p.field,
                    an.tokens[p.tokens.start].start,
                    an.tokens[p.tokens.end - 1].end,
                );
                taken.push(span);
                if self.options.persons {
                    records.push(
                        Record::new("type", "PERSON", span)
                            .with("canonical", p.canonical)
                            .with_opt("title", p.title),
                    );
                }
            }
        }
        if self.options.locations {
            for m in places::resolve(doc, &index, &self.lexicon, &self.gazetteer, &taken) {
                let mut r = Record::new("type", "LOCATION", m.span).with("canonical", m.canonical);
                if let Some(p) = m.place.filter(|_| self.options.link_places) {
                    if !p.country.is_empty() {
                        r = r.with("country", Value::str(p.country.clone()));
                    }
                    r = r.with("geonames_id", i64::from(p.geonames_id));
                    if let Some((lat, lon)) = p.coords {
                        r = r.with("lat", lat).with("lon", lon);
                    }
                }
                records.push(r);
            }
        }
        records.sort_by_key(|r| r.span);
        Ok(Output::new(records))
    }
}

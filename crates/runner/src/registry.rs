//! The extractor registry: a closed enum of the extractors built into this binary, one Cargo feature each.
//!
//! # Registering an extractor
//!
//! An extractor crate follows the contract `XExtractor::new(XOptions) -> Result<XExtractor, XError>` with
//! `XOptions: Deserialize + Default` (the keys of `[extractors.x]`). To register it:
//!
//! 1. in `crates/runner/Cargo.toml`, make the crate an optional dependency and point the feature at it
//!    (`dates = ["dep:newsx-dates"]`; they already exist) and add the feature to `default`;
//! 2. add one line to the `registry!` invocation below:
//!    `#[cfg(feature = "dates")] Dates = "dates" => newsx_dates::DatesExtractor::new(newsx_dates::DatesOptions),`
//!
//! Names must match [`Extractor::name`](newsx_core::Extractor::name). Nothing else changes: config
//! validation, dependency resolution, `newsx extractors` and the output order follow.

use newsx_core::Extractor;

use crate::config::{Config, ConfigError};

/// What `newsx extractors` says about each extractor newsx knows of, built in or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtractorInfo {
    /// `[extractors.<name>]` and the output key.
    pub name: &'static str,
    /// The Cargo feature that builds it in.
    pub feature: &'static str,
    /// What it emits.
    pub emits: &'static str,
    /// Extractors it requires (run first, hidden unless enabled).
    pub requires: &'static [&'static str],
    /// Extractors it uses when they are enabled.
    pub uses: &'static [&'static str],
}

/// Every extractor newsx knows of, in output-key order.
pub const KNOWN: &[ExtractorInfo] = &[
    ExtractorInfo {
        name: "entities",
        feature: "entities",
        emits: "PERSON and LOCATION mentions with canonical names, titles and GeoNames links",
        requires: &["ner"],
        uses: &["organizations"],
    },
    ExtractorInfo {
        name: "organizations",
        feature: "organizations",
        emits: "ORGANIZATION mentions with canonical names and expanded acronyms",
        requires: &["ner"],
        uses: &[],
    },
    ExtractorInfo {
        name: "dates",
        feature: "dates",
        emits: "DATE/TIME/DURATION/SET expressions with values normalised against the article date",
        requires: &[],
        uses: &[],
    },
    ExtractorInfo {
        name: "quotes",
        feature: "quotes",
        emits: "direct and indirect quotes with speaker and cue",
        requires: &[],
        uses: &["entities", "organizations"],
    },
    ExtractorInfo {
        name: "ner",
        feature: "ner",
        emits: "raw named-entity tags (PER, LOC, ORG, MISC)",
        requires: &[],
        uses: &[],
    },
];

/// The rank of an output key: known extractors in [`KNOWN`] order, then the others.
pub fn output_rank(name: &str) -> usize {
    KNOWN
        .iter()
        .take(4)
        .position(|k| k.name == name)
        .unwrap_or(KNOWN.len())
}

macro_rules! registry {
    ($( $(#[$attr:meta])* $variant:ident = $name:literal => $ctor:path [$options:ty] ),* $(,)?) => {
        /// The extractors built into this binary (one Cargo feature each).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExtractorKind {
            $( $(#[$attr])* #[doc = $name] $variant, )*
        }

        impl ExtractorKind {
            /// Every extractor built in.
            pub const ALL: &'static [ExtractorKind] = &[ $( $(#[$attr])* ExtractorKind::$variant, )* ];

            /// Its `[extractors.<name>]` table and output key.
            pub fn name(self) -> &'static str {
                match self { $( $(#[$attr])* ExtractorKind::$variant => $name, )* }
            }

            /// Builds it with the options of its `[extractors.<name>]` table (defaults when absent).
            #[allow(unused_variables)] // unused while no extractor is built in
            pub fn build(self, config: &Config) -> Result<Box<dyn Extractor>, ConfigError> {
                match self {
                    $( $(#[$attr])* ExtractorKind::$variant => {
                        let options: $options = config.extractor_options($name)?;
                        let extractor = $ctor(options).map_err(|e| {
                            config.error_at(concat!("extractors.", $name), e.to_string())
                        })?;
                        Ok(Box::new(extractor))
                    } )*
                }
            }
        }
    };
}

registry! {
    #[cfg(feature = "ner")]
    Ner = "ner" => newsx_ner::NerExtractor::new [newsx_ner::NerOptions],
    #[cfg(feature = "entities")]
    Entities = "entities" => newsx_entities::EntitiesExtractor::new [newsx_entities::EntitiesOptions],
    #[cfg(feature = "organizations")]
    Organizations = "organizations" => newsx_organizations::OrganizationsExtractor::new [newsx_organizations::OrganizationsOptions],
    #[cfg(feature = "dates")]
    Dates = "dates" => newsx_dates::DatesExtractor::new [newsx_dates::DatesOptions],
    #[cfg(feature = "quotes")]
    Quotes = "quotes" => newsx_quotes::QuotesExtractor::new [newsx_quotes::QuotesOptions],
    #[cfg(feature = "test-extractors")]
    TestWords = "test-words" => crate::testing::TestWords::new [crate::testing::TestOptions],
    #[cfg(feature = "test-extractors")]
    TestCheck = "test-check" => crate::testing::TestCheck::new [crate::testing::TestOptions],
    #[cfg(feature = "test-extractors")]
    TestCount = "test-count" => crate::testing::TestCount::new [crate::testing::TestOptions],
}

impl ExtractorKind {
    /// The built-in extractor called `name`.
    pub fn from_name(name: &str) -> Option<ExtractorKind> {
        ExtractorKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == name)
    }

    /// True for the test-support extractors (feature `test-extractors`), which `newsx extractors` hides.
    pub fn is_test_support(self) -> bool {
        self.name().starts_with("test-")
    }
}

/// True when extractor `name` is built into this binary.
pub fn is_available(name: &str) -> bool {
    ExtractorKind::from_name(name).is_some()
}

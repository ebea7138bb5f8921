//! Behaviour of the entities extractor on sentences written for these tests, with tagger output
//! built by hand.

use newsx_core::{
    AnalyzedDocument, Document, ExtractError, Extractor, Field, Output, Outputs, Record, Span,
    Value,
};
use newsx_entities::{EntitiesExtractor, EntitiesOptions};

/// Labels the `nth` occurrence (0-based; `None`: every occurrence) of each word-bounded substring.
fn tag(text: &str, field: Field, specs: &[(&str, &'static str, Option<usize>)]) -> Vec<Record> {
    let mut out = Vec::new();
    for &(s, label, nth) in specs {
        let hits: Vec<usize> = text
            .match_indices(s)
            .map(|(i, _)| i)
            .filter(|&i| {
                let before = text[..i].chars().next_back();
                let after = text[i + s.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .collect();
        assert!(!hits.is_empty(), "{s:?} not in text");
        for (k, &i) in hits.iter().enumerate() {
            if nth.is_none_or(|n| n == k) {
                out.push(Record::new(
                    "type",
                    label,
                    Span::in_field(field, i, i + s.len()),
                ));
            }
        }
    }
    out
}

fn all<'a>(s: &'a str, label: &'static str) -> (&'a str, &'static str, Option<usize>) {
    (s, label, None)
}

fn nth<'a>(s: &'a str, label: &'static str, n: usize) -> (&'a str, &'static str, Option<usize>) {
    (s, label, Some(n))
}

fn run(doc: &Document, ner: Vec<Record>) -> Vec<Record> {
    let mut earlier = Outputs::default();
    earlier.insert("ner", Output::new(ner));
    let ex = EntitiesExtractor::new(EntitiesOptions::default()).unwrap();
    ex.extract(&AnalyzedDocument::new(doc), &earlier)
        .unwrap()
        .records
}

fn extract(text: &str, specs: &[(&str, &'static str, Option<usize>)]) -> (Document, Vec<Record>) {
    let doc = Document::new("t", text);
    let recs = run(&doc, tag(text, Field::Text, specs));
    (doc, recs)
}

/// (text, canonical, title) of the PERSON records.
fn people<'d>(doc: &'d Document, recs: &'d [Record]) -> Vec<(&'d str, &'d str, Option<&'d str>)> {
    recs.iter()
        .filter(|r| r.label == "PERSON")
        .map(|r| {
            (
                r.span.text(doc),
                r.get_str("canonical").unwrap(),
                r.get_str("title"),
            )
        })
        .collect()
}

fn place<'r>(doc: &Document, recs: &'r [Record], text: &str) -> &'r Record {
    recs.iter()
        .find(|r| r.label == "LOCATION" && r.span.text(doc) == text)
        .unwrap_or_else(|| panic!("no LOCATION {text:?} in {recs:?}"))
}

fn int(r: &Record, key: &str) -> Option<i64> {
    match r.get(key) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    }
}

#[test]
fn surnames_link_to_the_longest_full_name() {
    let (doc, recs) = extract(
        "Russian President Vladimir Putin met the envoy. Putin said later that Vladimir Putin's aides agreed.",
        &[all("Russian", "MISC"), all("Vladimir Putin", "PER"), nth("Putin", "PER", 1)],
    );
    assert_eq!(
        people(&doc, &recs),
        [
            (
                "Vladimir Putin",
                "Vladimir Putin",
                Some("Russian President")
            ),
            ("Putin", "Vladimir Putin", None),
            ("Vladimir Putin", "Vladimir Putin", None),
        ]
    );
}

#[test]
fn surname_propagation_labels_missed_and_mislabelled_mentions() {
    let text = "Presidential aide Kirill Dmitriev flew home. Dmitriev will report on Monday, \
                and aides said Dmitriev was tired. The Dmitriev Foundation was not involved.";
    let (doc, recs) = extract(
        text,
        &[
            nth("Kirill Dmitriev", "PER", 0),
            // The tagger missed the second mention and called the third an organization.
            nth("Dmitriev", "ORG", 2),
            all("Dmitriev Foundation", "ORG"),
        ],
    );
    assert_eq!(
        people(&doc, &recs),
        [
            (
                "Kirill Dmitriev",
                "Kirill Dmitriev",
                Some("Presidential aide")
            ),
            ("Dmitriev", "Kirill Dmitriev", None),
            ("Dmitriev", "Kirill Dmitriev", None),
        ]
    );
}

#[test]
fn propagation_respects_places_and_longer_names() {
    let text =
        "Michael Jordan visited Jordan last week. Jordan welcomed him, and Jordan Peters joined.";
    let (doc, recs) = extract(
        text,
        &[
            all("Michael Jordan", "PER"),
            nth("Jordan", "LOC", 1),
            nth("Jordan", "LOC", 2),
        ],
    );
    let p = people(&doc, &recs);
    assert_eq!(p, [("Michael Jordan", "Michael Jordan", None)]);
    assert_eq!(place(&doc, &recs, "Jordan").get_str("country"), Some("JO"));
}

#[test]
fn several_people_with_one_surname_use_the_nearest_earlier_one() {
    let (doc, recs) = extract(
        "Anna Kovacs spoke first. Kovacs was brief. Then Peter Kovacs answered. Kovacs disagreed.",
        &[
            all("Anna Kovacs", "PER"),
            all("Peter Kovacs", "PER"),
            nth("Kovacs", "PER", 1),
            nth("Kovacs", "PER", 3),
        ],
    );
    let canon: Vec<&str> = people(&doc, &recs).iter().map(|p| p.1).collect();
    assert_eq!(
        canon,
        ["Anna Kovacs", "Anna Kovacs", "Peter Kovacs", "Peter Kovacs"]
    );
}

#[test]
fn titles_stay_outside_spans() {
    let text =
        "Special Envoy Steve Witkoff wrote on Sunday. Later, US President Donald Trump's plan \
                was praised by Kremlin spokesman Dmitry Peskov and Mr. Ivan Sokolov.";
    let (doc, recs) = extract(
        text,
        &[
            all("Steve Witkoff", "PER"),
            all("US", "LOC"),
            // A weak tagger may put the title and the possessive inside the span.
            all("President Donald Trump's", "PER"),
            all("Kremlin", "ORG"),
            all("Dmitry Peskov", "PER"),
            all("Ivan Sokolov", "PER"),
        ],
    );
    assert_eq!(
        people(&doc, &recs),
        [
            ("Steve Witkoff", "Steve Witkoff", Some("Special Envoy")),
            ("Donald Trump", "Donald Trump", Some("US President")),
            ("Dmitry Peskov", "Dmitry Peskov", Some("Kremlin spokesman")),
            ("Ivan Sokolov", "Ivan Sokolov", None),
        ]
    );
}

#[test]
fn appositive_titles_drop_the_determiner() {
    let (doc, recs) = extract(
        "Dmitry Peskov, the Kremlin's chief spokesman, said talks went well. Anna Lee, 45, agreed, \
         and Tom Hart, Anna Lee and others left. Then the Kremlin's chief spokesman Dmitry Peskov \
         left.",
        &[all("Dmitry Peskov", "PER"), all("Kremlin", "ORG"), all("Anna Lee", "PER"), all("Tom Hart", "PER")],
    );
    assert_eq!(
        people(&doc, &recs),
        [
            (
                "Dmitry Peskov",
                "Dmitry Peskov",
                Some("Kremlin's chief spokesman")
            ),
            ("Anna Lee", "Anna Lee", None),
            ("Tom Hart", "Tom Hart", None),
            ("Anna Lee", "Anna Lee", None),
            (
                "Dmitry Peskov",
                "Dmitry Peskov",
                Some("Kremlin's chief spokesman")
            ),
        ]
    );
}

#[test]
fn possessives_and_determiners_stay_outside() {
    let text = "Azerbaijani President Ilham Aliyev's absence was noted in the Netherlands' press.";
    let (doc, recs) = extract(
        text,
        &[
            all("Azerbaijani", "MISC"),
            all("Ilham Aliyev's", "PER"),
            all("the Netherlands'", "LOC"),
        ],
    );
    assert_eq!(
        people(&doc, &recs),
        [(
            "Ilham Aliyev",
            "Ilham Aliyev",
            Some("Azerbaijani President")
        )]
    );
    let nl = place(&doc, &recs, "Netherlands");
    assert_eq!(nl.get_str("country"), Some("NL"));
}

#[test]
fn places_link_to_geonames() {
    let text =
        "Officials flew from Moscow to St. Petersburg, then to Florida, Azerbaijan, the US, \
                the U.S., the United States and America.";
    let (doc, recs) = extract(
        text,
        &[
            all("Moscow", "LOC"),
            all("St. Petersburg", "LOC"),
            all("Florida", "LOC"),
            all("Azerbaijan", "LOC"),
            all("US", "LOC"),
            all("U.S.", "LOC"),
            all("United States", "LOC"),
            all("America", "LOC"),
        ],
    );
    let moscow = place(&doc, &recs, "Moscow");
    assert_eq!(moscow.get_str("canonical"), Some("Moscow"));
    assert_eq!(moscow.get_str("country"), Some("RU"));
    assert_eq!(int(moscow, "geonames_id"), Some(524901));
    assert!(matches!(moscow.get("lat"), Some(Value::Float(x)) if (x - 55.75).abs() < 0.01));
    let spb = place(&doc, &recs, "St. Petersburg");
    assert_eq!(spb.get_str("canonical"), Some("Saint Petersburg"));
    assert_eq!(spb.get_str("country"), Some("RU"));
    assert_eq!(int(spb, "geonames_id"), Some(498817));
    let fl = place(&doc, &recs, "Florida");
    assert_eq!(
        (fl.get_str("country"), int(fl, "geonames_id")),
        (Some("US"), Some(4155751))
    );
    assert_eq!(fl.get("lat"), None);
    let az = place(&doc, &recs, "Azerbaijan");
    assert_eq!(
        (az.get_str("country"), int(az, "geonames_id")),
        (Some("AZ"), Some(587116))
    );
    for us in ["US", "U.S.", "United States", "America"] {
        let r = place(&doc, &recs, us);
        assert_eq!(r.get_str("canonical"), Some("United States"), "{us}");
        assert_eq!(int(r, "geonames_id"), Some(6252001), "{us}");
    }
}

#[test]
fn ambiguous_places_stay_unlinked() {
    let (doc, recs) = extract(
        "Fans came from Columbus, Georgia and Springfield.",
        &[
            all("Columbus", "LOC"),
            all("Georgia", "LOC"),
            all("Springfield", "LOC"),
        ],
    );
    for name in ["Columbus", "Georgia", "Springfield"] {
        let r = place(&doc, &recs, name);
        assert_eq!(r.get_str("canonical"), Some(name));
        assert_eq!(r.get("geonames_id"), None, "{name}");
        assert_eq!(r.get("country"), None, "{name}");
    }
}

#[test]
fn nationalities_institutions_and_compounds() {
    let text = "The Russian side and the Kremlin praised the Russia-led bloc and Moscow-Baku ties.";
    let (doc, recs) = extract(text, &[all("Russian", "LOC"), all("Kremlin", "LOC")]);
    let locs: Vec<(&str, Option<&str>)> = recs
        .iter()
        .filter(|r| r.label == "LOCATION")
        .map(|r| (r.span.text(&doc), r.get_str("country")))
        .collect();
    assert_eq!(
        locs,
        [
            ("Russia", Some("RU")),
            ("Moscow", Some("RU")),
            ("Baku", Some("AZ"))
        ]
    );
}

#[test]
fn title_mentions_share_clusters_with_the_body() {
    let doc = Document::new(
        "t",
        "Presidential aide Kirill Dmitriev will brief Vladimir Putin on the talks.",
    )
    .with_title("Dmitriev to brief Putin");
    let mut ner = tag(
        &doc.text,
        Field::Text,
        &[all("Kirill Dmitriev", "PER"), all("Vladimir Putin", "PER")],
    );
    ner.extend(tag(
        doc.title.as_deref().unwrap(),
        Field::Title,
        &[all("Putin", "PER")],
    ));
    let recs = run(&doc, ner);
    let title: Vec<(&str, &str)> = recs
        .iter()
        .filter(|r| r.span.field == Field::Title)
        .map(|r| (r.span.text(&doc), r.get_str("canonical").unwrap()))
        .collect();
    // "Dmitriev" was not tagged in the title: surname propagation finds it.
    assert_eq!(
        title,
        [("Dmitriev", "Kirill Dmitriev"), ("Putin", "Vladimir Putin")]
    );
}

#[test]
fn missing_tagger_output_is_an_error() {
    let doc = Document::new("t", "Nothing here.");
    let ex = EntitiesExtractor::new(EntitiesOptions::default()).unwrap();
    let err = ex
        .extract(&AnalyzedDocument::new(&doc), &Outputs::default())
        .unwrap_err();
    assert!(matches!(
        err,
        ExtractError::MissingDependency {
            required: "ner",
            ..
        }
    ));
}

#[test]
fn odd_input_and_bad_spans_do_not_panic() {
    let text = "Ж\u{0}é Putin’s “Путин” ... MOSCOW-  -Kyiv - -\n\n\u{feff}Z";
    let doc = Document::new("t", text).with_title("");
    let ner = vec![
        Record::new("type", "PER", Span::new(0, 1)), // inside a multi-byte char
        Record::new("type", "PER", Span::new(5, 4000)),
        Record::new("type", "LOC", Span::new(text.len(), text.len())),
        Record::new("type", "LOC", Span::in_field(Field::Title, 0, 10)),
        Record::new("type", "WHATEVER", Span::new(0, 3)),
    ];
    let recs = run(&doc, ner);
    for r in &recs {
        assert!(r.span.end <= text.len());
    }
}

#[test]
fn a_much_bigger_city_wins() {
    // Birmingham, England, is about six times as big as Birmingham, Alabama: linked by default,
    // unlinked when the required margin is raised.
    let (doc, recs) = extract("Fans came from Birmingham.", &[all("Birmingham", "LOC")]);
    assert_eq!(
        place(&doc, &recs, "Birmingham").get_str("country"),
        Some("GB")
    );
    let strict = EntitiesExtractor::new(EntitiesOptions {
        city_dominance: 10.0,
        ..EntitiesOptions::default()
    })
    .unwrap();
    let mut earlier = Outputs::default();
    earlier.insert(
        "ner",
        Output::new(tag(&doc.text, Field::Text, &[all("Birmingham", "LOC")])),
    );
    let recs = strict
        .extract(&AnalyzedDocument::new(&doc), &earlier)
        .unwrap()
        .records;
    assert_eq!(place(&doc, &recs, "Birmingham").get("country"), None);
}

#[test]
fn unknown_places_that_speak_are_dropped() {
    let (doc, recs) = extract(
        "On Wednesday, Zorblat said Moscow said nothing.",
        &[all("Zorblat", "LOC"), all("Moscow", "LOC")],
    );
    let locs: Vec<&str> = recs.iter().map(|r| r.span.text(&doc)).collect();
    assert_eq!(locs, ["Moscow"]);
}

#[test]
fn options_are_checked() {
    let bad = EntitiesOptions {
        city_dominance: 0.5,
        ..EntitiesOptions::default()
    };
    assert!(EntitiesExtractor::new(bad).is_err());
}

#[test]
fn title_case_headlines_still_get_surnames() {
    let doc = Document::new("t", "Kremlin spokesman Dmitry Peskov met Vladimir Putin.")
        .with_title("Peskov Says Putin Will Attend Summit");
    let ner = tag(
        &doc.text,
        Field::Text,
        &[all("Dmitry Peskov", "PER"), all("Vladimir Putin", "PER")],
    );
    let recs = run(&doc, ner);
    let title: Vec<(&str, &str)> = recs
        .iter()
        .filter(|r| r.span.field == Field::Title)
        .map(|r| (r.span.text(&doc), r.get_str("canonical").unwrap()))
        .collect();
    assert_eq!(
        title,
        [("Peskov", "Dmitry Peskov"), ("Putin", "Vladimir Putin")]
    );
}

#[test]
fn organization_like_places_are_left_to_organizations() {
    let (doc, recs) = extract(
        "Leaders of the Commonwealth of Independent States (CIS) met where the Soviet Union once \
         ruled; the CIS summit was in Minsk.",
        &[
            all("Commonwealth of Independent States", "LOC"),
            nth("CIS", "ORG", 0),
            nth("CIS", "LOC", 1),
            all("Soviet Union", "LOC"),
            all("Minsk", "LOC"),
        ],
    );
    let locs: Vec<&str> = recs
        .iter()
        .filter(|r| r.label == "LOCATION")
        .map(|r| r.span.text(&doc))
        .collect();
    assert_eq!(locs, ["Soviet Union", "Minsk"]);
}

#[test]
fn title_case_headlines_are_repaired_from_the_body() {
    let doc = Document::new(
        "t",
        "Presidential aide Kirill Dmitriev met US envoys in Florida before flying to Moscow.",
    )
    .with_title("Kirill Dmitriev To Brief Officials On Florida Talks");
    let title = doc.title.clone().unwrap();
    let mut ner = tag(
        &doc.text,
        Field::Text,
        &[
            all("Kirill Dmitriev", "PER"),
            all("US", "LOC"),
            all("Florida", "LOC"),
            all("Moscow", "LOC"),
        ],
    );
    // The tagger split the name and read "Florida Talks" as an organization.
    ner.extend(tag(
        &title,
        Field::Title,
        &[all("Dmitriev", "PER"), all("Florida Talks", "ORG")],
    ));
    let recs = run(&doc, ner);
    let in_title: Vec<(&str, &str, Option<&str>)> = recs
        .iter()
        .filter(|r| r.span.field == Field::Title)
        .map(|r| (r.label.as_ref(), r.span.text(&doc), r.get_str("canonical")))
        .collect();
    assert_eq!(
        in_title,
        [
            ("PERSON", "Kirill Dmitriev", Some("Kirill Dmitriev")),
            ("LOCATION", "Florida", Some("Florida")),
        ]
    );
}

#[test]
fn gazetteer_edge_cases() {
    let ex = EntitiesExtractor::new(EntitiesOptions::default()).unwrap();
    let g = ex.gazetteer();
    let name = |s: &str| match g.lookup(s) {
        newsx_entities::gazetteer::Lookup::Unique(p) => Some((p.name.as_str(), p.country.as_str())),
        _ => None,
    };
    assert_eq!(name("Moscow"), Some(("Moscow", "RU")));
    assert_eq!(name("St. Louis"), Some(("St. Louis", "US")));
    assert_eq!(name("Calif."), Some(("California", "US")));
    assert_eq!(name("Va."), Some(("Virginia", "US")));
    assert_eq!(name("Washington"), Some(("Washington", "US")));
    assert_eq!(name("Peking"), Some(("Beijing", "CN")));
    // An acronym is not an alternate spelling of a city ("Daca" is one of Dhaka's).
    assert_eq!(name("DACA"), None);
    // Alternate names do not outvote a primary name ("Philadelphia" is also an old name of
    // Amman), except through the alias table ("Odessa" → Odesa, Ukraine, not Odessa, Texas).
    assert_eq!(name("Philadelphia"), Some(("Philadelphia", "US")));
    assert_eq!(name("Odessa"), Some(("Odesa", "UA")));
    assert_eq!(name("Georgia"), None);
}

#[test]
fn clusters_respect_suffixes_middle_names_and_sentence_words() {
    let (doc, recs) = extract(
        "Donald J. Trump spoke. Will Trump fire him? Donald Trump Jr. said no, and Donald Trump \
         agreed. Jimmy Kimmel mocked the Jimmy Kimmel Test. Kimmel laughed.",
        &[
            all("Donald J. Trump", "PER"),
            all("Will Trump", "PER"),
            all("Donald Trump Jr.", "PER"),
            nth("Donald Trump", "PER", 1),
            all("Jimmy Kimmel Test", "PER"),
            nth("Jimmy Kimmel", "PER", 0),
            all("Kimmel", "PER"),
        ],
    );
    assert_eq!(
        people(&doc, &recs)
            .iter()
            .map(|p| (p.0, p.1))
            .collect::<Vec<_>>(),
        [
            ("Donald J. Trump", "Donald J. Trump"),
            ("Trump", "Donald J. Trump"),
            ("Donald Trump Jr.", "Donald Trump Jr."),
            ("Donald Trump", "Donald J. Trump"),
            ("Jimmy Kimmel", "Jimmy Kimmel"),
            ("Jimmy Kimmel Test", "Jimmy Kimmel Test"),
            ("Kimmel", "Jimmy Kimmel"),
        ]
    );
}

#[test]
fn one_word_names_and_claimed_places() {
    let text =
        "Trump said so. Later Trump left for Paris, and the Bank of England and Facebook agreed.";
    let doc = Document::new("t", text);
    let ner = tag(
        text,
        Field::Text,
        &[
            nth("Trump", "PER", 0),
            nth("Trump", "LOC", 1),
            all("Paris", "LOC"),
            all("England", "LOC"),
            all("Facebook", "LOC"),
        ],
    );
    let mut earlier = Outputs::default();
    earlier.insert("ner", Output::new(ner));
    // What the organizations extractor reported.
    let org = |s: &str| {
        let i = text.find(s).unwrap();
        Record::new("type", "ORGANIZATION", Span::new(i, i + s.len()))
    };
    earlier.insert(
        "organizations",
        Output::new(vec![org("Bank of England"), org("Facebook")]),
    );
    let ex = EntitiesExtractor::new(EntitiesOptions::default()).unwrap();
    let recs = ex
        .extract(&AnalyzedDocument::new(&doc), &earlier)
        .unwrap()
        .records;
    let found: Vec<(&str, &str)> = recs
        .iter()
        .map(|r| (r.label.as_ref(), r.span.text(&doc)))
        .collect();
    assert_eq!(
        found,
        [
            ("PERSON", "Trump"),
            ("PERSON", "Trump"),
            ("LOCATION", "Paris")
        ]
    );
}

#[test]
fn a_place_tagged_org_once_stays_a_place() {
    let (doc, recs) = extract(
        "Moscow confirmed the plan. He will fly to Moscow, and Moscow officials agreed. The \
         Kremlin said so.",
        &[
            nth("Moscow", "ORG", 0),
            nth("Moscow", "LOC", 1),
            nth("Moscow", "LOC", 2),
            all("Kremlin", "ORG"),
        ],
    );
    let locs: Vec<(&str, Option<&str>)> = recs
        .iter()
        .map(|r| (r.span.text(&doc), r.get_str("country")))
        .collect();
    assert_eq!(
        locs,
        [
            ("Moscow", Some("RU")),
            ("Moscow", Some("RU")),
            ("Moscow", Some("RU"))
        ]
    );
}

#[test]
fn untagged_repetitions_of_places_are_found() {
    let text =
        "Talks in St. Petersburg and the US went on. Later St. Petersburg hosted US envoys, \
                while Jordan Peters and Florida Man Inc. stayed away from Florida.";
    let (doc, recs) = extract(
        text,
        &[
            nth("St. Petersburg", "LOC", 0),
            nth("US", "LOC", 0),
            nth("Florida", "LOC", 1),
            all("Jordan Peters", "PER"),
        ],
    );
    let locs: Vec<&str> = recs
        .iter()
        .filter(|r| r.label == "LOCATION")
        .map(|r| r.span.text(&doc))
        .collect();
    assert_eq!(
        locs,
        ["St. Petersburg", "US", "St. Petersburg", "US", "Florida"]
    );
}

#[test]
fn a_region_after_a_city_decides_it() {
    let (doc, recs) = extract(
        "PORTLAND, Ore. - Talks moved from Birmingham, Alabama to Springfield, Illinois and \
         Columbus, Georgia.",
        &[
            all("PORTLAND", "LOC"),
            all("Ore.", "LOC"),
            all("Birmingham", "LOC"),
            all("Alabama", "LOC"),
            all("Springfield", "LOC"),
            all("Illinois", "LOC"),
            all("Columbus", "LOC"),
            all("Georgia", "LOC"),
        ],
    );
    let admin = |name: &str| {
        let r = place(&doc, &recs, name);
        (
            r.get_str("canonical").map(str::to_string),
            r.get_str("country").map(str::to_string),
        )
    };
    assert_eq!(
        admin("PORTLAND"),
        (Some("Portland".into()), Some("US".into()))
    );
    assert_eq!(
        admin("Birmingham"),
        (Some("Birmingham".into()), Some("US".into()))
    );
    assert_eq!(
        int(place(&doc, &recs, "Birmingham"), "geonames_id"),
        Some(4049979)
    );
    assert_eq!(
        int(place(&doc, &recs, "Springfield"), "geonames_id"),
        Some(4250542)
    );
    // "Georgia" is ambiguous (country or state), so it decides nothing.
    assert_eq!(place(&doc, &recs, "Columbus").get("geonames_id"), None);
}

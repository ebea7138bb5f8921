//! Behaviour of the organizations extractor on sentences written for these tests, with tagger
//! output built by hand.

use newsx_core::{
    AnalyzedDocument, Document, ExtractError, Extractor, Field, Output, Outputs, Record, Span,
};
use newsx_organizations::{OrganizationsExtractor, OrganizationsOptions};

/// Labels every word-bounded occurrence of each substring (or only the `nth`, 0-based).
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

fn run_with(doc: &Document, ner: Vec<Record>, options: OrganizationsOptions) -> Vec<Record> {
    let mut earlier = Outputs::default();
    earlier.insert("ner", Output::new(ner));
    OrganizationsExtractor::new(options)
        .unwrap()
        .extract(&AnalyzedDocument::new(doc), &earlier)
        .unwrap()
        .records
}

/// (text, canonical, acronym, legal_form, kind) of every record.
type Row<'d> = (
    &'d str,
    &'d str,
    Option<&'d str>,
    Option<&'d str>,
    Option<&'d str>,
);

fn rows<'d>(doc: &'d Document, recs: &'d [Record]) -> Vec<Row<'d>> {
    recs.iter()
        .map(|r| {
            assert_eq!(r.label, "ORGANIZATION");
            (
                r.span.text(doc),
                r.get_str("canonical").unwrap(),
                r.get_str("acronym"),
                r.get_str("legal_form"),
                r.get_str("kind"),
            )
        })
        .collect()
}

fn extract(text: &str, specs: &[(&str, &'static str, Option<usize>)]) -> (Document, Vec<Record>) {
    let doc = Document::new("t", text);
    let recs = run_with(
        &doc,
        tag(text, Field::Text, specs),
        OrganizationsOptions::default(),
    );
    (doc, recs)
}

fn find<'d>(rows: &[Row<'d>], text: &str) -> Row<'d> {
    *rows
        .iter()
        .find(|r| r.0 == text)
        .unwrap_or_else(|| panic!("no organization {text:?} in {rows:?}"))
}

#[test]
fn acronym_defined_in_the_document_links_later_mentions() {
    let (doc, recs) = extract(
        "Delegates of the Northern Fisheries Protection Board (NFPB) met. Later the NFPB said \
         the NFPB's rules stand.",
        &[],
    );
    let r = rows(&doc, &recs);
    assert_eq!(r.len(), 4, "{r:?}");
    for row in &r {
        assert_eq!(row.1, "Northern Fisheries Protection Board", "{row:?}");
        assert_eq!(row.2, Some("NFPB"), "{row:?}");
    }
    assert_eq!(r[0].0, "Northern Fisheries Protection Board");
}

#[test]
fn initials_link_long_form_and_acronym() {
    let (doc, recs) = extract(
        "The Baltic Grain Council opened talks. Officials of the BGC later walked out. The European \
         Union agreed, and the EU will pay.",
        &[nth("BGC", "ORG", 0)],
    );
    let r = rows(&doc, &recs);
    assert_eq!(find(&r, "BGC").1, "Baltic Grain Council");
    assert_eq!(find(&r, "BGC").2, Some("BGC"));
    assert_eq!(find(&r, "Baltic Grain Council").4, Some("international"));
    assert_eq!(find(&r, "European Union").1, "European Union");
    assert_eq!(find(&r, "EU").1, "European Union");
    assert_eq!(find(&r, "EU").2, Some("EU"));
}

#[test]
fn curated_table_names_and_classifies() {
    let (doc, recs) = extract(
        "The Kremlin's statement reached NATO, the CDC and Reuters before the White House replied.",
        &[all("Kremlin", "LOC"), all("White House", "LOC")],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        r,
        [
            ("Kremlin", "Kremlin", None, None, Some("government")),
            ("NATO", "NATO", Some("NATO"), None, Some("international")),
            (
                "CDC",
                "Centers for Disease Control and Prevention",
                Some("CDC"),
                None,
                Some("government")
            ),
            ("Reuters", "Reuters", None, None, Some("media")),
            ("White House", "White House", None, None, Some("government")),
        ]
    );
}

#[test]
fn legal_forms_are_found_and_left_out_of_canonical() {
    let (doc, recs) = extract(
        "Shares of Harbor Lane Foods Inc. rose while Meridian Tools Ltd fell. Brenner Kabel GmbH \
         and Vellutino S.p.A. signed with Acme Widgets, Inc. on Friday. Later Harbor Lane Foods \
         said it would hire.",
        &[
            nth("Harbor Lane Foods", "ORG", 0),
            all("Meridian Tools", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        find(&r, "Harbor Lane Foods Inc."),
        (
            "Harbor Lane Foods Inc.",
            "Harbor Lane Foods",
            None,
            Some("Inc."),
            Some("company")
        )
    );
    assert_eq!(find(&r, "Meridian Tools Ltd").3, Some("Ltd"));
    assert_eq!(find(&r, "Brenner Kabel GmbH").3, Some("GmbH"));
    assert_eq!(find(&r, "Vellutino S.p.A.").3, Some("S.p.A."));
    assert_eq!(find(&r, "Acme Widgets, Inc.").1, "Acme Widgets");
    // The later bare mention is merged under the same name and kind.
    let later: Vec<&Row> = r.iter().filter(|x| x.0 == "Harbor Lane Foods").collect();
    assert_eq!(later.len(), 1, "{r:?}");
    assert_eq!(later[0].1, "Harbor Lane Foods");
    assert_eq!(later[0].4, Some("company"));
}

#[test]
fn kinds_from_head_nouns() {
    let (doc, recs) = extract(
        "The Ministry of Water Resources met the Green Future Party, Lakeside University, Riverside \
         Rovers FC and the Harbor City Council.",
        &[],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        find(&r, "Ministry of Water Resources").4,
        Some("government")
    );
    assert_eq!(find(&r, "Green Future Party").4, Some("political_party"));
    assert_eq!(find(&r, "Lakeside University").4, Some("education"));
    assert_eq!(find(&r, "Riverside Rovers FC").4, Some("sports"));
    assert_eq!(find(&r, "Harbor City Council").4, Some("government"));
}

#[test]
fn nested_and_determiner_cases() {
    let (doc, recs) = extract(
        "Leaders met at the Supreme Eurasian Economic Council, the top body of the Russia-led \
         Eurasian Economic Union. The Soviet Union was not mentioned.",
        &[
            all("Russia-led Eurasian Economic Union", "ORG"),
            all("Soviet Union", "LOC"),
        ],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        r,
        [
            (
                "Supreme Eurasian Economic Council",
                "Supreme Eurasian Economic Council",
                None,
                None,
                Some("international")
            ),
            (
                "Eurasian Economic Union",
                "Eurasian Economic Union",
                Some("EAEU"),
                None,
                Some("international")
            ),
        ]
    );
}

#[test]
fn descriptors_mark_short_names() {
    let text =
        "He first posted to X on Sunday. Later he wrote on US social media company X again, \
                and state news agency Azertac quoted the carmaker Zentro on Monday.";
    let (doc, recs) = extract(text, &[all("US", "LOC")]);
    let r = rows(&doc, &recs);
    let xs: Vec<&Row> = r.iter().filter(|x| x.0 == "X").collect();
    assert_eq!(xs.len(), 2, "both mentions of X: {r:?}");
    assert!(xs.iter().all(|x| x.1 == "X" && x.4 == Some("company")));
    assert_eq!(find(&r, "Azertac").4, Some("media"));
    assert_eq!(find(&r, "Zentro").4, Some("company"));
    assert!(r.iter().all(|x| x.0 != "US" && x.0 != "Monday"), "{r:?}");
}

#[test]
fn people_and_places_are_not_organizations() {
    let (doc, recs) = extract(
        "Anna Berg of the Berg Foundation met John Union in Union City. The firm Monday said \
         nothing, and the United Arab Emirates (UAE) agreed.",
        &[
            all("Anna Berg", "PER"),
            all("John Union", "PER"),
            all("Union City", "LOC"),
            all("United Arab Emirates", "LOC"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(texts, ["Berg Foundation"], "{r:?}");
}

#[test]
fn tagger_spans_are_trimmed_and_kept_without_rules() {
    let doc = Document::new(
        "t",
        "The Lantern Group's shares fell, and Russia's Volga Energy rose in Russia, as did \
         Heinl's Nursery.",
    );
    let ner = tag(
        &doc.text,
        Field::Text,
        &[
            all("The Lantern Group's", "ORG"),
            all("Russia's Volga Energy", "ORG"),
            nth("Russia", "LOC", 1),
            all("Heinl's Nursery", "ORG"),
        ],
    );
    let recs = run_with(
        &doc,
        ner,
        OrganizationsOptions {
            rules: false,
            propagate: false,
        },
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        r,
        [
            (
                "Lantern Group",
                "Lantern Group",
                None,
                None,
                Some("company")
            ),
            ("Volga Energy", "Volga Energy", None, None, None),
            ("Heinl's Nursery", "Heinl's Nursery", None, None, None),
        ]
    );
}

#[test]
fn title_field_is_read_too() {
    let doc = Document::new("t", "The European Union met.").with_title("EU leaders meet");
    let recs = run_with(&doc, vec![], OrganizationsOptions::default());
    let title: Vec<&Record> = recs
        .iter()
        .filter(|r| r.span.field == Field::Title)
        .collect();
    assert_eq!(title.len(), 1);
    assert_eq!(title[0].get_str("canonical"), Some("European Union"));
}

#[test]
fn missing_tagger_output_is_an_error() {
    let doc = Document::new("t", "Nothing.");
    let err = OrganizationsExtractor::new(OrganizationsOptions::default())
        .unwrap()
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
fn odd_input_does_not_panic() {
    let texts = [
        "",
        "( ) (A) (AB) X (",
        "Inc. Ltd GmbH & Co. KG (CIS)",
        "\u{0}\u{feff}Ж (ЖЖ) Ministry of\n\nof Ministry",
        "PJSC",
        "A (BB) company",
    ];
    for t in texts {
        let doc = Document::new("t", t).with_title(t);
        let ner = vec![
            Record::new("type", "ORG", Span::new(0, t.len())),
            Record::new("type", "ORG", Span::new(0, 10_000)),
            Record::new("type", "LOC", Span::in_field(Field::Title, 1, 1)),
        ];
        let recs = run_with(&doc, ner, OrganizationsOptions::default());
        for r in recs {
            assert!(r.span.end <= t.len());
        }
    }
}

#[test]
fn a_persons_surname_tagged_org_is_left_to_the_person() {
    let (doc, recs) = extract(
        "Presidential aide Kirill Dmitriev flew home. Dmitriev will report, said the Dmitriev Fund.",
        &[all("Kirill Dmitriev", "PER"), nth("Dmitriev", "ORG", 1)],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        r.iter().map(|x| x.0).collect::<Vec<_>>(),
        ["Dmitriev Fund"],
        "{r:?}"
    );
}

#[test]
fn capitals_that_are_not_names_are_ignored() {
    let (doc, recs) = extract(
        "Normally Harbor City Council meets weekly, and it normally agrees. \
         Why Did The Mayor Leave The Party Early Tonight\n\
         Miramax Pictures and The Lantern Company merged; Food and Water Agency staff cheered.",
        &[],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "Harbor City Council",
            "Lantern Company",
            "Food and Water Agency"
        ],
        "{r:?}"
    );
}

#[test]
fn title_case_headline_guesses_the_body_never_repeats_are_dropped() {
    let doc = Document::new(
        "t",
        "Envoys met in Florida; the Kremlin and the Harbor Lane Group agreed.",
    )
    .with_title("Kremlin Envoy To Brief Harbor Lane Group On Florida Talks");
    let title = doc.title.clone().unwrap();
    let mut ner = tag(
        &doc.text,
        Field::Text,
        &[all("Florida", "LOC"), all("Harbor Lane Group", "ORG")],
    );
    ner.extend(tag(
        &title,
        Field::Title,
        &[all("Harbor Lane Group", "ORG"), all("Florida Talks", "ORG")],
    ));
    let recs = run_with(&doc, ner, OrganizationsOptions::default());
    let in_title: Vec<&str> = recs
        .iter()
        .filter(|r| r.span.field == Field::Title)
        .map(|r| r.span.text(&doc))
        .collect();
    assert_eq!(in_title, ["Kremlin", "Harbor Lane Group"]);
}

#[test]
fn commas_split_tagger_spans() {
    let (doc, recs) = extract(
        "Reporters at the Harbor Times, the Lakeside Post and Acme Widgets, Inc. agreed.",
        &[
            all("Harbor Times, the Lakeside Post", "ORG"),
            all("Acme Widgets, Inc.", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        ["Harbor Times", "Lakeside Post", "Acme Widgets, Inc."],
        "{r:?}"
    );
}

#[test]
fn canonical_names_prefer_mixed_case_and_acronyms_stand_alone() {
    let (doc, recs) = extract(
        "UNITED NATIONS TALKS END\nThe United Nations said the USDA and the USDA Grain Office \
         agreed, as did Tandem and Tandem Computers.",
        &[
            all("UNITED NATIONS", "ORG"),
            all("USDA", "ORG"),
            all("USDA Grain Office", "ORG"),
            all("Tandem Computers", "ORG"),
            nth("Tandem", "ORG", 0),
        ],
    );
    let r = rows(&doc, &recs);
    assert_eq!(find(&r, "UNITED NATIONS").1, "United Nations");
    assert_eq!(find(&r, "USDA").1, "USDA");
    assert_eq!(find(&r, "Tandem").1, "Tandem Computers");
}

#[test]
fn prefix_legal_forms() {
    let (doc, recs) = extract("Shares of PJSC Volga Trading rose. PJSC", &[]);
    let r = rows(&doc, &recs);
    assert_eq!(
        r,
        [(
            "PJSC Volga Trading",
            "Volga Trading",
            None,
            Some("PJSC"),
            Some("company")
        )]
    );
}

#[test]
fn names_mostly_tagged_as_places_are_left_to_entities() {
    let (doc, recs) = extract(
        "Moscow confirmed the plan. He will fly to Moscow, and Moscow officials agreed.",
        &[
            nth("Moscow", "ORG", 0),
            nth("Moscow", "LOC", 1),
            nth("Moscow", "LOC", 2),
        ],
    );
    assert!(rows(&doc, &recs).is_empty(), "{recs:?}");
}

#[test]
fn descriptor_names_have_at_most_three_words() {
    let (doc, recs) = extract(
        "The carmaker Zentro Motor Works said so, and the firm Alpha Beta Gamma Delta did not.",
        &[],
    );
    let r = rows(&doc, &recs);
    assert_eq!(
        r,
        [(
            "Zentro Motor Works",
            "Zentro Motor Works",
            None,
            None,
            Some("company")
        )]
    );
}

#[test]
fn datelines_states_products_and_rates_are_not_organizations() {
    let (doc, recs) = extract(
        "NEWPORT NEWS, Va., March 2 - Shipments rose in Las Vegas, NV and Louisville, Ky., said \
         owners of the IBM PC. The London Interbank Offered Rate (LIBOR) rose, and the Harbor \
         Fisheries Board (HFB) agreed.",
        &[],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(texts, ["IBM", "Harbor Fisheries Board", "HFB"], "{r:?}");
}

#[test]
fn coordinated_names_in_one_tagger_span_are_split() {
    let (doc, recs) = extract(
        "The European Union and Apple Inc. reached a deal. Bank of America and Citigroup fell, \
         while Harbor Lane Foods plc and Meridian Tools Ltd rose. The Valmora Port Authority and \
         Coastal Shipping Board agreed.",
        &[
            all("European Union and Apple Inc.", "ORG"),
            all("Bank of America and Citigroup", "ORG"),
            all("Harbor Lane Foods plc and Meridian Tools Ltd", "ORG"),
            all("Valmora Port Authority and Coastal Shipping Board", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "European Union",
            "Apple Inc.",
            "Bank of America",
            "Citigroup",
            "Harbor Lane Foods plc",
            "Meridian Tools Ltd",
            "Valmora Port Authority",
            "Coastal Shipping Board"
        ]
    );
    assert_eq!(find(&r, "European Union").3, None);
    assert_eq!(find(&r, "Apple Inc.").1, "Apple");
    assert_eq!(find(&r, "Apple Inc.").3, Some("Inc."));
    assert_eq!(find(&r, "Meridian Tools Ltd").1, "Meridian Tools");
}

#[test]
fn names_with_and_or_ampersand_stay_whole() {
    let (doc, recs) = extract(
        "Procter & Gamble Co. and Johnson & Johnson reported. Shares of Marks and Spencer Group \
         plc rose after the Food and Drug Administration and the Centers for Disease Control and \
         Prevention met the Kestrel and Finch Company.",
        &[
            all("Procter & Gamble Co.", "ORG"),
            all("Johnson & Johnson", "ORG"),
            all("Marks and Spencer Group", "ORG"),
            all("Food and Drug Administration", "ORG"),
            all("Centers for Disease Control and Prevention", "ORG"),
            all("Kestrel and Finch Company", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "Procter & Gamble Co.",
            "Johnson & Johnson",
            "Marks and Spencer Group plc",
            "Food and Drug Administration",
            "Centers for Disease Control and Prevention",
            "Kestrel and Finch Company"
        ]
    );
    assert_eq!(find(&r, "Marks and Spencer Group plc").3, Some("plc"));
    assert_eq!(
        find(&r, "Marks and Spencer Group plc").1,
        "Marks and Spencer Group"
    );
}

#[test]
fn head_noun_rule_does_not_join_names_the_tagger_keeps_apart() {
    // The tagger marks "Northwind" (here and later) and "Kestrel Shipping Company" apart: the
    // head-noun rule must not join them across "and". Untagged, "Osprey and Finch Shipping
    // Company" is one name, and so is "Heron and Crane Holdings", tagged apart only once.
    let text = "Northwind and Kestrel Shipping Company signed. Osprey and Finch Shipping Company \
                also signed. Northwind said so. Heron and Crane Holdings left.";
    let (doc, recs) = extract(
        text,
        &[
            all("Northwind", "ORG"),
            all("Kestrel Shipping Company", "ORG"),
            all("Heron", "ORG"),
            all("Crane Holdings", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "Northwind",
            "Kestrel Shipping Company",
            "Osprey and Finch Shipping Company",
            "Northwind",
            "Heron and Crane Holdings"
        ]
    );
}

#[test]
fn compound_company_names_with_and_stay_whole() {
    let (doc, recs) = extract(
        "Nippon Telegraph and Telephone Corp, Morgan Stanley and Co Inc., Seattle Trust and \
         Savings Bank and Harbor Bank and Trust Co reported.",
        &[
            all("Nippon Telegraph and Telephone Corp", "ORG"),
            all("Morgan Stanley and Co Inc.", "ORG"),
            all("Seattle Trust and Savings Bank", "ORG"),
            all("Harbor Bank and Trust Co", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "Nippon Telegraph and Telephone Corp",
            "Morgan Stanley and Co Inc.",
            "Seattle Trust and Savings Bank",
            "Harbor Bank and Trust Co"
        ]
    );
}

#[test]
fn commas_in_a_serial_complement_do_not_split_the_name() {
    let (doc, recs) = extract(
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives wrote to the Department for \
         Culture, Media and Sport. The Bureau of Mines, Quarries, and Kestrel Company met the \
         Northwind Times, the Harbor Gazette.",
        &[
            all("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG"),
            all("Department for Culture, Media and Sport", "ORG"),
            all("Bureau of Mines, Quarries, and Kestrel Company", "ORG"),
            all("Northwind Times, the Harbor Gazette", "ORG"),
        ],
    );
    let r = rows(&doc, &recs);
    let texts: Vec<&str> = r.iter().map(|x| x.0).collect();
    assert_eq!(
        texts,
        [
            "Bureau of Alcohol, Tobacco, Firearms and Explosives",
            "Department for Culture, Media and Sport",
            "Bureau of Mines",
            "Quarries",
            "Kestrel Company",
            "Northwind Times",
            "Harbor Gazette"
        ]
    );
}

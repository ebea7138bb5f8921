//! Behaviour of the embedded model on sentences written for these tests.

use newsx_core::{AnalyzedDocument, Document, Extractor, Field, Outputs};
use newsx_ner::{Label, Mention, NerExtractor, NerOptions, Tag, Tagger};

fn tagger() -> Tagger {
    Tagger::embedded().expect("embedded model loads")
}

fn mentions(t: &Tagger, doc: &Document) -> Vec<(Label, String)> {
    let a = AnalyzedDocument::new(doc);
    t.tag_document(&a)
        .into_iter()
        .map(|m: Mention| (m.label, m.span.text(doc).to_string()))
        .collect()
}

fn has(ms: &[(Label, String)], label: Label, text: &str) -> bool {
    ms.iter().any(|(l, t)| *l == label && t == text)
}

#[test]
fn tags_a_simple_sentence() {
    let t = tagger();
    let words = [
        "Dmitry", "Peskov", "said", "Russia", "would", "not", "attend", "the", "talks", "in",
        "Geneva", ".",
    ];
    let tags = t.tag_tokens(&words);
    assert_eq!(tags[0], Tag::B(Label::Per));
    assert_eq!(tags[1], Tag::I(Label::Per));
    assert_eq!(tags[2], Tag::O);
    assert_eq!(tags[3], Tag::B(Label::Loc));
    assert_eq!(tags[10], Tag::B(Label::Loc));
    assert_eq!(tags[11], Tag::O);
}

#[test]
fn possessives_stay_outside_spans() {
    let t = tagger();
    let doc = Document::new(
        "p",
        "Vladimir Putin's spokesman said Ukraine’s army had retreated.",
    );
    let ms = mentions(&t, &doc);
    assert!(has(&ms, Label::Per, "Vladimir Putin"), "{ms:?}");
    assert!(has(&ms, Label::Loc, "Ukraine"), "{ms:?}");
    assert!(
        ms.iter()
            .all(|(_, s)| !s.contains('\'') && !s.contains('’')),
        "{ms:?}"
    );
}

#[test]
fn titles_stay_outside_spans() {
    let t = tagger();
    let doc = Document::new(
        "t",
        "French President Emmanuel Macron met Kremlin spokesman Dmitry Peskov and Dr. Anna Schmidt in Paris.",
    );
    let ms = mentions(&t, &doc);
    assert!(has(&ms, Label::Per, "Emmanuel Macron"), "{ms:?}");
    assert!(has(&ms, Label::Per, "Dmitry Peskov"), "{ms:?}");
    assert!(has(&ms, Label::Per, "Anna Schmidt"), "{ms:?}");
    assert!(has(&ms, Label::Loc, "Paris"), "{ms:?}");
    assert!(
        !ms.iter()
            .any(|(_, s)| s.contains("President") || s.contains("Dr.")),
        "{ms:?}"
    );
}

#[test]
fn surnames_of_full_names_are_people() {
    let text = "Ambassador Walter Brandywine arrived in Oslo on Tuesday.\n\
                Brandywine told reporters the talks were useful. Officials praised Brandywine.";
    let doc = Document::new("s", text);
    let on = tagger();
    let ms = mentions(&on, &doc);
    let n = ms
        .iter()
        .filter(|(l, s)| *l == Label::Per && s == "Brandywine")
        .count();
    assert_eq!(n, 2, "{ms:?}");
    assert!(has(&ms, Label::Per, "Walter Brandywine"), "{ms:?}");
}

#[test]
fn all_caps_and_title_case_headlines() {
    let t = tagger();
    for title in [
        "PUTIN SAYS RUSSIA WILL RESPOND TO NEW SANCTIONS",
        "Putin Says Russia Will Respond To New Sanctions",
    ] {
        let doc = Document::new(
            "h",
            "Russian President Vladimir Putin spoke in Moscow on Friday.",
        )
        .with_title(title);
        let a = AnalyzedDocument::new(&doc);
        let ms: Vec<(Label, Field, String)> = t
            .tag_document(&a)
            .into_iter()
            .map(|m| (m.label, m.span.field, m.span.text(&doc).to_string()))
            .collect();
        let title_ms: Vec<_> = ms.iter().filter(|m| m.1 == Field::Title).collect();
        assert!(
            title_ms
                .iter()
                .any(|m| m.0 == Label::Per && m.2.eq_ignore_ascii_case("putin")),
            "{ms:?}"
        );
        assert!(
            title_ms
                .iter()
                .any(|m| m.0 == Label::Loc && m.2.eq_ignore_ascii_case("russia")),
            "{ms:?}"
        );
        assert!(
            !title_ms.iter().any(|m| m.2.eq_ignore_ascii_case("says")
                || m.2.contains("Sanctions")
                || m.2.contains("SANCTIONS")),
            "{ms:?}"
        );
    }
}

#[test]
fn place_compounds_give_sub_token_locations() {
    let t = tagger();
    let text = "Leaders of the Russia-led Eurasian Economic Union met in Minsk.";
    let doc = Document::new("c", text);
    let a = AnalyzedDocument::new(&doc);
    let ms = t.tag_document(&a);
    let russia = ms
        .iter()
        .find(|m| m.span.text(&doc) == "Russia")
        .expect("Russia");
    assert_eq!(russia.label, Label::Loc);
    assert_eq!(&text[russia.span.start..russia.span.end], "Russia");
    // The mention points at the whole "Russia-led" token.
    assert_eq!(
        a.analysis().tokens[russia.tokens.start].text(text),
        "Russia-led"
    );
    assert!(
        ms.iter()
            .any(|m| m.span.text(&doc) == "Eurasian Economic Union"),
        "{ms:?}"
    );
}

#[test]
fn tokenisation_edge_cases() {
    let t = tagger();
    // Curly quotes, a dash, an abbreviation with periods, a clitic.
    let doc = Document::new(
        "e",
        "“We won’t leave,” said Maria Gonzalez — a U.S. diplomat — in Caracas.",
    );
    let ms = mentions(&t, &doc);
    assert!(has(&ms, Label::Per, "Maria Gonzalez"), "{ms:?}");
    assert!(has(&ms, Label::Loc, "U.S."), "{ms:?}");
    assert!(has(&ms, Label::Loc, "Caracas"), "{ms:?}");
    assert!(
        !ms.iter().any(|(_, s)| s.contains('“') || s.contains('—')),
        "{ms:?}"
    );
}

#[test]
fn never_panics_on_odd_input() {
    let t = tagger();
    let long = "Berlin ".repeat(20_000);
    for text in [
        "",
        " ",
        "\0\0\0",
        "😀 Ünïcödé ß ǅ İstanbul \u{202e}",
        "a-b-c-d--e",
        &long,
    ] {
        let doc = Document::new("x", text).with_title("\0 TITLE");
        let a = AnalyzedDocument::new(&doc);
        for m in t.tag_document(&a) {
            let s = match m.span.field {
                Field::Text => doc.text.as_str(),
                Field::Title => doc.title.as_deref().unwrap_or(""),
            };
            assert!(s.get(m.span.start..m.span.end).is_some());
        }
    }
    assert!(t.tag_tokens(&[]).is_empty());
    assert!(Tagger::from_bytes(b"junk").is_err());
    assert!(Tagger::from_bytes(&[]).is_err());
}

#[test]
fn extractor_emits_type_records() {
    let ner = NerExtractor::new(NerOptions::default()).expect("extractor");
    assert_eq!(ner.name(), "ner");
    let doc = Document::new(
        "r",
        "The World Health Organization said Angela Merkel visited Berlin.",
    );
    let out = ner
        .extract(&AnalyzedDocument::new(&doc), &Outputs::default())
        .unwrap();
    let got: Vec<(String, String)> = out
        .records
        .iter()
        .map(|r| (r.label.to_string(), r.span.text(&doc).to_string()))
        .collect();
    assert!(
        got.contains(&("ORG".into(), "World Health Organization".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("PER".into(), "Angela Merkel".into())),
        "{got:?}"
    );
    assert!(got.contains(&("LOC".into(), "Berlin".into())), "{got:?}");
    assert!(out.records.iter().all(|r| r.label_key == "type"));
}

#[test]
fn options_reject_unknown_keys() {
    let ok: Result<NerOptions, _> = serde_json::from_str(r#"{"title": false}"#);
    assert!(ok.is_ok());
    let bad: Result<NerOptions, _> = serde_json::from_str(r#"{"titel": false}"#);
    assert!(bad.is_err());
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    let bytes = tagger().to_bytes();
    for cut in [
        0,
        7,
        8,
        100,
        bytes.len() / 3,
        bytes.len() / 2,
        bytes.len() - 1,
    ] {
        assert!(Tagger::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Tagger::from_bytes(&longer).is_err());
    let mut flipped = bytes.clone();
    for k in (8..flipped.len()).step_by(9973) {
        flipped[k] ^= 0x5a;
    }
    // May or may not parse, but must not panic; if it parses it must still tag.
    if let Ok(t) = Tagger::from_bytes(&flipped) {
        let _ = t.tag_tokens(&["Oslo", "is", "cold", "."]);
    }
}

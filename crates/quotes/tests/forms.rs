//! Every quote form the extractor supports, on sentences written for these tests.
use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span, Value};
use newsx_quotes::{QuotesExtractor, QuotesOptions};

#[derive(Debug, PartialEq)]
struct Q {
    kind: String,
    text: String,
    speaker: Option<String>,
    canonical: Option<String>,
    typ: Option<String>,
    cue: Option<String>,
}

fn run_with(text: &str, earlier: &Outputs) -> (Vec<Q>, Vec<String>) {
    let doc = Document::new("t", text);
    let ex = QuotesExtractor::new(QuotesOptions::default()).unwrap();
    let out = ex.extract(&AnalyzedDocument::new(&doc), earlier).unwrap();
    let mut recs = out.records.clone();
    recs.sort_by_key(|r| r.span.start);
    let qs = recs
        .iter()
        .map(|r| {
            let (speaker, canonical, typ) = match r.get("speaker") {
                Some(Value::Span(s, attrs)) => {
                    let get = |k: &str| {
                        attrs
                            .iter()
                            .find(|(n, _)| *n == k)
                            .and_then(|(_, v)| v.as_str())
                            .map(str::to_string)
                    };
                    (
                        Some(s.text(&doc).to_string()),
                        get("canonical"),
                        get("type"),
                    )
                }
                _ => (None, None, None),
            };
            let cue = match r.get("cue") {
                Some(Value::Span(s, _)) => Some(s.text(&doc).to_string()),
                _ => None,
            };
            Q {
                kind: r.label.to_string(),
                text: r.span.text(&doc).to_string(),
                speaker,
                canonical,
                typ,
                cue,
            }
        })
        .collect();
    (qs, out.warnings)
}

fn run(text: &str) -> Vec<Q> {
    run_with(text, &Outputs::default()).0
}

fn find<'a>(qs: &'a [Q], text: &str) -> &'a Q {
    qs.iter()
        .find(|q| q.text == text)
        .unwrap_or_else(|| panic!("no quote {text:?} in {qs:#?}"))
}

#[test]
fn direct_quotes_in_every_mark_style() {
    for (open, close) in [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“")] {
        let text = format!(
            "{open}The harbour will reopen next week,{close} said Anna Berg, the port director."
        );
        let qs = run(&text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        let q = &qs[0];
        assert_eq!(q.kind, "direct");
        assert_eq!(q.text, "The harbour will reopen next week,");
        assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
        assert_eq!(q.cue.as_deref(), Some("said"));
        assert_eq!(q.typ.as_deref(), Some("PERSON"));
    }
}

#[test]
fn nested_single_quotes_stay_inside() {
    let qs = run("“She told me ‘never again’ and walked out,” Tom Rivers said.");
    let q = find(&qs, "She told me ‘never again’ and walked out,");
    assert_eq!(q.speaker.as_deref(), Some("Tom Rivers"));
    assert_eq!(qs.len(), 1);
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let qs = run("The Kremlin's line hasn't changed since the ’90s, officials' notes show.");
    assert!(qs.iter().all(|q| q.kind != "direct"), "{qs:?}");
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let text = "Laura Chen, the mayor, described the night:\n“We heard the water first.\n“Then the lights went out and nobody could find the stairs.”\nThe council meets on Friday.";
    let qs = run(text);
    let q = find(
        &qs,
        "We heard the water first.\n“Then the lights went out and nobody could find the stairs.",
    );
    assert_eq!(q.kind, "direct");
    assert_eq!(q.canonical.as_deref(), Some("Laura Chen"));
}

#[test]
fn interrupted_quote_gives_two_quotes_with_one_speaker() {
    let qs = run("“We are ready,” he said. “But not yet.”");
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].text, "We are ready,");
    assert_eq!(qs[1].text, "But not yet.");
    assert_eq!(qs[0].speaker.as_deref(), Some("he"));
    assert_eq!(qs[1].speaker.as_deref(), Some("he"));
    assert_eq!(qs[1].cue.as_deref(), Some("said"));
}

#[test]
fn post_posed_and_inverted_speakers() {
    let qs = run("“Prices will fall,” Ortega added.\n“Not this year,” said the finance minister.");
    assert_eq!(
        find(&qs, "Prices will fall,").speaker.as_deref(),
        Some("Ortega")
    );
    assert_eq!(find(&qs, "Prices will fall,").cue.as_deref(), Some("added"));
    let q = find(&qs, "Not this year,");
    assert_eq!(q.speaker.as_deref(), Some("the finance minister"));
    assert_eq!(q.typ.as_deref(), Some("PERSON"));
}

#[test]
fn speaker_with_colon_before_the_quote() {
    let qs = run("Ortega said: “The budget is balanced.”");
    let q = find(&qs, "The budget is balanced.");
    assert_eq!(q.kind, "direct");
    assert_eq!(q.speaker.as_deref(), Some("Ortega"));
}

#[test]
fn appositive_and_title_speaker() {
    let qs = run("Dmitri Volkov, the agency's chief spokesman, disclosed that the shipment had been delayed by a week.");
    let q = find(&qs, "that the shipment had been delayed by a week");
    assert_eq!(q.kind, "indirect");
    assert_eq!(q.speaker.as_deref(), Some("Dmitri Volkov"));
    assert_eq!(q.cue.as_deref(), Some("disclosed"));
    let qs = run("Special Envoy Mark Tanner wrote that the talks had been useful.");
    let q = find(&qs, "that the talks had been useful");
    assert_eq!(q.canonical.as_deref(), Some("Mark Tanner"));
}

#[test]
fn surname_resolves_to_the_full_name() {
    let qs =
        run("Helen Marsh chairs the committee.\n“We will vote on Tuesday,” Marsh told reporters.");
    let q = find(&qs, "We will vote on Tuesday,");
    assert_eq!(q.speaker.as_deref(), Some("Marsh"));
    assert_eq!(q.canonical.as_deref(), Some("Helen Marsh"));
    assert_eq!(q.cue.as_deref(), Some("told"));
}

#[test]
fn pronouns_resolve_across_paragraphs_by_gender() {
    let text = "Helen Marsh met Robert Klein on Monday.\nKlein said the deal was fair.\nLater she said that the committee would need more time.\nHe added that he was confident.";
    let qs = run(text);
    let she = find(&qs, "that the committee would need more time");
    assert_eq!(she.speaker.as_deref(), Some("she"));
    assert_eq!(she.canonical.as_deref(), Some("Helen Marsh"));
    let he = find(&qs, "that he was confident");
    assert_eq!(he.canonical.as_deref(), Some("Robert Klein"));
}

#[test]
fn floating_quote_paragraph_continues_the_speaker() {
    let text = "“The river is rising,” said Maria Lopez, who leads the rescue team.\n“We have moved forty families to the school gym.”\nThe rain stopped at noon.";
    let qs = run(text);
    let q = find(&qs, "We have moved forty families to the school gym.");
    assert_eq!(q.canonical.as_deref(), Some("Maria Lopez"));
}

#[test]
fn mixed_quote_keeps_the_reported_clause() {
    let qs = run("Peterson told journalists that he is “supposed to fly home” on Friday.");
    let q = find(&qs, "that he is “supposed to fly home” on Friday");
    assert_eq!(q.kind, "mixed");
    assert_eq!(q.speaker.as_deref(), Some("Peterson"));
    assert_eq!(q.cue.as_deref(), Some("told"));
}

#[test]
fn scare_quotes_are_not_quotes() {
    let qs = run("The so-called “peace dividend” never arrived in the valley.");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn indirect_forms() {
    let qs = run("According to the health ministry, four clinics will close next month.");
    let q = find(&qs, "four clinics will close next month");
    assert_eq!(q.speaker.as_deref(), Some("the health ministry"));
    assert_eq!(q.cue.as_deref(), Some("According to"));
    let qs = run("Four clinics will close next month, according to Dr. Sara Patel.");
    assert_eq!(
        find(&qs, "Four clinics will close next month")
            .canonical
            .as_deref(),
        Some("Sara Patel")
    );
    let qs = run("The railway company said in a statement that service would resume on Monday.");
    let q = find(&qs, "that service would resume on Monday");
    assert_eq!(q.speaker.as_deref(), Some("The railway company"));
    assert_eq!(q.typ.as_deref(), Some("ORGANIZATION"));
    let qs = run("The bridge will stay closed until spring, the mayor said.");
    assert_eq!(
        find(&qs, "The bridge will stay closed until spring")
            .speaker
            .as_deref(),
        Some("the mayor")
    );
    let qs = run("Ortega warned that the reserves would run out by June.");
    assert_eq!(
        find(&qs, "that the reserves would run out by June")
            .cue
            .as_deref(),
        Some("warned")
    );
    let qs = run("The agency informed the council that the permit had expired.");
    assert_eq!(
        find(&qs, "that the permit had expired").cue.as_deref(),
        Some("informed")
    );
}

#[test]
fn beliefs_are_off_by_default() {
    let qs = run("Ortega thinks that the reserves will run out by June.");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn organizations_and_places_as_speakers() {
    let qs = run("Moscow confirmed on Monday that the envoy would return.\nThe Kremlin said the meeting had been productive.");
    assert_eq!(
        find(&qs, "that the envoy would return").speaker.as_deref(),
        Some("Moscow")
    );
    let q = find(&qs, "the meeting had been productive");
    assert_eq!(q.canonical.as_deref(), Some("Kremlin"));
    // With entity/organization records, canonical names and types come from them.
    let text = "Moscow confirmed on Monday that the envoy would return.";
    let mut outs = Outputs::default();
    outs.insert(
        "entities",
        Output::new(vec![
            Record::new("type", "LOCATION", Span::new(0, 6)).with("canonical", "Moscow, Russia")
        ]),
    );
    let (qs, _) = run_with(text, &outs);
    assert_eq!(qs[0].canonical.as_deref(), Some("Moscow, Russia"));
    assert_eq!(qs[0].typ.as_deref(), Some("LOCATION"));
}

#[test]
fn the_statement_resolves_to_the_organization() {
    let text = "Norway's foreign ministry informed the embassy that the visit was cancelled.\nThe statement stressed that relations remained good.";
    let qs = run(text);
    let q = find(&qs, "that relations remained good");
    assert_eq!(q.speaker.as_deref(), Some("The statement"));
    assert_eq!(q.canonical.as_deref(), Some("Norway's foreign ministry"));
    assert_eq!(q.typ.as_deref(), Some("ORGANIZATION"));
}

#[test]
fn unbalanced_marks_warn_and_skip() {
    let (qs, warnings) = run_with(
        "“This sentence never closes, said Ortega.\nShe left early. “This one is fine,” she said.\nA stray” mark here.",
        &Outputs::default(),
    );
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        qs.iter().all(|q| !q.text.contains("never closes")),
        "{qs:?}"
    );
    assert_eq!(
        find(&qs, "This one is fine,").speaker.as_deref(),
        Some("she")
    );
}

#[test]
fn no_panics_on_odd_input() {
    for text in [
        "",
        "\"",
        "“",
        "”„«»",
        "\0\0\"\0",
        "said",
        ", said he",
        "“”",
        "\"\"\"\"",
        "a\n\n\n“b",
        "'' ''",
        "According to",
        "“a b c” ―",
        "“a b c” ― Ann",
        "\"AB: ",
        "\"AB:\"",
        "As put it, “",
        "as it put it: “x y z”",
        "“x y z” of, said",
        "“x y z,” Ann, (",
        "“x y z,” the one",
    ] {
        let _ = run(text);
    }
    let long = "“Yes,” he said. ".repeat(5000);
    assert_eq!(run(&long).len(), 5000);
}

#[test]
fn long_appositive_or_parenthesis_between_name_and_cue() {
    let qs = run(
        "“The bridge will reopen,” Martha Ellison, the county engineer and a member of the \
                  transit board, one of three in the region, said on Monday.\n\
                  “We have waited too long,” Rep. Tom Harlan (D-Ore.) said Friday. “It is time.”\n\
                  “No deal yet,” Senate Leader Anna Voss, R-Kan., said.",
    );
    let q = find(&qs, "The bridge will reopen,");
    assert_eq!(q.speaker.as_deref(), Some("Martha Ellison"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(
        find(&qs, "We have waited too long,").speaker.as_deref(),
        Some("Rep. Tom Harlan")
    );
    assert_eq!(
        find(&qs, "It is time.").canonical.as_deref(),
        Some("Tom Harlan")
    );
    assert_eq!(
        find(&qs, "No deal yet,").speaker.as_deref(),
        Some("Senate Leader Anna Voss")
    );
    // The appositive must end at the cue: a sentence end stops the search.
    let qs =
        run("“Rain will come again soon,” Martha Ellison, the forecaster. Tom Reed said nothing.");
    assert_eq!(find(&qs, "Rain will come again soon,").cue, None);
}

#[test]
fn number_before_an_inverted_speaker() {
    let qs = run("“They are wrong,” said 9/11 survivor Paul Ortega.");
    assert_eq!(qs[0].speaker.as_deref(), Some("Paul Ortega"));
}

#[test]
fn dash_after_a_quote_names_the_speaker() {
    let qs = run(
        "“The rent doubled in a year.” ― Laura M. Quintana “I had to move twice.” ― Omar Reyes.\n\
                  “Tea is better than coffee.” — Daniel Brook",
    );
    assert_eq!(qs.len(), 3, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("Laura M. Quintana"));
    assert_eq!(qs[0].cue.as_deref(), Some("―"));
    assert_eq!(qs[1].speaker.as_deref(), Some("Omar Reyes"));
    assert_eq!(qs[2].speaker.as_deref(), Some("Daniel Brook"));
    // A dash followed by a clause is no attribution.
    let qs = run("“The rent doubled.” ― Prices Rose Everywhere Last Year and tenants moved away");
    assert_ne!(qs.first().and_then(|q| q.cue.as_deref()), Some("―"));
}

#[test]
fn transcript_labels_inside_quotes() {
    let qs = run(
        "The exchange went as follows:\n\n\"HOST: Will you run again? Tell us now.\"\n\n\
                  \"MAYOR LEE: Not this year, and not next year either.\"",
    );
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].text, "Will you run again? Tell us now.");
    assert_eq!(qs[0].speaker.as_deref(), Some("HOST"));
    assert_eq!(qs[0].cue.as_deref(), Some(":"));
    assert_eq!(qs[1].speaker.as_deref(), Some("MAYOR LEE"));
}

#[test]
fn interjected_adjunct_and_place_appositive_before_the_cue() {
    let qs = run("Governor Maria Ortiz, at a press briefing on Monday, said, “The roads are closed tonight.”\n\
                  Samuel Okafor, of Dayton, Ohio, said he had waited three hours for the bus.");
    let q = find(&qs, "The roads are closed tonight.");
    assert_eq!(q.speaker.as_deref(), Some("Governor Maria Ortiz"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    let q = find(&qs, "he had waited three hours for the bus");
    assert_eq!(q.speaker.as_deref(), Some("Samuel Okafor"));
}

#[test]
fn a_that_clause_belongs_to_the_nearer_attribution() {
    let qs = run("Long after he wrote his memoir, Mr. Dunmore said that he regretted the loans.");
    let q = find(&qs, "that he regretted the loans");
    assert_eq!(q.speaker.as_deref(), Some("Mr. Dunmore"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(qs.len(), 1, "{qs:?}");
}

#[test]
fn post_posed_speaker_after_odd_quote_endings() {
    let qs = run("“A long night for the county” Nadia Bell said. “We are tired.”\n\
                  \"What surprised me is how little changed,\" Reuters's Omar Diaz said.\n\
                  She spoke about the feeling: “It is hard,” she said at a meeting in the old town hall where \
                  the families of the workers had gathered to hear the news from the mine on Tuesday.");
    let q = find(&qs, "A long night for the county");
    assert_eq!(q.speaker.as_deref(), Some("Nadia Bell"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(
        find(&qs, "What surprised me is how little changed,")
            .speaker
            .as_deref(),
        Some("Omar Diaz")
    );
    let q = find(&qs, "It is hard,");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("she"), Some("said"))
    );
}

#[test]
fn nested_closing_single_quote_before_the_attribution() {
    let qs = run("''He told me, 'Wait for the bell.''' Ms. Ferro said.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("Ms. Ferro"));
}

#[test]
fn agent_nouns_as_speakers() {
    let qs = run(
        "As the screen went dark, the announcer said, “Polls close at eight tonight.”\n\
                  “Who pays the bill?” the film’s narrator asks.",
    );
    let q = find(&qs, "Polls close at eight tonight.");
    assert_eq!(q.speaker.as_deref(), Some("the announcer"));
    assert_eq!(q.canonical.as_deref(), Some("the announcer"));
    assert_eq!(
        find(&qs, "Who pays the bill?").speaker.as_deref(),
        Some("the film’s narrator")
    );
    // Not every -er noun is a speaker.
    let qs = run("The answer said “maybe later” to everyone.");
    assert!(
        qs.iter()
            .all(|q| q.speaker.as_deref() != Some("The answer")),
        "{qs:?}"
    );
}

#[test]
fn nested_attribution_keeps_the_outer_source() {
    let qs = run("Nora Patel said she recalled thinking, “This cannot be the whole story.”");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("Nora Patel"));
    assert_eq!(qs[0].cue.as_deref(), Some("said"));
}

#[test]
fn according_to_after_an_attribution_is_the_outer_source() {
    let qs = run(
        "Officers said the driver had fled the scene on foot, according to lawyers for the family.",
    );
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("lawyers"));
    assert_eq!(qs[0].cue.as_deref(), Some("according to"));
}

#[test]
fn headline_names_do_not_swallow_title_case_words() {
    let qs = run("Maria Delgado Slams Harbor Board Over Fees\n\n\
                  Delgado said the fees were illegal and had to go.\n\n\
                  “They must stop this month,” she said.");
    assert_eq!(
        find(&qs, "the fees were illegal and had to go")
            .canonical
            .as_deref(),
        Some("Maria Delgado")
    );
    assert_eq!(
        find(&qs, "They must stop this month,").canonical.as_deref(),
        Some("Maria Delgado")
    );
}

#[test]
fn relative_clause_inside_an_appositive_and_initials_before_a_name() {
    let qs = run("“The plan is dead,” Moreno, who has proposed cutting the tax over two years, said at the time.\n\
                  “We are hopeful,” former J. R. Tolkins aide Lisa Grant wrote in a column.\n\
                  “This is a joke,” one user wrote.");
    let q = find(&qs, "The plan is dead,");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Moreno"), Some("said"))
    );
    assert_eq!(
        find(&qs, "We are hopeful,").speaker.as_deref(),
        Some("Lisa Grant")
    );
    assert_eq!(
        find(&qs, "This is a joke,").speaker.as_deref(),
        Some("one user")
    );
}

#[test]
fn quote_continued_by_a_few_words_then_the_attribution() {
    let qs = run("“I have admiration for the mechanics” of the new proposals, Ms. Ferro said. “They are detailed.”");
    let q = find(
        &qs,
        "I have admiration for the mechanics” of the new proposals",
    );
    assert_eq!(q.kind, "mixed");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Ms. Ferro"), Some("said"))
    );
    assert_eq!(
        find(&qs, "They are detailed.").canonical.as_deref(),
        Some("Ferro")
    );
}

#[test]
fn gendered_pronoun_prefers_a_speaker_of_known_gender() {
    let text = "Hillary Clinton said the plan would cut taxes for working families.\n\n\
                Zorbek Tamm said the numbers did not add up at all.\n\n\
                “Why won’t he release his tax returns?” she said.";
    let span = |w: &str| {
        let s = text.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    let mut outs = Outputs::default();
    outs.insert(
        "entities",
        Output::new(vec![
            Record::new("type", "PERSON", span("Hillary Clinton"))
                .with("canonical", "Hillary Clinton"),
            Record::new("type", "PERSON", span("Zorbek Tamm")).with("canonical", "Zorbek Tamm"),
        ]),
    );
    let (qs, _) = run_with(text, &outs);
    assert_eq!(
        find(&qs, "Why won’t he release his tax returns?")
            .canonical
            .as_deref(),
        Some("Hillary Clinton")
    );
}

#[test]
fn as_speaker_put_it() {
    let qs = run(
        "As Ana Pruitt, a historian of the port, recently put it: “The harbor made the town.”\n\
                  As the mayor put it, “Nobody leaves before the tide.”",
    );
    let q = find(&qs, "The harbor made the town.");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Ana Pruitt"), Some("put it"))
    );
    assert_eq!(
        find(&qs, "Nobody leaves before the tide.")
            .speaker
            .as_deref(),
        Some("the mayor")
    );
}

#[test]
fn according_to_content_starts_after_the_speakers_appositive() {
    let qs = run(
        "According to Maria Lopez, a spokeswoman for the commission, the agreement \"is final\".",
    );
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].kind, "mixed");
    assert_eq!(qs[0].text, "the agreement \"is final\"");
    assert_eq!(qs[0].speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(qs[0].cue.as_deref(), Some("According to"));

    let qs = run(
        "According to the ministry, which oversees the talks, the deal will be signed next week.",
    );
    let q = find(&qs, "the deal will be signed next week");
    assert_eq!(q.kind, "indirect");
    assert_eq!(q.speaker.as_deref(), Some("the ministry"));

    // The whole content is one quotation: a direct quote.
    let qs = run(
        "According to Tomas Berg, the port's chief engineer, \"The cranes will be back in service by Friday.\"",
    );
    let q = find(&qs, "The cranes will be back in service by Friday.");
    assert_eq!(q.kind, "direct");
    assert_eq!(q.speaker.as_deref(), Some("Tomas Berg"));

    // A comma phrase that is part of the content stays in it.
    let qs = run("According to the report, the agreement, signed on Monday, is final and binding.");
    let q = find(&qs, "the agreement, signed on Monday, is final and binding");
    assert_eq!(q.speaker.as_deref(), Some("the report"));
}

#[test]
fn object_taking_speech_acts_need_a_clause_or_a_quotation() {
    for text in [
        "Brussels welcomed the decision of the court.",
        "The ministry condemned the attack on the convoy near the border.",
        "Lawmakers rejected the bill by a wide margin on Tuesday.",
        "The company denied the allegations in a short statement on Monday.",
        "If they failed, the government could deny them mining permits until the work was done.",
    ] {
        let qs = run(text);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    let qs = run("The company denied that it had broken the export rules.");
    let q = find(&qs, "that it had broken the export rules");
    assert_eq!(q.speaker.as_deref(), Some("The company"));
    assert_eq!(q.cue.as_deref(), Some("denied"));

    let qs = run("Mayor Anita Ruiz welcomed the move, saying it would bring calm to the harbour.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    let q = find(&qs, "it would bring calm to the harbour");
    assert_eq!(q.cue.as_deref(), Some("saying"));
    assert_eq!(q.canonical.as_deref(), Some("Anita Ruiz"));

    let qs = run("Opposition leader Maria Lopez condemned the attack as \"a cowardly act\".");
    let q = find(&qs, "the attack as \"a cowardly act\"");
    assert_eq!(q.kind, "mixed");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));

    let qs = run("The charges are baseless, the spokesman denied.");
    let q = find(&qs, "The charges are baseless");
    assert_eq!(q.cue.as_deref(), Some("denied"));
}

#[test]
fn gerund_and_verb_phrases_after_according_to_and_clause_cues() {
    // A comma phrase with a verb after the source is content, not an appositive.
    let qs = run(
        "According to his campaign website, his plan is to help voters like them, because growth matters.",
    );
    let q = find(
        &qs,
        "his plan is to help voters like them, because growth matters",
    );
    assert_eq!(q.speaker.as_deref(), Some("his campaign website"));
    // A gerund complement is a clause.
    let qs = run("The senator later denied discussing the merger with the minister at all.");
    let q = find(&qs, "discussing the merger with the minister at all");
    assert_eq!(q.cue.as_deref(), Some("denied"));
    // "pleaded guilty" reports no speech.
    let qs = run("The former manager pleaded guilty to two counts of fraud in March.");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn participle_after_a_non_speech_verb_takes_the_whole_subject() {
    let qs = run(
        "Russian officials denied the accusations, calling them groundless and absurd in every respect.",
    );
    let q = find(&qs, "them groundless and absurd in every respect");
    assert_eq!(q.speaker.as_deref(), Some("Russian officials"));
    let qs = run(
        "But port spokesman Tomas Berg rejected one premise of the report, saying the cranes had never stopped.",
    );
    let q = find(&qs, "the cranes had never stopped");
    assert_eq!(q.speaker.as_deref(), Some("Tomas Berg"));
    // The appositive check does not swallow the subject of the content.
    let qs = run(
        "According to the Herald, the port team, led by the deputy director, will meet on Friday.",
    );
    let q = find(
        &qs,
        "the port team, led by the deputy director, will meet on Friday",
    );
    assert_eq!(q.speaker.as_deref(), Some("the Herald"));
}

#[test]
fn content_after_the_appositive_may_start_with_a_bare_noun() {
    let qs = run(
        "According to Lena Fischer, a senior analyst at the firm, grain and timber shippers were hit hardest.",
    );
    let q = find(&qs, "grain and timber shippers were hit hardest");
    assert_eq!(q.speaker.as_deref(), Some("Lena Fischer"));
}

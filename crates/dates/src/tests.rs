//! Unit tests over sentences written for this crate.

use super::*;

fn ex() -> DatesExtractor {
    DatesExtractor::new(DatesOptions::default()).unwrap()
}

/// (text, type, value, mod) of every expression.
fn run(
    text: &str,
    dct: Option<(i16, i8, i8)>,
) -> Vec<(String, &'static str, String, Option<&'static str>)> {
    let dct = dct.map(|(y, m, d)| jiff::civil::date(y, m, d));
    ex().extract_str(text, dct)
        .into_iter()
        .map(|t| {
            (
                text[t.start..t.end].to_string(),
                t.kind.as_str(),
                t.value,
                t.modifier,
            )
        })
        .collect()
}

const MON: Option<(i16, i8, i8)> = Some((2025, 12, 22));

fn one(
    text: &str,
    dct: Option<(i16, i8, i8)>,
) -> (String, &'static str, String, Option<&'static str>) {
    let v = run(text, dct);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

fn val(text: &str, dct: Option<(i16, i8, i8)>) -> (String, String) {
    let (t, _, v, _) = one(text, dct);
    (t, v)
}

/// The values of every expression in `text`, in order.
fn values(text: &str, dct: Option<(i16, i8, i8)>) -> Vec<String> {
    run(text, dct).into_iter().map(|(_, _, v, _)| v).collect()
}

#[test]
fn weekdays_follow_the_tense() {
    assert_eq!(
        val("Moscow confirmed Monday that the talks ended.", MON),
        ("Monday".into(), "2025-12-22".into())
    );
    assert_eq!(
        val("The talks ended on Sunday.", MON),
        ("Sunday".into(), "2025-12-21".into())
    );
    assert_eq!(
        val("The minister will travel to Kyiv on Friday.", MON),
        ("Friday".into(), "2025-12-26".into())
    );
    assert_eq!(
        val("The minister travelled to Kyiv on Friday.", MON),
        ("Friday".into(), "2025-12-19".into())
    );
    assert_eq!(
        val("He said Friday that the minister will travel.", MON),
        ("Friday".into(), "2025-12-19".into())
    );
    assert_eq!(
        val("They met last Tuesday.", MON),
        ("last Tuesday".into(), "2025-12-16".into())
    );
    assert_eq!(
        val("They meet next Monday.", MON),
        ("next Monday".into(), "2025-12-29".into())
    );
    let (t, ty, v, _) = one("Shelling resumed Saturday night.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("Saturday night", "TIME", "2025-12-20TNI")
    );
}

#[test]
fn set_for_is_a_plan() {
    let dct = Some((1987, 3, 2));
    assert_eq!(
        val(
            "The system, set for testing in August, is to be operational.",
            dct
        ),
        ("August".into(), "1987-08".into())
    );
    assert_eq!(
        val(
            "Private mediation talks are set for Monday.",
            Some((1987, 4, 24))
        ),
        ("Monday".into(), "1987-04-27".into())
    );
    // Not a plan without "for" ("the record set in August").
    assert_eq!(
        val("The record set in August still stands.", dct),
        ("August".into(), "1986-08".into())
    );
}

#[test]
fn a_hoped_for_deadline_lies_ahead() {
    // Thursday 1987-03-12.
    let dct = Some((1987, 3, 12));
    assert_eq!(
        val("He said traffic could be restored by Saturday.", dct),
        ("Saturday".into(), "1987-03-14".into())
    );
    assert_eq!(
        val(
            "Delegates said they expect to reach an accord by Friday.",
            dct
        ),
        ("Friday".into(), "1987-03-13".into())
    );
    assert_eq!(
        val("All sales must be registered by September 30.", dct),
        ("September 30".into(), "1987-09-30".into())
    );
    // A modal without a deadline, a past perfect and a past hope keep the past.
    assert_eq!(
        val("He could not attend on Monday.", dct),
        ("Monday".into(), "1987-03-09".into())
    );
    assert_eq!(
        val("The crop should have been covered by March rains.", dct),
        ("March".into(), "1987-03".into())
    );
    assert_eq!(
        val(
            "It previously said it hoped to submit the plan by February.",
            dct
        ),
        ("February".into(), "1987-02".into())
    );
}

#[test]
fn a_weekend_before_its_event_dates_it() {
    // Monday 2025-12-22: the weekend just past is 2025-W51's.
    assert_eq!(
        val(
            "An official will brief Putin on critical weekend negotiations held in Florida.",
            MON
        ),
        ("weekend".into(), "2025-W51-WE".into())
    );
    assert_eq!(
        val("Baker's weekend remarks hit the dollar.", MON),
        ("weekend".into(), "2025-W51-WE".into())
    );
    // One that may still be held lies ahead.
    assert_eq!(
        val("He said he may hold weekend meetings.", MON),
        ("weekend".into(), "2025-W52-WE".into())
    );
    // Indefinite, generic or not before an event: no date.
    assert!(run("He paid a weekend visit to Paris.", MON).is_empty());
    assert!(run("Weekend traffic was heavy and weekend calls are free.", MON).is_empty());
}

#[test]
fn the_future_as_an_adjective_is_no_date() {
    for text in [
        "The documents were moved to the future library.",
        "She met the future president at a dance.",
        "Investors must invest in the future growth of the company.",
    ] {
        assert!(run(text, MON).is_empty(), "{text}");
    }
    for text in [
        "The future looks bright.",
        "It is vital that the creatives of the future know how.",
        "He may in the future recommend steps.",
        "The future, he said, is ours.",
        "They spoke about the future of Europe.",
    ] {
        assert_eq!(val(text, MON).1, "FUTURE_REF", "{text}");
    }
}

#[test]
fn a_payable_date_lies_ahead() {
    let dct = Some((1987, 3, 12));
    assert_eq!(
        val("The dividend is payable June 25.", dct),
        ("June 25".into(), "1987-06-25".into())
    );
    // Only the date it governs: the month before it keeps its own tense.
    assert_eq!(
        values(
            "It is down from 15 cts in December and payable June 25.",
            dct
        ),
        ["1986-12", "1987-06-25"]
    );
}

#[test]
fn weekdays_joined_by_and_share_a_tense() {
    // DCT Friday 2005-12-16: a present "comes into force" looks ahead, and so does the second day.
    assert_eq!(
        values(
            "The Act comes into force on Monday in Northern Ireland and Tuesday in Scotland.",
            Some((2005, 12, 16))
        ),
        ["2005-12-19", "2005-12-20"]
    );
    assert_eq!(
        values(
            "The meeting is scheduled on Friday and Saturday.",
            Some((2005, 11, 17))
        ),
        ["2005-11-18", "2005-11-19"]
    );
    // A long list is followed back only a few steps: no deep recursion, linear time.
    let list = format!("They met {}", "Monday and Tuesday and ".repeat(20_000));
    assert_eq!(run(&list, MON).len(), 40_000);
    // A verb of its own between them decides for the second.
    assert_eq!(
        values("He arrived Monday and will leave Tuesday.", MON),
        ["2025-12-22", "2025-12-23"]
    );
    assert_eq!(
        val("The ban goes into effect Monday.", Some((2005, 12, 16))),
        ("Monday".into(), "2005-12-19".into())
    );
    // "16 points ahead" is a lead, not a look ahead.
    assert_eq!(
        values(
            "Polls have shown Labour 16 points ahead but the survey of voters on Sunday, Monday and \
             Tuesday indicated a shift.",
            Some((1997, 4, 23))
        ),
        ["1997-04-20", "1997-04-21", "1997-04-22"]
    );
}

#[test]
fn months_follow_the_tense_and_cross_years() {
    assert_eq!(
        val("Prices rose in November.", MON),
        ("November".into(), "2025-11".into())
    );
    assert_eq!(
        val("Prices rose in February.", MON),
        ("February".into(), "2025-02".into())
    );
    assert_eq!(
        val("The law will take effect in February.", MON),
        ("February".into(), "2026-02".into())
    );
    assert_eq!(
        val("The vote is expected on Jan. 5.", MON),
        ("Jan. 5".into(), "2026-01-05".into())
    );
    assert_eq!(
        val("The vote was held on Dec. 2.", MON),
        ("Dec. 2".into(), "2025-12-02".into())
    );
    assert_eq!(
        val("It happened on Dec. 28.", Some((2026, 1, 3))),
        ("Dec. 28".into(), "2025-12-28".into())
    );
    assert_eq!(
        val("Sales fell last March.", MON),
        ("last March".into(), "2025-03".into())
    );
    // A fronted month and day takes the tense of the clause after its comma.
    let march = Some((1987, 3, 16));
    for (text, want) in [
        (
            "Then, on September 1, it will redeem the shares.",
            "1987-09-01",
        ),
        ("On 1 July, it will redeem the shares.", "1987-07-01"),
        ("On July 1, it redeemed the shares.", "1986-07-01"),
        ("In November, she is set to speak at the dinner.", "1987-11"),
        ("In November, the company will open a plant.", "1987-11"),
        ("In November, she spoke at the dinner.", "1986-11"),
    ] {
        assert_eq!(val(text, march).1, want, "{text}");
    }
}

#[test]
fn absolute_dates() {
    assert_eq!(
        val("It was signed on 22 December 2025.", None),
        ("22 December 2025".into(), "2025-12-22".into())
    );
    assert_eq!(
        val("It was signed on December 22, 2025.", None),
        ("December 22, 2025".into(), "2025-12-22".into())
    );
    assert_eq!(
        val("Filed 12/22/2025 in court.", None),
        ("12/22/2025".into(), "2025-12-22".into())
    );
    assert_eq!(
        val("Filed 2025-12-22 in court.", None),
        ("2025-12-22".into(), "2025-12-22".into())
    );
    assert_eq!(
        val("In March 2020 the virus spread.", None),
        ("March 2020".into(), "2020-03".into())
    );
    assert_eq!(
        val("He was born in 1961.", None),
        ("1961".into(), "1961".into())
    );
    assert_eq!(
        val("Since the 1990s the town shrank.", None),
        ("the 1990s".into(), "199".into())
    );
    let (t, _, v, md) = one("Growth slowed in mid-2024.", None);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("mid-2024", "2024", Some("MID"))
    );
    assert_eq!(
        val("Results for fiscal 2025 were weak.", None),
        ("fiscal 2025".into(), "2025".into())
    );
    assert_eq!(
        val("Profit rose in the third quarter.", MON),
        ("the third quarter".into(), "2025-Q3".into())
    );
    assert_eq!(
        val("Profit rose in Q3.", MON),
        ("Q3".into(), "2025-Q3".into())
    );
    assert_eq!(
        val("Third-quarter profit rose.", MON),
        ("Third-quarter".into(), "2025-Q3".into())
    );
    let v = run("Talks ran Dec 22-24 in Geneva.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("Dec 22", "2025-12-22"), ("24", "2025-12-24")]
    );
}

#[test]
fn relative_dates() {
    assert_eq!(
        val("Trade talks resume next week.", MON),
        ("next week".into(), "2026-W01".into())
    );
    assert_eq!(
        val("Trade talks ended last week.", MON),
        ("last week".into(), "2025-W51".into())
    );
    assert_eq!(
        val("Trade talks resume next week.", Some((2025, 12, 29))),
        ("next week".into(), "2026-W02".into())
    );
    assert_eq!(
        val("Output fell last year.", Some((2026, 1, 2))),
        ("last year".into(), "2025".into())
    );
    assert_eq!(
        val("It will rise next month.", MON),
        ("next month".into(), "2026-01".into())
    );
    assert_eq!(
        val("It happened yesterday.", MON),
        ("yesterday".into(), "2025-12-21".into())
    );
    assert_eq!(
        val("It happens tomorrow.", Some((2025, 12, 31))),
        ("tomorrow".into(), "2026-01-01".into())
    );
    assert_eq!(
        val("The plant closed two weeks ago.", MON),
        ("two weeks ago".into(), "2025-W50".into())
    );
    assert_eq!(
        val("The plant closed three days ago.", MON),
        ("three days ago".into(), "2025-12-19".into())
    );
    let (t, _, v, md) = one("Sales rose earlier this year.", MON);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("earlier this year", "2025", Some("START"))
    );
    let (t, ty, v, _) = one("Prices doubled over the past three years.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("the past three years", "DURATION", "P3Y")
    );
    assert_eq!(
        val("Crowds gathered this weekend.", MON),
        ("this weekend".into(), "2025-W52-WE".into())
    );
    assert_eq!(
        val("The cold will last this winter.", MON),
        ("this winter".into(), "2025-WI".into())
    );
    assert_eq!(
        val("He is now in Paris.", MON),
        ("now".into(), "PRESENT_REF".into())
    );
    assert_eq!(
        val("He recently moved.", MON),
        ("recently".into(), "PAST_REF".into())
    );
    let (t, _, v, md) = one("The deal closes early next year.", MON);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("early next year", "2026", Some("START"))
    );
}

#[test]
fn durations_and_modifiers() {
    let (t, ty, v, md) = one("the nearly four-year war", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str(), md),
        ("nearly four-year", "DURATION", "P4Y", Some("APPROX"))
    );
    let (t, _, v, md) = one("He waited more than two hours.", MON);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("more than two hours", "PT2H", Some("MORE_THAN"))
    );
    let (t, _, v, md) = one("It lasted at least 10 days.", MON);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("at least 10 days", "P10D", Some("EQUAL_OR_MORE"))
    );
    assert_eq!(val("a 30-day truce", MON), ("30-day".into(), "P30D".into()));
    assert_eq!(
        val("He served a decade in jail.", MON),
        ("a decade".into(), "P1DE".into())
    );
    assert_eq!(
        val("It took several months.", MON),
        ("several months".into(), "PXM".into())
    );
}

#[test]
fn times_and_sets() {
    let (t, ty, v, _) = one("The blast came at 3 p.m. EST.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("3 p.m. EST", "TIME", "2025-12-22T15:00")
    );
    // Wire clocks in hours and minutes; a count of hours stays a duration.
    assert_eq!(
        val("Trading will begin at 0930 hrs EST tomorrow.", MON),
        ("0930 hrs EST tomorrow".into(), "2025-12-23T09:30".into())
    );
    assert_eq!(
        values("U.S. SPOT PRODUCTS--FINAL--APRIL 7 1745 EST", MON),
        ["2025-04-07", "2025-04-07T17:45"]
    );
    assert_eq!(
        val("He spoke at 4:30 in the afternoon.", MON),
        ("4:30 in the afternoon".into(), "2025-12-22T16:30".into())
    );
    assert_eq!(
        val("The show airs at 9 p.m. Pacific time.", MON).0,
        "9 p.m. Pacific time"
    );
    assert_eq!(
        val("The quake struck at 0940 hrs.", MON),
        ("0940 hrs".into(), "2025-12-22T09:40".into())
    );
    assert_eq!(
        val("He must serve 120 hours of community service.", MON).1,
        "PT120H"
    );
    assert_eq!(
        val("We spoke this morning.", MON),
        ("this morning".into(), "2025-12-22TMO".into())
    );
    assert_eq!(
        val("Fighting raged last night.", MON),
        ("last night".into(), "2025-12-21TNI".into())
    );
    let (t, ty, v, _) = one("The market meets every Monday.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("every Monday", "SET", "XXXX-WXX-1")
    );
    let (_, ty, v, _) = one("The index is published annually.", MON);
    assert_eq!((ty, v.as_str()), ("SET", "P1Y"));
    let x = ex().extract_str("They meet twice a week.", None);
    assert_eq!(
        (x[0].value.as_str(), x[0].freq.as_deref()),
        ("P1W", Some("2X"))
    );
}

#[test]
fn ranges_give_both_ends() {
    let v = run("The tax applied between March and May.", MON);
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2025-03", "2025-05"]
    );
    let v = run("The poll ran between March 27 and 31.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("March 27", "2025-03-27"), ("31", "2025-03-31")]
    );
    let v = run("He ruled from 2007 to 2012.", MON);
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2007", "2012"]
    );
    let v = run("He ruled 2007-2012.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("2007", "2007"), ("2012", "2012")]
    );
}

#[test]
fn no_dct_gives_underspecified_values() {
    assert_eq!(val("They met on Friday.", None).1, "XXXX-WXX-5");
    assert_eq!(val("Prices rose in November.", None).1, "XXXX-11");
    assert_eq!(val("It ends on Christmas Day.", None).1, "XXXX-12-25");
    assert_eq!(val("Talks resume next week.", None).1, "XXXX-WXX");
    assert_eq!(val("It happened yesterday.", None).1, "XXXX-XX-XX");
}

#[test]
fn no_false_positives() {
    for text in [
        "May I ask a question?",
        "Theresa May spoke to reporters.",
        "Protesters will march on the capital.",
        "The bike costs $2,000 now that prices rose."
            .split(" now")
            .next()
            .unwrap(),
        "The 2K remaster sold well.",
        "Obama spoke in Chicago.",
        "The score was 3-2 after extra time.",
        "He lives at 1600 Pennsylvania Avenue.",
        "About 1500 people attended.",
        "Inflation hit 2.5 percent.",
        "Prices fall when supply grows.",
        "We may see changes.",
        "Steers - choice 2-4 1100-1400 lbs 66.00-67.00.",
        "It offers 612 shares for each 1000 dlrs of debt.",
        "VOL OPEN CHANGE\nMAY 1414 6619 off 340\nJLY 1199 5789 up 51",
        "NY COCOA 11:31\nMAY7 1928 OFF 6\nJUL7 1961 OFF 6",
        "Staff earn in excess of $234,000 a year.",
        "The minimum wage rises to £5.05 an hour.",
    ] {
        assert_eq!(run(text, MON), [], "{text}");
    }
}

#[test]
fn dateline_supplies_a_missing_date() {
    let x = ex().extract_str("WASHINGTON, Dec. 22, 2025 - Officials met on Sunday.", None);
    assert_eq!(x.last().map(|t| t.value.as_str()), Some("2025-12-21"));
}

#[test]
fn extractor_emits_records_with_intervals_and_titles() {
    use newsx_core::{AnalyzedDocument, Document, Extractor, Outputs};
    let doc = Document::new("1", "Prices rose in November.")
        .with_date(jiff::civil::date(2025, 12, 22))
        .with_title("Talks set for Friday");
    let a = AnalyzedDocument::new(&doc);
    let out = ex().extract(&a, &Outputs::default()).unwrap();
    assert_eq!(out.records.len(), 2);
    let r = &out.records[0];
    assert_eq!(r.get_str("value"), Some("2025-11"));
    let iv = r.get("interval").unwrap();
    assert_eq!(iv.get("start").and_then(Value::as_str), Some("2025-11-01"));
    assert_eq!(iv.get("end").and_then(Value::as_str), Some("2025-12-01"));
    assert_eq!(out.records[1].span.field, Field::Title);
    assert_eq!(out.records[1].span.text(&doc), "Friday");
}

#[test]
fn arbitrary_input_does_not_panic() {
    let e = ex();
    let junk = "\u{0}Dec.\u{0} 31-\u{1F600} 99/99/9999 9999-99-99 mid- the the -- Q9 ’90s 12:99 p.m. 0:00 24:00 every other";
    let dct = Some(jiff::civil::date(-9999, 1, 1));
    e.extract_str(junk, dct);
    e.extract_str(junk, Some(jiff::civil::date(9999, 12, 31)));
    e.extract_str(&"next week ".repeat(1000), None);
    let dct = Some(jiff::civil::date(2025, 12, 22));
    assert_eq!(e.extract_str(&"Dec 22-24 ".repeat(500), dct).len(), 1000);
    let x = e.extract_str(
        &"third-quarter sales of $5 million a year ago ".repeat(500),
        dct,
    );
    assert_eq!(x.len(), 1000);
}

proptest::proptest! {
    #[test]
    fn spans_are_valid_on_any_input(text in "(\\PC|[0-9 ,./:-]|Dec\\.|May|Monday|next|week|ago|the|a|p\\.m\\.|1990s|2025| ){0,60}") {
        let e = ex();
        for dct in [None, Some(jiff::civil::date(2025, 12, 22))] {
            for t in e.extract_str(&text, dct) {
                proptest::prop_assert!(t.start < t.end && t.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                proptest::prop_assert!(!t.value.is_empty());
            }
        }
    }
}

#[test]
fn year_boundaries() {
    assert_eq!(
        val("Talks resume next week.", Some((2025, 12, 24))).1,
        "2026-W01"
    );
    // 2025-12-31 lies in ISO week 1 of 2026.
    assert_eq!(
        val("Talks resume this week.", Some((2025, 12, 31))).1,
        "2026-W01"
    );
    assert_eq!(
        val("Talks resume next week.", Some((2025, 12, 31))).1,
        "2026-W02"
    );
    assert_eq!(
        val("Talks ended last week.", Some((2026, 1, 2))).1,
        "2025-W52"
    );
    assert_eq!(
        val("Prices fell in December.", Some((2026, 1, 5))).1,
        "2025-12"
    );
    assert_eq!(
        val("Sales rose in the fourth quarter.", Some((2026, 1, 15))).1,
        "2025-Q4"
    );
    assert_eq!(
        val("It was bitter last winter.", Some((2026, 1, 10))).1,
        "2024-WI"
    );
    assert_eq!(
        val("It is bitter this winter.", Some((2026, 1, 10))).1,
        "2025-WI"
    );
    assert_eq!(
        val("Crowds will greet the New Year.", MON),
        ("the New Year".into(), "2026-01-01".into())
    );
    assert_eq!(
        val("It happened on New Year's Eve.", Some((2026, 1, 3))).1,
        "2025-12-31"
    );
    assert_eq!(
        val("Stores open on Christmas Day 2024.", MON).1,
        "2024-12-25"
    );
}

#[test]
fn results_reports_anchor_to_quarters() {
    // In a results report "a year earlier" is the same quarter of the year before.
    let v = run(
        "Third-quarter profit rose 5% from a year earlier.",
        Some((2025, 10, 28)),
    );
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2025-Q3", "2024-Q3"]
    );
    assert_eq!(val("Profit doubled from a year earlier.", MON).1, "2024");
    assert_eq!(
        val("Profit rose in the latest quarter.", Some((2025, 11, 2))).1,
        "2025-Q3"
    );
    // A fiscal quarter is numbered from another year start: the report's calendar quarter is the
    // last one completed; a sentence about nine months compares years.
    let v = run(
        "Acme earned a record in the fiscal first quarter. Revenue rose. Costs fell. Margins held. \
         Profit was $5 million, up from $4 million a year earlier. For the nine months, Acme \
         earned $9 million, compared with $7 million a year earlier.",
        Some((2025, 10, 28)),
    );
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2025-Q1", "2024-Q3", "P9M", "2024"]
    );
    // A first quarter reported in March (a fiscal one, ended January 31) is this year's, so a
    // year earlier is last year's; wire copy may drop the hyphen of "year-ago".
    let v = run(
        "First quarter net rose to 9 mln dlrs from 7 mln dlrs in the year ago quarter.",
        Some((1987, 3, 6)),
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("First quarter", "1987-Q1"),
            ("the year ago quarter", "1986-Q1")
        ]
    );
}

#[test]
fn numeric_and_spoken_forms() {
    assert_eq!(val("Filed 21/04/2016 in court.", None).1, "2016-04-21");
    assert_eq!(val("It ran 2015-12 to plan.", None).1, "2015-12");
    assert_eq!(val("It ran in nineteen ninety-six.", None).1, "1996");
    // Broadcast transcripts spell the year that follows a month or a season out too.
    assert_eq!(
        val("January nineteen ninety-seven. Atlanta again.", MON),
        ("January nineteen ninety-seven".into(), "1997-01".into())
    );
    assert_eq!(
        val("Oil fell in the winter of nineteen ninety-four.", MON),
        (
            "the winter of nineteen ninety-four".into(),
            "1994-WI".into()
        )
    );
    assert_eq!(
        val("It opened on May 3, twenty twenty-one.", MON),
        ("May 3, twenty twenty-one".into(), "2021-05-03".into())
    );
    assert_eq!(
        val("It ended on the 4th of July, 1995.", None).1,
        "1995-07-04"
    );
    assert_eq!(val("Markets shut 05-Aug-2016 early.", None).1, "2016-08-05");
    assert_eq!(
        val("Athens fell in 404 BC to Sparta.", None),
        ("404 BC".into(), "BC0404".into())
    );
    assert_eq!(
        val("He left at 4 in the morning.", MON),
        ("4 in the morning".into(), "2025-12-22T04:00".into())
    );
    assert_eq!(
        val("They sought a way around Wednesday's ruling.", MON),
        ("Wednesday".into(), "2025-12-17".into())
    );
    let (t, ty, v, _) = one("Trading resumed at 0700 GMT.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("0700 GMT", "TIME", "2025-12-22T07:00")
    );
    let (t, _, v, _) = one("The deadline is 5 p.m. EST, Dec. 30.", MON);
    assert_eq!(
        (t.as_str(), v.as_str()),
        ("5 p.m. EST, Dec. 30", "2025-12-30T17:00")
    );
}

#[test]
fn more_negatives() {
    for text in [
        "A second round of talks began.",
        "The Sunday Times reported it.",
        "He is a 44-year-old father of three.",
        "The quarterly dividend was raised.",
        "The party daily Granma reported it.",
        "He was in his 30s then."
            .split(" then")
            .next()
            .unwrap_or(""),
        "About three-quarters of voters agreed.",
        "Flight 2025 landed safely."
            .split(" landed")
            .next()
            .unwrap_or(""),
        "He scored 2,000 points.",
    ] {
        let v = run(text, MON);
        assert!(
            v.iter().all(|x| !x.2.starts_with('P') || x.1 != "DURATION"),
            "{text}: {v:?}"
        );
        if !text.starts_with("Flight") {
            assert_eq!(v, [], "{text}");
        }
    }
}

#[test]
fn seasons_with_determiners() {
    assert_eq!(
        val("Sales rose in the summer.", MON),
        ("the summer".into(), "2025-SU".into())
    );
    let (t, _, v, md) = one("Sales rose in the early summer.", MON);
    assert_eq!(
        (t.as_str(), v.as_str(), md),
        ("the early summer", "2025-SU", Some("START"))
    );
    // "the fall" is a decline unless a preposition or a seasonal noun makes it the season.
    for text in [
        "The fall was largely due to lower prices.",
        "He attributed the fall to the rising dollar.",
        "Despite the fall, sales held.",
    ] {
        assert_eq!(run(text, MON), [], "{text}");
    }
    assert_eq!(val("Deliveries begin in the fall.", MON).1, "2025-FA");
    assert_eq!(val("The fall season opens soon.", MON).0, "The fall");
}

#[test]
fn anaphoric_years_follow_the_last_explicit_year() {
    let v = run(
        "He was promoted in May 1995, and the following year he moved to Paris.",
        MON,
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("May 1995", "1995-05"), ("the following year", "1996")]
    );
    let v = run("The plant opened in 2003. Later that year it closed.", MON);
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2003", "2003"]
    );
    // Without an explicit year before, "the following year" counts from the DCT.
    assert_eq!(val("It will open the following year.", MON).1, "2026");
    // "that summer" is a season of the year just named.
    let v = run("Corn fell in 1983. A drought that summer cut yields.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("1983", "1983"), ("that summer", "1983-SU")]
    );
}

#[test]
fn counts_with_thousands_separators() {
    let (t, _, v, _) = one("It is the warmest of the past 1,000 years.", MON);
    assert_eq!((t.as_str(), v.as_str()), ("the past 1,000 years", "P1000Y"));
    // Before the common era, TimeML writes BC and four digits.
    assert_eq!(val("It was built 3,000 years ago.", MON).1, "BC0975");
    // A figure in a results table is no count of years.
    assert_eq!(
        run("Revs 3,761,000 vs 2,666,000\nYear\nShr 1.22 dlrs", None),
        []
    );
    assert_eq!(run("It had 78,000 qtr prior.", MON), []);
}

#[test]
fn future_markers_stay_in_their_clause() {
    const OCT: Option<(i16, i8, i8)> = Some((2016, 10, 10));
    // The marker belongs to the reported clause after "that", not to the announcement.
    assert_eq!(
        val(
            "Clinton announced in August that he planned to step down.",
            OCT
        )
        .1,
        "2016-08"
    );
    assert_eq!(
        val(
            "The firm, which underwent surgery in July, will reopen.",
            OCT
        )
        .1,
        "2016-07"
    );
    // A past verb of another clause stops the look back to "until".
    let v = run(
        "He did not win the nomination in 1992 until he won the primary in the middle of June.",
        OCT,
    );
    assert_eq!(v[1].2, "2016-06");
    // Without a past verb before it, the main clause's future still counts across a comma.
    assert_eq!(
        val(
            "Leaders, meeting in Brussels from Thursday, will try again.",
            OCT
        )
        .1,
        "2016-10-13"
    );
    assert_eq!(
        val("The plant is expected to be completed in March.", OCT).1,
        "2017-03"
    );
    assert_eq!(
        val(
            "The bonus would be paid on a still unspecified date in January.",
            OCT
        )
        .1,
        "2017-01"
    );
}

#[test]
fn months_of_an_anaphoric_year() {
    let v = run(
        "The rule dates from the 1964 campaign. In October of that year, critics spoke. \
         On July 25 of the same year, they met. In March of last year, the firm grew.",
        MON,
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("1964", "1964"),
            ("October of that year", "1964-10"),
            ("July 25 of the same year", "1964-07-25"),
            ("March of last year", "2024-03"),
        ]
    );
    // With no year told before, "that year" has nothing to point to: the month stands alone.
    assert_eq!(
        run("In October of that year, critics spoke.", MON)[0].0,
        "October"
    );
}

#[test]
fn a_clock_time_takes_the_day_after_on() {
    let v = run(
        "He was born at 7:24 pm on August 4, 1961, in Honolulu.",
        MON,
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("7:24 pm", "TIME", "1961-08-04T19:24"),
            ("August 4, 1961", "DATE", "1961-08-04"),
        ]
    );
    let v = run("The vote will open at 9 a.m. on Friday.", MON);
    assert_eq!(v[0].2, "2025-12-26T09:00");
}

#[test]
fn anaphoric_months_and_halves() {
    let v = run(
        "The bid came in March 1989. The following month, the board agreed.",
        MON,
    );
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["1989-03", "1989-04"]
    );
    assert_eq!(
        val("Earnings fall in the last half of 1989.", MON),
        ("the last half of 1989".into(), "1989-H2".into())
    );
    assert_eq!(
        val("Chips appear sometime next year.", MON),
        ("sometime next year".into(), "2026".into())
    );
}

#[test]
fn day_ranges_with_a_year() {
    let v = run("Talks ran Dec. 22-24, 2024 in Geneva.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("Dec. 22", "2024-12-22"), ("24, 2024", "2024-12-24")]
    );
}

#[test]
fn yearless_dateline_gives_month_and_day() {
    let v = run(
        "SALVADOR, Feb 26 - Officials said yesterday that talks resume next month.",
        None,
    );
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["XXXX-02-26", "XXXX-02-25", "XXXX-03"]
    );
    // Weekdays stay unresolved: the year, and so the weekday, is unknown.
    assert_eq!(
        run("SALVADOR, Feb 26 - They met on Friday.", None)[1].2,
        "XXXX-WXX-5"
    );
}

#[test]
fn present_passives_and_plans_look_ahead() {
    assert_eq!(
        val("Elections for the next term are held on Friday.", MON).1,
        "2025-12-26"
    );
    assert_eq!(
        val("Unions plan to hold a rally Sunday in the port.", MON).1,
        "2025-12-28"
    );
    assert_eq!(val("The rally was held on Sunday.", MON).1, "2025-12-21");
}

#[test]
fn anaphoric_days_follow_the_last_named_day() {
    let v = run(
        "The vote was held on Dec. 5. The following day, the results came in.",
        MON,
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Dec. 5", "2025-12-05"),
            ("The following day", "2025-12-06")
        ]
    );
    let v = run("Rebels struck on Saturday and left that same day.", MON);
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["2025-12-20", "2025-12-20"]
    );
}

#[test]
fn halves_of_units() {
    assert_eq!(
        val("They spent 2 1/2 years in the camps.", MON),
        ("2 1/2 years".into(), "P2Y6M".into())
    );
    assert_eq!(
        val("She spent about 5 1/2 hours in Nairobi.", MON).1,
        "PT5H30M"
    );
    assert_eq!(
        val("But a minute and a half later, a pilot called.", MON),
        ("a minute and a half".into(), "PT1M30S".into())
    );
    assert_eq!(
        val("The talks lasted two and a half hours.", MON),
        ("two and a half hours".into(), "PT2H30M".into())
    );
    assert_eq!(
        val("one and a half decades of war", MON).1,
        "P15Y".to_string()
    );
    // "ago" gives a date to the month.
    assert_eq!(
        val("He left a year and a half ago.", MON),
        ("a year and a half ago".into(), "2024-06".into())
    );
}

#[test]
fn a_span_ago_on_a_named_day_is_that_day_moved_back() {
    // DCT Monday 2017-10-09.
    let dct = Some((2017, 10, 9));
    assert_eq!(
        val("It was one year ago today.", dct),
        ("one year ago today".into(), "2016-10-09".into())
    );
    assert_eq!(
        val("A year ago Sunday, 130 people were killed.", dct),
        ("A year ago Sunday".into(), "2016-10-08".into())
    );
    // A month shorter than the day clamps to its last day.
    assert_eq!(
        val(
            "Seven months ago yesterday, the storm hit.",
            Some((2017, 10, 1))
        ),
        ("Seven months ago yesterday".into(), "2017-02-28".into())
    );
    assert_eq!(
        val("Two weeks ago Friday, the plant closed.", dct),
        ("Two weeks ago Friday".into(), "2017-09-22".into())
    );
    // Hundreds with "and" are one number.
    assert_eq!(
        val(
            "Two hundred and thirty years ago this month, delegates met.",
            Some((2017, 9, 10))
        ),
        (
            "Two hundred and thirty years ago this month".into(),
            "1787-09".into()
        )
    );
    assert_eq!(val("for a hundred and twenty-five days", MON).1, "P125D");
    // "this month" and "this week" after "ago" move that month or week back.
    assert_eq!(
        val("It was founded 25 years ago this month.", MON),
        ("25 years ago this month".into(), "2000-12".into())
    );
    assert_eq!(
        val("A year ago this week, the plant closed.", MON),
        ("A year ago this week".into(), "2024-W51".into())
    );
    // Without a named day, "ago" still names the period.
    assert_eq!(
        val("Five years ago, the plant closed.", dct),
        ("Five years ago".into(), "2012".into())
    );
}

#[test]
fn hyphenated_edges_of_months_years_and_decades() {
    assert_eq!(
        one("to make the late-November trip", Some((1999, 12, 1))),
        (
            "late-November".into(),
            "DATE",
            "1999-11".into(),
            Some("END")
        )
    );
    assert_eq!(
        one("talks in early-March", MON),
        (
            "early-March".into(),
            "DATE",
            "2025-03".into(),
            Some("START")
        )
    );
    assert_eq!(
        one("since the late-1990s", MON),
        ("the late-1990s".into(), "DATE", "199".into(), Some("END"))
    );
    assert!(run("a late-night session", MON).is_empty());
}

#[test]
fn lower_case_march_and_may_after_a_determiner_are_words() {
    assert!(run("He was arrested at this march in Washington.", MON).is_empty());
    assert!(run("Whatever the last may bring.", MON).is_empty());
    assert_eq!(
        val("They met last March.", MON),
        ("last March".into(), "2025-03".into())
    );
}

#[test]
fn a_past_verb_right_after_a_weekday_anchors_it_in_the_past() {
    // DCT Monday 2025-12-22; "ahead of" and "planned" would otherwise look forward.
    assert_eq!(
        val(
            "Ahead of the trip, the State Department on Sunday issued a warning.",
            MON
        ),
        ("Sunday".into(), "2025-12-21".into())
    );
    assert_eq!(
        val(
            "A service planned for Saturday was canceled after the leak.",
            MON
        ),
        ("Saturday".into(), "2025-12-20".into())
    );
    assert_eq!(
        val("Until Thursday, they had not called him a suspect.", MON),
        ("Thursday".into(), "2025-12-18".into())
    );
    // A reporting verb after a comma does not change a future sentence.
    assert_eq!(
        val("He will come Friday, officials said.", MON),
        ("Friday".into(), "2025-12-26".into())
    );
}

#[test]
fn months_just_ahead_after_an_infinitive_look_ahead() {
    let feb = Some((1999, 2, 10));
    assert_eq!(
        one(
            "NATO has decided to admit Poland, Hungary and the Czech Republic in early March.",
            feb
        ),
        (
            "early March".into(),
            "DATE",
            "1999-03".into(),
            Some("START")
        )
    );
    assert_eq!(
        val("It agreed to buy the unit for $22 million in April.", feb).1,
        "1999-04"
    );
    // A past verb between the infinitive and the month, or a month far ahead, stays in the past.
    assert_eq!(
        val("He went to see them and returned in March.", feb).1,
        "1998-03"
    );
    assert_eq!(
        val("It agreed to buy the unit in August.", feb).1,
        "1998-08"
    );
    // "to the", "to record": prepositions, not infinitives.
    assert_eq!(
        val("Sales rose to the highest level in March.", feb).1,
        "1998-03"
    );
}

#[test]
fn months_just_ahead_after_a_present_passive_or_progressive_look_ahead() {
    let mar = Some((2000, 3, 29));
    assert_eq!(
        val(
            "They may lose when the appeal is heard in May in the circuit court.",
            mar
        )
        .1,
        "2000-05"
    );
    assert_eq!(
        val("Talks are continuing and could end in June.", mar).1,
        "2000-06"
    );
    // A past verb or a perfect in the clause, or a month far ahead, stays in the past.
    assert_eq!(val("The appeal was heard in May.", mar).1, "1999-05");
    assert_eq!(val("Prices have been rising since May.", mar).1, "1999-05");
    assert_eq!(val("The appeal is heard in September.", mar).1, "1999-09");
}

#[test]
fn the_month_after_the_dct_lies_ahead_without_a_past_verb_near_it() {
    let mar = Some((1987, 3, 4));
    assert_eq!(
        val("The dividend is payable April 1 to holders of record.", mar).1,
        "1987-04-01"
    );
    assert_eq!(
        val(
            "Traders said crushers bought rapeseed for April shipment.",
            mar
        )
        .1,
        "1987-04"
    );
    assert_eq!(
        val(
            "The committee has approved three bonds for issue in April, sources said.",
            mar
        )
        .1,
        "1987-04"
    );
    // A past verb near it, "since", or a month further ahead stays in the past.
    assert_eq!(
        val("The company sold its stake in April.", mar).1,
        "1986-04"
    );
    assert_eq!(val("In April it reported a loss.", mar).1, "1986-04");
    assert_eq!(
        val("Prices have not been this low since April.", mar).1,
        "1986-04"
    );
    assert_eq!(
        val(
            "Sales of the new model start in June, a spokesman said.",
            Some((1987, 3, 4))
        )
        .1,
        "1986-06"
    );
}

#[test]
fn a_plan_told_in_the_past_perfect_does_not_look_ahead() {
    // 1991-02-25 is a Monday.
    let mon = Some((1991, 2, 25));
    assert_eq!(
        val(
            "The offer had been scheduled to expire at midnight Friday.",
            mon
        )
        .1,
        "1991-02-22T24:00"
    );
    assert_eq!(
        val(
            "The offensive began as previously planned Saturday night.",
            mon
        )
        .1,
        "1991-02-23TNI"
    );
    // A plan in force still looks ahead.
    assert_eq!(
        val("The offer is scheduled to expire at midnight Friday.", mon).1,
        "1991-03-01T24:00"
    );
}

#[test]
fn or_so_widens_durations_and_dates() {
    assert_eq!(
        one("Then, a week or so ago, he picked a date.", MON),
        (
            "a week or so ago".into(),
            "DATE",
            "2025-W51".into(),
            Some("APPROX")
        )
    );
    assert_eq!(
        val("Prices will rise in the next year or so.", MON),
        ("the next year or so".into(), "2026".into())
    );
    assert_eq!(
        one("It lasted two years or so.", MON),
        (
            "two years or so".into(),
            "DURATION",
            "P2Y".into(),
            Some("APPROX")
        )
    );
}

#[test]
fn parts_of_the_day_with_edges_and_days() {
    assert_eq!(
        one("In London at mid-afternoon yesterday, shares were up.", MON),
        (
            "mid-afternoon yesterday".into(),
            "TIME",
            "2025-12-21TAF".into(),
            Some("MID")
        )
    );
    assert_eq!(
        one("By mid afternoon, officials were saying so.", MON),
        (
            "mid afternoon".into(),
            "TIME",
            "2025-12-22TAF".into(),
            Some("MID")
        )
    );
    assert_eq!(
        one("It happened in the early morning.", MON),
        (
            "the early morning".into(),
            "TIME",
            "2025-12-22TMO".into(),
            Some("START")
        )
    );
    assert_eq!(
        val("Talks ended late afternoon Sunday.", MON),
        ("late afternoon Sunday".into(), "2025-12-21TAF".into())
    );
    // Adjectives: "late-night talks", "early morning hours".
    assert!(run("after late-night talks and early morning hours", MON).is_empty());
}

#[test]
fn named_days_and_fixed_phrases() {
    let oct = Some((1998, 10, 26));
    assert_eq!(
        val("It will be a theme until Election Day.", oct).1,
        "1998-11-03"
    );
    assert_eq!(
        val("The parade was held on Memorial Day.", oct).1,
        "1998-05-25"
    );
    assert_eq!(val("Labor Day 1998 fell early.", oct).1, "1998-09-07");
    assert!(run("The labor market and election officials.", oct).is_empty());
    assert_eq!(
        val("Right now my evidence is scant.", oct),
        ("Right now".into(), "PRESENT_REF".into())
    );
    assert_eq!(
        one("Islam will one day be the second largest religion.", oct),
        ("one day".into(), "DATE", "FUTURE_REF".into(), None)
    );
    assert_eq!(
        one("The strike lasted one day.", oct),
        ("one day".into(), "DURATION", "P1D".into(), None)
    );
}

#[test]
fn the_week_of_a_day_and_the_quarter_of_a_year() {
    assert_eq!(
        val(
            "It may be resolved in a court hearing the week of March 6.",
            Some((2000, 2, 24))
        ),
        ("the week of March 6".into(), "2000-W10".into())
    );
    // ISO week-years at the turn of the year.
    assert_eq!(
        val("They meet the week of Dec. 31, 2025.", MON).1,
        "2026-W01"
    );
    let nov = Some((1989, 11, 2));
    let v = run(
        "Net rose in the third quarter to $5 million. It earned $376,000 in the 1988 quarter.",
        nov,
    );
    assert_eq!(v[1].0, "the 1988 quarter");
    assert_eq!(v[1].2, "1988-Q3");
    // "the 1988 period" may be nine months: the year.
    let v = run(
        "Net rose in the third quarter to $5 million, from $3 million in the 1988 period.",
        nov,
    );
    assert_eq!(v[1].2, "1988");
}

#[test]
fn quarters_count_in_quarters() {
    let nov = Some((1989, 11, 2));
    assert_eq!(
        one("It must pay $100 million in interest every quarter.", nov).2,
        "P1Q"
    );
    assert_eq!(
        val("It had losses in the past two quarters.", nov),
        ("the past two quarters".into(), "P2Q".into())
    );
    assert_eq!(
        one("Dividends are paid quarterly.", nov),
        ("quarterly".into(), "SET", "P1Q".into(), None)
    );
}

#[test]
fn programme_and_paper_names_are_not_dates() {
    let d = Some((1998, 3, 31));
    assert_eq!(
        run("He told USA Today on Monday.", d)
            .into_iter()
            .map(|x| x.0)
            .collect::<Vec<_>>(),
        ["Monday"]
    );
    assert!(run("This is VOA Today.", d).is_empty());
    assert!(run("Baker said on ABC's \"This Week\" that it was fine.", d).is_empty());
    // Headlines capitalise every word; sentences may open with "Today".
    assert_eq!(run("Strike Ends Today In Paris", d).len(), 1);
    assert_eq!(run("He said: \"Today we win.\"", d).len(), 1);
    assert_eq!(val("He spoke this week.", d).1, "1998-W14");
}

#[test]
fn halves_and_quarters_of_the_year_are_the_dcts() {
    let mar = Some((2013, 3, 22));
    assert_eq!(
        val("Revenue grew in the second half of the year.", mar),
        ("the second half of the year".into(), "2013-H2".into())
    );
    assert_eq!(
        val("In the first quarter of the year, sales fell.", mar),
        ("the first quarter of the year".into(), "2013-Q1".into())
    );
}

#[test]
fn present_verbs_of_schedule_look_ahead() {
    let fri = Some((2013, 3, 22));
    assert_eq!(val("The season runs through mid-April.", fri).1, "2013-04");
    assert_eq!(val("The offer expires on Dec. 1.", fri).1, "2013-12-01");
    assert_eq!(val("The session opens Monday.", fri).1, "2013-03-25");
    assert_eq!(val("The law takes effect in January.", fri).1, "2014-01");
    assert_eq!(val("The talks ended on Monday.", fri).1, "2013-03-18");
}

#[test]
fn day_ranges_before_the_month_give_both_ends() {
    let v = run("the Battle of Kapyong (22-25 April 1951)", MON);
    let got: Vec<(&str, &str)> = v.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, [("22", "1951-04-22"), ("25 April 1951", "1951-04-25")]);
}

#[test]
fn the_fall_of_a_city_is_not_autumn() {
    let d = Some((2013, 3, 22));
    assert!(run("After the fall of Atlanta, the fall in prices hurt.", d).is_empty());
    assert_eq!(
        val("It happened in the fall of 2010.", d),
        ("the fall of 2010".into(), "2010-FA".into())
    );
    assert_eq!(val("It rained during the fall.", d).1, "2012-FA");
}

#[test]
fn the_year_before_a_year_is_inside() {
    assert_eq!(
        val("In the year 2000, prices fell.", MON),
        ("the year 2000".into(), "2000".into())
    );
    assert_eq!(
        val("by the year two thousand", MON),
        ("the year two thousand".into(), "2000".into())
    );
}

#[test]
fn the_year_in_results_is_the_dcts() {
    let nov = Some((1989, 11, 2));
    assert_eq!(
        val("For the year, pet food volume was flat.", nov),
        ("the year".into(), "1989".into())
    );
    let v = run("Net rose in the first nine months of the year.", nov);
    assert_eq!(v.len(), 2);
    assert_eq!((v[1].0.as_str(), v[1].2.as_str()), ("the year", "1989"));
    // "the year ended Sept. 30" is a year-long period; "the year he was born" is not the DCT's.
    assert_eq!(
        run("For the year ended Sept. 30, it rose.", nov)[0].2,
        "P1Y"
    );
    assert!(run("In the year he was born, it rained.", nov).is_empty());
}

#[test]
fn the_week_and_the_month_in_results_are_the_dcts() {
    let fri = Some((1989, 10, 27));
    assert_eq!(
        val("For the week, the index dropped 3.8%.", fri),
        ("the week".into(), "1989-W43".into())
    );
    assert!(run("restricting traffic on certain days of the week", fri).is_empty());
}

#[test]
fn earlier_in_the_year_is_the_dcts() {
    let nov = Some((1989, 11, 2));
    assert_eq!(
        one(
            "Herbicide use was delayed earlier in the year by rain.",
            nov
        ),
        (
            "earlier in the year".into(),
            "DATE",
            "1989".into(),
            Some("START")
        )
    );
    assert_eq!(
        one("A vote is due later in the month.", nov),
        (
            "later in the month".into(),
            "DATE",
            "1989-11".into(),
            Some("END")
        )
    );
    // "earlier in the day" mostly tells of the day of the events: left alone.
    assert!(run("Earlier in the day, police arrived.", nov).is_empty());
}

#[test]
fn lower_case_unambiguous_months_after_last_and_a_finished_period() {
    let mar = Some((1987, 3, 2));
    assert_eq!(
        val("the quota agreed to last december held", mar),
        ("last december".into(), "1986-12".into())
    );
    assert!(run("but this may be a strike year", mar).is_empty());
    // "Qtr ends Dec 31" heads a results table: the quarter is over.
    assert_eq!(val("Qtr ends Dec 31 Shr loss 33 cts", mar).1, "1986-12-31");
}

#[test]
fn fractions_of_quarters_and_halves_of_units() {
    let d = Some((1987, 3, 2));
    assert!(run("It holds about a quarter of the shares.", d).is_empty());
    assert!(run(
        "The Fed made a quarter point cut and a quarter-point move.",
        d
    )
    .is_empty());
    assert!(run("He bought a three-quarter stake.", d).is_empty());
    assert_eq!(val("It fell in a quarter.", d).1, "P1Q");
    assert_eq!(
        val("For a quarter of a century, he ruled.", d),
        ("a quarter of a century".into(), "P25Y".into())
    );
    assert_eq!(
        val("It lasted half an hour.", d),
        ("half an hour".into(), "PT30M".into())
    );
    assert_eq!(val("for half a century", d).1, "P50Y");
}

#[test]
fn wire_results_tables_and_the_reported_year_and_month() {
    let mar = Some((1987, 3, 2));
    let v = run(
        "Net 5.1 mln dlrs in 4th qtr and 20 mln dlrs for the year.",
        mar,
    );
    let got: Vec<(&str, &str)> = v.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, [("4th qtr", "1986-Q4"), ("the year", "1986")]);
    let v = run(
        "Ford's sales for the month of February rose. For the month, Ford sold 10 cars.",
        mar,
    );
    assert_eq!((v[1].0.as_str(), v[1].2.as_str()), ("the month", "1987-02"));
    // Without a month named before, "for the month" is left alone.
    assert!(run("Output rose 1.6 pct for the month.", mar).is_empty());
}

#[test]
fn prior_year_in_a_results_report_is_before_the_reported_year() {
    let mar = Some((1987, 3, 3));
    let v = run(
        "Net 5 mln dlrs in 4th qtr. Gain of 2.8 mln dlrs in prior year.",
        mar,
    );
    assert_eq!((v[1].0.as_str(), v[1].2.as_str()), ("prior year", "1985"));
    assert_eq!(val("Sales rose in the previous year.", mar).1, "1986");
}

#[test]
fn the_next_day_and_morning_follow_the_day_told() {
    let v = run(
        "He was hounded on Feb. 22. He appeared in court the next morning. That night, he slept.",
        Some((2000, 2, 24)),
    );
    let got: Vec<(&str, &str)> = v.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Feb. 22", "2000-02-22"),
            ("the next morning", "2000-02-23TMO"),
            ("That night", "2000-02-23TNI")
        ]
    );
    let v = run(
        "The massacre started on November 20 and ended the next day.",
        Some((2005, 12, 12)),
    );
    assert_eq!(v[1].2, "2005-11-21");
    // Without a day told before, "the next day" counts from the DCT.
    assert_eq!(val("He will leave the next day.", MON).1, "2025-12-23");
}

#[test]
fn for_the_month_needs_a_recent_month_named() {
    let apr = Some((1987, 4, 6));
    let v = run(
        "July 1988 futures rose. Spot prices fell two dlrs during the month.",
        apr,
    );
    assert_eq!(v.len(), 1);
}

#[test]
fn weekday_and_plural_part_of_day_is_a_set() {
    let v = run(
        "Two flights would leave Bombay on Monday and Tuesday nights.",
        Some((1998, 2, 13)),
    );
    let got: Vec<(&str, &str, &str)> = v
        .iter()
        .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Monday", "SET", "XXXX-WXX-1TNI"),
            ("Tuesday nights", "SET", "XXXX-WXX-2TNI")
        ]
    );
}

#[test]
fn bare_clock_times_take_the_day_told_nearby() {
    let sat = Some((1998, 8, 8));
    let v = run(
        "The blast occurred Friday. It struck at about 10:35 a.m., toppling a building.",
        sat,
    );
    assert_eq!(v[1].2, "1998-08-07T10:35");
    // A day right after a bracket: "11 a.m. (0530 GMT) tomorrow".
    let v = run(
        "It needs a solution before 11 a.m. (0530 GMT) tomorrow.",
        Some((1997, 4, 10)),
    );
    assert_eq!(
        (v[0].0.as_str(), v[0].2.as_str()),
        ("11 a.m.", "1997-04-11T11:00")
    );
    // A day told long before does not carry over: the DCT.
    let v = run(
        "It began on Friday. Many people came. Officials spoke. Then at 6 a.m. troops moved.",
        sat,
    );
    assert_eq!(v[1].2, "1998-08-08T06:00");
}

#[test]
fn a_fronted_weekday_takes_the_tense_of_the_main_clause() {
    let mon = Some((1998, 10, 26));
    assert_eq!(
        val(
            "On Tuesday, the National Abortion Rights Action League plans to hold a news conference.",
            mon
        )
        .1,
        "1998-10-27"
    );
    assert_eq!(
        val(
            "On Friday, the Kenyan government planned to pay the first claims.",
            mon
        )
        .1,
        "1998-10-23"
    );
    assert_eq!(
        val(
            "On Friday, the talks are expected to resume in Geneva.",
            mon
        )
        .1,
        "1998-10-30"
    );
}

#[test]
fn planned_infinitives_and_progressives_before_a_weekday_look_ahead() {
    let fri = Some((2006, 11, 10));
    assert_eq!(
        val("The envoy is traveling to Somalia on Tuesday.", fri).1,
        "2006-11-14"
    );
    assert_eq!(
        val("He is due to arrive in Egypt on Tuesday.", fri).1,
        "2006-11-14"
    );
    assert_eq!(
        val("A slick is to arrive at the downstream city Saturday.", fri).1,
        "2006-11-11"
    );
    // "to" as a preposition, or after a past verb, does not.
    assert_eq!(
        val("He talked to reporters on Monday.", fri).1,
        "2006-11-06"
    );
    assert_eq!(
        val("He refused to sign the deal on Monday.", fri).1,
        "2006-11-06"
    );
}

#[test]
fn fiscal_before_a_quarter_is_inside_the_extent() {
    let nov = Some((1989, 11, 2));
    assert_eq!(
        val("It had fiscal second-quarter net of $8.6 million.", nov),
        ("fiscal second-quarter".into(), "1989-Q2".into())
    );
    // An adjectival quarter leaves the article to the noun it modifies.
    assert_eq!(
        val("It had the fiscal second-quarter loss it feared.", nov),
        ("fiscal second-quarter".into(), "1989-Q2".into())
    );
    assert_eq!(
        val("It lost money in fiscal third quarter.", nov),
        ("fiscal third quarter".into(), "1989-Q3".into())
    );
    assert_eq!(
        val("Results for the fiscal first quarter were weak.", nov),
        ("the fiscal first quarter".into(), "1989-Q1".into())
    );
}

#[test]
fn a_present_verb_of_schedule_before_a_weekday_looks_ahead() {
    let fri = Some((1998, 5, 1));
    assert_eq!(
        val("He and Arafat meet separately Monday with Albright.", fri).1,
        "1998-05-04"
    );
    assert_eq!(
        val("The full council meets on Thursday.", fri).1,
        "1998-05-07"
    );
    assert_eq!(
        val("The negotiations resume on Saturday in New York.", fri).1,
        "1998-05-02"
    );
    // A past verb still looks back.
    assert_eq!(
        val("He and Arafat met separately Monday with Albright.", fri).1,
        "1998-04-27"
    );
}

#[test]
fn year_end_is_the_last_one_unless_the_sentence_looks_ahead() {
    let mar = Some((1987, 3, 31));
    assert_eq!(
        val(
            "Nonperforming assets rose to $347 million at year-end.",
            mar
        ),
        ("year-end".into(), "1986-12-31".into())
    );
    assert_eq!(
        val("The index has fallen 5% since year-end.", mar).1,
        "1986-12-31"
    );
    assert_eq!(
        val("It hopes to complete the sale by year-end.", mar).1,
        "1987-12-31"
    );
    assert_eq!(
        val("It will close the plant at year-end.", mar).1,
        "1987-12-31"
    );
    assert_eq!(
        val("Debt fell from $1.3 billion at year-end 1985.", mar),
        ("year-end 1985".into(), "1985-12-31".into())
    );
    // In December the coming one is meant.
    assert_eq!(
        val("Rates rose sharply at year-end.", Some((1987, 12, 10))).1,
        "1987-12-31"
    );
}

#[test]
fn generic_today_is_not_a_day() {
    let d = Some((1998, 4, 24));
    assert!(run("Barriers apply to fathers only in today's world.", d).is_empty());
    assert!(run(
        "It is the chip of choice in many of today's personal computers.",
        d
    )
    .is_empty());
    // A specific day still is.
    assert_eq!(
        val("Today's meeting was postponed.", d),
        ("Today".into(), "1998-04-24".into())
    );
}

#[test]
fn the_past_decade_is_a_stretch_up_to_now() {
    let (t, ty, v, _) = one("Attacks became routine over the past decade.", MON);
    assert_eq!(
        (t.as_str(), ty, v.as_str()),
        ("the past decade", "DURATION", "P1DE")
    );
    let (_, ty, v, _) = one("It was the event of the past century.", MON);
    assert_eq!((ty, v.as_str()), ("DURATION", "P1CE"));
    // "the last decade" may still name the previous calendar decade.
    assert_eq!(one("Prices rose in the last decade.", MON).1, "DATE");
}

#[test]
fn last_year_s_quarter_in_a_quarterly_report() {
    let d = Some((1989, 10, 30));
    let v = run(
        "Third-quarter net rose 10%. Sales for last year's quarter were $5 million.",
        d,
    );
    assert_eq!(v[1].0, "last year's quarter");
    assert_eq!(v[1].2, "1988-Q3");
    let v = run(
        "It forecast 85 cents in the second quarter compared with 68 cents in last year's period.",
        d,
    );
    assert_eq!(v[1].0, "last year's period");
    assert_eq!(v[1].2, "1988-Q2");
    // A period of nine months is not the quarter.
    let v = run(
        "Third-quarter net rose. In the nine months, 7,544 homes were sold, against 7,043 in last year's period.",
        d,
    );
    assert!(
        v.iter().any(|x| x.0 == "last year" && x.2 == "1988"),
        "{v:?}"
    );
}

#[test]
fn weekdays_named_after_thanksgiving_and_easter() {
    let june = Some((2025, 6, 10));
    assert_eq!(
        val("Shoppers crowded the malls on Black Friday.", june),
        ("Black Friday".into(), "2024-11-29".into())
    );
    assert_eq!(
        val("Retailers will report record sales on Cyber Monday.", june),
        ("Cyber Monday".into(), "2025-12-01".into())
    );
    assert_eq!(
        val("Churches were full on Good Friday.", june),
        ("Good Friday".into(), "2025-04-18".into())
    );
    assert_eq!(
        val("The fast begins on Ash Wednesday 2026.", june),
        ("Ash Wednesday 2026".into(), "2026-02-18".into())
    );
    assert_eq!(
        val("Crowds gathered on Easter Monday.", june).1,
        "2025-04-21"
    );
    // Holy Week ends on Easter Sunday (2000-04-23): ISO week 16.
    assert_eq!(
        val(
            "Protesters prayed as Easter week began.",
            Some((2000, 4, 17))
        ),
        ("Easter week".into(), "2000-W16".into())
    );
    assert_eq!(val("It closed on Good Friday.", None).1, "XXXX-XX-XX");
    // Events that fall on no fixed date.
    assert!(run("Candidates campaigned before Super Tuesday.", june).is_empty());
    assert!(run("Bloody Sunday is remembered in Derry.", june).is_empty());
    // A black Friday is any Friday.
    assert_eq!(val("It rained on a black Friday.", june).1, "2025-06-06");
}

#[test]
fn titles_people_and_figures_of_speech_are_not_dates() {
    let june = Some((2025, 6, 10));
    assert!(run("Fans still love Friday Night Lights.", june).is_empty());
    assert!(run("He watched Monday Night Football.", june).is_empty());
    assert!(run("Summer Jones said the plan works.", june).is_empty());
    assert!(run("Scientists warned of a nuclear winter.", june).is_empty());
    assert!(run("The Arab Spring began in Tunisia.", june).is_empty());
    assert!(run("The Christmas Island detention centre closed.", june).is_empty());
    assert!(run("She visited Easter Island.", june).is_empty());
    // Still times and seasons.
    assert_eq!(
        val("Police arrived on Friday night.", june),
        ("Friday night".into(), "2025-06-06TNI".into())
    );
    assert_eq!(
        val("Summer is the busiest season.", june),
        ("Summer".into(), "2025-SU".into())
    );
    assert_eq!(
        val("The Christmas Offensive stalled.", Some((1936, 2, 1))).1,
        "1935-12-25"
    );
}

#[test]
fn both_ends_of_a_clock_range() {
    let values = |text: &str| {
        run(text, MON)
            .into_iter()
            .map(|x| (x.0, x.2))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        values("The polls are open from 3 to 6 p.m. on Friday."),
        [
            ("3".into(), "2025-12-19T15:00".into()),
            ("6 p.m.".into(), "2025-12-19T18:00".into()),
            ("Friday".into(), "2025-12-19".into()),
        ]
    );
    // The first end is before noon when its hour is later on the clock face.
    assert_eq!(
        values("The office closed between 11 and 2 p.m. today.")[0],
        ("11".into(), "2025-12-22T11:00".into())
    );
    // Not a time: a range of other quantities.
    assert!(run("Prices rose from 3 to 6 percent.", MON).is_empty());
}

#[test]
fn a_present_verb_of_schedule_looks_ahead() {
    assert_eq!(
        val("The team plays Friday against Boston.", MON).1,
        "2025-12-26"
    );
    assert_eq!(
        val(
            "When she returns to Washington on Wednesday, aides said.",
            MON
        )
        .1,
        "2025-12-24"
    );
    // ... or one a few words before, over its object.
    assert_eq!(
        val("Voters go to the polls on Sunday.", MON).1,
        "2025-12-28"
    );
    assert_eq!(
        val("The Lakers play the Celtics on Friday.", MON).1,
        "2025-12-26"
    );
    assert_eq!(
        val("The festival takes place on Saturday.", MON).1,
        "2025-12-27"
    );
    assert_eq!(
        val("The festival took place on Saturday.", MON).1,
        "2025-12-20"
    );
    // ("fired shots in return on Tuesday": a noun.)
    assert_eq!(
        val("Police fired shots in return on Tuesday.", MON).1,
        "2025-12-16"
    );
    // So does a present copula: a date in the diary.
    assert_eq!(
        val("The first round is on Sunday, officials said.", MON).1,
        "2025-12-28"
    );
    assert_eq!(val("The deadline was Friday.", MON).1, "2025-12-19");
    // A noun of the same form does not ("his French hosts Tuesday").
    assert_eq!(
        val("Wen told his hosts Tuesday that more was needed.", MON).1,
        "2025-12-16"
    );
}

#[test]
fn programme_and_paper_titles_are_not_times() {
    assert!(run("She said so on CNN Tonight.", MON).is_empty());
    assert!(run("NFL Today deleted the video.", MON).is_empty());
    assert!(run("He told the Today programme he would run.", MON).is_empty());
    assert!(run(
        "An article in China Daily said so, the Daily Mail added.",
        MON
    )
    .is_empty());
    assert!(run("The ruling is a scandal, the daily said.", MON).is_empty());
    // A weekday opening a paper's or a programme's title, with or without "the".
    assert!(run(
        "A book by Sunday Telegraph journalist Robert Peston says so.",
        MON
    )
    .is_empty());
    assert!(run("He told Radio Scotland's Sunday Live programme.", MON).is_empty());
    assert_eq!(
        val("He said on Sunday Mr Brown erred.", MON).1,
        "2025-12-21"
    );
    assert_eq!(one("Daily, the ship sails.", MON).1, "SET");
    assert_eq!(one("It relies on daily reports.", MON).1, "SET");
    assert_eq!(val("She will say so tonight.", MON).1, "2025-12-22TNI");
}

#[test]
fn until_looks_ahead_unless_from_a_past_act() {
    assert_eq!(
        val("The plant is closed until Friday.", MON).1,
        "2025-12-26"
    );
    assert_eq!(val("You've got till Tuesday.", MON).1, "2025-12-23");
    // A price that moved until a month is told in the past; a vote moved until one is put off.
    assert_eq!(
        val("The dollar moved sharply lower until January.", MON).1,
        "2025-01"
    );
    assert_eq!(val("The vote was moved until January.", MON).1, "2026-01");
    // A deferral told in the past still points ahead ...
    assert_eq!(
        val("The trial was adjourned until Wednesday.", MON).1,
        "2025-12-24"
    );
    assert_eq!(
        val("Disruptions were to continue until Thursday.", MON).1,
        "2025-12-25"
    );
    // So does a deferral "through" a month ...
    assert_eq!(
        val(
            "Banks extended the company $90 million in revolving loans through January.",
            Some((2025, 10, 30))
        )
        .1,
        "2026-01"
    );
    assert_eq!(val("The strike lasted through October.", MON).1, "2025-10");
    // ... a past state or act does not, for a month too, and a few words back.
    assert_eq!(val("Police held him until Friday.", MON).1, "2025-12-19");
    assert_eq!(
        val(
            "She wasn't cleared of wrongdoing by the FBI until July.",
            Some((2016, 10, 31))
        )
        .1,
        "2016-07"
    );
    assert_eq!(
        val(
            "The store is closed for repairs until July.",
            Some((2016, 10, 31))
        )
        .1,
        "2017-07"
    );
    assert_eq!(val("They stayed until Friday.", MON).1, "2025-12-19");
}

#[test]
fn a_fiscal_year_to_a_month_is_a_year_long() {
    let v = run("In the fiscal year ended Jan. 31, sales rose.", MON);
    assert_eq!(
        (v[0].0.as_str(), v[0].2.as_str()),
        ("the fiscal year", "P1Y")
    );
    let v = run("Revenue for the year to March 1998 fell.", MON);
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("the year", "DURATION", "P1Y"),
            ("March 1998", "DATE", "1998-03")
        ]
    );
}

#[test]
fn the_previous_weekday_counts_from_the_day_told() {
    let v = run(
        "Shares closed lower Friday. Losses overnight in New York hurt. The index fell 4.5% from \
         the previous Friday.",
        Some((1989, 10, 30)),
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Friday", "1989-10-27"),
            ("overnight", "1989-10-30TNI"),
            ("the previous Friday", "1989-10-20"),
        ]
    );
    let v = run(
        "He was arrested on Oct. 3. The following Monday he was freed.",
        Some((1989, 10, 30)),
    );
    assert_eq!(v[1].2, "1989-10-09");
    // With no day told, it is the one before the DCT.
    assert_eq!(
        val(
            "The index fell from the previous Friday.",
            Some((1989, 10, 30))
        )
        .1,
        "1989-10-27"
    );
}

#[test]
fn web_addresses_are_not_mentions() {
    let v = run(
        "See http://www.politico.com/magazine/story/2017/02/trump-support or \
         www.example.com/2017/02/03 for the story of Feb 13, 2017.",
        MON,
    );
    assert_eq!(
        v.iter()
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [("Feb 13, 2017", "2017-02-13")]
    );
}

#[test]
fn due_to_before_a_verb_is_a_plan_and_a_reporting_clause_is_not_the_main_one() {
    assert_eq!(
        val(
            "Leaks of a forecast due to be published on Monday show slow growth.",
            Some((2025, 12, 24))
        )
        .1,
        "2025-12-29"
    );
    // "due to" before a noun is causal.
    assert_eq!(
        val(
            "The delay was due to the strike on Monday.",
            Some((2025, 12, 24))
        )
        .1,
        "2025-12-22"
    );
    assert_eq!(
        val(
            "The ratio will rise to 70 pct, effective on Wednesday, he said.",
            MON
        )
        .1,
        "2025-12-24"
    );
    assert_eq!(
        val("Until Thursday, they had not called.", MON).1,
        "2025-12-18"
    );
}

#[test]
fn a_weekday_plan_may_be_told_far_before_it() {
    assert_eq!(
        val(
            "The system is expected to present its own proposals for government aid to a Senate \
             Agriculture subcommittee hearing on Thursday.",
            MON
        )
        .1,
        "2025-12-25"
    );
}

#[test]
fn this_season_in_january_is_the_calendar_years() {
    let jan = Some((2018, 1, 12));
    assert_eq!(val("He runs in a primary this summer.", jan).1, "2018-SU");
    assert_eq!(val("The plan starts this spring.", jan).1, "2018-SP");
    // The winter under way began in the year before.
    assert_eq!(val("It was cold this winter.", jan).1, "2017-WI");
    assert_eq!(
        val("It was hot this summer.", Some((2017, 12, 10))).1,
        "2017-SU"
    );
}

#[test]
fn quarters_and_three_quarters_of_long_units() {
    assert_eq!(val("It lasted a quarter century.", MON).1, "P25Y");
    assert_eq!(
        val("It lasted three-quarters of a century.", MON),
        ("three-quarters of a century".into(), "P75Y".into())
    );
    assert_eq!(val("He waited three quarters of an hour.", MON).1, "PT45M");
    assert!(run("Three-quarters of voters agreed.", MON).is_empty());
}

#[test]
fn a_half_of_a_month_is_that_month_from_its_start_or_to_its_end() {
    for (text, span, value, md) in [
        (
            "Results are due in the second half of January.",
            "the second half of January",
            "2026-01",
            "END",
        ),
        (
            "Trading was steady in the first half of December.",
            "the first half of December",
            "2025-12",
            "START",
        ),
        (
            "Issues are expected in the first half of the month.",
            "the first half of the month",
            "2025-12",
            "START",
        ),
    ] {
        let (t, ty, v, m) = one(text, MON);
        assert_eq!(
            (t.as_str(), ty, v.as_str(), m),
            (span, "DATE", value, Some(md)),
            "{text}"
        );
    }
    // Halves of a year stay halves.
    assert_eq!(val("in the first half of 2026", MON).1, "2026-H1");
}

#[test]
fn a_range_of_days_before_one_month_gives_both_days() {
    let values = |text: &str| -> Vec<(String, String)> {
        run(text, MON)
            .into_iter()
            .map(|(t, _, v, _)| (t, v))
            .collect()
    };
    assert_eq!(
        values("The programme ran from 1 to 15 December."),
        [
            ("1".to_string(), "2025-12-01".to_string()),
            ("15 December".to_string(), "2025-12-15".to_string())
        ]
    );
    assert_eq!(
        values("Between 20 and 30 March 2024 prices fell.")[0],
        ("20".to_string(), "2024-03-20".to_string())
    );
    // Not a range of days: the first is larger, or no month follows.
    assert_eq!(values("from 28 to 2 December").len(), 1);
    assert_eq!(values("The score was 3 to 5 in March.").len(), 1);
}

#[test]
fn the_nth_weekday_of_a_month_is_that_day() {
    for (text, span, value) in [
        (
            "The election will be held on the first Sunday of March.",
            "the first Sunday of March",
            "2026-03-01",
        ),
        (
            "The vote took place on the second Tuesday of November.",
            "the second Tuesday of November",
            "2025-11-11",
        ),
        (
            "It opens on the last Friday in January 2027.",
            "the last Friday in January 2027",
            "2027-01-29",
        ),
    ] {
        assert_eq!(val(text, MON), (span.into(), value.into()), "{text}");
    }
    // "the last Friday" alone is the one before the DCT.
    assert_eq!(
        val("They met on the last Friday of the month.", MON),
        ("the last Friday".into(), "2025-12-19".into())
    );
}

#[test]
fn a_decade_as_an_adjective_is_the_decade() {
    assert_eq!(
        val("The 1970s-era law was repealed.", MON),
        ("1970s-era".into(), "197".into())
    );
    assert_eq!(val("a 1930s-style depression", MON).1, "193");
    assert!(run("the Soviet-era law", MON).is_empty());
}

#[test]
fn futures_tables_are_no_dates() {
    let apr = Some((1987, 4, 7));
    let table = "VOL OPEN CHANGE\nJly 120 0 unch\nSep 17 1631 up 14\nDec 415 981 off 6\n\
                 Jul 1261 1265 1264 1262 34";
    assert_eq!(run(table, apr), vec![]);
    // A year after a preposition or a period is a year; a day and a month stay on one line.
    assert_eq!(
        val("He signed it on Sep 17 1787 in Philadelphia.", apr).1,
        "1787-09-17"
    );
    assert_eq!(val("It was Sept. 17 1787.", apr).1, "1787-09-17");
    assert_eq!(run("volume rose 14\nDec volume fell", apr), vec![]);
}

#[test]
fn a_present_verb_of_ending_looks_ahead_to_its_own_weekday() {
    assert_eq!(
        values("Voting ends at 10pm on Thursday.", MON),
        ["2025-12-25T22:00", "2025-12-25"]
    );
    // Not over another weekday: the offer opened on the Monday before the DCT.
    assert_eq!(
        values(
            "The offer closes on Friday after opening on Monday.",
            Some((1987, 4, 7))
        ),
        ["1987-04-10", "1987-04-06"]
    );
}

#[test]
fn consecutive_straight_and_successive_spans_are_durations() {
    for (text, span, value) in [
        (
            "It was profitable for three consecutive quarters.",
            "three consecutive quarters",
            "P3Q",
        ),
        (
            "Rain fell for five straight days.",
            "five straight days",
            "P5D",
        ),
        (
            "It follows two successive years of losses.",
            "two successive years",
            "P2Y",
        ),
    ] {
        assert_eq!(val(text, MON), (span.into(), value.into()), "{text}");
    }
    assert!(run("He won five straight games.", MON).is_empty());
}

#[test]
fn bare_plural_units_after_for_within_take_and_spend() {
    for (text, span, value) in [
        ("They have lived there for years.", "years", "PXY"),
        ("Within days, the rebels advanced.", "days", "PXD"),
        ("It could take months.", "months", "PXM"),
        ("The siege lasted weeks.", "weeks", "PXW"),
        ("He has spent decades learning the game.", "decades", "PXDE"),
        (
            "Engineers spend hours pulling the data together.",
            "hours",
            "PTXH",
        ),
    ] {
        assert_eq!(val(text, MON), (span.into(), value.into()), "{text}");
    }
    // "last" before a plural unit is the adjective.
    assert!(run("in the last days of the war", MON).is_empty());
    assert!(run("Months passed.", MON).is_empty());
}

#[test]
fn vague_pairs_elided_decades_and_the_latest_months() {
    let d = Some((1989, 10, 30));
    assert_eq!(
        val("It could take weeks or months.", d),
        ("weeks or months".into(), "PXW".into())
    );
    assert_eq!(
        val("Funds in recent weeks and months sold bonds.", d).0,
        "recent weeks and months"
    );
    assert_eq!(
        val("Prices in the '80s rose.", d),
        ("the '80s".into(), "198".into())
    );
    assert_eq!(
        one("It boomed in the early ’90s.", d),
        ("the early ’90s".into(), "DATE", "199".into(), Some("START"))
    );
    assert_eq!(
        val("Net for the latest nine months rose.", d),
        ("the latest nine months".into(), "P9M".into())
    );
    assert!(run("Hours and minutes matter.", d).is_empty());
}

#[test]
fn an_open_end_belongs_to_the_year() {
    assert_eq!(
        one("It runs through 1990 and beyond.", MON),
        (
            "1990 and beyond".into(),
            "DATE",
            "1990".into(),
            Some("ON_OR_AFTER")
        )
    );
    assert_eq!(one("It ends in 1994 or later.", MON).0, "1994 or later");
}

#[test]
fn a_day_told_on_by_a_past_verb_is_not_ahead() {
    let oct = Some((2017, 10, 12));
    assert_eq!(val("He won on November 8.", oct).1, "2016-11-08");
    assert_eq!(val("He won on 8 November.", oct).1, "2016-11-08");
    assert_eq!(
        val("What happened on November the 8th?", oct),
        ("November the 8th".into(), "2016-11-08".into())
    );
    // A plan, a condition or a bare date near a past verb may still lie ahead.
    assert_eq!(
        val("The meeting slated on November 8 is off.", oct).1,
        "2017-11-08"
    );
    assert_eq!(
        val(
            "If the government fell on November 8, there would be a vote.",
            oct
        )
        .1,
        "2017-11-08"
    );
    assert_eq!(
        val("The court set November 8 for the hearing.", oct).1,
        "2017-11-08"
    );
    assert_eq!(val("In March the 3rd battalion left.", oct).0, "March");
}

#[test]
fn following_without_the_is_a_preposition() {
    assert_eq!(
        one(
            "Following Tuesday night's primary, he spoke.",
            Some((2016, 5, 4))
        ),
        ("Tuesday night".into(), "TIME", "2016-05-03TNI".into(), None)
    );
    assert_eq!(
        val("He arrived the following Tuesday.", Some((2016, 5, 4))).1,
        "2016-05-10"
    );
}

#[test]
fn decades_of_life_are_ages_not_dates() {
    for text in [
        "In his twenties he battled tuberculosis.",
        "She married in her late thirties.",
        "Men in their 40s and 50s were asked.",
        "Railcards for the over 50s went on sale.",
        "Only the over thirties remember the Sinclair.",
    ] {
        assert_eq!(run(text, MON), vec![], "{text}");
    }
    // With its century, or without a possessive, a decade is the calendar's.
    assert_eq!(val("In his 1930s films he sang.", MON).1, "193");
    assert_eq!(val("Music in the seventies was loud.", MON).1, "197");
    assert_eq!(val("Prices rose over the 1990s.", MON).1, "199");
}

#[test]
fn a_fortnight_is_two_weeks() {
    for (text, span, typed_value) in [
        (
            "He will be out for a fortnight.",
            "a fortnight",
            "DURATION P2W",
        ),
        ("It took two fortnights.", "two fortnights", "DURATION P4W"),
        (
            "Three wins over the past fortnight.",
            "the past fortnight",
            "DURATION P2W",
        ),
        (
            "Talks resume in the next fortnight.",
            "the next fortnight",
            "DURATION P2W",
        ),
        ("The paper appears fortnightly.", "fortnightly", "SET P2W"),
        // Fourteen days before Monday 2025-12-22 is Monday 2025-12-08, in ISO week 50.
        (
            "A fortnight ago he won.",
            "A fortnight ago",
            "DATE 2025-W50",
        ),
    ] {
        let (t, k, v, _) = one(text, MON);
        assert_eq!(
            (t.as_str(), format!("{k} {v}")),
            (span, typed_value.into()),
            "{text}"
        );
    }
    assert_eq!(run("The Fortnightly Review is a magazine.", MON), vec![]);
}

#[test]
fn a_year_written_over_two_is_the_year_it_starts() {
    assert_eq!(
        val("Contributions rose 8.6% in 2002/03.", MON),
        ("2002/03".into(), "2002".into())
    );
    assert_eq!(
        val("Spending since 1998/9 was counted twice.", MON).1,
        "1998"
    );
    assert_eq!(val("the 1999/2000 season", MON).1, "1999");
    assert_eq!(
        val("Output will fall in the fiscal year 2006/07.", MON),
        ("the fiscal year 2006/07".into(), "2006".into())
    );
    // Not the next year: a year and month, as before.
    assert_eq!(val("Sales in 2016/03 rose.", MON).1, "2016-03");
    // A hyphenated season across the century gives both years.
    let v = run("the 1999-00 season", MON);
    assert_eq!(
        v.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["1999", "2000"]
    );
}

#[test]
fn a_weekday_before_a_british_date_is_one_expression() {
    let thu = Some((2005, 2, 10));
    assert_eq!(
        val("It is shown on BBC2 on Saturday 12 February.", thu),
        ("Saturday 12 February".into(), "2005-02-12".into())
    );
    assert_eq!(
        val("It opens on Saturday, 12 February 2005.", thu),
        ("Saturday, 12 February 2005".into(), "2005-02-12".into())
    );
    // A number that is not a day of a month stays outside.
    assert_eq!(
        val("He played on Saturday 5 times.", thu),
        ("Saturday".into(), "2005-02-05".into())
    );
}

#[test]
fn come_and_please_look_ahead() {
    let sat = Some((2017, 9, 23));
    assert_eq!(
        val("He urged players to take a knee come Sunday.", sat).1,
        "2017-09-24"
    );
    assert_eq!(val("Please take a knee on Sunday.", sat).1, "2017-09-24");
    assert_eq!(
        val("Come January, the law applies.", sat),
        ("January".into(), "2018-01".into())
    );
    assert_eq!(val("He came on Sunday.", sat).1, "2017-09-17");
}

#[test]
fn papers_and_shows_named_after_time_words_are_names() {
    let wed = Some((2017, 10, 11));
    assert_eq!(run("Freedom Daily updated their page.", wed), vec![]);
    assert_eq!(
        val(
            "He told ABC News' \"This Week\" on Wednesday that he was hit.",
            wed
        ),
        ("Wednesday".into(), "2017-10-11".into())
    );
    assert_eq!(
        val(
            "Schuck told NBC News’ “Today” on Wednesday that he was hit.",
            wed
        ),
        ("Wednesday".into(), "2017-10-11".into())
    );
    assert_eq!(
        run(
            "During an interview on ITV1's This Morning she said so.",
            wed
        ),
        vec![]
    );
    assert_eq!(val("Obama's Tuesday speech was long.", wed).0, "Tuesday");
    // An adverb opening a sentence is still a frequency.
    assert_eq!(one("Daily, the trains run late.", wed).1, "SET");
}

#[test]
fn about_before_a_determiner_is_the_preposition() {
    let sun = Some((2016, 6, 19));
    assert_eq!(
        one("She wrote an expose about the past year's findings.", sun),
        ("the past year".into(), "DATE", "2015".into(), None)
    );
    assert_eq!(one("He spoke about last week's vote.", sun).0, "last week");
    // Before a quantity or a clock time it approximates.
    assert_eq!(
        one("He stayed about two weeks.", sun),
        (
            "about two weeks".into(),
            "DURATION",
            "P2W".into(),
            Some("APPROX")
        )
    );
    assert_eq!(one("He left about a year ago.", sun).3, Some("APPROX"));
}

#[test]
fn decades_written_with_an_apostrophe() {
    let d = Some((1987, 3, 3));
    let v = run(
        "It was hit in the 1970's and early 1980's by discounters.",
        d,
    );
    assert_eq!(
        v,
        vec![
            ("the 1970's".into(), "DATE", "197".into(), None),
            ("early 1980's".into(), "DATE", "198".into(), Some("START")),
        ]
    );
    assert_eq!(
        one("Prices fell in the mid-1980's.", d),
        ("the mid-1980's".into(), "DATE", "198".into(), Some("MID"))
    );
    // A possessive of the year stays the year.
    assert_eq!(
        val("1980's profit rose.", d),
        ("1980".into(), "1980".into())
    );
}

#[test]
fn leaving_on_a_weekday_is_a_plan() {
    assert_eq!(
        val(
            "Duffy is in Malaysia and leaves for Indonesia on Wednesday.",
            Some((1987, 10, 20))
        )
        .1,
        "1987-10-21"
    );
}

#[test]
fn a_quarter_is_a_fraction_unless_told_as_time() {
    let d = Some((2005, 2, 1));
    assert_eq!(run("More than a quarter have bought software.", d), vec![]);
    assert_eq!(run("Nearly a quarter voted no.", d), vec![]);
    assert_eq!(
        one("The firm lost money for a quarter.", d),
        ("a quarter".into(), "DURATION", "P1Q".into(), None)
    );
    assert_eq!(one("for more than a quarter century", d).2, "P25Y");
}

#[test]
fn earlier_counts_back_from_the_time_the_story_is_at() {
    let v = run(
        "In 1974 the committee met. Twenty-two years earlier, he had saved his career.",
        MON,
    );
    assert_eq!(v[1].2, "1952");
    let v = run(
        "On March 3, 1990, he died. Four days earlier he wrote a letter.",
        MON,
    );
    assert_eq!(v[1].2, "1990-02-27");
    // With no other year or day near it, or only the DCT's, "earlier" counts back from the DCT.
    assert_eq!(val("Two years earlier, he had fled.", MON).1, "2023");
    let v = run("Profit in 2025 rose from a year earlier.", MON);
    assert_eq!(v[1].2, "2024");
    let v = run(
        "In 1974 the committee met. It rained. It was cold. Two years earlier, he won.",
        MON,
    );
    assert_eq!(v[1].2, "2023");
}

#[test]
fn a_comparison_with_a_year_earlier_is_with_its_own_sentence() {
    let mar = Some((1987, 3, 2));
    // The period reported in the same sentence anchors it …
    let v = run(
        "Exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier.",
        mar,
    );
    assert_eq!(v[1].2, "1985");
    // … a year told in the sentence before, a base or a "since" do not.
    let v = run(
        "The rate was the worst since the series began in 1953. It was up from 2.8 pct a year \
         earlier.",
        mar,
    );
    assert_eq!(v[1].2, "1986");
    let v = run(
        "The index rose to 134.1 (base 1980) from 129.8 a year earlier.",
        mar,
    );
    assert_eq!(v[1].2, "1986");
    let v = run(
        "It was the first rise since June 1985, down from a year earlier.",
        mar,
    );
    assert_eq!(v[1].2, "1986");
    // A bare month reported in the sentence is compared with that month a year back: the latest
    // one with its name, so a December in a March report is last year's.
    let jun = Some((1987, 6, 18));
    let v = run("Exports fell 9.3 pct in May from a year earlier.", jun);
    assert_eq!(v[1].2, "1986-05");
    let v = run(
        "Jobless rose to 1.61 mln in December and 1.65 mln a year earlier.",
        mar,
    );
    assert_eq!(v[1].2, "1985-12");
    // Not a day, a period named after the month, or "may" the verb.
    let v = run(
        "Net for the year ended June 30 rose from a year earlier.",
        jun,
    );
    assert_eq!(v[2].2, "1986");
    let v = run(
        "Sales in May for the same period rose from a year ago.",
        jun,
    );
    assert_eq!(v.last().unwrap().2, "1986");
    assert_eq!(val("Sales may rise from a year earlier.", jun).1, "1986");
}

#[test]
fn centuries_with_their_edges_and_as_adjectives() {
    for (text, span, value, md) in [
        ("in the 19th century", "the 19th century", "18", None),
        (
            "in the late 19th century",
            "the late 19th century",
            "18",
            Some("END"),
        ),
        (
            "in the mid-20th century",
            "the mid-20th century",
            "19",
            Some("MID"),
        ),
        (
            "by the early 21st century",
            "the early 21st century",
            "20",
            Some("START"),
        ),
        ("a 19th-century building", "19th-century", "18", None),
        (
            "a mid-19th-century house",
            "mid-19th-century",
            "18",
            Some("MID"),
        ),
        (
            "in eighteenth-century France",
            "eighteenth-century",
            "17",
            None,
        ),
    ] {
        let (t, ty, v, m) = one(text, MON);
        assert_eq!(
            (t.as_str(), ty, v.as_str(), m),
            (span, "DATE", value, md),
            "{text}"
        );
    }
    // An edge on a rank is no century.
    assert_eq!(run("He finished mid-20th in the race.", MON), vec![]);
}

#[test]
fn wire_style_end_of_a_month_or_year() {
    let apr = Some((1987, 4, 7));
    for (text, span, value) in [
        ("Debt fell from 55 pct at end-1986.", "end-1986", "1986"),
        (
            "Reserves rose in the year to end-March.",
            "end-March",
            "1987-03",
        ),
        // "by" a time looks ahead, unless a past verb is near it.
        (
            "The plan must be completed by end-June.",
            "end-June",
            "1987-06",
        ),
        (
            "By end-February, reserves had reached 5 billion.",
            "end-February",
            "1987-02",
        ),
    ] {
        let (t, _, v, md) = one(text, apr);
        assert_eq!(
            (t.as_str(), v.as_str(), md),
            (span, value, Some("END")),
            "{text}"
        );
    }
    assert_eq!(
        val("Reserves rose to 5 billion by February.", apr).1,
        "1987-02"
    );
    assert_eq!(
        val("Reserves will rise to 5 billion by February.", apr).1,
        "1988-02"
    );
}

#[test]
fn a_weekday_of_a_named_week_and_every_few_units() {
    // MON is Monday 2025-12-22, in ISO week 2025-W52.
    for (text, span, value) in [
        (
            "Police said on Tuesday last week that …",
            "Tuesday last week",
            "2025-12-16",
        ),
        (
            "He returns on Friday of next week.",
            "Friday of next week",
            "2026-01-02",
        ),
        (
            "As of Wednesday this week, he will …",
            "Wednesday this week",
            "2025-12-24",
        ),
        (
            "On Sunday last week it snowed.",
            "Sunday last week",
            "2025-12-21",
        ),
    ] {
        assert_eq!(val(text, MON), (span.into(), value.into()), "{text}");
    }
    let (t, k, v, _) = one("The board meets every few days.", MON);
    assert_eq!(
        (t.as_str(), k, v.as_str()),
        ("every few days", "SET", "PXD")
    );
}

#[test]
fn holidays_and_short_past_verbs_follow_the_tense() {
    // MON is Monday 2025-12-22: a past verb dates the feast a year back, as it does "Dec. 24".
    assert_eq!(val("He died on Christmas Eve.", MON).1, "2024-12-24");
    assert_eq!(val("He died on Dec. 24.", MON).1, "2024-12-24");
    assert_eq!(val("She was born on Boxing Day.", MON).1, "2024-12-26");
    assert_eq!(val("He will arrive on Christmas Eve.", MON).1, "2025-12-24");
    assert_eq!(
        val("It snowed the day before yesterday.", MON),
        ("the day before yesterday".into(), "2025-12-20".into())
    );
    assert_eq!(
        val("Talks resume the day after tomorrow.", MON),
        ("the day after tomorrow".into(), "2025-12-24".into())
    );
}

#[test]
fn a_weekday_range_ends_on_or_after_its_start() {
    let days = |text: &str| -> Vec<String> { run(text, MON).into_iter().map(|x| x.2).collect() };
    // MON is Monday 2025-12-22: a bare Friday alone is the past one (12-19), but not as a range's end.
    assert_eq!(
        days("Offices open from Monday to Friday."),
        ["2025-12-22", "2025-12-26"]
    );
    assert_eq!(
        days("It ran from Friday through Sunday."),
        ["2025-12-19", "2025-12-21"]
    );
    assert_eq!(
        days("He will be away from Thursday to Tuesday."),
        ["2025-12-25", "2025-12-30"]
    );
    // Not a range: each day keeps its own tense.
    assert_eq!(
        days("He spoke on Monday and Friday."),
        ["2025-12-22", "2025-12-19"]
    );
}

#[test]
fn a_month_range_is_resolved_as_one() {
    let months = |text: &str| -> Vec<String> { run(text, MON).into_iter().map(|x| x.2).collect() };
    // MON is 2025-12-22: a past range ends at the last such month, a range ahead at the next one.
    assert_eq!(
        months("Sales fell from November to February."),
        ["2024-11", "2025-02"]
    );
    assert_eq!(
        months("The season runs from October to March."),
        ["2025-10", "2026-03"]
    );
    assert_eq!(
        months("It will run from March to May."),
        ["2026-03", "2026-05"]
    );
    assert_eq!(
        months("Prices rose from May to July."),
        ["2025-05", "2025-07"]
    );
}

#[test]
fn a_past_verb_before_its_idiom_dates_the_day() {
    // MON is 2025-12-22: "Jan. 1" alone is the coming one; told as past, the last one.
    assert_eq!(val("The law took effect on Jan. 1.", MON).1, "2025-01-01");
    assert_eq!(
        val("The treaty came into force on Jan. 1.", MON).1,
        "2025-01-01"
    );
    assert_eq!(val("He took office on Jan. 20.", MON).1, "2025-01-20");
    assert_eq!(val("The law takes effect on Jan. 1.", MON).1, "2026-01-01");
    assert_eq!(
        val("The law will take effect on Jan. 1.", MON).1,
        "2026-01-01"
    );
}

#[test]
fn a_number_on_a_label_is_no_year() {
    for text in [
        "The PC runs Windows 2000.",
        "Room 1984 is empty.",
        "Flight 2010 landed safely.",
        "The council passed Resolution 2334.",
    ] {
        assert_eq!(run(text, MON), vec![], "{text}");
    }
    assert_eq!(val("Euro 2024 was won by Spain.", MON).1, "2024");
}

#[test]
fn nine_eleven_names_the_attacks() {
    assert_eq!(
        val("Security tightened after 9/11.", MON),
        ("9/11".into(), "2001-09-11".into())
    );
    assert_eq!(val("Security tightened after 9/11.", None).1, "2001-09-11");
    // Before 2001 it is some September 11th, and the film is a title.
    assert_eq!(
        run("The 9/11 meeting was moved.", Some((1998, 2, 1))),
        vec![]
    );
    assert_eq!(run("He saw Fahrenheit 9/11 twice.", MON), vec![]);
    // The denominator of "pre-9/11" is no count of days.
    assert_eq!(run("Travel was easier in pre-9/11 days.", MON), vec![]);
}

#[test]
fn this_time_last_year_is_last_year() {
    assert_eq!(
        val("Stocks are lower than this time last year.", MON),
        ("this time last year".into(), "2024".into())
    );
    assert_eq!(
        val("This time next month the plant will be open.", MON),
        ("This time next month".into(), "2026-01".into())
    );
}

#[test]
fn the_turn_of_the_century_is_the_nearest_one() {
    assert_eq!(
        one("Output doubled by the turn of the century.", MON),
        (
            "the turn of the century".into(),
            "DATE",
            "2000".into(),
            Some("APPROX")
        )
    );
    assert_eq!(
        val(
            "The mill closed at the turn of the century.",
            Some((1937, 5, 1))
        )
        .1,
        "1900"
    );
    assert_eq!(
        val("The port grew at the turn of the 20th century.", MON),
        ("the turn of the 20th century".into(), "1900".into())
    );
}

#[test]
fn a_week_on_a_weekday_counts_from_the_coming_one() {
    const WED: Option<(i16, i8, i8)> = Some((2025, 12, 24));
    assert_eq!(
        val("The vote is a week on Monday.", WED),
        ("a week on Monday".into(), "2026-01-05".into())
    );
    assert_eq!(val("The vote is a week from Monday.", WED).1, "2026-01-05");
    assert_eq!(
        val("Talks resume a fortnight on Thursday.", WED).1,
        "2026-01-08"
    );
    assert_eq!(
        val("We meet again a week today.", WED),
        ("a week today".into(), "2025-12-31".into())
    );
    assert_eq!(
        val("It ends three days from tomorrow.", WED).1,
        "2025-12-28"
    );
    assert_eq!(values("We meet a week from today.", None), ["XXXX-XX-XX"]);
    // A stretch that opens on a weekday stays a duration.
    assert_eq!(
        values(
            "The border opens for two days from Tuesday to Thursday.",
            WED
        )[0],
        "P2D"
    );
}

#[test]
fn a_bracketed_date_dates_its_weekday() {
    const THU: Option<(i16, i8, i8)> = Some((2017, 8, 24));
    assert_eq!(
        values(
            "Rain falls starting Friday (August 25) until next week.",
            THU
        ),
        ["2017-08-25", "2017-08-25", "2017-W35"]
    );
    // A bracket that names another weekday's date leaves the tense rule to decide.
    assert_eq!(
        values("It opened Friday (August 26).", THU),
        ["2017-08-18", "2017-08-26"]
    );
}

#[test]
fn wire_style_spells_days_out() {
    const THU: Option<(i16, i8, i8)> = Some((1987, 3, 12));
    assert_eq!(
        values("Pay May One\nRecord April Four", THU),
        ["1987-05-01", "1987-04-04"]
    );
    assert_eq!(
        val("The offer expires on April Two.", THU),
        ("April Two".into(), "1987-04-02".into())
    );
    // In lower case the words around must show a day: the number closes the phrase, or a word of
    // dating stands before the month and a verb follows.
    for (text, want) in [
        (
            "Pay April eight\nRecord March 20",
            vec!["1987-04-08", "1987-03-20"],
        ),
        (
            "It is effective April one and subject to approval.",
            vec!["1987-04-01"],
        ),
        (
            "The offer expires on April three, 1987, unless extended.",
            vec!["1987-04-03"],
        ),
        ("The fund runs until July twenty-one.", vec!["1987-07-21"]),
        ("Stocks on April four were higher.", vec!["1987-04-04"]),
        (
            "In March one analyst said prices would fall.",
            vec!["1987-03"],
        ),
        ("In April four companies cut prices.", vec!["1986-04"]),
    ] {
        assert_eq!(values(text, THU), want, "{text}");
    }
    assert_eq!(
        values("She met April One Direction fans in March.", THU),
        ["1987-03"]
    );
}

#[test]
fn a_year_written_once_serves_the_whole_list_or_range() {
    assert_eq!(
        values("Calls made during April and May 2012 were seized.", MON),
        ["2012-04", "2012-05"]
    );
    assert_eq!(
        values("Between March and May 1998 it rained.", MON),
        ["1998-03", "1998-05"]
    );
    assert_eq!(
        values("He spoke on March 3 and April 5, 2012.", MON),
        ["2012-03-03", "2012-04-05"]
    );
    assert_eq!(
        values("Splits in January, February and March 2016.", MON),
        ["2016-01", "2016-02", "2016-03"]
    );
    assert_eq!(
        values("In the spring and summer of 2011 prices rose.", MON),
        ["2011-SP", "2011-SU"]
    );
    // A range that wraps the year opens in the year before.
    assert_eq!(
        values("It ran from November to February 2016.", MON),
        ["2015-11", "2016-02"]
    );
    // Without a DCT too.
    assert_eq!(
        values("Talks were held in October and November 2004.", None),
        ["2004-10", "2004-11"]
    );
    // Not across a verb, a year already chosen, or a wire dateline's dash.
    assert_eq!(
        values("He was born on March 3 and died April 5, 1990.", MON),
        ["2025-03-03", "1990-04-05"]
    );
    assert_eq!(
        values("Sales last October and December 2012 rose.", MON),
        ["2025-10", "2012-12"]
    );
    assert_eq!(
        values("LOS ANGELES, March 23 - March 31, 1986 end", MON),
        ["2025-03-23", "1986-03-31"]
    );
}

#[test]
fn a_capitalised_noon_or_midnight_inside_a_sentence_is_a_name() {
    assert!(run("The centre Jamie Noon fumbled the ball.", MON).is_empty());
    assert!(run("His films include Midnight Express.", MON).is_empty());
    assert_eq!(
        values("The vote closes at Noon on Friday.", MON),
        ["2025-12-26T12:00", "2025-12-26"]
    );
    assert_eq!(val("Noon came and went.", MON).1, "2025-12-22T12:00");
    assert_eq!(val("It ends at noon.", MON).1, "2025-12-22T12:00");
}

#[test]
fn a_game_half_or_quarter_is_no_part_of_a_year() {
    assert_eq!(
        values(
            "Fiore scored the only goal six minutes into the second half.",
            MON
        ),
        ["PT6M"]
    );
    assert!(run(
        "He scored on a seven-yard run late in the first quarter.",
        MON
    )
    .is_empty());
    // Elsewhere halves and quarters are the year's.
    assert_eq!(
        val("Sales rose in the second half, analysts said.", MON).1,
        "2025-H2"
    );
    assert_eq!(
        val("Profit in the first quarter rose toward its goal.", MON).1,
        "2025-Q1"
    );
}

#[test]
fn a_forecast_looks_ahead() {
    assert_eq!(
        val("Hillary is all but certain to win in November.", MON).1,
        "2026-11"
    );
    assert_eq!(
        val("The bank is unlikely to change policy on Thursday.", MON).1,
        "2025-12-25"
    );
    assert_eq!(
        val("Sales are poised to rebound in March.", MON).1,
        "2026-03"
    );
    // Only what follows the forecast: the figure named before it is the past month's.
    assert_eq!(
        val("The November figure is likely to be revised.", MON).1,
        "2025-11"
    );
}

#[test]
fn the_early_or_latter_part_of_a_period_is_its_start_or_end() {
    assert_eq!(
        run("Approval is expected in the early part of 2026.", MON),
        [(
            "the early part of 2026".to_string(),
            "DATE",
            "2026".to_string(),
            Some("START")
        )]
    );
    assert_eq!(
        run("Bids are due by the latter part of April.", MON),
        [(
            "the latter part of April".to_string(),
            "DATE",
            "2026-04".to_string(),
            Some("END")
        )]
    );
    assert_eq!(
        one("Sales were strongest in the early part of the month.", MON).3,
        Some("START")
    );
    assert!(run("He read the first part of the plan.", MON).is_empty());
    // "a good part of" widens the extent and keeps the value.
    assert_eq!(
        val("It will not tap its lines for a good part of 2026.", MON),
        ("a good part of 2026".into(), "2026".into())
    );
    assert!(run("A good part of the money is gone.", MON).is_empty());
}

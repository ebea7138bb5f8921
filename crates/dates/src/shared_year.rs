//! A year written once for a list or range of dates: "during April and May 2012", "between March
//! and May 1998", "on March 3 and April 5, 2012", "in January, February and March 2016".
//!
//! English writes the year only after the last date of such a list, so the grammar, which reads one
//! expression at a time, first anchors the earlier ones to the DCT. This pass runs after it over the
//! expressions of one string and gives each year-less month, day or season the year written in the
//! next one when only a joiner stands between them. A month later in the year than the next one
//! belongs to the year before: "from November to February 2016" opens in November 2015.

use crate::calendar::{fmt_year, Day};
use crate::Timex;

/// Does the (trimmed) text between two expressions make them one list or range?
fn joins(between: &str) -> bool {
    matches!(
        between,
        "and"
            | "or"
            | "and/or"
            | ","
            | ", and"
            | ", or"
            | "to"
            | "through"
            | "thru"
            | "until"
            | "till"
            | "-"
            | "–"
            | "—"
    )
}

/// The calendar part after the year of a month ("-04"), day ("-04-05") or season ("-SP") value.
fn calendar_part(value: &str) -> Option<&str> {
    let (year, rest) = value.split_at_checked(4)?;
    let known_year = year.bytes().all(|b| b.is_ascii_digit()) || year == "XXXX";
    let shape = matches!(rest, "-SP" | "-SU" | "-FA" | "-WI")
        || match rest.as_bytes() {
            [b'-', m1, m2] => m1.is_ascii_digit() && m2.is_ascii_digit(),
            [b'-', m1, m2, b'-', d1, d2] => [m1, m2, d1, d2].iter().all(|b| b.is_ascii_digit()),
            _ => false,
        };
    (known_year && shape).then_some(rest)
}

/// The month of a month or day value's calendar part; `None` for a season.
fn month(part: &str) -> Option<u32> {
    part.get(1..3)?.parse().ok()
}

/// Does the expression's text write its value's year ("May 2012", "April 5, 2012")?
fn writes_its_year(t: &Timex, text: &str) -> bool {
    t.value.get(..4).is_some_and(|year| {
        year.bytes().all(|b| b.is_ascii_digit())
            && text.get(t.start..t.end).is_some_and(|s| s.contains(year))
    })
}

/// Does the expression's text leave the year to be guessed (no digits of a year, no "last",
/// "next" or "this" choosing one)?
fn leaves_the_year_open(t: &Timex, text: &str) -> bool {
    let Some(s) = text.get(t.start..t.end) else {
        return false;
    };
    let year_digits = s
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 3);
    let chosen = s.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "last" | "next" | "this" | "past" | "coming"
        )
    });
    !year_digits && !chosen && !s.contains('\'')
}

/// Does the expression close a wire dateline ("LOS ANGELES, March 23 - March 31, 1986 end"),
/// whose dash opens the story rather than a range?
fn opens_a_dateline(t: &Timex, text: &str) -> bool {
    text.get(..t.start).is_some_and(|head| {
        head.len() < 60 && !head.contains('\n') && head.trim_end().ends_with(',')
    })
}

/// Gives year-less dates the year written after them in the same list or range (see the module
/// docs). `found` holds one string's expressions in text order.
pub(crate) fn share_written_years(text: &str, found: &mut [Timex]) {
    // From the right, so that "January, February and March 2016" passes 2016 along the list.
    let mut has_year = vec![false; found.len()];
    for k in (0..found.len()).rev() {
        has_year[k] = writes_its_year(&found[k], text);
        if has_year[k] || !has_year.get(k + 1).copied().unwrap_or(false) {
            continue;
        }
        let (a, b) = (&found[k], &found[k + 1]);
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let dash = matches!(between, "-" | "–" | "—");
        if !joins(between) || !leaves_the_year_open(a, text) || (dash && opens_a_dateline(a, text))
        {
            continue;
        }
        let (Some(pa), Some(pb)) = (calendar_part(&a.value), calendar_part(&b.value)) else {
            continue;
        };
        let Some(year) = b.value.get(..4).and_then(|y| y.parse::<i64>().ok()) else {
            continue;
        };
        // Months and days compare by month; a season only joins another season.
        let year = match (month(pa), month(pb)) {
            (Some(ma), Some(mb)) => year - i64::from(ma > mb),
            (None, None) => year,
            _ => continue,
        };
        // (A day must exist in its new year: "Feb. 29 and March 1, 2013" keeps its guess.)
        if let (Some(m), Some(d)) = (month(pa), pa.get(4..6).and_then(|d| d.parse().ok())) {
            if Day::new(year, m, d).is_none() {
                continue;
            }
        }
        found[k].value = format!("{}{pa}", fmt_year(year));
        has_year[k] = true;
    }
}

//! Proleptic Gregorian calendar arithmetic on day numbers (no clock, no time zones, no panics).

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Day {
    pub y: i64,
    pub m: u32,
    pub d: u32,
}

impl Day {
    pub fn new(y: i64, m: u32, d: u32) -> Option<Day> {
        if !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
            || !(-9999..=9999).contains(&y)
        {
            return None;
        }
        Some(Day { y, m, d })
    }

    /// Days since 1970-01-01.
    pub fn number(self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    pub fn from_number(n: i64) -> Day {
        let (y, m, d) = civil_from_days(n);
        Day { y, m, d }
    }

    pub fn add_days(self, n: i64) -> Day {
        Day::from_number(self.number() + n)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.number() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-year and week number.
    pub fn iso_week(self) -> (i64, u32) {
        // The Thursday of this week decides the week-year.
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = days_from_civil(thursday.y, 1, 1);
        let week = ((thursday.number() - jan1) / 7 + 1) as u32;
        (thursday.y, week)
    }

    pub fn quarter(self) -> u32 {
        (self.m - 1) / 3 + 1
    }

    pub fn fmt(self) -> String {
        format!("{}-{:02}-{:02}", fmt_year(self.y), self.m, self.d)
    }

    /// The ISO week holding the day, as a TIMEX3 value ("2026-W01").
    pub fn fmt_week(self) -> String {
        let (y, w) = self.iso_week();
        fmt_iso_week(y, w)
    }
}

pub(crate) fn fmt_year(y: i64) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else if y < 0 {
        // TimeML writes years before the common era as BC plus four digits ("BC0983").
        format!("BC{:04}", -y)
    } else {
        format!("{y}")
    }
}

/// ISO week `w` of week-year `y` as a TIMEX3 value ("2025-W52").
pub(crate) fn fmt_iso_week(y: i64, w: u32) -> String {
    format!("{}-W{w:02}", fmt_year(y))
}

/// Adds `n` months to (y, m).
pub(crate) fn add_months(y: i64, m: u32, n: i64) -> (i64, u32) {
    let idx = y * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

pub(crate) fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Monday of ISO week `w` of week-year `y`.
pub(crate) fn iso_week_monday(y: i64, w: u32) -> Day {
    let jan4 = Day { y, m: 1, d: 4 };
    let week1_monday = jan4.add_days(1 - i64::from(jan4.weekday()));
    week1_monday.add_days(7 * (i64::from(w) - 1))
}

/// ISO week (year, week) shifted by `n` weeks.
pub(crate) fn add_weeks(y: i64, w: u32, n: i64) -> (i64, u32) {
    iso_week_monday(y, w).add_days(7 * n).iso_week()
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// US Thanksgiving: the fourth Thursday of November.
pub(crate) fn thanksgiving(y: i64) -> Day {
    nth_weekday(y, 11, 4, 4)
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub(crate) fn easter(y: i64) -> Day {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Day {
        y,
        m: month as u32,
        d: day as u32,
    }
}

/// The `n`th (1-based; 5 = last) weekday `wd` of a month.
pub(crate) fn nth_weekday(y: i64, m: u32, wd: u32, n: u32) -> Day {
    if n >= 5 {
        let last = Day {
            y,
            m,
            d: days_in_month(y, m),
        };
        let back = (i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7);
        return last.add_days(-back);
    }
    let first = Day { y, m, d: 1 };
    let fwd = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
    first.add_days(fwd + 7 * (i64::from(n) - 1))
}

/// The calendar day a TIMEX3 value names, when it names exactly one ("2025-12-22", not "2025-12").
pub(crate) fn single_day(value: &str) -> Option<Day> {
    interval(value)
        .filter(|(a, b)| b.number() - a.number() == 1)
        .map(|(a, _)| a)
}

/// The calendar interval `[start, end)` named by a TIMEX3 value, if it names days, weeks, months, quarters,
/// halves, seasons, years, decades or centuries.
pub(crate) fn interval(value: &str) -> Option<(Day, Day)> {
    let b = value.as_bytes();
    let digits = |s: &[u8]| -> Option<i64> {
        if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(s).ok()?.parse().ok()
    };
    let year_range = |y: i64, n: i64| {
        Some((
            Day { y, m: 1, d: 1 },
            Day {
                y: y + n,
                m: 1,
                d: 1,
            },
        ))
    };
    match b.len() {
        2 => return digits(b).and_then(|c| year_range(c * 100, 100)),
        3 => return digits(b).and_then(|d| year_range(d * 10, 10)),
        4 => return digits(b).and_then(|y| year_range(y, 1)),
        _ => {}
    }
    if b.len() < 7 || b[4] != b'-' {
        return None;
    }
    let y = digits(&b[..4])?;
    let rest = &b[5..];
    let month_range = |y: i64, m: u32, n: i64| {
        let (y2, m2) = add_months(y, m, n);
        Some((Day::new(y, m, 1)?, Day::new(y2, m2, 1)?))
    };
    match rest {
        [b'Q', q @ b'1'..=b'4', ..] if rest.len() == 2 => {
            month_range(y, u32::from(q - b'1') * 3 + 1, 3)
        }
        [b'H', h @ b'1'..=b'2', ..] if rest.len() == 2 => {
            month_range(y, u32::from(h - b'1') * 6 + 1, 6)
        }
        b"SP" => month_range(y, 3, 3),
        b"SU" => month_range(y, 6, 3),
        b"FA" => month_range(y, 9, 3),
        b"WI" => month_range(y, 12, 3),
        [b'W', w1, w2, tail @ ..] => {
            let w = digits(&[*w1, *w2])? as u32;
            if !(1..=53).contains(&w) {
                return None;
            }
            let monday = iso_week_monday(y, w);
            match tail {
                b"" => Some((monday, monday.add_days(7))),
                b"-WE" => Some((monday.add_days(5), monday.add_days(7))),
                _ => None,
            }
        }
        [m1, m2] => month_range(y, digits(&[*m1, *m2])? as u32, 1),
        [m1, m2, b'-', d1, d2, tail @ ..] if tail.is_empty() || tail[0] == b'T' => {
            let day = Day::new(y, digits(&[*m1, *m2])? as u32, digits(&[*d1, *d2])? as u32)?;
            Some((day, day.add_days(1)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_weekdays() {
        let d = Day::new(2025, 12, 22).unwrap();
        assert_eq!(d.weekday(), 1);
        assert_eq!(Day::from_number(d.number()), d);
        assert_eq!(d.add_days(10).fmt(), "2026-01-01");
        assert_eq!(
            Day::new(2000, 2, 29).unwrap().add_days(366).fmt(),
            "2001-03-01"
        );
        assert_eq!(Day::new(2025, 2, 29), None);
    }

    #[test]
    fn iso_weeks_cross_years() {
        assert_eq!(Day::new(2025, 12, 22).unwrap().iso_week(), (2025, 52));
        assert_eq!(Day::new(2025, 12, 29).unwrap().iso_week(), (2026, 1));
        assert_eq!(Day::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(add_weeks(2025, 52, 1), (2026, 1));
        assert_eq!(iso_week_monday(2026, 1).fmt(), "2025-12-29");
    }

    #[test]
    fn intervals_of_values() {
        let s = |v: &str| interval(v).map(|(a, b)| (a.fmt(), b.fmt()));
        assert_eq!(
            s("2025-12-22"),
            Some(("2025-12-22".into(), "2025-12-23".into()))
        );
        assert_eq!(
            s("2025-12"),
            Some(("2025-12-01".into(), "2026-01-01".into()))
        );
        assert_eq!(
            s("2025-Q4"),
            Some(("2025-10-01".into(), "2026-01-01".into()))
        );
        assert_eq!(
            s("2026-W01"),
            Some(("2025-12-29".into(), "2026-01-05".into()))
        );
        assert_eq!(
            s("2025-WI"),
            Some(("2025-12-01".into(), "2026-03-01".into()))
        );
        assert_eq!(s("199"), Some(("1990-01-01".into(), "2000-01-01".into())));
        assert_eq!(
            s("2025-12-22TNI"),
            Some(("2025-12-22".into(), "2025-12-23".into()))
        );
        assert_eq!(s("XXXX-12"), None);
        assert_eq!(s("PAST_REF"), None);
        assert_eq!(s("P4Y"), None);
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2025).fmt(), "2025-04-20");
        assert_eq!(nth_weekday(2025, 11, 4, 4).fmt(), "2025-11-27");
        assert_eq!(nth_weekday(2025, 5, 1, 5).fmt(), "2025-05-26");
    }
}

//! Dates in French and English: « mercredi 27 novembre », « le 1er mars 2024 »,
//! « novembre 2023 », « l’été 2024 », « les années 1920 », « en février », "November 27,
//! 2024", "27 November 2024", "the 1920s", ISO « 2023-01-15 », « 15/01/2023 », "in 2014".
//! A scanner over the tokens of `Toks` (shared with the quantities), linear in the text.

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use serde::Serialize;

use super::quantity::{Kind, Table, Toks, WordSet};
use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// The date without its article or preposition: « 1er mars », « été 2024 », « 2014 »;
    /// with its weekday: « mercredi 27 novembre ».
    pub span: Span,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The dates of `text`, sorted and non-overlapping.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    dates_in(&Toks::new(text))
}

pub(crate) fn dates_in(t: &Toks) -> Vec<DateMention> {
    let mut out = Vec::new();
    dates_into(t, &mut out);
    out
}

/// The same, appended to `out`.
pub(crate) fn dates_into(t: &Toks, out: &mut Vec<DateMention>) {
    let mut i = 0;
    let starts = &*STARTS; // once, not at every token
    while i < t.len() {
        let tok = &t.t[i];
        let start = tok.kind == Kind::Num || (tok.id != 0 && starts.contains(tok.id));
        if start && let Some((d, end)) = date_at(t, i) {
            out.push(d);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// How freely a month name may stand: with a day or year only, or after « en », "in"…
#[derive(Clone, Copy, PartialEq, Eq)]
enum Name {
    /// French, unambiguous: may stand alone (« février a été… »).
    Fr,
    /// English or ambiguous (« mars », "may", "march", "June"): alone only after a trigger.
    Trig,
    /// Abbreviations ("Nov.", « sept »): only with a day.
    Abbr,
}

#[rustfmt::skip]
static MONTHS: Table<(u8, Name)> = Table::new(&[
    ("janvier", (1, Name::Fr)), ("fevrier", (2, Name::Fr)), ("mars", (3, Name::Trig)),
    ("avril", (4, Name::Fr)), ("mai", (5, Name::Trig)), ("juin", (6, Name::Fr)),
    ("juillet", (7, Name::Fr)), ("aout", (8, Name::Fr)), ("septembre", (9, Name::Fr)),
    ("octobre", (10, Name::Fr)), ("novembre", (11, Name::Fr)), ("decembre", (12, Name::Fr)),
    ("january", (1, Name::Trig)), ("february", (2, Name::Trig)), ("march", (3, Name::Trig)),
    ("april", (4, Name::Trig)), ("may", (5, Name::Trig)), ("june", (6, Name::Trig)),
    ("july", (7, Name::Trig)), ("august", (8, Name::Trig)), ("september", (9, Name::Trig)),
    ("october", (10, Name::Trig)), ("november", (11, Name::Trig)),
    ("december", (12, Name::Trig)), ("jan", (1, Name::Abbr)), ("janv", (1, Name::Abbr)),
    ("feb", (2, Name::Abbr)), ("fev", (2, Name::Abbr)), ("fevr", (2, Name::Abbr)),
    ("mar", (3, Name::Abbr)), ("apr", (4, Name::Abbr)), ("avr", (4, Name::Abbr)),
    ("jun", (6, Name::Abbr)), ("jul", (7, Name::Abbr)), ("juil", (7, Name::Abbr)),
    ("aug", (8, Name::Abbr)), ("sep", (9, Name::Abbr)), ("sept", (9, Name::Abbr)),
    ("oct", (10, Name::Abbr)), ("nov", (11, Name::Abbr)), ("dec", (12, Name::Abbr)),
]);
#[rustfmt::skip]
static WEEKDAYS: Table<()> = Table::new(&[
    ("lundi", ()), ("mardi", ()), ("mercredi", ()), ("jeudi", ()), ("vendredi", ()),
    ("samedi", ()), ("dimanche", ()), ("monday", ()), ("tuesday", ()), ("wednesday", ()),
    ("thursday", ()), ("friday", ()), ("saturday", ()), ("sunday", ()),
]);
#[rustfmt::skip]
static SEASONS: Table<()> = Table::new(&[
    ("ete", ()), ("hiver", ()), ("printemps", ()), ("automne", ()), ("summer", ()),
    ("winter", ()), ("spring", ()), ("autumn", ()), ("fall", ()),
]);
/// Words after which a bare month or year is a date: « en 2014 », "since March".
#[rustfmt::skip]
const TRIGGERS: &[&str] = &[
    "en", "in", "depuis", "since", "fin", "debut", "mi", "mid", "courant", "until", "till",
    "during", "avant", "apres", "before", "after", "ici", "annee", "year", "an", "early",
    "late", "last", "next", "this",
];
static ORDINALS: Table<()> = Table::new(&[
    ("er", ()),
    ("re", ()),
    ("st", ()),
    ("nd", ()),
    ("rd", ()),
    ("th", ()),
]);

static TRIGGER_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TRIGGERS.iter().copied()));

static MONTH_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(MONTHS.entries.iter().map(|e| e.0)));

/// Whether `word` names a month or abbreviates one, in French or English, in any case and
/// with or without its accents (« Févr », "OCT", « août »).
pub fn is_month(word: &str) -> bool {
    MONTH_WORDS.contains(super::quantity::word_number(word))
}

/// The words a date can start with, but for numbers (see `date_at`).
static STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    let tables = [WEEKDAYS.entries, SEASONS.entries];
    let words = tables.into_iter().flatten().map(|e| e.0);
    WordSet::new(
        words
            .chain(MONTHS.entries.iter().map(|e| e.0))
            .chain(["annees"]),
    )
});

/// Every pattern above, and the words the scanner names itself.
pub(crate) fn patterns() -> Vec<&'static str> {
    let mut all = vec![
        "of", "mois de", "dernier", "prochain", "annees", "ete", "en", "cet",
    ];
    all.extend(["may", "march", "mars", "mai"]);
    all.extend(MONTHS.entries.iter().map(|e| e.0));
    let tables = [WEEKDAYS.entries, SEASONS.entries, ORDINALS.entries];
    all.extend(tables.into_iter().flatten().map(|e| e.0));
    all.extend(TRIGGERS);
    all
}

fn date_at(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    if t.kind(i)? != Kind::Num && t.key(i).is_none() {
        return None;
    }
    let mut j = i;
    if t.lookup(i, &WEEKDAYS).is_some() {
        j = if t.pc(i + 1) == Some(',') {
            i + 2
        } else {
            i + 1
        };
        if !t.near(j) {
            return None;
        }
    }
    if let Some((mut d, end)) = day_month(t, j).or_else(|| month_day(t, j)) {
        d.span.start = t.t[i].start;
        return Some((d, end));
    }
    if j > i {
        return None;
    }
    iso(t, i)
        .or_else(|| slashed(t, i))
        .or_else(|| month_year(t, i))
        .or_else(|| season(t, i))
        .or_else(|| decade(t, i))
        .or_else(|| month_alone(t, i))
        .or_else(|| {
            let (y, e) = year(t, i)?;
            triggered(t, i).then(|| mention(t, i, e, Some(y), None, None))
        })
}

fn mention(
    t: &Toks,
    first: usize,
    end: usize,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
) -> (DateMention, usize) {
    let span = Span::new(t.t[first].start, t.t[end - 1].end);
    (
        DateMention {
            span,
            year,
            month,
            day,
        },
        end,
    )
}

/// A number of at most `max_len` digits in `range`, nothing glued before it.
fn number(t: &Toks, i: usize, max_len: usize, range: RangeInclusive<u32>) -> Option<u32> {
    t.clean_start(i).then(|| value(t, i, max_len, range))?
}

fn value(t: &Toks, i: usize, max_len: usize, range: RangeInclusive<u32>) -> Option<u32> {
    let s = t.str(i);
    if t.kind(i) != Some(Kind::Num) || s.len() > max_len {
        return None;
    }
    s.parse().ok().filter(|v| range.contains(v))
}

/// A day of the month at `i`, maybe with an ordinal suffix (« 1er », "27th").
fn day(t: &Toks, i: usize) -> Option<(u8, usize)> {
    let d = number(t, i, 2, 1..=31)?;
    let end = match t.lookup(i + 1, &ORDINALS) {
        Some((_, e)) if t.glued(i + 1) => e,
        _ => i + 1,
    };
    t.clean_end(end - 1).then_some((d as u8, end))
}

/// A four-digit year 1000..=2100 at `i`, nothing glued around it, not « 2000 % ».
fn year(t: &Toks, i: usize) -> Option<(i32, usize)> {
    let y = number(t, i, 4, 1000..=2100)?;
    let percent = t.near(i + 1) && t.pc(i + 1) == Some('%');
    (t.str(i).len() == 4 && t.clean_end(i) && !percent).then_some((y as i32, i + 1))
}

fn month(t: &Toks, i: usize) -> Option<(u8, Name, usize)> {
    let ((m, name), e) = t.lookup(i, &MONTHS)?;
    Some((m, name, e))
}

/// The year after the month ending at `e`, if any: (year, end).
fn year_after(t: &Toks, e: usize, name: Name) -> Option<(i32, usize)> {
    let e = if name == Name::Abbr && t.pc(e) == Some('.') && t.glued(e) {
        e + 1
    } else {
        e
    };
    if t.pc(e) == Some(',') && t.spaced(e + 1) {
        return year(t, e + 1);
    }
    t.spaced(e).then(|| year(t, e))?
}

/// « 27 novembre », « 1er mars 2024 », "27th of November 2024".
fn day_month(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let (d, e) = day(t, i)?;
    let k = if t.word(e, "of") && t.spaced(e) {
        e + 1
    } else {
        e
    };
    let (m, name, e) = month(t, k).filter(|_| t.spaced(k))?;
    let (y, end) = year_after(t, e, name).map_or((None, e), |(y, ye)| (Some(y), ye));
    let modal =
        (t.word(k, "may") || t.word(k, "march")) && t.str(k).starts_with(char::is_lowercase);
    if modal && y.is_none() {
        return None;
    }
    Some(mention(t, i, end, y, Some(m), Some(d)))
}

/// "November 27", "November 27, 2024", "Nov. 27th".
fn month_day(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let (m, name, e) = month(t, i).filter(|&(_, n, _)| n != Name::Fr)?;
    let lower = t.str(i).starts_with(char::is_lowercase);
    if lower || t.word(i, "mars") || t.word(i, "mai") {
        return None;
    }
    let k = if name == Name::Abbr && t.pc(e) == Some('.') && t.glued(e) {
        e + 1
    } else {
        e
    };
    let (d, e) = day(t, k).filter(|_| t.spaced(k))?;
    let (y, end) = match t.pc(e) {
        Some(',') if t.spaced(e + 1) => year(t, e + 1).map_or((None, e), |(y, ye)| (Some(y), ye)),
        _ => (None, e),
    };
    Some(mention(t, i, end, y, Some(m), Some(d)))
}

/// « novembre 2023 », "March 2014".
fn month_year(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let (m, name, e) = month(t, i).filter(|&(_, n, _)| n != Name::Abbr)?;
    let (y, end) = year_after(t, e, name)?;
    Some(mention(t, i, end, Some(y), Some(m), None))
}

/// « été 2024 » (after « l’ », « en », « cet »), "summer 2024": the year.
fn season(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let (_, e) = t.lookup(i, &SEASONS)?;
    let after = |w: &str| t.word(i.wrapping_sub(1), w);
    if t.word(i, "ete") && !(t.seq_back(i, "'").is_some() || after("en") || after("cet")) {
        return None;
    }
    let (y, end) = t.spaced(e).then(|| year(t, e))??;
    Some(mention(t, i, end, Some(y), None, None))
}

/// « années 1920 », "1920s": the first year of the decade.
fn decade(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    if t.word(i, "annees") && t.spaced(i + 1) {
        let (y, e) = year(t, i + 1).filter(|&(y, _)| y % 10 == 0)?;
        return Some(mention(t, i, e, Some(y), None, None));
    }
    let y = number(t, i, 4, 1000..=2100).filter(|y| y % 10 == 0 && t.str(i).len() == 4)?;
    let e = if t.glued(i + 1) && t.seq(i + 1, "'").is_some() {
        i + 2
    } else {
        i + 1
    };
    let ok = t.glued(e) && t.str(e) == "s" && t.clean_end(e);
    ok.then(|| mention(t, i, e + 1, Some(y as i32), None, None))
}

/// « 2023-01 », « 2023-01-15 ».
fn iso(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let y = number(t, i, 4, 1000..=2999).filter(|_| t.str(i).len() == 4)?;
    let dash = |k: usize| t.glued(k) && t.pc(k) == Some('-') && t.glued(k + 1);
    let m = value(t, i + 2, 2, 1..=12).filter(|_| dash(i + 1) && t.str(i + 2).len() == 2)?;
    if dash(i + 3) {
        let d = value(t, i + 4, 2, 1..=31).filter(|_| t.clean_end(i + 4))?;
        return Some(mention(
            t,
            i,
            i + 5,
            Some(y as i32),
            Some(m as u8),
            Some(d as u8),
        ));
    }
    t.clean_end(i + 2)
        .then(|| mention(t, i, i + 3, Some(y as i32), Some(m as u8), None))
}

/// « 15/01/2023 », « 15.01.2023 »: day first unless the second number cannot be a month.
fn slashed(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let a = number(t, i, 2, 1..=31)?;
    let sep = t
        .pc(i + 1)
        .filter(|&c| matches!(c, '/' | '.') && t.glued(i + 1))?;
    let b = value(t, i + 2, 2, 1..=31).filter(|_| t.glued(i + 2))?;
    let ok = t.glued(i + 3) && t.pc(i + 3) == Some(sep) && t.glued(i + 4) && t.clean_end(i + 4);
    let y = value(t, i + 4, 4, 1000..=2999).filter(|_| ok && t.str(i + 4).len() == 4)?;
    let (d, m) = if b <= 12 { (a, b) } else { (b, a) };
    (m <= 12).then(|| mention(t, i, i + 5, Some(y as i32), Some(m as u8), Some(d as u8)))
}

/// « en février », "since March", « février », « novembre dernier »: the month alone.
fn month_alone(t: &Toks, i: usize) -> Option<(DateMention, usize)> {
    let (m, name, e) = month(t, i)?;
    let capital = t.str(i).starts_with(char::is_uppercase);
    let ok = match name {
        Name::Abbr => false,
        Name::Fr => true,
        _ if t.word(i, "may") || t.word(i, "march") => capital && triggered(t, i),
        _ => {
            triggered(t, i)
                || t.seq_back(i, "mois de").is_some()
                || ["dernier", "prochain"]
                    .iter()
                    .any(|w| t.word(e, w) && t.near(e))
        }
    };
    ok.then(|| mention(t, i, e, None, Some(m), None))
}

/// The word before `i` (maybe with a dash: « mi-mars ») is in [`TRIGGERS`].
fn triggered(t: &Toks, i: usize) -> bool {
    let p = if t.glued(i) && t.seq_back(i, "-").is_some() {
        i.wrapping_sub(1)
    } else {
        i
    };
    t.near(p) && t.is_in(p.wrapping_sub(1), &TRIGGER_WORDS)
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;

//! What a claim's figure counts and when: what two claims must agree on to be compared
//! across articles (`crosscheck`). The dead of one event are not the injured of another,
//! and a figure of 2008 is not one of 2019.

use super::crosscheck::{DISTINCTIVE_DIGITS, singular};
use super::document::Document;
use super::story::significant_digits;
use crate::analysis::Claim;
use crate::article::Unit;
use crate::text::{Language, fold};

/// What a claim's figure counts and when: two claims are compared only when both agree.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Scope {
    /// For a count, what it counts (« morts », "injured"), folded and singular; `None` for
    /// a share or a sum, or when the article does not say.
    measure: Option<String>,
    /// The article's language, which `measure` is written in.
    language: Language,
    /// Whether its first figure is written with [`DISTINCTIVE_DIGITS`] or more.
    distinctive: bool,
    pub(super) years: Vec<u16>,
}

impl Scope {
    pub(super) fn of(doc: &Document, c: &Claim) -> Scope {
        let text = &doc.text;
        let first = c.quantities.first();
        let measure = first
            .filter(|q| q.unit == Unit::Count)
            .and_then(|q| q.noun)
            .map(|noun| singular(fold(noun.of(text))));
        Scope {
            measure,
            language: doc.language(),
            distinctive: first
                .is_some_and(|q| significant_digits(q.span.of(text)) >= DISTINCTIVE_DIGITS),
            years: years(text, c),
        }
    }

    /// Whether two claims can speak of one thing: the same years (a year on one side only
    /// is a doubt), and the same thing counted where both say what they count.
    pub(super) fn agrees(&self, other: &Scope) -> bool {
        self.counts_as(other, |a, b| a == b) && self.years == other.years
    }

    /// Whether two claims in other words can speak of one thing: years that overlap or are
    /// said on one side only (a sentence may date its figure and another fact), and the
    /// same thing counted where both say what in one language, unless both figures are
    /// distinctive (4,318,652 "citizens" and "people").
    pub(super) fn may_agree(&self, other: &Scope) -> bool {
        let years = self.years.is_empty()
            || other.years.is_empty()
            || self.years.iter().any(|y| other.years.contains(y));
        let same = |a: &str, b: &str| {
            a == b || self.language != other.language || (self.distinctive && other.distinctive)
        };
        self.counts_as(other, same) && years
    }

    /// Whether the two count the same thing by `same`, when both say what they count.
    fn counts_as(&self, other: &Scope, same: impl Fn(&str, &str) -> bool) -> bool {
        match (&self.measure, &other.measure) {
            (Some(a), Some(b)) => same(a, b),
            _ => true,
        }
    }
}

/// The years (1800 to 2099) written in a claim's span outside its figures, in order, once
/// each.
fn years(text: &str, c: &Claim) -> Vec<u16> {
    let span = c.span.of(text);
    let bytes = span.as_bytes();
    let in_figure = |i: usize| {
        let at = c.span.start + i;
        c.quantities
            .iter()
            .any(|q| q.span.start <= at && at < q.span.end)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let four = &bytes[i..i + 4];
        let alone = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
        let year_like =
            four.iter().all(u8::is_ascii_digit) && matches!(&four[..2], b"18" | b"19" | b"20");
        if alone && year_like && !in_figure(i) {
            let year = four.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
            out.push(year);
            i += 4;
        } else {
            i += 1;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

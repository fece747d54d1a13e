//! What a claim's figure counts and when: what two claims must agree on to be compared
//! across articles (`crosscheck`). The dead of one event are not the injured of another,
//! and a figure of 2008 is not one of 2019.

use super::crosscheck::{DISTINCTIVE_DIGITS, singular};
use super::document::Document;
use super::measure::{self, Measure};
use super::story::{PRECISE_DIGITS, significant_digits};
use crate::analysis::Claim;
use crate::analysis::gazetteer::place_id_folded;
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
    /// What its first figure counts, when known across words and languages (`measure`).
    counts: Option<Measure>,
    /// Its first figure is written with [`PRECISE_DIGITS`] or more, and is not a part of
    /// another (« dont 12 enfants »): a count that may contradict another in other words.
    precise_whole: bool,
    /// The names in the claim or the sentence of its figure — every name, not only places:
    /// a name's kind may be wrong in one article —, each by its gazetteer entry (« Moscou »
    /// is "Moscow") or its folded key; read only when `precise_whole` and `counts` are known.
    places: Vec<PlaceKey>,
}

/// A place named in a claim: its gazetteer entry, or its folded name.
#[derive(Debug, PartialEq, Eq)]
enum PlaceKey {
    Entry(u32),
    Name(std::sync::Arc<str>),
}

impl Scope {
    pub(super) fn of(doc: &Document, c: &Claim) -> Scope {
        let text = &doc.text;
        let first = c.quantities.first();
        let measure = first
            .filter(|q| q.unit == Unit::Count)
            .and_then(|q| q.noun)
            .map(|noun| singular(fold(noun.of(text))));
        let counts = measure::of(text, c, measure.as_deref());
        let precise_whole = first
            .is_some_and(|q| significant_digits(q.span.of(text)) >= PRECISE_DIGITS)
            && !measure::part_of(text, c);
        // Read only where it may contradict in other words.
        let places = match first.filter(|_| precise_whole && counts.is_some()) {
            Some(q) => {
                let around = measure::sentence(text, q.span);
                let (from, to) = (around.start.min(c.span.start), around.end.max(c.span.end));
                // Mentions are in text order: the first at `from` found by halving, not
                // every mention of the article looked at for each count (a long article's).
                let mentions = &doc.analysis.mentions;
                let first = mentions.partition_point(|m| m.span.start < from);
                (mentions[first..].iter())
                    .take_while(|m| m.span.start <= to)
                    .filter(|m| m.span.end <= to)
                    .map(|m| match place_id_folded(&m.key) {
                        Some(id) => PlaceKey::Entry(id),
                        None => PlaceKey::Name(m.key.clone()),
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        Scope {
            measure,
            language: doc.language(),
            distinctive: first
                .is_some_and(|q| significant_digits(q.span.of(text)) >= DISTINCTIVE_DIGITS),
            years: years(text, c),
            counts,
            precise_whole,
            places,
        }
    }

    /// What a claim with this scope is found by when another may contradict it in other
    /// words: its measure and unit (see [`Scope::may_contradict`]).
    pub(super) fn measure_key(&self, c: &Claim) -> Option<String> {
        let q = c.quantities.first()?;
        let m = self.counts.filter(|m| self.precise_whole && m.toll())?;
        Some(format!("@{m:?}|{:?}", q.unit))
    }

    /// Whether a claim's first figure may make it stand alone (see [`Scope::stands_alone`]):
    /// a count written with [`PRECISE_DIGITS`] or more, told before its scope is made.
    pub(super) fn may_stand_alone(text: &str, c: &Claim) -> bool {
        c.quantities.first().is_some_and(|q| {
            q.unit == Unit::Count && significant_digits(q.span.of(text)) >= PRECISE_DIGITS
        })
    }

    /// Whether a claim says little of its subject in words but enough in its figure: a
    /// precise count of a known measure (« 137 morts. »), to be linked in other words only.
    pub(super) fn stands_alone(&self) -> bool {
        self.counts.is_some() && self.precise_whole
    }

    /// Whether two claims in other words can contradict: both count one toll (the dead, the
    /// injured: `measure`) with a precise figure that is no part of another, in the same years (none
    /// on both sides, or the same), and name no places apart (both naming places, one at
    /// least in common). The two articles must still tell one story (`story`).
    pub(super) fn may_contradict(&self, other: &Scope) -> bool {
        self.counts.is_some_and(Measure::toll)
            && self.counts == other.counts
            && self.precise_whole
            && other.precise_whole
            && self.years == other.years
            && self.same_place(other)
    }

    /// Whether the two claims may be of one place: one names none, or they name one in
    /// common (« À Valdorge, 146 morts » is not « À Brescoux, 152 morts »).
    fn same_place(&self, other: &Scope) -> bool {
        self.places.is_empty()
            || other.places.is_empty()
            || self.places.iter().any(|p| other.places.contains(p))
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
    /// Two measures known across words and languages (`measure`) say it alone: « voix » is
    /// « suffrages », « morts » is never "injured".
    fn counts_as(&self, other: &Scope, same: impl Fn(&str, &str) -> bool) -> bool {
        if let (Some(a), Some(b)) = (self.counts, other.counts) {
            return a == b;
        }
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

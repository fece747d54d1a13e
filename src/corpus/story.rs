//! One story told by two articles, in other words or in another language: what lets one
//! figure, written differently, be linked as one fact. A figure is the same in both when it
//! agrees to the precision the less precise of the two is written with: « plus de 4,3
//! millions » and 4,318,652, not « 58,21 % » and "58.47%", nor 214 and 216. A precise
//! figure (three significant digits or more, on both sides) is one fact where the two
//! articles share [`SIGNS`] signs of one story, itself among them: the people,
//! organisations and places both name (one name across languages: « Moscou » is "Moscow",
//! « Vladimir Poutine » is "Putin") and the precise figures both state. A rough one (« 6,2
//! % », « 5,8 millions ») is said of too many things in one beat: it is one fact only where
//! the two articles also state a precise figure the same.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHashSet as HashSet;

use super::document::Document;
use crate::analysis::gazetteer::place_id_folded;
use crate::analysis::{Claim, ClaimKind, EntityKind};
use crate::article::{Interval, Quantity, Unit};

/// Two articles tell one story, to link a precise figure, when they share this many names
/// and precise figures, that figure among them.
const SIGNS: usize = 3;

/// Two articles tell one story, to link a rough figure, when they share this many precise
/// figures besides.
const ROUGH_SIGNS: usize = 1;

/// Of two articles with `n` and `m` precise figures, `n × m / CHANCE` are the same by
/// chance (two figures of three digits are one in about 900): none for articles of a few
/// dozen, many for two tables of results.
const CHANCE: usize = 300;

/// A figure written with at least two significant digits, and the step of its last one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    unit: Unit,
    value: Interval,
    figure: f64,
    step: f64,
    digits: usize,
}

impl Figure {
    /// `None` for a figure of one significant digit (« quatre », « 10 000 », "half"):
    /// said of too many things to tell one fact by; but a sum of money, even round (« une
    /// amende de 250 000 euros »), is seldom two things in one story.
    pub fn of(text: &str, q: &Quantity) -> Option<Figure> {
        let digits = significant_digits(q.span.of(text));
        let money = matches!(q.unit, Unit::Money(_));
        if digits < 2 - usize::from(money) || !q.figure.is_finite() || q.figure <= 0.0 {
            return None;
        }
        let step = 10f64.powi(q.figure.log10().floor() as i32 - digits as i32 + 1);
        Some(Figure {
            unit: q.unit,
            value: q.value,
            figure: q.figure,
            step,
            digits,
        })
    }

    /// The same unit, values that can both be true, and the same number to the precision
    /// of the less precise: 4.3 million (a step of 100,000) is 4,318,652.
    pub fn same(&self, other: &Figure) -> bool {
        // Written as precisely, they are one number; else the less precise is a rounding
        // (or a floor, « plus de 9,6 millions ») of the other.
        let step = self.step.max(other.step);
        let room = if self.step == other.step {
            step / 2.0
        } else {
            step
        };
        self.unit == other.unit
            && self.value.compatible(&other.value)
            && (self.figure - other.figure).abs() < room * (1.0 + 1e-9)
    }

    /// What a claim with this figure is found by: its unit and its first two digits
    /// (« 9,6 millions » and 9,641,207 are both 96e5, « 58,21 % » 58e0).
    pub fn order(&self) -> String {
        let exponent = self.figure.log10().floor() as i32 - 1;
        let leading = (self.figure / 10f64.powi(exponent)).floor();
        format!("~{:?}|{leading}e{exponent}", self.unit)
    }
}

/// The figures of a statistic, as [`Figure`]s.
pub fn figures<'a>(text: &'a str, c: &'a Claim) -> impl Iterator<Item = Figure> + 'a {
    let stated: &[Quantity] = if c.kind == ClaimKind::Statistic {
        &c.quantities
    } else {
        &[]
    };
    stated.iter().filter_map(move |q| Figure::of(text, q))
}

/// Whether statistics `a` (of text `ta`) and `b` (of `tb`) state one figure the same, and
/// if so whether precisely: both written with [`PRECISE_DIGITS`] significant digits or more.
pub fn one_figure(ta: &str, a: &Claim, tb: &str, b: &Claim) -> Option<bool> {
    let theirs: Vec<Figure> = figures(tb, b).collect();
    let mut precise = None;
    for fa in figures(ta, a) {
        for fb in theirs.iter().filter(|fb| fa.same(fb)) {
            let p = fa.digits.min(fb.digits) >= PRECISE_DIGITS;
            precise = Some(precise.unwrap_or(false) || p);
        }
    }
    precise
}

/// A figure written with this many significant digits is seldom the same as another by
/// chance: two figures of three digits are one number about one time in 900, two of two
/// digits (« 4,5 % », « 4,6 % ») one time in 90.
pub(super) const PRECISE_DIGITS: usize = 3;

/// The digits a figure is written with, but for zeros leading or closing it: « 3 418 275 »
/// 7, « 41,27 % » 4, « 20 417 » 5, « 1 200 » 2, « 4,5 millions » 2.
pub fn significant_digits(written: &str) -> usize {
    let digits = || written.bytes().filter(u8::is_ascii_digit);
    let leading = digits().take_while(|&d| d == b'0').count();
    let closing = digits().rev().take_while(|&d| d == b'0').count();
    digits().count().saturating_sub(leading + closing)
}

/// A name as a story's sign.
#[derive(Hash)]
enum Name<'a> {
    Place(u32),
    Key(&'a str),
}

/// What an article names and states, as signs of its story.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Hashes of the names, folded, sorted, once each: a place by its gazetteer number, a
    /// person by the last word of the name. A corpus's articles are all read at a build:
    /// eight bytes a name, not its text.
    names: Vec<u64>,
    /// Its precise figures, once each.
    figures: Vec<Figure>,
}

impl Story {
    pub fn of(doc: &Document) -> Story {
        // An article's mentions of one name share their key: each is read once.
        let mut read = HashSet::default();
        let hash = |name: Name| {
            let mut h = rustc_hash::FxHasher::default();
            name.hash(&mut h);
            h.finish()
        };
        let mut names: Vec<u64> = (doc.analysis.mentions.iter())
            .map(|m| (&*m.key, m.kind == EntityKind::Person))
            .filter(|&(key, person)| read.insert((key.as_ptr(), person)))
            .map(|(key, person)| match place_id_folded(key) {
                Some(place) => hash(Name::Place(place)),
                None if person => hash(Name::Key(key.rsplit(' ').next().unwrap_or(key))),
                None => hash(Name::Key(key)),
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut seen = HashSet::default();
        let figures = (doc.analysis.claims.iter())
            .flat_map(|c| figures(&doc.text, c))
            .filter(|f| f.digits >= PRECISE_DIGITS && seen.insert((f.unit, f.figure.to_bits())))
            .collect();
        Story { names, figures }
    }

    /// Whether this article and `other` tell one story, to link a figure they both state
    /// `precisely` or not. A precise figure: [`SIGNS`] names or precise figures shared,
    /// itself among them. A rough one (« 6,2 % », « 5,8 millions », a round sum): many
    /// articles of one beat name the same people and places, and state such figures by
    /// chance, so only where they also share [`ROUGH_SIGNS`] precise figure. Figures shared
    /// count beyond what chance gives articles full of them (results, tables: [`CHANCE`]).
    pub fn with(&self, other: &Story, precisely: bool) -> bool {
        let (mine, theirs) = (&self.figures, &other.figures);
        let shared = (mine.iter())
            .filter(|f| theirs.iter().any(|g| f.same(g)))
            .count();
        let figures = shared.saturating_sub(mine.len() * theirs.len() / CHANCE);
        if !precisely {
            return figures >= ROUGH_SIGNS;
        }
        let (a, b) = (&self.names, &other.names);
        let (mut i, mut j, mut signs) = (0, 0, figures);
        while i < a.len() && j < b.len() && signs < SIGNS {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, signs) = (i + 1, j + 1, signs + 1),
            }
        }
        signs >= SIGNS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;
    use crate::article::find_quantities;
    use std::path::PathBuf;

    fn figure(text: &str) -> Option<Figure> {
        let q = find_quantities(text).into_iter().next().expect("a figure");
        Figure::of(text, &q)
    }

    fn same(a: &str, b: &str) -> bool {
        figure(a).unwrap().same(&figure(b).unwrap())
    }

    /// A figure is the same as another to the precision the less precise is written with,
    /// in French and in English; one significant digit tells no fact.
    #[test]
    fn a_figure_is_the_same_to_the_precision_it_is_written_with() {
        assert!(same("plus de 4,3 millions d’électeurs", "4,318,652 voters"));
        assert!(same("9,6 millions d’inscrits", "9,641,207 people"));
        assert!(same("une dette de 87 %", "a debt of 86.9%"));
        assert!(!same("une participation de 58,21 %", "a turnout of 58.47%"));
        assert!(!same("214 députés", "216 lawmakers"));
        assert!(!same("6 482 bureaux", "6,517 polling stations"));
        assert!(!same("63,4 %", "63.4 million"), "another unit");
        assert!(
            same("une amende de 200 000 euros", "a €200,000 fine"),
            "a round sum"
        );
        assert!(!same("une amende de 200 000 euros", "a €350,000 fine"));
        assert_eq!(figure("10 000 bureaux"), None);
        assert_eq!(figure("four suspects"), None);
        assert_eq!(figure("plus de 10\u{a0}000 bureaux"), None);
    }

    fn story(text: &str) -> Story {
        Story::of(&Document::new(
            PathBuf::from("a.txt"),
            text.into(),
            Format::Text,
        ))
    }

    /// Two articles tell one story, to link a precise figure, when they share three signs:
    /// names (one name across languages: a place by its gazetteer entry, a person by the
    /// last word of the name) and precise figures, that figure among them; to link a rough
    /// one, when they also state a precise figure the same.
    #[test]
    fn one_story_is_three_names_or_figures_shared() {
        let fr = story(
            "Visite\n\nVladimir Poutine a reçu Ana Roe à Moscou, où 41,5 % des électeurs ont voté.\n",
        );
        let names = story("Visit\n\nAna Roe met Putin in Moscow.\n");
        let figure = story("Poll\n\nIn Moscow, 41.5% of voters turned out, Putin said.\n");
        let one = story("Poll\n\nIn Moscow, voters turned out.\n");
        assert!(fr.with(&names, true), "{fr:?} {names:?}");
        assert!(names.with(&fr, true));
        assert!(fr.with(&figure, true), "two names and a figure");
        assert!(!fr.with(&one, true), "one name");
        assert!(!fr.with(&names, false), "names alone, for a rough figure");
        assert!(fr.with(&figure, false), "a precise figure shared");
    }

    /// Two tables of results share a figure or two by chance: that is no story.
    #[test]
    fn figures_shared_by_chance_tell_no_story() {
        let table = |first: u32| {
            let rows: Vec<String> = (0..25)
                .map(|k| format!("La liste de Valdorge a compté {} votants.", first + 7 * k))
                .collect();
            story(&format!("Résultats\n\n{}\n", rows.join("\n\n")))
        };
        let (a, b) = (table(101), table(101 + 7 * 24));
        assert_eq!(
            (a.figures.iter())
                .filter(|f| b.figures.iter().any(|g| f.same(g)))
                .count(),
            1,
            "one figure the same"
        );
        assert!(!a.with(&b, false));
        let short = story("Vote\n\nÀ Orbec, 269 votants sont venus.\n");
        assert!(
            short.with(&b, false),
            "in a short article, the same figure is a sign"
        );
    }
}

//! One story told by two articles, in other words or in another language: what lets one
//! figure, written differently, be linked as one fact. Two articles tell one story when
//! they share [`SIGNS`] signs of it: the people, organisations and places both name (one
//! name across languages: « Moscou » is "Moscow", « Vladimir Poutine » is "Putin"), and the
//! figures both state. A figure is the same in both when it agrees to the precision the
//! less precise of the two is written with: « plus de 4,3 millions » and 4,318,652, not
//! « 58,21 % » and "58.47%", nor 214 and 216.

use std::collections::HashMap;

use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

use super::document::Document;
use crate::analysis::gazetteer::place_id_folded;
use crate::analysis::{Claim, ClaimKind, EntityKind};
use crate::article::{Interval, Quantity, Unit};

/// Two articles tell one story when they share this many names and figures, the figure
/// being linked among them: that figure and two more signs.
const SIGNS: usize = 3;

/// A figure written with at least two significant digits, and the step of its last one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    unit: Unit,
    value: Interval,
    figure: f64,
    step: f64,
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
        })
    }

    /// The same unit, values that can both be true, and the same number to the precision
    /// of the less precise: 4.3 million (a step of 100,000) is 4,318,652.
    pub fn same(&self, other: &Figure) -> bool {
        let step = self.step.max(other.step);
        self.unit == other.unit
            && self.value.compatible(&other.value)
            && (self.figure - other.figure).abs() <= step * (1.0 + 1e-9)
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

/// Whether statistics `a` (of text `ta`) and `b` (of `tb`) state one figure the same.
pub fn one_figure(ta: &str, a: &Claim, tb: &str, b: &Claim) -> bool {
    figures(ta, a).any(|fa| figures(tb, b).any(|fb| fa.same(&fb)))
}

/// The digits a figure is written with, but for zeros leading or closing it: « 3 418 275 »
/// 7, « 41,27 % » 4, « 20 417 » 5, « 1 200 » 2, « 4,5 millions » 2.
pub fn significant_digits(written: &str) -> usize {
    let digits = || written.bytes().filter(u8::is_ascii_digit);
    let leading = digits().take_while(|&d| d == b'0').count();
    let closing = digits().rev().take_while(|&d| d == b'0').count();
    digits().count().saturating_sub(leading + closing)
}

/// What an article names and states, as signs of its story.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Folded, sorted, once each: a place by its gazetteer number, a person by the last
    /// word of the name.
    names: Vec<String>,
    figures: Vec<Figure>,
}

impl Story {
    pub fn of(doc: &Document) -> Story {
        // An article's mentions of one name share their key: each is read once.
        let mut read = HashSet::default();
        let mut names: Vec<String> = (doc.analysis.mentions.iter())
            .map(|m| (&*m.key, m.kind == EntityKind::Person))
            .filter(|&(key, person)| read.insert((key.as_ptr(), person)))
            .map(|(key, person)| match place_id_folded(key) {
                Some(place) => format!("#{place}"),
                None if person => key.rsplit(' ').next().unwrap_or(key).to_owned(),
                None => key.to_owned(),
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut seen = HashSet::default();
        let figures = (doc.analysis.claims.iter())
            .flat_map(|c| figures(&doc.text, c))
            .filter(|f| seen.insert((f.unit, f.figure.to_bits())))
            .collect();
        Story { names, figures }
    }

    /// Whether this article and `other` tell one story: [`SIGNS`] names or figures shared.
    pub fn with(&self, other: &Story) -> bool {
        let (a, b) = (&self.names, &other.names);
        let (mut i, mut j, mut signs) = (0, 0, 0);
        while i < a.len() && j < b.len() && signs < SIGNS {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, signs) = (i + 1, j + 1, signs + 1),
            }
        }
        let mut shared = self.figures.iter();
        while signs < SIGNS {
            match shared.next() {
                Some(f) if other.figures.iter().any(|g| f.same(g)) => signs += 1,
                Some(_) => {}
                None => break,
            }
        }
        signs >= SIGNS
    }
}

/// The stories of a corpus's documents, read when first asked, and which pairs tell one.
pub struct Stories<'a> {
    documents: &'a [Arc<Document>],
    read: HashMap<usize, Story>,
    told: HashMap<(usize, usize), bool>,
}

impl<'a> Stories<'a> {
    pub fn new(documents: &'a [Arc<Document>]) -> Self {
        Stories {
            documents,
            read: HashMap::new(),
            told: HashMap::new(),
        }
    }

    fn story(&mut self, d: usize) -> &Story {
        let documents = self.documents;
        self.read
            .entry(d)
            .or_insert_with(|| Story::of(&documents[d]))
    }

    /// Whether documents `a` and `b` tell one story.
    pub fn one(&mut self, a: usize, b: usize) -> bool {
        let pair = (a.min(b), a.max(b));
        if let Some(&told) = self.told.get(&pair) {
            return told;
        }
        self.story(a);
        self.story(b);
        let told = self.read[&a].with(&self.read[&b]);
        self.told.insert(pair, told);
        told
    }

    /// Whether document `b` tells `story`, another document's.
    pub fn tells(&mut self, story: &Story, b: usize) -> bool {
        story.with(self.story(b))
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

    /// Two articles tell one story when they share three signs: names, one name across
    /// languages (a place by its gazetteer entry, a person by the last word of the name),
    /// and figures stated the same.
    #[test]
    fn one_story_is_three_names_or_figures_shared() {
        let fr = story(
            "Visite\n\nVladimir Poutine a reçu Ana Roe à Moscou, où 41,5 % des électeurs ont voté.\n",
        );
        let names = story("Visit\n\nAna Roe met Putin in Moscow.\n");
        let figure = story("Poll\n\nIn Moscow, 41.5% of voters turned out, Putin said.\n");
        let one = story("Poll\n\nIn Moscow, voters turned out.\n");
        assert!(fr.with(&names), "{fr:?} {names:?}");
        assert!(names.with(&fr));
        assert!(fr.with(&figure), "two names and a figure");
        assert!(!fr.with(&one), "one name");
    }
}

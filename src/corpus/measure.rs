//! What a count counts, known across words and languages: « morts », « décès » and "dead"
//! are one measure, « blessés » and "injured" another, « voix » and « suffrages » a third.
//! Two counts of one measure may be the same fact, or contradict, in other words; two of
//! known measures that differ never join (the dead of one event are not the injured of
//! another, in any language). Read from the word the figure counts (« 115 décès »), or,
//! when that word only says people (« 143 personnes sont mortes », "killed 137 people") or
//! is missing (« un bilan de 140 »), from the few words around the figure, when they name
//! one measure only.

use std::sync::OnceLock;

use super::crosscheck::singular;
use crate::analysis::Claim;
use crate::analysis::lexicon::{self as lx, key};
use crate::article::Unit;
use crate::text::{Span, fold, words};

/// A measure known across words and languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Measure {
    Dead,
    Injured,
    Votes,
    Cases,
    Arrested,
    Evacuated,
}

impl Measure {
    /// A toll of one event, the dead or the injured: one number each, told again as it is
    /// counted, so that two that cannot both be true contradict. Votes, ballots, cases are
    /// counted many ways in one story (for, against, needed; confirmed, suspected): two
    /// different ones are no contradiction.
    pub(super) fn toll(self) -> bool {
        matches!(self, Measure::Dead | Measure::Injured)
    }
}

/// The words of each measure, French and English, as written (folded once, on first use).
const WORDS: &[(Measure, &[&str])] = &[
    (
        Measure::Dead,
        &[
            "mort",
            "morts",
            "morte",
            "mortes",
            "décès",
            "tué",
            "tués",
            "tuée",
            "tuées",
            "décédé",
            "décédés",
            "dead",
            "death",
            "deaths",
            "killed",
            "fatalities",
            "died",
        ],
    ),
    (
        Measure::Injured,
        &[
            "blessé",
            "blessés",
            "blessée",
            "blessées",
            "injured",
            "wounded",
            "injuries",
        ],
    ),
    (
        Measure::Votes,
        &[
            "voix",
            "suffrage",
            "suffrages",
            "votes",
            "ballots",
            "bulletins",
        ],
    ),
    (Measure::Cases, &["cas", "cases"]),
    (
        Measure::Arrested,
        &[
            "arrêté",
            "arrêtés",
            "arrêtées",
            "interpellé",
            "interpellés",
            "interpellées",
            "arrestations",
            "interpellations",
            "arrested",
            "arrests",
            "detained",
        ],
    ),
    (
        Measure::Evacuated,
        &["évacué", "évacués", "évacuées", "evacuated", "evacuees"],
    ),
];

/// Words that say only that people are counted, not what befell them.
const PEOPLE: &[&str] = &["personne", "personnes", "people", "persons", "habitants"];

/// Words that make the figure after them a part of another (« dont 12 enfants », "including
/// 12 children"): a part never contradicts its total.
const PART_OF: &[&str] = &["dont", "parmi", "including", "among", "whom", "notamment"];

/// How many content words on each side of a figure name its measure when its own word does
/// not.
const AROUND: usize = 3;

/// The key every table word is compared by: folded and singular, as subject words are.
fn norm(w: &str) -> String {
    singular(fold(w))
}

fn table() -> &'static [(String, Option<Measure>)] {
    static TABLE: OnceLock<Vec<(String, Option<Measure>)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(String, Option<Measure>)> = WORDS
            .iter()
            .flat_map(|(m, ws)| ws.iter().map(move |w| (norm(w), Some(*m))))
            .chain(PEOPLE.iter().map(|w| (norm(w), None)))
            .collect();
        t.sort();
        t.dedup();
        t
    })
}

/// The measure a word names, `Some(None)` for a word that says only "people".
fn of_word(w: &str) -> Option<Option<Measure>> {
    of_key(&norm(w))
}

/// The same, of a word's key (folded and singular, as [`norm`] makes it).
fn of_key(key: &str) -> Option<Option<Measure>> {
    let t = table();
    t.binary_search_by(|(k, _)| k.as_str().cmp(key))
        .ok()
        .map(|i| t[i].1)
}

/// What a claim's first figure counts, when it is a count and what it counts is known
/// (see the module's note); `noun` is the key (folded and singular) of the word the
/// figure counts, if it has one.
pub(super) fn of(text: &str, c: &Claim, noun: Option<&str>) -> Option<Measure> {
    let q = c.quantities.first().filter(|q| q.unit == Unit::Count)?;
    match noun.map(of_key) {
        Some(Some(Some(m))) => return Some(m),
        Some(None) => return None, // a word of its own, not one of the table's
        _ => {}
    }
    // Only people, or no word: the few words around the figure in its sentence (a claim
    // may be the figure and its noun alone), up to another figure or a part's cue, when
    // they name one measure.
    let before = &text[sentence_start(text, q.span.start)..q.span.start];
    let after = &text[q.span.end..sentence_end(text, q.span.end)];
    let near = |part: &str, backwards: bool| {
        let mut ws = words(part);
        if backwards {
            ws.reverse();
        }
        let not = lx::FUNCTION_WORDS.0 | lx::SPEECH_CUES.0;
        ws.into_iter()
            .map(|w| &part[w.span.start..w.span.end])
            .take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()) && !is_part_cue(w))
            .filter(|w| lx::classes(key(w).as_str()) & not == 0)
            .take(AROUND)
            .filter_map(|w| of_word(w).flatten())
            .collect::<Vec<_>>()
    };
    let mut found = None;
    for m in near(before, true).into_iter().chain(near(after, false)) {
        if found.is_some_and(|f| f != m) {
            return None; // two measures: which the figure counts is a doubt
        }
        found = Some(m);
    }
    found
}

/// The sentence around `figure`, at most [`REACH`] bytes on each side.
pub(super) fn sentence(text: &str, figure: Span) -> Span {
    Span::new(
        sentence_start(text, figure.start),
        sentence_end(text, figure.end),
    )
}

/// How far around a figure its measure is read, in bytes.
const REACH: usize = 80;

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n')
}

/// Where the sentence of `at` starts, at most [`REACH`] bytes before it.
fn sentence_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..at]
        .rfind(is_sentence_end)
        .map_or(from, |i| from + i + 1)
}

/// Where the sentence of `at` ends, at most [`REACH`] bytes after it.
fn sentence_end(text: &str, at: usize) -> usize {
    let mut to = (at + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text[at..to].find(is_sentence_end).map_or(to, |i| at + i)
}

fn is_part_cue(w: &str) -> bool {
    PART_OF.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether the claim's first figure is a part of another (« dont 12 enfants »): the word
/// before it, or the one before that, says so.
pub(super) fn part_of(text: &str, c: &Claim) -> bool {
    let Some(q) = c.quantities.first() else {
        return false;
    };
    let start = q.span.start.saturating_sub(40);
    let start = (start..=q.span.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.span.start);
    let before = words(&text[start..q.span.start]);
    (before.iter().rev().take(2))
        .any(|w| is_part_cue(&text[start + w.span.start..start + w.span.end]))
}

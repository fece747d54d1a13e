//! A part of a country or continent named by the place and a lowercase adjective: « la Suisse
//! romande », « l’Europe occidentale », « l’Asie centrale », « l’Amérique latine », « la Suisse
//! allemande », « les Balkans occidentaux »; English puts it first, capitalised: "Western
//! Balkans", "Central Europe". The adjective is part of the region's name: « romande » does
//! not describe Switzerland, it names a part of it. The adjectives are
//! `lx::PART_ADJECTIVES`. And a place the gazetteer knows whose name goes on in lowercase
//! words (« Arabie saoudite », "Dar es Salaam"). Methods of the name scan.

use super::lx;
use super::{Known, Scan};

impl Scan<'_, '_> {
    /// Word `next` names a part of the place of words `i..=j` (see the module).
    #[inline(always)]
    pub(super) fn region_adjective(&self, i: usize, j: usize, next: usize) -> bool {
        self.tokens.is(next, lx::PART_ADJECTIVES) && self.names_a_part_of(i, j, next)
    }

    fn names_a_part_of(&self, i: usize, j: usize, next: usize) -> bool {
        !self.words[next].capitalised
            && self.words[j].capitalised
            && self.blank_gap(j, next)
            && self.known_place(self.tokens.span(i, j).of(self.text))
    }

    /// « Arabie saoudite », « République tchèque », « Émirats arabes unis », "Dar es Salaam":
    /// the last of the lowercase words after the capitalised word `i` (up to three, and a
    /// capitalised word closing them) with which it makes a place the gazetteer knows.
    pub(super) fn place_in_lowercase(&self, i: usize) -> Option<usize> {
        if !self.tokens.is(i, lx::OPENS_A_PLACE_IN_LOWERCASE) {
            return None;
        }
        let mut found = None;
        let mut k = i;
        while k < i + 3 && k + 1 < self.words.len() {
            let next = k + 1;
            let w = &self.words[next];
            if w.capitalised
                || w.numeric
                || !self.blank_gap(k, next)
                || self.tokens.is(next, lx::FUNCTION_WORDS)
            {
                break;
            }
            k = next;
            if self.gazetteer_place_span(i, k) {
                found = Some(k);
            }
            // "Dar es Salaam": a capitalised word may close it.
            let last = k + 1;
            if last < self.words.len()
                && self.words[last].capitalised
                && self.blank_gap(k, last)
                && self.gazetteer_place_span(i, last)
            {
                return Some(last);
            }
        }
        found
    }

    /// Words `a..=b` name a place of the gazetteer or the communes, not only a world town
    /// (`Known::Place`; `known_span_place` takes both).
    fn gazetteer_place_span(&self, a: usize, b: usize) -> bool {
        self.place_of(self.tokens.span(a, b).of(self.text)) == Known::Place
    }

    /// Words `a..=b` are a part of a place named by its adjective (« Suisse romande »).
    #[inline]
    pub(super) fn is_region(&self, a: usize, b: usize) -> bool {
        a < b && (self.region_adjective(a, b - 1, b) || self.part_before(a, b))
    }

    /// "Western Balkans", "Central Europe", "East Africa": a part of the place of words
    /// `a + 1..=b` named by the capitalised word `a` before it, as English writes it.
    fn part_before(&self, a: usize, b: usize) -> bool {
        (self.compass_point(a)
            || matches!(
                self.tokens.key(a),
                "western" | "eastern" | "northern" | "southern" | "central"
            ))
            && self.words[a + 1].capitalised
            && self.known_place(self.tokens.span(a + 1, b).of(self.text))
    }
}

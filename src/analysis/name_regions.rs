//! A part of a country or continent named by the place and a lowercase adjective: « la Suisse
//! romande », « l’Europe occidentale », « l’Asie centrale », « l’Amérique latine », « la Suisse
//! allemande ». The adjective is part of the region's name: « romande » does not describe
//! Switzerland, it names a part of it. The adjectives are `lx::PART_ADJECTIVES`. Methods of
//! the name scan.

use super::Scan;
use super::lx;

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

    /// Words `a..=b` are a part of a place named by its adjective (« Suisse romande »).
    #[inline]
    pub(super) fn is_region(&self, a: usize, b: usize) -> bool {
        a < b && self.region_adjective(a, b - 1, b)
    }
}

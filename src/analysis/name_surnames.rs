//! A surname that is also a title's word: "Tom King", "Alexander Pope", « Ana Juge ». A
//! title keeps out of the name after it ("King Orvik", « le juge Reed »), but right after a
//! first name, with no name after it, it is the surname. Methods of the name scan.

use super::Scan;
use crate::analysis::lexicon as lx;

impl Scan<'_, '_> {
    /// Word `next`, a capitalised title's word, is the surname of the first name `j`: no
    /// capitalised word follows it.
    pub(super) fn title_as_surname(&self, j: usize, next: usize) -> bool {
        let after = next + 1;
        self.tokens.is(next, lx::PERSON_TITLES)
            && self.tokens.is(j, lx::FIRST_NAMES)
            && self.words[next].capitalised
            && !self.words[next].all_caps
            && self.blank_gap(j, next)
            && !(after < self.words.len()
                && self.words[after].capitalised
                && self.blank_gap(next, after))
    }
}

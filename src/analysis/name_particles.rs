//! A surname's particle of two words: "Ursula von der Leyen", « Piet van der Tamber »,
//! "Ilse van den Berg". One particle word between a first name and a surname already joins
//! them (« Charles de Gaulle »); a Dutch or German particle of two does too. Methods of the
//! name scan.

use super::Scan;
use crate::analysis::lexicon as lx;

impl Scan<'_, '_> {
    /// Words `next` and `next + 1` are a particle of two words ("van der") between the name
    /// word `j` and a surname that can be a name.
    pub(super) fn two_word_particle(&self, j: usize, next: usize) -> bool {
        let surname = next + 2;
        surname < self.words.len()
            && self.tokens.is(next, lx::NAME_PARTICLES)
            && self.tokens.is(next + 1, lx::NAME_PARTICLES)
            && matches!(self.tokens.key(next), "van" | "von")
            && matches!(self.tokens.key(next + 1), "der" | "den" | "de")
            && self.joins(j, next)
            && self.blank_gap(next, next + 1)
            && self.blank_gap(next + 1, surname)
            && self.can_name(surname)
            && !self.words[surname].all_caps
    }
}

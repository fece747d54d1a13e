//! An English sentence opened by a word in common use before a name ("Like Brenda said",
//! "Try Varkel", "Visit Portugal", "Former South Carolina governor"): capitalised for
//! opening the sentence, that word is the sentence's, not the first of the name. Only when
//! the article never writes it capitalised elsewhere, the next word is a first name or the
//! next words a place, and the whole is no place ("New York"). French has no list of its
//! words in common use here. Methods of the name scan.

use super::{Scan, lx};
use crate::analysis::common_words;

impl Scan<'_, '_> {
    /// Word `i`, opening the name `i..=j`, is only the sentence's first word.
    pub(super) fn opens_sentence_only(
        &self,
        i: usize,
        j: usize,
        confirmed: &dyn Fn(usize) -> bool,
    ) -> bool {
        let common = || common_words::is_common(self.tokens.key(i));
        !self.words[i].all_caps
            && self.initial(i)
            && (self.tokens.is(i + 1, lx::FIRST_NAMES)
                || self.known_place(self.words[i + 1].span.of(self.text))
                // "Former South Carolina governor": a place of more than one word (asked
                // of a word in common use only: the longer spans are folded each).
                || (j > i + 1 && common() && (i + 2..=j).any(|k| self.known_span_place(i + 1, k))))
            && common()
            && !self.tokens.is(i, lx::FIRST_NAMES)
            && self.is_english()
            && !self.known_span_place(i, j)
            && self.unconfirmed(i, confirmed)
    }
}

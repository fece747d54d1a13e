//! An acronym of a common noun (« HLM », « PIB », "GDP", "NGO": `lx::NOT_ACRONYMS`) names a
//! thing, not someone, so it opens no name, not even with « de » or "of" and a name after
//! it: « l’office HLM de Valdorge », « le PIB du Norland », "the GDP of Norland" name the
//! place after the connector only, which the scan then finds on its own. Methods of the
//! name scan.

use super::Scan;
use crate::analysis::lexicon as lx;

impl Scan<'_, '_> {
    /// Word `i` is a common noun's acronym with a lowercase « de » or "of" after it.
    pub(super) fn noun_acronym_before_connector(&self, i: usize) -> bool {
        let next = i + 1;
        self.words[i].all_caps
            && next < self.words.len()
            && self.tokens.is(i, lx::NOT_ACRONYMS)
            && self.tokens.is(next, lx::NAME_CONNECTORS)
            && !self.words[next].capitalised
    }
}

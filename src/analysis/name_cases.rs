//! A case or a scandal named after a person, a firm or a place is no name, but the name in
//! it is, as the place in an event (`name_events`): « l’affaire Varga », « l’Affaire
//! Tamber », « le Scandale Zorvex », "the Tamber Affair", "the Orbec Scandal". The case's
//! word, written capitalised or not, is no name and no part of one; a heading « Affaire des
//! comptes de Brescoux » names Brescoux only. Methods of the name scan.

use super::Scan;

/// Words for a case, lowercase (« Affaires étrangères », "Foreign Affairs": a ministry's
/// portfolio, plural, is not one).
fn names_a_case(key: &str) -> bool {
    matches!(key, "affaire" | "scandale" | "affair" | "scandal")
}

impl Scan<'_, '_> {
    /// Word `i` is a case's word.
    pub(super) fn case_word(&self, i: usize) -> bool {
        names_a_case(self.tokens.key(i))
    }
}

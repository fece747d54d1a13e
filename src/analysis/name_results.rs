//! Sports results and lists of people: a name and the abbreviation of its country or canton
//! in brackets (« Vernaz (Esp) », « 3. Dorval (S) », « Lüthi (Vd) »). The abbreviation is a
//! place's name, and the name before it is most often a person's. Only in French copy:
//! English writes a party there ("Sen. Hale (D)"), and French capitals in brackets are a
//! party's or an organisation's acronym (« Ana Roe (LR) »), which other rules read.
//! Methods of the name scan.

use super::Scan;

impl Scan<'_, '_> {
    /// Word `k` is a country's or canton's abbreviation in brackets after a name: one capital
    /// and at most two small letters (« Esp », « Fr », « S »), alone between « ( » and « ) ».
    pub(super) fn bracketed_abbreviation(&self, k: usize) -> bool {
        let w = &self.words[k];
        if k == 0 || !w.capitalised || w.numeric || w.span.len() > 4 {
            return false;
        }
        let word = w.span.of(self.text);
        let mut chars = word.chars();
        let shaped = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.clone().count() <= 2
            && chars.all(|c| c.is_lowercase());
        shaped
            && self.gap(k - 1, k) == " ("
            && self.text[w.span.end..].starts_with(')')
            && self.words[k - 1].capitalised
            && !self.words[k - 1].numeric
            && !self.is_english()
    }

    /// The name ending at word `b` has a country's or canton's abbreviation in brackets
    /// after it (see [`Scan::bracketed_abbreviation`]).
    pub(super) fn before_abbreviation(&self, b: usize) -> bool {
        b + 1 < self.words.len() && self.bracketed_abbreviation(b + 1)
    }
}

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
    #[inline(always)]
    pub(super) fn bracketed_abbreviation(&self, k: usize) -> bool {
        // Told by the bytes around the word first: most words are not in brackets.
        let w = &self.words[k];
        let bytes = self.text.as_bytes();
        w.span.start > 0
            && bytes[w.span.start - 1] == b'('
            && bytes.get(w.span.end) == Some(&b')')
            && self.abbreviation_in_brackets(k)
    }

    fn abbreviation_in_brackets(&self, k: usize) -> bool {
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
            && self.words[k - 1].capitalised
            && !self.words[k - 1].numeric
            && !self.is_english()
    }

    /// The name ending at word `b` has a country's or canton's abbreviation in brackets
    /// after it (see [`Scan::bracketed_abbreviation`]).
    #[inline(always)]
    pub(super) fn before_abbreviation(&self, b: usize) -> bool {
        let (end, bytes) = (self.words[b].span.end, self.text.as_bytes());
        bytes.get(end + 1) == Some(&b'(')
            && bytes[end] == b' '
            && b + 1 < self.words.len()
            && self.bracketed_abbreviation(b + 1)
    }
}

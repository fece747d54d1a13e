//! A minister's portfolio is no name, though copy capitalises it: « le ministre de
//! l’Intérieur », « la ministre des Armées », « secrétaire d’État aux Transports », "the
//! Foreign Minister", "Defence Secretary", "Minister of Health". A ministry named with it is
//! one (« le ministère de l’Intérieur », "the Foreign Ministry"): only the minister's title
//! leaves it out. The words are `lx::PORTFOLIOS` and `lx::MINISTER_TITLES`. Methods of the
//! name scan.

use super::{Scan, lx};

/// Words between a minister's title and the portfolio: « délégué chargé de l’ », « d’État
/// aux », "of", "for".
fn joins_a_title_to_its_portfolio(word: &str) -> bool {
    matches!(
        word,
        "de" | "d'"
            | "des"
            | "du"
            | "la"
            | "l'"
            | "à"
            | "au"
            | "aux"
            | "et"
            | "état"
            | "délégué"
            | "déléguée"
            | "chargé"
            | "chargée"
            | "of"
            | "for"
            | "and"
            | "state"
    )
}

impl Scan<'_, '_> {
    /// The name at `i` is a minister's portfolio after the title: « ministre de
    /// l’Intérieur », « ministre délégué chargé des Transports », « ministre russe des
    /// Affaires étrangères », "Minister of Health".
    pub(super) fn portfolio_after_title(&self, i: usize) -> bool {
        if !self.tokens.is(i, lx::PORTFOLIOS) {
            return false;
        }
        let mut k = i;
        // At most « secrétaire d’État chargée de la » between the title and the portfolio.
        for _ in 0..6 {
            if k == 0 || self.gap(k - 1, k).contains(['.', ';', ':', '\n', '(', ')']) {
                return false;
            }
            k -= 1;
            let key = self.tokens.key(k);
            if self.tokens.is(k, lx::MINISTER_TITLES) {
                return true;
            }
            // « la ministre française des Affaires étrangères »: the minister's country.
            if !joins_a_title_to_its_portfolio(key)
                && !self.tokens.is(k, lx::PORTFOLIOS)
                && !self.tokens.is(k, lx::DEMONYMS)
            {
                return false;
            }
        }
        false
    }

    /// Where the name at words `i..=j` ends once the portfolio before a minister's title is
    /// left out ("the Norland Foreign Minister": « Norland »); `None` when nothing is left
    /// ("the Foreign Minister").
    pub(super) fn before_a_minister_s_title(&self, i: usize, j: usize) -> Option<usize> {
        let title = j + 1;
        if title >= self.words.len()
            || !self.tokens.is(title, lx::MINISTER_TITLES)
            || !self.spaced(j, title)
        {
            return Some(j);
        }
        let mut end = j;
        while self.tokens.is(end, lx::PORTFOLIOS) {
            if end == i {
                return None;
            }
            end -= 1;
        }
        Some(end)
    }
}

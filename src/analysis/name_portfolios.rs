//! A minister's portfolio is no name, though copy capitalises it: « le ministre de
//! l’Intérieur », « la ministre des Armées », « secrétaire d’État aux Transports », "the
//! Foreign Minister", "Defence Secretary", "Minister of Health". A ministry named with it is
//! one (« le ministère de l’Intérieur », "the Foreign Ministry"): only the minister's title
//! leaves it out. Methods of the name scan.

use super::Scan;

/// Capitalised words that name a minister's portfolio, lowercase (as word keys: accents
/// kept).
fn names_a_portfolio(word: &str) -> bool {
    matches!(
        word,
        "intérieur"
            | "santé"
            | "armées"
            | "défense"
            | "justice"
            | "affaires"
            | "économie"
            | "finances"
            | "budget"
            | "travail"
            | "emploi"
            | "éducation"
            | "enseignement"
            | "recherche"
            | "agriculture"
            | "culture"
            | "transports"
            | "logement"
            | "environnement"
            | "écologie"
            | "industrie"
            | "commerce"
            | "sports"
            | "numérique"
            | "outre-mer"
            | "solidarités"
            | "famille"
            | "jeunesse"
            | "énergie"
            | "comptes"
            | "fonction"
            | "territoires"
            | "transition"
            | "tourisme"
            | "égalité"
            | "immigration"
            | "foreign"
            | "affairs"
            | "home"
            | "interior"
            | "defence"
            | "defense"
            | "finance"
            | "treasury"
            | "health"
            | "economy"
            | "economic"
            | "trade"
            | "energy"
            | "education"
            | "labour"
            | "labor"
            | "environment"
            | "transport"
            | "transportation"
            | "communications"
            | "industry"
            | "housing"
            | "security"
            | "sport"
            | "tourism"
            | "welfare"
            | "pensions"
            | "business"
            | "digital"
            | "science"
            | "climate"
            | "development"
            | "veterans"
            | "prime"
            | "deputy"
            | "shadow"
            | "junior"
            | "state"
    )
}

/// A minister's title (« ministre », "Secretary"), lowercase.
fn titles_a_minister(word: &str) -> bool {
    matches!(
        word,
        "ministre"
            | "ministres"
            | "vice-ministre"
            | "vice-ministres"
            | "sous-secrétaire"
            | "vice-minister"
            | "secrétaire"
            | "commissaire"
            | "minister"
            | "ministers"
            | "secretary"
            | "secretaries"
            | "commissioner"
    )
}

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
    /// l’Intérieur », « ministre délégué chargé des Transports », "Minister of Health".
    pub(super) fn portfolio_after_title(&self, i: usize) -> bool {
        if !names_a_portfolio(self.tokens.key(i)) {
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
            if titles_a_minister(key) {
                return true;
            }
            if !joins_a_title_to_its_portfolio(key) && !names_a_portfolio(key) {
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
            || !titles_a_minister(self.tokens.key(title))
            || !self.spaced(j, title)
        {
            return Some(j);
        }
        let mut end = j;
        while names_a_portfolio(self.tokens.key(end)) {
            if end == i {
                return None;
            }
            end -= 1;
        }
        Some(end)
    }
}

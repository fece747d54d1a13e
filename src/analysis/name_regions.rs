//! A part of a country or continent named by the place and a lowercase adjective: « la Suisse
//! romande », « l’Europe occidentale », « l’Asie centrale », « l’Amérique latine », « la Suisse
//! allemande ». The adjective is part of the region's name: « romande » does not describe
//! Switzerland, it names a part of it. Methods of the name scan.

use super::Scan;

/// The adjectives that name a part of a place, lowercase: the points of the compass, the
/// language regions. English writes them before the place, capitalised ("Western Europe",
/// "Central Asia"), which the name scan already joins.
fn names_a_part(adjective: &str) -> bool {
    matches!(
        adjective,
        "occidental"
            | "occidentale"
            | "oriental"
            | "orientale"
            | "méridional"
            | "méridionale"
            | "septentrional"
            | "septentrionale"
            | "central"
            | "centrale"
            | "méditerranéenne"
            | "latine"
            | "romand"
            | "romande"
            | "alémanique"
            | "française"
            | "allemande"
            | "italienne"
    )
}

impl Scan<'_, '_> {
    /// Word `next` names a part of the place of words `i..=j` (see the module).
    pub(super) fn region_adjective(&self, i: usize, j: usize, next: usize) -> bool {
        !self.words[next].capitalised
            && self.words[j].capitalised
            && self.blank_gap(j, next)
            && names_a_part(self.tokens.key(next))
            && self.known_place(self.tokens.span(i, j).of(self.text))
    }

    /// Words `a..=b` are a part of a place named by its adjective (« Suisse romande »).
    pub(super) fn is_region(&self, a: usize, b: usize) -> bool {
        a < b && self.region_adjective(a, b - 1, b)
    }
}

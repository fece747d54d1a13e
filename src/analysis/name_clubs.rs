//! A sports club's name, an Organization (ANNOTATION.md: teams): a club's code before or
//! after its town (« FC Nantes », « RC Lens », "Chelsea FC"), a club's word opening the name
//! (« Olympique de Marseille », « Stade rennais », "Real Madrid", "Bayern Munich"), a word
//! that names clubs only, alone (« le Dinamo »), or a club's word closing the name after a
//! town ("Manchester United", "Leicester City"). A town written alone for its team stays
//! the town: ANNOTATION.md types a metonymy by what the word names. Methods of the name
//! scan.

use super::Scan;
use super::gazetteer;
use crate::text::Span;

impl Scan<'_, '_> {
    /// Word `i` is a club's code, in capitals: « FC », « AS », « RC », « OGC ».
    pub(super) fn club_code(&self, i: usize) -> bool {
        self.words[i].all_caps
            && matches!(
                self.tokens.key(i),
                "fc" | "afc" | "cf" | "ac" | "as" | "rc" | "ogc" | "aj" | "estac" | "psv"
            )
    }

    /// Word `next`, lowercase, is the town's adjective closing a club's name opened by words
    /// `i..=j` (« Stade rennais », « Olympique lyonnais », « Stade toulousain »).
    pub(super) fn club_adjective(&self, i: usize, j: usize, next: usize) -> bool {
        i == j
            && matches!(self.tokens.key(i), "olympique" | "stade")
            && !self.words[next].capitalised
            && self.blank_gap(j, next)
            && ["ais", "ois", "ain", "aise", "oise", "aine"]
                .iter()
                .any(|end| self.tokens.key(next).ends_with(end))
    }

    /// Words `a..=b` name a sports club (see the module).
    pub(super) fn is_club(&self, a: usize, b: usize) -> bool {
        // Words that name clubs only, alone or opening the name (« Dinamo », "Borussia
        // Dortmund", "Deportivo Coruna").
        let club_word = matches!(
            self.tokens.key(a),
            "olympique"
                | "borussia"
                | "dynamo"
                | "dinamo"
                | "spartak"
                | "lokomotiv"
                | "atlético"
                | "atletico"
                | "deportivo"
        );
        if club_word {
            return !self.words[a].all_caps;
        }
        if a == b {
            return false;
        }
        if self.club_code(a) || self.club_code(b) || self.club_adjective(a, a, b) {
            return true;
        }
        let place_after = || {
            self.known_place(
                Span::new(self.words[a + 1].span.start, self.words[b].span.end).of(self.text),
            )
        };
        match self.tokens.key(a) {
            // A club named after its land: "Bayern Munich".
            "bayern" => return true,
            // Words with other uses, before a town.
            "real" | "inter" | "racing" | "sporting" | "athletic" => return place_after(),
            _ => {}
        }
        let closes = matches!(
            self.tokens.key(b),
            "united" | "city" | "rovers" | "wanderers" | "hotspur" | "albion"
        );
        // A town's, not a state's: "Texas City" is a town.
        let town = || {
            let name = Span::new(self.words[a].span.start, self.words[b - 1].span.end);
            self.folded_as(name.of(self.text), |(key, _)| {
                gazetteer::is_town_folded(key)
            })
        };
        closes
            && self.words[b].capitalised
            && self.known_span_place(a, b - 1)
            && !self.known_span_place(a, b)
            && town()
    }
}

//! A sports club's name, an Organization (ANNOTATION.md: teams): a club's code before or
//! after its town (« FC Nantes », « RC Lens », "Chelsea FC"), a club's word opening the name
//! (« Olympique de Marseille », « Stade rennais », "Real Madrid", "Bayern Munich"), a word
//! that names clubs only, alone (« le Dinamo »), a club's word closing the name after a
//! town ("Manchester United", "Leicester City"), or a nickname in the plural after it
//! ("Manchester Ravens"). A town written alone for its team stays
//! the town: ANNOTATION.md types a metonymy by what the word names. Methods of the name
//! scan.

use super::Scan;
use super::gazetteer;
use super::lx;
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
        (closes
            && self.words[b].capitalised
            && self.known_span_place(a, b - 1)
            && !self.known_span_place(a, b)
            && self.is_town(a, b - 1))
            || self.town_then_nickname(a, b)
    }

    /// Words `a..=b` are a town's name, no country's or region's ("Leicester", not "Texas").
    fn is_town(&self, a: usize, b: usize) -> bool {
        let name = Span::new(self.words[a].span.start, self.words[b].span.end);
        self.folded_as(name.of(self.text), |(key, _)| {
            gazetteer::is_town_folded(key)
        })
    }

    /// "Manchester Ravens", "Leicester Red Kites": a nickname in the plural after a town
    /// names its team, as North American and Australian leagues name their clubs. Not a
    /// place's kind in the plural ("Leicester Gardens"), a saint's place in the town
    /// ("London St Orvik"), what happens in a town ("Geneva Talks"), a place ("Springfield
    /// Illinois"), a people, or a person whose first name is a town's ("Austin Roberts").
    fn town_then_nickname(&self, a: usize, b: usize) -> bool {
        let key = self.tokens.key(b);
        let plural = key.len() > 3
            && key.ends_with('s')
            && !["ss", "us", "is"].iter().any(|end| key.ends_with(end));
        if !plural
            || !self.words[b].capitalised
            || self.words[b].all_caps
            || self.tokens.is(a, lx::FIRST_NAMES)
            || self.tokens.is(b, lx::PLACE_HEADS)
        {
            return false;
        }
        // The town is the name's first words, one or two ("San Marco Ravens"): asked
        // first, as most names open with no town.
        (a..b.min(a + 2)).any(|m| self.is_town(a, m))
            && !happens_in_a_town(key)
            && !places_in_the_plural(key)
            && !(a + 1..b).any(|k| self.saint(k))
            && !self.is_demonym(b)
            && !self.known_place(self.words[b].span.of(self.text))
            && !self.known_span_place(a, b)
    }
}

/// What happens in a town, in the plural, after its name: talks, accords, games, riots
/// ("Geneva Talks", "Orbec Games"); no team.
fn happens_in_a_town(key: &str) -> bool {
    matches!(
        key,
        "talks"
            | "accords"
            | "agreements"
            | "conventions"
            | "negotiations"
            | "games"
            | "olympics"
            | "paralympics"
            | "riots"
            | "protests"
            | "bombings"
            | "attacks"
            | "elections"
            | "trials"
            | "hearings"
    )
}

/// A place's kind in the plural, as places are named ("Gardens", "Springs", "Hills",
/// "Towers"): the plural of a place's head word (`lexicon::PLACE_HEADS`: "hill", "beach"),
/// or a word places are named by in the plural only.
fn places_in_the_plural(key: &str) -> bool {
    let singular = |end: &str| {
        key.strip_suffix(end)
            .is_some_and(|w| lx::is(w, lx::PLACE_HEADS))
    };
    singular("s")
        || singular("es")
        || matches!(
            key,
            "gardens"
                | "springs"
                | "fields"
                | "woods"
                | "sands"
                | "meadows"
                | "flats"
                | "rapids"
                | "barracks"
                | "baths"
                | "terraces"
                | "gates"
                | "downs"
                | "moors"
                | "grounds"
                | "commons"
                | "quays"
                | "mills"
                | "estates"
        )
}

//! An event named after a place is no name, but the place in it is (ANNOTATION.md: Paris in
//! « Jeux de Paris »): « le Tour d’Italie », « la Coupe d’Europe », « le Festival de Cannes »,
//! « le Marathon de Berlin », "the Tour of Britain", « la Guerre d’Espagne ». The event word
//! and its « de » stay out; the place keeps its own kind. A battle or a siege is always
//! named after where it was fought ("the Battle of Brescoux", « le Siège de Valdorge »): its
//! place is a place, known to the gazetteer or not. Methods of the name scan.

use super::Scan;

/// Capitalised words that name an event, lowercase.
fn names_an_event(word: &str) -> bool {
    matches!(
        word,
        "tour"
            | "jeux"
            | "coupe"
            | "championnat"
            | "championnats"
            | "festival"
            | "marathon"
            | "rallye"
            | "biennale"
            | "salon"
            | "open"
            | "giro"
            | "games"
            | "cup"
            | "championship"
            | "championships"
            | "rally"
            | "guerre"
            | "war"
    )
}

/// Capitalised words that name a battle, lowercase: what follows their « de » is a place.
fn names_a_battle(word: &str) -> bool {
    matches!(word, "battle" | "siege" | "bataille" | "siège")
}

impl Scan<'_, '_> {
    /// Where the place of a battle found at words `i..=j` starts ("Battle of Brescoux"):
    /// after the battle's word and its « de », when a capitalised word follows them.
    pub(super) fn battle_place_start(&self, i: usize, j: usize) -> Option<usize> {
        let place = i + 2;
        (j >= place
            && self.words[i].capitalised
            && names_a_battle(self.tokens.key(i))
            && matches!(self.tokens.key(i + 1), "of" | "de" | "d'" | "du")
            && self.words[place].capitalised)
            .then_some(place)
    }

    /// Where the name found at words `i..=j` starts once an event word and its « de » are
    /// left out: the place after them, when the gazetteer knows it; else `i`.
    pub(super) fn event_place_start(&self, i: usize, j: usize) -> usize {
        if j < i + 2 || !self.words[i].capitalised || !names_an_event(self.tokens.key(i)) {
            return i;
        }
        let place = match self.tokens.key(i + 1) {
            "de" | "d'" | "du" | "of" => i + 2,
            _ => return i,
        };
        if self.words[place].capitalised
            && self.known_place(self.tokens.span(place, j).of(self.text))
        {
            place
        } else {
            i
        }
    }
}

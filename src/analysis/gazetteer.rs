//! Countries and cities in French and English: CLDR territory names and time-zone exemplar
//! cities, world-countries' capitals, and a few exonyms, generated into `data/gazetteer.tsv` by
//! `scripts/gazetteer.mjs`; French communes of 5,000 inhabitants or more, départements and
//! régions, generated into `data/communes.tsv` by `scripts/communes.mjs` (origins and
//! licences in `data/README.md`); the world's towns of 50,000 inhabitants or more (and the other
//! names of the largest) and the states of the United States, generated into
//! `data/world_places.tsv` by `scripts/world_places.py`,
//! a weaker sign than the rest (a town may share its name with a person).
//!
//! Names match on their folded form ([`fold`]), with hyphens and spaces taken as one, so that
//! « Saint-Pétersbourg », "Saint Petersbourg" and "SAINT PÉTERSBOURG" are the same key.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::text::fold;

/// The gazetteer: a `#` comment line, then `name<TAB>country|city|region<TAB>id` lines, the id
/// the same for every name of one place (« Moscou » and "Moscow": `Europe/Moscow`).
const DATA: &str = include_str!("../../data/gazetteer.tsv");

/// French communes, départements and régions, in the same format (`city`, `region`).
const COMMUNES: &str = include_str!("../../data/communes.tsv");

/// The world's towns and US states, in the same format (`city`, `region`).
const WORLD_PLACES: &str = include_str!("../../data/world_places.tsv");

/// What the gazetteer knows a name to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Country,
    City,
    /// A continent or world region (« Asie centrale », "Eastern Europe").
    Region,
}

/// What the lists know of one folded key.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    /// In the gazetteer: the place, and its id (an index of its id among the file's); a
    /// key that is both a country and a city is a country.
    place: Option<(Place, u32)>,
    /// A French commune, département or région.
    french: bool,
    /// A town of the world or a US state, and whether one of its names there is written
    /// without diacritics.
    world: Option<(Place, bool)>,
}

impl Entry {
    /// The place the gazetteer has under this key.
    pub fn place(&self) -> Option<Place> {
        self.place.map(|(place, _)| place)
    }

    /// A French commune, département or région. They are places in French copy;
    /// elsewhere many are as often a surname (« Dole », « Barr ») or a first name, so the
    /// name scan asks only in articles not written in English.
    pub fn is_french_place(&self) -> bool {
        self.french
    }

    /// One of the world's towns of 50,000 inhabitants or more, or a US state.
    pub fn is_world_place(&self) -> bool {
        self.world.is_some()
    }

    /// A town of the list that writes it only with diacritics (« Būsh », « Montréal »).
    pub fn is_world_place_only_with_diacritics(&self) -> bool {
        self.world.is_some_and(|(_, plain)| !plain)
    }

    /// A town of any list, and no country or region (« Leicester », not "Texas").
    pub fn is_town(&self) -> bool {
        match self.place {
            Some((place, _)) => place == Place::City,
            None => matches!(self.world, Some((Place::City, _))),
        }
    }
}

/// The first words of the gazetteer's and the communes' names of more than one word, which
/// may go on in lowercase words (« Arabie » of « Arabie saoudite », "Dar" of "Dar es
/// Salaam", "Gaza" of "Gaza strip"), as written.
pub fn openers_of_names_in_lowercase() -> impl Iterator<Item = &'static str> {
    DATA.lines()
        .chain(COMMUNES.lines())
        .filter_map(parse)
        .filter_map(|(name, _)| name.split_once(' ').map(|(first, _)| first))
}

/// Folded key → what the gazetteer, the French communes and the world's towns know of it.
static INDEX: LazyLock<HashMap<String, Entry>> = LazyLock::new(|| {
    let mut index: HashMap<String, Entry> = HashMap::default();
    let mut ids: HashMap<&str, u32> = HashMap::default();
    for line in DATA.lines() {
        let Some((name, place)) = parse(line) else {
            continue;
        };
        let id = line.splitn(3, '\t').nth(2).unwrap_or(name);
        let count = ids.len() as u32;
        let id = *ids.entry(id).or_insert(count);
        let entry = index.entry(key(name)).or_default();
        match entry.place {
            Some((p, _)) if !(place == Place::Country && p != Place::Country) => {}
            _ => entry.place = Some((place, id)),
        }
    }
    for (name, _) in COMMUNES.lines().filter_map(parse) {
        index.entry(key(name)).or_default().french = true;
    }
    for (name, place) in WORLD_PLACES.lines().filter_map(parse) {
        let entry = index.entry(key(name)).or_default();
        let plain = entry.world.is_some_and(|(_, plain)| plain) || name.is_ascii();
        entry.world = Some((entry.world.map_or(place, |(first, _)| first), plain));
    }
    index
});

/// What the lists know of a name already folded with [`fold`], if anything.
pub fn entry_folded(folded: &str) -> Option<Entry> {
    if folded.contains('-') {
        INDEX.get(&folded.replace('-', " ")).copied()
    } else {
        INDEX.get(folded).copied()
    }
}

/// Whether a name, already folded, is one of the world's towns of 50,000 inhabitants or more
/// or a US state, by its own name or, for the largest and the neighbours' towns, by another
/// (« Genève », « Philadelphie »).
pub fn is_world_place_folded(folded: &str) -> bool {
    entry_folded(folded).is_some_and(|e| e.is_world_place())
}

/// Whether a folded name is a town of the list that writes it only with diacritics
/// (« Būsh », « Montréal »).
pub fn is_world_place_only_with_diacritics(folded: &str) -> bool {
    entry_folded(folded).is_some_and(|e| e.is_world_place_only_with_diacritics())
}

/// Whether a folded name is a town of any list, and no country or region (« Leicester »,
/// not "Texas").
pub fn is_town_folded(folded: &str) -> bool {
    entry_folded(folded).is_some_and(|e| e.is_town())
}

/// Whether a name, already folded, is a French commune, département or région (see
/// [`Entry::is_french_place`]).
pub fn is_french_place_folded(folded: &str) -> bool {
    entry_folded(folded).is_some_and(|e| e.is_french_place())
}

/// The place a name denotes, if the gazetteer has it (matching on folded names).
pub fn lookup(name: &str) -> Option<Place> {
    INDEX.get(&key(name)).and_then(Entry::place)
}

/// The same, for a name already folded with [`fold`].
pub fn lookup_folded(folded: &str) -> Option<Place> {
    entry_folded(folded).and_then(|e| e.place())
}

/// Which place a folded name names: the same number for all its names, in French and in
/// English (« Moscou », "Moscow"; « Russie », "Russia").
pub fn place_id_folded(folded: &str) -> Option<u32> {
    entry_folded(folded).and_then(|e| e.place.map(|(_, id)| id))
}

/// One data line as (name, place); `None` for the comment, a blank or a malformed line.
fn parse(line: &str) -> Option<(&str, Place)> {
    let (name, rest) = line.split_once('\t')?;
    let kind = rest.split_once('\t').map_or(rest, |(kind, _id)| kind);
    let place = match kind {
        "country" => Place::Country,
        "city" => Place::City,
        "region" => Place::Region,
        _ => return None,
    };
    (!name.starts_with('#') && !name.trim().is_empty()).then_some((name, place))
}

/// The matching key: the folded name with its hyphens as spaces, rewritten in place.
fn key(name: &str) -> String {
    let mut key = fold(name);
    while let Some(at) = key.find('-') {
        key.replace_range(at..at + 1, " ");
    }
    key
}

#[cfg(test)]
mod tests {
    use super::{DATA, Place, lookup, parse};

    #[test]
    fn french_communes_departements_and_regions_are_known_apart() {
        use super::is_french_place_folded;
        let known = |name: &str| is_french_place_folded(&crate::text::fold(name));
        for name in ["Belfort", "Toul", "Meurthe-et-Moselle", "Grand Est"] {
            assert!(known(name), "{name}");
        }
        assert!(!known("EU"), "two letters are an acronym's");
        assert_eq!(lookup("Belfort"), None, "not a world city");
    }

    fn all(names: &[&str], place: Place) {
        for name in names {
            assert_eq!(lookup(name), Some(place), "{name}");
        }
    }

    #[test]
    fn french_country_names_are_countries() {
        let names = [
            "Kazakhstan",
            "Russie",
            "Ukraine",
            "Moldavie",
            "États-Unis",
            "Chine",
            "France",
        ];
        all(&names, Place::Country);
    }

    #[test]
    fn english_country_names_are_countries() {
        all(&["Russia", "Ukraine", "United States"], Place::Country);
    }

    #[test]
    fn alternate_country_names_are_countries() {
        all(
            &["Côte d’Ivoire", "Ivory Coast", "Tchéquie", "Czechia"],
            Place::Country,
        );
    }

    #[test]
    fn a_country_s_everyday_name_and_states_that_no_longer_exist_are_countries() {
        let names = [
            "Britain",
            "Grande-Bretagne",
            "Burma",
            "Birmanie",
            "Soviet Union",
            "URSS",
            "Yugoslavia",
            "Tchécoslovaquie",
            "Zaïre",
            "USA",
            "RDC",
        ];
        all(&names, Place::Country);
    }

    #[test]
    fn regions_that_are_no_state_s_division_are_regions() {
        let names = [
            "Middle East",
            "Moyen-Orient",
            "Balkans",
            "Crimée",
            "West Bank",
        ];
        all(&names, Place::Region);
    }

    #[test]
    fn capitals_are_cities() {
        all(
            &["Astana", "Paris", "Moscou", "Moscow", "Kiev", "Kyiv"],
            Place::City,
        );
    }

    #[test]
    fn exemplar_cities_are_cities() {
        all(&["Almaty", "Saint-Pétersbourg", "New York"], Place::City);
    }

    #[test]
    fn hyphens_and_spaces_match_alike() {
        all(
            &["Saint Pétersbourg", "Saint-Petersburg", "Addis Abeba"],
            Place::City,
        );
    }

    #[test]
    fn diacritics_and_case_do_not_matter() {
        all(&["Chisinau", "Chișinău", "MOSCOU"], Place::City);
        assert_eq!(lookup("Etats-Unis"), Some(Place::Country));
    }

    #[test]
    fn a_name_both_country_and_city_is_a_country() {
        all(&["Singapour", "Mexico", "Luxembourg"], Place::Country);
    }

    #[test]
    fn people_words_and_buildings_are_not_places() {
        for name in ["Poutine", "Selon", "Kremlin", "Union", "", "Oral"] {
            assert_eq!(lookup(name), None, "{name}");
        }
    }

    #[test]
    fn the_data_file_parses_and_has_over_400_entries() {
        let mut lines = DATA.lines();
        assert!(lines.next().is_some_and(|header| header.starts_with('#')));
        let mut count = 0;
        for line in lines {
            assert!(parse(line).is_some(), "malformed line: {line:?}");
            count += 1;
        }
        assert!(count > 400, "{count} entries");
    }

    #[test]
    fn towns_of_the_world_and_us_states_are_known_but_not_those_named_by_a_word() {
        use super::is_world_place_folded;
        let known = |name: &str| is_world_place_folded(&crate::text::fold(name));
        for name in [
            "Tucson",
            "Sacramento",
            "Winston-Salem",
            "Nevada",
            "Guadalajara",
            // A state's first-level divisions.
            "Bavaria",
            "Sichuan",
            "KwaZulu-Natal",
        ] {
            assert!(known(name), "{name}");
        }
        // Common words, first names, people's names.
        for name in [
            "Reading",
            "Mobile",
            "Victoria",
            "Benito Juárez",
            "Paris Hilton",
        ] {
            assert!(!known(name), "{name}");
        }
    }

    #[test]
    fn the_french_names_of_large_and_neighbouring_towns_are_known() {
        use super::is_world_place_folded;
        let known = |name: &str| is_world_place_folded(&crate::text::fold(name));
        // GeoNames' other names of a town of a million or of a neighbour's town.
        for name in ["Genève", "Anvers", "Philadelphie", "Gand", "Geneva"] {
            assert!(known(name), "{name}");
        }
        // Not a nickname, a code, or another alphabet's name.
        for name in ["Paris of the North", "GVA", "Женева"] {
            assert!(!known(name), "{name}");
        }
    }

    #[test]
    fn a_place_s_french_and_english_names_have_one_id() {
        use super::place_id_folded;
        let id = |name: &str| place_id_folded(&crate::text::fold(name));
        for (fr, en) in [
            ("Moscou", "Moscow"),
            ("Russie", "Russia"),
            ("Afrique", "Africa"),
            ("Pékin", "Beijing"),
            ("États-Unis", "United States"),
            ("Grande-Bretagne", "Britain"),
            ("Moyen-Orient", "Middle East"),
            ("Cisjordanie", "West Bank"),
        ] {
            assert!(id(fr).is_some(), "{fr}");
            assert_eq!(id(fr), id(en), "{fr} / {en}");
        }
        assert_ne!(id("Russie"), id("Moscou"));
        assert_eq!(id("Zorvex"), None);
    }

    #[test]
    fn world_regions_are_regions_but_the_world_is_a_word() {
        all(
            &[
                "Asie centrale",
                "Asie Centrale",
                "Europe de l’Est",
                "Central Asia",
            ],
            Place::Region,
        );
        assert_eq!(lookup("Monde"), None);
    }
}

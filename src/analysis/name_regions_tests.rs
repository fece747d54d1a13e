//! A place named with its adjective (« Asie centrale », "Central Asia") or going on in
//! lowercase words (« Arabie saoudite », "Dar es Salaam"): one name (`name_regions`).

use super::tests::{kind_of, names};
use super::*;

#[test]
fn a_part_of_a_place_named_by_its_adjective_is_one_name() {
    let text = "Hier, l’Asie centrale et l’Italie méridionale ont voté, puis la Suisse italienne.";
    assert_eq!(
        names(text),
        ["Asie centrale", "Italie méridionale", "Suisse italienne"]
    );
    assert_eq!(kind_of(text, "Asie centrale"), EntityKind::Location);
}

#[test]
fn an_adjective_that_names_no_part_of_a_place_stays_out() {
    let text = "Hier, la Russie voisine et la France entière ont voté.";
    assert_eq!(names(text), ["Russie", "France"]);
}

/// « Arabie saoudite », "Dar es Salaam": a place the gazetteer knows whose name goes on in
/// lowercase words is one name, whole; lowercase words that make no known place stay out.
#[test]
fn a_known_place_whose_name_goes_on_in_lowercase_is_one_name() {
    let text = "Hier, Tom Reed est allé en Arabie saoudite puis en République tchèque.";
    assert_eq!(
        names(text),
        ["Tom Reed", "Arabie saoudite", "République tchèque"]
    );
    assert_eq!(kind_of(text, "Arabie saoudite"), EntityKind::Location);
    let text = "Hier, les Émirats arabes unis ont voté, et Orbec aussi.";
    assert_eq!(names(text), ["Émirats arabes unis", "Orbec"]);
    let text = "Yesterday Tom Reed flew to Dar es Salaam and then home.";
    assert_eq!(names(text), ["Tom Reed", "Dar es Salaam"]);
    let text = "Yesterday Tom Reed flew to Norland alone and then home.";
    assert_eq!(names(text), ["Tom Reed", "Norland"]);
}

#[test]
fn english_names_a_part_of_a_place_with_the_adjective_first() {
    let text = "Yesterday Central Asia and Western Europe voted, and so did the rest of the world.";
    assert_eq!(names(text), ["Central Asia", "Western Europe"]);
    assert_eq!(kind_of(text, "Central Asia"), EntityKind::Location);
}

/// A plural place takes the adjective's plural (« les Comores orientales »); English puts
/// the part's adjective first, capitalised ("Western Balkans", "Central Europe"): a place.
#[test]
fn a_part_of_a_place_is_a_place_in_either_order() {
    let text = "Hier, les Philippines centrales et les Comores orientales ont voté à Orbec.";
    assert_eq!(
        names(text),
        ["Philippines centrales", "Comores orientales", "Orbec"]
    );
    assert_eq!(kind_of(text, "Comores orientales"), EntityKind::Location);
    let text = "Yesterday the Western Balkans and Central Europe voted in Orbec.";
    assert_eq!(kind_of(text, "Western Balkans"), EntityKind::Location);
    assert_eq!(kind_of(text, "Central Europe"), EntityKind::Location);
}

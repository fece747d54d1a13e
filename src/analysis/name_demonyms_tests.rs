//! A people's word names no one: the people of a town, made from its name with a suffix
//! (« les Lillois », "Berliners", "Floridians"), a people without a state of its own, a
//! faith's followers, a people's word that opens with a point of the compass.

use super::tests::{kind_of, names};
use super::*;

#[test]
fn the_people_of_a_known_town_are_no_name() {
    let text = "Hier, les Lillois et les Dijonnaises ont voté contre le projet de Paul Varga.";
    assert_eq!(names(text), ["Paul Varga"]);
    let text = "On Monday the Berliners voted against the plan of Ruth Cole.";
    assert_eq!(names(text), ["Ruth Cole"]);
    // A town whose name ends as its people's would is the town (« Valenciennes »).
    assert_eq!(
        names("Hier, il est arrivé à Valenciennes."),
        ["Valenciennes"]
    );
}

#[test]
fn the_people_of_a_known_town_ending_in_a_are_no_name() {
    // Florida, Genoa, Vienna: the people's name drops the place's final « a ».
    let text = "On Monday the Floridians, the Genoese and the Viennese voted against the plan of Ruth Cole.";
    assert_eq!(names(text), ["Ruth Cole"]);
    let text = "Hier, les Floridiens et les Californiens ont voté contre le projet de Paul Varga.";
    assert_eq!(names(text), ["Paul Varga"]);
}

#[test]
fn the_english_people_of_a_known_town_in_ans_or_ese_are_no_name() {
    let text = "On Monday the Chicagoans, the Kyivans and the Milanese voted against the plan of Ruth Cole.";
    assert_eq!(names(text), ["Ruth Cole"]);
}

#[test]
fn a_name_ending_as_a_people_s_would_stays_a_name() {
    let text = "Hier, Adriana Evans a rencontré Sébastien Hermans à Valenciennes.";
    assert_eq!(
        names(text),
        ["Adriana Evans", "Sébastien Hermans", "Valenciennes"]
    );
    // "Saunders" is no people of « Saunda », a town of the gazetteer.
    let text = "On Monday the general met Mr Saunders in Lisbon.";
    assert_eq!(names(text), ["Saunders", "Lisbon"]);
}

#[test]
fn the_people_of_a_known_town_of_two_words_are_no_name() {
    let text =
        "On Monday the New Yorkers and the New Zealanders voted against the plan of Ruth Cole.";
    assert_eq!(names(text), ["Ruth Cole"]);
    let text = "Hier, les Hong Kongais et les New-Yorkais ont voté contre le projet de Paul Varga.";
    assert_eq!(names(text), ["Paul Varga"]);
}

#[test]
fn a_people_without_a_state_or_a_faith_s_followers_are_no_name() {
    let text = "Yesterday Kurdish and Chechen fighters met Muslims and Catholics in Orbec.";
    assert_eq!(names(text), ["Orbec"]);
    let text = "Hier, les Tchétchènes et les Chiites ont rencontré les Catholiques à Orbec.";
    assert_eq!(names(text), ["Orbec"]);
    // Two peoples' words: a group, not a thing named after one.
    let text = "Yesterday Iraqi Kurdish leaders met Sunni Arab tribes in Orbec.";
    assert_eq!(names(text), ["Orbec"]);
    // A thing named with one is still a name.
    let text = "Yesterday the Catholic Church and the Kurdish Parliament met in Orbec.";
    assert_eq!(
        names(text),
        ["Catholic Church", "Kurdish Parliament", "Orbec"]
    );
    let text = "Hier, le Parlement kurde a reçu l’Église orthodoxe pendant deux heures.";
    assert_eq!(names(text), ["Parlement kurde", "Église orthodoxe"]);
}

#[test]
fn a_people_s_word_after_a_point_of_the_compass_is_no_name() {
    let text = "Yesterday the South Korean Ana Roe and North Korean officials met in Orbec.";
    assert_eq!(names(text), ["Ana Roe", "Orbec"]);
    let text = "Hier, le Sud-Coréen Tom Reed a rencontré des officiels nord-coréens à Orbec.";
    assert_eq!(names(text), ["Tom Reed", "Orbec"]);
}

#[test]
fn capitalised_words_closed_by_a_people_s_word_are_a_group_no_person() {
    let text = "Local leaders met Iraqi Shiites and Rebel Iraqis on Monday.";
    assert_eq!(kind_of(text, "Rebel Iraqis"), EntityKind::Other);
    // Two peoples' words: no name at all (`demonyms_tests`).
    assert!(!names(text).contains(&"Iraqi Shiites"));
    let text = "Hier soir, Jeunes Marocains ont été arrêtés. Pour lui, Chiites Irakiens et Kurdes ont voté.";
    assert_eq!(kind_of(text, "Jeunes Marocains"), EntityKind::Other);
    assert!(!names(text).contains(&"Chiites Irakiens"));
}

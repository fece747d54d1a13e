//! A sports club's name is one Organization: its code, a club's word, or the town it
//! follows (`name_clubs`); a town written alone for its team stays the town.

use super::tests::{kind_of, names};
use super::*;

#[test]
fn a_club_s_code_and_its_town_are_one_organization() {
    let text = "Hier soir, le FC Valdorge a battu l'AS Brumel (2-1).";
    assert_eq!(names(text), vec!["FC Valdorge", "AS Brumel"]);
    assert_eq!(kind_of(text, "FC Valdorge"), EntityKind::Organization);
    assert_eq!(kind_of(text, "AS Brumel"), EntityKind::Organization);
    let text = "On Saturday, Brumport FC lost at home to RC Valdorge.";
    assert_eq!(names(text), vec!["Brumport FC", "RC Valdorge"]);
    assert_eq!(kind_of(text, "Brumport FC"), EntityKind::Organization);
    assert_eq!(kind_of(text, "RC Valdorge"), EntityKind::Organization);
}

#[test]
fn a_club_s_word_opens_its_name() {
    let text = "L'Olympique de Brumel recule, le Stade valdorgeois avance.";
    assert_eq!(
        kind_of(text, "Olympique de Brumel"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(text, "Stade valdorgeois"), EntityKind::Organization);
    let text = "Real Madrid drew with Inter Milan, and Borussia Brumport won.";
    assert_eq!(kind_of(text, "Real Madrid"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Inter Milan"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Borussia Brumport"), EntityKind::Organization);
}

#[test]
fn a_club_s_word_after_a_town_closes_its_name() {
    let text = "Manchester United beat Leicester City on Sunday.";
    assert_eq!(kind_of(text, "Manchester United"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Leicester City"), EntityKind::Organization);
    let text = "Le match entre Manchester United et Leicester City a été reporté.";
    assert_eq!(kind_of(text, "Manchester United"), EntityKind::Organization);
}

#[test]
fn a_town_s_own_name_and_a_state_s_town_are_no_club() {
    // "Mexico City" and "Texas City" are towns; a real estate agent is no club either.
    let text = "The flight from Mexico City landed in Texas City at noon.";
    assert_eq!(kind_of(text, "Mexico City"), EntityKind::Location);
    assert_ne!(kind_of(text, "Texas City"), EntityKind::Organization);
    let text = "La foire de Lyon ouvre. Le stade de Lyon est plein.";
    assert_eq!(kind_of(text, "Lyon"), EntityKind::Location);
    // The Stade de France is a stadium: a place, not a club.
    let text = "Le concert aura lieu au Stade de France samedi.";
    assert_ne!(kind_of(text, "Stade de France"), EntityKind::Organization);
}

#[test]
fn a_word_that_names_clubs_only_is_a_club_alone_or_with_its_town() {
    let text = "Le Dinamo a gagné, le Spartak Brumel a perdu.";
    assert_eq!(kind_of(text, "Dinamo"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Spartak Brumel"), EntityKind::Organization);
    let text = "Deportivo Valdorge drew 1-1 and Borussia went top.";
    assert_eq!(
        kind_of(text, "Deportivo Valdorge"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(text, "Borussia"), EntityKind::Organization);
}

#[test]
fn a_nickname_in_the_plural_after_a_town_names_its_team() {
    let text = "The Manchester Ravens beat the Leicester Red Kites on Sunday night.";
    assert_eq!(kind_of(text, "Manchester Ravens"), EntityKind::Organization);
    assert_eq!(
        kind_of(text, "Leicester Red Kites"),
        EntityKind::Organization
    );
    let text = "Hier soir, les Manchester Ravens ont battu Valdorge.";
    assert_eq!(kind_of(text, "Manchester Ravens"), EntityKind::Organization);
}

#[test]
fn a_plural_after_a_town_that_is_a_place_an_event_or_a_person_names_no_team() {
    let text = "Austin Roberts walked from Leicester Gardens to the Geneva Talks.";
    assert_eq!(kind_of(text, "Austin Roberts"), EntityKind::Person);
    assert_eq!(kind_of(text, "Leicester Gardens"), EntityKind::Location);
    assert_ne!(kind_of(text, "Geneva Talks"), EntityKind::Organization);
    let text = "Hier, Austin Roberts a quitté Leicester pour Valdorge.";
    assert_eq!(kind_of(text, "Austin Roberts"), EntityKind::Person);
}

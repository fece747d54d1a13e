//! A firm's short form takes the kind of its full name (`name_short_forms`).

use super::tests::kind_of;
use super::*;

#[test]
fn a_firm_s_first_word_alone_is_the_firm() {
    let text = "Orvik Chemical Co said on Monday it would close a plant. \
                Orvik shares fell, and Orvik said the plant had lost money.";
    assert_eq!(kind_of(text, "Orvik"), EntityKind::Organization);
}

#[test]
fn a_firm_s_first_word_alone_is_the_firm_in_french() {
    let text = "Le groupe Brescal SA a annoncé lundi la fermeture d'une usine. \
                Selon Brescal, l'usine perdait de l'argent.";
    assert_eq!(kind_of(text, "Brescal"), EntityKind::Organization);
}

#[test]
fn a_firm_s_name_without_its_legal_form_is_the_firm() {
    let text = "Tamvik Medical Industries Inc said it had bought a rival. \
                Tamvik Medical completes acquisition, the statement read.";
    assert_eq!(kind_of(text, "Tamvik Medical"), EntityKind::Organization);
}

#[test]
fn a_firm_s_name_without_its_legal_form_is_the_firm_in_french() {
    let text = "Brenvik Optique SA a racheté un concurrent. \
                Brenvik Optique annonce la reprise, dit le communiqué.";
    assert_eq!(kind_of(text, "Brenvik Optique"), EntityKind::Organization);
}

#[test]
fn a_first_name_opening_a_firm_s_name_stays_a_person() {
    let text = "Tom Reed Inc said it would hire. Later Tom said the plan was his.";
    assert_eq!(kind_of(text, "Tom"), EntityKind::Person);
    let text = "Lise Morel SA recrute. Plus tard, Lise a dit que le projet était le sien.";
    assert_eq!(kind_of(text, "Lise"), EntityKind::Person);
}

#[test]
fn a_known_place_opening_a_firm_s_name_stays_the_place() {
    let text = "Norland Power Co said output rose in Norland last year, \
                and prices in Norland fell.";
    assert_eq!(kind_of(text, "Norland"), EntityKind::Location);
}

#[test]
fn a_firm_s_first_word_alone_is_its_short_name() {
    let text = "Hier, Varnok CSF a perdu un contrat à Valdorge. Ensuite, Varnok a porté plainte.";
    assert_eq!(kind_of(text, "Varnok"), EntityKind::Organization);
    let text = "Yesterday, Tamber Airlines cut flights to Valdorge. Later, Tamber sued.";
    assert_eq!(kind_of(text, "Tamber"), EntityKind::Organization);
}

#[test]
fn a_surname_a_common_word_or_a_longer_name_s_first_word_is_no_firm_s_short_name() {
    // Guards: a surname the article gives a person too, a word in common use, the first
    // word of a name of three words.
    let text = "Yesterday, Ana Tamber and Tamber Airlines met in Valdorge. Later, Tamber sued.";
    assert_eq!(kind_of(text, "Tamber"), EntityKind::Person);
    let text = "Yesterday, Summit Airlines cut flights to Valdorge. Later, Summit sued.";
    assert_ne!(kind_of(text, "Summit"), EntityKind::Organization);
    let text = "Hier, Dravel Orvik Airlines a fermé. Ensuite, Dravel a voté.";
    assert_ne!(kind_of(text, "Dravel"), EntityKind::Organization);
}

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

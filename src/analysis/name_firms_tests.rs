//! A firm's or a body's name told by its own last word (`name_firms`): its acronym after one
//! word in Title Case or hyphened to it; and its kind with its qualifier before it.

use super::tests::kind_of;
use super::*;

#[test]
fn a_firm_s_acronym_after_its_name_makes_it_an_organisation() {
    let text = "Hier, les notes de Varnok CSF ont été saisies à Valdorge.";
    assert_eq!(kind_of(text, "Varnok CSF"), EntityKind::Organization);
    let text = "Yesterday, notes of Varnok CSF were seized in Valdorge.";
    assert_eq!(kind_of(text, "Varnok CSF"), EntityKind::Organization);
}

#[test]
fn a_firm_s_name_hyphened_to_its_acronym_is_an_organisation_s() {
    let text = "Hier, le directeur de Varnok-TPL a parlé à Valdorge.";
    assert_eq!(kind_of(text, "Varnok-TPL"), EntityKind::Organization);
    let text = "Yesterday, the board of Varnok-TPL met in Valdorge.";
    assert_eq!(kind_of(text, "Varnok-TPL"), EntityKind::Organization);
    // Guard: a word in common use hyphened to capitals is no firm's name.
    let text = "Yesterday, Ana Roe said the Exempt-REV rows were wrong in Valdorge.";
    assert_ne!(kind_of(text, "Exempt-REV"), EntityKind::Organization);
}

#[test]
fn a_regnal_number_or_a_surname_in_capitals_stays_a_person_s() {
    // Guards: Roman numerals, a first name before a surname in capitals, a seat's letters.
    let text = "Hier, Louis XIV et Tom REED sont venus à Valdorge.";
    assert_eq!(kind_of(text, "Louis XIV"), EntityKind::Person);
    assert_eq!(kind_of(text, "Tom REED"), EntityKind::Person);
    let text = "Yesterday, Henry VIII and Tom REED came to Valdorge.";
    assert_eq!(kind_of(text, "Henry VIII"), EntityKind::Person);
    assert_eq!(kind_of(text, "Tom REED"), EntityKind::Person);
    let text = "Yesterday, the vote was lost, said Tamber MEP in Valdorge.";
    assert_eq!(kind_of(text, "Tamber MEP"), EntityKind::Person);
}

#[test]
fn a_word_shouted_or_a_place_s_office_is_no_firm_s_acronym() {
    // Guards: a common word in capitals after a name, a known place before an acronym.
    let text = "The staff at Varnok were the Best YET, said Ana Roe.";
    assert_ne!(kind_of(text, "Best YET"), EntityKind::Organization);
    let text = "The Chicago PMI rose in May, the figures show.";
    assert_ne!(kind_of(text, "Chicago PMI"), EntityKind::Organization);
}

#[test]
fn an_organisation_s_kind_with_its_qualifier_before_a_name_makes_it_an_organisation() {
    let text = "Hier, le groupe pétrolier Zorvex a annoncé des pertes à Valdorge.";
    assert_eq!(kind_of(text, "Zorvex"), EntityKind::Organization);
    let text = "Hier, la compagnie pétrolière Tamber a fermé un puits à Valdorge.";
    assert_eq!(kind_of(text, "Tamber"), EntityKind::Organization);
    let text = "Yesterday the oil group Tamber posted losses in Valdorge.";
    assert_eq!(kind_of(text, "Tamber"), EntityKind::Organization);
    let text = "Yesterday the rebel group Zorvex attacked a convoy near Valdorge.";
    assert_eq!(kind_of(text, "Zorvex"), EntityKind::Organization);
}

#[test]
fn a_trial_s_arm_or_a_verb_after_a_firm_s_kind_makes_no_organisation() {
    // Guards: a group with no qualifier (a trial's arm), a verb where a qualifier would be.
    let text = "Hier, les patients du groupe Zorvex ont moins saigné à Valdorge.";
    assert_ne!(kind_of(text, "Zorvex"), EntityKind::Organization);
    let text = "Hier, l'entreprise emploie Orvik Tamber depuis dix ans à Valdorge.";
    assert_eq!(kind_of(text, "Orvik Tamber"), EntityKind::Person);
}

//! What a first name says of a name's kind: a person's, alone at a letter's end or before
//! its verb; a word opening a line of prose is no person for being a first name. (A first
//! name alone after "in" is a place: `corpus::resolve_tests`, where its votes are added up.)

use super::tests::kind_of;
use super::*;

#[test]
fn a_first_name_alone_on_its_line_signs_a_letter() {
    let text = "Marcus,\nThe contract is attached.\nThanks,\nBrenda\n";
    assert_eq!(kind_of(text, "Marcus"), EntityKind::Person);
    assert_eq!(kind_of(text, "Brenda"), EntityKind::Person);
    let text = "Élodie,\nLe contrat est joint.\nBien à toi,\nBertrand\n";
    assert_eq!(kind_of(text, "Élodie"), EntityKind::Person);
    assert_eq!(kind_of(text, "Bertrand"), EntityKind::Person);
    // Closed by a full stop or a colon, as hasty mail writes it.
    let text = "The contract is attached.\nBrenda.\n";
    assert_eq!(kind_of(text, "Brenda"), EntityKind::Person);
    let text = "Le contrat est joint.\nBertrand :\nÀ demain.\n";
    assert_eq!(kind_of(text, "Bertrand"), EntityKind::Person);
}

#[test]
fn a_first_name_opening_a_sentence_before_its_verb_is_a_person() {
    let text = "The twins moved away. Brenda is happier now.";
    assert_eq!(kind_of(text, "Brenda"), EntityKind::Person);
    let text = "Les jumeaux sont partis. Bertrand a trouvé un emploi.";
    assert_eq!(kind_of(text, "Bertrand"), EntityKind::Person);
}

#[test]
fn a_capitalised_word_opening_a_line_of_prose_is_no_person_for_being_a_first_name() {
    // An OCR line that starts mid-sentence: the word goes on the sentence, after « in ».
    let text = "The harvest was good in\nFlorence county and the roads were dry.";
    assert_ne!(kind_of(text, "Florence"), EntityKind::Person);
}

#[test]
fn a_first_name_before_a_word_that_is_a_name_too_is_still_a_person() {
    let text = "Hier, Marc Glass et Julie Best ont répondu aux questions.";
    assert_eq!(kind_of(text, "Marc Glass"), EntityKind::Person);
    assert_eq!(kind_of(text, "Julie Best"), EntityKind::Person);
    let text = "Yesterday Mark Curry said the trains were late.";
    assert_eq!(kind_of(text, "Mark Curry"), EntityKind::Person);
}

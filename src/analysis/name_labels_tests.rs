//! Capitalised words that label rather than name: rubrics, credit labels, credit ratings.

use super::tests::names;

#[test]
fn a_rubric_alone_on_its_line_is_no_name() {
    let text = "Breaking News\nThe Harwick Trust closed its doors on Monday, said Ann Pell.";
    assert_eq!(names(text), ["Harwick Trust", "Ann Pell"]);
    let text = "Dernière Minute\nLa fondation Orvane a fermé ses portes lundi, a dit Anne Pellet.";
    assert_eq!(names(text), ["Orvane", "Anne Pellet"]);
}

#[test]
fn a_rubric_s_words_inside_a_sentence_are_left_to_the_other_rules() {
    // Not alone on its line: the words are read as any others.
    let text = "Readers of Breaking News Weekly wrote to Ann Pell.";
    assert!(
        names(text).contains(&"Breaking News Weekly"),
        "{:?}",
        names(text)
    );
}

#[test]
fn a_caption_s_credit_label_is_no_name_but_the_credit_is() {
    let text = "Le pont avant les travaux.\nCrédit Photo : Jean Varlin / AFP\nLe chantier a duré deux ans.";
    assert_eq!(names(text), ["Jean Varlin", "AFP"]);
    let text = "The bridge before the works.\nPhoto Credit: Jane Varlow / Reuters\nThe works took two years.";
    assert_eq!(names(text), ["Jane Varlow", "Reuters"]);
}

#[test]
fn a_credit_rating_is_no_acronym() {
    let text = "The lender's bonds were cut to BB+ by the agency, a rating it last held in 2009.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    let text = "L'agence Fitch a abaissé la note du pays de AAA à AA.";
    assert_eq!(names(text), ["Fitch"]);
}

#[test]
fn repeated_capitals_outside_a_rating_stay_acronyms() {
    let text = "He joined AA after the accident, his sister said.";
    assert_eq!(names(text), ["AA"]);
}

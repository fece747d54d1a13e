//! Datelines: the town a wire story was filed from, in capitals, and the agency in brackets.

use super::tests::{kind_of, names};
use super::*;

#[test]
fn a_french_dateline_names_its_town_and_its_agency() {
    let text =
        "Le pont rouvre\n\nVALDORGE (AFP) - Le pont de la vallée a rouvert lundi, a dit la mairie.";
    assert_eq!(names(text), ["VALDORGE", "AFP"]);
    assert_eq!(kind_of(text, "VALDORGE"), EntityKind::Location);
    assert_eq!(kind_of(text, "AFP"), EntityKind::Organization);
    // The agency's acronym does not stand for the town before its bracket.
    let text = "Le pont rouvre\n\nPARIS (AFP) - Le pont de la vallée a rouvert lundi.";
    assert_eq!(kind_of(text, "AFP"), EntityKind::Organization);
}

#[test]
fn an_english_dateline_names_its_town_and_its_agency() {
    let text =
        "Bridge reopens\n\nBRUMPORT (Reuters) - The bridge reopened on Monday, the council said.";
    assert_eq!(names(text), ["BRUMPORT", "Reuters"]);
    assert_eq!(kind_of(text, "BRUMPORT"), EntityKind::Location);
    assert_eq!(kind_of(text, "Reuters"), EntityKind::Organization);
}

#[test]
fn an_agency_written_as_a_word_is_found_after_a_french_town() {
    let text = "Usines fermées\n\nPARIS (Reuters) - La société Norvalis fermera deux usines.";
    assert_eq!(names(text), ["PARIS", "Reuters", "Norvalis"]);
    assert_eq!(kind_of(text, "Reuters"), EntityKind::Organization);
    let text = "Usines fermées\n\nLYON (Reuters) -Claire Varnel fermera deux usines.";
    assert_eq!(names(text), ["LYON", "Reuters", "Claire Varnel"]);
}

#[test]
fn the_date_of_a_dateline_is_no_name() {
    let text = "Bridge reopens\n\nBRUMPORT, Oct 3 (Reuters) - The bridge reopened on Monday.";
    assert_eq!(names(text), ["BRUMPORT", "Reuters"]);
    let text = "Le pont rouvre\n\nSAINT-BRUMEL, 3 octobre (AFP) - Le pont a rouvert lundi.";
    assert_eq!(names(text), ["SAINT-BRUMEL", "AFP"]);
    assert_eq!(kind_of(text, "SAINT-BRUMEL"), EntityKind::Location);
    let text = "Le pont rouvre\n\nVALDORGE, 15 (Havas). — On apprend que le pont a rouvert.";
    assert_eq!(names(text), ["VALDORGE", "Havas"]);
}

#[test]
fn the_region_after_a_dateline_s_town_is_a_place() {
    let text = "Catch is poor\n\nNEW HARBOR, Dravonia (AP) - Fishermen said on Tuesday that the catch was poor.";
    assert_eq!(names(text), ["NEW HARBOR", "Dravonia", "AP"]);
    assert_eq!(kind_of(text, "NEW HARBOR"), EntityKind::Location);
    assert_eq!(kind_of(text, "Dravonia"), EntityKind::Location);
}

#[test]
fn the_sentence_after_a_dateline_s_dash_opens_with_its_first_word() {
    // « Fishermen », "Shares": a sentence's first word, no name for being capitalised.
    let text = "Shares fall\n\nBRUMPORT (Reuters) - Shares of Corvane Holdings fell on Friday.";
    assert_eq!(names(text), ["BRUMPORT", "Reuters", "Corvane Holdings"]);
    let text = "Pêche maigre\n\nVALDORGE (AFP) - Pêcheurs et mareyeurs se plaignent.";
    assert_eq!(names(text), ["VALDORGE", "AFP"]);
}

#[test]
fn a_wire_list_s_dateline_names_its_town_before_the_date() {
    let text = "Results of the day.\nVELMORAN 2024-08-30\nThe home side won the final.";
    assert_eq!(names(text), ["VELMORAN"]);
    assert_eq!(kind_of(text, "VELMORAN"), EntityKind::Location);
    let text = "Résultats du jour.\nVELMORAN, Dravonie 2024-08-30\nL’équipe locale a gagné.";
    assert_eq!(names(text), ["VELMORAN", "Dravonie"]);
    assert_eq!(kind_of(text, "Dravonie"), EntityKind::Location);
}

#[test]
fn a_heading_in_capitals_before_a_year_or_a_bracket_is_no_dateline() {
    // A year alone is no date, a lowercase word in brackets no agency.
    let text = "Le bilan de l’année.\nBILAN 2024\nLe bilan est bon.";
    assert!(!names(text).contains(&"BILAN"), "{:?}", names(text));
    let text = "Le bilan.\nBILANS (suite) - Le bilan est bon.";
    assert!(!names(text).contains(&"BILANS"), "{:?}", names(text));
}

#[test]
fn a_dateline_is_read_the_same_in_a_paragraph_scanned_alone() {
    // An indented line opens no dateline, whether its paragraph is scanned with the article
    // or alone (as an edited article's are).
    let text = "Le pont rouvre.\n\n  VALDORGE (AFP) - Le pont a rouvert.";
    assert!(!names(text).contains(&"VALDORGE"), "{:?}", names(text));
    let article = Article::parse(text, crate::article::Format::Text);
    let t = crate::analysis::tokens::Tokens::new(text);
    let sentence_words = t.ranges(article.sentences.iter().map(|s| s.span));
    let scan = NameScan::new(&t, &article, &sentence_words);
    let second = t
        .words
        .partition_point(|w| w.span.start < text.find("  VALDORGE").unwrap());
    let (alone, _) = scan.find(second..t.words.len());
    assert!(alone.iter().all(|m| m.span.of(text) != "VALDORGE"));
}

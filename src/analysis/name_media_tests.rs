//! Well-known newspapers' and news magazines' titles, found whole and typed Organization
//! (`name_media`, `lexicon::MEDIA_TITLES`).

use super::tests::{kind_of, names};
use super::*;

#[test]
fn a_well_known_french_newspaper_is_found_whole_with_its_article() {
    // The listed titles (`lexicon::MEDIA_TITLES`): the article and a lowercase word are
    // the title's, at a sentence's start as inside it.
    let text = "Hier, Le Canard enchaîné a révélé l’affaire à Valdorge.";
    assert_eq!(names(text), ["Le Canard enchaîné", "Valdorge"]);
    assert_eq!(
        kind_of(text, "Le Canard enchaîné"),
        EntityKind::Organization
    );
    let text = "Le Figaro publie un sondage sur Lise Morel.";
    assert_eq!(kind_of(text, "Le Figaro"), EntityKind::Organization);
    let text = "Lise Morel a répondu à L’Équipe après le match.";
    assert_eq!(kind_of(text, "L’Équipe"), EntityKind::Organization);
}

#[test]
fn a_well_known_english_newspaper_is_found_whole_with_its_article() {
    let text = "Officials told The Guardian on Monday that the plan was dead.";
    assert_eq!(kind_of(text, "The Guardian"), EntityKind::Organization);
    let text = "The New York Times reported the deal with Orbec.";
    assert_eq!(names(text), ["The New York Times", "Orbec"]);
    assert_eq!(
        kind_of(text, "The New York Times"),
        EntityKind::Organization
    );
}

#[test]
fn a_listed_title_without_its_article_is_not_the_french_event() {
    // « Libération » alone is the daily; « la Libération » is the end of the occupation.
    let text = "Selon Libération, Lise Morel quittera Valdorge.";
    assert_eq!(kind_of(text, "Libération"), EntityKind::Organization);
    let text = "À la Libération, Lise Morel quitta Valdorge.";
    let article = Article::parse(text, crate::article::Format::Text);
    let found = mentions(text, &article);
    let daily = |m: &Mention| m.span.of(text) == "Libération" && m.kind == EntityKind::Organization;
    assert!(!found.iter().any(daily), "{found:?}");
}

#[test]
fn every_listed_title_is_read_at_its_first_word() {
    // `media_title` reads the titles only at a word of `MEDIA_TITLE_HEADS`.
    use crate::analysis::lexicon as lx;
    for title in lx::MEDIA_TITLES {
        let mut words = title.split(' ');
        let first = words.next().unwrap_or_default();
        let head = match first {
            "le" | "la" | "les" | "l'" | "the" => words.next().unwrap_or_default(),
            _ => first,
        };
        assert!(lx::is(head, lx::MEDIA_TITLE_HEADS), "{title}");
    }
}

/// A title without an article as the text's very first word (« Mediapart », "USA Today"):
/// no word before it to look at. Read with a word before it, debug builds overflowed.
#[test]
fn a_title_opening_the_text_is_found() {
    let text = "Mediapart a révélé l’affaire à Valdorge.";
    assert_eq!(kind_of(text, "Mediapart"), EntityKind::Organization);
    let text = "USA Today reported the deal with Orbec.";
    assert_eq!(kind_of(text, "USA Today"), EntityKind::Organization);
}

use super::*;

#[test]
fn the_marks_searched_are_the_bytes_of_the_table() {
    let line = "Il a dit « oui ». Puis : “non” ! Vraiment ?\u{a0}Fin… \"x\" été.";
    let bytes = line.as_bytes();
    let mut marks = Marks::new(bytes);
    let (mut found, mut i) = (Vec::new(), 0);
    while i < bytes.len() {
        i = marks.next(i);
        if i < bytes.len() {
            found.push(i);
            i += 1;
        }
    }
    let table: Vec<usize> = (0..bytes.len())
        .filter(|&i| MARKS[usize::from(bytes[i])])
        .collect();
    assert_eq!(found, table);
}

fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    sentences(text, Span::new(0, text.len()), 0, &mut out);
    out.iter().map(|s| s.span.of(text)).collect()
}

#[test]
fn initials_do_not_end_sentences() {
    assert_eq!(
        split("Selon V. Poutine, tout va bien. K-J. Tokaïev a répondu. S. Narychkine aussi."),
        [
            "Selon V. Poutine, tout va bien.",
            "K-J. Tokaïev a répondu.",
            "S. Narychkine aussi."
        ]
    );
}

#[test]
fn no_abbreviation_is_longer_than_told() {
    let longest = ABBREVIATIONS.iter().map(|a| a.chars().count()).max();
    assert_eq!(longest, Some(ABBREVIATION_CHARS));
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        split("M. Sandu a gagné. Mr. Smith went to the U.S. Army base. He left."),
        [
            "M. Sandu a gagné.",
            "Mr. Smith went to the U.S. Army base.",
            "He left."
        ]
    );
}

#[test]
fn quotations_hold_their_sentences() {
    assert_eq!(
        split("«Nous ne pouvons pas. Elles l'ont fait.» Aibek Smadiyarov, porte-parole. Fin."),
        [
            "«Nous ne pouvons pas. Elles l'ont fait.» Aibek Smadiyarov, porte-parole.",
            "Fin."
        ]
    );
}

#[test]
fn a_quotation_after_a_colon_ends_its_sentence_with_its_stop() {
    assert_eq!(
        split("Le maire a dit : « Le pont a tenu. Tout va bien. » Hier, Ana Roe a voté."),
        [
            "Le maire a dit : « Le pont a tenu. Tout va bien. »",
            "Hier, Ana Roe a voté."
        ]
    );
    assert_eq!(
        split("The mayor said: \"The bridge held. All is well.\" Later, Ana Roe voted."),
        [
            "The mayor said: \"The bridge held. All is well.\"",
            "Later, Ana Roe voted."
        ]
    );
    // With no stop inside, or no colon before, the sentence goes on.
    assert_eq!(
        split("Le maire a dit : « tout va bien » Hier encore."),
        ["Le maire a dit : « tout va bien » Hier encore."]
    );
}

#[test]
fn a_stray_straight_closing_mark_opens_nothing() {
    assert_eq!(
        split("Il a vu \"deux crues\" (en 1910)\", dit-elle. Le pont a tenu. Fin."),
        [
            "Il a vu \"deux crues\" (en 1910)\", dit-elle.",
            "Le pont a tenu.",
            "Fin."
        ]
    );
    assert_eq!(
        split("He saw \"two floods\" (in 1910)\", she said. The bridge held. End."),
        [
            "He saw \"two floods\" (in 1910)\", she said.",
            "The bridge held.",
            "End."
        ]
    );
}

#[test]
fn questions_exclamations_and_line_breaks_end_sentences() {
    assert_eq!(
        split("Quel impact ? Aucun ! Vraiment\nUne ligne"),
        ["Quel impact ?", "Aucun !", "Vraiment", "Une ligne"]
    );
}

#[test]
fn a_sentence_goes_on_across_a_wrapped_line_and_ends_at_a_line_broken_on_purpose() {
    let text = "Le conseil municipal de Valdorge a voté mardi la fermeture du\npont de Corvel, a indiqué la mairie. Les travaux dureront.\nLe maire se tait\nSa porte-parole aussi.";
    assert_eq!(
        split(text),
        [
            "Le conseil municipal de Valdorge a voté mardi la fermeture du\npont de Corvel, a indiqué la mairie.",
            "Les travaux dureront.",
            "Le maire se tait",
            "Sa porte-parole aussi."
        ]
    );
    let text = "The Orbec harbour board voted on Tuesday to close the old ferry\npier, the board said in a statement.\nA short line\nbroken on purpose.";
    assert_eq!(
        split(text),
        [
            "The Orbec harbour board voted on Tuesday to close the old ferry\npier, the board said in a statement.",
            "A short line",
            "broken on purpose."
        ]
    );
}

#[test]
fn a_sentence_goes_on_across_a_line_cut_after_an_article_or_a_preposition() {
    assert_eq!(
        split("Le pont a rouvert, mais le\ntrafic reste limité. Le maire se tait"),
        [
            "Le pont a rouvert, mais le\ntrafic reste limité.",
            "Le maire se tait"
        ]
    );
    assert_eq!(
        split("Ana Roe also praised the\nharbour staff. She left"),
        ["Ana Roe also praised the\nharbour staff.", "She left"]
    );
    // Not after an elided word: « qu’a » is "has".
    assert!(!ends_open("ce qu’a"));
}

#[test]
fn a_stop_that_lost_its_space_still_ends_a_sentence() {
    assert_eq!(
        split("Le pont a été fermé par le conseil.Dès lors, le maire a réagi."),
        [
            "Le pont a été fermé par le conseil.",
            "Dès lors, le maire a réagi."
        ]
    );
    assert_eq!(
        split("The bridge was shut by the council.In a note, the mayor replied."),
        [
            "The bridge was shut by the council.",
            "In a note, the mayor replied."
        ]
    );
    // Initials, acronyms, decimals and web addresses keep theirs.
    assert_eq!(
        split("Il a vu le U.S.Army et brescoux.com à 1.5 km."),
        ["Il a vu le U.S.Army et brescoux.com à 1.5 km."]
    );
    assert_eq!(
        split("See orbec.com or the U.S.Navy site."),
        ["See orbec.com or the U.S.Navy site."]
    );
}

#[test]
fn decimals_and_lowercase_continuations_stay() {
    assert_eq!(
        split("Il a 1.5 point. et puis rien."),
        ["Il a 1.5 point. et puis rien."]
    );
}

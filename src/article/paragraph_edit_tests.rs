use super::*;
use crate::article::paragraph::paragraphs;

const FRENCH: &str = "Grève à la SNCF\n\nLa direction a annoncé lundi 3 mars que 40 % des trains circuleront.\nLes syndicats, eux, parlent d’un « échec ».\n\n  \u{a0}\n« Nous irons jusqu’au bout », a déclaré Mme Laure Vidal.\n\nUn intertitre court\n\nLe trafic reprendra mardi.";

const ENGLISH: &str = "Storm hits the coast\n\nThe storm left 12,000 homes without power, officials said on Monday.\n\n\n\"We have never seen this,\" said Mayor Jo Park.\nCrews worked through the night\n\nA short heading\n\nRoads reopened on Tuesday.\n";

/// Web copy: one paragraph a line, no blank line anywhere, one line cut after « le ».
const BY_LINE: &str = "Un titre\nSelon Temur Umarov, le pays a voté.\nLe taux a atteint 63 %, mais le\nvote reste contesté.\nFin de l’article.\n";

/// Plain-text copy wrapped at a width, no blank line anywhere.
const WRAPPED: &str = "Flash\nORBEC, May 4 (Norpress) - The Orbec harbour board voted on Tuesday to close\nthe old ferry pier, shut to heavy trucks since the winter, the board said in\na statement.\nRepairs will take two years and cost twelve million dollars, according to\nthe engineers.\nThe mayor declined to comment.\n";

/// What typing does to a text: a character, a line break, a blank line, a heading or a
/// paragraph put in, or a few bytes taken out, at each character boundary.
fn edits(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let boundaries: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for &i in &boundaries {
        for put in [
            "x",
            " ",
            "\n",
            "\n\n",
            ".",
            "Titre\n\n",
            "\n\nUne phrase. Fin.\n\n",
        ] {
            out.push(format!("{}{put}{}", &text[..i], &text[i..]));
        }
    }
    for (k, &i) in boundaries.iter().enumerate() {
        for &j in boundaries.iter().skip(k + 1).take(3) {
            out.push(format!("{}{}", &text[..i], &text[j..]));
        }
    }
    out
}

fn check(text: &str, body_start: usize) {
    let (split, _) = Split::new(text, Span::new(body_start, text.len()));
    for edited in edits(text) {
        if body_start > edited.len() || !edited.is_char_boundary(body_start) {
            continue;
        }
        let body = Span::new(body_start, edited.len());
        let (again, got) = split.after_edit(&edited, body);
        assert_eq!(got, paragraphs(&edited, body), "{edited:?}");
        // And the split of the edited text serves the next edit, back to the text.
        let back = Span::new(body_start, text.len());
        assert_eq!(
            again.after_edit(text, back).1,
            paragraphs(text, back),
            "{edited:?}"
        );
    }
}

#[test]
fn an_edited_french_article_has_the_paragraphs_it_would_have_split_whole() {
    check(FRENCH, 0);
}

#[test]
fn an_edited_english_article_has_the_paragraphs_it_would_have_split_whole() {
    check(ENGLISH, 0);
}

#[test]
fn an_edited_article_of_a_paragraph_a_line_is_split_as_a_whole() {
    check(BY_LINE, 0);
}

#[test]
fn an_edited_article_of_wrapped_lines_is_split_as_a_whole() {
    assert!(matches!(Lines::of(WRAPPED), Lines::Wrapped(_)));
    check(WRAPPED, 0);
}

#[test]
fn a_body_after_front_matter_is_split_from_its_start() {
    let text = format!("---\ntitle: Grève\n---\n{FRENCH}");
    check(&text, "---\ntitle: Grève\n---".len());
}

#[test]
fn an_empty_text_and_one_of_blank_lines_are_split_again() {
    check("", 0);
    check("\n\n \n", 0);
}

//! An edit in one paragraph that changes what another, unchanged, paragraph's names are:
//! what it kept must not be taken again. Each text is read from the readings of the text
//! before it, and must be the analysis of the text read whole.

use super::*;
use crate::analysis::{EntityKind, analyze, reanalyze_unless};

/// The names of the paragraph `paragraph` of `text` as read whole: each one's text and
/// kind, and the text of the long form or acronym it stands with.
fn names_in(text: &str, paragraph: &str) -> Vec<(String, EntityKind, Option<String>)> {
    let start = text.find(paragraph).expect("the paragraph");
    let end = start + paragraph.len();
    (analyze(text, Format::Text).mentions.iter())
        .filter(|m| start <= m.span.start && m.span.end <= end)
        .map(|m| {
            let expands = m.expands().map(|s| s.of(text).to_owned());
            (m.span.of(text).to_owned(), m.kind, expands)
        })
        .collect()
}

/// `text`, then `text` with `edited` replaced by `by`, then `text` again, each read from the
/// readings of the one before: each the analysis read whole. And the names of the paragraph
/// `watched`, not edited, are not the same in the edited text.
fn follows(text: &str, edited: &str, by: &str, watched: &str) {
    assert!(text.contains(edited) && text.contains(watched), "{text}");
    let other = text.replace(edited, by);
    in_turn(&[text, &other, text, &other]);
    assert_ne!(names_in(text, watched), names_in(&other, watched), "{text}");
}

/// Each text read from the readings of the one before: each the analysis read whole.
fn in_turn(texts: &[&str]) {
    let mut readings = Readings::default();
    for t in texts {
        let (analysis, next) =
            reanalyze_unless(t, Format::Text, None, &readings, &|| false).expect("not stopped");
        assert_eq!(
            format!("{analysis:?}"),
            format!("{:?}", analyze(t, Format::Text)),
            "{t}"
        );
        readings = next;
    }
}

#[test]
fn a_surname_alone_follows_the_full_name_in_another_paragraph() {
    let watched = "Brunswald a refusé de commenter.";
    let text = format!(
        "Chantier\n\nHélène Brunswald dirige le chantier depuis mars.\n\nLes travaux avancent.\n\n\
         La grue arrive lundi.\n\nLe budget tient.\n\n{watched}\n"
    );
    follows(
        &text,
        "Hélène Brunswald dirige",
        "Une ingénieure dirige",
        watched,
    );
    let watched = "Oyelaran said more staff would come.";
    let text = format!(
        "Clinic\n\nThe new clinic is run by Maribel Oyelaran since March.\n\nFamilies came.\n\n\
         It has twelve beds.\n\nFunding was regional.\n\n{watched}\n"
    );
    follows(
        &text,
        "by Maribel Oyelaran since",
        "by a doctor since",
        watched,
    );
}

#[test]
fn an_acronym_follows_its_definition_in_another_paragraph() {
    // The acronym of a place is a place, wherever the article uses it.
    let watched = "Selon la RFN, le trafic a baissé de 12 %.";
    let text = format!(
        "Routes\n\nLa République fédérale de Norlandie (RFN) a publié un rapport.\n\n\
         Il compte 40 pages.\n\n{watched}\n"
    );
    follows(
        &text,
        "La République fédérale de Norlandie (RFN)",
        "Un office",
        watched,
    );
    let watched = "The FRN expects prices to fall by 12 %.";
    let text = format!(
        "Grain\n\nThe Federal Republic of Norland (FRN) met on Monday.\n\n\
         It met for hours.\n\n{watched}\n"
    );
    follows(
        &text,
        "The Federal Republic of Norland (FRN)",
        "The board",
        watched,
    );
}

#[test]
fn a_word_in_capitals_follows_how_another_paragraph_writes_it() {
    let watched = "Analysts at KORVANE expect a rebound.";
    let text = format!("Markets\n\n{watched}\n\nShares of Korvane rose on Friday.\n");
    follows(&text, "Shares of Korvane rose", "Shares rose", watched);
    let watched = "Les analystes de VELDOR attendent une reprise.";
    let text = format!("Marchés\n\n{watched}\n\nLe titre de Veldor a monté vendredi.\n");
    follows(&text, "Le titre de Veldor a", "Le titre a", watched);
}

#[test]
fn a_place_in_lowercase_follows_the_pronoun_i_in_another_paragraph() {
    let watched = "last week we drove to ohio and i loved it";
    let text = format!("trip\n\n{watched}\n\nthen i flew home\n");
    follows(&text, "then i flew home", "then we flew home", watched);
}

#[test]
fn a_paragraph_kept_tells_again_how_it_writes_a_word_newly_in_capitals() {
    // The last paragraph is kept as it was while the first starts writing « KORVANE » in
    // capitals: how it writes « Korvane » is asked of it again.
    let text = "Markets\n\nAnalysts expect a rebound.\n\nThe OECD agreed.\n\n\
                Shares of Korvane rose on Friday.\n";
    let other = text.replace("Analysts expect", "Analysts at KORVANE expect");
    in_turn(&[text, &other, text, &other]);
}

/// Paragraphs gained, lost, repeated and typed into, among headings, quotations and sources
/// named a paragraph before: each block's sentences, names and words are found again where
/// they now stand, in French and in English.
#[test]
fn paragraphs_gained_lost_and_typed_into_keep_their_sentences_names_and_words() {
    let texts = [
        [
            "Le pont de Corvel",
            "La maire, Ilse Varga, a inauguré le pont. « Il a coûté 12 millions d'euros de plus que prévu », a-t-elle dit.",
            "Selon la préfecture, le chantier a duré trois ans.",
            "Travaux",
            "Elle a ajouté que la circulation reprendrait lundi. Le conseil municipal (CM) votera le budget.",
        ],
        [
            "The Corvel bridge",
            "The mayor, Ilse Varga, opened the bridge. \"It cost 12 million euros more than planned,\" she said.",
            "According to the prefecture, the works lasted three years.",
            "Works",
            "She added that traffic would resume on Monday. The town council (TC) will vote on the budget.",
        ],
    ];
    for p in texts {
        let whole = |ps: &[&str]| ps.join("\n\n") + "\n";
        let text = whole(&p);
        let typed = text.replacen(p[2], &format!("x{}", p[2]), 1);
        let gained = whole(&[p[0], p[1], p[1], p[2], p[3], p[4]]);
        let lost = whole(&[p[0], p[2], p[3], p[4]]);
        let moved = whole(&[p[0], p[4], p[3], p[2], p[1]]);
        in_turn(&[&text, &typed, &text, &gained, &text, &lost, &moved, &text]);
    }
}

/// How many quotations of `text`, read whole, state something checkable (are claims).
fn checkable_quotations(text: &str) -> usize {
    let claims = analyze(text, Format::Text).claims;
    (claims.iter())
        .filter(|c| c.kind == crate::analysis::ClaimKind::Quotation)
        .count()
}

/// `text`, then each of `edits` (a part of `text` and what replaces it) in turn, with
/// `text` again between two: each read from the readings of the one before, each the
/// analysis read whole; and each edit changes how many quotations are checkable.
fn quotations_follow(text: &str, edits: &[(&str, &str)]) {
    let mut texts = vec![text.to_owned()];
    for (edited, by) in edits {
        assert!(text.contains(edited), "{edited}");
        let other = text.replace(edited, by);
        assert_ne!(
            checkable_quotations(text),
            checkable_quotations(&other),
            "{other}"
        );
        texts.extend([other, text.to_owned()]);
    }
    in_turn(&texts.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn a_quotation_states_what_it_stated_while_its_paragraph_and_names_are_the_same() {
    // Edited: the words of a quotation, the name inside another (a first person with a name
    // reports an event, without one a speaker's own doing), and the paragraph after a
    // quotation ending in a duration (a penalty there makes it a figure to check, in the
    // quotation and in its sentence).
    let text = "Crue à Valmorte\n\n\
        « Les secours ont évacué deux cents familles du quartier bas », a déclaré Hélène Brunswald.\n\n\
        « C'est la plus grave crue de notre histoire au monde », selon le maire.\n\n\
        « Nous avons fait de notre mieux pour tous », dit-il.\n\n\
        La digue cède et le maire, devant les habitants du quartier, a dit « une peine de 4 ans »\n\n\
        prison ferme, requise contre l'entreprise.\n";
    quotations_follow(
        text,
        &[
            (
                "Les secours ont évacué deux cents",
                "Nous aimons beaucoup les deux cents",
            ),
            ("« Nous avons fait", "« Marc Duvalier a fait"),
            ("prison ferme, requise", "Rien de plus, disent"),
        ],
    );
    let text = "Flood in Valmorte\n\n\
        \"Rescuers evacuated two hundred families from the low district,\" said Helen Brunswald.\n\n\
        \"This is the worst flood in the history of the world,\" the mayor said.\n\n\
        \"We have evacuated everyone from here,\" he said.\n\n\
        The dam broke and the mayor, who spoke to the people of the district, asked for \"a sentence of 4 years\"\n\n\
        in prison, requested against the firm.\n";
    quotations_follow(
        text,
        &[
            (
                "Rescuers evacuated two hundred families",
                "We really love the families",
            ),
            ("\"We have evacuated", "\"Mark Duvall has evacuated"),
            ("in prison, requested", "nothing more, they say,"),
        ],
    );
}

/// Typing, one character at a time, a blank line into a paragraph and words into the
/// blank line between two paragraphs, in an article read from the readings of the text
/// before each keystroke: the paragraphs split again where the text changed, each text
/// the analysis of the text read whole.
fn typed_across_paragraphs(text: &str, split_after: &str, join_after: &str) {
    let typed = |text: &str, after: &str, typing: &str| {
        let at = text.find(after).expect("the place") + after.len();
        (0..=typing.len())
            .filter(|&n| typing.is_char_boundary(n))
            .map(|n| format!("{}{}{}", &text[..at], &typing[..n], &text[at..]))
            .collect::<Vec<_>>()
    };
    let mut texts = typed(text, split_after, "\n\nEt Maud Ferrand ");
    let split = texts.last().cloned().expect("typed");
    texts.extend(typed(&split, join_after, " suite"));
    texts.push(text.to_owned());
    in_turn(&texts.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn french_paragraphs_split_and_joined_by_typing_are_read_as_whole() {
    typed_across_paragraphs(
        "Grève à Rennes\n\nLa direction de Keolis a annoncé lundi que 40 % des bus circuleront. \
         Les syndicats parlent d’un échec.\n\n« Nous irons jusqu’au bout », a déclaré Maud Ferrand.\n\n\
         Le trafic reprendra mardi.\n",
        "circuleront.",
        "jusqu’au bout », a déclaré Maud Ferrand.\n",
    );
}

#[test]
fn english_paragraphs_split_and_joined_by_typing_are_read_as_whole() {
    typed_across_paragraphs(
        "Storm hits Galway\n\nThe storm left 12,000 homes without power, officials said. \
         Crews from ESB Networks worked through the night.\n\n\"We have never seen this,\" said \
         Mayor Jo Park.\n\nRoads reopened on Tuesday.\n",
        "officials said.",
        "said Mayor Jo Park.\n",
    );
}

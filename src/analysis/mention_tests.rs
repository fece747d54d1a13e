use super::*;
use crate::article::Format;

fn names(text: &str) -> Vec<&str> {
    let article = Article::parse(text, Format::Text);
    mentions(text, &article)
        .iter()
        .map(|m| m.span.of(text))
        .collect()
}

fn kind_of(text: &str, name: &str) -> EntityKind {
    let article = Article::parse(text, Format::Text);
    let found = mentions(text, &article);
    let m = found.iter().find(|m| m.span.of(text) == name);
    m.unwrap_or_else(|| panic!("no mention {name}")).kind
}

#[test]
fn sentence_initial_function_words_are_not_names() {
    let text = "Selon Temur Umarov, rien. Cependant rien. Mais Umarov dit. Dans la ville. Si oui. Le Kremlin.";
    assert_eq!(names(text), ["Temur Umarov", "Umarov", "Kremlin"]);
}

#[test]
fn initials_join_the_surname() {
    let text = "Hier, V. Poutine et K-J. Tokaïev ont vu S. Narychkine et M. Sandu.";
    assert_eq!(
        names(text),
        ["V. Poutine", "K-J. Tokaïev", "S. Narychkine", "M. Sandu"]
    );
}

#[test]
fn an_unconfirmed_capitalised_first_word_is_not_a_name() {
    let text = "Remerciant son hôte, il part. Tokayev parle. Le président Tokayev sourit.";
    assert_eq!(names(text), ["Tokayev", "Tokayev"]);
}

#[test]
fn capitalised_connected_words_make_one_name() {
    let text = "Il est membre de l’Organisation du Traité de Sécurité Collective depuis.";
    assert_eq!(
        names(text),
        ["Organisation du Traité de Sécurité Collective"]
    );
}

#[test]
fn an_organisation_head_carries_lowercase_words_to_a_stop() {
    let text = "Les troupes de l’Organisation du traité de sécurité collective, arrivées hier.";
    assert_eq!(
        names(text),
        ["Organisation du traité de sécurité collective"]
    );
}

#[test]
fn an_organisation_head_stops_before_a_verb_it_cannot_see_past() {
    let text = "Hier l’Union européenne accuse la Russie.";
    assert_eq!(names(text), ["Union", "Russie"]);
}

#[test]
fn a_lowercase_ministry_needs_a_capitalised_word() {
    let text =
        "Hier le ministère kazakh des Affaires étrangères a exclu cela. Le ministère russe parle.";
    assert_eq!(names(text), ["ministère kazakh des Affaires étrangères"]);
}

#[test]
fn a_parenthesised_acronym_expands_to_the_name_before_it() {
    let text = "Un sommet de l’Organisation du traité de sécurité collective (OTSC) à Astana.";
    let article = Article::parse(text, Format::Text);
    let m = mentions(text, &article);
    let otsc = m.iter().find(|m| m.span.of(text) == "OTSC").unwrap();
    assert_eq!(otsc.form, Form::Acronym);
    let long = otsc.expands.map(|s| s.of(text));
    assert_eq!(long, Some("Organisation du traité de sécurité collective"));
    assert_eq!(otsc.kind, EntityKind::Organization);
}

#[test]
fn title_case_headings_do_not_glue_words_into_names() {
    let text = "Le Kazakhstan Déroule Le Tapis Bleu Et Jaune à Poutine\n\nHier, Poutine a parlé.";
    // The gazetteer confirms « Kazakhstan »; « Déroule », « Tapis » and « Jaune » stay words.
    assert_eq!(names(text), ["Kazakhstan", "Poutine", "Poutine"]);
}

#[test]
fn a_title_before_a_name_makes_a_person() {
    let text = "Hier, le président russe Vladimir Poutine est arrivé.";
    assert_eq!(kind_of(text, "Vladimir Poutine"), EntityKind::Person);
}

#[test]
fn an_apposition_after_a_name_gives_its_kind() {
    let text =
        "Hier, Rosatom, le géant russe du nucléaire, a signé. Puis Satpayev, un analyste, parle.";
    assert_eq!(kind_of(text, "Rosatom"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Satpayev"), EntityKind::Person);
}

#[test]
fn a_surname_takes_the_kind_of_the_full_name() {
    let text = "Hier, Maximilian Hess, chercheur, a parlé. Ensuite Hess a ajouté.";
    assert_eq!(kind_of(text, "Hess"), EntityKind::Person);
}

#[test]
fn acronyms_are_organisations_but_not_common_abbreviations() {
    let text = "Il a déclaré à l’AFP devant un écran LED.";
    assert_eq!(names(text), ["AFP"]);
    assert_eq!(kind_of(text, "AFP"), EntityKind::Organization);
}

#[test]
fn a_strong_place_preposition_makes_a_place() {
    let text = "Ils vivent en Zoubrovie depuis longtemps.";
    assert_eq!(kind_of(text, "Zoubrovie"), EntityKind::Location);
}

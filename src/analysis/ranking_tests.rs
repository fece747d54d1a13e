use super::*;
use crate::analysis::tokens::Tokens;

fn superl(text: &str) -> Option<&str> {
    let t = Tokens::new(text);
    superlative(&t, 0..t.len()).map(|s| s.of(text))
}

#[test]
fn a_superlative_runs_to_its_world_scope() {
    assert_eq!(
        superl("Il partage la plus longue frontière terrestre continue au monde."),
        Some("la plus longue frontière terrestre continue au monde")
    );
    assert_eq!(
        superl("Le pays, premier producteur mondial d’uranium, envisage."),
        Some("premier producteur mondial d’uranium")
    );
    assert_eq!(
        superl("It is the largest oil field in the world."),
        Some("largest oil field in the world")
    );
}

#[test]
fn a_rank_after_a_definite_article_is_a_superlative() {
    assert_eq!(
        superl("Germany is the largest economy in Europe."),
        Some("the largest economy")
    );
    assert_eq!(superl("He came first."), None);
}

#[test]
fn more_than_a_number_is_not_a_superlative() {
    assert_eq!(superl("Plus de 80 % du brut, de plus en plus."), None);
}

#[test]
fn comparisons_need_their_than() {
    let t = Tokens::new("Les liens semblent plus forts que jamais.");
    assert_eq!(
        comparison(&t, 0..t.len()).map(|s| s.of(t.text)),
        Some("plus forts que jamais")
    );
    let t = Tokens::new("Il en veut plus.");
    assert_eq!(comparison(&t, 0..t.len()), None);
}

/// What is wished or asked is ranked against nothing: no superlative before « possible »
/// (French and English).
#[test]
fn a_superlative_of_what_is_possible_ranks_nothing() {
    for text in [
        "Il faut réduire les émissions le plus rapidement possible.",
        "La mairie cherche la meilleure solution possible pour le quartier.",
        "The council wants the best possible outcome for the district.",
        "Ministers promised the highest possible standard of care.",
    ] {
        assert_eq!(superl(text), None, "{text}");
    }
    assert_eq!(
        superl("C’est la plus grande usine au monde."),
        Some("la plus grande usine au monde")
    );
    assert_eq!(
        superl("It is the best school in the region."),
        Some("the best school")
    );
}

fn compared(text: &str) -> Option<&str> {
    let t = Tokens::new(text);
    comparison(&t, 0..t.len()).map(|s| s.of(text))
}

/// « Ne … plus que » and "no more than" say "only": no comparison; « pas plus … que » and
/// "more … than" still compare (French and English).
#[test]
fn a_restrictive_plus_que_compares_nothing() {
    for text in [
        "Il ne lui restait plus qu'à signer le bail.",
        "Il ne reste plus que la mairie de Brescoux à convaincre.",
        "The hearing was no more than a formality.",
        "It was nothing more than a rumour.",
    ] {
        assert_eq!(compared(text), None, "{text}");
    }
    assert_eq!(
        compared("Le pont n'est pas plus long que celui de Valdorge."),
        Some("plus long que celui")
    );
    assert_eq!(
        compared("The bridge is more expensive than the tunnel."),
        Some("more expensive than the")
    );
}

#[test]
fn one_of_the_most_is_a_superlative() {
    assert!(superl("Brescoux est l’un des plus vieux ports de Norlandie.").is_some());
    assert!(superl("Orbec is one of the most visited towns in Norland.").is_some());
}

#[test]
fn a_superlative_with_a_world_scope_needs_no_article() {
    assert_eq!(
        superl("Ce pays, en tant que plus gros exportateur de sel au monde, pèse."),
        Some("plus gros exportateur de sel au monde")
    );
    assert_eq!(
        superl("Norland, as most visited country in the world, gains."),
        Some("most visited country in the world")
    );
}

/// An ordinal past the first with a definite article ranks within a country or a named place
/// (« la deuxième ville du pays », "the third port of Norland"); an ordinal and a superlative in
/// one word ("second-largest") is a superlative, after a possessive too.
#[test]
fn an_ordinal_within_a_country_or_a_place_is_a_rank() {
    assert_eq!(
        superl("Orbec est devenue la deuxième ville du pays en 2020."),
        Some("la deuxième ville")
    );
    assert_eq!(
        superl("Valdorge is now the third port of Norland by tonnage."),
        Some("the third port")
    );
    assert_eq!(
        superl("Norland is the region's second-largest exporter of barley."),
        Some("second-largest exporter")
    );
    assert_eq!(
        superl("Norstat, its third-biggest lender, said nothing."),
        Some("third-biggest lender")
    );
    // No scope, a title, or a first (as often planned as done): no rank.
    assert_eq!(superl("Orbec a gagné la deuxième manche hier."), None);
    assert_eq!(superl("Orbec veut bâtir la première usine du pays."), None);
    assert_eq!(superl("Norland's best years are ahead of it."), None);
    assert_eq!(superl("That's only the start, and it's only Monday."), None);
    assert_eq!(superl("Le premier ministre du pays a parlé."), None);
}

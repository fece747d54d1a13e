use super::*;
use crate::article::find_quantities;

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

#[test]
fn a_statistic_focus_takes_what_is_counted() {
    let text = "Un enjeu alors que plus de 80% du brut kazakh transite par la Russie.";
    let t = Tokens::new(text);
    let q = find_quantities(text);
    let focus = statistic_focus(&t, &q[0], t.len());
    assert_eq!(focus.of(text), "plus de 80% du brut kazakh");
}

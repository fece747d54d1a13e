//! What a count counts, known across words and languages (`corpus::measure`), on fixture
//! corpora: the same count in other words, and two tolls of one event that cannot both be
//! true; with the pairs that must not link.

use std::path::PathBuf;

use attest::article::Format;
use attest::corpus::{Config, Corpus, Document, Relation};

fn corpus(articles: &[(&str, &str)]) -> Corpus {
    let docs = articles
        .iter()
        .map(|(name, text)| Document::new(PathBuf::from(name), text.to_string(), Format::Text))
        .collect();
    Corpus::from_documents(docs, Config::default())
}

/// The relations of the links between two articles, in order.
fn relations(a: &str, b: &str) -> Vec<Relation> {
    let c = corpus(&[("a.txt", a), ("b.txt", b)]);
    c.links().iter().map(|l| l.relation).collect()
}

/// An article of one story: the fire at the Norstat plant in Valdorge, told by Ana Roe,
/// with `toll` in its second paragraph (French).
fn feu(toll: &str) -> String {
    format!(
        "Incendie à Valdorge\n\nAna Roe, la préfète, et Tom Reed, le maire de Brescoux, se sont rendus vendredi à l’usine Norstat de Valdorge.\n\n{toll}\n"
    )
}

/// The same story in English.
fn fire(toll: &str) -> String {
    format!(
        "Fire in Valdorge\n\nAna Roe, the prefect, and Tom Reed, the mayor of Brescoux, visited the Norstat plant in Valdorge on Friday.\n\n{toll}\n"
    )
}

/// Another story, in the same beat: a flood in Orbec told by Lise Morel.
fn crue(toll: &str) -> String {
    format!(
        "Crue à Orbec\n\nLise Morel, la maire, a visité samedi les quartiers inondés d’Orbec.\n\n{toll}\n"
    )
}

/// One measure in other words, in one story and one language: « voix » is « suffrages »,
/// « personnes sont mortes » is « morts », "killed … people" is "dead" (French and English).
#[test]
fn one_measure_in_other_words_is_the_same_count() {
    let sets = [
        (
            feu("Le conseil a voté la fermeture par 288 voix contre 12."),
            feu("La fermeture a recueilli 288 suffrages au conseil."),
        ),
        (
            feu("Selon le dernier bilan, 146 personnes sont mortes dans l’incendie."),
            feu("L’incendie a fait 146 morts, a précisé la préfète."),
        ),
        (
            fire("The blaze killed 146 people, officials said."),
            fire("Officials counted 146 dead after the blaze."),
        ),
    ];
    for (a, b) in &sets {
        assert_eq!(relations(a, b), [Relation::Corroborates], "{a} / {b}");
    }
}

/// Guard: the dead are never the injured, in one language or across two; a count of
/// people with no measure said is not a toll (French and English).
#[test]
fn the_dead_are_never_the_injured_in_any_language() {
    let pairs = [
        (
            feu("L’incendie a fait 146 morts, a précisé la préfète."),
            fire("The blaze left 146 injured, officials said."),
        ),
        (
            fire("The blaze killed 146 people, officials said."),
            feu("L’incendie a fait 146 blessés, a précisé la préfète."),
        ),
        (
            feu("L’incendie a fait 146 morts, a précisé la préfète."),
            feu("Après l’incendie, 146 personnes ont été relogées."),
        ),
    ];
    for (a, b) in &pairs {
        assert!(relations(a, b).is_empty(), "{a} / {b}");
    }
}

/// A precise count of a known measure said in a few words (« 146 morts. ») says little of
/// its subject, but its figure and its story say enough: linked in other words where the
/// articles tell one story, never alone (French and English).
#[test]
fn a_precise_toll_alone_is_linked_within_one_story() {
    let alone = feu("146 morts.");
    let told = fire("The blaze killed 146 people, officials said.");
    assert_eq!(relations(&alone, &told), [Relation::Corroborates]);
    let elsewhere = crue("146 morts.");
    assert!(relations(&elsewhere, &told).is_empty(), "another story");
    assert!(
        relations(&feu("14 morts."), &fire("The blaze killed 14 people.")).is_empty(),
        "a figure of two digits is said of too many things"
    );
}

/// Two precise tolls of one event that cannot both be true contradict, in other words and
/// across languages, where the articles tell one story (French and English).
#[test]
fn two_tolls_of_one_event_contradict_in_other_words() {
    let sets = [
        (
            feu("L’incendie a fait 146 morts, a précisé la préfète."),
            feu("Selon le dernier bilan, 152 personnes sont mortes."),
        ),
        (
            fire("The blaze killed 146 people, officials said."),
            fire("The death toll rose to 152, officials said."),
        ),
        (
            feu("On déplorait vendredi 146 décès."),
            fire("The blaze killed 152 people, officials said."),
        ),
        (
            feu("Au moins 231 blessés ont été hospitalisés."),
            fire("Officials said 198 people were injured in the blaze."),
        ),
    ];
    for (a, b) in &sets {
        assert_eq!(relations(a, b), [Relation::Contradicts], "{a} / {b}");
    }
}

/// Guards: no contradiction between tolls of two stories, of two years, of two places, a
/// part and its total, or counts that are no toll (votes needed and won) (French and
/// English).
#[test]
fn tolls_apart_do_not_contradict() {
    let pairs = [
        (
            feu("L’incendie a fait 146 morts, a précisé la préfète."),
            crue("La crue a fait 152 morts, a précisé le maire."),
        ),
        (
            feu("En 2008, un incendie avait fait 146 morts à l’usine."),
            feu("En 2019, un incendie a fait 152 morts à l’usine."),
        ),
        (
            feu("À Valdorge, l’incendie a fait 146 morts."),
            feu("À Orbec, on déplorait vendredi 152 décès."),
        ),
        (
            fire("The blaze killed 346 people, officials said."),
            fire("Officials counted many victims, including 152 killed inside the plant."),
        ),
        (
            feu("La fermeture a été votée par 331 voix."),
            feu("La fermeture exigeait 288 voix au conseil."),
        ),
    ];
    for (a, b) in &pairs {
        assert!(relations(a, b).is_empty(), "{a} / {b}");
    }
}

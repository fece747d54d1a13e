//! Claims compared across documents, on fixture corpora; what a count counts, known across
//! words and languages (`corpus::measure`): the same count in other words, and two tolls of
//! one event that cannot both be true, with the pairs that must not link.

use std::path::PathBuf;

use attest::analysis::Code;
use attest::article::Format;
use attest::corpus::{Config, Corpus, Document, Relation};

fn corpus(articles: &[(&str, &str)]) -> Corpus {
    let docs = articles
        .iter()
        .map(|(name, text)| Document::new(PathBuf::from(name), text.to_string(), Format::Text))
        .collect();
    Corpus::from_documents(docs, Config::default())
}

#[test]
fn incompatible_quantities_about_one_subject_contradict() {
    let c = corpus(&[
        (
            "a.txt",
            "Titre\n\nPlus de 60\u{a0}000 Kazakhs de souche vivent en Ukraine, selon Temur Umarov.",
        ),
        (
            "b.txt",
            "Titre\n\nSeulement 20\u{202f}000 Kazakhs de souche vivent en Ukraine.",
        ),
    ]);
    let findings = c.findings();
    let in_b: Vec<_> = findings[1]
        .iter()
        .filter(|f| f.code == Code::ClaimContradicted)
        .collect();
    assert_eq!(in_b.len(), 1, "{:?}", findings[1]);
    let related = &in_b[0].related[0];
    assert_eq!(related.document, Some(0));
    assert!(
        related
            .span
            .of(&c.documents[0].text)
            .contains("60\u{a0}000")
    );
    assert!(
        findings[0]
            .iter()
            .any(|f| f.code == Code::ClaimContradicted)
    );
}

#[test]
fn compatible_intervals_do_not_contradict() {
    let c = corpus(&[
        (
            "a.txt",
            "Titre\n\nPlus de 80\u{a0}% du brut kazakh passe par la Russie.",
        ),
        (
            "b.txt",
            "Titre\n\nPlus de la moitié du brut kazakh passe par la Russie.",
        ),
    ]);
    assert!(
        c.findings()
            .iter()
            .flatten()
            .all(|f| f.code != Code::ClaimContradicted)
    );
    assert!(
        c.links().is_empty(),
        "both can be true, but are not one figure"
    );
}

/// One number written two ways (« plus de 80 % », « environ 80 % ») is the same claim;
/// figures that can both be true but are not the same number (« plus de la moitié ») are
/// no link: in doubt, none (French and English).
#[test]
fn only_the_same_figure_corroborates() {
    let sets = [
        (
            "Titre\n\nPlus de 80\u{a0}% du brut kazakh passe par la Russie.",
            "Titre\n\nEnviron 80\u{a0}% du brut kazakh passe par la Russie.",
            "Titre\n\nPlus de la moitié du brut kazakh passe par la Russie.",
            "Titre\n\nEnviron les deux tiers du brut kazakh passent par la Russie.",
        ),
        (
            "Title\n\nMore than 80% of Kazakh crude passes through Russia.",
            "Title\n\nAbout 80% of Kazakh crude passes through Russia.",
            "Title\n\nMore than half of Kazakh crude passes through Russia.",
            "Title\n\nAbout two thirds of Kazakh crude passes through Russia.",
        ),
    ];
    for (more, about, half, two_thirds) in sets {
        let c = corpus(&[("a.txt", more), ("b.txt", about)]);
        assert_eq!(c.links().len(), 1, "{about}");
        assert!(
            (c.findings_of(1).iter()).all(|f| f.code != Code::ClaimContradicted),
            "{:?}",
            c.findings_of(1)
        );
        assert!(
            c.findings_of(1).iter().any(|f| f
                .related
                .iter()
                .any(|r| r.message == "the same claim in another article")),
            "{:?}",
            c.findings_of(1)
        );
        let c = corpus(&[("a.txt", more), ("b.txt", half)]);
        assert!(c.links().is_empty(), "{half}: {:?}", c.findings_of(1));
        let c = corpus(&[("a.txt", more), ("b.txt", two_thirds)]);
        assert_eq!(
            relations(&c, 1),
            [Code::ClaimContradicted],
            "{two_thirds}: {:?}",
            c.findings_of(1)
        );
    }
}

#[test]
fn different_subjects_are_not_compared() {
    let c = corpus(&[
        (
            "a.txt",
            "Titre\n\nPlus de 80\u{a0}% du brut kazakh passe par la Russie.",
        ),
        (
            "b.txt",
            "Titre\n\nMoins de 10\u{a0}% des électeurs ont voté.",
        ),
    ]);
    assert!(c.links().is_empty());
}

#[test]
fn claims_in_one_article_are_not_compared_with_each_other() {
    let c = corpus(&[(
        "a.txt",
        "Titre\n\nPlus de 80\u{a0}% du brut kazakh passe par la Russie.\n\nMoins de 5\u{a0}% du brut kazakh passe par la Russie.",
    )]);
    assert!(c.links().is_empty());
}

fn relations(c: &Corpus, d: usize) -> Vec<Code> {
    c.findings_of(d)
        .into_iter()
        .filter(|f| {
            f.code == Code::ClaimContradicted
                || f.related
                    .iter()
                    .any(|r| r.message == "the same claim in another article")
        })
        .map(|f| f.code)
        .collect()
}

/// Figures of different years are not compared (French and English); of the same year they
/// still are; a year on one side only is a doubt, and no link.
#[test]
fn figures_of_different_years_neither_contradict_nor_corroborate() {
    let pairs = [
        (
            "Titre\n\nEn 2008, Valdorge comptait 1\u{a0}200 cas de rougeole dans ses écoles.",
            "Titre\n\nEn 2019, Valdorge comptait 3\u{a0}400 cas de rougeole dans ses écoles.",
            "Titre\n\nValdorge comptait 3\u{a0}400 cas de rougeole dans ses écoles.",
        ),
        (
            "Title\n\nIn 2008, Millbrook recorded 1,200 measles cases in its schools.",
            "Title\n\nIn 2019, Millbrook recorded 3,400 measles cases in its schools.",
            "Title\n\nMillbrook recorded 3,400 measles cases in its schools.",
        ),
    ];
    for (old, new, undated) in pairs {
        let c = corpus(&[("a.txt", old), ("b.txt", new)]);
        assert!(relations(&c, 1).is_empty(), "{:?}", c.findings_of(1));
        let same_year = old
            .replace("1\u{a0}200", "3\u{a0}400")
            .replace("1,200", "3,400");
        let c = corpus(&[
            ("a.txt", new),
            (
                "b.txt",
                &new.replace("3\u{a0}400", "9\u{a0}000")
                    .replace("3,400", "9,000"),
            ),
        ]);
        assert_eq!(
            relations(&c, 1),
            [Code::ClaimContradicted],
            "{:?}",
            c.findings_of(1)
        );
        let c = corpus(&[("a.txt", &same_year), ("b.txt", undated)]);
        assert!(
            relations(&c, 1).is_empty(),
            "a year on one side only: {:?}",
            c.findings_of(1)
        );
    }
}

/// The dead of one event are not the injured of another: the word the figure counts must
/// agree (French and English).
#[test]
fn figures_that_count_different_things_are_not_compared() {
    let pairs = [
        (
            "Titre\n\nOn compte 12 morts dans l’incendie de l’usine de Valdorge.",
            "Titre\n\nOn compte 30 blessés dans l’incendie de l’usine de Valdorge.",
        ),
        (
            "Title\n\nThere were 12 dead in the fire at the Millbrook plant.",
            "Title\n\nThere were 30 injured in the fire at the Millbrook plant.",
        ),
    ];
    for (dead, injured) in pairs {
        let c = corpus(&[("a.txt", dead), ("b.txt", injured)]);
        assert!(relations(&c, 1).is_empty(), "{:?}", c.findings_of(1));
        let more_dead = dead.replace("12", "40");
        let c = corpus(&[("a.txt", dead), ("b.txt", &more_dead)]);
        assert_eq!(
            relations(&c, 1),
            [Code::ClaimContradicted],
            "{:?}",
            c.findings_of(1)
        );
    }
}

/// What a figure is about is read on both sides of it: after it, or before it when nothing
/// follows (« Le pont de Corvel a coûté 12 millions d'euros. »). The same sentence in two
/// articles is the same claim; the same sum spent on another thing is no link (French and
/// English).
#[test]
fn a_figure_is_the_same_claim_only_about_the_same_thing() {
    let sets = [
        (
            "Titre\n\nLe pont de Corvel a coûté 12 millions d'euros.",
            "Titre\n\nL'école de Brescoux a coûté 12 millions d'euros.",
        ),
        (
            "Title\n\nThe Corvel bridge cost 12 million euros.",
            "Title\n\nThe Brescoux school cost 12 million euros.",
        ),
    ];
    for (bridge, school) in sets {
        let c = corpus(&[("a.txt", bridge), ("b.txt", bridge)]);
        assert_eq!(c.links().len(), 1, "{bridge}");
        let c = corpus(&[("a.txt", bridge), ("b.txt", school)]);
        assert!(c.links().is_empty(), "{school}: {:?}", c.findings_of(1));
    }
}

/// A claim whose words say too little of what it is about (a comparison's « plus cher
/// que ») is never linked, though another says as little (French and English).
#[test]
fn a_claim_that_says_too_little_of_its_subject_is_not_linked() {
    let pairs = [
        (
            "Titre\n\nÀ Brescoux, le déjeuner est plus cher que le dîner.",
            "Titre\n\nÀ Valdorge, le train est plus cher que le car.",
        ),
        (
            "Title\n\nIn Orbec, lunch is more expensive than the dinner.",
            "Title\n\nIn Millbrook, the train is more expensive than the bus.",
        ),
    ];
    for (a, b) in pairs {
        let c = corpus(&[("a.txt", a), ("b.txt", b)]);
        assert!(c.links().is_empty(), "{b}: {:?}", c.findings_of(1));
    }
}

/// Two figures contradict only when their words say the same: two subject words in common
/// are not enough (French and English).
#[test]
fn a_contradiction_needs_the_same_words() {
    let sets = [
        (
            "Titre\n\nÀ Orbec, 5\u{a0}200 habitants ont signé la pétition pour le nouveau pont.",
            "Titre\n\nÀ Orbec, 2\u{a0}100 habitants ont assisté à la réunion sur le nouveau pont.",
            "Titre\n\nÀ Orbec, 2\u{a0}100 habitants ont signé la pétition pour le nouveau pont.",
        ),
        (
            "Title\n\nIn Orbec, 5,200 residents signed the petition for the new bridge.",
            "Title\n\nIn Orbec, 2,100 residents attended the meeting on the new bridge.",
            "Title\n\nIn Orbec, 2,100 residents signed the petition for the new bridge.",
        ),
    ];
    for (signed, attended, fewer_signed) in sets {
        let c = corpus(&[("a.txt", signed), ("b.txt", attended)]);
        assert!(relations(&c, 1).is_empty(), "{:?}", c.findings_of(1));
        let c = corpus(&[("a.txt", signed), ("b.txt", fewer_signed)]);
        assert_eq!(
            relations(&c, 1),
            [Code::ClaimContradicted],
            "{:?}",
            c.findings_of(1)
        );
    }
}

/// A figure written with many digits is seldom written twice by chance: the same one in two
/// articles is one fact however worded; a round figure is not (French and English).
#[test]
fn the_same_precise_figure_is_one_fact_however_worded() {
    let sets = [
        (
            "Titre\n\nAu total, 3\u{a0}418\u{a0}275 électeurs étaient inscrits sur les listes de la région.",
            "Titre\n\nLa préfecture a recensé 3\u{a0}418\u{a0}275 électeurs.",
            "Titre\n\nLa préfecture a recensé 3\u{a0}400\u{a0}000 électeurs.",
            "Titre\n\nAu total, 3\u{a0}400\u{a0}000 électeurs étaient inscrits sur les listes de la région.",
        ),
        (
            "Title\n\nIn all, 3,418,275 voters were registered on the region's rolls.",
            "Title\n\nThe prefecture counted 3,418,275 voters.",
            "Title\n\nThe prefecture counted 3,400,000 voters.",
            "Title\n\nIn all, 3,400,000 voters were registered on the region's rolls.",
        ),
    ];
    for (precise, reworded, round_reworded, round) in sets {
        let c = corpus(&[("a.txt", precise), ("b.txt", reworded)]);
        assert_eq!(c.links().len(), 1, "{reworded}");
        assert_eq!(c.links()[0].relation, Relation::Corroborates);
        let c = corpus(&[("a.txt", round), ("b.txt", round_reworded)]);
        assert!(
            c.links().is_empty(),
            "{round_reworded}: {:?}",
            c.findings_of(1)
        );
    }
}

fn same_claim_in(c: &Corpus, d: usize) -> Vec<String> {
    c.findings_of(d)
        .into_iter()
        .filter(|f| {
            f.related
                .iter()
                .any(|r| r.message == "the same claim in another article")
        })
        .map(|f| f.span.of(&c.documents[d].text).to_string())
        .collect()
}

/// The same figure in other words, or in another language, is one fact when the two
/// articles tell one story: they share names (one name across languages: « Moscou »,
/// "Moscow") or other figures. A figure alone, in an article of another story, is no link.
#[test]
fn the_same_figure_in_another_language_is_one_fact_of_one_story() {
    let fr = "Référendum à Valdorge\n\nSelon la commission électorale de Valdorge, la participation a atteint 63,4\u{a0}% dimanche. Ana Roe, la maire de Brescoux, a salué le résultat.\n";
    let en = "Valdorge votes\n\nTurnout in the Valdorge referendum reached 63.4 percent on Sunday, the electoral commission said. Ana Roe, the mayor of Brescoux, welcomed it.\n";
    let other = "Tram poll\n\nSupport for the tram in Millbrook reached 63.4 percent, the Norstat survey found.\n";
    let c = corpus(&[("fr.txt", fr), ("en.txt", en)]);
    assert_eq!(c.links().len(), 1, "{:?}", c.findings_of(1));
    assert_eq!(c.links()[0].relation, Relation::Corroborates);
    assert!(same_claim_in(&c, 1)[0].contains("63.4 percent"));
    assert!(same_claim_in(&c, 0)[0].contains("63,4\u{a0}%"));
    let c = corpus(&[("fr.txt", fr), ("other.txt", other)]);
    assert!(c.links().is_empty(), "{:?}", c.findings_of(1));
    let c = corpus(&[("en.txt", en), ("other.txt", other)]);
    assert!(c.links().is_empty(), "{:?}", c.findings_of(1));
}

/// In one story, a figure is the same as another to the precision the less precise is
/// written with (« plus de 4,3 millions » is 4,318,652), and two figures stated as
/// precisely but different are not one fact. A rough figure is linked only where the two
/// articles also state a precise one the same (French and English).
#[test]
fn in_one_story_a_rounded_figure_is_the_precise_one() {
    let story = |voters: &str, registered: &str| {
        format!(
            "Vote\n\nAna Roe, la maire de Brescoux, a annoncé que {voters} électeurs de Valdorge ont voté.\n\nLa commission de Valdorge comptait {registered} inscrits.\n"
        )
    };
    let en = "Vote\n\nAna Roe, the mayor of Brescoux, said 4,318,652 Valdorge voters cast a ballot.\n\nThe Valdorge commission counted 9,641,207 registered voters.\n";
    let linked = |fr: &str| {
        let c = corpus(&[("en.txt", en), ("fr.txt", fr)]);
        let mut figures: Vec<String> = same_claim_in(&c, 1);
        figures.sort();
        figures
    };
    let precise = "9\u{a0}641\u{a0}207";
    assert_eq!(
        linked(&story("plus de 4,3 millions d’", precise)).len(),
        2,
        "the rounding and the precise figure"
    );
    let only_precise = linked(&story("4\u{a0}302\u{a0}118", precise));
    assert_eq!(only_precise.len(), 1, "{only_precise:?}");
    assert!(only_precise[0].contains(precise));
    // Without a precise figure the same, the rounding alone is no link.
    assert!(linked(&story("plus de 4,3 millions d’", "9,6 millions d’")).is_empty());
}

/// In one story and one language, figures in other words are one fact only when they count
/// the same thing: 146 dead are not 146 arrested (French and English).
#[test]
fn in_one_story_and_one_language_a_figure_counts_the_same_thing() {
    let sets = [
        (
            "Incendie\n\nÀ Valdorge, l’incendie de l’usine Norstat a fait 146 morts, selon Ana Roe.\n",
            "Bilan\n\nAna Roe a confirmé le bilan : on compte 146 morts dans l’usine Norstat de Valdorge.\n",
            "Enquête\n\nAna Roe a indiqué que 146 personnes ont été interpellées après l’incendie de l’usine Norstat de Valdorge.\n",
        ),
        (
            "Fire\n\nIn Valdorge, the fire at the Norstat plant left 146 dead, Ana Roe said.\n",
            "Toll\n\nAna Roe confirmed the toll: there were 146 dead at the Norstat plant in Valdorge.\n",
            "Inquiry\n\nAna Roe said 146 people were arrested after the fire at the Norstat plant in Valdorge.\n",
        ),
    ];
    for (fire, toll, arrests) in sets {
        let c = corpus(&[("a.txt", fire), ("b.txt", toll)]);
        assert_eq!(c.links().len(), 1, "{toll}: {:?}", c.findings_of(1));
        let c = corpus(&[("a.txt", fire), ("b.txt", arrests)]);
        assert!(c.links().is_empty(), "{arrests}: {:?}", c.findings_of(1));
    }
}

/// The relations of the links between two articles, in order.
fn link_relations(a: &str, b: &str) -> Vec<Relation> {
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
        assert_eq!(link_relations(a, b), [Relation::Corroborates], "{a} / {b}");
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
        assert!(link_relations(a, b).is_empty(), "{a} / {b}");
    }
}

/// A precise count of a known measure said in a few words (« 146 morts. ») says little of
/// its subject, but its figure and its story say enough: linked in other words where the
/// articles tell one story, never alone (French and English).
#[test]
fn a_precise_toll_alone_is_linked_within_one_story() {
    let alone = feu("146 morts.");
    let told = fire("The blaze killed 146 people, officials said.");
    assert_eq!(link_relations(&alone, &told), [Relation::Corroborates]);
    let elsewhere = crue("146 morts.");
    assert!(
        link_relations(&elsewhere, &told).is_empty(),
        "another story"
    );
    assert!(
        link_relations(&feu("14 morts."), &fire("The blaze killed 14 people.")).is_empty(),
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
        assert_eq!(link_relations(a, b), [Relation::Contradicts], "{a} / {b}");
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
        assert!(link_relations(a, b).is_empty(), "{a} / {b}");
    }
}

use super::*;
use crate::analysis::Code;
use crate::analysis::sentences::SENTENCES_BETWEEN_CHECKS;

pub(super) fn found(text: &str, code: Code) -> Vec<&str> {
    analyze(text, Format::Text)
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.span.of(text))
        .collect()
}

#[test]
fn an_unsourced_superlative_is_reported_on_its_words() {
    let text = "Titre\n\nLe pays partage avec la Russie la plus longue frontière terrestre continue au monde.";
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["la plus longue frontière terrestre continue au monde"]
    );
}

#[test]
fn a_source_in_the_paragraph_covers_the_claim() {
    let text = "Titre\n\nLe pays est le premier producteur mondial d’uranium. C’est ce qu’a expliqué Temur Umarov.";
    assert!(found(text, Code::ClaimUnsourced).is_empty());
    assert_eq!(
        found(text, Code::ClaimUnverified),
        ["premier producteur mondial d’uranium"]
    );
}

#[test]
fn an_unsourced_statistic_is_reported_with_what_it_counts() {
    let text = "Titre\n\nUn enjeu crucial alors que plus de 80\u{a0}% du brut kazakh transite par la Russie.";
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["plus de 80\u{a0}% du brut kazakh"]
    );
}

#[test]
fn anonymous_sources_are_reported() {
    let text = "Titre\n\nSelon des sources proches du dossier, l’écran a été piraté.";
    assert_eq!(
        found(text, Code::SourceAnonymous),
        ["Selon des sources proches du dossier"]
    );
}

#[test]
fn hedges_are_reported_outside_quotations_only() {
    let text = "Titre\n\nMaria Zakharova aurait fait savoir que «cela aurait été une erreur».";
    assert_eq!(found(text, Code::ClaimHedged), ["aurait fait savoir"]);
}

#[test]
fn a_quotation_without_a_speaker_is_reported() {
    let text = "Titre\n\nLe débat est vif. «Nous ne reculerons jamais devant eux», lit-on.\n\n« Qu’est-ce que c’est que cette ingratitude ?";
    assert_eq!(
        found(text, Code::QuoteUnattributed),
        [
            "«Nous ne reculerons jamais devant eux»",
            "« Qu’est-ce que c’est que cette ingratitude ?"
        ]
    );
}

#[test]
fn a_quotation_with_a_speaker_is_not_reported() {
    let text = "Titre\n\n«Poutine n'a jamais considéré cette région comme perdue» Temur Umarov, politologue.\n\n« Il n’a pas faibli devant lui », a déclaré Doubnov.\n\n« C’est une bonne nouvelle pour tous », a-t-il ajouté.";
    assert!(found(text, Code::QuoteUnattributed).is_empty());
}

#[test]
fn a_name_opening_the_next_paragraph_speaks_no_quotation_before_it() {
    // The figure's sentence ends on a quotation and its paragraph with it: the name that
    // opens the next paragraph is no source of it. In the same paragraph, it is.
    for (figure, next, same) in [
        (
            "12 %",
            "Titre\n\nLe chômage a reculé de 12 % en un an, « nous tiendrons nos engagements jusqu’au bout »\n\nMaëlle Garnier a quitté la salle.",
            "Titre\n\nLe chômage a reculé de 12 % en un an, « nous tiendrons nos engagements jusqu’au bout » Maëlle Garnier, conseillère.",
        ),
        (
            "12%",
            "Title\n\nUnemployment fell by 12% in a year, \"we will keep our promises to the very end\"\n\nDorian Pike left the room.",
            "Title\n\nUnemployment fell by 12% in a year, \"we will keep our promises to the very end\" Dorian Pike, a councillor.",
        ),
    ] {
        assert_eq!(found(next, Code::ClaimUnsourced), [figure], "{next}");
        assert!(found(same, Code::ClaimUnsourced).is_empty(), "{same}");
    }
}

#[test]
fn short_quoted_terms_are_not_quotations() {
    let text = "Titre\n\nCe « piratage » a visé le « Grand Jeu ».";
    assert!(found(text, Code::QuoteUnattributed).is_empty());
}

#[test]
fn english_sources_and_hedges() {
    let text = "Title\n\nThe troops reportedly left, sources say.\n\nIt is the largest oil field in the world.";
    assert_eq!(found(text, Code::ClaimHedged), ["reportedly"]);
    assert_eq!(found(text, Code::SourceAnonymous), ["sources"]);
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["largest oil field in the world"]
    );
}

#[test]
fn headings_make_no_claims() {
    let text = "Le plus grand pays du monde\n\nRien à signaler ici.";
    assert!(analyze(text, Format::Text).claims.is_empty());
}

#[test]
fn small_counts_in_words_are_not_statistics() {
    let text = "Titre\n\nLes deux pays ont signé des milliers de pages, près de 3 ans après.";
    let claims = analyze(text, Format::Text).claims;
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Statistic),
        "{claims:?}"
    );
}

#[test]
fn a_statistic_focus_stops_before_the_verb() {
    let text = "Titre\n\nPlus de 1,3 million d'Ukrainiens vivaient dans ce pays.";
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["Plus de 1,3 million d'Ukrainiens"]
    );
}

#[test]
fn an_analysis_told_to_stop_gives_up_and_one_never_told_finishes() {
    let sentence = "Selon des sources, le pays produit 40 % de l’uranium mondial. ";
    let text = format!("Titre\n\n{}", sentence.repeat(2 * SENTENCES_BETWEEN_CHECKS));
    let asked = std::cell::Cell::new(0);
    let stop_at = |n: usize| {
        let asked = &asked;
        move || {
            asked.set(asked.get() + 1);
            asked.get() >= n
        }
    };
    // Stopped at the first look (after parsing), and at a look inside the sentences.
    assert!(analyze_unless(&text, Format::Text, None, &stop_at(1)).is_none());
    asked.set(0);
    assert!(analyze_unless(&text, Format::Text, None, &stop_at(5)).is_none());
    assert_eq!(
        asked.get(),
        5,
        "looked again after three stages and some sentences"
    );
    let finished = analyze_unless(&text, Format::Text, None, &|| false);
    let whole = analyze(&text, Format::Text);
    assert_eq!(finished.map(|a| a.findings), Some(whole.findings));
}

#[test]
fn each_figure_of_a_sentence_is_its_own_claim() {
    let text = "Titre\n\nL’incendie a fait 12 morts et 47 blessés, selon la préfecture du Var.";
    let claims: Vec<&str> = analyze(text, Format::Text)
        .claims
        .iter()
        .map(|c| c.focus.of(text))
        .collect();
    assert_eq!(claims, ["12 morts", "47 blessés"]);
    let text = "Title\n\nTurnout was 58.41 percent and 66.07 percent of voters backed the plant.";
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["58.41 percent", "66.07 percent of voters"]
    );
}

#[test]
fn an_event_stated_as_done_is_a_claim_and_a_forecast_or_question_is_not() {
    let claims = |text: &'static str| -> Vec<(&'static str, ClaimKind)> {
        analyze(text, Format::Text)
            .claims
            .iter()
            .map(|c| (c.focus.of(text), c.kind))
            .collect()
    };
    let text = "Titre\n\nLa cour d’appel de Lyon a condamné Sophie Le Guen lundi.";
    assert_eq!(
        claims(text),
        [(
            "La cour d’appel de Lyon a condamné Sophie Le Guen lundi",
            ClaimKind::Event
        )]
    );
    let text = "Title\n\nMoody's downgraded Portugal on Tuesday.";
    assert_eq!(claims(text).len(), 1);
    assert_eq!(claims(text)[0].1, ClaimKind::Event);
    for not_yet in [
        "Titre\n\nLe Parlement devrait adopter la loi mardi.",
        "Title\n\nThe court will sentence Le Guen next week.",
        "Title\n\nWas Le Guen convicted in Lyon?",
        "Titre\n\nNous avons voté dans le calme.",
    ] {
        assert!(claims(not_yet).is_empty(), "{not_yet}");
    }
    // An event is a claim, not an unsourced warning: those stay for figures and rankings.
    assert!(
        found(
            "Titre\n\nLa cour d’appel de Lyon a condamné Sophie Le Guen lundi.",
            Code::ClaimUnsourced
        )
        .is_empty()
    );
}

#[test]
fn a_quotation_is_a_claim_when_it_states_something_checkable_and_always_needs_a_speaker() {
    let kinds = |text: &'static str| -> Vec<ClaimKind> {
        analyze(text, Format::Text)
            .claims
            .iter()
            .map(|c| c.kind)
            .collect()
    };
    // An opinion: no claim, but a quotation without a speaker all the same.
    let text = "Titre\n\n« Nous aimons beaucoup cette ville au printemps ».";
    assert!(kinds(text).is_empty());
    assert_eq!(found(text, Code::QuoteUnattributed).len(), 1);
    // A figure inside the quotation: a claim, with its speaker.
    let text = "Title\n\n\"We lost 40 percent of our harvest this year\", Anna Smith said.";
    assert!(kinds(text).contains(&ClaimKind::Quotation));
    assert!(found(text, Code::QuoteUnattributed).is_empty());
}

pub(super) fn kinds_and_foci(text: &str) -> Vec<(ClaimKind, &str)> {
    analyze(text, Format::Text)
        .claims
        .iter()
        .map(|c| (c.kind, c.focus.of(text)))
        .collect()
}

#[test]
fn an_event_beside_figures_is_a_claim_of_its_own_clause() {
    assert_eq!(
        kinds_and_foci(
            "Titre\n\nLes pompiers ont évacué le quartier de Brescoux, où vivent 2\u{a0}000 personnes."
        ),
        [
            (ClaimKind::Statistic, "2\u{a0}000 personnes"),
            (
                ClaimKind::Event,
                "Les pompiers ont évacué le quartier de Brescoux"
            ),
        ]
    );
    assert_eq!(
        kinds_and_foci("Title\n\nRescuers evacuated the Orbec district, home to 2,000 people."),
        [
            (ClaimKind::Statistic, "2,000 people"),
            (ClaimKind::Event, "Rescuers evacuated the Orbec district"),
        ]
    );
}

#[test]
fn a_ranking_beside_figures_is_a_claim_of_its_own() {
    let found = kinds_and_foci(
        "Titre\n\nLa Norlandie est la région la plus sinistrée, avec 1\u{a0}200 foyers.",
    );
    assert!(
        found.contains(&(ClaimKind::Superlative, "la plus sinistrée")),
        "{found:?}"
    );
    let found = kinds_and_foci("Title\n\nNorland is the worst hit country, with 1,200 cases.");
    assert!(
        found.iter().any(|c| c.0 == ClaimKind::Superlative),
        "{found:?}"
    );
}

#[test]
fn each_event_beside_figures_is_a_claim_and_the_reporting_clause_is_not() {
    let found = kinds_and_foci(
        "Titre\n\nLes pompiers ont évacué le quartier de Brescoux, où vivent 2\u{a0}000 personnes, puis ils ont rouvert la route.",
    );
    assert_eq!(
        found.iter().filter(|c| c.0 == ClaimKind::Event).count(),
        2,
        "{found:?}"
    );
    let found = kinds_and_foci(
        "Title\n\nRescuers evacuated the Orbec district, home to 2,000 people, and later reopened the road.",
    );
    assert_eq!(
        found.iter().filter(|c| c.0 == ClaimKind::Event).count(),
        2,
        "{found:?}"
    );
    let found = kinds_and_foci(
        "Titre\n\nPrès de 2\u{a0}000 personnes ont été évacuées, a déclaré sur Radiofil le maire de Brescoux.",
    );
    assert!(
        found.iter().all(|c| c.0 == ClaimKind::Statistic),
        "{found:?}"
    );
    let found = kinds_and_foci(
        "Title\n\nSome 2,000 people were evacuated, the mayor of Orbec reported on Radiofil.",
    );
    assert!(
        found.iter().all(|c| c.0 == ClaimKind::Statistic),
        "{found:?}"
    );
}

/// The foci of the statistics of `text`.
pub(crate) fn statistics(text: &str) -> Vec<&str> {
    analyze(text, Format::Text)
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Statistic)
        .map(|c| c.focus.of(text))
        .collect()
}

#[test]
fn a_penalty_for_a_time_is_a_statistic_and_a_plain_duration_is_not() {
    assert_eq!(
        statistics("Titre\n\nLe maire de Valdorge écope de trois ans de prison."),
        ["trois ans"]
    );
    assert_eq!(
        statistics("Titre\n\nElle est condamnée à six ans d’inéligibilité."),
        ["six ans"]
    );
    assert_eq!(
        statistics("Title\n\nThe Orbec mayor was sentenced to nine years in prison."),
        ["nine years"]
    );
    assert!(
        statistics("Titre\n\nLe chantier de Valdorge a duré trois ans, puis la prison a ouvert.")
            .is_empty()
    );
    assert!(
        statistics("Title\n\nThe Orbec talks lasted nine years. Prison reform followed.")
            .is_empty()
    );
}

#[test]
fn the_writers_own_doings_in_the_first_person_are_not_events() {
    for own in [
        "Titre\n\nJ’ai visité le barrage de Valdorge en mars.",
        "Titre\n\nMon équipe et moi avons quitté Valdorge hier.",
        "Title\n\nI visited the Orbec dam last spring.",
        "Title\n\nMy team left Orbec on Monday.",
    ] {
        assert!(kinds_and_foci(own).is_empty(), "{own}");
    }
    // The same doings told of someone else are events.
    assert_eq!(
        kinds_and_foci("Titre\n\nLa ministre a visité le barrage de Valdorge en mars.")[0].0,
        ClaimKind::Event
    );
    assert_eq!(
        kinds_and_foci("Title\n\nThe minister visited the Orbec dam last spring.")[0].0,
        ClaimKind::Event
    );
    // Another's doings in a clause of their own are still events.
    for text in [
        "Titre\n\nJ’étais à Valdorge, et le maire a démissionné lundi.",
        "Title\n\nI was in Orbec, and the mayor resigned on Monday.",
    ] {
        assert_eq!(kinds_and_foci(text).len(), 1, "{text}");
    }
    // A numeral after a name is no « je ».
    assert_eq!(
        kinds_and_foci("Title\n\nThe Orbec bridge was destroyed in World War I.")[0].0,
        ClaimKind::Event
    );
}

#[test]
fn a_first_person_inside_a_quotation_is_the_sources_not_the_writers() {
    for text in [
        "Titre\n\nLe barrage de Valdorge a été fermé en mars « pour que je puisse dormir ».",
        "Title\n\nThe Orbec dam was closed in March “so that I could sleep again”.",
    ] {
        assert!(
            kinds_and_foci(text)
                .iter()
                .any(|(k, _)| *k == ClaimKind::Event),
            "{text}: {:?}",
            kinds_and_foci(text)
        );
    }
}

#[test]
fn a_participle_hedge_makes_its_clause_a_hedged_claim_of_its_own() {
    let claims = |text: &'static str| -> Vec<(&'static str, bool)> {
        analyze(text, Format::Text)
            .claims
            .iter()
            .map(|c| (c.focus.of(text), c.hedge.is_some()))
            .collect()
    };
    assert_eq!(
        claims("Titre\n\nLe gardien a été vu sur le quai, semblant boiter."),
        [
            ("Le gardien a été vu sur le quai", false),
            ("semblant boiter", true)
        ]
    );
    assert_eq!(
        claims("Title\n\nThe guard was seen on the quay, appearing to limp."),
        [
            ("The guard was seen on the quay", false),
            ("appearing to limp", true)
        ]
    );
}

/// The language the name scan tells is the guess of the whole text, which the corpus takes
/// rather than guess again; where the scan did not need it, the analysis says nothing.
#[test]
fn the_language_told_is_the_guess_of_the_whole_text() {
    let texts = [
        "The mayor of Toul met the board on Monday, and the talks went on until late.",
        "Le maire de Toul a rencontré le conseil lundi, et les discussions ont continué.",
        "The mayor of Valdorge met the board in Paris on Monday.",
        "Merci.",
    ];
    let mut told = 0;
    for text in texts {
        if let Some(language) = analyze(text, Format::Text).language.0 {
            assert_eq!(language, crate::text::guess_language(text), "{text}");
            told += 1;
        }
    }
    assert!(
        told >= 2,
        "the scan asks where a commune's name may be a town abroad"
    );
    assert_eq!(analyze("Merci.", Format::Text).language.0, None);
}

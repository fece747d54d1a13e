use super::*;
use crate::article::find_quantities;

#[test]
fn a_statistic_focus_takes_what_is_counted() {
    let text = "Un enjeu alors que plus de 80% du brut kazakh transite par la Russie.";
    let t = Tokens::new(text);
    let q = find_quantities(text);
    let focus = statistic_focus(&t, &q[0], t.len());
    assert_eq!(focus.of(text), "plus de 80% du brut kazakh");
}

/// A verb after what is counted is not part of the statistic (« 20 accords devaient » is
/// already left out by its ending; "did", "will", « sont » by their words): the focus is
/// the figure alone.
#[test]
fn a_statistic_focus_stops_before_an_auxiliary_or_a_modal() {
    for (text, figure) in [
        (
            "In Orbec 6 percent did not vote, Ana Roe said.",
            "6 percent",
        ),
        ("Only 30 percent will stay in Orbec.", "30 percent"),
        ("Au total, 40 % sont restés à Valdorge.", "40 %"),
    ] {
        let t = Tokens::new(text);
        let at = text.find(figure).unwrap();
        let q = find_quantities(text);
        let q = q
            .iter()
            .find(|q| q.span.start <= at && at < q.span.end)
            .unwrap();
        let focus = statistic_focus(&t, q, t.len());
        assert_eq!(focus, q.span, "{text}: {}", focus.of(text));
    }
}

fn happened(text: &str) -> bool {
    let t = Tokens::new(text);
    let names = |k: usize| t.words[k].capitalised && k > 0;
    event(&t, 0..t.len(), &names).is_some()
}

#[test]
fn a_french_participle_after_its_auxiliary_states_an_event() {
    assert!(happened(
        "Les pompiers de Valdorge ont maîtrisé l’incendie du dépôt."
    ));
    assert!(happened("La digue de Valdorge s’est rompue dans la nuit."));
    assert!(happened(
        "Le contrat a finalement été rompu par la mairie de Brescoux."
    ));
}

#[test]
fn an_english_participle_after_its_auxiliary_states_an_event() {
    assert!(happened("The Harbin Trust has acquired the old shipyard."));
    assert!(happened(
        "Two wardens were reassigned after the audit in Orbec."
    ));
}

#[test]
fn an_english_past_tense_after_its_subject_states_an_event() {
    assert!(happened(
        "Lydia Marsh founded the cooperative three winters ago."
    ));
    // After a determiner or a preposition, a word in -ed is an adjective.
    assert!(!happened(
        "A planned visit to Orbec, with its united crowds."
    ));
}

#[test]
fn an_english_irregular_past_of_an_event_states_it() {
    assert!(happened("Ana Roe took the bronze in the final at Orbec."));
    assert!(happened(
        "The Valdorge cooperative sold its harbour shares."
    ));
    assert!(happened("Hundreds fled the flooded streets of Orbec."));
    // The French say it with a participle after its auxiliary.
    assert!(happened("Ana Roe a pris le bronze de la finale à Orbec."));
    assert!(happened(
        "Des centaines d’habitants ont fui les rues inondées de Brescoux."
    ));
}

#[test]
fn a_forecast_states_no_event() {
    assert!(!happened(
        "Le conseil de Valdorge sera renouvelé après le scrutin."
    ));
    assert!(!happened(
        "The Orbec board will have approved the plan by then."
    ));
}

#[test]
fn a_plan_or_an_expectation_states_no_event() {
    assert!(!happened(
        "Le conseil de Brescoux a prévu une nouvelle digue."
    ));
    assert!(!happened("The Orbec council has planned a new dam."));
    assert!(!happened(
        "Some members of the Orbec board had been expected to resign."
    ));
}

#[test]
fn a_forecast_in_another_clause_leaves_the_event_stated() {
    assert!(happened(
        "La digue de Brescoux a cédé, mais elle sera reconstruite."
    ));
    assert!(happened("The Orbec dam has burst, and it will be rebuilt."));
    // Unless the other clause only reports the forecast.
    assert!(!happened(
        "Le pont, a annoncé le maire de Brescoux, sera rouvert."
    ));
    assert!(!happened(
        "The bridge, the mayor of Orbec announced, will be reopened."
    ));
}

#[test]
fn a_speakers_own_doings_are_no_event_to_check() {
    assert!(!happened("Nous avons décidé de partir tôt."));
    assert!(!happened("We have signed it and moved on."));
}

#[test]
fn a_number_in_a_name_is_no_statistic() {
    for text in [
        "La fusée Vega 4 a décollé de Brescoux.",
        "The Falcon 12 lifted off from Orbec on time.",
    ] {
        let t = Tokens::new(text);
        let q = find_quantities(text);
        assert!(q.iter().all(|q| !check_worthy_quantity(&t, q)), "{text}");
    }
    let text = "Le barrage retient 12 millions de mètres cubes.";
    let t = Tokens::new(text);
    assert!(
        find_quantities(text)
            .iter()
            .any(|q| check_worthy_quantity(&t, q))
    );
}

fn worth(text: &str) -> bool {
    let t = Tokens::new(text);
    find_quantities(text)
        .iter()
        .any(|q| check_worthy_quantity(&t, q))
}

#[test]
fn a_count_in_words_from_three_is_a_statistic() {
    assert!(worth("Huit blessés ont été soignés à Brescoux."));
    assert!(worth("Fourteen people were rescued near Orbec."));
    assert!(!worth("Les deux pays ont signé."));
    assert!(!worth("Both sides met; two teams played."));
}

/// Up to a bound in words, from three up: « jusqu’à sept ans de prison », "up to ten years
/// in prison"; an open count in words (« des milliers ») is still none.
#[test]
fn a_count_in_words_up_to_a_bound_is_a_statistic() {
    assert!(worth(
        "Le vol est puni de jusqu’à sept ans de prison à Orbec."
    ));
    assert!(worth(
        "The theft is punishable by up to ten years in prison in Norland."
    ));
    assert!(!worth("Des milliers de familles ont quitté Orbec."));
    assert!(!worth("Up to two teams may play."));
}

#[test]
fn a_time_of_day_is_no_statistic() {
    assert!(!worth("Les bureaux ont fermé à 19 h 30, heure locale."));
    assert!(!worth("Polls closed at 19 h 30 local time."));
    assert!(worth("Les bureaux ont accueilli 1\u{a0}930 h\u{e9}ros."));
}

#[test]
fn a_race_time_is_a_statistic() {
    assert!(worth("Inès Calvet a gagné la finale en 2'07\"45."));
    assert!(worth("Ines Calvet won the final in 2:07.45."));
}

/// A temperature, or a change of one, is a figure to check, its unit in the focus.
#[test]
fn a_temperature_is_a_statistic() {
    for (text, figure) in [
        (
            "Titre\n\nLe lac de Valdorge s’est réchauffé de 0,4°C en dix ans.\n",
            "0,4°C",
        ),
        (
            "Title\n\nThe Orbec lake warmed by 0.4C in ten years.\n",
            "0.4C",
        ),
    ] {
        let a = crate::analysis::analyze(text, crate::article::Format::Text);
        assert!(
            (a.claims.iter())
                .any(|c| c.kind == ClaimKind::Statistic && c.focus.of(text).contains(figure)),
            "{text}: {:?}",
            a.claims
        );
    }
}

#[test]
fn a_duration_after_its_penalty_is_a_statistic() {
    // The penalty said first, the duration after « pendant » / "for".
    assert!(worth(
        "Le juge a rendu le maire de Brescoux inéligible pendant quatre ans."
    ));
    assert!(worth(
        "La sanction exclut la conseillère du bureau de Brescoux durant trois années."
    ));
    assert!(worth(
        "The panel barred the treasurer from the club board for three years."
    ));
    assert!(worth(
        "Her ineligibility to sit on the council of Orbec for six months."
    ));
    // A duration with no penalty before it is none.
    assert!(!worth("Elle a vécu à Brescoux pendant cinq ans."));
    assert!(!worth("The mayor has lived in Orbec for five years."));
}

#[test]
fn a_participle_with_its_named_agent_states_an_event() {
    assert!(happened(
        "La presqu’île, annexée en 2020 par la Norlandie, reste calme."
    ));
    assert!(happened(
        "The guild, founded in 1990 by Ana Roe, still stands."
    ));
    // No agent named: an adjective.
    assert!(!happened(
        "La presqu’île, très étendue par endroits, reste calme."
    ));
    assert!(!happened("Prices, boosted by demand, stay high."));
}

#[test]
fn a_claim_boxes_its_rare_hedge_and_keeps_its_quantities_at_their_length() {
    // A corpus keeps every claim: 136 bytes each before the hedge was boxed and the
    // quantities' list made one of its own length, 112 before its sentence's index took
    // 32 bits.
    assert!(std::mem::size_of::<Claim>() <= 104);
    let text = "Selon l’AFP, plus de 80 % du brut kazakh passerait par la Russie.";
    let a = crate::analysis::analyze(text, crate::article::Format::Text);
    let c = (a.claims.iter())
        .find(|c| c.kind == ClaimKind::Statistic)
        .expect("a statistic");
    assert_eq!(c.quantities.len(), 1);
    assert_eq!(c.quantities[0].span.of(text), "plus de 80 %");
}

fn kinds(text: &str) -> Vec<(ClaimKind, &str)> {
    crate::analysis::analyze(text, crate::article::Format::Text)
        .claims
        .iter()
        .map(|c| (c.kind, c.focus.of(text)))
        .collect()
}

#[test]
fn an_event_beside_a_comparison_is_a_claim_of_its_own() {
    let text = "Title\n\nAna Roe ran more than two minutes slower than the winner, while Tom Reed took the bronze.";
    assert_eq!(
        kinds(text).iter().map(|k| k.0).collect::<Vec<_>>(),
        [ClaimKind::Comparison, ClaimKind::Event]
    );
    assert!(kinds(text)[1].1.contains("Tom Reed took the bronze"));
    let text = "Titre\n\nLa crue a été plus forte qu’en 1998, tandis que la mairie de Brescoux a évacué le quartier du port.";
    assert_eq!(
        kinds(text).iter().map(|k| k.0).collect::<Vec<_>>(),
        [ClaimKind::Comparison, ClaimKind::Event]
    );
    // Not the clause that says where the comparison comes from.
    let text =
        "Title\n\nThe Orbec flood was more severe than in 1998, the latest county figures showed.";
    assert_eq!(
        kinds(text).iter().map(|k| k.0).collect::<Vec<_>>(),
        [ClaimKind::Comparison]
    );
}

/// A sentence that opens or closes on a quotation reports what the quotation says: it is a
/// claim where the quotation states something checkable, and a quoted opinion with its
/// speaker is none (ANNOTATION.md). Indirect speech (« a affirmé que », "said that") and a
/// quoted fragment inside the reporting sentence still make one (French and English).
#[test]
fn a_quoted_opinion_with_its_speaker_is_no_claim() {
    for opinion in [
        "Titre\n\n« Ce qui nous pèse, c’est l’attente », explique Lise Morel, une habitante de Brescoux.",
        "Titre\n\n« Soirée tranquille », a-t-elle répété devant la presse de Valdorge.",
        "Title\n\n\"What weighs on us is the waiting,\" said Lise Morel, who lives in Brescoux.",
        "Title\n\nAna Roe, the mayor of Orbec, said: \"We are proud of this town and of its people.\"",
    ] {
        assert!(kinds(opinion).is_empty(), "{opinion}: {:?}", kinds(opinion));
    }
    for reported in [
        "Titre\n\nAna Roe a affirmé que le maire de Brescoux avait caché le rapport.",
        "Titre\n\nLa maire d’Orbec a jugé le projet « très mal conçu », avant de quitter la séance, selon Ana Roe.",
        "Title\n\nAna Roe said that the mayor of Brescoux had hidden the report.",
        "Title\n\nAna Roe said it had been \"a very bad plan\" before she left the meeting in Orbec.",
    ] {
        assert!(!kinds(reported).is_empty(), "{reported}");
    }
    // Opening on a quotation but reporting, outside it, what was said: still one.
    let text = "Titre\n\n« C’est raté » : Ana Roe a répété qu’Orbec serait en tort.";
    assert!(
        kinds(text).iter().any(|k| k.0 == ClaimKind::ReportedSpeech),
        "{:?}",
        kinds(text)
    );
    // A quotation that states an event is a claim, its sentence's speaker with it.
    let event = "Title\n\n\"The council closed the Orbec bridge on Monday,\" Ana Roe said.";
    assert!(
        kinds(event).iter().any(|k| k.0 == ClaimKind::Quotation),
        "{:?}",
        kinds(event)
    );
}

//! Attribution's rules, each on sentences of its own, in French and in English.

use super::*;

fn anonymous(text: &str) -> Vec<&str> {
    let t = Tokens::new(text);
    let names = |k: usize| t.words[k].capitalised && k > 0;
    anonymous_sources(&t, 0..t.len(), &|_| false, &names)
        .iter()
        .map(|s| s.of(text))
        .collect()
}

/// The cue and the named source of `text`, read as one sentence whose capitalised words
/// after the first are names.
pub(crate) fn named(text: &str) -> Option<(&str, &str)> {
    let t = Tokens::new(text);
    let names = |k: usize| t.words[k].capitalised && k > 0;
    match named_source(&t, 0..t.len(), &|_| false, &names)? {
        Attribution::Named { cue, source } => Some((cue.of(text), source.of(text))),
        _ => None,
    }
}

#[test]
fn unnamed_sources_are_anonymous() {
    assert_eq!(
        anonymous("Selon des sources proches du dossier, l’écran a été piraté."),
        ["Selon des sources proches du dossier"]
    );
    assert_eq!(
        anonymous("Une marche effrénée, selon les experts."),
        ["selon les experts"]
    );
    assert_eq!(
        anonymous("Un porte-parole des services de cybersécurité kazakhs"),
        ["Un porte-parole des services de cybersécurité kazakhs"]
    );
    assert_eq!(
        anonymous("Officials said it, sources say."),
        ["Officials", "sources"]
    );
}

#[test]
fn authorities_data_and_a_people_after_a_cue_are_anonymous() {
    assert_eq!(
        anonymous("Selon les autorités portugaises, 900 maisons ont brûlé."),
        ["Selon les autorités portugaises"]
    );
    assert_eq!(
        anonymous("Ils seraient 300 d’après les Turcs."),
        ["d’après les Turcs"]
    );
    assert_eq!(
        anonymous("Selon les données officielles, le lac a baissé de 2 mètres."),
        ["Selon les données officielles"]
    );
    assert_eq!(
        anonymous("The toll rose, according to the authorities."),
        ["according to the authorities"]
    );
    // Not after a cue: no source.
    assert!(anonymous("Il dit long sur la lenteur des autorités devant la crue.").is_empty());
    assert!(anonymous("Data from the ministry and the Russians' view.").is_empty());
}

/// The people a story is about are a source when cued (« selon le suspect », "according
/// to survivors"), and what is reported on otherwise (« un suspect a été arrêté »).
#[test]
fn the_people_of_a_story_are_an_anonymous_source_only_after_a_cue() {
    assert_eq!(
        anonymous("Selon le suspect, il a reçu 270 000 euros."),
        ["Selon le suspect"]
    );
    assert_eq!(
        anonymous("Ils étaient 40, selon des rescapés."),
        ["selon des rescapés"]
    );
    assert_eq!(
        anonymous("He was paid 270,000 euros, according to the suspect."),
        ["according to the suspect"]
    );
    assert_eq!(
        anonymous("Forty were trapped, according to survivors."),
        ["according to survivors"]
    );
    assert!(anonymous("Un suspect a été arrêté avec 270 000 euros.").is_empty());
    assert!(anonymous("A suspect package held 270,000 euros.").is_empty());
}

#[test]
fn unnamed_media_as_the_agent_are_anonymous() {
    assert_eq!(
        anonymous("Le pont a cédé, d’après des images relayées par des médias russes."),
        ["par des médias russes"]
    );
    assert_eq!(
        anonymous("There were reports by other local media outlets that he fled."),
        ["by other local media outlets"]
    );
    // Named media, or media that are not the agent, are no anonymous source.
    assert!(anonymous("Des images relayées par les médias de Brescoux Info.").is_empty());
    assert!(anonymous("The mayor met the media on Monday.").is_empty());
}

#[test]
fn a_named_spokesperson_is_not_anonymous() {
    assert!(anonymous("Selon Arkady Dubnov, un observateur de longue date.").is_empty());
    assert!(anonymous("Hier la porte-parole Maria Zakharova a parlé.").is_empty());
    assert!(anonymous("Le porte-parole du Kremlin devra minimiser.").is_empty());
}

#[test]
fn reporting_cues_near_a_name_are_named_sources() {
    assert_eq!(
        named("Rien, a déclaré à l’AFP Nargis Kassenova, chercheuse."),
        Some(("déclaré", "Nargis"))
    );
    assert_eq!(
        named("D’autres viendront, selon Umarov."),
        Some(("selon", "Umarov"))
    );
    assert_eq!(named("« Oui », a-t-il ajouté."), Some(("ajouté", "a-t-il")));
    assert_eq!(
        named("Many more, the minister said."),
        Some(("said", "minister"))
    );
    assert_eq!(named("Le pays cherche à asseoir son leadership."), None);
}

#[test]
fn the_source_after_selon_or_according_to_ends_its_phrase() {
    assert_eq!(
        named("Selon les relevés publiés lundi par l’Institut Maréchal, le lac a baissé."),
        Some(("Selon", "Institut"))
    );
    assert_eq!(
        named("According to figures released this week by the Tarrow Institute, sales fell."),
        Some(("According", "Tarrow"))
    );
}

#[test]
fn an_unnamed_source_after_selon_never_names_the_subject_after_it() {
    assert_eq!(
        named("Selon des témoins de la scène, Paul Mérand aurait fui."),
        None
    );
    assert_eq!(
        named("According to people familiar with the talks, Ana Roe resigned."),
        None
    );
    assert_eq!(named("Selon lui, le pont a cédé."), Some(("Selon", "lui")));
    assert_eq!(
        named("According to the minister, the bridge gave way."),
        Some(("According", "minister"))
    );
}

#[test]
fn as_per_is_a_cue_and_per_alone_a_rate() {
    assert_eq!(
        named("As per the Orbec council, nine roads are shut."),
        Some(("per", "Orbec"))
    );
    assert_eq!(named("Norland records 12 cases per day."), None);
    assert_eq!(
        anonymous("As per the authorities, nine roads are shut."),
        ["As per the authorities"]
    );
    // French has no such cue: « selon » is enough.
    assert_eq!(
        named("Selon le conseil de Brescoux, neuf routes sont coupées."),
        Some(("Selon", "Brescoux"))
    );
}

#[test]
fn a_reporting_verb_with_its_object_reports_an_act() {
    assert_eq!(
        named("La Ligue de Brescoux a annoncé les résultats du vote."),
        None
    );
    assert_eq!(
        named("Norland has denied any wrongdoing at the port."),
        None
    );
    // A subject after its verb is the source.
    assert_eq!(
        named("Tout va bien, a indiqué le Comité de Brescoux."),
        Some(("indiqué", "Comité"))
    );
    assert_eq!(
        named("All is well, said the Tarrow Institute."),
        Some(("said", "Tarrow"))
    );
}

#[test]
fn the_speaker_is_the_subject_of_the_reporting_verb() {
    // Subject before the verb: the nearest name.
    assert_eq!(
        named("Hier Luc Perrin, puis Paul Mérand, ont déclaré que tout allait bien."),
        Some(("déclaré", "Mérand"))
    );
    // After a comma or a quotation, the subject follows the verb.
    assert_eq!(
        named("The Orbec dam is safe, said Ana Roe."),
        Some(("said", "Ana"))
    );
    assert_eq!(
        named("« Le barrage de Brescoux tient », a assuré Ana Roe."),
        Some(("assuré", "Ana"))
    );
    assert_eq!(
        named("« Le pont de Brescoux tient » a notamment lancé Ana Roe."),
        Some(("lancé", "Ana"))
    );
    // Not the complement of a preposition after the verb.
    assert_eq!(
        named("Tout tient, a dit sur Radiofil le maire de Valdorge, Ana Roe."),
        Some(("dit", "Ana"))
    );
    assert_eq!(
        named("All is fine, said to Radiofil the mayor, Ana Roe."),
        Some(("said", "Ana"))
    );
    assert_eq!(
        named("C’est ce qu’a expliqué Ana Roe hier."),
        Some(("expliqué", "Ana"))
    );
}

#[test]
fn the_speaker_after_a_long_title_and_its_bracketed_acronym_is_the_person() {
    assert_eq!(
        named(
            "Tout va bien, a déclaré le directeur général de la Ligue mondiale des ports (LMP), Ana Roe."
        ),
        Some(("déclaré", "Ana"))
    );
    assert_eq!(
        named("All is well, said the director general of the Harbourfund charity (HBF), Ana Roe."),
        Some(("said", "Ana"))
    );
}

#[test]
fn an_organisation_before_a_title_gives_way_to_the_titles_holder() {
    assert_eq!(
        named("All is well, said Orbec Council chairman Ana Roe on Monday."),
        Some(("said", "Ana"))
    );
    assert_eq!(
        named("Tout va bien, a déclaré le Conseil de Brescoux, lundi."),
        Some(("déclaré", "Conseil"))
    );
}

#[test]
fn the_speakers_own_saying_names_no_source() {
    assert_eq!(named("Ana, je l’ai dit, le pont de Brescoux a cédé."), None);
    assert_eq!(
        named("Nous avons dit à Ana Roe que le pont avait cédé."),
        None
    );
    assert_eq!(named("Ana, I said the Orbec bridge gave way."), None);
    assert_eq!(named("Let me say the Orbec bridge gave way."), None);
    assert_eq!(named("Ana Roe, you said the bridge gave way."), None);
    // Another's saying still names its source.
    assert_eq!(
        named("Ana Roe said the Orbec bridge gave way."),
        Some(("said", "Roe"))
    );
}

#[test]
fn a_relaying_source_gives_way_to_the_original() {
    assert_eq!(
        named("Selon Radiofil, citant le Comité de Brescoux, neuf routes sont coupées."),
        Some(("Selon", "Comité"))
    );
    assert_eq!(
        named("As per a Radiofil report citing Orbec police, nine roads are shut."),
        Some(("per", "Orbec"))
    );
    assert_eq!(
        named("Selon Radiofil, neuf routes sont coupées."),
        Some(("Selon", "Radiofil"))
    );
}

#[test]
fn an_unnamed_subject_of_a_reporting_verb_is_anonymous() {
    assert_eq!(
        anonymous("Les enquêteurs norlandais ont déclaré que le feu était criminel."),
        ["Les enquêteurs"]
    );
    assert_eq!(
        anonymous("The investigators said the fire at the depot was set."),
        ["The investigators"]
    );
}

#[test]
fn an_unnamed_subject_with_its_complement_is_anonymous() {
    assert_eq!(
        anonymous("Les autorités du port ont annoncé 300 évacuations."),
        ["Les autorités"]
    );
    assert_eq!(
        anonymous("Les services de la ville estiment que 20 rues sont inondées."),
        ["Les services"]
    );
    assert_eq!(
        anonymous("The officials of the port said 20 streets were flooded."),
        ["The officials"]
    );
    // A name in the complement names the source.
    assert!(
        anonymous("Les services de la mairie de Brescoux ont annoncé 300 évacuations.").is_empty()
    );
    assert!(anonymous("The officials of Orbec said 20 streets were flooded.").is_empty());
}

#[test]
fn a_name_after_a_verb_with_its_subject_before_is_not_the_speaker() {
    assert_eq!(
        named("Les enquêteurs ont déclaré que Paul Mérand était absent."),
        None
    );
    assert_eq!(named("The investigators said Ana Roe was absent."), None);
}

#[test]
fn more_reporting_verbs_name_their_source() {
    assert_eq!(
        named("Le pont a cédé, a détaillé Paul Mérand."),
        Some(("détaillé", "Paul"))
    );
    assert_eq!(
        named("Les stocks baissent, relève l’Observatoire de Brescoux."),
        Some(("relève", "Observatoire"))
    );
    assert_eq!(
        named("Ellen Voss revealed that the vault was empty."),
        Some(("revealed", "Voss"))
    );
    assert_eq!(
        named("The tanks leaked, the minister admitted."),
        Some(("admitted", "minister"))
    );
}

/// Found by tests/properties.rs: a name opening the text, before an aside and its verb,
/// was asked whether it followed a preposition, one word before the text.
#[test]
fn a_name_opening_the_text_before_an_aside_is_its_speaker() {
    for text in [
        "Ana – la présidente du port – a déclaré que le trafic a doublé.",
        "Ana – the port's chair – said that the traffic had doubled.",
    ] {
        let t = Tokens::new(text);
        let names = |k: usize| t.words[k].capitalised;
        let found = named_source(&t, 0..t.len(), &|_| false, &names);
        let Some(Attribution::Named { source, .. }) = found else {
            panic!("{text}: {found:?}");
        };
        assert_eq!(source.of(text), "Ana");
    }
}

#[test]
fn a_verb_followed_by_que_or_that_has_its_subject_before_it() {
    // After an aside between commas, the name in what was said is no speaker.
    assert_eq!(
        named(
            "Un autre témoin, par la voix d’un interprète, a déclaré que sur Radiofil il avait croisé un certain Paul Mérand."
        ),
        None
    );
    assert_eq!(
        named(
            "Another witness, through an interpreter, said that on Radiofil he had met a man called Paul Merand."
        ),
        None
    );
    // The subject is before the aside, or is the name the aside sets beside it.
    assert_eq!(
        named("Ana Roe, par la voix de son avocat, a déclaré que Paul Mérand était absent."),
        Some(("déclaré", "Roe"))
    );
    assert_eq!(
        named("Ana Roe, through a lawyer in Orbec, said that Paul Merand was absent."),
        Some(("said", "Roe"))
    );
    assert_eq!(
        named("Le maire de Brescoux, Ana Roe, a déclaré que Paul Mérand était absent."),
        Some(("déclaré", "Roe"))
    );
    assert_eq!(
        named("The mayor of Orbec, Ana Roe, said that Paul Merand was absent."),
        Some(("said", "Roe"))
    );
}

/// Figures whose origin is not said stay anonymous with a word between the cue and the
/// noun (« dernières », "preliminary"); without a cue, the same words name no source
/// (French and English).
#[test]
fn unnamed_data_after_a_qualifier_is_anonymous() {
    assert_eq!(
        anonymous("Selon les dernières données, 41 personnes ont été évacuées."),
        ["Selon les dernières données"]
    );
    assert_eq!(
        anonymous("D’après les premières estimations, la crue a touché 300 maisons."),
        ["D’après les premières estimations"]
    );
    assert_eq!(
        anonymous("According to preliminary data, 41 people were evacuated."),
        ["According to preliminary data"]
    );
    assert_eq!(
        anonymous("According to the latest figures, the flood reached 300 homes."),
        ["According to the latest figures"]
    );
    assert!(anonymous("Les dernières données montrent une hausse.").is_empty());
    assert!(anonymous("The latest figures were published on Monday.").is_empty());
}

#[test]
fn what_a_study_or_figures_show_is_reported_by_who_made_them() {
    assert_eq!(
        named("Les chiffres de Norstat montrent que le chômage a reculé."),
        Some(("montrent", "Norstat"))
    );
    assert_eq!(
        named("Une enquête de l’institut Valmont révèle que 40 % des élèves dorment mal."),
        Some(("révèle", "Valmont"))
    );
    assert_eq!(
        named("A Norstat survey found that most tenants in Orbec pay more."),
        Some(("found", "Norstat"))
    );
    assert_eq!(
        named("The Valmont figures also showed that the harbour grew."),
        Some(("showed", "Valmont"))
    );
    // Unnamed, the figures are an anonymous source.
    assert_eq!(
        anonymous("Les données montrent que le fleuve a monté."),
        ["Les données"]
    );
    assert_eq!(
        anonymous("The data showed that the river rose."),
        ["The data"]
    );
    // Without « que », "that", what is shown is no report: « la vidéo montre le suspect ».
    assert_eq!(
        named("La vidéo de Norstat montre le suspect à Brescoux."),
        None
    );
    assert_eq!(named("Pictures from Orbec showed Ana Roe smiling."), None);
}

#[test]
fn who_informs_is_a_source() {
    assert_eq!(
        named("Le service Norvak a informé le maire Ana Roe de la fermeture du port."),
        Some(("informé", "Norvak"))
    );
    assert_eq!(
        named("The Valmont agency informed Mayor Ana Roe of eleven arrests."),
        Some(("informed", "Valmont"))
    );
}

#[test]
fn a_source_governs_its_sentence_across_a_wrapped_line() {
    let sources = |text: &str| -> Vec<String> {
        crate::analysis::analyze(text, crate::article::Format::Text)
            .claims
            .iter()
            .map(|c| c.attribution.label().to_string())
            .collect()
    };
    let text = "Titre\n\nLe conseil portuaire de Valdorge a indiqué mardi que le trafic avait baissé\nà 7,2 millions de tonnes l’an dernier.\n";
    assert_eq!(sources(text), ["named source"]);
    let text = "Title\n\nThe Orbec harbour board said on Tuesday that freight traffic had fallen\nto 7.2 million tonnes last year.\n";
    assert_eq!(sources(text), ["named source"]);
}

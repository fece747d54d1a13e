use super::*;
use crate::article::Format;

pub(super) fn names(text: &str) -> Vec<&str> {
    let article = Article::parse(text, Format::Text);
    mentions(text, &article)
        .iter()
        .map(|m| m.span.of(text))
        .collect()
}

pub(super) fn kind_of(text: &str, name: &str) -> EntityKind {
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
    let text = "Hier, V. Poutine et K-J. Tokaïev ont vu S. Narychkine et E. Sandu.";
    assert_eq!(
        names(text),
        ["V. Poutine", "K-J. Tokaïev", "S. Narychkine", "E. Sandu"]
    );
}

/// "A. Smith": an initial that is a word alone ("A", « À ») still joins the surname; « M. »
/// stays Monsieur; a run of initials alone names no one.
#[test]
fn an_initial_that_is_a_word_alone_joins_the_surname() {
    let en = "The board named A. Varga and K. Tanner to the panel in the city on Monday.";
    assert_eq!(names(en), ["A. Varga", "K. Tanner"]);
    let fr = "Le conseil a nommé A. Varga et M. Tanner au jury de la ville lundi.";
    assert_eq!(names(fr), ["A. Varga", "Tanner"]);
    let fr = "Hier, S. A. S. le prince a reçu les délégués de la ville.";
    assert!(
        !names(fr).iter().any(|n| n.starts_with("S. A")),
        "{:?}",
        names(fr)
    );
}

#[test]
fn initials_of_accented_letters_join_the_surname_at_their_offsets() {
    let text = "Le 3\u{a0}mai 🙂, É. Philippe et J-É. Durand l’ont dit à Ézéchiel Vé.";
    let article = Article::parse(text, Format::Text);
    let found = mentions(text, &article);
    let names: Vec<(&str, usize, Form)> = (found.iter())
        .map(|m| (m.span.of(text), m.span.start, m.form))
        .collect();
    let at = |name: &str| text.find(name).unwrap_or(usize::MAX);
    assert_eq!(
        names[..2],
        [
            ("É. Philippe", at("É. Philippe"), Form::Initials),
            ("J-É. Durand", at("J-É. Durand"), Form::Initials),
        ]
    );
}

#[test]
fn monsieur_is_a_title_not_an_initial() {
    let text = "Hier, M. Durand a reçu M. Michel Durand, puis Mme Le Guen.";
    assert_eq!(names(text), ["Durand", "Michel Durand", "Le Guen"]);
    assert_eq!(
        kind_of("Hier, M. Durand a parlé.", "Durand"),
        EntityKind::Person
    );
}

#[test]
fn a_titled_surname_is_a_person_even_when_it_is_a_common_word() {
    let text = "Hier, M. Court a parlé de le budget des écoles.";
    assert_eq!(names(text), ["Court"]);
    assert_eq!(kind_of(text, "Court"), EntityKind::Person);
}

#[test]
fn a_surname_with_its_particle_takes_the_full_name_s_kind() {
    let text = "Hier, Sophie Le Guen a parlé à Paris. Ensuite, Le Guen a répondu.";
    assert_eq!(kind_of(text, "Le Guen"), EntityKind::Person);
}

#[test]
fn a_demonym_is_no_name_and_no_part_of_the_next() {
    let text = "Hier, le Britannique Owen Hale a battu les Français à Paris.";
    assert_eq!(names(text), ["Owen Hale", "Paris"]);
    let text = "Hier, la Franco-Norvégienne Claire L’Hermite et le Canado-Britannique Peter Walsh.";
    assert_eq!(names(text), ["Claire L’Hermite", "Peter Walsh"]);
    let text = "Yesterday French swimmers and Americans Jack Dunne and Leo Marsh met in the Russian-occupied town of Port Elwin, on British Airways.";
    assert_eq!(
        names(text),
        ["Jack Dunne", "Leo Marsh", "Port Elwin", "British Airways"]
    );
}

#[test]
fn the_informal_english_words_for_two_peoples_are_demonyms() {
    let text = "Four in ten Brits and most Aussies watched the final, said Nora Vale.";
    assert_eq!(names(text), ["Nora Vale"]);
    let text = "Selon un sondage, les Brits et les Aussies ont suivi la finale avec Nora Vale.";
    assert_eq!(names(text), ["Nora Vale"]);
}

#[test]
fn the_peoples_of_the_united_kingdom_are_demonyms() {
    let text = "Hier, les Anglais ont battu les Écossais, a dit Nora Vale.";
    assert_eq!(names(text), ["Nora Vale"]);
    let text = "Yesterday the Scottish side lost the final, said Nora Vale.";
    assert_eq!(names(text), ["Nora Vale"]);
}

#[test]
fn and_joins_two_names_only_into_a_known_place() {
    let text = "Yesterday Putin and Tokayev met, then Ruth Cole and Alan Frey wrote from Bosnia and Herzegovina.";
    assert_eq!(
        names(text),
        [
            "Putin",
            "Tokayev",
            "Ruth Cole",
            "Alan Frey",
            "Bosnia and Herzegovina"
        ]
    );
}

#[test]
fn capitalised_particles_inside_a_sentence_belong_to_the_name() {
    let text = "Hier, Sophie Le Guen et Hugo Le Maire ont parlé. Selon Le Guen, rien. La physicienne Claire L’Hermite lit Le Monde.";
    assert_eq!(
        names(text),
        [
            "Sophie Le Guen",
            "Hugo Le Maire",
            "Le Guen",
            "Claire L’Hermite",
            "Le Monde"
        ]
    );
    let text = "Yesterday the court heard Herman Van Rompuy and Charles De Gaulle.";
    assert_eq!(names(text), ["Herman Van Rompuy", "Charles De Gaulle"]);
}

#[test]
fn a_french_institution_s_adjective_ends_its_name() {
    let text = "Hier, le Rassemblement national et l’Assemblée nationale ont voté, comme la République démocratique du Congo et le Parlement européen.";
    assert_eq!(
        names(text),
        [
            "Rassemblement national",
            "Assemblée nationale",
            "République démocratique du Congo",
            "Parlement européen"
        ]
    );
    assert_eq!(
        kind_of(text, "Rassemblement national"),
        EntityKind::Organization
    );
    assert_eq!(
        kind_of(text, "République démocratique du Congo"),
        EntityKind::Location
    );
    // The next name stays apart; English "national" is no part of a name.
    let text = "Hier, le président du Front national Jordan Bardella parle. Yesterday the US national debt grew.";
    assert_eq!(names(text), ["Front national", "Jordan Bardella", "US"]);
}

#[test]
fn acronyms_of_common_nouns_are_not_organisations() {
    let text = "Hier, le PIB a progressé, selon l’Insee, et the GDP grew, said the IMF.";
    assert_eq!(names(text), ["Insee", "IMF"]);
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
    assert_eq!(names(text), ["Union européenne", "Russie"]);
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
    let long = otsc.expands().map(|s| s.of(text));
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

/// The acronym after a name stands for it only when its letters fit: a person and her
/// party's acronym stay two, and the acronym takes no person's kind.
#[test]
fn a_bracketed_acronym_whose_letters_do_not_fit_is_another_name() {
    let fr = "Hier, Ilse Varga (PDV) a parlé à Valdorge.";
    let en = "Yesterday Ilse Varga (PDV) spoke in Valdorge.";
    for text in [fr, en] {
        let article = Article::parse(text, Format::Text);
        let m = mentions(text, &article);
        let pdv = m.iter().find(|m| m.span.of(text) == "PDV").unwrap();
        assert_eq!(pdv.expands(), None, "{text}");
        assert_eq!(pdv.kind, EntityKind::Organization, "{text}");
        assert_eq!(kind_of(text, "Ilse Varga"), EntityKind::Person, "{text}");
    }
    // Accents aside, the letters fit: « É » is an E.
    let fr = "Hier, l’Électricité de Norland (EDN) a relevé ses prix.";
    let en = "Yesterday Électricité de Norland (EDN) raised its prices.";
    for text in [fr, en] {
        let article = Article::parse(text, Format::Text);
        let m = mentions(text, &article);
        let edn = m.iter().find(|m| m.span.of(text) == "EDN").unwrap();
        assert_eq!(
            edn.expands().map(|s| s.of(text)),
            Some("Électricité de Norland"),
            "{text}"
        );
    }
}

#[test]
fn an_acronym_is_what_its_long_form_is() {
    let text = "Hier, la République démocratique du Congo (RDC) a voté. La RDC compte 100 millions d’habitants.";
    assert_eq!(kind_of(text, "RDC"), EntityKind::Location);
    let text = "Hier, l’Organisation mondiale de la santé (OMS) a parlé.";
    assert_eq!(kind_of(text, "OMS"), EntityKind::Organization);
}

#[test]
fn news_agencies_are_organisations() {
    let text = "Hier, selon Interfax et Reuters, rien. The attack, Reuters reported, was claimed.";
    assert_eq!(kind_of(text, "Interfax"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Reuters"), EntityKind::Organization);
    let text = "Hier, le Kremlin a répondu à l’Élysée. The Pentagon denied it.";
    for seat in ["Kremlin", "Élysée", "Pentagon"] {
        assert_eq!(kind_of(text, seat), EntityKind::Organization, "{seat}");
    }
}

#[test]
fn a_kind_of_place_before_or_after_a_name_makes_it_a_place() {
    let text = "Hier, le barrage de Vouglans et le lac Saviel, puis la région d’Orvalle.";
    // The dam's name is both words (`name_place_heads`).
    assert_eq!(kind_of(text, "barrage de Vouglans"), EntityKind::Location);
    assert_eq!(kind_of(text, "lac Saviel"), EntityKind::Location);
    assert_eq!(kind_of(text, "Orvalle"), EntityKind::Location);
    let text = "Yesterday the Tamber River rose near Elmwood City Hall.";
    assert_eq!(kind_of(text, "Tamber River"), EntityKind::Location);
    assert_eq!(kind_of(text, "Elmwood City Hall"), EntityKind::Location);
}

#[test]
fn road_and_line_codes_are_not_names_but_a_numbered_group_is() {
    let fr = "Un accident a bloqué l’A36 puis la RD192 près de Valdorge, avant le sommet du G7.";
    assert_eq!(names(fr), ["Valdorge", "G7"]);
    let en = "The crash closed the M25 and the I-95 near Millbrook before the G20 summit.";
    assert_eq!(names(en), ["Millbrook", "G20"]);
}

#[test]
fn a_title_stays_out_of_the_name() {
    let fr = "Hier, le préfet Ilse Varga et le capitaine Aurel Dumas ont parlé à Valdorge.";
    assert_eq!(names(fr), ["Ilse Varga", "Aurel Dumas", "Valdorge"]);
    let en = "Chair Ivo Lund and Inspector Dana Roe spoke in Millbrook.";
    assert_eq!(names(en), ["Ivo Lund", "Dana Roe", "Millbrook"]);
}

#[test]
fn a_french_town_is_a_place_in_french_copy_only() {
    // No cue around it: the commune list tells.
    let fr = "Titre\n\nHier, Belfort a voté le budget et Toul aussi, dit le texte.";
    assert_eq!(kind_of(fr, "Belfort"), EntityKind::Location);
    assert_eq!(kind_of(fr, "Toul"), EntityKind::Location);
    // In English, a commune's name is as often a surname: the list is not asked.
    let en = "Title\n\nYesterday, Belfort voted for the budget, the text said.";
    assert_ne!(kind_of(en, "Belfort"), EntityKind::Location);
}

#[test]
fn a_town_of_the_world_is_a_place_with_no_other_cue() {
    let en = "The council of Tucson voted on Monday, and Nevada lawmakers agreed.";
    assert_eq!(kind_of(en, "Tucson"), EntityKind::Location);
    assert_eq!(kind_of(en, "Nevada"), EntityKind::Location);
    let fr = "Le conseil de Tucson a voté lundi, et les élus du Nevada ont suivi.";
    assert_eq!(kind_of(fr, "Tucson"), EntityKind::Location);
}

#[test]
fn a_title_outweighs_a_town_s_name() {
    // A town's name is a weaker sign than a country's: people bear them too.
    assert_eq!(
        kind_of("Hier, M. Tucson a parlé aux élus.", "Tucson"),
        EntityKind::Person
    );
    assert_eq!(
        kind_of("Yesterday Senator Tucson spoke to reporters.", "Tucson"),
        EntityKind::Person
    );
}

#[test]
fn a_shouted_phrase_in_capitals_is_no_name() {
    let en = "Title\n\nHonestly YOU WILL LOVE IT, said a reader of the NATO report.";
    assert_eq!(names(en), ["NATO"]);
    let fr = "Titre\n\nIl écrit SANS CONDITION DE DURÉE SUR LE SITE, selon l’OTAN.";
    assert_eq!(names(fr), ["OTAN"]);
}

#[test]
fn a_word_in_capitals_the_article_writes_in_lowercase_is_emphasis() {
    let en = "Title\n\nThe tickets were FREE, and parking was free as well.";
    assert!(names(en).is_empty(), "{:?}", names(en));
    let fr = "Titre\n\nLe concert était GRATUIT, et le parking gratuit aussi.";
    assert!(names(fr).is_empty(), "{:?}", names(fr));
}

#[test]
fn a_name_also_set_in_capitals_is_a_name_not_an_acronym() {
    let fr = "Titre\n\nLe laboratoire vend le Zorvex depuis lundi. La boîte de ZORVEX est bleue.";
    let article = Article::parse(fr, Format::Text);
    let found = mentions(fr, &article);
    let caps = found
        .iter()
        .find(|m| m.span.of(fr) == "ZORVEX")
        .expect("ZORVEX");
    assert_eq!(caps.form, Form::Name);
    assert_ne!(caps.kind, EntityKind::Organization, "no acronym's vote");
    let en = "Title\n\nThe lab has sold Zorvex since May. A box of ZORVEX is blue.";
    let article = Article::parse(en, Format::Text);
    let found = mentions(en, &article);
    let caps = found
        .iter()
        .find(|m| m.span.of(en) == "ZORVEX")
        .expect("ZORVEX");
    assert_eq!(caps.form, Form::Name);
}

#[test]
fn the_hour_s_am_and_pm_are_not_acronyms() {
    assert!(names("Title\n\nThe doors open at 9 AM and close at 11 PM.").is_empty());
}

#[test]
fn a_secretary_general_s_title_parts_the_organisation_from_the_person() {
    let en = "Yesterday the Norland Health Agency Director-General Ilse Varga spoke.";
    assert_eq!(names(en), ["Norland Health Agency", "Ilse Varga"]);
    let fr = "Hier, l’Agence Norlandaise Secrétaire-Général Ilse Varga a parlé.";
    assert!(names(fr).contains(&"Ilse Varga"), "{:?}", names(fr));
}

#[test]
fn de_does_not_carry_a_person_s_full_name_into_the_next_name() {
    let fr = "Hier, la climatologue Ilse Varga de Zorvex a présenté le rapport.";
    assert_eq!(names(fr), ["Ilse Varga", "Zorvex"]);
    // One word before « de » is a name with its particle; a head word makes an institution.
    let fr = "Hier, Charles de Norlande et la Banque Centrale de Norlande ont signé.";
    assert_eq!(
        names(fr),
        ["Charles de Norlande", "Banque Centrale de Norlande"]
    );
    // English "of" after a first name and a surname: a person and what they speak for;
    // institutions without a head word are written so.
    let en = "\"Rates will rise,\" said John Varga of Orvik Tamber in Orbec.";
    assert_eq!(names(en), ["John Varga", "Orvik Tamber", "Orbec"]);
    assert_eq!(kind_of(en, "Orvik Tamber"), EntityKind::Organization);
    let fr = "« Les taux vont monter », a dit Ilse Varga de Orvik Tamber à Orbec.";
    assert_eq!(names(fr), ["Ilse Varga", "Orvik Tamber", "Orbec"]);
    let en = "Yesterday the State Railway of Norland raised its fares.";
    assert_eq!(names(en), ["State Railway of Norland"]);
}

/// "Colonel Tom Reed", "Major-General Ana Roe": a military rank is a title, out of the name.
#[test]
fn a_military_rank_is_a_title() {
    let en = "Yesterday Major-General Ana Roe and Colonel Tom Reed said the troops had left.";
    assert_eq!(names(en), ["Ana Roe", "Tom Reed"]);
    let fr = "Hier, le lieutenant-colonel Ana Roe et le colonel Tom Reed ont parlé.";
    assert_eq!(names(fr), ["Ana Roe", "Tom Reed"]);
}

#[test]
fn a_republic_or_a_kingdom_is_a_place() {
    let fr = "Hier, la République populaire de Norlande a fermé ses frontières.";
    assert_eq!(
        kind_of(fr, "République populaire de Norlande"),
        EntityKind::Location
    );
    let en = "Yesterday the Kingdom of Norland closed its borders.";
    assert_eq!(kind_of(en, "Kingdom of Norland"), EntityKind::Location);
}

#[test]
fn a_first_name_makes_a_person() {
    let en = "The report was written by Emily Zorvex and checked by Gregory.";
    assert_eq!(kind_of(en, "Emily Zorvex"), EntityKind::Person);
    assert_eq!(kind_of(en, "Gregory"), EntityKind::Person);
    let fr = "Le rapport a été écrit par Pierre Zorvex et relu par Mathilde.";
    assert_eq!(kind_of(fr, "Pierre Zorvex"), EntityKind::Person);
    assert_eq!(kind_of(fr, "Mathilde"), EntityKind::Person);
}

#[test]
fn a_first_name_with_a_number_is_a_model_not_a_person() {
    let fr = "Le lanceur Mathilde 6 a décollé hier.";
    assert_ne!(kind_of(fr, "Mathilde"), EntityKind::Person);
    let en = "The Emily 3 rocket took off yesterday.";
    assert_ne!(kind_of(en, "Emily"), EntityKind::Person);
}

#[test]
fn an_organisation_s_kind_written_before_its_name_makes_it_one() {
    let fr = "Hier, la société Zorvex a licencié, selon le quotidien Norlander.";
    assert_eq!(kind_of(fr, "Zorvex"), EntityKind::Organization);
    assert_eq!(kind_of(fr, "Norlander"), EntityKind::Organization);
    let en = "Yesterday the company Zorvex cut jobs, the newspaper Norlander said.";
    assert_eq!(kind_of(en, "Zorvex"), EntityKind::Organization);
    // A trial's arm is no organisation.
    let fr = "Hier, dans le groupe Zorvex, trois patients ont guéri.";
    assert_ne!(kind_of(fr, "Zorvex"), EntityKind::Organization);
}

#[test]
fn a_mention_stays_small() {
    // A corpus keeps one for every name it reads (about one byte of mention per byte of
    // text): its rare fields are boxed.
    assert!(
        std::mem::size_of::<Mention>() <= 72,
        "{}",
        std::mem::size_of::<Mention>()
    );
}

#[test]
fn a_mention_keeps_its_rare_parts_in_one_box() {
    // A corpus keeps every mention: its acronym's long form and its identity are boxed
    // together, not each in a box of its own.
    assert!(std::mem::size_of::<Mention>() <= 56);
    let text = "L’Organisation du traité (OTSC) et Poutine.";
    let at = text.find("Poutine").unwrap();
    let poutine = crate::text::Span::new(at, at + "Poutine".len());
    let mut m = crate::analysis::mention::annotated(
        text,
        poutine,
        crate::analysis::EntityKind::Person,
        Some("Wikidata:Q7747".into()),
    );
    assert_eq!((m.identity(), m.expands()), (Some("Wikidata:Q7747"), None));
    m.set_expands(crate::text::Span::new(0, 5));
    assert_eq!(m.identity(), Some("Wikidata:Q7747"));
    assert_eq!(m.expands(), Some(crate::text::Span::new(0, 5)));
    let bare = crate::analysis::mention::annotated(
        text,
        poutine,
        crate::analysis::EntityKind::Person,
        None,
    );
    assert_eq!((bare.identity(), bare.expands()), (None, None));
}

//! What kind a found name is, from its own words when nothing around it tells.

use super::tests::{kind_of, names};
use super::*;

#[test]
fn a_title_case_phrase_of_common_words_is_no_person() {
    let text = "We stayed two nights and the Lovely Garden Suite was clean.";
    assert_eq!(kind_of(text, "Lovely Garden Suite"), EntityKind::Other);
    let text = "Please send the Signed Purchase Orders by Friday.";
    assert_eq!(kind_of(text, "Signed Purchase Orders"), EntityKind::Other);
    let text = "Hier, le quartier a organisé un Night Garden Market pour les familles.";
    assert_eq!(kind_of(text, "Night Garden Market"), EntityKind::Other);
}

#[test]
fn two_capitalised_words_that_are_not_common_words_are_still_a_person() {
    let text = "We met Dravek Olunsky at the station.";
    assert_eq!(kind_of(text, "Dravek Olunsky"), EntityKind::Person);
    let text = "Hier, Temur Ovlakov a répondu aux questions.";
    assert_eq!(kind_of(text, "Temur Ovlakov"), EntityKind::Person);
}

#[test]
fn french_words_in_capitals_without_a_first_name_are_no_person() {
    let text = "Hier, PAUL DRAVEK a répondu aux questions.";
    assert_eq!(kind_of(text, "PAUL DRAVEK"), EntityKind::Person);
}

#[test]
fn a_heading_s_words_in_capitals_are_no_name() {
    let text = "Le programme du soir.\nCHANTS LOINTAINS\nLe concert a eu lieu hier.";
    assert_eq!(names(text), [] as [&str; 0]);
    let text = "The evening programme.\nDISTANT SONGS\nThe concert took place yesterday.";
    assert_eq!(names(text), [] as [&str; 0]);
}

#[test]
fn words_in_capitals_that_a_cue_gives_a_kind_are_still_a_name() {
    let text = "Hier, la société VARNEL FRÈRES a fermé son usine.";
    assert_eq!(kind_of(text, "VARNEL FRÈRES"), EntityKind::Organization);
    let text = "Yesterday the company VARNEL BROTHERS closed its plant.";
    assert_eq!(kind_of(text, "VARNEL BROTHERS"), EntityKind::Organization);
}

#[test]
fn english_words_in_capitals_are_still_a_person() {
    let text = "Yesterday DRAVEK OLUNSKY said that the trains were late and that he was tired.";
    assert_eq!(kind_of(text, "DRAVEK OLUNSKY"), EntityKind::Person);
}

#[test]
fn a_name_without_a_kind_takes_the_kind_its_list_agrees_on() {
    let text = "Hier, M. Varnel, Coutrot et Béjarine ont signé la lettre.";
    assert_eq!(kind_of(text, "Coutrot"), EntityKind::Person);
    assert_eq!(kind_of(text, "Béjarine"), EntityKind::Person);
    let text = "The fighting spread to Lisbon, Dravnik and Olsk on Sunday.";
    assert_eq!(kind_of(text, "Dravnik"), EntityKind::Location);
    assert_eq!(kind_of(text, "Olsk"), EntityKind::Location);
}

#[test]
fn two_names_joined_by_a_comma_alone_or_words_in_common_use_are_no_list() {
    // A name and its apposition, not a list.
    let text = "Yesterday Mr Varnel, Quorvex stayed silent.";
    assert_eq!(kind_of(text, "Quorvex"), EntityKind::Other);
    let text = "Hier, M. Varnel, Quorvex, n’a rien dit.";
    assert_eq!(kind_of(text, "Quorvex"), EntityKind::Other);
    let text = "We offer Sales, Management and Special Events in Lisbon.";
    assert_eq!(kind_of(text, "Management"), EntityKind::Other);
}

#[test]
fn a_title_case_phrase_of_words_that_are_names_too_is_no_person() {
    // "glass", "best", "curry" are surnames as well as words in common use.
    let text = "We loved the Looking Glass and the Chicken Curry, the Best Cigar in town.";
    assert_eq!(kind_of(text, "Looking Glass"), EntityKind::Other);
    assert_eq!(kind_of(text, "Chicken Curry"), EntityKind::Other);
    assert_eq!(kind_of(text, "Best Cigar"), EntityKind::Other);
}

#[test]
fn an_ampersand_joins_a_firm_s_name() {
    let text = "Hier, Varnel & Coutrot a racheté la marque, selon un communiqué de T&K.";
    assert_eq!(names(text), ["Varnel & Coutrot", "T&K"]);
    assert_eq!(kind_of(text, "Varnel & Coutrot"), EntityKind::Organization);
    assert_eq!(kind_of(text, "T&K"), EntityKind::Organization);
    let text = "Analysts at Dravin & Holt cut the rating, while B&Q kept its stores open.";
    assert_eq!(names(text), ["Dravin & Holt", "B&Q"]);
    assert_eq!(kind_of(text, "Dravin & Holt"), EntityKind::Organization);
}

#[test]
fn a_company_s_abbreviated_word_closes_its_name() {
    let text = "Shares of Orvik Chemical Co rose on Monday.";
    assert_eq!(names(text), ["Orvik Chemical Co"]);
    assert_eq!(kind_of(text, "Orvik Chemical Co"), EntityKind::Organization);
    let text = "Les actions de Tamber Brescoux Cie ont monté lundi.";
    assert_eq!(names(text), ["Tamber Brescoux Cie"]);
    assert_eq!(
        kind_of(text, "Tamber Brescoux Cie"),
        EntityKind::Organization
    );
}

#[test]
fn an_ampersand_before_a_firm_s_partners_joins_the_whole_name() {
    let text = "The bank hired Orvik Tamber & Co and Ana Roe & Sons Ltd for the sale.";
    assert_eq!(names(text), ["Orvik Tamber & Co", "Ana Roe & Sons Ltd"]);
    assert_eq!(kind_of(text, "Orvik Tamber & Co"), EntityKind::Organization);
    assert_eq!(
        kind_of(text, "Ana Roe & Sons Ltd"),
        EntityKind::Organization
    );
    let text = "La banque a mandaté Lise Morel & Cie et Valdorge Frères & Fils pour la vente.";
    assert_eq!(names(text), ["Lise Morel & Cie", "Valdorge Frères & Fils"]);
    assert_eq!(kind_of(text, "Lise Morel & Cie"), EntityKind::Organization);
}

#[test]
fn an_ampersand_between_full_names_or_places_lists_them() {
    let text = "The show was hosted by Ann Pell & Joe Marr in front of the crowd.";
    assert_eq!(names(text), ["Ann Pell", "Joe Marr"]);
    let text = "Les cantons de Vaud, Berne & Genève ont voté, comme Paris & Lyon.";
    assert!(
        !names(text).iter().any(|n| n.contains('&')),
        "{:?}",
        names(text)
    );
}

#[test]
fn a_place_kind_before_of_names_a_place() {
    let text = "The tanker sank in the Gulf of Tarvel after the storm.";
    assert_eq!(kind_of(text, "Gulf of Tarvel"), EntityKind::Location);
    let text = "We sailed across the Bay of Orlin last summer.";
    assert_eq!(kind_of(text, "Bay of Orlin"), EntityKind::Location);
    let text = "Le pétrolier a coulé dans le Golfe de Tarvel après la tempête.";
    assert_eq!(kind_of(text, "Golfe de Tarvel"), EntityKind::Location);
}

#[test]
fn casual_english_that_writes_i_in_lowercase_names_places_in_lowercase_too() {
    let text = "i think we should drive to san diego and then i want to fly to ohio in june.";
    assert_eq!(kind_of(text, "san diego"), EntityKind::Location);
    assert_eq!(kind_of(text, "ohio"), EntityKind::Location);
}

#[test]
fn lowercase_place_names_are_no_names_in_careful_copy_nor_when_they_are_common_words() {
    let text = "We should drive to san diego and then fly to ohio before the summer.";
    assert!(super::tests::names(text).is_empty());
    let text = "i think the old china plates and the turkey were the best part, i agree.";
    assert!(super::tests::names(text).is_empty());
}

#[test]
fn a_small_town_of_a_french_speaking_neighbour_is_a_place() {
    let text = "Le convoi est reparti hier de Frauenfeld sous la neige.";
    assert_eq!(kind_of(text, "Frauenfeld"), EntityKind::Location);
    let text = "The convoy left Arlon yesterday in the snow.";
    assert_eq!(kind_of(text, "Arlon"), EntityKind::Location);
}

#[test]
fn a_storm_named_like_a_person_is_no_person() {
    let text = "The coast was hit by Hurricane Tessa on Monday night.";
    assert_ne!(kind_of(text, "Hurricane Tessa"), EntityKind::Person);
    let text = "Typhoon Marlow reached the islands before dawn.";
    assert_ne!(kind_of(text, "Typhoon Marlow"), EntityKind::Person);
}

#[test]
fn a_name_hailed_by_a_greeting_is_a_person() {
    let text = "The files arrived this morning. Thanks Tobin! See you on Monday.";
    assert_eq!(kind_of(text, "Tobin"), EntityKind::Person);
    let text = "Le dossier est arrivé ce matin. Merci Tobin, à lundi.";
    assert_eq!(kind_of(text, "Tobin"), EntityKind::Person);
}

#[test]
fn one_unknown_word_before_a_verb_of_speech_is_a_person_unless_a_place() {
    let text = "The talks failed on Monday, and Ostravek said the team would leave.";
    assert_eq!(kind_of(text, "Ostravek"), EntityKind::Person);
    let text = "The talks failed on Monday, and Moscow said it would respond.";
    assert_eq!(kind_of(text, "Moscow"), EntityKind::Location);
    let text = "Les discussions ont échoué lundi, et Ostravek a déclaré que l'équipe partirait.";
    assert_eq!(kind_of(text, "Ostravek"), EntityKind::Person);
    let text = "Les discussions ont échoué lundi, et Ostravek raconte que l'équipe est partie.";
    assert_eq!(kind_of(text, "Ostravek"), EntityKind::Person);
    let text = "Les discussions ont échoué lundi, et Moscou a déclaré qu'elle répondrait.";
    assert_eq!(kind_of(text, "Moscou"), EntityKind::Location);
}

#[test]
fn one_unknown_word_after_an_article_before_a_verb_of_speech_is_an_institution() {
    let text = "Les chiffres sont tombés lundi : l'Ostrev a déclaré que le chômage avait baissé.";
    assert_eq!(kind_of(text, "Ostrev"), EntityKind::Organization);
    let text = "Les chiffres sont tombés lundi, et le Brasko répond que la hausse continuera.";
    assert_eq!(kind_of(text, "Brasko"), EntityKind::Organization);
    let text = "The figures came out on Monday, and the Ostrev said unemployment had fallen.";
    assert_eq!(kind_of(text, "Ostrev"), EntityKind::Organization);
    // A place the gazetteer knows stays a place.
    let text = "Les chiffres sont tombés lundi, et la Moldavie a déclaré qu'elle répondrait.";
    assert_eq!(kind_of(text, "Moldavie"), EntityKind::Location);
}

#[test]
fn an_abbreviated_title_with_its_full_stop_makes_a_person() {
    let text = "The plan was backed by Prof. Aldane and Sen. Broxley on Monday.";
    assert_eq!(names(text), ["Aldane", "Broxley"]);
    assert_eq!(kind_of(text, "Aldane"), EntityKind::Person);
    assert_eq!(kind_of(text, "Broxley"), EntityKind::Person);
    let text = "Le projet a été défendu par le Pr Aldane et la Dr. Quennel lundi.";
    assert_eq!(names(text), ["Aldane", "Quennel"]);
    assert_eq!(kind_of(text, "Aldane"), EntityKind::Person);
    assert_eq!(kind_of(text, "Quennel"), EntityKind::Person);
}

#[test]
fn a_particle_between_an_honorific_and_the_name_keeps_the_person() {
    let text = "Hier, M. de Varennes a parlé avec Mlle de Roquefel.";
    assert_eq!(kind_of(text, "Varennes"), EntityKind::Person);
    assert_eq!(kind_of(text, "Roquefel"), EntityKind::Person);
    let text = "Yesterday Mr. van Loost spoke to Dr. de Saulcy at length.";
    assert_eq!(kind_of(text, "Saulcy"), EntityKind::Person);
    // After a title that is not an honorific, « du » names the title's place.
    let text = "Le président du Norvagistan a parlé.";
    assert_ne!(kind_of(text, "Norvagistan"), EntityKind::Person);
}

#[test]
fn an_english_word_is_not_a_town_the_list_writes_only_with_diacritics() {
    // « Būsh » is a town: "Bush", written without its diacritic, is the English word, or a
    // surname, not that town.
    let text = "Analysts wonder whether Bush has any thoughts about the vote, and what he \
                will say to the people who are waiting for him in the cold.";
    assert_ne!(kind_of(text, "Bush"), EntityKind::Location);
    // A town's own name written without its diacritics is still the town.
    let text = "The team flew from Kecskemet to the coast on Monday.";
    assert_eq!(kind_of(text, "Kecskemet"), EntityKind::Location);
    // In French copy, the English word list is not asked.
    let text = "Le navire est reparti de Colon hier soir avec sa cargaison.";
    assert_eq!(kind_of(text, "Colon"), EntityKind::Location);
}

#[test]
fn a_title_that_is_also_a_name_or_a_word_is_a_title_only_before_its_full_stop() {
    let text = "The economist Amartya Sen spoke, and Sen. Broxley and Gen. Varnak listened.";
    assert_eq!(names(text), ["Amartya Sen", "Broxley", "Varnak"]);
    assert_eq!(kind_of(text, "Varnak"), EntityKind::Person);
    let text = "Le peloton a franchi le Col du Galibier sous la pluie.";
    assert_eq!(names(text), ["Col du Galibier"]);
}

#[test]
fn a_country_s_abbreviation_in_brackets_after_a_name_is_a_place() {
    let text = "Classement de l’étape : Jorge Vernaz (Nor) à 3 minutes, devant Dorval (P) et Tavrin (Aut).";
    assert_eq!(
        names(text),
        ["Jorge Vernaz", "Nor", "Dorval", "P", "Tavrin", "Aut"]
    );
    assert_eq!(kind_of(text, "Nor"), EntityKind::Location);
    assert_eq!(kind_of(text, "P"), EntityKind::Location);
}

#[test]
fn a_name_before_a_country_s_abbreviation_is_a_person() {
    // « à Tavrin » votes for a place; the country in brackets after it, for a person.
    let text = "Le maillot est allé à Tavrin (Aut), puis Dorval (P) et Tavrin (Aut) ont suivi.";
    assert_eq!(kind_of(text, "Tavrin"), EntityKind::Person);
    assert_eq!(kind_of(text, "Dorval"), EntityKind::Person);
}

#[test]
fn a_party_s_letter_in_brackets_is_no_place_in_english() {
    // "(D)", "(R)": a party, in English copy; not a country's abbreviation.
    let text = "Yesterday Sen. Ivo Hale (D) and Rep. Dana Roe (R) said that the bill would pass.";
    assert_eq!(names(text), ["Ivo Hale", "Dana Roe"]);
}

#[test]
fn a_party_s_acronym_in_brackets_is_no_place() {
    let text = "Hier, Ana Roe (LR) et Marc Vion (PS) ont voté.";
    assert_ne!(kind_of(text, "LR"), EntityKind::Location);
}

#[test]
fn a_publishing_house_is_an_organisation() {
    let text = "Hier, les Éditions Marcel Vion ont publié le livre, puis les Éditions du Levant.";
    assert_eq!(
        kind_of(text, "Éditions Marcel Vion"),
        EntityKind::Organization
    );
    assert_eq!(
        kind_of(text, "Éditions du Levant"),
        EntityKind::Organization
    );
}

#[test]
fn a_title_before_the_next_name_is_no_apposition_of_the_name_before_the_comma() {
    let text =
        "Il est arrivé à Varnel hier. En quittant Varnel, le général Dorval a passé une revue.";
    assert_eq!(kind_of(text, "Varnel"), EntityKind::Location);
    assert_eq!(kind_of(text, "Dorval"), EntityKind::Person);
    // A title with no name after it is the apposition's: « Tavrin, le général, a parlé ».
    let text = "Hier, Tavrin, le général, a parlé.";
    assert_eq!(kind_of(text, "Tavrin"), EntityKind::Person);
}

#[test]
fn an_english_title_before_the_next_name_is_no_apposition_of_the_name_before_the_comma() {
    let text =
        "Yesterday in Millbrook, said senator Ivo Hale, the vote was calm and the polls closed.";
    assert_eq!(kind_of(text, "Millbrook"), EntityKind::Location);
    assert_eq!(kind_of(text, "Ivo Hale"), EntityKind::Person);
}

#[test]
fn a_chamber_is_an_organisation() {
    let text =
        "Hier, la Chambre a voté le budget, puis la Chambre des métiers de Varnel a protesté.";
    assert_eq!(kind_of(text, "Chambre"), EntityKind::Organization);
    assert_eq!(
        kind_of(text, "Chambre des métiers de Varnel"),
        EntityKind::Organization
    );
}

#[test]
fn an_english_chamber_is_an_organisation() {
    let text = "Yesterday the Millbrook Chamber of Commerce said that prices rose in the town.";
    assert_eq!(
        kind_of(text, "Millbrook Chamber of Commerce"),
        EntityKind::Organization
    );
}

#[test]
fn a_group_numbered_by_its_members_is_an_organisation() {
    let text = "Hier, le G7 et le G20 ont publié un communiqué.";
    assert_eq!(kind_of(text, "G7"), EntityKind::Organization);
    assert_eq!(kind_of(text, "G20"), EntityKind::Organization);
    let text = "On Monday the G7 issued a statement.";
    assert_eq!(kind_of(text, "G7"), EntityKind::Organization);
}

#[test]
fn an_english_apposition_after_a_name_gives_its_kind() {
    let text =
        "Yesterday, Quorvel, the mining group, signed. Then Satvin, an analyst, said it rose.";
    assert_eq!(kind_of(text, "Quorvel"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Satvin"), EntityKind::Person);
}

#[test]
fn an_english_surname_and_mister_take_the_person_s_kind() {
    let text = "Yesterday Orvan Pell spoke to the council. Later Pell left.";
    assert_eq!(kind_of(text, "Pell"), EntityKind::Person);
    // "Mr" before a town's name makes a person of it, as « M. » does.
    assert_eq!(
        kind_of("Yesterday Mr Tucson spoke at length.", "Tucson"),
        EntityKind::Person
    );
    assert_eq!(
        kind_of("Hier, M. Tucson a longuement parlé.", "Tucson"),
        EntityKind::Person
    );
}

#[test]
fn a_town_of_the_world_after_a_given_name_is_a_surname() {
    // « Namur » and "Geneva" are towns; after a word that is no common word, a surname.
    let text = "The union's treasurer, Dravek Namur, presented the accounts.";
    assert_eq!(kind_of(text, "Dravek Namur"), EntityKind::Person);
    let text = "The rally was led by Temur Geneva and her brother.";
    assert_eq!(kind_of(text, "Temur Geneva"), EntityKind::Person);
    let text = "La trésorière, Dravek Namur, a présenté les comptes.";
    assert_eq!(kind_of(text, "Dravek Namur"), EntityKind::Person);
    let text = "Hier, Temur Genève a pris la parole.";
    assert_eq!(kind_of(text, "Temur Genève"), EntityKind::Person);
}

#[test]
fn a_town_alone_or_first_is_still_a_place() {
    let text = "The fair moved to Namur last year. Geneva Airport was closed.";
    assert_eq!(kind_of(text, "Namur"), EntityKind::Location);
    let text = "La foire s'est tenue à Namur. Les élus de Genève ont voté.";
    assert_eq!(kind_of(text, "Namur"), EntityKind::Location);
    assert_eq!(kind_of(text, "Genève"), EntityKind::Location);
}

#[test]
fn a_company_s_legal_form_closes_an_organization_s_name() {
    let text = "Zorvex SA a annoncé un plan, comme Brumel SAS.";
    assert_eq!(kind_of(text, "Zorvex SA"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Brumel SAS"), EntityKind::Organization);
    let text = "Zorvex AG said profits rose; Varnek Oyj and Tamber SpA agreed.";
    assert_eq!(kind_of(text, "Zorvex AG"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Varnek Oyj"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Tamber SpA"), EntityKind::Organization);
}

#[test]
fn a_surname_two_people_share_is_a_person_whichever_of_them() {
    // The corpus cannot join « Vernet » to one full name: the mention itself must say person.
    use crate::article::Format;
    let votes = |text: &str, name: &str| {
        let article = Article::parse(text, Format::Text);
        let found = mentions(text, &article);
        let m = found.iter().find(|m| m.span.of(text) == name).cloned();
        m.unwrap_or_else(|| panic!("no mention {name}"))
            .votes
            .winner()
    };
    let text = "Alix Vernet won the final. Her brother Paul Vernet lost. Later Vernet left.";
    assert_eq!(votes(text, "Vernet"), EntityKind::Person);
    let text = "Alix Vernet a gagné. Son frère Paul Vernet a perdu. Ensuite Vernet est parti.";
    assert_eq!(votes(text, "Vernet"), EntityKind::Person);
}

#[test]
fn a_place_s_kind_closing_or_before_its_name_makes_a_place() {
    let text = "We walked along Tamber Creek and rested by Orvik Reservoir with Dravek Heights.";
    assert_eq!(kind_of(text, "Tamber Creek"), EntityKind::Location);
    assert_eq!(kind_of(text, "Orvik Reservoir"), EntityKind::Location);
    assert_eq!(kind_of(text, "Dravek Heights"), EntityKind::Location);
    let text = "Ils ont marché dans la forêt Varnelle puis au bord de l'étang Morvik.";
    assert_eq!(kind_of(text, "Varnelle"), EntityKind::Location);
    assert_eq!(kind_of(text, "Morvik"), EntityKind::Location);
}

#[test]
fn a_trade_or_a_body_closing_a_name_makes_an_organisation() {
    let text = "The album came out on Tamber Recordings and toured with the Orvik Orchestra.";
    assert_eq!(kind_of(text, "Tamber Recordings"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Orvik Orchestra"), EntityKind::Organization);
    let text = "Shares fell on the Tamber Stock Exchange while Varnek Bros gained.";
    assert_eq!(
        kind_of(text, "Tamber Stock Exchange"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(text, "Varnek Bros"), EntityKind::Organization);
    let text = "Le contrat lie Varnel Transports et Dravek Assurances depuis mars.";
    assert_eq!(kind_of(text, "Varnel Transports"), EntityKind::Organization);
    assert_eq!(kind_of(text, "Dravek Assurances"), EntityKind::Organization);
}

#[test]
fn a_first_name_opening_a_sentence_before_a_comma_or_a_colon_is_a_person() {
    let text = "The plan is ready. Brenda, you are in charge.\nMarcus: yes, me too.";
    assert_eq!(kind_of(text, "Brenda"), EntityKind::Person);
    assert_eq!(kind_of(text, "Marcus"), EntityKind::Person);
    let text = "Le plan est prêt. Bertrand, tu t'en occupes.\nÉlodie : oui, moi aussi.";
    assert_eq!(kind_of(text, "Bertrand"), EntityKind::Person);
    assert_eq!(kind_of(text, "Élodie"), EntityKind::Person);
}

#[test]
fn a_place_s_kind_opening_a_name_capitalised_makes_a_place() {
    let text = "They climbed Mount Tarvel and later took the train at Gare Orvik.";
    assert_eq!(kind_of(text, "Mount Tarvel"), EntityKind::Location);
    assert_eq!(kind_of(text, "Gare Orvik"), EntityKind::Location);
    let text = "Le rendez-vous est fixé Rue Cambel, avec Mont Tarvel au loin.";
    assert_eq!(kind_of(text, "Mont Tarvel"), EntityKind::Location);
    assert_eq!(kind_of(text, "Rue Cambel"), EntityKind::Location);
}

#[test]
fn a_saint_s_name_abbreviated_names_a_place_with_its_stop() {
    let text = "We flew to St. Tarvel and then drove on to St Orvik.";
    assert_eq!(super::tests::names(text), ["St. Tarvel", "St Orvik"]);
    assert_eq!(kind_of(text, "St. Tarvel"), EntityKind::Location);
    assert_eq!(kind_of(text, "St Orvik"), EntityKind::Location);
    let text = "Hier, le cortège est passé par Ste Varnelle puis par St Orvik.";
    assert_eq!(kind_of(text, "Ste Varnelle"), EntityKind::Location);
    assert_eq!(kind_of(text, "St Orvik"), EntityKind::Location);
}

#[test]
fn a_name_of_several_words_with_an_article_that_speaks_is_an_institution() {
    let text = "Hier, la Croix Dorée a déclaré que le port de Brescoux restait fermé.";
    assert_eq!(kind_of(text, "Croix Dorée"), EntityKind::Organization);
    let text = "Yesterday the Golden Cross said the port of Orbec stayed closed.";
    assert_eq!(kind_of(text, "Golden Cross"), EntityKind::Organization);
}

#[test]
fn a_french_acronym_after_un_or_une_is_a_common_thing_in_all_its_mentions() {
    let text = "Les malades qui subissent une TRV à Valdorge restent deux jours. Après chaque \
                TRV, le traitement reprend.";
    let article = Article::parse(text, crate::article::Format::Text);
    let found = mentions(text, &article);
    let trv: Vec<_> = found.iter().filter(|m| m.span.of(text) == "TRV").collect();
    assert_eq!(trv.len(), 2, "{found:?}");
    assert!(trv.iter().all(|m| m.kind == EntityKind::Other), "{trv:?}");
    let text = "Orbec souffre d’un SBR depuis l’an dernier.";
    assert_eq!(kind_of(text, "SBR"), EntityKind::Other);
}

#[test]
fn a_french_acronym_after_the_definite_article_stays_an_organisation() {
    let text = "Hier, la CFVD a répondu aux questions des élus de Valdorge.";
    assert_eq!(kind_of(text, "CFVD"), EntityKind::Organization);
    // An institution qualified after « une » that the article also writes with the
    // definite article is still one.
    let text = "Lise Morel veut une UEN plus forte. Hier, l’UEN a voté des sanctions.";
    assert_eq!(kind_of(text, "UEN"), EntityKind::Organization);
    let text = "Pour Ana Roe, un PSN divisé ne gagnera pas. Le PSN a perdu à Valdorge.";
    assert_eq!(kind_of(text, "PSN"), EntityKind::Organization);
}

#[test]
fn an_english_acronym_after_a_or_an_still_names_an_organisation() {
    // "a NVRC team": in English the acronym before a noun qualifies it.
    let text = "Yesterday a NVRC team reached Valdorge. The NVRC left on Monday.";
    assert_eq!(kind_of(text, "NVRC"), EntityKind::Organization);
}

#[test]
fn a_legislature_s_or_a_board_s_word_closing_a_name_makes_an_organisation() {
    let text = "Ministers met the Brescoux Congress while the Orbec Cricket Board met too.";
    assert_eq!(kind_of(text, "Brescoux Congress"), EntityKind::Organization);
    assert_eq!(
        kind_of(text, "Orbec Cricket Board"),
        EntityKind::Organization
    );
    let text = "Hier, le Congrès de Norland a voté la loi à Valdorge.";
    assert_eq!(
        kind_of(text, "Congrès de Norland"),
        EntityKind::Organization
    );
}

#[test]
fn a_people_s_word_before_a_congress_opens_its_name() {
    let text = "Yesterday the Maltese Farmers Congress said it would win in Valdorge.";
    assert_eq!(
        kind_of(text, "Maltese Farmers Congress"),
        EntityKind::Organization
    );
}

#[test]
fn a_force_s_word_makes_an_organisation() {
    let text = "The Norland Air Force flew over Valdorge as the Wexmoor Defence Forces waited.";
    assert_eq!(kind_of(text, "Norland Air Force"), EntityKind::Organization);
    assert_eq!(
        kind_of(text, "Wexmoor Defence Forces"),
        EntityKind::Organization
    );
    let text = "Tom Reed said the Danish Air Force would land at Orbec.";
    assert_eq!(kind_of(text, "Danish Air Force"), EntityKind::Organization);
    let text = "Hier, la Force ouvrière de Valdorge a appelé à la grève.";
    assert_eq!(
        kind_of(text, "Force ouvrière de Valdorge"),
        EntityKind::Organization
    );
}

#[test]
fn a_body_s_word_in_lowercase_is_no_name() {
    let text = "Tom Reed went on board the ferry at Orbec with the force of habit.";
    assert_eq!(names(text), ["Tom Reed", "Orbec"]);
    let text = "Le corps a été retrouvé près de Valdorge par Lise Morel, à bout de force.";
    assert_eq!(names(text), ["Valdorge", "Lise Morel"]);
}

//! Kinds a name's own words tell: a state's word (« République … », "Republic of the …"),
//! "new" or "lower" in a place's language (« Nijni … », "Nova …"), an award's or an
//! event's word ("… Prize", « Coupe … », "… Open", "… War", "… Day"), an institution's or a building's, a
//! government's; and the names the gazetteer knows as written (a country's everyday name,
//! a state's division), the time zones that are no organisation.

use super::tests::{kind_of, names};
use super::*;

/// "Republic of the Congo": after a state's word, "of the" goes on to the place, and a
/// state's word after an adjective makes a state too ("Democratic Republic of …"), as
/// « République démocratique du … » is one.
#[test]
fn a_state_named_with_of_the_or_an_adjective_before_is_one_place() {
    for (en, name) in [
        (
            "Yesterday envoys from Democratic Republic of the Norland met.",
            "Democratic Republic of the Norland",
        ),
        (
            "Yesterday envoys from Republic of the Norland met.",
            "Republic of the Norland",
        ),
    ] {
        assert_eq!(names(en), [name]);
        assert_eq!(kind_of(en, name), EntityKind::Location, "{name}");
    }
    let fr = "Hier, la République démocratique du Norland et la République du Norland ont voté.";
    assert_eq!(
        names(fr),
        [
            "République démocratique du Norland",
            "République du Norland"
        ]
    );
    for name in [
        "République démocratique du Norland",
        "République du Norland",
    ] {
        assert_eq!(kind_of(fr, name), EntityKind::Location, "{name}");
    }
}

/// "Nova Tarvelka", « Nijni Orvik »: "new" or "lower" in the place's own language opens a
/// place's name, not a person's.
#[test]
fn new_or_lower_in_the_place_s_language_opens_a_place_s_name() {
    let fr = "Les habitants de Nova Tarvelka ont fui vers Nijni Orvik, a dit Ana Roe.";
    let en = "Residents of Nova Tarvelka fled to Novo Orvik, Ana Roe said.";
    for (text, place) in [
        (fr, "Nova Tarvelka"),
        (fr, "Nijni Orvik"),
        (en, "Nova Tarvelka"),
        (en, "Novo Orvik"),
    ] {
        assert_eq!(kind_of(text, place), EntityKind::Location, "{place}");
    }
    assert_eq!(kind_of(en, "Ana Roe"), EntityKind::Person);
}

/// "Nobel Prize", « Coupe Davis »: an award named after someone is no person (nor a place,
/// nor an organisation).
#[test]
fn an_award_named_after_someone_is_none_of_the_three_kinds() {
    let fr = "Le Prix Goncourt et la Coupe Davis sont allés à Ana Roe.";
    let en = "The Nobel Prize went to Ana Roe, who had won the Pulitzer Prize and the Davis Cup.";
    let named = "Yesterday the Henry Cup went to the Orbec team.";
    for (text, award) in [
        (fr, "Prix Goncourt"),
        (fr, "Coupe Davis"),
        (en, "Nobel Prize"),
        (en, "Pulitzer Prize"),
        (en, "Davis Cup"),
        (named, "Henry Cup"),
    ] {
        assert_eq!(kind_of(text, award), EntityKind::Other, "{award}");
    }
    assert_eq!(kind_of(fr, "Ana Roe"), EntityKind::Person);
    assert_eq!(kind_of(en, "Ana Roe"), EntityKind::Person);
}

/// "Orbec Open", « Tournoi Valdorge »: a sporting or cultural event named after a place or
/// a sponsor is none of the three kinds; a person whose surname is an event's word stays one.
#[test]
fn an_event_s_name_is_none_of_the_three_kinds() {
    let en = "Yesterday Ana Roe won the Orbec Open, the Valdorge Masters and the Orbec Grand Prix.";
    let fr = "Hier, Ana Roe a gagné le Tournoi Valdorge, puis le Grand Prix Brescoux.";
    for (text, event) in [
        (en, "Orbec Open"),
        (en, "Valdorge Masters"),
        (en, "Orbec Grand Prix"),
        (fr, "Tournoi Valdorge"),
        (fr, "Grand Prix Brescoux"),
    ] {
        assert_eq!(kind_of(text, event), EntityKind::Other, "{event}");
    }
    let text = "Yesterday Tom Masters said the course was too long.";
    assert_eq!(kind_of(text, "Tom Masters"), EntityKind::Person);
}

/// "the Norland War", "Valdorge Day", « la Seconde Guerre »: a war or a day named after a
/// people, a place or a cause is none of the three kinds; a person whose surname is "Day"
/// stays one, and a body that works for a war's victims is a body.
#[test]
fn a_war_s_or_a_day_s_name_is_none_of_the_three_kinds() {
    let en = "He fought in the Norland War and came home for Valdorge Day, Tom Day said.";
    assert_eq!(kind_of(en, "Norland War"), EntityKind::Other);
    assert_eq!(kind_of(en, "Valdorge Day"), EntityKind::Other);
    assert_eq!(kind_of(en, "Tom Day"), EntityKind::Person);
    let fr = "Il a combattu pendant la Seconde Guerre mondiale, a dit Lise Morel.";
    assert_eq!(kind_of(fr, "Seconde Guerre"), EntityKind::Other);
    let fr = "Hier, le Comité national des victimes de guerre a publié un appel.";
    assert_eq!(
        kind_of(fr, "Comité national des victimes de guerre"),
        EntityKind::Organization
    );
}

#[test]
fn a_war_s_number_after_its_name_keeps_it_a_war() {
    // "in" votes for a place; the war's number does not hide the war.
    let en = "Ana Roe, born in Valdorge, served in World War II with Tom Reed.";
    assert_eq!(kind_of(en, "World War II"), EntityKind::Other);
}

#[test]
fn a_french_war_opening_its_name_is_none_of_the_three_kinds() {
    // « Guerre » opens a war's name in French as « Coupe » opens a cup's; the place after
    // it, unknown to the gazetteer, is left in the war's name.
    let fr = "Hier, Lise Morel a raconté la Guerre de Brescoux à Tom Reed.";
    assert_eq!(kind_of(fr, "Guerre de Brescoux"), EntityKind::Other);
}

#[test]
fn a_war_s_word_alone_is_none_of_the_three_kinds() {
    let fr = "Hier, Lise Morel a parlé de la Guerre à Brescoux.";
    assert_eq!(kind_of(fr, "Guerre"), EntityKind::Other);
    assert_eq!(kind_of(fr, "Brescoux"), EntityKind::Location);
}

/// A name closed or opened by an institution's word is an organisation's ("Orbec Historical
/// Society", "Valdorge Herald", « Mouvement Orbec », a museum: "Orbec Museum"), by a
/// building's or an area's a place's ("Brescoux Hotel", "Orbec Castle", "Orbec Pavilion",
/// "Valdorge Bay Area"), though the words before it read as a person's.
#[test]
fn an_institution_s_or_a_building_s_word_gives_the_kind() {
    let en = "Yesterday the Lise Morel Society and the Tom Reed Herald met at the Ana Roe Hotel.";
    assert_eq!(kind_of(en, "Lise Morel Society"), EntityKind::Organization);
    assert_eq!(kind_of(en, "Tom Reed Herald"), EntityKind::Organization);
    assert_eq!(kind_of(en, "Ana Roe Hotel"), EntityKind::Location);
    let fr = "Hier, le Mouvement Lise Morel et la Tribune de Tom Reed ont publié un appel.";
    assert_eq!(
        kind_of(fr, "Mouvement Lise Morel"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(fr, "Tribune de Tom Reed"), EntityKind::Organization);
    let en = "Yesterday the Ana Roe Museum, the Tom Reed Pavilion and the Orbec Bay Area reopened.";
    assert_eq!(kind_of(en, "Ana Roe Museum"), EntityKind::Organization);
    assert_eq!(kind_of(en, "Tom Reed Pavilion"), EntityKind::Location);
    assert_eq!(kind_of(en, "Orbec Bay Area"), EntityKind::Location);
    let fr = "Hier, le Musée Lise Morel a rouvert ses portes.";
    assert_eq!(kind_of(fr, "Musée Lise Morel"), EntityKind::Organization);
}

/// « RFN (République fédérale de Norlandie) »: a state's word opens a state's name wherever
/// it stands, after a bracket or at a sentence's start too.
#[test]
fn a_state_s_word_opens_its_name_after_a_bracket() {
    let text = "Hier, la crise hors de la RFN (République fédérale de Norlandie) a inquiété Orbec.";
    assert_eq!(
        names(text),
        ["RFN", "République fédérale de Norlandie", "Orbec"]
    );
    assert_eq!(
        kind_of(text, "République fédérale de Norlandie"),
        EntityKind::Location
    );
    let text = "Yesterday the crisis outside the FRN (Federal Republic of Norland) worried Orbec.";
    assert_eq!(names(text), ["FRN", "Federal Republic of Norland", "Orbec"]);
}

/// « le gouvernement Vadrel », « le Gouvernement Vadrel », "the Vadrel administration": a
/// government named after the one who leads it names a person; a country's government
/// names the country.
#[test]
fn a_government_named_after_its_leader_names_a_person() {
    let text = "Hier, le gouvernement Vadrel est tombé, et le Gouvernement Kessim aussi.";
    assert_eq!(names(text), ["Vadrel", "Kessim"]);
    assert_eq!(kind_of(text, "Vadrel"), EntityKind::Person);
    assert_eq!(kind_of(text, "Kessim"), EntityKind::Person);
    let text = "Yesterday the Vadrel administration fell, and it was the last of them, after \
                the Kessim government had fallen in the spring of the same year.";
    assert_eq!(kind_of(text, "Vadrel"), EntityKind::Person);
    assert_eq!(kind_of(text, "Kessim"), EntityKind::Person);
    let text = "Yesterday the Portugal government fell, and it was the last of them, after \
                the Bosnian government had fallen in the spring of the same year.";
    assert_eq!(names(text), ["Portugal"]);
    assert_eq!(kind_of(text, "Portugal"), EntityKind::Location);
}

/// A country by its everyday name, a state that no longer exists, a state's first-level
/// division, America: places, wherever they stand.
#[test]
fn a_country_by_its_everyday_name_or_a_state_s_division_is_a_place() {
    let text = "The talks failed on Monday, and Britain said it would respond.";
    assert_eq!(kind_of(text, "Britain"), EntityKind::Location);
    let text = "The record was set by Yugoslavia in the final.";
    assert_eq!(kind_of(text, "Yugoslavia"), EntityKind::Location);
    let text = "The talks failed on Monday, and Bavaria said it would appeal.";
    assert_eq!(kind_of(text, "Bavaria"), EntityKind::Location);
    let text =
        "Les discussions ont échoué lundi, et la Grande-Bretagne a déclaré qu'elle répondrait.";
    assert_eq!(kind_of(text, "Grande-Bretagne"), EntityKind::Location);
    let text = "Le record a été établi par l’URSS en finale.";
    assert_eq!(kind_of(text, "URSS"), EntityKind::Location);
    let text = "Les discussions ont échoué lundi, et la Catalogne a voté.";
    assert_eq!(kind_of(text, "Catalogne"), EntityKind::Location);
    // A country's usual abbreviation.
    let text = "The talks failed on Monday, and the USA said it would respond.";
    assert_eq!(kind_of(text, "USA"), EntityKind::Location);
    let text = "Les discussions ont échoué lundi, et la RDC a déclaré qu'elle répondrait.";
    assert_eq!(kind_of(text, "RDC"), EntityKind::Location); // "America", « Amérique » alone: the United States or the continents, a place either way.
    let text = "Tom Reed flew back to America on Monday, and America said it would respond.";
    assert_eq!(kind_of(text, "America"), EntityKind::Location);
    let text = "Lise Morel est rentrée d’Amérique lundi, et l’Amérique a répondu.";
    assert_eq!(kind_of(text, "Amérique"), EntityKind::Location);
}

/// "1600 GMT", « 14 h UTC »: a time zone is no organisation.
#[test]
fn a_time_zone_is_no_name() {
    let text = "The talks in Orbec resumed at 1600 GMT and ended at 2100 UTC.";
    assert_eq!(names(text), ["Orbec"]);
    let text = "Les discussions ont repris à Orbec à 14 h GMT et fini à 21 h UTC.";
    assert_eq!(names(text), ["Orbec"]);
}

/// "VIP", "URL", "ISBN", « SDF », « IRM »: an abbreviation of a common noun, in capitals,
/// names no organisation.
#[test]
fn a_common_noun_s_abbreviation_is_no_name() {
    let text = "In Orbec the VIP guests read the URL and the ISBN of the book, and a DJ played.";
    assert_eq!(names(text), ["Orbec"]);
    let text = "À Orbec, un SDF a passé une IRM, puis le QG a fermé.";
    assert_eq!(names(text), ["Orbec"]);
}

//! A minister's portfolio is no name, though copy capitalises it; a ministry named with it is
//! one, whole (`name_portfolios`).

use super::tests::names;

/// A minister's portfolio written with a capital (« ministre de l’Économie et des
/// Finances », "the Economy Minister") is no name; a ministry named with it is one, whole.
#[test]
fn a_portfolio_is_no_name_but_its_ministry_is() {
    let text = "Le ministre de l’Économie et des Finances, Ana Roe, était à Valdorge.";
    assert_eq!(names(text), ["Ana Roe", "Valdorge"]);
    let text = "The Economy Minister, Tom Reed, said the plan was ready in Orbec.";
    assert_eq!(names(text), ["Tom Reed", "Orbec"]);
    let text = "Le Ministère de l’Économie a publié un rapport à Orbec.";
    assert_eq!(names(text), ["Ministère de l’Économie", "Orbec"]);
    let text = "The Ministry of Economy of Valdorge said prices rose.";
    assert_eq!(names(text), ["Ministry of Economy of Valdorge"]);
}

/// After the title, French or English: « ministre de l’Intérieur », « secrétaire d’État aux
/// Transports », "Minister of Foreign Affairs", "Secretary of State".
#[test]
fn a_portfolio_after_a_minister_s_title_is_no_name() {
    let text = "Le ministre de l’Intérieur, Lise Morel, était hier à Orbec.";
    assert_eq!(names(text), ["Lise Morel", "Orbec"]);
    let text = "La ministre des Armées Ana Roe a visité Valdorge.";
    assert_eq!(names(text), ["Ana Roe", "Valdorge"]);
    let text = "Le secrétaire d’État aux Transports a parlé à Valdorge.";
    assert_eq!(names(text), ["Valdorge"]);
    let text = "Le ministre délégué chargé de l’Industrie a visité Orbec.";
    assert_eq!(names(text), ["Orbec"]);
    let text = "La vice-ministre de la Santé, Lise Morel, a parlé à Orbec.";
    assert_eq!(names(text), ["Lise Morel", "Orbec"]);
    let text = "The Minister of Foreign Affairs, Tom Reed, landed in Orbec.";
    assert_eq!(names(text), ["Tom Reed", "Orbec"]);
    let text = "Yesterday Secretary of State Ana Roe flew to Valdorge.";
    assert_eq!(names(text), ["Ana Roe", "Valdorge"]);
}

/// Before an English title: "the Foreign Minister", "Norland's Defence Secretary"; the
/// country before the portfolio stays a name.
#[test]
fn a_portfolio_before_a_minister_s_title_is_no_name() {
    let text = "The Foreign Minister, Tom Reed, landed in Orbec.";
    assert_eq!(names(text), ["Tom Reed", "Orbec"]);
    let text = "Yesterday Norland's Defence Secretary Ana Roe resigned.";
    assert_eq!(names(text), ["Norland", "Ana Roe"]);
    let text = "Yesterday the Norland Home Secretary resigned.";
    assert_eq!(names(text), ["Norland"]);
    let text = "Yesterday the British Health Secretary resigned in Orbec.";
    assert_eq!(names(text), ["Orbec"]);
}

/// The ministry itself is named by its portfolio: « le ministère de l’Intérieur », « le
/// ministère russe de la Défense », "the Foreign Ministry", "the Home Office".
#[test]
fn a_ministry_named_by_its_portfolio_is_one_name() {
    let text = "Hier, le ministère de l’Intérieur a publié les chiffres.";
    assert_eq!(names(text), ["ministère de l’Intérieur"]);
    let text = "Hier, le ministère russe de la Défense a publié les chiffres.";
    assert_eq!(names(text), ["ministère russe de la Défense"]);
    let text = "Yesterday the Foreign Ministry published the figures.";
    assert_eq!(names(text), ["Foreign Ministry"]);
    let text = "Yesterday the Home Office published the figures.";
    assert_eq!(names(text), ["Home Office"]);
}

/// The minister's country between the title and the portfolio, as French writes it
/// (« la ministre russe des Affaires étrangères »); English puts it before the title.
#[test]
fn a_portfolio_after_a_title_and_a_country_s_adjective_is_no_name() {
    let text = "La ministre française des Affaires étrangères Ana Roe a parlé à Orbec.";
    assert_eq!(names(text), ["Ana Roe", "Orbec"]);
    let text = "Le ministre russe de l’Intérieur, Tom Reed, était à Valdorge.";
    assert_eq!(names(text), ["Tom Reed", "Valdorge"]);
    let text = "The French Minister of Foreign Affairs, Ana Roe, spoke in Orbec.";
    assert_eq!(names(text), ["Ana Roe", "Orbec"]);
}

//! Who says each claim of an article: a source's reach over its sentence, the person or
//! organisation a pronoun, a title or a document stands for, a source in a relative clause
//! or before an aside.

use super::tests::{found, kinds_and_foci};
use super::*;
use crate::analysis::Code;

/// The named source of each claim of `text`, in claim order.
pub(crate) fn named_sources(text: &str) -> Vec<&str> {
    analyze(text, Format::Text)
        .claims
        .iter()
        .filter_map(|c| match c.attribution {
            Attribution::Named { source, .. } => Some(source.of(text)),
            _ => None,
        })
        .collect()
}
#[test]
fn a_pronoun_or_a_title_as_source_stands_for_the_person_named_before() {
    let sources = named_sources;
    let text = "Titre\n\nVladimir Poutine était à Astana mardi. Il a déclaré que 20 accords avaient été signés.";
    assert_eq!(sources(text), ["Vladimir Poutine"]);
    let text = "Title\n\nKassym-Jomart Tokayev spoke on Monday in Astana. The president said 71 percent of voters backed the plant.";
    assert_eq!(sources(text), ["Kassym-Jomart Tokayev"]);
    // No person named before: the words stay the source.
    let text = "Title\n\nThe plant will cost 12 billion dollars, he said.";
    assert_eq!(sources(text), ["he"]);
}
#[test]
fn a_source_governs_its_sentence_and_one_that_points_back_the_sentence_before() {
    // One decision a claim: its own attribution, which every view shows.
    let text = "Titre\n\nLe pays produit 40\u{a0}% de l’uranium mondial. Selon Temur Umarov, la Russie reste son premier partenaire.";
    assert_eq!(
        found(text, Code::ClaimUnsourced),
        ["40\u{a0}% de l’uranium mondial"]
    );
    let a = analyze(text, Format::Text);
    let first = a
        .claims
        .iter()
        .find(|c| c.focus.of(text).starts_with("40"))
        .unwrap();
    assert!(
        first.attribution.is_none(),
        "the finding and the claim agree"
    );
    // « C’est ce qu’a expliqué … », "That is what … said": the sentence before is theirs.
    let text = "Titre\n\nLe pays produit 40\u{a0}% de l’uranium mondial. C’est ce qu’a expliqué Temur Umarov.";
    assert!(found(text, Code::ClaimUnsourced).is_empty());
    let text = "Title\n\nTurnout was 63 percent in the north. That is what the commission chairman Rustam Belov said.";
    assert!(found(text, Code::ClaimUnsourced).is_empty());
    assert_eq!(found(text, Code::ClaimUnverified), ["63 percent"]);
}
#[test]
fn a_source_announcing_what_will_be_states_no_claim() {
    let text =
        "Titre\n\nLe maire, Paul Mérand, a annoncé que les travaux seront achevés au printemps.";
    assert!(analyze(text, Format::Text).claims.is_empty());
    let text = "Title\n\nEllen Voss said the bridge would reopen after the repairs.";
    assert!(analyze(text, Format::Text).claims.is_empty());
}
#[test]
fn a_source_reporting_a_fact_states_a_claim() {
    let text = "Titre\n\nLe maire, Paul Mérand, a indiqué que le pont avait cédé.";
    assert_eq!(analyze(text, Format::Text).claims.len(), 1);
    let text = "Title\n\nEllen Voss said the bridge had given way.";
    assert_eq!(analyze(text, Format::Text).claims.len(), 1);
}
fn claim_sources(text: &str) -> Vec<(&str, &str)> {
    analyze(text, Format::Text)
        .claims
        .iter()
        .map(|c| match c.attribution {
            Attribution::Named { source, .. } => ("named", source.of(text)),
            Attribution::Anonymous { span } => ("anonymous", span.of(text)),
            Attribution::None => ("none", ""),
        })
        .collect()
}
#[test]
fn the_organisation_named_before_is_the_agency_that_says() {
    let text = "Titre\n\nL’Observatoire de Brescoux a publié son bilan. Le lac a baissé de 2 mètres, a indiqué l’observatoire.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Observatoire de Brescoux"))
    );
    let text = "Title\n\nThe Orbec Water Agency published its report. The lake fell by 2 meters, the agency said.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Orbec Water Agency"))
    );
    // Named nowhere before: a source no one is named for.
    let text = "Title\n\nThe lake fell by 2 meters, the agency said.";
    assert_eq!(claim_sources(text), [("anonymous", "agency")]);
}
#[test]
fn a_document_that_says_stands_for_the_organisation_named_before() {
    let text = "Titre\n\nL’Observatoire de Brescoux a publié son bilan. Le lac a baissé de 2 mètres, précise le communiqué.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Observatoire de Brescoux"))
    );
    let text = "Title\n\nThe Orbec Water Agency published its figures. The lake fell by 2 meters, the release said.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Orbec Water Agency"))
    );
    // Issued by no one named: a source no one is named for.
    let text = "Title\n\nThe lake fell by 2 meters, the release said.";
    assert_eq!(claim_sources(text), [("anonymous", "release")]);
}
#[test]
fn an_organisation_after_selon_or_according_to_is_the_one_named_before() {
    let text = "Titre\n\nLa Cour d’appel de Brescoux a siégé lundi. Selon la cour, 3 accusés ont plaidé coupable.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Cour d’appel de Brescoux"))
    );
    let text = "Title\n\nThe Orbec District Court sat on Monday. Three men pleaded guilty to 4 counts, according to a statement by the court.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Orbec District Court"))
    );
}
#[test]
fn an_organisation_standing_in_is_the_last_named_with_its_head_word() {
    let text = "Titre\n\nLa Cour d’appel de Brescoux a siégé lundi, après un avis de la Ligue de Valdorge. Selon la cour, 3 accusés ont plaidé coupable.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Cour d’appel de Brescoux"))
    );
    let text = "Title\n\nThe Orbec District Court sat on Monday, after a plea by the Valdorge League. Three men pleaded guilty to 4 counts, the court said.";
    assert_eq!(
        claim_sources(text).last(),
        Some(&("named", "Orbec District Court"))
    );
}
#[test]
fn a_title_named_nowhere_before_is_the_person_named_later_with_it() {
    let text = "Titre\n\nPlus de 300 maisons sont inondées, selon le maire.\n\nLe maire de Valdorge, Paul Mérand, a visité le quartier. Ana Roe l’accompagnait.";
    assert_eq!(claim_sources(text).first(), Some(&("named", "Paul Mérand")));
    let text = "Title\n\nMore than 300 homes are flooded, the mayor said.\n\nAna Roe was there. Mayor Paul Mérand visited the area.";
    assert_eq!(claim_sources(text).first(), Some(&("named", "Paul Mérand")));
}
#[test]
fn a_source_in_a_relative_clause_leaves_the_rest_of_its_sentence_unsourced() {
    for text in [
        "Titre\n\nLe pont de Valdorge a été rouvert par Ana Roe, qui l’a qualifié de sûr, et 30 camions sont passés.",
        "Title\n\nThe Orbec bridge was reopened on a plan that Orbec engineers said is safe, and 30 trucks left.",
    ] {
        let sources = claim_sources(text);
        assert!(!sources.is_empty(), "{text}");
        assert!(sources.iter().all(|s| s.0 == "none"), "{text}: {sources:?}");
    }
    // With no figure, the main clause is the article's event, not the source's words.
    for text in [
        "Titre\n\nLe pont de Valdorge a été rouvert par Ana Roe, qui l’a qualifié de sûr.",
        "Title\n\nThe Orbec bridge was reopened on a plan that Orbec engineers said is safe.",
    ] {
        assert_eq!(kinds_and_foci(text).len(), 1, "{text}");
        assert_eq!(kinds_and_foci(text)[0].0, ClaimKind::Event, "{text}");
        assert_eq!(claim_sources(text), [("none", "")], "{text}");
    }
}
#[test]
fn the_subject_before_an_aside_is_the_speaker() {
    let text = "Titre\n\nAna Roe, patronne de Brescoux – le groupe qui exploite le port de Valdorge – a déclaré que 30 pompes ont lâché.";
    assert_eq!(claim_sources(text)[0], ("named", "Ana"));
    let text = "Title\n\nAna Roe, head of Orbec – the firm that runs the port of Valdorge – said 30 pumps failed.";
    assert_eq!(claim_sources(text)[0], ("named", "Ana"));
}

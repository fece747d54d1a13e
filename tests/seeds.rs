//! Corpus behaviour on the sample corpus in `seeds/`: entities resolved across documents,
//! the findings the seeds must give, corroboration and interval comparison.

use std::path::PathBuf;
use std::sync::LazyLock;

use attest::analysis::{Code, EntityKind, Finding};
use attest::corpus::{Corpus, Entity, Relation};

static SEEDS: LazyLock<(Corpus, Vec<Vec<Finding>>)> = LazyLock::new(|| {
    let corpus = Corpus::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]);
    let findings = corpus.findings();
    (corpus, findings)
});

fn corpus() -> &'static Corpus {
    &SEEDS.0
}

fn doc(prefix: &str) -> usize {
    corpus()
        .documents
        .iter()
        .position(|d| {
            d.path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(prefix)
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

/// The entity one surface form belongs to.
fn entity_of(form: &str) -> &'static Entity {
    let c = corpus();
    c.entities
        .iter()
        .find(|e| e.forms.iter().any(|f| f == form))
        .unwrap_or_else(|| panic!("no entity has the form « {form} »"))
}

fn same_entity(forms: &[&str]) {
    let first = entity_of(forms[0]);
    for f in &forms[1..] {
        assert_eq!(
            entity_of(f).id,
            first.id,
            "« {f} » and « {} » are one entity",
            forms[0]
        );
    }
}

fn findings_text(prefix: &str, code: Code) -> Vec<&'static str> {
    let d = doc(prefix);
    let text = &corpus().documents[d].text;
    SEEDS.1[d]
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.span.of(text))
        .collect()
}

#[test]
fn all_five_seeds_are_read_without_notices() {
    assert_eq!(corpus().documents.len(), 5);
    assert!(corpus().notices.is_empty(), "{:?}", corpus().notices);
}

#[test]
fn tokaiev_in_every_spelling_is_one_person() {
    same_entity(&[
        "Tokaïev",
        "Tokayev",
        "K-J. Tokaïev",
        "Kassym-Jomart Tokaïev",
        "Kassym-Shomart Tokaïev",
        "Kassym-Jomart Tokayev",
    ]);
    let e = entity_of("Tokayev");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.name, "Kassym-Jomart Tokaïev");
}

#[test]
fn poutine_with_and_without_initial_is_one_person() {
    same_entity(&["Poutine", "V. Poutine", "Vladimir Poutine"]);
    assert_eq!(entity_of("Poutine").kind, EntityKind::Person);
}

#[test]
fn transliterations_and_initials_resolve() {
    same_entity(&["Doubnov", "Arkady Dubnov"]);
    same_entity(&["Sergueï Narychkine", "S. Narychkine"]);
    assert_eq!(entity_of("Arkady Dubnov").kind, EntityKind::Person);
}

#[test]
fn an_acronym_and_its_long_form_in_any_case_are_one_organisation() {
    same_entity(&[
        "OTSC",
        "Organisation du traité de sécurité collective",
        "Organisation du Traité de Sécurité Collective",
    ]);
    assert_eq!(entity_of("OTSC").kind, EntityKind::Organization);
}

#[test]
fn places_are_locations() {
    for place in [
        "Astana",
        "Moscou",
        "Kiev",
        "Boutcha",
        "Almaty",
        "Saint-Pétersbourg",
        "Kazakhstan",
        "Russie",
        "Ukraine",
    ] {
        assert_eq!(entity_of(place).kind, EntityKind::Location, "{place}");
    }
}

#[test]
fn organisations_are_organisations() {
    for org in ["Rosatom", "AFP", "SVR", "OCS"] {
        assert_eq!(entity_of(org).kind, EntityKind::Organization, "{org}");
    }
}

#[test]
fn no_sentence_initial_function_word_is_an_entity() {
    let words = [
        "Selon",
        "Cependant",
        "Un",
        "Une",
        "Le",
        "La",
        "Les",
        "Mais",
        "Dans",
        "Si",
        "Il",
        "Et",
        "Ce",
        "Cette",
        "Des",
        "En",
        "Au",
        "Pour",
        "Car",
        "Quel",
        "Quelle",
        "Tout",
        "Comme",
    ];
    for e in &corpus().entities {
        for f in &e.forms {
            let first = f.split_whitespace().next().unwrap_or("");
            assert!(
                !words.contains(&first),
                "« {f} » starts with a function word"
            );
        }
    }
}

#[test]
fn the_seeds_give_their_anonymous_sources() {
    assert!(
        findings_text("000", Code::SourceAnonymous)
            .contains(&"Selon des sources proches du dossier")
    );
    assert!(findings_text("003", Code::SourceAnonymous).contains(&"selon les experts"));
}

#[test]
fn the_seeds_give_their_hedge() {
    assert!(findings_text("001", Code::ClaimHedged).contains(&"aurait fait savoir"));
}

#[test]
fn the_seeds_give_their_unsourced_claims() {
    let unsourced_000 = findings_text("000", Code::ClaimUnsourced);
    assert!(
        unsourced_000.contains(&"la plus longue frontière terrestre continue au monde"),
        "{unsourced_000:?}"
    );
    let unsourced_002 = findings_text("002", Code::ClaimUnsourced);
    assert!(
        unsourced_002.contains(&"plus de 80% du brut kazakh"),
        "{unsourced_002:?}"
    );
}

#[test]
fn the_seeds_give_their_spellings() {
    assert!(findings_text("003", Code::EntitySpelling).contains(&"Tokayev"));
    assert!(findings_text("001", Code::EntitySpelling).contains(&"Kassym-Shomart"));
}

fn link_between(a: &str, needle_a: &str, b: &str, needle_b: &str) -> Option<Relation> {
    let c = corpus();
    let (da, db) = (doc(a), doc(b));
    let claim_text = |d: usize, i: usize| {
        let doc = &c.documents[d];
        doc.analysis.claims[i].span.of(&doc.text)
    };
    c.links().iter().find_map(|l| {
        let pair = [(l.a, l.b), (l.b, l.a)];
        pair.iter().find_map(|(x, y)| {
            (x.document() == da
                && y.document() == db
                && claim_text(da, x.claim()).contains(needle_a)
                && claim_text(db, y.claim()).contains(needle_b))
            .then_some(l.relation)
        })
    })
}

#[test]
fn the_same_claim_in_two_articles_is_corroboration() {
    assert_eq!(
        link_between(
            "000",
            "plus longue frontière",
            "003",
            "plus longue frontière"
        ),
        Some(Relation::Corroborates)
    );
}

/// Both can be true: no contradiction; but not one figure, so not the same claim either.
#[test]
fn more_than_80_percent_and_more_than_half_are_compatible() {
    assert_eq!(
        link_between("002", "plus de 80%", "003", "plus de la moitié"),
        None
    );
    for findings in &SEEDS.1 {
        assert!(findings.iter().all(|f| f.code != Code::ClaimContradicted));
    }
}

/// The findings of `edited`, a new text of document `d`, patched into the corpus.
fn patched(c: &Corpus, edited: &attest::corpus::Document, d: usize) -> Vec<Finding> {
    let edited = std::sync::Arc::new(edited.clone());
    c.patched(edited).findings_of(d)
}

#[test]
fn an_unchanged_article_patched_in_keeps_its_findings() {
    let c = corpus();
    for d in 0..c.documents.len() {
        let full: Vec<_> = SEEDS.1[d]
            .iter()
            .map(|f| (f.code, f.span, f.related.len()))
            .collect();
        let preview: Vec<_> = patched(c, &c.documents[d], d)
            .iter()
            .map(|f| (f.code, f.span, f.related.len()))
            .collect();
        assert_eq!(preview, full, "document {d}");
    }
}

#[test]
fn a_patch_sees_a_new_misspelling_and_a_new_corroboration() {
    let c = corpus();
    let d = doc("002");
    let mut text = c.documents[d].text.clone();
    text.push_str(
        "\n\nLe président Tokayev partage la plus longue frontière terrestre continue au monde.\n",
    );
    let edited = attest::corpus::Document::new(
        c.documents[d].path.clone(),
        text,
        attest::article::Format::Text,
    );
    let findings = patched(c, &edited, d);
    let spelled: Vec<&str> = findings
        .iter()
        .filter(|f| f.code == Code::EntitySpelling)
        .map(|f| f.span.of(&edited.text))
        .collect();
    assert_eq!(spelled, ["Tokayev"]);
    let border = findings
        .iter()
        .find(|f| f.code == Code::ClaimUnsourced && f.span.of(&edited.text).contains("frontière"))
        .expect("the border claim");
    assert!(
        border
            .related
            .iter()
            .any(|r| r.document == Some(doc("000")))
    );
}

/// Found by `a_preview_after_edits_finds_what_a_fresh_check_finds` (src/lsp): the place
/// where an entity is « spelled here » was taken from the article's last built version,
/// so in the edited article it pointed as far off as the edit had moved the text.
#[test]
fn a_patch_points_at_the_canonical_spelling_in_the_edited_text() {
    let c = corpus();
    let d = doc("003");
    let text = c.documents[d].text.replacen("Skip to content\n", "", 1);
    let edited = attest::corpus::Document::new(
        c.documents[d].path.clone(),
        text,
        attest::article::Format::Text,
    );
    let findings = patched(c, &edited, d);
    let doubnov = findings
        .iter()
        .find(|f| f.code == Code::EntitySpelling && f.span.of(&edited.text) == "Doubnov")
        .expect("« Doubnov » against « Dubnov »");
    let here = &doubnov.related[0];
    assert_eq!(
        here.document,
        Some(d),
        "the edited article, not its last build"
    );
    assert_eq!(here.span.of(&edited.text), "Arkady Dubnov");
}

//! Claims compared across documents, on fixture corpora.

use std::path::PathBuf;

use attest::analysis::Code;
use attest::article::Format;
use attest::corpus::{Config, Corpus, Document};

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
    assert_eq!(c.links.len(), 1);
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
    assert!(c.links.is_empty());
}

#[test]
fn claims_in_one_article_are_not_compared_with_each_other() {
    let c = corpus(&[(
        "a.txt",
        "Titre\n\nPlus de 80\u{a0}% du brut kazakh passe par la Russie.\n\nMoins de 5\u{a0}% du brut kazakh passe par la Russie.",
    )]);
    assert!(c.links.is_empty());
}

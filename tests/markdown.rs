//! Markdown articles: front matter is metadata, headings make no claims, links cite sources.

use attest::analysis::{Code, analyze};
use attest::article::Format;

const ARTICLE: &str = "---\ntitle: \"Poutine à Astana\"\ndate: 2024-11-27\n---\n# Le plus grand sommet du monde\n\nLe Kazakhstan est le premier producteur mondial d’uranium [selon l’AIEA](https://iaea.org/x).\n\nLe Kazakhstan est le premier producteur mondial de blé.\n";

#[test]
fn front_matter_is_metadata_not_text() {
    let a = analyze(ARTICLE, Format::Markdown);
    assert_eq!(
        a.article.front_matter.title.as_deref(),
        Some("Poutine à Astana")
    );
    assert!(
        a.mentions
            .iter()
            .all(|m| m.span.start > ARTICLE.find("---\n#").unwrap())
    );
}

#[test]
fn a_link_is_a_cited_source_and_headings_are_not_claims() {
    let a = analyze(ARTICLE, Format::Markdown);
    let unsourced: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.code == Code::ClaimUnsourced)
        .map(|f| f.span.of(ARTICLE))
        .collect();
    assert_eq!(unsourced, ["premier producteur mondial de blé"]);
}

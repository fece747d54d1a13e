//! The queries over the sample corpus (`seeds/`): what DESIGN.md §5 says must come out.

use std::path::PathBuf;
use std::sync::OnceLock;

use super::*;
use crate::corpus::Corpus;
use crate::text::Span;

fn seeds() -> &'static Corpus {
    static SEEDS: OnceLock<Corpus> = OnceLock::new();
    SEEDS.get_or_init(|| Corpus::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]))
}

/// The document whose file name starts with `prefix`.
fn doc(prefix: &str) -> usize {
    seeds()
        .documents
        .iter()
        .position(|d| {
            d.path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

/// The offset inside the first `word` of a document that stands alone (not part of a
/// longer name), plus one byte.
fn inside(d: usize, before: &str, word: &str) -> usize {
    let text = &seeds().documents[d].text;
    let at = text
        .find(&format!("{before}{word}"))
        .unwrap_or_else(|| panic!("no « {before}{word} »"));
    at + before.len() + 1
}

fn text_at(l: Location) -> &'static str {
    l.span.of(&seeds().documents[l.document].text)
}

#[test]
fn hover_on_tokayev_names_kassym_jomart_tokaiev() {
    let d = doc("003");
    let card = hover(seeds(), d, inside(d, "\n", "Tokayev a réitéré")).unwrap();
    assert_eq!(card.range.of(&seeds().documents[d].text), "Tokayev");
    assert!(
        card.markdown
            .starts_with("**Kassym-Jomart Tokaïev** · person\n"),
        "{}",
        card.markdown
    );
    assert!(card.markdown.contains("« Tokayev »"), "{}", card.markdown);
    assert!(
        card.markdown
            .contains("003_b21e87a935b8b5cf.txt` (this article): 11 mentions, first at line 9")
    );
}

#[test]
fn definition_of_tokayev_lands_on_the_full_name_in_003() {
    let d = doc("003");
    let (origin, target) = definition(seeds(), d, inside(d, "\n", "Tokayev a réitéré")).unwrap();
    assert_eq!(origin.of(&seeds().documents[d].text), "Tokayev");
    assert_eq!(target.document, d);
    assert_eq!(text_at(target), "Kassym-Jomart Tokayev");
}

#[test]
fn definition_of_a_bare_poutine_in_001_lands_on_vladimir_poutine_elsewhere() {
    let d = doc("001");
    let (_, target) = definition(seeds(), d, inside(d, "limites de ", "Poutine")).unwrap();
    assert_ne!(target.document, d);
    assert_eq!(text_at(target), "Vladimir Poutine");
}

#[test]
fn definition_of_otsc_lands_on_its_spelled_out_name() {
    let d = doc("002");
    let (origin, target) = definition(seeds(), d, inside(d, "(", "OTSC")).unwrap();
    assert_eq!(origin.of(&seeds().documents[d].text), "OTSC");
    assert_eq!(target.document, d);
    assert_eq!(
        text_at(target),
        "Organisation du traité de sécurité collective"
    );
}

#[test]
fn references_of_poutine_cross_documents() {
    let d = doc("001");
    let found = references(seeds(), d, inside(d, "limites de ", "Poutine"), true);
    let mut articles: Vec<usize> = found.iter().map(|l| l.document).collect();
    articles.dedup();
    assert_eq!(articles.len(), 5, "{found:?}");
    assert!(found.iter().any(|l| text_at(*l) == "Vladimir Poutine"));
    assert!(found.iter().all(|l| text_at(*l).ends_with("Poutine")));
}

#[test]
fn spelling_fixes_in_003_write_tokaiev() {
    let d = doc("003");
    let at = inside(d, "\n", "Tokayev a réitéré");
    let fixes = spelling_fixes(seeds(), d, Span::new(at, at));
    assert!(!fixes.is_empty());
    assert!(
        fixes[0]
            .title
            .starts_with("Spell « Tokayev » as « Tokaïev »"),
        "{fixes:?}"
    );
    assert!(
        fixes[0]
            .edits
            .iter()
            .all(|e| e.new_text == "Tokaïev" && e.document == d)
    );
}

#[test]
fn every_seed_has_an_outline_tokens_and_a_lens() {
    for d in 0..seeds().documents.len() {
        let text = &seeds().documents[d].text;
        let symbols = document_symbols(seeds(), d);
        assert!(symbols.len() > 3);
        for s in &symbols {
            assert!(s.span.covers(s.selection));
            assert!(s.children.iter().all(|c| s.span.covers(c.span)));
        }
        let tokens = semantic_tokens(seeds(), d, None);
        for w in tokens.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        assert!(tokens.iter().all(|t| !t.span.of(text).contains('\n')));
        assert!(code_lens(seeds(), d).is_some());
    }
}

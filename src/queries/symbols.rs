//! Outline and symbol search. An article's outline is its title and paragraphs, with the
//! people, organisations, places and claims of each inside it; the corpus's symbols are its
//! entities, found by any spelling.

use std::cmp::Reverse;

use super::name_match::{NameKeys, Typed};
use super::{Location, document_at, mention_span, one_line};
use crate::analysis::EntityKind;
use crate::corpus::Corpus;
use crate::text::Span;

/// What an outline entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Title,
    Paragraph,
    Person,
    Organization,
    Location,
    Other,
    Claim,
}

impl From<EntityKind> for SymbolKind {
    fn from(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Person => SymbolKind::Person,
            EntityKind::Organization => SymbolKind::Organization,
            EntityKind::Location => SymbolKind::Location,
            EntityKind::Other => SymbolKind::Other,
        }
    }
}

/// An outline entry: `span` is all of it, `selection` the part to show when it is picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub kind: SymbolKind,
    pub span: Span,
    pub selection: Span,
    pub children: Vec<Symbol>,
}

/// Paragraph entries are named by their first words, about this many characters.
const PARAGRAPH_NAME: usize = 40;

/// Claim entries are named by their kind and this many characters of their focus.
const CLAIM_NAME: usize = 50;

/// Symbol search returns at most this many entities.
const MAX_SYMBOLS: usize = 100;

/// The outline of an article: its title, then each paragraph with the entities (each once,
/// where the paragraph first names it) and claims in it.
pub fn document_symbols(corpus: &Corpus, document: usize) -> Vec<Symbol> {
    let Some(doc) = document_at(corpus, document) else {
        return Vec::new();
    };
    let article = &doc.analysis.article;
    let mut out = Vec::new();
    let title = article.title;
    if let Some(t) = title {
        out.push(Symbol {
            name: named(one_line(t.of(&doc.text).trim_start_matches('#'), 80)),
            kind: SymbolKind::Title,
            span: t,
            selection: t,
            children: contents(corpus, document, t),
        });
    } else if let (Some(name), Some(span)) =
        (&article.front_matter.title, article.front_matter.span)
    {
        out.push(Symbol {
            name: named(one_line(name, 80)),
            kind: SymbolKind::Title,
            span,
            selection: span,
            children: Vec::new(),
        });
    }
    for p in &article.paragraphs {
        if Some(p.span) == title {
            continue;
        }
        // A title on the paragraph's first line has its own entry.
        let body = match title {
            Some(t) if p.span.covers(t) => Span::new(t.end, p.span.end),
            _ => p.span,
        };
        let text = p.span.of(&doc.text);
        let first_line = text.find('\n').unwrap_or(text.len());
        let first_line = text[..first_line].trim_end();
        out.push(Symbol {
            name: named(one_line(text.trim_start_matches('#'), PARAGRAPH_NAME)),
            kind: SymbolKind::Paragraph,
            span: p.span,
            selection: Span::new(p.span.start, p.span.start + first_line.len()),
            children: contents(corpus, document, body),
        });
    }
    out
}

/// The entities and claims within `span` of a document, in text order.
fn contents(corpus: &Corpus, document: usize, span: Span) -> Vec<Symbol> {
    let doc = &corpus.documents[document];
    let mut seen: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (i, m) in doc.analysis.mentions.iter().enumerate() {
        let e = corpus.entity_of[document][i] as usize;
        if !span.covers(m.span) || seen.contains(&e) {
            continue;
        }
        seen.push(e);
        let entity = &corpus.entities[e];
        out.push(Symbol {
            name: named(entity.name.clone()),
            kind: entity.kind.into(),
            span: m.span,
            selection: m.span,
            children: Vec::new(),
        });
    }
    for c in &doc.analysis.claims {
        if !span.contains(c.span.start) {
            continue;
        }
        // An entry lies within its parent's.
        let whole = Span::new(c.span.start, c.span.end.min(span.end));
        let focus = Span::new(c.focus.start.max(whole.start), c.focus.end.min(whole.end));
        let focus = if focus.is_empty() { whole } else { focus };
        out.push(Symbol {
            name: format!(
                "{}: {}",
                c.kind.as_str(),
                one_line(c.focus.of(&doc.text), CLAIM_NAME)
            ),
            kind: SymbolKind::Claim,
            span: whole,
            selection: focus,
            children: Vec::new(),
        });
    }
    out.sort_by_key(|s| (s.span.start, s.kind == SymbolKind::Claim));
    out
}

/// Editors reject an entry without a name.
fn named(name: String) -> String {
    if name.trim().is_empty() {
        "…".to_string()
    } else {
        name
    }
}

/// Entities whose canonical name or any spelling matches `query` (folded; a prefix, else
/// the start of a word, else its letters in order), best first and the most mentioned
/// first among equals; each at its canonical mention.
pub fn workspace_symbols(corpus: &Corpus, query: &str) -> Vec<(usize, Location)> {
    let query = Typed::new(query.trim());
    let mut found = Vec::new();
    for (e, entity) in corpus.entities.iter().enumerate() {
        let best = std::iter::once(&entity.name)
            .chain(&entity.forms)
            .filter_map(|f| NameKeys::new(f).fuzzy(&query))
            .min();
        if let Some(rank) = best {
            found.push((rank, Reverse(entity.mentions.len()), e));
        }
    }
    found.sort();
    found
        .into_iter()
        .take(MAX_SYMBOLS)
        .filter_map(|(_, _, e)| {
            let entity = &corpus.entities[e];
            // None for a name typed then changed (an edit patched in leaves its entity
            // without mentions).
            let m = entity.canonical_mention.or(entity.mentions.first())?;
            Some((
                e,
                Location {
                    document: m.document(),
                    span: mention_span(corpus, m),
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;
    use crate::article::Format;
    use crate::corpus::Document;

    fn fixture() -> Fixture {
        Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
    }

    /// An outline as `kind name` lines, children indented.
    fn outline(symbols: &[Symbol], depth: usize, out: &mut Vec<String>) {
        for s in symbols {
            out.push(format!("{}{:?} {}", "  ".repeat(depth), s.kind, s.name));
            outline(&s.children, depth + 1, out);
        }
    }

    #[test]
    fn an_outline_holds_the_title_then_paragraphs_with_names_and_claims() {
        let fx = fixture();
        let symbols = document_symbols(&fx.corpus, fx.doc("moscou.txt"));
        let mut lines = Vec::new();
        outline(&symbols, 0, &mut lines);
        assert_eq!(
            lines,
            [
                "Title Le Kremlin 🎉 répond à l’OTSC",
                "  Organization Kremlin",
                "  Organization Organisation du traité de sécurité collective",
                "Paragraph Vladimir\u{a0}Poutine a reçu Tokayev à…",
                "  Person Vladimir Poutine",
                "  Claim event: Vladimir\u{a0}Poutine a reçu Tokayev à Moscou",
                "  Person Kassym-Jomart Tokaïev",
                "  Location Moscou",
                "  Claim statistic: 50\u{a0}% du brut kazakh",
                "  Organization AFP",
                "  Location Russie",
            ]
        );
        let paragraph = &symbols[1];
        assert_eq!(paragraph.selection, fx.span("moscou.txt", "Vladimir\u{a0}Poutine a reçu Tokayev à Moscou. Tokayev a déclaré à l’AFP que la Russie achète 50\u{a0}% du brut kazakh."));
        let claim = &paragraph.children[4];
        assert_eq!(
            claim.selection,
            fx.span("moscou.txt", "50\u{a0}% du brut kazakh")
        );
        assert!(paragraph.span.covers(claim.span));
    }

    #[test]
    fn symbol_search_finds_no_name_typed_then_changed() {
        let fx = fixture();
        let d = fx.doc("moscou.txt");
        let path = fx.corpus.documents[d].path.clone();
        let text = &fx.corpus.documents[d].text;
        let typed = |added: &str| {
            let doc = Document::new(path.clone(), format!("{text}\n{added}\n"), Format::Text);
            std::sync::Arc::new(doc)
        };
        for (half, whole) in [
            ("Tomas Br a parlé.", "Tomas Brell a parlé."),
            ("Tomas Br spoke.", "Tomas Brell spoke."),
        ] {
            let corpus = fx.corpus.patched(typed(half)).patched(typed(whole));
            let found: Vec<&str> = workspace_symbols(&corpus, "tomas")
                .into_iter()
                .map(|(e, _)| corpus.entities[e].name.as_str())
                .collect();
            assert_eq!(found, ["Tomas Brell"]);
        }
    }

    #[test]
    fn symbol_search_ranks_prefixes_first_then_mentions() {
        let fx = fixture();
        let names = |q: &str| -> Vec<String> {
            workspace_symbols(&fx.corpus, q)
                .into_iter()
                .map(|(e, _)| fx.corpus.entities[e].name.clone())
                .collect()
        };
        assert_eq!(names("tokay"), ["Kassym-Jomart Tokaïev"]);
        assert_eq!(names("Mos"), ["Moscou"]);
        assert_eq!(
            names("otsc"),
            ["Organisation du traité de sécurité collective"]
        );
        let putin = workspace_symbols(&fx.corpus, "putin");
        assert_eq!(putin.len(), 1);
        assert_eq!(putin[0].1, fx.at("astana.txt", "Vladimir Poutine", 0));
    }

    #[test]
    fn a_markdown_article_takes_its_title_from_its_front_matter() {
        let text = "---\ntitle: Poutine à Astana 🇰🇿\n---\n# Le sommet\n\nVladimir\u{a0}Poutine est arrivé à Astana.\n";
        let fx = Fixture::new(&[("a.md", text)]);
        let symbols = document_symbols(&fx.corpus, 0);
        let mut lines = Vec::new();
        outline(&symbols, 0, &mut lines);
        assert_eq!(
            lines,
            [
                "Title Poutine à Astana 🇰🇿",
                "Paragraph Le sommet",
                "Paragraph Vladimir\u{a0}Poutine est arrivé à Astana.",
                "  Person Vladimir\u{a0}Poutine",
                "  Claim event: Vladimir\u{a0}Poutine est arrivé à Astana",
                "  Location Astana",
            ]
        );
        assert_eq!(
            symbols[0].span,
            fx.span("a.md", "---\ntitle: Poutine à Astana 🇰🇿\n---\n")
        );
    }

    #[test]
    fn an_unknown_article_has_no_outline() {
        assert!(document_symbols(&fixture().corpus, 9).is_empty());
    }
}

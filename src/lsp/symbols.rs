//! Document symbols (the title, then entities and claims by paragraph) and workspace
//! symbols (entities by fuzzy name).

use ls_types as lsp;

use super::Snapshot;
use super::convert;
use super::server::Server;
use crate::queries;

/// The protocol has no kinds for articles, so each is the one whose name reads most like
/// plain English for what it is: Neovim lists them as `[Key] Kassym-Jomart Tokaïev`, Emacs
/// groups the outline under the names, VS Code draws their icons. Programmer's kinds
/// (`Class`, `Namespace`, `String`) are avoided: `[Class] Union` made no sense to a writer.
fn symbol_kind(kind: queries::symbols::SymbolKind) -> lsp::SymbolKind {
    use queries::symbols::SymbolKind as K;
    match kind {
        // The article itself.
        K::Title => lsp::SymbolKind::FILE,
        // One part of it, holding its names and claims.
        K::Paragraph => lsp::SymbolKind::MODULE,
        // A key figure (VS Code draws a key).
        K::Person => lsp::SymbolKind::KEY,
        // A body of people: a package of them, not a programmer's class.
        K::Organization => lsp::SymbolKind::PACKAGE,
        // A place: the field, the ground.
        K::Location => lsp::SymbolKind::FIELD,
        // Any other named thing.
        K::Other => lsp::SymbolKind::OBJECT,
        // What was said or reported to have happened.
        K::Claim => lsp::SymbolKind::EVENT,
    }
}

#[allow(deprecated)]
fn document_symbol(snap: &Snapshot, s: queries::symbols::Symbol) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name: if s.name.trim().is_empty() {
            "…".into()
        } else {
            s.name
        },
        detail: None,
        kind: symbol_kind(s.kind),
        tags: None,
        deprecated: None,
        range: snap.range(snap.document, s.span),
        selection_range: snap.range(snap.document, s.selection),
        children: (!s.children.is_empty()).then(|| {
            s.children
                .into_iter()
                .map(|c| document_symbol(snap, c))
                .collect()
        }),
    }
}

pub fn document_symbols(
    s: &Server,
    p: lsp::DocumentSymbolParams,
) -> Option<lsp::DocumentSymbolResponse> {
    let snap = s.snapshot(&p.text_document.uri)?;
    let symbols = queries::symbols::document_symbols(&snap.corpus, snap.document);
    let symbols = symbols
        .into_iter()
        .map(|s| document_symbol(&snap, s))
        .collect();
    Some(lsp::DocumentSymbolResponse::Nested(symbols))
}

#[allow(deprecated)]
pub fn workspace_symbols(
    s: &Server,
    p: lsp::WorkspaceSymbolParams,
) -> Option<lsp::WorkspaceSymbolResponse> {
    let (roots, encoding) = s.all_corpora();
    let mut out = Vec::new();
    for corpus in roots {
        let found = queries::symbols::workspace_symbols(&corpus, &p.query);
        for (e, l) in found {
            let entity = &corpus.entities[e];
            let Some(location) = convert::location(&corpus, l.document, l.span, encoding) else {
                continue;
            };
            out.push(lsp::SymbolInformation {
                name: entity.name.clone(),
                kind: symbol_kind(queries::symbols::SymbolKind::from(entity.kind)),
                tags: None,
                deprecated: None,
                location,
                container_name: Some(entity.kind.as_str().into()),
            });
        }
    }
    Some(lsp::WorkspaceSymbolResponse::Flat(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use queries::symbols::SymbolKind as K;

    #[test]
    fn outline_kinds_read_as_plain_words() {
        let kinds = [
            K::Title,
            K::Paragraph,
            K::Person,
            K::Organization,
            K::Location,
            K::Other,
            K::Claim,
        ]
        .map(symbol_kind);
        assert_eq!(
            kinds,
            [
                lsp::SymbolKind::FILE,
                lsp::SymbolKind::MODULE,
                lsp::SymbolKind::KEY,
                lsp::SymbolKind::PACKAGE,
                lsp::SymbolKind::FIELD,
                lsp::SymbolKind::OBJECT,
                lsp::SymbolKind::EVENT,
            ]
        );
        let programmers = [
            lsp::SymbolKind::CLASS,
            lsp::SymbolKind::NAMESPACE,
            lsp::SymbolKind::STRING,
            lsp::SymbolKind::CONSTANT,
            lsp::SymbolKind::STRUCT,
            lsp::SymbolKind::INTERFACE,
        ];
        assert!(kinds.iter().all(|k| !programmers.contains(k)));
        // Each kind its own, so that an outline grouped by kind keeps them apart.
        for (i, k) in kinds.iter().enumerate() {
            assert!(!kinds[i + 1..].contains(k), "{k:?} twice");
        }
    }
}

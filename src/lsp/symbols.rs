//! Document symbols (the title, then entities and claims by paragraph) and workspace
//! symbols (entities by fuzzy name).

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types as lsp;

use super::Snapshot;
use super::convert;
use super::handlers::guard;
use super::server::Server;
use crate::queries;

fn symbol_kind(kind: queries::symbols::SymbolKind) -> lsp::SymbolKind {
    use queries::symbols::SymbolKind as K;
    match kind {
        K::Title => lsp::SymbolKind::FILE,
        K::Paragraph => lsp::SymbolKind::NAMESPACE,
        K::Person => lsp::SymbolKind::OBJECT,
        K::Organization => lsp::SymbolKind::CLASS,
        K::Location => lsp::SymbolKind::PACKAGE,
        K::Other => lsp::SymbolKind::CONSTANT,
        K::Claim => lsp::SymbolKind::STRING,
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

pub async fn document_symbols(
    s: &Server,
    p: lsp::DocumentSymbolParams,
) -> Result<Option<lsp::DocumentSymbolResponse>> {
    let Some(snap) = s.snapshot(&p.text_document.uri).await else {
        return Ok(None);
    };
    let symbols = guard("documentSymbol", || {
        queries::symbols::document_symbols(&snap.corpus, snap.document)
    })?;
    let symbols = symbols
        .into_iter()
        .map(|s| document_symbol(&snap, s))
        .collect();
    Ok(Some(lsp::DocumentSymbolResponse::Nested(symbols)))
}

#[allow(deprecated)]
pub async fn workspace_symbols(
    s: &Server,
    p: lsp::WorkspaceSymbolParams,
) -> Result<Option<lsp::WorkspaceSymbolResponse>> {
    let (roots, encoding) = s.all_corpora();
    let mut out = Vec::new();
    for corpus in roots {
        let found = guard("workspace/symbol", || {
            queries::symbols::workspace_symbols(&corpus, &p.query)
        })?;
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
    Ok(Some(lsp::WorkspaceSymbolResponse::Flat(out)))
}

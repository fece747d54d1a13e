//! Find references and document highlights: the mentions of the entity under the cursor,
//! across the corpus or in this article. A long references reply is written as bytes
//! (`locations`): whole, while it goes out (`reply`), or in `$/progress` batches when the
//! client gives a `partialResultToken` (`partial`).

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types as lsp;

use super::convert::Uris;
use super::handlers::guard;
use super::server::Server;
use super::{locations, partial, reply};
use crate::corpus::MentionRef;
use crate::queries;

pub async fn references(s: &Server, p: lsp::ReferenceParams) -> Result<Option<Vec<lsp::Location>>> {
    let at = p.text_document_position;
    let Some(snap) = s.snapshot(&at.text_document.uri).await else {
        return Ok(None);
    };
    let offset = snap.offset(at.position);
    let include = p.context.include_declaration;
    let found = guard("references", || {
        queries::references::reference_mentions(&snap.corpus, snap.document, offset, include)
    })?;
    let encoding = snap.encoding;
    match p.partial_result_params.partial_result_token {
        Some(token) if found.len() > partial::FIRST_BATCH => {
            let (corpus, uris) = (snap.corpus.clone(), s.uris.table(&snap.corpus));
            let write = move |batch: &[MentionRef], out: &mut Vec<u8>| {
                let places = locations::Places::new(corpus.clone(), uris.clone(), batch, encoding);
                places.write_json(out)
            };
            partial::send(s.outbox.clone(), token, found.into_owned(), write).await?;
            Ok(Some(Vec::new()))
        }
        _ => {
            // Whole: encoded here when the request came through `reply::Replies` (the
            // library's `null` is then not sent), else as protocol values.
            let uris = s.uris.table(&snap.corpus);
            let places = guard("references", || {
                locations::Places::new(snap.corpus.clone(), uris, &found, encoding)
            })?;
            if reply::stream_result(places.json_len(), places.into_parts()) {
                return Ok(None);
            }
            let mut uris = Uris::new(&*snap.corpus);
            Ok(Some(
                found
                    .iter()
                    .filter_map(|&m| {
                        let span = queries::mention_span(&snap.corpus, m);
                        uris.location(m.document, span, encoding)
                    })
                    .collect(),
            ))
        }
    }
}

pub async fn highlights(
    s: &Server,
    p: lsp::DocumentHighlightParams,
) -> Result<Option<Vec<lsp::DocumentHighlight>>> {
    let at = p.text_document_position_params;
    let Some(snap) = s.snapshot(&at.text_document.uri).await else {
        return Ok(None);
    };
    let offset = snap.offset(at.position);
    let spans = guard("highlight", || {
        queries::references::highlights(&snap.corpus, snap.document, offset)
    })?;
    Ok(Some(
        spans
            .into_iter()
            .map(|span| lsp::DocumentHighlight {
                range: snap.range(snap.document, span),
                kind: Some(lsp::DocumentHighlightKind::TEXT),
            })
            .collect(),
    ))
}

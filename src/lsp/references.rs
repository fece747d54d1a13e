//! Find references and document highlights: the mentions of the entity under the cursor,
//! across the corpus or in this article. A long references reply is written as bytes
//! (`locations`): whole, or in `$/progress` batches when the client gives a
//! `partialResultToken` (`partial`).

use std::sync::Arc;

use ls_types as lsp;

use super::dispatch::{Json, Result};
use super::server::Server;
use super::{locations, partial};
use crate::corpus::{Corpus, MentionRef};
use crate::queries;
use crate::text::Encoding;

/// A references reply: `null`, or the places found, written by `write_json`.
pub enum Reply {
    Nothing,
    Places {
        corpus: Arc<Corpus>,
        found: Vec<MentionRef>,
        encoding: Encoding,
    },
}

impl Json for Reply {
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Reply::Nothing => out.extend_from_slice(b"null"),
            Reply::Places {
                corpus,
                found,
                encoding,
            } => locations::write(corpus, found, *encoding, out),
        }
    }
}

pub fn references(s: &Server, p: lsp::ReferenceParams) -> Result<Reply> {
    let Some((snap, offset)) = s.at(&p.text_document_position) else {
        return Ok(Reply::Nothing);
    };
    let include = p.context.include_declaration;
    let mut found =
        queries::references::reference_mentions(&snap.corpus, snap.document, offset, include);
    if let Some(token) = p.partial_result_params.partial_result_token
        && found.len() > partial::FIRST_BATCH
    {
        partial::send(&s.client, &token, &snap.corpus, &found, snap.encoding);
        found.clear();
    }
    Ok(Reply::Places {
        corpus: snap.corpus,
        found,
        encoding: snap.encoding,
    })
}

pub fn highlights(
    s: &Server,
    p: lsp::DocumentHighlightParams,
) -> Result<Option<Vec<lsp::DocumentHighlight>>> {
    let Some((snap, offset)) = s.at(&p.text_document_position_params) else {
        return Ok(None);
    };
    let spans = queries::references::highlights(&snap.corpus, snap.document, offset);
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

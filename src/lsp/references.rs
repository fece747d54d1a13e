//! Find references and document highlights: the mentions of the entity under the cursor,
//! across the corpus or in this article. A long references reply is written as bytes
//! (`locations`): whole, or, when the client gives a `partialResultToken`, as `$/progress`
//! notifications to it, in batches that grow from a small first one; the response that
//! ends the request is then empty (LSP 3.17, "Partial Result Progress").

use ls_types as lsp;

use super::client::Client;
use super::dispatch::Written;
use super::locations;
use super::server::Server;
use crate::corpus::{Corpus, MentionRef};
use crate::queries;
use crate::text::Encoding;

pub fn references(s: &Server, p: lsp::ReferenceParams) -> Written {
    let Some((snap, offset)) = s.at(&p.text_document_position) else {
        return Box::new(|out| out.extend_from_slice(b"null"));
    };
    let include = p.context.include_declaration;
    let mut found =
        queries::references::reference_mentions(&snap.corpus, snap.document, offset, include);
    if let Some(token) = p.partial_result_params.partial_result_token
        && found.len() > FIRST_BATCH
    {
        send_partial(&s.client, &token, &snap.corpus, &found, snap.encoding);
        found.clear();
    }
    Box::new(move |out| locations::write(&snap.corpus, &found, snap.encoding, out))
}

pub fn highlights(
    s: &Server,
    p: lsp::DocumentHighlightParams,
) -> Option<Vec<lsp::DocumentHighlight>> {
    let (snap, offset) = s.at(&p.text_document_position_params)?;
    let spans = queries::references::highlights(&snap.corpus, snap.document, offset);
    let highlight = |span| lsp::DocumentHighlight {
        range: snap.range(snap.document, span),
        kind: Some(lsp::DocumentHighlightKind::TEXT),
    };
    Some(spans.into_iter().map(highlight).collect())
}

/// Replies this long or shorter go whole in the response.
const FIRST_BATCH: usize = 1_000;
const LARGEST_BATCH: usize = 16_000;

/// Sends the places `found` in batches, each written as the JSON array of its locations.
fn send_partial(
    client: &Client,
    token: &lsp::ProgressToken,
    corpus: &Corpus,
    found: &[MentionRef],
    encoding: Encoding,
) {
    for batch in batches(found.len()) {
        let mut body = br#"{"jsonrpc":"2.0","method":"$/progress","params":{"token":"#.to_vec();
        let _ = serde_json::to_writer(&mut body, token);
        body.extend_from_slice(b",\"value\":");
        locations::write(corpus, &found[batch], encoding, &mut body);
        body.extend_from_slice(b"}}");
        if !client.send_now(&body) {
            return;
        }
    }
}

/// Consecutive ranges covering `0..len`: the first `FIRST_BATCH` long, each next one twice
/// the last, up to `LARGEST_BATCH`.
fn batches(len: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut size = FIRST_BATCH;
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= len {
            return None;
        }
        let end = (start + size).min(len);
        let batch = start..end;
        start = end;
        size = (size * 2).min(LARGEST_BATCH);
        Some(batch)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_grow_and_cover_everything_once() {
        let batches: Vec<_> = batches(100_000).collect();
        let lengths: Vec<usize> = batches.iter().map(|b| b.len()).collect();
        assert_eq!(&lengths[..6], [1_000, 2_000, 4_000, 8_000, 16_000, 16_000]);
        let covered: Vec<usize> = batches.into_iter().flatten().collect();
        assert_eq!(covered, (0..100_000).collect::<Vec<_>>());
        assert_eq!(super::batches(0).count(), 0);
    }
}

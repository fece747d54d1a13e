//! Partial results: a long reply sent as `$/progress` notifications to the client's
//! `partialResultToken`, in batches that grow from a small first one; the response that ends
//! the request is then empty (LSP 3.17, "Partial Result Progress").

use ls_types as lsp;

use super::client::Client;
use super::locations;
use crate::corpus::{Corpus, MentionRef};
use crate::text::Encoding;

/// Replies this long or shorter go whole in the response.
pub const FIRST_BATCH: usize = 1_000;
const LARGEST_BATCH: usize = 16_000;

/// Sends the places `found` in batches, each written as the JSON array of its locations.
pub fn send(
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

//! Partial results: a long reply sent as `$/progress` notifications to the client's
//! `partialResultToken`, in batches that grow from a small first one, each written as JSON bytes
//! just before it is sent; the response that ends the request is then empty (LSP 3.17, "Partial
//! Result Progress").

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types as lsp;

use super::outbox::Outbox;

/// Replies this long or shorter go whole in the response.
pub const FIRST_BATCH: usize = 1_000;
const LARGEST_BATCH: usize = 16_000;

/// Sends `items` in batches, each written as a JSON array by `write` (which may leave
/// items out). Stops early when the request is cancelled (this future dropped) or the
/// client is gone.
pub async fn send<T>(
    outbox: Outbox,
    token: lsp::ProgressToken,
    items: Vec<T>,
    mut write: impl FnMut(&[T], &mut Vec<u8>) + Send + 'static,
) -> Result<()>
where
    T: Send + 'static,
{
    let cancelled = Arc::new(AtomicBool::new(false));
    let _on_drop = CancelOnDrop(cancelled.clone());
    let task = tokio::task::spawn_blocking(move || {
        let mut size = FIRST_BATCH;
        for batch in Batches::new(&items, &mut size) {
            if cancelled.load(Ordering::Relaxed) {
                return;
            }
            if !outbox.partial_result(&token, |out| write(batch, out)) {
                return;
            }
        }
    });
    task.await.map_err(|e| {
        let mut error = Error::internal_error();
        error.message = format!("attest: partial results failed: {e}").into();
        error
    })
}

/// Consecutive slices of `items`: the first `size` long, each next one twice the last, up
/// to `LARGEST_BATCH`.
struct Batches<'a, T> {
    rest: &'a [T],
    size: &'a mut usize,
}

impl<'a, T> Batches<'a, T> {
    fn new(items: &'a [T], size: &'a mut usize) -> Self {
        Batches { rest: items, size }
    }
}

impl<'a, T> Iterator for Batches<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.rest.is_empty() {
            return None;
        }
        let (batch, rest) = self.rest.split_at((*self.size).min(self.rest.len()));
        self.rest = rest;
        *self.size = (*self.size * 2).min(LARGEST_BATCH);
        Some(batch)
    }
}

struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_grow_and_cover_everything_once() {
        let items: Vec<usize> = (0..100_000).collect();
        let mut size = FIRST_BATCH;
        let batches: Vec<&[usize]> = Batches::new(&items, &mut size).collect();
        let lengths: Vec<usize> = batches.iter().map(|b| b.len()).collect();
        assert_eq!(&lengths[..6], [1_000, 2_000, 4_000, 8_000, 16_000, 16_000]);
        assert_eq!(batches.concat(), items);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn every_item_is_sent_in_order_then_the_future_ends() {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let token = lsp::ProgressToken::Number(7);
        let items: Vec<u32> = (0..5_000).collect();
        let write = |batch: &[u32], out: &mut Vec<u8>| serde_json::to_writer(out, batch).unwrap();
        send(Outbox::new(tx), token, items.clone(), write)
            .await
            .unwrap();
        let mut got = Vec::new();
        while let Ok(frame) = rx.try_recv() {
            let at = frame.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
            let v: serde_json::Value = serde_json::from_slice(&frame[at..]).unwrap();
            assert_eq!(v["method"], "$/progress");
            assert_eq!(v["params"]["token"], 7);
            got.extend(
                v["params"]["value"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap() as u32),
            );
        }
        assert_eq!(got, items);
    }
}

//! The language server, `attest lsp`: the only layer that knows the protocol. It keeps the
//! editor's documents, rebuilds the corpora they belong to, and answers each request with a
//! query from `crate::queries` over a consistent snapshot.

mod annotations;
mod builder;
mod capabilities;
mod convert;
mod handlers;
mod indexing;
mod open_document;
mod outbox;
mod partial;
mod server;
mod settings;
mod transport;
#[cfg(test)]
mod typing;
mod watcher;
mod workspace;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tower_lsp_server::{LspService, Server as Transport};

use crate::corpus::Corpus;
use crate::text::Encoding;

/// A corpus as last built, the document a request is about, and the client's encoding.
pub struct Snapshot {
    pub corpus: Arc<Corpus>,
    pub document: usize,
    pub encoding: Encoding,
}

/// Serves the protocol on standard input and output until `exit`, or until standard
/// input closes.
pub fn run() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("attest lsp: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async {
        let (replies_tx, replies_rx) = tokio::sync::mpsc::unbounded_channel();
        let outbox = outbox::Outbox::new(replies_tx.clone());
        let (service, socket) = LspService::build(|client| server::Server::new(client, outbox))
            .custom_method("attest/panic", server::Server::test_panic)
            .custom_method("attest/text", server::Server::test_text)
            .finish();
        let (to_library, library_in) = tokio::io::duplex(1 << 20);
        let (library_out, from_library) = tokio::io::duplex(1 << 20);
        let (frames_tx, frames_rx) = tokio::sync::mpsc::unbounded_channel();
        let input = tokio::spawn(transport::pump_input(
            tokio::io::stdin(),
            to_library,
            replies_tx,
        ));
        tokio::spawn(transport::pump_frames(from_library, frames_tx));
        let output = tokio::spawn(transport::pump_output(
            tokio::io::stdout(),
            frames_rx,
            replies_rx,
        ));
        Transport::new(library_in, library_out, socket)
            .serve(service)
            .await;
        input.abort();
        // The last replies (to shutdown, say) still go out.
        let _ = tokio::time::timeout(Duration::from_millis(500), output).await;
    });
    // Background work (a rebuild, the poller) must not hold the process: the client asked
    // it to go.
    // Not waiting: a thread still blocked reading standard input would hold the exit.
    runtime.shutdown_background();
    ExitCode::SUCCESS
}

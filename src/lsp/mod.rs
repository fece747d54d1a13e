//! The language server, `attest lsp`: the only layer that knows the protocol. It keeps the
//! editor's documents, rebuilds the corpora they belong to, and answers each request with a
//! query from `crate::queries` over a consistent snapshot.

mod annotations;
mod boundary;
mod builder;
mod capabilities;
mod convert;
mod decimal;
mod handlers;
mod indexing;
mod job;
mod locations;
mod open_document;
mod outbox;
mod output;
mod partial;
mod publication;
mod references;
mod reply;
mod server;
mod settings;
mod symbols;
mod transport;
#[cfg(test)]
mod typing;
mod uri_cache;
mod watcher;
mod workspace;

pub use reply::Replies;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tower_lsp_server::{ClientSocket, LanguageServer, LspService, Server as Transport};

use crate::corpus::Corpus;
use crate::text::Encoding;

/// A corpus as last built, the document a request is about, and the client's encoding.
pub struct Snapshot {
    pub corpus: Arc<Corpus>,
    pub document: usize,
    pub encoding: Encoding,
}

/// How long requests under way may still answer once standard input has closed.
const LAST_ANSWERS: Duration = Duration::from_millis(200);

/// Messages the protocol library handles at once (its default is 4).
const REQUESTS_AT_ONCE: usize = 64;

/// The server as a service, without its transport: messages go in through
/// `tower::Service::call`; what the server sends the client through the library (log
/// messages, its own requests) comes out of the socket, and what it encodes itself
/// (diagnostics, partial results: `outbox`) comes as framed bytes into `frames`; both must
/// be drained. Replies the server encodes itself (`reply`: find references) come back from
/// `call`, parsed into the library's `Response` (`run` sends them as bytes instead). `run`
/// serves it on standard input and output; the fuzzer (`fuzz/`) drives it in process. Call
/// it inside a tokio runtime: the server starts its builder task at once.
pub fn service(
    frames: tokio::sync::mpsc::UnboundedSender<Vec<u8>>,
) -> (Replies<LspService<impl LanguageServer>>, ClientSocket) {
    let (service, socket) = library_service(frames);
    (reply::Replies::in_process(service), socket)
}

fn library_service(
    frames: tokio::sync::mpsc::UnboundedSender<Vec<u8>>,
) -> (LspService<impl LanguageServer>, ClientSocket) {
    let outbox = outbox::Outbox::new(frames);
    LspService::build(|client| server::Server::new(client, outbox))
        .custom_method("attest/panic", server::Server::test_panic)
        .custom_method("attest/text", server::Server::test_text)
        .finish()
}

/// Serves the protocol on standard input and output until `exit`, or until standard
/// input closes (then within a second, whatever is under way).
pub fn run() -> ExitCode {
    // Few blocking threads: standard input and output and the rebuilds run there, and each
    // thread allocates from its own glibc arena, which keeps what it frees. Unbounded, the
    // pool grew to a dozen threads on a busy machine (a thread is added whenever none is
    // idle yet), rebuilds landed on any of them, and the resident memory kept climbing
    // under a stream of edits (RELIABILITY.md, "Soak"). At most: stdin, stdout, a rebuild,
    // an indexing.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("attest lsp: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    output::widen(std::io::stdout());
    let stdout = match output::stdout() {
        Ok(stdout) => stdout,
        Err(e) => {
            eprintln!("attest lsp: cannot write to standard output: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async {
        let (replies_tx, replies_rx) = tokio::sync::mpsc::unbounded_channel();
        let (service, socket) = library_service(replies_tx.clone());
        // Replies the server encodes itself go straight to the writer, like `outbox`'s.
        let (streamed_tx, streamed_rx) = tokio::sync::mpsc::unbounded_channel();
        let service = reply::Replies::onto(service, streamed_tx);
        let (to_library, library_in) = tokio::io::duplex(1 << 20);
        let (library_out, from_library) = tokio::io::duplex(1 << 20);
        let (frames_tx, frames_rx) = tokio::sync::mpsc::unbounded_channel();
        let mut input = tokio::spawn(transport::pump_input(
            tokio::io::stdin(),
            to_library,
            replies_tx,
        ));
        tokio::spawn(transport::pump_frames(from_library, frames_tx));
        let output = tokio::spawn(output::pump_output(
            stdout,
            frames_rx,
            replies_rx,
            streamed_rx,
        ));
        // Requests about an article being edited wait (bounded) for its build; the library
        // takes no further message while `concurrency_level` requests are under way, so a
        // handful of waiting hovers must not hold back the edits behind them.
        let serve = Transport::new(library_in, library_out, socket)
            .concurrency_level(REQUESTS_AT_ONCE)
            .serve(service);
        tokio::pin!(serve);
        tokio::select! {
            _ = &mut serve => {}
            _ = &mut input => {
                // Standard input closed: the client is gone, or done sending. The library
                // would wait for every request under way (one may wait seconds for an
                // analysis); they get a moment to answer, no more.
                let _ = tokio::time::timeout(LAST_ANSWERS, &mut serve).await;
            }
        }
        input.abort();
        // The last replies (to shutdown, say) still go out.
        let _ = tokio::time::timeout(Duration::from_millis(500), output).await;
    });
    // Background work (a rebuild, the watch of the disk) must not hold the process: the client asked
    // it to go.
    // Not waiting: a thread still blocked reading standard input would hold the exit.
    runtime.shutdown_background();
    ExitCode::SUCCESS
}

//! The language server, `attest lsp`: the only layer that knows the protocol. It keeps the
//! editor's session (`crate::session`: the documents, the corpora they belong to) under one
//! lock, converting the client's positions and URIs before they reach it, rebuilds the
//! corpora, and answers each request with a query from `crate::queries` over a consistent
//! snapshot.
//!
//! The loop (`server`) reads the client's messages (`transport`) and takes them in order;
//! each request runs on a worker (`workers`, `dispatch`) and writes its reply (`client`);
//! the builder (`builder`) works beside the loop, rebuilds on a worker, and what it
//! publishes goes out through the writer thread (`client`).

mod annotations;
mod boundary;
mod builder;
mod capabilities;
mod client;
mod convert;
mod diagnostics;
mod diagnostics_json;
mod dispatch;
mod handlers;
mod indexing;
mod locations;
mod publication;
mod references;
mod server;
mod settings;
mod symbols;
mod transport;
#[cfg(test)]
mod typing;
mod watcher;
mod workers;
mod workspace;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};
pub use lsp_server::Message;

use crate::corpus::Corpus;
use crate::process::allocator;
use crate::text::Encoding;

/// A corpus as last built, the document a request is about, and the client's encoding.
pub struct Snapshot {
    pub corpus: Arc<Corpus>,
    pub document: usize,
    pub encoding: Encoding,
}

/// Serves the protocol on standard input and output until `exit`, or until standard
/// input closes. Exits with 0 after `shutdown` then `exit`, else 1 (LSP 3.17).
pub fn run() -> ExitCode {
    allocator::one_arena_a_core();
    let stdout = match stdout() {
        Ok(stdout) => stdout,
        Err(e) => {
            eprintln!("attest lsp: cannot write to standard output: {e}");
            return ExitCode::from(1);
        }
    };
    let client = client::Client::new(client::Output::Framed(Box::new(stdout)));
    let messages = transport::messages(std::io::stdin(), client.clone());
    let shut_down = server::Server::new(client.clone()).serve(messages);
    // The last messages still go out.
    client.flush(Duration::from_millis(500));
    ExitCode::from(u8::from(!shut_down))
}

/// The server in process, for the fuzzer: messages go in through the sender, in order;
/// what the server sends comes out of the receiver as JSON bodies.
pub fn in_process() -> (Sender<Message>, Receiver<Vec<u8>>) {
    let (bodies, from_server) = crossbeam_channel::unbounded();
    let client = client::Client::new(client::Output::Bodies(bodies));
    let (to_server, messages) = crossbeam_channel::unbounded();
    std::thread::spawn(move || server::Server::new(client).serve(messages));
    (to_server, from_server)
}

/// Standard output as it is, unbuffered (`std::io::stdout` keeps what follows a frame's
/// last line end until flushed), its pipe widened: a reply of 13 MB (100,000 places) then
/// crosses in a dozen writes the client wakes up for instead of two hundred.
#[cfg(unix)]
fn stdout() -> std::io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    let fd = std::io::stdout().as_fd().try_clone_to_owned()?;
    #[cfg(target_os = "linux")]
    if rustix::pipe::fcntl_getpipe_size(&fd).is_ok_and(|size| size < PIPE) {
        let _ = rustix::pipe::fcntl_setpipe_size(&fd, PIPE);
    }
    Ok(std::fs::File::from(fd))
}

#[cfg(not(unix))]
fn stdout() -> std::io::Result<std::io::Stdout> {
    Ok(std::io::stdout())
}

/// How wide the pipe to the client is made: Linux's default ceiling for a user.
#[cfg(target_os = "linux")]
const PIPE: usize = 1 << 20;

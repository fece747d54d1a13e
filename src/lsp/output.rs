//! Writing to the client: whole frames, one at a time so that they never interleave (the
//! library's, and the server's own: error replies, `outbox`), and replies written while
//! they go out (`reply::Streamed`). Standard output is widened if it is a pipe (`widen`),
//! and written on a blocking thread from the buffers handed to it (`Blocking`).

use std::future::Future;
use std::io;

use tokio::sync::mpsc;

use super::reply::Streamed;

/// How wide the pipe to the client is made: Linux's default ceiling for a user.
pub const PIPE: usize = 1 << 20;

/// Widens the pipe `fd` to [`PIPE`] bytes if it is a pipe (standard output, to the client):
/// a long reply — the references of a name the corpus writes 100,000 times are 13 MB —
/// then crosses in a dozen writes the client wakes up for instead of two hundred. Best
/// effort: a terminal, a file or a socket stays as it is. The width it now has, if a pipe.
#[cfg(target_os = "linux")]
pub fn widen(fd: impl std::os::fd::AsFd) -> Option<usize> {
    let fd = fd.as_fd();
    let before = rustix::pipe::fcntl_getpipe_size(fd).ok()?;
    if before >= PIPE {
        return Some(before);
    }
    rustix::pipe::fcntl_setpipe_size(fd, PIPE)
        .ok()
        .or(Some(before))
}

#[cfg(not(target_os = "linux"))]
pub fn widen<T>(_fd: T) -> Option<usize> {
    None
}

/// Where `pump_output` writes, a buffer at a time: the buffer is handed over, and one
/// is handed back to write the next piece into.
pub trait Output {
    /// Writes all of `bytes`, or starts to (`flush` waits for the end); a buffer to reuse.
    /// An error may be that of the write before.
    fn write(&mut self, bytes: Vec<u8>) -> impl Future<Output = io::Result<Vec<u8>>> + Send;

    /// Waits until all that was given is written.
    fn flush(&mut self) -> impl Future<Output = io::Result<()>> + Send;
}

/// A blocking writer (standard output), written on a blocking thread while the next piece
/// is made: each buffer goes to that thread as it is, where tokio's standard output copied
/// it into a buffer of its own first (13 MB more memory to go through for a reply of
/// 100,000 locations). One write at a time, in order: a write waits for the one before.
pub struct Blocking<W> {
    /// None while a write has it.
    writer: Option<W>,
    pending: Option<tokio::task::JoinHandle<Written<W>>>,
}

/// What a write on the blocking thread gives back: the writer, the buffer, how it went.
type Written<W> = (W, Vec<u8>, io::Result<()>);

impl<W: io::Write + Send + 'static> Blocking<W> {
    pub fn new(writer: W) -> Self {
        Blocking {
            writer: Some(writer),
            pending: None,
        }
    }

    /// Waits for the write under way; its buffer, emptied.
    async fn wait(&mut self) -> io::Result<Vec<u8>> {
        let Some(pending) = self.pending.take() else {
            return Ok(Vec::new());
        };
        let (writer, mut bytes, written) = pending.await.map_err(io::Error::other)?;
        self.writer = Some(writer);
        bytes.clear();
        written.map(|()| bytes)
    }

    /// The writer, once what was given is written.
    #[cfg(test)]
    pub async fn into_inner(mut self) -> Option<W> {
        let _ = self.wait().await;
        self.writer
    }
}

impl<W: io::Write + Send + 'static> Output for Blocking<W> {
    async fn write(&mut self, bytes: Vec<u8>) -> io::Result<Vec<u8>> {
        let spare = self.wait().await?;
        let Some(mut writer) = self.writer.take() else {
            return Err(io::Error::other("the writer was lost"));
        };
        self.pending = Some(tokio::task::spawn_blocking(move || {
            let written = writer.write_all(&bytes).and_then(|()| writer.flush());
            (writer, bytes, written)
        }));
        Ok(spare)
    }

    async fn flush(&mut self) -> io::Result<()> {
        self.wait().await.map(drop)
    }
}

/// Standard output as it is, unbuffered: `std::io::stdout` would keep what follows a
/// frame's last line end until flushed.
#[cfg(unix)]
pub fn stdout() -> io::Result<Blocking<std::fs::File>> {
    use std::os::fd::AsFd;
    let fd = io::stdout().as_fd().try_clone_to_owned()?;
    Ok(Blocking::new(std::fs::File::from(fd)))
}

#[cfg(not(unix))]
pub fn stdout() -> io::Result<Blocking<io::Stdout>> {
    Ok(Blocking::new(io::stdout()))
}

/// Writes whole frames to the client: the library's, and the server's own (error replies,
/// `outbox`). A reply written while it goes out (`Streamed`) has its next piece made while
/// the one before is being written, into the buffer the write before that gave back.
/// Gives the output back at the end.
pub async fn pump_output<O: Output>(
    mut out: O,
    mut frames: mpsc::UnboundedReceiver<Vec<u8>>,
    mut replies: mpsc::UnboundedReceiver<Vec<u8>>,
    mut streamed: mpsc::UnboundedReceiver<Streamed>,
) -> O {
    // A buffer to make the next piece in; the largest given back is kept.
    let mut spare = Vec::new();
    // Not more than a few pieces' worth: a large frame's buffer is not held for good.
    let keep = |spare: &mut Vec<u8>, given: Vec<u8>| {
        if given.capacity() > spare.capacity() && given.capacity() <= KEPT_AT_MOST {
            *spare = given;
        }
    };
    loop {
        // The server's own frames first: a partial result must precede the library's
        // response to its request, queued after it.
        let next = tokio::select! {
            biased;
            r = replies.recv() => r.map(Outgoing::Frame),
            s = streamed.recv() => s.map(Outgoing::Streamed),
            f = frames.recv() => f.map(Outgoing::Frame),
        };
        let written = match next {
            Some(Outgoing::Frame(bytes)) => out.write(bytes).await.map(|b| keep(&mut spare, b)),
            Some(Outgoing::Streamed(mut reply)) => {
                let mut written = Ok(());
                while written.is_ok() && reply.next_piece(&mut spare) {
                    let piece = std::mem::take(&mut spare);
                    written = out.write(piece).await.map(|b| spare = b);
                }
                written
            }
            None => {
                // One side is done: write what the others still have (until a write
                // fails), then stop.
                let mut written = Ok(());
                while let Ok(mut reply) = streamed.try_recv() {
                    while written.is_ok() && reply.next_piece(&mut spare) {
                        let piece = std::mem::take(&mut spare);
                        written = out.write(piece).await.map(|b| spare = b);
                    }
                }
                while let Ok(bytes) = replies.try_recv().or_else(|_| frames.try_recv()) {
                    if written.is_ok() {
                        written = out.write(bytes).await.map(drop);
                    }
                }
                let _ = out.flush().await;
                return out;
            }
        };
        if written.is_err() {
            let _ = out.flush().await;
            return out;
        }
    }
}

/// The largest buffer `pump_output` keeps for the next piece: two parts of a streamed reply.
const KEPT_AT_MOST: usize = 2 * PIPE;

/// What the writer writes next.
enum Outgoing {
    Frame(Vec<u8>),
    Streamed(Streamed),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::transport::{frame, read_frame};
    use serde_json::{Value, json};
    use tokio::io::{AsyncWrite, AsyncWriteExt, BufReader};

    #[cfg(target_os = "linux")]
    #[test]
    fn a_pipe_is_widened_and_a_file_left_alone() {
        let (_read, write) = rustix::pipe::pipe().expect("a pipe");
        let before = rustix::pipe::fcntl_getpipe_size(&write).expect("its size");
        let after = widen(&write).expect("a pipe's width");
        assert_eq!(
            rustix::pipe::fcntl_getpipe_size(&write).expect("its size"),
            after
        );
        // As wide as allowed: the ceiling, unless the system allows less.
        let ceiling = std::fs::read_to_string("/proc/sys/fs/pipe-max-size")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok());
        match ceiling {
            Some(c) if c >= PIPE => assert_eq!(after, PIPE, "{before} → {after}"),
            _ => assert!(after >= before, "{before} → {after}"),
        }
        let file = tempfile::tempfile().expect("a file");
        assert_eq!(widen(&file), None);
    }

    /// Any asynchronous writer: each buffer written whole, then given
    /// back.
    struct Async<W>(W);

    impl<W: AsyncWrite + Unpin + Send> Output for Async<W> {
        async fn write(&mut self, bytes: Vec<u8>) -> io::Result<Vec<u8>> {
            self.0.write_all(&bytes).await?;
            self.0.flush().await?;
            let mut bytes = bytes;
            bytes.clear();
            Ok(bytes)
        }

        async fn flush(&mut self) -> io::Result<()> {
            self.0.flush().await
        }
    }

    /// A reply streamed in parts, between two frames, comes out whole, in order, on any
    /// output; the buffers handed back are reused without mixing pieces.
    async fn pump_through<O: Output>(out: O) -> O {
        let (frames_tx, frames_rx) = mpsc::unbounded_channel();
        let (replies_tx, replies_rx) = mpsc::unbounded_channel();
        let (streamed_tx, streamed_rx) = mpsc::unbounded_channel();
        replies_tx.send(frame(b"{\"first\":1}")).unwrap();
        streamed_tx.send(streamed(1)).unwrap();
        streamed_tx.send(streamed(2)).unwrap();
        frames_tx.send(frame(b"{\"last\":2}")).unwrap();
        drop((frames_tx, replies_tx, streamed_tx));
        pump_output(out, frames_rx, replies_rx, streamed_rx).await
    }

    /// A result of parts of different bytes and lengths, the longest first.
    fn streamed(id: i64) -> Streamed {
        let part = |i: usize| vec![b'0' + i as u8; 100_000 - 9_000 * i];
        let whole: Vec<u8> = (0..5).flat_map(part).collect();
        let len = 2 + whole.len() + 4;
        let mut next = 0;
        let write = Box::new(move |out: &mut Vec<u8>| {
            match next {
                0 => out.extend_from_slice(b"[\""),
                6 => out.extend_from_slice(b"\"]"),
                i => out.extend_from_slice(&part(i - 1)),
            }
            next += 1;
            next < 7
        });
        Streamed::new(&tower_lsp_server::jsonrpc::Id::Number(id), len, write)
    }

    fn expected() -> Vec<u8> {
        let mut want = frame(b"{\"first\":1}");
        want.extend(streamed(1).into_frame());
        want.extend(streamed(2).into_frame());
        want.extend(frame(b"{\"last\":2}"));
        want
    }

    #[tokio::test]
    async fn a_blocking_writer_gets_every_piece_in_order() {
        let out = pump_through(Blocking::new(Vec::new())).await;
        let written = out.into_inner().await.expect("the writer back");
        assert!(written == expected(), "{} bytes", written.len());
        let mut reader = BufReader::new(&written[..]);
        for want in [
            json!({"first": 1}),
            json!(null),
            json!(null),
            json!({"last": 2}),
        ] {
            let message = read_frame(&mut reader).await.unwrap().unwrap();
            let body: Value = serde_json::from_slice(message.body()).unwrap();
            if want.is_null() {
                let result = body["result"].as_array().unwrap();
                assert_eq!(result.len(), 1, "{}", message.body().len());
            } else {
                assert_eq!(body, want);
            }
        }
    }

    #[tokio::test]
    async fn an_async_writer_gets_every_piece_in_order() {
        let Async(written) = pump_through(Async(Vec::new())).await;
        assert!(written == expected(), "{} bytes", written.len());
    }

    /// A write that fails stops the writer; nothing is written after it.
    #[tokio::test]
    async fn a_failed_write_stops_the_output() {
        /// Takes `ok` writes, then fails; counts the writes tried.
        struct Full {
            ok: usize,
            tried: usize,
        }
        impl io::Write for Full {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                self.tried += 1;
                if self.tried > self.ok {
                    return Err(io::ErrorKind::BrokenPipe.into());
                }
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let out = pump_through(Blocking::new(Full { ok: 2, tried: 0 })).await;
        let full = out.into_inner().await.expect("the writer back");
        assert_eq!(full.tried, 3, "no write after the one that failed");
    }
}

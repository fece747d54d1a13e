//! What goes to the client, through one writer. `Client` is the handle every part of the
//! server sends through (responses, notifications, the server's own requests); the writer
//! thread (`write_frames`) owns standard output and writes each message whole, in the order
//! given. Each message is encoded by whoever sends it, straight from typed values: no
//! `serde_json::Value` is built on the way out.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};
use ls_types as lsp;
use lsp_server::{ErrorCode, RequestId, Response, ResponseError};
use serde::Serialize;
use serde_json::Value;

/// What the server does with the client's answer to one of its requests.
type OnAnswer = Box<dyn FnOnce(Result<Value, ResponseError>) + Send>;

#[derive(Clone)]
pub struct Client(Arc<Shared>);

struct Shared {
    out: Sender<Outgoing>,
    next_id: AtomicI32,
    /// The server's requests the client has not answered yet.
    asked: Mutex<HashMap<RequestId, OnAnswer>>,
    /// The client's requests not answered yet: a cancelled one is answered at once, and its
    /// late result dropped, so that each request is answered once.
    running: Mutex<HashSet<RequestId>>,
    /// Buffers written, handed back by the writer for the next large reply.
    spare: Arc<Mutex<Vec<Vec<u8>>>>,
}

/// The writer's end: what to write, and where to hand written buffers back.
pub struct Writer {
    to_write: Receiver<Outgoing>,
    spare: Arc<Mutex<Vec<Vec<u8>>>>,
}

pub enum Outgoing {
    /// A message's JSON body; the writer puts the header before it.
    Body(Vec<u8>),
    /// Told once everything before it is written.
    Flushed(Sender<()>),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Client {
    /// A client, and its writer.
    pub fn new() -> (Client, Writer) {
        let (out, to_write) = crossbeam_channel::unbounded();
        let spare = Arc::new(Mutex::default());
        let shared = Shared {
            out,
            next_id: AtomicI32::new(1),
            asked: Mutex::default(),
            running: Mutex::default(),
            spare: spare.clone(),
        };
        (Client(Arc::new(shared)), Writer { to_write, spare })
    }

    /// Queues a JSON body; false once the writer is gone.
    pub fn send(&self, body: Vec<u8>) -> bool {
        self.0.out.send(Outgoing::Body(body)).is_ok()
    }

    pub fn notify<P: Serialize>(&self, method: &str, params: &P) {
        self.send(notification(method, params));
    }

    pub fn log(&self, kind: lsp::MessageType, message: String) {
        let params = lsp::LogMessageParams { typ: kind, message };
        self.notify("window/logMessage", &params);
    }

    pub fn show(&self, kind: lsp::MessageType, message: String) {
        let params = lsp::ShowMessageParams { typ: kind, message };
        self.notify("window/showMessage", &params);
    }

    /// A request from the client, under way until answered.
    pub fn started(&self, id: RequestId) {
        lock(&self.0.running).insert(id);
    }

    /// Answers a request still under way (not cancelled, not answered yet).
    pub fn respond<R: Serialize>(&self, id: &RequestId, result: Result<R, ResponseError>) {
        self.respond_with(id, result, |out, r| {
            let _ = serde_json::to_writer(out, r);
        })
    }

    /// Answers with a result `write` writes as JSON itself (a long references reply), into
    /// a buffer kept from an earlier reply.
    pub fn respond_with<R>(
        &self,
        id: &RequestId,
        result: Result<R, ResponseError>,
        write: impl FnOnce(&mut Vec<u8>, &R),
    ) {
        if !lock(&self.0.running).remove(id) {
            return;
        }
        let mut body = lock(&self.0.spare).pop().unwrap_or_default();
        body.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"id\":");
        let _ = serde_json::to_writer(&mut body, id);
        match result {
            Ok(r) => {
                body.extend_from_slice(b",\"result\":");
                write(&mut body, &r);
            }
            Err(e) => {
                body.extend_from_slice(b",\"error\":");
                let _ = serde_json::to_writer(&mut body, &e);
            }
        }
        body.push(b'}');
        self.send(body);
    }

    /// `$/cancelRequest`: a request still under way is answered now, and only now.
    pub fn cancel(&self, id: RequestId) {
        let cancelled = error(ErrorCode::RequestCanceled, "cancelled".into());
        self.respond::<()>(&id, Err(cancelled));
    }

    /// How many of the client's requests are under way.
    pub fn running(&self) -> usize {
        lock(&self.0.running).len()
    }

    /// Sends a request to the client; `then` gets its answer.
    pub fn request<P: Serialize>(
        &self,
        method: &str,
        params: &P,
        then: impl FnOnce(Result<Value, ResponseError>) + Send + 'static,
    ) {
        let id = RequestId::from(self.0.next_id.fetch_add(1, Ordering::Relaxed));
        lock(&self.0.asked).insert(id.clone(), Box::new(then));
        let mut body = b"{\"jsonrpc\":\"2.0\",\"id\":".to_vec();
        let _ = serde_json::to_writer(&mut body, &id);
        body.extend_from_slice(b",\"method\":");
        let _ = serde_json::to_writer(&mut body, method);
        let params = serde_json::to_vec(params).unwrap_or_default();
        // No params at all rather than `null`, which JSON-RPC does not allow.
        if params != b"null" {
            body.extend_from_slice(b",\"params\":");
            body.extend_from_slice(&params);
        }
        body.push(b'}');
        self.send(body);
    }

    /// Sends a request and waits for the answer, at most `limit`. For threads of their own
    /// only: the answer comes through the loop.
    pub fn ask<P: Serialize>(
        &self,
        method: &str,
        params: &P,
        limit: Duration,
    ) -> Option<Result<Value, ResponseError>> {
        let (tx, rx) = crossbeam_channel::bounded(1);
        self.request(method, params, move |answer| {
            let _ = tx.send(answer);
        });
        rx.recv_timeout(limit).ok()
    }

    /// The client's answer to one of the server's requests.
    pub fn answered(&self, response: Response) {
        let Some(then) = lock(&self.0.asked).remove(&response.id) else {
            return;
        };
        then(match response.error {
            Some(e) => Err(e),
            None => Ok(response.result.unwrap_or(Value::Null)),
        })
    }

    /// Waits until what was sent before is written, at most `limit`.
    pub fn flush(&self, limit: Duration) {
        let (tx, rx) = crossbeam_channel::bounded(1);
        if self.0.out.send(Outgoing::Flushed(tx)).is_ok() {
            let _ = rx.recv_timeout(limit);
        }
    }
}

/// An error reply's error.
pub fn error(code: ErrorCode, message: String) -> ResponseError {
    ResponseError {
        code: code as i32,
        message,
        data: None,
    }
}

/// A notification's JSON body.
pub fn notification<P: Serialize>(method: &str, params: &P) -> Vec<u8> {
    let mut body = b"{\"jsonrpc\":\"2.0\",\"method\":".to_vec();
    let _ = serde_json::to_writer(&mut body, method);
    body.extend_from_slice(b",\"params\":");
    let _ = serde_json::to_writer(&mut body, params);
    body.push(b'}');
    body
}

/// `textDocument/publishDiagnostics`, borrowing the diagnostics.
#[derive(Serialize)]
struct PublishDiagnostics<'a> {
    uri: &'a lsp::Uri,
    diagnostics: &'a [lsp::Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
}

/// The body that publishes `diagnostics` for `uri`, made ahead of sending it.
pub fn diagnostics_body(
    uri: &lsp::Uri,
    diagnostics: &[lsp::Diagnostic],
    version: Option<i32>,
) -> Vec<u8> {
    let params = PublishDiagnostics {
        uri,
        diagnostics,
        version,
    };
    notification("textDocument/publishDiagnostics", &params)
}

/// The buffers the writer keeps for the next large reply: a couple, none over 32 MB.
const SPARE: usize = 2;
const SPARE_AT_MOST: usize = 32 << 20;

impl Writer {
    /// Writes each body under its `Content-Length` header, in order, until the last client
    /// handle is gone or a write fails (the client went away).
    pub fn run(self, out: impl Write) {
        write_frames(out, self.to_write, &self.spare)
    }

    /// The next message, waiting for it at most `limit` (for a client in process).
    pub fn next(&self, limit: Duration) -> Option<Vec<u8>> {
        let deadline = std::time::Instant::now() + limit;
        loop {
            match self.to_write.recv_deadline(deadline).ok()? {
                Outgoing::Body(b) => return Some(b),
                Outgoing::Flushed(done) => {
                    let _ = done.send(());
                }
            }
        }
    }

    /// The messages queued so far, as bodies.
    pub fn bodies(&self) -> impl Iterator<Item = Vec<u8>> + '_ {
        self.to_write.try_iter().filter_map(|o| match o {
            Outgoing::Body(b) => Some(b),
            Outgoing::Flushed(done) => {
                let _ = done.send(());
                None
            }
        })
    }
}

fn write_frames(mut out: impl Write, to_write: Receiver<Outgoing>, spare: &Mutex<Vec<Vec<u8>>>) {
    for outgoing in to_write {
        match outgoing {
            Outgoing::Body(mut body) => {
                let header = format!("Content-Length: {}\r\n\r\n", body.len());
                let written = out
                    .write_all(header.as_bytes())
                    .and_then(|()| out.write_all(&body))
                    .and_then(|()| out.flush());
                if written.is_err() {
                    return;
                }
                let mut spare = lock(spare);
                if body.capacity() > 64 << 10
                    && body.capacity() <= SPARE_AT_MOST
                    && spare.len() < SPARE
                {
                    body.clear();
                    spare.push(body);
                }
            }
            Outgoing::Flushed(done) => {
                let _ = done.send(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(writer: &Writer) -> Vec<Value> {
        (writer.bodies())
            .map(|b| serde_json::from_slice(&b).unwrap())
            .collect()
    }

    #[test]
    fn a_request_is_answered_once_even_when_cancelled() {
        let (client, rx) = Client::new();
        let id = RequestId::from(7);
        client.started(id.clone());
        client.cancel(id.clone());
        client.respond(&id, Ok(vec![1, 2]));
        client.cancel(id.clone());
        let sent = bodies(&rx);
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!(sent[0]["error"]["code"], -32800);
        assert_eq!(sent[0]["id"], 7);
        assert_eq!(client.running(), 0);
        let other = RequestId::from("x".to_string());
        client.started(other.clone());
        client.respond(&other, Ok(None::<u8>));
        let sent = bodies(&rx);
        assert_eq!(
            sent[0],
            serde_json::json!({"jsonrpc": "2.0", "id": "x", "result": null})
        );
    }

    #[test]
    fn the_answer_to_a_server_request_reaches_its_asker() {
        let (client, rx) = Client::new();
        let got = Arc::new(Mutex::new(None));
        let kept = got.clone();
        client.request(
            "workspace/applyEdit",
            &serde_json::json!({"a": 1}),
            move |a| {
                *lock(&kept) = Some(a.unwrap());
            },
        );
        let sent = bodies(&rx);
        assert_eq!(sent[0]["method"], "workspace/applyEdit");
        let id: RequestId = serde_json::from_value(sent[0]["id"].clone()).unwrap();
        client.answered(Response::new_ok(
            id.clone(),
            serde_json::json!({"applied": true}),
        ));
        assert_eq!(*lock(&got), Some(serde_json::json!({"applied": true})));
        // An answer nobody waits for is dropped.
        client.answered(Response::new_ok(id, 3));
    }

    #[test]
    fn frames_are_written_whole_in_order_until_the_client_is_gone() {
        let (client, writer) = Client::new();
        client.notify("a", &1);
        client.send(b"{}".to_vec());
        drop(client);
        let mut out = Vec::new();
        writer.run(&mut out);
        let want = "Content-Length: 41\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"params\":1}Content-Length: 2\r\n\r\n{}";
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }
}

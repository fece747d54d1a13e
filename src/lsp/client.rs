//! What goes to the client. `Client` is the handle every part of the server sends through:
//! replies are written at once by the thread that made them; notifications from the builder
//! are queued for the writer thread, so that no build ever waits for the client to read.
//! Both write whole messages to one `Output`, one at a time. Each message is encoded by
//! whoever sends it, straight from typed values: no `serde_json::Value` on the way out.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossbeam_channel::Sender;
use ls_types as lsp;
use lsp_server::{ErrorCode, RequestId, Response, ResponseError};
use serde::Serialize;
use serde_json::Value;

use super::workspace::lock;
use crate::corpus::Notice;

/// What the server does with the client's answer to one of its requests.
type OnAnswer = Box<dyn FnOnce(Result<Value, ResponseError>) + Send>;

#[derive(Clone)]
pub struct Client(Arc<Shared>);

struct Shared {
    /// Messages for the writer thread.
    queue: Sender<Vec<u8>>,
    /// Messages queued and not yet written (taken off the queue is not written yet).
    unwritten: AtomicUsize,
    out: Mutex<Output>,
    next_id: AtomicI32,
    /// The server's requests the client has not answered yet.
    asked: Mutex<HashMap<RequestId, OnAnswer>>,
    /// The client's requests not answered yet: a cancelled one is answered at once, and its
    /// late result dropped, so that each request is answered once.
    running: Mutex<HashSet<RequestId>>,
    /// The buffer of the last large reply, for the next one.
    spare: Mutex<Vec<u8>>,
    /// When the client last asked something: the server gives memory back only when the
    /// writer has stopped asking too (`builder.rs`).
    last_asked: Mutex<Option<Instant>>,
}

/// Where whole messages go: under their headers to a byte stream (standard output), or as
/// bodies to a channel (a client in process).
pub enum Output {
    Framed(Box<dyn Write + Send>),
    Bodies(Sender<Vec<u8>>),
}

impl Output {
    /// Writes one message; false once the client is gone.
    fn put(&mut self, body: &[u8]) -> bool {
        match self {
            Output::Framed(out) => {
                let header = format!("Content-Length: {}\r\n\r\n", body.len());
                (out.write_all(header.as_bytes()))
                    .and_then(|()| out.write_all(body))
                    .and_then(|()| out.flush())
                    .is_ok()
            }
            Output::Bodies(to) => to.send(body.to_vec()).is_ok(),
        }
    }
}

impl Client {
    /// A client writing to `out`, with its writer thread.
    pub fn new(out: Output) -> Client {
        let (queue, queued) = crossbeam_channel::unbounded::<Vec<u8>>();
        let client = Client(Arc::new(Shared {
            queue,
            unwritten: AtomicUsize::new(0),
            out: Mutex::new(out),
            next_id: AtomicI32::new(1),
            asked: Mutex::default(),
            running: Mutex::default(),
            spare: Mutex::default(),
            last_asked: Mutex::default(),
        }));
        let writer = client.clone();
        std::thread::spawn(move || {
            for body in queued {
                let written = writer.send_now(&body);
                writer.0.unwritten.fetch_sub(1, Ordering::SeqCst);
                if !written {
                    return;
                }
            }
        });
        client
    }

    /// Writes a JSON body now, after what this thread wrote before (a partial result
    /// before the reply that ends its request).
    pub fn send_now(&self, body: &[u8]) -> bool {
        lock(&self.0.out).put(body)
    }

    /// Queues a JSON body for the writer thread.
    pub fn send(&self, body: Vec<u8>) {
        self.0.unwritten.fetch_add(1, Ordering::SeqCst);
        if self.0.queue.send(body).is_err() {
            self.0.unwritten.fetch_sub(1, Ordering::SeqCst);
        }
    }

    pub fn notify<P: Serialize>(&self, method: &str, params: &P) {
        self.send(notification(method, params));
    }

    pub fn log(&self, kind: lsp::MessageType, message: String) {
        let params = lsp::LogMessageParams { typ: kind, message };
        self.notify("window/logMessage", &params);
    }

    /// A notice of the corpus (a file skipped, and the like), in the log.
    pub fn notice(&self, n: &Notice) {
        let message = format!("attest: {}: {}", n.path.display(), n.message);
        self.log(lsp::MessageType::WARNING, message);
    }

    pub fn show(&self, kind: lsp::MessageType, message: String) {
        let params = lsp::ShowMessageParams { typ: kind, message };
        self.notify("window/showMessage", &params);
    }

    /// A request from the client, under way until answered.
    pub fn started(&self, id: RequestId) {
        lock(&self.0.running).insert(id);
        *lock(&self.0.last_asked) = Some(Instant::now());
    }

    /// How long ago the client last asked something; none if it never did.
    pub fn since_asked(&self) -> Option<Duration> {
        lock(&self.0.last_asked).map(|at| at.elapsed())
    }

    /// Answers a request still under way (not cancelled, not answered yet).
    pub fn respond<R: Serialize>(&self, id: &RequestId, result: Result<R, ResponseError>) {
        self.respond_with(id, result, |out, r| {
            let _ = serde_json::to_writer(out, &r);
        })
    }

    /// Answers with a result `write` writes as JSON itself (a long references reply), into
    /// a buffer kept from an earlier reply.
    pub fn respond_with<R>(
        &self,
        id: &RequestId,
        result: Result<R, ResponseError>,
        write: impl FnOnce(&mut Vec<u8>, R),
    ) {
        if !lock(&self.0.running).remove(id) {
            return;
        }
        let mut body = std::mem::take(&mut *lock(&self.0.spare));
        body.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"id\":");
        let _ = serde_json::to_writer(&mut body, id);
        match result {
            Ok(r) => {
                body.extend_from_slice(b",\"result\":");
                write(&mut body, r);
            }
            Err(e) => {
                body.extend_from_slice(b",\"error\":");
                let _ = serde_json::to_writer(&mut body, &e);
            }
        }
        body.push(b'}');
        self.send_now(&body);
        // A reply's buffer up to a megabyte is kept for the next, not faulted in page by page
        // again; a larger one (a references reply of 100,000 places is 13 MB) is not held
        // for the rare request that needs as much.
        if body.capacity() > 1 << 16 && body.capacity() <= 1 << 20 {
            body.clear();
            *lock(&self.0.spare) = body;
        }
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

    /// Waits until what was queued is written, at most `limit`.
    pub fn flush(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while self.0.unwritten.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
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

/// The body that publishes `diagnostics`, a JSON array (`diagnostics_json`), for `uri`,
/// made ahead of sending it.
pub fn diagnostics_body(uri: &lsp::Uri, diagnostics: &[u8], version: Option<i32>) -> Vec<u8> {
    let mut body = Vec::with_capacity(diagnostics.len() + 200);
    body.extend_from_slice(
        b"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":",
    );
    let _ = serde_json::to_writer(&mut body, uri.as_str());
    body.extend_from_slice(b",\"diagnostics\":");
    body.extend_from_slice(diagnostics);
    if let Some(v) = version {
        body.extend_from_slice(b",\"version\":");
        body.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
    }
    body.extend_from_slice(b"}}");
    body
}

/// A client whose messages come out of the receiver as bodies, and what it sent so far.
#[cfg(test)]
pub fn in_memory() -> (Client, impl Fn(&Client) -> Vec<Value>) {
    let (tx, rx) = crossbeam_channel::unbounded::<Vec<u8>>();
    let sent = move |client: &Client| {
        client.flush(Duration::from_secs(10));
        (rx.try_iter())
            .map(|b| serde_json::from_slice(&b).expect("JSON"))
            .collect()
    };
    (Client::new(Output::Bodies(tx)), sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_answered_once_even_when_cancelled() {
        let (client, sent) = in_memory();
        assert_eq!(client.since_asked(), None);
        let id = RequestId::from(7);
        client.started(id.clone());
        client.cancel(id.clone());
        client.respond(&id, Ok(vec![1, 2]));
        client.cancel(id.clone());
        let replies = sent(&client);
        assert_eq!(replies.len(), 1, "{replies:?}");
        assert_eq!(replies[0]["error"]["code"], -32800);
        assert_eq!(replies[0]["id"], 7);
        assert_eq!(client.running(), 0);
        assert!(
            client
                .since_asked()
                .is_some_and(|s| s < Duration::from_secs(3600))
        );
        let other = RequestId::from("x".to_string());
        client.started(other.clone());
        client.respond(&other, Ok(None::<u8>));
        let replies = sent(&client);
        let want = serde_json::json!({"jsonrpc": "2.0", "id": "x", "result": null});
        assert_eq!(replies, [want]);
    }

    #[test]
    fn the_answer_to_a_server_request_reaches_its_asker() {
        let (client, sent) = in_memory();
        let got = Arc::new(Mutex::new(None));
        let kept = got.clone();
        let params = serde_json::json!({"a": 1});
        client.request("workspace/applyEdit", &params, move |a| {
            *lock(&kept) = Some(a.unwrap());
        });
        client.request("workspace/diagnostic/refresh", &(), |_| {});
        let asked = sent(&client);
        assert_eq!(asked[0]["method"], "workspace/applyEdit");
        assert!(asked[1].get("params").is_none(), "no params, not null");
        let id: RequestId = serde_json::from_value(asked[0]["id"].clone()).unwrap();
        let applied = serde_json::json!({"applied": true});
        client.answered(Response::new_ok(id.clone(), applied.clone()));
        assert_eq!(*lock(&got), Some(applied));
        // An answer nobody waits for is dropped.
        client.answered(Response::new_ok(id, 3));
    }

    /// A byte stream shared with the test.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            lock(&self.0).extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn messages_are_written_whole_under_their_headers() {
        let out = Shared::default();
        let client = Client::new(Output::Framed(Box::new(out.clone())));
        client.notify("a", &1);
        client.flush(Duration::from_secs(10));
        client.started(RequestId::from(2));
        client.respond(&RequestId::from(2), Ok(()));
        let written = String::from_utf8(lock(&out.0).clone()).unwrap();
        let want = "Content-Length: 41\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"params\":1}Content-Length: 38\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":null}";
        assert_eq!(written, want);
    }
}

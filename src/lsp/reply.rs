//! The library's service wrapped (`Replies`) so that a handler can encode its own response
//! (find references): the handler's future gets a task-local slot with the request id, leaves
//! there the reply's length and how to write it (`Streamed`), and `Replies` sends that response,
//! written part by part as it goes out, instead of the library's `null`.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use tokio::sync::mpsc;
use tower::Service;
use tower_lsp_server::ExitedError;
use tower_lsp_server::jsonrpc::{Id, Request, Response};

/// Requests whose handlers may encode their reply.
const ENCODED_BY_HANDLER: &[&str] = &["textDocument/references"];

tokio::task_local! {
    static SLOT: Arc<Slot>;
}

/// Where a handler leaves its response.
struct Slot {
    id: Id,
    frame: Mutex<Option<Streamed>>,
}

/// Appends the next part of a result to the buffer; false once it has written the last.
pub type WritePart = Box<dyn FnMut(&mut Vec<u8>) -> bool + Send>;

/// Called by a handler about to return its result: if the request is served through
/// `Replies`, leaves the response to send, whose result is the `len` bytes that
/// `write_part` appends part by part, and returns true; the handler's own return value is
/// then not sent. False outside `Replies`: the handler returns its result the usual way.
pub fn stream_result(len: usize, write_part: WritePart) -> bool {
    let mut write_part = Some(write_part);
    SLOT.try_with(|slot| {
        let Some(write_part) = write_part.take() else {
            return false;
        };
        let streamed = Streamed::new(&slot.id, len, write_part);
        *slot.frame.lock().unwrap_or_else(|e| e.into_inner()) = Some(streamed);
        true
    })
    .unwrap_or(false)
}

/// A response written while it goes out: the frame's header and the response up to its
/// result, then the result part by part, then the closing brace. The frame is always as
/// long as its header says: a result longer than announced is cut, a shorter one made up
/// with spaces (neither happens: `locations` tests its lengths), so that one wrong reply
/// can never break the conversation.
pub struct Streamed {
    head: Option<Vec<u8>>,
    /// Bytes of the result still to write.
    left: usize,
    /// None once it has written its last part.
    write_part: Option<WritePart>,
}

impl Streamed {
    /// The response to request `id` whose result is the `len` bytes `write_part` appends.
    pub fn new(id: &Id, len: usize, write_part: WritePart) -> Streamed {
        let id = serde_json::to_string(id).expect("an id serialises");
        let open = format!("{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":");
        let body = open.len() + len + 1;
        let mut head = super::transport::content_length(body).into_bytes();
        head.extend_from_slice(open.as_bytes());
        Streamed {
            head: Some(head),
            left: len,
            write_part: Some(write_part),
        }
    }

    /// The next piece of the frame, in `piece` (cleared first); false once all is out.
    pub fn next_piece(&mut self, piece: &mut Vec<u8>) -> bool {
        piece.clear();
        if let Some(head) = self.head.take() {
            piece.extend_from_slice(&head);
            return true;
        }
        if let Some(write_part) = self.write_part.as_mut() {
            if !write_part(piece) {
                self.write_part = None;
            }
            piece.truncate(self.left);
            self.left -= piece.len();
            return true;
        }
        if self.left == usize::MAX {
            return false;
        }
        piece.resize(self.left, b' ');
        piece.push(b'}');
        self.left = usize::MAX;
        true
    }

    /// The whole frame at once.
    pub fn into_frame(mut self) -> Vec<u8> {
        let (mut frame, mut piece) = (Vec::new(), Vec::new());
        while self.next_piece(&mut piece) {
            frame.extend_from_slice(&piece);
        }
        frame
    }
}

/// Where `Replies` sends the responses its handlers encoded.
#[derive(Clone)]
enum Delivery {
    /// Straight to the writer of standard output (`output::pump_output`).
    Frames(mpsc::UnboundedSender<Streamed>),
    /// Back as the library's `Response`, parsed from the frame: for callers of the
    /// service in process (the fuzzer), who read replies from `call`.
    InProcess,
}

/// The library's service, with replies its handlers encoded sent as they are.
pub struct Replies<S> {
    inner: S,
    delivery: Delivery,
}

impl<S> Replies<S> {
    /// Encoded replies go to `frames`, not through `call`'s result.
    pub fn onto(inner: S, frames: mpsc::UnboundedSender<Streamed>) -> Self {
        Replies {
            inner,
            delivery: Delivery::Frames(frames),
        }
    }

    /// Encoded replies come back from `call` as `Response`s, as the library's would.
    pub fn in_process(inner: S) -> Self {
        Replies {
            inner,
            delivery: Delivery::InProcess,
        }
    }
}

type Reply = Result<Option<Response>, ExitedError>;

impl<S> Service<Request> for Replies<S>
where
    S: Service<Request, Response = Option<Response>, Error = ExitedError>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = ExitedError;
    type Future = Pin<Box<dyn Future<Output = Reply> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let id = match request.id() {
            Some(id) if ENCODED_BY_HANDLER.contains(&request.method()) => id.clone(),
            _ => return Box::pin(self.inner.call(request)),
        };
        let slot = Arc::new(Slot {
            id,
            frame: Mutex::new(None),
        });
        let reply = SLOT.scope(slot.clone(), self.inner.call(request));
        let delivery = self.delivery.clone();
        Box::pin(async move {
            let response = reply.await?;
            let frame = slot.frame.lock().unwrap_or_else(|e| e.into_inner()).take();
            match (response, frame) {
                (Some(response), Some(frame)) if response.is_ok() => Ok(deliver(frame, delivery)),
                (response, _) => Ok(response),
            }
        })
    }
}

fn deliver(frame: Streamed, delivery: Delivery) -> Option<Response> {
    match delivery {
        Delivery::Frames(frames) => {
            // A writer gone is a client gone: nothing to answer.
            let _ = frames.send(frame);
            None
        }
        Delivery::InProcess => {
            let frame = frame.into_frame();
            let at = frame.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
            serde_json::from_slice(&frame[at..]).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};
    use std::sync::Weak;
    use tower_lsp_server::jsonrpc::Error;

    /// A stand-in for the library: a request's reply is `null`, after its handler (this
    /// closure) has run inside the request's future.
    struct Library<F>(F);

    impl<F: Fn(&Request) -> Response + Clone + Send + 'static> Service<Request> for Library<F> {
        type Response = Option<Response>;
        type Error = ExitedError;
        type Future = Pin<Box<dyn Future<Output = Reply> + Send>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: Request) -> Self::Future {
            let handler = self.0.clone();
            Box::pin(async move {
                tokio::task::yield_now().await;
                Ok(Some(handler(&request)))
            })
        }
    }

    fn request(method: &str, id: i64) -> Request {
        Request::build(method.to_owned()).id(id).finish()
    }

    fn references(id: i64) -> Request {
        request("textDocument/references", id)
    }

    /// A result written in parts: `parts`, one a call.
    fn parts(parts: &'static [&'static [u8]]) -> WritePart {
        let mut next = 0;
        Box::new(move |out| {
            out.extend_from_slice(parts[next]);
            next += 1;
            next < parts.len()
        })
    }

    /// A handler that encodes `[1,2]` in three parts and returns null.
    fn encoding(r: &Request) -> Response {
        assert!(stream_result(5, parts(&[b"[", b"1,2", b"]"])));
        Response::from_ok(r.id().unwrap().clone(), Value::Null)
    }

    fn body(frame: &[u8]) -> Value {
        let at = frame.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        let head = std::str::from_utf8(&frame[..at]).unwrap();
        assert_eq!(
            head,
            format!("Content-Length: {}\r\n\r\n", frame.len() - at)
        );
        serde_json::from_slice(&frame[at..]).unwrap()
    }

    #[tokio::test]
    async fn an_encoded_reply_goes_out_whole_with_its_id() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let mut service = Replies::onto(Library(encoding), tx);
        assert!(service.call(references(7)).await.unwrap().is_none());
        assert_eq!(
            body(&rx.try_recv().unwrap().into_frame()),
            json!({"jsonrpc": "2.0", "id": 7, "result": [1, 2]})
        );
        // A string id, with characters JSON escapes, comes back as it was.
        let id = "a\"b\\c é";
        let request = Request::build("textDocument/references").id(id).finish();
        assert!(service.call(request).await.unwrap().is_none());
        assert_eq!(body(&rx.try_recv().unwrap().into_frame())["id"], id);
        // In process, the same reply comes back from `call`.
        let mut service = Replies::in_process(Library(encoding));
        let reply = service.call(references(8)).await.unwrap().unwrap();
        assert_eq!(
            serde_json::to_value(reply).unwrap(),
            json!({"jsonrpc": "2.0", "id": 8, "result": [1, 2]})
        );
    }

    #[tokio::test]
    async fn other_replies_pass_as_the_library_made_them() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        // A reply that holds anything at all, for a request with no slot: untouched, and
        // its handler could not encode.
        let echo = |r: &Request| {
            assert!(!stream_result(2, parts(&[b"[]"])));
            let text = json!([{"uri": "file:///Content-Length: 5\r\n\r\n[1,2]", "id": 7}]);
            Response::from_ok(r.id().unwrap().clone(), text)
        };
        let mut service = Replies::onto(Library(echo), tx.clone());
        let reply = service
            .call(request("textDocument/hover", 3))
            .await
            .unwrap();
        assert_eq!(
            reply.unwrap().result().unwrap()[0]["uri"],
            "file:///Content-Length: 5\r\n\r\n[1,2]"
        );
        // References whose handler did not encode (no snapshot, say): the library's reply.
        let plain = |r: &Request| Response::from_ok(r.id().unwrap().clone(), json!(null));
        let mut service = Replies::onto(Library(plain), tx.clone());
        let reply = service.call(references(4)).await.unwrap().unwrap();
        assert_eq!(reply.result(), Some(&Value::Null));
        // An error after encoding (a panic caught, say): the error, not the frame.
        let failing = |r: &Request| {
            encoding(r);
            Response::from_error(r.id().unwrap().clone(), Error::internal_error())
        };
        let mut service = Replies::onto(Library(failing), tx);
        let reply = service.call(references(5)).await.unwrap().unwrap();
        assert!(reply.is_error());
        assert!(rx.try_recv().is_err(), "no frame went out");
    }

    /// A result longer or shorter than announced still makes a frame of the length its
    /// header gives: cut, or made up with spaces.
    #[tokio::test]
    async fn a_wrong_length_never_breaks_the_framing() {
        const LONG: &[&[u8]] = &[b"[1,", b"2]"];
        const EMPTY_PART: &[&[u8]] = &[b"[", b"", b"]"];
        for (len, result, sent) in [
            (9, LONG, "[1,2]    "),
            (3, LONG, "[1,"),
            (3, EMPTY_PART, "[] "),
        ] {
            let (tx, mut rx) = mpsc::unbounded_channel();
            let handler = move |r: &Request| {
                assert!(stream_result(len, parts(result)));
                Response::from_ok(r.id().unwrap().clone(), json!(null))
            };
            let mut service = Replies::onto(Library(handler), tx);
            assert!(service.call(references(1)).await.unwrap().is_none());
            let frame = rx.try_recv().unwrap().into_frame();
            let at = frame.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
            let expected = format!("{{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{sent}}}");
            assert_eq!(std::str::from_utf8(&frame[at..]).unwrap(), expected);
            assert!(
                frame.starts_with(format!("Content-Length: {}\r\n", expected.len()).as_bytes())
            );
        }
    }

    /// A request cancelled (its future dropped) while its handler waits keeps nothing: the
    /// slot goes with the future.
    #[tokio::test]
    async fn a_cancelled_request_leaves_nothing_behind() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let seen: Arc<Mutex<Option<Weak<Slot>>>> = Arc::default();
        let keep = seen.clone();
        let waiting = move |_: &Request| -> Response {
            SLOT.with(|slot| *keep.lock().unwrap() = Some(Arc::downgrade(slot)));
            assert!(stream_result(2, parts(&[b"[]"])));
            unreachable!("cancelled before it answers")
        };
        let mut service = Replies::onto(Library(waiting), tx);
        let mut reply = service.call(references(1));
        // Polled once: the library's handler runs after its first yield.
        let mut cx = Context::from_waker(std::task::Waker::noop());
        assert!(reply.as_mut().poll(&mut cx).is_pending());
        drop(reply);
        assert!(seen.lock().unwrap().is_none(), "the handler never ran");
        assert!(rx.try_recv().is_err());

        // Cancelled after the handler encoded: the frame is dropped with the slot.
        let (tx, mut rx) = mpsc::unbounded_channel();
        // A handler that encodes, then is cancelled: the library answers with the
        // cancellation error, as `tower_lsp_server`'s pending requests do.
        let seen: Arc<Mutex<Option<Weak<Slot>>>> = Arc::default();
        let keep = seen.clone();
        let cancelled = move |r: &Request| {
            SLOT.with(|slot| *keep.lock().unwrap() = Some(Arc::downgrade(slot)));
            assert!(stream_result(2, parts(&[b"[]"])));
            Response::from_error(r.id().unwrap().clone(), Error::request_cancelled())
        };
        let mut service = Replies::onto(Library(cancelled), tx);
        let reply = service.call(references(2)).await.unwrap().unwrap();
        assert!(
            reply.is_error(),
            "the library's cancellation error goes out"
        );
        let slot = seen.lock().unwrap().take().unwrap();
        assert!(slot.upgrade().is_none(), "the slot and its frame are freed");
        assert!(rx.try_recv().is_err());
    }
}

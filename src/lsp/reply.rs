//! Replies the server encodes itself. The protocol library turns a handler's typed result
//! into a `serde_json::Value` tree, then into a string, then drops the tree: for the
//! 100,000 locations of a find-references reply that was two thirds of half a second.
//! Its handlers do not see the request id, so the library's service is wrapped: for a
//! request whose reply may be encoded by its handler (find references), `Replies` gives
//! the handler's future a slot holding the request's id (a tokio task-local, set while
//! that future is polled), the handler writes the whole framed response into it and
//! returns a cheap `null` to the library, and `Replies` sends the frame instead of the
//! library's response.
//!
//! The slot belongs to the request's future: a cancelled request drops it with the
//! handler, nothing is kept anywhere else, and the library's own answer (the cancellation
//! error, `null` before initialisation, an internal error after a panic) goes out as it
//! is. Nothing in a reply's content is looked at, so no article text can take the place
//! of a frame. A handler running outside `Replies` (or any other request) finds no slot
//! and returns its typed result as before.

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

/// Where a handler leaves its encoded response.
struct Slot {
    id: Id,
    frame: Mutex<Option<Vec<u8>>>,
}

/// Called by a handler about to return `result`: if the request is served through
/// `Replies`, writes the whole response frame (`result` being the `len` bytes `write`
/// appends) and returns true, and the handler's own return value is not sent. False
/// outside `Replies`, or when `write` wrote other than `len` bytes: the handler then
/// returns its result the usual way.
pub fn encode_result(len: usize, write: impl FnOnce(&mut Vec<u8>)) -> bool {
    SLOT.try_with(|slot| {
        let id = serde_json::to_string(&slot.id).expect("an id serialises");
        let open = format!("{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":");
        let body = open.len() + len + 1;
        let header = format!("Content-Length: {body}\r\n\r\n");
        let mut frame = Vec::with_capacity(header.len() + body);
        frame.extend_from_slice(header.as_bytes());
        frame.extend_from_slice(open.as_bytes());
        write(&mut frame);
        frame.push(b'}');
        if frame.len() != header.len() + body {
            return false;
        }
        *slot.frame.lock().unwrap_or_else(|e| e.into_inner()) = Some(frame);
        true
    })
    .unwrap_or(false)
}

/// Where `Replies` sends the frames its handlers encoded.
#[derive(Clone)]
enum Delivery {
    /// Straight to the writer of standard output (`transport::pump_output`).
    Frames(mpsc::UnboundedSender<Vec<u8>>),
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
    pub fn onto(inner: S, frames: mpsc::UnboundedSender<Vec<u8>>) -> Self {
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

fn deliver(frame: Vec<u8>, delivery: Delivery) -> Option<Response> {
    match delivery {
        Delivery::Frames(frames) => {
            // A writer gone is a client gone: nothing to answer.
            let _ = frames.send(frame);
            None
        }
        Delivery::InProcess => {
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

    /// A handler that encodes `[1,2]` and returns null.
    fn encoding(r: &Request) -> Response {
        assert!(encode_result(5, |out| out.extend_from_slice(b"[1,2]")));
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
            body(&rx.try_recv().unwrap()),
            json!({"jsonrpc": "2.0", "id": 7, "result": [1, 2]})
        );
        // A string id, with characters JSON escapes, comes back as it was.
        let id = "a\"b\\c é";
        let request = Request::build("textDocument/references").id(id).finish();
        assert!(service.call(request).await.unwrap().is_none());
        assert_eq!(body(&rx.try_recv().unwrap())["id"], id);
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
            assert!(!encode_result(2, |out| out.extend_from_slice(b"[]")));
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

    #[tokio::test]
    async fn a_wrong_length_is_not_sent() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let short = |r: &Request| {
            assert!(!encode_result(9, |out| out.extend_from_slice(b"[]")));
            Response::from_ok(r.id().unwrap().clone(), json!([]))
        };
        let mut service = Replies::onto(Library(short), tx);
        let reply = service.call(references(1)).await.unwrap().unwrap();
        assert_eq!(reply.result(), Some(&json!([])));
        assert!(rx.try_recv().is_err());
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
            assert!(encode_result(2, |out| out.extend_from_slice(b"[]")));
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
        let seen: Arc<Mutex<Option<Weak<Slot>>>> = Arc::default();
        let mut service = Replies::onto(Cancellable(seen.clone()), tx);
        let reply = service.call(references(2)).await.unwrap().unwrap();
        assert!(
            reply.is_error(),
            "the library's cancellation error goes out"
        );
        let slot = seen.lock().unwrap().take().unwrap();
        assert!(slot.upgrade().is_none(), "the slot and its frame are freed");
        assert!(rx.try_recv().is_err());
    }

    /// A library whose handler encodes, then is cancelled: it answers with the
    /// cancellation error, as `tower_lsp_server`'s pending requests do.
    struct Cancellable(Arc<Mutex<Option<Weak<Slot>>>>);

    impl Service<Request> for Cancellable {
        type Response = Option<Response>;
        type Error = ExitedError;
        type Future = Pin<Box<dyn Future<Output = Reply> + Send>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: Request) -> Self::Future {
            let seen = self.0.clone();
            Box::pin(async move {
                SLOT.with(|slot| *seen.lock().unwrap() = Some(Arc::downgrade(slot)));
                assert!(encode_result(2, |out| out.extend_from_slice(b"[]")));
                let id = request.id().unwrap().clone();
                Ok(Some(Response::from_error(id, Error::request_cancelled())))
            })
        }
    }
}

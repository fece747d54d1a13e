//! Notifications the server encodes itself, straight to frame bytes: diagnostics and partial
//! results. The frames go to `output`'s writer ahead of the library's pending ones, so a
//! partial result always precedes the response that ends its request.

use serde::Serialize;
use tokio::sync::mpsc;
use tower_lsp_server::ls_types as lsp;

use super::transport::frame;

#[derive(Clone)]
pub struct Outbox(mpsc::UnboundedSender<Vec<u8>>);

/// A JSON-RPC notification, serialised in field order.
#[derive(Serialize)]
struct Notification<'a, P> {
    jsonrpc: &'static str,
    method: &'a str,
    params: P,
}

/// `textDocument/publishDiagnostics`, borrowing the diagnostics.
#[derive(Serialize)]
struct PublishDiagnostics<'a> {
    uri: &'a lsp::Uri,
    diagnostics: &'a [lsp::Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
}

impl Outbox {
    pub fn new(frames: mpsc::UnboundedSender<Vec<u8>>) -> Self {
        Outbox(frames)
    }

    pub fn publish_diagnostics(
        &self,
        uri: &lsp::Uri,
        diagnostics: &[lsp::Diagnostic],
        version: Option<i32>,
    ) -> bool {
        match self.diagnostics_frame(uri, diagnostics, version) {
            Some(frame) => self.send(frame),
            None => false,
        }
    }

    /// The frame `publish_diagnostics` sends, made ahead of sending it.
    pub fn diagnostics_frame(
        &self,
        uri: &lsp::Uri,
        diagnostics: &[lsp::Diagnostic],
        version: Option<i32>,
    ) -> Option<Vec<u8>> {
        let message = Notification {
            jsonrpc: "2.0",
            method: "textDocument/publishDiagnostics",
            params: PublishDiagnostics {
                uri,
                diagnostics,
                version,
            },
        };
        serde_json::to_vec(&message).ok().map(|body| frame(&body))
    }

    /// Sends a frame made by this outbox; false once the writer is gone.
    pub fn send(&self, frame: Vec<u8>) -> bool {
        self.0.send(frame).is_ok()
    }

    /// One batch of a request's results, for a client that gave a `partialResultToken`:
    /// `$/progress` with the JSON array `write` appends as its value.
    pub fn partial_result(
        &self,
        token: &lsp::ProgressToken,
        write: impl FnOnce(&mut Vec<u8>),
    ) -> bool {
        let mut body = br#"{"jsonrpc":"2.0","method":"$/progress","params":{"token":"#.to_vec();
        // A token is a number or a string: it always serialises.
        serde_json::to_writer(&mut body, token).expect("a token serialises");
        body.extend_from_slice(br#","value":"#);
        write(&mut body);
        body.extend_from_slice(b"}}");
        self.0.send(frame(&body)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn body(frame: &[u8]) -> Value {
        let at = frame.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        serde_json::from_slice(&frame[at..]).unwrap()
    }

    #[test]
    fn notifications_are_what_the_library_would_send() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let outbox = Outbox::new(tx);
        let uri: lsp::Uri = "file:///tmp/a.txt".parse().unwrap();
        let d = lsp::Diagnostic {
            message: "m".into(),
            ..Default::default()
        };
        assert!(outbox.publish_diagnostics(&uri, std::slice::from_ref(&d), Some(3)));
        let params = lsp::PublishDiagnosticsParams::new(uri.clone(), vec![d], Some(3));
        let library = tower_lsp_server::jsonrpc::Request::build("textDocument/publishDiagnostics")
            .params(serde_json::to_value(params).unwrap())
            .finish();
        assert_eq!(
            body(&rx.try_recv().unwrap()),
            serde_json::to_value(library).unwrap()
        );
        let token = lsp::ProgressToken::String("t".into());
        assert!(outbox.partial_result(&token, |out| out.extend_from_slice(b"[1,2]")));
        assert_eq!(
            body(&rx.try_recv().unwrap()),
            json!({"jsonrpc": "2.0", "method": "$/progress", "params": {"token": "t", "value": [1, 2]}})
        );
        drop(rx);
        assert!(!outbox.partial_result(&token, |out| out.extend_from_slice(b"[3]")));
    }
}

//! Requests that wait for a build must not stall the messages behind them: the protocol
//! library handles a bounded number of messages at once, and edits queued behind waiting
//! hovers would wait as long as they do.

mod support;

use serde_json::{Value, json};
use support::client::{Client, uri_of};
use support::corpus::{at, push_client, read, seed_corpus};

fn insert(uri: &str, version: i32, text: &str) -> Value {
    json!({
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 0, "character": 0}}, "text": text}]
    })
}

#[test]
fn hovers_waiting_for_a_build_do_not_hold_back_the_edits_behind_them() {
    let dir = seed_corpus();
    let mut c = Client::start(dir.path());
    // A long debounce keeps the edited article's build pending: hovers about it wait.
    c.initialize(
        dir.path(),
        push_client(),
        json!({"diagnostics": {"debounceMs": 3000}}),
    );
    let (path, text) = read(dir.path(), "003_b21e87a935b8b5cf.txt");
    let uri = uri_of(&path);
    c.open(&path, &text);
    c.notify("textDocument/didChange", insert(&uri, 2, "A"));
    let hovers: Vec<i64> = (0..8)
        .map(|_| c.send_request("textDocument/hover", at(&path, 0, 1)))
        .collect();
    c.notify("textDocument/didChange", insert(&uri, 3, "B"));
    let text_request = c.send_request("attest/text", json!({"uri": uri}));

    let is_reply_to = |m: &Value, ids: &[i64]| {
        m.get("method").is_none() && m["id"].as_i64().is_some_and(|id| ids.contains(&id))
    };
    let mut all = hovers.clone();
    all.push(text_request);
    let first = c
        .wait_for(|m| is_reply_to(m, &all))
        .expect("a reply to the hovers or to attest/text");
    assert_eq!(
        first["id"],
        json!(text_request),
        "the edit and the request after the waiting hovers were handled first"
    );
    assert_eq!(first["result"], json!(format!("BA{text}")));
    // Every hover is answered too, in whatever order.
    let mut pending = hovers;
    while !pending.is_empty() {
        let reply = c
            .wait_for(|m| is_reply_to(m, &pending))
            .expect("every hover answered");
        assert!(reply.get("error").is_none(), "a hover failed: {reply}");
        pending.retain(|&id| json!(id) != reply["id"]);
    }
}

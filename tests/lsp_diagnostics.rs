//! Which articles' diagnostics the server pushes: the open ones by default, every one when
//! the writer asks for the whole workspace (`diagnostics.scope`), and nothing left behind
//! in the editor when an article closes or the scope narrows.

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::client::{Client, uri_of};
use support::corpus::{push_client, read, seed_corpus, start, start_workspace};

const OPENED: &str = "000_0ebfb2c6ff608d17.txt";
const OTHER: &str = "003_b21e87a935b8b5cf.txt";

/// Every non-empty publication seen for `uri`, in order.
fn non_empty_publications(c: &Client, uri: &str) -> usize {
    c.seen
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"]
                    .as_array()
                    .is_some_and(|d| !d.is_empty())
        })
        .count()
}

fn close(c: &mut Client, path: &Path) {
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri_of(path)}}),
    );
}

#[test]
fn by_default_only_open_articles_get_diagnostics_and_closing_clears_them() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), OPENED);
    c.open(&path, &text);
    let found = c.diagnostics_where(&uri_of(&path), |d| !d.is_empty());
    assert!(!found.is_empty());
    close(&mut c, &path);
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    // The close was built after the indexing: whatever the indexing pushed came before.
    let others: Vec<&Value> = c
        .seen
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] != uri_of(&path)
                && m["params"]["uri"].as_str().unwrap().ends_with(".txt")
        })
        .collect();
    assert!(
        others.is_empty(),
        "articles never opened got diagnostics: {others:?}"
    );
    // Opened later, an article gets its own.
    let (other, other_text) = read(dir.path(), OTHER);
    c.open(&other, &other_text);
    c.diagnostics_where(&uri_of(&other), |d| !d.is_empty());
}

#[test]
fn the_workspace_scope_pushes_every_article_and_narrowing_clears_them() {
    let dir = seed_corpus();
    let mut c = start_workspace(dir.path(), push_client());
    let (other, _) = read(dir.path(), OTHER);
    c.diagnostics_where(&uri_of(&other), |d| !d.is_empty());
    let (path, text) = read(dir.path(), OPENED);
    c.open(&path, &text);
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"attest": {"diagnostics": {"scope": "openFiles"}}}}),
    );
    // The article never opened leaves the editor; the open one keeps its findings.
    c.diagnostics_where(&uri_of(&other), |d| d.is_empty());
    let last_of_open = c
        .seen
        .iter()
        .rev()
        .find(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri_of(&path)
        })
        .cloned()
        .expect("the open article was published");
    assert!(
        !last_of_open["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the open article keeps its diagnostics"
    );
    // Widened again: every article comes back (counted from here).
    c.seen.clear();
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"attest": {"diagnostics": {"scope": "workspace"}}}}),
    );
    c.diagnostics_where(&uri_of(&other), |d| !d.is_empty());
    assert_eq!(non_empty_publications(&c, &uri_of(&other)), 1);
}

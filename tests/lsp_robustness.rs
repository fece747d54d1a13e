//! The server under pressure and bad input: rapid edits, malformed messages, unknown
//! documents, panics, pull diagnostics, files changed on disk, settings, and its exit.
//! Large corpora, several folders and a lone file: `lsp_corpora.rs`.

mod support;

use std::time::Duration;

use attest::article::Format;
use attest::corpus::{Config, Corpus, Document};
use attest::text::{Encoding, LineIndex};
use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{corpus_with, start, start_workspace, watching_the_disk};

const START: &str = "Titre\n\nÀ Astana, l’été\u{a0}: selon des sources, 🇰🇿 tout va bien.\n";

/// A deterministic stream of edits, each a (start, end) byte range of the current text and
/// an insertion, always on char boundaries.
fn edits(n: usize) -> Vec<(usize, usize, &'static str)> {
    let inserts = [
        "é",
        "’",
        "\u{a0}",
        "🇰🇿",
        " selon les experts, ",
        "\n",
        "Tokayev ",
        "x",
        "",
    ];
    let mut text = START.to_string();
    let mut seed = 7u64;
    let mut out = Vec::new();
    for _ in 0..n {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let a = boundaries[(seed >> 33) as usize % boundaries.len()];
        let len = ((seed >> 20) % 3) as usize;
        let b = boundaries
            .iter()
            .copied()
            .filter(|&x| x >= a)
            .nth(len)
            .unwrap_or(a);
        let insert = inserts[((seed >> 40) % inserts.len() as u64) as usize];
        text.replace_range(a..b, insert);
        out.push((a, b, insert));
    }
    out
}

#[test]
fn five_hundred_rapid_edits_end_where_a_fresh_analysis_does() {
    let dir = corpus_with::<&str, &str>(&[]);
    let path = dir.path().join("rapide.txt");
    std::fs::write(&path, START).unwrap();
    let mut c = start(dir.path(), json!({}));
    c.open(&path, START);
    let mut text = START.to_string();
    let edits = edits(500);
    for (version, &(a, b, insert)) in edits.iter().enumerate() {
        let lines = LineIndex::new(&text);
        let s = lines.position(&text, a, Encoding::Utf16);
        let e = lines.position(&text, b, Encoding::Utf16);
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri_of(&path), "version": version + 2},
                   "contentChanges": [{"range": {"start": {"line": s.line, "character": s.column},
                                                 "end": {"line": e.line, "character": e.column}},
                                       "text": insert}]}),
        );
        text.replace_range(a..b, insert);
    }
    let server_text = c.call("attest/text", json!({"uri": uri_of(&path)}));
    assert_eq!(
        server_text,
        json!(text),
        "the server's text is the client's"
    );

    let fresh = Corpus::from_documents(
        vec![Document::new(path.clone(), text.clone(), Format::Text)],
        Config::default(),
    );
    let lines = LineIndex::new(&text);
    let mut expected: Vec<(String, u32, u32)> = fresh
        .findings_of(0)
        .iter()
        .map(|f| {
            let p = lines.position(&text, f.span.start, Encoding::Utf16);
            (f.code.as_str().to_string(), p.line, p.column)
        })
        .collect();
    expected.sort();
    // A request waits for the build of the last version, and the builder publishes before
    // it lets requests through: the last publication seen is then the final one.
    let _ = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri_of(&path)}, "position": {"line": 0, "character": 0}}),
    );
    let published = c
        .seen
        .iter()
        .rev()
        .find(|m| m["method"] == "textDocument/publishDiagnostics")
        .cloned()
        .expect("diagnostics published");
    let mut got: Vec<(String, u32, u32)> = published["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = &d["range"]["start"];
            (
                d["code"].as_str().unwrap().to_string(),
                s["line"].as_u64().unwrap() as u32,
                s["character"].as_u64().unwrap() as u32,
            )
        })
        .collect();
    got.sort();
    assert_eq!(got, expected);
}

#[test]
fn malformed_messages_get_json_rpc_errors_and_the_server_goes_on() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = start(dir.path(), json!({}));
    c.send_raw("{this is not json");
    let parse_error = c.wait_for(|m| m["error"]["code"] == -32700);
    assert!(parse_error.is_some(), "parse error reply");
    let unknown = c.request("attest/noSuchMethod", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let hover = c.request("textDocument/hover", json!({"textDocument": {"uri": "file:///nowhere/x.txt"}, "position": {"line": 0, "character": 0}}));
    assert!(
        hover.get("error").is_none() && hover["result"].is_null(),
        "{hover}"
    );
    // Still serving.
    let path = dir.path().join("a.txt");
    c.open(&path, START);
    let (l, ch) = position_of(START, "Astana", false);
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri_of(&path)}, "position": {"line": l, "character": ch}}),
    );
    assert!(h["contents"]["value"].as_str().unwrap().contains("Astana"));
}

#[test]
fn positions_past_the_end_and_stale_edits_are_harmless() {
    let dir = corpus_with(&[("a.txt", START)]);
    let path = dir.path().join("a.txt");
    let mut c = start(dir.path(), json!({}));
    c.open(&path, START);
    let uri = uri_of(&path);
    for (line, character) in [(0, 500), (2, 10_000), (999, 0)] {
        let r = c.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}));
        assert!(r.get("error").is_none(), "{r}");
        let r = c.request("textDocument/definition", json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}));
        assert!(r.get("error").is_none(), "{r}");
    }
    // An edit with a version that goes backwards, and one to a closed document: ignored.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 0}, "contentChanges": [{"text": "effacé"}]}),
    );
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri_of(&dir.path().join("fermé.txt")), "version": 5}, "contentChanges": [{"text": "x"}]}));
    assert_eq!(c.call("attest/text", json!({"uri": uri})), json!(START));
}

#[test]
fn a_panic_in_a_request_is_an_error_reply_not_a_dead_server() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = start(dir.path(), json!({}));
    let r = c.request("attest/panic", json!(null));
    assert_eq!(r["error"]["code"], -32603, "{r}");
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .contains("deliberate")
    );
    let symbols = c.call("workspace/symbol", json!({"query": "Astana"}));
    assert!(symbols.as_array().is_some());
}

#[test]
fn a_cancelled_request_still_gets_an_answer() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = start(dir.path(), json!({}));
    let id = c.send_request("workspace/symbol", json!({"query": "a"}));
    c.notify("$/cancelRequest", json!({"id": id}));
    let r = c.response(id);
    assert!(
        r.get("result").is_some() || r["error"]["code"] == -32800,
        "{r}"
    );
}

#[test]
fn pull_clients_pull_and_are_never_pushed_to() {
    let dir = corpus_with(&[("a.txt", START)]);
    let path = dir.path().join("a.txt");
    let mut c = Client::start(dir.path());
    let r = c.initialize(
        dir.path(),
        json!({"textDocument": {"diagnostic": {"dynamicRegistration": false}}}),
        json!({"diagnostics": {"debounceMs": 0}}),
    );
    assert!(!r["capabilities"]["diagnosticProvider"].is_null());
    c.open(&path, START);
    let report = c.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri_of(&path)}}),
    );
    assert_eq!(report["kind"], "full");
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "source-anonymous")
    );
    let again = c.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri_of(&path)}, "previousResultId": report["resultId"]}),
    );
    assert_eq!(again["kind"], "unchanged");
    std::thread::sleep(Duration::from_millis(300));
    let _ = c.call("workspace/symbol", json!({"query": "x"}));
    assert!(
        c.seen
            .iter()
            .all(|m| m["method"] != "textDocument/publishDiagnostics"),
        "never pushed"
    );
}

#[test]
fn a_file_changed_on_disk_is_checked_again() {
    let dir = corpus_with(&[("a.txt", "Titre\n\nRien.\n")]);
    let path = dir.path().join("a.txt");
    let mut c = start_workspace(
        dir.path(),
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
    );
    assert!(
        c.wait_for(|m| m["method"] == "client/registerCapability")
            .is_some(),
        "watchers registered"
    );
    std::fs::write(
        &path,
        "Titre\n\nSelon des sources proches du dossier, tout va mal.\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri_of(&path), "type": 2}]}),
    );
    let d = c.diagnostics_where(&uri_of(&path), |d| {
        d.iter().any(|x| x["code"] == "source-anonymous")
    });
    assert!(!d.is_empty());
}

#[test]
fn settings_change_severities_live() {
    let dir = corpus_with(&[("a.txt", START)]);
    let path = dir.path().join("a.txt");
    let mut c = start(dir.path(), json!({}));
    c.open(&path, START);
    let uri = uri_of(&path);
    c.diagnostics_where(&uri, |d| {
        d.iter()
            .any(|x| x["code"] == "source-anonymous" && x["severity"] == 2)
    });
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"attest": {"severity": {"source-anonymous": "error"}}}}),
    );
    c.diagnostics_where(&uri, |d| {
        d.iter()
            .any(|x| x["code"] == "source-anonymous" && x["severity"] == 1)
    });
}

#[test]
fn a_loose_file_works_and_is_cleared_on_close() {
    let dir = corpus_with::<&str, &str>(&[]);
    let elsewhere = tempfile::tempdir().unwrap();
    let path = elsewhere.path().join("seul.txt");
    std::fs::write(&path, START).unwrap();
    let mut c = start(dir.path(), json!({}));
    c.open(&path, START);
    let uri = uri_of(&path);
    c.diagnostics_where(&uri, |d| !d.is_empty());
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    c.diagnostics_where(&uri, |d| d.is_empty());
}

#[test]
fn exit_ends_the_server() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = start(dir.path(), json!({}));
    let r = c.request("shutdown", json!(null));
    assert!(r.get("error").is_none());
    c.notify("exit", json!(null));
    // A hang detector, not a timing: the exit latency is measured by scripts/bench-lsp.py.
    assert!(
        c.wait_exit(Duration::from_secs(10)).is_some(),
        "exited after exit"
    );
}

#[test]
fn closing_stdin_ends_the_server() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = start(dir.path(), json!({}));
    c.close_stdin();
    assert!(
        c.wait_exit(Duration::from_secs(10)).is_some(),
        "exited after stdin closed"
    );
}

#[test]
fn without_client_watching_the_server_watches_the_disk() {
    let dir = corpus_with(&[("a.txt", "Titre\n\nRien.\n")]);
    let path = dir.path().join("a.txt");
    let mut c = start_workspace(dir.path(), json!({}));
    c.diagnostics_where(&uri_of(&path), |_| true);
    watching_the_disk(&mut c);
    std::fs::write(
        &path,
        "Titre\n\nSelon des sources proches du dossier, tout va mal.\n",
    )
    .unwrap();
    let d = c.diagnostics_where(&uri_of(&path), |d| {
        d.iter().any(|x| x["code"] == "source-anonymous")
    });
    assert!(!d.is_empty());
}

#[test]
fn unchanged_diagnostics_are_not_published_again() {
    let dir = corpus_with(&[("a.txt", START)]);
    let path = dir.path().join("a.txt");
    let mut c = start(dir.path(), json!({}));
    c.open(&path, START);
    let uri = uri_of(&path);
    c.diagnostics_where(&uri, |d| !d.is_empty());
    // An edit in the title changes no finding.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 0, "character": 5}, "end": {"line": 0, "character": 5}}, "text": "!"}]}),
    );
    let _ = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    let publications = c
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .count();
    assert_eq!(publications, 1, "published once: {:?}", c.seen);
}

#[test]
fn a_debounce_holds_diagnostics_back_until_typing_pauses() {
    let dir = corpus_with(&[("a.txt", START)]);
    let path = dir.path().join("a.txt");
    let mut c = Client::start(dir.path());
    c.initialize(
        dir.path(),
        json!({}),
        json!({"diagnostics": {"debounceMs": 300}}),
    );
    c.open(&path, START);
    let uri = uri_of(&path);
    for v in 2..12 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": v},
                   "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]}),
        );
    }
    c.diagnostics_where(&uri, |d| !d.is_empty());
    let versions: Vec<&Value> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .map(|m| &m["params"]["version"])
        .collect();
    // The edits arrived within the debounce: one publication, for the last version.
    assert_eq!(versions, [&json!(11)]);
}

/// The protocol's lifecycle: nothing is served before `initialize` (-32002); an
/// `initialize` the server cannot read is refused (-32602) and may be sent again; after
/// `shutdown` requests are refused (-32600); `exit` ends the process with 0 after
/// `shutdown`, with 1 without it (LSP 3.17).
#[test]
fn the_lifecycle_is_the_protocol_s() {
    let dir = corpus_with(&[("a.txt", START)]);
    let mut c = Client::start(dir.path());
    let early = c.request("workspace/symbol", json!({"query": "a"}));
    assert_eq!(early["error"]["code"], -32002, "{early}");
    let bad = c.request("initialize", json!({"capabilities": 7}));
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    c.initialize(dir.path(), json!({}), json!({}));
    let again = c.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], -32600, "{again}");
    c.call("shutdown", json!(null));
    let late = c.request("workspace/symbol", json!({"query": "a"}));
    assert_eq!(late["error"]["code"], -32600, "{late}");
    c.notify("exit", json!(null));
    assert!(c.wait_exit(Duration::from_secs(10)).is_some(), "exited");
    assert_eq!(c.child.wait().unwrap().code(), Some(0));

    let mut c = start(dir.path(), json!({}));
    c.notify("exit", json!(null));
    assert!(c.wait_exit(Duration::from_secs(10)).is_some(), "exited");
    assert_eq!(
        c.child.wait().unwrap().code(),
        Some(1),
        "exit without shutdown"
    );
}

//! A writer who pauses about as long as the server's idle time (400 ms), so that a large
//! corpus is being rebuilt whole when the next keystroke comes, and types again: each
//! keystroke gets the diagnostics of its own version, the versions published never go
//! backwards, and once the typing stops the article's diagnostics are those a fresh server
//! gives its final text. Whether a given keystroke met a rebuild is not asserted (that is
//! timing); `lsp::builder`'s unit test stops a rebuild at each of its stages in turn.

mod support;

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};
use support::client::uri_of;
use support::corpus::{corpus_with, push_client, start_workspace};

/// More articles than the server patches edits into above (200), and one being written.
fn newsroom(edited: &str) -> tempfile::TempDir {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/002_c61638ce0868d39f.txt"),
    )
    .unwrap();
    let paragraphs: Vec<&str> = seed.split("\n\n").collect();
    let mut files: Vec<(String, String)> = (0..240)
        .map(|i| {
            (
                format!("a{i:03}.txt"),
                format!("Titre {i}\n\n{}\n", paragraphs[i % paragraphs.len()]),
            )
        })
        .collect();
    files.push(("edite.txt".into(), edited.into()));
    corpus_with(&files)
}

/// Diagnostics as the writer reads them, wherever the folder is.
fn placeless(diagnostics: &Value, folder: &Path) -> String {
    diagnostics
        .to_string()
        .replace(&uri_of(folder), "<folder>")
        .replace(&folder.display().to_string(), "<folder>")
}

const START: &str = "Titre\n\nLe président Tokayev parle à Astana.\n";

#[test]
fn keystrokes_after_pauses_get_their_own_diagnostics_and_the_end_is_a_fresh_check() {
    let dir = newsroom(START);
    let path = dir.path().join("edite.txt");
    let uri = uri_of(&path);
    let mut c = start_workspace(dir.path(), push_client());
    c.open(&path, START);
    c.diagnostics_where(&uri, |_| true);
    let mut text = START.to_string();
    // Pauses spread around the idle time and the rebuild that follows it (tens of ms).
    let pauses = [0, 390, 405, 420, 440, 460, 490, 530, 600];
    for (i, pause) in pauses.into_iter().enumerate() {
        std::thread::sleep(Duration::from_millis(pause));
        let version = i as i32 + 2;
        // Each keystroke adds an anonymous source: each version has diagnostics of its own.
        let added = format!(" Selon des sources proches du dossier, la part {i} augmente.");
        let line = text.lines().nth(2).unwrap();
        let end = line.encode_utf16().count() as u32;
        text = text.replacen(line, &format!("{line}{added}"), 1);
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": {"line": 2, "character": end},
                                                 "end": {"line": 2, "character": end}},
                                       "text": added}]}),
        );
        let published = c.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        let published = published.unwrap_or_else(|| panic!("diagnostics for version {version}"));
        let anonymous = published["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "source-anonymous")
            .count();
        assert_eq!(anonymous, i + 1, "version {version}: {published}");
    }
    // A request about the article answers from the corpus the last edit was patched into.
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 14}}),
    );
    assert!(!h.is_null(), "a hover on « Tokayev »");
    assert_eq!(
        c.call("attest/text", json!({"uri": uri})),
        json!(text),
        "the server holds the text typed"
    );
    let ours: Vec<&Value> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .collect();
    let versions: Vec<i64> = ours
        .iter()
        .map(|m| m["params"]["version"].as_i64().expect("a version"))
        .collect();
    assert!(
        versions.windows(2).all(|w| w[0] <= w[1]),
        "versions went backwards: {versions:?}"
    );
    let last = &ours.last().unwrap()["params"]["diagnostics"];

    let fresh_dir = newsroom(&text);
    let fresh_path = fresh_dir.path().join("edite.txt");
    let mut fresh = start_workspace(fresh_dir.path(), push_client());
    let checked = fresh.diagnostics_where(&uri_of(&fresh_path), |_| true);
    assert_eq!(
        placeless(last, dir.path()),
        placeless(&Value::Array(checked), fresh_dir.path())
    );
}

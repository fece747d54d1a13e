//! Corpora and requests the end-to-end tests share.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::client::{Client, uri_of};

/// A corpus folder with the five seeds and an attest.toml.
pub fn seed_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for e in std::fs::read_dir(seeds).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    std::fs::write(
        dir.path().join("attest.toml"),
        "[corpus]\nlanguage = \"fr\"\n",
    )
    .unwrap();
    dir
}

/// A corpus folder with an empty attest.toml and these files (names and texts borrowed or
/// owned).
pub fn corpus_with<N: AsRef<str>, T: AsRef<str>>(files: &[(N, T)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("attest.toml"), "").unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name.as_ref()), text.as_ref()).unwrap();
    }
    dir
}

/// A client that shows progress and counts in UTF-16.
pub fn push_client() -> Value {
    json!({"window": {"workDoneProgress": true}, "general": {"positionEncodings": ["utf-16"]}})
}

/// A server on `dir`, initialised with no debounce: it pushes the open documents'
/// diagnostics.
pub fn start(dir: &Path, capabilities: Value) -> Client {
    let mut c = Client::start(dir);
    c.initialize(dir, capabilities, json!({"diagnostics": {"debounceMs": 0}}));
    c
}

/// The settings of a server that pushes every article's diagnostics, open or not.
pub fn whole_workspace() -> Value {
    json!({"diagnostics": {"debounceMs": 0, "scope": "workspace"}})
}

/// A server on `dir` that pushes every article's diagnostics, with no debounce.
pub fn start_workspace(dir: &Path, capabilities: Value) -> Client {
    let mut c = Client::start(dir);
    c.initialize(dir, capabilities, whole_workspace());
    c
}

pub fn read(dir: &Path, name: &str) -> (PathBuf, String) {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

/// Text-document position params.
pub fn at(path: &Path, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri_of(path)}, "position": {"line": line, "character": character}})
}

pub fn has_code(diagnostics: &[Value], code: &str) -> bool {
    diagnostics.iter().any(|d| d["code"] == code)
}

/// Waits until a server whose client does not watch files says it watches the disk itself:
/// changes made from then on are seen.
pub fn watching_the_disk(c: &mut Client) {
    let said = c.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.starts_with("attest: watching "))
    });
    assert!(said.is_some(), "the server never said it watches the disk");
}

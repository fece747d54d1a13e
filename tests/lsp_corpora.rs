//! Corpora as the server finds them: a large corpus takes edits patched in, and requests
//! see them at once; several workspace folders are several corpora; a lone file with no workspace
//! is checked on its own.

mod support;

use std::path::Path;

use serde_json::json;
use support::client::{Client, position_of, uri_of};
use support::corpus::{corpus_with, start};

const START: &str = "Titre\n\nÀ Astana, l’été\u{a0}: selon des sources, 🇰🇿 tout va bien.\n";

#[test]
fn a_large_corpus_takes_edits_patched_in_and_answers_from_them_at_once() {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/002_c61638ce0868d39f.txt"),
    )
    .unwrap();
    let paragraphs: Vec<&str> = seed.split("\n\n").collect();
    let files: Vec<(String, String)> = (0..240)
        .map(|i| {
            (
                format!("a{i:03}.txt"),
                format!("Titre {i}\n\n{}\n", paragraphs[i % paragraphs.len()]),
            )
        })
        .collect();
    let dir = corpus_with(&files);
    let path = dir.path().join("edite.txt");
    let text = "Titre\n\nLe président Tokayev parle à Astana.\n";
    std::fs::write(&path, text).unwrap();
    let mut c = start(dir.path(), json!({}));
    c.open(&path, text);
    let uri = uri_of(&path);
    c.diagnostics_where(&uri, |_| true);
    let added =
        " Selon des sources proches du dossier, plus de 80 % du brut kazakh passe par la Russie.";
    let end = text.trim_end().encode_utf16().count() as u32 - "Titre\n\n".len() as u32;
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": end}, "end": {"line": 2, "character": end}}, "text": added}]}),
    );
    let patched = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["version"] == 2
    });
    let patched = patched.expect("diagnostics for the edit");
    assert!(
        patched["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "source-anonymous")
    );
    // Requests see the new text at once, from the corpus it was patched into.
    let at = end + added.find("80").unwrap() as u32;
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": at}}),
    );
    assert!(
        h["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .contains("tatistic"),
        "hover after the edit: {h}"
    );
}

#[test]
fn several_workspace_folders_are_several_corpora() {
    let a = corpus_with(&[(
        "a.txt",
        "Titre\n\nLe président Kassym-Jomart Tokaïev parle.\n",
    )]);
    let b = corpus_with(&[("b.txt", "Titre\n\nHier, Tokayev a parlé.\n")]);
    let mut c = Client::start(a.path());
    c.call(
        "initialize",
        json!({"processId": null, "capabilities": {}, "initializationOptions": {"diagnostics": {"debounceMs": 0}},
               "workspaceFolders": [{"uri": uri_of(a.path()), "name": "a"}, {"uri": uri_of(b.path()), "name": "b"}]}),
    );
    c.notify("initialized", json!({}));
    let text = std::fs::read_to_string(b.path().join("b.txt")).unwrap();
    let path = b.path().join("b.txt");
    c.open(&path, &text);
    let (l, ch) = position_of(&text, "Tokayev", false);
    // In corpus b alone, « Tokayev » has no full name to resolve to, and no other spelling.
    let d = c.call(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri_of(&path)}, "position": {"line": l, "character": ch}}),
    );
    assert_eq!(d[0]["targetUri"], uri_of(&path), "{d}");
    let diagnostics = c.diagnostics_where(&uri_of(&path), |_| true);
    assert!(
        diagnostics.iter().all(|x| x["code"] != "entity-spelling"),
        "{diagnostics:?}"
    );
    let symbols = c.call("workspace/symbol", json!({"query": "Tokai"}));
    let uris: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location"]["uri"].as_str().unwrap())
        .collect();
    assert!(
        uris.iter().any(|u| u.starts_with(&uri_of(a.path()))),
        "{uris:?}"
    );
}

#[test]
fn a_lone_file_with_no_workspace_still_works() {
    let elsewhere = tempfile::tempdir().unwrap();
    let path = elsewhere.path().join("seul.txt");
    std::fs::write(&path, START).unwrap();
    let mut c = Client::start(elsewhere.path());
    c.call(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": {"diagnostics": {"debounceMs": 0}}}),
    );
    c.notify("initialized", json!({}));
    c.open(&path, START);
    let uri = uri_of(&path);
    let d = c.diagnostics_where(&uri, |d| d.iter().any(|x| x["code"] == "source-anonymous"));
    assert!(!d.is_empty());
    let (l, ch) = position_of(START, "Astana", false);
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": l, "character": ch}}),
    );
    assert!(h["contents"]["value"].as_str().unwrap().contains("Astana"));
}

/// What only a whole build sees comes once the typing stops: a full name typed into a large
/// corpus is patched in as an entity of its own, and the rebuild owed then joins the bare
/// surname the other articles write to it. (Waited for, at most 20 s: no latency asserted.)
#[test]
fn once_the_typing_stops_a_large_corpus_is_built_whole() {
    let files: Vec<(String, String)> = (0..240)
        .map(|i| {
            let text = match i % 3 {
                0 => format!("Titre {i}\n\nSelon Brell, le pont a coûté {i} millions d'euros.\n"),
                1 => format!("Title {i}\n\nBrell said the bridge cost {i} million euros.\n"),
                _ => format!(
                    "Titre {i}\n\nLe marché de Corvel ouvre le {} mai.\n",
                    i % 28 + 1
                ),
            };
            (format!("a{i:03}.txt"), text)
        })
        .collect();
    let dir = corpus_with(&files);
    let path = dir.path().join("edite.txt");
    let text = "Titre\n\nLe pont de Corvel est ouvert.\n";
    std::fs::write(&path, text).unwrap();
    let mut c = start(dir.path(), json!({}));
    c.open(&path, text);
    let uri = uri_of(&path);
    c.diagnostics_where(&uri, |_| true);
    let added = " Le maire Tomas Brell l’a inauguré.";
    let end = "Le pont de Corvel est ouvert.".encode_utf16().count() as u32;
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": end}, "end": {"line": 2, "character": end}}, "text": added}]}),
    );
    let names = |c: &mut support::client::Client| -> Vec<String> {
        let found = c.call("workspace/symbol", json!({"query": "Brell"}));
        let mut names: Vec<String> = (found.as_array().unwrap().iter())
            .map(|s| s["name"].as_str().unwrap().to_owned())
            .collect();
        names.sort();
        names
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut seen = names(&mut c);
    while seen != ["Tomas Brell"] && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
        seen = names(&mut c);
    }
    assert_eq!(seen, ["Tomas Brell"], "the surname joined to the full name");
}

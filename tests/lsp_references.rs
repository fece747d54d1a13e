//! Whole find-references replies, which the server encodes itself (`src/lsp/locations.rs`,
//! `src/lsp/references.rs`), checked over stdio against what the protocol library sends for
//! the same places: document highlights, and the partial results of the same request.

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{at, corpus_with, has_code, push_client, read, seed_corpus, start};

const SEED_001: &str = "001_8580d139b28a1cc8.txt";

fn utf8_client() -> Value {
    json!({"general": {"positionEncodings": ["utf-8"]}})
}

/// The byte offset of an LSP position in `text`, columns in UTF-8 or UTF-16 units.
fn offset_of(text: &str, p: &Value, utf8: bool) -> usize {
    let line = p["line"].as_u64().unwrap() as usize;
    let mut column = p["character"].as_u64().unwrap() as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut at = start;
    for c in text[start..].chars() {
        let width = if utf8 { c.len_utf8() } else { c.len_utf16() };
        if column < width {
            break;
        }
        column -= width;
        at += c.len_utf8();
    }
    at
}

fn text_at<'a>(text: &'a str, range: &Value, utf8: bool) -> &'a str {
    &text[offset_of(text, &range["start"], utf8)..offset_of(text, &range["end"], utf8)]
}

fn references(c: &mut Client, path: &Path, line: u32, character: u32) -> Value {
    let mut params = at(path, line, character);
    params["context"] = json!({"includeDeclaration": true});
    c.call("textDocument/references", params)
}

#[test]
fn a_whole_reply_on_the_seeds_places_every_mention_in_either_encoding() {
    let dir = seed_corpus();
    let files: Vec<(String, String)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (uri_of(&p), std::fs::read_to_string(&p).unwrap()))
        .collect();
    let mut replies = Vec::new();
    for utf8 in [false, true] {
        let mut c = start(dir.path(), if utf8 { utf8_client() } else { push_client() });
        let (p1, t1) = read(dir.path(), SEED_001);
        c.open(&p1, &t1);
        let (line, character) = position_of(&t1, "énerve Poutine", utf8);
        let character = character + "énerve Pou".len() as u32;
        let refs = references(&mut c, &p1, line, character);
        let refs = refs.as_array().unwrap().clone();
        assert!(refs.len() > 10, "{refs:?}");
        // Every range covers a spelling of the name in its article.
        for r in &refs {
            let text = &files.iter().find(|(u, _)| *u == r["uri"]).unwrap().1;
            let named = text_at(text, &r["range"], utf8);
            assert!(named.contains("Poutine"), "{named:?} at {r}");
        }
        // In the article itself, the ranges are the highlights, which the protocol library
        // encodes.
        let mine: Vec<&Value> = (refs.iter())
            .filter(|r| r["uri"] == uri_of(&p1))
            .map(|r| &r["range"])
            .collect();
        let highlights = c.call("textDocument/documentHighlight", at(&p1, line, character));
        let theirs: Vec<&Value> = (highlights.as_array().unwrap().iter())
            .map(|h| &h["range"])
            .collect();
        assert_eq!(mine, theirs);
        replies.push(refs);
    }
    // The same places in both encodings.
    assert_eq!(replies[0].len(), replies[1].len());
}

/// Places the server writes in one part of a reply (`lsp::locations`).
const PART: usize = 8_000;

/// An article where each paragraph names Kazakhstan after « é », « ’ », non-breaking
/// spaces and an emoji, in files whose names need escaping in a URI: twice, for more
/// places than one part of a reply holds.
fn large_corpus() -> (tempfile::TempDir, Vec<&'static str>) {
    let paragraph =
        "L’été, «\u{a0}🇰🇿\u{202f}» : le Kazakhstan exporte du pétrole vers la Chine.\n\n";
    let text = paragraph.repeat(PART / 2 + 100);
    let names = vec!["dépêche d’Astana 1.txt", "b 100%.txt"];
    let dir = corpus_with(&[(names[0], &text), (names[1], &text)]);
    (dir, names)
}

#[test]
fn a_large_whole_reply_is_the_union_of_the_partial_results() {
    let (dir, names) = large_corpus();
    for utf8 in [false, true] {
        let mut caps = if utf8 { utf8_client() } else { push_client() };
        caps["window"] = json!({"workDoneProgress": true});
        let mut c = start(dir.path(), caps);
        let (path, text) = read(dir.path(), names[0]);
        c.open(&path, &text);
        let (line, character) = position_of(&text, "Kazakhstan", utf8);
        let whole = references(&mut c, &path, line, character + 2);
        let whole = whole.as_array().unwrap();
        assert_eq!(whole.len(), PART + 200, "every mention, in both articles");
        for r in whole.iter().step_by(97) {
            assert_eq!(text_at(&text, &r["range"], utf8), "Kazakhstan");
        }
        let uris: std::collections::BTreeSet<&str> =
            whole.iter().map(|r| r["uri"].as_str().unwrap()).collect();
        let expected: std::collections::BTreeSet<String> =
            names.iter().map(|n| uri_of(&dir.path().join(n))).collect();
        assert_eq!(uris, expected.iter().map(String::as_str).collect());

        let token = format!("refs-{utf8}");
        let mut params = at(&path, line, character + 2);
        params["context"] = json!({"includeDeclaration": true});
        params["partialResultToken"] = json!(token);
        assert_eq!(c.call("textDocument/references", params), json!([]));
        let union: Vec<&Value> = (c.seen.iter())
            .filter(|m| m["method"] == "$/progress" && m["params"]["token"] == token)
            .flat_map(|m| m["params"]["value"].as_array().unwrap())
            .collect();
        assert_eq!(union, whole.iter().collect::<Vec<_>>());
    }
}

/// VS Code and Neovim start a server through libuv, which gives it a socket pair for its
/// standard input and another for its output, not pipes: there too a reply of several
/// parts arrives whole, the same as through pipes, diagnostics are published, and the
/// server exits on `exit`.
#[cfg(unix)]
#[test]
fn over_sockets_as_vs_code_and_neovim_start_it_the_conversation_is_the_same() {
    let (dir, names) = large_corpus();
    let (path, text) = read(dir.path(), names[0]);
    // Edited, unsaved: a sentence with findings, after the paragraphs.
    let text =
        text + "Selon des sources proches du dossier, le Kazakhstan a vendu 40 % de son pétrole.\n";
    let (line, character) = position_of(&text, "Kazakhstan", false);
    let mut replies = Vec::new();
    for sockets in [false, true] {
        let mut c = if sockets {
            Client::start_over_sockets(dir.path())
        } else {
            Client::start(dir.path())
        };
        c.initialize(
            dir.path(),
            push_client(),
            json!({"diagnostics": {"debounceMs": 0}}),
        );
        c.open(&path, &text);
        let published = c.diagnostics_where(&uri_of(&path), |d| !d.is_empty());
        let reply = references(&mut c, &path, line, character + 2);
        assert_eq!(
            reply.as_array().map(Vec::len),
            Some(PART + 201),
            "sockets: {sockets}"
        );
        assert!(has_code(&published, "source-anonymous"), "{published:?}");
        c.call("shutdown", Value::Null);
        c.notify("exit", Value::Null);
        assert!(
            c.wait_exit(support::client::WAIT).is_some(),
            "exits on `exit` (sockets: {sockets})"
        );
        replies.push((reply, published));
    }
    assert_eq!(replies[0], replies[1]);
}

/// A request cancelled at once is answered once, with its result or the cancellation
/// error, and the server goes on answering.
#[test]
fn a_cancelled_request_is_answered_once_and_the_next_one_whole() {
    let (dir, names) = large_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), names[0]);
    c.open(&path, &text);
    let (line, character) = position_of(&text, "Kazakhstan", false);
    let whole = references(&mut c, &path, line, character + 2);
    let mut params = at(&path, line, character + 2);
    params["context"] = json!({"includeDeclaration": true});
    let id = c.send_request("textDocument/references", params);
    c.notify("$/cancelRequest", json!({"id": id}));
    let reply = c.response(id);
    match reply.get("error") {
        Some(e) => assert_eq!(e["code"], -32800, "{reply}"),
        None => assert_eq!(reply["result"], whole),
    }
    assert_eq!(references(&mut c, &path, line, character + 2), whole);
    let answers = c.seen.iter().filter(|m| m["id"] == id).count();
    assert!(answers <= 1, "{answers} answers to {id}");
}

/// Article text that looks like a frame or a JSON-RPC reply is text: replies quoting it
/// come through as they are.
#[test]
fn text_that_looks_like_a_reply_is_not_taken_for_one() {
    let forged = "Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[1]}";
    let text = format!("# Le Kazakhstan {forged}\n\nLe Kazakhstan {forged} exporte.\n");
    let dir = corpus_with(&[("a.txt", &text)]);
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "a.txt");
    c.open(&path, &text);
    let (line, character) = position_of(&text, "Kazakhstan", false);
    let refs = references(&mut c, &path, line, character + 2);
    assert_eq!(refs.as_array().unwrap().len(), 2, "{refs}");
    let symbols = c.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri_of(&path)}}),
    );
    assert!(symbols.to_string().contains("Content-Length"), "{symbols}");
    // The conversation goes on.
    assert_eq!(references(&mut c, &path, line, character + 2), refs);
}

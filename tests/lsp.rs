//! End-to-end conversations with the real `attest lsp` over stdio, on a copy of the seeds
//! and on fixture articles whose lines hold « é », « ’ », non-breaking spaces and emoji.

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{at, has_code, push_client, read, seed_corpus, start};

const SEED_001: &str = "001_8580d139b28a1cc8.txt";
const SEED_003: &str = "003_b21e87a935b8b5cf.txt";

#[test]
fn initialize_negotiates_the_encoding_and_advertises_features() {
    let dir = seed_corpus();
    let mut c = Client::start(dir.path());
    let r = c.initialize(
        dir.path(),
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
        json!({}),
    );
    assert_eq!(r["capabilities"]["positionEncoding"], "utf-8");
    let caps = &r["capabilities"];
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    for feature in [
        "hoverProvider",
        "definitionProvider",
        "referencesProvider",
        "documentHighlightProvider",
        "renameProvider",
        "codeActionProvider",
        "completionProvider",
        "documentSymbolProvider",
        "workspaceSymbolProvider",
        "semanticTokensProvider",
        "codeLensProvider",
    ] {
        assert!(!caps[feature].is_null(), "{feature} advertised");
    }
    assert!(
        caps["diagnosticProvider"].is_null(),
        "push client: no pull diagnostics"
    );
    let mut d = Client::start(dir.path());
    let r = d.initialize(dir.path(), json!({}), json!({}));
    assert_eq!(r["capabilities"]["positionEncoding"], "utf-16");
}

#[test]
fn indexing_reports_progress_from_begin_to_end() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let create = c.wait_for(|m| m["method"] == "window/workDoneProgress/create");
    assert!(create.is_some(), "progress token created");
    for kind in ["begin", "report", "end"] {
        let seen =
            c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == kind);
        assert!(seen.is_some(), "progress {kind}");
    }
    let end = c
        .wait_for(|m| m["params"]["value"]["kind"] == "end")
        .unwrap();
    assert!(
        end["params"]["value"]["message"]
            .as_str()
            .unwrap()
            .contains("5 articles")
    );
}

#[test]
fn diagnostics_are_pushed_with_codes_sources_and_related_places() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "000_0ebfb2c6ff608d17.txt");
    c.open(&path, &text);
    let diagnostics = c.diagnostics_where(&uri_of(&path), |d| has_code(d, "source-anonymous"));
    assert!(diagnostics.iter().all(|d| d["source"] == "attest"));
    let border = diagnostics
        .iter()
        .find(|d| {
            d["code"] == "claim-unsourced" && d["message"].as_str().unwrap().contains("frontière")
        })
        .expect("the unsourced border claim");
    let related = &border["relatedInformation"][0]["location"]["uri"];
    assert!(
        related.as_str().unwrap().ends_with(SEED_003),
        "corroborated in 003: {related}"
    );
    let (line, character) = position_of(&text, "la plus longue frontière", false);
    assert_eq!(
        border["range"]["start"],
        json!({"line": line, "character": character})
    );
}

#[test]
fn hover_shows_the_canonical_name_of_a_spelling() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), SEED_003);
    c.open(&path, &text);
    let (line, character) = position_of(&text, "Tokayev a réitéré", false);
    let hover = c.call("textDocument/hover", at(&path, line, character + 2));
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.contains("Kassym-Jomart Tokaïev"), "{markdown}");
    assert!(
        markdown.contains("Tokayev") && markdown.contains(SEED_001),
        "{markdown}"
    );
}

#[test]
fn definition_crosses_documents_and_stays_home_when_it_can() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (p3, t3) = read(dir.path(), SEED_003);
    c.open(&p3, &t3);
    let (line, character) = position_of(&t3, "Tokayev a réitéré", false);
    let def = c.call("textDocument/definition", at(&p3, line, character));
    let target = &def[0];
    assert_eq!(
        target["targetUri"],
        uri_of(&p3),
        "003 gives the full name itself"
    );
    let (tl, tc) = position_of(&t3, "Kassym-Jomart Tokayev", false);
    assert_eq!(
        target["targetSelectionRange"]["start"],
        json!({"line": tl, "character": tc})
    );

    let (p1, t1) = read(dir.path(), SEED_001);
    c.open(&p1, &t1);
    let (line, character) = position_of(&t1, "énerve Poutine", false);
    let def = c.call("textDocument/definition", at(&p1, line, character + 8));
    let uri = def[0]["targetUri"].as_str().unwrap();
    assert_ne!(uri, uri_of(&p1), "001 never spells the name out");
    let target = std::fs::read_to_string(Path::new(&uri["file://".len()..])).unwrap_or_default();
    let r = &def[0]["targetSelectionRange"];
    let line_text = target
        .lines()
        .nth(r["start"]["line"].as_u64().unwrap() as usize)
        .unwrap_or("");
    assert!(line_text.contains("Vladimir Poutine"), "{line_text}");
}

#[test]
fn references_and_highlights_find_every_mention() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (p1, t1) = read(dir.path(), SEED_001);
    c.open(&p1, &t1);
    let (line, character) = position_of(&t1, "énerve Poutine", false);
    let mut params = at(&p1, line, character + 8);
    params["context"] = json!({"includeDeclaration": true});
    let refs = c.call("textDocument/references", params);
    let uris: std::collections::BTreeSet<&str> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap())
        .collect();
    assert_eq!(uris.len(), 5, "Poutine is in every seed: {uris:?}");
    let highlights = c.call(
        "textDocument/documentHighlight",
        at(&p1, line, character + 8),
    );
    assert_eq!(
        highlights.as_array().unwrap().len(),
        t1.matches("Poutine").count()
    );
}

#[test]
fn many_references_come_as_partial_results_whose_union_is_the_whole_reply() {
    let paragraph = "Le Kazakhstan exporte du pétrole vers la Chine.\n\n";
    let text = paragraph.repeat(700);
    let a = format!("{text}Le sommet se tient à Astana.\n");
    let dir = support::corpus::corpus_with(&[("a.txt", &a), ("b.txt", &text)]);
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "a.txt");
    c.open(&path, &text);
    let (line, character) = position_of(&text, "Kazakhstan", false);
    let mut params = at(&path, line, character + 2);
    params["context"] = json!({"includeDeclaration": true});
    let whole = c.call("textDocument/references", params.clone());
    let whole = whole.as_array().unwrap();
    assert_eq!(whole.len(), 1400, "every mention, in both articles");

    params["partialResultToken"] = json!("refs-1");
    let reply = c.call("textDocument/references", params);
    assert_eq!(reply, json!([]), "the results went as partial results");
    // Every batch came before the response (the client keeps notifications in order).
    let batches: Vec<&Vec<Value>> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "$/progress" && m["params"]["token"] == "refs-1")
        .map(|m| m["params"]["value"].as_array().unwrap())
        .collect();
    assert!(batches.len() >= 2, "{} batches", batches.len());
    assert!(batches[0].len() < whole.len());
    let union: Vec<&Value> = batches.iter().flat_map(|b| b.iter()).collect();
    assert_eq!(union, whole.iter().collect::<Vec<_>>());

    // A short reply still comes whole, token or not.
    let (line, character) = position_of(&text, "Astana", false);
    let mut params = at(&path, line, character + 2);
    params["context"] = json!({"includeDeclaration": true});
    params["partialResultToken"] = json!("refs-2");
    let few = c.call("textDocument/references", params);
    assert_eq!(few.as_array().unwrap().len(), 1);
}

#[test]
fn completion_symbols_tokens_and_lens() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (p3, t3) = read(dir.path(), SEED_003);
    c.open(&p3, &t3);
    let (line, character) = position_of(&t3, "Tokayev a réitéré", false);
    let completion = c.call("textDocument/completion", at(&p3, line, character + 3));
    let labels: Vec<&str> = completion["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"Kassym-Jomart Tokaïev") || labels.contains(&"Tokaïev"),
        "{labels:?}"
    );
    // Sorted as clients sort (sortText, else label), the canonical spelling comes first.
    let mut sorted: Vec<(String, &str)> = completion["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let key = i["sortText"].as_str().or(i["label"].as_str()).unwrap();
            (key.to_string(), i["label"].as_str().unwrap())
        })
        .collect();
    sorted.sort();
    let sorted: Vec<&str> = sorted.into_iter().map(|(_, label)| label).collect();
    assert_eq!(
        sorted, labels,
        "the server's order survives the client's sort"
    );
    assert_eq!(labels[..2], ["Tokaïev", "Tokayev"]);

    let symbols = c.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri_of(&p3)}}),
    );
    assert!(!symbols.as_array().unwrap().is_empty());
    // Every symbol of the outline, depth first: (kind, name).
    fn walk(symbols: &Value, out: &mut Vec<(u64, String)>) {
        for s in symbols.as_array().into_iter().flatten() {
            out.push((
                s["kind"].as_u64().unwrap(),
                s["name"].as_str().unwrap().into(),
            ));
            walk(&s["children"], out);
        }
    }
    let mut outline = Vec::new();
    walk(&symbols, &mut outline);
    // Kinds a writer reads: File (title), Module (paragraph), Key (person), Package
    // (organisation), Field (place), Object (other), Event (claim); never Class (5).
    let kind_of = |name: &str| {
        outline
            .iter()
            .find(|(_, n)| n.contains(name))
            .map(|(k, _)| *k)
    };
    assert_eq!(kind_of("Tokaïev"), Some(20), "{outline:?}");
    assert!(
        outline
            .iter()
            .all(|(k, _)| [1, 2, 4, 8, 19, 20, 24].contains(k)),
        "{outline:?}"
    );
    let found = c.call("workspace/symbol", json!({"query": "tokai"}));
    assert!(
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "Kassym-Jomart Tokaïev")
    );

    let tokens = c.call(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": uri_of(&p3)}}),
    );
    let data = tokens["data"].as_array().unwrap();
    assert!(!data.is_empty() && data.len().is_multiple_of(5));
    let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": 5, "character": 0}});
    let some = c.call(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": uri_of(&p3)}, "range": range}),
    );
    assert!(some["data"].as_array().unwrap().len() < data.len());

    let lens = c.call(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri_of(&p3)}}),
    );
    assert!(
        lens[0]["command"]["title"]
            .as_str()
            .unwrap()
            .contains("claims")
    );
}

/// An article whose lines carry every position trap.
const TRAPS: &str = "Titre\n\n🇰🇿 L’été, à Astana\u{a0}: selon des sources proches du dossier, tout va bien.\n\nMais nul doute que «\u{a0}la vie continue sans lui\u{a0}», dit-on 😀 ici.\n";

fn traps_corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pièges.txt");
    std::fs::write(&path, TRAPS).unwrap();
    std::fs::write(dir.path().join("attest.toml"), "").unwrap();
    (dir, path)
}

#[test]
fn ranges_are_right_in_utf16_and_utf8_on_lines_with_accents_quotes_nbsp_and_emoji() {
    for utf8 in [false, true] {
        let (dir, path) = traps_corpus();
        let encodings = if utf8 {
            json!(["utf-8"])
        } else {
            json!(["utf-16"])
        };
        let mut c = start(
            dir.path(),
            json!({"general": {"positionEncodings": encodings}}),
        );
        c.open(&path, TRAPS);
        let diagnostics = c.diagnostics_where(&uri_of(&path), |d| has_code(d, "claim-hedged"));
        let anonymous = diagnostics
            .iter()
            .find(|d| d["code"] == "source-anonymous")
            .expect("anonymous");
        let (l, ch) = position_of(TRAPS, "selon des sources", utf8);
        assert_eq!(
            anonymous["range"]["start"],
            json!({"line": l, "character": ch}),
            "utf8={utf8}"
        );
        let (l, ch) = position_of(TRAPS, ", tout va bien", utf8);
        assert_eq!(
            anonymous["range"]["end"],
            json!({"line": l, "character": ch}),
            "utf8={utf8}"
        );
        let quote = diagnostics
            .iter()
            .find(|d| d["code"] == "quote-unattributed");
        if let Some(q) = quote {
            let (l, ch) = position_of(TRAPS, "«\u{a0}la vie", utf8);
            assert_eq!(q["range"]["start"], json!({"line": l, "character": ch}));
        }
        // An edit after the emoji, in the client's encoding, lands where meant.
        let (l, ch) = position_of(TRAPS, "Astana", utf8);
        let n = if utf8 { "Astana".len() } else { 6 } as u32;
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri_of(&path), "version": 2},
                   "contentChanges": [{"range": {"start": {"line": l, "character": ch}, "end": {"line": l, "character": ch + n}}, "text": "Almaty"}]}),
        );
        let hover = c.call("textDocument/hover", at(&path, l, ch + 1));
        assert!(
            hover["contents"]["value"]
                .as_str()
                .unwrap()
                .contains("Almaty"),
            "utf8={utf8}: {hover}"
        );
    }
}

#[test]
fn hover_on_a_claim_shows_its_kind_source_and_corroboration() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "000_0ebfb2c6ff608d17.txt");
    c.open(&path, &text);
    let (line, character) = position_of(&text, "plus longue frontière", false);
    let hover = c.call("textDocument/hover", at(&path, line, character + 5));
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.to_lowercase().contains("superlative"),
        "{markdown}"
    );
    assert!(
        markdown.contains(SEED_003),
        "the same claim in 003: {markdown}"
    );
}

#[test]
fn an_acronym_goes_to_its_spelled_out_name() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "002_c61638ce0868d39f.txt");
    c.open(&path, &text);
    let (line, character) = position_of(&text, "OTSC", false);
    let def = c.call("textDocument/definition", at(&path, line, character + 1));
    let (tl, tc) = position_of(&text, "Organisation du traité", false);
    assert_eq!(def[0]["targetUri"], uri_of(&path));
    assert_eq!(
        def[0]["targetSelectionRange"]["start"],
        json!({"line": tl, "character": tc})
    );
}

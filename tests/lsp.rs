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
fn rename_changes_one_form_across_the_corpus_and_nothing_else() {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (p3, t3) = read(dir.path(), SEED_003);
    c.open(&p3, &t3);
    let (line, character) = position_of(&t3, "Tokayev a réitéré", false);
    let prepared = c.call("textDocument/prepareRename", at(&p3, line, character + 1));
    assert_eq!(
        prepared["range"]["start"],
        json!({"line": line, "character": character})
    );
    assert_eq!(prepared["placeholder"], "Tokayev");
    let mut params = at(&p3, line, character + 1);
    params["newName"] = json!("Tokaïev");
    let edit = c.call("textDocument/rename", params);
    let changes = edit["changes"].as_object().unwrap();
    let in_003 = changes[&uri_of(&p3)].as_array().unwrap();
    assert_eq!(
        in_003.len(),
        t3.matches("Tokayev").count() - t3.matches("Jomart Tokayev").count()
    );
    assert!(in_003.iter().all(|e| e["newText"] == "Tokaïev"));
}

/// The byte offset of an LSP position counted in UTF-8 or UTF-16 units.
fn offset_of(text: &str, position: &Value, utf8: bool) -> usize {
    let line = position["line"].as_u64().unwrap() as usize;
    let mut column = position["character"].as_u64().unwrap() as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut at = start;
    for c in text[start..].chars() {
        if column == 0 || c == '\n' {
            break;
        }
        let width = if utf8 { c.len_utf8() } else { c.len_utf16() };
        assert!(width <= column, "a position inside « {c} »");
        column -= width;
        at += c.len_utf8();
    }
    at
}

/// `text` with the LSP text edits applied, their positions counted in UTF-8 or UTF-16.
fn apply(text: &str, edits: &[Value], utf8: bool) -> String {
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            let start = offset_of(text, &e["range"]["start"], utf8);
            let end = offset_of(text, &e["range"]["end"], utf8);
            (start, end, e["newText"].as_str().unwrap())
        })
        .collect();
    spans.sort_by_key(|&(start, ..)| std::cmp::Reverse(start));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, new);
    }
    out
}

#[test]
fn rename_offers_the_spelling_under_the_cursor_and_changes_only_it_in_utf8_and_utf16() {
    // Lines with « é », « ’ », non-breaking spaces and emoji before the names, so that a
    // column counted in the wrong unit shows.
    let a = "Visite 🇰🇿\n\n🙂 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit « oui ».\n";
    let b = "Réponse\n\nÀ Moscou, l’AFP 🎉 cite Kassym-Jomart Tokaïev\u{a0}: Tokayev a déclaré la paix.\n";
    for utf8 in [true, false] {
        let encoding = if utf8 { "utf-8" } else { "utf-16" };
        let dir = support::corpus::corpus_with(&[("a.txt", a), ("b.txt", b)]);
        let mut c = start(
            dir.path(),
            json!({"general": {"positionEncodings": [encoding]},
                   "textDocument": {"rename": {"prepareSupport": true}}}),
        );
        let (pa, _) = read(dir.path(), "a.txt");
        let (pb, _) = read(dir.path(), "b.txt");
        c.open(&pa, a);
        let (line, character) = position_of(a, "Tokaïev a parlé", utf8);
        let cursor = at(&pa, line, character + 3);
        let prepared = c.call("textDocument/prepareRename", cursor.clone());
        assert_eq!(
            prepared["placeholder"], "Kassym-Jomart Tokaïev",
            "{encoding}: the whole spelling under the cursor"
        );
        let range = &prepared["range"];
        let (start, end) = (
            offset_of(a, &range["start"], utf8),
            offset_of(a, &range["end"], utf8),
        );
        assert_eq!(
            &a[start..end],
            "Kassym-Jomart Tokaïev",
            "{encoding}: its range"
        );

        let mut params = cursor;
        params["newName"] = json!("Kassym-Jomart Tokayev");
        let edit = c.call("textDocument/rename", params);
        let changes = edit["changes"].as_object().unwrap();
        let edits_of = |p: &Path| changes[&uri_of(p)].as_array().unwrap().clone();
        assert_eq!(
            apply(a, &edits_of(&pa), utf8),
            a.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
            "{encoding}: a.txt"
        );
        assert_eq!(
            apply(b, &edits_of(&pb), utf8),
            b.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
            "{encoding}: b.txt, « Tokayev a déclaré » untouched"
        );
        assert_eq!(changes.len(), 2, "{encoding}: no other file");
    }
}

#[test]
fn rename_from_a_client_without_prepare_changes_the_word_under_the_cursor() {
    // eglot 1.9 never asks prepareRename and offers the word at point: « Tokaïev » typed
    // over as « Tokayev » must leave « Kassym-Jomart » where it is.
    let a = "Visite 🇰🇿\n\n🙂 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit.\n";
    let b = "Réponse\n\nÀ Moscou, l’AFP 🎉 cite Kassym-Jomart Tokaïev\u{a0}: Tokayev a déclaré.\n";
    let dir = support::corpus::corpus_with(&[("a.txt", a), ("b.txt", b)]);
    let mut c = start(dir.path(), json!({}));
    let (pa, _) = read(dir.path(), "a.txt");
    let (pb, _) = read(dir.path(), "b.txt");
    c.open(&pa, a);
    let (line, character) = position_of(a, "Tokaïev a parlé", false);
    let mut params = at(&pa, line, character + 3);
    params["newName"] = json!("Tokayev");
    let edit = c.call("textDocument/rename", params);
    let changes = edit["changes"].as_object().unwrap();
    let edits_of = |p: &Path| changes[&uri_of(p)].as_array().unwrap().clone();
    assert_eq!(
        apply(a, &edits_of(&pa), false),
        a.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev")
    );
    assert_eq!(
        apply(b, &edits_of(&pb), false),
        b.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev")
    );
}

/// A server on the seeds with seed 003 open, and the `entity-spelling` diagnostic there.
fn spelling_in_seed_003() -> (tempfile::TempDir, Client, PathBuf, String, Value) {
    let dir = seed_corpus();
    let mut c = start(dir.path(), push_client());
    let (p3, t3) = read(dir.path(), SEED_003);
    c.open(&p3, &t3);
    let diagnostics = c.diagnostics_where(&uri_of(&p3), |d| has_code(d, "entity-spelling"));
    let spelling = diagnostics
        .iter()
        .find(|d| d["code"] == "entity-spelling")
        .unwrap()
        .clone();
    (dir, c, p3, t3, spelling)
}

#[test]
fn a_spelling_gets_a_quick_fix_in_its_article() {
    let (_dir, mut c, p3, t3, spelling) = spelling_in_seed_003();
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri_of(&p3)}, "range": spelling["range"], "context": {"diagnostics": [spelling]}}),
    );
    let actions: Vec<&Value> = actions
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "quickfix")
        .collect();
    // « Tokayev » is only in 003: "in this article" (no other article to fix).
    assert_eq!(actions.len(), 1, "{actions:?}");
    let here = actions[0]["edit"]["changes"][uri_of(&p3)]
        .as_array()
        .unwrap();
    let misspelled = t3.matches("Tokayev").count();
    assert_eq!(here.len(), misspelled, "every « Tokayev » of the article");
    assert!(actions.iter().all(|a| a["kind"] == "quickfix"));
    let edits: Vec<&Value> = actions
        .iter()
        .flat_map(|a| a["edit"]["changes"].as_object().unwrap().values())
        .collect();
    assert!(
        edits
            .iter()
            .flat_map(|e| e.as_array().unwrap())
            .all(|e| e["newText"].as_str().unwrap().contains('ï'))
    );
}

#[test]
fn code_actions_answer_only_the_kinds_asked_for() {
    let (_dir, mut c, p3, _, spelling) = spelling_in_seed_003();
    let mut kinds_for = |only: Value| -> Vec<String> {
        let mut context = json!({"diagnostics": [spelling]});
        if !only.is_null() {
            context["only"] = only;
        }
        let actions = c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri_of(&p3)}, "range": spelling["range"], "context": context}),
        );
        let mut kinds: Vec<String> = actions
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["kind"].as_str().unwrap().to_string())
            .collect();
        kinds.dedup();
        kinds
    };
    // Unasked, the name gets both its spelling fix and the annotations it can be given.
    assert_eq!(kinds_for(Value::Null), ["quickfix", "refactor"]);
    assert_eq!(kinds_for(json!(["quickfix"])), ["quickfix"]);
    assert_eq!(kinds_for(json!(["refactor"])), ["refactor"]);
    assert_eq!(kinds_for(json!(["source"])), Vec::<String>::new());
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

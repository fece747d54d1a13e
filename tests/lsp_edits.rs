//! The edits the server proposes, through the real binary: rename one spelling (with and
//! without prepareRename, in UTF-8 and UTF-16) and the code actions of a spelling finding.
//! Every edit is applied to the text and the result compared whole.

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{at, has_code, push_client, read, seed_corpus, start};

const SEED_003: &str = "003_b21e87a935b8b5cf.txt";

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

//! The language server and what humans record: the knowledge base, fact-checks, brat
//! annotations moving with edits and offered back on save, code actions that write them.

mod support;

use serde_json::json;
use support::client::{position_of, uri_of};
use support::corpus::{at, corpus_with, has_code, push_client, read, seed_corpus, start};

const KB_TOML: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]]\nid = \"Q7747\"\nkind = \"person\"\nname = \"Vladimir Poutine\"\naliases = [\"Putin\"]\ndescription = \"Président de la Fédération de Russie depuis 2012\"\n";

#[test]
fn the_knowledge_base_describes_defines_and_takes_edits_live() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("attest.toml");
    std::fs::write(&toml, KB_TOML).unwrap();
    let article = "Titre\n\nÀ Astana, Putin a parlé à Zorglub.\n";
    let path = dir.path().join("a.txt");
    std::fs::write(&path, article).unwrap();
    let mut c = start(dir.path(), push_client());
    c.open(&path, article);
    let (line, character) = position_of(article, "Putin", false);
    let hover = c.call("textDocument/hover", at(&path, line, character + 1));
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("depuis 2012"),
        "{hover}"
    );
    let def = c.call("textDocument/definition", at(&path, line, character + 1));
    assert_eq!(def[0]["targetUri"], uri_of(&toml));
    assert_eq!(
        def[0]["targetSelectionRange"]["start"],
        json!({"line": 3, "character": 0})
    );

    // An [[entity]] typed into the open attest.toml takes effect before it is saved.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri_of(&toml), "languageId": "toml", "version": 1, "text": KB_TOML}}),
    );
    let added = "\n[[entity]]\nkind = \"organization\"\nname = \"Zorglub\"\ndescription = \"Un groupe imaginaire\"\n";
    let end = KB_TOML.lines().count() as u32;
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&toml), "version": 2},
               "contentChanges": [{"range": {"start": {"line": end, "character": 0}, "end": {"line": end, "character": 0}}, "text": added}]}),
    );
    let (line, character) = position_of(article, "Zorglub", false);
    let mut found = String::new();
    for _ in 0..50 {
        let hover = c.call("textDocument/hover", at(&path, line, character + 1));
        found = hover["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string();
        if found.contains("imaginaire") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(found.contains("imaginaire"), "{found}");
    // Its definition is the table in the editor's buffer, which the file on disk lacks.
    let def = c.call("textDocument/definition", at(&path, line, character + 1));
    assert_eq!(def[0]["targetUri"], uri_of(&toml));
    assert_eq!(
        def[0]["targetSelectionRange"]["start"],
        json!({"line": end + 1, "character": 0})
    );

    // A broken table is a diagnostic on attest.toml, at its line.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&toml), "version": 3},
               "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "[[entity]]\nkind = \"planet\"\nname = \"Mars\"\n"}]}),
    );
    let diagnostics = c.diagnostics_where(&uri_of(&toml), |d| has_code(d, "kb-invalid"));
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 0);
    // Three lines above it in the buffer, Putin's table is three lines down, as the
    // editor shows it (on disk it has not moved).
    let (line, character) = position_of(article, "Putin", false);
    let def = c.call("textDocument/definition", at(&path, line, character + 1));
    assert_eq!(
        def[0]["targetSelectionRange"]["start"],
        json!({"line": 6, "character": 0})
    );
}

#[test]
fn hover_on_a_reviewed_claim_shows_the_verdict() {
    let dir = seed_corpus();
    std::fs::create_dir(dir.path().join("reviews")).unwrap();
    std::fs::write(
        dir.path().join("reviews/afp.json"),
        r#"{"@type": "ClaimReview", "claimReviewed": "Plus de 80 % du brut kazakh transite par le territoire russe",
            "reviewRating": {"alternateName": "Plutôt faux"}, "author": {"name": "AFP Factuel"},
            "datePublished": "2024-11-28", "url": "https://factuel.afp.com/x"}"#,
    )
    .unwrap();
    let mut c = start(dir.path(), push_client());
    let (path, text) = read(dir.path(), "002_c61638ce0868d39f.txt");
    c.open(&path, &text);
    let diagnostics = c.diagnostics_where(&uri_of(&path), |d| has_code(d, "claim-refuted"));
    let refuted = diagnostics
        .iter()
        .find(|d| d["code"] == "claim-refuted")
        .unwrap();
    assert_eq!(refuted["severity"], 1);
    let (line, character) = position_of(&text, "plus de 80%", false);
    let hover = c.call("textDocument/hover", at(&path, line, character + 9));
    let markdown = hover["contents"]["value"].as_str().unwrap();
    for expected in [
        "Plutôt faux",
        "AFP Factuel",
        "2024-11-28",
        "https://factuel.afp.com/x",
    ] {
        assert!(markdown.contains(expected), "{expected} in {markdown}");
    }
}

#[test]
fn a_selection_is_annotated_through_a_workspace_edit_that_creates_the_ann() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("attest.toml"), "").unwrap();
    let article = "Titre\n\nÀ l’été 🇰🇿, Zorglub a parlé.\n";
    let path = dir.path().join("a.txt");
    std::fs::write(&path, article).unwrap();
    let mut c = start(
        dir.path(),
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
    );
    c.open(&path, article);
    let (line, character) = position_of(article, "Zorglub", false);
    let range = json!({"start": {"line": line, "character": character}, "end": {"line": line, "character": character + 7}});
    let actions = c.call("textDocument/codeAction", json!({"textDocument": {"uri": uri_of(&path)}, "range": range, "context": {"diagnostics": []}}));
    let org = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Annotate « Zorglub » as an organisation")
        .expect("annotate action");
    let ops = org["edit"]["documentChanges"].as_array().unwrap();
    assert_eq!(ops[0]["kind"], "create");
    let ann_uri = uri_of(&dir.path().join("a.ann"));
    assert_eq!(ops[0]["uri"], ann_uri);
    let inserted = ops[1]["edits"][0]["newText"].as_str().unwrap().to_string();
    let start = article[..article.find("Zorglub").unwrap()].chars().count();
    assert_eq!(
        inserted,
        format!("T1\tOrganization {start} {}\tZorglub\n", start + 7)
    );
    // The client applies it; the server sees the file and the annotation outranks the guess.
    std::fs::write(dir.path().join("a.ann"), &inserted).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": ann_uri, "type": 1}]}),
    );
    let mut markdown = String::new();
    for _ in 0..50 {
        let hover = c.call("textDocument/hover", at(&path, line, character + 1));
        markdown = hover["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string();
        if markdown.contains("organization") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(markdown.contains("organization"), "{markdown}");
}

#[test]
fn annotations_follow_edits_and_are_offered_back_on_save() {
    let text = "Titre\n\nÀ l’été 🇰🇿, Zorglub a visité Astana.\n";
    let points = |needle: &str, t: &str| {
        let s = t[..t.find(needle).unwrap()].chars().count();
        (s, s + needle.chars().count())
    };
    let (a, b) = points("Zorglub", text);
    let (c, d) = points("Astana", text);
    let ann = format!("T1\tOrganization {a} {b}\tZorglub\nT2\tLocation {c} {d}\tAstana\n");
    let dir = corpus_with(&[("a.txt", text), ("a.ann", &ann)]);
    let path = dir.path().join("a.txt");
    let mut c = start(dir.path(), json!({"workspace": {"applyEdit": true}}));
    c.open(&path, text);
    let uri = uri_of(&path);
    // Text typed before both names: the spans move, nothing is stale.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "Hier, "}]}),
    );
    let (l, ch) = position_of(text, "Zorglub", false);
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": l, "character": ch + 7}}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("organization"),
        "{hover}"
    );
    let diagnostics = c.diagnostics_where(&uri, |_| true);
    assert!(
        diagnostics.iter().all(|x| x["code"] != "annotation-stale"),
        "{diagnostics:?}"
    );
    // « Astana » rewritten: that annotation is stale, not moved onto other words.
    let (l, ch) = position_of(text, "Astana", false);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3},
               "contentChanges": [{"range": {"start": {"line": l, "character": ch + 6}, "end": {"line": l, "character": ch + 12}}, "text": "Almaty"}]}),
    );
    c.diagnostics_where(&uri, |d| d.iter().any(|x| x["code"] == "annotation-stale"));
    // Saved: the client is asked to write the moved offsets; this one says no.
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    let request = c
        .wait_for(|m| m["method"] == "workspace/applyEdit")
        .expect("asked to write the .ann");
    let edit =
        &request["params"]["edit"]["changes"][uri_of(&dir.path().join("a.ann"))][0]["newText"];
    let (a2, b2) = (a + 6, b + 6);
    assert!(
        edit.as_str()
            .unwrap()
            .starts_with(&format!("T1\tOrganization {a2} {b2}\tZorglub\n")),
        "{edit}"
    );
    let told = c
        .wait_for(|m| m["method"] == "window/showMessage")
        .expect("told");
    assert!(
        told["params"]["message"]
            .as_str()
            .unwrap()
            .contains("not updated")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.ann")).unwrap(),
        ann,
        "the file is as it was"
    );
}

/// The `.ann` open in the editor with lines of its own not saved: saving the article does
/// not write the moved offsets over them; the writer is told, and nothing is lost.
#[test]
fn moved_annotations_are_not_written_over_an_ann_with_unsaved_edits() {
    let text = "Titre\n\nÀ l’été 🇰🇿, Zorglub a visité Astana.\n";
    let at = text[..text.find("Zorglub").unwrap()].chars().count();
    let ann = format!("T1\tOrganization {at} {}\tZorglub\n", at + 7);
    let dir = corpus_with(&[("a.txt", text), ("a.ann", &ann)]);
    let (path, ann_path) = (dir.path().join("a.txt"), dir.path().join("a.ann"));
    let mut c = start(dir.path(), json!({"workspace": {"applyEdit": true}}));
    c.open(&path, text);
    c.open(&ann_path, &ann);
    // A line typed by hand into the .ann, not saved.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&ann_path), "version": 2},
               "contentChanges": [{"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "#1\tAnnotatorNotes T1\tà vérifier\n"}]}),
    );
    // Text typed before the name: its offsets move.
    let uri = uri_of(&path);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "Hier, "}]}),
    );
    c.diagnostics_where(&uri, |_| true);
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    let told = c
        .wait_for(|m| m["method"] == "window/showMessage" || m["method"] == "workspace/applyEdit")
        .expect("told");
    assert_eq!(told["method"], "window/showMessage", "{told}");
    let message = told["params"]["message"].as_str().unwrap();
    assert!(message.contains("a.ann has unsaved edits"), "{message}");
    assert_eq!(std::fs::read_to_string(&ann_path).unwrap(), ann);
}

/// An `.ann` opened in the editor (VS Code takes it for plain text) and closed is not an
/// article: its words are no entity of the corpus, and it gets no findings.
#[test]
fn an_ann_opened_and_closed_in_the_editor_is_not_checked_as_an_article() {
    let text = "Titre\n\nÀ l’été, Zorglub a visité Astana.\n";
    let at = text[..text.find("Zorglub").unwrap()].chars().count();
    let ann = format!(
        "T1\tOrganization {at} {}\tZorglub\n#1\tAnnotatorNotes T1\tvu avec Quorvath Ilsen à Brumeville\n",
        at + 7
    );
    let dir = corpus_with(&[("a.txt", text), ("a.ann", &ann)]);
    let (path, ann_path) = (dir.path().join("a.txt"), dir.path().join("a.ann"));
    let mut c = start(dir.path(), push_client());
    c.open(&ann_path, &ann);
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri_of(&ann_path)}}),
    );
    // The article opened and edited after: once its findings are back, every build the
    // .ann could have caused is done.
    c.open(&path, text);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&path), "version": 2},
               "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "Le "}]}),
    );
    c.diagnostics_where(&uri_of(&path), |_| true);
    let symbols = c.call("workspace/symbol", json!({"query": "Quorvath"}));
    assert_eq!(symbols, json!([]), "{symbols}");
    let zorglub = c.call("workspace/symbol", json!({"query": "Zorglub"}));
    assert!(
        zorglub.as_array().is_some_and(|s| !s.is_empty()),
        "{zorglub}"
    );
}

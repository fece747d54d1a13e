//! The corpus's boundaries: indexing never follows a link out of the corpus, no edit the
//! server proposes touches a file outside it, caps on file size, document count and
//! knowledge-base size each say so when reached, and nothing in a corpus file can make
//! Attest run a program or open a network connection.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use attest::corpus::Corpus;
use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{corpus_with, start};

const A: &str = "Titre\n\nLe président Kassym-Jomart Tokaïev a parlé à Astana.\n";
const SECRET: &str = "Secret\n\nHier, Tokaïev a reçu un rapport confidentiel.\n";

/// A corpus with `a.txt`, and beside it a folder outside the corpus holding `secret.txt`
/// and `dossier/autre.txt`, reached from inside by a link to the file and one to the folder.
fn corpus_with_links_out() -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = corpus_with(&[("a.txt", A)]);
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), SECRET).unwrap();
    std::fs::create_dir(outside.path().join("dossier")).unwrap();
    std::fs::write(outside.path().join("dossier/autre.txt"), SECRET).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("lien.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("dossier"), dir.path().join("dossier")).unwrap();
    (dir, outside)
}

fn names(corpus: &Corpus) -> Vec<String> {
    corpus
        .documents
        .iter()
        .map(|d| d.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn indexing_never_follows_a_link_out_of_the_corpus() {
    let (dir, _outside) = corpus_with_links_out();
    // A link that stays inside is followed as before.
    std::fs::create_dir(dir.path().join("2024")).unwrap();
    std::fs::write(dir.path().join("2024/b.txt"), A).unwrap();
    std::os::unix::fs::symlink(dir.path().join("2024"), dir.path().join("recent")).unwrap();
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    let paths: Vec<&Path> = corpus
        .documents
        .iter()
        .map(|d| d.path.strip_prefix(dir.path()).unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            Path::new("2024/b.txt"),
            Path::new("a.txt"),
            Path::new("recent/b.txt")
        ],
        "{:?}",
        corpus.notices
    );
    let out: Vec<_> = corpus
        .notices
        .iter()
        .filter(|n| n.message.contains("outside the corpus"))
        .collect();
    assert_eq!(out.len(), 2, "one notice per link: {:?}", corpus.notices);
    assert!(out.iter().any(|n| n.path.ends_with("lien.txt")));
    assert!(out.iter().any(|n| n.path.ends_with("dossier")));
}

#[test]
fn the_command_line_says_which_link_it_skipped() {
    let (dir, _outside) = corpus_with_links_out();
    let out = Command::new(env!("CARGO_BIN_EXE_attest"))
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stderr.contains("lien.txt") && stderr.contains("outside the corpus"),
        "{stderr}"
    );
    assert!(
        !stdout.contains("secret") && !stdout.contains("autre"),
        "{stdout}"
    );
}

/// Rename through an open link: the editor opened the link's path, which lies inside the
/// corpus folder; the file it leads to does not, and no edit may reach it.
#[test]
fn no_edit_the_server_proposes_reaches_through_a_link_out_of_the_corpus() {
    let (dir, _outside) = corpus_with_links_out();
    let root = dir.path().canonicalize().unwrap();
    let a = root.join("a.txt");
    let link = root.join("lien.txt");
    let mut c = start(&root, json!({}));
    c.open(&a, A);
    // uri_of resolves links: build the link's own address.
    let link_uri = format!("{}/lien.txt", uri_of(&root));
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": link_uri, "languageId": "plaintext", "version": 1, "text": SECRET}}),
    );
    let (l, ch) = position_of(A, "Tokaïev", false);
    let params =
        json!({"textDocument": {"uri": uri_of(&a)}, "position": {"line": l, "character": ch}});
    // The open link is part of the corpus as a document: references see it.
    let refs = c.call("textDocument/references", json!({"textDocument": params["textDocument"], "position": params["position"], "context": {"includeDeclaration": true}}));
    assert!(
        refs.as_array()
            .unwrap()
            .iter()
            .any(|r| r["uri"] == link_uri),
        "the open link is a document: {refs}"
    );
    let mut rename = params.clone();
    rename["newName"] = json!("Tokayev");
    let edit = c.call("textDocument/rename", rename);
    let files = edited_files(&edit);
    assert!(files.contains(&uri_of(&a)), "{edit}");
    assert!(
        !files.contains(&link_uri),
        "nothing through the link: {edit}"
    );
    assert!(
        c.wait_for(|m| m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains("lien.txt") && s.contains("outside the corpus")))
            .is_some(),
        "the left-out edit is logged"
    );
    // The code actions at the same place: the spelling fix everywhere too.
    let (l2, ch2) = position_of(SECRET, "Tokaïev", false);
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": link_uri},
               "range": {"start": {"line": l2, "character": ch2}, "end": {"line": l2, "character": ch2}},
               "context": {"diagnostics": []}}),
    );
    for action in actions.as_array().unwrap() {
        let files = edited_files(&action["edit"]);
        assert!(
            files
                .iter()
                .all(|f| f.starts_with(&uri_of(&root)) && *f != link_uri),
            "{action}"
        );
    }
    assert_eq!(std::fs::read_to_string(&link).unwrap(), SECRET);
}

fn edited_files(edit: &Value) -> Vec<String> {
    let mut out: Vec<String> = edit["changes"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    for change in edit["documentChanges"].as_array().into_iter().flatten() {
        for key in ["uri", "oldUri", "newUri"] {
            if let Some(u) = change[key].as_str() {
                out.push(u.to_string());
            }
        }
        if let Some(u) = change["textDocument"]["uri"].as_str() {
            out.push(u.to_string());
        }
    }
    out
}

#[test]
fn beyond_max_documents_the_rest_is_left_out_in_path_order_with_one_message() {
    let files: Vec<(String, String)> = (0..5)
        .map(|i| (format!("a{i}.txt"), format!("Titre {i}\n\nÀ Astana.\n")))
        .collect();
    let dir = corpus_with(&files);
    std::fs::write(
        dir.path().join("attest.toml"),
        "[corpus]\nmax_documents = 3\n",
    )
    .unwrap();
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(names(&corpus), ["a0.txt", "a1.txt", "a2.txt"]);
    let messages: Vec<&str> = corpus
        .notices
        .iter()
        .map(|n| n.message.as_str())
        .filter(|m| m.contains("max_documents"))
        .collect();
    assert_eq!(messages.len(), 1, "{:?}", corpus.notices);
    assert!(
        messages[0].contains("5 articles") && messages[0].contains("a3.txt"),
        "{}",
        messages[0]
    );

    // The server says so while indexing, and a new file on disk does not pass the cap.
    let mut c = start(
        dir.path(),
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
    );
    let logged = |m: &Value, needle: &str| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains(needle))
    };
    assert!(c.wait_for(|m| logged(m, "5 articles found")).is_some());
    let extra = dir.path().join("nouveau.txt");
    std::fs::write(
        &extra,
        "Titre\n\nSelon des sources proches du dossier, rien.\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri_of(&extra), "type": 1}]}),
    );
    assert!(
        c.wait_for(|m| logged(m, "nouveau.txt") && logged(m, "max_documents"))
            .is_some(),
        "a new article beyond the cap is named"
    );
}

#[test]
fn beyond_max_entities_the_knowledge_base_says_so_at_the_first_entry_left_out() {
    let kb: String = (0..4)
        .map(|i| format!("[[entity]]\nname = \"Personne {i}\"\nkind = \"person\"\n\n"))
        .collect();
    let toml = format!("[corpus]\nmax_entities = 2\n\n{kb}");
    let dir = corpus_with(&[("a.txt", A)]);
    std::fs::write(dir.path().join("attest.toml"), &toml).unwrap();
    let mut c = start(dir.path(), json!({}));
    let uri = uri_of(&dir.path().join("attest.toml"));
    let d = c.diagnostics_where(&uri, |d| !d.is_empty());
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["code"], "kb-invalid");
    assert!(
        d[0]["message"].as_str().unwrap().contains("max_entities"),
        "{d:?}"
    );
    let line = toml
        .lines()
        .position(|l| l == "name = \"Personne 2\"")
        .unwrap()
        - 1;
    assert_eq!(d[0]["range"]["start"]["line"], line, "at the third table");
}

#[test]
fn an_open_document_over_the_size_limit_is_not_checked_and_the_writer_is_told_once() {
    let dir = corpus_with(&[("a.txt", A)]);
    let big_path = dir.path().join("gros.txt");
    let big = format!(
        "Titre\n\n{}",
        "Selon des sources, tout va bien. ".repeat(100)
    );
    let mut c = Client::start(dir.path());
    c.initialize(
        dir.path(),
        json!({}),
        json!({"diagnostics": {"debounceMs": 0}, "maxFileSize": 1000}),
    );
    c.open(&big_path, &big);
    let told = |m: &Value| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains("gros.txt") && s.contains("maxFileSize"))
    };
    let shown = c.wait_for(told).expect("the writer is told");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("over the")
    );
    // An edit that keeps it too large says nothing more; the server answers about it.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&big_path), "version": 2},
               "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]}),
    );
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri_of(&big_path)}, "position": {"line": 2, "character": 3}}),
    );
    assert!(
        hover.get("error").is_none() && hover["result"].is_null(),
        "{hover}"
    );
    assert_eq!(c.seen.iter().filter(|m| told(m)).count(), 1);
    // Brought under the limit, it is checked.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&big_path), "version": 3},
               "contentChanges": [{"text": "Titre\n\nSelon des sources proches du dossier, rien.\n"}]}),
    );
    c.diagnostics_where(&uri_of(&big_path), |d| {
        d.iter().any(|x| x["code"] == "source-anonymous")
    });
}

#[test]
fn a_binary_article_opened_in_the_editor_is_not_checked_as_attest_check_skips_it() {
    // Findings galore, were it text; the NUL bytes make it binary for `attest check`.
    let binary = "Titre\n\nSelon des sources proches du dossier, rien.\n\u{0}\u{0}PK\u{3}\u{4}\n";
    let dir = corpus_with(&[("a.txt", A), ("image.txt", binary)]);
    let path = dir.path().join("image.txt");

    let check = Command::new(env!("CARGO_BIN_EXE_attest"))
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains("image.txt: skipped: binary file, not text"),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&check.stdout).contains("image.txt"));

    let mut c = start(dir.path(), json!({}));
    c.open(&path, binary);
    let told = |m: &Value| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains("image.txt") && s.contains("binary"))
    };
    c.wait_for(told).expect("the writer is told");
    // Diagnostics are published before the message, from the same build: none came.
    let uri = uri_of(&path);
    let findings = |m: &Value| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri.as_str()
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| !d.is_empty())
    };
    assert!(!c.seen.iter().any(findings), "no findings on a binary file");
    // Once the NUL bytes are gone, it is an article like any other.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": "Titre\n\nSelon des sources proches du dossier, rien.\n"}]}),
    );
    c.diagnostics_where(&uri, |d| d.iter().any(|x| x["code"] == "source-anonymous"));
}

/// The honest guard: no code in `src/` can start a program or open a connection, and the
/// dependencies that could are not there.
#[test]
fn no_code_can_run_a_program_or_open_a_connection() {
    let forbidden = [
        "process::Command",
        "Command::new(",
        "os::unix::process",
        "libc::",
        "TcpStream",
        "TcpListener",
        "UdpSocket",
        "UnixStream",
        "UnixListener",
        "UnixDatagram",
        "std::net",
        "tokio::net",
        "tokio::process",
        "reqwest",
        "ureq",
        "hyper",
        "curl",
        "webbrowser",
    ];
    let mut found = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for path in rust_files(&src) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            // `lsp::Command` is a command the editor shows, not a program.
            let line = line.replace("lsp::Command::new(", "");
            for f in forbidden.iter().filter(|f| line.contains(*f)) {
                found.push(format!("{}:{}: {f}", path.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    // Every dependencies table: the main one and the per-target ones.
    let dependencies: String = manifest
        .split("\n[")
        .filter(|table| {
            let header = table.lines().next().unwrap_or("");
            header.starts_with("dependencies]") || header.ends_with(".dependencies]")
        })
        .collect();
    assert!(dependencies.contains("lsp-server"), "{dependencies}");
    for name in [
        "reqwest",
        "ureq",
        "hyper",
        "curl",
        "\"net\"",
        "\"process\"",
        "\"full\"",
    ] {
        assert!(!dependencies.contains(name), "{name} in [dependencies]");
    }
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// A corpus full of addresses (ClaimReview urls, Wikidata references, Markdown links)
/// is read without one connection nor one program started, as `strace` sees it.
#[test]
fn a_corpus_full_of_addresses_opens_no_connection_and_runs_nothing() {
    let dir = corpus_with(&[
        (
            "a.md",
            "---\ntitle: Lien\nurl: https://example.org/article\n---\n\nSelon [l'AFP](https://factuel.afp.com/x), plus de 80 % du brut passe par la Russie. Voir <http://127.0.0.1:9/>.\n",
        ),
        ("b.txt", "Titre\n\nVladimir Poutine à Astana.\n"),
        (
            "b.ann",
            "T1\tPerson 7 23\tVladimir Poutine\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\n",
        ),
    ]);
    std::fs::write(
        dir.path().join("attest.toml"),
        "[[entity]]\nid = \"Q7747\"\nname = \"Vladimir Poutine\"\nwikidata = \"Q7747\"\nlinks = [\"https://www.wikidata.org/wiki/Q7747\", \"file:///etc/passwd\"]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("reviews")).unwrap();
    std::fs::write(
        dir.path().join("reviews/afp.json"),
        r#"{"@type": "ClaimReview", "url": "https://factuel.afp.com/review", "claimReviewed": "plus de 80 % du brut passe par la Russie", "reviewRating": {"alternateName": "Faux"}, "itemReviewed": {"appearance": [{"url": "http://127.0.0.1:9/"}]}}"#,
    )
    .unwrap();
    let trace = dir.path().join("trace.log");
    let traced = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=execve,socket,connect", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_attest"))
        .arg("check")
        .arg(dir.path())
        .output();
    let usable = traced.as_ref().is_ok_and(|o| {
        std::fs::read_to_string(&trace).is_ok_and(|t| t.contains("execve"))
            && o.status.code().is_some()
    });
    if !usable {
        eprintln!(
            "skipped: strace is not available or cannot trace here; the source scan above is the guard"
        );
        return;
    }
    let out = traced.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("claim-refuted"),
        "the review was read: {stdout}"
    );
    let log = std::fs::read_to_string(&trace).unwrap();
    let calls: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("execve(") || l.contains("socket(") || l.contains("connect("))
        .collect();
    assert_eq!(calls.len(), 1, "only attest itself was started: {calls:#?}");
    assert!(calls[0].contains("execve("), "{calls:#?}");
}

//! Faults while the server runs, each with the real binary on a temporary corpus: files
//! deleted, renamed, made unreadable or replaced by a folder while indexed or open;
//! `attest.toml` turning invalid then valid; a `.ann` edited on disk while its article is
//! open. After each fault the server still answers about the other documents, the right
//! diagnostics appear or clear, and the writer's open buffer is kept. A huge article
//! opened, and the client dying meanwhile: `lsp_huge.rs`.

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{
    at, has_code, read, seed_corpus, start_workspace, watching_the_disk, whole_workspace,
};

const SEED: &str = "000_0ebfb2c6ff608d17.txt";
const OTHER: &str = "003_b21e87a935b8b5cf.txt";
const FAULTY: &str = "Titre\n\nSelon des sources proches du dossier, tout va mal.\n";

/// A client that watches files (the server registers its watchers with it).
fn watching() -> Value {
    json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}})
}

/// The seed corpus plus `faute.txt` (an anonymous source), a server on it whose client
/// watches files, and the first diagnostics of `faute.txt` seen.
fn corpus_and_server() -> (tempfile::TempDir, Client) {
    let dir = seed_corpus();
    std::fs::write(dir.path().join("faute.txt"), FAULTY).unwrap();
    let mut c = start_workspace(dir.path(), watching());
    c.wait_for(|m| m["method"] == "client/registerCapability")
        .expect("watchers registered");
    let uri = uri_of(&dir.path().join("faute.txt"));
    c.diagnostics_where(&uri, |d| has_code(d, "source-anonymous"));
    (dir, c)
}

fn changed(c: &mut Client, events: &[(&Path, u8)]) {
    let changes: Vec<Value> = events
        .iter()
        .map(|(p, kind)| json!({"uri": uri_of(p), "type": kind}))
        .collect();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": changes}),
    );
}

/// The server still answers about another document: hover, definition and references on
/// « Tokaïev » in a seed.
fn still_answers(c: &mut Client, dir: &Path) {
    let (path, text) = read(dir, SEED);
    let (l, ch) = position_of(&text, "Tokaïev", false);
    let hover = c.call("textDocument/hover", at(&path, l, ch + 1));
    assert!(
        hover["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("Tokaïev")),
        "{hover}"
    );
    let def = c.call("textDocument/definition", at(&path, l, ch + 1));
    assert!(def.as_array().is_some_and(|d| !d.is_empty()), "{def}");
    let mut params = at(&path, l, ch + 1);
    params["context"] = json!({"includeDeclaration": true});
    let refs = c.call("textDocument/references", params);
    assert!(refs.as_array().is_some_and(|r| r.len() >= 2), "{refs}");
}

fn logged(m: &Value, needles: &[&str]) -> bool {
    m["method"] == "window/logMessage"
        && m["params"]["message"]
            .as_str()
            .is_some_and(|s| needles.iter().all(|n| s.contains(n)))
}

#[test]
fn a_file_deleted_while_indexed_leaves_the_corpus() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("faute.txt");
    std::fs::remove_file(&path).unwrap();
    changed(&mut c, &[(&path, 3)]);
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    let symbols = c.call("workspace/symbol", json!({"query": "sources"}));
    assert!(!symbols.to_string().contains("faute.txt"), "{symbols}");
    still_answers(&mut c, dir.path());
}

/// The same without a client that watches files: the server watches the disk itself.
#[test]
fn a_file_deleted_is_seen_by_the_servers_own_watch_too() {
    let dir = seed_corpus();
    let path = dir.path().join("faute.txt");
    std::fs::write(&path, FAULTY).unwrap();
    let mut c = start_workspace(dir.path(), json!({}));
    c.diagnostics_where(&uri_of(&path), |d| has_code(d, "source-anonymous"));
    watching_the_disk(&mut c);
    std::fs::remove_file(&path).unwrap();
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    still_answers(&mut c, dir.path());
}

#[test]
fn a_file_deleted_while_open_keeps_its_buffer_until_closed() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("faute.txt");
    let uri = uri_of(&path);
    let buffer = format!("{FAULTY}Une ligne tapée, pas encore enregistrée.\n");
    c.open(&path, FAULTY);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": buffer}]}),
    );
    std::fs::remove_file(&path).unwrap();
    changed(&mut c, &[(&path, 3)]);
    // The buffer is the writer's: still held, still checked.
    assert_eq!(c.call("attest/text", json!({"uri": uri})), json!(buffer));
    let (l, ch) = position_of(&buffer, "tapée", false);
    let r = c.request("textDocument/hover", at(&path, l, ch));
    assert!(r.get("error").is_none(), "{r}");
    c.diagnostics_where(&uri, |d| has_code(d, "source-anonymous"));
    still_answers(&mut c, dir.path());
    // Closed, it is gone with its file.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    c.diagnostics_where(&uri, |d| d.is_empty());
}

#[test]
fn a_file_renamed_on_disk_takes_its_findings_along() {
    let (dir, mut c) = corpus_and_server();
    let old = dir.path().join("faute.txt");
    let new = dir.path().join("renommé.txt");
    std::fs::rename(&old, &new).unwrap();
    changed(&mut c, &[(&old, 3), (&new, 1)]);
    c.diagnostics_where(&uri_of(&old), |d| d.is_empty());
    c.diagnostics_where(&uri_of(&new), |d| has_code(d, "source-anonymous"));
    still_answers(&mut c, dir.path());
}

/// chmod 000 stops everyone but root: as root, the server runs as `nobody` (setpriv).
#[test]
fn a_file_made_unreadable_is_named_and_dropped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = seed_corpus();
    let path = dir.path().join("faute.txt");
    std::fs::write(&path, FAULTY).unwrap();
    let root_user = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false);
    let mut c = if root_user {
        // Readable by nobody but its own files: the corpus folder opened to everyone.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut setpriv = std::process::Command::new("setpriv");
        setpriv.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        if std::process::Command::new("setpriv")
            .arg("--version")
            .output()
            .is_err()
        {
            eprintln!("skipped: running as root and setpriv is not available");
            return;
        }
        let mut c = Client::start_with(setpriv, dir.path());
        c.initialize(dir.path(), watching(), whole_workspace());
        c
    } else {
        start_workspace(dir.path(), watching())
    };
    c.diagnostics_where(&uri_of(&path), |d| has_code(d, "source-anonymous"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    changed(&mut c, &[(&path, 2)]);
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    assert!(
        c.wait_for(|m| logged(m, &["faute.txt", "cannot read"]))
            .is_some()
    );
    still_answers(&mut c, dir.path());
}

/// Readable by nobody, root included: a link whose target is gone.
#[test]
fn a_file_replaced_by_a_broken_link_is_named_and_dropped() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("faute.txt");
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(dir.path().join("disparu.txt"), &path).unwrap();
    changed(&mut c, &[(&path, 2)]);
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    assert!(
        c.wait_for(|m| logged(m, &["faute.txt", "cannot read"]))
            .is_some()
    );
    still_answers(&mut c, dir.path());
}

/// A named pipe has no end to read to: reading it would hold the builder for good.
#[test]
fn a_file_replaced_by_a_named_pipe_is_skipped_not_read() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("faute.txt");
    std::fs::remove_file(&path).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    changed(&mut c, &[(&path, 2)]);
    c.diagnostics_where(&uri_of(&path), |d| d.is_empty());
    assert!(
        c.wait_for(|m| logged(m, &["faute.txt", "not a regular file"]))
            .is_some()
    );
    // The builder is free: an edit elsewhere is checked.
    let (other, text) = read(dir.path(), OTHER);
    c.open(&other, &text);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&other), "version": 2}, "contentChanges": [{"text": FAULTY}]}),
    );
    c.diagnostics_where(&uri_of(&other), |d| has_code(d, "source-anonymous"));
    still_answers(&mut c, dir.path());
}

#[test]
fn a_file_replaced_by_a_folder_is_dropped_and_the_folder_read() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("faute.txt");
    let uri = uri_of(&path);
    c.open(&path, FAULTY);
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    let inner = path.join("dedans.txt");
    std::fs::write(&inner, FAULTY).unwrap();
    changed(&mut c, &[(&path, 2), (&inner, 1)]);
    // Open, its buffer is kept; the article inside the new folder is read.
    c.diagnostics_where(&uri_of(&inner), |d| has_code(d, "source-anonymous"));
    assert_eq!(c.call("attest/text", json!({"uri": uri})), json!(FAULTY));
    // Closed, the folder is no article.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    c.diagnostics_where(&uri, |d| d.is_empty());
    assert!(
        c.wait_for(|m| logged(m, &["faute.txt", "not a regular file"]))
            .is_some()
    );
    still_answers(&mut c, dir.path());
}

const BROKEN_TOML: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]\nname = \"Poutine\"\n";
const FIXED_TOML: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]]\nname = \"Poutine\"\n";

fn settings_break_and_mend(c: &mut Client, dir: &Path, notify: bool) {
    let toml = dir.join("attest.toml");
    let uri = uri_of(&toml);
    std::fs::write(&toml, BROKEN_TOML).unwrap();
    if notify {
        changed(c, &[(&toml, 2)]);
    }
    let d = c.diagnostics_where(&uri, |d| has_code(d, "kb-invalid"));
    assert_eq!(
        d[0]["range"]["start"]["line"], 3,
        "at the broken line: {d:?}"
    );
    still_answers(c, dir);
    // The articles keep their findings meanwhile.
    let faute = uri_of(&dir.join("faute.txt"));
    c.diagnostics_where(&faute, |d| has_code(d, "source-anonymous"));
    std::fs::write(&toml, FIXED_TOML).unwrap();
    if notify {
        changed(c, &[(&toml, 2)]);
    }
    c.diagnostics_where(&uri, |d| d.is_empty());
    still_answers(c, dir);
}

#[test]
fn attest_toml_turning_invalid_then_valid_is_reported_then_cleared() {
    let (dir, mut c) = corpus_and_server();
    settings_break_and_mend(&mut c, dir.path(), true);
}

#[test]
fn attest_toml_deleted_leaves_defaults_and_a_serving_server() {
    let (dir, mut c) = corpus_and_server();
    let toml = dir.path().join("attest.toml");
    std::fs::write(&toml, BROKEN_TOML).unwrap();
    changed(&mut c, &[(&toml, 2)]);
    c.diagnostics_where(&uri_of(&toml), |d| has_code(d, "kb-invalid"));
    std::fs::remove_file(&toml).unwrap();
    changed(&mut c, &[(&toml, 3)]);
    c.diagnostics_where(&uri_of(&toml), |d| d.is_empty());
    still_answers(&mut c, dir.path());
    let faute = uri_of(&dir.path().join("faute.txt"));
    c.diagnostics_where(&faute, |d| has_code(d, "source-anonymous"));
}

/// A link leading out of the corpus, made after indexing and reported by the client: the
/// file behind it is not read.
#[test]
fn a_link_out_of_the_corpus_made_while_indexed_is_not_followed() {
    let (dir, mut c) = corpus_and_server();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), FAULTY).unwrap();
    let link = dir.path().join("lien.txt");
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), &link).unwrap();
    let link_uri = format!("{}/lien.txt", uri_of(dir.path()));
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": link_uri, "type": 1}]}),
    );
    assert!(
        c.wait_for(|m| logged(m, &["lien.txt", "outside the corpus"]))
            .is_some()
    );
    still_answers(&mut c, dir.path());
    assert!(
        !c.seen
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == link_uri),
        "nothing published for the file behind the link"
    );
}

/// A folder of articles deleted, then another moved in whole, without a client that
/// watches files: the system tells of the folders, not of each file, and each article
/// under them leaves or joins the corpus.
#[test]
fn a_folder_deleted_or_moved_in_takes_its_articles_along() {
    let dir = seed_corpus();
    let sub = dir.path().join("dossier");
    std::fs::create_dir(&sub).unwrap();
    let inside = sub.join("faute.txt");
    std::fs::write(&inside, FAULTY).unwrap();
    let mut c = start_workspace(dir.path(), json!({}));
    c.diagnostics_where(&uri_of(&inside), |d| has_code(d, "source-anonymous"));
    watching_the_disk(&mut c);
    std::fs::remove_dir_all(&sub).unwrap();
    c.diagnostics_where(&uri_of(&inside), |d| d.is_empty());
    // Written outside the corpus, then moved in at once.
    let elsewhere = tempfile::tempdir().unwrap();
    let staged = elsewhere.path().join("arrivee");
    std::fs::create_dir(&staged).unwrap();
    std::fs::write(staged.join("faute.txt"), FAULTY).unwrap();
    let arrived = dir.path().join("arrivee");
    std::fs::rename(&staged, &arrived).unwrap();
    c.diagnostics_where(&uri_of(&arrived.join("faute.txt")), |d| {
        has_code(d, "source-anonymous")
    });
    still_answers(&mut c, dir.path());
}

/// The same without a client that watches files: the server watches the disk itself.
#[test]
fn attest_toml_turning_invalid_then_valid_is_seen_by_the_servers_own_watch() {
    let dir = seed_corpus();
    std::fs::write(dir.path().join("faute.txt"), FAULTY).unwrap();
    let mut c = start_workspace(dir.path(), json!({}));
    c.diagnostics_where(&uri_of(&dir.path().join("faute.txt")), |d| {
        has_code(d, "source-anonymous")
    });
    watching_the_disk(&mut c);
    settings_break_and_mend(&mut c, dir.path(), false);
}

const CLAIM: &str = "Titre\n\nPlus de 80 % du brut kazakh passe par la Russie.\n";

/// The `.ann` of `CLAIM` marking its unsourced claim disputed, found from the diagnostic.
fn disputed_ann(c: &mut Client, uri: &str, text: &str) -> String {
    let d = c.diagnostics_where(uri, |d| has_code(d, "claim-unsourced"));
    let claim = d.iter().find(|x| x["code"] == "claim-unsourced").unwrap();
    let line = claim["range"]["start"]["line"].as_u64().unwrap() as usize;
    let line_start: usize = text.lines().take(line).map(|l| l.chars().count() + 1).sum();
    // The text is ASCII on that line: UTF-16 columns are code points.
    let a = line_start + claim["range"]["start"]["character"].as_u64().unwrap() as usize;
    let b = line_start + claim["range"]["end"]["character"].as_u64().unwrap() as usize;
    let words: String = text.chars().skip(a).take(b - a).collect();
    format!("T1\tClaim {a} {b}\t{words}\nA1\tStatus T1 Disputed\n")
}

#[test]
fn an_ann_edited_on_disk_while_its_article_is_open_is_taken_up() {
    let (dir, mut c) = corpus_and_server();
    let path = dir.path().join("chiffre.txt");
    std::fs::write(&path, CLAIM).unwrap();
    changed(&mut c, &[(&path, 1)]);
    let uri = uri_of(&path);
    c.open(&path, CLAIM);
    let ann = disputed_ann(&mut c, &uri, CLAIM);
    let ann_path = dir.path().join("chiffre.ann");
    std::fs::write(&ann_path, &ann).unwrap();
    changed(&mut c, &[(&ann_path, 1)]);
    c.diagnostics_where(&uri, |d| has_code(d, "claim-disputed"));

    // Now with unsaved edits that moved the annotations: the file on disk wins, and the
    // writer is told; the buffer is untouched.
    let edited = format!("Titre\n\nHier. {}", &CLAIM["Titre\n\n".len()..]);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "Hier. "}]}),
    );
    c.diagnostics_where(&uri, |d| has_code(d, "claim-disputed"));
    std::fs::write(
        &ann_path,
        format!("{ann}#1\tAnnotatorNotes T1\tvu par l’AFP\n"),
    )
    .unwrap();
    changed(&mut c, &[(&ann_path, 2)]);
    let told = c
        .wait_for(|m| {
            m["method"] == "window/showMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|s| s.contains("chiffre.ann") && s.contains("unsaved"))
        })
        .expect("the writer is told the file on disk was taken");
    assert!(
        told["params"]["message"]
            .as_str()
            .unwrap()
            .contains("file on disk")
    );
    assert_eq!(c.call("attest/text", json!({"uri": uri})), json!(edited));
    // The offsets on disk refer to the saved text: against the buffer they are stale.
    c.diagnostics_where(&uri, |d| {
        has_code(d, "annotation-stale") || has_code(d, "claim-disputed")
    });
    still_answers(&mut c, dir.path());
}

/// Whether `glob` (`**/` then a path whose last part may hold one `*`, as the server
/// registers them) matches the corpus-relative `path`.
fn glob_matches(glob: &str, path: &str) -> bool {
    let pattern = glob.strip_prefix("**/").unwrap_or(glob);
    let (dirs, last) = pattern.rsplit_once('/').unwrap_or(("", pattern));
    let (path_dirs, name) = path.rsplit_once('/').unwrap_or(("", path));
    let dirs_match =
        dirs.is_empty() || path_dirs == dirs || path_dirs.ends_with(&format!("/{dirs}"));
    let name_matches = match last.split_once('*') {
        Some((head, tail)) => name.starts_with(head) && name.ends_with(tail),
        None => name == last,
    };
    dirs_match && name_matches
}

/// A client that watches files for the server (VS Code) reports only what the registered
/// globs cover: every kind of file the server reads must be among them, fact-checks in
/// `reviews/` too (a fact-check saved there changes the claims' findings).
#[test]
fn the_registered_watchers_cover_every_file_the_server_reads() {
    let dir = seed_corpus();
    let mut c = start_workspace(dir.path(), watching());
    let registration = c
        .wait_for(|m| m["method"] == "client/registerCapability")
        .expect("watchers registered");
    let globs: Vec<&str> =
        registration["params"]["registrations"][0]["registerOptions"]["watchers"]
            .as_array()
            .expect("watchers")
            .iter()
            .filter_map(|w| w["globPattern"].as_str())
            .collect();
    for path in [
        "article.txt",
        "desk/article.md",
        "desk/article.ann",
        "attest.toml",
        "kb/people.toml",
        "reviews/checks.json",
    ] {
        assert!(
            globs.iter().any(|g| glob_matches(g, path)),
            "{path} is not watched: {globs:?}"
        );
    }
    assert!(!glob_matches("**/reviews/*.json", "desk/notes.json"));
}

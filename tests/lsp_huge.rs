//! A huge article opened while the server runs, with the real binary on a temporary
//! corpus: the other documents are answered while it is analysed, and its own diagnostics
//! come once it is; a client that dies while one is analysed ends the server at once.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::client::{Client, position_of, uri_of};
use support::corpus::{at, has_code, read, seed_corpus, start_workspace};

const SEED: &str = "000_0ebfb2c6ff608d17.txt";
const FAULTY: &str = "Titre\n\nSelon des sources proches du dossier, tout va mal.\n";

/// About `megabytes` MB of French paragraphs from the seeds.
fn huge_text(megabytes: usize) -> String {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paragraphs = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(seeds)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for p in names {
        let text = std::fs::read_to_string(p).unwrap();
        paragraphs.extend(
            text.split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        );
    }
    let mut out = String::from("Un très long article\n\n");
    let mut i = 0;
    while out.len() < megabytes * 1_000_000 {
        out.push_str(&paragraphs[i % paragraphs.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// The size of the huge article: 50 MB as the issue asks with `ATTEST_HUGE_MB=50`; less by
/// default, since a debug build analyses 50 MB in minutes.
fn huge_megabytes() -> usize {
    std::env::var("ATTEST_HUGE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6)
}

fn huge_corpus(megabytes: usize) -> tempfile::TempDir {
    let dir = seed_corpus();
    let limit = (megabytes as u64 + 10) * 1_000_000;
    std::fs::write(
        dir.path().join("attest.toml"),
        format!("[corpus]\nlanguage = \"fr\"\nmax_file_size = {limit}\n"),
    )
    .unwrap();
    dir
}

fn huge_server(dir: &Path, megabytes: usize) -> Client {
    let limit = (megabytes as u64 + 10) * 1_000_000;
    let mut c = Client::start(dir);
    c.initialize(
        dir,
        json!({}),
        json!({"diagnostics": {"debounceMs": 0, "scope": "workspace"}, "maxFileSize": limit}),
    );
    c.diagnostics_where(&uri_of(&dir.join(SEED)), |_| true);
    c
}

/// A server on a copy of the seeds whose size limit lets a huge article in, with one
/// (`long.txt`, unsaved) just opened.
struct Opened {
    mb: usize,
    dir: tempfile::TempDir,
    c: Client,
    path: PathBuf,
    uri: String,
    /// When the article was sent, and how long sending it took.
    at: Instant,
    sent: Duration,
}

fn huge_article_opened() -> Opened {
    let mb = huge_megabytes();
    let dir = huge_corpus(mb);
    let mut c = huge_server(dir.path(), mb);
    let huge = huge_text(mb);
    let path = dir.path().join("long.txt");
    let uri = uri_of(&path);
    let at = Instant::now();
    c.open(&path, &huge);
    let sent = at.elapsed();
    Opened {
        mb,
        dir,
        c,
        path,
        uri,
        at,
        sent,
    }
}

#[test]
fn while_a_huge_article_is_analysed_other_documents_are_answered() {
    let Opened {
        mb,
        dir,
        mut c,
        uri,
        at: opened,
        sent,
        ..
    } = huge_article_opened();
    // Hover on a seed, again and again, until the huge article's diagnostics are out.
    let (seed, text) = read(dir.path(), SEED);
    let (l, ch) = position_of(&text, "Tokaïev", false);
    let published =
        |m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
    // The first hover waits behind the didOpen message itself (one ordered stream); the
    // last may wait behind the huge diagnostics on their way out. The others are answered
    // while the article is analysed.
    let mut first = None;
    let mut during = Vec::new();
    let mut crossing = None;
    while !c.seen.iter().any(published) && opened.elapsed() < Duration::from_secs(900) {
        let t = Instant::now();
        let hover = c.call("textDocument/hover", at(&seed, l, ch + 1));
        let took = t.elapsed();
        assert!(
            hover["contents"]["value"]
                .as_str()
                .is_some_and(|v| v.contains("Tokaïev"))
        );
        if first.is_none() {
            first = Some(took);
        } else if c.seen.iter().any(published) {
            crossing = Some(took);
        } else {
            during.push(took);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let done = c.wait_for_within(Duration::from_secs(900), published);
    let analysed = opened.elapsed();
    assert!(done.is_some(), "the huge article was checked");
    during.sort();
    let max = during.last().copied().unwrap_or_default();
    let median = during.get(during.len() / 2).copied().unwrap_or_default();
    eprintln!(
        "{mb} MB article: sent in {sent:?}, its diagnostics received after {analysed:?}; first hover (behind the didOpen) {first:?}; {} hovers on another article during the analysis, median {median:?}, max {max:?}; the one crossing the publication {crossing:?}",
        during.len()
    );
    // Answered during the analysis, not after it: many answers, none slow.
    assert!(during.len() >= 3, "{during:?}");
    assert!(max < Duration::from_secs(5), "{during:?}");
    for t in first.into_iter().chain(crossing) {
        assert!(t < Duration::from_secs(20), "{t:?}");
    }
}

#[test]
fn a_newer_version_of_a_huge_article_supersedes_the_one_being_analysed() {
    // The folder bound (`_dir`), not dropped with the fields left out.
    let Opened {
        mb,
        dir: _dir,
        mut c,
        path,
        uri,
        at: opened,
        ..
    } = huge_article_opened();
    // Let its analysis start (a debug build takes seconds per MB), then replace it whole.
    std::thread::sleep(Duration::from_secs(3));
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": FAULTY}]}),
    );
    // Its reply proves the server has taken version 2 (messages are handled in order): a
    // publication of version 1 read before it may have been decided before, one read after
    // it is stale. (A fast machine may finish version 1 within the 3 s.)
    assert_eq!(c.call("attest/text", json!({"uri": uri})), json!(FAULTY));
    let taken = c.seen.len();
    let v2 = c.wait_for_within(Duration::from_secs(600), |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["version"] == 2
    });
    eprintln!(
        "{mb} MB article replaced: version 2 checked after {:?}",
        opened.elapsed()
    );
    assert!(v2.is_some(), "version 2 checked");
    assert!(has_code(
        v2.unwrap()["params"]["diagnostics"].as_array().unwrap(),
        "source-anonymous"
    ));
    let _ = c.call("textDocument/hover", at(&path, 0, 0));
    let old: Vec<&Value> = c.seen[taken..]
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] != 2
        })
        .collect();
    assert!(
        old.is_empty(),
        "no version 1 published once version 2 was taken: {old:?}"
    );
}

/// The children of a process, from /proc.
fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for t in tasks.flatten() {
        let list = std::fs::read_to_string(t.path().join("children")).unwrap_or_default();
        out.extend(
            list.split_whitespace()
                .filter_map(|n| n.parse::<u32>().ok()),
        );
    }
    out
}

#[test]
fn a_client_dying_mid_request_ends_the_server_at_once_with_no_child_left() {
    let dir = seed_corpus();
    let huge = huge_text(4);
    let path = dir.path().join("long.txt");
    let mut c = start_workspace(dir.path(), json!({}));
    c.diagnostics_where(&uri_of(&dir.path().join(SEED)), |_| true);
    // A request that waits: a hover on an article whose analysis is under way.
    c.open(&path, &huge);
    let _ = c.send_request("textDocument/hover", at(&path, 2, 3));
    let _ = c.send_request("workspace/symbol", json!({"query": "a"}));
    let pid = c.child.id();
    assert!(children(pid).is_empty(), "attest lsp starts no process");
    c.close_stdin();
    let took = c.wait_exit(Duration::from_secs(5));
    eprintln!("exit after standard input closed: {took:?}");
    let took = took.expect("exited after stdin closed");
    assert!(took < Duration::from_secs(5));
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{pid}/stat")).is_err(),
        "no process left"
    );
}

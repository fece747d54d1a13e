//! Diagnostics, in one place: made from a corpus's findings with the editor's severities
//! (as JSON written by `diagnostics_json`, pushed or pulled) and fingerprinted, so that a
//! document's are pushed only when they changed since last published, tagged with the
//! version they are of — for a build's edited documents ahead of its install
//! (`publish_first`) and for the others after it
//! (`of_build`, `after_install`) — or pulled (`pull`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ls_types as lsp;

use super::Snapshot;
use super::client::{Client, diagnostics_body};
use super::convert;
use super::diagnostics_json;
use super::diagnostics_json::Places;
use super::settings::{Scope, Settings};
use super::workspace::{Workspace, lock};
use crate::corpus::Corpus;
use crate::session::Built;
use crate::text::Encoding;

/// Diagnostics to push: the document's URI, its diagnostics as a JSON array, the version
/// they are of.
pub(super) type Publication = (lsp::Uri, Vec<u8>, Option<i32>);

/// The diagnostics of a build that changed, by document, as JSON with their hash, kept for
/// the install (`of_build`, `after_install`).
pub(super) type Computed = Vec<(usize, Vec<u8>, u64)>;

/// The diagnostics of document `d` of the corpus of `places`, with the editor's severities
/// over the corpus's, appended to `out` as the JSON array that is pushed
/// (`diagnostics_json`); their fingerprint.
fn json_of(
    settings: &Settings,
    encoding: Encoding,
    places: &mut Places,
    d: usize,
    out: &mut Vec<u8>,
) -> u64 {
    let mut findings = places.corpus().findings_of(d);
    settings.override_severities(&mut findings);
    let start = out.len();
    diagnostics_json::write(places, d, &findings, encoding, out);
    diagnostics_json::hash(&out[start..])
}

/// Publishes an edited document's diagnostics ahead of the install, unless a newer edit
/// came meanwhile (its patch may already be out: versions must not go backwards, hence
/// the lock held while the frame is queued).
pub(super) fn publish_first(
    state: &Mutex<Workspace>,
    client: &Client,
    path: &std::path::Path,
    version: i32,
    diagnostics: &[u8],
    hash: u64,
) {
    let Some(uri) = convert::uri_of(path) else {
        return;
    };
    let body = diagnostics_body(&uri, diagnostics, Some(version));
    let mut ws = lock(state);
    if ws.session.open.get(path).map(|d| d.version) != Some(version) {
        return;
    }
    ws.published.insert(path.to_path_buf(), hash);
    client.send(body);
}

/// The diagnostics of a build's corpus that changed since last published, for push
/// clients: the edited documents first (sent at once, ahead of the install, through
/// `client` if given), then the other open ones, then, when the writer asked for the whole
/// workspace, the rest (returned for `after_install`). Computed outside the workspace lock: a
/// huge article's diagnostics take long. `None` when `stop` said to stop.
pub(super) fn of_build(
    state: &Mutex<Workspace>,
    b: &Built,
    stop: &(dyn Fn() -> bool + Sync),
    client: Option<&Client>,
) -> Option<Computed> {
    let ws = lock(state);
    let open: HashSet<PathBuf> = ws.session.open.keys().cloned().collect();
    let (settings, flags) = (ws.settings.clone(), ws.flags);
    drop(ws);
    let Some(corpus) = b.corpus.clone().filter(|_| !flags.pull_diagnostics) else {
        return Some(Computed::new());
    };
    let mut places = Places::new(&corpus);
    let documents = &corpus.documents;
    // After a patch, the edited articles': a keystroke costs its article, and the others'
    // findings wait for the whole build owed once the typing stops. Else the open ones,
    // found by path (not the corpus searched for them), or every one when the writer asked
    // for the whole workspace.
    let mut order: Vec<usize> = match settings.scope {
        _ if corpus.is_patched() => (b.versions.keys())
            .filter_map(|p| corpus.document(p))
            .collect(),
        Scope::Workspace => (0..documents.len()).collect(),
        Scope::OpenFiles => open.iter().filter_map(|p| corpus.document(p)).collect(),
    };
    order.sort_by_key(|&d| {
        let path = &documents[d].path;
        (!b.versions.contains_key(path), !open.contains(path), d)
    });
    let edited = (order.iter())
        .take_while(|&&d| b.versions.contains_key(&documents[d].path))
        .count();
    let mut diagnostics = Vec::new();
    for (n, &d) in order.iter().enumerate() {
        if stop() {
            return None;
        }
        let path = &documents[d].path;
        let version = b.versions.get(path).copied();
        let mut computed = Vec::new();
        let hash = json_of(&settings, flags.encoding, &mut places, d, &mut computed);
        // Only what changed is kept: a whole rebuild of a large corpus must not hold
        // every document's diagnostics at once.
        if lock(state).published.get(path) == Some(&hash) {
            continue;
        }
        match (client, version) {
            (Some(client), Some(version)) if n < edited => {
                publish_first(state, client, path, version, &computed, hash);
            }
            _ => diagnostics.push((d, computed, hash)),
        }
    }
    Some(diagnostics)
}

/// After `previous` gave way to the new corpus of root `root`: the diagnostics to push —
/// cleared for the documents and side files gone, and for the articles no longer open when
/// only open ones are shown; the side files' that changed; the build's own (`diagnostics`,
/// from `of_build`) that changed, only for the version just built.
pub(super) fn after_install(
    ws: &mut Workspace,
    root: usize,
    previous: &Corpus,
    diagnostics: Computed,
) -> Vec<Publication> {
    let mut publish = Vec::new();
    let corpus = ws.session.roots[root].corpus.clone();
    let mut clear = |ws: &mut Workspace, path: &Path| {
        if ws.published.remove(path).is_some()
            && let Some(uri) = convert::uri_of(path)
        {
            publish.push((uri, b"[]".to_vec(), None));
        }
    };
    // Documents gone from the corpus, and articles no longer open when only open ones are
    // shown (closed, or the scope just narrowed): their diagnostics leave the editor. What
    // was published is looked at, not the corpus: a keystroke costs what is shown.
    let shown: Vec<PathBuf> = ws.published.keys().cloned().collect();
    for path in shown {
        let gone = previous.document(&path).is_some() && corpus.document(&path).is_none();
        let closed = ws.settings.scope == Scope::OpenFiles
            && !ws.session.open.contains_key(&path)
            && corpus.document(&path).is_some();
        if gone || closed {
            clear(ws, &path);
        }
    }
    let before: HashSet<PathBuf> = previous.side_files().into_iter().map(|s| s.path).collect();
    let side = corpus.side_files();
    for path in before
        .iter()
        .filter(|p| !side.iter().any(|s| &s.path == *p))
    {
        clear(ws, path);
    }
    for file in side {
        let mut diagnostics = Vec::new();
        diagnostics_json::write_side(&file, ws.flags.encoding, &mut diagnostics);
        let hash = diagnostics_json::hash(&diagnostics);
        if ws.published.insert(file.path.clone(), hash) != Some(hash)
            && let Some(uri) = convert::uri_of(&file.path)
        {
            publish.push((uri, diagnostics, None));
        }
    }
    for (d, diagnostics, hash) in diagnostics {
        let path = &corpus.documents[d].path;
        let version = ws.session.open.get(path).map(|o| o.version);
        if version.is_some() && version != ws.session.roots[root].built.get(path).copied() {
            continue; // a newer edit is pending: its own build will publish
        }
        if ws.published.get(path) == Some(&hash) {
            continue;
        }
        ws.published.insert(path.clone(), hash);
        if let Some(uri) = convert::uri_of(path) {
            publish.push((uri, diagnostics, version));
        }
    }
    publish
}

/// `textDocument/diagnostic`: the document's diagnostics, or that they are unchanged since
/// the result the client holds, as the JSON of the protocol's report.
pub(super) fn pull(settings: &Settings, snap: Option<Snapshot>, previous: Option<&str>) -> Vec<u8> {
    let Some(snap) = snap else {
        return br#"{"kind":"full","items":[]}"#.to_vec();
    };
    let mut places = Places::new(&snap.corpus);
    let mut report = br#"{"kind":"full","items":"#.to_vec();
    let hash = json_of(
        settings,
        snap.encoding,
        &mut places,
        snap.document,
        &mut report,
    );
    if previous == Some(hash.to_string().as_str()) {
        return format!(r#"{{"kind":"unchanged","resultId":"{hash}"}}"#).into_bytes();
    }
    report.extend_from_slice(format!(r#","resultId":"{hash}"}}"#).as_bytes());
    report
}

//! What the builder publishes: a new corpus installed, and the diagnostics that changed
//! since they were last published (push clients), each tagged with the version it is of.
//! The edited documents' may go out first, ahead of the install (`publish_first`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Mutex;

use ls_types as lsp;

use super::builder::keep_readings;
use super::client::{Client, diagnostics_body};
use super::convert::{self, Uris};
use super::job::Built;
use super::settings::{Scope, Settings};
use super::workspace::{Workspace, lock};
use crate::corpus::Corpus;
use crate::text::Encoding;

/// Diagnostics to push: the document's URI, its diagnostics, the version they are of.
pub(super) type Publication = (lsp::Uri, Vec<lsp::Diagnostic>, Option<i32>);

/// Publishes an edited document's diagnostics ahead of the install, unless a newer edit
/// came meanwhile (its preview may already be out: versions must not go backwards, hence
/// the lock held while the frame is queued).
pub(super) fn publish_first(
    state: &Mutex<Workspace>,
    client: &Client,
    path: &std::path::Path,
    version: i32,
    diagnostics: &[lsp::Diagnostic],
    hash: u64,
) {
    let Some(uri) = convert::uri_of(path) else {
        return;
    };
    let body = diagnostics_body(&uri, diagnostics, Some(version));
    let mut ws = lock(state);
    if ws.open.get(path).map(|d| d.version) != Some(version) {
        return;
    }
    ws.published.insert(path.to_path_buf(), hash);
    client.send(body);
}

/// What an install did.
pub(super) struct Installed {
    /// The diagnostics to push: those that changed, and only for the version just built.
    pub(super) publish: Vec<Publication>,
    /// Whether pull clients should be told to pull again.
    pub(super) refresh: bool,
    /// What to tell the writer about open documents too large to check, once each.
    pub(super) unchecked: Vec<String>,
    /// A build was superseded: its documents wait for the next one.
    pub(super) superseded: bool,
    /// A corpus was installed.
    pub(super) installed: bool,
}

/// Installs the new corpora, and puts the superseded jobs' documents back in waiting: for
/// the next build, or when the rebuild `gives_way` to typing, for the rebuild owed once it
/// stops (the edits that superseded it are previewed meanwhile).
pub(super) fn install(ws: &mut Workspace, built: Vec<Built>, gives_way: bool) -> Installed {
    let mut publish = Vec::new();
    let mut unchecked = Vec::new();
    let mut superseded = false;
    let mut installed = false;
    for mut b in built {
        let Some(new) = b.corpus else {
            superseded = true;
            if gives_way {
                ws.deferred.extend(b.paths);
            } else {
                ws.pending.extend(b.paths);
            }
            continue;
        };
        installed = true;
        for path in &b.paths {
            match b.unchecked.iter().find(|(p, _)| p == path) {
                // Told once, not at every edit.
                Some((_, message)) if ws.unchecked.insert(path.clone()) => {
                    unchecked.push(message.clone())
                }
                Some(_) => {}
                None => {
                    ws.unchecked.remove(path);
                }
            }
        }
        for (path, version, read) in std::mem::take(&mut b.readings) {
            keep_readings(ws, &path, version, read);
        }
        let root = &mut ws.roots[b.root];
        root.built.extend(b.versions);
        let previous = std::mem::replace(&mut root.corpus, new);
        let corpus = root.corpus.clone();
        if ws.flags.pull_diagnostics {
            continue;
        }
        // Documents gone from the corpus: clear what was published for them.
        for doc in &previous.documents {
            let gone =
                corpus.document(&doc.path).is_none() && ws.published.remove(&doc.path).is_some();
            if let Some(uri) = convert::uri_of(&doc.path).filter(|_| gone) {
                publish.push((uri, Vec::new(), None));
            }
        }
        let before: std::collections::HashSet<PathBuf> =
            previous.side_files().into_iter().map(|s| s.path).collect();
        let side = corpus.side_files();
        for path in before
            .iter()
            .filter(|p| !side.iter().any(|s| &s.path == *p))
        {
            if ws.published.remove(path).is_some()
                && let Some(uri) = convert::uri_of(path)
            {
                publish.push((uri, Vec::new(), None));
            }
        }
        for file in side {
            let diagnostics = convert::side_diagnostics(&file, ws.flags.encoding);
            let hash = hash_of(&diagnostics);
            if ws.published.insert(file.path.clone(), hash) != Some(hash)
                && let Some(uri) = convert::uri_of(&file.path)
            {
                publish.push((uri, diagnostics, None));
            }
        }
        if ws.settings.scope == Scope::OpenFiles {
            // Articles no longer open (closed, or the scope just narrowed): their
            // diagnostics leave the editor with them.
            let closed: Vec<PathBuf> = ws
                .published
                .keys()
                .filter(|p| !ws.open.contains_key(*p) && corpus.document(p).is_some())
                .cloned()
                .collect();
            for path in closed {
                ws.published.remove(&path);
                if let Some(uri) = convert::uri_of(&path) {
                    publish.push((uri, Vec::new(), None));
                }
            }
        }
        for d in 0..corpus.documents.len() {
            let path = &corpus.documents[d].path;
            let version = ws.open.get(path).map(|o| o.version);
            if version.is_some() && version != ws.roots[b.root].built.get(path).copied() {
                continue; // a newer edit is pending: its own build will publish
            }
            let Some((diagnostics, hash)) = b.diagnostics.get_mut(d).and_then(Option::take) else {
                continue;
            };
            if ws.published.get(path) == Some(&hash) {
                continue;
            }
            ws.published.insert(path.clone(), hash);
            if let Some(uri) = convert::uri_of(path) {
                publish.push((uri, diagnostics, version));
            }
        }
    }
    Installed {
        publish,
        refresh: ws.flags.pull_diagnostics && ws.flags.diagnostic_refresh,
        unchecked,
        superseded,
        installed,
    }
}

/// The diagnostics of document `d` of the corpus of `uris`, with the editor's severities
/// over the corpus's.
pub fn diagnostics_with(
    settings: &Settings,
    encoding: Encoding,
    uris: &mut Uris<&Corpus>,
    d: usize,
) -> Vec<lsp::Diagnostic> {
    let mut findings = uris.corpus().findings_of(d);
    settings.override_severities(&mut findings);
    convert::diagnostics(uris, d, &findings, encoding)
}

/// A fingerprint of what would be published: every field of every diagnostic, hashed as it
/// is (not serialised first).
pub fn hash_of(diagnostics: &[lsp::Diagnostic]) -> u64 {
    let mut h = DefaultHasher::new();
    diagnostics.len().hash(&mut h);
    for d in diagnostics {
        d.range.hash(&mut h);
        d.severity.map(convert::severity_rank).hash(&mut h);
        d.code.hash(&mut h);
        d.source.hash(&mut h);
        d.message.hash(&mut h);
        let related = d.related_information.as_deref().unwrap_or_default();
        related.len().hash(&mut h);
        for r in related {
            r.location.hash(&mut h);
            r.message.hash(&mut h);
        }
        // Fields the server never sets: hashed as JSON, if ever.
        if d.code_description.is_some() || d.tags.is_some() || d.data.is_some() {
            let rest = (&d.code_description, &d.tags, &d.data);
            serde_json::to_string(&rest)
                .unwrap_or_default()
                .hash(&mut h);
        }
    }
    h.finish()
}

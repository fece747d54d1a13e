//! The one task that rebuilds corpora. Edits mark documents pending and wake it; it waits
//! out the debounce, takes every pending change at once, rebuilds off the async workers,
//! installs the new corpora, and publishes the diagnostics that changed. Being alone, it
//! can never install an older build over a newer one.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use super::convert::{self, Uris};
use super::job::{Built, Change, Job, build, take_jobs};
use super::outbox::Outbox;
use super::settings::Settings;
use super::workspace::{Root, Workspace};
use crate::analysis::Readings;
use crate::corpus::{Corpus, Document, Notice};
use crate::text::Encoding;
pub struct Builder {
    pub state: Arc<Mutex<Workspace>>,
    pub client: Client,
    pub outbox: Outbox,
    pub wake: Arc<Notify>,
    pub generation: watch::Sender<u64>,
}

/// A corpus larger than this answers an edit with a preview of the edited document first
/// (matched against the corpus's indexes), and rebuilds whole only once the typing stops.
pub(super) const PREVIEW_ABOVE: usize = 200;

/// How long the typing must stop before a large corpus is rebuilt whole.
const IDLE: Duration = Duration::from_millis(400);

impl Builder {
    pub async fn run(self) {
        let mut generation = 0;
        let mut rebuild_owed = false;
        loop {
            let idle = if rebuild_owed {
                tokio::select! {
                    _ = self.wake.notified() => false,
                    _ = tokio::time::sleep(IDLE) => true,
                }
            } else {
                self.wake.notified().await;
                false
            };
            if idle {
                // The edits previewed so far now go into a whole rebuild.
                let mut ws = lock(&self.state);
                let deferred: Vec<PathBuf> = ws.deferred.drain().collect();
                ws.pending.extend(deferred);
                rebuild_owed = false;
            } else {
                let debounce = lock(&self.state).settings.debounce;
                if !debounce.is_zero() {
                    tokio::time::sleep(debounce).await;
                }
            }
            let jobs = take_jobs(&mut lock(&self.state));
            if jobs.is_empty() {
                continue;
            }
            let previews = !idle && jobs.iter().all(Job::previewable);
            let published = if previews {
                rebuild_owed = true;
                self.preview(jobs).await
            } else {
                self.rebuild(jobs).await
            };
            if published {
                generation += 1;
                self.generation.send_replace(generation);
            }
        }
    }

    /// Publishes the edited documents' diagnostics from the corpus as it stands; the
    /// documents wait in `deferred` for the whole rebuild.
    async fn preview(&self, jobs: Vec<Job>) -> bool {
        {
            let mut ws = lock(&self.state);
            for job in &jobs {
                ws.deferred
                    .extend(job.changes.iter().map(|c| c.path().to_path_buf()));
            }
        }
        let state = self.state.clone();
        let computed = tokio::task::spawn_blocking(move || {
            let (settings, encoding) = {
                let ws = lock(&state);
                (ws.settings.clone(), ws.flags.encoding)
            };
            let mut out = Vec::new();
            for job in jobs {
                for change in job.changes {
                    let Change::Open {
                        path,
                        text,
                        version,
                        format,
                        ann,
                        readings,
                    } = change
                    else {
                        continue;
                    };
                    // A newer edit makes this preview worthless: its analysis stops midway.
                    let stop = || {
                        lock(&state)
                            .open
                            .get(&path)
                            .is_some_and(|d| d.version != version)
                    };
                    let text = text.to_string();
                    let Some((doc, read)) =
                        Document::reread_unless(path.clone(), text, format, ann, &readings, &stop)
                    else {
                        continue;
                    };
                    keep_readings(&mut lock(&state), &path, version, read);
                    let replaces = job.corpus.document(&path);
                    let mut findings = job.corpus.preview(&doc, replaces);
                    settings.override_severities(&mut findings);
                    let mut uris = Uris::new(&*job.corpus);
                    let diagnostics = convert::diagnostics_in(&doc, &mut uris, &findings, encoding);
                    out.push((path, version, diagnostics));
                }
            }
            out
        })
        .await;
        let Ok(computed) = computed else {
            return false;
        };
        let mut publish = Vec::new();
        {
            let mut ws = lock(&self.state);
            for (path, version, diagnostics) in computed {
                let current = ws.open.get(&path).map(|d| d.version);
                if current != Some(version) || ws.flags.pull_diagnostics {
                    continue; // a newer edit follows, or the client pulls
                }
                let hash = hash_of(&diagnostics);
                if ws.published.insert(path.clone(), hash) == Some(hash) {
                    continue;
                }
                if let Some(uri) = convert::uri_of(&path) {
                    publish.push((uri, diagnostics, Some(version)));
                }
            }
        }
        for (uri, diagnostics, version) in publish {
            self.outbox.publish_diagnostics(&uri, &diagnostics, version);
        }
        false
    }

    /// Rebuilds the corpora the jobs touch, installs them, publishes what changed.
    async fn rebuild(&self, jobs: Vec<Job>) -> bool {
        let state = self.state.clone();
        let built = tokio::task::spawn_blocking(move || {
            // An open document edited again since the job was taken: this build's result
            // would never be shown, so it stops at the next stage.
            let superseded = |path: &std::path::Path, version: i32| {
                lock(&state)
                    .open
                    .get(path)
                    .is_some_and(|d| d.version != version)
            };
            let (settings, encoding, pull) = {
                let ws = lock(&state);
                (
                    ws.settings.clone(),
                    ws.flags.encoding,
                    ws.flags.pull_diagnostics,
                )
            };
            jobs.into_iter()
                .map(|job| {
                    let mut b = build(job, &superseded);
                    // Computed here, off the async workers and outside the workspace lock:
                    // a huge article's diagnostics take long, and requests must not wait.
                    if let Some(corpus) = b.corpus.as_ref().filter(|_| !pull) {
                        let mut uris = Uris::new(corpus);
                        b.diagnostics = (0..corpus.documents.len())
                            .map(|d| {
                                let path = &corpus.documents[d].path;
                                if b.versions.get(path).is_some_and(|&v| superseded(path, v)) {
                                    return None; // never published: not worth computing
                                }
                                let diagnostics =
                                    diagnostics_with(&settings, encoding, &mut uris, d);
                                let hash = hash_of(&diagnostics);
                                // Only what changed is kept: a whole rebuild of a large
                                // corpus must not hold every document's diagnostics at once.
                                let unchanged = lock(&state).published.get(path) == Some(&hash);
                                (!unchanged).then_some((diagnostics, hash))
                            })
                            .collect();
                    }
                    b
                })
                .collect::<Vec<_>>()
        })
        .await;
        let mut built = match built {
            Ok(b) => b,
            Err(e) => {
                let message = format!("attest: a rebuild failed and was dropped: {e}");
                self.client
                    .log_message(lsp::MessageType::ERROR, message)
                    .await;
                return false;
            }
        };
        let notices: Vec<Notice> = built
            .iter_mut()
            .flat_map(|b| std::mem::take(&mut b.notices))
            .collect();
        let Installed {
            publish,
            refresh,
            oversized,
            superseded,
        } = install(&mut lock(&self.state), built);
        if superseded {
            self.wake.notify_one();
        }
        for (uri, diagnostics, version) in publish {
            self.outbox.publish_diagnostics(&uri, &diagnostics, version);
        }
        for n in notices {
            let message = format!("attest: {}: {}", n.path.display(), n.message);
            self.client
                .log_message(lsp::MessageType::WARNING, message)
                .await;
        }
        for message in oversized {
            self.client
                .show_message(lsp::MessageType::WARNING, message)
                .await;
        }
        if refresh {
            // Answered whenever the client likes: not awaited here.
            let client = self.client.clone();
            tokio::spawn(async move {
                let _ = client.workspace_diagnostic_refresh().await;
            });
        }
        true
    }
}
/// An open document keeps the paragraphs read for its current version, for its next edit.
fn keep_readings(ws: &mut Workspace, path: &std::path::Path, version: i32, read: Readings) {
    if let Some(doc) = ws.open.get_mut(path).filter(|d| d.version == version) {
        doc.readings = Arc::new(read);
    }
}

pub fn lock(state: &Mutex<Workspace>) -> std::sync::MutexGuard<'_, Workspace> {
    // A panic elsewhere never poisons the workspace for good: its data stays consistent
    // because every mutation is a plain assignment.
    state.lock().unwrap_or_else(|e| e.into_inner())
}
type Publication = (lsp::Uri, Vec<lsp::Diagnostic>, Option<i32>);

struct Installed {
    /// The diagnostics to push: those that changed, and only for the version just built.
    publish: Vec<Publication>,
    /// Whether pull clients should be told to pull again.
    refresh: bool,
    /// What to tell the writer about open documents too large to check, once each.
    oversized: Vec<String>,
    /// A build was superseded: its documents wait for the next one.
    superseded: bool,
}

/// Installs the new corpora, and puts the superseded jobs' documents back in waiting.
fn install(ws: &mut Workspace, built: Vec<Built>) -> Installed {
    let mut publish = Vec::new();
    let mut oversized = Vec::new();
    let mut superseded = false;
    for mut b in built {
        let Some(new) = b.corpus else {
            superseded = true;
            ws.pending.extend(b.paths);
            continue;
        };
        for path in &b.paths {
            match b.oversized.iter().find(|(p, _)| p == path) {
                // Told once, not at every edit.
                Some((_, message)) if ws.oversized.insert(path.clone()) => {
                    oversized.push(message.clone())
                }
                Some(_) => {}
                None => {
                    ws.oversized.remove(path);
                }
            }
        }
        for (path, version, read) in std::mem::take(&mut b.readings) {
            keep_readings(ws, &path, version, read);
        }
        let root = &mut ws.roots[b.root];
        root.built.extend(b.versions);
        let previous = std::mem::replace(&mut root.corpus, Arc::new(new));
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
        oversized,
        superseded,
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

/// Indexes every root folder: reads and analyses its articles.
pub fn index(folders: &[PathBuf], max_file_size: Option<u64>) -> Vec<Root> {
    folders
        .iter()
        .map(|folder| {
            let corpus = Corpus::load_with(std::slice::from_ref(folder), max_file_size);
            Root::new(Some(folder.clone()), corpus)
        })
        .collect()
}

#[cfg(test)]
#[path = "builder_properties.rs"]
mod properties;

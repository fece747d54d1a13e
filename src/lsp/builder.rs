//! The one task that rebuilds corpora. Edits mark documents pending and wake it; it waits
//! out the debounce, takes every pending change at once, rebuilds off the async workers,
//! installs the new corpora, and publishes the diagnostics that changed. Being alone, it
//! can never install an older build over a newer one.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ropey::Rope;
use tokio::sync::{Notify, watch};
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use super::convert::{self, Uris};
use super::outbox::Outbox;
use super::settings::Settings;
use super::workspace::{Root, Workspace};
use crate::article::Format;
use crate::corpus::{
    Corpus, DEFAULT_MAX_FILE_SIZE, Document, KnowledgeBase, Notice, inside, is_knowledge_file,
    read_document,
};
use crate::text::Encoding;

/// A document's new content, as of the change.
enum Change {
    Open {
        path: PathBuf,
        /// A rope clone costs nothing under the lock; the text is made off it.
        text: Rope,
        version: i32,
        format: Format,
        /// The `.ann` beside it, as moved with the edits.
        ann: Option<(PathBuf, String)>,
    },
    Disk {
        path: PathBuf,
    },
    Removed {
        path: PathBuf,
    },
}

struct Job {
    root: usize,
    /// The root folder, if any: files changed on disk are read only inside it.
    folder: Option<PathBuf>,
    corpus: Arc<Corpus>,
    /// Reload this folder from disk first (its settings changed).
    reload: Option<PathBuf>,
    changes: Vec<Change>,
    max_file_size: u64,
    /// Read the knowledge base again, with these editor buffers over the files on disk.
    knowledge: Option<HashMap<PathBuf, String>>,
}

struct Built {
    root: usize,
    /// `None` when a newer edit superseded the build before it was done.
    corpus: Option<Corpus>,
    versions: HashMap<PathBuf, i32>,
    /// Every path the job was about, to take up again when it was superseded.
    paths: Vec<PathBuf>,
    /// Files changed on disk that could not be read as articles, and the like: logged.
    notices: Vec<Notice>,
    /// Open documents over the size limit, not checked: the writer is told.
    oversized: Vec<(PathBuf, String)>,
    /// Each document's diagnostics and their hash, for push clients.
    diagnostics: Vec<Option<(Vec<lsp::Diagnostic>, u64)>>,
}

pub struct Builder {
    pub state: Arc<Mutex<Workspace>>,
    pub client: Client,
    pub outbox: Outbox,
    pub wake: Arc<Notify>,
    pub generation: watch::Sender<u64>,
}

/// A corpus larger than this answers an edit with a preview of the edited document first
/// (matched against the corpus's indexes), and rebuilds whole only once the typing stops.
const PREVIEW_ABOVE: usize = 200;

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
                    let Some(doc) =
                        Document::with_annotations_unless(path.clone(), text, format, ann, &stop)
                    else {
                        continue;
                    };
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

impl Job {
    /// Only edits of open documents, in a corpus large enough to preview.
    fn previewable(&self) -> bool {
        self.reload.is_none()
            && !self.changes.is_empty()
            && self.corpus.documents.len() > PREVIEW_ABOVE
            && self.changes.iter().all(|c| match c {
                Change::Open { text, .. } => (text.len_bytes() as u64) <= self.max_file_size,
                _ => false,
            })
    }
}

impl Change {
    fn path(&self) -> &std::path::Path {
        match self {
            Change::Open { path, .. } | Change::Disk { path } | Change::Removed { path } => path,
        }
    }
}

pub fn lock(state: &Mutex<Workspace>) -> std::sync::MutexGuard<'_, Workspace> {
    // A panic elsewhere never poisons the workspace for good: its data stays consistent
    // because every mutation is a plain assignment.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

fn take_jobs(ws: &mut Workspace) -> Vec<Job> {
    if !ws.indexed {
        return Vec::new();
    }
    let pending: Vec<PathBuf> = ws.pending.drain().collect();
    let mut by_root: HashMap<usize, Vec<Change>> = HashMap::new();
    if std::mem::take(&mut ws.republish) {
        for root in 0..ws.roots.len() {
            by_root.entry(root).or_default();
        }
    }
    let mut knowledge: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for path in pending {
        if is_knowledge_file(&path) {
            // Settings and knowledge, not an article: the root reads its knowledge again.
            if let Some(root) = path.parent().and_then(|p| ws.folder_root(p)) {
                knowledge.insert(root);
                by_root.entry(root).or_default();
            }
            continue;
        }
        let root = ws.root_of(&path);
        let change = match ws.open.get(&path) {
            Some(doc) => Change::Open {
                path: path.clone(),
                text: doc.rope.clone(),
                version: doc.version,
                format: doc.format,
                ann: doc.annotation_file(),
            },
            None if ws.roots[root].folder.is_none() => Change::Removed { path },
            None => Change::Disk { path },
        };
        by_root.entry(root).or_default().push(change);
    }
    let reload: Vec<usize> = ws.reload.drain().collect();
    for &root in &reload {
        // A reloaded root takes its open documents over again.
        let open: Vec<PathBuf> = ws
            .open
            .keys()
            .filter(|p| ws.folder_root(p) == Some(root))
            .cloned()
            .collect();
        let changes = by_root.entry(root).or_default();
        for path in open {
            if !changes
                .iter()
                .any(|c| matches!(c, Change::Open { path: p, .. } if *p == path))
            {
                let doc = &ws.open[&path];
                changes.push(Change::Open {
                    text: doc.rope.clone(),
                    version: doc.version,
                    format: doc.format,
                    ann: doc.annotation_file(),
                    path,
                });
            }
        }
    }
    let max_file_size = ws.settings.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE);
    by_root
        .into_iter()
        .map(|(root, changes)| Job {
            root,
            folder: ws.roots[root].folder.clone(),
            corpus: ws.roots[root].corpus.clone(),
            reload: reload
                .contains(&root)
                .then(|| ws.roots[root].folder.clone())
                .flatten(),
            changes,
            max_file_size,
            knowledge: knowledge.contains(&root).then(|| {
                ws.open
                    .iter()
                    .filter(|(p, _)| is_knowledge_file(p))
                    .map(|(p, d)| (p.clone(), d.text()))
                    .collect()
            }),
        })
        .collect()
}

fn build(job: Job, superseded: &dyn Fn(&std::path::Path, i32) -> bool) -> Built {
    let paths: Vec<PathBuf> = job.changes.iter().map(|c| c.path().to_path_buf()).collect();
    let mut notices = Vec::new();
    let mut base = match &job.reload {
        Some(folder) => {
            let corpus = Corpus::load_with(std::slice::from_ref(folder), Some(job.max_file_size));
            notices.extend(corpus.notices.iter().cloned());
            Arc::new(corpus)
        }
        None => job.corpus,
    };
    if let (Some(buffers), Some(root)) = (&job.knowledge, base.root.clone()) {
        let knowledge = KnowledgeBase::load_with(&root, &base.config, &|p| buffers.get(p).cloned());
        base = Arc::new(base.with_knowledge(knowledge));
    }
    let max = base.config.max_file_size.min(job.max_file_size);
    let boundary = base.root.clone().or(job.folder);
    let mut room = base
        .config
        .max_documents
        .saturating_sub(base.documents.len());
    let mut versions = HashMap::new();
    let mut oversized = Vec::new();
    let mut changes = Vec::new();
    for change in job.changes {
        match change {
            Change::Open {
                path,
                text,
                version,
                format,
                ann,
            } => {
                if superseded(&path, version) {
                    return Built::superseded(job.root, paths);
                }
                versions.insert(path.clone(), version);
                let size = text.len_bytes() as u64;
                if size > max {
                    oversized.push((path.clone(), too_large(&path, size, max)));
                    changes.push((path, None));
                    continue;
                }
                // A newer edit makes this text's analysis worthless: it stops midway.
                let stop = || superseded(&path, version);
                let text = text.to_string();
                let Some(doc) =
                    Document::with_annotations_unless(path.clone(), text, format, ann, &stop)
                else {
                    return Built::superseded(job.root, paths);
                };
                changes.push((path, Some(Arc::new(doc))));
            }
            Change::Disk { path } => {
                let escapes = boundary.as_ref().is_some_and(|b| !inside(&path, b));
                let new = base.document(&path).is_none();
                if escapes {
                    notices.push(Notice {
                        path: path.clone(),
                        message: "skipped: it leads outside the corpus folder (symbolic link)"
                            .into(),
                    });
                    changes.push((path, None));
                } else if new && room == 0 {
                    notices.push(Notice {
                        path: path.clone(),
                        message: format!(
                            "not checked: the corpus already holds {} articles, its limit (raise [corpus] max_documents in attest.toml)",
                            base.config.max_documents
                        ),
                    });
                } else {
                    let (doc, notice) = read_document(path.clone(), max);
                    notices.extend(notice);
                    if new && doc.is_some() {
                        room -= 1;
                    }
                    changes.push((path, doc.map(Arc::new)));
                }
            }
            Change::Removed { path } => changes.push((path, None)),
        }
    }
    // The last check before the corpus-wide step.
    if versions.iter().any(|(p, &v)| superseded(p, v)) {
        return Built::superseded(job.root, paths);
    }
    Built {
        root: job.root,
        corpus: Some(base.with_changes(changes)),
        versions,
        paths,
        notices,
        oversized,
        diagnostics: Vec::new(),
    }
}

impl Built {
    fn superseded(root: usize, paths: Vec<PathBuf>) -> Built {
        Built {
            root,
            corpus: None,
            versions: HashMap::new(),
            paths,
            notices: Vec::new(),
            oversized: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

/// What a writer who opened a file over the size limit is told.
fn too_large(path: &std::path::Path, size: u64, max: u64) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    format!(
        "Attest does not check {name}: it is {:.1} MB, over the {:.1} MB limit. Raise maxFileSize in the editor's settings and [corpus] max_file_size in attest.toml to check it.",
        size as f64 / 1_000_000.0,
        max as f64 / 1_000_000.0
    )
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

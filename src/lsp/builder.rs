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

use tokio::sync::{Notify, watch};
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use super::convert::{self, Uris};
use super::outbox::Outbox;
use super::workspace::{Root, Workspace};
use crate::article::Format;
use crate::corpus::{
    Corpus, DEFAULT_MAX_FILE_SIZE, Document, KnowledgeBase, is_knowledge_file, read_document,
};

/// A document's new content, as of the change.
enum Change {
    Open {
        path: PathBuf,
        text: String,
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
    corpus: Corpus,
    versions: HashMap<PathBuf, i32>,
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
                    let doc = Document::with_annotations(path.clone(), text, format, ann);
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
        let built =
            tokio::task::spawn_blocking(move || jobs.into_iter().map(build).collect::<Vec<_>>())
                .await;
        let built = match built {
            Ok(b) => b,
            Err(e) => {
                let message = format!("attest: a rebuild failed and was dropped: {e}");
                self.client
                    .log_message(lsp::MessageType::ERROR, message)
                    .await;
                return false;
            }
        };
        let (publish, refresh) = install(&mut lock(&self.state), built);
        for (uri, diagnostics, version) in publish {
            self.outbox.publish_diagnostics(&uri, &diagnostics, version);
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
            && self
                .changes
                .iter()
                .all(|c| matches!(c, Change::Open { .. }))
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
                text: doc.text(),
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
                    text: doc.text(),
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

fn build(job: Job) -> Built {
    let mut base = match &job.reload {
        Some(folder) => Arc::new(Corpus::load(std::slice::from_ref(folder))),
        None => job.corpus,
    };
    if let (Some(buffers), Some(root)) = (&job.knowledge, base.root.clone()) {
        let knowledge = KnowledgeBase::load_with(&root, &|p| buffers.get(p).cloned());
        base = Arc::new(base.with_knowledge(knowledge));
    }
    let max = base.config.max_file_size.min(job.max_file_size);
    let mut versions = HashMap::new();
    let changes = job
        .changes
        .into_iter()
        .map(|c| match c {
            Change::Open {
                path,
                text,
                version,
                format,
                ann,
            } => {
                versions.insert(path.clone(), version);
                let doc = Document::with_annotations(path.clone(), text, format, ann);
                (path, Some(Arc::new(doc)))
            }
            Change::Disk { path } => {
                let (doc, _) = read_document(path.clone(), max);
                (path, doc.map(Arc::new))
            }
            Change::Removed { path } => (path, None),
        })
        .collect();
    Built {
        root: job.root,
        corpus: base.with_changes(changes),
        versions,
    }
}

type Publication = (lsp::Uri, Vec<lsp::Diagnostic>, Option<i32>);

/// Installs the new corpora; returns the diagnostics to push (those that changed, and only
/// for the version just built) and whether pull clients should be told to pull again.
fn install(ws: &mut Workspace, built: Vec<Built>) -> (Vec<Publication>, bool) {
    let mut publish = Vec::new();
    for b in built {
        let root = &mut ws.roots[b.root];
        root.built.extend(b.versions);
        let previous = std::mem::replace(&mut root.corpus, Arc::new(b.corpus));
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
        let mut uris = Uris::new(&*corpus);
        for d in 0..corpus.documents.len() {
            let path = &corpus.documents[d].path;
            let version = ws.open.get(path).map(|o| o.version);
            if version.is_some() && version != ws.roots[b.root].built.get(path).copied() {
                continue; // a newer edit is pending: its own build will publish
            }
            let diagnostics = diagnostics(ws, &mut uris, d);
            let hash = hash_of(&diagnostics);
            if ws.published.get(path) == Some(&hash) {
                continue;
            }
            ws.published.insert(path.clone(), hash);
            if let Some(uri) = convert::uri_of(path) {
                publish.push((uri, diagnostics, version));
            }
        }
    }
    (
        publish,
        ws.flags.pull_diagnostics && ws.flags.diagnostic_refresh,
    )
}

/// The diagnostics of document `d` of the corpus of `uris`, with the editor's severities
/// over the corpus's.
pub fn diagnostics(ws: &Workspace, uris: &mut Uris<&Corpus>, d: usize) -> Vec<lsp::Diagnostic> {
    let mut findings = uris.corpus().findings_of(d);
    ws.settings.override_severities(&mut findings);
    convert::diagnostics(uris, d, &findings, ws.flags.encoding)
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

//! A job for the builder: the pending changes of one root folder, taken from the workspace at
//! once, and the corpus built or patched from them; a job of the writer's typing stops when
//! the workspace's revision moves (`Job::typing`). Here is the editor's part (versions,
//! readings, open buffers not checked, edits patched in above `PATCH_ABOVE`); the corpus's
//! rules are `Corpus::apply` and `Corpus::patched`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use ropey::Rope;

use super::open_document::OpenDocument;
use super::workspace::Workspace;
use crate::analysis::Readings;
use crate::article::Format;
use crate::corpus::{
    self, Changes, Corpus, DEFAULT_MAX_FILE_SIZE, Document, Notice, is_knowledge_file,
};
use crate::text::{BINARY_SNIFF, looks_binary};

/// A corpus larger than this takes an edit patched in (`Corpus::patched`: the entities and
/// claims of the edited article, matched against the corpus's indexes), and is rebuilt
/// whole only once the typing stops.
pub(super) const PATCH_ABOVE: usize = 200;

/// A document's new content, as of the change.
pub(super) enum Change {
    Open {
        path: PathBuf,
        /// A rope clone costs nothing under the lock; the text is made off it.
        text: Rope,
        version: i32,
        format: Format,
        /// The `.ann` beside it, as moved with the edits.
        ann: Option<(PathBuf, String)>,
        /// Its paragraphs as last read.
        readings: Arc<Readings>,
    },
    Disk(PathBuf),
    Removed(PathBuf),
}

pub(super) struct Job {
    pub(super) root: usize,
    /// The root folder, if any: files changed on disk are read only inside it.
    pub(super) folder: Option<PathBuf>,
    pub(super) corpus: Arc<Corpus>,
    /// Reload the folder from disk first (its settings changed).
    pub(super) reload: bool,
    pub(super) changes: Vec<Change>,
    pub(super) max_file_size: u64,
    /// Read the knowledge base again, with these editor buffers over the files on disk.
    pub(super) knowledge: Option<HashMap<PathBuf, String>>,
    /// Patch the edited articles in rather than rebuild (see `patchable`).
    pub(super) patch: bool,
    /// Every document's diagnostics are owed again (settings changed, or just indexed).
    pub(super) republish: bool,
}

#[derive(Default)]
pub(super) struct Built {
    pub(super) root: usize,
    /// `None` when a newer edit superseded the build before it was done; the corpus as it
    /// was when nothing in it changed (an article opened as it is on disk).
    pub(super) corpus: Option<Arc<Corpus>>,
    pub(super) versions: HashMap<PathBuf, i32>,
    /// Every path the job was about, to take up again when it was superseded.
    pub(super) paths: Vec<PathBuf>,
    /// Files changed on disk that could not be read as articles, and the like: logged.
    pub(super) notices: Vec<Notice>,
    /// Open documents not checked (over the size limit, binary): the writer is told.
    pub(super) unchecked: Vec<(PathBuf, String)>,
    /// The diagnostics that changed, by document, with their hash, for push clients.
    pub(super) diagnostics: Vec<(usize, Vec<u8>, u64)>,
    /// The open documents' paragraphs as read for this build, and their versions.
    pub(super) readings: Vec<(PathBuf, i32, Readings)>,
}

impl Job {
    /// Only edits of open documents, in a corpus large enough to patch, each of an article
    /// the corpus has or has room for.
    pub(super) fn patchable(&self) -> bool {
        let corpus = &self.corpus;
        let room = corpus.documents.len() < corpus.config.max_documents;
        !self.reload
            && self.knowledge.is_none()
            && !self.changes.is_empty()
            && corpus.documents.len() > PATCH_ABOVE
            && self.changes.iter().all(|c| match c {
                // An article opened as the corpus has it is built at once (nothing to do),
                // not patched and left waiting for the rebuild once the typing stops; in a
                // corpus patched already, that rebuild is owed anyway.
                Change::Open {
                    path, text, ann, ..
                } => {
                    not_checked(path, text, self.max_file_size).is_none()
                        && match corpus.document(path) {
                            Some(d) => {
                                corpus.is_patched()
                                    || !same_text(&corpus.documents[d], text, ann.as_ref())
                            }
                            None => room,
                        }
                }
                _ => false,
            })
    }

    /// Only the writer's typing: edits of open documents, or the whole build a corpus with
    /// edits patched in owes (no change of its own). Such a build gives way to the next
    /// edit: it stops once the workspace's revision moves, and its documents wait for the
    /// next build. Any other build runs to its end, so that typing never holds back changes
    /// on disk, settings or knowledge.
    pub(super) fn typing(&self) -> bool {
        let edits = self
            .changes
            .iter()
            .all(|c| matches!(c, Change::Open { .. }));
        !self.reload
            && self.knowledge.is_none()
            && !self.republish
            && edits
            && (!self.changes.is_empty() || self.corpus.is_patched())
    }
}

impl Change {
    fn open(path: PathBuf, doc: &OpenDocument) -> Change {
        Change::Open {
            path,
            text: doc.rope.clone(),
            version: doc.version,
            format: doc.format,
            ann: doc.annotation_file(),
            readings: doc.readings.clone(),
        }
    }

    pub(super) fn path(&self) -> &std::path::Path {
        match self {
            Change::Open { path, .. } | Change::Disk(path) | Change::Removed(path) => path,
        }
    }
}

/// The pending changes, a job a root; once the typing stopped (`idle`), a job too for each
/// root whose corpus has edits patched in: it owes a whole build.
pub(super) fn take_jobs(ws: &mut Workspace, idle: bool) -> Vec<Job> {
    if !ws.indexed {
        return Vec::new();
    }
    let pending: Vec<PathBuf> = ws.pending.drain().collect();
    let mut by_root: HashMap<usize, Vec<Change>> = HashMap::new();
    let republish = std::mem::take(&mut ws.republish);
    for (root, r) in ws.roots.iter().enumerate() {
        if republish || (idle && r.corpus.is_patched()) {
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
            Some(doc) => Change::open(path, doc),
            None if ws.roots[root].folder.is_none() => Change::Removed(path),
            None => Change::Disk(path),
        };
        by_root.entry(root).or_default().push(change);
    }
    let reload: Vec<usize> = ws.reload.drain().collect();
    for &root in &reload {
        // A reloaded root takes its open documents over again.
        let changes = by_root.entry(root).or_default();
        for (path, doc) in &ws.open {
            let taken = changes
                .iter()
                .any(|c| matches!(c, Change::Open { path: p, .. } if p == path));
            if ws.folder_root(path) == Some(root) && !taken {
                changes.push(Change::open(path.clone(), doc));
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
            reload: reload.contains(&root),
            changes,
            max_file_size,
            knowledge: knowledge.contains(&root).then(|| {
                ws.open
                    .iter()
                    .filter(|(p, _)| is_knowledge_file(p))
                    .map(|(p, d)| (p.clone(), d.text()))
                    .collect()
            }),
            patch: false,
            republish,
        })
        .collect()
}

/// The corpus of a job, given up as soon as `stop` says so (see [`Corpus::apply`]).
pub(super) fn build(job: Job, stop: &(dyn Fn() -> bool + Sync)) -> Built {
    let paths: Vec<PathBuf> = job.changes.iter().map(|c| c.path().to_path_buf()).collect();
    let mut notices = Vec::new();
    let base = match job.folder.as_ref().filter(|_| job.reload) {
        Some(folder) => {
            let corpus = Corpus::load_with(std::slice::from_ref(folder), Some(job.max_file_size));
            notices.extend(corpus.notices.iter().cloned());
            Arc::new(corpus)
        }
        None => job.corpus,
    };
    let max = base.config.max_file_size.min(job.max_file_size);
    let mut versions = HashMap::new();
    let mut unchecked = Vec::new();
    let mut articles = Vec::new();
    let mut readings = Vec::new();
    for change in job.changes {
        match change {
            Change::Open {
                path,
                text,
                version,
                format,
                ann,
                readings: previous,
            } => {
                if stop() {
                    return Built::superseded(job.root, paths);
                }
                versions.insert(path.clone(), version);
                if let Some(why) = not_checked(&path, &text, max) {
                    unchecked.push((path.clone(), why));
                    articles.push(corpus::Change::Removed(path));
                    continue;
                }
                if base
                    .document(&path)
                    .is_some_and(|d| same_text(&base.documents[d], &text, ann.as_ref()))
                {
                    // Opened as the corpus read it (or typed back to it): nothing to redo.
                    continue;
                }
                let text = text.to_string();
                let Some((doc, read)) =
                    Document::reread_unless(path.clone(), text, format, ann, &previous, stop)
                else {
                    return Built::superseded(job.root, paths);
                };
                readings.push((path, version, read));
                articles.push(corpus::Change::Analysed(Arc::new(doc)));
            }
            Change::Disk(path) => articles.push(corpus::Change::Disk(path)),
            Change::Removed(path) => articles.push(corpus::Change::Removed(path)),
        }
    }
    let corpus = if job.patch {
        let patch = |corpus: Arc<Corpus>, change| match change {
            corpus::Change::Analysed(doc) => Arc::new(corpus.patched(doc)),
            _ => unreachable!("only edits are patched (Job::patchable)"),
        };
        articles.into_iter().fold(base, patch)
    } else {
        let changes = Changes {
            articles,
            knowledge: job.knowledge,
            max_file_size: Some(job.max_file_size),
            folder: job.folder,
        };
        let Some((corpus, applied)) = base.apply(changes, stop) else {
            return Built::superseded(job.root, paths);
        };
        notices.extend(applied);
        corpus
    };
    Built {
        root: job.root,
        corpus: Some(corpus),
        versions,
        paths,
        notices,
        unchecked,
        readings,
        diagnostics: Vec::new(),
    }
}

impl Built {
    /// A build given up: nothing of it is kept but the paths it was about.
    pub(super) fn superseded(root: usize, paths: Vec<PathBuf>) -> Built {
        Built {
            root,
            paths,
            ..Built::default()
        }
    }
}

/// Whether `doc` was made from this text and this `.ann` (both absent, or the same text).
fn same_text(doc: &Document, text: &Rope, ann: Option<&(PathBuf, String)>) -> bool {
    let same_ann = match (&doc.annotations, ann) {
        (None, None) => true,
        (Some(a), Some((path, t))) => a.path == *path && a.text == *t,
        _ => false,
    };
    same_ann && doc.text.len() == text.len_bytes() && *text == doc.text.as_str()
}

/// Why an open document is not checked, as the writer is told, when it is not: over the
/// size limit, or binary by the rule `attest check` applies to the file on disk (a NUL byte
/// in its first 8 KiB), so the editor never shows findings the command line would not.
fn not_checked(path: &std::path::Path, text: &Rope, max: u64) -> Option<String> {
    let name = super::convert::file_name(path);
    let size = text.len_bytes() as u64;
    if size > max {
        return Some(format!(
            "Attest does not check {name}: it is {:.1} MB, over the {:.1} MB limit. Raise maxFileSize in the editor's settings and [corpus] max_file_size in attest.toml to check it.",
            size as f64 / 1_000_000.0,
            max as f64 / 1_000_000.0
        ));
    }
    // The rope's first chunks, not its bytes one by one: a keystroke pays for this. No NUL
    // is cut off: a character the end of the sniff would split is not one.
    let head = text.slice(..text.byte_to_char(BINARY_SNIFF.min(text.len_bytes())));
    let binary = head.chunks().any(|chunk| looks_binary(chunk.as_bytes()));
    binary.then(|| {
        format!(
            "Attest does not check {name}: it is a binary file, not text (it holds NUL bytes); `attest check` skips it too."
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(corpus: Arc<Corpus>, path: &str, text: &str) -> Job {
        Job {
            root: 0,
            folder: None,
            corpus,
            reload: false,
            changes: vec![Change::Open {
                path: PathBuf::from(path),
                text: Rope::from_str(text),
                version: 1,
                format: Format::Text,
                ann: None,
                readings: Arc::default(),
            }],
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            knowledge: None,
            patch: false,
            republish: false,
        }
    }

    /// In a corpus large enough to patch edits in, an article opened as the corpus has it is
    /// not patched (and left waiting for the rebuild once the typing stops): it is built at
    /// once, which costs nothing.
    #[test]
    fn an_article_opened_unchanged_is_not_patched() {
        let documents: Vec<Document> = (0..=PATCH_ABOVE)
            .map(|i| {
                let text = format!("Titre {i}\n\nLa maire, Ilse Varga, a parlé à Lyon.\n");
                Document::new(PathBuf::from(format!("/c/{i:03}.txt")), text, Format::Text)
            })
            .collect();
        let corpus = Arc::new(Corpus::from_documents(documents, Default::default()));
        let text = corpus.documents[7].text.clone();
        assert!(!job(corpus.clone(), "/c/007.txt", &text).patchable());
        let typed = format!("{text}Elle a ajouté 3 %.\n");
        assert!(job(corpus.clone(), "/c/007.txt", &typed).patchable());
        assert!(
            job(corpus, "/c/new.txt", &text).patchable(),
            "a new article"
        );
    }

    /// Edits of open documents give way to the next edit (the workspace's revision); a change
    /// on disk, a reload, knowledge read again or every diagnostic owed again runs to its end,
    /// whatever the writer types meanwhile.
    #[test]
    fn only_the_writers_typing_gives_way() {
        let corpus = Arc::new(Corpus::from_documents(Vec::new(), Default::default()));
        let edit = || job(corpus.clone(), "/c/a.txt", "Le maire a parlé.\n");
        assert!(edit().typing());
        let mut disk = edit();
        disk.changes.push(Change::Disk(PathBuf::from("/c/b.txt")));
        assert!(!disk.typing());
        let reload = Job {
            reload: true,
            ..edit()
        };
        let knowledge = Job {
            knowledge: Some(HashMap::new()),
            ..edit()
        };
        let republish = Job {
            republish: true,
            ..edit()
        };
        for job in [reload, knowledge, republish] {
            assert!(!job.typing());
        }
        let mut nothing = edit();
        nothing.changes.clear();
        assert!(!nothing.typing(), "no edit, no build owed by a patch");
    }

    #[test]
    fn an_open_buffer_is_binary_by_a_nul_in_its_first_8_kib_as_on_disk() {
        let max = u64::MAX;
        let path = std::path::Path::new("/c/a.txt");
        // Long enough for the rope to hold it in several chunks.
        let text = |nul_at: usize| {
            let mut t = "Le maire a dit oui. ".repeat(2000);
            t.insert(nul_at, '\0');
            t
        };
        for at in [0, 4000, BINARY_SNIFF - 1] {
            let rope = Rope::from_str(&text(at));
            assert!(rope.chunks().count() > 1);
            assert!(not_checked(path, &rope, max).is_some(), "NUL at {at}");
            assert!(looks_binary(text(at).as_bytes()));
        }
        for at in [BINARY_SNIFF, 20_000] {
            let rope = Rope::from_str(&text(at));
            assert!(not_checked(path, &rope, max).is_none(), "NUL at {at}");
            assert!(!looks_binary(text(at).as_bytes()));
        }
        assert!(not_checked(path, &Rope::from_str(""), max).is_none());
    }
}

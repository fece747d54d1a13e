//! The editor's session, without the protocol: one corpus per root folder (plus one for loose
//! files), the documents open in the editor, and what changed since the corpora were last
//! built, with the revision a rebuild of the writer's typing gives way to. The language
//! server holds it under one lock and changes it in the order the client's notifications
//! come; its builder takes jobs from it (`jobs`) and installs what they built (`install`).

mod disk;
mod install;
mod jobs;
mod open_document;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::analysis::Readings;
use crate::article::Format;
use crate::corpus::Corpus;

pub(crate) use jobs::{Built, Job, build};
pub(crate) use open_document::OpenDocument;

pub(crate) struct Root {
    /// `None` for the files opened outside every root folder.
    pub(crate) folder: Option<PathBuf>,
    pub(crate) corpus: Arc<Corpus>,
    /// For each open document, the version the corpus was built from.
    pub(crate) built: HashMap<PathBuf, i32>,
}

impl Root {
    pub(crate) fn new(folder: Option<PathBuf>, corpus: Corpus) -> Self {
        Root {
            folder,
            corpus: Arc::new(corpus),
            built: HashMap::new(),
        }
    }
}

#[derive(Default)]
pub(crate) struct Session {
    /// The folders the client opened, before their corpora are indexed.
    pub(crate) folders: Vec<PathBuf>,
    pub(crate) roots: Vec<Root>,
    pub(crate) indexed: bool,
    pub(crate) open: HashMap<PathBuf, OpenDocument>,
    /// Documents whose text changed (in the editor or on disk) since the last build.
    pub(crate) pending: HashSet<PathBuf>,
    /// How many times the writer opened, edited or closed a document (`typed`): a rebuild
    /// of edits alone gives way when it moves. Shared, so that a rebuild looks at it
    /// without the workspace's lock (`Session::revision_counter`).
    pub(crate) revision: Arc<AtomicU64>,
    /// Roots to reload from disk entirely (their attest.toml changed).
    pub(crate) reload: HashSet<usize>,
    /// Every document's diagnostics are owed again after the next build (settings changed,
    /// or the corpora were just indexed).
    pub(crate) republish: bool,
    /// Open documents not checked (over the size limit, binary), whose writer was told so.
    pub(crate) unchecked: HashSet<PathBuf>,
}

impl Session {
    /// The writer opened, edited or closed `path`: it waits for the next build.
    pub(crate) fn typed(&mut self, path: PathBuf) {
        // An `.ann` is read with its article and is never checked as one: open in the
        // editor, it is kept for its text (a save of its article asks it), nothing more.
        if path.extension().is_some_and(|x| x == "ann") {
            return;
        }
        self.pending.insert(path);
        self.revision.fetch_add(1, Ordering::Release);
    }

    /// How many times the writer opened, edited or closed a document.
    pub(crate) fn revision(&self) -> u64 {
        self.revision.load(Ordering::Acquire)
    }

    /// The revision as it moves, for a rebuild to look at without the workspace's lock: a
    /// rebuild at background priority that took the lock at each look could hold it when
    /// the scheduler sets it aside, and the writer's next keystroke would wait for it.
    pub(crate) fn revision_counter(&self) -> Arc<AtomicU64> {
        self.revision.clone()
    }

    /// The writer opened `doc` at `path`.
    pub(crate) fn opened(&mut self, path: PathBuf, doc: OpenDocument) {
        self.open.insert(path.clone(), doc);
        self.typed(path);
    }

    /// The writer closed `path`: the corpus goes back to the file on disk, or the file out of
    /// the loose files.
    pub(crate) fn closed(&mut self, path: PathBuf) {
        if self.open.remove(&path).is_some() {
            self.typed(path);
        }
    }

    /// The root folders' corpora, just read, installed ahead of the loose files opened
    /// meanwhile; every open document waits for the next build, and every diagnostic is
    /// owed again.
    pub(crate) fn indexed(&mut self, roots: Vec<Root>) {
        let loose: Vec<_> = self
            .roots
            .drain(..)
            .filter(|r| r.folder.is_none())
            .collect();
        self.roots = roots;
        self.roots.extend(loose);
        self.indexed = true;
        self.republish = true;
        let open: Vec<_> = self.open.keys().cloned().collect();
        self.pending.extend(open);
    }

    /// The root a file belongs to: the deepest root folder holding it, else the root of
    /// loose files (created when first needed).
    pub(crate) fn root_of(&mut self, path: &Path) -> usize {
        if let Some(i) = self.folder_root(path) {
            return i;
        }
        match self.roots.iter().position(|r| r.folder.is_none()) {
            Some(i) => i,
            None => {
                self.roots.push(Root::new(
                    None,
                    Corpus::from_documents(Vec::new(), Default::default()),
                ));
                self.roots.len() - 1
            }
        }
    }

    /// The deepest root folder holding `path`.
    pub(crate) fn folder_root(&self, path: &Path) -> Option<usize> {
        self.roots
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let f = r.folder.as_ref()?;
                path.starts_with(f).then_some((f.components().count(), i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// The corpus holding `path` and the document's index in it, as last built.
    pub(crate) fn snapshot(&self, path: &Path) -> Option<(Arc<Corpus>, usize)> {
        self.roots.iter().find_map(|r| {
            let d = r.corpus.document(path)?;
            Some((r.corpus.clone(), d))
        })
    }

    /// Whether a corpus has edits patched in: it owes a whole build.
    pub(crate) fn patched(&self) -> bool {
        self.roots.iter().any(|r| r.corpus.is_patched())
    }

    /// The last build has seen the current text of `path`.
    pub(crate) fn is_fresh(&self, path: &Path) -> bool {
        if !self.indexed || self.pending.contains(path) {
            return false;
        }
        match self.open.get(path) {
            None => true,
            // Settings, knowledge, annotations and fact-checks are read into a corpus or
            // beside an article, never built as an article: no build will ever record their
            // version.
            Some(_) if Format::of_path(path).is_none() => true,
            Some(doc) => self
                .roots
                .iter()
                .any(|r| r.built.get(path) == Some(&doc.version)),
        }
    }

    /// An open document keeps the paragraphs read for its current version, for its next
    /// edit.
    pub(crate) fn keep_readings(&mut self, path: &Path, version: i32, read: Readings) {
        if let Some(doc) = self.open.get_mut(path).filter(|d| d.version == version) {
            doc.readings = Arc::new(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    /// A rebuild looks at the revision through the counter, without the session's lock:
    /// each open, edit or close moves it there at once; an annotation file's does not.
    #[test]
    fn the_revision_moves_where_a_rebuild_looks_without_the_lock() {
        let mut session = Session::default();
        let counter = session.revision_counter();
        let before = counter.load(Ordering::Acquire);
        session.typed(PathBuf::from("/c/a.txt"));
        assert_eq!(counter.load(Ordering::Acquire), before + 1);
        assert_eq!(session.revision(), before + 1);
        session.typed(PathBuf::from("/c/a.ann"));
        assert_eq!(
            counter.load(Ordering::Acquire),
            before + 1,
            "no article edited"
        );
        let doc = OpenDocument::new("Le maire a parlé.\n", 1, Format::Text);
        session.opened(PathBuf::from("/c/b.txt"), doc);
        session.closed(PathBuf::from("/c/b.txt"));
        assert_eq!(counter.load(Ordering::Acquire), before + 3);
    }

    /// Found by fuzz/lsp_session: a request about an open `attest.toml` waited the whole
    /// freshness bound (5 s) for a build of it that never comes.
    #[test]
    fn an_open_settings_file_is_fresh_once_taken() {
        let mut session = Session {
            indexed: true,
            ..Session::default()
        };
        let settings = PathBuf::from("/corpus/attest.toml");
        let kb = PathBuf::from("/corpus/kb/people.toml");
        for path in [&settings, &kb] {
            session
                .open
                .insert(path.clone(), OpenDocument::new("", -7, Format::Text));
        }
        assert!(session.is_fresh(&settings) && session.is_fresh(&kb));
        session.pending.insert(settings.clone());
        assert!(
            !session.is_fresh(&settings),
            "not before the builder takes it"
        );
    }

    /// Found when the session moved out of the server: a request about an open `.ann` (a
    /// hover, the outline, the semantic tokens an editor asks for on opening it) waited the
    /// whole freshness bound for a build of it that never comes, as the settings had.
    #[test]
    fn an_open_annotation_file_or_fact_check_is_fresh() {
        let mut session = Session {
            indexed: true,
            ..Session::default()
        };
        let ann = PathBuf::from("/corpus/article.ann");
        let review = PathBuf::from("/corpus/reviews/checks.json");
        let article = PathBuf::from("/corpus/article.txt");
        for path in [&ann, &review, &article] {
            session
                .open
                .insert(path.clone(), OpenDocument::new("", 3, Format::Text));
        }
        assert!(session.is_fresh(&ann) && session.is_fresh(&review));
        assert!(
            !session.is_fresh(&article),
            "an article waits for its build"
        );
    }
}

//! The server's state: one corpus per root folder (plus one for loose files), the documents
//! open in the editor, and what changed since the corpora were last built. Notifications change
//! it in arrival order, under one lock (`lock`), on the loop's thread.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use super::capabilities::ClientFlags;
use super::open_document::OpenDocument;
use super::settings::Settings;
use crate::corpus::{Corpus, is_knowledge_file};

pub struct Root {
    /// `None` for the files opened outside every root folder.
    pub folder: Option<PathBuf>,
    pub corpus: Arc<Corpus>,
    /// For each open document, the version the corpus was built from.
    pub built: HashMap<PathBuf, i32>,
}

impl Root {
    pub fn new(folder: Option<PathBuf>, corpus: Corpus) -> Self {
        Root {
            folder,
            corpus: Arc::new(corpus),
            built: HashMap::new(),
        }
    }
}

#[derive(Default)]
pub struct Workspace {
    pub flags: ClientFlags,
    pub settings: Settings,
    /// The folders the client opened, before their corpora are indexed.
    pub folders: Vec<PathBuf>,
    pub roots: Vec<Root>,
    pub indexed: bool,
    pub open: HashMap<PathBuf, OpenDocument>,
    /// Documents whose text changed (in the editor or on disk) since the last build.
    pub pending: HashSet<PathBuf>,
    /// How many times the writer opened, edited or closed a document (`typed`): a rebuild
    /// of edits alone gives way when it moves.
    pub revision: u64,
    /// Roots to reload from disk entirely (their attest.toml changed).
    pub reload: HashSet<usize>,
    /// Publish every document's diagnostics after the next build (settings changed, or
    /// the corpora were just indexed).
    pub republish: bool,
    /// What was last published for each document, to publish only changes.
    pub published: HashMap<PathBuf, u64>,
    /// Open documents not checked (over the size limit, binary), whose writer was told so.
    pub unchecked: HashSet<PathBuf>,
}

/// The workspace (or the client's tables, the count of builds), locked. A panic elsewhere
/// never poisons it for good: its data stays consistent because every mutation is a plain
/// assignment.
pub fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

impl Workspace {
    /// The writer opened, edited or closed `path`: it waits for the next build.
    pub fn typed(&mut self, path: PathBuf) {
        // An `.ann` is read with its article and is never checked as one: open in the
        // editor, it is kept for its text (a save of its article asks it), nothing more.
        if path.extension().is_some_and(|x| x == "ann") {
            return;
        }
        self.pending.insert(path);
        self.revision += 1;
    }

    /// The root a file belongs to: the deepest root folder holding it, else the root of
    /// loose files (created when first needed).
    pub fn root_of(&mut self, path: &Path) -> usize {
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
    pub fn folder_root(&self, path: &Path) -> Option<usize> {
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
    pub fn snapshot(&self, path: &Path) -> Option<(Arc<Corpus>, usize)> {
        self.roots.iter().find_map(|r| {
            let d = r.corpus.document(path)?;
            Some((r.corpus.clone(), d))
        })
    }

    /// Whether a corpus has edits patched in: it owes a whole build.
    pub fn patched(&self) -> bool {
        self.roots.iter().any(|r| r.corpus.is_patched())
    }

    /// The last build has seen the current text of `path`.
    pub fn is_fresh(&self, path: &Path) -> bool {
        if !self.indexed || self.pending.contains(path) {
            return false;
        }
        match self.open.get(path) {
            None => true,
            // Settings and knowledge are read into a corpus, never built as an article: no
            // build will ever record their version.
            Some(_) if is_knowledge_file(path) => true,
            Some(doc) => self
                .roots
                .iter()
                .any(|r| r.built.get(path) == Some(&doc.version)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    /// Found by fuzz/lsp_session: a request about an open `attest.toml` waited the whole
    /// freshness bound (5 s) for a build of it that never comes.
    #[test]
    fn an_open_settings_file_is_fresh_once_taken() {
        let mut ws = Workspace {
            indexed: true,
            ..Workspace::default()
        };
        let settings = PathBuf::from("/corpus/attest.toml");
        let kb = PathBuf::from("/corpus/kb/people.toml");
        for path in [&settings, &kb] {
            ws.open
                .insert(path.clone(), OpenDocument::new("", -7, Format::Text));
        }
        assert!(ws.is_fresh(&settings) && ws.is_fresh(&kb));
        ws.pending.insert(settings.clone());
        assert!(!ws.is_fresh(&settings), "not before the builder takes it");
    }
}

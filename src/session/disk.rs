//! Files changed on disk: those a change at a path is about (`files_under`), and each taken
//! into the session by what it is to its corpus (`corpus::FileKind`): marked pending, or its
//! root reloaded.

use std::path::PathBuf;

use super::Session;
use crate::corpus::{FileKind, corpus_files, read_by_corpus};

impl Session {
    /// Marks changed files pending; a changed `attest.toml` reloads its root. Returns the
    /// `.ann` files read again over the moves an open article's unsaved edits had made, each
    /// with its article: the writer is to be told.
    pub(crate) fn files_changed(&mut self, paths: Vec<PathBuf>) -> Vec<(PathBuf, PathBuf)> {
        let mut lost = Vec::new();
        for path in paths {
            match FileKind::of(&path) {
                FileKind::Settings => {
                    if let Some(root) = self.folder_root(&path) {
                        self.reload.insert(root);
                    }
                }
                FileKind::Knowledge => {
                    self.pending.insert(path);
                }
                FileKind::Annotations(article) => {
                    // Annotations are read with their article; an open article reads them
                    // again. The file on disk wins: someone wrote it on purpose (an annotation
                    // tool, a colleague), while the editor's copy only moved offsets. The
                    // writer is told when that copy had moves not yet saved.
                    if let Some(doc) = self.open.get_mut(&article) {
                        if doc.annotations_moved {
                            lost.push((path, article.clone()));
                        }
                        doc.read_annotations(&article);
                    }
                    self.pending.insert(article);
                }
                FileKind::Article
                    if !self.open.contains_key(&path)
                        && (self.folder_root(&path).is_some()
                            || self.folders.iter().any(|f| path.starts_with(f))) =>
                {
                    // While indexing, the roots are not installed yet: the change waits for
                    // them.
                    self.pending.insert(path);
                }
                FileKind::Article | FileKind::Other => {}
            }
        }
        lost
    }

    /// The files a change at `path` is about: the file itself; for a folder, every file the
    /// corpus reads under it (the walk the loader makes: no link out of the corpus is
    /// followed); for a path gone that was a folder, every article the corpora held under it.
    pub(crate) fn files_under(&self, path: PathBuf, out: &mut Vec<PathBuf>) {
        if path.is_dir() {
            out.extend(
                corpus_files(&path, None, &mut Vec::new())
                    .into_iter()
                    .filter(|p| read_by_corpus(p)),
            );
        } else if !read_by_corpus(&path) && !path.exists() {
            for root in &self.roots {
                out.extend(
                    root.corpus
                        .documents
                        .iter()
                        .filter(|d| d.path.starts_with(&path))
                        .map(|d| d.path.clone()),
                );
            }
        }
        // An article replaced by a folder of its name leaves the corpus too.
        if read_by_corpus(&path) {
            out.push(path);
        }
    }
}

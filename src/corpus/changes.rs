//! Changes applied to a corpus, by the corpus's own rules: a file read from disk is an
//! article only as the loader lists one (a `.txt` or `.md` no `exclude` pattern matches), a
//! file that leads out of the corpus folder is not read, the corpus holds at most
//! `max_documents` articles, a file over the size limit is skipped, an editor's buffer is
//! held to the same limit and is no binary (`buffer`), the knowledge base is read again when
//! asked, and the folder too when its settings changed. Edits in a large corpus are patched
//! in rather than rebuilt (`Changes::patchable`). What the user must be told comes back as
//! notices. The server applies an editor's changes through this; `Corpus::load` applies the
//! same rules to a folder read whole.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::buffer::{Buffer, read_buffers};
use super::loader::is_listed;
use super::{Corpus, Document, KnowledgeBase, Notice, inside, read_document};
use crate::analysis::Readings;

/// A corpus larger than this takes an edit patched in (`Corpus::patched`: the entities and
/// claims of the edited article, matched against the corpus's indexes), and is rebuilt
/// whole only once the typing stops.
pub const PATCH_ABOVE: usize = 200;

/// One article's change.
pub enum Change {
    /// A new text of an article, already analysed.
    Analysed(Arc<Document>),
    /// An article's text as an editor holds it, to analyse unless it is what the corpus read.
    Buffer(Buffer),
    /// An article to read again from disk, whatever became of it (changed, gone, replaced
    /// by a folder or a link).
    Disk(PathBuf),
    /// An article that leaves the corpus.
    Removed(PathBuf),
}

impl Change {
    pub fn path(&self) -> &std::path::Path {
        match self {
            Change::Analysed(d) => &d.path,
            Change::Buffer(b) => &b.path,
            Change::Disk(path) | Change::Removed(path) => path,
        }
    }
}

/// Everything that changed in one corpus at once.
#[derive(Default)]
pub struct Changes {
    pub articles: Vec<Change>,
    /// Read the knowledge base again, with these texts (an editor's buffers) over the files
    /// on disk.
    pub knowledge: Option<HashMap<PathBuf, String>>,
    /// A size limit lower than the corpus's own, if any (the editor's setting).
    pub max_file_size: Option<u64>,
    /// The folder files are read in when the corpus has no root (no `attest.toml`).
    pub folder: Option<PathBuf>,
    /// Read the corpus again from `folder` first (its settings changed).
    pub reload: bool,
    /// Patch the buffers in rather than rebuild (see [`Changes::patchable`]).
    pub patch: bool,
}

/// A corpus with changes applied, and what came of them.
pub struct Applied {
    pub corpus: Arc<Corpus>,
    /// The files that were skipped or read with repairs.
    pub notices: Vec<Notice>,
    /// The buffers not checked (over the size limit, binary), and why, as the writer is told.
    pub unchecked: Vec<(PathBuf, String)>,
    /// The buffers' paragraphs as read for this corpus, for their next edit.
    pub readings: Vec<(PathBuf, Readings)>,
}

/// The size past which an article is not checked: the lower of the editor's limit and
/// `attest.toml`'s, as `attest check` applies the second.
fn file_size_limit(editor: Option<u64>, config: &super::Config) -> u64 {
    editor.map_or(config.max_file_size, |m| m.min(config.max_file_size))
}

impl Changes {
    /// Whether these changes can be patched into `corpus` (`Corpus::patched`) rather than
    /// rebuilt: only buffers, in a corpus larger than [`PATCH_ABOVE`], each checked and of
    /// an article the corpus has or has room for.
    pub fn patchable(&self, corpus: &Corpus) -> bool {
        let room = corpus.documents.len() < corpus.config.max_documents;
        let max = file_size_limit(self.max_file_size, &corpus.config);
        !self.reload
            && self.knowledge.is_none()
            && !self.articles.is_empty()
            && corpus.documents.len() > PATCH_ABOVE
            && self.articles.iter().all(|c| match c {
                // An article opened as the corpus has it is built at once (nothing to do),
                // not patched and left waiting for the rebuild once the typing stops; in a
                // corpus patched already, that rebuild is owed anyway.
                Change::Buffer(buffer) => {
                    buffer.not_checked(max).is_none()
                        && match corpus.document(&buffer.path) {
                            Some(d) => {
                                corpus.is_patched() || !buffer.same_text(&corpus.documents[d])
                            }
                            None => room,
                        }
                }
                _ => false,
            })
    }

    /// Whether these are an editor's buffers alone: no file changed on disk, no knowledge
    /// nor folder to read again.
    pub fn buffers_only(&self) -> bool {
        !self.reload
            && self.knowledge.is_none()
            && (self.articles.iter()).all(|c| matches!(c, Change::Buffer(_)))
    }
}

impl Corpus {
    /// This corpus with `changes` applied, with the notices for what was skipped and the
    /// buffers' readings. Nothing changed, it is the same corpus (shared, not rebuilt).
    /// `None` as soon as `stop` says so (see [`Corpus::build_unless`]).
    pub fn apply(
        self: &Arc<Corpus>,
        changes: Changes,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Applied> {
        let mut notices = Vec::new();
        let mut base = match changes.folder.as_ref().filter(|_| changes.reload) {
            Some(folder) => {
                let corpus = Corpus::load_with(std::slice::from_ref(folder), changes.max_file_size);
                notices.extend(corpus.notices.iter().cloned());
                Arc::new(corpus)
            }
            None => self.clone(),
        };
        let editor_limit = changes.max_file_size;
        let limit = |base: &Corpus| file_size_limit(editor_limit, &base.config);
        let read = read_buffers(&base, changes.articles, limit(&base), stop)?;
        let (unchecked, readings) = (read.unchecked, read.readings);
        // Only edits are patched (`Changes::patchable`); should a buffer have become
        // anything else (left out, say), the corpus is built instead, not patched wrong.
        let edits_only = (read.articles.iter()).all(|c| matches!(c, Change::Analysed(_)));
        if changes.patch && edits_only {
            let patch = |corpus: Arc<Corpus>, change| match change {
                Change::Analysed(doc) => Arc::new(corpus.patched(doc)),
                _ => corpus,
            };
            let corpus = read.articles.into_iter().fold(base, patch);
            return Some(Applied {
                corpus,
                notices,
                unchecked,
                readings,
            });
        }
        if let (Some(buffers), Some(root)) = (&changes.knowledge, base.root.clone()) {
            let knowledge =
                KnowledgeBase::load_with(&root, &base.config, &|p| buffers.get(p).cloned());
            base = Arc::new(base.with_knowledge(knowledge));
        }
        let max = limit(&base);
        let boundary = base.root.clone().or(changes.folder);
        let mut room = base
            .config
            .max_documents
            .saturating_sub(base.documents.len());
        let mut documents = Vec::new();
        for change in read.articles {
            match change {
                Change::Analysed(d) => documents.push((d.path.clone(), Some(d))),
                Change::Removed(path) => documents.push((path, None)),
                Change::Buffer(_) => unreachable!("every buffer is read (read_buffers)"),
                Change::Disk(path) => {
                    if stop() {
                        return None;
                    }
                    let new = base.document(&path).is_none();
                    if !is_listed(&path, &base.config, base.root.as_deref()) {
                        // Checked while the editor had it open, it leaves once closed.
                        documents.push((path, None));
                    } else if boundary.as_ref().is_some_and(|b| !inside(&path, b)) {
                        notices.push(Notice {
                            path: path.clone(),
                            message: "skipped: it leads outside the corpus folder (symbolic link)"
                                .into(),
                        });
                        documents.push((path, None));
                    } else if new && room == 0 {
                        notices.push(Notice {
                            path,
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
                        documents.push((path, doc.map(Arc::new)));
                    }
                }
            }
        }
        // Nothing changed: the same corpus, unless edits were patched into it (what only a
        // whole build sees is owed).
        let corpus = if documents.is_empty() && !base.is_patched() {
            base
        } else {
            Arc::new(base.with_changes_unless(documents, stop)?)
        };
        Some(Applied {
            corpus,
            notices,
            unchecked,
            readings,
        })
    }
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;

//! A job for the builder: the pending changes of one root folder, taken from the session at
//! once, and the corpus built or patched from them; a job of the writer's typing stops when
//! the session's revision moves (`Job::typing`). Here is the editor's part (open buffers and
//! their versions, the readings kept, the buffers not checked); the corpus's rules, and the
//! choice to patch, are `Corpus::apply` and `Changes::patchable`.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::Session;
use crate::analysis::Readings;
use crate::corpus::{Applied, Change, Changes, Corpus, Notice, is_knowledge_file};

pub(crate) struct Job {
    pub(crate) root: usize,
    pub(crate) corpus: Arc<Corpus>,
    /// The root folder's changes, its buffers among them.
    pub(crate) changes: Changes,
    /// The version of each buffer.
    pub(crate) versions: HashMap<PathBuf, i32>,
    /// Every document's diagnostics are owed again (settings changed, or just indexed).
    pub(crate) republish: bool,
}

#[derive(Default)]
pub(crate) struct Built {
    pub(crate) root: usize,
    /// `None` when a newer edit superseded the build before it was done; the corpus as it
    /// was when nothing in it changed (an article opened as it is on disk).
    pub(crate) corpus: Option<Arc<Corpus>>,
    pub(crate) versions: HashMap<PathBuf, i32>,
    /// Every path the job was about, to take up again when it was superseded.
    pub(crate) paths: Vec<PathBuf>,
    /// Files changed on disk that could not be read as articles, and the like: logged.
    pub(crate) notices: Vec<Notice>,
    /// Open documents not checked (over the size limit, binary): the writer is told.
    pub(crate) unchecked: Vec<(PathBuf, String)>,
    /// The open documents' paragraphs as read for this build, and their versions.
    pub(crate) readings: Vec<(PathBuf, i32, Readings)>,
}

impl Job {
    /// Edits to patch in rather than rebuild (see `Changes::patchable`).
    pub(crate) fn patchable(&self) -> bool {
        self.changes.patchable(&self.corpus)
    }

    /// Only the writer's typing: edits of open documents, or the whole build a corpus with
    /// edits patched in owes (no change of its own). Such a build gives way to the next
    /// edit: it stops once the workspace's revision moves, and its documents wait for the
    /// next build. Any other build runs to its end, so that typing never holds back changes
    /// on disk, settings or knowledge.
    pub(crate) fn typing(&self) -> bool {
        !self.republish
            && self.changes.buffers_only()
            && (!self.changes.articles.is_empty() || self.corpus.is_patched())
    }

    /// The paths the job is about.
    pub(crate) fn paths(&self) -> impl Iterator<Item = PathBuf> + '_ {
        (self.changes.articles.iter()).map(|c| c.path().to_path_buf())
    }
}

impl Session {
    /// A round of the builder: the jobs (`take_jobs`), patched in when every one is
    /// patchable and the typing has not stopped (`idle`); and, when every one is the
    /// writer's typing alone (`Job::typing`), the revision they give way to once it moves.
    pub(crate) fn take_round(&mut self, idle: bool, max_file_size: u64) -> (Vec<Job>, Option<u64>) {
        let mut jobs = self.take_jobs(idle, max_file_size);
        let patch = !idle && jobs.iter().all(Job::patchable);
        jobs.iter_mut().for_each(|j| j.changes.patch = patch);
        let typing = jobs.iter().all(Job::typing).then_some(self.revision());
        (jobs, typing)
    }

    /// The pending changes, a job a root; once the typing stopped (`idle`), a job too for each
    /// root whose corpus has edits patched in: it owes a whole build. Buffers over
    /// `max_file_size` bytes are not checked.
    pub(crate) fn take_jobs(&mut self, idle: bool, max_file_size: u64) -> Vec<Job> {
        if !self.indexed {
            return Vec::new();
        }
        let pending: Vec<PathBuf> = self.pending.drain().collect();
        let mut by_root: HashMap<usize, Vec<Change>> = HashMap::new();
        let mut versions: HashMap<usize, HashMap<PathBuf, i32>> = HashMap::new();
        let republish = std::mem::take(&mut self.republish);
        for (root, r) in self.roots.iter().enumerate() {
            if republish || (idle && r.corpus.is_patched()) {
                by_root.entry(root).or_default();
            }
        }
        let mut knowledge: HashSet<usize> = HashSet::new();
        for path in pending {
            if is_knowledge_file(&path) {
                // Settings and knowledge, not an article: the root reads its knowledge again.
                if let Some(root) = path.parent().and_then(|p| self.folder_root(p)) {
                    knowledge.insert(root);
                    by_root.entry(root).or_default();
                }
                continue;
            }
            let root = self.root_of(&path);
            let change = match self.open.get(&path) {
                Some(doc) => {
                    versions
                        .entry(root)
                        .or_default()
                        .insert(path.clone(), doc.version);
                    Change::Buffer(doc.buffer(path))
                }
                None if self.roots[root].folder.is_none() => Change::Removed(path),
                None => Change::Disk(path),
            };
            by_root.entry(root).or_default().push(change);
        }
        let reload: Vec<usize> = self.reload.drain().collect();
        for &root in &reload {
            // A reloaded root takes its open documents over again.
            let changes = by_root.entry(root).or_default();
            for (path, doc) in &self.open {
                let taken = changes
                    .iter()
                    .any(|c| matches!(c, Change::Buffer(b) if b.path == *path));
                if self.folder_root(path) == Some(root) && !taken {
                    versions
                        .entry(root)
                        .or_default()
                        .insert(path.clone(), doc.version);
                    changes.push(Change::Buffer(doc.buffer(path.clone())));
                }
            }
        }
        by_root
            .into_iter()
            .map(|(root, articles)| Job {
                root,
                corpus: self.roots[root].corpus.clone(),
                changes: Changes {
                    articles,
                    knowledge: knowledge.contains(&root).then(|| {
                        self.open
                            .iter()
                            .filter(|(p, _)| is_knowledge_file(p))
                            .map(|(p, d)| (p.clone(), d.text()))
                            .collect()
                    }),
                    max_file_size: Some(max_file_size),
                    folder: self.roots[root].folder.clone(),
                    reload: reload.contains(&root),
                    patch: false,
                },
                versions: versions.remove(&root).unwrap_or_default(),
                republish,
            })
            .collect()
    }
}

/// The corpus of a job, given up as soon as `stop` says so (see [`Corpus::apply`]).
pub(crate) fn build(job: Job, stop: &(dyn Fn() -> bool + Sync)) -> Built {
    let paths: Vec<PathBuf> = job.paths().collect();
    let Some(applied) = job.corpus.apply(job.changes, stop) else {
        return Built::superseded(job.root, paths);
    };
    let Applied {
        corpus,
        notices,
        unchecked,
        readings,
    } = applied;
    let readings = (readings.into_iter())
        .map(|(path, read)| {
            let version = job.versions[&path];
            (path, version, read)
        })
        .collect();
    Built {
        root: job.root,
        corpus: Some(corpus),
        versions: job.versions,
        paths,
        notices,
        unchecked,
        readings,
    }
}

impl Built {
    /// A build given up: nothing of it is kept but the paths it was about.
    pub(crate) fn superseded(root: usize, paths: Vec<PathBuf>) -> Built {
        Built {
            root,
            paths,
            ..Built::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;
    use crate::corpus::{Buffer, DEFAULT_MAX_FILE_SIZE};
    use crate::session::{OpenDocument, Root};

    fn job(corpus: Arc<Corpus>, path: &str, text: &str) -> Job {
        let buffer = Buffer {
            path: PathBuf::from(path),
            text: Box::new(ropey::Rope::from_str(text)),
            format: Format::Text,
            ann: None,
            readings: Arc::default(),
        };
        Job {
            root: 0,
            corpus,
            changes: Changes {
                articles: vec![Change::Buffer(buffer)],
                max_file_size: Some(DEFAULT_MAX_FILE_SIZE),
                ..Changes::default()
            },
            versions: HashMap::from([(PathBuf::from(path), 1)]),
            republish: false,
        }
    }

    /// Edits of open documents give way to the next edit (the session's revision); a change
    /// on disk, a reload, knowledge read again or every diagnostic owed again runs to its end,
    /// whatever the writer types meanwhile.
    #[test]
    fn only_the_writers_typing_gives_way() {
        let corpus = Arc::new(Corpus::from_documents(Vec::new(), Default::default()));
        let edit = || job(corpus.clone(), "/c/a.txt", "Le maire a parlé.\n");
        assert!(edit().typing());
        let mut disk = edit();
        (disk.changes.articles).push(Change::Disk(PathBuf::from("/c/b.txt")));
        assert!(!disk.typing());
        let mut reload = edit();
        reload.changes.reload = true;
        let mut knowledge = edit();
        knowledge.changes.knowledge = Some(HashMap::new());
        let republish = Job {
            republish: true,
            ..edit()
        };
        for job in [reload, knowledge, republish] {
            assert!(!job.typing());
        }
        let mut nothing = edit();
        nothing.changes.articles.clear();
        assert!(!nothing.typing(), "no edit, no build owed by a patch");
    }

    /// A round of edits alone gives way at the revision it was taken at, and a corpus of a
    /// few articles is rebuilt, not patched; a round that owes every diagnostic again runs to
    /// its end.
    #[test]
    fn a_round_of_typing_gives_way_at_the_revision_it_was_taken_at() {
        let mut session = Session {
            indexed: true,
            ..Session::default()
        };
        let empty = Corpus::from_documents(Vec::new(), Default::default());
        session
            .roots
            .push(Root::new(Some(PathBuf::from("/c")), empty));
        let path = PathBuf::from("/c/a.txt");
        let doc = OpenDocument::new("Le maire a parlé.\n", 1, Format::Text);
        session.opened(path.clone(), doc);
        let (jobs, typing) = session.take_round(false, DEFAULT_MAX_FILE_SIZE);
        assert_eq!(jobs.len(), 1);
        assert!(!jobs[0].changes.patch, "a small corpus is rebuilt");
        assert_eq!(typing, Some(session.revision()));
        assert!(session.pending.is_empty(), "taken at once");
        session.republish = true;
        session.typed(path);
        let (jobs, typing) = session.take_round(false, DEFAULT_MAX_FILE_SIZE);
        assert_eq!(jobs.len(), 1);
        assert_eq!(typing, None, "every diagnostic owed again: no giving way");
    }
}

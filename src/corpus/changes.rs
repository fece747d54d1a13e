//! Changes applied to a corpus, by the corpus's own rules: a file read from disk is an
//! article only as the loader lists one (a `.txt` or `.md` no `exclude` pattern matches), a
//! file that leads out of the corpus folder is not read, the corpus holds at most
//! `max_documents` articles, a file over the size limit is skipped, and the knowledge base
//! is read again when asked. What the user must be told comes back as notices. The server applies an editor's changes
//! through this; `Corpus::load` applies the same rules to a folder read whole.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::loader::is_listed;
use super::{Corpus, Document, KnowledgeBase, Notice, inside, read_document};

/// One article's change.
pub enum Change {
    /// A new text of an article, already analysed (an editor's buffer).
    Analysed(Arc<Document>),
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
}

impl Corpus {
    /// This corpus with `changes` applied, and the notices for what was skipped. Nothing
    /// changed, it is the same corpus (shared, not rebuilt). `None` as soon as `stop` says
    /// so (see [`Corpus::build_unless`]).
    pub fn apply(
        self: &Arc<Corpus>,
        changes: Changes,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<(Arc<Corpus>, Vec<Notice>)> {
        let mut base = self.clone();
        if let (Some(buffers), Some(root)) = (&changes.knowledge, base.root.clone()) {
            let knowledge =
                KnowledgeBase::load_with(&root, &base.config, &|p| buffers.get(p).cloned());
            base = Arc::new(base.with_knowledge(knowledge));
        }
        let max = changes
            .max_file_size
            .map_or(base.config.max_file_size, |m| {
                m.min(base.config.max_file_size)
            });
        let boundary = base.root.clone().or(changes.folder);
        let mut room = base
            .config
            .max_documents
            .saturating_sub(base.documents.len());
        let mut notices = Vec::new();
        let mut documents = Vec::new();
        for change in changes.articles {
            match change {
                Change::Analysed(d) => documents.push((d.path.clone(), Some(d))),
                Change::Removed(path) => documents.push((path, None)),
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
        if documents.is_empty() && !base.is_patched() {
            return Some((base, notices));
        }
        let corpus = base.with_changes_unless(documents, stop)?;
        Some((Arc::new(corpus), notices))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a folder");
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).expect("a file");
        }
        dir
    }

    const ARTICLE: &str = "Titre\n\nLa maire, Ilse Varga, a parlé à Lyon.\n";

    fn load(dir: &tempfile::TempDir) -> Arc<Corpus> {
        Arc::new(Corpus::load(&[dir.path().to_path_buf()]))
    }

    fn on_disk(path: PathBuf) -> Changes {
        Changes {
            articles: vec![Change::Disk(path)],
            ..Changes::default()
        }
    }

    #[test]
    fn nothing_changed_is_the_same_corpus() {
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE)]);
        let corpus = load(&dir);
        let (same, notices) = corpus.apply(Changes::default(), &|| false).expect("done");
        assert!(Arc::ptr_eq(&same, &corpus) && notices.is_empty());
    }

    #[test]
    fn an_article_analysed_elsewhere_replaces_its_file_and_one_removed_leaves() {
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE), ("b.txt", ARTICLE)]);
        let corpus = load(&dir);
        let a = dir.path().join("a.txt");
        let edited = Document::new(
            a.clone(),
            format!("{ARTICLE}Elle a ajouté 3 %.\n"),
            Format::Text,
        );
        let changes = Changes {
            articles: vec![
                Change::Analysed(Arc::new(edited)),
                Change::Removed(dir.path().join("b.txt")),
            ],
            ..Changes::default()
        };
        let (new, _) = corpus.apply(changes, &|| false).expect("done");
        assert_eq!(new.documents.len(), 1);
        assert!(new.documents[0].text.contains("3 %"));
    }

    #[test]
    fn a_file_over_the_size_limit_is_dropped_with_a_notice() {
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE)]);
        let corpus = load(&dir);
        let a = dir.path().join("a.txt");
        std::fs::write(&a, ARTICLE.repeat(10)).expect("a longer article");
        let mut changes = on_disk(a.clone());
        changes.max_file_size = Some(ARTICLE.len() as u64 * 2);
        let (new, notices) = corpus.apply(changes, &|| false).expect("done");
        assert!(new.document(&a).is_none());
        assert!(
            notices[0].message.contains("over the"),
            "{:?}",
            notices[0].message
        );
    }

    #[test]
    fn past_max_documents_a_new_file_is_not_read_and_the_user_is_told() {
        let dir = folder(&[
            ("attest.toml", "[corpus]\nmax_documents = 1\n"),
            ("a.txt", ARTICLE),
        ]);
        let corpus = load(&dir);
        let b = dir.path().join("b.txt");
        std::fs::write(&b, ARTICLE).expect("a second article");
        let (new, notices) = corpus.apply(on_disk(b.clone()), &|| false).expect("done");
        assert!(new.document(&b).is_none() && new.documents.len() == 1);
        assert!(notices[0].message.contains("max_documents"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_leading_out_of_the_corpus_is_not_read() {
        let outside = folder(&[(
            "secret.txt",
            "Secret\n\nHier, Ilse Varga a reçu un rapport.\n",
        )]);
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE)]);
        let corpus = load(&dir);
        let link = dir.path().join("lien.txt");
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), &link).expect("a link");
        let (new, notices) = corpus
            .apply(on_disk(link.clone()), &|| false)
            .expect("done");
        assert!(new.document(&link).is_none());
        assert!(notices[0].message.contains("outside the corpus folder"));
    }

    #[test]
    fn the_knowledge_base_is_read_again_with_the_editors_buffers_over_the_disk() {
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE)]);
        let review = r#"{"@type": "ClaimReview", "claimReviewed": "La maire a parlé à Lyon", "reviewRating": {"alternateName": "Faux"}}"#;
        std::fs::create_dir(dir.path().join("reviews")).expect("reviews/");
        std::fs::write(dir.path().join("reviews/r.json"), review).expect("a review");
        let corpus = load(&dir);
        assert!(corpus.knowledge.entities.is_empty());
        assert_eq!(corpus.reviews.reviews.len(), 1);
        let settings = dir.path().join("attest.toml");
        let buffer = "[[entity]]\nid = \"varga\"\nname = \"Ilse Varga\"\nkind = \"person\"\n";
        let changes = Changes {
            knowledge: Some(HashMap::from([(settings, buffer.to_string())])),
            ..Changes::default()
        };
        let (new, _) = corpus.apply(changes, &|| false).expect("done");
        assert_eq!(new.knowledge.entities.len(), 1);
        assert_eq!(new.reviews.reviews.len(), 1, "the fact-checks stay");
    }

    /// What the loader does not list (an excluded draft, a file that is no article) is not
    /// read from disk when it changes, or once the editor closes it: it leaves the corpus.
    #[test]
    fn a_file_the_loader_does_not_list_is_not_read_from_disk() {
        let dir = folder(&[
            ("attest.toml", "[corpus]\nexclude = [\"drafts/**\"]\n"),
            ("a.txt", ARTICLE),
            ("notes.csv", "nom,ville\nIlse Varga,Lyon\n"),
        ]);
        std::fs::create_dir(dir.path().join("drafts")).expect("drafts/");
        let draft = dir.path().join("drafts/b.txt");
        std::fs::write(&draft, ARTICLE).expect("a draft");
        let corpus = load(&dir);
        assert_eq!(corpus.documents.len(), 1);
        let notes = dir.path().join("notes.csv");
        for path in [draft, notes] {
            // As the editor had it open: in the corpus; closed, read again from disk.
            let open = Document::new(path.clone(), ARTICLE.into(), Format::Text);
            let changes = Changes {
                articles: vec![Change::Analysed(Arc::new(open))],
                ..Changes::default()
            };
            let (opened, _) = corpus.apply(changes, &|| false).expect("done");
            assert!(opened.document(&path).is_some());
            let (closed, notices) = opened
                .apply(on_disk(path.clone()), &|| false)
                .expect("done");
            assert!(closed.document(&path).is_none(), "{}", path.display());
            assert!(notices.is_empty(), "{notices:?}");
            assert_eq!(closed.documents.len(), 1);
        }
    }

    #[test]
    fn a_stop_gives_up() {
        let dir = folder(&[("attest.toml", ""), ("a.txt", ARTICLE)]);
        let corpus = load(&dir);
        assert!(
            corpus
                .apply(on_disk(dir.path().join("a.txt")), &|| true)
                .is_none()
        );
    }
}

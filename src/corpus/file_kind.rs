//! What a file in a corpus folder is to its corpus, told by its path alone: its settings or
//! a fact-check (the whole corpus is read again when one changes), its knowledge, an
//! article's annotations, an article, or nothing it reads. What to do about a change is
//! the caller's.

use std::path::{Path, PathBuf};

use super::is_knowledge_file;
use crate::article::Format;

/// What a file is to the corpus whose folder holds it.
#[derive(Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `attest.toml`, or a fact-check (`reviews/*.json`): the corpus is read again.
    Settings,
    /// A knowledge file (`kb/*.toml`): the knowledge base is read again.
    Knowledge,
    /// A `.ann`, read with its article: the `.txt` of its name, given here.
    Annotations(PathBuf),
    /// A `.txt` or `.md` (whether the corpus lists it is its settings' to say).
    Article,
    /// Nothing the corpus reads.
    Other,
}

impl FileKind {
    pub fn of(path: &Path) -> FileKind {
        let review = path.extension().is_some_and(|x| x == "json")
            && path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|n| n == "reviews");
        if path.file_name().is_some_and(|n| n == "attest.toml") || review {
            FileKind::Settings
        } else if is_knowledge_file(path) {
            FileKind::Knowledge
        } else if path.extension().is_some_and(|x| x == "ann") {
            FileKind::Annotations(path.with_extension("txt"))
        } else if Format::of_path(path).is_some() {
            FileKind::Article
        } else {
            FileKind::Other
        }
    }
}

/// Whether a change at `path` may matter to a corpus: an article, its `.ann`, settings,
/// knowledge, a JSON file (a fact-check, wherever it is: whether it is one is `FileKind`'s
/// to say).
pub fn read_by_corpus(path: &Path) -> bool {
    is_knowledge_file(path)
        || Format::of_path(path).is_some()
        || path.extension().is_some_and(|x| x == "ann" || x == "json")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str) -> FileKind {
        FileKind::of(Path::new(path))
    }

    #[test]
    fn settings_and_fact_checks_read_the_corpus_again() {
        assert_eq!(kind("/c/attest.toml"), FileKind::Settings);
        assert_eq!(kind("/c/sub/attest.toml"), FileKind::Settings);
        assert_eq!(kind("/c/reviews/r.json"), FileKind::Settings);
        assert_eq!(kind("/c/other/r.json"), FileKind::Other);
        assert!(read_by_corpus(Path::new("/c/other/r.json")));
    }

    #[test]
    fn knowledge_is_a_toml_file_in_kb() {
        assert_eq!(kind("/c/kb/people.toml"), FileKind::Knowledge);
        assert_eq!(kind("/c/people.toml"), FileKind::Other);
        assert!(!read_by_corpus(Path::new("/c/people.toml")));
        assert!(read_by_corpus(Path::new("/c/kb/people.toml")));
    }

    #[test]
    fn annotations_are_their_articles() {
        assert_eq!(
            kind("/c/a.ann"),
            FileKind::Annotations(PathBuf::from("/c/a.txt"))
        );
        assert!(read_by_corpus(Path::new("/c/a.ann")));
    }

    #[test]
    fn an_article_is_a_txt_or_md_and_nothing_else_is_read() {
        for article in ["/c/a.txt", "/c/a.md", "/c/a.markdown"] {
            assert_eq!(kind(article), FileKind::Article, "{article}");
            assert!(read_by_corpus(Path::new(article)));
        }
        for other in ["/c/a.csv", "/c/a", "/c/.git/HEAD", "/c/kb"] {
            assert_eq!(kind(other), FileKind::Other, "{other}");
            assert!(!read_by_corpus(Path::new(other)), "{other}");
        }
    }
}

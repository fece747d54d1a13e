//! No edit the server proposes touches a file outside the corpus: every `WorkspaceEdit`
//! (rename, quick fixes, recordings, the `.ann` offered back on save) passes [`confine`], which
//! drops and logs a change to a file outside every root folder (links resolved). Loose files the
//! writer opened, and the `.ann` beside them, may be changed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::client::Client;
use ls_types as lsp;
use lsp::{DocumentChangeOperation as Change, DocumentChanges as Changes};

use super::convert::path_of;
use crate::corpus::inside;
use crate::session::Session;

/// Where the server may propose changes.
#[derive(Clone, Debug, Default)]
pub struct Boundary {
    folders: Vec<PathBuf>,
    loose: HashSet<PathBuf>,
}

impl Boundary {
    pub fn of(session: &Session) -> Boundary {
        let folders: Vec<PathBuf> = (session.roots.iter())
            .filter_map(|r| r.folder.clone())
            .collect();
        let loose = session
            .open
            .keys()
            .filter(|p| !folders.iter().any(|f| p.starts_with(f)))
            .cloned()
            .collect();
        Boundary { folders, loose }
    }

    /// Whether the server may propose a change to `path`.
    pub fn admits(&self, path: &Path) -> bool {
        if self.folders.iter().any(|f| path.starts_with(f)) {
            // Lexically in a folder: it must stay there once links are resolved.
            return self.folders.iter().any(|f| inside(path, f));
        }
        self.loose.contains(path)
            || (path.extension().is_some_and(|x| x == "ann")
                && self.loose.contains(&path.with_extension("txt")))
    }

    /// The edit without its changes to files not admitted, and those files' addresses.
    pub fn filter(&self, mut edit: lsp::WorkspaceEdit) -> (lsp::WorkspaceEdit, Vec<lsp::Uri>) {
        let mut dropped = Vec::new();
        let mut admits = |uri: &lsp::Uri| {
            let ok = path_of(uri).is_some_and(|p| self.admits(&p));
            if !ok && !dropped.contains(uri) {
                dropped.push(uri.clone());
            }
            ok
        };
        if let Some(changes) = &mut edit.changes {
            changes.retain(|uri, _| admits(uri));
        }
        match &mut edit.document_changes {
            Some(Changes::Edits(edits)) => edits.retain(|e| admits(&e.text_document.uri)),
            Some(Changes::Operations(ops)) => ops.retain(|op| match op {
                Change::Edit(e) => admits(&e.text_document.uri),
                Change::Op(lsp::ResourceOp::Create(c)) => admits(&c.uri),
                // The server never deletes nor renames a file: such an operation is left out.
                _ => false,
            }),
            None => {}
        }
        (edit, dropped)
    }
}

/// Whether an edit changes nothing.
pub fn is_empty(edit: &lsp::WorkspaceEdit) -> bool {
    let no_changes = edit.changes.as_ref().is_none_or(|c| c.is_empty());
    let no_documents = match &edit.document_changes {
        None => true,
        Some(Changes::Edits(e)) => e.is_empty(),
        Some(Changes::Operations(o)) => o.is_empty(),
    };
    no_changes && no_documents
}

/// The edit kept inside the corpus; `None` when nothing is left of it. Each file left out
/// is logged.
pub fn confine(
    client: &Client,
    boundary: &Boundary,
    edit: lsp::WorkspaceEdit,
) -> Option<lsp::WorkspaceEdit> {
    let (edit, dropped) = boundary.filter(edit);
    for uri in dropped {
        let message = format!(
            "attest: an edit to {} was left out: the file is outside the corpus folder",
            uri.as_str()
        );
        client.log(lsp::MessageType::WARNING, message);
    }
    (!is_empty(&edit)).then_some(edit)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::lsp::convert::uri_of;

    fn edit_of(paths: &[&Path]) -> lsp::WorkspaceEdit {
        let changes: HashMap<lsp::Uri, Vec<lsp::TextEdit>> = paths
            .iter()
            .map(|p| (uri_of(p).unwrap(), vec![lsp::TextEdit::default()]))
            .collect();
        lsp::WorkspaceEdit::new(changes)
    }

    #[test]
    fn edits_through_a_link_out_of_the_corpus_are_left_out() {
        let corpus = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = corpus.path().canonicalize().unwrap();
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "Titre\n").unwrap();
        std::fs::write(root.join("a.txt"), "Titre\n").unwrap();
        std::os::unix::fs::symlink(&secret, root.join("lien.txt")).unwrap();
        let boundary = Boundary {
            folders: vec![root.clone()],
            loose: HashSet::new(),
        };
        let inside = root.join("a.txt");
        let new_ann = root.join("a.ann");
        assert!(boundary.admits(&inside));
        assert!(boundary.admits(&new_ann), "a file to create inside");
        assert!(
            !boundary.admits(&root.join("lien.txt")),
            "a link leading out"
        );
        assert!(!boundary.admits(&secret));
        let (kept, dropped) = boundary.filter(edit_of(&[&inside, &root.join("lien.txt"), &secret]));
        let kept: Vec<_> = kept.changes.unwrap().into_keys().collect();
        assert_eq!(kept, vec![uri_of(&inside).unwrap()]);
        assert_eq!(dropped.len(), 2);
    }

    #[test]
    fn document_changes_and_file_creations_are_filtered_too() {
        let corpus = tempfile::tempdir().unwrap();
        let root = corpus.path().canonicalize().unwrap();
        let boundary = Boundary {
            folders: vec![root.clone()],
            loose: HashSet::new(),
        };
        let create = |p: &Path| {
            lsp::DocumentChangeOperation::Op(lsp::ResourceOp::Create(lsp::CreateFile {
                uri: uri_of(p).unwrap(),
                options: None,
                annotation_id: None,
            }))
        };
        let edit = lsp::WorkspaceEdit {
            document_changes: Some(lsp::DocumentChanges::Operations(vec![
                create(&root.join("a.ann")),
                create(Path::new("/etc/attest-never.ann")),
            ])),
            ..Default::default()
        };
        let (kept, dropped) = boundary.filter(edit);
        assert!(!is_empty(&kept));
        assert_eq!(
            dropped,
            vec![uri_of(Path::new("/etc/attest-never.ann")).unwrap()]
        );
        let (kept, _) = boundary.filter(edit_of(&[Path::new("/etc/passwd")]));
        assert!(is_empty(&kept), "nothing left");
    }

    #[test]
    fn loose_files_the_writer_opened_may_be_changed_with_their_annotations() {
        let loose = PathBuf::from("/elsewhere/seul.txt");
        let boundary = Boundary {
            folders: vec![PathBuf::from("/corpus")],
            loose: HashSet::from([loose.clone()]),
        };
        assert!(boundary.admits(&loose));
        assert!(boundary.admits(&loose.with_extension("ann")));
        assert!(!boundary.admits(Path::new("/elsewhere/autre.txt")));
    }
}

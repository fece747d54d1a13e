//! What the editor is shown after typing equals a fresh check of the text typed: random edits
//! go through the document store into a job's build (`session::build`, through `Corpus::apply`) and
//! its patch (`Corpus::patched`), and their findings are compared with those of the corpus
//! read anew from disk with the final text and `.ann`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;
use crate::analysis::{Code, Finding, Readings};
use crate::article::Format;
use crate::corpus::{Change, Changes, Corpus, DEFAULT_MAX_FILE_SIZE, Document};
use crate::lsp::convert;
use crate::lsp::typing::{Draft, Edit, edit, encoding};
use crate::session::OpenDocument;
use crate::text::Encoding;

/// The seeds in a folder of their own, the third with a `.ann` of a person, a verified
/// claim and a disputed one, and the corpus read from it.
pub(super) struct Newsroom {
    pub(super) folder: tempfile::TempDir,
    pub(super) corpus: Arc<Corpus>,
}

pub(super) const ANNOTATED: &str = "002_c61638ce0868d39f.txt";

fn annotations_of(text: &str) -> String {
    let points = |needle: &str| {
        let start = text[..text.find(needle).expect(needle)].chars().count();
        (start, start + needle.chars().count())
    };
    let (a, b) = points("Tokaïev");
    let (c, d) = points("plus de 80% du brut kazakh");
    let (e, f) = points("Kazakhstan");
    format!(
        "T1\tPerson {a} {b}\tTokaïev\nT2\tClaim {c} {d}\tplus de 80% du brut kazakh\nA1\tStatus T2 Disputed\nT3\tLocation {e} {f}\tKazakhstan\nN1\tReference T3 Wikidata:Q232\tKazakhstan\n"
    )
}

fn newsroom() -> Newsroom {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(seeds).expect("the seeds").flatten() {
        std::fs::copy(entry.path(), folder.path().join(entry.file_name())).expect("a copy");
    }
    std::fs::write(
        folder.path().join("attest.toml"),
        "[corpus]\nlanguage = \"fr\"\n",
    )
    .expect("attest.toml");
    let text = std::fs::read_to_string(folder.path().join(ANNOTATED)).expect("the seed");
    let ann = folder.path().join(ANNOTATED).with_extension("ann");
    std::fs::write(ann, annotations_of(&text)).expect("the .ann");
    let corpus = Arc::new(Corpus::load(&[folder.path().to_path_buf()]));
    Newsroom { folder, corpus }
}

pub(super) static NEWSROOM: LazyLock<Newsroom> = LazyLock::new(newsroom);

/// A finding as the writer reads it: code, severity, place, message and related places,
/// each related place by file name (the folders differ).
pub(super) type Seen = (
    Code,
    String,
    (usize, usize),
    String,
    Vec<(String, (usize, usize), String)>,
);

pub(super) fn seen(corpus: &Corpus, findings: &[Finding], own: &Path, folder: &Path) -> Vec<Seen> {
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    findings
        .iter()
        .map(|f| {
            let related = f
                .related
                .iter()
                .map(|r| {
                    let path = r.document.map_or(own, |d| &corpus.documents[d].path);
                    (
                        name(path).unwrap_or_default(),
                        (r.span.start, r.span.end),
                        r.message.to_string(),
                    )
                })
                .collect();
            let message = f.message.replace(&folder.display().to_string(), "<folder>");
            (
                f.code,
                format!("{:?}", f.severity),
                (f.span.start, f.span.end),
                message,
                related,
            )
        })
        .collect()
}

/// The article after the edits, as the store holds it: its text, moved `.ann`, and its
/// paragraphs as read before the last edit (the builder reads again only those an edit
/// changed).
pub(super) fn typed(path: &Path, encoding: Encoding, edits: &[Edit]) -> OpenDocument {
    let text = std::fs::read_to_string(path).expect("the seed");
    let mut doc = OpenDocument::new(&text, 1, Format::Text);
    doc.read_annotations(path);
    let mut draft = Draft::new(&text);
    for e in edits {
        doc.readings = Arc::new(analysed(&doc, path).1);
        let change = e.change(&draft, encoding);
        convert::apply(&mut doc, &change, encoding);
        draft.apply(&change, encoding);
    }
    doc
}

/// The findings of the article in the corpus read anew from a copy of the folder, with the
/// final text and `.ann` written where the article and its `.ann` are.
pub(super) fn fresh(doc: &OpenDocument, name: &str) -> Vec<Seen> {
    let copy = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(NEWSROOM.folder.path())
        .expect("the folder")
        .flatten()
    {
        std::fs::copy(entry.path(), copy.path().join(entry.file_name())).expect("a copy");
    }
    let path = copy.path().join(name);
    std::fs::write(&path, doc.text()).expect("the article");
    if let Some((_, ann)) = doc.annotation_file() {
        std::fs::write(path.with_extension("ann"), ann).expect("the .ann");
    }
    let corpus = Corpus::load(&[copy.path().to_path_buf()]);
    let d = corpus.document(&path).expect("the article, read anew");
    seen(&corpus, &corpus.findings_of(d), &path, copy.path())
}

/// The findings the builder's rebuild gives the edited article.
fn rebuilt(doc: &OpenDocument, path: &Path) -> Vec<Seen> {
    let buffer = crate::corpus::Buffer {
        format: Format::Text,
        ..doc.buffer(path.to_path_buf())
    };
    let job = Job {
        root: 0,
        corpus: NEWSROOM.corpus.clone(),
        changes: Changes {
            articles: vec![Change::Buffer(buffer)],
            max_file_size: Some(DEFAULT_MAX_FILE_SIZE),
            folder: Some(NEWSROOM.folder.path().to_path_buf()),
            ..Changes::default()
        },
        versions: HashMap::from([(path.to_path_buf(), 2)]),
        republish: false,
    };
    let corpus = build(job, &|| false)
        .corpus
        .expect("a build nothing supersedes");
    let d = corpus.document(path).expect("the article, rebuilt");
    seen(
        &corpus,
        &corpus.findings_of(d),
        path,
        NEWSROOM.folder.path(),
    )
}

/// The edited article as the builder analyses it, from its paragraphs as last read.
fn analysed(doc: &OpenDocument, path: &Path) -> (Document, Readings) {
    Document::reread_unless(
        path.to_path_buf(),
        doc.text(),
        Format::Text,
        doc.annotation_file(),
        &doc.readings,
        &|| false,
    )
    .expect("an analysis nothing stops")
}

/// The findings the edited article has once patched into the corpus, before any rebuild.
fn patched(edited: Document) -> Vec<Seen> {
    let path = edited.path.clone();
    let corpus = NEWSROOM.corpus.patched(Arc::new(edited));
    let findings = corpus.findings_of(corpus.document(&path).expect("patched in"));
    seen(&corpus, &findings, &path, NEWSROOM.folder.path())
}

/// The names an article writes, each as often as it writes it.
fn names(doc: &Document) -> Vec<&str> {
    let mut names: Vec<&str> = doc
        .analysis
        .mentions
        .iter()
        .map(|m| m.span.of(&doc.text))
        .collect();
    names.sort_unstable();
    names
}

/// What the article alone shows: findings about other articles, and related places, left
/// out.
fn alone(findings: Vec<Seen>) -> Vec<Seen> {
    let across = [Code::EntitySpelling, Code::ClaimContradicted];
    findings
        .into_iter()
        .filter(|f| !across.contains(&f.0))
        .map(|(code, severity, span, message, _)| (code, severity, span, message, Vec::new()))
        .collect()
}

fn article(which: prop::sample::Index) -> (PathBuf, String) {
    let corpus = &NEWSROOM.corpus;
    let path = corpus.documents[which.index(corpus.documents.len())]
        .path
        .clone();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    (path, name)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn a_rebuild_after_edits_finds_what_a_fresh_check_finds(
        which in any::<prop::sample::Index>(),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..20),
    ) {
        let (path, name) = article(which);
        let doc = typed(&path, encoding, &edits);
        prop_assert_eq!(rebuilt(&doc, &path), fresh(&doc, &name));
    }

    #[test]
    fn a_patch_after_edits_finds_what_a_fresh_check_finds(
        which in any::<prop::sample::Index>(),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..20),
    ) {
        let (path, name) = article(which);
        let doc = typed(&path, encoding, &edits);
        let (edited, _) = analysed(&doc, &path);
        let before = &NEWSROOM.corpus.documents[NEWSROOM.corpus.document(&path).unwrap()];
        let same_names = names(before) == names(&edited);
        let (after, fresh) = (patched(edited), fresh(&doc, &name));
        if same_names {
            // The same names: the corpus's entities are those a rebuild finds.
            prop_assert_eq!(after, fresh);
        } else {
            // Names the indexes have not seen wait for the rebuild (Corpus::patched); the
            // findings both give point at the same places.
            for p in &after {
                let same = fresh.iter().find(|f| (f.0, f.2, &f.3) == (p.0, p.2, &p.3));
                if let Some(f) = same {
                    prop_assert_eq!(&p.4, &f.4, "{:?} {}", p.0, &p.3);
                }
            }
            prop_assert_eq!(alone(after), alone(fresh));
        }
    }
}

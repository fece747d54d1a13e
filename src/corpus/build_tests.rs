//! A corpus build told to stop gives up, wherever it is; one never told gives the corpus a
//! plain build gives.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::article::Format;

/// Articles recombined from the seeds' paragraphs: names and claims shared across many of
/// them, and more documents than a stage goes through between two looks at its stop check.
pub(super) fn newsroom(count: usize) -> Vec<Arc<Document>> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(seeds)
        .expect("the seeds")
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(path).expect("a seed");
        paragraphs.extend(text.split("\n\n").skip(1).map(str::to_owned));
    }
    (0..count)
        .map(|i| {
            let body: Vec<&str> = (0..3)
                .map(|k| paragraphs[(i * 7 + k * 13) % paragraphs.len()].as_str())
                .collect();
            let text = format!("Article {i}\n\n{}\n", body.join("\n\n"));
            let path = PathBuf::from(format!("/newsroom/{i:04}.txt"));
            Arc::new(Document::new(path, text, Format::Text))
        })
        .collect()
}

/// Everything a build computes, as text: entities, the entity of each mention, claim links,
/// and every document's findings.
fn everything(c: &Corpus) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}",
        c.entities,
        c.entity_of,
        c.links(),
        c.findings()
    )
}

/// The looks at the stop check of a build nothing stops, and what it built.
fn counted(build: impl Fn(&(dyn Fn() -> bool + Sync)) -> Option<Corpus>) -> (usize, Corpus) {
    let asks = AtomicUsize::new(0);
    let corpus = build(&|| {
        asks.fetch_add(1, Ordering::Relaxed);
        false
    });
    (asks.into_inner(), corpus.expect("a build nothing stops"))
}

/// A build whose stop check says to stop from its `k`th look on gives up, for `k` spread
/// over every look of a whole build (both threads of the side-by-side stage ask it).
fn gives_up_wherever_told(
    total: usize,
    build: impl Fn(&(dyn Fn() -> bool + Sync)) -> Option<Corpus>,
) {
    let mut ks: Vec<usize> = (1..=total).step_by(total.div_ceil(24).max(1)).collect();
    ks.push(total);
    for k in ks {
        let asks = AtomicUsize::new(0);
        let built = build(&|| asks.fetch_add(1, Ordering::Relaxed) + 1 >= k);
        assert!(built.is_none(), "told to stop at look {k} of {total}");
    }
}

#[test]
fn a_build_told_to_stop_gives_up_and_one_never_told_is_a_plain_build() {
    let documents = newsroom(300);
    let build = |stop: &(dyn Fn() -> bool + Sync)| {
        Corpus::build_unless(documents.clone(), Config::default(), Arc::default(), stop)
    };
    let (total, built) = counted(build);
    let plain = Corpus::build(documents.clone(), Config::default(), Arc::default());
    assert_eq!(everything(&built), everything(&plain));
    assert!(!plain.links().is_empty() && plain.entities.len() > 10);
    // Asked inside the stages, not only between them: every 64 documents at least.
    assert!(total > 3 * 300 / 64, "{total} looks");
    gives_up_wherever_told(total, build);
}

#[test]
fn changes_told_to_stop_give_up_and_never_told_give_what_with_changes_gives() {
    let documents = newsroom(300);
    let corpus = Corpus::from_shared(documents.clone(), Config::default());
    let edited = Arc::new(Document::new(
        documents[5].path.clone(),
        format!(
            "{}\nSelon des sources proches du dossier, plus de 90 % du brut kazakh passe par la Russie.\n",
            documents[5].text
        ),
        Format::Text,
    ));
    let changes = || {
        vec![
            (documents[5].path.clone(), Some(edited.clone())),
            (documents[9].path.clone(), None),
        ]
    };
    let build = |stop: &(dyn Fn() -> bool + Sync)| corpus.with_changes_unless(changes(), stop);
    let (total, built) = counted(build);
    let plain = corpus.with_changes(changes());
    assert_eq!(everything(&built), everything(&plain));
    assert_eq!(built.documents.len(), 299);
    assert_eq!(built.document(&documents[5].path), Some(5));
    gives_up_wherever_told(total, build);
}

//! What the server does for a keystroke, without the protocol: an article of the seeds'
//! paragraphs repeated to 1 MB (or BYTES), new to a corpus of 300 generated articles, takes
//! KEYSTROKES one-character insertions at the start of a line in its middle; for each, it is
//! read again where it changed (`Document::reread_unless`), patched into the corpus
//! (`Corpus::patched`) and its findings gathered (`Corpus::findings_of`). For instruction
//! counts that do not depend on how busy the machine is: `RAYON_NUM_THREADS=1 valgrind
//! --tool=callgrind target/release/examples/keystroke_once [KEYSTROKES] [BYTES]`, once with 1
//! and once with 21: the difference by 20 is one keystroke (on one thread the corpus build
//! before the keystrokes counts the same each run). Figures in BENCHMARKS.md.

#[path = "corpus_gen.rs"]
mod corpus_gen;

use std::path::PathBuf;
use std::sync::Arc;

use attest::analysis::Readings;
use attest::article::Format;
use attest::corpus::{Config, Corpus, Document};

fn main() {
    let arg = |n: usize, default: usize| {
        std::env::args()
            .nth(n)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let (keystrokes, bytes) = (arg(1, 1), arg(2, 1 << 20));
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let pool = corpus_gen::Pool::new(&seeds);
    let documents = corpus_gen::articles(&pool, 42, 300, 5000)
        .into_iter()
        .map(|(name, text)| Document::new(PathBuf::from(name), text, Format::Text))
        .collect();
    let mut corpus = Corpus::from_documents(documents, Config::default());
    let path = PathBuf::from("unsaved/long.txt");
    let mut text = corpus_gen::repeated_text(&seeds, bytes);
    let read = |text: &str, readings: &Readings| {
        let (doc, readings) = Document::reread_unless(
            path.clone(),
            text.to_owned(),
            Format::Text,
            None,
            readings,
            &|| false,
        )
        .expect("nothing stops it");
        (Arc::new(doc), readings)
    };
    let (doc, mut readings) = read(&text, &Readings::default());
    corpus = corpus.patched(doc);
    let at = text[..text.len() / 2].rfind('\n').map_or(0, |i| i + 1);
    let mut findings = 0;
    for _ in 0..keystrokes {
        text.insert(at, 'x');
        let (doc, next) = read(&text, &readings);
        readings = next;
        corpus = corpus.patched(doc);
        let d = corpus.document(&path).expect("patched in");
        findings += corpus.findings_of(d).len();
    }
    println!(
        "{keystrokes} keystrokes in {} bytes, {findings} findings",
        text.len()
    );
}

//! Corpus-level cost over 1,000 generated ~5 KB articles (the seeds' paragraphs
//! recombined, `support/corpus_gen.rs`): analysing them (`Document::new`), building the
//! corpus from analysed documents (`Corpus::from_documents`: entity resolution and
//! cross-checking), gathering the findings `attest check` reports (`Corpus::findings`), and
//! patching one edited article in (`Corpus::patched`, what the server does at a keystroke).
//! `cargo bench --bench corpus`; `ATTEST_BENCH_DOCS=N` changes the count (default 1,000).
//! Figures in BENCHMARKS.md.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use attest::article::Format;
use attest::corpus::{Config, Corpus, Document, Relation};
use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

const DEFAULT_COUNT: usize = 1000;
const ARTICLE_BYTES: usize = 5000;
const SEED: u64 = 42;

fn corpus(c: &mut Criterion) {
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let pool = corpus_gen::Pool::new(&seeds);
    let count = std::env::var("ATTEST_BENCH_DOCS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_COUNT);
    let texts = corpus_gen::articles(&pool, SEED, count, ARTICLE_BYTES);
    let bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let documents: Vec<Document> = texts
        .iter()
        .map(|(name, text)| Document::new(PathBuf::from(name), text.clone(), Format::Text))
        .collect();

    let built = Corpus::from_documents(documents.clone(), Config::default());
    print_sizes(&built, bytes);

    let mut g = c.benchmark_group(format!("corpus_{count}"));
    // Iterations are long (analysing 1,000 articles takes ~0.5 s): flat sampling.
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(15));
    g.throughput(Throughput::Bytes(bytes));

    g.bench_function("analyze_documents", |b| {
        b.iter_batched(
            || texts.clone(),
            |texts| {
                texts
                    .into_iter()
                    .map(|(name, text)| Document::new(PathBuf::from(name), text, Format::Text))
                    .collect::<Vec<_>>()
            },
            BatchSize::LargeInput,
        )
    });

    g.bench_function("from_documents", |b| {
        b.iter_batched(
            || documents.clone(),
            |docs| Corpus::from_documents(docs, Config::default()),
            BatchSize::LargeInput,
        )
    });

    g.bench_function("findings", |b| b.iter(|| black_box(&built).findings()));
    g.finish();

    // One article edited (a sentence added), patched in: per keystroke, not per byte.
    let first = &built.documents[0];
    let text = format!("{}\nLe ministre a confirmé la hausse de 3 %.\n", first.text);
    let edited = std::sync::Arc::new(Document::new(first.path.clone(), text, Format::Text));
    let mut g = c.benchmark_group(format!("corpus_{count}"));
    g.bench_function("patch_one_article", |b| {
        b.iter_batched(
            || edited.clone(),
            |doc| built.patched(doc),
            BatchSize::SmallInput,
        )
    });
    // A 100 KB article, new to the corpus then edited (bench-lsp.py's keystrokes).
    let long: String = (0..20).map(|d| built.documents[d].text.as_str()).collect();
    let path = PathBuf::from("unsaved/long.txt");
    let long_doc =
        |text: String| std::sync::Arc::new(Document::new(path.clone(), text, Format::Text));
    let with_long = built.patched(long_doc(long.clone()));
    let edited = long_doc(format!("{long}x"));
    g.bench_function("patch_100kb_article", |b| {
        b.iter_batched(
            || edited.clone(),
            |doc| with_long.patched(doc),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

/// What the corpus holds, so that the timings can be read against the amount of work.
fn print_sizes(corpus: &Corpus, bytes: u64) {
    let claims: usize = corpus
        .documents
        .iter()
        .map(|d| d.analysis.claims.len())
        .sum();
    let mentions: usize = corpus
        .documents
        .iter()
        .map(|d| d.analysis.mentions.len())
        .sum();
    let links = corpus.links();
    let contradicts = links
        .iter()
        .filter(|l| l.relation == Relation::Contradicts)
        .count();
    let findings = corpus.findings();
    let related: usize = findings.iter().flatten().map(|f| f.related.len()).sum();
    eprintln!(
        "corpus: {} documents, {bytes} bytes, {mentions} mentions, {} entities, {claims} claims, \
         {} claim links ({contradicts} contradictions), {} findings with {related} related locations",
        corpus.documents.len(),
        corpus.entities.len(),
        links.len(),
        findings.iter().map(Vec::len).sum::<usize>(),
    );
}

criterion_group!(benches, corpus);
criterion_main!(benches);

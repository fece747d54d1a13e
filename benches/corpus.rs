//! Corpus-level cost over 1,000 generated ~5 KB articles (the seeds' paragraphs
//! recombined, `support/corpus_gen.rs`): analysing them (`Document::new`), building the
//! corpus from analysed documents (`Corpus::from_documents`: entity resolution and
//! cross-checking), and gathering the findings `attest check` reports (`Corpus::findings`).
//! `cargo bench --bench corpus`; figures in BENCHMARKS.md.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use attest::article::Format;
use attest::corpus::{Config, Corpus, Document};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

const COUNT: usize = 1000;
const ARTICLE_BYTES: usize = 5000;
const SEED: u64 = 42;

fn corpus(c: &mut Criterion) {
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let pool = corpus_gen::Pool::new(&seeds);
    let texts = corpus_gen::articles(&pool, SEED, COUNT, ARTICLE_BYTES);
    let bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let documents: Vec<Document> = texts
        .iter()
        .map(|(name, text)| Document::new(PathBuf::from(name), text.clone(), Format::Text))
        .collect();

    let mut g = c.benchmark_group("corpus_1000");
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

    let built = Corpus::from_documents(documents.clone(), Config::default());
    g.bench_function("findings", |b| b.iter(|| black_box(&built).findings()));
    g.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);

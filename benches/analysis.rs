//! Single-document analysis throughput: `attest::analysis::analyze` over the seeds'
//! paragraphs repeated to 1 MB (target ≥ 50 MB/s per core) and over one ~5 KB seed
//! (target well under 1 ms). The same text cut at 64 KB shows whether the cost per byte
//! grows with the length of the document. `cargo bench --bench analysis`; figures in
//! BENCHMARKS.md.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;
use std::time::Duration;

use attest::analysis::analyze;
use attest::article::Format;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const ONE_MB: usize = 1 << 20;
const SIXTY_FOUR_KB: usize = 64 << 10;

fn analysis(c: &mut Criterion) {
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let big = corpus_gen::repeated_text(&seeds, ONE_MB);
    let mid = corpus_gen::repeated_text(&seeds, SIXTY_FOUR_KB);
    // 001_….txt, 5,030 bytes: the seed closest to 5 KB.
    let (_, one) = seeds
        .iter()
        .min_by_key(|(_, t)| t.len().abs_diff(5 * 1024))
        .expect("at least one seed");

    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(15));
    g.bench_function("seeds_1MB", |b| {
        b.iter(|| analyze(black_box(&big), Format::Text))
    });

    g.throughput(Throughput::Bytes(mid.len() as u64));
    g.sample_size(50);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("seeds_64KB", |b| {
        b.iter(|| analyze(black_box(&mid), Format::Text))
    });

    g.throughput(Throughput::Bytes(one.len() as u64));
    g.sample_size(100);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("seed_5KB", |b| {
        b.iter(|| analyze(black_box(one), Format::Text))
    });
    g.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);

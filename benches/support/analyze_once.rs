//! Analyses the seeds' paragraphs repeated to 1 MB (or BYTES) a given number of times
//! (default 1), for instruction counts that do not depend on how busy the machine is:
//! `valgrind --tool=callgrind target/release/examples/analyze_once [TIMES] [BYTES]`.
//! Figures in BENCHMARKS.md.

#[path = "corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;

use attest::analysis::analyze;
use attest::article::Format;

fn main() {
    let times: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let bytes: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1 << 20);
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let text = corpus_gen::repeated_text(&seeds, bytes);
    let mut mentions = 0;
    for _ in 0..times {
        mentions += black_box(analyze(black_box(&text), Format::Text))
            .mentions
            .len();
    }
    println!(
        "{} bytes analysed {times} times, {mentions} mentions",
        text.len()
    );
}

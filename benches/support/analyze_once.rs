//! Analyses the seeds' paragraphs repeated to 1 MB (or BYTES) a given number of times
//! (default 1), for instruction counts that do not depend on how busy the machine is:
//! `valgrind --tool=callgrind target/release/examples/analyze_once [TIMES] [BYTES]`.
//! Given a folder instead of BYTES, analyses each of its `.txt` files, TIMES times: the
//! texts `scripts/spacy-speed.py` gives spaCy too. Figures in BENCHMARKS.md.

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
    let second = std::env::args().nth(2);
    let texts: Vec<String> = match second.as_deref() {
        Some(folder) if std::path::Path::new(folder).is_dir() => {
            let files = corpus_gen::read_seeds(std::path::Path::new(folder));
            files.into_iter().map(|(_, text)| text).collect()
        }
        _ => {
            let bytes = second.and_then(|a| a.parse().ok()).unwrap_or(1 << 20);
            let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
            vec![corpus_gen::repeated_text(&seeds, bytes)]
        }
    };
    let mut mentions = 0;
    for _ in 0..times {
        for text in &texts {
            mentions += black_box(analyze(black_box(text), Format::Text))
                .mentions
                .len();
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("{bytes} bytes analysed {times} times, {mentions} mentions");
}

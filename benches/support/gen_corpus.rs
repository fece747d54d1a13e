//! Writes a synthetic corpus for `scripts/bench-check.sh`:
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR COUNT [SEED] [BYTES_PER_ARTICLE]
//! ```
//!
//! COUNT `.txt` articles of about BYTES_PER_ARTICLE bytes (default 5000), each a title and
//! paragraphs drawn from `seeds/` with a fixed-seed generator (default seed 42), so the
//! same arguments always give the same files.

#[path = "corpus_gen.rs"]
mod corpus_gen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus OUT_DIR COUNT [SEED] [BYTES_PER_ARTICLE]";
    let (Some(out), Some(count)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let number = |s: Option<&String>, default: u64| -> Option<u64> {
        s.map_or(Some(default), |s| s.parse().ok())
    };
    let (Some(count), Some(seed), Some(size)) = (
        number(Some(count), 0),
        number(args.get(2), 42),
        number(args.get(3), 5000),
    ) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let out = PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let seeds = corpus_gen::read_seeds(&corpus_gen::seeds_dir());
    let pool = corpus_gen::Pool::new(&seeds);
    let mut total = 0;
    for (name, text) in corpus_gen::articles(&pool, seed, count as usize, size as usize) {
        total += text.len();
        if let Err(e) = std::fs::write(out.join(&name), text) {
            eprintln!("cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    eprintln!("{count} articles, {total} bytes in {}", out.display());
    ExitCode::SUCCESS
}

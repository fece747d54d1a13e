//! Synthetic corpora for the benchmarks, made by recombining the paragraphs of `seeds/`.
//!
//! Shared by `benches/analysis.rs` and the `gen_corpus` example through `#[path]`; this
//! folder has no `main.rs`, so cargo does not take it for a bench target of its own.
//! Deterministic: the same seed gives the same corpus on every machine.

#![allow(dead_code)] // each includer uses only part of it

use std::path::{Path, PathBuf};

/// The seed articles shipped with the crate.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The `.txt` files of `dir`, sorted by name, as `(name, text)`.
pub fn read_seeds(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .txt seeds in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// The paragraphs of the seeds (blocks between blank lines), split into headings (short
/// single lines without closing punctuation: titles, section heads) and body paragraphs.
pub struct Pool {
    pub headings: Vec<String>,
    pub body: Vec<String>,
}

impl Pool {
    pub fn new(seeds: &[(String, String)]) -> Pool {
        let mut headings = Vec::new();
        let mut body = Vec::new();
        for (_, text) in seeds {
            for p in paragraphs(text) {
                if looks_like_heading(&p) {
                    headings.push(p);
                } else {
                    body.push(p);
                }
            }
        }
        assert!(!headings.is_empty() && !body.is_empty());
        Pool { headings, body }
    }

    /// One article of at least `target` bytes: a title, then body paragraphs drawn without
    /// repetition (a section heading now and then), so names and claims recur across the
    /// articles of a corpus as they do in real coverage of one story.
    pub fn article(&self, rng: &mut Rng, target: usize) -> String {
        let mut out = self.headings[rng.below(self.headings.len())].clone();
        let mut order: Vec<usize> = (0..self.body.len()).collect();
        rng.shuffle(&mut order);
        for &i in order.iter().cycle() {
            if out.len() >= target {
                break;
            }
            if rng.below(6) == 0 {
                out.push_str("\n\n");
                out.push_str(&self.headings[rng.below(self.headings.len())]);
            }
            out.push_str("\n\n");
            out.push_str(&self.body[i]);
        }
        out.push('\n');
        out
    }
}

/// All the seeds' paragraphs in order, repeated until the text reaches `target` bytes.
pub fn repeated_text(seeds: &[(String, String)], target: usize) -> String {
    let all: Vec<String> = seeds.iter().flat_map(|(_, t)| paragraphs(t)).collect();
    let mut out = String::with_capacity(target + 4096);
    for p in all.iter().cycle() {
        if out.len() >= target {
            break;
        }
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

/// `count` articles of about `target` bytes each, named `00000.txt`, `00001.txt`, …
pub fn articles(pool: &Pool, seed: u64, count: usize, target: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| (format!("{i:05}.txt"), pool.article(&mut rng, target)))
        .collect()
}

fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn looks_like_heading(p: &str) -> bool {
    !p.contains('\n')
        && p.split_whitespace().count() <= 14
        && !p.ends_with(['.', '!', '?', '…', ':', ';', ',', '»', '"', '”'])
}

/// SplitMix64: small, fast, and enough for shuffling paragraphs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (the modulo bias is irrelevant here).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

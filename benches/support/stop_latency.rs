//! How long a corpus rebuild takes to give up once told to stop: `Corpus::with_changes_unless`
//! over a folder (one document replaced by itself), told to stop at offsets spread over
//! the whole build; prints the build's time and the delay between the stop and the return.
//!
//!     cargo run --release --example stop_latency -- bench-corpus [STEPS]
//!
//! With `GAPS=1`, first the longest stretches of a whole build without a look at the stop
//! check (from both threads of the stage that runs side by side).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use attest::corpus::Corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = PathBuf::from(args.next().expect("a corpus folder"));
    let steps: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(40);
    let corpus = Corpus::load(&[folder]);
    let changes = || {
        vec![(
            corpus.documents[0].path.clone(),
            Some(corpus.documents[0].clone()),
        )]
    };
    let mut whole = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let built = corpus.with_changes_unless(changes(), &|| false);
        assert!(built.is_some());
        drop(built);
        whole.push(t.elapsed());
    }
    whole.sort();
    let full = whole[1];
    println!(
        "{} documents: a whole build {:.1} ms (median of 3)",
        corpus.documents.len(),
        ms(full)
    );
    if std::env::var_os("GAPS").is_some() {
        let asks = std::sync::Mutex::new(Vec::new());
        let start = Instant::now();
        let _ = corpus.with_changes_unless(changes(), &|| {
            asks.lock().unwrap().push(start.elapsed());
            false
        });
        let asks = asks.into_inner().unwrap();
        let mut gaps: Vec<(Duration, Duration)> =
            asks.windows(2).map(|w| (w[1] - w[0], w[0])).collect();
        gaps.sort();
        for (gap, at) in gaps.iter().rev().take(8) {
            println!("gap {:.2} ms after {:.1} ms", ms(*gap), ms(*at));
        }
        println!("{} asks, total {:.1}", asks.len(), ms(start.elapsed()));
    }
    let mut delays = Vec::new();
    for i in 0..steps {
        let after = full.mul_f64(f64::from(i) / f64::from(steps));
        let start = Instant::now();
        let deadline = start + after;
        let built = corpus.with_changes_unless(changes(), &|| Instant::now() >= deadline);
        let returned = Instant::now();
        let gave_up = built.is_none();
        drop(built);
        let delay = returned.saturating_duration_since(deadline);
        println!(
            "stop at {:7.1} ms: {} after {:.2} ms",
            ms(after),
            if gave_up { "gave up" } else { "finished" },
            ms(delay)
        );
        if gave_up {
            delays.push(delay);
        }
    }
    delays.sort();
    if let (Some(p50), Some(max)) = (delays.get(delays.len() / 2), delays.last()) {
        println!(
            "gave up {} times: delay p50 {:.2} ms, max {:.2} ms",
            delays.len(),
            ms(*p50),
            ms(*max)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

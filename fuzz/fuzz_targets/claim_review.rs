//! The ClaimReview loader (`reviews/*.json`) on any text: it never fails, its findings lie
//! on char boundaries inside the file, and a review is looked up with the claims of its
//! own wording, analysed as an article sentence, without panicking.

#![no_main]

use std::path::PathBuf;

use attest::analysis::analyze;
use attest::article::Format;
use attest::corpus::Reviews;
use attest::text::decode;
use attest_fuzz::spans::check_findings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = decode(data.to_vec()).text;
    let mut reviews = Reviews::default();
    reviews.add_file(PathBuf::from("reviews/fuzz.json"), &text);

    for p in &reviews.problems {
        assert_eq!(p.text, text);
        assert!(!p.findings.is_empty(), "a problem file without findings");
        check_findings(&text, &p.findings);
    }
    for r in reviews.reviews.iter().take(4) {
        let wording = &r.claim_reviewed;
        let analysis = analyze(wording, Format::Text);
        for claim in &analysis.claims {
            let _ = reviews.review_of(wording, claim);
        }
    }
});

//! The analysis never panics, and every range it gives lies on char boundaries inside the
//! text, whatever the input.

use attest::analysis::{Analysis, analyze};
use attest::article::Format;
use attest::text::Span;
use proptest::prelude::*;

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
}

fn check(text: &str, a: &Analysis) {
    let article = &a.article;
    for p in &article.paragraphs {
        check_span(text, p.span, "paragraph");
    }
    for s in &article.sentences {
        check_span(text, s.span, "sentence");
    }
    for q in &article.quotes {
        check_span(text, q.span, "quote");
        check_span(text, q.inner, "quote inner");
    }
    for q in &article.quantities {
        check_span(text, q.span, "quantity");
    }
    for d in &article.dates {
        check_span(text, d.span, "date");
    }
    for m in &a.mentions {
        check_span(text, m.span, "mention");
    }
    for c in &a.claims {
        check_span(text, c.span, "claim");
        check_span(text, c.focus, "claim focus");
    }
    for f in &a.findings {
        check_span(text, f.span, "finding");
    }
}

/// Pieces of real text with every difficulty: « », ’, non-breaking spaces, initials,
/// numbers, emoji, combining marks.
const PIECES: &[&str] = &[
    "Selon des sources proches du dossier, ",
    "« ",
    " »",
    "“",
    "”",
    "\"",
    "V. ",
    "K-J. ",
    "Tokaïev",
    "Kassym-Jomart ",
    "l’",
    "d'",
    "(OTSC)",
    "Organisation du traité ",
    "plus de ",
    "80\u{a0}%",
    "60\u{202f}000 ",
    "1,3 million ",
    "la moitié ",
    "aurait fait savoir ",
    "nul doute que ",
    "le 27 novembre 2024",
    ". ",
    "? ",
    "\n",
    "\n\n",
    "🇰🇿",
    "e\u{301}",
    "ministère des Affaires étrangères ",
    "a déclaré à l’AFP ",
    "la plus longue ",
    "au monde",
    "---\ntitle: x\n---\n",
    "# ",
    "[lien](http://x)",
    "\u{FFFD}",
    "\r\n",
    " ",
    "U.S. ",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_gives_valid_ranges(text in "\\PC{0,300}") {
        for format in [Format::Text, Format::Markdown] {
            check(&text, &analyze(&text, format));
        }
    }

    #[test]
    fn article_like_text_gives_valid_ranges(pieces in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        for format in [Format::Text, Format::Markdown] {
            check(&text, &analyze(&text, format));
        }
    }
}

#[test]
fn every_seed_cut_anywhere_gives_valid_ranges() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/004_779f11e57f10b339.txt"
    ))
    .unwrap();
    for (i, _) in text.char_indices().step_by(97) {
        let cut = &text[i..];
        check(cut, &analyze(cut, Format::Text));
    }
}

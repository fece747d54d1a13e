//! Every range handed out lies inside its text and on char boundaries: the invariant of
//! ARCHITECTURE.md, checked on whatever the fuzzer feeds.

use attest::analysis::{Analysis, Attribution, Finding};
use attest::annotation::ArticleAnnotations;
use attest::text::Span;

/// Panics (a crash for the fuzzer) when `span` is reversed, past the end of `text` or
/// splits a char.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
}

pub fn check_findings(text: &str, findings: &[Finding]) {
    for f in findings {
        check_span(text, f.span, "finding");
        for r in f.related.iter().filter(|r| r.document.is_none()) {
            check_span(text, r.span, "related place");
        }
    }
}

fn check_attribution(text: &str, a: &Attribution) {
    match a {
        Attribution::Named { cue, source } => {
            check_span(text, *cue, "attribution cue");
            check_span(text, *source, "attribution source");
        }
        Attribution::Anonymous { span } => check_span(text, *span, "anonymous source"),
        Attribution::None => {}
    }
}

/// Every span of one article's analysis.
pub fn check_analysis(text: &str, a: &Analysis) {
    let article = &a.article;
    if let Some(title) = article.title {
        check_span(text, title, "title");
    }
    for p in &article.paragraphs {
        check_span(text, p.span, "paragraph");
    }
    for s in &article.sentences {
        check_span(text, s.span, "sentence");
        assert!(
            s.paragraph < article.paragraphs.len(),
            "sentence {s:?} in no paragraph"
        );
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
        check_attribution(text, &c.attribution);
        if let Some(h) = &c.hedge {
            check_span(text, **h, "claim hedge");
        }
        assert!(
            (c.sentence as usize) < article.sentences.len(),
            "claim {c:?} in no sentence"
        );
    }
    for s in a.anonymous_sources.iter().chain(&a.hedges) {
        check_span(text, *s, "anonymous source or hedge");
    }
    for (s, _) in &a.notes {
        check_span(text, *s, "note");
    }
    check_findings(text, &a.findings);
}

/// Every span of a standoff read against its article.
pub fn check_annotations(text: &str, a: &ArticleAnnotations) {
    for n in &a.names {
        check_span(text, n.span, "annotated name");
    }
    for c in &a.claims {
        check_span(text, c.span, "annotated claim");
    }
    for (s, _) in &a.notes {
        check_span(text, *s, "annotator note");
    }
    for s in &a.stale {
        check_span(text, s.span, "stale annotation");
    }
}

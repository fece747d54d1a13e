//! Findings: what Attest tells the writer, with stable codes (DESIGN.md §4).

use std::borrow::Cow;

use serde::Serialize;

use super::attribution::Attribution;
use super::claim::{Claim, ClaimKind, Status};
use crate::text::Span;

/// A stable diagnostic code. The string forms are public: editors, CI filters and
/// configuration files name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    ClaimUnsourced,
    ClaimUnverified,
    ClaimRefuted,
    ClaimDisputed,
    ClaimContradicted,
    SourceAnonymous,
    QuoteUnattributed,
    ClaimHedged,
    EntitySpelling,
    AnnotationStale,
    KbInvalid,
}

impl Code {
    pub const ALL: [Code; 11] = [
        Code::ClaimUnsourced,
        Code::ClaimUnverified,
        Code::ClaimRefuted,
        Code::ClaimDisputed,
        Code::ClaimContradicted,
        Code::SourceAnonymous,
        Code::QuoteUnattributed,
        Code::ClaimHedged,
        Code::EntitySpelling,
        Code::AnnotationStale,
        Code::KbInvalid,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::ClaimUnsourced => "claim-unsourced",
            Code::ClaimUnverified => "claim-unverified",
            Code::ClaimRefuted => "claim-refuted",
            Code::ClaimDisputed => "claim-disputed",
            Code::ClaimContradicted => "claim-contradicted",
            Code::SourceAnonymous => "source-anonymous",
            Code::QuoteUnattributed => "quote-unattributed",
            Code::ClaimHedged => "claim-hedged",
            Code::EntitySpelling => "entity-spelling",
            Code::AnnotationStale => "annotation-stale",
            Code::KbInvalid => "kb-invalid",
        }
    }

    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Where the code stands in [`Code::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The severity a finding gets unless the corpus configures another.
    pub fn default_severity(self) -> Severity {
        match self {
            Code::ClaimRefuted | Code::KbInvalid => Severity::Error,
            Code::EntitySpelling => Severity::Information,
            // An attributed claim no review covers is the fact-checker's queue, not a flaw
            // of the copy: shown faintly, listed on demand.
            Code::ClaimUnverified | Code::ClaimHedged => Severity::Hint,
            _ => Severity::Warning,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// A place elsewhere that explains a finding: the contradicting claim, the canonical
/// spelling. `document` indexes the corpus's documents; `None` means the same document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub document: Option<usize>,
    pub span: Span,
    /// Most say the same words (« the same claim in another article »), shared, not copied
    /// for each: a long article has thousands.
    pub message: Cow<'static, str>,
}

/// One thing to tell the writer, at a byte range of one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub related: Vec<Related>,
}

impl Finding {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Finding {
            code,
            severity: code.default_severity(),
            span,
            message: message.into(),
            related: Vec::new(),
        }
    }
}

/// An article's findings from its claims, quotations, anonymous sources and hedges: one
/// decision a claim (its own attribution), in text order.
pub(super) fn of_article(
    text: &str,
    claims: &[Claim],
    quotations: &[(Span, Attribution)],
    anonymous: &[Span],
    hedges: &[Span],
) -> Vec<Finding> {
    let mut out = Vec::with_capacity(claims.len() + anonymous.len() + hedges.len());
    for (span, attribution) in quotations {
        if attribution.is_none() {
            out.push(Finding::new(
                Code::QuoteUnattributed,
                *span,
                "Quotation with no speaker in its sentence, the next line or its paragraph",
            ));
        }
    }
    for c in claims {
        let focus = c.focus.of(text);
        if c.kind == ClaimKind::Quotation {
            continue;
        }
        match c.status {
            Status::Verified => continue,
            Status::Disputed => {
                let message = message(&["Disputed: « ", focus, " » is marked disputed"]);
                out.push(Finding::new(Code::ClaimDisputed, c.focus, message));
                continue;
            }
            Status::Refuted => {
                let message = message(&["Refuted: « ", focus, " » is marked false"]);
                out.push(Finding::new(Code::ClaimRefuted, c.focus, message));
                continue;
            }
            Status::Unreviewed => {}
        }
        if !c.check_worthy() {
            continue;
        }
        // One decision for a claim, the same in every view (check, hover, annotate): its
        // own attribution. A source elsewhere in the paragraph does not govern it.
        if c.attribution.is_none() {
            out.push(Finding::new(
                Code::ClaimUnsourced,
                c.focus,
                message(&[
                    "Unsourced ",
                    c.kind.as_str(),
                    ": « ",
                    focus,
                    " » has no source in its sentence",
                ]),
            ));
        } else {
            out.push(Finding::new(
                Code::ClaimUnverified,
                c.focus,
                message(&[
                    c.kind.as_title(),
                    " « ",
                    focus,
                    " » is attributed but not verified",
                ]),
            ));
        }
    }
    for &span in anonymous {
        out.push(Finding::new(
            Code::SourceAnonymous,
            span,
            message(&["Anonymous source: « ", span.of(text), " »"]),
        ));
    }
    for &span in hedges {
        out.push(Finding::new(
            Code::ClaimHedged,
            span,
            message(&["Hedged wording: « ", span.of(text), " »"]),
        ));
    }
    out.sort_by_key(|f| (f.span.start, f.code));
    out
}

/// A message made of `parts` end to end, in one allocation and without the formatting
/// machinery: an article has a finding every few sentences.
fn message(parts: &[&str]) -> String {
    let mut m = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        m.push_str(p);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_their_parts_end_to_end() {
        let focus = "l’été\u{a0}2024 😀";
        assert_eq!(
            message(&["Unsourced ", "event", ": « ", focus, " » has no source"]),
            format!("Unsourced {}: « {focus} » has no source", "event")
        );
        assert_eq!(message(&[]), "");
        assert_eq!(message(&["", "é", ""]), "é");
    }

    #[test]
    fn a_claim_kind_s_title_is_its_name_with_a_capital() {
        use crate::analysis::claim::ClaimKind as K;
        let kinds = [
            K::Statistic,
            K::Superlative,
            K::Comparison,
            K::Quotation,
            K::ReportedSpeech,
            K::Event,
            K::Statement,
            K::Annotated,
        ];
        for kind in kinds {
            let mut name = kind.as_str().chars();
            let first = name.next().expect("a name").to_uppercase();
            assert_eq!(kind.as_title(), first.chain(name).collect::<String>());
        }
    }

    #[test]
    fn codes_round_trip_through_their_names() {
        for (i, code) in Code::ALL.into_iter().enumerate() {
            assert_eq!(Code::parse(code.as_str()), Some(code));
            assert_eq!(code.index(), i);
        }
        assert_eq!(Code::parse("claim-made-up"), None);
    }
}

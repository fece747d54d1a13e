//! Findings: what Attest tells the writer, with stable codes (DESIGN.md §4).

use serde::Serialize;

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

    /// The severity a finding gets unless the corpus configures another.
    pub fn default_severity(self) -> Severity {
        match self {
            Code::ClaimRefuted | Code::KbInvalid => Severity::Error,
            Code::ClaimUnverified | Code::EntitySpelling => Severity::Information,
            Code::ClaimHedged => Severity::Hint,
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
    pub message: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_their_names() {
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(code));
        }
        assert_eq!(Code::parse("claim-made-up"), None);
    }
}

//! Output formats for `attest check`: compiler-style text, JSON Lines and SARIF 2.1.0.

pub mod human;
pub mod json;
pub mod sarif;

use std::io::{self, Write};

use crate::cli::report::ReportedFinding;

/// How `attest check` prints its findings on stdout.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One line per finding, `file:line:col: severity[code] message`, like a compiler.
    Human,
    /// One JSON object per finding, one per line (JSON Lines).
    Json,
    /// A single SARIF 2.1.0 log, for code-scanning tools.
    Sarif,
}

/// Writes `findings` to `out` in `format`.
pub fn write(format: Format, findings: &[ReportedFinding], out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::write(findings, out),
        Format::Json => json::write(findings, out),
        Format::Sarif => sarif::write(findings, out),
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    use crate::analysis::Severity;
    use crate::cli::report::{ReportedFinding, ReportedRelated};

    /// Findings whose paths hold a space and non-ASCII letters, and whose messages hold
    /// guillemets and a double quote, to exercise every format's escaping.
    pub fn findings() -> Vec<ReportedFinding> {
        vec![
            ReportedFinding {
                file: "seeds/été 1.txt".to_string(),
                line: 3,
                column: 5,
                end_line: 3,
                end_column: 17,
                start_byte: 42,
                end_byte: 56,
                severity: Severity::Error,
                code: "claim-refuted",
                message: "« 40 % » matches a fact-check rated \"false\"".to_string(),
                related: vec![ReportedRelated {
                    file: "reviews/été.toml".to_string(),
                    line: 7,
                    column: 1,
                    message: "the review « Faux »".to_string(),
                }],
            },
            ReportedFinding {
                file: "seeds/b.txt".to_string(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 9,
                start_byte: 0,
                end_byte: 8,
                severity: Severity::Hint,
                code: "claim-hedged",
                message: "speculative wording".to_string(),
                related: Vec::new(),
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_writes_something() {
        let findings = fixture::findings();
        for format in [Format::Human, Format::Json, Format::Sarif] {
            let mut out = Vec::new();
            write(format, &findings, &mut out).unwrap();
            assert!(!out.is_empty(), "{format:?}");
        }
    }

    #[test]
    fn format_names_parse_from_the_command_line() {
        use clap::ValueEnum;
        assert_eq!(Format::from_str("sarif", false), Ok(Format::Sarif));
        assert_eq!(Format::from_str("json", false), Ok(Format::Json));
        assert_eq!(Format::from_str("human", false), Ok(Format::Human));
    }
}

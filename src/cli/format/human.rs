//! Compiler-style text: `file:line:col: severity[code] message`, related places indented.

use std::io::{self, Write};

use crate::analysis::Severity;
use crate::cli::report::ReportedFinding;

/// One line per finding, then one indented `note:` line per related place.
pub fn write(findings: &[ReportedFinding], out: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            f.file,
            f.line,
            f.column,
            f.severity.as_str(),
            f.code,
            f.message
        )?;
        for r in &f.related {
            writeln!(
                out,
                "  {}:{}:{}: note: {}",
                r.file, r.line, r.column, r.message
            )?;
        }
    }
    Ok(())
}

/// The closing line, e.g. `5 articles checked: 2 errors, 7 warnings, 3 information, 1 hint`.
/// Zero counts are left out; with no findings at all it ends `: no findings`.
pub fn summary(findings: &[ReportedFinding], documents: usize) -> String {
    let mut tally = Tally::default();
    tally.add(findings);
    tally.summary(documents)
}

/// Findings counted by severity, for a summary of output that was streamed.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    counts: [usize; 4],
}

impl Tally {
    pub fn add(&mut self, findings: &[ReportedFinding]) {
        for f in findings {
            self.counts[f.severity as usize] += 1;
        }
    }

    pub fn errors(&self) -> usize {
        self.counts[Severity::Error as usize]
    }

    pub fn summary(&self, documents: usize) -> String {
        summarise(self.counts, documents)
    }
}

fn summarise(counts: [usize; 4], documents: usize) -> String {
    let count = |severity: Severity| counts[severity as usize];
    let parts: Vec<String> = [
        (count(Severity::Error), "error", "errors"),
        (count(Severity::Warning), "warning", "warnings"),
        (count(Severity::Information), "information", "information"),
        (count(Severity::Hint), "hint", "hints"),
    ]
    .into_iter()
    .filter(|&(n, _, _)| n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    let articles = if documents == 1 {
        "article"
    } else {
        "articles"
    };
    let tally = if parts.is_empty() {
        "no findings".to_string()
    } else {
        parts.join(", ")
    };
    format!("{documents} {articles} checked: {tally}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::format::fixture;

    fn render(findings: &[ReportedFinding]) -> String {
        let mut out = Vec::new();
        write(findings, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_line_per_finding_and_an_indented_note_per_related_place() {
        assert_eq!(
            render(&fixture::findings()),
            "seeds/été 1.txt:3:5: error[claim-refuted] « 40 % » matches a fact-check rated \"false\"\n\
             \x20 reviews/été.toml:7:1: note: the review « Faux »\n\
             seeds/b.txt:1:1: hint[claim-hedged] speculative wording\n"
        );
    }

    #[test]
    fn no_findings_print_nothing() {
        assert_eq!(render(&[]), "");
    }

    fn with_severities(severities: &[(Severity, usize)]) -> Vec<ReportedFinding> {
        let template = fixture::findings().remove(1);
        severities
            .iter()
            .flat_map(|&(severity, n)| {
                let mut f = template.clone();
                f.severity = severity;
                std::iter::repeat_n(f, n)
            })
            .collect()
    }

    #[test]
    fn summary_pluralises_and_omits_zero_counts() {
        let findings = with_severities(&[
            (Severity::Error, 2),
            (Severity::Warning, 7),
            (Severity::Information, 3),
            (Severity::Hint, 1),
        ]);
        assert_eq!(
            summary(&findings, 5),
            "5 articles checked: 2 errors, 7 warnings, 3 information, 1 hint"
        );
        let findings = with_severities(&[
            (Severity::Error, 1),
            (Severity::Information, 1),
            (Severity::Hint, 2),
        ]);
        assert_eq!(
            summary(&findings, 1),
            "1 article checked: 1 error, 1 information, 2 hints"
        );
        let findings = with_severities(&[(Severity::Warning, 1)]);
        assert_eq!(summary(&findings, 3), "3 articles checked: 1 warning");
    }

    #[test]
    fn summary_without_findings() {
        assert_eq!(summary(&[], 5), "5 articles checked: no findings");
        assert_eq!(summary(&[], 0), "0 articles checked: no findings");
    }
}

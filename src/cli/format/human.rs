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

/// Whether a finding is listed by default: errors and warnings, what a fact-checker acts
/// on; information and hints are listed on demand (`--all`).
pub fn listed_by_default(f: &ReportedFinding) -> bool {
    f.severity <= Severity::Warning
}

/// The closing line of findings all listed, e.g. `5 articles checked: 2 errors
/// (2 claim-refuted), 7 warnings (5 claim-unsourced, 2 source-anonymous), 3 information,
/// 1 hint`.
pub fn summary(findings: &[ReportedFinding], documents: usize) -> String {
    let mut tally = Tally::default();
    tally.add(findings);
    tally.summary(documents, true)
}

/// Findings counted by severity, and the errors and warnings by code, for a summary of
/// output that was streamed.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    counts: [usize; 4],
    /// Per severity (errors, warnings): how many of each code.
    codes: [std::collections::BTreeMap<&'static str, usize>; 2],
}

impl Tally {
    pub fn add(&mut self, findings: &[ReportedFinding]) {
        for f in findings {
            self.counts[f.severity as usize] += 1;
            if let Some(codes) = self.codes.get_mut(f.severity as usize) {
                *codes.entry(f.code).or_default() += 1;
            }
        }
    }

    pub fn errors(&self) -> usize {
        self.counts[Severity::Error as usize]
    }

    /// The closing line. Errors and warnings come first, each with what they are, most
    /// frequent first; information and hints follow, said to be unlisted unless `listed`.
    /// Zero counts are left out; with no findings at all it ends `: no findings`.
    pub fn summary(&self, documents: usize, listed: bool) -> String {
        let articles = if documents == 1 {
            "article"
        } else {
            "articles"
        };
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut acted_on = Vec::new();
        for (severity, one, many) in [(0, "error", "errors"), (1, "warning", "warnings")] {
            let n = self.counts[severity];
            if n == 0 {
                continue;
            }
            let mut codes: Vec<(&str, usize)> =
                self.codes[severity].iter().map(|(c, n)| (*c, *n)).collect();
            codes.sort_by_key(|&(code, n)| (std::cmp::Reverse(n), code));
            let codes: Vec<String> = codes
                .iter()
                .map(|(code, n)| format!("{n} {code}"))
                .collect();
            acted_on.push(format!("{} ({})", count(n, one, many), codes.join(", ")));
        }
        let mut rest = Vec::new();
        let information = self.counts[Severity::Information as usize];
        let hints = self.counts[Severity::Hint as usize];
        if information > 0 {
            rest.push(count(information, "information", "information"));
        }
        if hints > 0 {
            rest.push(count(hints, "hint", "hints"));
        }
        let tally = match (acted_on.is_empty(), rest.is_empty()) {
            (true, true) => "no findings".to_string(),
            (_, true) => acted_on.join(", "),
            (_, false) if listed => acted_on
                .into_iter()
                .chain(rest)
                .collect::<Vec<_>>()
                .join(", "),
            (true, false) => format!("{} (not listed: --all lists them)", rest.join(", ")),
            (false, false) => format!(
                "{}; {} not listed (--all lists them)",
                acted_on.join(", "),
                rest.join(" and ")
            ),
        };
        format!("{documents} {articles} checked: {tally}")
    }
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
            "5 articles checked: 2 errors (2 claim-hedged), 7 warnings (7 claim-hedged), 3 information, 1 hint"
        );
        let findings = with_severities(&[
            (Severity::Error, 1),
            (Severity::Information, 1),
            (Severity::Hint, 2),
        ]);
        assert_eq!(
            summary(&findings, 1),
            "1 article checked: 1 error (1 claim-hedged), 1 information, 2 hints"
        );
        let findings = with_severities(&[(Severity::Warning, 1)]);
        assert_eq!(
            summary(&findings, 3),
            "3 articles checked: 1 warning (1 claim-hedged)"
        );
    }

    #[test]
    fn summary_says_what_the_warnings_are_and_what_was_not_listed() {
        let mut findings = with_severities(&[(Severity::Warning, 3), (Severity::Information, 4)]);
        findings[0].code = "source-anonymous";
        findings[1].code = "claim-unsourced";
        findings[2].code = "claim-unsourced";
        let mut tally = Tally::default();
        tally.add(&findings);
        assert_eq!(
            tally.summary(2, false),
            "2 articles checked: 3 warnings (2 claim-unsourced, 1 source-anonymous); 4 information not listed (--all lists them)"
        );
        let only_hints = with_severities(&[(Severity::Hint, 2)]);
        let mut tally = Tally::default();
        tally.add(&only_hints);
        assert_eq!(
            tally.summary(1, false),
            "1 article checked: 2 hints (not listed: --all lists them)"
        );
        assert!(!listed_by_default(&only_hints[0]));
        assert!(listed_by_default(&findings[0]));
    }

    #[test]
    fn summary_without_findings() {
        assert_eq!(summary(&[], 5), "5 articles checked: no findings");
        assert_eq!(summary(&[], 0), "0 articles checked: no findings");
    }
}

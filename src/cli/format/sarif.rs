//! SARIF 2.1.0: one log, one run, a rule per finding code.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::analysis::{Code, Severity};
use crate::cli::report::ReportedFinding;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Writes the whole log as one pretty-printed JSON document.
pub fn write(findings: &[ReportedFinding], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(findings))?;
    out.write_all(b"\n")
}

/// The SARIF log for `findings`.
pub fn log(findings: &[ReportedFinding]) -> Value {
    let rules: Vec<Value> = Code::ALL
        .into_iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "shortDescription": { "text": description(code) },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = findings.iter().map(result).collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "attest",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn result(f: &ReportedFinding) -> Value {
    let mut result = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&f.file) },
                "region": {
                    "startLine": f.line,
                    "startColumn": f.column,
                    "endLine": f.end_line,
                    "endColumn": f.end_column,
                    "byteOffset": f.start_byte,
                    "byteLength": f.end_byte.saturating_sub(f.start_byte),
                },
            },
        }],
    });
    if let Some(index) = Code::ALL.iter().position(|c| c.as_str() == f.code) {
        result["ruleIndex"] = json!(index);
    }
    if !f.related.is_empty() {
        let related: Vec<Value> = f
            .related
            .iter()
            .enumerate()
            .map(|(id, r)| {
                json!({
                    "id": id,
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&r.file) },
                        "region": { "startLine": r.line, "startColumn": r.column },
                    },
                    "message": { "text": r.message },
                })
            })
            .collect();
        result["relatedLocations"] = Value::Array(related);
    }
    result
}

/// SARIF has no "information" or "hint" level; both become "note".
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

fn description(code: Code) -> &'static str {
    match code {
        Code::ClaimUnsourced => "A check-worthy statement with no attribution and no review.",
        Code::ClaimUnverified => "An attributed claim that no review or verification covers.",
        Code::ClaimRefuted => "A claim that matches a fact-check rated false.",
        Code::ClaimDisputed => {
            "A claim that matches a fact-check with a mixed rating, or is annotated Disputed."
        }
        Code::ClaimContradicted => {
            "The same quantity about the same subject differs in another article."
        }
        Code::SourceAnonymous => "A claim that rests on an anonymous source.",
        Code::QuoteUnattributed => "A quotation with no named speaker.",
        Code::ClaimHedged => "Conditional or speculative wording on a factual claim.",
        Code::EntitySpelling => "One entity spelled two ways in the corpus.",
        Code::AnnotationStale => "An annotation whose text no longer matches the article.",
        Code::KbInvalid => "A malformed knowledge base, annotation or review file.",
    }
}

/// A relative URI reference for a file path: backslashes become `/`, and every byte
/// outside RFC 3986's unreserved set (and `/`) is percent-encoded, UTF-8 byte by byte.
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'\\' | b'/' => out.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::format::fixture;

    fn render() -> Value {
        let mut out = Vec::new();
        write(&fixture::findings(), &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn a_sarif_2_1_0_log_with_one_run_and_a_rule_per_code() {
        let log = render();
        assert_eq!(log["version"], "2.1.0");
        assert_eq!(log["$schema"], SCHEMA);
        let runs = log["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0]["columnKind"], "unicodeCodePoints");
        let driver = &runs[0]["tool"]["driver"];
        assert_eq!(driver["name"], "attest");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        assert!(driver.get("informationUri").is_none());
        let rules = driver["rules"].as_array().unwrap();
        assert_eq!(rules.len(), Code::ALL.len());
        for (rule, code) in rules.iter().zip(Code::ALL) {
            assert_eq!(rule["id"], code.as_str());
            assert!(
                !rule["shortDescription"]["text"]
                    .as_str()
                    .unwrap()
                    .is_empty()
            );
        }
        assert_eq!(rules[2]["defaultConfiguration"]["level"], "error");
        assert_eq!(rules[7]["defaultConfiguration"]["level"], "note");
    }

    #[test]
    fn results_carry_rule_level_message_and_region() {
        let log = render();
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        let first = &results[0];
        assert_eq!(first["ruleId"], "claim-refuted");
        assert_eq!(first["ruleIndex"], 2);
        assert_eq!(first["level"], "error");
        assert_eq!(
            first["message"]["text"],
            "« 40 % » matches a fact-check rated \"false\""
        );
        let location = &first["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "seeds/%C3%A9t%C3%A9%201.txt"
        );
        let region = &location["region"];
        assert_eq!(region["startLine"], 3);
        assert_eq!(region["startColumn"], 5);
        assert_eq!(region["endLine"], 3);
        assert_eq!(region["endColumn"], 17);
        assert_eq!(region["byteOffset"], 42);
        assert_eq!(region["byteLength"], 14);
        assert_eq!(results[1]["level"], "note");
        assert_eq!(results[1]["ruleIndex"], 7);
        assert!(results[1].get("relatedLocations").is_none());
    }

    #[test]
    fn related_places_become_related_locations() {
        let log = render();
        let related = log["runs"][0]["results"][0]["relatedLocations"]
            .as_array()
            .unwrap();
        assert_eq!(related.len(), 1);
        assert_eq!(related[0]["id"], 0);
        assert_eq!(related[0]["message"]["text"], "the review « Faux »");
        let location = &related[0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "reviews/%C3%A9t%C3%A9.toml"
        );
        assert_eq!(location["region"]["startLine"], 7);
        assert_eq!(location["region"]["startColumn"], 1);
    }

    #[test]
    fn levels_map_onto_sarif_levels() {
        assert_eq!(level(Severity::Error), "error");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Information), "note");
        assert_eq!(level(Severity::Hint), "note");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("seeds/été 1.txt"), "seeds/%C3%A9t%C3%A9%201.txt");
        assert_eq!(uri(r"seeds\a#b?.txt"), "seeds/a%23b%3F.txt");
        assert_eq!(uri("a-b_c.~/d%e"), "a-b_c.~/d%25e");
    }

    #[test]
    fn an_empty_run_still_lists_the_rules() {
        let log = log(&[]);
        assert_eq!(log["runs"][0]["results"], json!([]));
        assert_eq!(
            log["runs"][0]["tool"]["driver"]["rules"]
                .as_array()
                .unwrap()
                .len(),
            Code::ALL.len()
        );
    }
}

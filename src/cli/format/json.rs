//! JSON Lines: one object per finding, keys in `ReportedFinding`'s field order.

use std::io::{self, Write};

use crate::cli::report::ReportedFinding;

/// Writes each finding as one compact JSON object followed by a newline.
pub fn write(findings: &[ReportedFinding], out: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        serde_json::to_writer(&mut *out, f)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::format::fixture;

    const KEYS: [&str; 11] = [
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "start_byte",
        "end_byte",
        "severity",
        "code",
        "message",
        "related",
    ];

    fn render(findings: &[ReportedFinding]) -> String {
        let mut out = Vec::new();
        write(findings, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The keys of the JSON object `text` starts with, in the order they appear.
    fn keys_in_order(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut de = serde_json::Deserializer::from_str(text);
        struct Keys<'a>(&'a mut Vec<String>);
        impl<'de> serde::de::Visitor<'de> for Keys<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
                while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                    self.0.push(k);
                }
                Ok(())
            }
        }
        serde::Deserializer::deserialize_map(&mut de, Keys(&mut keys)).unwrap();
        keys
    }

    #[test]
    fn one_object_per_line_with_exactly_the_documented_keys_in_order() {
        let text = render(&fixture::findings());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(text.ends_with('\n'));
        for line in &lines {
            assert_eq!(keys_in_order(line), KEYS);
        }
        // `keys_in_order` stops after the first object, so it can read `related[0]` in place.
        let related = &lines[0][lines[0].find("\"related\":[").unwrap() + 11..];
        assert_eq!(
            keys_in_order(related),
            ["file", "line", "column", "message"]
        );
    }

    #[test]
    fn values_survive_escaping() {
        let text = render(&fixture::findings());
        let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(first["file"], "seeds/été 1.txt");
        assert_eq!(
            first["message"],
            "« 40 % » matches a fact-check rated \"false\""
        );
        assert_eq!(first["severity"], "error");
        assert_eq!(first["code"], "claim-refuted");
        assert_eq!(first["line"], 3);
        assert_eq!(first["end_column"], 17);
        assert_eq!(first["start_byte"], 42);
        assert_eq!(first["related"][0]["file"], "reviews/été.toml");
        assert_eq!(first["related"][0]["message"], "the review « Faux »");
        let second: serde_json::Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
        assert_eq!(second["severity"], "hint");
        assert_eq!(second["related"], serde_json::json!([]));
    }

    #[test]
    fn no_findings_print_nothing() {
        assert_eq!(render(&[]), "");
    }
}

//! Diagnostics written as the JSON array `publishDiagnostics` carries, by a plain loop from
//! the findings: no `lsp::Diagnostic` made, cloned, hashed field by field and serialised per
//! keystroke. Each document's URI is escaped once (`Document::named`), each related place
//! placed once (`Places`). The bytes mean what `serde_json` makes of the protocol's
//! diagnostics (tested below); pulled diagnostics are the same bytes.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;

use super::convert::uri_json;
use crate::analysis::{Finding, Severity};
use crate::corpus::{Corpus, SideFile};
use crate::text::{Encoding, LineIndex, Position, Span};

/// The findings of document `d` as a JSON array of diagnostics, appended to `out`.
pub fn write(
    places: &mut Places,
    d: usize,
    findings: &[Finding],
    encoding: Encoding,
    out: &mut Vec<u8>,
) {
    let corpus = places.corpus();
    let doc = &corpus.documents[d];
    let own = uri_json(doc);
    // Findings come in text order: each end placed from the one before on its line, not
    // from the line's start (a paragraph of a large article is one long line).
    let mut walk = doc.lines.span_walk(&doc.text, encoding);
    out.push(b'[');
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        diagnostic(out, walk.place(f.span), f);
        let mut first = true;
        for r in &f.related {
            let (uri, at) = match r.document {
                Some(x) => {
                    let Some(uri) = uri_json(&corpus.documents[x]) else {
                        continue;
                    };
                    (uri, places.place(x, r.span, encoding))
                }
                None => match own {
                    Some(uri) => (
                        uri,
                        [r.span.start, r.span.end].map(|o| doc.position(o, encoding)),
                    ),
                    None => continue,
                },
            };
            out.extend_from_slice(if std::mem::take(&mut first) {
                b",\"relatedInformation\":[{\"location\":{\"uri\":"
            } else {
                b",{\"location\":{\"uri\":"
            });
            out.extend_from_slice(uri.as_bytes());
            out.extend_from_slice(b",\"range\":");
            range(out, at);
            out.extend_from_slice(b"},\"message\":");
            string(out, &r.message);
            out.push(b'}');
        }
        if !first {
            out.push(b']');
        }
        out.push(b'}');
    }
    out.push(b']');
}

/// The findings of a file that is not an article (`.ann`, `attest.toml`, a review), without
/// related places.
pub fn write_side(file: &SideFile, encoding: Encoding, out: &mut Vec<u8>) {
    let lines = LineIndex::new(&file.text);
    let mut walk = lines.span_walk(&file.text, encoding);
    out.push(b'[');
    for (i, f) in file.findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        diagnostic(out, walk.place(f.span), f);
        out.push(b'}');
    }
    out.push(b']');
}

/// A diagnostic's fields but its related places, left open for them.
fn diagnostic(out: &mut Vec<u8>, [start, end]: [Position; 2], f: &Finding) {
    out.extend_from_slice(b"{\"range\":");
    range(out, [start, end]);
    out.extend_from_slice(b",\"severity\":");
    // The protocol's numbers: 1 error … 4 hint.
    out.push(match f.severity {
        Severity::Error => b'1',
        Severity::Warning => b'2',
        Severity::Information => b'3',
        Severity::Hint => b'4',
    });
    out.extend_from_slice(b",\"code\":");
    string(out, f.code.as_str());
    out.extend_from_slice(b",\"source\":\"attest\",\"message\":");
    string(out, &f.message);
}

/// A fingerprint of diagnostics written by `write`: their bytes hashed.
pub fn hash(json: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(json);
    h.finish()
}

fn string(out: &mut Vec<u8>, s: &str) {
    // Writing into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

fn range(out: &mut Vec<u8>, positions: [Position; 2]) {
    super::locations::range(out, positions, &mut itoa::Buffer::new());
}

/// The places that findings point to, each placed once (a claim corroborated across the
/// corpus is the related place of many findings, and placing one counts the characters
/// before it on its line).
pub struct Places<'a> {
    corpus: &'a Corpus,
    placed: rustc_hash::FxHashMap<(usize, Span, u8), [Position; 2]>,
}

impl<'a> Places<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        Places {
            corpus,
            placed: Default::default(),
        }
    }

    pub fn corpus(&self) -> &'a Corpus {
        self.corpus
    }

    /// Where a place pointed to again and again starts and ends, placed once.
    fn place(&mut self, document: usize, span: Span, encoding: Encoding) -> [Position; 2] {
        let doc = &self.corpus.documents[document];
        *self
            .placed
            .entry((document, span, encoding as u8))
            .or_insert_with(|| doc.focus_range(span, encoding))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Code, Related};
    use crate::corpus::Document;
    use crate::lsp::convert;
    use ls_types as lsp;

    /// What the bytes must mean: the protocol's diagnostics, made with its types.
    fn theirs(
        corpus: &Corpus,
        d: usize,
        findings: &[Finding],
        enc: Encoding,
    ) -> Vec<lsp::Diagnostic> {
        let protocol =
            |f: &Finding, range, related: Vec<lsp::DiagnosticRelatedInformation>| lsp::Diagnostic {
                range,
                severity: Some(match f.severity {
                    Severity::Error => lsp::DiagnosticSeverity::ERROR,
                    Severity::Warning => lsp::DiagnosticSeverity::WARNING,
                    Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
                    Severity::Hint => lsp::DiagnosticSeverity::HINT,
                }),
                code: Some(lsp::NumberOrString::String(f.code.as_str().to_owned())),
                source: Some("attest".to_owned()),
                message: f.message.clone(),
                related_information: (!related.is_empty()).then_some(related),
                ..lsp::Diagnostic::default()
            };
        let doc = &corpus.documents[d];
        (findings.iter())
            .map(|f| {
                let related = (f.related.iter())
                    .filter_map(|r| {
                        let location =
                            convert::location(corpus, r.document.unwrap_or(d), r.span, enc)?;
                        let message = r.message.to_string();
                        Some(lsp::DiagnosticRelatedInformation { location, message })
                    })
                    .collect();
                protocol(f, convert::range(doc, f.span, enc), related)
            })
            .collect()
    }

    /// « é », « ’ », non-breaking spaces, an emoji beyond U+FFFF and a `\r\n`, in the texts
    /// and in the messages (quotes and a backslash to escape too).
    const ONE: &str = "L’Élysée\u{a0}a reçu Vladimir Poutine.\r\n«\u{202f}Poutine\u{202f}» 🇰🇿 a dit « 40 % » à Tokaïev.\n";
    const TWO: &str = "Selon le Kremlin, 🎉 « 40 % » des voix.\n";

    fn corpus() -> Corpus {
        let documents = [("/corpus/un été.txt", ONE), ("/corpus/deux.txt", TWO)]
            .map(|(p, t)| Document::new(p.into(), t.into(), crate::article::Format::Text));
        Corpus::from_documents(documents.into(), Default::default())
    }

    fn findings() -> Vec<Finding> {
        let at = |t: &str, w: &str| {
            let s = t.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let mut with_related = Finding::new(
            Code::ClaimUnsourced,
            at(ONE, "40 %"),
            "« 40 % » has no \"source\" \\ here",
        );
        with_related.related = vec![
            Related {
                document: Some(1),
                span: at(TWO, "40 %"),
                message: "the same claim in another article".into(),
            },
            Related {
                document: None,
                span: at(ONE, "Tokaïev"),
                message: "here".into(),
            },
        ];
        let mut hint = Finding::new(Code::ClaimHedged, at(ONE, "Poutine\u{202f}»"), "x");
        hint.severity = crate::analysis::Severity::Hint;
        // Back to the line's start, around the two before it: placed out of order.
        let line = Finding::new(
            Code::ClaimUnsourced,
            Span::new(0, ONE.find('\r').unwrap()),
            "l",
        );
        vec![with_related, hint, line]
    }

    #[test]
    fn the_bytes_are_what_serde_makes_of_the_protocol_s_diagnostics() {
        let corpus = corpus();
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let mut out = Vec::new();
            write(
                &mut Places::new(&corpus),
                0,
                &findings(),
                encoding,
                &mut out,
            );
            let ours: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
            let theirs = theirs(&corpus, 0, &findings(), encoding);
            assert_eq!(ours, serde_json::to_value(&theirs).unwrap(), "{encoding:?}");
            let parsed: Vec<lsp::Diagnostic> = serde_json::from_slice(&out).unwrap();
            assert_eq!(parsed, theirs);
            assert_eq!(
                parsed[0].related_information.as_ref().map(Vec::len),
                Some(2)
            );
            assert_eq!(parsed[1].related_information, None);
            // Each range is the one placed on its own, whatever the findings' order.
            for (d, f) in parsed.iter().zip(findings()) {
                assert_eq!(
                    d.range,
                    convert::range(&corpus.documents[0], f.span, encoding)
                );
            }
        }
        let mut none = Vec::new();
        write(
            &mut Places::new(&corpus),
            1,
            &[],
            Encoding::Utf16,
            &mut none,
        );
        assert_eq!(none, b"[]");
        // A side file's: the same, without related places.
        let text = ONE.to_string();
        let side = SideFile {
            path: "/corpus/un été.ann".into(),
            text,
            findings: findings(),
        };
        let mut out = Vec::new();
        write_side(&side, Encoding::Utf16, &mut out);
        let mut want = theirs(&corpus, 0, &findings(), Encoding::Utf16);
        want.iter_mut().for_each(|d| d.related_information = None);
        let parsed: Vec<lsp::Diagnostic> = serde_json::from_slice(&out).unwrap();
        assert_eq!(parsed, want);
    }

    #[test]
    fn the_fingerprint_changes_with_any_byte() {
        let corpus = corpus();
        let json = |f: &[Finding]| {
            let mut out = Vec::new();
            write(&mut Places::new(&corpus), 0, f, Encoding::Utf16, &mut out);
            out
        };
        let mut moved = findings();
        moved[1].span = Span::new(moved[1].span.start + 1, moved[1].span.end);
        assert_eq!(hash(&json(&findings())), hash(&json(&findings())));
        assert_ne!(hash(&json(&findings())), hash(&json(&moved)));
        assert_ne!(hash(&json(&findings())), hash(&json(&findings()[..1])));
    }
}

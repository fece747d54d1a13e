//! The one place that knows both the protocol's positions and ours: byte offsets ↔ LSP
//! positions in the negotiated encoding, paths ↔ URIs, findings → diagnostics.

use std::ops::Deref;
use std::path::PathBuf;

use ls_types as lsp;

use crate::analysis::{Finding, Severity};
use crate::corpus::{Corpus, Document, SideFile};
use crate::text::{Encoding, Position, Span};

pub fn position(doc: &Document, offset: usize, encoding: Encoding) -> lsp::Position {
    let p = doc.position(offset, encoding);
    lsp::Position::new(p.line, p.column)
}

pub fn range(doc: &Document, span: Span, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(
        position(doc, span.start, encoding),
        position(doc, span.end, encoding),
    )
}

/// `span` of a text the corpus does not hold as a document (a file read from disk), placed
/// in it.
pub fn range_in(text: &str, span: Span, encoding: Encoding) -> lsp::Range {
    let lines = crate::text::LineIndex::new(text);
    let at = |o: usize| {
        let p = lines.position(text, o, encoding);
        lsp::Position::new(p.line, p.column)
    };
    lsp::Range::new(at(span.start), at(span.end))
}

/// The byte offset of a client position; past the end of a line or of the text, clamped.
pub fn offset(doc: &Document, p: lsp::Position, encoding: Encoding) -> usize {
    let p = Position {
        line: p.line,
        column: p.character,
    };
    doc.lines.offset(&doc.text, p, encoding)
}

/// A client range as a span; a reversed range is put right.
pub fn span(doc: &Document, r: lsp::Range, encoding: Encoding) -> Span {
    let (a, b) = (offset(doc, r.start, encoding), offset(doc, r.end, encoding));
    Span::new(a.min(b), a.max(b))
}

pub fn path_of(uri: &lsp::Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

pub fn uri_of(path: &std::path::Path) -> Option<lsp::Uri> {
    lsp::Uri::from_file_path(path)
}

pub fn location(
    corpus: &Corpus,
    document: usize,
    span: Span,
    encoding: Encoding,
) -> Option<lsp::Location> {
    Uris::new(corpus).location(document, span, encoding)
}

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

/// A severity as the number the protocol sends (1 error … 4 hint), for hashing.
pub fn severity_rank(s: lsp::DiagnosticSeverity) -> u8 {
    match s {
        lsp::DiagnosticSeverity::ERROR => 1,
        lsp::DiagnosticSeverity::WARNING => 2,
        lsp::DiagnosticSeverity::INFORMATION => 3,
        _ => 4,
    }
}

/// The findings of document `d` as diagnostics, their related places as related
/// information; `uris` may be shared by every document of one corpus.
pub fn diagnostics(
    uris: &mut Uris<&Corpus>,
    d: usize,
    findings: &[Finding],
    encoding: Encoding,
) -> Vec<lsp::Diagnostic> {
    let doc = &uris.corpus.documents[d];
    let own = uri_of(&doc.path);
    // In text order, each end placed from the one before (see `diagnostics_json::write`).
    let mut walk = doc.lines.span_walk(&doc.text, encoding);
    findings
        .iter()
        .map(|f| {
            let [start, end] = walk
                .place(f.span)
                .map(|p| lsp::Position::new(p.line, p.column));
            let placed = lsp::Range::new(start, end);
            diagnostic(doc, own.as_ref(), uris, f, placed, encoding)
        })
        .collect()
}

fn diagnostic(
    doc: &Document,
    own: Option<&lsp::Uri>,
    uris: &mut Uris<&Corpus>,
    f: &Finding,
    placed: lsp::Range,
    encoding: Encoding,
) -> lsp::Diagnostic {
    let related: Vec<lsp::DiagnosticRelatedInformation> = f
        .related
        .iter()
        .filter_map(|r| {
            let location = match r.document {
                Some(x) => uris.related(x, r.span, encoding)?,
                None => lsp::Location::new(own?.clone(), range(doc, r.span, encoding)),
            };
            Some(lsp::DiagnosticRelatedInformation {
                location,
                message: r.message.clone(),
            })
        })
        .collect();
    lsp::Diagnostic {
        range: placed,
        severity: Some(severity(f.severity)),
        code: Some(lsp::NumberOrString::String(f.code.as_str().to_owned())),
        source: Some("attest".to_owned()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        ..lsp::Diagnostic::default()
    }
}

/// The URIs of a corpus's documents, each made once however many places point into it
/// (making one escapes and parses the path); and the ranges of the places that findings
/// point to, each placed once (a claim corroborated across the corpus is the related place
/// of many findings, and placing one counts the characters before it on its line).
/// `C` is `&Corpus` or `Arc<Corpus>`.
pub struct Uris<C> {
    corpus: C,
    made: rustc_hash::FxHashMap<usize, Option<lsp::Uri>>,
    related: rustc_hash::FxHashMap<(usize, Span, u8), lsp::Range>,
}

impl<C: Deref<Target = Corpus>> Uris<C> {
    pub fn new(corpus: C) -> Self {
        Uris {
            corpus,
            made: Default::default(),
            related: Default::default(),
        }
    }

    pub fn corpus(&self) -> &C {
        &self.corpus
    }

    pub fn of(&mut self, document: usize) -> Option<lsp::Uri> {
        let corpus = &self.corpus;
        self.made
            .entry(document)
            .or_insert_with(|| uri_of(&corpus.documents[document].path))
            .clone()
    }

    /// The same as `location`, remembered: for places that are pointed to again and again.
    pub fn related(
        &mut self,
        document: usize,
        span: Span,
        encoding: Encoding,
    ) -> Option<lsp::Location> {
        let uri = self.of(document)?;
        Some(lsp::Location::new(
            uri,
            self.related_range(document, span, encoding),
        ))
    }

    /// The range of a place pointed to again and again, placed once.
    pub fn related_range(&mut self, document: usize, span: Span, encoding: Encoding) -> lsp::Range {
        let doc = &self.corpus.documents[document];
        *self
            .related
            .entry((document, span, encoding as u8))
            .or_insert_with(|| {
                let [start, end] = doc.focus_range(span, encoding);
                lsp::Range::new(
                    lsp::Position::new(start.line, start.column),
                    lsp::Position::new(end.line, end.column),
                )
            })
    }

    /// A place in the corpus as a location; none for a path that is no URI.
    pub fn location(
        &mut self,
        document: usize,
        span: Span,
        encoding: Encoding,
    ) -> Option<lsp::Location> {
        let uri = self.of(document)?;
        let doc = &self.corpus.documents[document];
        Some(lsp::Location::new(uri, range(doc, span, encoding)))
    }
}

/// The findings of a file that is not an article (`.ann`, `attest.toml`, a review).
pub fn side_diagnostics(file: &SideFile, encoding: Encoding) -> Vec<lsp::Diagnostic> {
    let lines = crate::text::LineIndex::new(&file.text);
    let at = |o: usize| {
        let p = lines.position(&file.text, o, encoding);
        lsp::Position::new(p.line, p.column)
    };
    file.findings
        .iter()
        .map(|f| lsp::Diagnostic {
            range: lsp::Range::new(at(f.span.start), at(f.span.end)),
            severity: Some(severity(f.severity)),
            code: Some(lsp::NumberOrString::String(f.code.as_str().to_owned())),
            source: Some("attest".to_owned()),
            message: f.message.clone(),
            ..lsp::Diagnostic::default()
        })
        .collect()
}

pub fn encoding_kind(encoding: Encoding) -> lsp::PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        Encoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

#[cfg(test)]
#[path = "convert_properties.rs"]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;

    /// A file read from disk (a knowledge-base table, a `.ann`) is placed in the client's
    /// encoding, after « é », « ’ », a non-breaking space and an emoji on its line.
    #[test]
    fn a_span_of_a_file_is_placed_in_the_client_s_encoding() {
        let text = "id = 1\nnom = \"L’Élysée\u{a0}🇫🇷 Paris\"\n";
        let at = text.find("Paris").unwrap();
        let span = Span::new(at, at + "Paris".len());
        let utf16 = range_in(text, span, Encoding::Utf16);
        let utf8 = range_in(text, span, Encoding::Utf8);
        // « nom = "L’Élysée » then NBSP, the flag (two code points, four UTF-16 units), a space.
        assert_eq!(utf16.start, lsp::Position::new(1, 21));
        assert_eq!(utf16.end, lsp::Position::new(1, 26));
        assert_eq!(utf8.start, lsp::Position::new(1, 30));
        let whole = range_in(text, Span::new(0, text.len()), Encoding::Utf16);
        assert_eq!(
            whole.end,
            lsp::Position::new(2, 0),
            "the end of a text ending a line"
        );
    }
}

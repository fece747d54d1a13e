//! The one place that knows both the protocol's positions and ours: byte offsets ↔ LSP
//! positions in the negotiated encoding, paths ↔ URIs, findings → diagnostics.

use std::path::PathBuf;

use tower_lsp_server::ls_types as lsp;

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
    let doc = &corpus.documents[document];
    Some(lsp::Location::new(
        uri_of(&doc.path)?,
        range(doc, span, encoding),
    ))
}

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

/// A finding of document `d` as a diagnostic, its related places as related information.
pub fn diagnostic(corpus: &Corpus, d: usize, f: &Finding, encoding: Encoding) -> lsp::Diagnostic {
    diagnostic_in(&corpus.documents[d], corpus, f, encoding)
}

/// The same for a document that may not be in the corpus yet (a preview): its own ranges
/// from `doc`, related places elsewhere from `corpus`.
pub fn diagnostic_in(
    doc: &Document,
    corpus: &Corpus,
    f: &Finding,
    encoding: Encoding,
) -> lsp::Diagnostic {
    let related: Vec<lsp::DiagnosticRelatedInformation> = f
        .related
        .iter()
        .filter_map(|r| {
            let (other, uri) = match r.document {
                Some(x) => (&*corpus.documents[x], uri_of(&corpus.documents[x].path)?),
                None => (doc, uri_of(&doc.path)?),
            };
            Some(lsp::DiagnosticRelatedInformation {
                location: lsp::Location::new(uri, range(other, r.span, encoding)),
                message: r.message.clone(),
            })
        })
        .collect();
    lsp::Diagnostic {
        range: range(doc, f.span, encoding),
        severity: Some(severity(f.severity)),
        code: Some(lsp::NumberOrString::String(f.code.as_str().to_owned())),
        source: Some("attest".to_owned()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        ..lsp::Diagnostic::default()
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

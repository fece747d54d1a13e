//! The one place that knows both the protocol's positions and ours: byte offsets ↔ LSP
//! positions in the negotiated encoding, an edit's range as an open document's chars, paths ↔
//! URIs (diagnostics: `diagnostics_json`).

use std::path::PathBuf;

use ls_types as lsp;
use ropey::Rope;

use crate::corpus::{Corpus, Document};
use crate::session::OpenDocument;
use crate::text::{Encoding, Position, Span};

/// Two positions of ours as the protocol's range.
pub fn placed([start, end]: [Position; 2]) -> lsp::Range {
    let at = |p: Position| lsp::Position::new(p.line, p.column);
    lsp::Range::new(at(start), at(end))
}

pub fn range(doc: &Document, span: Span, encoding: Encoding) -> lsp::Range {
    placed([span.start, span.end].map(|o| doc.position(o, encoding)))
}

/// `span` of a text the corpus does not hold as a document (a file read from disk), placed
/// in it.
pub fn range_in(text: &str, span: Span, encoding: Encoding) -> lsp::Range {
    let lines = crate::text::LineIndex::new(text);
    placed([span.start, span.end].map(|o| lines.position(text, o, encoding)))
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

/// Applies one change as the client sends it to an open document: a range replaced, its
/// positions converted to chars in the client's encoding, or (no range) the whole text.
pub fn apply(
    doc: &mut OpenDocument,
    change: &lsp::TextDocumentContentChangeEvent,
    encoding: Encoding,
) {
    let range = (change.range)
        .map(|r| char_index(&doc.rope, r.start, encoding)..char_index(&doc.rope, r.end, encoding));
    doc.apply(range, &change.text);
}

/// The char index of a client position, clamped to its line and to the text. Lines end at
/// `\n` only, as the analysis counts them.
fn char_index(rope: &Rope, p: lsp::Position, encoding: Encoding) -> usize {
    let line = p.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let mut len = slice.len_chars();
    if len > 0 && slice.char(len - 1) == '\n' {
        len -= 1;
        if len > 0 && slice.char(len - 1) == '\r' {
            len -= 1;
        }
    }
    let column = p.character as usize;
    let chars = match encoding {
        Encoding::Utf32 => column,
        Encoding::Utf16 => slice.utf16_cu_to_char(column.min(slice.len_utf16_cu())),
        Encoding::Utf8 => slice.byte_to_char(column.min(slice.len_bytes())),
    };
    start + chars.min(len)
}

pub fn path_of(uri: &lsp::Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

pub fn uri_of(path: &std::path::Path) -> Option<lsp::Uri> {
    lsp::Uri::from_file_path(path)
}

/// A document's URI as a JSON string, made once for the document's life (`Document::named`).
pub fn uri_json(doc: &Document) -> Option<&str> {
    doc.named(|path| serde_json::to_string(uri_of(path)?.as_str()).ok())
}

/// A file's name, as the writer is told it (invalid UTF-8 replaced).
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into()
}

/// A place in the corpus as a location; none for a path that is no URI.
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
#[path = "content_change_properties.rs"]
mod content_change_properties;

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

    fn change(
        l1: u32,
        c1: u32,
        l2: u32,
        c2: u32,
        text: &str,
    ) -> lsp::TextDocumentContentChangeEvent {
        lsp::TextDocumentContentChangeEvent {
            range: Some(lsp::Range::new(
                lsp::Position::new(l1, c1),
                lsp::Position::new(l2, c2),
            )),
            range_length: None,
            text: text.into(),
        }
    }

    // « é », « ’ », a non-breaking space and an emoji before the edit point.
    const TEXT: &str = "Titre\nL’été\u{a0}🇰🇿 Astana.\n";

    #[test]
    fn edits_land_at_the_same_place_in_every_encoding() {
        let astana = "L’été\u{a0}🇰🇿 ";
        for (encoding, column) in [
            (Encoding::Utf16, astana.encode_utf16().count()),
            (Encoding::Utf8, astana.len()),
            (Encoding::Utf32, astana.chars().count()),
        ] {
            let mut doc = OpenDocument::new(TEXT, 1, crate::article::Format::Text);
            let c = column as u32;
            apply(&mut doc, &change(1, c, 1, c + 6, "Almaty"), encoding);
            assert_eq!(doc.text(), "Titre\nL’été\u{a0}🇰🇿 Almaty.\n", "{encoding:?}");
        }
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let mut doc = OpenDocument::new(TEXT, 1, crate::article::Format::Text);
        apply(&mut doc, &change(0, 99, 0, 120, "!"), Encoding::Utf16);
        apply(&mut doc, &change(9, 0, 9, 4, " fin"), Encoding::Utf16);
        assert_eq!(doc.text(), "Titre!\nL’été\u{a0}🇰🇿 Astana.\n fin");
    }

    /// A change without a range replaces the whole text (the session's part is tested
    /// there: `session::open_document`).
    #[test]
    fn a_change_without_range_replaces_everything() {
        let mut doc = OpenDocument::new(TEXT, 1, crate::article::Format::Text);
        let all = lsp::TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "Neuf".into(),
        };
        apply(&mut doc, &all, Encoding::Utf16);
        assert_eq!(doc.text(), "Neuf");
    }
}

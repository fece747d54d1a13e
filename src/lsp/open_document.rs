//! A document open in the editor: its text as a rope, changed in place by each edit, the
//! version the client gave it, its paragraphs as last read, and its `.ann` with the spans
//! moved by the edits.

use ls_types as lsp;
use ropey::Rope;

use std::path::PathBuf;
use std::sync::Arc;

use crate::analysis::Readings;
use crate::annotation::brat::{self, Standoff};
use crate::article::Format;
use crate::corpus::{Buffer, Pieces, read_annotations};
use crate::text::Encoding;

#[derive(Clone, Debug)]
pub struct OpenDocument {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    /// The `.ann` beside the article, its spans moved with every edit since it was read.
    pub annotations: Option<(PathBuf, Standoff)>,
    /// The spans moved: the file on disk no longer matches the text.
    pub annotations_moved: bool,
    /// Its paragraphs as last read: the next analysis reads again only those an edit
    /// changed.
    pub readings: Arc<Readings>,
}

impl OpenDocument {
    pub fn new(text: &str, version: i32, format: Format) -> Self {
        OpenDocument {
            rope: Rope::from_str(text),
            version,
            format,
            annotations: None,
            annotations_moved: false,
            readings: Arc::default(),
        }
    }

    /// Reads the `.ann` beside a `.txt` article from disk.
    pub fn read_annotations(&mut self, article: &std::path::Path) {
        let is_txt = article.extension().is_some_and(|x| x == "txt");
        self.annotations = read_annotations(article)
            .filter(|_| is_txt)
            .map(|(path, text)| (path, brat::parse(&text).0));
        self.annotations_moved = false;
    }

    /// The annotations as the file they should now be: its path and text.
    pub fn annotation_file(&self) -> Option<(PathBuf, String)> {
        self.annotations
            .as_ref()
            .map(|(p, s)| (p.clone(), s.write()))
    }

    /// Applies one change: a range replaced, or (no range) the whole text.
    pub fn apply(&mut self, change: &lsp::TextDocumentContentChangeEvent, encoding: Encoding) {
        match change.range {
            None => {
                if let Some((_, standoff)) = &mut self.annotations {
                    let (a, b, inserted) = changed_part(&self.rope, &change.text);
                    self.annotations_moved |= standoff.shift(a, b, inserted);
                }
                self.rope = Rope::from_str(&change.text);
            }
            Some(range) => {
                let a = self.char_index(range.start, encoding);
                let b = self.char_index(range.end, encoding);
                let (a, b) = (a.min(b), a.max(b));
                self.rope.remove(a..b);
                self.rope.insert(a, &change.text);
                if let Some((_, standoff)) = &mut self.annotations {
                    // Rope char indices are code points, as brat's offsets are.
                    self.annotations_moved |= standoff.shift(a, b, change.text.chars().count());
                }
            }
        }
    }

    /// The char index of a client position, clamped to its line and to the text. Lines
    /// end at `\n` only, as the analysis counts them.
    fn char_index(&self, p: lsp::Position, encoding: Encoding) -> usize {
        let line = p.line as usize;
        if line >= self.rope.len_lines() {
            return self.rope.len_chars();
        }
        let start = self.rope.line_to_char(line);
        let slice = self.rope.line(line);
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

    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    /// The document as a change to its corpus, at `path`: a rope clone costs nothing under
    /// the workspace's lock, and the text is made off it.
    pub fn buffer(&self, path: PathBuf) -> Buffer {
        Buffer {
            path,
            text: Box::new(self.rope.clone()),
            format: self.format,
            ann: self.annotation_file(),
            readings: self.readings.clone(),
        }
    }
}

/// A rope is read in its chunks.
impl Pieces for Rope {
    fn len_bytes(&self) -> usize {
        Rope::len_bytes(self)
    }

    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(self.chunks())
    }
}

/// What a whole new text changed of the old one, in code points: the old `a..b` became
/// `inserted` characters, between what both texts share at each end. A client that syncs
/// in full sends no range; the annotations move through this one.
fn changed_part(old: &Rope, new: &str) -> (usize, usize, usize) {
    let new_len = new.chars().count();
    let same_start = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let room = old.len_chars().min(new_len) - same_start;
    let same_end = old
        .chars_at(old.len_chars())
        .reversed()
        .zip(new.chars().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let b = old.len_chars() - same_end;
    (same_start, b, new_len - same_start - same_end)
}

#[cfg(test)]
#[path = "open_document_properties.rs"]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;

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
            let mut doc = OpenDocument::new(TEXT, 1, Format::Text);
            let c = column as u32;
            doc.apply(&change(1, c, 1, c + 6, "Almaty"), encoding);
            assert_eq!(doc.text(), "Titre\nL’été\u{a0}🇰🇿 Almaty.\n", "{encoding:?}");
        }
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let mut doc = OpenDocument::new(TEXT, 1, Format::Text);
        doc.apply(&change(0, 99, 0, 120, "!"), Encoding::Utf16);
        doc.apply(&change(9, 0, 9, 4, " fin"), Encoding::Utf16);
        assert_eq!(doc.text(), "Titre!\nL’été\u{a0}🇰🇿 Astana.\n fin");
    }

    #[test]
    fn a_change_without_range_replaces_everything() {
        let mut doc = OpenDocument::new(TEXT, 1, Format::Text);
        let all = lsp::TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "Neuf".into(),
        };
        doc.apply(&all, Encoding::Utf16);
        assert_eq!(doc.text(), "Neuf");
    }

    /// Found by `annotations_keep_their_words_or_show_as_stale`: a client syncing in full
    /// left every span where it was, so « é » typed at the top made the names after it
    /// stale, and the `.ann` was not offered back on save.
    #[test]
    fn a_whole_text_moves_the_annotations_after_its_change() {
        let astana = TEXT[..TEXT.find("Astana").unwrap()].chars().count();
        let ann = format!("T1\tLocation {astana} {}\tAstana\n", astana + 6);
        let mut doc = OpenDocument::new(TEXT, 1, Format::Text);
        doc.annotations = Some(("a.ann".into(), brat::parse(&ann).0));
        let all = lsp::TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: format!("é{TEXT}"),
        };
        doc.apply(&all, Encoding::Utf16);
        let (_, standoff) = doc.annotations.as_ref().unwrap();
        let resolved = crate::annotation::resolve(standoff, &doc.text());
        assert!(resolved.stale.is_empty(), "{:?}", resolved.stale);
        assert_eq!(resolved.names[0].span.of(&doc.text()), "Astana");
        assert!(doc.annotations_moved);
    }
}

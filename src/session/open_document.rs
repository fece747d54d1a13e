//! A document open in the editor: its text as a rope, changed in place by each edit (a range
//! of chars replaced, the client's positions already converted), the version the client gave
//! it, its paragraphs as last read, and its `.ann` with the spans moved by the edits.

use ropey::Rope;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::analysis::Readings;
use crate::annotation::brat::{self, Standoff};
use crate::article::Format;
use crate::corpus::{Buffer, Pieces, read_annotations};

#[derive(Clone, Debug)]
pub(crate) struct OpenDocument {
    pub(crate) rope: Rope,
    pub(crate) version: i32,
    pub(crate) format: Format,
    /// The `.ann` beside the article, its spans moved with every edit since it was read.
    pub(crate) annotations: Option<(PathBuf, Standoff)>,
    /// The spans moved: the file on disk no longer matches the text.
    pub(crate) annotations_moved: bool,
    /// Its paragraphs as last read: the next analysis reads again only those an edit
    /// changed.
    pub(crate) readings: Arc<Readings>,
}

impl OpenDocument {
    pub(crate) fn new(text: &str, version: i32, format: Format) -> Self {
        OpenDocument {
            rope: Rope::from_str(text),
            version,
            format,
            annotations: None,
            annotations_moved: false,
            readings: Arc::default(),
        }
    }

    /// A document the writer opened at `path`: its format by its extension, and the `.ann`
    /// beside it read from disk.
    pub(crate) fn opened(path: &Path, text: &str, version: i32) -> Self {
        let format = Format::of_path(path).unwrap_or(Format::Text);
        let mut doc = OpenDocument::new(text, version, format);
        doc.read_annotations(path);
        doc
    }

    /// Reads the `.ann` beside a `.txt` article from disk.
    pub(crate) fn read_annotations(&mut self, article: &Path) {
        let is_txt = article.extension().is_some_and(|x| x == "txt");
        self.annotations = read_annotations(article)
            .filter(|_| is_txt)
            .map(|(path, text)| (path, brat::parse(&text).0));
        self.annotations_moved = false;
    }

    /// The annotations as the file they should now be: its path and text.
    pub(crate) fn annotation_file(&self) -> Option<(PathBuf, String)> {
        self.annotations
            .as_ref()
            .map(|(p, s)| (p.clone(), s.write()))
    }

    /// Applies one change: the chars `range` replaced by `text`, or (no range) the whole
    /// text. A reversed range is put right.
    pub(crate) fn apply(&mut self, range: Option<Range<usize>>, text: &str) {
        match range {
            None => {
                if let Some((_, standoff)) = &mut self.annotations {
                    let (a, b, inserted) = changed_part(&self.rope, text);
                    self.annotations_moved |= standoff.shift(a, b, inserted);
                }
                self.rope = Rope::from_str(text);
            }
            Some(range) => {
                let (a, b) = (range.start.min(range.end), range.start.max(range.end));
                self.rope.remove(a..b);
                self.rope.insert(a, text);
                if let Some((_, standoff)) = &mut self.annotations {
                    // Rope char indices are code points, as brat's offsets are.
                    self.annotations_moved |= standoff.shift(a, b, text.chars().count());
                }
            }
        }
    }

    pub(crate) fn text(&self) -> String {
        self.rope.to_string()
    }

    /// The document as a change to its corpus, at `path`: a rope clone costs nothing under
    /// the workspace's lock, and the text is made off it.
    pub(crate) fn buffer(&self, path: PathBuf) -> Buffer {
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
mod tests {
    use super::*;

    // « é », « ’ », a non-breaking space and an emoji before the edit point.
    const TEXT: &str = "Titre\nL’été\u{a0}🇰🇿 Astana.\n";

    #[test]
    fn a_change_without_range_replaces_everything() {
        let mut doc = OpenDocument::new(TEXT, 1, Format::Text);
        doc.apply(None, "Neuf");
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
        doc.apply(None, &format!("é{TEXT}"));
        let (_, standoff) = doc.annotations.as_ref().unwrap();
        let resolved = crate::annotation::resolve(standoff, &doc.text());
        assert!(resolved.stale.is_empty(), "{:?}", resolved.stale);
        assert_eq!(resolved.names[0].span.of(&doc.text()), "Astana");
        assert!(doc.annotations_moved);
    }
}

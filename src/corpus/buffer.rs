//! An editor's buffer as a change to a corpus: an article's text as the writer has it, with
//! its `.ann` and its paragraphs as last read. It is held to the rules `attest check` applies
//! to the file on disk (the size limit, no binary), it is no change when it holds what the
//! corpus read, and otherwise only its paragraphs that changed are read again.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Change, Corpus, Document};
use crate::analysis::Readings;
use crate::article::Format;
use crate::text::{BINARY_SNIFF, looks_binary};

/// A text held in pieces (a rope's chunks), read without being copied whole until it is
/// analysed: a keystroke pays for every byte it copies.
pub trait Pieces: Send {
    /// Its length in bytes.
    fn len_bytes(&self) -> usize;
    /// Its pieces, in order.
    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_>;
}

impl Pieces for String {
    fn len_bytes(&self) -> usize {
        self.len()
    }

    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(std::iter::once(self.as_str()))
    }
}

/// An article's text as an editor holds it.
pub struct Buffer {
    pub path: PathBuf,
    pub text: Box<dyn Pieces>,
    pub format: Format,
    /// The `.ann` beside it, as moved with the edits.
    pub ann: Option<(PathBuf, String)>,
    /// Its paragraphs as last read.
    pub readings: Arc<Readings>,
}

impl Buffer {
    /// Why the buffer is not checked, as the writer is told, when it is not: over the size
    /// limit `max`, or binary by the rule `attest check` applies to the file on disk (a NUL
    /// byte in its first 8 KiB), so the editor never shows findings the command line would
    /// not.
    pub fn not_checked(&self, max: u64) -> Option<String> {
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let size = self.text.len_bytes() as u64;
        if size > max {
            return Some(format!(
                "Attest does not check {name}: it is {:.1} MB, over the {:.1} MB limit. Raise maxFileSize in the editor's settings and [corpus] max_file_size in attest.toml to check it.",
                size as f64 / 1_000_000.0,
                max as f64 / 1_000_000.0
            ));
        }
        // The first pieces, not the bytes one by one.
        let mut left = BINARY_SNIFF;
        let mut binary = false;
        for piece in self.text.pieces() {
            let head = &piece.as_bytes()[..left.min(piece.len())];
            binary |= looks_binary(head);
            left -= head.len();
            if binary || left == 0 {
                break;
            }
        }
        binary.then(|| {
            format!(
                "Attest does not check {name}: it is a binary file, not text (it holds NUL bytes); `attest check` skips it too."
            )
        })
    }

    /// Whether `doc` was made from this text and this `.ann` (both absent, or the same text).
    pub fn same_text(&self, doc: &Document) -> bool {
        let same_ann = match (&doc.annotations, &self.ann) {
            (None, None) => true,
            (Some(a), Some((path, t))) => a.path == *path && a.text == *t,
            _ => false,
        };
        if !same_ann || doc.text.len() != self.text.len_bytes() {
            return false;
        }
        let mut rest = doc.text.as_bytes();
        self.text.pieces().all(|piece| {
            let (head, tail) = rest.split_at(piece.len());
            rest = tail;
            head == piece.as_bytes()
        })
    }

    /// The buffer's text, copied whole.
    fn text(&self) -> String {
        let mut text = String::with_capacity(self.text.len_bytes());
        self.text.pieces().for_each(|piece| text.push_str(piece));
        text
    }
}

/// The buffers among some changes, read against the corpus they change.
#[derive(Default)]
pub(super) struct Read {
    /// The changes, each buffer made an article analysed, or one that leaves the corpus.
    pub articles: Vec<Change>,
    /// The buffers not checked, and why.
    pub unchecked: Vec<(PathBuf, String)>,
    /// The buffers' paragraphs as read now, for their next edit.
    pub readings: Vec<(PathBuf, Readings)>,
}

/// `changes` with each buffer read against `base`: one not checked (over `max`, binary)
/// leaves the corpus, one holding what `base` read is no change, any other is analysed from
/// its paragraphs as last read. `None` as soon as `stop` says so: before each buffer, and
/// inside its analysis.
pub(super) fn read_buffers(
    base: &Corpus,
    changes: Vec<Change>,
    max: u64,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Read> {
    let mut read = Read::default();
    for change in changes {
        let Change::Buffer(buffer) = change else {
            read.articles.push(change);
            continue;
        };
        if stop() {
            return None;
        }
        if let Some(why) = buffer.not_checked(max) {
            read.unchecked.push((buffer.path.clone(), why));
            read.articles.push(Change::Removed(buffer.path));
            continue;
        }
        if (base.document(&buffer.path)).is_some_and(|d| buffer.same_text(&base.documents[d])) {
            // Opened as the corpus read it (or typed back to it): nothing to redo.
            continue;
        }
        let text = buffer.text();
        let Buffer {
            path,
            format,
            ann,
            readings,
            ..
        } = buffer;
        let (doc, readings) =
            Document::reread_unless(path.clone(), text, format, ann, &readings, stop)?;
        read.readings.push((path, readings));
        read.articles.push(Change::Analysed(Arc::new(doc)));
    }
    Some(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text in pieces, as a rope holds it.
    struct Chunks(Vec<String>);

    impl Pieces for Chunks {
        fn len_bytes(&self) -> usize {
            self.0.iter().map(String::len).sum()
        }

        fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_> {
            Box::new(self.0.iter().map(String::as_str))
        }
    }

    /// `text` in pieces of `size` bytes, or to the end of a character cut there.
    fn chunks(text: &str, size: usize) -> Chunks {
        let mut pieces = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let mut end = size.min(rest.len());
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            pieces.push(rest[..end].to_string());
            rest = &rest[end..];
        }
        Chunks(pieces)
    }

    fn buffer(text: impl Pieces + 'static) -> Buffer {
        Buffer {
            path: PathBuf::from("/c/a.txt"),
            text: Box::new(text),
            format: Format::Text,
            ann: None,
            readings: Arc::default(),
        }
    }

    #[test]
    fn an_open_buffer_is_binary_by_a_nul_in_its_first_8_kib_as_on_disk() {
        let max = u64::MAX;
        // Long enough to be held in several pieces.
        let text = |nul_at: usize| {
            let mut t = "Le maire a dit oui. ".repeat(2000);
            t.insert(nul_at, '\0');
            t
        };
        for at in [0, 4000, BINARY_SNIFF - 1] {
            let pieces = chunks(&text(at), 1000);
            assert!(pieces.0.len() > 1);
            assert!(buffer(pieces).not_checked(max).is_some(), "NUL at {at}");
            assert!(buffer(text(at)).not_checked(max).is_some(), "NUL at {at}");
            assert!(looks_binary(text(at).as_bytes()));
        }
        for at in [BINARY_SNIFF, 20_000] {
            let pieces = chunks(&text(at), 1000);
            assert!(buffer(pieces).not_checked(max).is_none(), "NUL at {at}");
            assert!(buffer(text(at)).not_checked(max).is_none(), "NUL at {at}");
            assert!(!looks_binary(text(at).as_bytes()));
        }
        assert!(buffer(String::new()).not_checked(max).is_none());
    }

    #[test]
    fn a_buffer_over_the_size_limit_is_not_checked_and_the_writer_is_told_why() {
        let text = "Le maire a dit oui.\n".repeat(100);
        let size = text.len() as u64;
        assert!(buffer(text.clone()).not_checked(size).is_none());
        let why = buffer(text).not_checked(size - 1).expect("over the limit");
        assert!(why.contains("a.txt") && why.contains("over the"), "{why}");
    }

    #[test]
    fn a_buffer_is_the_same_text_only_with_the_same_bytes_and_the_same_ann() {
        let text = "Titre\n\nLa maire, Ilse Varga, a parlé à Lyon.\n";
        let doc = Document::new(PathBuf::from("/c/a.txt"), text.into(), Format::Text);
        for size in [1, 3, 7, 1000] {
            assert!(
                buffer(chunks(text, size)).same_text(&doc),
                "pieces of {size}"
            );
        }
        let longer = format!("{text}Elle a ajouté 3 %.\n");
        assert!(!buffer(longer).same_text(&doc));
        assert!(!buffer(text.replace("Lyon", "Nice")).same_text(&doc));
        let mut annotated = buffer(text.to_string());
        annotated.ann = Some((PathBuf::from("/c/a.ann"), String::new()));
        assert!(
            !annotated.same_text(&doc),
            "a .ann the document was not read with"
        );
    }
}

use std::path::PathBuf;

use crate::analysis::{Analysis, analyze};
use crate::article::Format;
use crate::text::{Encoding, LineIndex, Position};

/// One article of the corpus: its text and what the analysis found in it alone.
#[derive(Clone, Debug)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    pub lines: LineIndex,
    pub analysis: Analysis,
}

impl Document {
    pub fn new(path: PathBuf, text: String, format: Format) -> Self {
        let analysis = analyze(&text, format);
        Document {
            lines: LineIndex::new(&text),
            path,
            text,
            analysis,
        }
    }

    /// Zero-based line and column of a byte offset.
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        self.lines.position(&self.text, offset, encoding)
    }
}

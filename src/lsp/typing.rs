//! The model the document store is checked against (tests only): an editor typing into an
//! article kept as a plain list of characters, positions placed by counting, not by the store's
//! code. Lines end at `\n` (a `\r` before it is in no column); a column past its line's end or
//! inside a character is the last boundary before it; a line past the text is its end.

use ls_types as lsp;
use proptest::prelude::*;

use crate::text::Encoding;

/// The article as a list of characters, each remembering which character of the first text
/// it is (none for a typed one), so that a test can tell where a word went.
#[derive(Clone, Debug)]
pub struct Draft {
    chars: Vec<(char, Option<usize>)>,
}

impl Draft {
    pub fn new(text: &str) -> Self {
        Draft {
            chars: text
                .chars()
                .enumerate()
                .map(|(i, c)| (c, Some(i)))
                .collect(),
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().map(|&(c, _)| c).collect()
    }

    /// The characters `a..b` of the text as it is now.
    pub fn slice(&self, a: usize, b: usize) -> Option<String> {
        let part = self.chars.get(a..b)?;
        Some(part.iter().map(|&(c, _)| c).collect())
    }

    /// Where each of the first text's `count` characters is now, if it is still there.
    pub fn originals(&self, count: usize) -> Vec<Option<usize>> {
        let mut now = vec![None; count];
        for (i, &(_, original)) in self.chars.iter().enumerate() {
            if let Some(o) = original.filter(|&o| o < count) {
                now[o] = Some(i);
            }
        }
        now
    }

    /// The first characters of each line, and where each line's columns end.
    fn lines(&self) -> Vec<(usize, usize)> {
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, &(c, _)) in self.chars.iter().enumerate() {
            if c == '\n' {
                let crlf = i > start && self.chars[i - 1].0 == '\r';
                lines.push((start, if crlf { i - 1 } else { i }));
                start = i + 1;
            }
        }
        lines.push((start, self.chars.len()));
        lines
    }

    pub fn line_count(&self) -> usize {
        self.lines().len()
    }

    /// How many units of `encoding` the columns of `line` span (0 past the text).
    pub fn line_width(&self, line: usize, encoding: Encoding) -> usize {
        self.lines().get(line).map_or(0, |&(start, end)| {
            self.chars[start..end]
                .iter()
                .map(|&(c, _)| width(c, encoding))
                .sum()
        })
    }

    /// The character index a client position names: the last character boundary of its
    /// line whose column is not past the position's.
    pub fn place(&self, p: lsp::Position, encoding: Encoding) -> usize {
        let Some(&(start, end)) = self.lines().get(p.line as usize) else {
            return self.chars.len();
        };
        let mut column = 0;
        let mut at = start;
        for i in start..end {
            column += width(self.chars[i].0, encoding);
            if column > p.character as usize {
                break;
            }
            at = i + 1;
        }
        at
    }

    /// One change, as the client sent it.
    pub fn apply(&mut self, change: &lsp::TextDocumentContentChangeEvent, encoding: Encoding) {
        let typed = change.text.chars().map(|c| (c, None));
        match change.range {
            Some(r) => {
                let (a, b) = (self.place(r.start, encoding), self.place(r.end, encoding));
                self.chars.splice(a.min(b)..a.max(b), typed);
            }
            None => {
                let new: Vec<char> = change.text.chars().collect();
                let same_start = self
                    .chars
                    .iter()
                    .zip(&new)
                    .take_while(|(old, new)| old.0 == **new)
                    .count();
                let room = self.chars.len().min(new.len()) - same_start;
                let same_end = self
                    .chars
                    .iter()
                    .rev()
                    .zip(new.iter().rev())
                    .take(room)
                    .take_while(|(old, new)| old.0 == **new)
                    .count();
                let old_end = self.chars.len() - same_end;
                let typed = new[same_start..new.len() - same_end]
                    .iter()
                    .map(|&c| (c, None));
                self.chars.splice(same_start..old_end, typed);
            }
        }
    }
}

fn width(c: char, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => c.len_utf8(),
        Encoding::Utf16 => c.len_utf16(),
        Encoding::Utf32 => 1,
    }
}

/// What gets typed: the characters a French newsroom's articles are hard on, and line
/// ends of every kind (a lone `\r` is a character, as ARCHITECTURE.md counts lines).
const TYPED: &[&str] = &[
    "é",
    "’",
    "\u{a0}",
    "\u{202f}",
    "🇰🇿",
    "😀",
    "e\u{301}",
    "« ",
    " »",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "a",
    "Poutine",
    "Tokaïev",
    "80\u{a0}%",
    "l’",
    ". ",
];

/// A short text of what gets typed.
pub fn typed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TYPED), 0..30).prop_map(|t| t.concat())
}

/// One edit as an editor sends it, drawn before the text it lands in is known: its numbers
/// are placed against that text by [`Edit::change`], so that shrinking keeps it meaningful.
#[derive(Clone, Debug)]
pub struct Edit {
    line: usize,
    column: usize,
    /// How many lines further the range ends (`None`: an insertion, no range to cover).
    lines_covered: Option<usize>,
    end_column: usize,
    reversed: bool,
    text: String,
    /// Sent as the whole new text, as a client syncing in full does.
    whole: bool,
}

impl Edit {
    /// The change the client sends for this edit of `draft`, positions in `encoding`. Lines
    /// and columns reach a little past the ends of the text and of their line, and into the
    /// middle of characters, as a stale client's do.
    pub fn change(&self, draft: &Draft, encoding: Encoding) -> lsp::TextDocumentContentChangeEvent {
        let past = |line: usize, n: usize| n % (draft.line_width(line, encoding) + 4);
        let line = self.line % (draft.line_count() + 2);
        let start = lsp::Position::new(line as u32, past(line, self.column) as u32);
        let end = match self.lines_covered {
            None => start,
            Some(more) => {
                let line = line + more;
                lsp::Position::new(line as u32, past(line, self.end_column) as u32)
            }
        };
        let (start, end) = if self.reversed {
            (end, start)
        } else {
            (start, end)
        };
        let change = lsp::TextDocumentContentChangeEvent {
            range: Some(lsp::Range::new(start, end)),
            range_length: None,
            text: self.text.clone(),
        };
        if !self.whole {
            return change;
        }
        let mut after = draft.clone();
        after.apply(&change, encoding);
        lsp::TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: after.text(),
        }
    }
}

/// Insertions, deletions and replacements, one in eight sent as a whole text.
pub fn edit() -> impl Strategy<Value = Edit> {
    let typed = prop::collection::vec(prop::sample::select(TYPED), 0..4).prop_map(|t| t.concat());
    let covered = prop_oneof![
        2 => Just(None),
        3 => Just(Some(0)),
        1 => (1usize..3).prop_map(Some),
    ];
    (
        any::<u16>(),
        any::<u16>(),
        covered,
        any::<u16>(),
        prop::bool::weighted(0.1),
        typed,
        prop::bool::weighted(0.125),
    )
        .prop_map(
            |(line, column, lines_covered, end_column, reversed, text, whole)| Edit {
                line: line as usize,
                column: column as usize,
                lines_covered,
                end_column: end_column as usize,
                reversed,
                text,
                whole,
            },
        )
}

/// The encodings a client may negotiate.
pub fn encoding() -> impl Strategy<Value = Encoding> {
    prop_oneof![
        Just(Encoding::Utf16),
        Just(Encoding::Utf8),
        Just(Encoding::Utf32)
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, character: u32) -> lsp::Position {
        lsp::Position::new(line, character)
    }

    #[test]
    fn the_model_places_positions_as_documented() {
        // The flag is two code points, four UTF-16 units, eight bytes; `\r` is in no column.
        let draft = Draft::new("🇰🇿é\r\nx");
        assert_eq!(draft.place(at(0, 4), Encoding::Utf16), 2);
        assert_eq!(draft.place(at(0, 3), Encoding::Utf16), 1, "inside a pair");
        assert_eq!(draft.place(at(0, 9), Encoding::Utf8), 2, "inside é");
        assert_eq!(draft.place(at(0, 99), Encoding::Utf32), 3, "before the \\r");
        assert_eq!(draft.place(at(1, 0), Encoding::Utf8), 5);
        assert_eq!(draft.place(at(7, 0), Encoding::Utf8), 6, "past the text");
    }

    #[test]
    fn a_whole_text_keeps_the_characters_it_shares_with_the_old_one() {
        let mut draft = Draft::new("Le Kremlin dit");
        let whole = lsp::TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "Le Kremlin a dit".into(),
        };
        draft.apply(&whole, Encoding::Utf16);
        assert_eq!(draft.text(), "Le Kremlin a dit");
        let now = draft.originals(14);
        assert_eq!(now[3], Some(3));
        assert_eq!(now[11], Some(13), "« dit » moved two characters");
    }
}

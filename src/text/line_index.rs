//! Byte offsets ↔ (line, column) in the unit a client counts in.

use serde::Serialize;

use super::Span;

/// The unit a column counts. LSP clients negotiate one (UTF-16 unless they offer another);
/// the command line reports characters, as compilers do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    /// Unicode scalar values (code points): LSP's utf-32, brat's offsets.
    Utf32,
}

/// A zero-based line and column, the column counted in some [`Encoding`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// Where each line starts. Lines end at `\n`; a `\r` before it belongs to no column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|i| i + 1));
        // Kept with its document for as long as the corpus: not the room it grew into.
        starts.shrink_to_fit();
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where a zero-based line starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// Zero-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The position of a byte offset; an offset inside a character counts as its start.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let prefix = &text[start..offset];
        let column = match encoding {
            Encoding::Utf8 => prefix.len(),
            Encoding::Utf16 => utf16_len(prefix),
            Encoding::Utf32 => prefix.chars().count(),
        };
        Position {
            line: line as u32,
            column: column as u32,
        }
    }

    /// The byte offset of a position. A column past the end of its line lands on the line's
    /// end, a line past the end of the text on the text's end, and a column inside a
    /// character on that character's start: a client's stale position never panics.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let line = match self.starts.get(position.line as usize + 1) {
            // A `\r` before the `\n` is in no column; one that ends the text is a character.
            Some(&next) => {
                let line = &text[start..next - 1];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => &text[start..],
        };
        let want = position.column as usize;
        let mut counted = 0;
        for (i, c) in line.char_indices() {
            let width = match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if counted + width > want {
                return start + i;
            }
            counted += width;
        }
        start + line.len()
    }
}

/// Positions of offsets taken in increasing order, each counted from the one before on
/// the same line instead of from the line's start: placing every mention of an article
/// this way costs the text once, not the length of each mention's line prefix. An offset
/// before the previous one is placed from its line's start, as `LineIndex::position`.
pub struct Walk<'a> {
    lines: &'a LineIndex,
    text: &'a str,
    encoding: Encoding,
    line: usize,
    offset: usize,
    column: usize,
}

impl LineIndex {
    pub fn walk<'a>(&'a self, text: &'a str, encoding: Encoding) -> Walk<'a> {
        Walk {
            lines: self,
            text,
            encoding,
            line: 0,
            offset: 0,
            column: 0,
        }
    }
}

/// Where spans taken in text order start and end: two walks, one along their starts and one
/// along their ends, so that an end never sends the next start back to its line's start.
/// Spans out of order are placed right, from their line's start.
pub struct SpanWalk<'a> {
    starts: Walk<'a>,
    ends: Walk<'a>,
}

impl LineIndex {
    pub fn span_walk<'a>(&'a self, text: &'a str, encoding: Encoding) -> SpanWalk<'a> {
        SpanWalk {
            starts: self.walk(text, encoding),
            ends: self.walk(text, encoding),
        }
    }
}

impl SpanWalk<'_> {
    /// The positions of `span`'s ends, as `LineIndex::position` gives them.
    pub fn place(&mut self, span: Span) -> [Position; 2] {
        [
            self.starts.position(span.start),
            self.ends.position(span.end),
        ]
    }
}

impl Walk<'_> {
    /// The same position as `LineIndex::position(text, offset, encoding)`.
    pub fn position(&mut self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let starts = &self.lines.starts;
        if offset < self.offset {
            self.line = self.lines.line_of(offset);
            self.offset = starts[self.line];
            self.column = 0;
        } else if starts
            .get(self.line + 1)
            .is_some_and(|&next| next <= offset)
        {
            let later = &starts[self.line + 1..];
            self.line += later.partition_point(|&s| s <= offset);
            self.offset = starts[self.line];
            self.column = 0;
        }
        let between = &self.text[self.offset..offset];
        self.column += match self.encoding {
            Encoding::Utf8 => between.len(),
            Encoding::Utf16 => utf16_len(between),
            Encoding::Utf32 => between.chars().count(),
        };
        self.offset = offset;
        Position {
            line: self.line as u32,
            column: self.column as u32,
        }
    }
}

/// UTF-16 code units of `s`: one per character, two for a character of four UTF-8 bytes
/// (beyond U+FFFF). Counted on bytes: those that start no character (10xxxxxx) are taken
/// off, those that start a four-byte one (11110xxx) counted twice, in two plain passes the
/// compiler vectorises (`encode_utf16` decodes every character).
fn utf16_len(s: &str) -> usize {
    let b = s.as_bytes();
    let continuation = b.iter().filter(|&&x| (x as i8) < -64).count();
    let four = b.iter().filter(|&&x| x >= 0xF0).count();
    b.len() - continuation + four
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    // « é », « ’ », a non-breaking space, a narrow no-break space and an emoji on one line.
    const LINE: &str = "Titre\n«\u{a0}Élysée\u{202f}» l’a dit 🇰🇿 à Astana\n";

    fn at(needle: &str) -> usize {
        LINE.find(needle).unwrap()
    }

    #[test]
    fn line_starts_take_no_more_room_than_they_need() {
        let text = "a\n".repeat(37);
        let lines = LineIndex::new(&text);
        assert_eq!(lines.line_count(), 38);
        assert_eq!(lines.starts.capacity(), 38);
        assert_eq!(lines.line_start(37), Some(text.len()));
    }

    #[test]
    fn columns_in_each_encoding() {
        let idx = LineIndex::new(LINE);
        let astana = at("Astana");
        let prefix = &LINE[6..astana];
        let p8 = idx.position(LINE, astana, Encoding::Utf8);
        let p16 = idx.position(LINE, astana, Encoding::Utf16);
        let p32 = idx.position(LINE, astana, Encoding::Utf32);
        assert_eq!((p8.line, p8.column as usize), (1, prefix.len()));
        assert_eq!(p16.column as usize, prefix.encode_utf16().count());
        assert_eq!(p32.column as usize, prefix.chars().count());
        // The flag is two code points, four UTF-16 units, eight bytes.
        assert_eq!(p16.column - p32.column, 2);
    }

    #[test]
    fn utf16_lengths_are_counted_on_bytes_as_encode_utf16_counts() {
        for s in [
            LINE,
            "",
            "a",
            "é",
            "’",
            "😀",
            "🇰🇿 l’été\u{10FFFF}\u{FFFF}\u{800}\u{7FF}",
        ] {
            assert_eq!(utf16_len(s), s.encode_utf16().count(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn utf16_lengths_of_any_text(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(utf16_len(&s), s.encode_utf16().count());
        }
    }

    #[test]
    fn a_span_walk_places_spans_as_position_does() {
        let text = format!("{LINE}{LINE}\r\nfin\r");
        let idx = LineIndex::new(&text);
        // In order, nested (an end before the one before), and going back.
        let spans = [
            (0, 5),
            (6, 30),
            (8, 12),
            (9, 50),
            (40, 41),
            (3, 9),
            (50, text.len()),
        ];
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let mut walk = idx.span_walk(&text, enc);
            for (a, b) in spans {
                let want = [a, b].map(|o| idx.position(&text, o, enc));
                assert_eq!(walk.place(Span::new(a, b)), want, "{enc:?} {a}..{b}");
            }
        }
    }

    #[test]
    fn a_walk_places_offsets_as_position_does() {
        let text = format!("{LINE}{LINE}\r\nfin\r");
        let idx = LineIndex::new(&text);
        // Every offset, inside characters too, forward then in an order that goes back.
        let mut offsets: Vec<usize> = (0..=text.len() + 2).collect();
        offsets.extend([9, 9, 3, 40, 1, text.len(), 0, 12]);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let mut walk = idx.walk(&text, enc);
            for &o in &offsets {
                assert_eq!(
                    walk.position(o),
                    idx.position(&text, o, enc),
                    "{enc:?} at {o}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_walk_over_any_text_agrees_with_position(
            s in "(\\PC|\n|\r){0,60}",
            mut offsets in proptest::collection::vec(0usize..80, 0..20),
        ) {
            offsets.sort_unstable();
            let idx = LineIndex::new(&s);
            let mut walk = idx.walk(&s, Encoding::Utf16);
            for o in offsets {
                proptest::prop_assert_eq!(walk.position(o), idx.position(&s, o, Encoding::Utf16));
            }
        }
    }

    #[test]
    fn offsets_round_trip_in_each_encoding() {
        let idx = LineIndex::new(LINE);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (offset, _) in LINE.char_indices() {
                let pos = idx.position(LINE, offset, enc);
                assert_eq!(idx.offset(LINE, pos, enc), offset, "{enc:?} at {offset}");
            }
        }
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let idx = LineIndex::new(LINE);
        let end_of_title = idx.offset(
            LINE,
            Position {
                line: 0,
                column: 99,
            },
            Encoding::Utf16,
        );
        assert_eq!(end_of_title, 5);
        let past = idx.offset(
            LINE,
            Position {
                line: 40,
                column: 0,
            },
            Encoding::Utf16,
        );
        assert_eq!(past, LINE.len());
        // Inside the surrogate pair of the emoji: the emoji's start.
        let flag = at("🇰🇿");
        let col = idx.position(LINE, flag, Encoding::Utf16).column + 1;
        let inside = idx.offset(
            LINE,
            Position {
                line: 1,
                column: col,
            },
            Encoding::Utf16,
        );
        assert_eq!(inside, flag);
    }

    /// Found by `requests_place_positions_where_edits_do` (src/lsp): a `\r` ending the
    /// text was taken for half a line break, so a request past the end of the last line
    /// landed before it while the document store's edits landed after it, and its own
    /// position did not map back to it.
    #[test]
    fn a_carriage_return_ending_the_text_is_a_character() {
        let text = "un\r";
        let idx = LineIndex::new(text);
        let end = idx.position(text, 3, Encoding::Utf16);
        assert_eq!(end, Position { line: 0, column: 3 });
        assert_eq!(idx.offset(text, end, Encoding::Utf16), 3);
        let past = Position { line: 0, column: 9 };
        assert_eq!(idx.offset(text, past, Encoding::Utf8), 3);
    }

    #[test]
    fn crlf_lines_do_not_count_the_carriage_return() {
        let text = "un\r\ndeux";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 2);
        assert_eq!(
            idx.offset(text, Position { line: 0, column: 9 }, Encoding::Utf8),
            2
        );
        assert_eq!(
            idx.position(text, 4, Encoding::Utf8),
            Position { line: 1, column: 0 }
        );
    }
}

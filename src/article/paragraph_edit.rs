//! An edited text's paragraphs from those of the text before the edit: the paragraphs
//! wholly before the first byte that differs are the same, those after the last are the
//! same moved by the change in length, and only the lines between are split again — the
//! paragraphs [`paragraphs`](super::paragraph::paragraphs) finds for the whole body.

use super::paragraph::{Lines, Paragraph, paragraphs_of, split_into};
use crate::text::Span;

/// A text and its paragraphs (as [`paragraphs`](super::paragraph::paragraphs) gives them,
/// before any markup marks a heading), kept to split an edited version of it
/// ([`Split::after_edit`]).
#[derive(Debug)]
pub struct Split {
    text: Box<str>,
    body: Span,
    /// How the body's lines make its paragraphs.
    lines: Lines,
    paragraphs: Vec<Paragraph>,
}

impl Split {
    /// The paragraphs of `text[body]`, with what is needed to split it again once edited.
    pub fn new(text: &str, body: Span) -> (Split, Vec<Paragraph>) {
        let lines = Lines::of(body.of(text));
        Split::of(text, body, lines, paragraphs_of(text, body, lines))
    }

    fn of(
        text: &str,
        body: Span,
        lines: Lines,
        paragraphs: Vec<Paragraph>,
    ) -> (Split, Vec<Paragraph>) {
        let split = Split {
            text: text.into(),
            body,
            lines,
            paragraphs: paragraphs.clone(),
        };
        (split, paragraphs)
    }

    /// The paragraphs of `text[body]`, an edited version of this split's text, taken from
    /// this split where the lines are the same.
    pub fn after_edit(&self, text: &str, body: Span) -> (Split, Vec<Paragraph>) {
        let (before, after) = (self.text.as_bytes(), text.as_bytes());
        let lines = Lines::of(body.of(text));
        // Wrapped lines are split again whole: where a paragraph ends depends on the line
        // after it, and on the width all lines set (plain-text copy, seldom long).
        if body.start != self.body.start
            || body.end != text.len()
            || self.body.end != before.len()
            || lines != self.lines
            || matches!(lines, Lines::Wrapped(_))
        {
            return Split::of(text, body, lines, paragraphs_of(text, body, lines));
        }
        // Where the texts part, and how many bytes they end with alike after that.
        let same_start = common_prefix(before, after).max(body.start);
        let same_end = common_suffix(before, after).min(before.len().min(after.len()) - same_start);
        let old = &self.paragraphs;
        // The paragraphs that end before the line where the texts part: all but the last
        // of those starting by that line; the split starts again at that last one's line.
        let line = line_start(after, same_start).max(body.start);
        let started = old.partition_point(|p| p.span.start <= line);
        let (kept, from) = match started.checked_sub(1) {
            Some(k) => (k, line_start(before, old[k].span.start).max(body.start)),
            None => (0, body.start),
        };
        // The paragraphs after a gap between paragraphs that the texts end with alike, the
        // first of those after the split starts again: the same, moved.
        let tail = before.len() - same_end;
        let resumed = (kept + 1..old.len()).find(|&j| old[j - 1].span.end >= tail);
        // A line a paragraph a line: whether the last line split again goes on to the next
        // (cut after « le », `sentence::ends_open`) is new, so the next paragraph is split
        // again too; the one after it starts after a line that did not go on.
        let resumed = match lines {
            Lines::Each => resumed.map(|j| j + 1).filter(|&j| j < old.len()),
            _ => resumed,
        };
        let delta = after.len() as isize - before.len() as isize;
        let moved = |at: usize| (at as isize + delta) as usize;
        let to = resumed.map_or(text.len(), |j| moved(line_start(before, old[j].span.start)));
        let mut out = Vec::with_capacity(old.len() + 1);
        out.extend_from_slice(&old[..kept]);
        split_into(text, Span::new(from, to), lines, &mut out);
        if let Some(j) = resumed {
            out.extend(old[j..].iter().map(|p| Paragraph {
                span: Span::new(moved(p.span.start), moved(p.span.end)),
                heading: p.heading,
            }));
        }
        Split::of(text, body, lines, out)
    }
}

/// Where the line holding byte `at` starts.
fn line_start(text: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1)
}

/// How many bytes `a` and `b` start with alike.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    // Compared a page at a time, then byte by byte in the first page that differs.
    const PAGE: usize = 4096;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + PAGE <= n && a[i..i + PAGE] == b[i..i + PAGE] {
        i += PAGE;
    }
    i + (a[i..n].iter().zip(&b[i..n]))
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` end with alike.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const PAGE: usize = 4096;
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + PAGE <= n && a[n - i - PAGE..n - i] == b[n - i - PAGE..n - i] {
        i += PAGE;
    }
    i + (a[..n - i].iter().rev().zip(b[..n - i].iter().rev()))
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
#[path = "paragraph_edit_tests.rs"]
mod tests;

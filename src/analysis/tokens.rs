//! The words of one article with their lookup keys, computed once and shared by the rules.

use super::lexicon::push_key;
use crate::text::{Span, Word, words};

pub struct Tokens<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    /// The words' lookup keys, end to end; `key_ends[i]` is where word `i`'s key ends.
    keys: String,
    key_ends: Vec<u32>,
    /// Each word's lexicon classes (see [`super::lexicon::classes`]).
    classes: Vec<u32>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        let words = words(text);
        let mut keys = String::with_capacity(text.len());
        let mut key_ends = Vec::with_capacity(words.len());
        let mut classes = Vec::with_capacity(words.len());
        for w in &words {
            let start = keys.len();
            push_key(w.span.of(text), &mut keys);
            key_ends.push(keys.len() as u32);
            classes.push(super::lexicon::classes(&keys[start..]));
        }
        Tokens {
            text,
            words,
            keys,
            key_ends,
            classes,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The lookup key of word `i` (see [`super::lexicon::key`]).
    pub fn key(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.key_ends[i - 1] as usize
        };
        &self.keys[start..self.key_ends[i] as usize]
    }

    /// Indices of the words inside `span`.
    pub fn within(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.words.partition_point(|w| w.span.start < span.start);
        let b = self.words.partition_point(|w| w.span.start < span.end);
        a..b.max(a)
    }

    /// The word ranges of spans sorted by start and not overlapping (sentences,
    /// paragraphs): one walk through the words instead of a search per span.
    pub fn ranges(&self, spans: impl IntoIterator<Item = Span>) -> Vec<std::ops::Range<usize>> {
        let mut at = 0;
        spans
            .into_iter()
            .map(|s| {
                let a = self.advance(&mut at, s.start);
                let b = self.advance(&mut at, s.end);
                a..b.max(a)
            })
            .collect()
    }

    /// The first word starting at or after `offset`, walking on from word `at`.
    fn advance(&self, at: &mut usize, offset: usize) -> usize {
        if *at > 0 && self.words[*at - 1].span.start >= offset {
            // Out of order: search from scratch.
            *at = self.words.partition_point(|w| w.span.start < offset);
        }
        while *at < self.words.len() && self.words[*at].span.start < offset {
            *at += 1;
        }
        *at
    }

    /// Whether word `i` belongs to a lexicon class.
    pub fn is(&self, i: usize, class: super::lexicon::Class) -> bool {
        self.classes[i] & class.0 != 0
    }

    pub fn gap(&self, a: usize, b: usize) -> &'t str {
        self.text
            .get(self.words[a].span.end..self.words[b].span.start)
            .unwrap_or("")
    }

    /// Only spaces between two words: no punctuation, no line break.
    pub fn blank_gap(&self, a: usize, b: usize) -> bool {
        self.gap(a, b)
            .chars()
            .all(|c| c.is_whitespace() && c != '\n')
    }

    /// The span from word `a` to word `b`, both included.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.words[a].span.start, self.words[b].span.end)
    }
}

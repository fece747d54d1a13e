//! The words of one article with their lookup keys, computed once and shared by the rules.

use super::lexicon::key;
use crate::text::{Span, Word, words};

pub struct Tokens<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    pub keys: Vec<String>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        let words = words(text);
        let keys = words.iter().map(|w| key(w.span.of(text))).collect();
        Tokens { text, words, keys }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn key(&self, i: usize) -> &str {
        &self.keys[i]
    }

    /// Indices of the words inside `span`.
    pub fn within(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.words.partition_point(|w| w.span.start < span.start);
        let b = self.words.partition_point(|w| w.span.start < span.end);
        a..b.max(a)
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

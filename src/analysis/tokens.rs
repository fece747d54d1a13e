//! The words of one article with their lookup keys, computed once and shared by the rules.

use super::word_key::{ascii_lowercase_is_key, push_key, short_ascii_key};
use crate::text::{Span, Word, words};

pub struct Tokens<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    /// The words' lookup keys (see [`Lexed`]); `key_spans[i]` is where word `i`'s lies.
    keys: String,
    key_spans: Vec<(u32, u32)>,
    /// Each word's lexicon classes (see [`super::lexicon::classes`]).
    classes: Vec<u64>,
}

/// The words of one block of text with their keys and classes, at offsets from its start:
/// what [`Tokens`] is made of, block after block (see `super::reading`).
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    words: Vec<Word>,
    /// The text with its ASCII letters lowercased, where the key of a word of ASCII and
    /// Latin-1's small letters is at the word's own offsets; then the keys of the other
    /// words, end to end.
    keys: String,
    /// Where each word's key lies in `keys`.
    key_spans: Vec<(u32, u32)>,
    classes: Vec<u64>,
}

impl Lexed {
    pub fn new(text: &str) -> Self {
        Lexed::of_words(text, words(text))
    }

    /// The keys and classes of `words`, the words of `text` (see [`crate::text::words`]).
    pub fn of_words(text: &str, words: Vec<Word>) -> Self {
        // Most words are ASCII, or of Latin-1's small letters, and their keys their text
        // lowercased: the whole text is lowercased at once, and only the other words' keys
        // are written after it.
        let mut keys = String::with_capacity(text.len() + text.len() / 4);
        keys.push_str(text);
        keys.make_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut key_spans = Vec::with_capacity(words.len());
        let mut classes = Vec::with_capacity(words.len());
        let lexicon = super::lexicon::Lexicon::get();
        for w in &words {
            let (start, end) = (w.span.start, w.span.end);
            let (span, class) = if w.ascii {
                let class = if end - start <= 8 {
                    // Its key's bytes at once, from the text.
                    lexicon.classes_short(short_ascii_key(bytes, start, end - start))
                } else {
                    lexicon.classes(&keys[start..end])
                };
                ((start, end), class)
            } else if ascii_lowercase_is_key(&bytes[start..end]) {
                // « été », « général »: the key is in the lowercased text already.
                ((start, end), lexicon.classes(&keys[start..end]))
            } else {
                let from = keys.len();
                push_key(&text[start..end], &mut keys);
                ((from, keys.len()), lexicon.classes(&keys[from..]))
            };
            key_spans.push((span.0 as u32, span.1 as u32));
            classes.push(class);
        }
        Lexed {
            words,
            keys,
            key_spans,
            classes,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        Tokens::of(text, Lexed::new(text))
    }

    /// The words of `text` with their keys and classes, `words` being its words (see
    /// [`crate::text::words`]).
    pub fn of_words(text: &'t str, words: Vec<Word>) -> Self {
        Tokens::of(text, Lexed::of_words(text, words))
    }

    fn of(text: &'t str, lexed: Lexed) -> Self {
        let Lexed {
            words,
            keys,
            key_spans,
            classes,
        } = lexed;
        Tokens {
            text,
            words,
            keys,
            key_spans,
            classes,
        }
    }

    /// The words of `text` from its blocks' words: each block's [`Lexed`] with the offset
    /// where the block starts, in text order.
    pub fn from_blocks<'b>(
        text: &'t str,
        blocks: impl IntoIterator<Item = (usize, &'b Lexed)> + Clone,
    ) -> Self {
        let (words, keys) = (blocks.clone().into_iter())
            .fold((0, 0), |(w, k), (_, b)| (w + b.len(), k + b.keys.len()));
        let mut t = Tokens {
            text,
            words: Vec::with_capacity(words),
            keys: String::with_capacity(keys),
            key_spans: Vec::with_capacity(words),
            classes: Vec::with_capacity(words),
        };
        for (start, b) in blocks {
            let base = t.keys.len() as u32;
            t.words.extend(b.words.iter().map(|w| Word {
                span: w.span.shifted(start),
                ..*w
            }));
            t.keys.push_str(&b.keys);
            (t.key_spans).extend(b.key_spans.iter().map(|(a, b)| (a + base, b + base)));
            t.classes.extend_from_slice(&b.classes);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The lookup key of word `i` (see [`super::lexicon::key`]).
    pub fn key(&self, i: usize) -> &str {
        let (start, end) = self.key_spans[i];
        &self.keys[start as usize..end as usize]
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

    /// The first word starting at or after each of `offsets`, in order: the starts of
    /// [`Tokens::ranges`] alone.
    pub fn firsts(&self, offsets: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut at = 0;
        (offsets.into_iter())
            .map(|offset| self.advance(&mut at, offset))
            .collect()
    }

    /// The first word starting at or after `offset`, searching on from word `at`.
    fn advance(&self, at: &mut usize, offset: usize) -> usize {
        let words = &self.words;
        if *at > 0 && words[*at - 1].span.start >= offset {
            // Out of order: search from scratch.
            *at = words.partition_point(|w| w.span.start < offset);
            return *at;
        }
        // Galloping: 1, 2, 4… words on until one starts at or after `offset`, then a
        // binary search of the last stretch (a sentence is a few dozen words, the next
        // mention often the next word).
        let (mut before, mut probe, mut step) = (*at, *at, 1);
        while probe < words.len() && words[probe].span.start < offset {
            before = probe + 1;
            probe += step;
            step *= 2;
        }
        let stretch = &words[before..probe.min(words.len())];
        *at = before + stretch.partition_point(|w| w.span.start < offset);
        *at
    }

    /// Whether word `i` belongs to a lexicon class.
    pub fn is(&self, i: usize, class: super::lexicon::Class) -> bool {
        self.classes[i] & class.0 != 0
    }

    /// Word `i`'s classes, as bits.
    pub fn class_bits(&self, i: usize) -> u64 {
        self.classes[i]
    }

    /// The classes of the words of `range`, together: whether any word of a sentence is of
    /// a class, in one pass.
    pub fn classes_of(&self, range: std::ops::Range<usize>) -> u64 {
        self.classes[range].iter().fold(0, |a, c| a | c)
    }

    pub fn gap(&self, a: usize, b: usize) -> &'t str {
        self.text
            .get(self.words[a].span.end..self.words[b].span.start)
            .unwrap_or("")
    }

    /// Only spaces between two words: no punctuation, no line break.
    pub fn blank_gap(&self, a: usize, b: usize) -> bool {
        self.one_space(a, b)
            || self
                .gap(a, b)
                .chars()
                .all(|c| c.is_whitespace() && c != '\n')
    }

    /// Word `b` follows word `a` after one space, the most common gap, told without
    /// looking at the gap as a string.
    pub fn one_space(&self, a: usize, b: usize) -> bool {
        let end = self.words[a].span.end;
        self.words[b].span.start == end + 1 && self.text.as_bytes()[end] == b' '
    }

    /// The span from word `a` to word `b`, both included.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.words[a].span.start, self.words[b].span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lexed, Tokens};
    use crate::analysis::lexicon;
    use crate::text::Span;

    #[test]
    fn the_ranges_of_sorted_spans_are_their_words_within() {
        let text = "Un deux trois. Quatre cinq six sept huit neuf dix onze douze treize \
                    quatorze quinze seize. Dix-sept ! Dix-huit dix-neuf vingt vingt-et-un.";
        let t = Tokens::new(text);
        // Every way to cut the text in two or three pieces, empty ones and gaps included.
        for a in 0..=text.len() {
            for b in (a..=text.len()).step_by(7) {
                let spans = [
                    Span::new(0, a),
                    Span::new(a, b),
                    Span::new(b + 1, text.len()),
                ];
                let spans = spans.map(|s| Span::new(s.start.min(text.len()), s.end));
                let ranges = t.ranges(spans);
                for (s, r) in spans.iter().zip(ranges) {
                    assert_eq!(r, t.within(*s), "{a} {b} {s:?}");
                }
            }
        }
        // Out of order: searched again from the start.
        let back = [Span::new(40, 60), Span::new(0, 10)];
        assert_eq!(t.ranges(back), back.map(|s| t.within(s)));
    }

    #[test]
    fn each_word_has_its_key_and_classes_whether_ascii_short_or_not() {
        let text = "L’État a dit QU'IL Annonçait : aujourd'hui, le Premier ministre \
                    Kassym-Jomart Tokaïev REPORTED « déjà » İstanbul abcdefghijk 2024 said";
        let t = Tokens::new(text);
        assert_eq!(t.len(), crate::text::words(text).len());
        for i in 0..t.len() {
            let key = lexicon::key(t.words[i].span.of(text));
            assert_eq!(t.key(i), key, "{i}");
            assert_eq!(t.class_bits(i), lexicon::classes(&key), "{key}");
        }
        let reported = (0..t.len()).find(|&i| t.key(i) == "reported");
        assert!(reported.is_some_and(|i| t.is(i, lexicon::PAST_FORMS)));
        // Block by block, the same keys.
        let (a, b) = text.split_at(text.find("Kassym").unwrap_or(0));
        let blocks = [(0, &Lexed::new(a)), (a.len(), &Lexed::new(b))];
        let joined = Tokens::from_blocks(text, blocks);
        assert_eq!(joined.words, t.words);
        for i in 0..t.len() {
            assert_eq!(
                (joined.key(i), joined.class_bits(i)),
                (t.key(i), t.class_bits(i))
            );
        }
    }
}

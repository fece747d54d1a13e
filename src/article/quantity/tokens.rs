//! Tokens for the scanners of quantities and dates: words (letters), numbers (ASCII digits)
//! and single other characters, each with the whitespace before it. Each word is folded
//! once (lowercase, no accents) against the vocabulary of the tables of both scanners (see
//! `vocab`), so that matching a pattern is comparing numbers, and most words match nothing
//! fast.

use unicode_normalization::char::is_combining_mark;

use super::vocab::{Item, Table, VOCAB, WordSet, fold, word_id};
use crate::text::{ascii_letters_end, ascii_letters_run, eight_bytes};

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

pub(crate) fn opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '«' | '“' | '"' | '‘' | '\'' | '’' | '~' | '≈' | '<' | '>' | '≥' | '≤'
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
}

/// Whitespace before a token: none, one character on the line, more, or a line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    Glued,
    One,
    Many,
    Line,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub gap: Gap,
    /// For a word of the vocabulary, the number of its folded form; else 0.
    pub id: u16,
    /// A word or a number all in ASCII.
    pub ascii: bool,
}

/// A text cut into words (letters), numbers (ASCII digits) and single other characters;
/// shared with `date`. Accessors take any index and answer "no" past the end.
pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub t: Vec<Tok>,
}

fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        // Latin-1, Latin Extended-A and -B, general punctuation.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{aa}' | '\u{b2}' | '\u{b3}' | '\u{b5}' | '\u{b9}' | '\u{ba}' => true,
        '\u{bc}'..='\u{be}' => true,
        '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str) -> Self {
        Toks::reusing(text, Vec::new())
    }

    /// The same, in the room of `list`, the tokens' list of a text cut before (see
    /// [`Toks::into_list`]): texts cut one after another allocate it once.
    pub fn reusing(text: &'a str, list: Vec<Tok>) -> Self {
        Toks::cut(text, true, list)
    }

    /// The tokens' list, for [`Toks::reusing`].
    pub fn into_list(self) -> Vec<Tok> {
        self.t
    }

    /// The tokens of `text` in `t`'s room; with `short_words`, a short ASCII word is read at
    /// once (a fast way, compared with the general one in the tests).
    #[inline(always)]
    fn cut(text: &'a str, short_words: bool, mut t: Vec<Tok>) -> Self {
        let bytes = text.as_bytes();
        t.clear();
        let room = text.len() / 5 + 1;
        if t.capacity() < room {
            // A larger list, not the old one grown: its tokens, all read, need no copy.
            t = Vec::with_capacity(room);
        }
        let mut gap = Gap::Line;
        let mut p = 0;
        let vocab = &*VOCAB;
        while p < bytes.len() {
            let start = p;
            let b = bytes[p];
            if short_words && b.is_ascii_alphabetic() {
                // Most tokens: a word of fewer than sixteen ASCII letters, read and keyed in
                // one load, or two (the general way below gives the same token); a longer
                // word, or one followed by a character that is not ASCII (« général »,
                // « l’ »), is left to the general way.
                let x = eight_bytes(bytes, start);
                let n = ascii_letters_run(x);
                let (end, second) = if n < 8 {
                    (start + n, None)
                } else {
                    let y = eight_bytes(bytes, start + 8);
                    let m = ascii_letters_run(y);
                    (start + 8 + m, Some((y, m)))
                };
                if end - start < 16 && bytes.get(end).is_none_or(|&b| b < 0x80) {
                    let id = match second {
                        None => vocab.short_id(lowercase_letters(x, n)),
                        Some((y, m)) => {
                            vocab.pair_id(lowercase_letters(x, 8), lowercase_letters(y, m))
                        }
                    };
                    t.push(Tok {
                        start,
                        end,
                        kind: Kind::Word,
                        gap,
                        id,
                        ascii: true,
                    });
                    p = end;
                    gap = if bytes.get(p) == Some(&b' ') {
                        p += 1;
                        Gap::One
                    } else {
                        Gap::Glued
                    };
                    continue;
                }
            }
            // The kind, and for a word whether its first letter is ASCII.
            let (kind, mut ascii) = if b < 0x80 {
                p += 1;
                match b {
                    b'\n'..=b'\r' => {
                        gap = Gap::Line;
                        continue;
                    }
                    b'\t' | b' ' => {
                        gap = next_gap(gap);
                        continue;
                    }
                    b'0'..=b'9' => {
                        while p < bytes.len() && bytes[p].is_ascii_digit() {
                            p += 1;
                        }
                        (Kind::Num, true)
                    }
                    b'a'..=b'z' | b'A'..=b'Z' => (Kind::Word, true),
                    _ => (Kind::Punct(b as char), false),
                }
            } else {
                let c = text[p..].chars().next().unwrap_or('\0');
                p += c.len_utf8();
                if c.is_whitespace() {
                    gap = match c {
                        '\u{85}' | '\u{2028}' | '\u{2029}' => Gap::Line,
                        _ => next_gap(gap),
                    };
                    continue;
                }
                if is_letter(c) {
                    (Kind::Word, false)
                } else {
                    (Kind::Punct(c), false)
                }
            };
            let mut id = 0;
            if kind == Kind::Word {
                loop {
                    p = ascii_letters_end(bytes, p);
                    if bytes.get(p).is_none_or(|&b| b < 0x80) {
                        break;
                    }
                    let c = text[p..].chars().next().unwrap_or('\0');
                    if !is_letter(c) {
                        break;
                    }
                    ascii = false;
                    p += c.len_utf8();
                }
                if ascii {
                    id = vocab.ascii_id(bytes, start, p - start);
                } else if p - start <= 48 {
                    id = fold(text, start, p, ascii);
                }
            }
            t.push(Tok {
                start,
                end: p,
                kind,
                gap,
                id,
                ascii,
            });
            // A single space after a token, the most common gap, taken here.
            gap = if bytes.get(p) == Some(&b' ') {
                p += 1;
                Gap::One
            } else {
                Gap::Glued
            };
        }
        Toks { text, t }
    }
}

/// The first `n <= 8` bytes of the ASCII letters `x` lowercased (bit 5 set), the others
/// zero: a word's key, eight bytes of it.
fn lowercase_letters(x: u64, n: usize) -> u64 {
    let mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
    (x | 0x2020_2020_2020_2020) & mask
}

fn next_gap(gap: Gap) -> Gap {
    match gap {
        Gap::Glued => Gap::One,
        Gap::One => Gap::Many,
        g => g,
    }
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.t.len()
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |k| &self.text[k.start..k.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|k| k.kind)
    }

    pub fn pc(&self, i: usize) -> Option<char> {
        match self.kind(i)? {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Token `i` touches the one before (so `i >= 1`).
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|k| k.gap == Gap::Glued)
    }

    /// Token `i` exists and is on the line of the one before.
    pub fn near(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|k| k.gap != Gap::Line)
    }

    /// Token `i` exists and is separated from the one before by spaces on one line.
    pub fn spaced(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|k| matches!(k.gap, Gap::One | Gap::Many))
    }

    pub fn num_glued(&self, i: usize) -> bool {
        self.glued(i) && self.kind(i) == Some(Kind::Num)
    }

    pub fn word_glued(&self, i: usize) -> bool {
        self.glued(i) && self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` is the word `kw` (lowercase, no accents), which must be in the vocabulary.
    pub fn word(&self, i: usize, kw: &str) -> bool {
        debug_assert!(word_id(kw) != 0, "{kw:?} is in no pattern");
        self.key(i) == Some(kw)
    }

    /// The number of the folded word `i` in the vocabulary, 0 if none.
    pub fn id(&self, i: usize) -> u16 {
        self.t.get(i).map_or(0, |k| k.id)
    }

    pub fn key(&self, i: usize) -> Option<&'static str> {
        match self.id(i) {
            0 => None,
            id => Some(VOCAB.words[id as usize]),
        }
    }

    /// Token `i` is a word of `set`.
    pub fn is_in(&self, i: usize, set: &WordSet) -> bool {
        set.contains(self.id(i))
    }

    /// Nothing glued before `i` but an opening bracket or quote: not « G20 », « COVID-19 ».
    pub fn clean_start(&self, i: usize) -> bool {
        let attached = |k: usize| matches!(self.kind(k), Some(Kind::Word | Kind::Num));
        !self.glued(i)
            || self.pc(i - 1).is_some_and(opening) && !(self.glued(i - 1) && attached(i - 2))
    }

    /// Nothing glued after `i` but punctuation that does not lead to more digits.
    pub fn clean_end(&self, i: usize) -> bool {
        !self.glued(i + 1)
            || self
                .pc(i + 1)
                .is_some_and(|c| ".,;:!?)]}»”\"'’…".contains(c))
                && !self.num_glued(i + 2)
    }

    fn is(&self, i: usize, item: Item) -> bool {
        match item {
            Item::Word(id) => self.id(i) == id,
            Item::Apostrophe => self.pc(i).is_some_and(is_apostrophe),
            Item::Dash => self.pc(i).is_some_and(is_dash),
            Item::Char(c) => self.pc(i) == Some(c),
        }
    }

    /// The tokens from `i` spell `items` on one line: the index after them.
    fn spell(&self, i: usize, items: &[Item]) -> Option<usize> {
        for (k, &it) in items.iter().enumerate() {
            if !self.is(i + k, it) || (k > 0 && !self.near(i + k)) {
                return None;
            }
        }
        Some(i + items.len())
    }

    fn item(&self, i: usize, item: &str) -> bool {
        match item {
            "'" => self.pc(i).is_some_and(is_apostrophe),
            "-" => self.pc(i).is_some_and(is_dash),
            _ if item.starts_with(|c: char| c.is_ascii_alphabetic()) => self.word(i, item),
            _ => self.pc(i).is_some_and(|c| item.starts_with(c)),
        }
    }

    /// The tokens from `i` spell `pat` (items separated by ' ', "'" any apostrophe) on one
    /// line: the index after them.
    pub fn seq(&self, i: usize, pat: &str) -> Option<usize> {
        let mut j = i;
        for item in pat.split(' ') {
            if !self.item(j, item) || (j > i && !self.near(j)) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The tokens just before `end` spell `pat`, on the line of `end`: where they start.
    pub fn seq_back(&self, end: usize, pat: &str) -> Option<usize> {
        let start = end.checked_sub(pat.bytes().filter(|&b| b == b' ').count() + 1)?;
        (self.near(end) && self.seq(start, pat) == Some(end)).then_some(start)
    }

    /// The entry of `table` spelled just before `end` on the line of `end` that starts
    /// first, not before `floor`: its value and where it starts.
    pub fn earliest_before<T: Copy>(
        &self,
        end: usize,
        floor: usize,
        table: &Table<T>,
    ) -> Option<(T, usize)> {
        if !self.near(end) {
            return None;
        }
        // Only the entries ending in the token before `end` are tried; of those spelled,
        // the one starting first, and the first in table order among them.
        let c = table.compiled();
        let mut best: Option<(T, usize, usize)> = None;
        for (last, entries) in &c.by_last {
            if !self.is(end - 1, *last) {
                continue;
            }
            for &e in entries {
                let (items, v) = &c.plain[e];
                let Some(s) = end.checked_sub(items.len()) else {
                    continue;
                };
                if s >= floor
                    && best.is_none_or(|(_, b, be)| (s, e) < (b, be))
                    && self.spell(s, items) == Some(end)
                {
                    best = Some((*v, s, e));
                }
            }
        }
        best.map(|(v, s, _)| (v, s))
    }

    /// The longest entry of `table` spelled from `i`: its value and the index after it.
    pub fn lookup<T: Copy>(&self, i: usize, table: &Table<T>) -> Option<(T, usize)> {
        let id = self.id(i);
        let c = table.compiled();
        if !c.firsts.contains(id) {
            return None;
        }
        let from = c.sorted.partition_point(|e| e.0 < id);
        let mut best: Option<(T, usize)> = None;
        for (_, items, v) in c.sorted[from..].iter().take_while(|e| e.0 == id) {
            if let Some(e) = self.spell(i, items)
                && best.is_none_or(|(_, b)| e > b)
            {
                best = Some((*v, e));
            }
        }
        best
    }
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
